// The desk against the real server on 127.0.0.1, run in this process: sign in, the first sync fills
// the boxes, a document opens in the panel with the actions the user's role allows, an action is
// queued, shown as waiting, delivered by the next sync, and the server has it.
#include "clirunner.h"
#include "inprocessserver.h"
#include "loopbackpki.h"
#include "pdftools.h"
#include "testprocess.h"
#include "testtoken.h"

#include "core/auth/secretstore.h"
#include "core/desk/commands.h"
#include "core/i18n/language.h"
#include "core/sync/client.h"
#include "core/text/fold.h"
#include "core/text/units.h"
#include "core/workflow/decide.h"
#include "ui/actiondialog.h"
#include "ui/deskview.h"
#include "ui/documentlistmodel.h"
#include "ui/documentpanel.h"
#include "ui/logindialog.h"
#include "ui/mainwindow.h"
#include "ui/navigation.h"
#include "ui/newdocumentdialog.h"
#include "ui/pdfviewer.h"
#include "ui/registerwindow.h"
#include "ui/settingsdialog.h"
#include "ui/signdialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDateEdit>
#include <QDir>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QPainter>
#include <QPdfDocument>
#include <QPixmap>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace lt;

class TestDesk : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void deskFillsActsAndDelivers();
    void aSpecialistDraftsInTheApp();
    void theClerkChoosesTheLeader();
    void aHeadPassesTheWorkOn();
    void theClerkKeepsTheRegisters();
    void offlineJourney();
    void attachmentsAndKeyboard();
    void boxOfflineProgressAndLimit();
    void settingsMoveOfflineFiles();
    void signInAndOut();
    void vietnameseScreenshots(); // it switches the language: what follows runs in Vietnamese
    void signInTheApp();
    void signOfflineThenExtend();
    void clerkIssuesWithTheAgencySignature();
    void aSyncCanBeCancelled();
    void readOnceSeenAndTheWorkBox();
    void classifiedAndOfflineFeedback();
    void fileOpensOnDemand();
    void draftsAreNotShownAsIssued();

private:
    QTemporaryDir m_tmp;
    test::InProcessServer m_server; // the real server, in this process
};

