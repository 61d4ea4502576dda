#pragma once

// SHA-256 through OpenSSL: several times faster here than QCryptographicHash of Qt 6.4, which has
// its own implementation. The hub hashes every package it takes, the axis client every package it
// sends or receives.
#include <QByteArray>
#include <QIODevice>

#include <openssl/evp.h>

namespace lt::server {

class Sha256
{
public:
    Sha256()
        : m_ctx(EVP_MD_CTX_new())
    {
        EVP_DigestInit_ex(m_ctx, EVP_sha256(), nullptr);
    }
    ~Sha256() { EVP_MD_CTX_free(m_ctx); }
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void add(const QByteArray &data)
    {
        EVP_DigestUpdate(m_ctx, data.constData(), size_t(data.size()));
    }
    // Reads `device` to its end.
    void add(QIODevice *device)
    {
        QByteArray chunk(1 << 20, Qt::Uninitialized);
        for (qint64 n; (n = device->read(chunk.data(), chunk.size())) > 0;)
            EVP_DigestUpdate(m_ctx, chunk.constData(), size_t(n));
    }
    QByteArray result()
    {
        QByteArray out(EVP_MAX_MD_SIZE, Qt::Uninitialized);
        unsigned int n = 0;
        EVP_DigestFinal_ex(m_ctx, reinterpret_cast<unsigned char *>(out.data()), &n);
        out.resize(int(n));
        return out;
    }
    static QByteArray of(const QByteArray &data)
    {
        Sha256 h;
        h.add(data);
        return h.result();
    }

private:
    EVP_MD_CTX *m_ctx;
};

} // namespace lt::server
