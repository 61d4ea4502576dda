#include "core/desk/commands.h"

#include <QRandomGenerator>

#include "core/model/json.h"
#include "core/net/apiclient.h"
#include "core/pdf/displaycopy.h"
#include "core/sync/client.h"
#include "core/sync/profile.h"
#include "core/verify/signatures.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QThreadPool>

namespace lt::desk {

namespace {

struct DeskTr
{
    Q_DECLARE_TR_FUNCTIONS(lt::desk)
};

Result<Document> cachedDocument(sync::Profile &profile, const QString &id)
{
    auto doc = profile.cache().get(id);
    if (!doc)
        return doc.error();
    if (!doc.value())
        return Error{ErrorCode::NotFound,
                     DeskTr::tr("No document \"%1\" on this computer.").arg(id)};
    return *doc.value();
}

int mainAttachment(const Document &d)
{
    for (qsizetype i = 0; i < d.attachments.size(); ++i) {
        if (d.attachments.at(i).isMain)
            return int(i);
    }
    return d.attachments.isEmpty() ? -1 : 0;
}

QString organisationName(sync::Profile &profile, const QString &id)
{
    for (const QJsonValue &u : profile.organisations()) {
        if (u.toObject().value(QStringLiteral("id")).toString() == id)
            return u.toObject().value(QStringLiteral("name")).toString();
    }
    return {};
}

QString signingFolder(sync::Profile &profile)
{
    const QString dir = profile.directory() + QStringLiteral("/signing");
    QDir().mkpath(dir);
    return dir;
}

} // namespace

QList<workflow::Request> waitingRequests(const QList<store::OutboxEntry> &entries)
{
    QList<workflow::Request> waiting;
    for (const store::OutboxEntry &e : entries) {
        if (e.state == store::OutboxEntry::State::Pending && !e.fileOnly)
            waiting << workflow::Request{e.action, e.text, e.assignments};
    }
    return waiting;
}

// --- SyncCommand -----------------------------------------------------------------------------

SyncCommand::SyncCommand(sync::Client &client, QObject *parent)
    : Command(parent)
    , m_client(client)
{
}

void SyncCommand::run()
{
    if (!m_client.profile().isSignedIn()) {
        finish(Error{ErrorCode::Unauthorized, DeskTr::tr("Not signed in.")});
        return;
    }
    if (m_client.isSyncing()) {
        // One runs already (the timer's, another command's): this one follows it, so that
        // what was asked before it started (a pin, an action) is surely sent.
        QPointer<SyncCommand> self(this);
        auto once = std::make_shared<QMetaObject::Connection>();
        *once = connect(&m_client, &sync::Client::synced, this, [self, once] {
            QObject::disconnect(*once);
            if (self && !self->isFinished())
                QMetaObject::invokeMethod(self, &SyncCommand::run, Qt::QueuedConnection);
        });
        return;
    }
    if (m_client.hasSession()) {
        syncOnce();
        return;
    }
    QPointer<SyncCommand> self(this);
    m_client.resume([self](Status s) {
        if (!self || self->isFinished())
            return;
        if (!s) {
            self->finish(s);
            return;
        }
        self->syncOnce();
    });
}

void SyncCommand::onCancel()
{
    m_client.cancelSync();
}

void SyncCommand::syncOnce()
{
    QPointer<SyncCommand> self(this);
    m_client.sync([self](Result<sync::SyncReport> r) {
        if (!self || self->isFinished())
            return;
        self->m_synced = true;
        if (!r) {
            self->finish(r.error());
            return;
        }
        self->m_report = r.value();
        self->finish({});
    });
}

// --- QueueActionCommand ----------------------------------------------------------------------

QueueActionCommand::QueueActionCommand(sync::Profile &profile, QString documentId,
                                       workflow::Request request, QObject *parent)
    : Command(parent)
    , m_profile(profile)
    , m_documentId(std::move(documentId))
    , m_request(std::move(request))
{
}

void QueueActionCommand::run()
{
    const auto &roles = m_profile.settings().roles;
    if (!m_profile.isSignedIn() || roles.isEmpty()) {
        finish(Error{ErrorCode::Unauthorized, DeskTr::tr("Not signed in.")});
        return;
    }
    auto doc = cachedDocument(m_profile, m_documentId);
    if (!doc) {
        finish(doc.error());
        return;
    }
    // Judged on the document as the actions already waiting will leave it (the overlay the
    // panel shows); the server judges again, against the document as it is when it arrives.
    const workflow::Actor actor{roles, doc->relations, m_profile.settings().organisationId};
    const auto waiting = waitingRequests(m_profile.outbox().forDocument(m_documentId).valueOr({}));
    Document expected = doc.value();
    expected.state = workflow::expectedState(doc.value(), actor, waiting);
    auto decided = workflow::decide(expected, actor, m_request);
    if (!decided) {
        finish(decided.error());
        return;
    }
    auto queued = m_signedPdf.isEmpty()
                      ? m_profile.outbox().enqueue(m_documentId, m_request.action, m_request.text,
                                                   m_request.assignments, {}, false, m_request.to)
                      : m_profile.queueSignedVersion(m_documentId, m_signedPdf, m_request.action,
                                                     m_request.text);
    if (!queued) {
        finish(queued.error());
        return;
    }
    m_entry = queued.value();
    finish({});
}

// --- FetchFileCommand ------------------------------------------------------------------------

FetchFileCommand::FetchFileCommand(sync::Client &client, QString documentId, int index,
                                   QObject *parent, Keep keep)
    : Command(parent)
    , m_client(client)
    , m_documentId(std::move(documentId))
    , m_index(index)
    , m_keep(keep)
{
}

void FetchFileCommand::run()
{
    auto &profile = m_client.profile();
    auto doc = cachedDocument(profile, m_documentId);
    if (!doc) {
        finish(doc.error());
        return;
    }
    if (m_index < 0 || m_index >= doc->attachments.size()) {
        finish(Error{ErrorCode::NotFound, DeskTr::tr("The document has no such file.")});
        return;
    }
    m_attachment = doc->attachments.at(m_index);
    if (profile.blobs().has(m_attachment.sha256)) {
        m_path = profile.blobs().path(m_attachment.sha256);
        finish({});
        return;
    }
    if (m_keep == Keep::ForViewing) {
        download();
        return;
    }
    // Not on this computer yet: keep it offline, and go on when a sync has brought it.
    if (auto s = profile.pinDocument(m_documentId, true); !s) {
        finish(s);
        return;
    }
    // A sync already running may have listed the files before the pin: the sync command
    // follows it with one more.
    syncAndCheck();
}

void FetchFileCommand::onCancel()
{
    m_cancelled = true;
    if (m_sync)
        m_sync->cancel(); // the file stays kept offline: a later sync brings it
}

// The one file, straight from the server (GET /api/v1/blobs/{sha256}, resumable), checked
// against its checksum by the file store.
void FetchFileCommand::download()
{
    auto &profile = m_client.profile();
    net::ApiClient *api = m_client.api();
    if (!profile.isSignedIn() || !api) {
        finish(Error{ErrorCode::Offline,
                     DeskTr::tr("The file is not on this computer, and you are not signed in: "
                                "\"Keep offline\" downloads it once you are.")});
        return;
    }
    QPointer<FetchFileCommand> self(this);
    const QByteArray sha = m_attachment.sha256;
    // A partial file of this download's own: another download of the same file at the same
    // time (the sync's, another row sharing it) never writes into it.
    const QString writer =
        QStringLiteral("view-%1").arg(QRandomGenerator::global()->generate64(), 0, 36);
    const QString partial = profile.blobs().partialPath(sha, writer);
    api->download(
        QString::fromLatin1(sha.toHex()), profile.blobs().partialPath(sha, writer),
        [self, sha, writer, partial](Status s) {
            if (!self || self->m_cancelled) {
                QFile::remove(partial); // nobody waits for it any more
                return;
            }
            auto &p = self->m_client.profile();
            if (!s) {
                QFile::remove(partial); // a view is not resumed: its partial file goes
                if (s.error().code == ErrorCode::Offline || s.error().code == ErrorCode::Timeout) {
                    self->finish(
                        Error{s.error().code,
                              DeskTr::tr("The file is not on this computer and the server "
                                         "cannot be reached: \"Keep offline\" downloads it "
                                         "when the network is back.")});
                    return;
                }
                self->finish(s);
                return;
            }
            if (auto c = p.blobs().commit(sha, writer); !c) {
                self->finish(c);
                return;
            }
            self->m_path = p.blobs().path(sha);
            self->finish({});
        });
}

void FetchFileCommand::syncAndCheck()
{
    m_sync = new SyncCommand(m_client, this);
    connect(m_sync, &Command::finished, this, [this] { check(m_sync->result()); });
    m_sync->start();
}

void FetchFileCommand::check(const Status &synced)
{
    auto &profile = m_client.profile();
    if (profile.blobs().has(m_attachment.sha256)) {
        m_path = profile.blobs().path(m_attachment.sha256);
        finish({});
        return;
    }
    if (!synced) {
        finish(synced);
        return;
    }
    finish(Error{ErrorCode::Unavailable, DeskTr::tr("The file could not be downloaded.")});
}

// --- SaveFileCommand -------------------------------------------------------------------------

SaveFileCommand::SaveFileCommand(sync::Client &client, QString documentId, int index,
                                 QString target, QObject *parent)
    : Command(parent)
    , m_client(client)
    , m_documentId(std::move(documentId))
    , m_index(index)
    , m_target(std::move(target))
{
}

void SaveFileCommand::run()
{
    m_fetch = new FetchFileCommand(m_client, m_documentId, m_index, this,
                                   FetchFileCommand::Keep::ForViewing); // saved, not kept offline
    const auto copy = [this] {
        if (isFinished())
            return;
        if (!m_fetch->result()) {
            finish(m_fetch->result());
            return;
        }
        finish(copyOriginal(m_client.profile(), m_documentId, m_index, m_target));
    };
    connect(m_fetch, &Command::finished, this, copy);
    m_fetch->start();
    if (m_fetch->isFinished())
        copy();
}

void SaveFileCommand::onCancel()
{
    if (m_fetch)
        m_fetch->cancel();
}

Status SaveFileCommand::copyOriginal(sync::Profile &profile, const QString &documentId, int index,
                                     const QString &target)
{
    auto doc = cachedDocument(profile, documentId);
    if (!doc)
        return doc.error();
    if (index < 0 || index >= doc->attachments.size())
        return Error{ErrorCode::NotFound, DeskTr::tr("The document has no such file.")};
    const QByteArray sha = doc->attachments.at(index).sha256;
    if (!profile.blobs().has(sha))
        return Error{ErrorCode::NotFound, DeskTr::tr("The file is not on this computer yet.")};
    // The original bytes (signatures intact), written whole or not at all.
    QFile in(profile.blobs().path(sha));
    QSaveFile out(target);
    const Error cannot{ErrorCode::Io, DeskTr::tr("\"%1\" cannot be written.").arg(target)};
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
        return cannot;
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(1 << 20);
        if (out.write(chunk) != chunk.size())
            return cannot;
    }
    if (!out.commit())
        return cannot;
    return {};
}

