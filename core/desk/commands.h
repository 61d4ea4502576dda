#pragma once

#include "core/desk/command.h"
#include "core/model/decision.h"
#include "core/pdf/pdfsigner.h"
#include "core/signing/signer.h"
#include "core/store/outbox.h"
#include "core/sync/syncengine.h"
#include "core/workflow/decide.h"

#include <QPointer>
#include <QStringList>
#include <QUrl>

namespace lt::sync {
class Client;
class Profile;
} // namespace lt::sync

namespace lt::desk {

// The user's actions on a document still waiting to be sent, oldest first, as the judge takes
// them (workflow::expectedState: the overlay the panel shows and the queue judges on).
QList<workflow::Request> waitingRequests(const QList<store::OutboxEntry> &entries);

// Brings the desk up to date: renews the session when needed, then one sync.
class SyncCommand : public Command
{
    Q_OBJECT

public:
    explicit SyncCommand(sync::Client &client, QObject *parent = nullptr);
    const sync::SyncReport &report() const { return m_report; }
    // False when it ended before a sync ran (the session could not be renewed).
    bool hasSynced() const { return m_synced; }

protected:
    void run() override;
    void onCancel() override;

private:
    void syncOnce();
    sync::Client &m_client;
    sync::SyncReport m_report;
    bool m_synced = false;
};

// Judges an action with the server's own judge (workflow::decide) against the document as
// this computer has it, and queues it for the next sync. A signed version of the main file
// may go with it (it goes up first).
class QueueActionCommand : public Command
{
    Q_OBJECT

public:
    QueueActionCommand(sync::Profile &profile, QString documentId, workflow::Request request,
                       QObject *parent = nullptr);
    void setSignedVersion(QByteArray pdf) { m_signedPdf = std::move(pdf); }
    const store::OutboxEntry &entry() const { return m_entry; }

protected:
    void run() override;

private:
    sync::Profile &m_profile;
    QString m_documentId;
    workflow::Request m_request;
    QByteArray m_signedPdf;
    store::OutboxEntry m_entry;
};

// A document's file on this computer: at once when it is here, otherwise kept offline and
// brought by a sync (which this command starts, or waits for when one is running).
class FetchFileCommand : public Command
{
    Q_OBJECT

public:
    // Offline: the document is kept offline and a sync brings the file. ForViewing: only this
    // file, downloaded now into the file store (not kept offline: the offline limit and the
    // box's settings decide whether it stays).
    enum class Keep { Offline, ForViewing };
    FetchFileCommand(sync::Client &client, QString documentId, int index, QObject *parent = nullptr,
                     Keep keep = Keep::Offline);
    QString path() const { return m_path; }
    const Attachment &attachment() const { return m_attachment; }

protected:
    void run() override;
    void onCancel() override;

private:
    void syncAndCheck();
    void check(const Status &synced);
    void download();
    sync::Client &m_client;
    QString m_documentId;
    int m_index;
    Keep m_keep;
    bool m_cancelled = false;
    Attachment m_attachment;
    QString m_path;
    QPointer<SyncCommand> m_sync;
};

// "Save as": the original bytes of a document's file (signatures intact), fetched first when
// needed, written whole to `target` or not at all.
class SaveFileCommand : public Command
{
    Q_OBJECT

public:
    SaveFileCommand(sync::Client &client, QString documentId, int index, QString target,
                    QObject *parent = nullptr);
    // The copy alone, from a file already on this computer.
    static Status copyOriginal(sync::Profile &profile, const QString &documentId, int index,
                               const QString &target);

protected:
    void run() override;
    void onCancel() override;

private:
    sync::Client &m_client;
    QString m_documentId;
    int m_index;
    QString m_target;
    QPointer<FetchFileCommand> m_fetch;
};

// The copy of a file the viewer shows (the stamps painted into the pages, which QtPdf does not
// draw): at once when made before, otherwise made on the thread pool. A file the PDF library
// cannot read is shown as it is.
class DisplayCopyCommand : public Command
{
    Q_OBJECT

public:
    DisplayCopyCommand(sync::Profile &profile, Attachment attachment, QObject *parent = nullptr);
    QString path() const { return m_path; }
    // True when the copy was ready without waiting.
    bool wasReady() const { return m_ready; }

protected:
    void run() override;

private:
    sync::Profile &m_profile;
    Attachment m_attachment;
    QString m_path;
    bool m_ready = false;
};

// "Keep offline": documents, or a whole box, pinned; their files come with the sync started
// here. Ends when that sync has.
class KeepOfflineCommand : public Command
{
    Q_OBJECT

public:
    KeepOfflineCommand(sync::Client &client, QStringList documentIds, QObject *parent = nullptr);
    KeepOfflineCommand(sync::Client &client, Box box, bool keep, QObject *parent = nullptr);
    // What happened, in a sentence for the status line: on this computer now, or fetched when
    // the network (or a sign-in) is back.
    QString summary() const { return m_summary; }

protected:
    void run() override;

private:
    sync::Client &m_client;
    QString m_summary;
    QStringList m_ids;
    std::optional<Box> m_box;
    bool m_keep = true;
};

// What a signature needs before the token: the file, the stamp's words and where the result
// goes. Made by SignDocumentCommand from the profile (the signer, the agency's name from the
// directory the server sends, the document's number, the level and services asked for).
struct SignPlan
{
    QString documentId;
    Action action = Action::Sign; // Sign (the leader) or Issue (the agency, by the clerk)
    QString input;                // the current version of the main file
    QString output;               // where the signed file is to be written
    pdf::StampProfile stamp = pdf::StampProfile::Leader;
    pdf::StampText text;
    QList<QByteArray> anchors; // CA certificates: trust anchors and intermediates
    signing::Level level = signing::Level::BB;
    QUrl tsa;
    QUrl ocsp;
    QString image; // the handwritten signature or seal remembered for the stamp
    // Which document, as the dialog names it: "05/QĐ-UBND — Về việc …" (the subject alone
    // before it has a number).
    QString documentTitle;
    // Issuing: the number the register gave and the date, written into page 1 with the
    // agency's signature.
    std::optional<pdf::IssueMark> issue;
};

// What the signer chose in the dialog, remembered for the next signature.
struct SignChoices
{
    QString signerTitle;
    QString signerEmail;
    signing::Level level = signing::Level::BB;
    QString image;
};

// Sign a document, in three steps: prepare (fetch the file, make the plan) → the token (the
// caller's dialog signs plan().input into plan().output on the token thread) → complete (the
// signed version queued with its action, and its extension when it was made offline below
// the level asked for). Cancelled before complete(): nothing is queued, the output is removed.
class SignDocumentCommand : public Command
{
    Q_OBJECT

public:
    SignDocumentCommand(sync::Client &client, QString documentId, Action action,
                        QObject *parent = nullptr);
    const SignPlan &plan() const { return m_plan; }
    // The token has written plan().output; `report` is its account.
    void complete(const pdf::SignReport &report, const SignChoices &choices);
    // True when the signature waits for its timestamp or validation data (made offline).
    bool waitsForExtension() const { return m_waits; }
    // True once the signed version is queued (an error may still follow: settings not saved).
    bool isQueued() const { return m_queued; }

signals:
    void readyToSign(); // plan() is made: the token's turn

protected:
    void run() override;
    void onCancel() override;

private:
    void prepare();
    sync::Client &m_client;
    SignPlan m_plan;
    bool m_prepared = false;
    QPointer<FetchFileCommand> m_fetch;
    bool m_waits = false;
    bool m_queued = false;
};

// Completes the signatures made offline (validation data, document timestamp), the oldest
// first, each on the thread pool; the extended versions are queued for the next sync. With no
// network yet, those left wait for the next run.
class ExtendSignaturesCommand : public Command
{
    Q_OBJECT

public:
    explicit ExtendSignaturesCommand(sync::Profile &profile, QObject *parent = nullptr);
    int extendedCount() const { return m_extended; }
    QStringList problems() const { return m_problems; }

signals:
    void extended(const QString &documentId, bool ok);

protected:
    void run() override;

private:
    void next();
    sync::Profile &m_profile;
    int m_extended = 0;
    QStringList m_problems;
};

} // namespace lt::desk
