#pragma once

#include "core/model/document.h"
#include "core/result.h"
#include "core/store/database.h"

#include <QList>
#include <QString>

#include <utility>

namespace lt::store {

// What this computer decided to keep: documents and boxes kept offline ("pins") and the
// signatures made offline that wait for their validation data (the signing queue).
class LocalState
{
public:
    explicit LocalState(Database &db)
        : m_db(db)
    {
    }

    Status pinDocument(const QString &id, bool pinned);
    Status pinBox(Box box, bool pinned);
    // Pinned itself, or listed in a pinned box.
    Result<bool> isPinned(const QString &id);
    bool isBoxPinned(Box box);
    // The attachments of pinned documents that are not in the blob index yet.
    Result<QList<std::pair<QString, Attachment>>> missingPinnedAttachments();

    struct Extension
    {
        QString documentId;
        QByteArray sha256; // the version that was signed
        QString level;
    };
    Status queueExtension(const QString &documentId, const QByteArray &sha256,
                          const QString &level);
    Result<QList<Extension>> pendingExtensions(); // oldest first
    Status dropExtension(const QString &documentId);

    // The files on this computer, as the blob store records them.
    Status recordBlob(const QByteArray &sha256, qint64 size);
    qint64 bytesUsed();

private:
    Database &m_db;
};

} // namespace lt::store