// --- DisplayCopyCommand ----------------------------------------------------------------------

DisplayCopyCommand::DisplayCopyCommand(sync::Profile &profile, Attachment attachment,
                                       QObject *parent)
    : Command(parent)
    , m_profile(profile)
    , m_attachment(std::move(attachment))
{
}

void DisplayCopyCommand::run()
{
    if (!m_profile.blobs().has(m_attachment.sha256)) {
        finish(Error{ErrorCode::NotFound, DeskTr::tr("The file is not on this computer yet.")});
        return;
    }
    const QString dir = m_profile.directory() + QStringLiteral("/display");
    const QString ready = pdf::displayCopyPath(m_attachment.sha256, dir);
    if (QFileInfo::exists(ready)) {
        m_path = ready;
        m_ready = true;
        finish({});
        return;
    }
    const QString input = m_profile.blobs().path(m_attachment.sha256);
    QPointer<DisplayCopyCommand> self(this);
    QThreadPool::globalInstance()->start([self, input, sha = m_attachment.sha256, dir] {
        const auto copy = pdf::cachedDisplayCopy(input, sha, dir);
        // A file the PDF library cannot read is shown as it is (stamps may be missing).
        const QString shown = copy ? copy.value() : input;
        QMetaObject::invokeMethod(
            qApp,
            [self, shown] {
                if (!self || self->isFinished())
                    return;
                self->m_path = shown;
                self->finish({});
            },
            Qt::QueuedConnection);
    });
}

