// The wire's one mapping between error codes, HTTP statuses and the "error" keys, read back by
// the client exactly as the server writes it.
#include "core/protocol/errors.h"
#include "core/protocol/messages.h"

#include <QJsonArray>

#include <QTest>

using namespace lt;

class TestProtocol : public QObject
{
    Q_OBJECT

private slots:
    void everyCodeTravelsAndComesBack();
    void statusesWithoutABodyAreReadByTheirMeaning();
    void actionsTravelAndComeBack();
    void malformedActionsAreRefused();
    void pagesAreReadWholeOrNotAtAll();
    void sessionsPeopleAndOrganisations();
};

namespace {
Document sample(const QString &id)
{
    Document d;
    d.id = id;
    d.state = IncomingState::Assigned;
    d.subject = QStringLiteral("Về việc “tăng cường” kỷ luật\nhành chính");
    d.urgency = Urgency::Flash;
    d.boxes = quint32(Box::Incoming) | quint32(Box::ToHandle);
    d.relations = quint32(Relation::LeadUnit);
    d.revision = 4;
    return d;
}
} // namespace

void TestProtocol::actionsTravelAndComeBack()
{
    const protocol::ActionRequest request{
        QStringLiteral("c348b9b0"),
        QStringLiteral("d000288"),
        Action::Direct,
        QStringLiteral("Giao Sở Tài chính chủ trì"),
        {Assignment{QStringLiteral("org-stc"), AssignmentKind::Lead, QDate(2026, 12, 20)},
         Assignment{QStringLiteral("org-snv"), AssignmentKind::ForInformation, {}}}};
    const auto back = protocol::ActionRequest::fromJson(request.toJson());
    QVERIFY(back.ok());
    QCOMPARE(back.value(), request);
    for (bool applied : {true, false}) {
        protocol::ActionAnswer answer;
        answer.id = request.id;
        answer.applied = applied;
        answer.reason = applied ? QString() : QStringLiteral("Không thể “Bút phê”.");
        answer.document = sample(QStringLiteral("d000288"));
        const auto read = protocol::ActionAnswer::fromJson(answer.toJson());
        QVERIFY(read.ok());
        QCOMPARE(read.value(), answer);
    }
    QVERIFY(!protocol::ActionAnswer::fromJson({{QStringLiteral("status"), QStringLiteral("done")}})
                 .ok());
    // A document in a state this client does not know: the answer stands without it.
    QJsonObject newer =
        protocol::ActionAnswer{QStringLiteral("a9"), true, {}, sample(QStringLiteral("d9"))}
            .toJson();
    QJsonObject doc = newer.value(QStringLiteral("document")).toObject();
    doc.insert(QStringLiteral("state"), QStringLiteral("incoming:archived_in_2030"));
    newer.insert(QStringLiteral("document"), doc);
    const auto lenient = protocol::ActionAnswer::fromJson(newer);
    QVERIFY(lenient.ok());
    QVERIFY(lenient->applied);
    QVERIFY(!lenient->document.has_value());
}

void TestProtocol::malformedActionsAreRefused()
{
    const QJsonObject good = protocol::ActionRequest{
        QStringLiteral("a1"),
        QStringLiteral("d1"),
        Action::Comment,
        QStringLiteral("Ý kiến"),
        {}}.toJson();
    QVERIFY(protocol::ActionRequest::fromJson(good).ok());
    const auto with = [&](const char *key, const QJsonValue &v) {
        QJsonObject o = good;
        o.insert(QLatin1String(key), v);
        return protocol::ActionRequest::fromJson(o);
    };
    QList<Result<protocol::ActionRequest>> bad{
        with("id", QString()),
        with("id", QString(129, u'x')),
        with("document", QString()),
        with("action", QStringLiteral("sign_everything")),
        with("text", 42),
        with("text", QString(20'001, u'ư')),
        with("assignments", QStringLiteral("org-stc")),
        with("assignments",
             QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("lead")}}}),
    };
    for (const auto &r : bad) {
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::InvalidArgument);
        QVERIFY(!r.error().message.isEmpty());
    }
}

void TestProtocol::pagesAreReadWholeOrNotAtAll()
{
    protocol::ChangePage page;
    page.changes << protocol::Change{protocol::Change::Kind::Upsert, 7, QStringLiteral("d1"),
                                     sample(QStringLiteral("d1"))};
    page.changes << protocol::Change{protocol::Change::Kind::Delete, 9, QStringLiteral("d2"), {}};
    page.cursor = 9;
    page.more = true;
    QJsonObject json = page.toJson();
    auto read = protocol::ChangePage::fromJson(json);
    QVERIFY(read.ok());
    QCOMPARE(read->changes, page.changes);
    QCOMPARE(read->cursor, 9);
    QVERIFY(read->more);
    // A newer server's kind is skipped and counted.
    QJsonArray changes = json.value(QStringLiteral("changes")).toArray();
    changes.append(
        QJsonObject{{QStringLiteral("kind"), QStringLiteral("task")}, {QStringLiteral("seq"), 10}});
    json.insert(QStringLiteral("changes"), changes);
    read = protocol::ChangePage::fromJson(json);
    QVERIFY(read.ok());
    QCOMPARE(read->changes.size(), 2);
    QCOMPARE(read->skipped, 1);
    // One unreadable document spoils the whole page; so do a missing list or cursor.
    changes.append(
        QJsonObject{{QStringLiteral("kind"), QStringLiteral("upsert")},
                    {QStringLiteral("seq"), 11},
                    {QStringLiteral("document"), QJsonObject{{QStringLiteral("id"), 5}}}});
    json.insert(QStringLiteral("changes"), changes);
    QVERIFY(!protocol::ChangePage::fromJson(json).ok());
    QVERIFY(
        !protocol::ChangePage::fromJson({{QStringLiteral("cursor"), QStringLiteral("3")}}).ok());
    QJsonObject noCursor = page.toJson();
    noCursor.insert(QStringLiteral("cursor"), QStringLiteral("x"));
    QVERIFY(!protocol::ChangePage::fromJson(noCursor).ok());
}

