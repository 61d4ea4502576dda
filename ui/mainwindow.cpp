#include "ui/mainwindow.h"

#include "core/i18n/language.h"
#include "core/pdf/displaycopy.h"
#include "core/sync/client.h"
#include "core/version.h"
#include "ui/actiondialog.h"
#include "ui/documentlistmodel.h"
#include "ui/documentpanel.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDesktopServices>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace lt::ui {

namespace {
constexpr int kBoxRole = Qt::UserRole + 1;
constexpr int kCountColumn = 1;
} // namespace

MainWindow::MainWindow(sync::Client *client, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
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
    // Search as you type, a moment after the last key.
    auto *searchDelay = new QTimer(this);
    searchDelay->setSingleShot(true);
    searchDelay->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, searchDelay, qOverload<>(&QTimer::start));
    connect(searchDelay, &QTimer::timeout, this, [this] { runSearch(m_search->text()); });
    auto *focusSearch = new QAction(this);
    focusSearch->setShortcut(QKeySequence::Find);
    connect(focusSearch, &QAction::triggered, m_search, qOverload<>(&QWidget::setFocus));
    addAction(focusSearch);

    createNavigation();

    m_pages = new QStackedWidget(this);
    m_empty = createEmptyState();
    m_pages->addWidget(m_empty);
    if (m_client) {
        m_model = new DocumentListModel(m_client->profile().cache(), this);
        m_table = new QTableView(this);
        m_table->setObjectName(QStringLiteral("documentList"));
        m_table->setModel(m_model);
        m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
        m_table->setSelectionMode(QAbstractItemView::SingleSelection);
        m_table->setAlternatingRowColors(true);
        m_table->setWordWrap(false);
        m_table->verticalHeader()->hide();
        m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
        m_table->horizontalHeader()->setSectionResizeMode(DocumentListModel::Subject,
                                                          QHeaderView::Stretch);
        m_table->setColumnWidth(DocumentListModel::Number, 125);
        m_table->setColumnWidth(DocumentListModel::Issuer, 190);
        m_table->setColumnWidth(DocumentListModel::Date, 95);
        m_table->setColumnWidth(DocumentListModel::Urgency, 105);
        m_table->setColumnWidth(DocumentListModel::Due, 95);
        m_table->setColumnWidth(DocumentListModel::State, 130);
        m_panel = new DocumentPanel(this);
        m_panel->setObjectName(QStringLiteral("documentPanel"));
        m_panel->setRoles(m_client->profile().settings().roles);
        auto *desk = new QSplitter(Qt::Vertical, this);
        desk->addWidget(m_table);
        desk->addWidget(m_panel);
        desk->setStretchFactor(0, 3);
        desk->setStretchFactor(1, 2);
        m_desk = desk;
        m_pages->addWidget(m_desk);
        connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                [this](const QModelIndex &current) {
                    if (current.isValid())
                        openDocument(current.data(DocumentListModel::IdRole).toString());
                });
        connect(m_panel, &DocumentPanel::actionRequested, this, &MainWindow::onActionRequested);
        connect(m_panel, &DocumentPanel::openFileRequested, this, &MainWindow::openFile);
        connect(m_panel, &DocumentPanel::keepOfflineRequested, this, &MainWindow::keepOffline);
    }

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 940});
    setCentralWidget(splitter);

    m_syncState = new QLabel(this);
    m_syncState->setObjectName(QStringLiteral("syncState"));
    statusBar()->addWidget(m_syncState, 1);
    m_connection = new QLabel(tr("Offline · not signed in"), this);
    m_connection->setObjectName(QStringLiteral("connectionState"));
    statusBar()->addPermanentWidget(m_connection);

    connect(m_navigation, &QTreeWidget::currentItemChanged, this, &MainWindow::onBoxChanged);
    if (m_client) {
        auto *syncAction = new QAction(tr("Synchronise now"), this);
        syncAction->setShortcut(QKeySequence::Refresh);
        connect(syncAction, &QAction::triggered, this, &MainWindow::syncNow);
        toolbar->addAction(syncAction);
        m_syncTimer = new QTimer(this);
        m_syncTimer->setInterval(5 * 60 * 1000);
        connect(m_syncTimer, &QTimer::timeout, this, &MainWindow::syncNow);
        m_syncTimer->start();
        refreshFromCache();
        QTimer::singleShot(0, this, &MainWindow::syncNow); // never on the start-up path
    }
}

