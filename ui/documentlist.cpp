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
    horizontalHeader()->setStretchLastSection(false);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    horizontalHeader()->setMinimumSectionSize(48);
    connect(horizontalHeader(), &QHeaderView::sectionResized, this, [this] {
        if (!m_sharing)
            m_sizedByUser = true; // from now on the user's widths stay
    });
    shareWidth();
    horizontalHeader()->setSortIndicator(DocumentListModel::Date, Qt::DescendingOrder);
    setSortingEnabled(true);
    connect(this, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        const QStringList ids = selectedIds();
        if (ids.isEmpty())
            return;
        QMenu menu;
        menu.addAction(tr("Keep %n document(s) offline", nullptr, int(ids.size())), this,
                       [this, ids] { emit keepOfflineRequested(ids); });
        menu.addAction(tr("Mark unread"), this, [this, ids] { emit markUnreadRequested(ids); });
        menu.exec(viewport()->mapToGlobal(at));
    });
}

// Shares of the width: the subject is what a reader scans for.
void DocumentList::shareWidth()
{
    if (m_sizedByUser)
        return;
    // (They add up to a little less than the whole: no horizontal scroll bar for rounding.)
    static constexpr std::pair<int, double> shares[] = {
        {DocumentListModel::Number, 0.13},   {DocumentListModel::Subject, 0.34},
        {DocumentListModel::Issuer, 0.16},   {DocumentListModel::Date, 0.085},
        {DocumentListModel::Urgency, 0.075}, {DocumentListModel::Due, 0.085},
        {DocumentListModel::State, 0.105}};
    const int width = std::max(700, viewport()->width());
    m_sharing = true;
    for (const auto &[column, share] : shares) {
        const int minimum = column == DocumentListModel::Date || column == DocumentListModel::Due
                                ? fontMetrics().horizontalAdvance(QStringLiteral("00/00/0000")) + 16
                                : 48;
        setColumnWidth(column, std::max(minimum, int(width * share)));
    }
    m_sharing = false;
}

void DocumentList::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    shareWidth();
}

QByteArray DocumentList::saveColumns() const
{
    return m_sizedByUser ? horizontalHeader()->saveState() : QByteArray();
}

void DocumentList::restoreColumns(const QByteArray &state)
{
    m_sharing = true;
    m_sizedByUser = horizontalHeader()->restoreState(state);
    m_sharing = false;
    shareWidth();
}

QStringList DocumentList::selectedIds() const
{
    QStringList ids;
    for (const QModelIndex &row : selectionModel()->selectedRows())
        ids << row.data(DocumentListModel::IdRole).toString();
    return ids;
}

} // namespace lt::ui
