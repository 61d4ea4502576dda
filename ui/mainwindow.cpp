#include "ui/mainwindow.h"

#include "core/i18n/language.h"
#include "core/version.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lt::ui {

namespace {
constexpr int kBoxRole = Qt::UserRole + 1;
constexpr int kCountColumn = 1;
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("LienThong — Documents and operations"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/lienthong.svg")));
    resize(1200, 760);

    createMenus();

    auto *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);
    m_search = new QLineEdit(toolbar);
    m_search->setObjectName(QStringLiteral("quickSearch"));
    m_search->setPlaceholderText(tr("Search number, subject, issuer (with or without accents)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(420);
    toolbar->addWidget(m_search);

    createNavigation();

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(createEmptyState());

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 940});
    setCentralWidget(splitter);

    m_connection = new QLabel(tr("Offline · not signed in"), this);
    m_connection->setObjectName(QStringLiteral("connectionState"));
    statusBar()->addPermanentWidget(m_connection);
}

void MainWindow::createMenus()
{
    auto *file = menuBar()->addMenu(tr("&File"));
    auto *quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);

    auto *view = menuBar()->addMenu(tr("&View"));
    auto *languages = view->addMenu(tr("&Language"));
    auto *group = new QActionGroup(this);
    const QString current = i18n::currentLanguage();
    const QList<std::pair<QString, QString>> names{
        {QStringLiteral("vi"), QStringLiteral("Tiếng Việt")},
        {QStringLiteral("en"), QStringLiteral("English")}};
    for (const auto &[code, name] : names) {
        auto *action = languages->addAction(name);
        action->setCheckable(true);
        action->setChecked(code == current);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = code] { chooseLanguage(code); });
    }

    auto *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About LienThong"), this, &MainWindow::showAbout);
}

void MainWindow::createNavigation()
{
    m_navigation = new QTreeWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setColumnCount(2);
    m_navigation->setHeaderHidden(true);
    m_navigation->setRootIsDecorated(false);
    m_navigation->setIndentation(8);
    m_navigation->header()->setStretchLastSection(false);
    m_navigation->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_navigation->header()->setSectionResizeMode(kCountColumn, QHeaderView::ResizeToContents);

    const QList<std::pair<Box, QString>> boxes{{Box::ToHandle, tr("To handle")},
                                               {Box::Incoming, tr("Incoming")},
                                               {Box::OutgoingDrafts, tr("Outgoing drafts")},
                                               {Box::ToSign, tr("To sign")},
                                               {Box::Sent, tr("Sent")},
                                               {Box::Tasks, tr("Tasks")},
                                               {Box::Search, tr("Search")}};
    const QList<QStyle::StandardPixmap> icons{
        QStyle::SP_DialogApplyButton,     QStyle::SP_ArrowDown, QStyle::SP_FileIcon,
        QStyle::SP_DialogSaveButton,      QStyle::SP_ArrowUp,   QStyle::SP_FileDialogDetailedView,
        QStyle::SP_FileDialogContentsView};
    for (qsizetype i = 0; i < boxes.size(); ++i) {
        auto *item = new QTreeWidgetItem(m_navigation);
        item->setText(0, boxes.at(i).second);
        item->setIcon(0, style()->standardIcon(icons.at(i)));
        item->setData(0, kBoxRole, static_cast<int>(boxes.at(i).first));
        item->setTextAlignment(kCountColumn, Qt::AlignRight | Qt::AlignVCenter);
        setBoxCount(boxes.at(i).first, 0);
    }
    m_navigation->setCurrentItem(m_navigation->topLevelItem(0));
}

QWidget *MainWindow::createEmptyState()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("emptyState"));
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(2);

    auto *icon = new QLabel(page);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/lienthong.svg")).pixmap(96, 96));
    icon->setAlignment(Qt::AlignCenter);
    layout->addWidget(icon);

    auto *title = new QLabel(tr("No documents yet"), page);
    title->setObjectName(QStringLiteral("emptyTitle"));
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    title->setFont(f);
    title->setAlignment(Qt::AlignCenter);
    layout->addWidget(title);

    auto *text = new QLabel(tr("Documents addressed to you, drafts to review and documents "
                               "to sign will appear here once LienThong is connected to your "
                               "agency's document management system. Documents kept offline "
                               "stay available without a network."),
                            page);
    text->setObjectName(QStringLiteral("emptyText"));
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    // A fixed width lets the wrapped label compute its height; centred by the stretches.
    text->setFixedWidth(520);
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(text);
    row->addStretch();
    layout->addLayout(row);
    layout->addStretch(3);
    return page;
}

QString MainWindow::boxLabel(Box box) const
{
    for (int i = 0; i < m_navigation->topLevelItemCount(); ++i) {
        auto *item = m_navigation->topLevelItem(i);
        if (item->data(0, kBoxRole).toInt() == static_cast<int>(box))
            return item->text(0);
    }
    return {};
}

int MainWindow::boxCount(Box box) const
{
    for (int i = 0; i < m_navigation->topLevelItemCount(); ++i) {
        auto *item = m_navigation->topLevelItem(i);
        if (item->data(0, kBoxRole).toInt() == static_cast<int>(box))
            return item->text(kCountColumn).toInt();
    }
    return 0;
}

void MainWindow::setBoxCount(Box box, int count)
{
    for (int i = 0; i < m_navigation->topLevelItemCount(); ++i) {
        auto *item = m_navigation->topLevelItem(i);
        if (item->data(0, kBoxRole).toInt() == static_cast<int>(box)) {
            item->setText(kCountColumn, QString::number(count));
            QFont font = item->font(0);
            font.setBold(count > 0);
            item->setFont(0, font);
            item->setFont(kCountColumn, font);
        }
    }
}

MainWindow::Box MainWindow::currentBox() const
{
    const auto *item = m_navigation->currentItem();
    return item ? static_cast<Box>(item->data(0, kBoxRole).toInt()) : Box::ToHandle;
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About LienThong"),
        tr("<h3>LienThong %1</h3><p>Desktop client for the document management and operations "
           "system of Vietnamese public administration.</p><p>Licensed under the Apache "
           "License 2.0.</p>")
            .arg(QStringLiteral(LT_VERSION_STRING)));
}

void MainWindow::chooseLanguage(const QString &language)
{
    QSettings settings;
    settings.setValue(QStringLiteral("ui/language"), language);
    QMessageBox::information(this, tr("Language"),
                             tr("The new language is used from the next start of LienThong."));
}

} // namespace lt::ui
