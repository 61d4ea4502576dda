#include "core/sync/syncengine.h"
#include "core/text/units.h"

#include "core/protocol/messages.h"

#include "core/model/json.h"
#include "core/net/apiclient.h"
#include "core/sync/profile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QLoggingCategory>
#include <QPdfDocument>
#include <QPointer>

namespace lt::sync {

Q_LOGGING_CATEGORY(lcSync, "lt.core.sync")

namespace {
struct SyncTr
{
    Q_DECLARE_TR_FUNCTIONS(lt::sync::SyncEngine)
};
} // namespace

QString extractPdfText(const QString &path, int maxPages)
{
    QPdfDocument pdf;
    if (pdf.load(path) != QPdfDocument::Error::None)
        return {};
    QString text;
    for (int i = 0; i < qMin(pdf.pageCount(), maxPages); ++i)
        text += pdf.getAllText(i).text() + u'\n';
    return text;
}

SyncEngine::SyncEngine(Profile &profile, net::ApiClient &api, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_api(api)
{
}

void SyncEngine::run(std::function<void(Result<SyncReport>)> done)
{
    if (m_done) {
        done(Error{ErrorCode::Cancelled, SyncTr::tr("A synchronisation is already running.")});
        return;
    }
    m_done = std::move(done);
    m_report = SyncReport{};
    m_fetchTotal = 0;
    m_cancelled = false;
    ++m_run;
    pushNext();
}

void SyncEngine::cancel()
{
    if (m_done)
        m_cancelled = true; // honoured at the next step: nothing half-stored
}

bool SyncEngine::stopIfCancelled()
{
    if (!m_cancelled || !m_done)
        return false;
    finish(Error{ErrorCode::Cancelled, SyncTr::tr("The synchronisation was cancelled.")});
    return true;
}

void SyncEngine::finish(Result<SyncReport> result)
{
    auto done = std::move(m_done);
    m_done = nullptr;
    if (result) {
        (void)m_profile.cache().setMeta(QStringLiteral("last_sync"),
                                        QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    }
    done(std::move(result));
}

void SyncEngine::pushNext()
{
    if (stopIfCancelled())
        return;
    auto pending = m_profile.outbox().pending();
    if (!pending) {
        finish(pending.error());
        return;
    }
    if (pending.value().isEmpty()) {
        sendReadReceipts();
        return;
    }
    const OutboxEntry e = pending.value().first();
    if (e.fileSha256.isEmpty()) {
        postAction(e);
        return;
    }
    // A signed version goes up first; the server keeps it only as an incremental update of
    // the version it holds (the same bytes again change nothing, so a retry is harmless).
    QFile file(m_profile.blobs().path(e.fileSha256));
    if (!file.open(QIODevice::ReadOnly)) {
        answer(e, false, SyncTr::tr("The signed file is no longer on this computer."), {});
        return;
    }
    emit progress(SyncTr::tr("Sending the signed file…"));
    QPointer<SyncEngine> self(this);
    m_api.put(QStringLiteral("/api/v1/documents/%1/file").arg(e.documentId), file.readAll(),
              QByteArrayLiteral("application/pdf"), [self, e](Result<QJsonObject> r) {
                  if (!self)
                      return;
                  if (!r) {
                      if (r.error().code == ErrorCode::NotFound ||
                          r.error().code == ErrorCode::InvalidArgument ||
                          r.error().code == ErrorCode::Conflict) {
                          self->answer(e, false, r.error().message, {});
                          return;
                      }
                      self->finish(r.error());
                      return;
                  }
                  if (e.fileOnly) {
                      std::optional<Document> doc;
                      if (auto d = json::documentFromJson(r.value()))
                          doc = d.value();
                      self->answer(e, true, {}, doc);
                      return;
                  }
                  self->postAction(e);
              });
}

// Records the server's answer to an outbox entry (with the document as it now is) and goes on
// with the next entry.
void SyncEngine::answer(const OutboxEntry &e, bool applied, const QString &reason,
                        const std::optional<Document> &doc)
{
    store::Transaction tx(m_profile.db());
    if (!tx.isActive()) {
        finish(tx.beginStatus().error());
        return;
    }
    Status s = m_profile.outbox().markAnswered(e.id, applied, reason);
    if (s && doc)
        s = m_profile.cache().upsert(*doc);
    if (s)
        s = tx.commit();
    if (!s) {
        finish(s.error());
        return;
    }
    ++m_report.delivered;
    if (applied) {
        ++m_report.applied;
    } else {
        ++m_report.rejected;
        // Named as the reader knows it: its number, else the start of its subject.
        QString name = e.documentId;
        if (auto d = m_profile.cache().get(e.documentId); d && d.value()) {
            name = !d.value()->numberNotation().isEmpty() ? d.value()->numberNotation()
                   : d.value()->subject.size() > 40       ? d.value()->subject.left(38) + u'…'
                                                          : d.value()->subject;
        }
        m_report.rejections << SyncTr::tr("%1 refused for %2: %3")
                                   .arg(actions::displayName(e.action), name, reason);
    }
    pushNext();
}

void SyncEngine::postAction(const OutboxEntry &e)
{
    const QJsonObject request =
        protocol::ActionRequest{e.id,          e.documentId, e.action, e.text,
                                e.assignments, e.createdAt,  e.to}
            .toJson();
    emit progress(SyncTr::tr("Sending \"%1\"…").arg(actions::displayName(e.action)));
    QPointer<SyncEngine> self(this);
    m_api.post(QStringLiteral("/api/v1/actions"), request, [self, e](Result<QJsonObject> answer) {
        if (!self)
            return;
        bool applied = false;
        QString reason;
        std::optional<Document> doc;
        if (answer) {
            auto read = protocol::ActionAnswer::fromJson(answer.value());
            if (!read) {
                self->finish(Error{ErrorCode::ServerError, read.error().message});
                return;
            }
            applied = read->applied;
            reason = read->reason;
            doc = read->document;
        } else if (answer.error().code == ErrorCode::NotFound ||
                   answer.error().code == ErrorCode::InvalidArgument ||
                   answer.error().code == ErrorCode::Conflict) {
            // Final answers: the action can never apply as it is.
            reason = answer.error().message;
        } else {
            self->finish(answer.error()); // offline, unauthorised, server error
            return;
        }
        self->answer(e, applied, reason, doc);
    });
}

Status SyncEngine::applyPage(const QJsonObject &page, bool *more)
{
    // Read the whole page first (core/protocol): a page with anything unreadable changes nothing.
    auto read = protocol::ChangePage::fromJson(page);
    if (!read)
        return Error{ErrorCode::ServerError, read.error().message};
    const QList<protocol::Change> &changes = read->changes;
    const QString cursor = QString::number(read->cursor);
    *more = read->more;

    store::Transaction tx(m_profile.db());
    if (!tx.isActive())
        return tx.beginStatus();
    for (const protocol::Change &c : changes) {
        const bool remove = c.kind == protocol::Change::Kind::Delete;
        if (auto s = remove ? m_profile.cache().remove(c.id) : m_profile.cache().upsert(c.document);
            !s) {
            return s;
        }
    }
    if (auto s = m_profile.cache().setMeta(QStringLiteral("cursor"), cursor); !s)
        return s;
    if (auto s = tx.commit(); !s)
        return s;
    for (const protocol::Change &c : changes)
        ++(c.kind == protocol::Change::Kind::Delete ? m_report.removed : m_report.updated);
    m_report.cursor = cursor;
    ++m_report.pages;
    return {};
}

// The documents read here since the last sync: the server clears their unread flag. A
// failure keeps them for the next sync and never stops this one.
void SyncEngine::sendReadReceipts(bool unread)
{
    if (stopIfCancelled())
        return;
    // The documents read first, then those marked unread again.
    const auto next = [this, unread] {
        if (unread)
            pullPage();
        else
            sendReadReceipts(true);
    };
    auto ids = m_profile.cache().pendingReadReceipts(1000, unread);
    if (!ids || ids.value().isEmpty()) {
        next();
        return;
    }
    QPointer<SyncEngine> self(this);
    const QStringList sent = ids.value();
    QJsonObject body{{QStringLiteral("documents"), QJsonArray::fromStringList(sent)}};
    if (unread)
        body.insert(QStringLiteral("unread"), true);
    m_api.post(QStringLiteral("/api/v1/read"), body,
               [self, sent, unread, next](Result<QJsonObject> r) {
                   if (!self)
                       return;
                   // Taken, or refused for good (an older server without the route, a list
                   // it does not accept): not sent again. Otherwise kept for the next sync.
                   const bool final = !r && (r.error().code == ErrorCode::NotFound ||
                                             r.error().code == ErrorCode::InvalidArgument);
                   if (r || final)
                       (void)self->m_profile.cache().dropReadReceipts(sent, unread);
                   else
                       qCInfo(lcSync) << "read receipts kept for later:" << r.error().message;
                   next();
               });
}

void SyncEngine::pullPage()
{
    auto cursor = m_profile.cache().meta(QStringLiteral("cursor"));
    if (!cursor) {
        finish(cursor.error());
        return;
    }
    requestPage(cursor.value().isEmpty() ? QStringLiteral("0") : cursor.value());
}

void SyncEngine::requestPage(const QString &cursor)
{
    QPointer<SyncEngine> self(this);
    const quint64 run = m_run;
    m_api.get(QStringLiteral("/api/v1/changes?cursor=%1&limit=%2").arg(cursor).arg(m_pageSize),
              [self, run](Result<QJsonObject> page) {
                  if (!self || self->m_run != run || !self->m_done)
                      return; // this run already ended (an error while a page was in flight)
                  if (self->stopIfCancelled())
                      return; // the pages stored so far are whole, each with its cursor
                  if (!page) {
                      self->finish(page.error());
                      return;
                  }
                  // Ask for the next page before storing this one: the server prepares it
                  // while this thread writes (the HTTP transfer runs on Qt's network thread).
                  const bool more = page->value(QStringLiteral("more")).toBool();
                  const QString next = page->value(QStringLiteral("cursor")).toString();
                  bool nextOk = false;
                  next.toLongLong(&nextOk);
                  if (more && nextOk)
                      self->requestPage(next);
                  bool stored = false;
                  if (auto s = self->applyPage(page.value(), &stored); !s) {
                      self->finish(s.error());
                      return;
                  }
                  emit self->progress(
                      SyncTr::tr("%n document(s) received", nullptr, self->m_report.updated));
                  if (more)
                      return; // the next page's answer continues
                  self->fetchOrganisations();
              });
}

void SyncEngine::fetchOrganisations()
{
    // The directory of units (for assignments) rides along; a failure here is not a failure
    // of the sync: the previous copy stays.
    QPointer<SyncEngine> self(this);
    const quint64 run = m_run;
    m_api.get(QStringLiteral("/api/v1/organisations"), [self, run](Result<QJsonObject> r) {
        if (!self || self->m_run != run || !self->m_done || self->stopIfCancelled())
            return;
        // Read with the protocol's codec; kept as the server's list for the pickers.
        const auto read = r ? protocol::OrganisationList::fromJson(r.value())
                            : Result<protocol::OrganisationList>(r.error());
        const QJsonArray list =
            read && !read->organisations.isEmpty()
                ? read->toJson().value(QStringLiteral("organisations")).toArray()
                : QJsonArray();
        if (!list.isEmpty()) {
            (void)self->m_profile.cache().setMeta(
                QStringLiteral("organisations"),
                QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact)));
        }
        self->fetchPeople();
    });
}

void SyncEngine::fetchPeople()
{
    // The agency's people (whom a submission goes to), like the directory: the previous copy
    // stays when the server does not answer (an older server has no such list).
    QPointer<SyncEngine> self(this);
    const quint64 run = m_run;
    m_api.get(QStringLiteral("/api/v1/people"), [self, run](Result<QJsonObject> r) {
        if (!self || self->m_run != run || !self->m_done || self->stopIfCancelled())
            return;
        const QJsonArray list = r ? r->value(QStringLiteral("people")).toArray() : QJsonArray();
        if (!list.isEmpty()) {
            (void)self->m_profile.cache().setMeta(
                QStringLiteral("people"),
                QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact)));
        }
        // Then the files kept offline.
        auto missing = self->m_profile.missingPinnedAttachments();
        if (!missing) {
            self->finish(missing.error());
            return;
        }
        self->m_toFetch.clear();
        for (const auto &[id, a] : missing.value())
            self->m_toFetch.append({id, a.sha256, a.size});
        self->m_fetchTotal = int(self->m_toFetch.size());
        self->fetchNext();
    });
}

