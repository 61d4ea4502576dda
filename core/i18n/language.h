#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace lt::i18n {

// "vi" — the UI speaks Vietnamese unless told otherwise.
QString defaultLanguage();

// The languages the application is translated into: "vi", "en".
QStringList availableLanguages();

// Installs the translators for `language` ("vi" or "en") on `app`: LienThong's own strings
// (embedded in the program) and Qt's (from the system, when installed). English needs no
// translator: the source strings are English. Returns false for an unknown language or when
// the embedded catalogue cannot be loaded.
bool install(QCoreApplication &app, const QString &language);

// The language installed by the last successful install(), "en" before any.
QString currentLanguage();

} // namespace lt::i18n
