#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace lt::test {

// Runs lienthong-cli (LT_CLI) with a profile, in English, and collects what it says.
struct CliResult
{
    int code = -1; // -1: crashed or killed
    QString out;
    QString err;
};

class CliRunner
{
public:
    explicit CliRunner(QString profile)
        : m_profile(std::move(profile))
    {
    }

    CliResult run(const QStringList &args, const QByteArray &stdinData = {},
                  int timeoutMs = 120'000) const;
    // Starts without waiting (for tests that kill it).
    void start(QProcess &process, const QStringList &args) const;
    QString profile() const { return m_profile; }

private:
    QStringList fullArgs(const QStringList &args) const;
    QString m_profile;
};

// A few calls to the server's API for checking what the server knows.
class ServerProbe
{
public:
    ServerProbe(QUrl server, const QString &login);
    bool ok() const { return !m_token.isEmpty(); }
    QJsonObject document(const QString &id, int *status = nullptr) const;
    // POST /api/v1/actions as this user (another desk acting meanwhile); the server's answer.
    QJsonObject act(const QString &documentId, const QString &action, const QString &text,
                    const QJsonArray &assignments = {}) const;
    // Every document this user may see, by id (the whole feed).
    QHash<QString, QJsonObject> all(qint64 *lastSeq = nullptr) const;

private:
    QJsonObject call(const QByteArray &verb, const QString &path, const QJsonObject &body,
                     int *status) const;
    QUrl m_server;
    QString m_token;
};

} // namespace lt::test
