// The central server's logic in-process: the real Service over a SQLite file, with its clock
// injected, so that what depends on time is tested at the moments that matter (the turn of
// the year in Hà Nội, a token's last second, the end of a lock-out) without waiting for them.
#include "core/model/json.h"
#include "core/protocol/messages.h"
#include "server/auth.h"
#include "server/db.h"
#include "server/service.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

using namespace lt;
using namespace lt::server;

namespace {
qint64 utc(int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC).toSecsSinceEpoch();
}
} // namespace

class TestService : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void registerNumbersFollowTheAgencysYear();
    void issueDateAndNumberFollowTheAgencysDay();
    void accessAndRefreshTokensExpireOnTheClock();
    void aLockOutEndsOnTheClock();
    void directionsOpenCancelAndCloseTasks();
    void anOfflineActionKeepsItsTime();
    void theFeedsTextWriterAgreesWithTheTypedDocument();
    void anOlderDatabaseLearnsWhoCooperates();

private:
    Person person(const QString &login, const QString &org, Role role);
    Document incoming(const QString &id);
    QJsonObject act(const Person &who, const QString &doc, const QString &action,
                    const QJsonArray &assignments = {}, const QString &text = {});
    QStringList tasks(const QString &doc);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Db> m_db;
    std::unique_ptr<Service> m_service;
    qint64 m_now = 0;
    Person m_clerk, m_leader, m_finance, m_trade;
};

void TestService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Db::open(m_dir->filePath(QStringLiteral("server.db")));
    QVERIFY(db.ok());
    m_db = std::move(db.value());
    QVERIFY(m_db->migrate().ok());
    m_service = std::make_unique<Service>(*m_db, m_dir->filePath(QStringLiteral("blobs")));
    m_now = utc(2026, 12, 1, 2, 0);
    m_service->setClock([this] { return m_now; });
    for (const auto &[id, code, parent] : {std::tuple{"org-ubnd", "000.00.00.H99", ""},
                                           std::tuple{"org-stc", "000.00.03.H99", "org-ubnd"},
                                           std::tuple{"org-sct", "000.00.05.H99", "org-ubnd"}}) {
        Organisation o;
        o.id = QLatin1String(id);
        o.code = QLatin1String(code);
        o.name = QLatin1String(id);
        o.level = *parent ? OrgLevel::Unit : OrgLevel::Province;
        o.parentId = QLatin1String(parent);
        QVERIFY(m_service->addOrganisation(o).ok());
    }
    m_clerk = person(QStringLiteral("clerk"), QStringLiteral("org-ubnd"), Role::Clerk);
    m_leader = person(QStringLiteral("leader"), QStringLiteral("org-ubnd"), Role::Leader);
    m_finance = person(QStringLiteral("finance"), QStringLiteral("org-stc"), Role::Specialist);
    m_trade = person(QStringLiteral("trade"), QStringLiteral("org-sct"), Role::Specialist);
}

void TestService::cleanup()
{
    m_service.reset();
    m_db.reset();
    m_dir.reset();
}

Person TestService::person(const QString &login, const QString &org, Role role)
{
    Person p;
    p.id = QStringLiteral("p-") + login;
    p.login = login;
    p.fullName = login;
    p.organisationId = org;
    p.roles = {role};
    auto created = m_service->insertPerson(p, auth::hashPassword(QStringLiteral("pw"), 1000));
    return created ? created.value() : Person{};
}

Document TestService::incoming(const QString &id)
{
    Document d;
    d.id = id;
    d.state = IncomingState::Received;
    d.subject = QStringLiteral("Văn bản ") + id;
    d.revision = 1;
    return d;
}

