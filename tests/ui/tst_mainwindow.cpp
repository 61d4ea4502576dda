// The main window in its empty state, offscreen, in Vietnamese; a screenshot is saved under
// the build directory (screenshots/mainwindow.png) for the README.
#include "core/i18n/language.h"
#include "testtoken.h"
#include "ui/documentpanel.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTest>
#include <QTreeWidget>

using lt::ui::MainWindow;
using namespace lt;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void vietnameseNavigation();
    void qtButtonsSpeakVietnamese();
    void layoutIsRemembered();
    void boxesHaveTheirOwnIcons();
    void countsAreShown();
    void screenshotIsNotBlank();
    void queuedActionsAreOverlaid();
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(lt::i18n::install(*qApp, QStringLiteral("vi")));
}

void TestMainWindow::vietnameseNavigation()
{
    MainWindow w;
    QCOMPARE(w.boxLabel(MainWindow::Box::ToHandle), QStringLiteral("Cần xử lý"));
    QCOMPARE(w.boxLabel(MainWindow::Box::Incoming), QStringLiteral("Văn bản đến"));
    QCOMPARE(w.boxLabel(MainWindow::Box::OutgoingDrafts), QStringLiteral("Dự thảo văn bản đi"));
    QCOMPARE(w.boxLabel(MainWindow::Box::ToSign), QStringLiteral("Chờ ký"));
    QCOMPARE(w.boxLabel(MainWindow::Box::Sent), QStringLiteral("Đã phát hành"));
    QCOMPARE(w.boxLabel(MainWindow::Box::Tasks), QStringLiteral("Công việc"));
    QCOMPARE(w.boxLabel(MainWindow::Box::Search), QStringLiteral("Tìm kiếm"));
    auto *state = w.findChild<QLabel *>(QStringLiteral("connectionState"));
    QVERIFY(state);
    QVERIFY2(state->text().contains(QStringLiteral("Ngoại tuyến")), qPrintable(state->text()));
    QCOMPARE(w.currentBox(), MainWindow::Box::ToHandle);
}

// Debian has no Qt catalogue for Vietnamese: "Cancel", "OK", "Yes", "No" stayed English in
// every dialog until the project translated them itself.
void TestMainWindow::qtButtonsSpeakVietnamese()
{
    QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Yes |
                         QDialogButtonBox::No | QDialogButtonBox::Close);
    QCOMPARE(box.button(QDialogButtonBox::Ok)->text(), QStringLiteral("Đồng ý"));
    QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Hủy"));
    QCOMPARE(box.button(QDialogButtonBox::Yes)->text(), QStringLiteral("&Có"));
    QCOMPARE(box.button(QDialogButtonBox::No)->text(), QStringLiteral("&Không"));
    QCOMPARE(box.button(QDialogButtonBox::Close)->text(), QStringLiteral("Đóng"));
    QMessageBox question(QMessageBox::Question, QStringLiteral("?"), QStringLiteral("?"),
                         QMessageBox::Yes | QMessageBox::No);
    QCOMPARE(question.button(QMessageBox::Yes)->text(), QStringLiteral("&Có"));
    QLineEdit edit;
    std::unique_ptr<QMenu> menu(edit.createStandardContextMenu());
    QStringList items;
    for (const QAction *a : menu->actions())
        items << a->text().section(u'\t', 0, 0); // without the shortcut
    QVERIFY2(items.contains(QStringLiteral("&Sao chép")), qPrintable(items.join(u',')));
    QVERIFY(items.contains(QStringLiteral("&Dán")));
}

// The window's size and its splitter were forgotten at every start.
void TestMainWindow::layoutIsRemembered()
{
    QSettings().remove(QStringLiteral("window"));
    {
        MainWindow w;
        w.show();
        w.resize(1320, 840);
        auto *splitter = w.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        QVERIFY(splitter);
        splitter->setSizes({330, 990});
        QTRY_COMPARE(w.size(), QSize(1320, 840));
        QVERIFY(w.close());
    }
    MainWindow again;
    again.show();
    QTRY_COMPARE(again.size(), QSize(1320, 840));
    auto *splitter = again.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
    QVERIFY(std::abs(splitter->sizes().first() - 330) <= 2);
    QSettings().remove(QStringLiteral("window"));
}

