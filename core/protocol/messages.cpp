#include "core/protocol/messages.h"

#include "core/model/said.h"

#include "core/model/json.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <array>

namespace lt::protocol {

namespace {

struct ProtocolTr
{
    Q_DECLARE_TR_FUNCTIONS(lt::protocol)
};

constexpr qsizetype kMaxText = 20'000;
constexpr qsizetype kMaxId = 128;

Error invalid(const QString &why)
{
    return Error{ErrorCode::InvalidArgument, why};
}

} // namespace

QJsonObject ActionRequest::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("document"), documentId},
                  {QStringLiteral("action"), actions::key(action)}};
    if (!text.isEmpty())
        o.insert(QStringLiteral("text"), text);
    if (!assignments.isEmpty()) {
        QJsonArray a;
        for (const Assignment &x : assignments)
            a.append(json::toJson(x));
        o.insert(QStringLiteral("assignments"), a);
    }
    if (actedAt.isValid())
        o.insert(QStringLiteral("acted_at"), actedAt.toUTC().toString(Qt::ISODateWithMs));
    return o;
}

Result<ActionRequest> ActionRequest::fromJson(const QJsonObject &o)
{
    ActionRequest r;
    r.id = o.value(QStringLiteral("id")).toString();
    r.documentId = o.value(QStringLiteral("document")).toString();
    const auto action = actions::fromKey(o.value(QStringLiteral("action")).toString());
    if (r.id.isEmpty() || r.id.size() > kMaxId || r.documentId.isEmpty() ||
        r.documentId.size() > kMaxId || !action) {
        return invalid(ProtocolTr::tr("The action needs an id, a document and a known action."));
    }
    r.action = *action;
    const QJsonValue text = o.value(QStringLiteral("text"));
    if (!text.isUndefined() && !text.isNull() && !text.isString())
        return invalid(ProtocolTr::tr("The words of the action are not text."));
    r.text = text.toString();
    if (r.text.size() > kMaxText)
        return invalid(ProtocolTr::tr("The text is too long."));
    const QJsonValue acted = o.value(QStringLiteral("acted_at"));
    if (!acted.isUndefined() && !acted.isNull()) {
        r.actedAt = QDateTime::fromString(acted.toString(), Qt::ISODateWithMs);
        if (!acted.isString() || !r.actedAt.isValid())
            return invalid(ProtocolTr::tr("The time of the action is not an ISO 8601 time."));
        r.actedAt = r.actedAt.toUTC();
    }
    const QJsonValue units = o.value(QStringLiteral("assignments"));
    if (!units.isUndefined() && !units.isNull() && !units.isArray())
        return invalid(ProtocolTr::tr("The assignments are not a list."));
    for (const QJsonValue &v : units.toArray()) {
        auto a = json::assignmentFromJson(v.toObject());
        if (!a)
            return a.error();
        r.assignments.append(a.value());
    }
    return r;
}

QJsonObject ActionAnswer::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("status"),
                   applied ? QStringLiteral("applied") : QStringLiteral("rejected")}};
    if (!applied) {
        o.insert(QStringLiteral("reason"), reason);
        if (reasonSaid)
            o.insert(QStringLiteral("reason_text"), saidToJson(*reasonSaid));
    }
    if (document)
        o.insert(QStringLiteral("document"), json::toJson(*document));
    return o;
}

Result<ActionAnswer> ActionAnswer::fromJson(const QJsonObject &o)
{
    ActionAnswer a;
    a.id = o.value(QStringLiteral("id")).toString();
    const QString status = o.value(QStringLiteral("status")).toString();
    if (status != u"applied" && status != u"rejected")
        return invalid(ProtocolTr::tr("The server's answer to an action says neither applied "
                                      "nor rejected."));
    a.applied = status == u"applied";
    a.reason = o.value(QStringLiteral("reason")).toString();
    // Said again in this client's language when it knows the words; else the server's.
    a.reasonSaid = saidFromJson(o.value(QStringLiteral("reason_text")));
    if (a.reasonSaid && canSay(*a.reasonSaid))
        a.reason = sayText(*a.reasonSaid);
    // The document that comes along is a courtesy (the feed brings it too): one this client
    // cannot read (a newer server's state) leaves the answer itself standing, so that the
    // action is recorded and the queue goes on.
    if (o.contains(QStringLiteral("document"))) {
        if (auto d = json::documentFromJson(o.value(QStringLiteral("document")).toObject()))
            a.document = d.value();
    }
    return a;
}

QJsonObject ChangePage::toJson() const
{
    QJsonArray list;
    for (const Change &c : changes) {
        if (c.kind == Change::Kind::Delete) {
            list.append(QJsonObject{{QStringLiteral("kind"), QStringLiteral("delete")},
                                    {QStringLiteral("seq"), c.seq},
                                    {QStringLiteral("id"), c.id}});
        } else {
            list.append(QJsonObject{{QStringLiteral("kind"), QStringLiteral("upsert")},
                                    {QStringLiteral("seq"), c.seq},
                                    {QStringLiteral("document"), json::toJson(c.document)}});
        }
    }
    return QJsonObject{{QStringLiteral("changes"), list},
                       {QStringLiteral("cursor"), QString::number(cursor)},
                       {QStringLiteral("more"), more}};
}

