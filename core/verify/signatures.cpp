#include "core/verify/signatures.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/x509.h>

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

QList<EmbeddedSignature> embeddedSignatures(const QByteArray &bytes)
{
    // Every /ByteRange [0 b c d]: the hex string between b and c is the signature's content.
    static const QRegularExpression range(
        QStringLiteral("/ByteRange\\s*\\[\\s*(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s*\\]"));
    QList<EmbeddedSignature> list;
    auto it = range.globalMatch(QString::fromLatin1(bytes));
    while (it.hasNext()) {
        const auto m = it.next();
        const qint64 b = m.captured(2).toLongLong();
        const qint64 c = m.captured(3).toLongLong();
        if (b <= 0 || c <= b + 1 || c > bytes.size())
            continue;
        QByteArray der = QByteArray::fromHex(bytes.mid(b + 1, c - b - 2));
        if (der.size() < 4 || uchar(der[0]) != 0x30 || uchar(der[1]) != 0x82)
            continue;
        der.truncate(4 + ((uchar(der[2]) << 8) | uchar(der[3])));
        // The dictionary holding this /ByteRange: a document timestamp says so.
        const qsizetype dictStart = bytes.lastIndexOf("<<", m.capturedStart());
        const QByteArray around = bytes.mid(dictStart, c - dictStart + 200);
        EmbeddedSignature s;
        s.cms = der;
        for (int k = 0; k < 4; ++k)
            s.range[k] = m.captured(k + 1).toLongLong();
        s.documentTimestamp = around.contains("/DocTimeStamp") || around.contains("ETSI.RFC3161");
        list << s;
    }
    return list;
}

bool isIntact(const QByteArray &bytes, const EmbeddedSignature &signature)
{
    const qint64 *r = signature.range;
    // The two covered parts inside the file, the gap between them the signature's own value.
    if (r[0] != 0 || r[1] <= 0 || r[2] <= r[1] || r[3] < 0 || r[2] + r[3] > bytes.size())
        return false;
    const QByteArray covered = bytes.left(r[1]) + bytes.mid(r[2], r[3]);
    const auto *p = reinterpret_cast<const unsigned char *>(signature.cms.constData());
    std::unique_ptr<CMS_ContentInfo, decltype(&CMS_ContentInfo_free)> cms(
        d2i_CMS_ContentInfo(nullptr, &p, long(signature.cms.size())), CMS_ContentInfo_free);
    if (!cms)
        return false;
    std::unique_ptr<BIO, decltype(&BIO_free)> content(
        BIO_new_mem_buf(covered.constData(), int(covered.size())), BIO_free);
    // The signer's certificate is not checked against a trust list here: only the arithmetic.
    const int ok = CMS_verify(cms.get(), nullptr, nullptr, content.get(), nullptr,
                              CMS_BINARY | CMS_NO_SIGNER_CERT_VERIFY);
    ERR_clear_error();
    return ok == 1;
}

SignatureCount countSignatures(const QByteArray &bytes)
{
    SignatureCount n;
    for (const EmbeddedSignature &s : embeddedSignatures(bytes)) {
        if (s.documentTimestamp)
            continue;
        ++n.total;
        n.intact += isIntact(bytes, s) ? 1 : 0;
    }
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
    for (int i = 0; certs && signers && i < sk_X509_num(certs); ++i) {
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
