// The desk's use cases as commands (core/desk), without a server: the contract every command
// keeps, and what can be decided on this computer alone.
#include "core/auth/secretstore.h"
#include "core/desk/commands.h"
#include "core/sync/client.h"
#include "core/sync/profile.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lt;

namespace {

// A command that ends when told to, at once or later.
class Probe : public desk::Command
{
public:
    bool endAtOnce = false;
    int runs = 0;
    bool cancelled = false;
    using desk::Command::finish;

protected:
    void run() override
    {
        ++runs;
        if (endAtOnce)
            finish({});
    }
    void onCancel() override { cancelled = true; }
};

} // namespace

class TestCommands : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void finishedOnceAndNeverInsideStart();
    void cancelEndsWithCancelled();
    void queueActionJudgesThenQueues();
    void aRefusedActionQueuesNothing();
    void theQueueJudgesOnWhatIsWaiting();
    void cancelledBeforeStartNeverRuns();
    void aMissingFileOfflineSaysWhy();
    void nothingToExtendEndsAtOnce();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<sync::Profile> m_profile;
};

void TestCommands::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto p = sync::Profile::open(m_dir->path());
    QVERIFY(p.ok());
    m_profile = std::move(p.value());
    sync::Profile::Settings s;
    s.server = QUrl(QStringLiteral("http://127.0.0.1:9"));
    s.login = QStringLiteral("leader");
    s.roles = {Role::Leader};
    QVERIFY(m_profile->saveSettings(s).ok());
    Document d;
    d.id = QStringLiteral("d1");
    d.state = IncomingState::Submitted;
    d.subject = QStringLiteral("Kế hoạch chuyển đổi số");
    d.relations = quint32(Relation::Addressee);
    Attachment a;
    a.sha256 = QByteArray(32, '\x07');
    a.size = 10;
    a.fileName = QStringLiteral("d1.pdf");
    d.attachments = {a};
    QVERIFY(m_profile->cache().upsert(d).ok());
}

void TestCommands::cleanup()
{
    m_profile.reset();
    m_dir.reset();
}

void TestCommands::finishedOnceAndNeverInsideStart()
{
    Probe now;
    now.endAtOnce = true;
    QSignalSpy finished(&now, &desk::Command::finished);
    now.start();
    QCOMPARE(now.runs, 1); // the work is done in start()…
    QVERIFY(now.isFinished());
    QCOMPARE(finished.size(), 0); // …and announced on the next turn of the event loop
    QVERIFY(finished.wait(1000));
    now.start(); // once only
    now.finish(Error{ErrorCode::Io, QStringLiteral("late")});
    QTest::qWait(20);
    QCOMPARE(now.runs, 1);
    QCOMPARE(finished.size(), 1);
    QVERIFY(now.result().ok());

    Probe later;
    QSignalSpy laterFinished(&later, &desk::Command::finished);
    later.start();
    QVERIFY(later.isRunning());
    later.finish({});
    QCOMPARE(laterFinished.size(), 1); // outside start(): at once
}

void TestCommands::cancelEndsWithCancelled()
{
    Probe p;
    QSignalSpy finished(&p, &desk::Command::finished);
    p.start();
    p.cancel();
    QVERIFY(p.cancelled);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(p.result().error().code, ErrorCode::Cancelled);
    QVERIFY(!p.result().error().message.isEmpty());
    p.finish({}); // a late answer changes nothing
    QCOMPARE(p.result().error().code, ErrorCode::Cancelled);
}

void TestCommands::queueActionJudgesThenQueues()
{
    desk::QueueActionCommand command(
        *m_profile, QStringLiteral("d1"),
        workflow::Request{Action::Direct,
                          QStringLiteral("Giao Sở Tài chính chủ trì"),
                          {Assignment{QStringLiteral("org-stc"), AssignmentKind::Lead, {}}}});
    const Status s = command.exec();
    QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
    QCOMPARE(command.entry().action, Action::Direct);
    const auto pending = m_profile->outbox().pending();
    QVERIFY(pending.ok());
    QCOMPARE(pending.value().size(), 1);
    QCOMPARE(pending.value().first().id, command.entry().id);
}

