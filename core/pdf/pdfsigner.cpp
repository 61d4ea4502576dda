#include "core/pdf/pdfsigner.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QTemporaryFile>

#include <podofo/podofo.h>

#include <filesystem>

namespace lt::pdf {

Q_LOGGING_CATEGORY(lcSign, "lt.core.pdf.sign")

using namespace PoDoFo;

namespace {

struct SignTr
{
    Q_DECLARE_TR_FUNCTIONS(lt::pdf::Signer)
};

const char *kFontFiles[] = {
    "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "C:/Windows/Fonts/times.ttf",
};

QByteArray firstExisting(const char *const *files, size_t n)
{
    for (size_t i = 0; i < n; ++i) {
        if (QFileInfo::exists(QString::fromLatin1(files[i])))
            return QByteArray(files[i]);
    }
    return {};
}

PdfString text(const QString &s)
{
    const QByteArray utf8 = s.toUtf8();
    return PdfString(reinterpret_cast<const pdf_utf8 *>(utf8.constData()));
}

} // namespace

QString stampTime(const QDateTime &t)
{
    // "dd.MM.yyyy HH:mm:ss +07:00", in the signer's offset.
    const int offset = t.offsetFromUtc();
    // (a QChar: a char16_t would pick arg()'s integer overload and print '+' as "43")
    const QString zone = QStringLiteral("%1%2:%3")
                             .arg(QChar(offset < 0 ? u'-' : u'+'))
                             .arg(qAbs(offset) / 3600, 2, 10, QLatin1Char('0'))
                             .arg((qAbs(offset) % 3600) / 60, 2, 10, QLatin1Char('0'));
    return t.toString(QStringLiteral("dd.MM.yyyy HH:mm:ss ")) + zone;
}

QRectF defaultStampRect(StampProfile profile, const QSizeF &page)
{
    const double w = page.width();
    const double h = page.height();
    switch (profile) {
    case StampProfile::Leader:
        return QRectF(w - 57 - 200, 110, 200, 110); // above the bottom margin, right half
    case StampProfile::Agency:
        return QRectF(w - 8 - 215, h - 4 - 46, 215, 46); // in the top margin, above the motto
    case StampProfile::Attachment:
        return QRectF(w - 8 - 180, h - 4 - 32, 180, 32);
    case StampProfile::Invisible:
        break;
    }
    return QRectF(0, 0, 0, 0);
}

int defaultStampPage(StampProfile profile, int pages)
{
    return profile == StampProfile::Leader ? pages : 1;
}

QStringList stampLines(const SignOptions &o)
{
    switch (o.profile) {
    case StampProfile::Leader:
        return {o.text.signerTitle.toUpper(), o.text.signerName,
                QStringLiteral("Ký số: ") + stampTime(o.time)};
    case StampProfile::Agency:
        return {QStringLiteral("Ký bởi: ") + o.text.organisation,
                QStringLiteral("Email: ") + o.text.email,
                QStringLiteral("Cơ quan: ") + o.text.organisation,
                QStringLiteral("Thời gian ký: ") + stampTime(o.time)};
    case StampProfile::Attachment:
        return {o.text.notation, stampTime(o.time)};
    case StampProfile::Invisible:
        break;
    }
    return {};
}

namespace {

// A field's /T, or its parent's when the widget is a kid of the field.
QString fieldName(PdfObject *object)
{
    for (PdfObject *o = object; o && o->IsDictionary();) {
        if (const PdfObject *t = o->GetDictionary().GetKey("T"); t && t->IsString())
            return QString::fromStdString(t->GetString().GetStringUtf8());
        const PdfObject *parent = o->GetDictionary().GetKey("Parent");
        o = parent && parent->IsReference() ? object->GetOwner()->GetObject(parent->GetReference())
                                            : nullptr;
    }
    return {};
}

bool isSignatureField(PdfObject *object)
{
    for (PdfObject *o = object; o && o->IsDictionary();) {
        if (const PdfObject *ft = o->GetDictionary().GetKey("FT"); ft && ft->IsName())
            return ft->GetName() == PdfName("Sig");
        const PdfObject *parent = o->GetDictionary().GetKey("Parent");
        o = parent && parent->IsReference() ? object->GetOwner()->GetObject(parent->GetReference())
                                            : nullptr;
    }
    return false;
}

void drawAppearance(PdfMemDocument &doc, PdfXObject &xobject, const QRectF &r, const SignOptions &o)
{
    // One embedded subset of one face keeps a signature small (≤ 40 kB with the chain).
    const QByteArray regularFile = firstExisting(kFontFiles, std::size(kFontFiles));
    PdfFont *font = doc.CreateFontSubset("Liberation Serif", false, false, false,
                                         PdfEncodingFactory::GlobalIdentityEncodingInstance(),
                                         regularFile.isEmpty() ? nullptr : regularFile.constData());
    PdfFont *bold = font;
    PdfPainter p;
    p.SetPage(&xobject);
    const double w = r.width();
    const double h = r.height();
    switch (o.profile) {
    case StampProfile::Leader: {
        bold->SetFontSize(11);
        p.SetFont(bold);
        p.SetColor(0, 0, 0);
        p.DrawTextAligned(0, h - 14, w, text(o.text.signerTitle.toUpper()), ePdfAlignment_Center);
        if (!o.imagePng.isEmpty()) {
            PdfImage image(&doc);
            image.LoadFromPng(o.imagePng.toLocal8Bit().constData());
            const double maxW = w * 0.8;
            const double maxH = h - 42;
            const double scale = std::min(maxW / image.GetWidth(), maxH / image.GetHeight());
            const double iw = image.GetWidth() * scale;
            p.DrawImage((w - iw) / 2, 22, &image, scale, scale);
        }
        p.DrawTextAligned(0, 8, w, text(o.text.signerName), ePdfAlignment_Center);
        font->SetFontSize(7);
        p.SetFont(font);
        p.SetColor(0.1, 0.1, 0.5);
        // On the document itself: always Vietnamese, whatever the UI language.
        p.DrawTextAligned(0, 0.5, w, text(QStringLiteral("Ký số: ") + stampTime(o.time)),
                          ePdfAlignment_Center);
        break;
    }
    case StampProfile::Agency: {
        if (!o.imagePng.isEmpty()) {
            PdfImage image(&doc);
            image.LoadFromPng(o.imagePng.toLocal8Bit().constData());
            const double scale = (h - 4) / image.GetHeight();
            p.DrawImage(2, 2, &image, scale, scale);
        }
        p.SetColor(0.8, 0, 0);
        p.SetStrokingColor(0.8, 0, 0);
        p.SetStrokeWidth(0.8);
        p.Rectangle(0.5, 0.5, w - 1, h - 1);
        p.Stroke();
        font->SetFontSize(7.5);
        p.SetFont(font);
        const QStringList lines = stampLines(o);
        double y = h - 11;
        for (const QString &line : lines) {
            p.DrawText(5, y, text(line));
            y -= 10.5;
        }
        break;
    }
    case StampProfile::Attachment: {
        font->SetFontSize(10);
        p.SetFont(font);
        p.SetColor(0, 0, 0);
        p.DrawText(4, h - 13, text(o.text.notation));
        p.DrawText(4, h - 27, text(stampTime(o.time)));
        break;
    }
    case StampProfile::Invisible:
        break;
    }
    p.FinishPage();
}

} // namespace

Result<SignReport> signPdf(const QString &input, const QString &output, const SignOptions &o,
                           const QByteArray &certificateDer, const QList<QByteArray> &chainDer,
                           const RawSign &sign, const Timestamper &timestamp)
{
    SignReport report;
    auto pending = prepareUpdate(input, output);
    if (!pending)
        return pending.error();
    const QByteArray &original = pending->original;
    QTemporaryFile &work = *pending.value().work;
    report.inputBytes = original.size();

    try {
        PdfError::EnableDebug(false);
        PdfError::EnableLogging(false);
        PdfMemDocument doc;
        doc.Load(QFile::encodeName(input).constData(), true);
        if (doc.GetEncrypted()) {
            return Error{ErrorCode::InvalidArgument,
                         SignTr::tr("The PDF is encrypted; it cannot be signed.")};
        }
        const int pages = doc.GetPageCount();
        if (pages < 1)
            return Error{ErrorCode::InvalidArgument, SignTr::tr("The PDF has no pages.")};
        int pageNumber = o.page;
        if (pageNumber < 0)
            pageNumber = defaultStampPage(o.profile, pages);
        if (pageNumber < 1 || pageNumber > pages) {
            return Error{ErrorCode::InvalidArgument,
                         SignTr::tr("The PDF has %1 page(s); there is no page %2.")
                             .arg(pages)
                             .arg(pageNumber)};
        }
        // A named field prepared in the document: its widget says where.
        PdfAnnotation *named = nullptr;
        if (!o.field.isEmpty()) {
            for (int p = 0; p < pages && !named; ++p) {
                PdfPage *candidate = doc.GetPage(p);
                for (int i = 0; i < candidate->GetNumAnnots() && !named; ++i) {
                    PdfAnnotation *a = candidate->GetAnnotation(i);
                    if (fieldName(a->GetObject()) == o.field && isSignatureField(a->GetObject())) {
                        named = a;
                        pageNumber = p + 1;
                    }
                }
            }
            if (!named) {
                return Error{
                    ErrorCode::NotFound,
                    SignTr::tr("The PDF has no signature field named \"%1\".").arg(o.field)};
            }
            if (!named->GetObject()->GetDictionary().HasKey("T")) {
                // The field and its widget are separate objects: /V would land on the widget.
                return Error{ErrorCode::InvalidArgument,
                             SignTr::tr("The signature field \"%1\" has its widget apart from "
                                        "the field; such fields are not supported yet.")
                                 .arg(o.field)};
            }
            if (named->GetObject()->GetDictionary().HasKey("V")) {
                return Error{
                    ErrorCode::Conflict,
                    SignTr::tr("The signature field \"%1\" is already signed.").arg(o.field)};
            }
        }
        PdfPage *page = doc.GetPage(pageNumber - 1);
        const PdfRect media = page->GetMediaBox();
        QRectF r = o.profile == StampProfile::Invisible
                       ? QRectF(0, 0, 0, 0)
                       : o.rect.value_or(defaultStampRect(
                             o.profile, QSizeF(media.GetWidth(), media.GetHeight())));
        if (named) {
            const PdfRect box = named->GetRect();
            r = QRectF(box.GetLeft(), box.GetBottom(), box.GetWidth(), box.GetHeight());
        }
        report.page = pageNumber;
        report.rect = r;

        if (o.documentTimestamp)
            report.rect = QRectF();
        PdfAcroForm *form = doc.GetAcroForm(true, ePdfAcroFormDefaultAppearance_None);
        form->GetObject()->GetDictionary().AddKey(PdfName("SigFlags"), PdfObject(pdf_int64(3)));

        const QRectF placed = o.documentTimestamp ? QRectF() : r;
        PdfAnnotation *widget = named;
        std::optional<PdfSignatureField> created;
        if (named) {
            created.emplace(named);
            created->EnsureSignatureObject(); // the prepared field has no /V yet
        } else {
            widget = page->CreateAnnotation(
                ePdfAnnotation_Widget,
                PdfRect(placed.x(), placed.y(), placed.width(), placed.height()));
            widget->SetFlags(ePdfAnnotationFlags_Print);
            created.emplace(widget, form, &doc);
            // A field name unique in the document: numbered by the widget's object.
            created->SetFieldName(
                PdfString(QStringLiteral("LienThong-%1")
                              .arg(widget->GetObject()->Reference().ObjectNumber())
                              .toLatin1()
                              .constData()));
        }
        PdfSignatureField &field = *created;
        if (o.profile != StampProfile::Invisible && !o.documentTimestamp && !r.isEmpty()) {
            PdfXObject appearance(PdfRect(0, 0, r.width(), r.height()), &doc);
            drawAppearance(doc, appearance, r, o);
            field.SetAppearanceStream(&appearance);
        }
        PdfOutputDevice device(QFile::encodeName(work.fileName()).constData(), true);
        PdfSignOutputDevice signer(&device);
        signer.SetSignatureSize(size_t(o.reserveBytes));
        field.SetSignature(*signer.GetSignatureBeacon());
        if (!o.reason.isEmpty())
            field.SetSignatureReason(text(o.reason));
        const QDateTime utc = o.time.toUTC();
        field.SetSignatureDate(PdfDate(time_t(utc.toSecsSinceEpoch())));
        field.SetSignatureCreator(PdfName("LienThong"));
        // PAdES: PoDoFo writes adbe.pkcs7.detached.
        PdfDictionary &sigDict = field.GetSignatureObject()->GetDictionary();
        if (o.documentTimestamp) {
            sigDict.AddKey(PdfName("Type"), PdfName("DocTimeStamp"));
            sigDict.AddKey(PdfName("SubFilter"), PdfName("ETSI.RFC3161"));
            sigDict.RemoveKey(PdfName("M"));
            sigDict.RemoveKey(PdfName("Prop_Build"));
        } else {
            sigDict.AddKey(PdfName("SubFilter"), PdfName("ETSI.CAdES.detached"));
        }
        doc.WriteUpdate(&signer, true);
        if (!signer.HasSignaturePosition()) {
            return Error{ErrorCode::Internal,
                         SignTr::tr("The signature could not be placed in the PDF.")};
        }
        signer.AdjustByteRange();
        signer.Seek(0);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        char buffer[65536];
        size_t read;
        while ((read = signer.ReadForSignature(buffer, sizeof buffer)) > 0)
            hash.addData(QByteArrayView(buffer, qsizetype(read)));
        auto cms = o.documentTimestamp
                       ? (timestamp ? timestamp(hash.result())
                                    : Result<QByteArray>(
                                          Error{ErrorCode::InvalidArgument,
                                                SignTr::tr("A document timestamp needs a timestamp "
                                                           "authority.")}))
                       : buildCades(hash.result(), certificateDer, chainDer, o.time, sign,
                                    timestamp, o.pss);
        if (!cms)
            return cms.error();
        if (size_t(cms->size()) > size_t(o.reserveBytes)) {
            return Error{ErrorCode::Internal,
                         SignTr::tr("The signature (%1 bytes) does not fit the room reserved "
                                    "for it.")
                             .arg(cms->size())};
        }
        signer.SetSignature(PdfData(cms->constData(), size_t(cms->size())));
        signer.Flush();
    } catch (const PdfError &e) {
        qCWarning(lcSign) << "PoDoFo:" << e.GetError() << PdfError::ErrorMessage(e.GetError());
        const bool password = e.GetError() == ePdfError_InvalidPassword;
        if (e.GetError() == ePdfError_UnsupportedImageFormat) {
            return Error{ErrorCode::InvalidArgument,
                         SignTr::tr("The signature image \"%1\" cannot be read: give a PNG file.")
                             .arg(QFileInfo(o.imagePng).fileName())};
        }
        return Error{ErrorCode::InvalidArgument,
                     password ? SignTr::tr("The PDF is protected by a password; it cannot be "
                                           "signed.")
                              : SignTr::tr("The PDF is damaged or not supported (%1).")
                                    .arg(QString::fromLatin1(PdfError::ErrorName(e.GetError())))};
    }

    work.close();
    if (auto published = publishUpdate(original, work.fileName(), output, &report.outputBytes);
        !published) {
        return published.error();
    }
    work.setAutoRemove(false);
    return report;
}

Result<PendingUpdate> prepareUpdate(const QString &input, const QString &output)
{
    QFile in(input);
    if (!in.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, SignTr::tr("\"%1\" cannot be read.").arg(input)};
    PendingUpdate pending;
    pending.original = in.readAll();
    if (!pending.original.startsWith("%PDF-")) {
        return Error{ErrorCode::InvalidArgument,
                     SignTr::tr("\"%1\" is not a PDF file.").arg(QFileInfo(input).fileName())};
    }
    // The update is written next to the output and renamed into place at the very end.
    const QString outDir = QFileInfo(output).absolutePath();
    pending.work =
        std::make_unique<QTemporaryFile>(outDir + QStringLiteral("/.lienthong-sign-XXXXXX.pdf"));
    if (!pending.work->open())
        return Error{ErrorCode::Io, SignTr::tr("Cannot write in \"%1\".").arg(outDir)};
    pending.work->close();
    return pending;
}

Status publishUpdate(const QByteArray &original, const QString &work, const QString &output,
                     qint64 *outputBytes)
{
    // The original must be a byte prefix of what we wrote; then publish it atomically.
    QFile written(work);
    if (!written.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, SignTr::tr("The signed file cannot be read back.")};
    const QByteArray head = written.read(original.size());
    if (outputBytes)
        *outputBytes = written.size();
    written.close();
    if (head != original) {
        QFile::remove(work);
        return Error{ErrorCode::Internal,
                     SignTr::tr("Signing would have changed the original bytes; nothing was "
                                "written.")};
    }
    // Replace atomically: the output is the old file or the whole new one, never a part, even
    // when it is the input itself.
    std::error_code ec;
    std::filesystem::rename(QFile::encodeName(work).toStdString(),
                            QFile::encodeName(output).toStdString(), ec);
    if (ec)
        return Error{ErrorCode::Io, SignTr::tr("\"%1\" cannot be written.").arg(output)};
    return {};
}

} // namespace lt::pdf
