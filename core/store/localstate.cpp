#include "core/store/localstate.h"

#include <QDateTime>

namespace lt::store {

Status LocalState::queueExtension(const QString &documentId, const QByteArray &sha256,
                                  const QString &level)
{
    auto st = m_db.prepare("INSERT INTO extensions(document_id, sha256, level, queued_at) "
                           "VALUES (?,?,?,?) ON CONFLICT(document_id) DO UPDATE SET "
                           "sha256 = excluded.sha256, level = excluded.level");
    if (!st)
        return st.error();
    return st.value()
        ->bindAll(documentId, sha256, level,
                  QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
        .run();
}

Result<QList<LocalState::Extension>> LocalState::pendingExtensions()
{
    auto st = m_db.prepare("SELECT document_id, sha256, level FROM extensions ORDER BY queued_at");
    if (!st)
        return st.error();
    QList<Extension> list;
    Statement::Step step;
    while ((step = st.value()->step()) == Statement::Step::Row)
        list << Extension{st.value()->text(0), st.value()->blob(1), st.value()->text(2)};
    if (step == Statement::Step::Error)
        return st.value()->lastError();
    return list;
}

Status LocalState::dropExtension(const QString &documentId)
{
    auto st = m_db.prepare("DELETE FROM extensions WHERE document_id = ?");
    if (!st)
        return st.error();
    return st.value()->bind(1, documentId).run();
}

Status LocalState::pinDocument(const QString &id, bool pinned)
{
    auto st = m_db.prepare(pinned ? "INSERT INTO pins(kind, target) VALUES ('document', ?) "
                                    "ON CONFLICT DO NOTHING"
                                  : "DELETE FROM pins WHERE kind = 'document' AND target = ?");
    if (!st)
        return st.error();
    return st.value()->bind(1, id).run();
}

Status LocalState::pinBox(Box box, bool pinned)
{
    auto st = m_db.prepare(pinned ? "INSERT INTO pins(kind, target) VALUES ('box', ?) "
                                    "ON CONFLICT DO NOTHING"
                                  : "DELETE FROM pins WHERE kind = 'box' AND target = ?");
    if (!st)
        return st.error();
    return st.value()->bind(1, QString::number(quint32(box))).run();
}

Result<bool> LocalState::isPinned(const QString &id)
{
    auto st = m_db.prepare(
        "SELECT 1 FROM pins WHERE kind = 'document' AND target = ?1 UNION ALL "
        "SELECT 1 FROM pins p JOIN document_boxes b ON p.kind = 'box' JOIN documents d ON "
        "d.rowid = b.doc AND d.id = ?1 WHERE b.box = CAST(p.target AS INTEGER) LIMIT 1");
    if (!st)
        return st.error();
    st.value()->bind(1, id);
    const bool pinned = st.value()->step() == Statement::Step::Row;
    st.value()->reset();
    return pinned;
}

Result<QList<std::pair<QString, Attachment>>> LocalState::missingPinnedAttachments()
{
    auto st = m_db.prepare(
        "SELECT DISTINCT d.id, a.sha256, a.size, a.file_name FROM attachments a "
        "JOIN documents d ON d.rowid = a.doc "
        "WHERE (d.id IN (SELECT target FROM pins WHERE kind = 'document') "
        "   OR d.rowid IN (SELECT b.doc FROM document_boxes b JOIN pins p ON p.kind = 'box' AND "
        "      b.box = CAST(p.target AS INTEGER))) "
        "  AND a.sha256 NOT IN (SELECT sha256 FROM blobs)");
    if (!st)
        return st.error();
    QList<std::pair<QString, Attachment>> list;
    Statement::Step step;
    while ((step = st.value()->step()) == Statement::Step::Row) {
        Attachment a;
        a.sha256 = st.value()->blob(1);
        a.size = st.value()->int64(2);
        a.fileName = st.value()->text(3);
        list.append({st.value()->text(0), a});
    }
    if (step == Statement::Step::Error)
        return st.value()->lastError();
    return list;
}

bool LocalState::isBoxPinned(Box box)
{
    return m_db.queryInt("SELECT count(*) FROM pins WHERE kind = 'box' AND target = ?",
                         QString::number(quint32(box)))
               .valueOr(0) > 0;
}

Status LocalState::recordBlob(const QByteArray &sha256, qint64 size)
{
    auto st = m_db.prepare("INSERT INTO blobs(sha256, size, fetched_at) VALUES (?,?,?) "
                           "ON CONFLICT(sha256) DO NOTHING");
    if (!st)
        return st.error();
    return st.value()
        ->bindAll(sha256, size, QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
        .run();
}

qint64 LocalState::bytesUsed()
{
    return m_db.queryInt("SELECT coalesce(sum(size), 0) FROM blobs").valueOr(0);
}

} // namespace lt::store
