// The desk against a real server on 127.0.0.1: sign in, the first sync fills the boxes, a
// document opens in the panel with the actions the user's role allows, an action is queued,
// shown as waiting, delivered by the next sync, and the server has it.
#include "clirunner.h"
#include "testprocess.h"

#include "core/auth/secretstore.h"
#include "core/sync/client.h"
#include "core/text/fold.h"
#include "ui/actiondialog.h"
#include "ui/documentlistmodel.h"
#include "ui/documentpanel.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace lt;

class TestDesk : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void deskFillsActsAndDelivers();
    void offlineJourney();

private:
    QTemporaryDir m_tmp;
    test::ListeningProcess m_server;
};

void TestDesk::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(
        m_server.start(qEnvironmentVariable("LT_SERVER"),
                       {QStringLiteral("--data"), m_tmp.filePath(QStringLiteral("server")),
                        QStringLiteral("--demo"), QStringLiteral("--demo-size"),
                        QStringLiteral("80"), QStringLiteral("--demo-pdfs"), QStringLiteral("3")},
                       120'000),
        qPrintable(m_server.errorString()));
}

void TestDesk::deskFillsActsAndDelivers()
{
    auto profile = sync::Profile::open(m_tmp.filePath(QStringLiteral("profile")));
    QVERIFY(profile.ok());
    auth::MemorySecretStore secrets;
    sync::Client client(*profile.value(), secrets);
    QSignalSpy signedIn(&client, &sync::Client::sessionChanged);
    std::optional<Status> login;
    client.signIn(m_server.url(), QStringLiteral("leader"), QStringLiteral("demo123"),
                  [&](Status s) { login = s; });
    QTRY_VERIFY_WITH_TIMEOUT(login.has_value(), 30'000);
    QVERIFY(login->ok());

    ui::MainWindow window(&client);
    window.resize(1200, 800);
    window.show();
    QSignalSpy synced(&window, &ui::MainWindow::syncFinished);
    QVERIFY(synced.wait(60'000));
    QCOMPARE(synced.first().first().toBool(), true);

    auto &cache = profile.value()->cache();
    QVERIFY(cache.countAll().value() > 0);
    QCOMPARE(window.boxCount(ui::MainWindow::Box::ToHandle), cache.count(Box::ToHandle).value());
    QCOMPARE(window.boxCount(ui::MainWindow::Box::Incoming), cache.count(Box::Incoming).value());
    QCOMPARE(window.currentBox(), ui::MainWindow::Box::ToHandle);
    QCOMPARE(window.listModel()->rowCount(), cache.count(Box::ToHandle).value());

    // Open a document awaiting the leader's direction, as a click on the list does.
    auto *table = window.findChild<QTableView *>(QStringLiteral("documentList"));
    QVERIFY(table);
    int row = -1;
    for (int r = 0; r < window.listModel()->rowCount(); ++r) {
        const Document *d = window.listModel()->documentAt(r);
        if (std::holds_alternative<IncomingState>(d->state) &&
            std::get<IncomingState>(d->state) == IncomingState::Submitted) {
            row = r;
            break;
        }
    }
    QVERIFY(row >= 0);
    const Document target = *window.listModel()->documentAt(row);
    table->setCurrentIndex(window.listModel()->index(row, 0));
    ui::DocumentPanel *panel = window.documentPanel();
    QCOMPARE(panel->documentId(), target.id);
    QVERIFY(panel->html().contains(target.subject));
    QVERIFY(panel->offeredActions().contains(Action::Direct));
    QVERIFY(panel->offeredActions().contains(Action::Comment));
    QVERIFY(!panel->offeredActions().contains(Action::Register)); // the clerk's, not the leader's

    // The units came with the sync; the direction dialog offers them.
    const QJsonArray units =
        QJsonDocument::fromJson(cache.meta(QStringLiteral("organisations")).value().toUtf8())
            .array();
    QVERIFY(units.size() >= 30);
    ui::ActionDialog dialog(Action::Direct, units);
    QVERIFY(dialog.needsUnit());
    dialog.setText(QStringLiteral("Giao Sở Tài chính chủ trì, báo cáo trước 15/12."));
    dialog.setLeadUnit(QStringLiteral("org-stc"));
    QCOMPARE(dialog.assignments().size(), 1);
    QCOMPARE(dialog.assignments().first().organisationId, QStringLiteral("org-stc"));

    synced.clear();
    QVERIFY(window.queueAction(target.id, Action::Direct, dialog.text(), dialog.assignments()));
    QVERIFY(panel->html().contains(QStringLiteral("Giao Sở Tài chính chủ trì")));
    QVERIFY(synced.wait(60'000)); // queueAction started a sync
    QCOMPARE(synced.first().first().toBool(), true);
    QCOMPARE(profile.value()->outbox().countPending().value(), 0);

    test::ServerProbe probe(m_server.url(), QStringLiteral("leader"));
    const QJsonObject onServer = probe.document(target.id);
    QCOMPARE(onServer.value(QStringLiteral("state")).toString(),
             QStringLiteral("incoming:assigned"));
    QCOMPARE(onServer.value(QStringLiteral("history"))
                 .toArray()
                 .last()
                 .toObject()
                 .value(QStringLiteral("text"))
                 .toString(),
             dialog.text());

    // Search as one types, without accents; the Search entry counts the matches.
    window.runSearch(QStringLiteral("ke hoach"));
    QVERIFY(window.listModel()->rowCount() > 0);
    QCOMPARE(window.currentBox(), ui::MainWindow::Box::Search);
    QCOMPARE(window.boxCount(ui::MainWindow::Box::Search), window.listModel()->rowCount());
    for (int r = 0; r < window.listModel()->rowCount(); ++r) {
        const Document *d = window.listModel()->documentAt(r);
        const QString all =
            d->subject + u' ' + d->numberNotation() + u' ' + d->issuerName + u' ' + d->signerName;
        const QString folded = text::foldForSearch(all);
        QVERIFY2(folded.contains(QStringLiteral("ke")) && folded.contains(QStringLiteral("hoach")),
                 qPrintable(d->subject));
    }
    window.runSearch(QString());
    QCOMPARE(window.listModel()->search(), QString());

    // Keep a document offline from the panel: its file arrives with the sync that starts.
    synced.clear();
    window.keepOffline(target.id);
    QVERIFY(synced.wait(60'000));
    QVERIFY(profile.value()->blobs().has(target.attachments.first().sha256));
    // Now the panel shows the file itself.
    window.openDocument(target.id);
    QVERIFY(panel->pdfPageCount() >= 1);

    const QString dir = QStringLiteral(LT_TEST_BINARY_DIR) + QStringLiteral("/screenshots");
    QDir().mkpath(dir);
    window.openDocument(target.id);
    QVERIFY(window.grab().save(dir + QStringLiteral("/desk.png")));
}

void TestDesk::offlineJourney()
{
    // A traveller: documents kept offline, the network gone, work goes on, delivered on return.
    auto profile = sync::Profile::open(m_tmp.filePath(QStringLiteral("traveller")));
    QVERIFY(profile.ok());
    auth::MemorySecretStore secrets;
    sync::Client client(*profile.value(), secrets);
    client.setTimeout(3'000);
    std::optional<Status> login;
    client.signIn(m_server.url(), QStringLiteral("deputy"), QStringLiteral("demo123"),
                  [&](Status s) { login = s; });
    QTRY_VERIFY_WITH_TIMEOUT(login.has_value(), 30'000);
    QVERIFY(login->ok());
    ui::MainWindow window(&client);
    window.show();
    QSignalSpy synced(&window, &ui::MainWindow::syncFinished);
    QVERIFY(synced.wait(60'000));
    QVERIFY(synced.first().first().toBool());
    QVERIFY(window.listModel()->rowCount() > 0);
    const Document first = *window.listModel()->documentAt(0);
    QVERIFY(profile.value()->pinDocument(first.id, true).ok());
    synced.clear();
    window.syncNow();
    QVERIFY(synced.wait(60'000));
    QVERIFY(profile.value()->blobs().has(first.attachments.first().sha256));

    // The server goes away (the plane takes off).
    const quint16 port = m_server.port();
    QCOMPARE(m_server.stop(), 0);
    synced.clear();
    window.syncNow();
    QVERIFY(synced.wait(60'000));
    QCOMPARE(synced.first().first().toBool(), false);
    auto *state = window.findChild<QLabel *>(QStringLiteral("connectionState"));
    QVERIFY2(state->text().startsWith(QStringLiteral("Offline")), qPrintable(state->text()));
    // Everything kept still opens, the file too; the comment waits.
    window.openDocument(first.id);
    QVERIFY(window.documentPanel()->pdfPageCount() >= 1);
    synced.clear();
    QVERIFY(
        window.queueAction(first.id, Action::Comment, QStringLiteral("Ý kiến viết trên máy bay.")));
    QVERIFY(synced.wait(60'000)); // the attempt fails, offline
    QCOMPARE(profile.value()->outbox().countPending().value(), 1);
    QVERIFY(window.documentPanel()->html().contains(QStringLiteral("Ý kiến viết trên máy bay.")));
    auto *sync = window.findChild<QLabel *>(QStringLiteral("syncState"));
    QVERIFY2(sync->text().contains(QStringLiteral("1 action")), qPrintable(sync->text()));

    // Back on the ground: the same server, the same address.
    QVERIFY2(m_server.start(qEnvironmentVariable("LT_SERVER"),
                            {QStringLiteral("--data"), m_tmp.filePath(QStringLiteral("server"))},
                            60'000, port),
             qPrintable(m_server.errorString()));
    synced.clear();
    window.syncNow();
    QVERIFY(synced.wait(60'000));
    QVERIFY(synced.first().first().toBool());
    QCOMPARE(profile.value()->outbox().countPending().value(), 0);
    QVERIFY(state->text().startsWith(QStringLiteral("Online")));
    test::ServerProbe probe(m_server.url(), QStringLiteral("deputy"));
    int seen = 0;
    for (const QJsonValue &h : probe.document(first.id).value(QStringLiteral("history")).toArray())
        seen +=
            h.toObject().value(QStringLiteral("text")).toString() == u"Ý kiến viết trên máy bay.";
    QCOMPARE(seen, 1);
}

QTEST_MAIN(TestDesk)
#include "tst_desk.moc"