void SyncEngine::fetchNext()
{
    if (stopIfCancelled())
        return; // the files fetched so far are kept
    if (m_toFetch.isEmpty()) {
        if (m_fetchTotal > 0)
            emit filesProgress(m_fetchTotal, m_fetchTotal);
        if (m_report.filesSkipped > 0) {
            m_report.fileErrors << SyncTr::tr("The offline storage limit of %1 is reached: "
                                              "%n file(s) were not downloaded.",
                                              nullptr, m_report.filesSkipped)
                                       .arg(text::dataSize(m_profile.settings().offlineLimit));
        }
        finish(m_report);
        return;
    }
    emit filesProgress(m_fetchTotal - int(m_toFetch.size()), m_fetchTotal);
    const auto [documentId, sha, size] = m_toFetch.takeFirst();
    if (m_profile.blobs().has(sha)) {
        fetchNext();
        return;
    }
    if (const qint64 limit = m_profile.settings().offlineLimit;
        limit > 0 && m_profile.blobs().bytesUsed() + size > limit) {
        ++m_report.filesSkipped;
        fetchNext();
        return;
    }
    const QString partial = m_profile.blobs().partialPath(sha);
    QPointer<SyncEngine> self(this);
    m_api.download(QString::fromLatin1(sha.toHex()), partial,
                   [self, documentId = documentId, sha = sha](Status s) {
                       if (!self)
                           return;
                       if (!s) {
                           if (s.error().code == ErrorCode::NotFound) {
                               self->m_report.fileErrors << s.error().message;
                               self->fetchNext();
                               return;
                           }
                           self->finish(s.error());
                           return;
                       }
                       if (auto c = self->m_profile.blobs().commit(sha); !c) {
                           // A corrupt download is discarded; it is fetched again next time.
                           self->m_report.fileErrors << c.error().message;
                           self->fetchNext();
                           return;
                       }
                       ++self->m_report.filesFetched;
                       const QString path = self->m_profile.blobs().path(sha);
                       self->m_report.bytesFetched += QFileInfo(path).size();
                       // Index the text of the main file.
                       auto doc = self->m_profile.cache().get(documentId);
                       if (doc && doc.value() && !doc.value()->attachments.isEmpty() &&
                           doc.value()->attachments.first().sha256 == sha) {
                           const QString text = extractPdfText(path);
                           if (!text.isEmpty())
                               (void)self->m_profile.cache().setBodyText(documentId, text);
                       }
                       emit self->progress(SyncTr::tr("%n file(s) kept offline", nullptr,
                                                      self->m_report.filesFetched));
                       self->fetchNext();
                   });
}

} // namespace lt::sync
