#include "core/pdf/displaycopy.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTemporaryFile>

#include <podofo/podofo.h>

#include <filesystem>

namespace lt::pdf {

Q_LOGGING_CATEGORY(lcDisplay, "lt.core.pdf.display")

using namespace PoDoFo;

namespace {

struct DisplayTr
{
    Q_DECLARE_TR_FUNCTIONS(lt::pdf::DisplayCopy)
};

// The normal appearance of an annotation: /AP /N, a stream, or a dictionary of states picked
// by /AS.
PdfObject *normalAppearance(PdfMemDocument &doc, PdfObject *annotation)
{
    PdfDictionary &dict = annotation->GetDictionary();
    PdfObject *ap = dict.GetKey(PdfName("AP"));
    if (ap && ap->IsReference())
        ap = doc.GetObjects().GetObject(ap->GetReference());
    if (!ap || !ap->IsDictionary())
        return nullptr;
    PdfObject *n = ap->GetDictionary().GetKey(PdfName("N"));
    if (n && n->IsReference())
        n = doc.GetObjects().GetObject(n->GetReference());
    if (!n)
        return nullptr;
    if (n->HasStream())
        return n;
    if (n->IsDictionary()) {
        PdfObject *as = dict.GetKey(PdfName("AS"));
        if (!as || !as->IsName())
            return nullptr;
        PdfObject *state = n->GetDictionary().GetKey(as->GetName());
        if (state && state->IsReference())
            state = doc.GetObjects().GetObject(state->GetReference());
        return state && state->HasStream() ? state : nullptr;
    }
    return nullptr;
}

PdfRect rectOf(const PdfObject *o, const char *key)
{
    const PdfObject *r = o->GetDictionary().GetKey(PdfName(key));
    if (!r || !r->IsArray() || r->GetArray().size() != 4)
        return PdfRect();
    PdfRect rect;
    rect.FromArray(r->GetArray());
    return rect;
}

// Puts "q" in front of the page's content, so that a "Q" afterwards gives back the initial
// graphics state.
void isolatePageContent(PdfMemDocument &doc, PdfPage *page)
{
    PdfObject *contents = page->GetObject()->GetDictionary().GetKey(PdfName("Contents"));
    if (contents && contents->IsReference())
        contents = doc.GetObjects().GetObject(contents->GetReference());
    if (contents && contents->IsArray() && !contents->GetArray().empty()) {
        const PdfObject &first = contents->GetArray().front();
        contents = first.IsReference() ? doc.GetObjects().GetObject(first.GetReference()) : nullptr;
    }
    if (!contents || !contents->HasStream())
        return;
    char *buffer = nullptr;
    pdf_long length = 0;
    contents->GetStream()->GetFilteredCopy(&buffer, &length);
    std::string data = "q\n";
    data.append(buffer, size_t(length));
    podofo_free(buffer);
    contents->GetStream()->Set(data.data(), pdf_long(data.size()));
}

} // namespace

Result<DisplayCopyReport> makeDisplayCopy(const QString &input, const QString &output)
{
    DisplayCopyReport report;
    QTemporaryFile work(QFileInfo(output).absolutePath() +
                        QStringLiteral("/.lienthong-display-XXXXXX.pdf"));
    if (!work.open())
        return Error{ErrorCode::Io, DisplayTr::tr("Cannot write the display copy.")};
    work.close();
    try {
        PdfError::EnableDebug(false);
        PdfError::EnableLogging(false);
        PdfMemDocument doc;
        doc.Load(QFile::encodeName(input).constData());
        report.pages = doc.GetPageCount();
        for (int p = 0; p < report.pages; ++p) {
            PdfPage *page = doc.GetPage(p);
            PdfObject *annots = page->GetObject()->GetDictionary().GetKey(PdfName("Annots"));
            if (!annots)
                continue;
            if (annots->IsReference())
                annots = doc.GetObjects().GetObject(annots->GetReference());
            if (!annots || !annots->IsArray())
                continue;
            PdfPainter painter;
            bool painting = false;
            PdfArray kept;
            for (const PdfObject &item : annots->GetArray()) {
                PdfObject *annotation =
                    item.IsReference() ? doc.GetObjects().GetObject(item.GetReference()) : nullptr;
                if (!annotation || !annotation->IsDictionary()) {
                    kept.push_back(item);
                    continue;
                }
                const PdfObject *flags = annotation->GetDictionary().GetKey(PdfName("F"));
                const pdf_int64 f = flags && flags->IsNumber() ? flags->GetNumber() : 0;
                const bool hidden = (f & 2) != 0;    // Hidden
                const bool printable = (f & 4) != 0; // Print
                PdfObject *appearance = normalAppearance(doc, annotation);
                const PdfRect rect = rectOf(annotation, "Rect");
                if (hidden || !printable || !appearance || rect.GetWidth() <= 0 ||
                    rect.GetHeight() <= 0) {
                    kept.push_back(item);
                    continue;
                }
                // Map the appearance's /BBox onto the annotation's /Rect (PDF 32000 §12.5.5;
                // a /Matrix other than a plain scale/translation is not handled).
                PdfRect box = rectOf(appearance, "BBox");
                if (box.GetWidth() <= 0 || box.GetHeight() <= 0)
                    box = PdfRect(0, 0, rect.GetWidth(), rect.GetHeight());
                const double sx = rect.GetWidth() / box.GetWidth();
                const double sy = rect.GetHeight() / box.GetHeight();
                if (!painting) {
                    // The page's own content may leave its coordinate system changed (Qt's
                    // PDF writer flips it, for one): save the state before it, restore after.
                    isolatePageContent(doc, page);
                    painter.SetPage(page);
                    painter.Restore();
                    painting = true;
                }
                PdfXObject xobject(appearance);
                painter.DrawXObject(rect.GetLeft() - box.GetLeft() * sx,
                                    rect.GetBottom() - box.GetBottom() * sy, &xobject, sx, sy);
                ++report.stampsPainted;
            }
            if (painting) {
                painter.FinishPage();
                // The painted annotations go; links and the like stay.
                annots->GetArray() = kept;
            }
        }
        doc.Write(QFile::encodeName(work.fileName()).constData());
    } catch (const PdfError &e) {
        qCWarning(lcDisplay) << "PoDoFo:" << PdfError::ErrorName(e.GetError());
        return Error{ErrorCode::InvalidArgument,
                     DisplayTr::tr("The PDF cannot be prepared for display: it is damaged or "
                                   "built in a way this program cannot read.")};
    }
    std::error_code ec;
    std::filesystem::rename(QFile::encodeName(work.fileName()).toStdString(),
                            QFile::encodeName(output).toStdString(), ec);
    if (ec)
        return Error{ErrorCode::Io, DisplayTr::tr("Cannot write the display copy.")};
    work.setAutoRemove(false);
    return report;
}

Result<QString> cachedDisplayCopy(const QString &input, const QString &cacheDir)
{
    QFile f(input);
    if (!f.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, DisplayTr::tr("\"%1\" cannot be read.").arg(input)};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return cachedDisplayCopy(input, hash.result(), cacheDir);
}

QString displayCopyPath(const QByteArray &sha256, const QString &cacheDir)
{
    return cacheDir + u'/' + QString::fromLatin1(sha256.toHex()) + QStringLiteral(".display.pdf");
}

Result<QString> cachedDisplayCopy(const QString &input, const QByteArray &sha256,
                                  const QString &cacheDir)
{
    QDir().mkpath(cacheDir);
    const QString out = displayCopyPath(sha256, cacheDir);
    if (QFileInfo::exists(out))
        return out;
    auto made = makeDisplayCopy(input, out);
    if (!made)
        return made.error();
    return out;
}

} // namespace lt::pdf
