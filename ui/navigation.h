#pragma once

#include <QTreeWidget>

#include <functional>

namespace lt::ui {

// The boxes of the desk, in display order.
enum class DeskBox { ToHandle, Incoming, OutgoingDrafts, ToSign, Sent, Tasks, Search };

// The navigation on the left: the boxes with their counts (bold when not empty), and a
// context menu to keep a box offline.
class Navigation : public QTreeWidget
{
    Q_OBJECT

public:
    explicit Navigation(QWidget *parent = nullptr);

    QString label(DeskBox box) const;
    int count(DeskBox box) const;
    void setCount(DeskBox box, int count);
    DeskBox current() const;
    // Selects `box` as a click does.
    void select(DeskBox box) { setCurrentItem(item(box)); }
    // Selects `box` without announcing it (the search selects its own entry as one types).
    void selectQuietly(DeskBox box);
    // Whether a box is kept offline, for the context menu's tick; boxes it says nothing of
    // (Tasks, Search) have no such menu.
    void setKeptOffline(std::function<std::optional<bool>(DeskBox)> kept)
    {
        m_kept = std::move(kept);
    }

signals:
    void keepOfflineRequested(lt::ui::DeskBox box, bool keep);

private:
    QTreeWidgetItem *item(DeskBox box) const;
    std::function<std::optional<bool>(DeskBox)> m_kept;
};

} // namespace lt::ui