// The cache's box behind a navigation entry; none for Tasks and Search.
static std::optional<lt::Box> cacheBox(MainWindow::Box box)
{
    switch (box) {
    case MainWindow::Box::ToHandle:
        return lt::Box::ToHandle;
    case MainWindow::Box::Incoming:
        return lt::Box::Incoming;
    case MainWindow::Box::OutgoingDrafts:
        return lt::Box::OutgoingDrafts;
    case MainWindow::Box::ToSign:
        return lt::Box::ToSign;
    case MainWindow::Box::Sent:
        return lt::Box::Sent;
    case MainWindow::Box::Tasks:
    case MainWindow::Box::Search:
        break;
    }
    return std::nullopt;
}

void MainWindow::refreshFromCache()
{
    if (!m_client)
        return;
    auto &cache = m_client->profile().cache();
    for (Box b : {Box::ToHandle, Box::Incoming, Box::OutgoingDrafts, Box::ToSign, Box::Sent})
        setBoxCount(b, cache.count(*cacheBox(b)).valueOr(0));
    onBoxChanged();
    updateStatus();
}

void MainWindow::onBoxChanged()
{
    if (!m_model)
        return;
    if (!m_search->text().isEmpty() && currentBox() != Box::Search) {
        const QSignalBlocker quiet(m_search); // choosing a box ends the search
        m_search->clear();
    }
    m_model->setBox(cacheBox(currentBox()));
    const bool any = m_client->profile().cache().countAll().valueOr(0) > 0;
    m_pages->setCurrentWidget(any ? m_desk : m_empty);
    m_panel->clear();
    // Like a mail client: the first document of the box is open at once.
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
}

void MainWindow::runSearch(const QString &text)
{
    if (!m_model)
        return;
    if (text.trimmed().isEmpty()) {
        onBoxChanged();
        return;
    }
    // The Search entry of the navigation shows how many matched.
    m_navigation->blockSignals(true);
    for (int i = 0; i < m_navigation->topLevelItemCount(); ++i) {
        if (m_navigation->topLevelItem(i)->data(0, kBoxRole).toInt() == int(Box::Search))
            m_navigation->setCurrentItem(m_navigation->topLevelItem(i));
    }
    m_navigation->blockSignals(false);
    m_model->setSearch(text);
    setBoxCount(Box::Search, m_model->rowCount());
    m_pages->setCurrentWidget(m_desk);
    m_panel->clear();
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
}

void MainWindow::keepOffline(const QString &id)
{
    if (!m_client)
        return;
    if (auto s = m_client->profile().pinDocument(id, true); !s) {
        QMessageBox::warning(this, tr("LienThong"), s.error().message);
        return;
    }
    syncNow();
}

void MainWindow::openFile(const QString &id)
{
    if (!m_client)
        return;
    const auto doc = m_client->profile().cache().get(id);
    if (!doc || !doc.value() || doc.value()->attachments.isEmpty())
        return;
    const Attachment &a = doc.value()->attachments.first();
    if (m_client->profile().blobs().has(a.sha256)) {
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_client->profile().blobs().path(a.sha256)));
        return;
    }
    // Not on this computer yet: keep it offline, and open it when it has arrived.
    keepOffline(id);
    QPointer<MainWindow> self(this);
    const QByteArray sha = a.sha256;
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(this, &MainWindow::syncFinished, this, [self, sha, connection](bool) {
        QObject::disconnect(*connection);
        if (self && self->m_client->profile().blobs().has(sha))
            QDesktopServices::openUrl(
                QUrl::fromLocalFile(self->m_client->profile().blobs().path(sha)));
    });
}