void TestProtocol::everyCodeTravelsAndComesBack()
{
    const QList<ErrorCode> all{
        ErrorCode::InvalidArgument, ErrorCode::NotAllowed,   ErrorCode::NotFound,
        ErrorCode::Unavailable,     ErrorCode::Io,           ErrorCode::Timeout,
        ErrorCode::Cancelled,       ErrorCode::Unauthorized, ErrorCode::Locked,
        ErrorCode::Conflict,        ErrorCode::Offline,      ErrorCode::ServerError,
        ErrorCode::WrongPin,        ErrorCode::PinLocked,    ErrorCode::TokenRemoved,
        ErrorCode::Internal};
    const QList<ErrorCode> answered{ErrorCode::InvalidArgument, ErrorCode::Unauthorized,
                                    ErrorCode::NotAllowed,      ErrorCode::NotFound,
                                    ErrorCode::Conflict,        ErrorCode::Locked,
                                    ErrorCode::Unavailable};
    QSet<QString> keys;
    for (ErrorCode c : all) {
        const int status = protocol::httpStatus(c);
        const QString key = protocol::wireKey(c);
        QVERIFY(!key.isEmpty());
        const auto back = protocol::codeFromWireKey(key);
        QVERIFY(back.has_value());
        if (answered.contains(c)) {
            QCOMPARE(*back, c);
            QVERIFY2(status >= 400 && status < 600, qPrintable(key));
            QVERIFY2(!keys.contains(key), qPrintable(key));
            keys.insert(key);
            if (status < 500) // a body lost behind a proxy: the status alone still tells
                QCOMPARE(protocol::codeForHttpStatus(status), c);
        } else {
            // What the server has no answer for is its own failure: 500, "internal".
            QCOMPARE(status, 500);
            QCOMPARE(key, QStringLiteral("internal"));
            QCOMPARE(*back, ErrorCode::ServerError);
        }
    }
    QCOMPARE(protocol::httpStatus(ErrorCode::Unauthorized), 401);
    QCOMPARE(protocol::httpStatus(ErrorCode::Conflict), 409);
    QCOMPARE(protocol::httpStatus(ErrorCode::NotAllowed), 403); // a refused creation, a register
    QCOMPARE(protocol::httpStatus(ErrorCode::Locked), 429);
    QVERIFY(!protocol::codeFromWireKey(QStringLiteral("no_such_key")).has_value());
}

void TestProtocol::statusesWithoutABodyAreReadByTheirMeaning()
{
    QCOMPARE(protocol::codeForHttpStatus(413), ErrorCode::InvalidArgument);
    QCOMPARE(protocol::codeForHttpStatus(423), ErrorCode::Locked);
    for (int status : {500, 502, 503, 504, 418})
        QCOMPARE(protocol::codeForHttpStatus(status), ErrorCode::ServerError);
}

void TestProtocol::sessionsPeopleAndOrganisations()
{
    Person p;
    p.id = QStringLiteral("p-001");
    p.login = QStringLiteral("leader");
    p.fullName = QStringLiteral("Đỗ Xuân Linh");
    p.title = QStringLiteral("Chủ tịch");
    p.organisationId = QStringLiteral("org-ubnd");
    p.roles = {Role::Leader, Role::DeputyLeader};
    const protocol::SessionAnswer session{QStringLiteral("a"), QStringLiteral("r"), 900, p};
    const auto back = protocol::SessionAnswer::fromJson(session.toJson());
    QVERIFY(back.ok());
    QCOMPARE(back->person, p);
    QCOMPARE(back->expiresIn, 900);
    QJsonObject noTokens = session.toJson();
    noTokens.remove(QStringLiteral("refreshToken"));
    QVERIFY(!protocol::SessionAnswer::fromJson(noTokens).ok());
    QVERIFY(!protocol::personFromJson({{QStringLiteral("fullName"), QStringLiteral("?")}}).ok());

    protocol::OrganisationList list;
    for (OrgLevel level : {OrgLevel::Central, OrgLevel::Province, OrgLevel::District,
                           OrgLevel::Commune, OrgLevel::Unit}) {
        Organisation o;
        o.id = QStringLiteral("org-%1").arg(int(level));
        o.code = QStringLiteral("000.00.0%1.H99").arg(int(level));
        o.name = QStringLiteral("Ủy ban nhân dân xã Hòa Bình %1").arg(int(level));
        o.shortName = QStringLiteral("UBND");
        o.level = level;
        o.parentId = level == OrgLevel::Central ? QString() : QStringLiteral("org-0");
        list.organisations << o;
        QCOMPARE(protocol::levelFromKey(protocol::levelKey(level)), std::optional(level));
    }
    const auto read = protocol::OrganisationList::fromJson(list.toJson());
    QVERIFY(read.ok());
    QCOMPARE(read->organisations, list.organisations);
    QVERIFY(!protocol::OrganisationList::fromJson({}).ok());
}

QTEST_GUILESS_MAIN(TestProtocol)
#include "tst_protocol.moc"
