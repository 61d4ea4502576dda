// A document's life inside the agency: files, new drafts and versions, paper documents
// registered, numbers taken for issuing, recipients reached, the registers (Decree 30/2020).
#include "server/service.h"

#include "core/model/orgcode.h"
#include "core/protocol/messages.h"
#include "core/text/fold.h"
#include "core/workflow/decide.h"
#include "core/workflow/numbering.h"
#include "server/service_p.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QUuid>

namespace lt::server {

using namespace detail;

namespace {

Error refused(const char *source, QStringList args = {})
{
    return said(ErrorCode::NotAllowed, "lt::server::Service", source, std::move(args));
}

Error invalidInput(const char *source, QStringList args = {})
{
    return said(ErrorCode::InvalidArgument, "lt::server::Service", source, std::move(args));
}

QString dayText(const QDate &d)
{
    return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

// A PDF by its header (within the first KiB, as readers allow) and its end-of-file marker.
bool looksLikePdf(const QByteArray &content)
{
    const qsizetype header = content.left(1024).indexOf("%PDF-");
    return header >= 0 && content.right(1024).contains("%%EOF");
}

QString newDocumentId()
{
    return QStringLiteral("d") +
           QString::fromLatin1(QUuid::createUuid().toRfc4122().toHex().left(15));
}

// The words of the type and subject as the registers print them: "Quyết định Về việc …".
QString typeAndSubject(const Document &d)
{
    const QString type = doctype::vietnameseName(d.type);
    return d.type == DocumentType::CongVan ? d.subject : type + QStringLiteral(" ") + d.subject;
}

// The identity of an incoming document for the duplicate check (Annex VI, III.1.h): its
// issuer (by code, or by name when there is no code), number and notation, and date.
QStringList incomingKeys(const Document &d)
{
    QStringList keys;
    const QString rest =
        u'|' + d.numberNotation().toLower() + u'|' + d.issueDate.toString(Qt::ISODate);
    if (!d.issuerCode.isEmpty())
        keys << QStringLiteral("code:") + d.issuerCode.toLower() + rest;
    if (!d.issuerName.isEmpty())
        keys << QStringLiteral("name:") + text::foldForSearch(d.issuerName) + rest;
    return keys;
}

} // namespace

QString Service::registerKey(const Document &doc, const QString &holderId)
{
    QString key = (doc.direction() == Direction::Incoming ? QStringLiteral("incoming:")
                                                          : QStringLiteral("outgoing:")) +
                  holderId;
    // A named register keeps its own numbers (and their secret series).
    const QString series = seriesOf(doc);
    if (!series.isEmpty())
        key += u':' + series;
    return key;
}

Result<std::optional<Organisation>> Service::organisation(const QString &id)
{
    auto q = m_db.exec(QStringLiteral("SELECT id, code, name, short_name, level, parent_id FROM "
                                      "organisations WHERE id = ? OR (code = ? AND code <> '')"),
                       {id, id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<Organisation>();
    Organisation o;
    o.id = q.value().value(0).toString();
    o.code = q.value().value(1).toString();
    o.name = q.value().value(2).toString();
    o.shortName = q.value().value(3).toString();
    o.level = protocol::levelFromKey(q.value().value(4).toString()).value_or(OrgLevel::Unit);
    o.parentId = q.value().value(5).toString();
    return std::optional(o);
}

Result<QString> Service::agencyOf(const QString &organisationId)
{
    QString id = organisationId;
    for (int depth = 0; depth < 32; ++depth) {
        auto o = organisation(id);
        if (!o)
            return o.error();
        if (!o.value())
            return Error{ErrorCode::NotFound, ServiceTr::tr("No such organisation.")};
        if (o.value()->level != OrgLevel::Unit || o.value()->parentId.isEmpty())
            return o.value()->id;
        id = o.value()->parentId;
    }
    return Error{ErrorCode::Internal, ServiceTr::tr("The organisation tree has a loop."), id};
}

Result<Person> Service::colleague(const QString &idOrLogin, const QString &agencyId)
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM people WHERE id = ? OR login = ?")
                           .arg(QLatin1String(kPersonColumns)),
                       {idOrLogin, idOrLogin});
    if (!q)
        return q.error();
    if (q.value().next()) {
        const Person p = personFrom(q.value());
        auto agency = agencyOf(p.organisationId);
        if (!agency)
            return agency.error();
        if (agency.value() == agencyId)
            return p;
    }
    return said(
        ErrorCode::NotFound, "lt::server::Service",
        QT_TRANSLATE_NOOP("lt::server::Service", "There is nobody called \"%1\" in this agency."),
        {idOrLogin});
}

Result<Service::Held> Service::held(const Person &person, const QString &documentId)
{
    auto loaded = loadDocument(documentId, true);
    if (!loaded)
        return loaded.error();
    auto rel = m_db.scalar(QStringLiteral("SELECT relations FROM document_people WHERE "
                                          "document_id = ? AND person_id = ?"),
                           {documentId, person.id});
    if (!rel)
        return rel.error();
    if (!loaded.value() || rel.value().isNull())
        return notFound();
    return Held{loaded.value()->first, loaded.value()->second, quint32(rel.value().toLongLong())};
}

Status Service::handOverByDefault(const Document &doc, const QString &holderId, const Person &actor,
                                  Action action)
{
    if (action != Action::Submit && action != Action::SubmitForReview)
        return {};
    const Relation given = action == Action::Submit ? Relation::Addressee : Relation::Reviewer;
    auto someone = m_db.scalar(QStringLiteral("SELECT 1 FROM document_people WHERE document_id = "
                                              "? AND (relations & ?) <> 0 LIMIT 1"),
                               {doc.id, qint64(given)});
    if (!someone)
        return someone.error();
    if (!someone.value().isNull())
        return {}; // named before (the request's "to", or the demo's data)
    // Who: the heads of the drafter's unit for a review, else the agency's leaders.
    const bool toHeads = action == Action::SubmitForReview && !actor.hasRole(Role::HeadOfUnit);
    auto people = toHeads
                      ? m_db.exec(QStringLiteral("SELECT id, roles, organisation_id FROM people "
                                                 "WHERE organisation_id = ? AND id <> ?"),
                                  {actor.organisationId, actor.id})
                      : m_db.exec(QStringLiteral("SELECT id, roles, organisation_id FROM people "
                                                 "WHERE roles LIKE '%leader%'"));
    if (!people)
        return people.error();
    QStringList chosen;
    while (people.value().next()) {
        const QList<Role> roles = rolesFromString(people.value().value(1).toString());
        if (!roles.contains(toHeads ? Role::HeadOfUnit : Role::Leader))
            continue;
        auto agency = agencyOf(people.value().value(2).toString());
        if (agency && agency.value() == holderId)
            chosen << people.value().value(0).toString();
    }
    for (const QString &id : std::as_const(chosen)) {
        if (auto s = grant(doc.id, id, quint32(given)); !s)
            return s;
    }
    return {};
}

Status Service::grant(const QString &documentId, const QString &personId, quint32 relations)
{
    // Relation sets fit in a positive INTEGER (PostgreSQL types the parameters by the column).
    auto r = m_db.exec(QStringLiteral("INSERT INTO document_people(document_id, person_id, "
                                      "relations) VALUES (?,?,?) ON CONFLICT(document_id, "
                                      "person_id) DO UPDATE SET relations = "
                                      "document_people.relations | excluded.relations, "
                                      "unread = 1"),
                       {documentId, personId, qint64(relations)});
    if (!r)
        return r.error();
    return {};
}

Result<std::optional<qint64>> Service::stagedSize(const Person &person, const QByteArray &sha256)
{
    auto staged = m_db.scalar(QStringLiteral("SELECT b.size FROM staged_files s JOIN blobs b ON "
                                             "b.sha256 = s.sha256 WHERE s.sha256 = ? AND "
                                             "s.person_id = ?"),
                              {QString::fromLatin1(sha256.toHex()), person.id});
    if (!staged)
        return staged.error();
    if (staged.value().isNull())
        return std::optional<qint64>();
    return std::optional(staged.value().toLongLong());
}

Result<QByteArray> Service::putFile(const Person &person, const QByteArray &content)
{
    if (!looksLikePdf(content)) {
        return invalidInput(
            QT_TRANSLATE_NOOP("lt::server::Service",
                              "The file is not a PDF: drafts and scans are sent as PDF files."));
    }
    DbTransaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    auto sha = putBlob(content);
    if (!sha)
        return sha.error();
    // A file stays usable by its sender for a week (the same scan may go into several
    // documents, from several programs at once); then only the documents keep it.
    if (auto r = m_db.exec(QStringLiteral("DELETE FROM staged_files WHERE at < ?"),
                           {now() - 7 * 24 * 3600});
        !r) {
        return r.error();
    }
    if (auto r = m_db.exec(
            QStringLiteral("INSERT INTO staged_files(sha256, person_id, at) VALUES "
                           "(?,?,?) ON CONFLICT(sha256, person_id) DO UPDATE SET at = excluded.at"),
            {QString::fromLatin1(sha.value().toHex()), person.id, now()});
        !r) {
        return r.error();
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return sha.value();
}

Result<QJsonObject> Service::createDocument(const Person &person, const QJsonObject &request)
{
    auto parsed = protocol::NewDocument::fromJson(request);
    if (!parsed)
        return parsed.error();
    const protocol::NewDocument &n = parsed.value();

    DbTransaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    protocol::NewDocumentAnswer answer;
    auto previous = m_db.exec(QStringLiteral("SELECT person_id, document_id FROM "
                                             "created_documents WHERE request_id = ?"),
                              {n.id});
    if (!previous)
        return previous.error();
    if (previous.value().next()) {
        if (previous.value().value(0).toString() != person.id) {
            return Error{ErrorCode::Conflict,
                         ServiceTr::tr("This action id was already used by someone else.")};
        }
        auto doc = document(person, previous.value().value(1).toString());
        if (!doc)
            return doc.error();
        answer.created = true;
        answer.document = doc.value();
        return answer.toJson();
    }
    auto agencyId = agencyOf(person.organisationId);
    if (!agencyId)
        return agencyId.error();
    auto agency = organisation(agencyId.value());
    if (!agency)
        return agency.error();
    if (!agency.value())
        return Error{ErrorCode::NotFound, ServiceTr::tr("No such organisation.")};

    const QDateTime at = QDateTime::fromSecsSinceEpoch(now(), Qt::UTC);
    Document d;
    d.id = newDocumentId();
    d.type = n.type;
    d.subject = n.subject;
    d.urgency = n.urgency;
    d.confidentiality = n.confidentiality;
    d.dueDate = n.dueDate;
    d.revision = 1;
    d.pages = n.pages;
    d.registerName = n.registerName;
    QHash<QString, quint32> people;
    people[person.id] = 0;

    // The files: each one sent by this person (or one they may already read).
    for (const protocol::NewDocument::File &f : n.files) {
        auto staged = stagedSize(person, f.sha256);
        if (!staged)
            return staged.error();
        if (!staged.value()) {
            return invalidInput(
                QT_TRANSLATE_NOOP("lt::server::Service", "The file \"%1\" has not been sent."),
                {f.fileName});
        }
        Attachment a;
        a.sha256 = f.sha256;
        a.size = *staged.value();
        a.fileName = f.fileName;
        a.isMain = f.main;
        if (a.isMain)
            d.attachments.prepend(a);
        else
            d.attachments.append(a);
    }

    // The clerks of the agency keep its registers.
    auto clerks = m_db.exec(QStringLiteral("SELECT id, roles, organisation_id FROM people WHERE "
                                           "roles LIKE '%clerk%'"));
    if (!clerks)
        return clerks.error();
    while (clerks.value().next()) {
        if (!rolesFromString(clerks.value().value(1).toString()).contains(Role::Clerk))
            continue;
        auto theirs = agencyOf(clerks.value().value(2).toString());
        if (theirs && theirs.value() == agencyId.value())
            people[clerks.value().value(0).toString()] |= quint32(Relation::Clerk);
    }

    Decision registered;
    if (n.direction == Direction::Outgoing) {
        if (!person.hasRole(Role::Specialist) && !person.hasRole(Role::HeadOfUnit)) {
            return refused(QT_TRANSLATE_NOOP("lt::server::Service",
                                             "Drafts are made by specialists and heads of units."));
        }
        d.state = OutgoingState::Draft;
        people[person.id] |= quint32(Relation::Drafter);
        auto unit = organisation(n.draftingUnit.isEmpty() ? person.organisationId : n.draftingUnit);
        if (!unit)
            return unit.error();
        auto unitAgency = unit.value() ? agencyOf(unit.value()->id) : Result<QString>(QString());
        if (!unit.value() || !unitAgency || unitAgency.value() != agencyId.value()) {
            return invalidInput(
                QT_TRANSLATE_NOOP("lt::server::Service", "The unit \"%1\" does not exist."),
                {n.draftingUnit});
        }
        d.draftingUnit = unit.value()->name;
        d.issuerCode = agency.value()->code;
        d.issuerName = agency.value()->name;
        // The notation the number will take (Annex I): type - agency, or agency - unit.
        const QString abbreviation = doctype::abbreviation(d.type);
        d.notation = abbreviation.isEmpty()
                         ? agency.value()->shortName + u'-' +
                               (unit.value()->id == agency.value()->id ? QStringLiteral("VP")
                                                                       : unit.value()->shortName)
                         : abbreviation + u'-' + agency.value()->shortName;
        if (!n.signer.isEmpty()) {
            auto signer = colleague(n.signer, agencyId.value());
            if (!signer)
                return signer.error();
            if (!signer->hasRole(Role::Leader) && !signer->hasRole(Role::DeputyLeader)) {
                return invalidInput(QT_TRANSLATE_NOOP("lt::server::Service",
                                                      "%1 is not a leader who signs documents."),
                                    {signer->fullName});
            }
            d.signerName = signer->fullName;
            d.signerTitle = signer->title;
            people[signer->id] |= quint32(Relation::Signer);
        }
        for (Recipient r : n.recipients) {
            r.state = Recipient::State::Pending;
            switch (r.kind) {
            case Recipient::Kind::Unit: {
                auto o = organisation(r.id);
                if (!o)
                    return o.error();
                if (!o.value()) {
                    return invalidInput(QT_TRANSLATE_NOOP("lt::server::Service",
                                                          "The recipient \"%1\" is not known."),
                                        {r.id});
                }
                r.id = o.value()->id;
                r.name = o.value()->name;
                // A unit of another agency is reached through the exchange, by its code.
                auto theirs = agencyOf(r.id);
                if (theirs && theirs.value() != agencyId.value()) {
                    r.kind = Recipient::Kind::External;
                    r.id = o.value()->code;
                }
                break;
            }
            case Recipient::Kind::Person: {
                auto p = colleague(r.id, agencyId.value());
                if (!p) {
                    return invalidInput(QT_TRANSLATE_NOOP("lt::server::Service",
                                                          "The recipient \"%1\" is not known."),
                                        {r.id});
                }
                r.id = p->id;
                r.name = p->title.isEmpty() ? p->fullName : p->title + u' ' + p->fullName;
                break;
            }
            case Recipient::Kind::External: {
                if (!OrgCode::isValid(r.id)) {
                    return invalidInput(QT_TRANSLATE_NOOP("lt::server::Service",
                                                          "The recipient \"%1\" is not known."),
                                        {r.id});
                }
                auto o = organisation(r.id);
                if (!o)
                    return o.error();
                if (o.value())
                    r.name = o.value()->name;
                else if (r.name.isEmpty())
                    r.name = r.id;
                break;
            }
            case Recipient::Kind::Paper:
                if (r.name.trimmed().isEmpty()) {
                    return invalidInput(QT_TRANSLATE_NOOP(
                        "lt::server::Service", "A paper copy needs the name of its recipient."));
                }
                r.id.clear();
                break;
            }
            d.recipients.append(r);
        }
        const Attachment &main = d.attachments.first();
        d.versions.append(
            DraftVersion{1, main.sha256, main.size, main.fileName, person.id, person.fullName, at});
    } else {
        if (!person.hasRole(Role::Clerk)) {
            return refused(QT_TRANSLATE_NOOP("lt::server::Service",
                                             "Only the clerk registers incoming documents."));
        }
        auto notation = numbering::parse(n.notation);
        if (!notation)
            return notation.error();
        if (!n.issueDate.isValid()) {
            return invalidInput(
                QT_TRANSLATE_NOOP("lt::server::Service", "The date of the document is missing."));
        }
        if (n.issuerCode.isEmpty() && n.issuerName.isEmpty()) {
            return invalidInput(QT_TRANSLATE_NOOP("lt::server::Service",
                                                  "Name the agency that issued the document."));
        }
        if (!n.issuerCode.isEmpty() && !OrgCode::isValid(n.issuerCode)) {
            return invalidInput(
                QT_TRANSLATE_NOOP("lt::server::Service", "\"%1\" is not an organisation code."),
                {n.issuerCode});
        }
        d.state = IncomingState::Registered;
        d.number = notation->number;
        d.notation = notation->suffix();
        d.issueDate = n.issueDate;
        d.issuerCode = n.issuerCode;
        d.issuerName = n.issuerName;
        if (d.issuerName.isEmpty()) {
            auto issuer = organisation(n.issuerCode);
            if (!issuer)
                return issuer.error();
            d.issuerName = issuer.value() ? issuer.value()->name : n.issuerCode;
        }
        d.signerName = n.signerName;
        d.signerTitle = n.signerTitle;
        d.receivedAt = n.receivedAt.isValid() && n.receivedAt <= at ? n.receivedAt.toUTC() : at;
        people[person.id] |= quint32(Relation::Clerk);

        // The same document registered before (Annex VI, III.1.h): said, not registered.
        QList<Document> duplicates;
        for (const QString &key : incomingKeys(d)) {
            auto q = m_db.exec(QStringLiteral("SELECT document_id FROM incoming_keys WHERE "
                                              "holder_id = ? AND key = ?"),
                               {agencyId.value(), key});
            if (!q)
                return q.error();
            while (q.value().next()) {
                const QString id = q.value().value(0).toString();
                if (std::any_of(duplicates.cbegin(), duplicates.cend(),
                                [&id](const Document &x) { return x.id == id; })) {
                    continue;
                }
                auto other = document(person, id);
                if (other)
                    duplicates.append(other.value());
            }
        }
        if (!duplicates.isEmpty() && !n.acceptDuplicate) {
            answer.created = false;
            answer.duplicates = duplicates;
            return answer.toJson();
        }
        auto number = nextRegisterNumber(registerKey(d, agencyId.value()), agencyDay(at));
        if (!number)
            return number.error();
        d.incomingNumber = number.value();
        for (const QString &key : incomingKeys(d)) {
            if (auto r = m_db.exec(QStringLiteral("INSERT INTO incoming_keys(holder_id, key, "
                                                  "document_id) VALUES (?,?,?)"),
                                   {agencyId.value(), key, d.id});
                !r) {
                return r.error();
            }
        }
        registered.id = QStringLiteral("reg-") + d.id;
        registered.documentId = d.id;
        registered.action = Action::Register;
        registered.actorId = person.id;
        registered.actorName = person.fullName;
        registered.actorRole = Role::Clerk;
        registered.at = at;
    }

    if (auto s = addDocument(d, agencyId.value(), people); !s)
        return s.error();
    if (!registered.id.isEmpty()) {
        auto seq = m_db.nextChangeSeq();
        if (!seq)
            return seq.error();
        if (auto r = m_db.exec(QStringLiteral("INSERT INTO decisions(id, document_id, person_id, "
                                              "role, action, text, payload, at, outcome, reason, "
                                              "response, seq) VALUES (?,?,?,?,?,?,?,?, 'applied', "
                                              "NULL, '{}', ?)"),
                               {registered.id, d.id, person.id, enums::key(Role::Clerk),
                                actions::key(Action::Register), QString(),
                                compact(json::toJson(registered)), at.toString(Qt::ISODateWithMs),
                                seq.value()});
            !r) {
            return r.error();
        }
    }
    if (auto r = m_db.exec(QStringLiteral("INSERT INTO created_documents(request_id, person_id, "
                                          "document_id) VALUES (?,?,?)"),
                           {n.id, person.id, d.id});
        !r) {
        return r.error();
    }
    auto doc = document(person, d.id);
    if (!doc)
        return doc.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    answer.created = true;
    answer.document = doc.value();
    return answer.toJson();
}

Result<Document> Service::addVersion(const Person &person, const QString &documentId,
                                     const QByteArray &sha256, const QString &fileName)
{
    DbTransaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    auto h = held(person, documentId);
    if (!h)
        return h.error();
    Document doc = h->doc;
    const auto *state = std::get_if<OutgoingState>(&doc.state);
    if (!relations::has(h->relations, Relation::Drafter) || !state ||
        (*state != OutgoingState::Draft && *state != OutgoingState::Returned)) {
        return refused(QT_TRANSLATE_NOOP(
            "lt::server::Service",
            "Only the drafter gives a new version, while the document is a draft or returned."));
    }
    const QString hex = QString::fromLatin1(sha256.toHex());
    auto staged = stagedSize(person, sha256);
    if (!staged)
        return staged.error();
    if (!staged.value()) {
        return invalidInput(
            QT_TRANSLATE_NOOP("lt::server::Service", "The file \"%1\" has not been sent."),
            {fileName});
    }
    const qint64 size = *staged.value();
    auto main = std::find_if(doc.attachments.begin(), doc.attachments.end(),
                             [](const Attachment &a) { return a.isMain; });
    if (main == doc.attachments.end())
        return Error{ErrorCode::Conflict, ServiceTr::tr("The document has no main file.")};
    if (main->sha256 == sha256)
        return document(person, documentId); // the same file again: nothing changes
    const QDateTime at = QDateTime::fromSecsSinceEpoch(now(), Qt::UTC);
    if (doc.versions.isEmpty()) // a draft from before versions were kept
        doc.versions.append(DraftVersion{1, main->sha256, main->size, main->fileName, {}, {}, {}});
    const int version = doc.versions.last().version + 1;
    const QString name = fileName.isEmpty() ? main->fileName : fileName;
    doc.versions.append(DraftVersion{version, sha256, size, name, person.id, person.fullName, at});
    main->sha256 = sha256;
    main->size = size;
    main->fileName = name;
    main->version = 1; // a new text: signatures start again from it
    main->previousSha256.clear();
    doc.revision += 1;
    if (auto r = m_db.exec(QStringLiteral("INSERT INTO document_blobs(document_id, sha256) VALUES "
                                          "(?,?) ON CONFLICT DO NOTHING"),
                           {documentId, hex});
        !r) {
        return r.error();
    }
    if (auto s = saveDocument(doc); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return document(person, documentId);
}

Result<Document> Service::reserveNumber(const Person &person, const QString &documentId)
{
    DbTransaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    auto h = held(person, documentId);
    if (!h)
        return h.error();
    Document doc = h->doc;
    const QString holderId = h->holderId;
    auto judged =
        workflow::decide(doc, workflow::Actor{person.roles, h->relations, person.organisationId},
                         workflow::Request{Action::Issue, {}, {}, {}});
    if (!judged)
        return judged.error();
    if (doc.number == 0) {
        const QDateTime at = QDateTime::fromSecsSinceEpoch(now(), Qt::UTC);
        auto n = nextRegisterNumber(registerKey(doc, holderId), agencyDay(at));
        if (!n)
            return n.error();
        doc.number = n.value();
        doc.issueDate = agencyDay(at);
        doc.revision += 1;
        if (auto s = saveDocument(doc); !s)
            return s.error();
        if (auto s = refreshRegister(doc, holderId); !s)
            return s.error();
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return document(person, documentId);
}

Status Service::refreshRegister(const Document &doc, const QString &holderId)
{
    if (auto r = m_db.exec(QStringLiteral("DELETE FROM register_entries WHERE document_id = ? AND "
                                          "direction <> 'post'"),
                           {doc.id});
        !r) {
        return r.error();
    }
    const bool incoming = doc.direction() == Direction::Incoming;
    const int number = incoming ? doc.incomingNumber : doc.number;
    if (number <= 0)
        return {};
    // When it was passed on (the submission or the direction) and to whom.
    auto passed = m_db.exec(QStringLiteral("SELECT action, at, payload FROM decisions WHERE "
                                           "document_id = ? AND outcome = 'applied' ORDER BY seq, "
                                           "at"),
                            {doc.id});
    if (!passed)
        return passed.error();
    QDate transferred;
    QStringList handlers;
    QString voided; // who voided the number, when, why
    while (passed.value().next()) {
        const auto action = actions::fromKey(passed.value().value(0).toString());
        const QDate day =
            agencyDay(QDateTime::fromString(passed.value().value(1).toString(), Qt::ISODateWithMs));
        if (action == Action::VoidNumber) {
            auto decision = json::decisionFromJson(parse(passed.value().value(2).toString()));
            if (decision) {
                voided = ServiceTr::tr("Number voided on %1 by %2: %3")
                             .arg(dayText(day), decision->actorName, decision->text);
            }
        }
        if (incoming && (action == Action::Direct || action == Action::Reassign)) {
            transferred = day;
            handlers.clear();
            auto decision = json::decisionFromJson(parse(passed.value().value(2).toString()));
            for (const Assignment &a : decision ? decision->assignments : QList<Assignment>()) {
                auto o = organisation(a.organisationId);
                if (o && o.value())
                    handlers << o.value()->name;
            }
        } else if (!incoming && action == Action::Dispatch) {
            transferred = day;
        }
    }
    QStringList notes;
    if (doc.confidentiality != Confidentiality::Normal)
        notes << enums::displayName(doc.confidentiality);
    if (doc.urgency != Urgency::Normal)
        notes << enums::displayName(doc.urgency);
    if (doc.pages > 0)
        notes << ServiceTr::tr("%n page(s)", nullptr, doc.pages);
    if (!voided.isEmpty())
        notes.prepend(voided);
    const QString stateName = std::visit([](auto s) { return enums::displayName(s); }, doc.state);
    QJsonArray row;
    QDate date;
    if (incoming) {
        date = agencyDay(doc.receivedAt);
        row = {dayText(date),
               numbering::formatNumber(doc.incomingNumber),
               doc.issuerName,
               doc.numberNotation(),
               dayText(doc.issueDate),
               typeAndSubject(doc),
               handlers.join(QStringLiteral("; ")),
               dayText(transferred),
               QString(),
               (notes + QStringList{stateName}).join(QStringLiteral("; "))};
    } else {
        date = doc.issueDate;
        QStringList names;
        int received = 0;
        for (const Recipient &r : doc.recipients) {
            names << r.name;
            received += r.state >= Recipient::State::Received ? 1 : 0;
        }
        row = {doc.numberNotation(),
               dayText(doc.issueDate),
               typeAndSubject(doc),
               doc.signerName,
               names.join(QStringLiteral("; ")),
               doc.draftingUnit,
               QString::number(doc.recipients.size() + 1), // one copy is kept (bản lưu)
               dayText(transferred),
               doc.recipients.isEmpty()
                   ? QString()
                   : ServiceTr::tr("%1 of %2 received").arg(received).arg(doc.recipients.size()),
               (notes + QStringList{stateName}).join(QStringLiteral("; "))};
    }
    QStringList words;
    for (const QJsonValue &v : std::as_const(row))
        words << v.toString();
    if (auto r = m_db.exec(QStringLiteral("INSERT INTO register_entries(holder_id, direction, "
                                          "series, year, number, document_id, row, search) VALUES "
                                          "(?,?,?,?,?,?,?,?)"),
                           {holderId, incoming ? QStringLiteral("in") : QStringLiteral("out"),
                            seriesOf(doc).isNull() ? QStringLiteral("") : seriesOf(doc),
                            date.year(), number, doc.id,
                            QString::fromUtf8(QJsonDocument(row).toJson(QJsonDocument::Compact)),
                            text::foldForSearch(words.join(u' '))});
        !r) {
        return r.error();
    }
    return {};
}

Status Service::deliver(Document &doc, const QString &holderId, const QDateTime &at)
{
    const auto reach = [this, &doc](const QString &personId) {
        return grant(doc.id, personId, quint32(Relation::Recipient));
    };
    for (Recipient &r : doc.recipients) {
        switch (r.kind) {
        case Recipient::Kind::Unit: {
            auto members = m_db.exec(QStringLiteral("SELECT id FROM people WHERE "
                                                    "organisation_id = ?"),
                                     {r.id});
            if (!members)
                return members.error();
            while (members.value().next()) {
                if (auto s = reach(members.value().value(0).toString()); !s)
                    return s;
            }
            r.state = Recipient::State::Sent;
            break;
        }
        case Recipient::Kind::Person:
            if (auto s = reach(r.id); !s)
                return s;
            r.state = Recipient::State::Sent;
            break;
        case Recipient::Kind::External:
            // The exchange with other agencies sends it (the document axis).
            if (auto q = m_db.exec(QStringLiteral("INSERT INTO exchange_queue(document_id, "
                                                  "organisation_code, queued_at, state) VALUES "
                                                  "(?,?,?, 'queued') ON CONFLICT DO NOTHING"),
                                   {doc.id, r.id, at.toSecsSinceEpoch()});
                !q) {
                return q.error();
            }
            break;
        case Recipient::Kind::Paper: {
            auto n = nextRegisterNumber(QStringLiteral("post:") + holderId, agencyDay(at));
            if (!n)
                return n.error();
            const QJsonArray row{dayText(agencyDay(at)),
                                 doc.numberNotation(),
                                 r.name,
                                 QStringLiteral("1"),
                                 QString(),
                                 QString()};
            if (auto q = m_db.exec(
                    QStringLiteral("INSERT INTO register_entries(holder_id, direction, series, "
                                   "year, number, document_id, row, search) VALUES "
                                   "(?, 'post', '', ?,?,?,?,?)"),
                    {holderId, agencyDay(at).year(), n.value(), doc.id,
                     QString::fromUtf8(QJsonDocument(row).toJson(QJsonDocument::Compact)),
                     text::foldForSearch(QString(doc.numberNotation() + u' ' + r.name))});
                !q) {
                return q.error();
            }
            r.state = Recipient::State::Sent;
            break;
        }
        }
    }
    return {};
}

Result<QJsonObject> Service::colleagues(const Person &person)
{
    auto agencyId = agencyOf(person.organisationId);
    if (!agencyId)
        return agencyId.error();
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM people ORDER BY full_name")
                           .arg(QLatin1String(kPersonColumns)));
    if (!q)
        return q.error();
    QJsonArray list;
    while (q.value().next()) {
        const Person p = personFrom(q.value());
        auto theirs = agencyOf(p.organisationId);
        if (!theirs || theirs.value() != agencyId.value())
            continue;
        QJsonObject o = protocol::toJson(p);
        o.remove(QStringLiteral("email"));
        list.append(o);
    }
    return QJsonObject{{QStringLiteral("people"), list}};
}

Result<QJsonObject> Service::registerRows(const Person &person, const RegisterQuery &query)
{
    if (!person.hasRole(Role::Clerk) && !person.hasRole(Role::Leader) &&
        !person.hasRole(Role::DeputyLeader)) {
        return refused(QT_TRANSLATE_NOOP("lt::server::Service",
                                         "The registers are kept by the clerk; leaders may read "
                                         "them."));
    }
    if (query.direction != u"in" && query.direction != u"out" && query.direction != u"post") {
        return invalidInput(
            QT_TRANSLATE_NOOP("lt::server::Service", "A register is \"in\", \"out\" or \"post\"."));
    }
    if (query.year < 1900 || query.year > 9999)
        return invalidInput(QT_TRANSLATE_NOOP("lt::server::Service", "The year is out of range."));
    auto agencyId = agencyOf(person.organisationId);
    if (!agencyId)
        return agencyId.error();
    QString where = QStringLiteral("holder_id = ? AND direction = ? AND series = ? AND year = ?");
    // A null text would bind as NULL.
    QVariantList values{agencyId.value(), query.direction,
                        query.series.isNull() ? QStringLiteral("") : query.series, query.year};
    if (!query.search.trimmed().isEmpty()) {
        where += QStringLiteral(" AND search LIKE ?");
        // Folded as the rows are: with or without accents, any case.
        QString needle = text::foldForSearch(query.search.trimmed());
        needle.replace(u'%', u' ').replace(u'_', u' ');
        values << QVariant(QStringLiteral("%") + needle + QStringLiteral("%"));
    }
    auto count =
        m_db.exec(QStringLiteral("SELECT count(*) FROM register_entries WHERE ") + where, values);
    if (!count)
        return count.error();
    const qint64 total = count.value().next() ? count.value().value(0).toLongLong() : 0;
    QVariantList paged = values;
    paged << qBound(1, query.limit, 5000) << qMax(0, query.offset);
    auto q = m_db.exec(QStringLiteral("SELECT number, document_id, row FROM register_entries "
                                      "WHERE ") +
                           where + QStringLiteral(" ORDER BY number, document_id LIMIT ? OFFSET ?"),
                       paged);
    if (!q)
        return q.error();
    QJsonArray rows;
    while (q.value().next()) {
        rows.append(
            QJsonObject{{QStringLiteral("number"), q.value().value(0).toLongLong()},
                        {QStringLiteral("document"), q.value().value(1).toString()},
                        {QStringLiteral("cells"),
                         QJsonDocument::fromJson(q.value().value(2).toString().toUtf8()).array()}});
    }
    // The registers of that direction and year: the agency's, its secret series, named ones.
    auto names = m_db.exec(QStringLiteral("SELECT DISTINCT series FROM register_entries WHERE "
                                          "holder_id = ? AND direction = ? AND year = ? ORDER "
                                          "BY series"),
                           {agencyId.value(), query.direction, query.year});
    if (!names)
        return names.error();
    QJsonArray registers;
    while (names.value().next())
        registers.append(names.value().value(0).toString());
    return QJsonObject{{QStringLiteral("direction"), query.direction},
                       {QStringLiteral("year"), query.year},
                       {QStringLiteral("series"), query.series},
                       {QStringLiteral("registers"), registers},
                       {QStringLiteral("total"), total},
                       {QStringLiteral("rows"), rows}};
}

} // namespace lt::server
