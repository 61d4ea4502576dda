#include "core/auth/secretstore.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <qt6keychain/keychain.h>

namespace lt::auth {

Q_LOGGING_CATEGORY(lcSecrets, "lt.core.auth.secrets")

namespace {

struct SecretTr
{
    Q_DECLARE_TR_FUNCTIONS(lt::auth::SecretStore)
};

Error keychainError(const QKeychain::Job &job)
{
    qCWarning(lcSecrets) << "keychain error" << job.error() << job.errorString();
    switch (job.error()) {
    case QKeychain::EntryNotFound:
        return {ErrorCode::NotFound, SecretTr::tr("No saved sign-in was found.")};
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return {ErrorCode::Unavailable, SecretTr::tr("Access to the system keychain was denied.")};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
    default:
        return {ErrorCode::Unavailable,
                SecretTr::tr("The system keychain is not available: %1").arg(job.errorString())};
    }
}

} // namespace

void MemorySecretStore::read(const QString &key, ReadCallback done)
{
    const auto it = m_secrets.constFind(key);
    if (it == m_secrets.constEnd()) {
        done(Error{ErrorCode::NotFound, SecretTr::tr("No saved sign-in was found.")});
        return;
    }
    done(it.value());
}

void MemorySecretStore::write(const QString &key, const QByteArray &secret, StatusCallback done)
{
    m_secrets.insert(key, secret);
    done(Status{});
}

void MemorySecretStore::remove(const QString &key, StatusCallback done)
{
    m_secrets.remove(key);
    done(Status{});
}

KeychainSecretStore::KeychainSecretStore(QString service)
    : m_service(std::move(service))
{
}

void KeychainSecretStore::read(const QString &key, ReadCallback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, job,
                     [done = std::move(done)](QKeychain::Job *j) {
                         auto *read = static_cast<QKeychain::ReadPasswordJob *>(j);
                         if (j->error() != QKeychain::NoError) {
                             done(keychainError(*j));
                             return;
                         }
                         done(read->binaryData());
                     });
    job->start();
}

void KeychainSecretStore::write(const QString &key, const QByteArray &secret, StatusCallback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(key);
    job->setBinaryData(secret);
    QObject::connect(job, &QKeychain::Job::finished, job,
                     [done = std::move(done)](QKeychain::Job *j) {
                         if (j->error() != QKeychain::NoError) {
                             done(keychainError(*j));
                             return;
                         }
                         done(Status{});
                     });
    job->start();
}

void KeychainSecretStore::remove(const QString &key, StatusCallback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(key);
    QObject::connect(
        job, &QKeychain::Job::finished, job, [done = std::move(done)](QKeychain::Job *j) {
            if (j->error() != QKeychain::NoError && j->error() != QKeychain::EntryNotFound) {
                done(keychainError(*j));
                return;
            }
            done(Status{});
        });
    job->start();
}

} // namespace lt::auth
