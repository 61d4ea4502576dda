#include "core/pdf/timestamp.h"

#include <QCoreApplication>

#include <openssl/err.h>
#include <openssl/rand.h>
#include <openssl/ts.h>

namespace lt::pdf {

namespace {
struct TsTr
{
    Q_DECLARE_TR_FUNCTIONS(lt::pdf::Timestamp)
};

Error bad(const QString &why)
{
    ERR_clear_error();
    return Error{ErrorCode::ServerError,
                 TsTr::tr("The timestamp authority's answer is not usable: %1").arg(why)};
}
} // namespace

Result<QByteArray> timestampRequest(const QByteArray &digest)
{
    TS_REQ *req = TS_REQ_new();
    TS_MSG_IMPRINT *imprint = TS_MSG_IMPRINT_new();
    X509_ALGOR *algo = X509_ALGOR_new();
    X509_ALGOR_set0(algo, OBJ_nid2obj(NID_sha256), V_ASN1_NULL, nullptr);
    TS_MSG_IMPRINT_set_algo(imprint, algo);
    TS_MSG_IMPRINT_set_msg(
        imprint, reinterpret_cast<unsigned char *>(const_cast<char *>(digest.constData())),
        int(digest.size()));
    TS_REQ_set_version(req, 1);
    TS_REQ_set_msg_imprint(req, imprint);
    TS_REQ_set_cert_req(req, 1);
    unsigned char nonceBytes[8];
    RAND_bytes(nonceBytes, sizeof nonceBytes);
    BIGNUM *bn = BN_bin2bn(nonceBytes, sizeof nonceBytes, nullptr);
    ASN1_INTEGER *nonce = BN_to_ASN1_INTEGER(bn, nullptr);
    TS_REQ_set_nonce(req, nonce);
    unsigned char *der = nullptr;
    const int len = i2d_TS_REQ(req, &der);
    QByteArray out = len > 0 ? QByteArray(reinterpret_cast<char *>(der), len) : QByteArray();
    OPENSSL_free(der);
    ASN1_INTEGER_free(nonce);
    BN_free(bn);
    X509_ALGOR_free(algo);
    TS_MSG_IMPRINT_free(imprint);
    TS_REQ_free(req);
    if (out.isEmpty())
        return bad(QStringLiteral("request"));
    return out;
}

Result<Timestamp> timestampFromResponse(const QByteArray &response, const QByteArray &digest)
{
    const auto *p = reinterpret_cast<const unsigned char *>(response.constData());
    TS_RESP *resp = d2i_TS_RESP(nullptr, &p, long(response.size()));
    if (!resp)
        return bad(TsTr::tr("not a time-stamp response"));
    const long status = ASN1_INTEGER_get(TS_STATUS_INFO_get0_status(TS_RESP_get_status_info(resp)));
    PKCS7 *token = TS_RESP_get_token(resp);
    TS_TST_INFO *info = TS_RESP_get_tst_info(resp);
    if ((status != 0 && status != 1) || !token || !info) {
        TS_RESP_free(resp);
        return bad(TsTr::tr("refused (status %1)").arg(status));
    }
    const ASN1_OCTET_STRING *msg = TS_MSG_IMPRINT_get_msg(TS_TST_INFO_get_msg_imprint(info));
    const QByteArray imprint(reinterpret_cast<const char *>(ASN1_STRING_get0_data(msg)),
                             ASN1_STRING_length(msg));
    if (imprint != digest) {
        TS_RESP_free(resp);
        return bad(TsTr::tr("it stamps something else"));
    }
    Timestamp ts;
    struct tm tm
    {
    };
    if (ASN1_TIME_to_tm(TS_TST_INFO_get_time(info), &tm) == 1) {
        ts.time = QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday),
                            QTime(tm.tm_hour, tm.tm_min, tm.tm_sec), Qt::UTC);
    }
    unsigned char *der = nullptr;
    const int len = i2d_PKCS7(token, &der);
    ts.token = QByteArray(reinterpret_cast<char *>(der), len);
    OPENSSL_free(der);
    TS_RESP_free(resp);
    return ts;
}

} // namespace lt::pdf