// "Chờ ký" had a floppy disk (the style's "save" icon): each box has an icon of its own.
void TestMainWindow::boxesHaveTheirOwnIcons()
{
    MainWindow w;
    auto *navigation = w.findChild<QTreeWidget *>();
    QVERIFY(navigation);
    const QImage save = w.style()->standardIcon(QStyle::SP_DialogSaveButton).pixmap(24).toImage();
    QSet<QByteArray> seen;
    for (int i = 0; i < navigation->topLevelItemCount(); ++i) {
        const QImage icon = navigation->topLevelItem(i)->icon(0).pixmap(24).toImage();
        QVERIFY2(!icon.isNull() && !icon.allGray(),
                 qPrintable(navigation->topLevelItem(i)->text(0)));
        QVERIFY(icon.convertToFormat(QImage::Format_ARGB32) !=
                save.convertToFormat(QImage::Format_ARGB32));
        const QByteArray bytes(reinterpret_cast<const char *>(icon.constBits()),
                               icon.sizeInBytes());
        seen.insert(bytes);
    }
    QCOMPARE(seen.size(), navigation->topLevelItemCount()); // no two alike
}

void TestMainWindow::countsAreShown()
{
    MainWindow w;
    QCOMPARE(w.boxCount(MainWindow::Box::Incoming), 0);
    w.setBoxCount(MainWindow::Box::Incoming, 17);
    QCOMPARE(w.boxCount(MainWindow::Box::Incoming), 17);
    QCOMPARE(w.boxCount(MainWindow::Box::ToSign), 0);
}

void TestMainWindow::screenshotIsNotBlank()
{
    MainWindow w;
    w.resize(1100, 700);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const QImage image = w.grab().toImage().convertToFormat(QImage::Format_RGB32);
    QVERIFY(!image.isNull());
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(line[x]);
    }
    // A blank or single-colour window has a handful; text, icons and frames give many more.
    QVERIFY2(colours.size() > 40, qPrintable(QString::number(colours.size())));
    const QString dir = lt::test::binaryDir() + QStringLiteral("/screenshots");
    QDir().mkpath(dir);
    QVERIFY(image.save(dir + QStringLiteral("/mainwindow.png")));
}

// An action waiting to be sent (offline, say) is shown as what it will make of the document,
// and what it made impossible is not offered again: a direction is not offered twice.
void TestMainWindow::queuedActionsAreOverlaid()
{
    ui::DocumentPanel panel;
    panel.setRoles({Role::Leader});
    Document d;
    d.id = QStringLiteral("d1");
    d.state = IncomingState::Submitted;
    d.subject = QStringLiteral("Kế hoạch chuyển đổi số");
    d.relations = quint32(Relation::Addressee);
    panel.showDocument(d, {});
    QVERIFY(panel.offeredActions().contains(Action::Direct));

    store::OutboxEntry queued;
    queued.id = QStringLiteral("a1");
    queued.documentId = d.id;
    queued.action = Action::Direct;
    queued.text = QStringLiteral("Giao Sở Tài chính chủ trì");
    queued.assignments = {Assignment{QStringLiteral("org-stc"), AssignmentKind::Lead, {}}};
    panel.showDocument(d, {queued});
    QVERIFY(!panel.offeredActions().contains(Action::Direct));
    QVERIFY(!panel.offeredActions().contains(Action::SendBack));
    QVERIFY(panel.offeredActions().contains(Action::Reassign)); // what follows a direction
    QVERIFY2(panel.html().contains(enums::displayName(IncomingState::Assigned)),
             qPrintable(panel.html()));
    // Answered (applied or refused), it no longer counts.
    queued.state = store::OutboxEntry::State::Rejected;
    panel.showDocument(d, {queued});
    QVERIFY(panel.offeredActions().contains(Action::Direct));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
