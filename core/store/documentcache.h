#pragma once

#include "core/model/document.h"
#include "core/result.h"
#include "core/store/database.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace lt::store {

// The client's offline copy of the documents it may see: metadata, the boxes of the user's
// desk, attachments' descriptions and a full-text index that matches with and without
// diacritics. Writes go through the caller's Transaction when one is open.
class DocumentCache
{
public:
    explicit DocumentCache(Database &db)
        : m_db(db)
    {
    }

    Status upsert(const Document &document);
    Status remove(const QString &id);
    Result<std::optional<Document>> get(const QString &id);

    struct Query
    {
        std::optional<Box> box;
        bool urgentOnly = false;  // Hỏa tốc, Thượng khẩn, Khẩn
        bool overdueOnly = false; // due date before `today` and still open
        bool unreadOnly = false;
        // Only open documents where the user stands in one of these relations (a bit set of
        // Relation): "Công việc" lists the work given to them.
        quint32 relationsAny = 0;
        enum class Order {
            Newest, // received (or issued) time, newest first: the default
            Oldest,
            Urgency,  // Hỏa tốc first, then by time
            Deadline, // the nearest deadline first, documents without one last
            Number,   // by number, highest first
        } order = Order::Newest;
        // Urgency, Deadline and Number the other way round (least urgent, latest deadline,
        // lowest number first).
        bool reversed = false;
        QDate today = QDate::currentDate();
        int limit = 100;
        int offset = 0;
    };
    // Newest first (by received time, or issue date for outgoing documents). Lists carry the
    // metadata and attachments but not the history: get() has everything.
    Result<QList<Document>> list(const Query &query);
    Result<int> count(Box box);
    Result<int> countAll();
    // The documents of `box` that are classified (Mật, Tối mật, Tuyệt mật).
    Result<int> countClassified(Box box);
    // The open documents where the user stands in one of `relations`.
    Result<int> countWork(quint32 relations);

    // The user opened the document: it is no longer bold here (a feed page that still says
    // unread does not undo it while the receipt waits), and a read receipt waits for the next
    // sync (so that the server and a new sync know it; the user's other computers learn it
    // with the document's next change). `read` false: "mark unread", the same way.
    Status markRead(const QString &id, bool read = true);
    // The receipts waiting: of documents read (`unread` false) or marked unread.
    Result<QStringList> pendingReadReceipts(int limit = 1000, bool unread = false);
    Status dropReadReceipts(const QStringList &ids, bool unread = false);

    // Words are matched in number/notation, subject, issuer and the document's text, folded
    // ("quyet dinh" finds "Quyết định"); the last word may be a prefix. Best matches first.
    Result<QList<Document>> search(const QString &text, int limit = 50);

    // The documents waiting in To handle that are Hỏa tốc or Thượng khẩn and were not
    // announced before; they are marked announced (a tray notification is shown once).
    Result<QList<Document>> takeUrgentArrivals();

    // Stores the text of the main attachment for search.
    Status setBodyText(const QString &id, const QString &text);

    // Small key/value settings that must change together with the data (the sync cursor).
    Result<QString> meta(const QString &key);
    Status setMeta(const QString &key, const QString &value);

    // Turns user text into an FTS5 query over folded tokens; empty when there is no word.
    static QString ftsQuery(const QString &text);

private:
    Result<QList<Document>> load(Statement &st, bool withHistory);
    Status loadAttachments(QList<Document> &documents, const QList<qint64> &rowids,
                           bool withHistory);
    Result<qint64> rowidOf(const QString &id);
    Status writeIndex(qint64 rowid, const Document &d, const QString &body);

    Database &m_db;
};

} // namespace lt::store
