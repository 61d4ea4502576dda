#include "core/signing/tokenservice.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThread>
#include <QThreadPool>
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
};

struct TokenServiceTr
{
    Q_DECLARE_TR_FUNCTIONS(lt::signing::TokenService)
};
} // namespace

TokenService::TokenService(QStringList modules, int pollMilliseconds, QObject *parent)
    : QObject(parent)
    , m_modules(std::move(modules))
    , m_thread(new QThread(this))
    , m_signing(new QThreadPool(this))
    , m_cancel(std::make_shared<std::atomic_bool>(false))
    , m_worker(new TokenWorker)
    , m_timer(new QTimer(this))
{
    m_thread->setObjectName(QStringLiteral("lienthong-tokens"));
    m_worker->moveToThread(m_thread);
    m_signing->setMaxThreadCount(1);
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
    // A signature still waiting for the network ends without the token; then the token
    // thread may go.
    m_cancel->store(true);
    m_signing->waitForDone();
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
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const auto cancel = m_cancel;
    QObject *tokenSide = m_worker;
    QPointer<TokenService> self(this);
    m_signing->start([self, tokenSide, cancel, candidate, pin, request, done]() mutable {
        // Only the token's part goes to the token thread: listings and hot-plug go on while
        // this thread waits for the OCSP responder or the timestamp authority.
        const TokenCall onToken =
            [tokenSide,
             cancel](const std::function<Result<QByteArray>()> &call) -> Result<QByteArray> {
            if (cancel->load())
                return Error{ErrorCode::Cancelled,
                             TokenServiceTr::tr("The signature was cancelled before the token "
                                                "was asked.")};
            std::optional<Result<QByteArray>> answer;
            QMetaObject::invokeMethod(
                tokenSide, [&] { answer = call(); }, Qt::BlockingQueuedConnection);
            return answer ? *answer
                          : Result<QByteArray>(
                                Error{ErrorCode::TokenRemoved, errorText(ErrorCode::TokenRemoved)});
        };
        // The output is written atomically at the end: a cancelled signature leaves none.
        Request asked = request;
        asked.cancelled = [cancel] { return cancel->load(); }; // also during the network waits
        auto report = signPdf(candidate, pin, asked, onToken);
        // The driver is released where it was loaded: the token thread (a token pulled out
        // meanwhile may leave this the last reference to it).
        QMetaObject::invokeMethod(
            tokenSide, [keep = candidate] { Q_UNUSED(keep); }, Qt::QueuedConnection);
        if (self) {
            QMetaObject::invokeMethod(
                self, [done, report] { done(report); }, Qt::QueuedConnection);
        }
    });
}

void TokenService::cancelSignature()
{
    m_cancel->store(true);
}

void TokenService::run(std::function<void()> job, std::function<void()> done)
{
    QMetaObject::invokeMethod(m_worker, [this, job, done] {
        job();
        QMetaObject::invokeMethod(this, done, Qt::QueuedConnection);
    });
}

} // namespace lt::signing
