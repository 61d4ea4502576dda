#include "core/sync/profile.h"

#include "core/store/schema.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace lt::sync {

using store::Statement;

namespace {
struct ProfileTr
{
    Q_DECLARE_TR_FUNCTIONS(lt::sync::Profile)
};
} // namespace

QString Profile::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/profile");
}

Result<std::unique_ptr<Profile>> Profile::open(const QString &directory)
{
    std::unique_ptr<Profile> p(new Profile);
    p->m_dir = QDir(directory).absolutePath();
    if (!QDir().mkpath(p->m_dir)) {
        return Error{ErrorCode::Io,
                     ProfileTr::tr("The profile folder \"%1\" cannot be created.").arg(p->m_dir)};
    }
    auto db = store::Database::open(p->m_dir + QStringLiteral("/cache.db"));
    if (!db)
        return db.error();
    p->m_db = std::move(db.value());
    if (auto s = p->m_db->migrate(store::clientMigrations()); !s)
        return s.error();
    p->m_cache = std::make_unique<store::DocumentCache>(*p->m_db);
    p->m_outbox = std::make_unique<Outbox>(*p->m_db);
    p->m_local = std::make_unique<store::LocalState>(*p->m_db);

    p->reloadSettings();
    p->m_blobs = std::make_unique<BlobStore>(p->offlineDirectory(), *p->m_db);
    return p;
}

void Profile::reloadSettings()
{
    m_settings = Settings{};
    QFile f(m_dir + QStringLiteral("/profile.json"));
    if (f.open(QIODevice::ReadOnly)) {
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        m_settings.server = QUrl(o.value(QStringLiteral("server")).toString());
        m_settings.login = o.value(QStringLiteral("login")).toString();
        m_settings.personId = o.value(QStringLiteral("personId")).toString();
        m_settings.fullName = o.value(QStringLiteral("fullName")).toString();
        m_settings.organisationId = o.value(QStringLiteral("organisation")).toString();
        m_settings.caFile = o.value(QStringLiteral("caFile")).toString();
        m_settings.offlineDirectory = o.value(QStringLiteral("offlineDirectory")).toString();
        m_settings.offlineLimit =
            o.value(QStringLiteral("offlineLimitBytes")).toVariant().toLongLong();
        for (const QJsonValue &v : o.value(QStringLiteral("pkcs11Modules")).toArray())
            m_settings.pkcs11Modules << v.toString();
        for (const QJsonValue &v : o.value(QStringLiteral("caCertificates")).toArray())
            m_settings.caCertificates << v.toString();
        m_settings.signerTitle = o.value(QStringLiteral("signerTitle")).toString();
        m_settings.signatureLevel = o.value(QStringLiteral("signatureLevel")).toString();
        m_settings.timestampUrl = o.value(QStringLiteral("timestampUrl")).toString();
        m_settings.ocspUrl = o.value(QStringLiteral("ocspUrl")).toString();
        m_settings.signerEmail = o.value(QStringLiteral("signerEmail")).toString();
        m_settings.signatureImage = o.value(QStringLiteral("signatureImage")).toString();
        if (o.value(QStringLiteral("phrases")).isArray()) {
            QStringList phrases;
            for (const QJsonValue &v : o.value(QStringLiteral("phrases")).toArray())
                phrases << v.toString();
            m_settings.phrases = phrases;
        }
        for (const QJsonValue &v : o.value(QStringLiteral("roles")).toArray()) {
            if (const auto r = enums::roleFromKey(v.toString()))
                m_settings.roles << *r;
        }
    }
    if (m_blobs && m_blobs->directory() != offlineDirectory())
        m_blobs = std::make_unique<BlobStore>(offlineDirectory(), *m_db);
}

QString Profile::offlineDirectory() const
{
    return m_settings.offlineDirectory.isEmpty() ? m_dir + QStringLiteral("/blobs")
                                                 : m_settings.offlineDirectory;
}