// --- KeepOfflineCommand ----------------------------------------------------------------------

KeepOfflineCommand::KeepOfflineCommand(sync::Client &client, QStringList documentIds,
                                       QObject *parent)
    : Command(parent)
    , m_client(client)
    , m_ids(std::move(documentIds))
{
}

KeepOfflineCommand::KeepOfflineCommand(sync::Client &client, Box box, bool keep, QObject *parent)
    : Command(parent)
    , m_client(client)
    , m_box(box)
    , m_keep(keep)
{
}

void KeepOfflineCommand::run()
{
    auto &profile = m_client.profile();
    for (const QString &id : std::as_const(m_ids)) {
        if (auto s = profile.pinDocument(id, true); !s) {
            finish(s);
            return;
        }
    }
    if (m_box) {
        if (auto s = profile.pinBox(*m_box, m_keep); !s) {
            finish(s);
            return;
        }
    }
    const int count = int(m_ids.size());
    const QString later =
        m_box ? DeskTr::tr("The box is kept offline: its files are downloaded when the network "
                           "is back.")
              : DeskTr::tr("Kept offline: %n document(s), downloaded when the network is back.",
                           nullptr, count);
    if (!m_keep) {
        m_summary = DeskTr::tr("The box is no longer kept offline.");
        finish({});
        return;
    }
    if (!profile.isSignedIn()) {
        m_summary = later; // kept: the files come with the next sync
        finish({});
        return;
    }
    // (A sync running now may have listed the files before the pin: the command follows it.)
    auto *sync = new SyncCommand(m_client, this);
    connect(sync, &Command::finished, this, [this, sync, later, count] {
        const Status r = sync->result();
        if (!r && (r.error().code == ErrorCode::Offline || r.error().code == ErrorCode::Timeout)) {
            m_summary = later; // the pins stay; nothing failed that the user must do again
            finish({});
            return;
        }
        if (r) {
            m_summary = m_box ? DeskTr::tr("The box is kept offline: its files are on this "
                                           "computer.")
                              : DeskTr::tr("Kept offline: %n document(s) on this computer.",
                                           nullptr, count);
        }
        finish(r);
    });
    sync->start();
}

