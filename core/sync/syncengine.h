#pragma once

#include "core/model/document.h"
#include "core/result.h"
#include "core/store/outbox.h"

#include <QObject>
#include <QStringList>

#include <functional>

namespace lt::net {
class ApiClient;
}

namespace lt::sync {

using store::Outbox;
using store::OutboxEntry;

class Profile;

struct SyncReport
{
    int pages = 0;
    int updated = 0; // documents added or changed
    int removed = 0;
    int delivered = 0; // outbox entries answered by the server
    int applied = 0;
    int rejected = 0;
    QStringList rejections; // "document: reason"
    int filesFetched = 0;
    qint64 bytesFetched = 0;
    QStringList fileErrors;
    int filesSkipped = 0; // not downloaded: the offline storage limit was reached
    QString cursor;
};

// One synchronisation: delivers the outbox (oldest first), pulls the change feed page by page
// (each page and its cursor in one transaction), then downloads the attachments that are kept
// offline and indexes their text. Stops at the first network failure; everything done until
// then is kept, and the next run continues where this one stopped.
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    SyncEngine(Profile &profile, net::ApiClient &api, QObject *parent = nullptr);

    void setPageSize(int n) { m_pageSize = n; }
    void run(std::function<void(Result<SyncReport>)> done);
    bool isRunning() const { return bool(m_done); }
    // Ends the running sync at its next step (between pages, actions or files), with
    // ErrorCode::Cancelled; what was stored stays consistent.
    void cancel();

signals:
    void progress(const QString &message);
    // Files kept offline: `done` of `total` handled in this run.
    void filesProgress(int done, int total);

private:
    void pushNext();
    void postAction(const OutboxEntry &e);
    void answer(const OutboxEntry &e, bool applied, const QString &reason,
                const std::optional<Document> &doc);
    void sendReadReceipts(bool unread = false);
    void pullPage();
    void requestPage(const QString &cursor);
    void fetchNext();
    void fetchOrganisations();
    void fetchPeople();
    void finish(Result<SyncReport> result);
    bool stopIfCancelled();
    Status applyPage(const QJsonObject &page, bool *more);

    Profile &m_profile;
    net::ApiClient &m_api;
    int m_pageSize = 500;
    quint64 m_run = 0;
    SyncReport m_report;
    std::function<void(Result<SyncReport>)> m_done;
    bool m_cancelled = false;
    struct Fetch
    {
        QString documentId;
        QByteArray sha256;
        qint64 size = 0;
    };
    QList<Fetch> m_toFetch;
    int m_fetchTotal = 0;
};

// Extracts the text of a PDF for the search index (empty when it cannot be read).
QString extractPdfText(const QString &path, int maxPages = 50);

} // namespace lt::sync
