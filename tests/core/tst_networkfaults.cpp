// The client's sync engine and outbox against the real server in this process (server::Server
// on 127.0.0.1 over a SQLite file), with faults put on the wire between them: an error page
// from a proxy, an answer lost after the server acted, a server that says nothing, a page cut
// in the middle. Whatever happens, the cache stays consistent, nothing is applied twice, and
// the next sync completes.
#include "faultynetwork.h"

#include "core/auth/secretstore.h"
#include "core/desk/commands.h"
#include "core/sync/client.h"
#include "core/sync/profile.h"
#include "server/server.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lt;
using Fault = test::FaultyNetwork::Fault;

namespace {
// The two ways a sync runs: on the calling thread (the command line), on a worker thread (the
// desktop).
void onBothThreads()
{
    QTest::addColumn<bool>("background");
    QTest::addRow("on the calling thread") << false;
    QTest::addRow("on a worker thread") << true;
}
} // namespace

class TestNetworkFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void aProxysErrorPageStopsBetweenPages_data();
    void aProxysErrorPageStopsBetweenPages();
    void anAnswerLostIsDeliveredOnce();
    void aSilentServerTimesOut();
    void aPageCutInTheMiddleChangesNothing();
    void aNetworkGivenLaterIsUsed_data();
    void aNetworkGivenLaterIsUsed();
    void aSecondSyncFollowsTheFirst_data();
    void aSecondSyncFollowsTheFirst();

private:
    Result<sync::SyncReport> syncNow();
    int visibleOnServer(const QString &login);
    int cached() { return m_profile->cache().countAll().valueOr(-1); }

    QTemporaryDir m_serverDir;
    std::unique_ptr<server::Server> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<sync::Profile> m_profile;
    std::unique_ptr<auth::MemorySecretStore> m_secrets;
    std::unique_ptr<sync::Client> m_client;
    std::shared_ptr<test::FaultyNetwork::Rules> m_rules;
};

void TestNetworkFaults::initTestCase()
{
    server::ServerOptions options;
    options.dataDir = m_serverDir.path();
    options.demo = server::DemoOptions{60, 7, 2};
    m_server = std::make_unique<server::Server>(options);
    const Status started = m_server->start();
    QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().message));
}

void TestNetworkFaults::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto p = sync::Profile::open(m_dir->path());
    QVERIFY(p.ok());
    m_profile = std::move(p.value());
    m_secrets = std::make_unique<auth::MemorySecretStore>();
    m_client = std::make_unique<sync::Client>(*m_profile, *m_secrets);
    m_rules = std::make_shared<test::FaultyNetwork::Rules>();
    m_client->setNetwork([rules = m_rules](QObject *parent) -> QNetworkAccessManager * {
        return new test::FaultyNetwork(rules, parent);
    });
    std::optional<Status> login;
    m_client->signIn(QUrl(m_server->baseUrl()), QStringLiteral("clerk"), QStringLiteral("demo123"),
                     [&](Status s) { login = s; });
    QTRY_VERIFY_WITH_TIMEOUT(login.has_value(), 30'000);
    QVERIFY2(login->ok(), qPrintable(login->ok() ? QString() : login->error().message));
    m_client->setSyncPageSize(10);
}

void TestNetworkFaults::cleanup()
{
    m_client.reset();
    m_secrets.reset();
    m_profile.reset();
    m_dir.reset();
}

Result<sync::SyncReport> TestNetworkFaults::syncNow()
{
    std::optional<Result<sync::SyncReport>> r;
    m_client->sync([&](Result<sync::SyncReport> x) { r = std::move(x); });
    QDeadlineTimer deadline(60'000);
    while (!r && !deadline.hasExpired())
        QTest::qWait(5);
    return r ? *r : Result<sync::SyncReport>(Error{ErrorCode::Timeout, QStringLiteral("test")});
}

int TestNetworkFaults::visibleOnServer(const QString &login)
{
    auto person = m_server->service().login(login, QStringLiteral("demo123"));
    if (!person)
        return -1;
    auto me = m_server->service().authenticate(person->accessToken);
    auto page = m_server->service().changes(me.value(), 0, 2000);
    return page ? int(QJsonDocument::fromJson(page->body)
                          .object()
                          .value(QStringLiteral("changes"))
                          .toArray()
                          .size())
                : -1;
}

void TestNetworkFaults::aProxysErrorPageStopsBetweenPages_data()
{
    onBothThreads();
}

void TestNetworkFaults::aProxysErrorPageStopsBetweenPages()
{
    QFETCH(bool, background);
    m_client->setBackgroundSync(background);
    m_rules->add({"GET", "/api/v1/changes", 3, Fault::HttpError, 502});
    const auto failed = syncNow();
    QVERIFY(m_rules->allFired());
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().code, ErrorCode::ServerError);
    QVERIFY(!failed.error().message.contains(u"<html"));   // not the proxy's page
    QVERIFY(!failed.error().message.contains(u"HTTP 50")); // nor a developer's status
    // Two pages stored whole, each with its cursor; the third never half-applied.
    QCOMPARE(cached(), 20);
    const QString cursor = m_profile->cache().meta(QStringLiteral("cursor")).valueOr(QString());
    QVERIFY(!cursor.isEmpty());

    const auto again = syncNow();
    QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().message));
    QCOMPARE(cached(), visibleOnServer(QStringLiteral("clerk")));
    m_client->setBackgroundSync(false);
}

