#pragma once

#include <QStringList>
#include <QTableView>

namespace lt::ui {

class DocumentListModel;

// The list of a box: columns sized for their contents, the subject taking the rest, sorted
// by the cache (newest first unless a header says otherwise), several rows selectable.
class DocumentList : public QTableView
{
    Q_OBJECT

public:
    DocumentList(DocumentListModel *model, QWidget *parent = nullptr);
    QStringList selectedIds() const;

signals:
    void keepOfflineRequested(const QStringList &ids);
};

} // namespace lt::ui
