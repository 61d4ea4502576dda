#pragma once

#include "ui/documentlistmodel.h"

#include <QToolBar>

class QLineEdit;
class QMainWindow;

namespace lt::ui {

// The desk's toolbar: search as one types (a moment after the last key; Ctrl+F), the list's
// filter (urgent, overdue, unread) and "Synchronise now" (F5). Without a profile, search only.
class DeskToolbar : public QToolBar
{
    Q_OBJECT

public:
    DeskToolbar(QMainWindow *window, bool withProfile);
    QString searchText() const;
    void clearSearchQuietly();

signals:
    void searchChanged(const QString &text);
    void filterChanged(lt::ui::DocumentListModel::Filter filter);
    void syncRequested();

private:
    QLineEdit *m_search;
};

} // namespace lt::ui
