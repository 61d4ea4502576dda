#include "core/pdf/dss.h"

#include "core/pdf/pdfsigner.h"
#include "core/pdf/stamp_p.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <openssl/cms.h>
#include <openssl/x509.h>

#include <podofo/podofo.h>

namespace lt::pdf {

Q_LOGGING_CATEGORY(lcDss, "lt.core.pdf.dss")

using namespace PoDoFo;

namespace {
struct DssTr
{
    Q_DECLARE_TR_FUNCTIONS(lt::pdf::Dss)
};

// The array `key` of the DSS dictionary, made when missing.
PdfArray &arrayOf(PdfDictionary &dss, const char *key)
{
    if (!dss.HasKey(key))
        dss.AddKey(PdfName(key), PdfArray());
    return dss.GetKey(key)->GetArray();
}
} // namespace

Status addValidationData(const QString &input, const QString &output, const ValidationData &data)
{
    auto pending = prepareUpdate(input, output);
    if (!pending)
        return pending.error();
    WorkFile &work = *pending.value().work;
    try {
        PdfError::EnableDebug(false);
        PdfError::EnableLogging(false);
        PdfMemDocument doc;
        doc.Load(QFile::encodeName(input).constData(), true);
        PdfObject *catalog = doc.GetCatalog();
        PdfObject *dssObject = nullptr;
        if (catalog->GetDictionary().HasKey("DSS")) {
            PdfObject *key = catalog->GetDictionary().GetKey("DSS");
            dssObject =
                key->IsReference() ? doc.GetObjects().GetObject(key->GetReference()) : nullptr;
        }
        if (!dssObject) {
            dssObject = doc.GetObjects().CreateObject(PdfDictionary());
            catalog->GetDictionary().AddKey(PdfName("DSS"), dssObject->Reference());
        }
        PdfDictionary &dss = dssObject->GetDictionary();
        // Each array is set again whole, which marks the dictionary changed for the update.
        const auto add = [&](const char *key, const QList<QByteArray> &items) {
            if (items.isEmpty())
                return;
            PdfArray array = arrayOf(dss, key);
            for (const QByteArray &der : items) {
                PdfObject *stream = doc.GetObjects().CreateObject();
                stream->GetStream()->Set(der.constData(), pdf_long(der.size()));
                array.push_back(stream->Reference());
            }
            dss.AddKey(PdfName(key), array);
        };
        add("Certs", data.certificates);
        add("OCSPs", data.ocspResponses);
        add("CRLs", data.crls);
        PdfOutputDevice device(QFile::encodeName(work.fileName()).constData(), true);
        doc.WriteUpdate(&device, true);
    } catch (const PdfError &e) {
        qCWarning(lcDss) << "PoDoFo:" << PdfError::ErrorName(e.GetError());
        return detail::readingError(e.GetError(), pending->original, work.fileName(), {});
    }
    if (auto published = publishUpdate(pending->original, work.fileName(), output); !published)
        return published;
    work.setAutoRemove(false);
    return {};
}

Result<QList<EmbeddedSignature>> embeddedSignatures(const QString &pdf)
{
    QFile f(pdf);
    if (!f.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, DssTr::tr("\"%1\" cannot be read.").arg(pdf)};
    const QByteArray bytes = f.readAll();
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
        s.documentTimestamp = around.contains("/DocTimeStamp") || around.contains("ETSI.RFC3161");
        list << s;
    }
    return list;
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

} // namespace lt::pdf
