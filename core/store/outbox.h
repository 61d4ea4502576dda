#pragma once

#include "core/model/decision.h"
#include "core/result.h"
#include "core/store/database.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace lt::store {

// A user's action waiting for the server. Written to disk before anything is sent, with a
// client-made id the server uses to answer a repeated delivery with its first answer: every
// action reaches the server exactly once, across crashes and restarts.
struct OutboxEntry
{
    enum class State { Pending, Applied, Rejected };

    QString id;
    QString documentId;
    Action action = Action::Comment;
    QString text;
    QList<Assignment> assignments;
    QDateTime createdAt;
    State state = State::Pending;
    QString reason; // the server's words when rejected; the user's text is kept for a redo
    // A signed version of the main file (its SHA-256, the bytes in the blob store) that goes
    // up before the action (PUT /documents/{id}/file, an incremental update of the current).
    QByteArray fileSha256;
    // Only the file goes up (a signature extended with a timestamp): no action follows.
    bool fileOnly = false;
    QString to; // the person it is put before (submit, submit for review): id or login
};

class Outbox
{
public:
    explicit Outbox(Database &db)
        : m_db(db)
    {
    }

    Result<OutboxEntry> enqueue(const QString &documentId, Action action, const QString &text,
                                const QList<Assignment> &assignments = {},
                                const QByteArray &fileSha256 = {}, bool fileOnly = false,
                                const QString &to = {});
    Result<QList<OutboxEntry>> pending();
    Result<QList<OutboxEntry>> forDocument(const QString &documentId);
    Result<QList<OutboxEntry>> rejected();
    Status markAnswered(const QString &id, bool applied, const QString &reason);
    Result<int> countPending();

private:
    Result<QList<OutboxEntry>> select(const char *sql, const QString &arg);
    Database &m_db;
};

} // namespace lt::store
