#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <functional>

namespace lt::auth {

// Where the client keeps secrets (the refresh token), behind a small interface so that the
// real OS keychain is used by the app and an in-memory store by unit tests.
// Calls are asynchronous: the callback runs later on the calling thread's event loop
// (the in-memory store calls it before returning).
class SecretStore
{
public:
    using ReadCallback = std::function<void(Result<QByteArray>)>;
    using StatusCallback = std::function<void(Status)>;

    virtual ~SecretStore() = default;

    // Reads the secret stored under `key`; ErrorCode::NotFound when there is none,
    // ErrorCode::Unavailable when no keychain can be reached.
    virtual void read(const QString &key, ReadCallback done) = 0;
    virtual void write(const QString &key, const QByteArray &secret, StatusCallback done) = 0;
    // Removing a key that does not exist succeeds.
    virtual void remove(const QString &key, StatusCallback done) = 0;
};

// Secrets in memory only: for tests, and for the degraded mode where no keychain exists
// (the user signs in again after a restart; nothing is written to disk).
class MemorySecretStore final : public SecretStore
{
public:
    void read(const QString &key, ReadCallback done) override;
    void write(const QString &key, const QByteArray &secret, StatusCallback done) override;
    void remove(const QString &key, StatusCallback done) override;
    bool isEmpty() const { return m_secrets.isEmpty(); }

private:
    QHash<QString, QByteArray> m_secrets;
};

// The operating system's keychain through QtKeychain: Windows Credential Manager, macOS
// Keychain, the Secret Service (GNOME Keyring, KWallet) on Linux.
class KeychainSecretStore final : public SecretStore
{
public:
    explicit KeychainSecretStore(QString service = QStringLiteral("LienThong"));

    void read(const QString &key, ReadCallback done) override;
    void write(const QString &key, const QByteArray &secret, StatusCallback done) override;
    void remove(const QString &key, StatusCallback done) override;

private:
    QString m_service;
};

} // namespace lt::auth
