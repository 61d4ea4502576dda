// The reference axis (lienthong-server --hub): routing by organisation code, acknowledgements and
// per-receiver state for the sender, the refusals, the national directory, and a hub killed
// while packages cross it.
#include "core/edxml/package.h"
#include "server/axisclient.h"
#include "server/db.h"
#include "server/hub.h"
#include "testprocess.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <optional>

using namespace lt;
using namespace lt::server;

namespace {

const QString kProvince = QStringLiteral("000.00.00.H53");
const QString kHealth = QStringLiteral("000.01.00.H53"); // a department of the province
const QString kOffice = QStringLiteral("000.00.00.G22"); // the Government Office
const QString kMinistry = QStringLiteral("000.00.00.G10");
const QString kOffline = QStringLiteral("000.00.00.G99"); // listed, not connected

// Runs an asynchronous call to its end.
template <class T, class F>
T await(F &&start)
{
    std::optional<T> out;
    QEventLoop loop;
    start([&](T v) {
        out = std::move(v);
        loop.quit();
    });
    if (!out)
        loop.exec();
    return std::move(*out);
}

QString writeDirectory(const QString &dir, int extra = 0)
{
    const QString path = QDir(dir).filePath(QStringLiteral("directory.csv"));
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write("code;name;mail;system\n");
    f.write(QStringLiteral("%1;Ủy ban nhân dân tỉnh Hà Giang;ubnd@hagiang.gov.vn;province\n"
                           "%2;Sở Y tế tỉnh Hà Giang;syt@hagiang.gov.vn;province\n"
                           "%3;Văn phòng Chính phủ;vpcp@chinhphu.vn;office\n"
                           "%4;Bộ Nội vụ;bnv@moha.gov.vn;ministry\n"
                           "%5;Ủy ban nhân dân xã Không Kết Nối;;\n")
                .arg(kProvince, kHealth, kOffice, kMinistry, kOffline)
                .toUtf8());
    for (int i = 0; i < extra; ++i)
        f.write(
            QStringLiteral("H%1.%2;Cơ quan số %3;;\n").arg(i / 1000).arg(i % 1000).arg(i).toUtf8());
    return path;
}

// A small document package from `from` to `to`, numbered `n`.
QString writePackage(const QString &dir, const QString &from, const QStringList &to, int n)
{
    edxml::Package p;
    p.from.id = from;
    p.from.name = QStringLiteral("Sở Y tế tỉnh Hà Giang");
    for (const QString &code : to) {
        edxml::Organ o;
        o.id = code;
        o.name = QStringLiteral("Văn phòng Chính phủ");
        p.to << o;
    }
    p.codeNumber = QString::number(n);
    p.codeNotation = QStringLiteral("SYT-VP");
    p.place = QStringLiteral("Hà Giang");
    p.promulgationDate = QDate(2026, 12, 2);
    p.typeName = QStringLiteral("Công văn");
    p.subject = QStringLiteral("Báo cáo số %1 về tình hình thực hiện nhiệm vụ").arg(n);
    p.signerName = QStringLiteral("Nguyễn Văn Thành");
    p.documentId = p.makeDocumentId();
    p.traces << edxml::Trace{from, QDateTime(QDate(2026, 12, 2), QTime(9, 0), QTimeZone(7 * 3600))};
    const QString file = QDir(dir).filePath(QStringLiteral("out-%1.edxml").arg(n));
    if (auto s = edxml::write(p, file); !s)
        qFatal("cannot write a package: %s", qPrintable(s.error().message));
    return file;
}

} // namespace

class TestHub : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void routesAndAcknowledges();
    void refusals();
    void directory();
    void killedWhileForwarding();

private:
    AxisClient *client(const QString &system, const QString &secret = {});

    QTemporaryDir m_dir;
    QString m_postgres = qEnvironmentVariable("LT_TEST_POSTGRES_URL"); // set: PostgreSQL
    std::unique_ptr<Hub> m_hub;
    QString m_data;
    QList<AxisClient *> m_clients;
};

