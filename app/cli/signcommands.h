#pragma once

#include <QStringList>
#include <QTextStream>

namespace lt::cli {

// `tokens` and `sign`: the USB token and PAdES signing, without a server.
bool isSignCommand(const QString &command);
int runSignCommand(const QString &command, const QStringList &args, QTextStream &out,
                   QTextStream &err);

} // namespace lt::cli
