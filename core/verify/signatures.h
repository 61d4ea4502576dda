#pragma once

// The signatures a PDF carries, read from its bytes: where they are, what they cover, whether
// each still matches what it covers. OpenSSL only (no PDF library): the server checks the
// signed versions it is sent with it. Trust (chains, revocation, policies) is not said here.

#include <QByteArray>
#include <QList>
#include <QString>

#include "core/result.h"

namespace lt::verify {

// The signatures in a PDF: for each, the CMS (DER, padding dropped), whether it is a
// document timestamp, and the bytes it covers (its /ByteRange: offset and length, twice).
// Oldest first.
struct EmbeddedSignature
{
    QByteArray cms;
    bool documentTimestamp = false;
    qint64 range[4] = {0, 0, 0, 0};
    // The file's bytes up to the end of what this signature covers (the version it signed).
    qint64 coveredEnd() const { return range[2] + range[3]; }
};
Result<QList<EmbeddedSignature>> embeddedSignatures(const QString &pdf);
QList<EmbeddedSignature> embeddedSignatures(const QByteArray &pdfBytes);

// Whether a signature is intact: the bytes its /ByteRange covers hash to the digest its CMS
// signed, and that signature verifies with the signer's own public key. Nothing is said here
// of whom the certificate belongs to or whether it is trusted (see docs/signing.md).
bool isIntact(const QByteArray &pdfBytes, const EmbeddedSignature &signature);

// The signatures of a PDF (document timestamps included: their imprint is checked) and how
// many are intact; `coveredEnd` is where the one reaching furthest stops. A file with more
// than kMostSignatures is not intact at all (a file made to make the checker work).
inline constexpr int kMostSignatures = 64;
struct SignatureCount
{
    int total = 0;
    int intact = 0;
    int timestamps = 0;
    qint64 coveredEnd = 0;
    bool allIntact() const { return intact == total; }
};
SignatureCount countSignatures(const QByteArray &pdfBytes);

// The certificates in a CMS SignedData (the signer's first when it can be told).
QList<QByteArray> cmsCertificates(const QByteArray &cms);

} // namespace lt::verify
