#include "core/pki/revocation.h"

#include "core/pki/x509.h"

#include <QCoreApplication>

#include <openssl/err.h>
#include <openssl/ocsp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace lt::pki {

namespace {
struct RevocationTr
{
    Q_DECLARE_TR_FUNCTIONS(lt::pki::Revocation)
};

QDateTime fromAsn1(const ASN1_GENERALIZEDTIME *t)
{
    if (!t)
        return {};
    struct tm tm = {};
    if (ASN1_TIME_to_tm(t, &tm) != 1)
        return {};
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday),
                     QTime(tm.tm_hour, tm.tm_min, tm.tm_sec), Qt::UTC);
}

Error ocspError(const QString &what)
{
    ERR_clear_error();
    return Error{ErrorCode::InvalidArgument,
                 RevocationTr::tr("The OCSP answer is not usable: %1").arg(what)};
}
} // namespace

QString ocspUrl(const QByteArray &certificateDer)
{
    X509Ptr cert = readX509(certificateDer);
    if (!cert)
        return {};
    STACK_OF(OPENSSL_STRING) *urls = X509_get1_ocsp(cert.get());
    QString url;
    if (urls && sk_OPENSSL_STRING_num(urls) > 0)
        url = QString::fromUtf8(sk_OPENSSL_STRING_value(urls, 0));
    X509_email_free(urls);
    return url;
}

QStringList crlUrls(const QByteArray &certificateDer)
{
    QStringList urls;
    X509Ptr cert = readX509(certificateDer);
    if (!cert)
        return urls;
    auto *points = static_cast<STACK_OF(DIST_POINT) *>(
        X509_get_ext_d2i(cert.get(), NID_crl_distribution_points, nullptr, nullptr));
    for (int i = 0; points && i < sk_DIST_POINT_num(points); ++i) {
        const DIST_POINT *dp = sk_DIST_POINT_value(points, i);
        if (!dp->distpoint || dp->distpoint->type != 0)
            continue;
        const GENERAL_NAMES *names = dp->distpoint->name.fullname;
        for (int j = 0; j < sk_GENERAL_NAME_num(names); ++j) {
            const GENERAL_NAME *n = sk_GENERAL_NAME_value(names, j);
            if (n->type == GEN_URI) {
                urls << QString::fromUtf8(reinterpret_cast<const char *>(ASN1_STRING_get0_data(
                                              n->d.uniformResourceIdentifier)),
                                          ASN1_STRING_length(n->d.uniformResourceIdentifier));
            }
        }
    }
    sk_DIST_POINT_pop_free(points, DIST_POINT_free);
    return urls;
}

QByteArray findIssuer(const QByteArray &certificateDer, const QList<QByteArray> &candidates)
{
    X509Ptr cert = readX509(certificateDer);
    if (!cert)
        return {};
    for (const QByteArray &der : candidates) {
        X509Ptr issuer = readX509(der);
        if (issuer && X509_check_issued(issuer.get(), cert.get()) == X509_V_OK)
            return der;
    }
    return {};
}