Status Profile::setOfflineDirectory(const QString &directory)
{
    const QString from = offlineDirectory();
    const QString to =
        directory.isEmpty() ? m_dir + QStringLiteral("/blobs") : QDir(directory).absolutePath();
    if (QDir(from).absolutePath() == QDir(to).absolutePath())
        return {};
    if (!QDir().mkpath(to) || !QFileInfo(to).isWritable()) {
        return Error{ErrorCode::Io,
                     ProfileTr::tr("The folder \"%1\" cannot be written to.").arg(to)};
    }
    // Copy every committed file (DIR/ab/abcd…), then switch, then delete the old copies.
    QDir source(from);
    const QStringList buckets = source.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &bucket : buckets) {
        if (bucket == QStringLiteral("partial"))
            continue;
        QDir().mkpath(to + u'/' + bucket);
        for (const QString &name : QDir(source.filePath(bucket)).entryList(QDir::Files)) {
            const QString target = to + u'/' + bucket + u'/' + name;
            if (QFileInfo::exists(target))
                continue;
            const QString temp = target + QStringLiteral(".moving");
            QFile::remove(temp);
            if (!QFile::copy(source.filePath(bucket + u'/' + name), temp) ||
                !QFile::rename(temp, target)) {
                QFile::remove(temp);
                return Error{
                    ErrorCode::Io,
                    ProfileTr::tr("The files kept offline cannot be copied to \"%1\".").arg(to)};
            }
        }
    }
    Settings s = m_settings;
    s.offlineDirectory = directory.isEmpty() ? QString() : to;
    if (auto saved = saveSettings(s); !saved)
        return saved;
    m_blobs = std::make_unique<BlobStore>(to, *m_db);
    for (const QString &bucket : buckets) {
        if (bucket != QStringLiteral("partial"))
            QDir(source.filePath(bucket)).removeRecursively();
    }
    return {};
}

Status Profile::saveSettings(const Settings &s)
{
    QJsonArray roles;
    for (Role r : s.roles)
        roles.append(enums::key(r));
    const QJsonObject o{
        {QStringLiteral("server"), s.server.toString()},
        {QStringLiteral("login"), s.login},
        {QStringLiteral("personId"), s.personId},
        {QStringLiteral("fullName"), s.fullName},
        {QStringLiteral("organisation"), s.organisationId},
        {QStringLiteral("roles"), roles},
        {QStringLiteral("caFile"), s.caFile},
        {QStringLiteral("offlineDirectory"), s.offlineDirectory},
        {QStringLiteral("offlineLimitBytes"), s.offlineLimit},
        {QStringLiteral("pkcs11Modules"), QJsonArray::fromStringList(s.pkcs11Modules)},
        {QStringLiteral("caCertificates"), QJsonArray::fromStringList(s.caCertificates)},
        {QStringLiteral("signerTitle"), s.signerTitle},
        {QStringLiteral("signatureLevel"), s.signatureLevel},
        {QStringLiteral("timestampUrl"), s.timestampUrl},
        {QStringLiteral("ocspUrl"), s.ocspUrl},
        {QStringLiteral("signerEmail"), s.signerEmail},
        {QStringLiteral("signatureImage"), s.signatureImage}};
    QJsonObject saved = o;
    if (s.phrases)
        saved.insert(QStringLiteral("phrases"), QJsonArray::fromStringList(*s.phrases));
    QSaveFile f(m_dir + QStringLiteral("/profile.json"));
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(saved).toJson()) < 0 || !f.commit())
        return Error{ErrorCode::Io, ProfileTr::tr("The profile settings cannot be saved.")};
    m_settings = s;
    return {};
}

QStringList Profile::defaultPhrases()
{
    return {ProfileTr::tr("Agreed."),
            ProfileTr::tr("Lead, with the units concerned: study, advise and report."),
            ProfileTr::tr("Study and propose."),
            ProfileTr::tr("Do it urgently and report before the deadline."),
            ProfileTr::tr("For information and follow-up."),
            ProfileTr::tr("Please revise the draft as commented."),
            ProfileTr::tr("File it.")};
}

QStringList Profile::phrases() const
{
    return m_settings.phrases ? *m_settings.phrases : defaultPhrases();
}