Result<ChangePage> ChangePage::fromJson(const QJsonObject &o)
{
    const QJsonValue list = o.value(QStringLiteral("changes"));
    if (!list.isArray())
        return invalid(ProtocolTr::tr("The server sent a page without changes."));
    ChangePage page;
    for (const QJsonValue &v : list.toArray()) {
        const QJsonObject c = v.toObject();
        const QString kind = c.value(QStringLiteral("kind")).toString();
        Change change;
        change.seq = qint64(c.value(QStringLiteral("seq")).toDouble());
        if (kind == u"delete") {
            change.kind = Change::Kind::Delete;
            change.id = c.value(QStringLiteral("id")).toString();
            if (change.id.isEmpty())
                return invalid(ProtocolTr::tr("The server sent a removal without a document."));
        } else if (kind == u"upsert") {
            auto d = json::documentFromJson(c.value(QStringLiteral("document")).toObject());
            if (!d)
                return d.error();
            change.document = d.value();
            change.id = change.document.id;
        } else {
            ++page.skipped; // a newer server's kind
            continue;
        }
        page.changes.append(change);
    }
    bool ok = false;
    page.cursor = o.value(QStringLiteral("cursor")).toString().toLongLong(&ok);
    if (!ok)
        return invalid(ProtocolTr::tr("The server sent an invalid cursor."));
    page.more = o.value(QStringLiteral("more")).toBool();
    return page;
}

QJsonObject toJson(const Person &p)
{
    QJsonArray roles;
    for (Role r : p.roles)
        roles.append(enums::key(r));
    return QJsonObject{{QStringLiteral("id"), p.id},
                       {QStringLiteral("login"), p.login},
                       {QStringLiteral("fullName"), p.fullName},
                       {QStringLiteral("title"), p.title},
                       {QStringLiteral("organisation"), p.organisationId},
                       {QStringLiteral("roles"), roles}};
}

Result<Person> personFromJson(const QJsonObject &o)
{
    Person p;
    p.id = o.value(QStringLiteral("id")).toString();
    p.login = o.value(QStringLiteral("login")).toString();
    if (p.id.isEmpty() || p.login.isEmpty())
        return invalid(ProtocolTr::tr("The server named nobody as the person signed in."));
    p.fullName = o.value(QStringLiteral("fullName")).toString();
    p.title = o.value(QStringLiteral("title")).toString();
    p.organisationId = o.value(QStringLiteral("organisation")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("roles")).toArray()) {
        if (const auto r = enums::roleFromKey(v.toString()))
            p.roles << *r; // a role of a newer server is ignored
    }
    return p;
}

QJsonObject SessionAnswer::toJson() const
{
    return QJsonObject{{QStringLiteral("accessToken"), accessToken},
                       {QStringLiteral("refreshToken"), refreshToken},
                       {QStringLiteral("expiresIn"), expiresIn},
                       {QStringLiteral("person"), protocol::toJson(person)}};
}

Result<SessionAnswer> SessionAnswer::fromJson(const QJsonObject &o)
{
    SessionAnswer s;
    s.accessToken = o.value(QStringLiteral("accessToken")).toString();
    s.refreshToken = o.value(QStringLiteral("refreshToken")).toString();
    if (s.accessToken.isEmpty() || s.refreshToken.isEmpty())
        return invalid(ProtocolTr::tr("The server's sign-in answer has no tokens."));
    s.expiresIn = qint64(o.value(QStringLiteral("expiresIn")).toDouble());
    auto person = personFromJson(o.value(QStringLiteral("person")).toObject());
    if (!person)
        return person.error();
    s.person = person.value();
    return s;
}

namespace {
constexpr std::array<std::pair<OrgLevel, const char *>, 5> kLevels{
    std::pair{OrgLevel::Central, "central"}, std::pair{OrgLevel::Province, "province"},
    std::pair{OrgLevel::District, "district"}, std::pair{OrgLevel::Commune, "commune"},
    std::pair{OrgLevel::Unit, "unit"}};
} // namespace

QString levelKey(OrgLevel level)
{
    for (const auto &[l, key] : kLevels) {
        if (l == level)
            return QLatin1String(key);
    }
    return QStringLiteral("unit");
}

std::optional<OrgLevel> levelFromKey(const QString &key)
{
    for (const auto &[l, k] : kLevels) {
        if (key == QLatin1String(k))
            return l;
    }
    return std::nullopt;
}

QJsonObject OrganisationList::toJson() const
{
    QJsonArray list;
    for (const Organisation &o : organisations) {
        list.append(QJsonObject{{QStringLiteral("id"), o.id},
                                {QStringLiteral("code"), o.code},
                                {QStringLiteral("name"), o.name},
                                {QStringLiteral("shortName"), o.shortName},
                                {QStringLiteral("level"), levelKey(o.level)},
                                {QStringLiteral("parent"), o.parentId}});
    }
    return QJsonObject{{QStringLiteral("organisations"), list}};
}

Result<OrganisationList> OrganisationList::fromJson(const QJsonObject &object)
{
    const QJsonValue list = object.value(QStringLiteral("organisations"));
    if (!list.isArray())
        return invalid(ProtocolTr::tr("The server sent no list of organisations."));
    OrganisationList out;
    for (const QJsonValue &v : list.toArray()) {
        const QJsonObject o = v.toObject();
        Organisation org;
        org.id = o.value(QStringLiteral("id")).toString();
        org.name = o.value(QStringLiteral("name")).toString();
        if (org.id.isEmpty() || org.name.isEmpty())
            return invalid(ProtocolTr::tr("The server sent an organisation without a name."));
        org.code = o.value(QStringLiteral("code")).toString();
        org.shortName = o.value(QStringLiteral("shortName")).toString();
        org.level =
            levelFromKey(o.value(QStringLiteral("level")).toString()).value_or(OrgLevel::Unit);
        org.parentId = o.value(QStringLiteral("parent")).toString();
        out.organisations << org;
    }
    return out;
}

} // namespace lt::protocol
