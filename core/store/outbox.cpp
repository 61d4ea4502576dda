#include "core/store/outbox.h"

#include "core/model/json.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace lt::store {

namespace {
constexpr const char *kColumns =
    "SELECT id, document_id, action, text, assignments, "
    "created_at, state, reason, file_sha256, file_only, to_person FROM outbox ";
} // namespace

Result<OutboxEntry> Outbox::enqueue(const QString &documentId, Action action, const QString &text,
                                    const QList<Assignment> &assignments,
                                    const QByteArray &fileSha256, bool fileOnly, const QString &to)
{
    OutboxEntry e;
    e.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    e.documentId = documentId;
    e.action = action;
    e.text = text;
    e.assignments = assignments;
    e.fileSha256 = fileSha256;
    e.fileOnly = fileOnly;
    e.to = to;
    e.createdAt = QDateTime::currentDateTimeUtc();
    QJsonArray a;
    for (const Assignment &x : assignments)
        a.append(json::toJson(x));
    auto st =
        m_db.prepare("INSERT INTO outbox(id, document_id, action, text, assignments, "
                     "created_at, file_sha256, file_only, to_person) VALUES (?,?,?,?,?,?,?,?,?)");
    if (!st)
        return st.error();
    if (auto s = st.value()
                     ->bindAll(e.id, documentId, actions::key(action), text,
                               QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact)),
                               e.createdAt.toString(Qt::ISODateWithMs), fileSha256, fileOnly, to)
                     .run();
        !s) {
        return s.error();
    }
    return e;
}

Result<QList<OutboxEntry>> Outbox::select(const char *sql, const QString &arg)
{
    auto st = m_db.prepare(sql);
    if (!st)
        return st.error();
    Statement &s = *st.value();
    if (!arg.isNull())
        s.bind(1, arg);
    QList<OutboxEntry> list;
    Statement::Step step;
    while ((step = s.step()) == Statement::Step::Row) {
        OutboxEntry e;
        e.id = s.text(0);
        e.documentId = s.text(1);
        e.action = actions::fromKey(s.text(2)).value_or(Action::Comment);
        e.text = s.text(3);
        for (const QJsonValue &v : QJsonDocument::fromJson(s.text(4).toUtf8()).array()) {
            if (auto a = json::assignmentFromJson(v.toObject()))
                e.assignments.append(a.value());
        }
        e.createdAt = QDateTime::fromString(s.text(5), Qt::ISODateWithMs);
        const QString state = s.text(6);
        e.state = state == u"applied"    ? OutboxEntry::State::Applied
                  : state == u"rejected" ? OutboxEntry::State::Rejected
                                         : OutboxEntry::State::Pending;
        e.reason = s.text(7);
        e.fileSha256 = s.blob(8);
        e.fileOnly = s.integer(9) != 0;
        e.to = s.text(10);
        list.append(e);
    }
    if (step == Statement::Step::Error)
        return s.lastError();
    return list;
}

Result<QList<OutboxEntry>> Outbox::pending()
{
    static const QByteArray sql =
        QByteArray(kColumns) + "WHERE state = 'pending' ORDER BY position";
    return select(sql.constData(), QString());
}

Result<QList<OutboxEntry>> Outbox::rejected()
{
    static const QByteArray sql =
        QByteArray(kColumns) + "WHERE state = 'rejected' ORDER BY position";
    return select(sql.constData(), QString());
}

Result<QList<OutboxEntry>> Outbox::forDocument(const QString &documentId)
{
    static const QByteArray sql = QByteArray(kColumns) + "WHERE document_id = ? ORDER BY position";
    return select(sql.constData(), documentId);
}

Status Outbox::markAnswered(const QString &id, bool applied, const QString &reason)
{
    auto st = m_db.prepare("UPDATE outbox SET state = ?, reason = ?, answered_at = ? WHERE id = ?");
    if (!st)
        return st.error();
    return st.value()
        ->bindAll(applied ? QStringLiteral("applied") : QStringLiteral("rejected"),
                  applied ? QString() : reason,
                  QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), id)
        .run();
}

Result<int> Outbox::countPending()
{
    auto n = m_db.queryInt("SELECT count(*) FROM outbox WHERE state = 'pending'");
    if (!n)
        return n.error();
    return int(n.value());
}

} // namespace lt::store