void TestNetworkFaults::anAnswerLostIsDeliveredOnce()
{
    QVERIFY(syncNow().ok());
    // A comment on a document the clerk holds; the server applies it, its answer is lost.
    store::DocumentCache::Query q;
    q.limit = 1;
    const Document doc = m_profile->cache().list(q).value().first();
    const QString words = QStringLiteral("Đã kiểm tra, đủ thành phần hồ sơ.");
    auto queued = m_profile->outbox().enqueue(doc.id, Action::Comment, words);
    QVERIFY(queued.ok());
    m_rules->add({"POST", "/api/v1/actions", 1, Fault::AnswerLost});
    const auto lost = syncNow();
    QVERIFY(m_rules->allFired());
    QVERIFY(!lost.ok());
    QCOMPARE(lost.error().code, ErrorCode::Offline);
    QCOMPARE(m_profile->outbox().countPending().value(), 1); // not known to be delivered
    // …although the server did apply it.
    auto session = m_server->service().login(QStringLiteral("clerk"), QStringLiteral("demo123"));
    QVERIFY(session.ok());
    auto onServer = m_server->service().document(session->person, doc.id);
    QVERIFY(onServer.ok());
    QVERIFY(!onServer->history.isEmpty());
    QCOMPARE(onServer->history.last().text, words);

    const auto delivered = syncNow(); // the same id again: the server's first answer
    QVERIFY2(delivered.ok(), qPrintable(delivered.ok() ? QString() : delivered.error().message));
    QCOMPARE(m_profile->outbox().countPending().value(), 0);
    const Document after = *m_profile->cache().get(doc.id).value();
    int times = 0;
    for (const Decision &d : after.history)
        times += d.text == words;
    QCOMPARE(times, 1);
}

void TestNetworkFaults::aSilentServerTimesOut()
{
    m_client->setTimeout(700);
    m_rules->add({"GET", "/api/v1/changes", 1, Fault::Silence});
    const auto silent = syncNow();
    QVERIFY(!silent.ok());
    QCOMPARE(silent.error().code, ErrorCode::Timeout);
    QCOMPARE(cached(), 0);
    m_client->setTimeout(30'000);
    QVERIFY(syncNow().ok());
}

void TestNetworkFaults::aPageCutInTheMiddleChangesNothing()
{
    m_rules->add({"GET", "/api/v1/changes", 1, Fault::Malformed});
    const auto cut = syncNow();
    QVERIFY(!cut.ok());
    QCOMPARE(cut.error().code, ErrorCode::ServerError);
    QCOMPARE(cached(), 0);
    QVERIFY(m_profile->cache().meta(QStringLiteral("cursor")).valueOr(QString()).isEmpty());
    QVERIFY(syncNow().ok());
    QCOMPARE(cached(), visibleOnServer(QStringLiteral("clerk")));
}

void TestNetworkFaults::aNetworkGivenLaterIsUsed_data()
{
    onBothThreads();
}

void TestNetworkFaults::aNetworkGivenLaterIsUsed()
{
    QFETCH(bool, background);
    m_client->setBackgroundSync(background);
    QVERIFY(syncNow().ok()); // the first network, already in use
    auto later = std::make_shared<test::FaultyNetwork::Rules>();
    later->add({"GET", "/api/v1/changes", 1, Fault::HttpError, 503});
    m_client->setNetwork([later](QObject *parent) -> QNetworkAccessManager * {
        return new test::FaultyNetwork(later, parent);
    });
    const auto failed = syncNow();
    QVERIFY(later->allFired());
    QCOMPARE(failed.error().code, ErrorCode::ServerError);
    QVERIFY(syncNow().ok()); // the session survived the change of network
    m_client->setBackgroundSync(false);
}

void TestNetworkFaults::aSecondSyncFollowsTheFirst_data()
{
    onBothThreads();
}

// Two callers at once (the timer's sync and "open the file", say): the second waits for the
// first and then runs; neither is refused, and each refused run is never announced as a sync.
void TestNetworkFaults::aSecondSyncFollowsTheFirst()
{
    QFETCH(bool, background);
    m_client->setBackgroundSync(background);
    QSignalSpy synced(m_client.get(), &sync::Client::synced);
    desk::SyncCommand first(*m_client);
    desk::SyncCommand second(*m_client);
    first.start();
    second.start();
    QTRY_VERIFY_WITH_TIMEOUT(first.isFinished() && second.isFinished(), 60'000);
    QVERIFY2(first.result().ok(),
             qPrintable(first.result().ok() ? QString() : first.result().error().message));
    QVERIFY2(second.result().ok(),
             qPrintable(second.result().ok() ? QString() : second.result().error().message));
    QCOMPARE(synced.size(), 2); // two syncs ran, one after the other
    QCOMPARE(cached(), visibleOnServer(QStringLiteral("clerk")));
    m_client->setBackgroundSync(false);
}

QTEST_MAIN(TestNetworkFaults)
#include "tst_networkfaults.moc"
