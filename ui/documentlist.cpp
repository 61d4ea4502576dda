#include "ui/documentlist.h"

#include "ui/documentlistmodel.h"

#include <QHeaderView>
#include <QMenu>

namespace lt::ui {

DocumentList::DocumentList(DocumentListModel *model, QWidget *parent)
    : QTableView(parent)
{
    setObjectName(QStringLiteral("documentList"));
    setModel(model);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setContextMenuPolicy(Qt::CustomContextMenu);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setSectionResizeMode(DocumentListModel::Subject, QHeaderView::Stretch);
    setColumnWidth(DocumentListModel::Number, 125);
    setColumnWidth(DocumentListModel::Issuer, 190);
    setColumnWidth(DocumentListModel::Date, 95);
    setColumnWidth(DocumentListModel::Urgency, 105);
    setColumnWidth(DocumentListModel::Due, 95);
    setColumnWidth(DocumentListModel::State, 130);
    horizontalHeader()->setSortIndicator(DocumentListModel::Date, Qt::DescendingOrder);
    setSortingEnabled(true);
    connect(this, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        const QStringList ids = selectedIds();
        if (ids.isEmpty())
            return;
        QMenu menu;
        menu.addAction(tr("Keep %n document(s) offline", nullptr, int(ids.size())), this,
                       [this, ids] { emit keepOfflineRequested(ids); });
        menu.exec(viewport()->mapToGlobal(at));
    });
}

QStringList DocumentList::selectedIds() const
{
    QStringList ids;
    for (const QModelIndex &row : selectionModel()->selectedRows())
        ids << row.data(DocumentListModel::IdRole).toString();
    return ids;
}

} // namespace lt::ui
