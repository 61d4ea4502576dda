#pragma once

#include "core/result.h"
#include "core/store/database.h"
#include "core/store/localstate.h"

#include <QByteArray>
#include <QString>

namespace lt::sync {

// Attachments on disk, named by their SHA-256 (DIR/ab/abcdef…). A download goes to
// DIR/partial/<sha>.part, resumable; commit() checks the hash and moves it into place
// atomically, so a file under its name is always complete and correct.
class BlobStore
{
public:
    BlobStore(QString directory, store::Database &db);

    QString directory() const { return m_dir; }
    QString path(const QByteArray &sha256) const;
    // Where a download of `sha256` is written until it is complete. `writer` tells apart two
    // downloads of the same file at once (the sync's, and one for viewing now): each has its
    // own partial file, never one file written by both.
    QString partialPath(const QByteArray &sha256, const QString &writer = {}) const;
    bool has(const QByteArray &sha256) const;

    // Verifies the partial file against `sha256`; a mismatch deletes it (it will be fetched
    // again) and answers ErrorCode::Conflict.
    Status commit(const QByteArray &sha256, const QString &writer = {});
    // Stores bytes the client made itself (a signed version).
    Status put(const QByteArray &sha256, const QByteArray &content);

    qint64 bytesUsed();

private:
    QString m_dir;
    store::LocalState m_index; // the files recorded in the database
};

} // namespace lt::sync
