#include "core/sync/blobstore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSaveFile>

namespace lt::sync {

Q_LOGGING_CATEGORY(lcBlobs, "lt.core.sync.blobs")

namespace {
struct BlobTr
{
    Q_DECLARE_TR_FUNCTIONS(lt::sync::BlobStore)
};
} // namespace

BlobStore::BlobStore(QString directory, store::Database &db)
    : m_dir(std::move(directory))
    , m_index(db)
{
    QDir().mkpath(m_dir + QStringLiteral("/partial"));
}

QString BlobStore::path(const QByteArray &sha256) const
{
    const QString hex = QString::fromLatin1(sha256.toHex());
    return m_dir + u'/' + hex.left(2) + u'/' + hex;
}

QString BlobStore::partialPath(const QByteArray &sha256, const QString &writer) const
{
    return m_dir + QStringLiteral("/partial/") + QString::fromLatin1(sha256.toHex()) +
           (writer.isEmpty() ? QString() : u'.' + writer) + QStringLiteral(".part");
}

bool BlobStore::has(const QByteArray &sha256) const
{
    return QFileInfo::exists(path(sha256));
}

Status BlobStore::commit(const QByteArray &sha256, const QString &writer)
{
    const QString partial = partialPath(sha256, writer);
    QFile f(partial);
    if (!f.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, BlobTr::tr("The downloaded file is missing.")};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&f))
        return Error{ErrorCode::Io, BlobTr::tr("The downloaded file cannot be read.")};
    const qint64 size = f.size();
    f.close();
    if (hash.result() != sha256) {
        qCWarning(lcBlobs) << "checksum mismatch for" << sha256.toHex() << "- discarded";
        QFile::remove(partial);
        return Error{ErrorCode::Conflict,
                     BlobTr::tr("A downloaded file did not match its checksum and was "
                                "discarded; it will be downloaded again.")};
    }
    const QString target = path(sha256);
    QDir().mkpath(QFileInfo(target).path());
    if (QFileInfo::exists(target)) {
        // Stored meanwhile by the other writer: the same bytes (the checksum says so).
        QFile::remove(partial);
        return m_index.recordBlob(sha256, size);
    }
    if (!QFile::rename(partial, target))
        return Error{ErrorCode::Io, BlobTr::tr("Cannot store the file \"%1\".").arg(target)};
    return m_index.recordBlob(sha256, size);
}

Status BlobStore::put(const QByteArray &sha256, const QByteArray &content)
{
    QSaveFile f(partialPath(sha256));
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size() || !f.commit())
        return Error{ErrorCode::Io, BlobTr::tr("Cannot write the file.")};
    return commit(sha256);
}

qint64 BlobStore::bytesUsed()
{
    return m_index.bytesUsed();
}

} // namespace lt::sync
