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
    void adminCommandsCreateOrganisationsAndPeople();

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

void TestServer::adminCommandsCreateOrganisationsAndPeople()
{
    QTemporaryDir data;
    const auto admin = [&](const QStringList &args, const QByteArray &input = {}) {
        QProcess p;
        p.start(serverPath(), QStringList{QStringLiteral("--data"), data.path()} + args);
        p.write(input);
        p.closeWriteChannel();
        p.waitForFinished(60'000);
        return std::pair{p.exitCode(), QString::fromUtf8(p.readAllStandardError())};
    };
    auto r =
        admin({QStringLiteral("--add-organisation"), QStringLiteral("org-syt"),
               QStringLiteral("--name"), QStringLiteral("Sở Y tế"), QStringLiteral("--code"),
               QStringLiteral("000.00.09.h53"), QStringLiteral("--short"), QStringLiteral("SYT")});
    QCOMPARE(r.first, 0);
    r = admin({QStringLiteral("--add-organisation"), QStringLiteral("bad"),
               QStringLiteral("--name"), QStringLiteral("X"), QStringLiteral("--code"),
               QStringLiteral("000.01.00.H53")});
    QCOMPARE(r.first, 2);
    QVERIFY2(r.second.contains(QStringLiteral("từ phải sang trái")),
             qPrintable(r.second)); // in Vietnamese
    r = admin({QStringLiteral("--add-person"), QStringLiteral("giamdoc"), QStringLiteral("--name"),
               QStringLiteral("Trần Văn Bình"), QStringLiteral("--organisation"),
               QStringLiteral("org-syt"), QStringLiteral("--roles"),
               QStringLiteral("head_of_unit")},
              "short\n");
    QCOMPARE(r.first, 2); // the password is too short
    r = admin({QStringLiteral("--add-person"), QStringLiteral("giamdoc"), QStringLiteral("--name"),
               QStringLiteral("Trần Văn Bình"), QStringLiteral("--organisation"),
               QStringLiteral("org-syt"), QStringLiteral("--roles"),
               QStringLiteral("head_of_unit,leaderish")},
              "mật khẩu đủ dài\n");
    QCOMPARE(r.first, 2);
    r = admin({QStringLiteral("--add-person"), QStringLiteral("giamdoc"), QStringLiteral("--name"),
               QStringLiteral("Trần Văn Bình"), QStringLiteral("--organisation"),
               QStringLiteral("org-syt"), QStringLiteral("--roles"), QStringLiteral("head_of_unit"),
               QStringLiteral("--title"), QStringLiteral("Giám đốc")},
              "mật khẩu đủ dài\n");
    QCOMPARE(r.first, 0);

    ListeningProcess server;
    QVERIFY2(server.start(serverPath(), {QStringLiteral("--data"), data.path()}),
             qPrintable(server.errorString()));
    QNetworkAccessManager nam;
    QNetworkRequest request(server.url().resolved(QUrl(QStringLiteral("/api/v1/session"))));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    std::unique_ptr<QNetworkReply> reply(nam.post(
        request,
        QJsonDocument(QJsonObject{{QStringLiteral("login"), QStringLiteral("giamdoc")},
                                  {QStringLiteral("password"), QStringLiteral("mật khẩu đủ dài")}})
            .toJson()));
    QSignalSpy done(reply.get(), &QNetworkReply::finished);
    QVERIFY(done.wait(30'000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    const QJsonObject person = QJsonDocument::fromJson(reply->readAll())
                                   .object()
                                   .value(QStringLiteral("person"))
                                   .toObject();
    QCOMPARE(person.value(QStringLiteral("fullName")).toString(), QStringLiteral("Trần Văn Bình"));
    QCOMPARE(person.value(QStringLiteral("organisation")).toString(), QStringLiteral("org-syt"));
}

QTEST_GUILESS_MAIN(TestServer)
#include "tst_server.moc"
