#include "core/verify/signatures.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/ts.h>
#include <openssl/x509.h>

#include <algorithm>
#include <cstring>
#include <memory>

namespace lt::verify {

namespace {
struct SignaturesTr
{
    Q_DECLARE_TR_FUNCTIONS(lt::verify)
};
} // namespace

Result<QList<EmbeddedSignature>> embeddedSignatures(const QString &pdf)
{
    QFile f(pdf);
    if (!f.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, SignaturesTr::tr("\"%1\" cannot be read.").arg(pdf)};
    return embeddedSignatures(f.readAll());
}

namespace {

// The length of a DER value from its header (short or long form, up to 4 length bytes), or
// -1 when it is not one.
qint64 derLength(const QByteArray &der)
{
    if (der.size() < 2 || uchar(der[0]) != 0x30)
        return -1;
    const int first = uchar(der[1]);
    if (first < 0x80)
        return 2 + first;
    const int n = first & 0x7f;
    if (n == 0 || n > 4 || der.size() < 2 + n)
        return -1;
    qint64 length = 0;
    for (int k = 0; k < n; ++k)
        length = (length << 8) | uchar(der[2 + k]);
    return 2 + n + length;
}

using Cms = std::unique_ptr<CMS_ContentInfo, decltype(&CMS_ContentInfo_free)>;

Cms parseCms(const QByteArray &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    return Cms(d2i_CMS_ContentInfo(nullptr, &p, long(der.size())), CMS_ContentInfo_free);
}

} // namespace

QList<EmbeddedSignature> embeddedSignatures(const QByteArray &bytes)
{
    // Every /ByteRange [0 b c d]: the hex string between b and c is the signature's content.
    // One that cannot be read is listed all the same, with no CMS: it is not intact.
    static const QRegularExpression range(QStringLiteral(
        "/ByteRange\\s*\\[\\s*(\\d{1,15})\\s+(\\d{1,15})\\s+(\\d{1,15})\\s+(\\d{1,15})\\s*\\]"));
    QList<EmbeddedSignature> list;
    auto it = range.globalMatch(QString::fromLatin1(bytes));
    while (it.hasNext() && list.size() <= kMostSignatures) {
        const auto m = it.next();
        EmbeddedSignature s;
        for (int k = 0; k < 4; ++k)
            s.range[k] = m.captured(k + 1).toLongLong();
        const qint64 b = s.range[1];
        const qint64 c = s.range[2];
        if (b > 0 && c > b + 1 && c <= bytes.size() && s.range[3] <= bytes.size() - c) {
            QByteArray der = QByteArray::fromHex(bytes.mid(b + 1, c - b - 2));
            const qint64 length = derLength(der);
            if (length > 0 && length <= der.size()) {
                der.truncate(length);
                s.cms = der;
                // A document timestamp holds a timestamp token (its content is a TSTInfo).
                if (Cms cms = parseCms(der)) {
                    const ASN1_OBJECT *type = CMS_get0_eContentType(cms.get());
                    s.documentTimestamp = type && OBJ_obj2nid(type) == NID_id_smime_ct_TSTInfo;
                }
            }
        }
        list << s;
    }
    return list;
}

bool isIntact(const QByteArray &bytes, const EmbeddedSignature &signature)
{
    const qint64 *r = signature.range;
    // The two covered parts inside the file, the gap between them the signature's own value.
    if (signature.cms.isEmpty() || r[0] != 0 || r[1] <= 0 || r[2] <= r[1] || r[3] < 0 ||
        r[2] > bytes.size() || r[3] > bytes.size() - r[2])
        return false;
    const QByteArray covered = bytes.left(r[1]) + bytes.mid(r[2], r[3]);
    Cms cms = parseCms(signature.cms);
    if (!cms)
        return false;
    bool ok = false;
    if (!signature.documentTimestamp) {
        std::unique_ptr<BIO, decltype(&BIO_free)> content(
            BIO_new_mem_buf(covered.constData(), int(covered.size())), BIO_free);
        // The signer's certificate is not checked against a trust list here: only the
        // arithmetic.
        ok = CMS_verify(cms.get(), nullptr, nullptr, content.get(), nullptr,
                        CMS_BINARY | CMS_NO_SIGNER_CERT_VERIFY) == 1;
    } else {
        // A timestamp token: its signature over the TSTInfo, and the TSTInfo's imprint is the
        // hash of the covered bytes.
        std::unique_ptr<BIO, decltype(&BIO_free)> out(BIO_new(BIO_s_mem()), BIO_free);
        if (CMS_verify(cms.get(), nullptr, nullptr, nullptr, out.get(),
                       CMS_BINARY | CMS_NO_SIGNER_CERT_VERIFY) == 1) {
            char *data = nullptr;
            const long n = BIO_get_mem_data(out.get(), &data);
            const auto *p = reinterpret_cast<const unsigned char *>(data);
            std::unique_ptr<TS_TST_INFO, decltype(&TS_TST_INFO_free)> info(
                d2i_TS_TST_INFO(nullptr, &p, n), TS_TST_INFO_free);
            TS_MSG_IMPRINT *imprint = info ? TS_TST_INFO_get_msg_imprint(info.get()) : nullptr;
            const X509_ALGOR *algorithm = imprint ? TS_MSG_IMPRINT_get_algo(imprint) : nullptr;
            const ASN1_OBJECT *oid = nullptr;
            if (algorithm)
                X509_ALGOR_get0(&oid, nullptr, nullptr, algorithm);
            const EVP_MD *md = oid ? EVP_get_digestbyobj(oid) : nullptr;
            ASN1_OCTET_STRING *expected = imprint ? TS_MSG_IMPRINT_get_msg(imprint) : nullptr;
            if (md && expected) {
                unsigned char digest[EVP_MAX_MD_SIZE];
                unsigned int size = 0;
                ok = EVP_Digest(covered.constData(), size_t(covered.size()), digest, &size, md,
                                nullptr) == 1 &&
                     int(size) == ASN1_STRING_length(expected) &&
                     std::memcmp(digest, ASN1_STRING_get0_data(expected), size) == 0;
            }
        }
    }
    ERR_clear_error();
    return ok;
}

SignatureCount countSignatures(const QByteArray &bytes)
{
    SignatureCount n;
    const QList<EmbeddedSignature> all = embeddedSignatures(bytes);
    for (const EmbeddedSignature &s : all) {
        ++n.total;
        n.timestamps += s.documentTimestamp ? 1 : 0;
        n.intact += isIntact(bytes, s) ? 1 : 0;
        n.coveredEnd = std::max(n.coveredEnd, s.coveredEnd());
    }
    // Past the most a real document carries: a file made to make the checker work.
    if (all.size() > kMostSignatures)
        n.intact = 0;
    return n;
}

QList<QByteArray> cmsCertificates(const QByteArray &cmsDer)
{
    QList<QByteArray> out;
    const auto *p = reinterpret_cast<const unsigned char *>(cmsDer.constData());
    std::unique_ptr<CMS_ContentInfo, decltype(&CMS_ContentInfo_free)> cms(
        d2i_CMS_ContentInfo(nullptr, &p, long(cmsDer.size())), CMS_ContentInfo_free);
    if (!cms)
        return out;
    STACK_OF(X509) *certs = CMS_get1_certs(cms.get());
    // The signer's certificate first.
    STACK_OF(CMS_SignerInfo) *signers = CMS_get0_SignerInfos(cms.get());
    X509 *signer = nullptr;
    for (int i = 0;
         certs && signers && sk_CMS_SignerInfo_num(signers) > 0 && i < sk_X509_num(certs); ++i) {
        if (CMS_SignerInfo_cert_cmp(sk_CMS_SignerInfo_value(signers, 0), sk_X509_value(certs, i)) ==
            0)
            signer = sk_X509_value(certs, i);
    }
    const auto der = [](X509 *c) {
        unsigned char *buf = nullptr;
        const int n = i2d_X509(c, &buf);
        QByteArray d(reinterpret_cast<const char *>(buf), std::max(0, n));
        OPENSSL_free(buf);
        return d;
    };
    if (signer)
        out << der(signer);
    for (int i = 0; certs && i < sk_X509_num(certs); ++i) {
        if (sk_X509_value(certs, i) != signer)
            out << der(sk_X509_value(certs, i));
    }
    sk_X509_pop_free(certs, X509_free);
    return out;
}

} // namespace lt::verify