void MainWindow::openDocument(const QString &id)
{
    if (!m_client)
        return;
    auto &profile = m_client->profile();
    const auto doc = profile.cache().get(id);
    if (!doc || !doc.value()) {
        m_panel->clear();
        return;
    }
    m_panel->setRoles(profile.settings().roles);
    // The main file, when it is here, in its display copy (stamps painted in for QtPdf).
    QString pdf;
    if (!doc.value()->attachments.isEmpty() &&
        profile.blobs().has(doc.value()->attachments.first().sha256)) {
        auto copy =
            pdf::cachedDisplayCopy(profile.blobs().path(doc.value()->attachments.first().sha256),
                                   profile.directory() + QStringLiteral("/display"));
        if (copy)
            pdf = copy.value();
    }
    m_panel->showDocument(*doc.value(), profile.outbox().forDocument(id).valueOr({}), pdf);
}

bool MainWindow::queueAction(const QString &documentId, Action action, const QString &text,
                             const QList<Assignment> &assignments)
{
    if (!m_client)
        return false;
    auto queued = m_client->profile().outbox().enqueue(documentId, action, text, assignments);
    if (!queued) {
        QMessageBox::warning(this, tr("LienThong"), queued.error().message);
        return false;
    }
    openDocument(documentId);
    updateStatus();
    syncNow();
    return true;
}

void MainWindow::onActionRequested(const QString &documentId, Action action)
{
    const QJsonArray units = QJsonDocument::fromJson(m_client->profile()
                                                         .cache()
                                                         .meta(QStringLiteral("organisations"))
                                                         .valueOr(QString())
                                                         .toUtf8())
                                 .array();
    auto *dialog = new ActionDialog(action, units, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, documentId, action] {
        queueAction(documentId, action, dialog->text(), dialog->assignments());
    });
    dialog->open();
}

void MainWindow::updateStatus(const QString &problem)
{
    if (!m_client)
        return;
    const auto &settings = m_client->profile().settings();
    if (!m_client->profile().isSignedIn()) {
        m_connection->setText(tr("Offline · not signed in"));
    } else {
        m_connection->setText((m_online ? tr("Online") : tr("Offline")) + QStringLiteral(" · ") +
                              settings.fullName + QStringLiteral(" · ") + settings.server.host());
    }
    const QString last =
        m_client->profile().cache().meta(QStringLiteral("last_sync")).valueOr(QString());
    QString text = last.isEmpty() ? tr("Never synchronised")
                                  : tr("Last synchronised %1")
                                        .arg(QDateTime::fromString(last, Qt::ISODate)
                                                 .toLocalTime()
                                                 .toString(QStringLiteral("dd/MM/yyyy HH:mm")));
    const int pending = m_client->profile().outbox().countPending().valueOr(0);
    if (pending > 0)
        text += QStringLiteral(" · ") + tr("%n action(s) waiting to be sent", nullptr, pending);
    if (!problem.isEmpty())
        text += QStringLiteral(" · ") + problem;
    m_syncState->setText(text);
}

void MainWindow::syncNow()
{
    if (!m_client || !m_client->profile().isSignedIn())
        return;
    if (m_client->engine() && m_client->engine()->isRunning())
        return;
    m_syncState->setText(tr("Synchronising…"));
    QPointer<MainWindow> self(this);
    const auto run = [self] {
        self->m_client->sync([self](Result<sync::SyncReport> r) {
            if (!self)
                return;
            self->m_online = r.ok() || (r.error().code != ErrorCode::Offline &&
                                        r.error().code != ErrorCode::Timeout);
            const QString open = self->m_panel->documentId();
            self->refreshFromCache();
            if (!open.isEmpty())
                self->openDocument(open);
            self->updateStatus(r ? QString() : r.error().message);
            emit self->syncFinished(r.ok());
        });
    };
    if (m_client->hasSession()) {
        run();
        return;
    }
    m_client->resume([self, run](Status s) {
        if (!self)
            return;
        if (!s) {
            self->m_online =
                s.error().code != ErrorCode::Offline && s.error().code != ErrorCode::Timeout;
            self->updateStatus(s.error().message);
            emit self->syncFinished(false);
            return;
        }
        run();
    });
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
