// lienthong-server as a real process on 127.0.0.1, started and stopped by the test helper.
#include "testprocess.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using lt::test::ListeningProcess;

class TestServer : public QObject
{
    Q_OBJECT

private slots:
    void healthOverHttp();
    void unknownPathIs404();
    void plainHttpOnlyOnLoopback();
    void dataDirectoryIsRequired();

private:
    static QString serverPath() { return qEnvironmentVariable("LT_SERVER"); }
    QByteArray get(const QUrl &url, int *status);
};

QByteArray TestServer::get(const QUrl &url, int *status)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(url);
    request.setTransferTimeout(10'000);
    std::unique_ptr<QNetworkReply> reply(nam.get(request));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!finished.wait(15'000))
        return {};
    *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    return reply->readAll();
}

void TestServer::healthOverHttp()
{
    QTemporaryDir data;
    ListeningProcess server;
    QVERIFY2(server.start(serverPath(), {QStringLiteral("--data"), data.path()}),
             qPrintable(server.errorString()));
    QVERIFY(server.port() > 0);
    QCOMPARE(server.url().host(), QStringLiteral("127.0.0.1"));

    int status = 0;
    const QByteArray body =
        get(server.url().resolved(QUrl(QStringLiteral("/api/v1/health"))), &status);
    QCOMPARE(status, 200);
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    QCOMPARE(json.value(QStringLiteral("api")).toInt(), 1);
    QVERIFY(!json.value(QStringLiteral("version")).toString().isEmpty());

    // SIGTERM ends it cleanly, with exit code 0.
    QCOMPARE(server.stop(), 0);
    QVERIFY(!server.isRunning());
    // And the port is closed afterwards.
    status = 0;
    get(server.url().resolved(QUrl(QStringLiteral("/api/v1/health"))), &status);
    QCOMPARE(status, 0);
}

void TestServer::unknownPathIs404()
{
    QTemporaryDir data;
    ListeningProcess server;
    QVERIFY2(server.start(serverPath(), {QStringLiteral("--data"), data.path()}),
             qPrintable(server.errorString()));
    int status = 0;
    get(server.url().resolved(QUrl(QStringLiteral("/api/v1/nothing-here"))), &status);
    QCOMPARE(status, 404);
}

void TestServer::plainHttpOnlyOnLoopback()
{
    // Refused before binding anything: no traffic leaves the machine.
    QTemporaryDir data;
    QProcess p;
    p.start(serverPath(), {QStringLiteral("--data"), data.path(), QStringLiteral("--listen"),
                           QStringLiteral("0.0.0.0:0")});
    QVERIFY(p.waitForFinished(15'000));
    QCOMPARE(p.exitCode(), 1);
    QVERIFY(p.readAllStandardOutput().isEmpty());
    QVERIFY(p.readAllStandardError().contains("loopback"));
}

void TestServer::dataDirectoryIsRequired()
{
    QProcess p;
    p.start(serverPath(), {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
    QVERIFY(p.waitForFinished(15'000));
    QCOMPARE(p.exitCode(), 2);
    QVERIFY(p.readAllStandardError().contains("--data"));
}

QTEST_GUILESS_MAIN(TestServer)
#include "tst_server.moc"
