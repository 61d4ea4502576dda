#include "core/signing/tokenservice.h"

#include <QThread>
#include <QTimer>

namespace lt::signing {

namespace {
// What identifies a listing: a change in any of these is an insertion or a removal.
QStringList fingerprint(const QList<Candidate> &list)
{
    QStringList keys;
    for (const Candidate &c : list) {
        keys << c.module->path() + u'|' + QString::number(c.token.slot) + u'|' + c.token.serial +
                    u'|' + QString::fromLatin1(c.certificate.id.toHex()) + u'|' +
                    QString::number(c.token.pinCountLow) + QString::number(c.token.pinFinalTry) +
                    QString::number(c.token.pinLocked);
    }
    return keys;
}

// The token thread's side: it keeps the drivers of the last listing loaded, so that they are
// initialised and finalised on this thread only.
class TokenWorker : public QObject
{
public:
    QList<Candidate> keep;
    // A signature waits for the network (timestamp, OCSP) in a local event loop: a listing
    // queued meanwhile must not run in the middle of it.
    bool signing = false;
};
} // namespace

TokenService::TokenService(QStringList modules, int pollMilliseconds, QObject *parent)
    : QObject(parent)
    , m_modules(std::move(modules))
    , m_thread(new QThread(this))
    , m_worker(new TokenWorker)
    , m_timer(new QTimer(this))
{
    m_thread->setObjectName(QStringLiteral("lienthong-tokens"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
    m_timer->setInterval(pollMilliseconds);
    connect(m_timer, &QTimer::timeout, this, &TokenService::refresh);
    m_timer->start();
    refresh();
}

TokenService::~TokenService()
{
    m_timer->stop();
    m_candidates.clear(); // the token thread holds the last references to the drivers
    m_thread->quit();
    m_thread->wait();
}

void TokenService::refresh()
{
    if (m_listing)
        return;
    m_listing = true;
    const QStringList modules = m_modules;
    QMetaObject::invokeMethod(m_worker, [this, modules] {
        auto *worker = static_cast<TokenWorker *>(m_worker);
        if (worker->signing) {
            QMetaObject::invokeMethod(
                this, [this] { m_listing = false; }, Qt::QueuedConnection);
            return;
        }
        auto found = findCertificates(modules);
        const QList<Candidate> list = found ? found.value() : QList<Candidate>{};
        static_cast<TokenWorker *>(m_worker)->keep = list;
        const QString problem = found ? QString() : found.error().message;
        QMetaObject::invokeMethod(
            this, [this, list, problem] { listed(list, problem); }, Qt::QueuedConnection);
    });
}

void TokenService::listed(const QList<Candidate> &candidates, const QString &problem)
{
    m_listing = false;
    const bool changed = !m_listed || fingerprint(candidates) != fingerprint(m_candidates);
    m_listed = true;
    m_candidates = candidates;
    if (!problem.isEmpty())
        emit this->problem(problem);
    if (changed)
        emit candidatesChanged();
}

void TokenService::sign(const Candidate &candidate, const QByteArray &pin, const Request &request,
                        std::function<void(Result<pdf::SignReport>)> done)
{
    QMetaObject::invokeMethod(m_worker, [this, candidate, pin, request, done] {
        auto *worker = static_cast<TokenWorker *>(m_worker);
        worker->signing = true;
        auto report = signPdf(candidate, pin, request);
        worker->signing = false;
        QMetaObject::invokeMethod(
            this, [done, report] { done(report); }, Qt::QueuedConnection);
    });
}

void TokenService::run(std::function<void()> job, std::function<void()> done)
{
    QMetaObject::invokeMethod(m_worker, [this, job, done] {
        job();
        QMetaObject::invokeMethod(this, done, Qt::QueuedConnection);
    });
}

} // namespace lt::signing