// --- SignDocumentCommand ---------------------------------------------------------------------

SignDocumentCommand::SignDocumentCommand(sync::Client &client, QString documentId, Action action,
                                         QObject *parent)
    : Command(parent)
    , m_client(client)
{
    m_plan.documentId = std::move(documentId);
    m_plan.action = action;
}

void SignDocumentCommand::run()
{
    auto &profile = m_client.profile();
    auto doc = cachedDocument(profile, m_plan.documentId);
    if (!doc) {
        finish(doc.error());
        return;
    }
    const int main = mainAttachment(doc.value());
    if (main < 0) {
        finish(Error{ErrorCode::NotFound, DeskTr::tr("The document has no file to sign.")});
        return;
    }
    m_plan.documentTitle =
        doc.value().numberNotation().isEmpty()
            ? doc.value().subject
            : doc.value().numberNotation() + QStringLiteral(" — ") + doc.value().subject;
    m_fetch = new FetchFileCommand(m_client, m_plan.documentId, main, this);
    connect(m_fetch, &Command::finished, this, &SignDocumentCommand::prepare);
    m_fetch->start();
    if (m_fetch->isFinished())
        prepare(); // the file is here: the dialog may open at once
}

void SignDocumentCommand::prepare()
{
    if (isFinished() || isCancelled() || m_prepared)
        return;
    m_prepared = true;
    if (!m_fetch->result()) {
        finish(m_fetch->result());
        return;
    }
    auto &profile = m_client.profile();
    const auto &settings = profile.settings();
    m_plan.input = m_fetch->path();
    m_plan.stamp =
        m_plan.action == Action::Issue ? pdf::StampProfile::Agency : pdf::StampProfile::Leader;
    m_plan.text.signerName = settings.fullName;
    m_plan.text.signerTitle = settings.signerTitle;
    m_plan.text.email = settings.signerEmail;
    m_plan.text.organisation = organisationName(profile, settings.organisationId);
    if (auto d = profile.cache().get(m_plan.documentId); d && d.value())
        m_plan.text.notation = d.value()->numberNotation();
    if (auto read = signing::readPemCertificates(settings.caCertificates))
        m_plan.anchors = read.value();
    m_plan.level = signing::levelFromKey(settings.signatureLevel).value_or(signing::Level::BB);
    m_plan.tsa = QUrl(settings.timestampUrl);
    m_plan.ocsp = QUrl(settings.ocspUrl);
    m_plan.image = settings.signatureImage;
    m_plan.output = signingFolder(profile) + QStringLiteral("/%1-%2.pdf")
                                                 .arg(m_plan.documentId)
                                                 .arg(QDateTime::currentMSecsSinceEpoch());
    if (m_plan.action != Action::Issue) {
        emit readyToSign();
        return;
    }
    // The leader's signature must still match the file: a file changed after it was signed is
    // not issued (nor numbered).
    {
        QFile f(m_plan.input);
        const verify::SignatureCount count = f.open(QIODevice::ReadOnly)
                                                 ? verify::countSignatures(f.readAll())
                                                 : verify::SignatureCount{};
        if (!count.allIntact()) {
            finish(Error{ErrorCode::Conflict,
                         DeskTr::tr("The file was changed after it was signed: its signature "
                                    "no longer matches. It is not issued; return it to its "
                                    "signer.")});
            return;
        }
    }
    // Issuing: the number comes from the agency's register (the server), the same one when
    // asked again; it goes into the file before the agency signs.
    if (!m_client.api() || !profile.isSignedIn()) {
        finish(Error{ErrorCode::Offline, DeskTr::tr("Issuing needs the server: the number comes "
                                                    "from the agency's register.")});
        return;
    }
    QPointer<SignDocumentCommand> self(this);
    m_client.api()->post(
        QStringLiteral("/api/v1/documents/%1/number").arg(m_plan.documentId), QJsonObject(),
        [self](Result<QJsonObject> answer) {
            if (!self || self->isFinished())
                return;
            auto doc =
                answer ? json::documentFromJson(answer.value()) : Result<Document>(answer.error());
            if (!doc) {
                self->finish(doc.error());
                return;
            }
            if (doc->number <= 0 || !doc->issueDate.isValid()) {
                self->finish(
                    Error{ErrorCode::ServerError, DeskTr::tr("The server gave no number.")});
                return;
            }
            self->m_client.profile().cache().upsert(doc.value());
            self->m_plan.issue = pdf::IssueMark{doc->number, doc->notation, doc->issueDate, {}, {}};
            self->m_plan.text.notation = doc->numberNotation();
            self->m_plan.documentTitle =
                doc->numberNotation() + QStringLiteral(" — ") + doc->subject;
            emit self->readyToSign();
        });
}

