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
    if (!to.isEmpty())
        o.insert(QStringLiteral("to"), to);
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
    const QJsonValue to = o.value(QStringLiteral("to"));
    if (!to.isUndefined() && !to.isNull() && (!to.isString() || to.toString().size() > kMaxId))
        return invalid(ProtocolTr::tr("\"to\" must name one person."));
    r.to = to.toString();
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

namespace {
QString isoDay(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}
void putText(QJsonObject &o, const char *key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(QLatin1String(key), value);
}
} // namespace

QJsonObject NewDocument::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("direction"), enums::key(direction)},
                  {QStringLiteral("type"), doctype::key(type)},
                  {QStringLiteral("subject"), subject},
                  {QStringLiteral("urgency"), int(urgency)},
                  {QStringLiteral("confidentiality"), int(confidentiality)}};
    putText(o, "dueDate", isoDay(dueDate));
    QJsonArray list;
    for (const File &f : files) {
        list.append(QJsonObject{{QStringLiteral("sha256"), QString::fromLatin1(f.sha256.toHex())},
                                {QStringLiteral("fileName"), f.fileName},
                                {QStringLiteral("main"), f.main}});
    }
    o.insert(QStringLiteral("files"), list);
    putText(o, "draftingUnit", draftingUnit);
    putText(o, "signer", signer);
    if (!recipients.isEmpty()) {
        QJsonArray r;
        for (const Recipient &x : recipients)
            r.append(json::toJson(x));
        o.insert(QStringLiteral("recipients"), r);
    }
    putText(o, "issuerCode", issuerCode);
    putText(o, "issuerName", issuerName);
    putText(o, "notation", notation);
    putText(o, "issueDate", isoDay(issueDate));
    putText(o, "signerName", signerName);
    putText(o, "signerTitle", signerTitle);
    if (receivedAt.isValid())
        o.insert(QStringLiteral("receivedAt"), receivedAt.toUTC().toString(Qt::ISODateWithMs));
    if (pages > 0)
        o.insert(QStringLiteral("pages"), pages);
    if (acceptDuplicate)
        o.insert(QStringLiteral("acceptDuplicate"), true);
    putText(o, "register", registerName);
    return o;
}

