#pragma once

#include <QStringList>
#include <QTextStream>

namespace lt::cli {

// Exit codes of lienthong-cli.
enum Exit { Ok = 0, Refused = 1, Usage = 2 };

// Runs the command in `args` (without the program name and the global options).
int run(const QStringList &args, QTextStream &out, QTextStream &err);

// The text of `lienthong-cli --help`.
QString helpText();

// Prints `message` and a pointer to --help; returns Usage.
int usage(QTextStream &err, const QString &message);

// A password or PIN: one line from standard input with --...-stdin or when it is not a
// terminal; otherwise asked with `prompt`, without echo.
QString readSecret(const QString &prompt, bool fromStdin, QTextStream &err);

// A token's PIN: LIENTHONG_PIN, else a prompt (or the first line of stdin).
QByteArray readPin(bool fromStdin, QTextStream &err);

} // namespace lt::cli