Result<QByteArray> ocspRequest(const QByteArray &certificateDer, const QByteArray &issuerDer)
{
    X509Ptr cert = readX509(certificateDer);
    X509Ptr issuer = readX509(issuerDer);
    if (!cert || !issuer) {
        return Error{ErrorCode::InvalidArgument,
                     RevocationTr::tr("The certificate or its issuer cannot be read.")};
    }
    std::unique_ptr<OCSP_REQUEST, decltype(&OCSP_REQUEST_free)> request(OCSP_REQUEST_new(),
                                                                        OCSP_REQUEST_free);
    OCSP_CERTID *id = OCSP_cert_to_id(EVP_sha1(), cert.get(), issuer.get());
    if (!request || !id || !OCSP_request_add0_id(request.get(), id)) {
        OCSP_CERTID_free(id);
        return ocspError(QStringLiteral("request"));
    }
    OCSP_request_add1_nonce(request.get(), nullptr, -1);
    unsigned char *der = nullptr;
    const int length = i2d_OCSP_REQUEST(request.get(), &der);
    if (length <= 0)
        return ocspError(QStringLiteral("request"));
    QByteArray out(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    return out;
}

Result<OcspAnswer> checkOcspResponse(const QByteArray &response, const QByteArray &certificateDer,
                                     const QByteArray &issuerDer, const QByteArray &request)
{
    const auto *p = reinterpret_cast<const unsigned char *>(response.constData());
    std::unique_ptr<OCSP_RESPONSE, decltype(&OCSP_RESPONSE_free)> resp(
        d2i_OCSP_RESPONSE(nullptr, &p, long(response.size())), OCSP_RESPONSE_free);
    if (!resp)
        return ocspError(RevocationTr::tr("not an OCSP response"));
    const int status = OCSP_response_status(resp.get());
    if (status != OCSP_RESPONSE_STATUS_SUCCESSFUL) {
        return ocspError(RevocationTr::tr("the responder refused (%1)")
                             .arg(QString::fromLatin1(OCSP_response_status_str(status))));
    }
    std::unique_ptr<OCSP_BASICRESP, decltype(&OCSP_BASICRESP_free)> basic(
        OCSP_response_get1_basic(resp.get()), OCSP_BASICRESP_free);
    X509Ptr cert = readX509(certificateDer);
    X509Ptr issuer = readX509(issuerDer);
    if (!basic || !cert || !issuer)
        return ocspError(RevocationTr::tr("no basic response"));
    // Signed by the issuer itself, or by a responder certificate the issuer signed.
    std::unique_ptr<X509_STORE, decltype(&X509_STORE_free)> store(X509_STORE_new(),
                                                                  X509_STORE_free);
    X509_STORE_add_cert(store.get(), issuer.get());
    STACK_OF(X509) *trusted = sk_X509_new_null();
    sk_X509_push(trusted, issuer.get());
    // The issuer may be an intermediate CA: its own chain is not needed here.
    const int verified =
        OCSP_basic_verify(basic.get(), trusted, store.get(), OCSP_TRUSTOTHER | OCSP_PARTIAL_CHAIN);
    sk_X509_free(trusted);
    if (verified != 1)
        return ocspError(RevocationTr::tr("its signature does not verify"));
    std::unique_ptr<OCSP_CERTID, decltype(&OCSP_CERTID_free)> id(
        OCSP_cert_to_id(EVP_sha1(), cert.get(), issuer.get()), OCSP_CERTID_free);
    int certStatus = -1;
    int reason = 0;
    ASN1_GENERALIZEDTIME *revokedAt = nullptr;
    ASN1_GENERALIZEDTIME *thisUpdate = nullptr;
    ASN1_GENERALIZEDTIME *nextUpdate = nullptr;
    if (!id || OCSP_resp_find_status(basic.get(), id.get(), &certStatus, &reason, &revokedAt,
                                     &thisUpdate, &nextUpdate) != 1) {
        return ocspError(RevocationTr::tr("it is about another certificate"));
    }
    if (!request.isEmpty()) {
        const auto *q = reinterpret_cast<const unsigned char *>(request.constData());
        std::unique_ptr<OCSP_REQUEST, decltype(&OCSP_REQUEST_free)> req(
            d2i_OCSP_REQUEST(nullptr, &q, long(request.size())), OCSP_REQUEST_free);
        // 0: a nonce that is not ours (a replayed answer); -1: none, as many responders do.
        if (req && OCSP_check_nonce(req.get(), basic.get()) == 0)
            return ocspError(RevocationTr::tr("it answers another request"));
    }
    if (OCSP_check_validity(thisUpdate, nextUpdate, 300, 2 * 24 * 3600) != 1)
        return ocspError(RevocationTr::tr("it is out of date"));
    OcspAnswer answer;
    answer.response = response;
    answer.thisUpdate = fromAsn1(thisUpdate);
    answer.revokedAt = fromAsn1(revokedAt);
    answer.status = certStatus == V_OCSP_CERTSTATUS_GOOD      ? OcspAnswer::Status::Good
                    : certStatus == V_OCSP_CERTSTATUS_REVOKED ? OcspAnswer::Status::Revoked
                                                              : OcspAnswer::Status::Unknown;
    return answer;
}

Result<CrlAnswer> checkCrl(const QByteArray &crlBytes, const QByteArray &certificateDer,
                           const QByteArray &issuerDer)
{
    const auto fail = [](const QString &what) {
        ERR_clear_error();
        return Error{ErrorCode::InvalidArgument,
                     RevocationTr::tr("The revocation list is not usable: %1").arg(what)};
    };
    X509_CRL *raw = nullptr;
    const auto *p = reinterpret_cast<const unsigned char *>(crlBytes.constData());
    raw = d2i_X509_CRL(nullptr, &p, long(crlBytes.size()));
    if (!raw) {
        BIO *bio = BIO_new_mem_buf(crlBytes.constData(), int(crlBytes.size()));
        raw = PEM_read_bio_X509_CRL(bio, nullptr, nullptr, nullptr);
        BIO_free(bio);
    }
    std::unique_ptr<X509_CRL, decltype(&X509_CRL_free)> crl(raw, X509_CRL_free);
    X509Ptr cert = readX509(certificateDer);
    X509Ptr issuer = readX509(issuerDer);
    if (!crl || !cert || !issuer)
        return fail(RevocationTr::tr("not a revocation list"));
    EVP_PKEY *key = X509_get0_pubkey(issuer.get());
    if (!key || X509_CRL_verify(crl.get(), key) != 1)
        return fail(RevocationTr::tr("its signature does not verify"));
    if (X509_NAME_cmp(X509_CRL_get_issuer(crl.get()), X509_get_subject_name(issuer.get())) != 0)
        return fail(RevocationTr::tr("it is about another issuer"));
    const ASN1_TIME *next = X509_CRL_get0_nextUpdate(crl.get());
    if (next && X509_cmp_current_time(next) < 0)
        return fail(RevocationTr::tr("it is out of date"));
    CrlAnswer answer;
    unsigned char *der = nullptr;
    const int length = i2d_X509_CRL(crl.get(), &der);
    answer.crl = QByteArray(reinterpret_cast<const char *>(der), std::max(0, length));
    OPENSSL_free(der);
    answer.thisUpdate = fromAsn1(X509_CRL_get0_lastUpdate(crl.get()));
    X509_REVOKED *entry = nullptr;
    if (X509_CRL_get0_by_cert(crl.get(), &entry, cert.get()) == 1 && entry) {
        answer.revoked = true;
        answer.revokedAt = fromAsn1(X509_REVOKED_get0_revocationDate(entry));
    }
    return answer;
}

} // namespace lt::pki
