#pragma once

#include "core/auth/secretstore.h"
#include "core/net/apiclient.h"
#include "core/result.h"
#include "core/sync/profile.h"
#include "core/sync/syncengine.h"

#include <QObject>
#include <QSslCertificate>
#include <QUrl>

#include <functional>
#include <memory>

namespace lt::net {
class ApiClient;
}

class QThread;

namespace lt::sync {

// What the desktop and the command line share to talk to the server: the session (refresh
// token kept in the OS keychain, never the password), the API client and the sync engine of
// one profile. When no keychain is reachable the session lives for this process only
// (degraded mode): nothing secret is ever written in plain text.
class Client : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(Status)>;

    Client(Profile &profile, auth::SecretStore &secrets, QObject *parent = nullptr);
    ~Client() override;

    Profile &profile() { return m_profile; }
    net::ApiClient *api() { return m_api.get(); }
    SyncEngine *engine() { return m_engine.get(); }
    void setTimeout(int milliseconds);
    // A PEM file of extra trust anchors for the server (kept in the profile once signed in).
    Status setCaFile(const QString &path);

    // Signs in with a password and remembers the session in the keychain.
    void signIn(const QUrl &server, const QString &login, const QString &password, Done done);
    // Signs in with the one-time code handed over by the server's web sign-in page.
    void signInWithCode(const QUrl &server, const QString &code, Done done);
    // Renews the remembered session (ErrorCode::Unauthorized when there is none).
    void resume(Done done);
    // Ends the session on the server and forgets it here. Cached documents stay.
    void signOut(Done done);
    bool hasSession() const;

    void sync(std::function<void(Result<SyncReport>)> done);
    // Runs sync() on a worker thread with its own connection to the profile's database and
    // its own network access, so the caller's thread (the desktop's GUI) never waits for the
    // cache or the files. `done` is still called on the caller's thread.
    void setBackgroundSync(bool on);
    bool isSyncing() const;
    // Ends the running sync at its next step (SyncEngine::cancel), in either mode.
    void cancelSync();
    // Documents per page of the change feed (both modes).
    void setSyncPageSize(int n);
    // What carries the requests to the server (both modes; the worker thread's ApiClient calls
    // it on its own thread), from the next request on. Tests inject faults here.
    void setNetwork(net::ApiClient::Network network);

    // True after a keychain write failed: the user will have to sign in again next time.
    bool keychainDegraded() const { return m_degraded; }
    // Calls `done` once every keychain write started so far has finished.
    void whenIdle(std::function<void()> done);

signals:
    void sessionChanged();
    // Every sync, whoever started it (a command, a timer), once its callback has run: how it
    // ended, and what the user should hear of (actions the server refused, files that could
    // not be fetched).
    void synced(const lt::Status &result, const QStringList &problems);
    // Files kept offline being downloaded by the running sync.
    void filesProgress(int done, int total);

private:
    void makeApi(const QUrl &server);
    void finishSignIn(const QUrl &server, Result<QJsonObject> answer, Done done);
    void writeSecret(const QString &refresh);

    void syncInBackground(std::function<void(Result<SyncReport>)> done);

    Profile &m_profile;
    net::ApiClient::Network m_network;
    quint64 m_networkGeneration = 0; // the worker's ApiClient is made again when it changes
    auth::SecretStore &m_secrets;
    std::unique_ptr<net::ApiClient> m_api;
    std::unique_ptr<SyncEngine> m_engine;
    QString m_secretKey;
    int m_timeoutMs = 30'000;
    QString m_caFile;
    QList<QSslCertificate> m_ca;
    int m_pendingWrites = 0;
    bool m_degraded = false;
    QList<std::function<void()>> m_idleWaiters;
    std::unique_ptr<QThread> m_thread;
    QObject *m_worker = nullptr; // lives in m_thread
    bool m_backgroundRunning = false;
    int m_pageSize = 0;        // 0: the engine's default
    quint64 m_session = 0;     // changes with every sign-in and sign-out
    quint64 m_syncSession = 0; // the session the background sync started with
};

} // namespace lt::sync
