#pragma once

#include "core/model/document.h"
#include "ui/documentlistmodel.h"

#include <QSplitter>
#include <QTimer>

#include <optional>

namespace lt::sync {
class Profile;
}

namespace lt::ui {

class DocumentList;
class DocumentPanel;

// The document area of the desk: the list of a box (or of a search) above, the open document
// below. The panel follows the list's selection, always: opening a document selects its row
// (or no row when it is not in the list), and when the list is reloaded under the reader the
// document they had open stays open: on its row, or, when it has left the list (an action
// moved it on), with no row highlighted.
class DeskView : public QSplitter
{
    Q_OBJECT

public:
    DeskView(sync::Profile &profile, QWidget *parent = nullptr);

    DocumentListModel *model() const { return m_model; }
    DocumentList *list() const { return m_list; }
    DocumentPanel *panel() const { return m_panel; }

    // The list of a box (none: every document), its first document open.
    void showBox(std::optional<lt::Box> box, quint32 work = 0);
    // The documents matching `text`, the first open; the number of matches.
    int showSearch(const QString &text);
    void setFilter(DocumentListModel::Filter filter);
    // After the cache changed: the list again, the reader kept on their place.
    void reload(std::optional<lt::Box> box, const QString &search, quint32 work = 0);

    void openDocument(const QString &id);
    void showAttachment(const QString &id, int index);
    void next();
    void previous();
    // "Mark unread": bold again here, the server told at the next sync; the open one stays
    // unread while it stays open (it is marked read when opened again).
    void markUnread(const QStringList &ids);

signals:
    void documentShown();                 // the panel changed: what it offers may have too
    void documentRead(const QString &id); // it was on screen long enough: marked read
    // A file to show is not on this computer: whoever can reach the server fetches it, then
    // calls showAttachment() again.
    void fileWanted(const QString &id, int index);

private:
    void openFirst();
    int rowOf(const QString &id) const;
    void selectQuietly(int row);
    void showInPanel(const QString &id);

    sync::Profile &m_profile;
    DocumentListModel *m_model;
    DocumentList *m_list;
    DocumentPanel *m_panel;
    bool m_selecting = false; // the list moves under the reader: the panel is told after
    QTimer m_readTimer;
    QString m_keptUnread; // the open document the reader marked unread

public:
    static constexpr int kReadAfterMs = 1500;
};

} // namespace lt::ui