void TestDesk::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(
        m_server.start(QString(),
                       {QStringLiteral("--data"), m_tmp.filePath(QStringLiteral("server")),
                        QStringLiteral("--demo"), QStringLiteral("--demo-size"),
                        QStringLiteral("300"), QStringLiteral("--demo-pdfs"), QStringLiteral("3")},
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
    QSignalSpy urgent(&window, &ui::MainWindow::urgentArrived);
    QVERIFY(synced.wait(60'000));
    QCOMPARE(synced.first().first().toBool(), true);

    auto &cache = profile.value()->cache();
    // Hỏa tốc and Thượng khẩn documents waiting in To handle are announced, once.
    QStringList expectedUrgent;
    {
        store::DocumentCache::Query q;
        q.box = Box::ToHandle;
        q.urgentOnly = true;
        q.limit = 1000;
        for (const Document &d : cache.list(q).value()) {
            if (d.urgency >= Urgency::VeryUrgent)
                expectedUrgent << d.id;
        }
    }
    QVERIFY(!expectedUrgent.isEmpty());
    QCOMPARE(urgent.size(), 1);
    QStringList announced = urgent.first().first().toStringList();
    announced.sort();
    expectedUrgent.sort();
    QCOMPARE(announced, expectedUrgent);
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
    // How the leader stands to it came with the feed, and the panel offers what the server's
    // judge would grant, for every document of the box.
    QVERIFY(relations::has(target.relations, Relation::Addressee));
    for (int r = 0; r < window.listModel()->rowCount(); ++r) {
        const Document *d = window.listModel()->documentAt(r);
        QVERIFY(d->relations != 0);
        const auto full = cache.get(d->id).value();
        QVERIFY(full.has_value());
        QCOMPARE(full->relations, d->relations);
    }
    QCOMPARE(panel->offeredActions(),
             workflow::offered(target.state, workflow::Actor{{Role::Leader}, target.relations}));

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
    // Co-operating units and units for information; the lead is named once only.
    dialog.setCooperatingUnits({QStringLiteral("org-stp"), QStringLiteral("org-stc")});
    dialog.setInformedUnits({QStringLiteral("org-snv")});
    const QList<Assignment> assigned = dialog.assignments();
    QCOMPARE(assigned.size(), 3);
    QCOMPARE(assigned.at(1).organisationId, QStringLiteral("org-stp"));
    QCOMPARE(assigned.at(1).kind, AssignmentKind::Cooperate);
    QCOMPARE(assigned.at(1).deadline, assigned.at(0).deadline);
    QCOMPARE(assigned.at(2).organisationId, QStringLiteral("org-snv"));
    QCOMPARE(assigned.at(2).kind, AssignmentKind::ForInformation);
    // 35 units could not be searched and their lists overlapped: found by a part of the name,
    // without accents; the two lists each have their room; the choice is said in words.
    const auto unitName = [&](const QString &id) {
        for (const QJsonValue &v : units) {
            if (v.toObject().value(QStringLiteral("id")).toString() == id)
                return v.toObject().value(QStringLiteral("name")).toString();
        }
        return QString();
    };
    dialog.show();
    auto *cooperating = dialog.findChild<QListWidget *>(QStringLiteral("cooperatingUnits"));
    auto *informed = dialog.findChild<QListWidget *>(QStringLiteral("informedUnits"));
    QVERIFY(cooperating && informed);
    QTRY_VERIFY(cooperating->isVisible());
    QVERIFY(!cooperating->geometry().intersects(informed->geometry()));
    QVERIFY(cooperating->height() >= 150 && informed->height() >= 150);
    dialog.setUnitFilter(QStringLiteral("tu phap"));
    int visibleUnits = 0;
    for (int i = 0; i < cooperating->count(); ++i) {
        const QListWidgetItem *item = cooperating->item(i);
        if (item->isHidden())
            continue;
        ++visibleUnits;
        // Only matches, and what is already chosen (Sở Tài chính stays ticked in view).
        QVERIFY2(text::foldForSearch(item->text()).contains(QStringLiteral("tu phap")) ||
                     item->checkState() == Qt::Checked,
                 qPrintable(item->text()));
    }
    QVERIFY(visibleUnits >= 1 && visibleUnits < cooperating->count() / 2);
    dialog.setUnitFilter(QString());
    const QString summary = dialog.summary();
    QVERIFY2(summary.contains(unitName(QStringLiteral("org-stc"))) &&
                 summary.contains(unitName(QStringLiteral("org-stp"))) &&
                 summary.contains(unitName(QStringLiteral("org-snv"))),
             qPrintable(summary));
    dialog.grab().save(QStringLiteral(LT_TEST_BINARY_DIR) +
                       QStringLiteral("/screenshots/direct.png"));
    dialog.hide();

    synced.clear();
    QVERIFY(window.queueAction(target.id, Action::Direct, dialog.text(), dialog.assignments()));
    QVERIFY(panel->html().contains(QStringLiteral("Giao Sở Tài chính chủ trì")));
    QVERIFY(synced.wait(60'000)); // queueAction started a sync
    QCOMPARE(synced.first().first().toBool(), true);
    // Directed, it has left To handle: it stays open, and no other document is highlighted
    // (the next action can only hit the document the reader sees).
    QCOMPARE(panel->documentId(), target.id);
    QVERIFY(!table->currentIndex().isValid());
    QCOMPARE(profile.value()->outbox().countPending().value(), 0);
    QCOMPARE(urgent.size(), 1); // nothing new: not announced again

    test::ServerProbe probe(m_server.url(), QStringLiteral("leader"));
    const QJsonObject onServer = probe.document(target.id);
    QCOMPARE(onServer.value(QStringLiteral("state")).toString(),
             QStringLiteral("incoming:assigned"));
    // The units chosen show in the document's history, by name.
    for (const char *id : {"org-stc", "org-stp", "org-snv"})
        QVERIFY2(panel->html().contains(unitName(QString::fromLatin1(id)).toHtmlEscaped()), id);
    QCOMPARE(onServer.value(QStringLiteral("history"))
                 .toArray()
                 .last()
                 .toObject()
                 .value(QStringLiteral("text"))
                 .toString(),
             dialog.text());
    const QJsonArray kinds = onServer.value(QStringLiteral("history"))
                                 .toArray()
                                 .last()
                                 .toObject()
                                 .value(QStringLiteral("assignments"))
                                 .toArray();
    QCOMPARE(kinds.size(), 3);
    QCOMPARE(kinds.at(2).toObject().value(QStringLiteral("kind")).toString(),
             QStringLiteral("information"));

    // Directing it again is refused at once, by the same judge as the server's (it is assigned
    // now): the reason shows and nothing is queued.
    QVERIFY(!window.queueAction(target.id, Action::Direct, QStringLiteral("Lần hai."), assigned));
    auto *problem = window.findChild<QMessageBox *>(QStringLiteral("problem"));
    QVERIFY(problem);
    QVERIFY2(problem->text().contains(actions::displayName(Action::Direct)),
             qPrintable(problem->text()));
    problem->close();
    QCOMPARE(profile.value()->outbox().countPending().value(), 0);

    // Another document, directed meanwhile from another desk: this one's copy is behind, so the
    // action is queued, and the server refuses it. The reason shows, and "try again" opens the
    // dialog with the same words and units.
    Document other;
    for (int r = 0; r < window.listModel()->rowCount() && other.id.isEmpty(); ++r) {
        const Document *d = window.listModel()->documentAt(r);
        if (d->id != target.id && d->state == DocumentState{IncomingState::Submitted})
            other = *d;
    }
    QVERIFY(!other.id.isEmpty());
    const QJsonObject elsewhere =
        probe.act(other.id, QStringLiteral("direct"), QStringLiteral("Giao Sở Nội vụ chủ trì."),
                  {QJsonObject{{QStringLiteral("organisation"), QStringLiteral("org-snv")},
                               {QStringLiteral("kind"), QStringLiteral("lead")}}});
    QCOMPARE(elsewhere.value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
    synced.clear();
    QVERIFY(window.queueAction(other.id, Action::Direct, QStringLiteral("Lần hai."), assigned));
    QVERIFY(synced.wait(60'000));
    // Directed meanwhile, it has left To handle: it stays open with no row highlighted (the
    // highlight never sits on another document than the panel's), and the refusal is told in
    // the status line as well as in its history.
    QCOMPARE(panel->documentId(), other.id);
    QVERIFY(!table->currentIndex().isValid());
    const QString status = window.findChild<QLabel *>(QStringLiteral("syncState"))->text();
    QVERIFY2(status.contains(other.numberNotation().toHtmlEscaped()), qPrintable(status));
    QVERIFY(panel->html().contains(QStringLiteral("Refused by the server")));
    auto *details = panel->findChild<QTextBrowser *>(QStringLiteral("documentDetails"));
    // Directed already: directing it again cannot succeed, so "try again" is not offered.
    QVERIFY(!details->toHtml().contains(QStringLiteral("reuse:")));

    // A refusal the user can mend (a unit the server does not know): "try again" opens the
    // dialog with the same words (the unknown unit is not among those it offers).
    Document third;
    for (int r = 0; r < window.listModel()->rowCount() && third.id.isEmpty(); ++r) {
        const Document *d = window.listModel()->documentAt(r);
        if (d->id != target.id && d->id != other.id &&
            d->state == DocumentState{IncomingState::Submitted})
            third = *d;
    }
    QVERIFY(!third.id.isEmpty());
    const QList<Assignment> unknown{
        Assignment{QStringLiteral("org-khong-co"), AssignmentKind::Lead, {}}};
    synced.clear();
    QVERIFY(window.queueAction(third.id, Action::Direct, QStringLiteral("Lần ba."), unknown));
    QVERIFY(synced.wait(60'000));
    window.openDocument(third.id);
    QVERIFY(panel->html().contains(QStringLiteral("Refused by the server")));
    const QString html = details->toHtml();
    const qsizetype at = html.indexOf(QStringLiteral("reuse:"));
    QVERIFY(at > 0);
    const QString link = html.mid(at, html.indexOf(u'"', at) - at);
    emit details->anchorClicked(QUrl(link));
    auto *again = window.findChild<ui::ActionDialog *>(QStringLiteral("actionDialog"));
    QVERIFY(again);
    QCOMPARE(again->text(), QStringLiteral("Lần ba."));
    QVERIFY(again->assignments().isEmpty());
    again->reject();

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
    // A sync meanwhile keeps the search (and its count).
    const int matches = window.listModel()->rowCount();
    synced.clear();
    window.syncNow();
    QVERIFY(synced.wait(60'000));
    QCOMPARE(window.currentBox(), ui::MainWindow::Box::Search);
    QCOMPARE(window.listModel()->search(), QStringLiteral("ke hoach"));
    QCOMPARE(window.listModel()->rowCount(), matches);
    QCOMPARE(window.boxCount(ui::MainWindow::Box::Search), matches);
    window.runSearch(QString());
    QCOMPARE(window.listModel()->search(), QString());

    // Keep a document offline from the panel: its file arrives with the sync that starts.
    synced.clear();
    window.keepOffline(target.id);
    QVERIFY(synced.wait(60'000));
    QVERIFY(profile.value()->blobs().has(target.attachments.first().sha256));
    // Now the panel shows the file itself (its display copy made on a worker thread).
    QSignalSpy shown(panel, &ui::DocumentPanel::fileShown);
    window.openDocument(target.id);
    QTRY_VERIFY_WITH_TIMEOUT(panel->pdfPageCount() >= 1, 30'000);
    QCOMPARE(shown.last().at(0).toString(), target.id);
    QCOMPARE(shown.last().at(1).toInt(), 0);

    // The viewer: thumbnails drawn, pages, zoom, and search in the text without accents.
    ui::PdfViewer *viewer = panel->viewer();
    QAbstractItemModelTester thumbTester(viewer->thumbnails()->model(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(viewer->thumbnails()->model()->rowCount(), viewer->pageCount());
    const QPixmap thumb =
        viewer->thumbnails()->model()->index(0, 0).data(Qt::DecorationRole).value<QPixmap>();
    QVERIFY(!thumb.isNull() && thumb.width() > 50);
    QVERIFY(!thumb.toImage().allGray() || thumb.toImage().pixelColor(10, 10) != Qt::black);
    viewer->setZoomFactor(1.5);
    QCOMPARE(viewer->zoomFactor(), 1.5);
    viewer->zoomIn();
    QCOMPARE(viewer->zoomFactor(), 2.0);
    viewer->zoomOut();
    viewer->zoomOut();
    QCOMPARE(viewer->zoomFactor(), 1.25);
    viewer->fitWidth();
    QVERIFY(viewer->isFitWidth());
    if (viewer->pageCount() > 1) {
        viewer->nextPage();
        QTRY_COMPARE(viewer->currentPage(), 1);
        viewer->previousPage();
        QTRY_COMPARE(viewer->currentPage(), 0);
    }
    const int found = viewer->search(QStringLiteral("uy ban nhan dan"));
    QVERIFY2(found >= 1, qPrintable(viewer->document()->getAllText(0).text().left(200)));
    QCOMPARE(viewer->currentMatch(), 0);
    // The match is painted on the page (it said "1/2" and highlighted nothing): the current
    // one framed in orange, over the words that matched.
    auto *pdfView = viewer->findChild<QWidget *>(QStringLiteral("pdfView"));
    QVERIFY(pdfView);
    auto *tabs = panel->findChild<QTabWidget *>();
    QVERIFY(tabs);
    tabs->setCurrentIndex(1); // the "Document" tab, where the viewer is
    QTRY_VERIFY(pdfView->isVisible() && pdfView->height() > 200);
    viewer->search(QStringLiteral("uy ban nhan dan")); // again, now that it is laid out
    auto *pdfViewport = pdfView->findChild<QWidget *>(QStringLiteral("qt_scrollarea_viewport"));
    const auto frame = [&](const QImage &shot) {
        QRect box;
        for (int y = 0; y < shot.height(); ++y) {
            for (int x = 0; x < shot.width(); ++x) {
                const QColor c = shot.pixelColor(x, y);
                if (c.red() > 200 && c.green() < 120 && c.blue() < 60)
                    box = box.united(QRect(x, y, 1, 1));
            }
        }
        return box;
    };
    const auto framed = [&] { return !frame(pdfViewport->grab().toImage()).isEmpty(); };
    // Once the page is drawn (QPdfView renders on its threads): the frame holds the words.
    const bool painted = QTest::qWaitFor(
        [&] {
            const QImage shot = pdfViewport->grab().toImage();
            const QRect box = frame(shot);
            if (box.width() < 20 || box.height() < 6)
                return false;
            int ink = 0;
            for (int y = box.top() + 2; y < box.bottom() - 1; ++y) {
                for (int x = box.left() + 2; x < box.right() - 1; ++x)
                    ink += qGray(shot.pixel(x, y)) < 110;
            }
            return ink > 15;
        },
        15'000);
    pdfViewport->grab().save(QStringLiteral(LT_TEST_BINARY_DIR) +
                             QStringLiteral("/screenshots/search.png"));
    QVERIFY(painted);
    QCOMPARE(viewer->search(QStringLiteral("khong co trong van ban nay")), 0);
    QCOMPARE(viewer->currentMatch(), -1);
    QTRY_VERIFY_WITH_TIMEOUT(!framed(), 10'000); // nothing found: nothing painted

    // Save as: the original bytes, signatures intact, not the display copy.
    const QString saved = m_tmp.filePath(QStringLiteral("saved.pdf"));
    QVERIFY(window.saveFileTo(target.id, 0, saved).ok());
    QFile savedFile(saved);
    QVERIFY(savedFile.open(QIODevice::ReadOnly));
    QCOMPARE(QCryptographicHash::hash(savedFile.readAll(), QCryptographicHash::Sha256),
             target.attachments.first().sha256);
    QVERIFY(!window.saveFileTo(target.id, 0, QStringLiteral("/proc/nope/x.pdf")).ok());
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

    window.openDocument(first.id);
    QTRY_VERIFY_WITH_TIMEOUT(window.documentPanel()->pdfPageCount() >= 1, 30'000);

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
    QTRY_VERIFY_WITH_TIMEOUT(window.documentPanel()->pdfPageCount() >= 1, 30'000);
    synced.clear();
    QVERIFY(
        window.queueAction(first.id, Action::Comment, QStringLiteral("Ý kiến viết trên máy bay.")));
    QVERIFY(synced.wait(60'000)); // the attempt fails, offline
    QCOMPARE(profile.value()->outbox().countPending().value(), 1);
    QVERIFY(window.documentPanel()->html().contains(QStringLiteral("Ý kiến viết trên máy bay.")));
    auto *sync = window.findChild<QLabel *>(QStringLiteral("syncState"));
    QVERIFY2(sync->text().contains(QStringLiteral("1 action")), qPrintable(sync->text()));

    // Back on the ground: the same server, the same address.
    QVERIFY2(m_server.start(QString(),
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

// Signs `login` in on a new profile and opens the desk after its first sync.
struct Desk
{
    std::unique_ptr<sync::Profile> profile;
    auth::MemorySecretStore secrets;
    std::unique_ptr<sync::Client> client;
    std::unique_ptr<ui::MainWindow> window;

    bool open(const QString &dir, const QUrl &server, const QString &login)
    {
        auto p = sync::Profile::open(dir);
        if (!p)
            return false;
        profile = std::move(p.value());
        client = std::make_unique<sync::Client>(*profile, secrets);
        std::optional<Status> done;
        client->signIn(server, login, QStringLiteral("demo123"), [&](Status s) { done = s; });
        if (!QTest::qWaitFor([&] { return done.has_value(); }, 30'000) || !done->ok())
            return false;
        window = std::make_unique<ui::MainWindow>(client.get());
        window->resize(1200, 800);
        window->show();
        QSignalSpy synced(window.get(), &ui::MainWindow::syncFinished);
        return synced.wait(60'000) && synced.first().first().toBool();
    }
    bool sync()
    {
        QSignalSpy synced(window.get(), &ui::MainWindow::syncFinished);
        window->syncNow();
        return synced.wait(60'000) && synced.first().first().toBool();
    }
};

void TestDesk::attachmentsAndKeyboard()
{
    Desk desk;
    QVERIFY(desk.open(m_tmp.filePath(QStringLiteral("clerk")), m_server.url(),
                      QStringLiteral("leader")));
    ui::MainWindow &window = *desk.window;
    ui::DocumentPanel *panel = window.documentPanel();

    // The keyboard's daily path: next and previous document.
    QVERIFY(window.listModel()->rowCount() >= 3);
    auto *table = window.findChild<QTableView *>(QStringLiteral("documentList"));
    table->setCurrentIndex(window.listModel()->index(0, 0));
    const QString id0 = window.listModel()->documentAt(0)->id;
    const QString id1 = window.listModel()->documentAt(1)->id;
    QCOMPARE(panel->documentId(), id0);
    auto *next = window.findChild<QAction *>(QStringLiteral("actionNextDocument"));
    auto *previous = window.findChild<QAction *>(QStringLiteral("actionPreviousDocument"));
    QVERIFY(next && previous);
    QCOMPARE(next->shortcut(), QKeySequence(Qt::ALT | Qt::Key_Down));
    next->trigger();
    QCOMPARE(panel->documentId(), id1);
    previous->trigger();
    QCOMPARE(panel->documentId(), id0);
    // Ctrl+D directs when the document may be directed, and only then.
    auto *direct = window.findChild<QAction *>(QStringLiteral("actionDirect"));
    QVERIFY(direct);
    QCOMPARE(direct->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_D));
    for (int r = 0; r < window.listModel()->rowCount(); ++r) {
        table->setCurrentIndex(window.listModel()->index(r, 0));
        QCOMPARE(direct->isEnabled(), panel->offeredActions().contains(Action::Direct));
    }
    // Three rows chosen: nothing acts on "one of them"; one row again: it does.
    int directable = -1;
    for (int r = 0; r < window.listModel()->rowCount() && directable < 0; ++r) {
        table->setCurrentIndex(window.listModel()->index(r, 0));
        if (direct->isEnabled())
            directable = r;
    }
    QVERIFY(directable >= 0);
    table->selectionModel()->select(
        QItemSelection(window.listModel()->index(0, 0), window.listModel()->index(2, 0)),
        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QCOMPARE(table->selectionModel()->selectedRows().size() >= 3, true);
    QVERIFY(!direct->isEnabled());
    for (auto *b : panel->findChildren<QPushButton *>()) {
        if (b->objectName().startsWith(u"action_"))
            QVERIFY2(!b->isEnabled(), qPrintable(b->objectName()));
    }
    QVERIFY(window.statusBar()->currentMessage().contains(u'3') ||
            window.statusBar()->currentMessage().contains(u'4'));
    table->setCurrentIndex(window.listModel()->index(directable, 0));
    QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
    QVERIFY(direct->isEnabled());

    // A document with an appendix: both files listed, switched in the viewer.
    auto &cache = desk.profile->cache();
    store::DocumentCache::Query q;
    q.limit = 1000;
    std::optional<Document> withAppendix;
    for (const Document &d : cache.list(q).value()) {
        if (d.attachments.size() == 2) {
            withAppendix = d;
            break;
        }
    }
    QVERIFY(withAppendix);
    QVERIFY(!withAppendix->attachments.at(1).isMain);
    QVERIFY(desk.profile->pinDocument(withAppendix->id, true).ok());
    QVERIFY(desk.sync());
    QVERIFY(desk.profile->blobs().has(withAppendix->attachments.at(1).sha256));
    QSignalSpy shown(panel, &ui::DocumentPanel::fileShown);
    window.openDocument(withAppendix->id);
    auto *files = panel->findChild<QComboBox *>(QStringLiteral("attachments"));
    QCOMPARE(files->count(), 2);
    QVERIFY(files->itemText(1).contains(withAppendix->attachments.at(1).fileName));
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && shown.last().at(1).toInt() == 0, 30'000);
    const QString firstText = panel->viewer()->document()->getAllText(0).text();
    window.showAttachment(withAppendix->id, 1);
    QTRY_VERIFY_WITH_TIMEOUT(shown.last().at(1).toInt() == 1, 30'000);
    QCOMPARE(panel->currentAttachment(), 1);
    QVERIFY(panel->pdfPageCount() >= 1);
    QVERIFY(panel->viewer()->document()->getAllText(0).text() != firstText);
    // Save as writes the appendix's own bytes.
    const QString saved = m_tmp.filePath(QStringLiteral("appendix.pdf"));
    QVERIFY(window.saveFileTo(withAppendix->id, 1, saved).ok());
    QFile f(saved);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256),
             withAppendix->attachments.at(1).sha256);
}

void TestDesk::boxOfflineProgressAndLimit()
{
    Desk desk;
    QVERIFY(desk.open(m_tmp.filePath(QStringLiteral("boxes")), m_server.url(),
                      QStringLiteral("leader")));
    ui::MainWindow &window = *desk.window;
    sync::Profile &profile = *desk.profile;
    QCOMPARE(profile.blobs().bytesUsed(), 0);

    // A limit that holds one file: the others wait, and the sync says why.
    store::DocumentCache::Query q;
    q.box = Box::ToHandle;
    q.limit = 1000;
    const QList<Document> box = profile.cache().list(q).value();
    QSet<QByteArray> blobs;
    qint64 largest = 0;
    for (const Document &d : box) {
        for (const Attachment &a : d.attachments) {
            blobs.insert(a.sha256);
            largest = std::max(largest, a.size);
        }
    }
    QVERIFY(blobs.size() >= 2);
    auto s = profile.settings();
    s.offlineLimit = largest;
    QVERIFY(profile.saveSettings(s).ok());
    QSignalSpy progress(desk.client.get(), &sync::Client::filesProgress);
    window.keepBoxOffline(ui::MainWindow::Box::ToHandle, true);
    QVERIFY(window.isBoxKeptOffline(ui::MainWindow::Box::ToHandle));
    QSignalSpy synced(&window, &ui::MainWindow::syncFinished);
    QVERIFY(synced.wait(60'000));
    QVERIFY(profile.blobs().bytesUsed() <= largest);
    QVERIFY(profile.blobs().bytesUsed() > 0);
    auto *state = window.findChild<QLabel *>(QStringLiteral("syncState"));
    QVERIFY2(state->text().contains(QStringLiteral("limit")), qPrintable(state->text()));

    // No limit: every file of the box comes, with progress, and the space used is shown.
    s.offlineLimit = 0;
    QVERIFY(profile.saveSettings(s).ok());
    progress.clear();
    QVERIFY(desk.sync());
    for (const QByteArray &sha : blobs)
        QVERIFY(profile.blobs().has(sha));
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toInt(), progress.last().at(1).toInt()); // done of total
    QVERIFY(progress.last().at(1).toInt() >= 1);
    auto *space = window.findChild<QLabel *>(QStringLiteral("offlineSpace"));
    QVERIFY2(space->text().contains(text::dataSize(profile.blobs().bytesUsed())),
             qPrintable(space->text()));
    window.keepBoxOffline(ui::MainWindow::Box::ToHandle, false);
    QVERIFY(!window.isBoxKeptOffline(ui::MainWindow::Box::ToHandle));
}

void TestDesk::settingsMoveOfflineFiles()
{
    Desk desk;
    QVERIFY(desk.open(m_tmp.filePath(QStringLiteral("settings")), m_server.url(),
                      QStringLiteral("leader")));
    sync::Profile &profile = *desk.profile;
    const Document first = *desk.window->listModel()->documentAt(0);
    QVERIFY(profile.pinDocument(first.id, true).ok());
    QVERIFY(desk.sync());
    const QByteArray sha = first.attachments.first().sha256;
    QVERIFY(profile.blobs().has(sha));
    const QString before = profile.blobs().path(sha);

    ui::SettingsDialog dialog(profile);
    const QString elsewhere = m_tmp.filePath(QStringLiteral("elsewhere/offline"));
    dialog.setOfflineDirectory(elsewhere);
    dialog.setOfflineLimitMb(512);
    dialog.setModules({QStringLiteral("/usr/lib/softhsm/libsofthsm2.so")});
    // Plain words first (it showed .so paths, PEM files and "B-B/B-T/B-LT" to office staff):
    // nothing technical until "Advanced" is opened; the drivers by their names.
    dialog.show();
    const auto visibleText = [&] {
        QStringList words;
        for (auto *l : dialog.findChildren<QLabel *>())
            words << (l->isVisible() ? l->text() : QString());
        for (auto *c : dialog.findChildren<QComboBox *>()) {
            for (int i = 0; c->isVisible() && i < c->count(); ++i)
                words << c->itemText(i);
        }
        for (auto *list : dialog.findChildren<QListWidget *>()) {
            for (int i = 0; list->isVisible() && i < list->count(); ++i)
                words << list->item(i)->text();
        }
        for (auto *g : dialog.findChildren<QGroupBox *>())
            words << g->title();
        return words.join(u'\n');
    };
    const QString plain = visibleText();
    for (const char *word : {".so", ".pem", "PEM", "PKCS#11", "B-LT", "B-B", "OCSP", "/usr/"})
        QVERIFY2(!plain.contains(QLatin1String(word)), word);
    auto *drivers = dialog.findChild<QListWidget *>(QStringLiteral("settingsDrivers"));
    QVERIFY(drivers && drivers->count() >= 1);
    QVERIFY2(plain.contains(QStringLiteral("SoftHSM")), qPrintable(plain));
    dialog.findChild<QPushButton *>(QStringLiteral("settingsAdvanced"))->click();
    QVERIFY(visibleText().contains(QStringLiteral("PKCS#11")));
    QVERIFY(visibleText().contains(QStringLiteral("libsofthsm2.so")));
    QVERIFY(dialog.apply());
    QCOMPARE(profile.offlineDirectory(), QDir(elsewhere).absolutePath());
    QVERIFY(profile.blobs().has(sha));
    QVERIFY(profile.blobs().path(sha).startsWith(QDir(elsewhere).absolutePath()));
    QVERIFY(!QFileInfo::exists(before));
    // The file still opens from its new place.
    desk.window->openDocument(first.id);
    QTRY_VERIFY_WITH_TIMEOUT(desk.window->documentPanel()->pdfPageCount() >= 1, 30'000);

    // Kept across restarts.
    auto again = sync::Profile::open(profile.directory());
    QVERIFY(again.ok());
    QCOMPARE(again.value()->settings().offlineLimit, 512LL * 1024 * 1024);
    QCOMPARE(again.value()->settings().pkcs11Modules,
             QStringList{QStringLiteral("/usr/lib/softhsm/libsofthsm2.so")});
    QVERIFY(again.value()->blobs().has(sha));
    // A folder that cannot be written is refused; nothing moves.
    QVERIFY(!profile.setOfflineDirectory(QStringLiteral("/proc/lienthong")).ok());
    QVERIFY(profile.blobs().has(sha));
}

void TestDesk::signInAndOut()
{
    // A first start: nothing in the profile, the sign-in dialog.
    auto profile = sync::Profile::open(m_tmp.filePath(QStringLiteral("first-start")));
    QVERIFY(profile.ok());
    auth::MemorySecretStore secrets;
    sync::Client client(*profile.value(), secrets);
    ui::MainWindow window(&client);
    window.show();
    QVERIFY(window.findChild<QWidget *>(QStringLiteral("emptySignIn"))->isVisible());
    ui::LoginDialog dialog(client, &window);
    QSignalSpy attempts(&dialog, &ui::LoginDialog::attemptFinished);
    dialog.setServer(m_server.url());
    dialog.setCredentials(QStringLiteral("leader"), QStringLiteral("wrong"));
    dialog.signIn();
    QVERIFY(attempts.wait(30'000));
    QCOMPARE(attempts.last().first().toBool(), false);
    QVERIFY(!dialog.errorText().isEmpty());
    QVERIFY(!profile.value()->isSignedIn());
    dialog.setServer(QUrl(QStringLiteral("ftp://nowhere")));
    dialog.setCredentials(QStringLiteral("leader"), QStringLiteral("demo123"));
    dialog.signIn();
    QCOMPARE(attempts.last().first().toBool(), false); // refused before any network call
    dialog.setServer(m_server.url());
    dialog.setCredentials(QStringLiteral("leader"), QStringLiteral("demo123"));
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.signIn();
    QVERIFY(attempts.wait(30'000));
    QCOMPARE(attempts.last().first().toBool(), true);
    QCOMPARE(accepted.size(), 1);
    QVERIFY(profile.value()->isSignedIn());
    QVERIFY(!secrets.isEmpty()); // the session, in the keychain
    QSignalSpy synced(&window, &ui::MainWindow::syncFinished);
    window.syncNow();
    QVERIFY(synced.wait(60'000));
    QVERIFY(window.listModel()->rowCount() > 0);

    // Sign out: the session is gone, the documents stay for reading.
    auto *signOut = window.findChild<QAction *>(QStringLiteral("actionSignOut"));
    QVERIFY(signOut->isEnabled());
    // Signed out while a sync runs on its thread: the sync's tokens do not bring the session back.
    QSignalSpy session(&client, &sync::Client::sessionChanged);
    synced.clear();
    window.syncNow();
    signOut->trigger();
    QVERIFY(session.wait(30'000));
    QTRY_VERIFY_WITH_TIMEOUT(!synced.isEmpty(), 60'000);
    QVERIFY(!profile.value()->isSignedIn());
    QVERIFY(!client.hasSession());
    QVERIFY(secrets.isEmpty());
    QVERIFY(window.listModel()->rowCount() > 0);
    auto *state = window.findChild<QLabel *>(QStringLiteral("connectionState"));
    QTRY_VERIFY(state->text().contains(QStringLiteral("not signed in")));
    QVERIFY(!signOut->isEnabled());
}

// The README's screenshots of the desk, in Vietnamese, saved under the build directory
// (`cmake --build build --target update_screenshots` copies them into docs/screenshots).
void TestDesk::vietnameseScreenshots()
{
    QVERIFY(i18n::install(*qApp, QStringLiteral("vi")));
    Desk desk;
    QVERIFY(desk.open(m_tmp.filePath(QStringLiteral("screenshots")), m_server.url(),
                      QStringLiteral("leader")));
    ui::MainWindow &window = *desk.window;
    const QString dir = QStringLiteral(LT_TEST_BINARY_DIR) + QStringLiteral("/screenshots");
    QDir().mkpath(dir);
    // The first document to direct, with its file kept offline.
    const Document *target = nullptr;
    int row = 0;
    for (; row < window.listModel()->rowCount(); ++row) {
        target = window.listModel()->documentAt(row);
        if (!target->attachments.isEmpty() &&
            std::holds_alternative<IncomingState>(target->state) &&
            std::get<IncomingState>(target->state) == IncomingState::Submitted)
            break;
    }
    QVERIFY(row < window.listModel()->rowCount());
    const QString id = target->id;
    QVERIFY(desk.profile->pinDocument(id, true).ok());
    QVERIFY(desk.sync());
    auto *table = window.findChild<QTableView *>(QStringLiteral("documentList"));
    table->setCurrentIndex(window.listModel()->index(row, 0));
    ui::DocumentPanel *panel = window.documentPanel();
    QCOMPARE(panel->documentId(), id);
    QTRY_VERIFY_WITH_TIMEOUT(panel->pdfPageCount() >= 1, 30'000);
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("connectionState"))
                ->text()
                .startsWith(QStringLiteral("Trực tuyến")));
    QTest::qWait(50); // laid out and painted
    QVERIFY(window.grab().save(dir + QStringLiteral("/desk.png")));
    panel->showPdfTab();
    QTest::qWait(50);
    QVERIFY(window.grab().save(dir + QStringLiteral("/viewer.png")));

    // After the direction: delivered, the document has left To handle and stays open with no
    // row highlighted; what the reader then sees, in Vietnamese.
    QSignalSpy synced(&window, &ui::MainWindow::syncFinished);
    QVERIFY(window.queueAction(
        id, Action::Direct, QStringLiteral("Giao Sở Tài chính chủ trì, báo cáo trước 15/12."),
        {Assignment{QStringLiteral("org-stc"), AssignmentKind::Lead, QDate(2026, 12, 15)}}));
    QVERIFY(synced.wait(60'000));
    QCOMPARE(panel->documentId(), id);
    QVERIFY(!table->currentIndex().isValid());
    QVERIFY2(panel->html().contains(enums::displayName(IncomingState::Assigned)),
             qPrintable(panel->html()));
    QTest::qWait(50);
    QVERIFY(window.grab().save(dir + QStringLiteral("/desk-after-direct.png")));

    ui::LoginDialog login(*desk.client);
    login.show();
    QVERIFY(login.grab().save(dir + QStringLiteral("/login.png")));
    ui::SettingsDialog settings(*desk.profile);
    settings.show();
    QVERIFY(settings.grab().save(dir + QStringLiteral("/settings.png")));
}

// The leader signs an approved draft in the app with a SoftHSM2 token: the certificate found
// on the token thread, a wrong PIN first (one try, said clearly), the stamp dragged elsewhere
// on the page, then the right PIN; the signed version shows at once and goes up with the
// next sync, then the "sign" action; pdfsig finds the signature valid where it was put.
// The last approved draft with a file in To sign: what the leader signs next.
static std::optional<Document> approvedDraft(sync::Profile &profile)
{
    store::DocumentCache::Query q;
    q.box = Box::ToSign;
    std::optional<Document> draft;
    for (const Document &d : profile.cache().list(q).value()) {
        if (std::holds_alternative<OutgoingState>(d.state) &&
            std::get<OutgoingState>(d.state) == OutgoingState::Approved && !d.attachments.isEmpty())
            draft = d;
    }
    return draft;
}

// A specialist makes a draft from the Document menu: the dialog says what is missing, the
// files and the draft go to the server, and the new draft opens in the panel.
void TestDesk::aSpecialistDraftsInTheApp()
{
    // In Vietnamese, as its users see it (the README's picture); English again afterwards.
    QVERIFY(i18n::install(*qApp, QStringLiteral("vi")));
    const auto english = qScopeGuard([] { i18n::install(*qApp, QStringLiteral("en")); });
    Desk desk;
    QVERIFY(desk.open(m_tmp.filePath(QStringLiteral("drafting")), m_server.url(),
                      QStringLiteral("specialist")));
    ui::MainWindow &window = *desk.window;
    auto *menuItem = window.findChild<QAction *>(QStringLiteral("actionNewDraft"));
    QVERIFY(menuItem && menuItem->isVisible());
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("actionRegisterIncoming"))->isVisible());
    menuItem->trigger();
    ui::NewDocumentDialog *dialog = window.newDocumentDialog();
    QVERIFY(dialog);
    QVERIFY2(dialog->problem().contains(QStringLiteral("trích yếu")),
             qPrintable(dialog->problem()));
    // A file that is neither a PDF nor a word-processor document is refused with the way out;
    // a .docx needs LibreOffice, and says so when it is not installed.
    const QString photo = m_tmp.filePath(QStringLiteral("du-thao.jpg"));
    QVERIFY(test::writeFile(photo, "\xFF\xD8\xFF\xE0 a photograph"));
    dialog->setSubject(QStringLiteral("Về việc triển khai chữ ký số năm 2027"));
    dialog->setMainFile(photo);
    QVERIFY2(dialog->problem().contains(QStringLiteral("PDF")), qPrintable(dialog->problem()));
    const QString word = m_tmp.filePath(QStringLiteral("du-thao.docx"));
    QVERIFY(test::writeFile(word, "PK\x03\x04 a Word file"));
    qputenv("LIENTHONG_SOFFICE", "");
    dialog->setMainFile(word);
    QVERIFY2(dialog->problem().contains(QStringLiteral("LibreOffice")),
             qPrintable(dialog->problem()));
    qunsetenv("LIENTHONG_SOFFICE");
    const QString pdf = m_tmp.filePath(QStringLiteral("du-thao.pdf"));
    QVERIFY(test::makeDraft(pdf));
    dialog->setMainFile(pdf);
    dialog->setSigner(QStringLiteral("leader"));
    dialog->addRecipient(QStringLiteral("org-snv"));
    dialog->addRecipient(QStringLiteral("org-sct"));
    QVERIFY2(dialog->problem().isEmpty(), qPrintable(dialog->problem()));
    QTest::qWait(50);
    const QString shots = QStringLiteral(LT_TEST_BINARY_DIR) + QStringLiteral("/screenshots");
    QDir().mkpath(shots);
    QVERIFY(dialog->grab().save(shots + QStringLiteral("/new-draft.png")));
    dialog->accept();
    ui::DocumentPanel *panel = window.documentPanel();
    QTRY_VERIFY_WITH_TIMEOUT(!panel->documentId().isEmpty() &&
                                 desk.profile->cache().get(panel->documentId()).value() &&
                                 desk.profile->cache()
                                     .get(panel->documentId())
                                     .value()
                                     ->subject.contains(QStringLiteral("chữ ký số năm 2027")),
                             30'000);
    // One draft made, not two (the request's id makes it once).
    test::ServerProbe probe(m_server.url(), QStringLiteral("specialist"));
    int made = 0;
    for (const QJsonObject &d : probe.all())
        made += d.value(QStringLiteral("subject"))
                    .toString()
                    .contains(QStringLiteral("chữ ký số năm 2027"));
    QCOMPARE(made, 1);
    const QJsonObject draft = probe.document(panel->documentId());
    QCOMPARE(draft.value(QStringLiteral("state")).toString(), QStringLiteral("outgoing:draft"));
    QCOMPARE(draft.value(QStringLiteral("recipients")).toArray().size(), 2);
    QCOMPARE(draft.value(QStringLiteral("signerName")).toString().isEmpty(), false);
    // The panel names the recipients and the draft's first version, by whom.
    QTRY_VERIFY_WITH_TIMEOUT(panel->html().contains(QStringLiteral("Sở Nội vụ")), 10'000);
    QVERIFY(panel->html().contains(QStringLiteral("du-thao.pdf")));
    QVERIFY2(panel->html().contains(draft.value(QStringLiteral("versions"))
                                        .toArray()
                                        .first()
                                        .toObject()
                                        .value(QStringLiteral("byName"))
                                        .toString()),
             qPrintable(panel->html()));
    QTest::qWait(50);
    QVERIFY(window.grab().save(shots + QStringLiteral("/new-draft-made.png")));
}

// The clerk submits a registered document to the deputy chosen in the dialog (the people of
// the agency come with the sync); the server gives that deputy the document to direct.
void TestDesk::theClerkChoosesTheLeader()
{
    QVERIFY(i18n::install(*qApp, QStringLiteral("vi")));
    const auto english = qScopeGuard([] { i18n::install(*qApp, QStringLiteral("en")); });
    Desk desk;
    QVERIFY(desk.open(m_tmp.filePath(QStringLiteral("submitting")), m_server.url(),
                      QStringLiteral("clerk")));
    ui::MainWindow &window = *desk.window;
    QString deputy;
    for (const QJsonValue &v : desk.profile->people()) {
        if (v.toObject().value(QStringLiteral("login")).toString() == u"deputy3")
            deputy = v.toObject().value(QStringLiteral("id")).toString();
    }
    QVERIFY2(!deputy.isEmpty(), "the people of the agency came with the sync");
    store::DocumentCache::Query q;
    q.limit = 1000;
    std::optional<Document> registered;
    for (const Document &d : desk.profile->cache().list(q).value()) {
        if (d.state == DocumentState{IncomingState::Registered})
            registered = d;
    }
    QVERIFY(registered);
    window.openDocument(registered->id);
    QPushButton *submit = nullptr;
    for (QPushButton *b : window.documentPanel()->findChildren<QPushButton *>()) {
        if (b->text().remove(u'&') == actions::displayName(Action::Submit))
            submit = b;
    }
    QVERIFY(submit);
    submit->click();
    auto *dialog = window.findChild<ui::ActionDialog *>(QStringLiteral("actionDialog"));
    QVERIFY(dialog);
    auto *to = dialog->findChild<QComboBox *>(QStringLiteral("submitTo"));
    QVERIFY(to);
    QVERIFY(to->count() >= 3); // the default, the leader, deputies; no clerk, no specialist
    for (int i = 1; i < to->count(); ++i)
        QVERIFY2(!to->itemText(i).contains(QStringLiteral("Văn thư")), qPrintable(to->itemText(i)));
    dialog->setTo(deputy);
    QCOMPARE(dialog->to(), deputy);
    QTest::qWait(50);
    const QString shots = QStringLiteral(LT_TEST_BINARY_DIR) + QStringLiteral("/screenshots");
    QVERIFY(dialog->grab().save(shots + QStringLiteral("/submit-to.png")));
    QSignalSpy synced(&window, &ui::MainWindow::syncFinished);
    dialog->accept();
    QTRY_COMPARE_WITH_TIMEOUT(desk.profile->outbox().countPending().value(), 0, 60'000);
    const QJsonObject seen =
        test::ServerProbe(m_server.url(), QStringLiteral("deputy3")).document(registered->id);
    QVERIFY(
        seen.value(QStringLiteral("relations")).toArray().contains(QStringLiteral("addressee")));
    QCOMPARE(seen.value(QStringLiteral("history"))
                 .toArray()
                 .last()
                 .toObject()
                 .value(QStringLiteral("to")),
             QJsonValue(deputy));
}

// Chuyển xử lý: the leader directs a document to the finance department; its head, in the app,
// passes it on to one specialist who leads and one who helps; the server gives them their
// parts and the panel shows the chain "Sở Tài chính (hạn …) — Chuyên viên … (hạn …)".
void TestDesk::aHeadPassesTheWorkOn()
{
    QVERIFY(i18n::install(*qApp, QStringLiteral("vi")));
    const auto english = qScopeGuard([] { i18n::install(*qApp, QStringLiteral("en")); });
    test::ServerProbe leader(m_server.url(), QStringLiteral("leader"));
    QString id;
    for (const QJsonObject &d : leader.all()) {
        if (d.value(QStringLiteral("state")).toString() == u"incoming:submitted" &&
            d.value(QStringLiteral("relations")).toArray().contains(QStringLiteral("addressee"))) {
            id = d.value(QStringLiteral("id")).toString();
            break;
        }
    }
    QVERIFY2(!id.isEmpty(), "the demo has documents before the leader");
    const QDate due = QDate::currentDate().addDays(20);
    QCOMPARE(
        leader
            .act(id, QStringLiteral("direct"), QStringLiteral("Giao Sở Tài chính chủ trì."),
                 QJsonArray{QJsonObject{{QStringLiteral("organisation"), QStringLiteral("org-stc")},
                                        {QStringLiteral("kind"), QStringLiteral("lead")},
                                        {QStringLiteral("deadline"), due.toString(Qt::ISODate)}}})
            .value(QStringLiteral("status"))
            .toString(),
        QStringLiteral("applied"));

    Desk desk;
    QVERIFY(desk.open(m_tmp.filePath(QStringLiteral("passing-on")), m_server.url(),
                      QStringLiteral("head")));
    ui::MainWindow &window = *desk.window;
    QString specialist, helper, specialistName;
    for (const QJsonValue &v : desk.profile->people()) {
        const QString login = v[QStringLiteral("login")].toString();
        if (login == u"specialist") {
            specialist = v[QStringLiteral("id")].toString();
            specialistName = v[QStringLiteral("fullName")].toString();
        } else if (login == u"stc.cv2") {
            helper = v[QStringLiteral("id")].toString();
        }
    }
    QVERIFY(!specialist.isEmpty() && !helper.isEmpty());
    window.openDocument(id);
    auto *passOn =
        window.documentPanel()->findChild<QPushButton *>(QStringLiteral("action_pass_on"));
    QVERIFY2(passOn, "the head of the lead unit is offered \"Chuyển xử lý\"");
    const QString shots = QStringLiteral(LT_TEST_BINARY_DIR) + QStringLiteral("/screenshots");
    passOn->click();
    auto *dialog = window.findChild<ui::ActionDialog *>(QStringLiteral("actionDialog"));
    QVERIFY(dialog);
    auto *lead = dialog->findChild<QComboBox *>(QStringLiteral("leadPerson"));
    QVERIFY(lead);
    // A specialist's deadline: no later than the document's.
    QCOMPARE(dialog->findChild<QDateEdit *>()->maximumDate(), due);
    // The unit's own people only: the head's two specialists, and "nobody".
    QCOMPARE(lead->count(), 3);
    QVERIFY(lead->findData(specialist) > 0);
    QVERIFY(lead->findData(helper) > 0);
    dialog->setText(QStringLiteral("Đề nghị đồng chí nghiên cứu, tham mưu."));
    // A ready-made phrase (the built-in ones, in Vietnamese) goes after the words.
    auto *phrases = dialog->findChild<QComboBox *>(QStringLiteral("phrases"));
    QVERIFY(phrases);
    QCOMPARE(phrases->itemText(1), QStringLiteral("Đồng ý."));
    const int urgent = phrases->findText(QStringLiteral("Khẩn trương thực hiện, báo cáo kết quả "
                                                        "trước thời hạn."));
    QVERIFY(urgent > 0);
    dialog->usePhrase(urgent);
    QCOMPARE(dialog->text(), QStringLiteral("Đề nghị đồng chí nghiên cứu, tham mưu. Khẩn trương "
                                            "thực hiện, báo cáo kết quả trước thời hạn."));
    dialog->setLeadPerson(specialist);
    dialog->setHelpingPeople({helper});
    QCOMPARE(dialog->assignments().size(), 2);
    QTest::qWait(50);
    QVERIFY(dialog->grab().save(shots + QStringLiteral("/pass-on.png")));
    dialog->accept();
    QTRY_COMPARE_WITH_TIMEOUT(desk.profile->outbox().countPending().value(), 0, 60'000);
    QVERIFY(desk.sync());
    QCOMPARE(desk.profile->outbox().forDocument(id).value().last().state,
             store::OutboxEntry::State::Applied);
    const QJsonArray theirs = test::ServerProbe(m_server.url(), QStringLiteral("specialist"))
                                  .document(id)
                                  .value(QStringLiteral("relations"))
                                  .toArray();
    QVERIFY(theirs.contains(QStringLiteral("assignee")));
    const QJsonArray helping = test::ServerProbe(m_server.url(), QStringLiteral("stc.cv2"))
                                   .document(id)
                                   .value(QStringLiteral("relations"))
                                   .toArray();
    QVERIFY(helping.contains(QStringLiteral("cooperating")));

    // The panel, after: the chain of who handles it, in Vietnamese.
    window.openDocument(id);
    const QString text = window.documentPanel()->html();
    const QString chain = QStringLiteral("Sở Tài chính (hạn %1) — Chuyên viên %2")
                              .arg(due.toString(QStringLiteral("dd/MM/yyyy")), specialistName);
    QVERIFY2(text.contains(chain), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("phối hợp")), qPrintable(text));
    QTest::qWait(50);
    QVERIFY(window.grab().save(shots + QStringLiteral("/passed-on.png")));
}

// Sổ văn bản in the app: the clerk opens the incoming register of the year, scrolls it (pages
// arrive as the view needs them), finds an entry without accents, opens its document, and
// exports the register to Excel and to a PDF laid out like Annex IV, read back by unzip,
// qpdf and pdftotext. A specialist has no registers in the menu.
void TestDesk::theClerkKeepsTheRegisters()
{
    QVERIFY(i18n::install(*qApp, QStringLiteral("vi")));
    const auto english = qScopeGuard([] { i18n::install(*qApp, QStringLiteral("en")); });
    Desk desk;
    QVERIFY(desk.open(m_tmp.filePath(QStringLiteral("registers")), m_server.url(),
                      QStringLiteral("clerk")));
    ui::MainWindow &window = *desk.window;
    auto *menuItem = window.findChild<QAction *>(QStringLiteral("actionRegisters"));
    QVERIFY(menuItem && menuItem->isVisible());
    menuItem->trigger();
    ui::RegisterWindow *registers = window.registerWindow();
    QVERIFY(registers);
    ui::RegisterModel *model = registers->model();
    QTRY_VERIFY_WITH_TIMEOUT(model->total() > 0, 30'000);
    const int total = int(model->total());
    QVERIFY2(total > 60, "the demo's incoming register has entries this year");
    QCOMPARE(model->columnCount(), 10);
    QCOMPARE(model->headerData(1, Qt::Horizontal, Qt::DisplayRole).toString(),
             QStringLiteral("Số đến"));
    // Scrolling asks for the next pages, 25 rows at a time, until the whole register is there.
    model->setPageSize(25);
    registers->setYear(QDate::currentDate().year() - 1);
    QTRY_VERIFY_WITH_TIMEOUT(model->total() >= 0 && !model->isLoading(), 30'000);
    registers->setYear(QDate::currentDate().year());
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() >= 25, 30'000);
    QCOMPARE(int(model->total()), total);
    for (int i = 0; i < 20 && model->rowCount() < total; ++i) {
        registers->table()->scrollToBottom();
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(), 30'000);
        QTest::qWait(20);
    }
    QCOMPARE(model->rowCount(), total);
    QCOMPARE(model->data(model->index(0, 1), Qt::DisplayRole).toString(), QStringLiteral("01"));
    const QString shots = QStringLiteral(LT_TEST_BINARY_DIR) + QStringLiteral("/screenshots");
    QTest::qWait(50);
    QVERIFY(registers->grab().save(shots + QStringLiteral("/registers.png")));

    // Found without accents: the notation of the fifth entry, folded.
    const QString author = model->data(model->index(4, 2), Qt::DisplayRole).toString();
    const QString notation = model->data(model->index(4, 3), Qt::DisplayRole).toString();
    QVERIFY(!author.isEmpty() && !notation.isEmpty());
    registers->setSearch(text::foldForSearch(notation));
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->total() >= 1 &&
                                 model->search() == text::foldForSearch(notation),
                             30'000);
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() >= 1, 30'000);
    QVERIFY(model->total() < total);
    bool matched = false;
    for (int r = 0; r < model->rowCount(); ++r)
        matched = matched || model->data(model->index(r, 3), Qt::DisplayRole) == notation;
    QVERIFY2(matched, qPrintable(notation));
    registers->setSearch(text::foldForSearch(author) + QStringLiteral(" khong co dau nay"));
    QTRY_VERIFY_WITH_TIMEOUT(model->total() == 0 && !model->isLoading(), 30'000);
    QCOMPARE(registers->message(), QStringLiteral("Không có mục nào khớp."));

    // Opening an entry shows its document in the desk.
    registers->setSearch(QString());
    QTRY_VERIFY_WITH_TIMEOUT(model->total() == total && model->rowCount() > 0, 30'000);
    const QString first = model->documentAt(0);
    registers->table()->setCurrentIndex(model->index(0, 0));
    emit registers->table()->activated(model->index(0, 0));
    QCOMPARE(window.documentPanel()->documentId(), first);

    // Exported whole, the filter as it is: Excel and the printed register.
    const QString xlsx = m_tmp.filePath(QStringLiteral("so-den.xlsx"));
    QSignalSpy exported(registers, &ui::RegisterWindow::exported);
    registers->exportTo(xlsx);
    QVERIFY(exported.wait(60'000));
    QVERIFY2(exported.takeFirst().first().toBool(), qPrintable(registers->message()));
    const test::Run sheet =
        test::run(QStringLiteral("unzip"),
                  {QStringLiteral("-p"), xlsx, QStringLiteral("xl/worksheets/sheet1.xml")});
    QCOMPARE(sheet.code, 0);
    QVERIFY(sheet.out.contains(QStringLiteral("Số đến")));
    QVERIFY(sheet.out.contains(notation));
    const QString printed = m_tmp.filePath(QStringLiteral("so-den.pdf"));
    registers->exportTo(printed);
    QVERIFY(exported.wait(60'000));
    QVERIFY2(exported.takeFirst().first().toBool(), qPrintable(registers->message()));
    QVERIFY(registers->message().contains(QString::number(total)));
    QCOMPARE(test::run(QStringLiteral("qpdf"), {QStringLiteral("--check"), printed}).code, 0);
    const test::Run cover =
        test::run(QStringLiteral("pdftotext"),
                  {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                   QStringLiteral("1"), printed, QStringLiteral("-")});
    QVERIFY2(cover.out.contains(QStringLiteral("SỔ ĐĂNG KÝ VĂN BẢN ĐẾN")), qPrintable(cover.out));
    QVERIFY2(cover.out.contains(QStringLiteral("Năm %1").arg(QDate::currentDate().year())),
             qPrintable(cover.out));
    QVERIFY2(cover.out.contains(QStringLiteral("Từ số 01 đến số")), qPrintable(cover.out));
    const test::Run table = test::run(QStringLiteral("pdftotext"),
                                      {QStringLiteral("-layout"), printed, QStringLiteral("-")});
    QVERIFY(table.out.contains(QStringLiteral("(10)")));
    QVERIFY(table.out.contains(notation));
    // Every entry printed: the first, the middle and the last arrival numbers.
    for (const int n : {1, total / 2, total}) {
        QVERIFY2(table.out.contains(QRegularExpression(
                     QStringLiteral("\\b%1\\b").arg(n, 2, 10, QLatin1Char('0')))),
                 qPrintable(QString::number(n)));
    }
    QVERIFY(test::renderedPage(printed, 2, 60).save(shots + QStringLiteral("/register-pdf.png")));
    // A name the exports do not know: refused, nothing written.
    registers->exportTo(m_tmp.filePath(QStringLiteral("so-den.doc")));
    QCOMPARE(exported.size(), 1);
    QVERIFY(!exported.takeFirst().first().toBool());
    QVERIFY(!QFile::exists(m_tmp.filePath(QStringLiteral("so-den.doc"))));
    registers->close();

    Desk specialist;
    QVERIFY(specialist.open(m_tmp.filePath(QStringLiteral("registers-specialist")), m_server.url(),
                            QStringLiteral("specialist")));
    QVERIFY(
        !specialist.window->findChild<QAction *>(QStringLiteral("actionRegisters"))->isVisible());
}

// The leader's desk, trusting the token's CA; the token's driver is the one used to sign.
static bool openSigningDesk(Desk &desk, const test::TestToken &token, const QString &dir,
                            const QUrl &server, const QString &login = QStringLiteral("leader"))
{
    qputenv("LIENTHONG_PKCS11_MODULE", token.modulePath().toLocal8Bit());
    if (!desk.open(dir, server, login))
        return false;
    auto s = desk.profile->settings();
    s.caCertificates = {token.intermediateCertificate(), token.rootCertificate()};
    return desk.profile->saveSettings(s).ok();
}

void TestDesk::signInTheApp()
{
    QString error;
    auto token = test::TestToken::create(QStringLiteral("rsa:2048"), &error);
    QVERIFY2(token, qPrintable(error));
    Desk desk;
    QVERIFY(
        openSigningDesk(desk, *token, m_tmp.filePath(QStringLiteral("signing")), m_server.url()));
    ui::MainWindow &window = *desk.window;

    const std::optional<Document> draft = approvedDraft(*desk.profile);
    QVERIFY(draft);
    QVERIFY(desk.profile->pinDocument(draft->id, true).ok());
    QVERIFY(desk.sync());
    window.openDocument(draft->id);
    QVERIFY(window.documentPanel()->offeredActions().contains(Action::Sign));
    // The viewer has the file (its display copy is made on the thread pool).
    QTRY_VERIFY_WITH_TIMEOUT(window.documentPanel()->pdfPageCount() >= 1, 30'000);

    window.signDocument(draft->id, Action::Sign);
    auto *dialog = window.findChild<ui::SignDialog *>(QStringLiteral("signDialog"));
    QVERIFY(dialog);
    // It says which document it signs.
    QVERIFY2(dialog->documentTitle().contains(draft->subject), qPrintable(dialog->documentTitle()));
    QVERIFY(dialog->windowTitle().contains(draft->subject.left(20)));
    QTRY_COMPARE_WITH_TIMEOUT(dialog->certificateCount(), 1, 30'000);
    // Chains to the configured root, valid, for signing: nothing to warn about.
    QVERIFY2(!dialog->warningText().contains(u'⚠'), qPrintable(dialog->warningText()));
    dialog->setSignerTitle(QStringLiteral("Chủ tịch"));
    QCOMPARE(dialog->page(), window.documentPanel()->viewer()->pageCount()); // the last page
    // The handwritten signature, a transparent PNG, drawn in the stamp.
    const QString png = m_tmp.filePath(QStringLiteral("chu-ky.png"));
    QImage handwriting(240, 90, QImage::Format_ARGB32);
    handwriting.fill(Qt::transparent);
    {
        QPainter p(&handwriting);
        p.setPen(QPen(QColor(20, 150, 40), 4)); // green: no other part of the stamp is
        p.drawLine(10, 70, 120, 15);
        p.drawLine(120, 15, 230, 80);
    }
    QVERIFY(handwriting.save(png));
    dialog->setImage(png);

    // The preview is the appearance the signature will write, rendered: the handwriting's
    // green is in it.
    ui::StampPlacer *placer = dialog->placer();
    const QImage preview = placer->appearance();
    QVERIFY(!preview.isNull());
    int green = 0;
    for (int y = 0; y < preview.height(); ++y) {
        for (int x = 0; x < preview.width(); ++x) {
            const QColor c = preview.pixelColor(x, y);
            green += c.green() > 110 && c.red() < 90 && c.blue() < 90;
        }
    }
    QVERIFY2(green > 20, qPrintable(QString::number(green)));

    // Drag the stamp up and to the left.
    placer->resize(360, 480);
    const QRectF before = dialog->stampRect();
    const QPoint grab = placer->toWidget(before.center()).toPoint();
    QTest::mousePress(placer, Qt::LeftButton, {}, grab);
    QTest::mouseMove(placer, grab - QPoint(60, 120));
    QTest::mouseRelease(placer, Qt::LeftButton, {}, grab - QPoint(60, 120));
    const QRectF after = dialog->stampRect();
    QCOMPARE(after.size(), before.size());
    QVERIFY2(after.x() < before.x() - 20 && after.y() > before.y() + 50,
             qPrintable(QStringLiteral("%1,%2 → %3,%4")
                            .arg(before.x())
                            .arg(before.y())
                            .arg(after.x())
                            .arg(after.y())));
    dialog->show();
    QTest::qWait(50);
    const QString dir = QStringLiteral(LT_TEST_BINARY_DIR) + QStringLiteral("/screenshots");
    QVERIFY(dialog->grab().save(dir + QStringLiteral("/sign.png")));

    // A wrong PIN: one try used, said clearly; the dialog stays, nothing is queued.
    QSignalSpy attempts(dialog, &ui::SignDialog::attemptFinished);
    dialog->setPin(QStringLiteral("9999"));
    dialog->sign();
    QVERIFY(attempts.wait(60'000));
    QCOMPARE(attempts.last().first().toBool(), false);
    QVERIFY2(dialog->errorText().contains(QStringLiteral("PIN")), qPrintable(dialog->errorText()));
    QCOMPARE(desk.profile->outbox().countPending().value(), 0);
    // The PIN field takes the next try; the token's new warning comes with the listing.
    auto *pinField = dialog->findChild<QLineEdit *>(QStringLiteral("signPin"));
    QVERIFY(pinField);
    QCOMPARE(dialog->focusWidget(), static_cast<QWidget *>(pinField));
    QVERIFY(pinField->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(dialog->warningText().contains(QStringLiteral("PIN")), 30'000);

    // The right PIN: signed, queued, shown at once.
    QSignalSpy synced(&window, &ui::MainWindow::syncFinished);
    dialog->setPin(QStringLiteral("1234"));
    dialog->sign();
    QVERIFY(attempts.wait(60'000));
    QCOMPARE(attempts.last().first().toBool(), true);
    const auto local = desk.profile->cache().get(draft->id).value();
    QCOMPARE(local->attachments.first().version, 2);
    const QByteArray signedSha = local->attachments.first().sha256;
    QVERIFY(desk.profile->blobs().has(signedSha));
    QTRY_VERIFY_WITH_TIMEOUT(window.documentPanel()->pdfPageCount() >= 1, 30'000);

    // pdfsig: valid, and the stamp where it was dragged.
    const QString signedPath = desk.profile->blobs().path(signedSha);
    QProcess pdfsig;
    pdfsig.start(QStringLiteral("pdfsig"), {signedPath});
    QVERIFY(pdfsig.waitForFinished(60'000));
    const QString verdict = QString::fromUtf8(pdfsig.readAllStandardOutput());
    QVERIFY2(verdict.contains(QStringLiteral("Signature is Valid.")), qPrintable(verdict));
    QFile signedFile(signedPath);
    QVERIFY(signedFile.open(QIODevice::ReadOnly));
    const QByteArray bytes = signedFile.readAll();
    static const QRegularExpression rect(
        QStringLiteral("/Rect\\s*\\[\\s*([-\\d.]+)\\s+([-\\d.]+)\\s+([-\\d.]+)\\s+([-\\d.]+)"));
    QRegularExpressionMatch m;
    auto it = rect.globalMatch(QString::fromLatin1(bytes.mid(bytes.size() - 60'000)));
    while (it.hasNext())
        m = it.next();
    QVERIFY(m.hasMatch());
    QVERIFY(bytes.mid(bytes.size() - 60'000).contains("/Subtype/Image"));
    QCOMPARE(desk.profile->settings().signatureImage, png); // offered again next time
    QVERIFY(qAbs(m.captured(1).toDouble() - after.x()) < 1);
    QVERIFY(qAbs(m.captured(2).toDouble() - after.y()) < 1);

    // The next sync (started on signing; it may have ended while we looked) sends the file,
    // then the action.
    QTRY_VERIFY_WITH_TIMEOUT(!synced.isEmpty(), 60'000);
    QCOMPARE(desk.profile->outbox().countPending().value(), 0);
    test::ServerProbe probe(m_server.url(), QStringLiteral("leader"));
    const QJsonObject onServer = probe.document(draft->id);
    QCOMPARE(onServer.value(QStringLiteral("state")).toString(), QStringLiteral("outgoing:signed"));
    QCOMPARE(onServer.value(QStringLiteral("attachments"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("sha256"))
                 .toString(),
             QString::fromLatin1(signedSha.toHex()));
    qunsetenv("LIENTHONG_PKCS11_MODULE");
}

// A traveller signs at B-LT with no timestamp authority or OCSP responder in reach: the
// signature is made at B-B at once and goes up; when the services answer again, the next
// sync extends it (DSS and a document timestamp) and sends that version too.
void TestDesk::signOfflineThenExtend()
{
    QString error;
    auto token = test::TestToken::create(QStringLiteral("rsa:2048"), &error);
    QVERIFY2(token, qPrintable(error));
    Desk desk;
    QVERIFY(openSigningDesk(desk, *token, m_tmp.filePath(QStringLiteral("traveller-signs")),
                            m_server.url()));
    auto s = desk.profile->settings();
    s.signatureLevel = QStringLiteral("B-LT");
    s.timestampUrl = QStringLiteral("http://127.0.0.1:9/"); // nothing listens: offline
    s.ocspUrl = QStringLiteral("http://127.0.0.1:9/");
    QVERIFY(desk.profile->saveSettings(s).ok());
    ui::MainWindow &window = *desk.window;

    const std::optional<Document> draft = approvedDraft(*desk.profile);
    QVERIFY(draft);
    QVERIFY(desk.profile->pinDocument(draft->id, true).ok());
    QVERIFY(desk.sync());

    QSignalSpy extended(&window, &ui::MainWindow::signatureExtended);
    window.signDocument(draft->id, Action::Sign);
    auto *dialog = window.findChild<ui::SignDialog *>(QStringLiteral("signDialog"));
    QVERIFY(dialog);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->certificateCount(), 1, 30'000);
    QCOMPARE(dialog->level(), signing::Level::BLT);
    QSignalSpy attempts(dialog, &ui::SignDialog::attemptFinished);
    dialog->setPin(QStringLiteral("1234"));
    dialog->sign();
    QVERIFY(attempts.wait(60'000));
    QCOMPARE(attempts.last().first().toBool(), true);
    QVERIFY(dialog->report().validationDataMissing);
    QVERIFY(dialog->report().timestampMissing);
    QCOMPARE(desk.profile->pendingExtensions().value().size(), 1);
    const QByteArray bbSha =
        desk.profile->cache().get(draft->id).value()->attachments.first().sha256;

    // The sync goes (the server is there), the extension waits (its services are not).
    QVERIFY(extended.wait(60'000));
    QCOMPARE(extended.last().at(1).toBool(), false);
    QCOMPARE(desk.profile->pendingExtensions().value().size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(desk.profile->outbox().countPending().value(), 0, 60'000);
    test::ServerProbe probe(m_server.url(), QStringLiteral("leader"));
    QCOMPARE(probe.document(draft->id).value(QStringLiteral("state")).toString(),
             QStringLiteral("outgoing:signed"));

    // Back in reach: the next sync extends the signature and sends version 3.
    test::LoopbackTsa tsa(*token);
    QVERIFY(tsa.ready);
    test::LoopbackOcsp ocsp(*token);
    s = desk.profile->settings();
    s.timestampUrl = tsa.url();
    s.ocspUrl = ocsp.url();
    QVERIFY(desk.profile->saveSettings(s).ok());
    window.syncNow();
    QVERIFY(extended.wait(60'000));
    QCOMPARE(extended.last().at(1).toBool(), true);
    QCOMPARE(tsa.stamped, 1);
    QCOMPARE(ocsp.answered, 1);
    QCOMPARE(desk.profile->pendingExtensions().value().size(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(desk.profile->outbox().countPending().value(), 0, 60'000);
    const QJsonObject main =
        probe.document(draft->id).value(QStringLiteral("attachments")).toArray().first().toObject();
    QCOMPARE(main.value(QStringLiteral("version")).toInt(), 3);
    QCOMPARE(main.value(QStringLiteral("previousSha256")).toString(),
             QString::fromLatin1(bbSha.toHex()));
    const QByteArray ltSha =
        QByteArray::fromHex(main.value(QStringLiteral("sha256")).toString().toLatin1());
    QVERIFY(desk.profile->blobs().has(ltSha));
    QProcess pdfsig;
    pdfsig.start(QStringLiteral("pdfsig"), {desk.profile->blobs().path(ltSha)});
    QVERIFY(pdfsig.waitForFinished(60'000));
    const QString verdict = QString::fromUtf8(pdfsig.readAllStandardOutput());
    QVERIFY2(verdict.contains(QStringLiteral("Signature is Valid.")), qPrintable(verdict));
    QVERIFY2(verdict.contains(QStringLiteral("LienThong Test TSA")), qPrintable(verdict));
    QFile lt(desk.profile->blobs().path(ltSha));
    QVERIFY(lt.open(QIODevice::ReadOnly));
    QVERIFY(lt.readAll().contains("/DSS"));
    qunsetenv("LIENTHONG_PKCS11_MODULE");
}

// The clerk numbers and issues a signed document with the agency's signature: the dialog
// starts with the agency stamp at the top right of page 1, and the server numbers it.
void TestDesk::clerkIssuesWithTheAgencySignature()
{
    QString error;
    auto token = test::TestToken::create(QStringLiteral("EC:prime256v1"), &error);
    QVERIFY2(token, qPrintable(error));
    Desk desk;
    QVERIFY(openSigningDesk(desk, *token, m_tmp.filePath(QStringLiteral("clerk-issues")),
                            m_server.url(), QStringLiteral("clerk")));
    ui::MainWindow &window = *desk.window;
    store::DocumentCache::Query q;
    q.limit = 1000;
    std::optional<Document> signedDoc;
    for (const Document &d : desk.profile->cache().list(q).value()) {
        if (std::holds_alternative<OutgoingState>(d.state) &&
            std::get<OutgoingState>(d.state) == OutgoingState::Signed && !d.attachments.isEmpty())
            signedDoc = d;
    }
    QVERIFY(signedDoc);
    QVERIFY(desk.profile->pinDocument(signedDoc->id, true).ok());
    QVERIFY(desk.sync());
    window.openDocument(signedDoc->id);
    QVERIFY(window.documentPanel()->offeredActions().contains(Action::Issue));

    window.signDocument(signedDoc->id, Action::Issue);
    // The number is asked of the register first: the dialog comes with it.
    ui::SignDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (dialog = window.findChild<ui::SignDialog *>(QStringLiteral("signDialog"))) != nullptr,
        30'000);
    QVERIFY2(dialog->documentTitle().contains(u'/'), qPrintable(dialog->documentTitle()));
    QTRY_COMPARE_WITH_TIMEOUT(dialog->certificateCount(), 1, 30'000);
    QCOMPARE(dialog->page(), 1);
    const QRectF stamp = dialog->stampRect();
    QVERIFY2(stamp.y() > 700, qPrintable(QString::number(stamp.y()))); // the top margin of A4
    QSignalSpy attempts(dialog, &ui::SignDialog::attemptFinished);
    QSignalSpy synced(&window, &ui::MainWindow::syncFinished);
    dialog->setPin(QStringLiteral("1234"));
    dialog->sign();
    QVERIFY(attempts.wait(60'000));
    QCOMPARE(attempts.last().first().toBool(), true);
    QTRY_VERIFY_WITH_TIMEOUT(!synced.isEmpty(), 60'000);
    QTRY_COMPARE_WITH_TIMEOUT(desk.profile->outbox().countPending().value(), 0, 60'000);

    test::ServerProbe probe(m_server.url(), QStringLiteral("clerk"));
    const QJsonObject onServer = probe.document(signedDoc->id);
    QCOMPARE(onServer.value(QStringLiteral("state")).toString(), QStringLiteral("outgoing:issued"));
    QVERIFY(onServer.value(QStringLiteral("number")).toInt() > 0); // numbered by the register
    const QByteArray sha = QByteArray::fromHex(onServer.value(QStringLiteral("attachments"))
                                                   .toArray()
                                                   .first()
                                                   .toObject()
                                                   .value(QStringLiteral("sha256"))
                                                   .toString()
                                                   .toLatin1());
    QVERIFY(desk.profile->blobs().has(sha));
    QProcess pdfsig;
    pdfsig.start(QStringLiteral("pdfsig"), {desk.profile->blobs().path(sha)});
    QVERIFY(pdfsig.waitForFinished(60'000));
    const QString verdict = QString::fromUtf8(pdfsig.readAllStandardOutput());
    QVERIFY2(verdict.contains(QStringLiteral("Signature is Valid.")), qPrintable(verdict));
    // The number the register gave is in the file's text, before its notation.
    QProcess text;
    text.start(QStringLiteral("pdftotext"),
               {QStringLiteral("-layout"), QStringLiteral("-l"), QStringLiteral("1"),
                desk.profile->blobs().path(sha), QStringLiteral("-")});
    QVERIFY(text.waitForFinished(60'000));
    const QString words = QString::fromUtf8(text.readAllStandardOutput());
    const QString number =
        QStringLiteral("%1/%2")
            .arg(onServer.value(QStringLiteral("number")).toInt(), 2, 10, QLatin1Char('0'))
            .arg(onServer.value(QStringLiteral("notation")).toString());
    QVERIFY2(words.simplified().remove(u' ').contains(QStringLiteral("Số:") + number),
             qPrintable(words.left(600)));
    qunsetenv("LIENTHONG_PKCS11_MODULE");
}

// The desk's sync command cancelled in the middle of a first sync (one document a page, on the
// worker thread as the desktop runs it): it ends with Cancelled, the engine stops at its next
// page with what it stored whole, and the next sync brings the rest.
void TestDesk::aSyncCanBeCancelled()
{
    auto profile = sync::Profile::open(m_tmp.filePath(QStringLiteral("cancelled")));
    QVERIFY(profile.ok());
    auth::MemorySecretStore secrets;
    sync::Client client(*profile.value(), secrets);
    std::optional<Status> login;
    client.signIn(m_server.url(), QStringLiteral("clerk"), QStringLiteral("demo123"),
                  [&](Status s) { login = s; });
    QTRY_VERIFY_WITH_TIMEOUT(login.has_value(), 30'000);
    QVERIFY(login->ok());
    client.setBackgroundSync(true);
    client.setSyncPageSize(1);
    const int onServer =
        int(test::ServerProbe(m_server.url(), QStringLiteral("clerk")).all().size());
    QVERIFY(onServer > 50);

    QSignalSpy synced(&client, &sync::Client::synced);
    desk::SyncCommand first(client);
    QSignalSpy finished(&first, &desk::Command::finished);
    first.start();
    QTRY_VERIFY_WITH_TIMEOUT(profile.value()->cache().countAll().valueOr(0) >= 5, 30'000);
    first.cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(first.result().error().code, ErrorCode::Cancelled);
    QVERIFY(synced.wait(30'000)); // the engine stopped at its next page
    const auto ended = synced.first().first().value<Status>();
    QCOMPARE(ended.error().code, ErrorCode::Cancelled);
    const int stored = profile.value()->cache().countAll().valueOr(0);
    QVERIFY2(stored > 0 && stored < onServer, qPrintable(QString::number(stored)));
    QVERIFY(!profile.value()->cache().meta(QStringLiteral("cursor")).valueOr(QString()).isEmpty());

    client.setSyncPageSize(500);
    desk::SyncCommand second(client);
    QVERIFY2(second.exec().ok(),
             qPrintable(second.result().ok() ? QString() : second.result().error().message));
    QCOMPARE(profile.value()->cache().countAll().valueOr(0), onServer);
}

// Every row stayed bold, and "Công việc" counted 0 while listing every document.
void TestDesk::readOnceSeenAndTheWorkBox()
{
    Desk desk;
    QVERIFY(
        desk.open(m_tmp.filePath(QStringLiteral("work")), m_server.url(), QStringLiteral("head")));
    ui::MainWindow &window = *desk.window;
    auto &cache = desk.profile->cache();
    auto *navigation = window.findChild<ui::Navigation *>();
    QVERIFY(navigation);
    navigation->select(ui::DeskBox::Tasks);
    QCOMPARE(window.currentBox(), ui::DeskBox::Tasks);
    ui::DocumentListModel &model = *window.listModel();
    const int rows = model.rowCount();
    QVERIFY(rows > 0);
    QVERIFY(rows < cache.countAll().value());
    QCOMPARE(window.boxCount(ui::DeskBox::Tasks), rows);
    // At the usual size the subject is the widest column (it showed ~22 characters).
    auto *list = window.findChild<QTableView *>(QStringLiteral("documentList"));
    QVERIFY(list);
    const int subject = list->columnWidth(ui::DocumentListModel::Subject);
    for (int c = 0; c < ui::DocumentListModel::ColumnCount; ++c)
        QVERIFY(c == ui::DocumentListModel::Subject || list->columnWidth(c) < subject);
    QVERIFY2(subject >= 300, qPrintable(QString::number(subject)));
    const quint32 work = quint32(Relation::LeadUnit) | quint32(Relation::Cooperating) |
                         quint32(Relation::AssignedPerson);
    for (int r = 0; r < rows; ++r) {
        const Document *d = model.documentAt(r);
        QVERIFY2((d->relations & work) && !d->isClosed(), qPrintable(d->subject));
    }

    // Shown for a moment: read. Gone past at once: still unread.
    QList<QString> unread;
    navigation->select(ui::DeskBox::Incoming);
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.documentAt(r)->unread)
            unread << model.documentAt(r)->id;
    }
    QVERIFY2(unread.size() >= 3, qPrintable(QString::number(unread.size())));
    const auto bold = [&](const QString &id) {
        for (int r = 0; r < model.rowCount(); ++r) {
            if (model.documentAt(r)->id == id)
                return model.index(r, 1).data(Qt::FontRole).value<QFont>().bold();
        }
        return false;
    };
    const QString passed = unread.at(1), read = unread.at(2);
    window.openDocument(passed);
    window.openDocument(read);
    QVERIFY(bold(read));
    QTRY_VERIFY_WITH_TIMEOUT(!bold(read), 10'000);
    QTest::qWait(ui::DeskView::kReadAfterMs);
    QVERIFY(bold(passed));
    QVERIFY(!cache.get(read).value()->unread);
    QVERIFY(cache.get(passed).value()->unread);
    QCOMPARE(cache.pendingReadReceipts().value(), QStringList{read});
    // The next sync tells the server; the receipt is gone, the document stays read.
    QVERIFY(desk.sync());
    QVERIFY(cache.pendingReadReceipts().value().isEmpty());
    QVERIFY(!cache.get(read).value()->unread);
    QVERIFY(cache.get(passed).value()->unread);

    // "Mark unread" on the open document: bold again, and it stays so while it stays open
    // (a sync shows it again), read again once it is opened anew.
    window.openDocument(read);
    QVERIFY(window.findChild<QAction *>(QStringLiteral("actionMarkUnread")));
    window.markUnread({read});
    QVERIFY(bold(read));
    QVERIFY(cache.get(read).value()->unread);
    QCOMPARE(cache.pendingReadReceipts(1000, true).value(), QStringList{read});
    QVERIFY(desk.sync());
    QTest::qWait(ui::DeskView::kReadAfterMs + 500);
    QVERIFY(bold(read));
    QVERIFY(cache.get(read).value()->unread);
    QVERIFY(cache.pendingReadReceipts(1000, true).value().isEmpty());
    window.openDocument(passed);
    window.openDocument(read);
    QTRY_VERIFY_WITH_TIMEOUT(!bold(read), 10'000);
}

// Mật documents carried no marker and went offline without a word; "keep offline" without
// a network said nothing at all.
void TestDesk::classifiedAndOfflineFeedback()
{
    Desk desk;
    QVERIFY(desk.open(m_tmp.filePath(QStringLiteral("classified")), m_server.url(),
                      QStringLiteral("deputy")));
    ui::MainWindow &window = *desk.window;
    auto &cache = desk.profile->cache();
    ui::DocumentListModel &model = *window.listModel();
    QVERIFY(model.rowCount() >= 3);
    // One of them classified (as the server would send a Mật document).
    QStringList plainOnes;
    for (int r = 1; r < model.rowCount() && plainOnes.size() < 2; ++r) {
        if (model.documentAt(r)->confidentiality == Confidentiality::Normal &&
            !desk.profile->isPinned(model.documentAt(r)->id).value())
            plainOnes << model.documentAt(r)->id;
    }
    QCOMPARE(plainOnes.size(), 2);
    Document secret = *model.documentAt(0);
    const QString plain = plainOnes.at(0);
    const QString plainToo = plainOnes.at(1);
    QVERIFY(!desk.profile->isPinned(secret.id).value());
    secret.confidentiality = Confidentiality::Confidential;
    QVERIFY(cache.upsert(secret).ok());
    window.runSearch(QString()); // the list again, from the cache
    int row = -1;
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.documentAt(r)->id == secret.id)
            row = r;
    }
    QVERIFY(row >= 0);
    const QModelIndex number = model.index(row, ui::DocumentListModel::Number);
    QVERIFY(!number.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(number.data(Qt::ToolTipRole)
                .toString()
                .startsWith(enums::displayName(Confidentiality::Confidential)));
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.documentAt(r)->id == plain)
            QVERIFY(
                model.index(r, ui::DocumentListModel::Number).data(Qt::DecorationRole).isNull());
    }

    // Keeping it offline asks first; "No" keeps it off this computer.
    window.keepOffline(QStringList{secret.id});
    auto *confirm = window.findChild<QMessageBox *>(QStringLiteral("confirmConfidential"));
    QVERIFY(confirm);
    confirm->button(QMessageBox::No)->click();
    QTest::qWait(50);
    QVERIFY(!desk.profile->isPinned(secret.id).value());
    window.keepOffline(QStringList{secret.id, plain});
    confirm = window.findChild<QMessageBox *>(QStringLiteral("confirmConfidential"));
    QVERIFY(confirm);
    QSignalSpy synced(&window, &ui::MainWindow::syncFinished);
    confirm->button(QMessageBox::Yes)->click();
    QTRY_VERIFY_WITH_TIMEOUT(desk.profile->isPinned(secret.id).value(), 10'000);
    QVERIFY(desk.profile->isPinned(plain).value());
    // Said when done: on this computer.
    const QString keptHere = QCoreApplication::translate(
        "lt::desk", "Kept offline: %n document(s) on this computer.", nullptr, 2);
    QTRY_COMPARE_WITH_TIMEOUT(window.statusBar()->currentMessage(), keptHere, 30'000);
    QVERIFY(!synced.isEmpty()); // its sync is over: nothing writes the cache behind the test
    const QString here = window.statusBar()->currentMessage();

    // A whole box with it: asked too. (The sync just made brought the server's copy, which
    // is not classified: marked again, as the server would send it.)
    QVERIFY(cache.upsert(secret).ok());
    window.keepBoxOffline(window.currentBox(), true);
    // (Under load the count of the box's classified documents can wait for the sync's write:
    // seen at 10 s with four test programs on two cores.)
    QTRY_VERIFY_WITH_TIMEOUT(
        std::any_of(
            window.findChildren<QMessageBox *>(QStringLiteral("confirmConfidential")).cbegin(),
            window.findChildren<QMessageBox *>(QStringLiteral("confirmConfidential")).cend(),
            [](QMessageBox *b) { return b->isVisible(); }),
        30'000);
    for (auto *box : window.findChildren<QMessageBox *>(QStringLiteral("confirmConfidential"))) {
        if (box->isVisible())
            box->button(QMessageBox::No)->click();
    }
    QTest::qWait(50);
    QVERIFY(!window.isBoxKeptOffline(window.currentBox()));

    // No network: kept all the same, and said so.
    desk.client->setNetwork([](QObject *parent) {
        auto *nam = new QNetworkAccessManager(parent);
        nam->setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), 9));
        return nam;
    });
    window.statusBar()->clearMessage();
    window.keepOffline(QStringList{plainToo});
    // (Not classified: nothing is asked.)
    for (auto *box : window.findChildren<QMessageBox *>(QStringLiteral("confirmConfidential")))
        QVERIFY(!box->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!window.statusBar()->currentMessage().isEmpty(), 30'000);
    const QString later = window.statusBar()->currentMessage();
    QVERIFY2(later != here && later.contains(u'1'), qPrintable(later));
    QVERIFY(desk.profile->isPinned(plainToo).value());
    QVERIFY(!window.findChild<QMessageBox *>(QStringLiteral("problem")));
}

// Online, the file tab said the file was not on this computer until "keep offline": it is
// fetched from the server when shown (and not kept offline for that); offline it says so.
void TestDesk::fileOpensOnDemand()
{
    Desk desk;
    QVERIFY(desk.open(m_tmp.filePath(QStringLiteral("on-demand")), m_server.url(),
                      QStringLiteral("leader")));
    ui::MainWindow &window = *desk.window;
    ui::DocumentPanel *panel = window.documentPanel();
    ui::DocumentListModel &model = *window.listModel();
    QStringList notHere;
    for (int r = 0; r < model.rowCount() && notHere.size() < 2; ++r) {
        const Document *d = model.documentAt(r);
        if (!d->attachments.isEmpty() && !desk.profile->blobs().has(d->attachments.first().sha256))
            notHere << d->id;
    }
    QCOMPARE(notHere.size(), 2);
    QSignalSpy shown(panel, &ui::DocumentPanel::fileShown);
    window.openDocument(notHere.at(0));
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && shown.last().at(0).toString() == notHere.at(0),
                             30'000);
    QVERIFY(panel->pdfPageCount() >= 1);
    QVERIFY(!desk.profile->isPinned(notHere.at(0)).value());

    // No network: said plainly in the file tab, nothing kept.
    desk.client->setNetwork([](QObject *parent) {
        auto *nam = new QNetworkAccessManager(parent);
        nam->setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), 9));
        return nam;
    });
    window.openDocument(notHere.at(1));
    auto *message = panel->findChild<QLabel *>(QStringLiteral("noFile"));
    QVERIFY(message);
    const QString offline = QCoreApplication::translate(
        "lt::desk",
        "The file is not on this computer and the server cannot be reached: \"Keep offline\" "
        "downloads it when the network is back.");
    QTRY_COMPARE_WITH_TIMEOUT(message->text(), offline, 30'000);
    QVERIFY(!desk.profile->isPinned(notHere.at(1)).value());

    // "Open the file" on a computer with no PDF program said nothing: it says where to look.
    window.setFileOpener([](const QUrl &) { return false; });
    window.openFile(notHere.at(0), 0);
    QTRY_VERIFY_WITH_TIMEOUT(window.findChild<QMessageBox *>(QStringLiteral("problem")), 10'000);
    auto *problem = window.findChild<QMessageBox *>(QStringLiteral("problem"));
    QVERIFY2(problem->text().contains(QStringLiteral("PDF")), qPrintable(problem->text()));
    problem->close();
}

// Drafts showed "Ngày ban hành" and "Người ký" as if issued, and "Chờ ký" the agency as the
// issuer instead of the unit that drafted it.
void TestDesk::draftsAreNotShownAsIssued()
{
    Desk desk;
    QVERIFY(desk.open(m_tmp.filePath(QStringLiteral("drafts")), m_server.url(),
                      QStringLiteral("leader")));
    ui::MainWindow &window = *desk.window;
    auto *navigation = window.findChild<ui::Navigation *>();
    navigation->select(ui::DeskBox::ToSign);
    ui::DocumentListModel &model = *window.listModel();
    QVERIFY(model.rowCount() > 0);
    const Document draft = *model.documentAt(0);
    QVERIFY(std::holds_alternative<OutgoingState>(draft.state));
    QVERIFY(!draft.draftingUnit.isEmpty());
    QVERIFY(draft.draftingUnit != draft.issuerName);
    QCOMPARE(model.index(0, ui::DocumentListModel::Issuer).data().toString(), draft.draftingUnit);
    window.openDocument(draft.id);
    const QString html = window.documentPanel()->html();
    const auto tr = [](const char *s) {
        return QCoreApplication::translate("lt::ui::DocumentPanel", s);
    };
    QVERIFY(html.contains(tr("Drafting unit")));
    QVERIFY(html.contains(draft.draftingUnit.toHtmlEscaped()));
    QVERIFY(html.contains(tr("To be issued by")));
    QVERIFY(!html.contains(tr("Issue date")));
    QVERIFY(html.contains(tr("To be signed by")));
    QVERIFY(!html.contains(QStringLiteral(">") + tr("Signer") + QStringLiteral("<")));
    // An issued one: as before.
    navigation->select(ui::DeskBox::Sent);
    QVERIFY(model.rowCount() > 0);
    const Document sent = *model.documentAt(0);
    QCOMPARE(model.index(0, ui::DocumentListModel::Issuer).data().toString(), sent.issuerName);
    window.openDocument(sent.id);
    QVERIFY(window.documentPanel()->html().contains(tr("Issue date")));
}

QTEST_MAIN(TestDesk)
#include "tst_desk.moc"
