#include "ui/mainwindow.h"

#include "core/desk/commands.h"
#include "core/desk/lifecycle.h"
#include "core/signing/tokenservice.h"
#include "core/sync/client.h"
#include "core/workflow/numbering.h"
#include "ui/actiondialog.h"
#include "ui/deskmenus.h"
#include "ui/desktoolbar.h"
#include "ui/deskview.h"
#include "ui/documentlist.h"
#include "ui/documentlistmodel.h"
#include "ui/documentpanel.h"
#include "ui/emptystate.h"
#include "ui/logindialog.h"
#include "ui/navigation.h"
#include "ui/newdocumentdialog.h"
#include "ui/registerwindow.h"
#include "ui/settingsdialog.h"
#include "ui/signdialog.h"
#include "ui/statusline.h"
#include "ui/urgentnotice.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QFile>
#include <QFileDialog>
#include <QMessageBox>
#include <QPointer>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QTreeWidget>
#include <QUrl>

namespace lt::ui {

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

// "Tasks": the open documents given to the user as work (their unit leads or co-operates, or
// they were assigned by name).
static quint32 workOf(MainWindow::Box box)
{
    return box == MainWindow::Box::Tasks
               ? quint32(Relation::LeadUnit) | quint32(Relation::Cooperating) |
                     quint32(Relation::AssignedPerson)
               : 0;
}

MainWindow::MainWindow(sync::Client *client, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
{
    setWindowTitle(tr("LienThong — Documents and operations"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/lienthong.svg")));
    resize(1200, 760);

    m_menus = new DeskMenus(this, m_client != nullptr);
    connect(m_menus, &DeskMenus::signInRequested, this, &MainWindow::showLogin);
    connect(m_menus, &DeskMenus::signOutRequested, this, &MainWindow::signOut);
    connect(m_menus, &DeskMenus::settingsRequested, this, &MainWindow::showSettings);
    connect(m_menus, &DeskMenus::nextRequested, this, &MainWindow::nextDocument);
    connect(m_menus, &DeskMenus::previousRequested, this, &MainWindow::previousDocument);
    connect(m_menus, &DeskMenus::actionRequested, this, &MainWindow::requestAction);
    connect(m_menus, &DeskMenus::newDraftRequested, this,
            [this] { newDocument(Direction::Outgoing); });
    connect(m_menus, &DeskMenus::registerIncomingRequested, this,
            [this] { newDocument(Direction::Incoming); });
    connect(m_menus, &DeskMenus::registersRequested, this, &MainWindow::showRegisters);
    connect(m_menus, &DeskMenus::keepOfflineRequested, this,
            [this] { keepOffline(m_table->selectedIds()); });
    connect(m_menus, &DeskMenus::markUnreadRequested, this,
            [this] { markUnread(m_table->selectedIds()); });
    connect(m_menus, &DeskMenus::openExternallyRequested, this, [this] {
        if (!m_panel->documentId().isEmpty())
            openFile(m_panel->documentId(), std::max(0, m_panel->currentAttachment()));
    });
    connect(m_menus, &DeskMenus::saveAsRequested, this, [this] {
        if (!m_panel->documentId().isEmpty())
            saveFile(m_panel->documentId(), std::max(0, m_panel->currentAttachment()));
    });

    m_toolbar = new DeskToolbar(this, m_client != nullptr);
    addToolBar(m_toolbar);
    connect(m_toolbar, &DeskToolbar::searchChanged, this, &MainWindow::runSearch);
    connect(m_toolbar, &DeskToolbar::syncRequested, this, &MainWindow::syncNow);

    m_navigation = new Navigation(this);

    m_pages = new QStackedWidget(this);
    m_empty = new EmptyState(m_client != nullptr, this);
    connect(m_empty, &EmptyState::signInRequested, this, &MainWindow::showLogin);
    m_pages->addWidget(m_empty);
    if (m_client) {
        m_desk = new DeskView(m_client->profile(), this);
        m_model = m_desk->model();
        m_table = m_desk->list();
        m_panel = m_desk->panel();
        m_pages->addWidget(m_desk);
        connect(m_toolbar, &DeskToolbar::filterChanged, m_desk, &DeskView::setFilter);
        connect(m_desk, &DeskView::documentShown, this, &MainWindow::updateDocumentActions);
        // Online, a file is opened from the server on demand (not kept offline for it).
        connect(m_desk, &DeskView::fileWanted, this, [this](const QString &id, int index) {
            const auto doc = m_client->profile().cache().get(id);
            if (!doc || !doc.value() || index >= doc.value()->attachments.size())
                return;
            const QByteArray sha = doc.value()->attachments.at(index).sha256;
            if (m_fetching.contains(sha))
                return; // on its way already (another row shares the file): shown when here
            auto *fetch = new desk::FetchFileCommand(*m_client, id, index, this,
                                                     desk::FetchFileCommand::Keep::ForViewing);
            m_fetching.insert(sha);
            connect(fetch, &desk::Command::finished, this, [this, fetch, sha] {
                fetch->deleteLater();
                m_fetching.remove(sha);
                // The document the reader has open now, if it shows that file.
                const QString open = m_panel->documentId();
                const int at = m_panel->currentAttachment();
                const auto shown = m_client->profile().cache().get(open);
                if (!shown || !shown.value() || at < 0 || at >= shown.value()->attachments.size() ||
                    shown.value()->attachments.at(at).sha256 != sha)
                    return;
                if (fetch->result())
                    m_desk->showAttachment(open, at);
                else
                    m_panel->showFileMessage(at, fetch->result().error().message);
            });
            fetch->start();
        });
        connect(m_panel, &DocumentPanel::actionRequested, this,
                [this](const QString &id, Action action) { onActionRequested(id, action); });
        connect(m_panel, &DocumentPanel::openFileRequested, this, &MainWindow::openFile);
        connect(m_panel, &DocumentPanel::saveFileRequested, this, &MainWindow::saveFile);
        connect(m_panel, &DocumentPanel::reuseRequested, this,
                [this](const QString &id, const store::OutboxEntry &e) {
                    onActionRequested(id, e.action, e.text, e.assignments);
                });
        connect(m_panel, &DocumentPanel::keepOfflineRequested, this,
                qOverload<const QString &>(&MainWindow::keepOffline));
        connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &MainWindow::updateDocumentActions);
        connect(m_table, &DocumentList::keepOfflineRequested, this,
                qOverload<const QStringList &>(&MainWindow::keepOffline));
        connect(m_table, &DocumentList::markUnreadRequested, this, &MainWindow::markUnread);
    }

    m_splitter = new QSplitter(this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_navigation);
    m_splitter->addWidget(m_pages);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({240, 960});
    setCentralWidget(m_splitter);
    restoreLayout();

    m_status = new StatusLine(statusBar(), this);

    connect(m_navigation, &QTreeWidget::currentItemChanged, this, &MainWindow::onBoxChanged);
    if (m_client) {
        m_syncTimer = new QTimer(this);
        m_syncTimer->setInterval(5 * 60 * 1000);
        connect(m_syncTimer, &QTimer::timeout, this, &MainWindow::syncNow);
        m_syncTimer->start();
        // The cache is written on a worker thread: the window never waits for a sync.
        m_client->setBackgroundSync(true);
        connect(m_client, &sync::Client::filesProgress, m_status, &StatusLine::setFileProgress);
        connect(m_client, &sync::Client::sessionChanged, this, [this] {
            updateStatus();
            showDeskOrEmpty();
        });
        connect(m_client, &sync::Client::synced, this, &MainWindow::onSynced);
        m_navigation->setKeptOffline([this](Box box) -> std::optional<bool> {
            if (!cacheBox(box))
                return std::nullopt;
            return isBoxKeptOffline(box);
        });
        connect(m_navigation, &Navigation::keepOfflineRequested, this, &MainWindow::keepBoxOffline);
        m_notice = new UrgentNotice(this);
        connect(m_notice, &UrgentNotice::openRequested, this, &MainWindow::openDocument);
        refreshFromCache();
        updateDocumentActions();
        QTimer::singleShot(0, this, [this] {
            if (m_client->profile().isSignedIn())
                syncNow(); // never on the start-up path
            else if (property("askToSignIn").toBool())
                showLogin();
        });
    }
}

void MainWindow::refreshFromCache()
{
    if (!m_client)
        return;
    auto &cache = m_client->profile().cache();
    for (Box b : {Box::ToHandle, Box::Incoming, Box::OutgoingDrafts, Box::ToSign, Box::Sent})
        setBoxCount(b, cache.count(*cacheBox(b)).valueOr(0));
    setBoxCount(Box::Tasks, cache.countWork(workOf(Box::Tasks)).valueOr(0));
    // The list again under the reader: a search stays a search, the open document stays open
    // (or the panel follows the row that took its place).
    const QString search = currentBox() == Box::Search ? m_model->search() : QString();
    const bool searching = !search.isEmpty();
    m_desk->reload(cacheBox(currentBox()), search, workOf(currentBox()));
    if (searching)
        setBoxCount(Box::Search, m_model->rowCount());
    showDeskOrEmpty();
    updateStatus();
}

void MainWindow::onBoxChanged()
{
    if (!m_model)
        return;
    if (!m_toolbar->searchText().isEmpty() && currentBox() != Box::Search)
        m_toolbar->clearSearchQuietly(); // choosing a box ends the search
    showDeskOrEmpty();
    m_desk->showBox(cacheBox(currentBox()), workOf(currentBox()));
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
    m_navigation->selectQuietly(Box::Search);
    setBoxCount(Box::Search, m_desk->showSearch(text));
    m_pages->setCurrentWidget(m_desk);
}

void MainWindow::showDeskOrEmpty()
{
    if (!m_client)
        return;
    const bool any = m_client->profile().cache().countAll().valueOr(0) > 0;
    m_pages->setCurrentWidget(any ? static_cast<QWidget *>(m_desk) : m_empty);
    m_empty->setSignInVisible(!m_client->profile().isSignedIn());
    m_menus->setSignedIn(m_client->profile().isSignedIn());
    m_menus->setRoles(m_client->profile().settings().roles);
}

void MainWindow::keepOffline(const QString &id)
{
    keepOffline(QStringList{id});
}

void MainWindow::markUnread(const QStringList &ids)
{
    if (m_desk && !ids.isEmpty())
        m_desk->markUnread(ids);
}

void MainWindow::keepOffline(const QStringList &ids)
{
    if (!m_client || ids.isEmpty())
        return;
    // Mật, Tối mật, Tuyệt mật: on this computer only after a yes.
    int secret = 0;
    for (const QString &id : ids) {
        if (auto d = m_client->profile().cache().get(id);
            d && d.value() && d.value()->confidentiality != Confidentiality::Normal)
            ++secret;
    }
    afterClassifiedYes(secret, [this, ids] {
        runKeepOffline(new desk::KeepOfflineCommand(*m_client, ids, this));
    });
}

void MainWindow::keepBoxOffline(Box box, bool keep)
{
    const auto b = cacheBox(box);
    if (!m_client || !b)
        return;
    // A box with classified documents in it: asked as for one document (its later documents
    // come too).
    const int secret = keep ? m_client->profile().cache().countClassified(*b).valueOr(0) : 0;
    afterClassifiedYes(secret, [this, b, keep] {
        runKeepOffline(new desk::KeepOfflineCommand(*m_client, *b, keep, this));
    });
}

void MainWindow::runKeepOffline(desk::KeepOfflineCommand *command)
{
    runCommand(command, tr("Keep offline"), [this, command] {
        if (command->result())
            statusBar()->showMessage(command->summary(), 10'000);
    });
}

void MainWindow::afterClassifiedYes(int secret, const std::function<void()> &keep)
{
    if (secret == 0) {
        keep();
        return;
    }
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Keep offline"),
        tr("%n of the documents is classified (Mật, Tối mật or Tuyệt mật). Its files will be "
           "stored on this computer, readable by anyone who can open your account. Keep them "
           "offline?",
           nullptr, secret),
        QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("confirmConfidential"));
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [box, keep] {
        if (box->clickedButton() == box->button(QMessageBox::Yes))
            keep();
    });
    box->open();
}

bool MainWindow::isBoxKeptOffline(Box box) const
{
    const auto b = cacheBox(box);
    return m_client && b && m_client->profile().isBoxPinned(*b);
}

// Runs `then` with the local path of a file of a document, fetching it first when needed
// (downloaded for it, not kept offline).
void MainWindow::withFile(const QString &id, int index, std::function<void(const QString &)> then)
{
    if (!m_client)
        return;
    // Downloaded for this use, not kept offline for it (keeping offline is asked for, and for
    // a classified document confirmed).
    auto *fetch = new desk::FetchFileCommand(*m_client, id, index, this,
                                             desk::FetchFileCommand::Keep::ForViewing);
    runCommand(fetch, tr("Open the file"), [fetch, then] {
        if (fetch->result())
            then(fetch->path());
    });
}

void MainWindow::openFile(const QString &id, int index)
{
    withFile(id, index, [this](const QString &path) {
        const QUrl url = QUrl::fromLocalFile(path);
        if (!(m_opener ? m_opener(url) : QDesktopServices::openUrl(url))) {
            present(Error{ErrorCode::NotFound,
                          tr("No program on this computer opens PDF files. The document is "
                             "shown in the \"Document\" tab; \"Save as…\" copies it where another "
                             "program can open it.")},
                    tr("Open the file"));
        }
    });
}

void MainWindow::saveFile(const QString &id, int index)
{
    if (!m_client)
        return;
    const auto doc = m_client->profile().cache().get(id);
    if (!doc || !doc.value() || index < 0 || index >= doc.value()->attachments.size())
        return;
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                              u'/' + doc.value()->attachments.at(index).fileName;
    const QString target = QFileDialog::getSaveFileName(this, tr("Save the file"), suggested);
    if (target.isEmpty())
        return;
    auto *save = new desk::SaveFileCommand(*m_client, id, index, target, this);
    runCommand(save, tr("Save the file"), [this, save, target] {
        if (save->result())
            statusBar()->showMessage(tr("Saved to %1").arg(target), 5'000);
    });
}

Status MainWindow::saveFileTo(const QString &id, int index, const QString &path)
{
    if (!m_client)
        return Error{ErrorCode::InvalidArgument, tr("Not signed in.")};
    return desk::SaveFileCommand::copyOriginal(m_client->profile(), id, index, path);
}

void MainWindow::showRegisters()
{
    if (!m_client || !m_client->api())
        return;
    if (m_registerWindow) {
        m_registerWindow->raise();
        m_registerWindow->activateWindow();
        return;
    }
    auto *window = new RegisterWindow(*m_client->api(), m_client->profile().agencyName(), this);
    window->setObjectName(QStringLiteral("registerWindow"));
    window->setAttribute(Qt::WA_DeleteOnClose);
    connect(window, &RegisterWindow::openDocumentRequested, this, [this](const QString &id) {
        const auto doc = m_client->profile().cache().get(id);
        if (!doc || !doc.value()) {
            QMessageBox::information(m_registerWindow, tr("LienThong"),
                                     tr("This document is not on this computer yet: it comes "
                                        "with the next synchronisation."));
            return;
        }
        openDocument(id);
        raise();
        activateWindow();
    });
    m_registerWindow = window;
    window->show();
}

void MainWindow::openDocument(const QString &id)
{
    if (m_desk)
        m_desk->openDocument(id);
}

void MainWindow::showAttachment(const QString &id, int index)
{
    if (m_desk)
        m_desk->showAttachment(id, index);
}

void MainWindow::nextDocument()
{
    if (m_desk)
        m_desk->next();
}

void MainWindow::previousDocument()
{
    if (m_desk)
        m_desk->previous();
}

void MainWindow::requestAction(Action action)
{
    if (m_panel && !m_panel->documentId().isEmpty() && m_panel->offeredActions().contains(action))
        onActionRequested(m_panel->documentId(), action);
}

void MainWindow::updateDocumentActions()
{
    const bool open = m_panel && !m_panel->documentId().isEmpty();
    // Several rows chosen: an action would reach only the one in the panel, so none is
    // offered (keeping them offline, from the list's menu, takes them all).
    const qsizetype chosen = m_table ? m_table->selectedIds().size() : 0;
    if (m_panel)
        m_panel->setActionsEnabled(chosen <= 1);
    if (chosen <= 1 && m_manyChosen)
        statusBar()->clearMessage();
    m_manyChosen = chosen > 1;
    if (chosen > 1) {
        m_menus->setOffered(false, {});
        statusBar()->showMessage(tr("%n documents chosen: open one to act on it; the list's "
                                    "menu keeps them all offline.",
                                    nullptr, int(chosen)));
        return;
    }
    m_menus->setOffered(open, open ? m_panel->offeredActions() : QList<Action>());
}

void MainWindow::announceUrgent()
{
    auto arrivals = m_client->profile().cache().takeUrgentArrivals();
    if (!arrivals || arrivals.value().isEmpty())
        return;
    QStringList ids;
    for (const Document &d : arrivals.value())
        ids << d.id;
    emit urgentArrived(ids);
    m_notice->announce(arrivals.value());
}

signing::TokenService *MainWindow::tokens()
{
    if (!m_tokens && m_client) {
        m_tokens = new signing::TokenService(
            signing::modulesToUse(std::nullopt, m_client->profile().settings().pkcs11Modules), 2000,
            this);
    }
    return m_tokens;
}

void MainWindow::newDocument(Direction direction)
{
    if (!m_client || !m_client->api())
        return;
    auto *dialog = new NewDocumentDialog(direction, m_client->profile().organisations(), this);
    dialog->setObjectName(QStringLiteral("newDocumentDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_newDocumentDialog = dialog;
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { sendNewDocument(dialog->document(), dialog->files()); });
    dialog->open();
}

void MainWindow::sendNewDocument(const protocol::NewDocument &document, const QStringList &files)
{
    auto *command = new desk::CreateDocumentCommand(m_client->profile(), *m_client->api(), document,
                                                    files, this);
    runCommand(
        command, document.direction == Direction::Outgoing ? tr("New draft") : tr("Register"),
        [this, command, document, files] {
            const protocol::NewDocumentAnswer &answer = command->answer();
            if (answer.document) {
                const Document &d = *answer.document;
                statusBar()->showMessage(d.direction() == Direction::Incoming
                                             ? tr("Registered with arrival number %1.")
                                                   .arg(numbering::formatNumber(d.incomingNumber))
                                             : tr("The draft is made: %1.").arg(d.subject),
                                         10'000);
                refreshFromCache();
                openDocument(d.id);
                return;
            }
            // The same document is registered already: said, and asked.
            QStringList same;
            for (const Document &d : answer.duplicates) {
                same << tr("%1 of %2, arrival number %3 (%4)")
                            .arg(d.numberNotation(), d.issuerName,
                                 numbering::formatNumber(d.incomingNumber), d.subject);
            }
            const auto yes = QMessageBox::question(
                this, tr("Registered already?"),
                tr("A document with the same issuer, number and date is in the register:\n"
                   "%1\n\nRegister this one as well?")
                    .arg(same.join(u'\n')),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
            if (yes != QMessageBox::Yes)
                return;
            protocol::NewDocument again = document;
            again.acceptDuplicate = true;
            sendNewDocument(again, files);
        });
}

void MainWindow::signDocument(const QString &id, Action action)
{
    if (!m_client)
        return;
    // prepare (core) → the token (the dialog, on the token thread) → complete (core)
    auto *command = new desk::SignDocumentCommand(*m_client, id, action, this);
    connect(command, &desk::SignDocumentCommand::readyToSign, this, [this, command] {
        const desk::SignPlan &plan = command->plan();
        auto *dialog =
            new SignDialog(*tokens(), plan.input, plan.output, plan.stamp, plan.text, plan.anchors,
                           SignLevel{plan.level, plan.tsa, plan.ocsp}, this);
        dialog->setObjectName(QStringLiteral("signDialog"));
        dialog->setDocumentTitle(plan.documentTitle);
        dialog->setIssueMark(plan.issue);
        dialog->setImage(plan.image);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, command, [command, dialog] {
            command->complete(dialog->report(),
                              desk::SignChoices{dialog->signerTitle(), dialog->signerEmail(),
                                                dialog->level(), dialog->image()});
        });
        connect(dialog, &QDialog::rejected, command, &desk::Command::cancel);
        dialog->open();
    });
    runCommand(command, tr("Sign"), [this, command, id] {
        if (!command->isQueued())
            return;
        if (command->waitsForExtension()) {
            statusBar()->showMessage(
                tr("Signed without a network: the timestamp and revocation data are added when "
                   "the network is back."),
                15'000);
        }
        openDocument(id);
        m_panel->showPdfTab();
        updateStatus();
        syncNow();
    });
}

void MainWindow::extendSignatures()
{
    if (!m_client || m_extension)
        return;
    if (m_client->profile().pendingExtensions().valueOr({}).isEmpty())
        return;
    m_extension = new desk::ExtendSignaturesCommand(m_client->profile(), this);
    connect(m_extension, &desk::ExtendSignaturesCommand::extended, this,
            [this](const QString &documentId, bool ok) {
                emit signatureExtended(documentId, ok);
                if (ok && m_panel->documentId() == documentId)
                    openDocument(documentId);
            });
    auto *command = m_extension.data();
    connect(command, &desk::Command::finished, this, [this, command] {
        command->deleteLater();
        if (!command->result())
            updateStatus(command->result().error().message);
        if (command->extendedCount() > 0)
            syncNow(); // the completed versions go up
    });
    command->start();
}

void MainWindow::showLogin()
{
    if (!m_client)
        return;
    auto *dialog = new LoginDialog(*m_client, this);
    dialog->setObjectName(QStringLiteral("loginDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        m_panel->setRoles(m_client->profile().settings().roles);
        refreshFromCache();
        syncNow();
    });
    dialog->open();
}

void MainWindow::signOut()
{
    if (!m_client || !m_client->profile().isSignedIn())
        return;
    QPointer<MainWindow> self(this);
    m_client->signOut([self](Status s) {
        if (!self)
            return;
        self->m_online = false;
        self->updateStatus(s ? QString() : s.error().message);
        self->showDeskOrEmpty();
    });
}

void MainWindow::showSettings()
{
    if (!m_client)
        return;
    auto *dialog = new SettingsDialog(m_client->profile(), this);
    dialog->setObjectName(QStringLiteral("settingsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::changeServerRequested, this, &MainWindow::showLogin);
    dialog->setOfflineDirectoryMovable(!m_client->isSyncing());
    connect(dialog, &QDialog::accepted, this, [this] { updateStatus(); });
    dialog->open();
}

bool MainWindow::queueAction(const QString &documentId, Action action, const QString &text,
                             const QList<Assignment> &assignments, const QString &to)
{
    if (!m_client)
        return false;
    desk::QueueActionCommand command(m_client->profile(), documentId,
                                     workflow::Request{action, text, assignments, to});
    if (auto s = command.exec(); !s) {
        present(s, tr("LienThong"));
        return false;
    }
    openDocument(documentId);
    updateStatus();
    syncNow();
    return true;
}

void MainWindow::onActionRequested(const QString &documentId, Action action, const QString &text,
                                   const QList<Assignment> &assignments)
{
    if (action == Action::Sign || action == Action::Issue) {
        signDocument(documentId, action);
        return;
    }
    if (action == Action::SubmitForReview) {
        // The text that was returned, sent again as it was: only when the drafter says so.
        const auto doc = m_client->profile().cache().get(documentId);
        if (doc && doc.value() && doc.value()->returnedSinceLastVersion() &&
            QMessageBox::question(this, tr("Submit the same text again?"),
                                  tr("The draft was returned and has no new version since. "
                                     "Submit the same text again?"),
                                  QMessageBox::Yes | QMessageBox::No,
                                  QMessageBox::No) != QMessageBox::Yes) {
            return;
        }
    }
    auto *dialog = new ActionDialog(action, m_client->profile().organisations(), this);
    dialog->setObjectName(QStringLiteral("actionDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setPeople(m_client->profile().people(), m_client->profile().settings().organisationId,
                      m_client->profile().settings().personId);
    // Words the person writes often; not for a number voided (the register keeps the reason).
    if (action != Action::VoidNumber)
        dialog->setPhrases(m_client->profile().phrases());
    if (const auto doc = m_client->profile().cache().get(documentId); doc && doc.value())
        dialog->setLatestDeadline(doc.value()->dueDate);
    if (!text.isEmpty() || !assignments.isEmpty())
        dialog->reuse(text, assignments);
    connect(dialog, &QDialog::accepted, this, [this, dialog, documentId, action] {
        queueAction(documentId, action, dialog->text(), dialog->assignments(), dialog->to());
    });
    dialog->open();
}

void MainWindow::updateStatus(const QString &problem)
{
    if (m_client)
        m_status->show(m_client->profile(), m_online, problem);
}

void MainWindow::syncNow()
{
    if (!m_client || !m_client->profile().isSignedIn())
        return;
    if (m_client->isSyncing())
        return;
    m_status->setSyncing();
    auto *command = new desk::SyncCommand(*m_client, this);
    connect(command, &desk::Command::finished, this, [this, command] {
        command->deleteLater();
        if (command->hasSynced())
            return; // onSynced() has shown it
        // The session could not be renewed: no sync ran.
        const Status &s = command->result();
        m_online = s.error().code != ErrorCode::Offline && s.error().code != ErrorCode::Timeout;
        updateStatus(s.error().message);
        emit syncFinished(false);
    });
    command->start();
}

// After every sync, whichever command started it.
void MainWindow::onSynced(const Status &result, const QStringList &problems)
{
    m_online = result.ok() || (result.error().code != ErrorCode::Offline &&
                               result.error().code != ErrorCode::Timeout);
    refreshFromCache();
    if (result) {
        announceUrgent();
        extendSignatures();
    }
    updateStatus(result ? problems.join(QStringLiteral(" · ")) : result.error().message);
    emit syncFinished(result.ok());
}

// The one place where a command's failure reaches the user: nothing for a cancel, the status
// bar for what waits for the network, a message for the rest.
void MainWindow::present(const Status &result, const QString &title)
{
    if (result)
        return;
    switch (result.error().code) {
    case ErrorCode::Cancelled:
        return;
    case ErrorCode::Offline:
    case ErrorCode::Timeout:
        statusBar()->showMessage(result.error().message, 10'000);
        return;
    default: {
        // Window-modal, not a nested event loop: the desk keeps running behind it.
        auto *box = new QMessageBox(QMessageBox::Warning, title, result.error().message,
                                    QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("problem"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    }
}

void MainWindow::runCommand(desk::Command *command, const QString &title,
                            std::function<void()> then)
{
    connect(command, &desk::Command::finished, this, [this, command, title, then] {
        command->deleteLater();
        present(command->result(), title);
        if (then)
            then();
    });
    command->start();
}

// The window's size and place, the splitters and the list's columns, as the user left them.
void MainWindow::restoreLayout()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("window"));
    if (const QByteArray g = settings.value(QStringLiteral("geometry")).toByteArray(); !g.isEmpty())
        restoreGeometry(g);
    if (const QByteArray s = settings.value(QStringLiteral("splitter")).toByteArray(); !s.isEmpty())
        m_splitter->restoreState(s);
    if (m_desk) {
        if (const QByteArray s = settings.value(QStringLiteral("desk")).toByteArray(); !s.isEmpty())
            m_desk->restoreState(s);
        if (const QByteArray h = settings.value(QStringLiteral("columns")).toByteArray();
            !h.isEmpty())
            m_table->restoreColumns(h);
    }
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("window"));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
    if (m_desk) {
        settings.setValue(QStringLiteral("desk"), m_desk->saveState());
        settings.setValue(QStringLiteral("columns"), m_table->saveColumns());
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

QString MainWindow::boxLabel(Box box) const
{
    return m_navigation->label(box);
}

int MainWindow::boxCount(Box box) const
{
    return m_navigation->count(box);
}

void MainWindow::setBoxCount(Box box, int count)
{
    m_navigation->setCount(box, count);
}

MainWindow::Box MainWindow::currentBox() const
{
    return m_navigation->current();
}

} // namespace lt::ui