void TestHub::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestHub::init()
{
    static int n = 0;
    m_data = m_dir.filePath(QStringLiteral("hub%1").arg(++n));
    QVERIFY(QDir().mkpath(m_data));
    {
        auto db = Db::open(m_postgres.isEmpty() ? QDir(m_data).filePath(QStringLiteral("hub.db"))
                                                : m_postgres);
        QVERIFY(db);
        if (!m_postgres.isEmpty()) { // one database for all the tests: start each from nothing
            for (const char *table :
                 {"deliveries", "packages", "agencies", "systems", "meta", "counters"})
                QVERIFY(db.value()->exec(QStringLiteral("DROP TABLE IF EXISTS ") +
                                         QLatin1String(table)));
        }
        QVERIFY(db.value()->migrate(Db::Schema::Hub));
        for (const char *system : {"province", "office", "ministry"})
            QVERIFY(Hub::addSystem(*db.value(), QLatin1String(system),
                                   QLatin1String(system) + QStringLiteral("-secret-0123456789")));
        QVERIFY(!Hub::addSystem(*db.value(), QStringLiteral("short"), QStringLiteral("123")));
    }
    HubOptions o;
    o.dataDir = m_data;
    o.dbUrl = m_postgres;
    o.directoryFile = writeDirectory(m_data);
    m_hub = std::make_unique<Hub>(o);
    const auto started = m_hub->start();
    QVERIFY2(started, qPrintable(started ? QString() : started.error().message));
}

void TestHub::cleanup()
{
    qDeleteAll(m_clients);
    m_clients.clear();
    m_hub.reset();
}

AxisClient *TestHub::client(const QString &system, const QString &secret)
{
    auto *c = new AxisClient(
        AxisConfig{QUrl(m_hub->baseUrl()), system,
                   secret.isEmpty() ? system + QStringLiteral("-secret-0123456789") : secret});
    m_clients << c;
    return c;
}

