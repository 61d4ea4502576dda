#pragma once

#include "core/pki/pkcs11.h"
#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

#include <functional>

namespace lt::pdf {

// Signs the DER of the signed attributes (a SET) and answers the signature value: RSA
// PKCS#1 v1.5 over SHA-256, or a DER ECDSA-Sig-Value. The private key stays on the token.
using RawSign = std::function<Result<QByteArray>(const QByteArray &signedAttributes)>;

// A detached CAdES signature (CMS SignedData) over data whose SHA-256 is `digest`: signed
// attributes content-type, signing-time, message-digest and signing-certificate-v2; the signer
// certificate and `chain` embedded. The private key never comes near: `sign` is called once.
// With `timestamp`, the signature value's SHA-256 is sent to it and the TimeStampToken it
// answers is added as the unsigned attribute id-aa-signatureTimeStampToken (PAdES B-T); a
// Timestamper that answers an empty token leaves the signature without one. With
// `pss` the signature algorithm is declared as RSASSA-PSS (SHA-256, MGF1 with SHA-256, salt
// length 32), as the token signs with CKM_SHA256_RSA_PKCS_PSS.
using Timestamper = std::function<Result<QByteArray>(const QByteArray &sha256OfSignatureValue)>;

Result<QByteArray> buildCades(const QByteArray &digest, const QByteArray &certificateDer,
                              const QList<QByteArray> &chainDer, const QDateTime &signingTime,
                              const RawSign &sign, const Timestamper &timestamp = {},
                              bool pss = false);

} // namespace lt::pdf
