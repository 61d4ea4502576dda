#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QStringList>

namespace lt::pki {

// Revocation data for PAdES B-LT, with OpenSSL: OCSP requests and answers (RFC 6960). The
// transport (HTTP POST, application/ocsp-request) is the caller's.

// Where a certificate says its OCSP responder and CRLs are (authority information access,
// CRL distribution points); empty when it does not say.
QString ocspUrl(const QByteArray &certificateDer);
QStringList crlUrls(const QByteArray &certificateDer);

// The subject's issuer among `candidates` (DER), by name and signature; empty when none.
QByteArray findIssuer(const QByteArray &certificateDer, const QList<QByteArray> &candidates);

// An OCSP request for `certificateDer` issued by `issuerDer` (SHA-1 CertID, as responders
// expect), with a nonce.
Result<QByteArray> ocspRequest(const QByteArray &certificateDer, const QByteArray &issuerDer);

struct OcspAnswer
{
    enum class Status { Good, Revoked, Unknown } status = Status::Unknown;
    QDateTime thisUpdate;
    QDateTime revokedAt;
    QByteArray response; // the whole OCSPResponse, DER: what goes into the DSS
};
// Checks an OCSP response: successful, signed by the issuer or a responder it authorised,
// about this certificate, fresh (at most two days old when it gives no next update), and
// answering `request`'s nonce when it carries one. Revoked and unknown are answers, not errors.
Result<OcspAnswer> checkOcspResponse(const QByteArray &response, const QByteArray &certificateDer,
                                     const QByteArray &issuerDer, const QByteArray &request = {});

// Checks a CRL (DER or PEM) for `certificateDer`: signed by the issuer, current (its next
// update not passed), and whether it lists the certificate (revokedAt set).
struct CrlAnswer
{
    bool revoked = false;
    QDateTime revokedAt;
    QDateTime thisUpdate;
    QByteArray crl; // DER: what goes into the DSS
};
Result<CrlAnswer> checkCrl(const QByteArray &crl, const QByteArray &certificateDer,
                           const QByteArray &issuerDer);

} // namespace lt::pki
