// The HTTP API of lienthong-server, as a client sees it: a real server process on 127.0.0.1
// with a small demo administration. Runs against SQLite, and against PostgreSQL when
// LT_TEST_POSTGRES_URL names a throwaway database.
#include "testprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

using lt::test::ListeningProcess;

namespace {

struct Reply
{
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QHash<QByteArray, QByteArray> headers;
};

} // namespace

class TestApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void loginAndMe();
    void wrongPasswordsLockTheAccount();
    void refreshRotatesAndDetectsReuse();
    void logoutRevokes();
    void feedIsPagedOrderedAndComplete();
    void othersDocumentsAreInvisible();
    void blobsWithRangeAndEtag();
    void actionIsJudgedAndIdempotent();
    void directAssignsTheUnit();
    void handlingFollowsTheAssignment();
    void badRequests();
    void webLoginHandsOverACode();
    void signedVersionsFollowThePrefixRule();

private:
    Reply call(const QByteArray &verb, const QString &path, const QJsonObject &body = {},
               const QString &token = {}, const QList<QPair<QByteArray, QByteArray>> &headers = {},
               const QByteArray &rawBody = {});
    QString login(const QString &user);
    QList<QJsonObject> fullFeed(const QString &token, int pageSize, int *pages = nullptr);
    QJsonObject act(const QString &token, const QString &docId, const QString &action,
                    const QString &text = {}, const QJsonArray &assignments = {});

    QTemporaryDir m_data;
    ListeningProcess m_server;
    QNetworkAccessManager m_nam;
};

