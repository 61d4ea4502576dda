#pragma once

#include "core/model/document.h"
#include "core/result.h"
#include "core/store/database.h"
#include "core/store/documentcache.h"
#include "core/store/localstate.h"
#include "core/store/outbox.h"
#include "core/sync/blobstore.h"

#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

#include <memory>

namespace lt::sync {

using store::Outbox;
using store::OutboxEntry;

// One user's working set on this computer: the cache database, the outbox, the attachments
// and the (non-secret) settings. `lienthong --profile DIR` and `lienthong-cli --profile DIR`
// open the same one.
class Profile
{
public:
    struct Settings
    {
        QUrl server;
        QString login;
        QString personId;
        QString fullName;
        QString organisationId;
        QList<Role> roles;
        QString caFile; // extra trust anchor for the server's certificate (PEM), if any
        // Where the files kept offline are (empty: "blobs" in the profile folder) and how
        // much they may take (0: no limit). Sync stops downloading at the limit.
        QString offlineDirectory;
        qint64 offlineLimit = 0; // bytes
        // PKCS#11 drivers to use for signing, besides those discovered.
        QStringList pkcs11Modules;
        // CA certificates (PEM files): the trust anchors a signing certificate is checked
        // against, and the intermediates embedded with each signature.
        QStringList caCertificates;
        // Signature level asked for in the app ("B-B", "B-T", "B-LT"), and where timestamps
        // and revocation answers come from (the OCSP responder: else the certificate's).
        QString signatureLevel;
        QString timestampUrl;
        QString ocspUrl;
        // Remembered for the next signature's stamp.
        QString signerTitle;
        QString signerEmail;
        QString signatureImage; // PNG: the handwritten signature or the seal
        // The ready-made phrases offered with directions and comments, as the user set them;
        // none set: the built-in ones (defaultPhrases()).
        std::optional<QStringList> phrases;
    };
    // The phrases to offer: the user's, else the built-in ones, in the UI language.
    QStringList phrases() const;
    static QStringList defaultPhrases();

    // The platform's application-data location.
    static QString defaultDirectory();
    static Result<std::unique_ptr<Profile>> open(const QString &directory);

    QString directory() const { return m_dir; }
    store::Database &db() { return *m_db; }
    store::DocumentCache &cache() { return *m_cache; }
    Outbox &outbox() { return *m_outbox; }
    BlobStore &blobs() { return *m_blobs; }

    const Settings &settings() const { return m_settings; }
    Status saveSettings(const Settings &settings);
    // Reads the settings again (another connection to the profile may have saved them).
    void reloadSettings();
    bool isSignedIn() const { return !m_settings.server.isEmpty() && !m_settings.login.isEmpty(); }
    // The key of the refresh token in the keychain.
    QString secretKey() const;

    // Moves the files kept offline to `directory` (empty: back into the profile folder) and
    // remembers it. Nothing is lost when the move fails half-way: files are copied first.
    Status setOfflineDirectory(const QString &directory);
    QString offlineDirectory() const;

    // A signed version of a document's main file, made on this computer: kept in the blob
    // store, shown at once as the document's file, and queued with `action` (Sign, Issue…)
    // so that the next sync sends the file and then the action. Refused unless `signedPdf`
    // is an incremental update of the current main file (it starts with its bytes).
    // Without `action` only the file goes up (a signature extended later).
    Result<OutboxEntry> queueSignedVersion(const QString &documentId, const QByteArray &signedPdf,
                                           std::optional<Action> action, const QString &text = {});

    // Signatures made offline below the level asked for: extended when the network is back.
    using Extension = store::LocalState::Extension;
    Status queueExtension(const QString &documentId, const QByteArray &sha256,
                          const QString &level);
    Result<QList<Extension>> pendingExtensions();
    Status dropExtension(const QString &documentId);

    // "Keep offline": pinned documents and boxes have their attachments downloaded by sync.
    Status pinDocument(const QString &id, bool pinned);
    Status pinBox(Box box, bool pinned);
    Result<bool> isPinned(const QString &id);
    bool isBoxPinned(Box box);
    // The organisations directory as the server last sent it (id, code, name, shortName…).
    QJsonArray organisations();
    // The people of the agency as the server last sent them (id, login, fullName, title,
    // organisation, roles): whom a submission may be put before.
    QJsonArray people();
    // The name of the agency the user works in (their unit's nearest ancestor that is not a
    // unit: "Ủy ban nhân dân tỉnh …"), from the directory; empty before the first sync.
    QString agencyName();
    // The attachments that should be local and are not.
    Result<QList<std::pair<QString, Attachment>>> missingPinnedAttachments();

private:
    QJsonArray directory(const QString &key);
    Profile() = default;
    QString m_dir;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<store::DocumentCache> m_cache;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<store::LocalState> m_local;
    std::unique_ptr<BlobStore> m_blobs;
    Settings m_settings;
};

} // namespace lt::sync
