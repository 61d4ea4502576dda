#pragma once

#include "fakehttp.h"
#include "testtoken.h"

#include <QTemporaryDir>

#include <memory>

namespace lt::test {

// A timestamp authority of our own: OpenSSL's `ts -reply` behind HTTP on 127.0.0.1, with a
// TSA certificate issued by the token's test root.
struct LoopbackTsa
{
    explicit LoopbackTsa(const TestToken &token);
    QString certificate() const { return dir.filePath(QStringLiteral("tsa.pem")); }
    QString url() const { return http ? http->url() : QString(); }

    QTemporaryDir dir;
    std::unique_ptr<FakeHttp> http;
    int stamped = 0;
    bool ready = false;
};

// An OCSP responder of our own for the token's signer: OpenSSL's `ocsp` with an index of
// issued certificates, signing with the intermediate CA's key, behind HTTP on 127.0.0.1.
struct LoopbackOcsp
{
    explicit LoopbackOcsp(const TestToken &token);
    // The CA's index: the signer valid ("V") or revoked ("R") since an hour ago.
    void setRevoked(bool revoked);
    QString url() const { return http ? http->url() : QString(); }

    QString ca;
    QTemporaryDir dir;
    std::unique_ptr<FakeHttp> http;
    int answered = 0;
};

// A revocation list of the token's intermediate CA, made by OpenSSL's `ca -gencrl` from an
// index of issued certificates, served over HTTP GET on 127.0.0.1.
struct LoopbackCrl
{
    explicit LoopbackCrl(const TestToken &token);
    // Lists the signer as revoked an hour ago, or not; the list is made again.
    bool setRevoked(bool revoked);
    QString url() const { return http ? http->url() + QStringLiteral("/ca.crl") : QString(); }

    QString ca;
    QTemporaryDir dir;
    std::unique_ptr<FakeHttp> http;
    int served = 0;
    bool ready = false;
};

} // namespace lt::test
