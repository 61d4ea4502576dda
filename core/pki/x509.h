#pragma once

#include <QByteArray>

#include <openssl/x509.h>

#include <memory>

namespace lt::pki {

// OpenSSL's certificate, freed on scope exit (for the core's own OpenSSL code).
using X509Ptr = std::unique_ptr<X509, decltype(&X509_free)>;

// A DER certificate as OpenSSL reads it; null when it cannot be read.
inline X509Ptr readX509(const QByteArray &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    return X509Ptr(d2i_X509(nullptr, &p, long(der.size())), X509_free);
}

} // namespace lt::pki
