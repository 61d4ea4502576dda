#include "server/auth.h"

#include <QCryptographicHash>
#include <QStringList>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace lt::server::auth {

namespace {
QByteArray pbkdf2(const QByteArray &password, const QByteArray &salt, int iterations)
{
    QByteArray out(32, Qt::Uninitialized);
    if (PKCS5_PBKDF2_HMAC(password.constData(), int(password.size()),
                          reinterpret_cast<const unsigned char *>(salt.constData()),
                          int(salt.size()), iterations, EVP_sha256(), int(out.size()),
                          reinterpret_cast<unsigned char *>(out.data())) != 1) {
        return {};
    }
    return out;
}

QByteArray randomBytes(int n)
{
    QByteArray b(n, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(b.data()), n) != 1)
        qFatal("RAND_bytes failed");
    return b;
}
} // namespace

QString hashPassword(const QString &password, int iterations)
{
    const QByteArray salt = randomBytes(16);
    const QByteArray hash = pbkdf2(password.toUtf8(), salt, iterations);
    return QStringLiteral("pbkdf2-sha256$%1$%2$%3")
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(hash.toBase64()));
}

bool verifyPassword(const QString &password, const QString &stored)
{
    const QStringList parts = stored.split(u'$');
    if (parts.size() != 4 || parts.at(0) != u"pbkdf2-sha256")
        return false;
    bool ok = false;
    const int iterations = parts.at(1).toInt(&ok);
    if (!ok || iterations < 1000 || iterations > 10'000'000)
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts.at(2).toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts.at(3).toLatin1());
    const QByteArray actual = pbkdf2(password.toUtf8(), salt, iterations);
    return expected.size() == 32 && actual.size() == 32 &&
           CRYPTO_memcmp(expected.constData(), actual.constData(), 32) == 0;
}

QString newToken()
{
    return QString::fromLatin1(
        randomBytes(32).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString tokenHash(const QString &token)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(token.toLatin1(), QCryptographicHash::Sha256).toHex());
}

} // namespace lt::server::auth