QJsonObject TestService::act(const Person &who, const QString &doc, const QString &action,
                             const QJsonArray &assignments, const QString &text)
{
    QJsonObject request{{QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                        {QStringLiteral("document"), doc},
                        {QStringLiteral("action"), action}};
    if (!assignments.isEmpty())
        request.insert(QStringLiteral("assignments"), assignments);
    if (!text.isEmpty())
        request.insert(QStringLiteral("text"), text);
    auto r = m_service->act(who, request);
    return r ? r.value() : QJsonObject{{QStringLiteral("status"), QStringLiteral("error")}};
}

QStringList TestService::tasks(const QString &doc)
{
    QStringList out;
    auto q = m_db->exec(QStringLiteral("SELECT organisation_id, kind, state FROM tasks WHERE "
                                       "document_id = ? ORDER BY organisation_id, state"),
                        {doc});
    while (q && q.value().next()) {
        out << q.value().value(0).toString() + u' ' + q.value().value(1).toString() + u' ' +
                   q.value().value(2).toString();
    }
    return out;
}

// Hà Nội is UTC+7 all year: the register's year turns at 17:00 UTC on 31 December.
void TestService::registerNumbersFollowTheAgencysYear()
{
    for (const char *id : {"d1", "d2", "d3", "d4"}) {
        QVERIFY(m_service
                    ->addDocument(incoming(QLatin1String(id)), QStringLiteral("org-ubnd"),
                                  {{m_clerk.id, quint32(Relation::Clerk)}})
                    .ok());
    }
    const auto registered = [&](const char *id) {
        const QJsonObject r = act(m_clerk, QLatin1String(id), QStringLiteral("register"));
        return r.value(QStringLiteral("document")).toObject();
    };
    m_now = utc(2026, 12, 31, 16, 30); // 23:30 on 31 December in Hà Nội
    QCOMPARE(registered("d1").value(QStringLiteral("incomingNumber")).toInt(), 1);
    m_now = utc(2026, 12, 31, 16, 59);
    QCOMPARE(registered("d2").value(QStringLiteral("incomingNumber")).toInt(), 2);
    m_now = utc(2026, 12, 31, 17, 0); // midnight: 1 January 2027 in Hà Nội, still 2026 in UTC
    const QJsonObject third = registered("d3");
    QCOMPARE(third.value(QStringLiteral("incomingNumber")).toInt(), 1);
    m_now = utc(2027, 1, 1, 3, 0);
    QCOMPARE(registered("d4").value(QStringLiteral("incomingNumber")).toInt(), 2);
    // The arrival time is kept as the instant it was (UTC on the wire).
    QCOMPARE(QDateTime::fromString(third.value(QStringLiteral("receivedAt")).toString(),
                                   Qt::ISODateWithMs)
                 .toSecsSinceEpoch(),
             utc(2026, 12, 31, 17, 0));
}

void TestService::issueDateAndNumberFollowTheAgencysDay()
{
    for (const char *id : {"o1", "o2"}) {
        Document d;
        d.id = QLatin1String(id);
        d.state = OutgoingState::Signed;
        d.notation = QStringLiteral("QĐ-UBND");
        d.revision = 1;
        QVERIFY(m_service
                    ->addDocument(d, QStringLiteral("org-ubnd"),
                                  {{m_clerk.id, quint32(Relation::Clerk)}})
                    .ok());
    }
    m_now = utc(2026, 12, 31, 10, 0);
    const QJsonObject first = act(m_clerk, QStringLiteral("o1"), QStringLiteral("issue"))
                                  .value(QStringLiteral("document"))
                                  .toObject();
    QCOMPARE(first.value(QStringLiteral("issueDate")).toString(), QStringLiteral("2026-12-31"));
    m_now = utc(2026, 12, 31, 18, 15); // 01:15 on 1 January in Hà Nội
    const QJsonObject second = act(m_clerk, QStringLiteral("o2"), QStringLiteral("issue"))
                                   .value(QStringLiteral("document"))
                                   .toObject();
    QCOMPARE(second.value(QStringLiteral("issueDate")).toString(), QStringLiteral("2027-01-01"));
    QCOMPARE(second.value(QStringLiteral("number")).toInt(), 1);
}

void TestService::accessAndRefreshTokensExpireOnTheClock()
{
    const SessionPolicy policy; // the defaults the server runs with
    const qint64 t0 = m_now;
    auto session = m_service->login(QStringLiteral("leader"), QStringLiteral("pw"));
    QVERIFY(session.ok());
    QCOMPARE(session->expiresIn, policy.accessSeconds);
    m_now = t0 + policy.accessSeconds - 1;
    QVERIFY(m_service->authenticate(session->accessToken).ok());
    m_now = t0 + policy.accessSeconds;
    const auto expired = m_service->authenticate(session->accessToken);
    QVERIFY(!expired.ok());
    QCOMPARE(expired.error().code, ErrorCode::Unauthorized);
    // The refresh token renews the session until its own end.
    auto renewed = m_service->refresh(session->refreshToken);
    QVERIFY(renewed.ok());
    QVERIFY(m_service->authenticate(renewed->accessToken).ok());
    m_now = t0 + policy.accessSeconds + policy.refreshSeconds + 1;
    QVERIFY(!m_service->refresh(renewed->refreshToken).ok());
}

void TestService::aLockOutEndsOnTheClock()
{
    const SessionPolicy policy;
    for (int i = 0; i < policy.maxFailedLogins; ++i)
        QVERIFY(!m_service->login(QStringLiteral("clerk"), QStringLiteral("wrong")).ok());
    const qint64 lockedAt = m_now;
    QVERIFY(!m_service->login(QStringLiteral("clerk"), QStringLiteral("pw")).ok());
    m_now = lockedAt + policy.lockSeconds - 1;
    QVERIFY(!m_service->login(QStringLiteral("clerk"), QStringLiteral("pw")).ok());
    m_now = lockedAt + policy.lockSeconds + 1;
    QVERIFY(m_service->login(QStringLiteral("clerk"), QStringLiteral("pw")).ok());
}

// An action taken offline was recorded at its delivery: the history says when the user acted,
// and when it reached the server; a clock ahead of the server's, or a time before the last
// decision, is not believed.
void TestService::anOfflineActionKeepsItsTime()
{
    Document d = incoming(QStringLiteral("o1"));
    d.state = IncomingState::Submitted;
    QVERIFY(m_service
                ->addDocument(d, QStringLiteral("org-ubnd"),
                              {{m_leader.id, quint32(Relation::Addressee)}})
                .ok());
    const auto actAt = [&](const QString &action, const QDateTime &when) {
        QJsonObject request{
            {QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {QStringLiteral("document"), QStringLiteral("o1")},
            {QStringLiteral("action"), action},
            {QStringLiteral("text"), QStringLiteral("Ý kiến trên máy bay")}};
        if (when.isValid())
            request.insert(QStringLiteral("acted_at"), when.toString(Qt::ISODateWithMs));
        auto r = m_service->act(m_leader, request);
        return r ? r.value() : QJsonObject();
    };
    const QDateTime now = QDateTime::fromSecsSinceEpoch(m_now, Qt::UTC);
    const QDateTime flight = now.addSecs(-3 * 3600);
    QJsonObject r = actAt(QStringLiteral("comment"), flight);
    QCOMPARE(r.value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
    auto history = m_service->document(m_leader, QStringLiteral("o1")).value().history;
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.last().at, flight);
    QCOMPARE(history.last().receivedAt, now);
    // Ahead of the server (a wrong clock): the server's time, nothing "received later".
    actAt(QStringLiteral("comment"), now.addSecs(3600));
    history = m_service->document(m_leader, QStringLiteral("o1")).value().history;
    QCOMPARE(history.last().at, now);
    QVERIFY(!history.last().receivedAt.isValid());
    // Before the last decision: not before it (the history keeps its order).
    m_now += 600;
    actAt(QStringLiteral("comment"), flight.addSecs(-60));
    history = m_service->document(m_leader, QStringLiteral("o1")).value().history;
    QCOMPARE(history.size(), 3);
    QCOMPARE(history.last().at, now);
    QCOMPARE(history.last().receivedAt, now.addSecs(600));
    // A month ago, or not a time at all.
    actAt(QStringLiteral("comment"), now.addDays(-40));
    history = m_service->document(m_leader, QStringLiteral("o1")).value().history;
    QCOMPARE(history.last().at, now.addSecs(600));
    QJsonObject bad{{QStringLiteral("id"), QStringLiteral("bad-time")},
                    {QStringLiteral("document"), QStringLiteral("o1")},
                    {QStringLiteral("action"), QStringLiteral("comment")},
                    {QStringLiteral("acted_at"), QStringLiteral("hôm qua")}};
    QCOMPARE(m_service->act(m_leader, bad).error().code, ErrorCode::InvalidArgument);
}

// The effects of workflow::decide as the server stores them: tasks per unit, cancelled by a
// reassignment, done with the work; the lead's deadline as the due date.
void TestService::directionsOpenCancelAndCloseTasks()
{
    Document d = incoming(QStringLiteral("t1"));
    d.state = IncomingState::Submitted;
    QVERIFY(m_service
                ->addDocument(d, QStringLiteral("org-ubnd"),
                              {{m_leader.id, quint32(Relation::Addressee)}})
                .ok());
    const QJsonObject lead{{QStringLiteral("organisation"), QStringLiteral("org-stc")},
                           {QStringLiteral("kind"), QStringLiteral("lead")},
                           {QStringLiteral("deadline"), QStringLiteral("2026-12-15")}};
    const QJsonObject coop{{QStringLiteral("organisation"), QStringLiteral("org-sct")},
                           {QStringLiteral("kind"), QStringLiteral("cooperate")}};
    QJsonObject r = act(m_leader, QStringLiteral("t1"), QStringLiteral("direct"), {lead, coop},
                        QStringLiteral("Giao STC chủ trì"));
    QCOMPARE(r.value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
    QCOMPARE(
        r.value(QStringLiteral("document")).toObject().value(QStringLiteral("dueDate")).toString(),
        QStringLiteral("2026-12-15"));
    QCOMPARE(tasks(QStringLiteral("t1")), (QStringList{QStringLiteral("org-sct cooperate open"),
                                                       QStringLiteral("org-stc lead open")}));
    // Trade reports its part: its task is done, Finance's still open.
    r = act(m_trade, QStringLiteral("t1"), QStringLiteral("report_part"), {},
            QStringLiteral("Đồng ý"));
    QCOMPARE(r.value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
    QCOMPARE(tasks(QStringLiteral("t1")), (QStringList{QStringLiteral("org-sct cooperate done"),
                                                       QStringLiteral("org-stc lead open")}));
    // Reassigned to Trade as lead: Finance's task is cancelled, Trade gets a new one.
    const QJsonObject tradeLead{{QStringLiteral("organisation"), QStringLiteral("org-sct")},
                                {QStringLiteral("kind"), QStringLiteral("lead")},
                                {QStringLiteral("deadline"), QStringLiteral("2026-12-20")}};
    r = act(m_leader, QStringLiteral("t1"), QStringLiteral("reassign"), {tradeLead});
    QCOMPARE(r.value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
    QCOMPARE(tasks(QStringLiteral("t1")), (QStringList{QStringLiteral("org-sct cooperate done"),
                                                       QStringLiteral("org-sct lead open"),
                                                       QStringLiteral("org-stc lead cancelled")}));
    QCOMPARE(act(m_finance, QStringLiteral("t1"), QStringLiteral("start_handling"))
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("rejected"));
    QCOMPARE(act(m_trade, QStringLiteral("t1"), QStringLiteral("start_handling"))
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("applied"));
    r = act(m_trade, QStringLiteral("t1"), QStringLiteral("complete"));
    QCOMPARE(
        r.value(QStringLiteral("document")).toObject().value(QStringLiteral("dueDate")).toString(),
        QStringLiteral("2026-12-20"));
    QCOMPARE(tasks(QStringLiteral("t1")), (QStringList{QStringLiteral("org-sct cooperate done"),
                                                       QStringLiteral("org-sct lead done"),
                                                       QStringLiteral("org-stc lead cancelled")}));
}

// The change feed is written as text for speed (stored JSON with each reader's boxes,
// relations, unread flag and history spliced in). Decoded by the client's typed reader, every
// document of a page must equal the one the typed path gives (GET /documents/{id}), for readers
// who stand to it differently.
void TestService::theFeedsTextWriterAgreesWithTheTypedDocument()
{
    Document d = incoming(QStringLiteral("f1"));
    d.state = IncomingState::Submitted;
    d.subject = QStringLiteral("Về việc \"tăng cường\" kỷ luật, kỷ cương\nhành chính");
    d.notation = QStringLiteral("UBND-VP");
    d.number = 7;
    d.urgency = Urgency::Flash;
    d.confidentiality = Confidentiality::Confidential;
    Attachment a;
    a.sha256 = QByteArray(32, '\x2a');
    a.size = 4242;
    a.fileName = QStringLiteral("07_UBND-VP.pdf");
    d.attachments = {a};
    QVERIFY(m_service
                ->addDocument(d, QStringLiteral("org-ubnd"),
                              {{m_leader.id, quint32(Relation::Addressee)},
                               {m_clerk.id, quint32(Relation::Clerk)}})
                .ok());
    Document plain = incoming(QStringLiteral("f2"));
    QVERIFY(m_service
                ->addDocument(plain, QStringLiteral("org-ubnd"),
                              {{m_clerk.id, quint32(Relation::Clerk)}})
                .ok());
    // History, and relations granted by a direction.
    QCOMPARE(act(m_leader, QStringLiteral("f1"), QStringLiteral("direct"),
                 {QJsonObject{{QStringLiteral("organisation"), QStringLiteral("org-stc")},
                              {QStringLiteral("kind"), QStringLiteral("lead")},
                              {QStringLiteral("deadline"), QStringLiteral("2026-12-20")}},
                  QJsonObject{{QStringLiteral("organisation"), QStringLiteral("org-sct")},
                              {QStringLiteral("kind"), QStringLiteral("cooperate")}}},
                 QStringLiteral("Giao STC chủ trì; “khẩn”."))
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("applied"));
    int compared = 0;
    for (const Person &reader : {m_leader, m_clerk, m_finance, m_trade}) {
        auto page = m_service->changes(reader, 0, 100);
        QVERIFY(page.ok());
        QJsonParseError error;
        const QJsonObject body = QJsonDocument::fromJson(page->body, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray changes = body.value(QStringLiteral("changes")).toArray();
        QVERIFY(!changes.isEmpty());
        // The whole page reads with the client's codec (core/protocol).
        const auto typedPage = protocol::ChangePage::fromJson(body);
        QVERIFY2(typedPage.ok(), typedPage.ok() ? "" : qPrintable(typedPage.error().message));
        QCOMPARE(typedPage->changes.size(), changes.size());
        QCOMPARE(typedPage->skipped, 0);
        for (const QJsonValue &c : changes) {
            QCOMPARE(c.toObject().value(QStringLiteral("kind")).toString(),
                     QStringLiteral("upsert"));
            auto fromFeed =
                json::documentFromJson(c.toObject().value(QStringLiteral("document")).toObject());
            QVERIFY2(fromFeed.ok(), fromFeed.ok() ? "" : qPrintable(fromFeed.error().message));
            auto typed = m_service->document(reader, fromFeed->id);
            QVERIFY(typed.ok());
            QCOMPARE(fromFeed.value(), typed.value());
            QVERIFY(fromFeed->relations != 0);
            ++compared;
        }
    }
    QCOMPARE(compared, 5); // leader f1; clerk f1, f2; finance f1; trade f1
}

// A database written before co-operating units had a relation of their own (bit 2 meant
// "assigned", lead or co-operating): upgraded, the co-operating unit's members lose the lead's
// rights, the lead unit's keep them.
void TestService::anOlderDatabaseLearnsWhoCooperates()
{
    Document d = incoming(QStringLiteral("m1"));
    d.state = IncomingState::InProgress;
    constexpr quint32 oldAssigned = 2;
    QVERIFY(m_service
                ->addDocument(d, QStringLiteral("org-ubnd"),
                              {{m_finance.id, oldAssigned}, {m_trade.id, oldAssigned | 64}})
                .ok());
    for (const auto &[task, unit, kind] :
         {std::tuple{"t1", "org-stc", "lead"}, std::tuple{"t2", "org-sct", "cooperate"}}) {
        QVERIFY(m_db->exec(QStringLiteral("INSERT INTO tasks(id, document_id, organisation_id, "
                                          "kind, state) VALUES (?, 'm1', ?, ?, 'open')"),
                           {QLatin1String(task), QLatin1String(unit), QLatin1String(kind)})
                    .ok());
    }
    // As schema 2 left it: no person on a task yet.
    QVERIFY(m_db->exec(QStringLiteral("ALTER TABLE tasks DROP COLUMN person_id")).ok());
    QVERIFY(m_db->exec(QStringLiteral("UPDATE meta SET value = '2' WHERE key = 'schema'")).ok());
    QVERIFY(m_db->migrate().ok());
    const auto relationsOf = [&](const Person &p) {
        auto v = m_db->scalar(QStringLiteral("SELECT relations FROM document_people WHERE "
                                             "document_id = 'm1' AND person_id = ?"),
                              {p.id});
        return v ? quint32(v.value().toLongLong()) : 0u;
    };
    QCOMPARE(relationsOf(m_finance), quint32(Relation::LeadUnit));
    QCOMPARE(relationsOf(m_trade), quint32(Relation::Cooperating) | quint32(Relation::Informed));
    QCOMPARE(act(m_trade, QStringLiteral("m1"), QStringLiteral("complete"))
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("rejected"));
    QCOMPARE(act(m_finance, QStringLiteral("m1"), QStringLiteral("complete"))
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("applied"));
}

QTEST_GUILESS_MAIN(TestService)
#include "tst_service.moc"
