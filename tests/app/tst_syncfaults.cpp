// Sync under faults, with real processes: the client killed at random moments, the server
// killed mid-page, a file that does not match its checksum, a server that sends nonsense or
// never answers. Nothing is lost, nothing is applied twice, the cache stays sound.
#include "clirunner.h"
#include "fakehttp.h"
#include "testprocess.h"

#include "core/model/json.h"
#include "core/store/database.h"
#include "core/store/documentcache.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace lt;
using namespace lt::test;

class TestSyncFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void clientKilledAtRandomMoments();
    void serverKilledInTheMiddleOfASync();
    void corruptFileIsDiscardedAndFetchedAgain();
    void malformedFeedChangesNothing();
    void silentServerTimesOut();

private:
    bool startServer();
    CliRunner signedIn(const QString &name, const QString &user);
    // The cache agrees with the server: same documents at the same revisions, and the cursor
    // is the server's last change for this user.
    void checkCacheMatchesServer(const CliRunner &cli, const QString &user);

    QTemporaryDir m_tmp;
    ListeningProcess m_server;
    quint16 m_port = 0;
};

bool TestSyncFaults::startServer()
{
    const bool ok =
        m_server.start(qEnvironmentVariable("LT_SERVER"),
                       {QStringLiteral("--data"), m_tmp.filePath(QStringLiteral("server")),
                        QStringLiteral("--demo"), QStringLiteral("--demo-size"),
                        QStringLiteral("1500"), QStringLiteral("--demo-pdfs"), QStringLiteral("3")},
                       180'000, m_port);
    if (ok)
        m_port = m_server.port();
    return ok;
}

void TestSyncFaults::initTestCase()
{
    QVERIFY2(startServer(), qPrintable(m_server.errorString()));
}

void TestSyncFaults::cleanupTestCase()
{
    m_server.stop();
}

CliRunner TestSyncFaults::signedIn(const QString &name, const QString &user)
{
    CliRunner cli(m_tmp.filePath(name));
    const auto r =
        cli.run({QStringLiteral("login"), QStringLiteral("--server"), m_server.url().toString(),
                 QStringLiteral("--user"), user, QStringLiteral("--password-stdin")},
                "demo123\n");
    if (r.code != 0)
        qWarning() << "login failed:" << r.err;
    return cli;
}

void TestSyncFaults::checkCacheMatchesServer(const CliRunner &cli, const QString &user)
{
    auto db = store::Database::open(cli.profile() + QStringLiteral("/cache.db"),
                                    store::Database::Check::Full);
    QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
    QCOMPARE(db.value()->integrityCheck(), QStringLiteral("ok"));
    store::DocumentCache cache(*db.value());
    ServerProbe probe(m_server.url(), user);
    qint64 lastSeq = 0;
    const auto onServer = probe.all(&lastSeq);
    QVERIFY(!onServer.isEmpty());
    QCOMPARE(cache.meta(QStringLiteral("cursor")).value(), QString::number(lastSeq));
    QCOMPARE(cache.countAll().value(), int(onServer.size()));
    for (auto it = onServer.cbegin(); it != onServer.cend(); ++it) {
        const auto local = cache.get(it.key());
        QVERIFY(local.ok() && local.value().has_value());
        QCOMPARE(local.value()->revision, it.value().value(QStringLiteral("revision")).toInt());
        QCOMPARE(lt::json::stateKey(local.value()->state),
                 it.value().value(QStringLiteral("state")).toString());
    }
}

void TestSyncFaults::clientKilledAtRandomMoments()
{
    CliRunner cli = signedIn(QStringLiteral("killed"), QStringLiteral("clerk"));
    // A first partial sync so that there are documents to act on.
    QCOMPARE(cli.run({QStringLiteral("sync"), QStringLiteral("--page-size"), QStringLiteral("200")})
                 .code,
             0);
    auto r = cli.run({QStringLiteral("ls"), QStringLiteral("--box"), QStringLiteral("incoming"),
                      QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("400")});
    QJsonArray candidates;
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array()) {
        const QString state = v.toObject().value(QStringLiteral("state")).toString();
        if (state != u"incoming:returned" && state != u"incoming:recalled")
            candidates.append(v);
    }
    QVERIFY(candidates.size() >= 12);
    QStringList ids;
    QStringList texts;
    for (int i = 0; i < 12; ++i) {
        ids << candidates.at(i).toObject().value(QStringLiteral("id")).toString();
        texts << QStringLiteral("Ý kiến %1 — phải đến đúng một lần").arg(i);
        QCOMPARE(cli.run({QStringLiteral("act"), ids.last(), QStringLiteral("comment"),
                          QStringLiteral("--text"), texts.last()})
                     .code,
                 0);
    }
    // Start the feed again from the beginning so that every round has pages to pull.
    {
        auto db = store::Database::open(cli.profile() + QStringLiteral("/cache.db"));
        QVERIFY(db.ok());
        QVERIFY(db.value()->exec("UPDATE meta SET value = '0' WHERE key = 'cursor'").ok());
    }

    QRandomGenerator rng(20261125);
    int killedWhileRunning = 0;
    for (int round = 0; round < 32; ++round) {
        QProcess p;
        cli.start(p, {QStringLiteral("sync"), QStringLiteral("--page-size"), QStringLiteral("25")});
        QTest::qWait(int(rng.bounded(20, 600)));
        if (p.state() == QProcess::Running) {
            ::kill(pid_t(p.processId()), SIGKILL);
            ++killedWhileRunning;
        }
        p.waitForFinished(10'000);
        // After every crash the profile opens and reads.
        const auto status = cli.run({QStringLiteral("status")});
        QVERIFY2(status.code == 0, qPrintable(status.err));
        if (round % 8 == 7) { // now and then the user also starts over from scratch
            auto db = store::Database::open(cli.profile() + QStringLiteral("/cache.db"));
            QVERIFY(db.ok());
            QVERIFY(db.value()->exec("UPDATE meta SET value = '0' WHERE key = 'cursor'").ok());
        }
    }
    QVERIFY2(killedWhileRunning >= 20, qPrintable(QString::number(killedWhileRunning)));

    r = cli.run({QStringLiteral("sync"), QStringLiteral("--wait"), QStringLiteral("30")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(cli.run({QStringLiteral("status")}).out.contains(QStringLiteral("Pending actions: 0")));
    checkCacheMatchesServer(cli, QStringLiteral("clerk"));

    // Exactly once: every comment is on the server, once.
    ServerProbe probe(m_server.url(), QStringLiteral("clerk"));
    for (int i = 0; i < ids.size(); ++i) {
        const QJsonObject d = probe.document(ids.at(i));
        int seen = 0;
        for (const QJsonValue &h : d.value(QStringLiteral("history")).toArray())
            seen += h.toObject().value(QStringLiteral("text")).toString() == texts.at(i);
        QVERIFY2(seen == 1,
                 qPrintable(QStringLiteral("%1 seen %2 times").arg(ids.at(i)).arg(seen)));
    }
}

void TestSyncFaults::serverKilledInTheMiddleOfASync()
{
    CliRunner cli = signedIn(QStringLiteral("serverdies"), QStringLiteral("leader"));
    QProcess p;
    // One document a page: hundreds of requests, so the kill below lands in the middle (at
    // five a page the whole feed sometimes arrived within the 250 ms).
    cli.start(p, {QStringLiteral("--timeout"), QStringLiteral("5"), QStringLiteral("sync"),
                  QStringLiteral("--page-size"), QStringLiteral("1")});
    QTest::qWait(250);
    m_server.kill();
    QVERIFY(p.waitForFinished(60'000));
    QCOMPARE(p.exitCode(), 3); // offline, clearly
    QVERIFY(
        QString::fromUtf8(p.readAllStandardError()).contains(QStringLiteral("cannot be reached")));
    // What arrived is consistent: the cursor only covers pages that were stored.
    {
        auto db = store::Database::open(cli.profile() + QStringLiteral("/cache.db"),
                                        store::Database::Check::Full);
        QVERIFY(db.ok());
        store::DocumentCache cache(*db.value());
        const int stored = cache.countAll().value();
        const QString cursor = cache.meta(QStringLiteral("cursor")).value();
        QVERIFY2(stored > 0 || cursor.isEmpty(), qPrintable(cursor));
    }
    QVERIFY2(startServer(), qPrintable(m_server.errorString()));
    const auto r = cli.run({QStringLiteral("sync")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    checkCacheMatchesServer(cli, QStringLiteral("leader"));
}

void TestSyncFaults::corruptFileIsDiscardedAndFetchedAgain()
{
    CliRunner cli = signedIn(QStringLiteral("corrupt"), QStringLiteral("leader"));
    QCOMPARE(cli.run({QStringLiteral("sync")}).code, 0);
    auto r = cli.run({QStringLiteral("ls"), QStringLiteral("--json"), QStringLiteral("--limit"),
                      QStringLiteral("1")});
    const QJsonObject doc = QJsonDocument::fromJson(r.out.toUtf8()).array().first().toObject();
    const QString id = doc.value(QStringLiteral("id")).toString();
    const QString sha = doc.value(QStringLiteral("attachments"))
                            .toArray()
                            .first()
                            .toObject()
                            .value(QStringLiteral("sha256"))
                            .toString();
    const QString serverFile =
        m_tmp.filePath(QStringLiteral("server/blobs/%1/%2").arg(sha.left(2), sha));
    QFile f(serverFile);
    QVERIFY(f.open(QIODevice::ReadWrite));
    const QByteArray original = f.readAll();
    QByteArray damaged = original;
    damaged[damaged.size() / 2] = char(damaged[damaged.size() / 2] ^ 0x40);
    QVERIFY(f.seek(0));
    f.write(damaged);
    f.close();

    QCOMPARE(cli.run({QStringLiteral("pin"), id}).code, 0);
    r = cli.run({QStringLiteral("sync")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("checksum")), qPrintable(r.err));
    const QString local = cli.profile() + QStringLiteral("/blobs/%1/%2").arg(sha.left(2), sha);
    QVERIFY(!QFile::exists(local));
    QVERIFY(QDir(cli.profile() + QStringLiteral("/blobs/partial")).isEmpty());

    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(original);
    f.close();
    r = cli.run({QStringLiteral("sync")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("1 file(s) downloaded")));
    QFile got(local);
    QVERIFY(got.open(QIODevice::ReadOnly));
    QCOMPARE(QCryptographicHash::hash(got.readAll(), QCryptographicHash::Sha256).toHex(),
             sha.toLatin1());
    // Its text is now searchable: the demo PDFs carry this sentence.
    r = cli.run({QStringLiteral("search"), QStringLiteral("bao cao ket qua ve van phong"),
                 QStringLiteral("--json")});
    bool found = false;
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array())
        found = found || v.toObject().value(QStringLiteral("id")).toString() == id;
    QVERIFY(found);
}

void TestSyncFaults::malformedFeedChangesNothing()
{
    int feedCalls = 0;
    const QByteArray session = R"({"accessToken":"a","refreshToken":"r","expiresIn":900,
        "person":{"id":"p1","login":"tester","fullName":"Người Thử","roles":["leader"]}})";
    FakeHttp fake([&](const QByteArray &, const QByteArray &path) -> QByteArray {
        if (path.startsWith("/api/v1/session"))
            return FakeHttp::json(session);
        if (path.startsWith("/api/v1/changes")) {
            ++feedCalls;
            if (feedCalls == 1) // a valid document next to one with a wrong type
                return FakeHttp::json(
                    R"({"changes":[{"kind":"upsert","seq":1,"document":{"id":"ok","state":"incoming:received","type":"cong_van"}},
                    {"kind":"upsert","seq":2,"document":{"id":5,"state":"incoming:received","type":"cong_van"}}],"cursor":"2","more":false})");
            if (feedCalls == 2)
                return FakeHttp::json("{\"changes\": [");
            return FakeHttp::json(R"({"changes":[],"cursor":"not-a-number","more":false})");
        }
        return FakeHttp::json(R"({"error":"not_found"})", 404);
    });
    CliRunner cli(m_tmp.filePath(QStringLiteral("malformed")));
    auto r = cli.run({QStringLiteral("login"), QStringLiteral("--server"), fake.url(),
                      QStringLiteral("--user"), QStringLiteral("tester"),
                      QStringLiteral("--password-stdin")},
                     "x\n");
    QVERIFY2(r.code == 0, qPrintable(r.err));
    for (int i = 0; i < 3; ++i) {
        r = cli.run({QStringLiteral("sync")});
        QCOMPARE(r.code, 1);
        QVERIFY(!r.err.isEmpty());
        r = cli.run({QStringLiteral("status")});
        QVERIFY2(r.out.contains(QStringLiteral("Documents: 0")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("Cursor: 0")));
    }
    QCOMPARE(feedCalls, 3);
}

void TestSyncFaults::silentServerTimesOut()
{
    FakeHttp silent([](const QByteArray &, const QByteArray &) { return QByteArray(); });
    CliRunner cli(m_tmp.filePath(QStringLiteral("silent")));
    QElapsedTimer t;
    t.start();
    const auto r =
        cli.run({QStringLiteral("--timeout"), QStringLiteral("1"), QStringLiteral("login"),
                 QStringLiteral("--server"), silent.url(), QStringLiteral("--user"),
                 QStringLiteral("x"), QStringLiteral("--password-stdin")},
                "x\n");
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains(QStringLiteral("did not answer in time")), qPrintable(r.err));
    QVERIFY(t.elapsed() < 20'000);
}

QTEST_GUILESS_MAIN(TestSyncFaults)
#include "tst_syncfaults.moc"