void TestHub::routesAndAcknowledges()
{
    AxisClient *province = client(QStringLiteral("province"));
    AxisClient *office = client(QStringLiteral("office"));
    AxisClient *ministry = client(QStringLiteral("ministry"));
    const QString file = writePackage(m_data, kHealth, {kOffice, kMinistry}, 1);

    // The department sends through the province's system to two receivers.
    const auto sent = await<Result<QString>>([&](auto done) {
        province->send(file, kHealth, {kOffice, kMinistry}, QStringLiteral("edoc"), done);
    });
    QVERIFY2(sent, qPrintable(sent ? QString() : sent.error().message));
    // A retry whose answer was lost gets the same id, not a second package.
    const auto again = await<Result<QString>>([&](auto done) {
        province->send(file, kHealth, {kOffice, kMinistry}, QStringLiteral("edoc"), done);
    });
    QVERIFY(again);
    QCOMPARE(*again, *sent);

    // Each receiver sees its own delivery, once; the sender sees none.
    for (AxisClient *receiver : {office, ministry}) {
        const auto list = await<Result<QList<AxisMessage>>>(
            [&](auto done) { receiver->listReceived({}, 100, done); });
        QVERIFY(list);
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->first().docId, *sent);
        QCOMPARE(list->first().from, kHealth);
        QCOMPARE(list->first().to, receiver == office ? kOffice : kMinistry);
        QCOMPARE(list->first().state, QStringLiteral("pending"));
    }
    const auto own = await<Result<QList<AxisMessage>>>(
        [&](auto done) { province->listReceived({}, 100, done); });
    QVERIFY(own && own->isEmpty());

    // The bytes that arrive are the bytes sent, and they read as the package.
    const QString got = QDir(m_data).filePath(QStringLiteral("got.edxml"));
    const auto fetched = await<Status>([&](auto done) { office->fetch(*sent, got, done); });
    QVERIFY2(fetched, qPrintable(fetched ? QString() : fetched.error().message));
    QFile a(file), b(got);
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    QCOMPARE(b.readAll(), a.readAll());
    const auto read = edxml::read(got, QDir(m_data).filePath(QStringLiteral("att")));
    QVERIFY(read);
    QCOMPARE(read->package.subject, QStringLiteral("Báo cáo số 1 về tình hình thực hiện nhiệm vụ"));

    // Acknowledgements: processing, then done by one receiver, fail by the other.
    QVERIFY(await<Status>([&](auto done) {
        office->acknowledge(*sent, {}, QStringLiteral("processing"), {}, done);
    }));
    QVERIFY(await<Status>(
        [&](auto done) { office->acknowledge(*sent, kOffice, QStringLiteral("done"), {}, done); }));
    QVERIFY(await<Status>([&](auto done) {
        office->acknowledge(*sent, kOffice, QStringLiteral("done"), {}, done); // a retry
    }));
    const auto final = await<Status>(
        [&](auto done) { office->acknowledge(*sent, kOffice, QStringLiteral("fail"), {}, done); });
    QVERIFY(!final);
    QCOMPARE(final.error().code, ErrorCode::Conflict);
    QVERIFY(await<Status>([&](auto done) {
        ministry->acknowledge(*sent, {}, QStringLiteral("fail"),
                              QStringLiteral("Gói tin thiếu tệp đính kèm"), done);
    }));
    // Nobody acknowledges for someone else.
    const auto foreign = await<Status>([&](auto done) {
        province->acknowledge(*sent, kOffice, QStringLiteral("done"), {}, done);
    });
    QVERIFY(!foreign);
    QCOMPARE(foreign.error().code, ErrorCode::NotFound);

    // Done deliveries leave the receiver's list.
    const auto after =
        await<Result<QList<AxisMessage>>>([&](auto done) { office->listReceived({}, 100, done); });
    QVERIFY(after && after->isEmpty());

    // The sender's view: one row per receiver with its latest state, changes after a sequence.
    const auto view = await<Result<std::pair<QList<AxisDelivery>, qint64>>>(
        [&](auto done) { province->listSent(0, 100, done); });
    QVERIFY(view);
    QHash<QString, AxisDelivery> byReceiver;
    for (const AxisDelivery &d : view->first)
        byReceiver.insert(d.to, d);
    QCOMPARE(byReceiver.size(), 2);
    QCOMPARE(byReceiver.value(kOffice).state, QStringLiteral("done"));
    QCOMPARE(byReceiver.value(kMinistry).state, QStringLiteral("fail"));
    QCOMPARE(byReceiver.value(kMinistry).description, QStringLiteral("Gói tin thiếu tệp đính kèm"));
    QVERIFY(byReceiver.value(kOffice).time.isValid());
    const auto nothingNew = await<Result<std::pair<QList<AxisDelivery>, qint64>>>(
        [&](auto done) { province->listSent(view->second, 100, done); });
    QVERIFY(nothingNew && nothingNew->first.isEmpty());
    // Receivers do not see what the province sent to others.
    const auto notTheirs = await<Result<std::pair<QList<AxisDelivery>, qint64>>>(
        [&](auto done) { office->listSent(0, 100, done); });
    QVERIFY(notTheirs && notTheirs->first.isEmpty());

    // A status package travels back the same way, as messagetype status.
    const auto reply = await<Result<QString>>(
        [&](auto done) { office->send(file, kOffice, {kHealth}, QStringLiteral("status"), done); });
    QVERIFY(reply);
    const auto statuses = await<Result<QList<AxisMessage>>>(
        [&](auto done) { province->listReceived(QStringLiteral("status"), 100, done); });
    QVERIFY(statuses && statuses->size() == 1);
    QCOMPARE(statuses->first().messageType, QStringLiteral("status"));
    QCOMPARE(statuses->first().to, kHealth);
}

