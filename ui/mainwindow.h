#pragma once

#include "core/model/decision.h"
#include "core/protocol/messages.h"

#include "core/result.h"
#include "ui/navigation.h"
#include "ui/newdocumentdialog.h"
#include "ui/registerwindow.h"

#include <QMainWindow>
#include <QMap>
#include <QPointer>
#include <QSet>

#include <functional>

class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;
class QSystemTrayIcon;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QTimer;
class QTreeWidget;

namespace lt::sync {
class Client;
}
namespace lt::desk {
class Command;
class KeepOfflineCommand;
class ExtendSignaturesCommand;
} // namespace lt::desk
namespace lt::signing {
class TokenService;
}

class QSplitter;

namespace lt::ui {

class DeskMenus;
class DeskToolbar;
class DeskView;
class DocumentList;
class DocumentListModel;
class DocumentPanel;
class EmptyState;
class StatusLine;
class UrgentNotice;

// The desktop's main window: navigation boxes on the left, the document area on the right.
// Until a server is configured it shows its empty state.
class NewDocumentDialog;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // The boxes of the navigation, in display order.
    using Box = DeskBox;

    // Without a client the window shows its empty state; with one, the profile's documents,
    // kept fresh by a sync on start, every five minutes and on demand (F5).
    explicit MainWindow(sync::Client *client = nullptr, QWidget *parent = nullptr);

    // The label shown for a box in the navigation (for tests and accessibility).
    QString boxLabel(Box box) const;
    int boxCount(Box box) const;
    void setBoxCount(Box box, int count);
    Box currentBox() const;
    DocumentListModel *listModel() const { return m_model; }

    // Starts a synchronisation now (unless one runs).
    void syncNow();

    // Shows a document of the cache in the detail panel.
    void openDocument(const QString &id);
    // Lists the best matches of `text` in the cache (what the search field does as one types).
    void runSearch(const QString &text);
    // Keeps the documents' files on this computer (downloaded by the next sync, started now).
    void keepOffline(const QString &id);
    void keepOffline(const QStringList &ids);
    // "Mark unread" (the list's menu, Ctrl+U): bold again, the server told at the next sync.
    void markUnread(const QStringList &ids);
    // Keeps every document of a box offline, now and as they arrive (or stops doing so).
    void keepBoxOffline(Box box, bool keep);
    bool isBoxKeptOffline(Box box) const;
    // Shows file `index` of the open document in the viewer (its display copy is made in
    // the background the first time; DocumentPanel::fileShown tells when it is on screen).
    void showAttachment(const QString &id, int index);
    // Opens a file in the system's viewer, fetching it first when needed.
    void openFile(const QString &id, int index = 0);
    // What opens a file in another program (QDesktopServices by default; tests replace it).
    void setFileOpener(std::function<bool(const QUrl &)> opener) { m_opener = std::move(opener); }
    // Asks where to save a file (the original, signatures intact) and saves it.
    void saveFile(const QString &id, int index = 0);
    Status saveFileTo(const QString &id, int index, const QString &path);
    // The next or previous document of the list.
    void nextDocument();
    void previousDocument();
    // "Sign" (the leader, Action::Sign) or "Number and issue" with the agency's signature
    // (the clerk, Action::Issue): the signing dialog on the document's main file; the signed
    // version is shown at once and goes up with the next sync, then the action.
    void signDocument(const QString &id, Action action);
    // "New draft" (a drafter) or "Register an incoming document" (the clerk): the dialog, then
    // the files and the document sent to the server; the new document opens. A registration
    // that finds the same document registered asks before registering it again.
    void newDocument(Direction direction);
    // The dialog the last newDocument() opened (tests, screenshots).
    NewDocumentDialog *newDocumentDialog() const { return m_newDocumentDialog; }
    void sendNewDocument(const protocol::NewDocument &document, const QStringList &files);
    // Sổ văn bản (the clerk; leaders read): the registers window, its rows opening documents.
    void showRegisters();
    RegisterWindow *registerWindow() const { return m_registerWindow; }
    // The tokens, listed and used on their own thread (made on first use).
    signing::TokenService *tokens();
    // Sign in (dialog), sign out (the cache stays), settings.
    void showLogin();
    void signOut();
    void showSettings();
    DocumentPanel *documentPanel() const { return m_panel; }
    // Puts the user's action in the outbox (shown at once as waiting) and starts a sync.
    bool queueAction(const QString &documentId, Action action, const QString &text,
                     const QList<Assignment> &assignments = {}, const QString &to = {});

    // Kept between sessions (QSettings "window/…"): written when the window closes.
    void saveLayout() const;

signals:
    void syncFinished(bool ok);
    // Hỏa tốc or Thượng khẩn documents arrived in To handle (also shown in the tray).
    void urgentArrived(const QStringList &ids);
    // A signature made offline was to get its timestamp and revocation data: `ok` when it
    // did (the new version is queued to go up); otherwise it is tried after the next sync.
    void signatureExtended(const QString &documentId, bool ok);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void restoreLayout();
    void runKeepOffline(desk::KeepOfflineCommand *command);
    // Runs `keep` at once, or, when `secret` classified documents are concerned, after the
    // user said yes.
    void afterClassifiedYes(int secret, const std::function<void()> &keep);
    void refreshFromCache();
    void updateStatus(const QString &problem = {});
    void onBoxChanged();
    void onActionRequested(const QString &documentId, Action action, const QString &text = {},
                           const QList<Assignment> &assignments = {});
    void requestAction(Action action);
    void updateDocumentActions();
    void announceUrgent();
    // Signatures made offline below the level asked for: extended one at a time after a
    // successful sync (the network is back), off the GUI thread.
    void extendSignatures();
    void onSynced(const Status &result, const QStringList &problems);
    void present(const Status &result, const QString &title);
    // Starts `command`; at its end its failure is presented, then `then` runs.
    void runCommand(desk::Command *command, const QString &title, std::function<void()> then = {});
    void withFile(const QString &id, int index, std::function<void(const QString &)> then);
    void showDeskOrEmpty();

    Navigation *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    DeskToolbar *m_toolbar = nullptr;
    sync::Client *m_client = nullptr;
    DocumentListModel *m_model = nullptr;
    DocumentList *m_table = nullptr;
    DocumentPanel *m_panel = nullptr;
    StatusLine *m_status = nullptr;
    DeskView *m_desk = nullptr;
    EmptyState *m_empty = nullptr;
    QTimer *m_syncTimer = nullptr;
    DeskMenus *m_menus = nullptr;
    UrgentNotice *m_notice = nullptr;
    // The last sync's problems, shown on a click in the status bar.
    signing::TokenService *m_tokens = nullptr;
    QPointer<desk::ExtendSignaturesCommand> m_extension;
    bool m_online = false;
    bool m_manyChosen = false; // several rows chosen: the status line says why nothing acts
    QSplitter *m_splitter = nullptr;
    QSet<QByteArray> m_fetching; // files being downloaded for viewing, by checksum
    std::function<bool(const QUrl &)> m_opener;
    QPointer<NewDocumentDialog> m_newDocumentDialog;
    QPointer<RegisterWindow> m_registerWindow;
};

} // namespace lt::ui
