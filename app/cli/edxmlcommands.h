#pragma once

#include <QStringList>
#include <QTextStream>

namespace lt::cli {

// `edxml show` and `edxml verify`: an edXML package read and its signature checked, without a
// server.
bool isEdxmlCommand(const QString &command);
int runEdxmlCommand(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace lt::cli