void TestHub::refusals()
{
    AxisClient *province = client(QStringLiteral("province"));
    AxisClient *office = client(QStringLiteral("office"));
    const QString file = writePackage(m_data, kHealth, {kOffice}, 2);

    const auto wrongSecret = await<Result<QList<AxisMessage>>>([&](auto done) {
        client(QStringLiteral("office"), QStringLiteral("not-the-secret-at-all"))
            ->listReceived({}, 10, done);
    });
    QVERIFY(!wrongSecret);
    QCOMPARE(wrongSecret.error().code, ErrorCode::Unauthorized);
    const auto unknownSystem = await<Result<QList<AxisMessage>>>([&](auto done) {
        client(QStringLiteral("nobody"), QStringLiteral("nobody-secret-0123456789"))
            ->listReceived({}, 10, done);
    });
    QVERIFY(!unknownSystem);
    QCOMPARE(unknownSystem.error().code, ErrorCode::Unauthorized);

    // The sender speaks only for its own codes.
    const auto impersonated = await<Result<QString>>(
        [&](auto done) { office->send(file, kHealth, {kMinistry}, QStringLiteral("edoc"), done); });
    QVERIFY(!impersonated);
    QVERIFY(impersonated.error().detail.contains(QStringLiteral("SENDER_MISMATCH")));
    // Every receiver must be connected; nothing leaves otherwise.
    const auto unknown = await<Result<QString>>([&](auto done) {
        province->send(file, kHealth, {kOffice, kOffline, QStringLiteral("000.99.99.Z99")},
                       QStringLiteral("edoc"), done);
    });
    QVERIFY(!unknown);
    QVERIFY(unknown.error().detail.contains(QStringLiteral("UNKNOWN_RECEIVER")));
    QVERIFY(unknown.error().message.contains(kOffline));
    const auto none =
        await<Result<QList<AxisMessage>>>([&](auto done) { office->listReceived({}, 10, done); });
    QVERIFY(none && none->isEmpty());
    const auto badType = await<Result<QString>>(
        [&](auto done) { province->send(file, kHealth, {kOffice}, QStringLiteral("fax"), done); });
    QVERIFY(!badType);

    // Raw requests: a wrong hash is refused; a hash written without leading zeros is the same.
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray body = f.readAll();
    const QByteArray digest = QCryptographicHash::hash(body, QCryptographicHash::Sha256);
    QByteArray dropped;
    for (char c : digest)
        dropped += QByteArray::number(static_cast<unsigned char>(c), 16);
    QNetworkAccessManager nam;
    const auto post = [&](const QByteArray &sha, const QByteArray &payload) {
        QNetworkRequest r(QUrl(m_hub->baseUrl() + QStringLiteral("/axis/v1/send")));
        r.setRawHeader("Authorization",
                       "Basic " + QByteArray("province:province-secret-0123456789").toBase64());
        r.setRawHeader("from", kHealth.toUtf8());
        r.setRawHeader("to", kOffice.toUtf8()); // the comma-separated form
        r.setRawHeader("messagetype", "edoc");
        r.setRawHeader("sha256", sha);
        QNetworkReply *reply = nam.post(r, payload);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const int http = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray answer = reply->readAll();
        reply->deleteLater();
        return std::pair{http, answer};
    };
    const auto wrong = post(QByteArray(64, 'a'), body);
    QCOMPARE(wrong.first, 400);
    QVERIFY(wrong.second.contains("HASH_MISMATCH"));
    const auto empty = post(QCryptographicHash::hash({}, QCryptographicHash::Sha256).toHex(), {});
    QCOMPARE(empty.first, 400);
    const auto variant = post(dropped, body);
    QCOMPARE(variant.first, 200);
    QVERIFY(variant.second.contains("\"status\":\"OK\""));

    // The same bytes sent again to another receiver: the same id, a delivery for the new one.
    const auto first = await<Result<QString>>(
        [&](auto done) { province->send(file, kHealth, {kOffice}, QStringLiteral("edoc"), done); });
    QVERIFY(first);
    const auto widened = await<Result<QString>>([&](auto done) {
        province->send(file, kHealth, {kMinistry}, QStringLiteral("edoc"), done);
    });
    QVERIFY(widened);
    QCOMPARE(*widened, *first);
    const auto forMinistry = await<Result<QList<AxisMessage>>>(
        [&](auto done) { client(QStringLiteral("ministry"))->listReceived({}, 10, done); });
    QVERIFY(forMinistry && forMinistry->size() == 1);
    QCOMPARE(forMinistry->first().docId, *first);

    // A package is read only by its sender and its receivers.
    const QString other = writePackage(m_data, kHealth, {kOffice}, 3);
    const auto sent = await<Result<QString>>([&](auto done) {
        province->send(other, kHealth, {kOffice}, QStringLiteral("edoc"), done);
    });
    QVERIFY(sent);
    const auto stolen = await<Status>([&](auto done) {
        client(QStringLiteral("ministry"))
            ->fetch(*sent, QDir(m_data).filePath(QStringLiteral("stolen.edxml")), done);
    });
    QVERIFY(!stolen);
    QCOMPARE(stolen.error().code, ErrorCode::NotFound);
    QVERIFY(!QFile::exists(QDir(m_data).filePath(QStringLiteral("stolen.edxml"))));

    // A hub that is not there is said so.
    const auto gone = await<Result<QList<AxisMessage>>>([&](auto done) {
        auto *c = new AxisClient(AxisConfig{QUrl(QStringLiteral("http://127.0.0.1:1")),
                                            QStringLiteral("office"), QStringLiteral("x")});
        m_clients << c;
        c->listReceived({}, 10, done);
    });
    QVERIFY(!gone);
    QCOMPARE(gone.error().code, ErrorCode::Offline);
}

