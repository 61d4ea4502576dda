// lt::net::ApiClient against a real server (short-lived access tokens) and against broken ones.
#include "core/net/apiclient.h"
#include "fakehttp.h"
#include "testprocess.h"

#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

using namespace lt;
using lt::net::ApiClient;
using lt::test::FakeHttp;

namespace {
template <typename T>
std::optional<T> waitFor(const std::function<void(std::function<void(T)>)> &call, int ms = 30'000)
{
    std::optional<T> result;
    call([&](T r) { result.emplace(std::move(r)); });
    QDeadlineTimer deadline(ms);
    while (!result && !deadline.hasExpired())
        QTest::qWait(5);
    return result;
}
} // namespace

class TestApiClient : public QObject
{
    Q_OBJECT

private slots:
    void expiredAccessTokenIsRenewedOnce();
    void errorsAreClassified();
    void silentServerTimesOut();
    void closedPortIsOffline();
    void invalidJsonIsAServerError();
    void httpsWithTheAgencysOwnCa();
};

void TestApiClient::expiredAccessTokenIsRenewedOnce()
{
    QTemporaryDir data;
    test::ListeningProcess server;
    QVERIFY2(server.start(qEnvironmentVariable("LT_SERVER"),
                          {QStringLiteral("--data"), data.path(), QStringLiteral("--demo"),
                           QStringLiteral("--demo-size"), QStringLiteral("5"),
                           QStringLiteral("--access-ttl"), QStringLiteral("3")},
                          120'000),
             qPrintable(server.errorString()));
    ApiClient api(server.url());
    QSignalSpy renewed(&api, &ApiClient::tokensChanged);
    auto login = waitFor<Result<QJsonObject>>(
        [&](auto done) { api.login(QStringLiteral("leader"), QStringLiteral("demo123"), done); });
    QVERIFY(login && login->ok());
    QCOMPARE(renewed.size(), 1);
    const QString firstRefresh = api.refreshToken();
    auto me = waitFor<Result<QJsonObject>>(
        [&](auto done) { api.get(QStringLiteral("/api/v1/me"), done); });
    QVERIFY(me && me->ok());
    QCOMPARE(renewed.size(), 1);

    // The access token expires (3 s: a loaded machine still uses it once before).
    QTest::qWait(4'100);
    me = waitFor<Result<QJsonObject>>(
        [&](auto done) { api.get(QStringLiteral("/api/v1/me"), done); });
    QVERIFY2(me && me->ok(), me && !me->ok() ? qPrintable(me->error().message) : "");
    QCOMPARE(me->value().value(QStringLiteral("login")).toString(), QStringLiteral("leader"));
    QCOMPARE(renewed.size(), 2);
    QVERIFY(api.refreshToken() != firstRefresh);

    // A revoked session is not renewed in a loop: one attempt, then Unauthorized.
    api.setTokens(QStringLiteral("bad"), QStringLiteral("also-bad"));
    me = waitFor<Result<QJsonObject>>(
        [&](auto done) { api.get(QStringLiteral("/api/v1/me"), done); });
    QVERIFY(me && !me->ok());
    QCOMPARE(me->error().code, ErrorCode::Unauthorized);
}

void TestApiClient::errorsAreClassified()
{
    QCOMPARE(ApiClient::errorFor(0, QNetworkReply::ConnectionRefusedError, {}).code,
             ErrorCode::Offline);
    QCOMPARE(ApiClient::errorFor(0, QNetworkReply::HostNotFoundError, {}).code, ErrorCode::Offline);
    QCOMPARE(ApiClient::errorFor(0, QNetworkReply::OperationCanceledError, {}).code,
             ErrorCode::Timeout);
    QCOMPARE(ApiClient::errorFor(401, 0, {}).code, ErrorCode::Unauthorized);
    QCOMPARE(ApiClient::errorFor(404, 0, {}).code, ErrorCode::NotFound);
    QCOMPARE(ApiClient::errorFor(409, 0, {}).code, ErrorCode::Conflict);
    QCOMPARE(ApiClient::errorFor(429, 0, {}).code, ErrorCode::Locked);
    QCOMPARE(ApiClient::errorFor(503, 0, {}).code, ErrorCode::ServerError);
    const Error e = ApiClient::errorFor(400, 0, R"({"error":"invalid","message":"Tin nhắn"})");
    QCOMPARE(e.code, ErrorCode::InvalidArgument);
    QCOMPARE(e.message, QStringLiteral("Tin nhắn"));
}

void TestApiClient::silentServerTimesOut()
{
    FakeHttp silent([](const QByteArray &, const QByteArray &) { return QByteArray(); });
    ApiClient api{QUrl(silent.url())};
    api.setTimeout(500);
    QElapsedTimer t;
    t.start();
    auto r = waitFor<Result<QJsonObject>>(
        [&](auto done) { api.get(QStringLiteral("/api/v1/me"), done); });
    QVERIFY(r && !r->ok());
    QCOMPARE(r->error().code, ErrorCode::Timeout);
    QVERIFY(t.elapsed() < 10'000);
}

void TestApiClient::closedPortIsOffline()
{
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    } // closed again: nothing listens there now
    ApiClient api{QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port))};
    auto r = waitFor<Result<QJsonObject>>(
        [&](auto done) { api.get(QStringLiteral("/api/v1/me"), done); });
    QVERIFY(r && !r->ok());
    QCOMPARE(r->error().code, ErrorCode::Offline);
}

void TestApiClient::invalidJsonIsAServerError()
{
    FakeHttp broken([](const QByteArray &, const QByteArray &) { return FakeHttp::json("{oops"); });
    ApiClient api{QUrl(broken.url())};
    auto r = waitFor<Result<QJsonObject>>(
        [&](auto done) { api.get(QStringLiteral("/api/v1/me"), done); });
    QVERIFY(r && !r->ok());
    QCOMPARE(r->error().code, ErrorCode::ServerError);
}

void TestApiClient::httpsWithTheAgencysOwnCa()
{
    // A CA of our own and a certificate for 127.0.0.1 signed by it.
    QTemporaryDir dir;
    const auto run = [&](const QStringList &args) {
        QProcess p;
        p.setWorkingDirectory(dir.path());
        p.start(QStringLiteral("openssl"), args);
        return p.waitForFinished(60'000) && p.exitCode() == 0;
    };
    QVERIFY(run({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                 QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                 QStringLiteral("ca.key"), QStringLiteral("-out"), QStringLiteral("ca.pem"),
                 QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                 QStringLiteral("/CN=LienThong Test Agency CA")}));
    QVERIFY(run({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                 QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("server.key"),
                 QStringLiteral("-out"), QStringLiteral("server.csr"), QStringLiteral("-subj"),
                 QStringLiteral("/CN=127.0.0.1")}));
    QFile ext(dir.filePath(QStringLiteral("san.ext")));
    QVERIFY(ext.open(QIODevice::WriteOnly));
    ext.write("subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth\n");
    ext.close();
    QVERIFY(run({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                 QStringLiteral("server.csr"), QStringLiteral("-CA"), QStringLiteral("ca.pem"),
                 QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-set_serial"),
                 QStringLiteral("7"), QStringLiteral("-days"), QStringLiteral("2"),
                 QStringLiteral("-extfile"), QStringLiteral("san.ext"), QStringLiteral("-out"),
                 QStringLiteral("server.pem")}));

    test::ListeningProcess server;
    QVERIFY2(
        server.start(qEnvironmentVariable("LT_SERVER"),
                     {QStringLiteral("--data"), dir.filePath(QStringLiteral("data")),
                      QStringLiteral("--demo"), QStringLiteral("--demo-size"), QStringLiteral("3"),
                      QStringLiteral("--tls-cert"), dir.filePath(QStringLiteral("server.pem")),
                      QStringLiteral("--tls-key"), dir.filePath(QStringLiteral("server.key"))},
                     120'000),
        qPrintable(server.errorString()));
    QCOMPARE(server.url().scheme(), QStringLiteral("https"));

    // Without the agency's CA the certificate is not trusted: nothing is sent.
    ApiClient untrusting(server.url());
    auto r = waitFor<Result<QJsonObject>>([&](auto done) {
        untrusting.login(QStringLiteral("leader"), QStringLiteral("demo123"), done);
    });
    QVERIFY(r && !r->ok());
    QVERIFY(r->error().code == ErrorCode::Unavailable || r->error().code == ErrorCode::Offline);

    ApiClient api(server.url());
    api.setCaCertificates(QSslCertificate::fromPath(dir.filePath(QStringLiteral("ca.pem"))));
    r = waitFor<Result<QJsonObject>>(
        [&](auto done) { api.login(QStringLiteral("leader"), QStringLiteral("demo123"), done); });
    QVERIFY2(r && r->ok(), r && !r->ok() ? qPrintable(r->error().message) : "");
    auto me = waitFor<Result<QJsonObject>>(
        [&](auto done) { api.get(QStringLiteral("/api/v1/me"), done); });
    QVERIFY(me && me->ok());
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