void TestCommands::aRefusedActionQueuesNothing()
{
    // Words without a lead unit; then a document not addressed to this leader; then one that
    // is not on this computer.
    desk::QueueActionCommand noLead(*m_profile, QStringLiteral("d1"),
                                    workflow::Request{Action::Direct, QStringLiteral("Giao"), {}});
    QCOMPARE(noLead.exec().error().code, ErrorCode::NotAllowed);
    Document other = *m_profile->cache().get(QStringLiteral("d1")).value();
    other.id = QStringLiteral("d2");
    other.relations = quint32(Relation::Informed);
    QVERIFY(m_profile->cache().upsert(other).ok());
    desk::QueueActionCommand notMine(
        *m_profile, QStringLiteral("d2"),
        workflow::Request{Action::Direct,
                          QStringLiteral("Giao"),
                          {Assignment{QStringLiteral("org-stc"), AssignmentKind::Lead, {}}}});
    const Status refused = notMine.exec();
    QCOMPARE(refused.error().code, ErrorCode::NotAllowed);
    QVERIFY(!refused.error().message.isEmpty());
    desk::QueueActionCommand missing(*m_profile, QStringLiteral("nowhere"),
                                     workflow::Request{Action::Comment, QStringLiteral("?"), {}});
    QCOMPARE(missing.exec().error().code, ErrorCode::NotFound);
    QCOMPARE(m_profile->outbox().countPending().value(), 0);
}

// Offline, the clerk registers and then submits: the second is judged on the state the first
// will leave (as the panel shows it), and a second direction is refused like the panel hides it.
void TestCommands::theQueueJudgesOnWhatIsWaiting()
{
    auto s = m_profile->settings();
    s.roles = {Role::Clerk};
    QVERIFY(m_profile->saveSettings(s).ok());
    Document received = *m_profile->cache().get(QStringLiteral("d1")).value();
    received.id = QStringLiteral("r1");
    received.state = IncomingState::Received;
    received.relations = quint32(Relation::Clerk);
    QVERIFY(m_profile->cache().upsert(received).ok());
    desk::QueueActionCommand registerIt(*m_profile, QStringLiteral("r1"),
                                        workflow::Request{Action::Register, {}, {}});
    QVERIFY(registerIt.exec().ok());
    desk::QueueActionCommand submit(*m_profile, QStringLiteral("r1"),
                                    workflow::Request{Action::Submit, {}, {}});
    const Status submitted = submit.exec();
    QVERIFY2(submitted.ok(), submitted.ok() ? "" : qPrintable(submitted.error().message));
    desk::QueueActionCommand again(*m_profile, QStringLiteral("r1"),
                                   workflow::Request{Action::Register, {}, {}});
    QCOMPARE(again.exec().error().code, ErrorCode::NotAllowed);
    QCOMPARE(m_profile->outbox().countPending().value(), 2);
}

void TestCommands::cancelledBeforeStartNeverRuns()
{
    Probe p;
    p.cancel();
    p.start();
    QCOMPARE(p.runs, 0);
    QCOMPARE(p.result().error().code, ErrorCode::Cancelled);
}

void TestCommands::aMissingFileOfflineSaysWhy()
{
    // No session and nothing listening: the file is kept offline for later, and the command
    // says it could not get it now.
    auth::MemorySecretStore secrets;
    sync::Client client(*m_profile, secrets);
    desk::FetchFileCommand fetch(client, QStringLiteral("d1"), 0);
    const Status s = fetch.exec();
    QVERIFY(!s.ok());
    QVERIFY(!s.error().message.isEmpty());
    QVERIFY(fetch.path().isEmpty());
    QCOMPARE(m_profile->isPinned(QStringLiteral("d1")).value(), true);
    desk::FetchFileCommand noSuchFile(client, QStringLiteral("d1"), 3);
    QCOMPARE(noSuchFile.exec().error().code, ErrorCode::NotFound);
}

void TestCommands::nothingToExtendEndsAtOnce()
{
    desk::ExtendSignaturesCommand extend(*m_profile);
    QSignalSpy extended(&extend, &desk::ExtendSignaturesCommand::extended);
    QVERIFY(extend.exec().ok());
    QCOMPARE(extend.extendedCount(), 0);
    QCOMPARE(extended.size(), 0);
}

QTEST_GUILESS_MAIN(TestCommands)
#include "tst_commands.moc"