void SignDocumentCommand::onCancel()
{
    if (m_fetch)
        m_fetch->cancel();
    if (!m_plan.output.isEmpty())
        QFile::remove(m_plan.output); // a signature not taken is not kept
}

void SignDocumentCommand::complete(const pdf::SignReport &report, const SignChoices &choices)
{
    if (isFinished())
        return;
    auto &profile = m_client.profile();
    QFile signedFile(m_plan.output);
    if (!signedFile.open(QIODevice::ReadOnly)) {
        finish(Error{ErrorCode::Io, DeskTr::tr("The signed file cannot be read."), m_plan.output});
        return;
    }
    const QByteArray bytes = signedFile.readAll();
    signedFile.close();
    auto queued = profile.queueSignedVersion(m_plan.documentId, bytes, m_plan.action);
    if (!queued) {
        // The signature is not lost: the file stays where the user is told.
        finish(Error{queued.error().code, DeskTr::tr("%1\nThe signed file is kept in %2.")
                                              .arg(queued.error().message, m_plan.output)});
        return;
    }
    QFile::remove(m_plan.output); // the blob store has it now
    m_queued = true;
    QStringList problems;
    if (report.timestampMissing || report.validationDataMissing) {
        // Made offline at B-B: completed after a sync, when the network is back.
        m_waits = true;
        if (auto s = profile.queueExtension(m_plan.documentId, queued->fileSha256,
                                            signing::levelKey(choices.level));
            !s) {
            problems << s.error().message;
        }
    }
    auto s = profile.settings();
    s.signerTitle = choices.signerTitle;
    s.signerEmail = choices.signerEmail;
    s.signatureLevel = signing::levelKey(choices.level);
    s.signatureImage = choices.image;
    if (auto saved = profile.saveSettings(s); !saved)
        problems << saved.error().message;
    // Signed and queued: the remembered choices or the extension's bookkeeping failing does
    // not undo that, but it is said.
    finish(problems.isEmpty() ? Status{}
                              : Status{Error{ErrorCode::Io, problems.join(QStringLiteral(" · "))}});
}

