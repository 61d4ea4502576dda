#pragma once

#include "core/signing/signer.h"

#include <QObject>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

class QThread;
class QThreadPool;
class QTimer;

namespace lt::signing {

// The desktop's way to tokens: every PKCS#11 call happens on one thread of its own (drivers
// are often not thread-safe, and a token may take seconds to answer), never on the GUI
// thread. The tokens are listed again every few seconds, so that plugging a token in or
// pulling it out shows at once (candidatesChanged).
class TokenService : public QObject
{
    Q_OBJECT

public:
    explicit TokenService(QStringList modules, int pollMilliseconds = 2000,
                          QObject *parent = nullptr);
    ~TokenService() override;

    // The signing certificates on the tokens present, as last listed.
    QList<Candidate> candidates() const { return m_candidates; }
    bool hasListed() const { return m_listed; }
    // Lists again now.
    void refresh();

    // Signs: the PDF and the network (OCSP before, timestamp after) on a signing thread, the
    // token's part alone on the token thread, which never waits on the network. `done` runs
    // on this object's thread.
    void sign(const Candidate &candidate, const QByteArray &pin, const Request &request,
              std::function<void(Result<pdf::SignReport>)> done);
    // Stops the signature being made if the token has not been asked yet (it ends with
    // ErrorCode::Cancelled and writes nothing); once the token signs, it completes.
    void cancelSignature();
    // Any other token work, on the token thread (tests use it to see which thread runs).
    void run(std::function<void()> job, std::function<void()> done);

signals:
    void candidatesChanged();
    // A listing failed (a driver that cannot be loaded): the message, for the status line.
    void problem(const QString &message);

private:
    void listed(const QList<Candidate> &candidates, const QString &problem);

    QStringList m_modules;
    QThread *m_thread;
    QThreadPool *m_signing; // one signature at a time, off both the GUI and the token thread
    std::shared_ptr<std::atomic_bool> m_cancel;
    QObject *m_worker; // lives in m_thread
    QTimer *m_timer;
    QList<Candidate> m_candidates;
    bool m_listed = false;
    bool m_listing = false;
};

} // namespace lt::signing