Result<NewDocument> NewDocument::fromJson(const QJsonObject &o)
{
    NewDocument n;
    const auto text = [&o](const char *key, qsizetype max, QString *out) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return true;
        if (!v.isString() || v.toString().size() > max)
            return false;
        *out = v.toString().trimmed();
        return true;
    };
    const auto day = [&o](const char *key, QDate *out) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull() || v.toString().isEmpty())
            return true;
        *out = QDate::fromString(v.toString(), Qt::ISODate);
        return v.isString() && out->isValid();
    };
    QString direction, type, received;
    if (!text("id", kMaxId, &n.id) || n.id.isEmpty())
        return invalid(ProtocolTr::tr("The new document needs an id."));
    if (!text("direction", 20, &direction) || !enums::directionFromKey(direction))
        return invalid(ProtocolTr::tr("The new document is neither incoming nor outgoing."));
    n.direction = *enums::directionFromKey(direction);
    if (!text("type", 40, &type) || !doctype::fromKey(type))
        return invalid(ProtocolTr::tr("The type of document is not known."));
    n.type = *doctype::fromKey(type);
    if (!text("subject", 2000, &n.subject) || n.subject.isEmpty())
        return invalid(ProtocolTr::tr("The document needs its subject (trích yếu)."));
    const int urgency = o.value(QStringLiteral("urgency")).toInt(-1);
    const int secrecy = o.value(QStringLiteral("confidentiality")).toInt(-1);
    if ((o.contains(QStringLiteral("urgency")) && (urgency < 0 || urgency > 4)) ||
        (o.contains(QStringLiteral("confidentiality")) && (secrecy < 0 || secrecy > 3))) {
        return invalid(ProtocolTr::tr("The urgency or confidentiality is out of range."));
    }
    n.urgency = Urgency(std::max(urgency, 0));
    n.confidentiality = Confidentiality(std::max(secrecy, 0));
    if (!day("dueDate", &n.dueDate) || !day("issueDate", &n.issueDate))
        return invalid(ProtocolTr::tr("A date is not a date (yyyy-MM-dd)."));
    const QJsonValue files = o.value(QStringLiteral("files"));
    int mains = 0;
    for (const QJsonValue &v : files.toArray()) {
        const QJsonObject f = v.toObject();
        File file;
        file.sha256 = QByteArray::fromHex(f.value(QStringLiteral("sha256")).toString().toLatin1());
        file.fileName = f.value(QStringLiteral("fileName")).toString();
        file.main = f.value(QStringLiteral("main")).toBool(true);
        if (file.sha256.size() != 32 || file.fileName.isEmpty() || file.fileName.size() > 255 ||
            file.fileName.contains(u'/') || file.fileName.contains(u'\\')) {
            return invalid(ProtocolTr::tr("A file of the new document is not named properly."));
        }
        mains += file.main ? 1 : 0;
        n.files.append(file);
    }
    if (!files.isArray() || mains != 1 || n.files.size() > 50)
        return invalid(ProtocolTr::tr("The new document needs exactly one main file."));
    if (!text("draftingUnit", kMaxId, &n.draftingUnit) || !text("signer", kMaxId, &n.signer) ||
        !text("issuerCode", 40, &n.issuerCode) || !text("issuerName", 500, &n.issuerName) ||
        !text("notation", 100, &n.notation) || !text("signerName", 200, &n.signerName) ||
        !text("signerTitle", 200, &n.signerTitle) || !text("receivedAt", 40, &received)) {
        return invalid(ProtocolTr::tr("A field of the new document is not text or too long."));
    }
    if (!received.isEmpty()) {
        n.receivedAt = QDateTime::fromString(received, Qt::ISODateWithMs);
        if (!n.receivedAt.isValid())
            return invalid(ProtocolTr::tr("The time of the action is not an ISO 8601 time."));
    }
    for (const QJsonValue &v : o.value(QStringLiteral("recipients")).toArray()) {
        auto r = json::recipientFromJson(v.toObject());
        if (!r)
            return r.error();
        n.recipients.append(r.value());
    }
    if (n.recipients.size() > 500)
        return invalid(ProtocolTr::tr("Too many recipients."));
    n.pages = o.value(QStringLiteral("pages")).toInt(0);
    if (n.pages < 0 || n.pages > 100'000)
        return invalid(ProtocolTr::tr("The number of pages is out of range."));
    n.acceptDuplicate = o.value(QStringLiteral("acceptDuplicate")).toBool(false);
    // A register's name: words of its own, not the secret series' key, no separator.
    if (!text("register", 80, &n.registerName))
        return invalid(ProtocolTr::tr("A field of the new document is not text or too long."));
    n.registerName = n.registerName.simplified();
    if (n.registerName.contains(u':') || n.registerName == u"secret")
        return invalid(ProtocolTr::tr("\"%1\" cannot name a register.").arg(n.registerName));
    return n;
}

QJsonObject NewDocumentAnswer::toJson() const
{
    QJsonObject o{{QStringLiteral("status"),
                   created ? QStringLiteral("created") : QStringLiteral("duplicate")}};
    if (document)
        o.insert(QStringLiteral("document"), json::toJson(*document));
    if (!duplicates.isEmpty()) {
        QJsonArray list;
        for (const Document &d : duplicates)
            list.append(json::toJson(d));
        o.insert(QStringLiteral("duplicates"), list);
    }
    return o;
}

Result<NewDocumentAnswer> NewDocumentAnswer::fromJson(const QJsonObject &o)
{
    NewDocumentAnswer a;
    const QString status = o.value(QStringLiteral("status")).toString();
    if (status != u"created" && status != u"duplicate")
        return invalid(ProtocolTr::tr("The server's answer says neither created nor duplicate."));
    a.created = status == u"created";
    if (o.contains(QStringLiteral("document"))) {
        auto d = json::documentFromJson(o.value(QStringLiteral("document")).toObject());
        if (!d)
            return d.error();
        a.document = d.value();
    }
    for (const QJsonValue &v : o.value(QStringLiteral("duplicates")).toArray()) {
        auto d = json::documentFromJson(v.toObject());
        if (!d)
            return d.error();
        a.duplicates.append(d.value());
    }
    if (a.created && !a.document)
        return invalid(ProtocolTr::tr("The server's answer says neither created nor duplicate."));
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