void TestHub::directory()
{
    // The national list has about 111,000 agencies: loaded in one transaction, paged.
    const QString big = writeDirectory(m_data, 110'000);
    auto db = Db::open(QDir(m_data).filePath(QStringLiteral("directory-test.db")));
    QVERIFY(db);
    QVERIFY(db.value()->migrate(Db::Schema::Hub));
    QElapsedTimer t;
    t.start();
    const auto loaded = Hub::loadDirectory(*db.value(), big);
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().message));
    QCOMPARE(*loaded, 110'005);
    qInfo("110,005 agencies loaded in %lld ms", t.elapsed());
    QCOMPARE(*Hub::loadDirectory(*db.value(), big), 110'005); // unchanged: not reloaded

    // Malformed lines are refused with their number, and nothing changes.
    const QString bad = QDir(m_data).filePath(QStringLiteral("bad.csv"));
    const QList<std::pair<QByteArray, int>> malformed{
        {"000.00.00.A01;Có tên\n000 00;Có dấu cách;;x\n", 2},
        {"000.00.00.A01;Tên\n000.00.00.A01;Trùng mã;;x\n", 2},
        {"# chú thích\n000.00.00.A01;Tên\n" + QByteArray(36, '1') + ";Quá dài;;x\n", 3},
        {"000.00.00.A01\n", 1}};
    for (const auto &[text, line] : malformed) {
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text);
        f.close();
        const auto refused = Hub::loadDirectory(*db.value(), bad);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.startsWith(QStringLiteral("Line %1 ").arg(line)),
                 qPrintable(refused.error().message));
        QCOMPARE(db.value()->scalar(QStringLiteral("SELECT count(*) FROM agencies"))->toInt(),
                 110'005);
    }

    // Through the axis: the total and pages in the file's order.
    AxisClient *office = client(QStringLiteral("office"));
    const auto page = await<Result<std::pair<QList<AxisAgency>, qint64>>>(
        [&](auto done) { office->agencies(0, 3, done); });
    QVERIFY(page);
    QCOMPARE(page->second, 5);
    QCOMPARE(page->first.size(), 3);
    QCOMPARE(page->first.at(0).code, kProvince);
    QCOMPARE(page->first.at(0).name, QStringLiteral("Ủy ban nhân dân tỉnh Hà Giang"));
    QVERIFY(page->first.at(0).connected);
    const auto last = await<Result<std::pair<QList<AxisAgency>, qint64>>>(
        [&](auto done) { office->agencies(4, 10, done); });
    QVERIFY(last && last->first.size() == 1);
    QCOMPARE(last->first.first().code, kOffline);
    QVERIFY(!last->first.first().connected);
}

