#include "core/store/documentcache.h"

#include "core/model/json.h"
#include "core/text/fold.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace lt::store {

namespace {

// What the columns do not hold: recipients, draft versions, pages (JSON; null when none).
QString detailsOf(const Document &d)
{
    if (d.recipients.isEmpty() && d.versions.isEmpty() && d.pages == 0 && d.registerName.isEmpty())
        return {};
    QJsonObject o;
    QJsonArray recipients;
    for (const Recipient &r : d.recipients)
        recipients.append(json::toJson(r));
    QJsonArray versions;
    for (const DraftVersion &v : d.versions)
        versions.append(json::toJson(v));
    o.insert(QStringLiteral("recipients"), recipients);
    o.insert(QStringLiteral("versions"), versions);
    o.insert(QStringLiteral("pages"), d.pages);
    if (!d.registerName.isEmpty())
        o.insert(QStringLiteral("register"), d.registerName);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

void readDetails(const QString &text, Document &d)
{
    if (text.isEmpty())
        return;
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    for (const QJsonValue &v : o.value(QStringLiteral("recipients")).toArray()) {
        if (auto r = json::recipientFromJson(v.toObject()))
            d.recipients.append(r.value());
    }
    for (const QJsonValue &v : o.value(QStringLiteral("versions")).toArray()) {
        if (auto x = json::draftVersionFromJson(v.toObject()))
            d.versions.append(x.value());
    }
    d.pages = o.value(QStringLiteral("pages")).toInt();
    d.registerName = o.value(QStringLiteral("register")).toString();
}

constexpr const char *kColumns =
    "d.rowid, d.id, d.state, d.type, d.number, d.notation, d.subject, d.issuer_code, "
    "d.issuer_name, d.signer_name, d.signer_title, d.issue_date, d.received_at, "
    "d.incoming_number, d.urgency, d.confidentiality, d.due_date, d.revision, d.boxes, d.unread, "
    "d.relations, d.drafting_unit, d.details";

QString sortKeyOf(const Document &d)
{
    if (d.receivedAt.isValid())
        return d.receivedAt.toUTC().toString(Qt::ISODateWithMs);
    if (d.issueDate.isValid())
        return d.issueDate.toString(Qt::ISODate);
    return QStringLiteral("0000");
}

QString isoOrNull(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

} // namespace

Result<qint64> DocumentCache::rowidOf(const QString &id)
{
    return m_db.queryInt("SELECT rowid FROM documents WHERE id = ?", id);
}

Status DocumentCache::writeIndex(qint64 rowid, const Document &d, const QString &body)
{
    auto del = m_db.prepare("DELETE FROM documents_fts WHERE rowid = ?");
    if (!del)
        return del.error();
    if (auto s = del.value()->bind(1, rowid).run(); !s)
        return s;
    auto ins = m_db.prepare(
        "INSERT INTO documents_fts(rowid, notation, subject, issuer, body) VALUES (?,?,?,?,?)");
    if (!ins)
        return ins.error();
    const QString notation = d.numberNotation().isEmpty() ? d.notation : d.numberNotation();
    QString issuer = d.issuerName;
    if (!d.signerName.isEmpty())
        issuer += u' ' + d.signerName;
    return ins.value()
        ->bindAll(rowid, text::foldForSearch(notation), text::foldForSearch(d.subject),
                  text::foldForSearch(issuer), text::foldForSearch(body))
        .run();
}

Status DocumentCache::upsert(const Document &d)
{
    const auto existing = rowidOf(d.id);
    if (!existing)
        return existing.error();
    const QString sortKey = sortKeyOf(d);
    qint64 rowid = existing.value();
    QString body;
    if (rowid == 0) {
        auto st = m_db.prepare(
            "INSERT INTO documents(id, state, type, number, notation, subject, issuer_code, "
            "issuer_name, signer_name, signer_title, issue_date, received_at, incoming_number, "
            "urgency, confidentiality, due_date, revision, boxes, unread, closed, sort_key, "
            "relations, drafting_unit, details) VALUES "
            "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        if (!st)
            return st.error();
        st.value()->bindAll(
            d.id, json::stateKey(d.state), doctype::key(d.type), d.number, d.notation, d.subject,
            d.issuerCode, d.issuerName, d.signerName, d.signerTitle, isoOrNull(d.issueDate),
            d.receivedAt.isValid() ? d.receivedAt.toString(Qt::ISODateWithMs) : QString(),
            d.incomingNumber, int(d.urgency), int(d.confidentiality), isoOrNull(d.dueDate),
            d.revision, qint64(d.boxes), d.unread, d.isClosed(), sortKey, qint64(d.relations),
            d.draftingUnit, detailsOf(d));
        if (auto s = st.value()->run(); !s)
            return s;
        rowid = m_db.lastInsertRowId();
    } else {
        auto st = m_db.prepare(
            "UPDATE documents SET state=?, type=?, number=?, notation=?, subject=?, "
            "issuer_code=?, issuer_name=?, signer_name=?, signer_title=?, issue_date=?, "
            "received_at=?, incoming_number=?, urgency=?, confidentiality=?, due_date=?, "
            "revision=?, boxes=?, unread=coalesce((SELECT r.unread FROM read_receipts r WHERE "
            "r.document_id = documents.id), ?), closed=?, sort_key=?, relations=?, "
            "drafting_unit=?, "
            "details=? "
            "WHERE rowid=? RETURNING body");
        if (!st)
            return st.error();
        st.value()->bindAll(
            json::stateKey(d.state), doctype::key(d.type), d.number, d.notation, d.subject,
            d.issuerCode, d.issuerName, d.signerName, d.signerTitle, isoOrNull(d.issueDate),
            d.receivedAt.isValid() ? d.receivedAt.toString(Qt::ISODateWithMs) : QString(),
            d.incomingNumber, int(d.urgency), int(d.confidentiality), isoOrNull(d.dueDate),
            d.revision, qint64(d.boxes), d.unread, d.isClosed(), sortKey, qint64(d.relations),
            d.draftingUnit, detailsOf(d), rowid);
        if (st.value()->step() == Statement::Step::Row)
            body = st.value()->text(0);
        if (auto s = st.value()->run(); !s)
            return s;
        for (const char *sql :
             {"DELETE FROM document_boxes WHERE doc = ?", "DELETE FROM attachments WHERE doc = ?",
              "DELETE FROM history WHERE doc = ?"}) {
            auto del = m_db.prepare(sql);
            if (!del)
                return del.error();
            if (auto s = del.value()->bind(1, rowid).run(); !s)
                return s;
        }
    }

    for (Box b : boxes::all()) {
        if (!d.isIn(b))
            continue;
        auto st = m_db.prepare("INSERT INTO document_boxes(box, sort_key, doc) VALUES (?,?,?)");
        if (!st)
            return st.error();
        if (auto s = st.value()->bindAll(qint64(b), sortKey, rowid).run(); !s)
            return s;
    }
    for (qsizetype i = 0; i < d.attachments.size(); ++i) {
        const Attachment &a = d.attachments.at(i);
        auto st = m_db.prepare(
            "INSERT INTO attachments(doc, position, sha256, size, file_name, content_type, "
            "version, previous_sha256, is_main) VALUES (?,?,?,?,?,?,?,?,?)");
        if (!st)
            return st.error();
        if (auto s = st.value()
                         ->bindAll(rowid, qint64(i), a.sha256, a.size, a.fileName, a.contentType,
                                   a.version, a.previousSha256, a.isMain)
                         .run();
            !s) {
            return s;
        }
    }
    for (qsizetype i = 0; i < d.history.size(); ++i) {
        auto st = m_db.prepare("INSERT INTO history(doc, position, json) VALUES (?,?,?)");
        if (!st)
            return st.error();
        const QString js = QString::fromUtf8(
            QJsonDocument(json::toJson(d.history.at(i))).toJson(QJsonDocument::Compact));
        if (auto s = st.value()->bindAll(rowid, qint64(i), js).run(); !s)
            return s;
    }
    return writeIndex(rowid, d, body);
}

Status DocumentCache::remove(const QString &id)
{
    const auto rowid = rowidOf(id);
    if (!rowid)
        return rowid.error();
    if (rowid.value() == 0)
        return {};
    auto fts = m_db.prepare("DELETE FROM documents_fts WHERE rowid = ?");
    if (!fts)
        return fts.error();
    if (auto s = fts.value()->bind(1, rowid.value()).run(); !s)
        return s;
    auto st = m_db.prepare("DELETE FROM documents WHERE rowid = ?");
    if (!st)
        return st.error();
    return st.value()->bind(1, rowid.value()).run();
}

Status DocumentCache::setBodyText(const QString &id, const QString &body)
{
    const auto doc = get(id);
    if (!doc)
        return doc.error();
    if (!doc.value())
        return Error{ErrorCode::NotFound, QString()};
    const auto rowid = rowidOf(id);
    auto st = m_db.prepare("UPDATE documents SET body = ? WHERE rowid = ?");
    if (!st)
        return st.error();
    if (auto s = st.value()->bindAll(body, rowid.value()).run(); !s)
        return s;
    return writeIndex(rowid.value(), *doc.value(), body);
}

Result<QList<Document>> DocumentCache::load(Statement &st, bool withHistory)
{
    QList<Document> docs;
    QList<qint64> rowids;
    Statement::Step step;
    while ((step = st.step()) == Statement::Step::Row) {
        Document d;
        rowids.append(st.int64(0));
        d.id = st.text(1);
        if (const auto state = json::stateFromKey(st.text(2)))
            d.state = *state;
        d.type = doctype::fromKey(st.text(3)).value_or(DocumentType::CongVan);
        d.number = st.integer(4);
        d.notation = st.text(5);
        d.subject = st.text(6);
        d.issuerCode = st.text(7);
        d.issuerName = st.text(8);
        d.signerName = st.text(9);
        d.signerTitle = st.text(10);
        d.issueDate = QDate::fromString(st.text(11), Qt::ISODate);
        d.receivedAt = QDateTime::fromString(st.text(12), Qt::ISODateWithMs);
        d.incomingNumber = st.integer(13);
        d.urgency = static_cast<Urgency>(st.integer(14));
        d.confidentiality = static_cast<Confidentiality>(st.integer(15));
        d.dueDate = QDate::fromString(st.text(16), Qt::ISODate);
        d.revision = st.integer(17);
        d.boxes = quint32(st.int64(18));
        d.unread = st.integer(19) != 0;
        d.relations = quint32(st.int64(20));
        d.draftingUnit = st.text(21);
        readDetails(st.text(22), d);
        docs.append(std::move(d));
    }
    if (step == Statement::Step::Error)
        return st.lastError();
    if (auto s = loadAttachments(docs, rowids, withHistory); !s)
        return s.error();
    return docs;
}

Status DocumentCache::loadAttachments(QList<Document> &docs, const QList<qint64> &rowids,
                                      bool withHistory)
{
    for (qsizetype i = 0; i < docs.size(); ++i) {
        auto st = m_db.prepare(
            "SELECT sha256, size, file_name, content_type, version, previous_sha256, is_main "
            "FROM attachments WHERE doc = ? ORDER BY position");
        if (!st)
            return st.error();
        Statement &s = *st.value();
        s.bind(1, rowids.at(i));
        Statement::Step step;
        while ((step = s.step()) == Statement::Step::Row) {
            Attachment a;
            a.sha256 = s.blob(0);
            a.size = s.int64(1);
            a.fileName = s.text(2);
            a.contentType = s.text(3);
            a.version = s.integer(4);
            a.previousSha256 = s.blob(5);
            a.isMain = s.integer(6) != 0;
            docs[i].attachments.append(a);
        }
        if (step == Statement::Step::Error)
            return s.lastError();
        if (!withHistory)
            continue;
        auto h = m_db.prepare("SELECT json FROM history WHERE doc = ? ORDER BY position");
        if (!h)
            return h.error();
        h.value()->bind(1, rowids.at(i));
        while ((step = h.value()->step()) == Statement::Step::Row) {
            auto x = json::decisionFromJson(
                QJsonDocument::fromJson(h.value()->text(0).toUtf8()).object());
            if (x)
                docs[i].history.append(x.value());
        }
        if (step == Statement::Step::Error)
            return h.value()->lastError();
    }
    return {};
}

Result<std::optional<Document>> DocumentCache::get(const QString &id)
{
    static const QByteArray sql =
        QByteArray("SELECT ") + kColumns + " FROM documents d WHERE d.id = ?";
    auto st = m_db.prepare(sql.constData());
    if (!st)
        return st.error();
    st.value()->bind(1, id);
    auto docs = load(*st.value(), true);
    if (!docs)
        return docs.error();
    if (docs.value().isEmpty())
        return std::optional<Document>();
    return std::optional<Document>(docs.value().first());
}

Result<QList<Document>> DocumentCache::list(const Query &q)
{
    // Four shapes of query, each with its index.
    QByteArray sql = QByteArray("SELECT ") + kColumns;
    if (q.box) {
        sql += " FROM document_boxes b JOIN documents d ON d.rowid = b.doc WHERE b.box = ?1";
    } else {
        sql += " FROM documents d WHERE 1";
    }
    if (q.urgentOnly)
        sql += " AND d.urgency > 0";
    if (q.overdueOnly)
        sql += " AND d.closed = 0 AND d.due_date IS NOT NULL AND d.due_date < ?2";
    if (q.unreadOnly)
        sql += " AND d.unread <> 0";
    if (q.relationsAny)
        sql += " AND d.closed = 0 AND (d.relations & ?5) <> 0";
    const QByteArray newest = q.box ? "b.sort_key DESC" : "d.sort_key DESC";
    switch (q.order) {
    case Query::Order::Newest:
        sql += " ORDER BY " + newest;
        break;
    case Query::Order::Oldest:
        sql += q.box ? " ORDER BY b.sort_key ASC" : " ORDER BY d.sort_key ASC";
        break;
    case Query::Order::Urgency:
        sql += q.reversed ? " ORDER BY d.urgency ASC, " : " ORDER BY d.urgency DESC, ";
        sql += newest;
        break;
    case Query::Order::Deadline:
        sql += q.reversed ? " ORDER BY d.due_date IS NULL, d.due_date DESC, "
                          : " ORDER BY d.due_date IS NULL, d.due_date ASC, ";
        sql += newest;
        break;
    case Query::Order::Number:
        sql += q.reversed ? " ORDER BY d.number ASC, " : " ORDER BY d.number DESC, ";
        sql += newest;
        break;
    }
    sql += " LIMIT ?3 OFFSET ?4";
    auto st = m_db.prepare(sql.constData());
    if (!st)
        return st.error();
    Statement &s = *st.value();
    if (q.box)
        s.bind(1, qint64(*q.box));
    if (q.overdueOnly)
        s.bind(2, q.today.toString(Qt::ISODate));
    s.bind(3, q.limit);
    s.bind(4, q.offset);
    if (q.relationsAny)
        s.bind(5, qint64(q.relationsAny));
    return load(s, false);
}

Result<QList<Document>> DocumentCache::takeUrgentArrivals()
{
    Query q;
    q.box = Box::ToHandle;
    q.urgentOnly = true;
    q.limit = 1000;
    auto waiting = list(q);
    if (!waiting)
        return waiting.error();
    auto seenText = meta(QStringLiteral("urgent_announced"));
    if (!seenText)
        return seenText.error();
    QSet<QString> seen;
    for (const QString &id : seenText.value().split(u' ', Qt::SkipEmptyParts))
        seen.insert(id);
    QList<Document> arrivals;
    QStringList still; // only what is still waiting is remembered
    for (const Document &d : waiting.value()) {
        if (d.urgency < Urgency::VeryUrgent)
            continue;
        still << d.id;
        if (!seen.contains(d.id))
            arrivals << d;
    }
    if (auto s = setMeta(QStringLiteral("urgent_announced"),
                         still.isEmpty() ? QStringLiteral("") : still.join(u' '));
        !s)
        return s.error();
    return arrivals;
}

Result<int> DocumentCache::count(Box box)
{
    auto n = m_db.queryInt("SELECT count(*) FROM document_boxes WHERE box = ?", qint64(box));
    if (!n)
        return n.error();
    return int(n.value());
}

Result<int> DocumentCache::countClassified(Box box)
{
    auto n = m_db.queryInt("SELECT count(*) FROM document_boxes b JOIN documents d ON d.rowid = "
                           "b.doc WHERE b.box = ? AND d.confidentiality <> 0",
                           qint64(box));
    if (!n)
        return n.error();
    return int(n.value());
}

Result<int> DocumentCache::countWork(quint32 relations)
{
    auto n =
        m_db.queryInt("SELECT count(*) FROM documents WHERE closed = 0 AND (relations & ?) <> 0",
                      qint64(relations));
    if (!n)
        return n.error();
    return int(n.value());
}

Status DocumentCache::markRead(const QString &id, bool read)
{
    Transaction tx(m_db);
    if (!tx.beginStatus())
        return tx.beginStatus();
    auto st = m_db.prepare("UPDATE documents SET unread = ? WHERE id = ? AND unread <> ?");
    if (!st)
        return st.error();
    const int unread = read ? 0 : 1;
    if (auto s = st.value()->bindAll(unread, id, unread).run(); !s)
        return s;
    if (m_db.changes() > 0) {
        auto receipt = m_db.prepare(
            "INSERT OR REPLACE INTO read_receipts(document_id, at, unread) VALUES (?, ?, ?)");
        if (!receipt)
            return receipt.error();
        if (auto s =
                receipt.value()
                    ->bindAll(id, QDateTime::currentDateTimeUtc().toString(Qt::ISODate), unread)
                    .run();
            !s)
            return s;
    }
    return tx.commit();
}

Result<QStringList> DocumentCache::pendingReadReceipts(int limit, bool unread)
{
    auto st =
        m_db.prepare("SELECT document_id FROM read_receipts WHERE unread = ? ORDER BY at LIMIT ?");
    if (!st)
        return st.error();
    st.value()->bindAll(unread ? 1 : 0, limit);
    QStringList ids;
    while (st.value()->step() == Statement::Step::Row)
        ids << st.value()->text(0);
    return ids;
}

Status DocumentCache::dropReadReceipts(const QStringList &ids, bool unread)
{
    Transaction tx(m_db);
    if (!tx.beginStatus())
        return tx.beginStatus();
    for (const QString &id : ids) {
        // A receipt of the other kind, written since, waits for the next sync.
        auto st = m_db.prepare("DELETE FROM read_receipts WHERE document_id = ? AND unread = ?");
        if (!st)
            return st.error();
        if (auto s = st.value()->bindAll(id, unread ? 1 : 0).run(); !s)
            return s;
    }
    return tx.commit();
}

Result<int> DocumentCache::countAll()
{
    auto n = m_db.queryInt("SELECT count(*) FROM documents");
    if (!n)
        return n.error();
    return int(n.value());
}

QString DocumentCache::ftsQuery(const QString &text)
{
    const QString folded = text::foldForSearch(text);
    QStringList tokens;
    QString current;
    for (QChar c : folded) {
        if (c.isLetterOrNumber()) {
            current += c;
        } else if (!current.isEmpty()) {
            tokens << current;
            current.clear();
        }
    }
    if (!current.isEmpty())
        tokens << current;
    if (tokens.isEmpty())
        return {};
    QStringList parts;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        QString part = u'"' + tokens.at(i) + u'"';
        // The word being typed matches as a prefix once it has two letters; a single letter
        // as a prefix would match most of the index.
        if (i == tokens.size() - 1 && tokens.at(i).size() >= 2)
            part += u'*';
        parts << part;
    }
    return parts.join(u' ');
}

Result<QList<Document>> DocumentCache::search(const QString &text, int limit)
{
    const QString query = ftsQuery(text);
    if (query.isEmpty())
        return QList<Document>();
    // Relevance is ranked among the most recent 500 matches (rowid order is the order the
    // documents arrived in): a word found in most of 100,000 documents costs the same as a rare
    // one, and an office's search is about recent documents first.
    static const QByteArray sql =
        QByteArray("SELECT ") + kColumns +
        " FROM (SELECT rowid, score FROM (SELECT rowid, bm25(documents_fts, 10.0, 4.0, 2.0, 1.0)"
        " AS score FROM documents_fts WHERE documents_fts MATCH ?1 ORDER BY rowid DESC"
        " LIMIT 500) ORDER BY score LIMIT ?2) f"
        " JOIN documents d ON d.rowid = f.rowid ORDER BY f.score, d.sort_key DESC";
    auto st = m_db.prepare(sql.constData());
    if (!st)
        return st.error();
    st.value()->bindAll(query, limit);
    return load(*st.value(), false);
}

Result<QString> DocumentCache::meta(const QString &key)
{
    auto st = m_db.prepare("SELECT value FROM meta WHERE key = ?");
    if (!st)
        return st.error();
    st.value()->bind(1, key);
    switch (st.value()->step()) {
    case Statement::Step::Row: {
        const QString value = st.value()->text(0);
        st.value()->reset();
        return value;
    }
    case Statement::Step::Done:
        return QString();
    case Statement::Step::Error:
        break;
    }
    return st.value()->lastError();
}

Status DocumentCache::setMeta(const QString &key, const QString &value)
{
    auto st = m_db.prepare(
        "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = "
        "excluded.value");
    if (!st)
        return st.error();
    return st.value()->bindAll(key, value).run();
}

} // namespace lt::store
