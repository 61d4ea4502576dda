#include "ui/documentlistmodel.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QIcon>

namespace lt::ui {

DocumentListModel::DocumentListModel(store::DocumentCache &cache, QObject *parent)
    : QAbstractTableModel(parent)
    , m_cache(cache)
    , m_today(QDate::currentDate())
{
    m_query.limit = kPageSize;
}

void DocumentListModel::setBox(std::optional<Box> box, quint32 work)
{
    m_query.box = box;
    m_query.relationsAny = work;
    m_search.clear();
    reload();
}

void DocumentListModel::setSearch(const QString &text)
{
    m_search = text.trimmed();
    reload();
}

void DocumentListModel::setFilter(Filter filter)
{
    m_filter = filter;
    m_query.urgentOnly = filter == Filter::Urgent;
    m_query.overdueOnly = filter == Filter::Overdue;
    m_query.unreadOnly = filter == Filter::Unread;
    reload();
}

void DocumentListModel::sort(int column, Qt::SortOrder order)
{
    using Order = store::DocumentCache::Query::Order;
    // The header's arrow means the same on every column: descending is newest, most urgent,
    // latest deadline, highest number first.
    Order next = Order::Newest;
    bool reversed = false;
    switch (column) {
    case Date:
        next = order == Qt::DescendingOrder ? Order::Newest : Order::Oldest;
        break;
    case Urgency:
        next = Order::Urgency;
        reversed = order == Qt::AscendingOrder;
        break;
    case Due:
        next = Order::Deadline;
        reversed = order == Qt::DescendingOrder;
        break;
    case Number:
        next = Order::Number;
        reversed = order == Qt::AscendingOrder;
        break;
    default:
        break;
    }
    if (next == m_query.order && reversed == m_query.reversed)
        return;
    m_query.order = next;
    m_query.reversed = reversed;
    if (m_search.isEmpty())
        reload();
}

void DocumentListModel::reload()
{
    // Views and testers react to the reset by asking for rows: they get the first page after
    // the reset has completed, not in the middle of it.
    m_fetching = true;
    beginResetModel();
    m_rows.clear();
    m_atEnd = false;
    m_today = QDate::currentDate();
    m_query.today = m_today;
    endResetModel();
    m_fetching = false;
    fetchMore({});
}

void DocumentListModel::markRead(const QString &id, bool read)
{
    for (qsizetype r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).id == id && m_rows.at(r).unread == read) {
            m_rows[r].unread = !read;
            emit dataChanged(index(int(r), 0), index(int(r), ColumnCount - 1), {Qt::FontRole});
        }
    }
}

const Document *DocumentListModel::documentAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int DocumentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DocumentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool DocumentListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_fetching;
}

void DocumentListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || m_fetching)
        return;
    if (!m_search.isEmpty()) {
        // Search results come ranked in one piece (the best 200).
        auto found = m_cache.search(m_search, kPageSize);
        m_atEnd = true;
        if (!found || found.value().isEmpty())
            return;
        m_fetching = true;
        beginInsertRows({}, 0, int(found.value().size() - 1));
        m_rows = found.value();
        endInsertRows();
        m_fetching = false;
        return;
    }
    store::DocumentCache::Query q = m_query;
    q.offset = int(m_rows.size());
    q.limit = kPageSize;
    auto page = m_cache.list(q);
    if (!page || page.value().isEmpty()) {
        m_atEnd = true;
        return;
    }
    m_atEnd = page.value().size() < kPageSize;
    m_fetching = true; // views may ask for more while rows are being inserted
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.value().size() - 1));
    m_rows.append(page.value());
    endInsertRows();
    m_fetching = false;
}

QVariant DocumentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Document &d = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return d.id;
    case Qt::DecorationRole:
        // Mật, Tối mật, Tuyệt mật: a red lock before the number, in every list.
        if (index.column() == Number && d.confidentiality != Confidentiality::Normal) {
            static const QIcon lock(QStringLiteral(":/icons/confidential.svg"));
            return lock;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Number && d.confidentiality != Confidentiality::Normal)
            return QString(
                enums::displayName(d.confidentiality) + QStringLiteral(" — ") +
                (d.numberNotation().isEmpty() ? QStringLiteral("—") : d.numberNotation()));
        [[fallthrough]];
    case Qt::DisplayRole:
        switch (index.column()) {
        case Number:
            return d.numberNotation().isEmpty() ? QStringLiteral("—") : d.numberNotation();
        case Subject:
            return d.subject;
        case Issuer: {
            // Not issued yet: the unit that drafted it, not the agency that will issue it.
            const auto *out = std::get_if<OutgoingState>(&d.state);
            const bool draft = out && *out != OutgoingState::Issued &&
                               *out != OutgoingState::Dispatched && *out != OutgoingState::Recalled;
            return draft && !d.draftingUnit.isEmpty() ? d.draftingUnit : d.issuerName;
        }
        case Date: {
            const QDate date =
                d.receivedAt.isValid() ? d.receivedAt.toLocalTime().date() : d.issueDate;
            return date.toString(QStringLiteral("dd/MM/yyyy"));
        }
        case Urgency:
            return d.urgency == lt::Urgency::Normal ? QString() : enums::displayName(d.urgency);
        case Due:
            return d.dueDate.isValid() ? d.dueDate.toString(QStringLiteral("dd/MM/yyyy"))
                                       : QString();
        case State:
            return std::visit([](auto s) -> QString { return enums::displayName(s); }, d.state);
        default:
            return {};
        }
    case Qt::FontRole:
        // Unread rows, and the pressing urgencies, in bold.
        if (d.unread || (index.column() == Urgency && d.urgency >= lt::Urgency::VeryUrgent)) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::BackgroundRole:
        // Hỏa tốc stands out most: white on red, where Thượng khẩn is red on white.
        if (index.column() == Urgency && d.urgency >= lt::Urgency::Flash)
            return QBrush(QColor(0xc6, 0x28, 0x28));
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Urgency && d.urgency >= lt::Urgency::Flash)
            return QBrush(Qt::white);
        if (index.column() == Urgency && d.urgency == lt::Urgency::VeryUrgent)
            return QBrush(QColor(0xc6, 0x28, 0x28));
        if (index.column() == Urgency && d.urgency == lt::Urgency::Urgent)
            return QBrush(QColor(0xe6, 0x51, 0x00));
        if (index.column() == Due && d.isOverdue(m_today))
            return QBrush(QColor(0xc6, 0x28, 0x28));
        if (index.column() == Due && d.dueDate.isValid() && !d.isClosed() &&
            m_today.daysTo(d.dueDate) <= 2) {
            return QBrush(QColor(0xe6, 0x51, 0x00)); // due soon
        }
        return {};
    default:
        return {};
    }
}

QVariant DocumentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number:
        return tr("Number");
    case Subject:
        return tr("Subject");
    case Issuer:
        return tr("Issued by");
    case Date:
        return tr("Date");
    case Urgency:
        return tr("Urgency");
    case Due:
        return tr("Deadline");
    case State:
        return tr("State");
    default:
        return {};
    }
}

} // namespace lt::ui
