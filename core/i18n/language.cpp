#include "core/i18n/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

namespace lt::i18n {

Q_LOGGING_CATEGORY(lcI18n, "lt.core.i18n")

namespace {
QString g_current = QStringLiteral("en");
} // namespace

QString defaultLanguage()
{
    return QStringLiteral("vi");
}

QStringList availableLanguages()
{
    return {QStringLiteral("vi"), QStringLiteral("en")};
}

bool install(QCoreApplication &app, const QString &language)
{
    if (!availableLanguages().contains(language)) {
        qCWarning(lcI18n) << "unknown language" << language;
        return false;
    }
    // Remove the translators a previous call installed.
    const auto old = app.findChildren<QTranslator *>(QStringLiteral("lt_translator"),
                                                     Qt::FindDirectChildrenOnly);
    for (QTranslator *t : old) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }

    const QLocale locale(language);
    QLocale::setDefault(locale);

    auto *qt = new QTranslator(&app);
    qt->setObjectName(QStringLiteral("lt_translator"));
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt; // Qt's own strings stay in English: not fatal.
    }

    auto *own = new QTranslator(&app);
    own->setObjectName(QStringLiteral("lt_translator"));
    const QString file = QStringLiteral(":/i18n/lienthong_%1.qm").arg(language);
    if (own->load(file)) {
        QCoreApplication::installTranslator(own);
    } else {
        delete own;
        // English is the source language: it needs no catalogue.
        if (language != u"en") {
            qCWarning(lcI18n) << "cannot load" << file;
            return false;
        }
    }
    g_current = language;
    return true;
}

QString currentLanguage()
{
    return g_current;
}

} // namespace lt::i18n
