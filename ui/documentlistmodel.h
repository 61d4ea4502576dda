#pragma once

#include "core/model/document.h"
#include "core/store/documentcache.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

namespace lt::ui {

// The documents of one box, newest first, read from the cache a page at a time as the view
// scrolls (canFetchMore/fetchMore), so 100,000 rows cost only what is on screen.
class DocumentListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Number, Subject, Issuer, Date, Urgency, Due, State, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit DocumentListModel(store::DocumentCache &cache, QObject *parent = nullptr);

    // Shows `box` (all documents when empty); reloads from the first page.
    // `work`: only the open documents where the user stands in one of these relations (the
    // "Tasks" entry), with no box.
    void setBox(std::optional<Box> box, quint32 work = 0);
    // The row of `id` is shown read (not bold) from now on.
    // The row's bold follows the cache: read (false) or unread again (true).
    void markRead(const QString &id, bool read = true);
    // Shows the best matches of `text` (with or without accents) instead of a box; an empty
    // text goes back to the box.
    void setSearch(const QString &text);
    QString search() const { return m_search; }
    std::optional<Box> box() const { return m_query.box; }
    // Narrows the box: urgent (Hỏa tốc, Thượng khẩn, Khẩn), overdue, unread.
    enum class Filter { All, Urgent, Overdue, Unread };
    void setFilter(Filter filter);
    Filter filter() const { return m_filter; }
    // Sorting is done by the cache (the rows are never all in memory): by date (the
    // default, newest first), urgency, deadline or number; other columns keep the date order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    // Re-reads what is shown (after a sync).
    void reload();
    const Document *documentAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    static constexpr int kPageSize = 200;

private:
    store::DocumentCache &m_cache;
    store::DocumentCache::Query m_query;
    QList<Document> m_rows;
    bool m_atEnd = false;
    bool m_fetching = false;
    QString m_search;
    Filter m_filter = Filter::All;
    QDate m_today;
};

} // namespace lt::ui
