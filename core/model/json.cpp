#include "core/model/json.h"

#include "core/model/relation.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace lt::json {

namespace {

struct JsonTr
{
    Q_DECLARE_TR_FUNCTIONS(lt::json)
};

Error bad(const QString &field)
{
    return Error{ErrorCode::InvalidArgument,
                 JsonTr::tr("The server sent an invalid value for \"%1\".").arg(field)};
}

// Small readers that remember the first problem.
class Reader
{
public:
    explicit Reader(const QJsonObject &o)
        : m_o(o)
    {
    }

    QString string(const char *field, bool required = false)
    {
        const QJsonValue v = m_o.value(QLatin1String(field));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(field);
            return {};
        }
        if (!v.isString()) {
            fail(field);
            return {};
        }
        return v.toString();
    }

    qint64 integer(const char *field, qint64 min, qint64 max, qint64 fallback = 0)
    {
        const QJsonValue v = m_o.value(QLatin1String(field));
        if (v.isUndefined() || v.isNull())
            return fallback;
        const double d = v.toDouble(-1e300);
        if (!v.isDouble() || d != double(qint64(d)) || d < double(min) || d > double(max)) {
            fail(field);
            return fallback;
        }
        return qint64(d);
    }

    bool boolean(const char *field)
    {
        const QJsonValue v = m_o.value(QLatin1String(field));
        if (v.isUndefined() || v.isNull())
            return false;
        if (!v.isBool())
            fail(field);
        return v.toBool();
    }

    QDate date(const char *field)
    {
        const QString s = string(field);
        if (s.isEmpty())
            return {};
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (!d.isValid())
            fail(field);
        return d;
    }

    QDateTime dateTime(const char *field)
    {
        const QString s = string(field);
        if (s.isEmpty())
            return {};
        const QDateTime d = QDateTime::fromString(s, Qt::ISODateWithMs);
        if (!d.isValid())
            fail(field);
        return d;
    }

    QByteArray hex(const char *field, int bytes, bool required)
    {
        const QString s = string(field, required);
        if (s.isEmpty())
            return {};
        const QByteArray raw = QByteArray::fromHex(s.toLatin1());
        if (raw.size() != bytes || raw.toHex() != s.toLatin1().toLower())
            fail(field);
        return raw;
    }

    QJsonArray array(const char *field)
    {
        const QJsonValue v = m_o.value(QLatin1String(field));
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray())
            fail(field);
        return v.toArray();
    }

    void fail(const char *field)
    {
        if (!m_error)
            m_error = bad(QLatin1String(field));
    }
    void fail(const Error &e)
    {
        if (!m_error)
            m_error = e;
    }
    const std::optional<Error> &error() const { return m_error; }

private:
    const QJsonObject &m_o;
    std::optional<Error> m_error;
};

QString isoDate(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

void putIf(QJsonObject &o, const char *key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(QLatin1String(key), value);
}

} // namespace

QString stateKey(const DocumentState &state)
{
    return std::visit(
        [](auto s) -> QString {
            using S = decltype(s);
            const QString direction = std::is_same_v<S, IncomingState>
                                          ? enums::key(Direction::Incoming)
                                          : enums::key(Direction::Outgoing);
            return direction + u':' + enums::key(s);
        },
        state);
}

std::optional<DocumentState> stateFromKey(const QString &key)
{
    const qsizetype colon = key.indexOf(u':');
    if (colon < 0)
        return std::nullopt;
    const QString direction = key.left(colon);
    const QString state = key.mid(colon + 1);
    if (direction == enums::key(Direction::Incoming)) {
        if (auto s = enums::incomingStateFromKey(state))
            return DocumentState{*s};
    } else if (direction == enums::key(Direction::Outgoing)) {
        if (auto s = enums::outgoingStateFromKey(state))
            return DocumentState{*s};
    }
    return std::nullopt;
}

QJsonObject toJson(const Attachment &a)
{
    QJsonObject o{
        {QStringLiteral("sha256"), a.sha256Hex()}, {QStringLiteral("size"), a.size},
        {QStringLiteral("fileName"), a.fileName},  {QStringLiteral("contentType"), a.contentType},
        {QStringLiteral("version"), a.version},    {QStringLiteral("main"), a.isMain}};
    if (!a.previousSha256.isEmpty())
        o.insert(QStringLiteral("previousSha256"), QString::fromLatin1(a.previousSha256.toHex()));
    return o;
}