void TestApi::initTestCase()
{
    QStringList args{QStringLiteral("--data"), m_data.path(),
                     QStringLiteral("--demo"), QStringLiteral("--demo-size"),
                     QStringLiteral("120"),    QStringLiteral("--demo-pdfs"),
                     QStringLiteral("4"),      QStringLiteral("--refresh-grace"),
                     QStringLiteral("0")};
    const QString pg = qEnvironmentVariable("LT_TEST_POSTGRES_URL");
    if (!pg.isEmpty())
        args << QStringLiteral("--db") << pg;
    QVERIFY2(m_server.start(qEnvironmentVariable("LT_SERVER"), args, 120'000),
             qPrintable(m_server.errorString()));
}

void TestApi::cleanupTestCase()
{
    QCOMPARE(m_server.stop(), 0);
}

Reply TestApi::call(const QByteArray &verb, const QString &path, const QJsonObject &body,
                    const QString &token, const QList<QPair<QByteArray, QByteArray>> &headers,
                    const QByteArray &rawBody)
{
    QNetworkRequest request(m_server.url().resolved(QUrl(path)));
    request.setTransferTimeout(30'000);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    QByteArray payload = rawBody;
    if (!body.isEmpty()) {
        payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    }
    for (const auto &[k, v] : headers)
        request.setRawHeader(k, v);
    std::unique_ptr<QNetworkReply> reply(m_nam.sendCustomRequest(request, verb, payload));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    Reply r;
    if (!finished.wait(30'000))
        return r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.json = QJsonDocument::fromJson(r.body).object();
    for (const auto &[k, v] : reply->rawHeaderPairs())
        r.headers.insert(k.toLower(), v);
    return r;
}

QString TestApi::login(const QString &user)
{
    const Reply r = call(
        "POST", QStringLiteral("/api/v1/session"),
        {{QStringLiteral("login"), user}, {QStringLiteral("password"), QStringLiteral("demo123")}});
    return r.json.value(QStringLiteral("accessToken")).toString();
}

QList<QJsonObject> TestApi::fullFeed(const QString &token, int pageSize, int *pages)
{
    QList<QJsonObject> changes;
    QString cursor = QStringLiteral("0");
    int n = 0;
    while (true) {
        const Reply r = call(
            "GET", QStringLiteral("/api/v1/changes?cursor=%1&limit=%2").arg(cursor).arg(pageSize),
            {}, token);
        if (r.status != 200)
            return {};
        ++n;
        for (const QJsonValue &v : r.json.value(QStringLiteral("changes")).toArray())
            changes << v.toObject();
        cursor = r.json.value(QStringLiteral("cursor")).toString();
        if (!r.json.value(QStringLiteral("more")).toBool())
            break;
    }
    if (pages)
        *pages = n;
    return changes;
}

void TestApi::loginAndMe()
{
    const Reply r = call("POST", QStringLiteral("/api/v1/session"),
                         {{QStringLiteral("login"), QStringLiteral("leader")},
                          {QStringLiteral("password"), QStringLiteral("demo123")}});
    QCOMPARE(r.status, 200);
    const QString token = r.json.value(QStringLiteral("accessToken")).toString();
    QVERIFY(token.size() >= 40);
    QVERIFY(!r.json.value(QStringLiteral("refreshToken")).toString().isEmpty());
    QVERIFY(r.json.value(QStringLiteral("expiresIn")).toInt() > 0);
    const QJsonObject person = r.json.value(QStringLiteral("person")).toObject();
    QCOMPARE(person.value(QStringLiteral("login")).toString(), QStringLiteral("leader"));
    QCOMPARE(person.value(QStringLiteral("roles")).toArray().first().toString(),
             QStringLiteral("leader"));

    const Reply me = call("GET", QStringLiteral("/api/v1/me"), {}, token);
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json.value(QStringLiteral("login")).toString(), QStringLiteral("leader"));
    QCOMPARE(call("GET", QStringLiteral("/api/v1/me")).status, 401);
    QCOMPARE(call("GET", QStringLiteral("/api/v1/me"), {}, QStringLiteral("forged")).status, 401);
}

void TestApi::wrongPasswordsLockTheAccount()
{
    const auto attempt = [this](const QString &password) {
        return call("POST", QStringLiteral("/api/v1/session"),
                    {{QStringLiteral("login"), QStringLiteral("deputy3")},
                     {QStringLiteral("password"), password}});
    };
    for (int i = 0; i < 4; ++i)
        QCOMPARE(attempt(QStringLiteral("wrong")).status, 401);
    const Reply fifth = attempt(QStringLiteral("wrong"));
    QCOMPARE(fifth.status, 429);
    QCOMPARE(fifth.json.value(QStringLiteral("error")).toString(), QStringLiteral("locked"));
    QVERIFY(!fifth.json.value(QStringLiteral("message")).toString().isEmpty());
    // Locked: even the right password is refused for now.
    QCOMPARE(attempt(QStringLiteral("demo123")).status, 429);
    // Unknown users get the same answer as wrong passwords.
    const Reply unknown = call("POST", QStringLiteral("/api/v1/session"),
                               {{QStringLiteral("login"), QStringLiteral("nobody")},
                                {QStringLiteral("password"), QStringLiteral("x")}});
    QCOMPARE(unknown.status, 401);
}

void TestApi::refreshRotatesAndDetectsReuse()
{
    const Reply first = call("POST", QStringLiteral("/api/v1/session"),
                             {{QStringLiteral("login"), QStringLiteral("clerk")},
                              {QStringLiteral("password"), QStringLiteral("demo123")}});
    const QString refresh1 = first.json.value(QStringLiteral("refreshToken")).toString();
    const Reply second = call("POST", QStringLiteral("/api/v1/session"),
                              {{QStringLiteral("refreshToken"), refresh1}});
    QCOMPARE(second.status, 200);
    const QString refresh2 = second.json.value(QStringLiteral("refreshToken")).toString();
    const QString access2 = second.json.value(QStringLiteral("accessToken")).toString();
    QVERIFY(refresh2 != refresh1);
    QCOMPARE(call("GET", QStringLiteral("/api/v1/me"), {}, access2).status, 200);
    // The old refresh token comes back: the whole session family ends.
    QCOMPARE(call("POST", QStringLiteral("/api/v1/session"),
                  {{QStringLiteral("refreshToken"), refresh1}})
                 .status,
             401);
    QCOMPARE(call("POST", QStringLiteral("/api/v1/session"),
                  {{QStringLiteral("refreshToken"), refresh2}})
                 .status,
             401);
    QCOMPARE(call("GET", QStringLiteral("/api/v1/me"), {}, access2).status, 401);
}

void TestApi::logoutRevokes()
{
    const Reply s = call("POST", QStringLiteral("/api/v1/session"),
                         {{QStringLiteral("login"), QStringLiteral("deputy2")},
                          {QStringLiteral("password"), QStringLiteral("demo123")}});
    const QString access = s.json.value(QStringLiteral("accessToken")).toString();
    const QString refresh = s.json.value(QStringLiteral("refreshToken")).toString();
    QCOMPARE(call("DELETE", QStringLiteral("/api/v1/session"), {}, access).status, 204);
    QCOMPARE(call("GET", QStringLiteral("/api/v1/me"), {}, access).status, 401);
    QCOMPARE(
        call("POST", QStringLiteral("/api/v1/session"), {{QStringLiteral("refreshToken"), refresh}})
            .status,
        401);
}

void TestApi::feedIsPagedOrderedAndComplete()
{
    const QString token = login(QStringLiteral("clerk"));
    int pages = 0;
    const QList<QJsonObject> small = fullFeed(token, 7, &pages);
    const QList<QJsonObject> big = fullFeed(token, 1000);
    // The clerk of the People's Committee sees every document of the demo.
    QCOMPARE(big.size(), 120);
    QCOMPARE(small.size(), big.size());
    QVERIFY(pages >= 120 / 7);
    qint64 last = 0;
    QSet<QString> ids;
    for (const QJsonObject &c : small) {
        const qint64 seq = c.value(QStringLiteral("seq")).toInteger();
        QVERIFY(seq > last);
        last = seq;
        ids.insert(
            c.value(QStringLiteral("document")).toObject().value(QStringLiteral("id")).toString());
    }
    QCOMPARE(ids.size(), 120);
    // Nothing new: an empty page that keeps the cursor.
    const Reply again =
        call("GET", QStringLiteral("/api/v1/changes?cursor=%1").arg(last), {}, token);
    QCOMPARE(again.status, 200);
    QVERIFY(again.json.value(QStringLiteral("changes")).toArray().isEmpty());
    QCOMPARE(again.json.value(QStringLiteral("cursor")).toString(), QString::number(last));
    QCOMPARE(again.json.value(QStringLiteral("more")).toBool(), false);
}

void TestApi::othersDocumentsAreInvisible()
{
    // A specialist sees only what concerns their department.
    const QString specialist = login(QStringLiteral("specialist"));
    const QString clerk = login(QStringLiteral("clerk"));
    const QList<QJsonObject> mine = fullFeed(specialist, 500);
    const QList<QJsonObject> all = fullFeed(clerk, 500);
    QVERIFY(!mine.isEmpty());
    QVERIFY(mine.size() < all.size());
    QSet<QString> visible;
    for (const auto &c : mine)
        visible.insert(
            c.value(QStringLiteral("document")).toObject().value(QStringLiteral("id")).toString());
    QJsonObject hidden;
    for (const auto &c : all) {
        const QJsonObject d = c.value(QStringLiteral("document")).toObject();
        if (!visible.contains(d.value(QStringLiteral("id")).toString())) {
            hidden = d;
            break;
        }
    }
    QVERIFY(!hidden.isEmpty());
    const QString id = hidden.value(QStringLiteral("id")).toString();
    QCOMPARE(call("GET", QStringLiteral("/api/v1/documents/") + id, {}, specialist).status, 404);
    QCOMPARE(call("GET", QStringLiteral("/api/v1/documents/") + id, {}, clerk).status, 200);
    QCOMPARE(call("GET", QStringLiteral("/api/v1/documents/no-such-id"), {}, clerk).status, 404);
    // Acting on it is refused the same way as on a document that does not exist.
    const Reply act = call("POST", QStringLiteral("/api/v1/actions"),
                           {{QStringLiteral("id"), QUuid::createUuid().toString()},
                            {QStringLiteral("document"), id},
                            {QStringLiteral("action"), QStringLiteral("comment")},
                            {QStringLiteral("text"), QStringLiteral("x")}},
                           specialist);
    QCOMPARE(act.status, 404);
}

void TestApi::blobsWithRangeAndEtag()
{
    const QString clerk = login(QStringLiteral("clerk"));
    const QJsonObject doc =
        fullFeed(clerk, 500).first().value(QStringLiteral("document")).toObject();
    const QJsonObject attachment =
        doc.value(QStringLiteral("attachments")).toArray().first().toObject();
    const QString sha = attachment.value(QStringLiteral("sha256")).toString();
    const qint64 size = attachment.value(QStringLiteral("size")).toInteger();
    const Reply full = call("GET", QStringLiteral("/api/v1/blobs/") + sha, {}, clerk);
    QCOMPARE(full.status, 200);
    QCOMPARE(full.body.size(), size);
    QVERIFY(full.body.startsWith("%PDF-"));
    QCOMPARE(QCryptographicHash::hash(full.body, QCryptographicHash::Sha256).toHex(),
             sha.toLatin1());
    const QByteArray etag = full.headers.value("etag");
    QCOMPARE(etag, '"' + sha.toLatin1() + '"');

    const Reply part =
        call("GET", QStringLiteral("/api/v1/blobs/") + sha, {}, clerk, {{"Range", "bytes=100-"}});
    QCOMPARE(part.status, 206);
    QCOMPARE(part.body, full.body.mid(100));
    QCOMPARE(part.headers.value("content-range"), QByteArray("bytes 100-%1/%2")
                                                      .replace("%1", QByteArray::number(size - 1))
                                                      .replace("%2", QByteArray::number(size)));
    const Reply middle =
        call("GET", QStringLiteral("/api/v1/blobs/") + sha, {}, clerk, {{"Range", "bytes=10-19"}});
    QCOMPARE(middle.body, full.body.mid(10, 10));
    QCOMPARE(call("GET", QStringLiteral("/api/v1/blobs/") + sha, {}, clerk,
                  {{"Range", "bytes=999999999-"}})
                 .status,
             416);
    QCOMPARE(
        call("GET", QStringLiteral("/api/v1/blobs/") + sha, {}, clerk, {{"If-None-Match", etag}})
            .status,
        304);
    QCOMPARE(call("GET", QStringLiteral("/api/v1/blobs/") + sha).status, 401);
    QCOMPARE(call("GET", QStringLiteral("/api/v1/blobs/") + QString(64, u'0'), {}, clerk).status,
             404);
    QCOMPARE(call("GET", QStringLiteral("/api/v1/blobs/..%2F..%2Fserver.db"), {}, clerk).status,
             404);
}

void TestApi::actionIsJudgedAndIdempotent()
{
    const QString clerk = login(QStringLiteral("clerk"));
    // A received incoming document: the clerk registers it.
    QJsonObject target;
    for (const auto &c : fullFeed(clerk, 500)) {
        const QJsonObject d = c.value(QStringLiteral("document")).toObject();
        if (d.value(QStringLiteral("state")).toString() == u"incoming:received") {
            target = d;
            break;
        }
    }
    QVERIFY(!target.isEmpty());
    const QString docId = target.value(QStringLiteral("id")).toString();
    QVERIFY(target.value(QStringLiteral("boxes")).toArray().contains(QStringLiteral("to_handle")));

    // The wrong role: the leader may not register. Refused with a reason, in Vietnamese.
    const QString leader = login(QStringLiteral("leader"));
    const QString actionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QJsonObject registerIt{{QStringLiteral("id"), actionId},
                                 {QStringLiteral("document"), docId},
                                 {QStringLiteral("action"), QStringLiteral("register")}};
    // (the leader does not even see a merely received document)
    QCOMPARE(call("POST", QStringLiteral("/api/v1/actions"), registerIt, leader).status, 404);

    const Reply applied = call("POST", QStringLiteral("/api/v1/actions"), registerIt, clerk);
    QCOMPARE(applied.status, 200);
    QCOMPARE(applied.json.value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
    const QJsonObject after = applied.json.value(QStringLiteral("document")).toObject();
    QCOMPARE(after.value(QStringLiteral("state")).toString(),
             QStringLiteral("incoming:registered"));
    QVERIFY(after.value(QStringLiteral("incomingNumber")).toInt() > 0);
    QCOMPARE(after.value(QStringLiteral("revision")).toInt(),
             target.value(QStringLiteral("revision")).toInt() + 1);

    // The same id again (a retry after a lost answer): the same answer, applied once.
    const Reply replay = call("POST", QStringLiteral("/api/v1/actions"), registerIt, clerk);
    QCOMPARE(replay.status, 200);
    QCOMPARE(replay.json, applied.json);
    const Reply now = call("GET", QStringLiteral("/api/v1/documents/") + docId, {}, clerk);
    QCOMPARE(now.json.value(QStringLiteral("revision")).toInt(),
             after.value(QStringLiteral("revision")).toInt());
    int registrations = 0;
    for (const QJsonValue &h : now.json.value(QStringLiteral("history")).toArray())
        registrations += h.toObject().value(QStringLiteral("action")).toString() == u"register";
    QCOMPARE(registrations, 1);

    // A new id for an action the state no longer allows: rejected, with the reason.
    const Reply again = call("POST", QStringLiteral("/api/v1/actions"),
                             {{QStringLiteral("id"), QUuid::createUuid().toString()},
                              {QStringLiteral("document"), docId},
                              {QStringLiteral("action"), QStringLiteral("register")}},
                             clerk);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
    QVERIFY2(
        again.json.value(QStringLiteral("reason")).toString().contains(QStringLiteral("Vào sổ")),
        qPrintable(again.json.value(QStringLiteral("reason")).toString()));

    // Someone else reusing an id is a conflict.
    QCOMPARE(call("POST", QStringLiteral("/api/v1/actions"), registerIt, leader).status, 409);

    // The change shows in the feed after the old cursor.
    const Reply feed =
        call("GET", QStringLiteral("/api/v1/changes?cursor=0&limit=1000"), {}, clerk);
    bool seen = false;
    for (const QJsonValue &c : feed.json.value(QStringLiteral("changes")).toArray()) {
        const QJsonObject d = c.toObject().value(QStringLiteral("document")).toObject();
        if (d.value(QStringLiteral("id")).toString() == docId)
            seen = d.value(QStringLiteral("state")).toString() == u"incoming:registered";
    }
    QVERIFY(seen);
}

void TestApi::directAssignsTheUnit()
{
    const QString leader = login(QStringLiteral("leader"));
    QJsonObject target;
    for (const auto &c : fullFeed(leader, 500)) {
        const QJsonObject d = c.value(QStringLiteral("document")).toObject();
        if (d.value(QStringLiteral("state")).toString() == u"incoming:submitted" &&
            d.value(QStringLiteral("boxes")).toArray().contains(QStringLiteral("to_handle"))) {
            target = d;
            break;
        }
    }
    QVERIFY(!target.isEmpty());
    const QString docId = target.value(QStringLiteral("id")).toString();
    const QString specialist = login(QStringLiteral("specialist"));
    QCOMPARE(call("GET", QStringLiteral("/api/v1/documents/") + docId, {}, specialist).status, 404);

    // No lead unit: refused.
    const Reply none = call("POST", QStringLiteral("/api/v1/actions"),
                            {{QStringLiteral("id"), QUuid::createUuid().toString()},
                             {QStringLiteral("document"), docId},
                             {QStringLiteral("action"), QStringLiteral("direct")},
                             {QStringLiteral("text"), QStringLiteral("Giao Sở Tài chính")}},
                            leader);
    QCOMPARE(none.json.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));

    const Reply r = call(
        "POST", QStringLiteral("/api/v1/actions"),
        {{QStringLiteral("id"), QUuid::createUuid().toString()},
         {QStringLiteral("document"), docId},
         {QStringLiteral("action"), QStringLiteral("direct")},
         {QStringLiteral("text"),
          QStringLiteral("Giao Sở Tài chính chủ trì, báo cáo trước 30/12.")},
         {QStringLiteral("assignments"),
          QJsonArray{QJsonObject{{QStringLiteral("organisation"), QStringLiteral("org-stc")},
                                 {QStringLiteral("kind"), QStringLiteral("lead")},
                                 {QStringLiteral("deadline"), QStringLiteral("2026-12-30")}}}}},
        leader);
    QCOMPARE(r.json.value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
    const QJsonObject d = r.json.value(QStringLiteral("document")).toObject();
    QCOMPARE(d.value(QStringLiteral("state")).toString(), QStringLiteral("incoming:assigned"));
    QCOMPARE(d.value(QStringLiteral("dueDate")).toString(), QStringLiteral("2026-12-30"));
    QVERIFY(!d.value(QStringLiteral("boxes")).toArray().contains(QStringLiteral("to_handle")));
    // The finance department's head now sees it, on their desk; its specialists once the head
    // passes it on to them (chuyển xử lý).
    QCOMPARE(call("GET", QStringLiteral("/api/v1/documents/") + docId, {}, specialist).status, 404);
    const QString head = login(QStringLiteral("head"));
    const Reply seen = call("GET", QStringLiteral("/api/v1/documents/") + docId, {}, head);
    QCOMPARE(seen.status, 200);
    QVERIFY(
        seen.json.value(QStringLiteral("boxes")).toArray().contains(QStringLiteral("to_handle")));
    const QJsonArray history = seen.json.value(QStringLiteral("history")).toArray();
    const QJsonObject last = history.last().toObject();
    QCOMPARE(last.value(QStringLiteral("action")).toString(), QStringLiteral("direct"));
    QCOMPARE(last.value(QStringLiteral("text")).toString(),
             QStringLiteral("Giao Sở Tài chính chủ trì, báo cáo trước 30/12."));
}

QJsonObject TestApi::act(const QString &token, const QString &docId, const QString &action,
                         const QString &text, const QJsonArray &assignments)
{
    QJsonObject body{{QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                     {QStringLiteral("document"), docId},
                     {QStringLiteral("action"), action}};
    if (!text.isEmpty())
        body.insert(QStringLiteral("text"), text);
    if (!assignments.isEmpty())
        body.insert(QStringLiteral("assignments"), assignments);
    const Reply r = call("POST", QStringLiteral("/api/v1/actions"), body, token);
    if (r.status != 200)
        return {{QStringLiteral("status"), QStringLiteral("http %1").arg(r.status)}};
    return r.json;
}

namespace {
QJsonObject unit(const char *id, const char *kind, const char *deadline = nullptr)
{
    QJsonObject o{{QStringLiteral("organisation"), QLatin1String(id)},
                  {QStringLiteral("kind"), QLatin1String(kind)}};
    if (deadline)
        o.insert(QStringLiteral("deadline"), QLatin1String(deadline));
    return o;
}
QString status(const QJsonObject &answer)
{
    return answer.value(QStringLiteral("status")).toString();
}
} // namespace

// The rules of core/workflow/decide as the server applies them: only the lead unit handles
// and completes, co-operating units give their part, informed units read, a reassignment
// takes the old unit's rights away, a direction needs words or a unit. Each person's
// relations travel with the document.
void TestApi::handlingFollowsTheAssignment()
{
    const QString leader = login(QStringLiteral("leader"));
    QStringList submitted;
    for (const auto &c : fullFeed(leader, 500)) {
        const QJsonObject d = c.value(QStringLiteral("document")).toObject();
        if (d.value(QStringLiteral("state")).toString() == u"incoming:submitted" &&
            d.value(QStringLiteral("boxes")).toArray().contains(QStringLiteral("to_handle"))) {
            QVERIFY(d.value(QStringLiteral("relations"))
                        .toArray()
                        .contains(QStringLiteral("addressee")));
            submitted << d.value(QStringLiteral("id")).toString();
        }
    }
    QVERIFY(submitted.size() >= 3);
    const QString docId = submitted.at(1);

    // An empty direction, words without a lead, two leads: refused, the document unchanged.
    for (const QJsonObject &bad :
         {act(leader, docId, QStringLiteral("direct")),
          act(leader, docId, QStringLiteral("direct"), QStringLiteral("   ")),
          act(leader, docId, QStringLiteral("direct"), QStringLiteral("Giao các sở"),
              {unit("org-stp", "cooperate")}),
          act(leader, docId, QStringLiteral("direct"), QString(),
              {unit("org-stc", "lead"), unit("org-sct", "lead")})}) {
        QCOMPARE(status(bad), QStringLiteral("rejected"));
        QVERIFY(!bad.value(QStringLiteral("reason")).toString().isEmpty());
        QCOMPARE(bad.value(QStringLiteral("document"))
                     .toObject()
                     .value(QStringLiteral("state"))
                     .toString(),
                 QStringLiteral("incoming:submitted"));
    }

    // Finance leads, Justice co-operates, Home Affairs is informed.
    const QJsonObject directed =
        act(leader, docId, QStringLiteral("direct"), QStringLiteral("Giao STC chủ trì."),
            {unit("org-stc", "lead", "2026-12-30"), unit("org-stp", "cooperate", "2026-12-20"),
             unit("org-snv", "information")});
    QCOMPARE(status(directed), QStringLiteral("applied"));
    // A unit's part reaches its head; informing a unit informs all its people.
    const QString lead = login(QStringLiteral("head"));
    const QString coop = login(QStringLiteral("stp.ld"));
    const QString informed = login(QStringLiteral("snv.cv1"));
    const auto view = [&](const QString &token) {
        return call("GET", QStringLiteral("/api/v1/documents/") + docId, {}, token).json;
    };
    const auto relationsOf = [&](const QString &token) {
        QStringList list;
        for (const QJsonValue &v : view(token).value(QStringLiteral("relations")).toArray())
            list << v.toString();
        return list;
    };
    const auto toHandle = [&](const QString &token) {
        return view(token)
            .value(QStringLiteral("boxes"))
            .toArray()
            .contains(QStringLiteral("to_handle"));
    };
    QCOMPARE(relationsOf(lead), QStringList{QStringLiteral("lead")});
    for (const char *notYet : {"specialist", "stp.cv1"}) {
        QCOMPARE(call("GET", QStringLiteral("/api/v1/documents/") + docId, {},
                      login(QLatin1String(notYet)))
                     .status,
                 404);
    }
    QCOMPARE(relationsOf(coop), QStringList{QStringLiteral("cooperating")});
    QCOMPARE(relationsOf(informed), QStringList{QStringLiteral("informed")});
    QVERIFY(toHandle(lead));
    QVERIFY(toHandle(coop));
    QVERIFY(!toHandle(informed));

    // The co-operating unit may not take the document; the informed one may not even comment.
    QCOMPARE(status(act(coop, docId, QStringLiteral("start_handling"))),
             QStringLiteral("rejected"));
    QCOMPARE(status(act(informed, docId, QStringLiteral("comment"), QStringLiteral("Ý kiến"))),
             QStringLiteral("rejected"));
    QCOMPARE(status(act(lead, docId, QStringLiteral("start_handling"))), QStringLiteral("applied"));
    // Nor mark it done; it reports its part, which ends its part.
    QCOMPARE(status(act(coop, docId, QStringLiteral("complete"))), QStringLiteral("rejected"));
    QCOMPARE(status(act(coop, docId, QStringLiteral("report_part"),
                        QStringLiteral("Sở Tư pháp thống nhất, không có ý kiến khác."))),
             QStringLiteral("applied"));
    QCOMPARE(relationsOf(coop), QStringList{QStringLiteral("informed")});
    QVERIFY(!toHandle(coop));
    QCOMPARE(view(coop).value(QStringLiteral("state")).toString(),
             QStringLiteral("incoming:in_progress"));

    // Reassigned to Industry and Trade: Finance keeps reading and can no longer complete.
    QCOMPARE(status(act(leader, docId, QStringLiteral("reassign"),
                        QStringLiteral("Chuyển Sở Công Thương chủ trì."),
                        {unit("org-sct", "lead", "2027-01-15")})),
             QStringLiteral("applied"));
    QCOMPARE(relationsOf(lead), QStringList{QStringLiteral("informed")});
    QVERIFY(!toHandle(lead));
    QCOMPARE(status(act(lead, docId, QStringLiteral("start_handling"))),
             QStringLiteral("rejected"));
    QCOMPARE(status(act(lead, docId, QStringLiteral("complete"))), QStringLiteral("rejected"));
    const QString industry = login(QStringLiteral("sct.ld"));
    QCOMPARE(relationsOf(industry), QStringList{QStringLiteral("lead")});
    QCOMPARE(status(act(industry, docId, QStringLiteral("start_handling"))),
             QStringLiteral("applied"));
    const QJsonObject done = act(industry, docId, QStringLiteral("complete"),
                                 QStringLiteral("Đã tham mưu văn bản trả lời."));
    QCOMPARE(status(done), QStringLiteral("applied"));
    const QJsonObject finalDoc = done.value(QStringLiteral("document")).toObject();
    QCOMPARE(finalDoc.value(QStringLiteral("state")).toString(), QStringLiteral("incoming:done"));
    QCOMPARE(finalDoc.value(QStringLiteral("dueDate")).toString(), QStringLiteral("2027-01-15"));
    // The refusals are not in the history: it lists what was applied, in order.
    QStringList applied;
    for (const QJsonValue &h : finalDoc.value(QStringLiteral("history")).toArray())
        applied << h.toObject().value(QStringLiteral("action")).toString();
    QCOMPARE(applied.mid(applied.size() - 6),
             (QStringList{QStringLiteral("direct"), QStringLiteral("start_handling"),
                          QStringLiteral("report_part"), QStringLiteral("reassign"),
                          QStringLiteral("start_handling"), QStringLiteral("complete")}));

    // A leader the document is not addressed to (a deputy) cannot direct it.
    const QString deputy = login(QStringLiteral("deputy"));
    const Reply seen =
        call("GET", QStringLiteral("/api/v1/documents/") + submitted.at(2), {}, deputy);
    if (seen.status == 200) {
        QVERIFY(!seen.json.value(QStringLiteral("relations"))
                     .toArray()
                     .contains(QStringLiteral("addressee")));
        QCOMPARE(status(act(deputy, submitted.at(2), QStringLiteral("direct"),
                            QStringLiteral("Giao STC"), {unit("org-stc", "lead")})),
                 QStringLiteral("rejected"));
    } else {
        QCOMPARE(seen.status, 404);
    }
}

void TestApi::badRequests()
{
    const QString clerk = login(QStringLiteral("clerk"));
    QCOMPARE(call("POST", QStringLiteral("/api/v1/session"), {}, {}, {}, "{not json").status, 400);
    QCOMPARE(call("POST", QStringLiteral("/api/v1/session"), {}, {}, {}, "[1,2]").status, 400);
    QCOMPARE(
        call("POST", QStringLiteral("/api/v1/actions"), {}, clerk, {}, QByteArray(2 << 20, ' '))
            .status,
        400);
    QCOMPARE(call("POST", QStringLiteral("/api/v1/actions"),
                  {{QStringLiteral("id"), QStringLiteral("x")}}, clerk)
                 .status,
             400);
    QCOMPARE(call("POST", QStringLiteral("/api/v1/actions"),
                  {{QStringLiteral("id"), QStringLiteral("x")},
                   {QStringLiteral("document"), QStringLiteral("d000001")},
                   {QStringLiteral("action"), QStringLiteral("teleport")}},
                  clerk)
                 .status,
             400);
    QCOMPARE(call("GET", QStringLiteral("/api/v1/changes?cursor=abc"), {}, clerk).status, 400);
    QCOMPARE(call("GET", QStringLiteral("/api/v1/changes?limit=-5"), {}, clerk).status, 400);
    // Unknown fields are tolerated (a newer client may send more).
    const Reply r = call("POST", QStringLiteral("/api/v1/session"),
                         {{QStringLiteral("login"), QStringLiteral("clerk")},
                          {QStringLiteral("password"), QStringLiteral("demo123")},
                          {QStringLiteral("deviceName"), QStringLiteral("laptop")}});
    QCOMPARE(r.status, 200);
}

void TestApi::webLoginHandsOverACode()
{
    const Reply page =
        call("GET", QStringLiteral("/login?redirect_uri=http%3A%2F%2F127.0.0.1%3A5555%2Fcb"));
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains("<form"));
    QVERIFY(QString::fromUtf8(page.body).contains(QStringLiteral("Đăng nhập")));

    QNetworkRequest request(m_server.url().resolved(QUrl(QStringLiteral("/login"))));
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    std::unique_ptr<QNetworkReply> reply(m_nam.post(
        request, "login=head&password=demo123&redirect_uri=http%3A%2F%2F127.0.0.1%3A5555%2Fcb"));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(finished.wait(30'000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 302);
    const QUrl location(QString::fromLatin1(reply->rawHeader("Location")));
    QCOMPARE(location.host(), QStringLiteral("127.0.0.1"));
    const QString code = QUrlQuery(location).queryItemValue(QStringLiteral("code"));
    QVERIFY(!code.isEmpty());
    const Reply session =
        call("POST", QStringLiteral("/api/v1/session"), {{QStringLiteral("code"), code}});
    QCOMPARE(session.status, 200);
    QCOMPARE(session.json.value(QStringLiteral("person"))
                 .toObject()
                 .value(QStringLiteral("login"))
                 .toString(),
             QStringLiteral("head"));
    // One time only.
    QCOMPARE(
        call("POST", QStringLiteral("/api/v1/session"), {{QStringLiteral("code"), code}}).status,
        401);

    // A redirect to anywhere else is not followed: the code is shown on the page instead.
    std::unique_ptr<QNetworkReply> evil(m_nam.post(
        request, "login=head&password=demo123&redirect_uri=http%3A%2F%2Fevil.example%2F"));
    QSignalSpy evilDone(evil.get(), &QNetworkReply::finished);
    QVERIFY(evilDone.wait(30'000));
    QCOMPARE(evil->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QVERIFY(evil->rawHeader("Location").isEmpty());
    // Wrong password: the form again, with the reason.
    std::unique_ptr<QNetworkReply> wrong(m_nam.post(request, "login=head&password=nope"));
    QSignalSpy wrongDone(wrong.get(), &QNetworkReply::finished);
    QVERIFY(wrongDone.wait(30'000));
    QCOMPARE(wrong->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
    QVERIFY(wrong->readAll().contains("<form"));
}

void TestApi::signedVersionsFollowThePrefixRule()
{
    const QString clerk = login(QStringLiteral("clerk"));
    const QJsonObject doc =
        fullFeed(clerk, 500).first().value(QStringLiteral("document")).toObject();
    const QString id = doc.value(QStringLiteral("id")).toString();
    const QJsonObject main = doc.value(QStringLiteral("attachments")).toArray().first().toObject();
    const QString oldSha = main.value(QStringLiteral("sha256")).toString();
    const QByteArray original =
        call("GET", QStringLiteral("/api/v1/blobs/") + oldSha, {}, clerk).body;
    QVERIFY(original.startsWith("%PDF-"));
    const QString path = QStringLiteral("/api/v1/documents/%1/file").arg(id);

    // Rewriting a byte of the signed content is refused.
    QByteArray rewritten = original + "\n%%EOF\n";
    rewritten[20] = char(rewritten[20] ^ 1);
    Reply r = call("PUT", path, {}, clerk, {{"Content-Type", "application/pdf"}}, rewritten);
    QCOMPARE(r.status, 409);
    QVERIFY(!r.json.value(QStringLiteral("message")).toString().isEmpty());

    // An incremental update is taken as version 2, linked to version 1.
    const QByteArray updated = original + "\n% LienThong: chữ ký số\n%%EOF\n";
    r = call("PUT", path, {}, clerk, {{"Content-Type", "application/pdf"}}, updated);
    QCOMPARE(r.status, 200);
    const QJsonObject v2 = r.json.value(QStringLiteral("attachments")).toArray().first().toObject();
    QCOMPARE(v2.value(QStringLiteral("version")).toInt(),
             main.value(QStringLiteral("version")).toInt() + 1);
    QCOMPARE(v2.value(QStringLiteral("previousSha256")).toString(), oldSha);
    const QString newSha = v2.value(QStringLiteral("sha256")).toString();
    QCOMPARE(newSha.toLatin1(),
             QCryptographicHash::hash(updated, QCryptographicHash::Sha256).toHex());
    QCOMPARE(call("GET", QStringLiteral("/api/v1/blobs/") + newSha, {}, clerk).body, updated);
    QCOMPARE(call("GET", QStringLiteral("/api/v1/blobs/") + oldSha, {}, clerk).body,
             original); // kept
    QCOMPARE(r.json.value(QStringLiteral("revision")).toInt(),
             doc.value(QStringLiteral("revision")).toInt() + 1);

    // The same version again changes nothing; the old one again is not an update.
    r = call("PUT", path, {}, clerk, {{"Content-Type", "application/pdf"}}, updated);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QStringLiteral("attachments"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("version"))
                 .toInt(),
             v2.value(QStringLiteral("version")).toInt());
    QCOMPARE(call("PUT", path, {}, clerk, {{"Content-Type", "application/pdf"}}, original).status,
             409);

    // Someone the document does not concern: as if it did not exist.
    const QString specialist = login(QStringLiteral("specialist"));
    QSet<QString> visible;
    for (const auto &c : fullFeed(specialist, 500))
        visible.insert(
            c.value(QStringLiteral("document")).toObject().value(QStringLiteral("id")).toString());
    if (!visible.contains(id))
        QCOMPARE(call("PUT", path, {}, specialist, {}, updated + "x").status, 404);
    QCOMPARE(call("PUT", path, {}, QString(), {}, updated + "x").status, 401);
}

QTEST_GUILESS_MAIN(TestApi)
#include "tst_api.moc"
