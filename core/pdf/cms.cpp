#include "core/pdf/cms.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QLoggingCategory>

#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

#include <algorithm>
#include <memory>
#include <vector>

namespace lt::pdf {

Q_LOGGING_CATEGORY(lcCms, "lt.core.pdf.cms")

namespace {
struct CmsTr
{
    Q_DECLARE_TR_FUNCTIONS(lt::pdf::Cms)
};

Error opensslError(const char *what)
{
    char buf[256] = {};
    ERR_error_string_n(ERR_get_error(), buf, sizeof buf);
    qCWarning(lcCms) << what << buf;
    ERR_clear_error();
    return Error{ErrorCode::Internal,
                 CmsTr::tr("The signature could not be built (%1).").arg(QLatin1String(what))};
}

X509 *readCert(const QByteArray &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    return d2i_X509(nullptr, &p, long(der.size()));
}
// Declares the signer's algorithm as RSASSA-PSS with SHA-256, MGF1-SHA-256 and a 32-byte salt
// (RFC 4055), the parameters of CKM_SHA256_RSA_PKCS_PSS on the token.
bool declarePss(CMS_SignerInfo *si)
{
    X509_ALGOR *alg = nullptr;
    CMS_SignerInfo_get0_algs(si, nullptr, nullptr, nullptr, &alg);
    if (!alg)
        return false;
    RSA_PSS_PARAMS *params = RSA_PSS_PARAMS_new();
    X509_ALGOR *mgfHash = X509_ALGOR_new();
    bool ok = params && mgfHash;
    if (ok) {
        params->hashAlgorithm = X509_ALGOR_new();
        params->maskGenAlgorithm = X509_ALGOR_new();
        params->saltLength = ASN1_INTEGER_new();
        ok = params->hashAlgorithm && params->maskGenAlgorithm && params->saltLength;
    }
    ASN1_STRING *mgfParams = nullptr;
    ASN1_STRING *packed = nullptr;
    if (ok) {
        X509_ALGOR_set_md(params->hashAlgorithm, EVP_sha256());
        X509_ALGOR_set_md(mgfHash, EVP_sha256());
        ok = ASN1_item_pack(mgfHash, ASN1_ITEM_rptr(X509_ALGOR), &mgfParams) != nullptr &&
             X509_ALGOR_set0(params->maskGenAlgorithm, OBJ_nid2obj(NID_mgf1), V_ASN1_SEQUENCE,
                             mgfParams) == 1;
        if (!ok)
            ASN1_STRING_free(mgfParams);
    }
    ok = ok && ASN1_INTEGER_set(params->saltLength, 32) == 1 &&
         ASN1_item_pack(params, ASN1_ITEM_rptr(RSA_PSS_PARAMS), &packed) != nullptr &&
         X509_ALGOR_set0(alg, OBJ_nid2obj(NID_rsassaPss), V_ASN1_SEQUENCE, packed) == 1;
    if (!ok)
        ASN1_STRING_free(packed);
    X509_ALGOR_free(mgfHash);
    RSA_PSS_PARAMS_free(params);
    return ok;
}

} // namespace

Result<QByteArray> buildCades(const QByteArray &digest, const QByteArray &certificateDer,
                              const QList<QByteArray> &chainDer, const QDateTime &signingTime,
                              const RawSign &sign, const Timestamper &timestamp, bool pss)
{
    std::unique_ptr<X509, decltype(&X509_free)> cert(readCert(certificateDer), X509_free);
    if (!cert)
        return Error{ErrorCode::InvalidArgument, CmsTr::tr("The certificate cannot be read.")};
    std::unique_ptr<CMS_ContentInfo, decltype(&CMS_ContentInfo_free)> cms(
        CMS_sign(nullptr, nullptr, nullptr, nullptr,
                 CMS_DETACHED | CMS_BINARY | CMS_PARTIAL | CMS_NOSMIMECAP),
        CMS_ContentInfo_free);
    if (!cms)
        return opensslError("CMS_sign");
    // The public key stands in for the private one: nothing is signed here (CMS_PARTIAL).
    CMS_SignerInfo *si =
        CMS_add1_signer(cms.get(), cert.get(), X509_get0_pubkey(cert.get()), EVP_sha256(),
                        CMS_PARTIAL | CMS_CADES | CMS_NOSMIMECAP | CMS_BINARY);
    if (!si)
        return opensslError("CMS_add1_signer");
    if (pss && !declarePss(si))
        return opensslError("RSASSA-PSS parameters");
    for (const QByteArray &der : chainDer) {
        X509 *c = readCert(der);
        if (!c || !CMS_add1_cert(cms.get(), c)) {
            X509_free(c);
            return opensslError("CMS_add1_cert");
        }
        X509_free(c); // CMS_add1_cert took its own reference
    }

    // The signed attributes that CMS_SignerInfo_sign would add, since it is not called.
    if (CMS_signed_add1_attr_by_NID(si, NID_pkcs9_contentType, V_ASN1_OBJECT,
                                    OBJ_nid2obj(NID_pkcs7_data), -1) != 1 ||
        CMS_signed_add1_attr_by_NID(si, NID_pkcs9_messageDigest, V_ASN1_OCTET_STRING,
                                    digest.constData(), int(digest.size())) != 1) {
        return opensslError("signed attributes");
    }
    std::unique_ptr<ASN1_TIME, decltype(&ASN1_TIME_free)> when(
        ASN1_TIME_set(nullptr, time_t(signingTime.toSecsSinceEpoch())), ASN1_TIME_free);
    if (!when ||
        CMS_signed_add1_attr_by_NID(si, NID_pkcs9_signingTime, when->type, when.get(), -1) != 1)
        return opensslError("signing time");
    // CMS_CADES made CMS_add1_signer add signing-certificate-v2 (ETSI EN 319 122).
    if (CMS_signed_get_attr_by_NID(si, NID_id_smime_aa_signingCertificateV2, -1) < 0)
        return opensslError("signing-certificate-v2");

    // DER of the signed attributes as a SET OF, sorted: what the signature covers.
    std::vector<QByteArray> encoded;
    for (int i = 0; i < CMS_signed_get_attr_count(si); ++i) {
        X509_ATTRIBUTE *attr = CMS_signed_get_attr(si, i);
        unsigned char *der = nullptr;
        const int len = i2d_X509_ATTRIBUTE(attr, &der);
        if (len <= 0)
            return opensslError("encoding an attribute");
        encoded.emplace_back(reinterpret_cast<char *>(der), len);
        OPENSSL_free(der);
    }
    std::sort(encoded.begin(), encoded.end(), [](const QByteArray &a, const QByteArray &b) {
        const qsizetype n = std::max(a.size(), b.size());
        for (qsizetype i = 0; i < n; ++i) {
            const auto x = i < a.size() ? uchar(a[i]) : uchar(0);
            const auto y = i < b.size() ? uchar(b[i]) : uchar(0);
            if (x != y)
                return x < y;
        }
        return a.size() < b.size();
    });
    QByteArray content;
    for (const QByteArray &e : encoded)
        content += e;
    QByteArray set;
    set.append(char(0x31));
    const qsizetype len = content.size();
    if (len < 0x80) {
        set.append(char(len));
    } else {
        QByteArray bytes;
        for (qsizetype v = len; v > 0; v >>= 8)
            bytes.prepend(char(v & 0xff));
        set.append(char(0x80 | bytes.size()));
        set.append(bytes);
    }
    set.append(content);

    auto signature = sign(set);
    if (!signature)
        return signature.error();
    ASN1_OCTET_STRING *slot = CMS_SignerInfo_get0_signature(si);
    if (!slot || ASN1_STRING_set(slot, signature->constData(), int(signature->size())) != 1)
        return opensslError("storing the signature value");

    if (timestamp) {
        const QByteArray imprint = QCryptographicHash::hash(*signature, QCryptographicHash::Sha256);
        auto token = timestamp(imprint);
        if (!token)
            return token.error();
        // An empty token: the caller chose to go on without one (offline; upgraded later).
        if (!token->isEmpty() &&
            CMS_unsigned_add1_attr_by_NID(si, NID_id_smime_aa_timeStampToken, V_ASN1_SEQUENCE,
                                          token->constData(), int(token->size())) != 1) {
            return opensslError("timestamp token");
        }
    }

    unsigned char *der = nullptr;
    const int derLen = i2d_CMS_ContentInfo(cms.get(), &der);
    if (derLen <= 0)
        return opensslError("encoding the signature");
    QByteArray out(reinterpret_cast<char *>(der), derLen);
    OPENSSL_free(der);
    return out;
}

} // namespace lt::pdf