Result<Attachment> attachmentFromJson(const QJsonObject &o)
{
    Reader r(o);
    Attachment a;
    a.sha256 = r.hex("sha256", 32, true);
    a.size = r.integer("size", 0, qint64(1) << 40);
    a.fileName = r.string("fileName", true);
    a.contentType = r.string("contentType");
    if (a.contentType.isEmpty())
        a.contentType = QStringLiteral("application/pdf");
    a.version = int(r.integer("version", 1, 1000, 1));
    a.previousSha256 = r.hex("previousSha256", 32, false);
    a.isMain = o.contains(QStringLiteral("main")) ? r.boolean("main") : true;
    if (a.fileName.contains(u'/') || a.fileName.contains(u'\\') || a.fileName == u".." ||
        a.fileName.size() > 255) {
        r.fail("fileName");
    }
    if (r.error())
        return *r.error();
    return a;
}

QJsonObject toJson(const Assignment &a)
{
    static const char *kinds[] = {"lead", "cooperate", "information"};
    QJsonObject o{{QStringLiteral("organisation"), a.organisationId},
                  {QStringLiteral("kind"), QLatin1String(kinds[int(a.kind)])}};
    putIf(o, "deadline", isoDate(a.deadline));
    putIf(o, "person", a.personId);
    return o;
}

Result<Assignment> assignmentFromJson(const QJsonObject &o)
{
    Reader r(o);
    Assignment a;
    a.organisationId = r.string("organisation", true);
    const QString kind = r.string("kind", true);
    if (kind == u"lead")
        a.kind = AssignmentKind::Lead;
    else if (kind == u"cooperate")
        a.kind = AssignmentKind::Cooperate;
    else if (kind == u"information")
        a.kind = AssignmentKind::ForInformation;
    else
        r.fail("kind");
    a.deadline = r.date("deadline");
    a.personId = r.string("person");
    if (r.error())
        return *r.error();
    return a;
}

QJsonObject toJson(const Recipient &x)
{
    QJsonObject o{{QStringLiteral("kind"), recipients::key(x.kind)},
                  {QStringLiteral("name"), x.name},
                  {QStringLiteral("state"), recipients::key(x.state)}};
    putIf(o, "id", x.id);
    return o;
}

Result<Recipient> recipientFromJson(const QJsonObject &o)
{
    Reader r(o);
    Recipient x;
    if (const auto k = recipients::kindFromKey(r.string("kind", true)))
        x.kind = *k;
    else
        r.fail("kind");
    x.id = r.string("id");
    x.name = r.string("name");
    const QString state = r.string("state");
    if (!state.isEmpty()) {
        if (const auto st = recipients::stateFromKey(state))
            x.state = *st;
        else
            r.fail("state");
    }
    if (x.id.size() > 128 || x.name.size() > 500)
        r.fail("name");
    if (r.error())
        return *r.error();
    return x;
}

QJsonObject toJson(const DraftVersion &v)
{
    QJsonObject o{{QStringLiteral("version"), v.version},
                  {QStringLiteral("sha256"), QString::fromLatin1(v.sha256.toHex())},
                  {QStringLiteral("size"), v.size},
                  {QStringLiteral("fileName"), v.fileName}};
    putIf(o, "by", v.byId);
    putIf(o, "byName", v.byName);
    if (v.at.isValid())
        o.insert(QStringLiteral("at"), v.at.toUTC().toString(Qt::ISODateWithMs));
    return o;
}

