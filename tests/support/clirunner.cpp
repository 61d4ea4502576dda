#include "clirunner.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>

#include <memory>

namespace lt::test {

QStringList CliRunner::fullArgs(const QStringList &args) const
{
    return QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--profile"),
                       m_profile} +
           args;
}

void CliRunner::start(QProcess &process, const QStringList &args) const
{
    process.start(qEnvironmentVariable("LT_CLI"), fullArgs(args));
    process.waitForStarted(10'000);
}

CliResult CliRunner::run(const QStringList &args, const QByteArray &stdinData, int timeoutMs) const
{
    QProcess p;
    start(p, args);
    if (!stdinData.isNull()) {
        p.write(stdinData);
    }
    p.closeWriteChannel();
    CliResult r;
    // Wait with the event loop running, so that servers living in this process can answer.
    QSignalSpy finished(&p, &QProcess::finished);
    if (!finished.wait(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

ServerProbe::ServerProbe(QUrl server, const QString &login)
    : m_server(std::move(server))
{
    int status = 0;
    const QJsonObject s = call(
        "POST", QStringLiteral("/api/v1/session"),
        {{QStringLiteral("login"), login}, {QStringLiteral("password"), QStringLiteral("demo123")}},
        &status);
    m_token = s.value(QStringLiteral("accessToken")).toString();
}

QJsonObject ServerProbe::call(const QByteArray &verb, const QString &path, const QJsonObject &body,
                              int *status) const
{
    QNetworkAccessManager nam;
    QUrl url = m_server;
    const qsizetype q = path.indexOf(u'?');
    url.setPath(q < 0 ? path : path.left(q));
    if (q >= 0)
        url.setQuery(path.mid(q + 1));
    QNetworkRequest request(url);
    request.setTransferTimeout(30'000);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    QByteArray payload;
    if (!body.isEmpty()) {
        payload = QJsonDocument(body).toJson();
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    }
    std::unique_ptr<QNetworkReply> reply(nam.sendCustomRequest(request, verb, payload));
    QSignalSpy done(reply.get(), &QNetworkReply::finished);
    done.wait(30'000);
    if (status)
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

QJsonObject ServerProbe::document(const QString &id, int *status) const
{
    return call("GET", QStringLiteral("/api/v1/documents/") + id, {}, status);
}

QJsonObject ServerProbe::act(const QString &documentId, const QString &action, const QString &text,
                             const QJsonArray &assignments) const
{
    QJsonObject body{{QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                     {QStringLiteral("document"), documentId},
                     {QStringLiteral("action"), action},
                     {QStringLiteral("text"), text}};
    if (!assignments.isEmpty())
        body.insert(QStringLiteral("assignments"), assignments);
    return call("POST", QStringLiteral("/api/v1/actions"), body, nullptr);
}

QHash<QString, QJsonObject> ServerProbe::all(qint64 *lastSeq) const
{
    QHash<QString, QJsonObject> docs;
    QString cursor = QStringLiteral("0");
    while (true) {
        int status = 0;
        const QJsonObject page = call(
            "GET", QStringLiteral("/api/v1/changes?cursor=%1&limit=1000").arg(cursor), {}, &status);
        if (status != 200)
            return {};
        for (const QJsonValue &c : page.value(QStringLiteral("changes")).toArray()) {
            const QJsonObject d = c.toObject().value(QStringLiteral("document")).toObject();
            docs.insert(d.value(QStringLiteral("id")).toString(), d);
        }
        cursor = page.value(QStringLiteral("cursor")).toString();
        if (!page.value(QStringLiteral("more")).toBool())
            break;
    }
    if (lastSeq)
        *lastSeq = cursor.toLongLong();
    return docs;
}

} // namespace lt::test