// The hub as its own process, killed (SIGKILL) twice while a hundred packages cross it and
// their statuses come back: once in the middle of a send, once after a receiver took a
// package but before it acknowledged it. After each restart the clients retry; every package
// reaches its receiver exactly once (the receiver de-duplicates by the package's DocumentId)
// and every status reaches the sender.
void TestHub::killedWhileForwarding()
{
    m_hub.reset(); // this test runs the executable
    const QString program = qEnvironmentVariable("LT_SERVER");
    QVERIFY2(QFile::exists(program), "LT_SERVER must name lienthong-server");
    const QString data = m_dir.filePath(QStringLiteral("killed"));
    QVERIFY(QDir().mkpath(data));
    QStringList dbArgs;
    if (!m_postgres.isEmpty())
        dbArgs << QStringLiteral("--db") << m_postgres;
    for (const char *system : {"province", "office"}) {
        QProcess add;
        add.start(program, QStringList{QStringLiteral("--hub"), QStringLiteral("--data"), data,
                                       QStringLiteral("--add-system"), QLatin1String(system)} +
                               dbArgs);
        add.write(QByteArray(system) + "-secret-0123456789\n");
        add.closeWriteChannel();
        QVERIFY(add.waitForFinished(30'000));
        QCOMPARE(add.exitCode(), 0);
    }
    const QStringList args = QStringList{QStringLiteral("--hub"), QStringLiteral("--data"), data,
                                         QStringLiteral("--directory"), writeDirectory(data)} +
                             dbArgs;
    test::ListeningProcess hub;
    QVERIFY2(hub.start(program, args), qPrintable(hub.errorString()));
    const quint16 port = hub.port();
    const QUrl url = hub.url();
    AxisClient sender(
        AxisConfig{url, QStringLiteral("province"), QStringLiteral("province-secret-0123456789")});
    AxisClient receiver(
        AxisConfig{url, QStringLiteral("office"), QStringLiteral("office-secret-0123456789")});
    int restarts = 0;
    const auto restartIfDown = [&] {
        if (!hub.isRunning() || hub.url().isEmpty()) {
            QVERIFY2(hub.start(program, args, 20'000, port), qPrintable(hub.errorString()));
            ++restarts;
        }
    };
    // Retries an operation while the axis is unreachable (restarting the hub when it is down).
    const auto retried = [&](auto call) {
        for (int attempt = 0;; ++attempt) {
            auto r = call();
            if (r ||
                (r.error().code != ErrorCode::Offline && r.error().code != ErrorCode::Timeout) ||
                attempt > 20)
                return r;
            restartIfDown();
        }
    };

    constexpr int kPackages = 100;
    QHash<QString, int> imported; // DocumentId → times imported (must end at 1 each)
    int duplicatesSeen = 0;
    QSet<QString> statusesBack; // DocumentIds the sender got a status for
    bool killBeforeAck = false;

    // The receiver's step: take what waits, import once, answer 01, acknowledge.
    const auto drainReceiver = [&] {
        const auto list = retried([&] {
            return await<Result<QList<AxisMessage>>>(
                [&](auto done) { receiver.listReceived(QStringLiteral("edoc"), 100, done); });
        });
        QVERIFY2(list, qPrintable(list ? QString() : list.error().message));
        for (const AxisMessage &m : *list) {
            const QString file = QDir(data).filePath(QStringLiteral("in-%1.edxml").arg(m.docId));
            const auto got = retried([&] {
                return await<Status>([&](auto done) { receiver.fetch(m.docId, file, done); });
            });
            QVERIFY2(got, qPrintable(got ? QString() : got.error().message));
            const auto read = edxml::read(file, QDir(data).filePath(QStringLiteral("att")));
            QVERIFY(read);
            const QString id = read->package.documentId;
            if (imported.contains(id)) {
                ++duplicatesSeen; // seen before the hub lost our acknowledgement: not again
            } else {
                imported[id] += 1;
                edxml::Organ self;
                self.id = kOffice;
                self.name = QStringLiteral("Văn phòng Chính phủ");
                const edxml::Package status = edxml::statusFor(
                    read->package, self, edxml::status::Arrived, {},
                    QDateTime(QDate(2026, 12, 2), QTime(10, 0), QTimeZone(7 * 3600)));
                const QString out = file + QStringLiteral(".status");
                QVERIFY(edxml::write(status, out));
                const auto answered = retried([&] {
                    return await<Result<QString>>([&](auto done) {
                        receiver.send(out, kOffice, {m.from}, QStringLiteral("status"), done);
                    });
                });
                QVERIFY2(answered, qPrintable(answered ? QString() : answered.error().message));
            }
            if (killBeforeAck) {
                killBeforeAck = false;
                hub.kill(); // the acknowledgement is lost: the package stays pending
                continue;
            }
            const auto acked = retried([&] {
                return await<Status>([&](auto done) {
                    receiver.acknowledge(m.docId, m.to, QStringLiteral("done"), {}, done);
                });
            });
            QVERIFY2(acked, qPrintable(acked ? QString() : acked.error().message));
        }
    };
    // The sender's step: take the statuses that came back.
    const auto drainSender = [&] {
        const auto list = retried([&] {
            return await<Result<QList<AxisMessage>>>(
                [&](auto done) { sender.listReceived(QStringLiteral("status"), 100, done); });
        });
        QVERIFY(list);
        for (const AxisMessage &m : *list) {
            const QString file = QDir(data).filePath(QStringLiteral("st-%1.edxml").arg(m.docId));
            QVERIFY(retried([&] {
                return await<Status>([&](auto done) { sender.fetch(m.docId, file, done); });
            }));
            const auto read = edxml::read(file, QDir(data).filePath(QStringLiteral("att")));
            QVERIFY(read);
            QCOMPARE(read->package.kind, edxml::Package::Kind::Status);
            statusesBack.insert(read->package.responseFor.documentId);
            QVERIFY(retried([&] {
                return await<Status>([&](auto done) {
                    sender.acknowledge(m.docId, m.to, QStringLiteral("done"), {}, done);
                });
            }));
        }
    };

    for (int n = 1; n <= kPackages; ++n) {
        const QString file = writePackage(data, kHealth, {kOffice}, n);
        if (n == 40) {
            // Killed in the middle of a send: the answer never comes.
            std::optional<Result<QString>> lost;
            sender.send(file, kHealth, {kOffice}, QStringLiteral("edoc"),
                        [&](Result<QString> r) { lost = std::move(r); });
            QTest::qWait(3);
            hub.kill();
            QTRY_VERIFY(lost.has_value());
        }
        const auto sent = retried([&] {
            return await<Result<QString>>([&](auto done) {
                sender.send(file, kHealth, {kOffice}, QStringLiteral("edoc"), done);
            });
        });
        QVERIFY2(sent, qPrintable(sent ? QString() : sent.error().message));
        if (n == 70)
            killBeforeAck = true;
        if (n % 10 == 0) {
            drainReceiver();
            drainSender();
        }
    }
    for (int round = 0; round < 3; ++round) {
        drainReceiver();
        drainSender();
    }

    QVERIFY(restarts >= 2);
    QCOMPARE(imported.size(), kPackages);
    for (auto it = imported.cbegin(); it != imported.cend(); ++it)
        QCOMPARE(it.value(), 1);
    QVERIFY2(duplicatesSeen >= 1, "the package whose acknowledgement was lost came again");
    QCOMPARE(statusesBack.size(), kPackages);
    QCOMPARE(statusesBack, QSet<QString>(imported.keyBegin(), imported.keyEnd()));
    // The sender's view: every delivery of every package it sent is done.
    const auto view = await<Result<std::pair<QList<AxisDelivery>, qint64>>>(
        [&](auto done) { sender.listSent(0, 5000, done); });
    QVERIFY(view);
    QVERIFY(view->first.size() >= kPackages);
    for (const AxisDelivery &d : view->first)
        QCOMPARE(d.state, QStringLiteral("done"));
    QCOMPARE(hub.stop(), 0);
}

QTEST_GUILESS_MAIN(TestHub)
#include "tst_hub.moc"