Result<DraftVersion> draftVersionFromJson(const QJsonObject &o)
{
    Reader r(o);
    DraftVersion v;
    v.version = int(r.integer("version", 1, 10'000, 1));
    v.sha256 = r.hex("sha256", 32, true);
    v.size = r.integer("size", 0, qint64(1) << 40);
    v.fileName = r.string("fileName");
    v.byId = r.string("by");
    v.byName = r.string("byName");
    v.at = r.dateTime("at");
    if (v.fileName.contains(u'/') || v.fileName.contains(u'\\') || v.fileName.size() > 255)
        r.fail("fileName");
    if (r.error())
        return *r.error();
    return v;
}

QJsonObject toJson(const Decision &d)
{
    QJsonObject o{{QStringLiteral("id"), d.id},
                  {QStringLiteral("document"), d.documentId},
                  {QStringLiteral("action"), actions::key(d.action)},
                  {QStringLiteral("actor"), d.actorId},
                  {QStringLiteral("role"), enums::key(d.actorRole)}};
    putIf(o, "actorName", d.actorName);
    putIf(o, "text", d.text);
    if (d.at.isValid())
        o.insert(QStringLiteral("at"), d.at.toUTC().toString(Qt::ISODateWithMs));
    if (d.receivedAt.isValid())
        o.insert(QStringLiteral("received_at"), d.receivedAt.toUTC().toString(Qt::ISODateWithMs));
    putIf(o, "to", d.toId);
    putIf(o, "toName", d.toName);
    if (!d.assignments.isEmpty()) {
        QJsonArray a;
        for (const Assignment &x : d.assignments)
            a.append(toJson(x));
        o.insert(QStringLiteral("assignments"), a);
    }
    return o;
}

Result<Decision> decisionFromJson(const QJsonObject &o)
{
    Reader r(o);
    Decision d;
    d.id = r.string("id", true);
    d.documentId = r.string("document");
    if (const auto a = actions::fromKey(r.string("action", true)))
        d.action = *a;
    else
        r.fail("action");
    d.actorId = r.string("actor");
    d.actorName = r.string("actorName");
    const QString role = r.string("role");
    if (!role.isEmpty()) {
        if (const auto x = enums::roleFromKey(role))
            d.actorRole = *x;
        else
            r.fail("role");
    }
    d.text = r.string("text");
    d.at = r.dateTime("at");
    d.receivedAt = r.dateTime("received_at");
    d.toId = r.string("to");
    d.toName = r.string("toName");
    for (const QJsonValue &v : r.array("assignments")) {
        auto a = assignmentFromJson(v.toObject());
        if (!a) {
            r.fail(a.error());
            break;
        }
        d.assignments.append(a.value());
    }
    if (d.text.size() > 20'000)
        r.fail("text");
    if (r.error())
        return *r.error();
    return d;
}

QJsonObject toJson(const Document &d)
{
    QJsonObject o{{QStringLiteral("id"), d.id},
                  {QStringLiteral("state"), stateKey(d.state)},
                  {QStringLiteral("type"), doctype::key(d.type)},
                  {QStringLiteral("subject"), d.subject},
                  {QStringLiteral("urgency"), int(d.urgency)},
                  {QStringLiteral("confidentiality"), int(d.confidentiality)},
                  {QStringLiteral("revision"), d.revision}};
    if (d.number > 0)
        o.insert(QStringLiteral("number"), d.number);
    putIf(o, "notation", d.notation);
    putIf(o, "issuerCode", d.issuerCode);
    putIf(o, "issuerName", d.issuerName);
    putIf(o, "signerName", d.signerName);
    putIf(o, "signerTitle", d.signerTitle);
    putIf(o, "draftingUnit", d.draftingUnit);
    putIf(o, "issueDate", isoDate(d.issueDate));
    if (d.receivedAt.isValid())
        o.insert(QStringLiteral("receivedAt"), d.receivedAt.toString(Qt::ISODateWithMs));
    if (d.incomingNumber > 0)
        o.insert(QStringLiteral("incomingNumber"), d.incomingNumber);
    putIf(o, "dueDate", isoDate(d.dueDate));
    if (d.pages > 0)
        o.insert(QStringLiteral("pages"), d.pages);
    putIf(o, "register", d.registerName);
    QJsonArray attachments;
    for (const Attachment &a : d.attachments)
        attachments.append(toJson(a));
    o.insert(QStringLiteral("attachments"), attachments);
    if (!d.recipients.isEmpty()) {
        QJsonArray list;
        for (const Recipient &x : d.recipients)
            list.append(toJson(x));
        o.insert(QStringLiteral("recipients"), list);
    }
    if (!d.versions.isEmpty()) {
        QJsonArray list;
        for (const DraftVersion &x : d.versions)
            list.append(toJson(x));
        o.insert(QStringLiteral("versions"), list);
    }
    if (!d.history.isEmpty()) {
        QJsonArray history;
        for (const Decision &x : d.history)
            history.append(toJson(x));
        o.insert(QStringLiteral("history"), history);
    }
    QJsonArray boxes;
    for (Box b : boxes::all()) {
        if (d.isIn(b))
            boxes.append(boxes::key(b));
    }
    o.insert(QStringLiteral("boxes"), boxes);
    if (d.relations != 0) {
        QJsonArray relations;
        for (Relation x : relations::all()) {
            if (relations::has(d.relations, x))
                relations.append(relations::key(x));
        }
        o.insert(QStringLiteral("relations"), relations);
    }
    if (d.unread)
        o.insert(QStringLiteral("unread"), true);
    return o;
}

Result<Document> documentFromJson(const QJsonObject &o)
{
    Reader r(o);
    Document d;
    d.id = r.string("id", true);
    if (d.id.size() > 128)
        r.fail("id");
    const auto state = stateFromKey(r.string("state", true));
    if (state)
        d.state = *state;
    else
        r.fail("state");
    const auto type = doctype::fromKey(r.string("type", true));
    if (type)
        d.type = *type;
    else
        r.fail("type");
    d.subject = r.string("subject");
    d.number = int(r.integer("number", 0, 9'999'999));
    d.notation = r.string("notation");
    d.issuerCode = r.string("issuerCode");
    d.issuerName = r.string("issuerName");
    d.signerName = r.string("signerName");
    d.signerTitle = r.string("signerTitle");
    d.draftingUnit = r.string("draftingUnit");
    d.issueDate = r.date("issueDate");
    d.receivedAt = r.dateTime("receivedAt");
    d.incomingNumber = int(r.integer("incomingNumber", 0, 9'999'999));
    d.urgency = static_cast<Urgency>(r.integer("urgency", 0, 4));
    d.confidentiality = static_cast<Confidentiality>(r.integer("confidentiality", 0, 3));
    d.dueDate = r.date("dueDate");
    d.revision = int(r.integer("revision", 0, std::numeric_limits<int>::max()));
    d.pages = int(r.integer("pages", 0, 100'000));
    d.registerName = r.string("register");
    for (const QJsonValue &v : r.array("recipients")) {
        auto x = v.isObject() ? recipientFromJson(v.toObject())
                              : Result<Recipient>(bad(QStringLiteral("recipients")));
        if (!x) {
            r.fail(x.error());
            break;
        }
        d.recipients.append(x.value());
    }
    for (const QJsonValue &v : r.array("versions")) {
        auto x = v.isObject() ? draftVersionFromJson(v.toObject())
                              : Result<DraftVersion>(bad(QStringLiteral("versions")));
        if (!x) {
            r.fail(x.error());
            break;
        }
        d.versions.append(x.value());
    }
    for (const QJsonValue &v : r.array("attachments")) {
        if (!v.isObject()) {
            r.fail("attachments");
            break;
        }
        auto a = attachmentFromJson(v.toObject());
        if (!a) {
            r.fail(a.error());
            break;
        }
        d.attachments.append(a.value());
    }
    for (const QJsonValue &v : r.array("history")) {
        if (!v.isObject()) {
            r.fail("history");
            break;
        }
        // A decision of a kind a newer server added is left out of the history, not the
        // whole document (and with it the page of the feed).
        if (!actions::fromKey(v.toObject().value(QStringLiteral("action")).toString()))
            continue;
        auto x = decisionFromJson(v.toObject());
        if (!x) {
            r.fail(x.error());
            break;
        }
        d.history.append(x.value());
    }
    for (const QJsonValue &v : r.array("boxes")) {
        const auto b = boxes::fromKey(v.toString());
        if (b)
            d.boxes |= quint32(*b); // an unknown box from a newer server is ignored
    }
    for (const QJsonValue &v : r.array("relations")) {
        const auto x = relations::fromKey(v.toString());
        if (x)
            d.relations |= quint32(*x); // likewise an unknown relation
    }
    d.unread = r.boolean("unread");
    if (r.error())
        return *r.error();
    return d;
}

} // namespace lt::json