QString Profile::secretKey() const
{
    return QStringLiteral("refresh-token:%1:%2")
        .arg(m_settings.server.toString(), m_settings.login);
}

Result<OutboxEntry> Profile::queueSignedVersion(const QString &documentId,
                                                const QByteArray &signedPdf,
                                                std::optional<Action> action, const QString &text)
{
    auto loaded = m_cache->get(documentId);
    if (!loaded)
        return loaded.error();
    if (!loaded.value())
        return Error{ErrorCode::NotFound, ProfileTr::tr("The document is not on this computer.")};
    Document doc = *loaded.value();
    auto main = std::find_if(doc.attachments.begin(), doc.attachments.end(),
                             [](const Attachment &a) { return a.isMain; });
    if (main == doc.attachments.end())
        return Error{ErrorCode::NotFound, ProfileTr::tr("The document has no main file.")};
    QFile current(m_blobs->path(main->sha256));
    if (!current.open(QIODevice::ReadOnly)) {
        return Error{ErrorCode::NotFound,
                     ProfileTr::tr("The document's file is not on this computer: keep it "
                                   "offline first.")};
    }
    const QByteArray before = current.readAll();
    if (signedPdf.size() <= before.size() || !signedPdf.startsWith(before)) {
        return Error{ErrorCode::Conflict,
                     ProfileTr::tr("The signed file is not an incremental update of the "
                                   "document's current file.")};
    }
    const QByteArray sha = QCryptographicHash::hash(signedPdf, QCryptographicHash::Sha256);
    if (auto s = m_blobs->put(sha, signedPdf); !s)
        return s.error();
    Attachment next = *main;
    next.previousSha256 = main->sha256;
    next.sha256 = sha;
    next.size = signedPdf.size();
    next.version = main->version + 1;
    *main = next;
    store::Transaction tx(*m_db);
    if (!tx.isActive())
        return tx.beginStatus().error();
    if (auto s = m_cache->upsert(doc); !s)
        return s.error();
    auto queued = m_outbox->enqueue(documentId, action.value_or(Action::Comment), text, {}, sha,
                                    !action.has_value());
    if (!queued)
        return queued.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return queued;
}

Status Profile::queueExtension(const QString &documentId, const QByteArray &sha256,
                               const QString &level)
{
    return m_local->queueExtension(documentId, sha256, level);
}

Result<QList<Profile::Extension>> Profile::pendingExtensions()
{
    return m_local->pendingExtensions();
}

Status Profile::dropExtension(const QString &documentId)
{
    return m_local->dropExtension(documentId);
}

Status Profile::pinDocument(const QString &id, bool pinned)
{
    return m_local->pinDocument(id, pinned);
}

Status Profile::pinBox(Box box, bool pinned)
{
    return m_local->pinBox(box, pinned);
}

Result<bool> Profile::isPinned(const QString &id)
{
    return m_local->isPinned(id);
}

Result<QList<std::pair<QString, Attachment>>> Profile::missingPinnedAttachments()
{
    return m_local->missingPinnedAttachments();
}

bool Profile::isBoxPinned(Box box)
{
    return m_local->isBoxPinned(box);
}

QJsonArray Profile::organisations()
{
    return directory(QStringLiteral("organisations"));
}

QJsonArray Profile::people()
{
    return directory(QStringLiteral("people"));
}

QString Profile::agencyName()
{
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue &v : organisations())
        byId.insert(v[QStringLiteral("id")].toString(), v.toObject());
    QString id = m_settings.organisationId;
    for (int depth = 0; depth < 32 && byId.contains(id); ++depth) {
        const QJsonObject o = byId.value(id);
        const QString parent = o.value(QStringLiteral("parent")).toString();
        if (o.value(QStringLiteral("level")).toString() != u"unit" || parent.isEmpty())
            return o.value(QStringLiteral("name")).toString();
        id = parent;
    }
    return {};
}

QJsonArray Profile::directory(const QString &key)
{
    return QJsonDocument::fromJson(m_cache->meta(key).valueOr(QString()).toUtf8()).array();
}

} // namespace lt::sync
