#include "core/pdf/dss.h"

#include "core/pdf/pdfsigner.h"
#include "core/pdf/stamp_p.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <openssl/cms.h>
#include <openssl/err.h>
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

} // namespace lt::pdf
