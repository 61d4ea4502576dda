#include "core/sync/client.h"

#include "core/protocol/messages.h"

#include "core/net/apiclient.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QPointer>
#include <QThread>

namespace lt::sync {

Q_LOGGING_CATEGORY(lcClient, "lt.core.sync.client")

namespace {
struct ClientTr
{
    Q_DECLARE_TR_FUNCTIONS(lt::sync::Client)
};

QString keyFor(const QUrl &server, const QString &login)
{
    return QStringLiteral("refresh-token:%1:%2").arg(server.toString(), login);
}
} // namespace

Client::Client(Profile &profile, auth::SecretStore &secrets, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_secrets(secrets)
{
    if (!m_profile.settings().caFile.isEmpty())
        (void)setCaFile(m_profile.settings().caFile);
    if (m_profile.isSignedIn())
        makeApi(m_profile.settings().server);
}

Status Client::setCaFile(const QString &path)
{
    const auto certificates = QSslCertificate::fromPath(path, QSsl::Pem);
    if (certificates.isEmpty()) {
        return Error{ErrorCode::InvalidArgument,
                     ClientTr::tr("No certificate could be read from \"%1\".").arg(path)};
    }
    m_caFile = QFileInfo(path).absoluteFilePath();
    m_ca = certificates;
    if (m_api)
        m_api->setCaCertificates(m_ca);
    return {};
}

Client::~Client()
{
    setBackgroundSync(false);
}

namespace {
// What runs a synchronisation on the worker thread: a second Profile (its own SQLite
// connection; WAL lets the GUI read meanwhile), an ApiClient and a SyncEngine.
class SyncWorker : public QObject
{
public:
    explicit SyncWorker(QString directory)
        : m_dir(std::move(directory))
    {
    }
    Profile *profile = nullptr;
    std::unique_ptr<Profile> ownedProfile;
    std::unique_ptr<net::ApiClient> api;
    std::unique_ptr<SyncEngine> engine;
    quint64 networkGeneration = 0;
    QString m_dir;
};
} // namespace

void Client::setBackgroundSync(bool on)
{
    if (on == bool(m_thread))
        return;
    if (!on) {
        // The worker (its database connection, its network access) goes with its thread.
        m_thread->quit();
        m_thread->wait();
        m_thread.reset();
        m_worker = nullptr;
        m_backgroundRunning = false;
        return;
    }
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(QStringLiteral("lienthong-sync"));
    m_worker = new SyncWorker(m_profile.directory());
    m_worker->moveToThread(m_thread.get());
    connect(m_thread.get(), &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

void Client::setSyncPageSize(int n)
{
    m_pageSize = n;
    if (m_engine)
        m_engine->setPageSize(n);
}

bool Client::isSyncing() const
{
    return m_backgroundRunning || (m_engine && m_engine->isRunning());
}

void Client::syncInBackground(std::function<void(Result<SyncReport>)> done)
{
    if (m_backgroundRunning) {
        done(Error{ErrorCode::Conflict, ClientTr::tr("A synchronisation is already running.")});
        return;
    }
    m_backgroundRunning = true;
    const QUrl server = m_api->server();
    const QList<QSslCertificate> ca = m_ca;
    const int timeout = m_timeoutMs;
    const int pageSize = m_pageSize;
    const net::ApiClient::Network network = m_network;
    const quint64 generation = m_networkGeneration;
    const QString access = m_api->accessToken();
    const QString refresh = m_api->refreshToken();
    auto *worker = static_cast<SyncWorker *>(m_worker);
    // Back on this thread: the tokens the worker ended with, then the caller's callback.
    // The session this run started with: a sign-out or another sign-in meanwhile wins, and
    // the worker's tokens are then dropped, never written back.
    m_syncSession = m_session;
    auto finished = [this, done](Result<SyncReport> r, const QString &a, const QString &rt) {
        m_backgroundRunning = false;
        if (m_api && !a.isEmpty() && m_syncSession == m_session && m_profile.isSignedIn())
            m_api->setTokens(a, rt);
        done(std::move(r));
    };
    QMetaObject::invokeMethod(worker, [this, worker, server, ca, timeout, pageSize, network,
                                       generation, access, refresh, finished] {
        const auto reply = [this, finished](Result<SyncReport> r, QString a, QString rt) {
            QMetaObject::invokeMethod(
                this,
                [finished, r = std::move(r), a, rt]() mutable { finished(std::move(r), a, rt); },
                Qt::QueuedConnection);
        };
        if (!worker->profile) {
            auto opened = Profile::open(worker->m_dir);
            if (!opened) {
                reply(opened.error(), {}, {});
                return;
            }
            worker->ownedProfile = std::move(opened.value());
            worker->profile = worker->ownedProfile.get();
        } else {
            worker->profile->reloadSettings();
        }
        if (!worker->api || worker->api->server() != server ||
            worker->networkGeneration != generation) {
            worker->networkGeneration = generation;
            worker->engine.reset();
            worker->api = std::make_unique<net::ApiClient>(server, network);
            worker->engine = std::make_unique<SyncEngine>(*worker->profile, *worker->api);
            // Signals cross to this client's thread by themselves (queued connections).
            connect(worker->engine.get(), &SyncEngine::filesProgress, this, &Client::filesProgress);
            connect(worker->api.get(), &net::ApiClient::tokensChanged, this,
                    [this](const QString &a, const QString &rt) {
                        if (m_syncSession != m_session || !m_profile.isSignedIn())
                            return; // renewed for a session that has ended since
                        if (m_api)
                            m_api->setTokens(a, rt);
                        writeSecret(rt);
                    });
        }
        worker->api->setTimeout(timeout);
        worker->api->setCaCertificates(ca);
        worker->api->setTokens(access, refresh);
        if (pageSize > 0)
            worker->engine->setPageSize(pageSize);
        worker->engine->run([worker, reply](Result<SyncReport> r) {
            reply(std::move(r), worker->api->accessToken(), worker->api->refreshToken());
        });
    });
}

void Client::setTimeout(int milliseconds)
{
    m_timeoutMs = milliseconds;
    if (m_api)
        m_api->setTimeout(milliseconds);
}

void Client::makeApi(const QUrl &server)
{
    ++m_session;
    m_engine.reset();
    m_api = std::make_unique<net::ApiClient>(server, m_network);
    m_api->setTimeout(m_timeoutMs);
    m_api->setCaCertificates(m_ca);
    m_engine = std::make_unique<SyncEngine>(m_profile, *m_api);
    if (m_pageSize > 0)
        m_engine->setPageSize(m_pageSize);
    connect(m_engine.get(), &SyncEngine::filesProgress, this, &Client::filesProgress);
    connect(m_api.get(), &net::ApiClient::tokensChanged, this,
            [this](const QString &, const QString &refresh) { writeSecret(refresh); });
}

void Client::writeSecret(const QString &refresh)
{
    if (m_secretKey.isEmpty())
        return;
    ++m_pendingWrites;
    QPointer<Client> self(this);
    m_secrets.write(m_secretKey, refresh.toUtf8(), [self](Status s) {
        if (!self)
            return;
        if (!s) {
            qCWarning(lcClient) << "the session cannot be remembered:" << s.error().message;
            self->m_degraded = true;
        }
        if (--self->m_pendingWrites == 0) {
            const auto waiters = std::exchange(self->m_idleWaiters, {});
            for (const auto &w : waiters)
                w();
        }
    });
}

void Client::whenIdle(std::function<void()> done)
{
    if (m_pendingWrites == 0) {
        done();
        return;
    }
    m_idleWaiters.append(std::move(done));
}

bool Client::hasSession() const
{
    return m_api && !m_api->accessToken().isEmpty();
}

void Client::finishSignIn(const QUrl &server, Result<QJsonObject> answer, Done done)
{
    if (!answer) {
        done(answer.error());
        return;
    }
    auto session = protocol::SessionAnswer::fromJson(answer.value());
    if (!session) {
        done(Error{ErrorCode::ServerError, session.error().message});
        return;
    }
    const Person &person = session->person;
    // The user's own settings (drivers, offline storage, …) stay; the session's are replaced.
    Profile::Settings s = m_profile.settings();
    s.server = server;
    s.login = person.login;
    s.personId = person.id;
    s.fullName = person.fullName;
    s.organisationId = person.organisationId;
    s.caFile = m_caFile;
    s.roles = person.roles;
    // Another account or server: the cached documents belong to someone else.
    const auto &old = m_profile.settings();
    if (!old.personId.isEmpty() && (old.personId != s.personId || old.server != server)) {
        done(Error{ErrorCode::Conflict,
                   ClientTr::tr("This profile belongs to %1 on %2; use another profile "
                                "(--profile) for another account.")
                       .arg(old.login, old.server.toString())});
        return;
    }
    if (auto saved = m_profile.saveSettings(s); !saved) {
        done(saved.error());
        return;
    }
    if (m_secretKey != keyFor(server, s.login)) {
        m_secretKey = keyFor(server, s.login);
        writeSecret(m_api->refreshToken());
    }
    emit sessionChanged();
    done(Status{});
}

void Client::signIn(const QUrl &server, const QString &login, const QString &password, Done done)
{
    makeApi(server);
    m_secretKey = keyFor(server, login);
    QPointer<Client> self(this);
    m_api->login(login, password, [self, server, done](Result<QJsonObject> r) {
        if (self)
            self->finishSignIn(server, std::move(r), done);
    });
}

void Client::signInWithCode(const QUrl &server, const QString &code, Done done)
{
    makeApi(server);
    m_secretKey.clear(); // the login is known only from the answer
    QPointer<Client> self(this);
    m_api->exchangeCode(code, [self, server, done](Result<QJsonObject> r) {
        if (self)
            self->finishSignIn(server, std::move(r), done);
    });
}

void Client::resume(Done done)
{
    if (!m_profile.isSignedIn()) {
        done(Error{ErrorCode::Unauthorized, ClientTr::tr("Not signed in.")});
        return;
    }
    if (!m_api)
        makeApi(m_profile.settings().server);
    m_secretKey = m_profile.secretKey();
    QPointer<Client> self(this);
    m_secrets.read(m_secretKey, [self, done](Result<QByteArray> secret) {
        if (!self)
            return;
        if (!secret) {
            done(Error{ErrorCode::Unauthorized,
                       secret.error().code == ErrorCode::NotFound
                           ? ClientTr::tr("The session is not remembered on this computer: "
                                          "sign in again.")
                           : secret.error().message});
            return;
        }
        self->m_api->resume(QString::fromUtf8(secret.value()), [self, done](Result<QJsonObject> r) {
            if (!self)
                return;
            if (!r) {
                done(r.error());
                return;
            }
            emit self->sessionChanged();
            done(Status{});
        });
    });
}

void Client::signOut(Done done)
{
    ++m_session; // a sync still running must not bring this session back
    const QString key = m_profile.secretKey();
    QPointer<Client> self(this);
    const auto forget = [self, key, done](Status serverStatus) {
        if (!self)
            return;
        self->m_secretKey.clear(); // nothing renewed later goes to the keychain
        self->m_secrets.remove(key, [self, serverStatus, done](Status) {
            if (!self)
                return;
            Profile::Settings s = self->m_profile.settings();
            s.login.clear();
            (void)self->m_profile.saveSettings(s);
            emit self->sessionChanged();
            done(serverStatus);
        });
    };
    if (m_api && !m_api->accessToken().isEmpty())
        m_api->logout(forget);
    else
        forget(Status{});
}

void Client::setNetwork(net::ApiClient::Network network)
{
    m_network = std::move(network);
    ++m_networkGeneration;
    // Made already (a profile signed in before): again, with the same session; never under a
    // running sync (the next one takes the new network).
    if (m_api && !isSyncing()) {
        const QUrl server = m_api->server();
        const QString access = m_api->accessToken();
        const QString refresh = m_api->refreshToken();
        makeApi(server);
        m_api->setTokens(access, refresh);
    }
}

void Client::cancelSync()
{
    if (m_thread && m_worker) {
        auto *worker = static_cast<SyncWorker *>(m_worker);
        QMetaObject::invokeMethod(worker, [worker] {
            if (worker->engine)
                worker->engine->cancel();
        });
        return;
    }
    if (m_engine)
        m_engine->cancel();
}

void Client::sync(std::function<void(Result<SyncReport>)> done)
{
    if (!m_engine) {
        done(Error{ErrorCode::Unauthorized, ClientTr::tr("Not signed in.")});
        return;
    }
    if (isSyncing()) { // refused, not run: nothing to announce (either mode)
        done(Error{ErrorCode::Conflict, ClientTr::tr("A synchronisation is already running.")});
        return;
    }
    QPointer<Client> self(this);
    auto announced = [self, done = std::move(done)](Result<SyncReport> r) {
        const Status result = r ? Status{} : Status{r.error()};
        const QStringList problems =
            r ? r.value().rejections + r.value().fileErrors : QStringList();
        done(std::move(r));
        if (self)
            emit self->synced(result, problems);
    };
    if (m_thread) {
        syncInBackground(std::move(announced));
        return;
    }
    m_engine->run(std::move(announced));
}

} // namespace lt::sync