// --- ExtendSignaturesCommand -----------------------------------------------------------------

ExtendSignaturesCommand::ExtendSignaturesCommand(sync::Profile &profile, QObject *parent)
    : Command(parent)
    , m_profile(profile)
{
}

void ExtendSignaturesCommand::run()
{
    next();
}

void ExtendSignaturesCommand::next()
{
    if (isFinished())
        return;
    auto pending = m_profile.pendingExtensions();
    if (!pending) {
        finish(pending.error());
        return;
    }
    if (pending.value().isEmpty()) {
        finish(m_problems.isEmpty()
                   ? Status{}
                   : Status{Error{ErrorCode::Io, m_problems.join(QStringLiteral(" · "))}});
        return;
    }
    const auto &settings = m_profile.settings();
    const QUrl tsa(settings.timestampUrl);
    const QUrl ocsp(settings.ocspUrl);
    QList<QByteArray> cas;
    if (auto read = signing::readPemCertificates(settings.caCertificates))
        cas = read.value();
    // The oldest first; each ends by starting the next.
    const sync::Profile::Extension e = pending.value().first();
    QByteArray current;
    if (auto doc = m_profile.cache().get(e.documentId); doc && doc.value()) {
        const int main = mainAttachment(*doc.value());
        if (main >= 0)
            current = doc.value()->attachments.at(main).sha256;
    }
    if (current != e.sha256 || !m_profile.blobs().has(e.sha256) || tsa.isEmpty()) {
        (void)m_profile.dropExtension(e.documentId); // the document moved on, or nothing to do
        QMetaObject::invokeMethod(this, &ExtendSignaturesCommand::next, Qt::QueuedConnection);
        return;
    }
    const QString input = m_profile.blobs().path(e.sha256);
    const QString output =
        signingFolder(m_profile) + QStringLiteral("/%1-extended.pdf").arg(e.documentId);
    const signing::Level level = signing::levelFromKey(e.level).value_or(signing::Level::BLT);
    QPointer<ExtendSignaturesCommand> self(this);
    QThreadPool::globalInstance()->start([self, e, input, output, level, tsa, ocsp, cas] {
        auto done = signing::extendPdf(input, output, level, tsa, ocsp, cas);
        QMetaObject::invokeMethod(
            qApp,
            [self, e, output, done] {
                if (!self || self->isFinished()) {
                    QFile::remove(output);
                    return;
                }
                auto &profile = self->m_profile;
                if (!done) {
                    emit self->extended(e.documentId, false);
                    if (done.error().code == ErrorCode::Offline ||
                        done.error().code == ErrorCode::Timeout) {
                        self->finish({}); // still no network: all of them wait for the next run
                        return;
                    }
                    (void)profile.dropExtension(e.documentId);
                    self->m_problems << done.error().message;
                    self->next(); // the others may still work
                    return;
                }
                QFile file(output);
                const QByteArray bytes =
                    file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
                file.close();
                QFile::remove(output);
                auto queued = profile.queueSignedVersion(e.documentId, bytes, std::nullopt);
                if (!queued && queued.error().code == ErrorCode::Io) {
                    self->m_problems << queued.error().message; // kept: tried again later
                    self->finish(
                        Error{ErrorCode::Io, self->m_problems.join(QStringLiteral(" · "))});
                    return;
                }
                (void)profile.dropExtension(e.documentId);
                if (!queued) {
                    self->m_problems << queued.error().message;
                    self->next();
                    return;
                }
                ++self->m_extended;
                emit self->extended(e.documentId, true);
                self->next();
            },
            Qt::QueuedConnection);
    });
}

} // namespace lt::desk
