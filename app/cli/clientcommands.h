#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace lt::cli {

// Exit codes of the commands that use a profile and the server, beyond commands.h's.
enum ClientExit { OfflineExit = 3, UnauthorizedExit = 4 };

struct ClientOptions
{
    QString profileDir; // empty: the platform default
    int timeoutMs = 30'000;
    QString caFile; // extra trust anchor for the server's TLS certificate
};

// True for the commands handled here (login, logout, sync, status, ls, search, show, pin,
// unpin, act).
bool isClientCommand(const QString &command);
int runClientCommand(const QString &command, const QStringList &args, const ClientOptions &options,
                     QTextStream &out, QTextStream &err);

} // namespace lt::cli
