#include "core/pdf/pdfsigner.h"

#include "core/pdf/issuemark_p.h"
#include "core/pdf/stamp_p.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSaveFile>

#include <podofo/podofo.h>

#include <QMutex>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStorageInfo>
#include <QSysInfo>

#include <atomic>
#include <cctype>
#include <csignal>
#include <cstring>
#include <filesystem>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace lt::pdf {

Q_LOGGING_CATEGORY(lcSign, "lt.core.pdf.sign")

using namespace PoDoFo;

namespace {

struct SignTr
{
    Q_DECLARE_TR_FUNCTIONS(lt::pdf::Signer)
};

PdfString text(const QString &s)
{
    return detail::pdfText(s);
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
        return QRectF(w - 8 - 215, h - 6 - 46, 215, 46); // in the top margin, above the motto
    case StampProfile::Attachment:
        return QRectF(w - 8 - 180, h - 6 - 32, 180, 32);
    case StampProfile::Invisible:
        break;
    }
    return QRectF(0, 0, 0, 0);
}

int defaultStampPage(StampProfile profile, int pages)
{
    return profile == StampProfile::Leader ? pages : 1;
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

// A cross-reference section for a file whose own one is damaged (offsets shifted, a bad
// entry, a wrong startxref): every object found by reading the file from its start, latest
// definition first, and a trailer without /Prev, so that a reader of the file with this
// section appended never needs the damaged one. Nothing when the file cannot be repaired this
// way (objects compressed in object streams, encryption, no catalogue).
std::optional<QByteArray> repairedCrossReference(const QByteArray &pdf)
{
    // A file cut short (no end-of-file marker) has lost more than its table: not signed.
    if (pdf.contains("/ObjStm") || pdf.contains("/Encrypt") || !pdf.right(1024).contains("%%EOF"))
        return std::nullopt;
    static const QRegularExpression header(QStringLiteral("(\\d{1,10})\\s+(\\d{1,5})\\s+obj\\b"));
    static const QRegularExpression catalog(QStringLiteral("/Type\\s*/Catalog\\b"));
    const QString text = QString::fromLatin1(pdf);
    QMap<qint64, std::pair<qint64, int>> objects; // number → offset, generation
    std::optional<qint64> catalogNumber;
    qsizetype pos = 0;
    for (;;) {
        const auto m = header.match(text, pos);
        if (!m.hasMatch())
            break;
        const qsizetype start = m.capturedStart();
        // The number starts a token: not the end of another number.
        if (start > 0 && text.at(start - 1).isDigit()) {
            pos = m.capturedEnd();
            continue;
        }
        const qint64 number = m.captured(1).toLongLong();
        objects[number] = {start, m.captured(2).toInt()};
        // Past the object, its stream skipped whole (its bytes may look like anything).
        qsizetype end = text.indexOf(QLatin1String("endobj"), m.capturedEnd());
        const qsizetype stream = text.indexOf(QLatin1String("stream"), m.capturedEnd());
        if (stream >= 0 && (end < 0 || stream < end)) {
            const qsizetype endStream = text.indexOf(QLatin1String("endstream"), stream);
            end = endStream < 0 ? -1 : text.indexOf(QLatin1String("endobj"), endStream);
        }
        const bool streamFirst = stream >= 0 && (end < 0 || stream < end);
        const qsizetype dictEnd = streamFirst ? stream : end < 0 ? text.size() : end;
        if (catalog.match(QStringView(text).mid(m.capturedEnd(), dictEnd - m.capturedEnd()))
                .hasMatch())
            catalogNumber = number;
        if (end < 0)
            break;
        pos = end + 6;
    }
    if (objects.isEmpty())
        return std::nullopt;
    // The trailer's /Root and /Info, from the last trailer that names a root.
    static const QRegularExpression root(QStringLiteral("/Root\\s+(\\d+)\\s+(\\d+)\\s+R"));
    static const QRegularExpression info(QStringLiteral("/Info\\s+(\\d+)\\s+(\\d+)\\s+R"));
    static const QRegularExpression id(QStringLiteral("/ID\\s*\\[[^\\]]*\\]"));
    QString rootRef, infoRef, idEntry;
    for (qsizetype at = text.lastIndexOf(QLatin1String("trailer")); at >= 0 && rootRef.isEmpty();
         at = at > 0 ? text.lastIndexOf(QLatin1String("trailer"), at - 1) : -1) {
        const QString trailer = text.mid(at, 2048);
        if (const auto r = root.match(trailer); r.hasMatch()) {
            rootRef = r.captured(1) + u' ' + r.captured(2) + QStringLiteral(" R");
            if (const auto i = info.match(trailer); i.hasMatch())
                infoRef = i.captured(1) + u' ' + i.captured(2) + QStringLiteral(" R");
            if (const auto d = id.match(trailer); d.hasMatch())
                idEntry = d.captured();
        }
    }
    if (rootRef.isEmpty() && catalogNumber)
        rootRef = QStringLiteral("%1 %2 R").arg(*catalogNumber).arg(objects[*catalogNumber].second);
    if (rootRef.isEmpty())
        return std::nullopt;
    QByteArray section = pdf.endsWith('\n') || pdf.endsWith('\r') ? QByteArray() : "\n";
    const qint64 xrefAt = pdf.size() + section.size();
    section += "xref\n0 1\n0000000000 65535 f \n";
    for (auto it = objects.cbegin(); it != objects.cend(); ++it) {
        section += QByteArray::number(it.key()) + " 1\n" +
                   QByteArray::number(it->first).rightJustified(10, '0') + ' ' +
                   QByteArray::number(it->second).rightJustified(5, '0') + " n \n";
    }
    section += "trailer\n<< /Size " + QByteArray::number(objects.lastKey() + 1) + " /Root " +
               rootRef.toLatin1();
    if (!infoRef.isEmpty())
        section += " /Info " + infoRef.toLatin1();
    if (!idEntry.isEmpty())
        section += ' ' + idEntry.toLatin1();
    section += " >>\nstartxref\n" + QByteArray::number(xrefAt) + "\n%%EOF\n";
    return section;
}

// Whether every entry in use of the classic cross-reference tables (the last one and those
// its /Prev chain names) points at the object it names. Cross-reference streams are left to
// the parser.
bool crossReferenceConsistent(const QByteArray &pdf)
{
    const qsizetype sx = pdf.lastIndexOf("startxref");
    if (sx < 0)
        return false;
    const char *const begin = pdf.constData();
    const char *const end = begin + pdf.size();
    const auto skipSpace = [&](const char *p) {
        while (p < end && (*p == ' ' || *p == '\r' || *p == '\n' || *p == '\t' || *p == '\f'))
            ++p;
        return p;
    };
    const auto number = [&](const char *&p, qint64 *value) {
        p = skipSpace(p);
        const char *start = p;
        qint64 v = 0;
        while (p < end && *p >= '0' && *p <= '9' && p - start < 12)
            v = v * 10 + (*p++ - '0');
        *value = v;
        return p > start;
    };
    const char *p = begin + sx + 9;
    qint64 offset = 0;
    if (!number(p, &offset))
        return false;
    for (int hops = 0; hops < 64; ++hops) {
        if (offset < 0 || offset + 4 > pdf.size())
            return false;
        p = skipSpace(begin + offset); // some writers point at the line break before it
        if (end - p < 4)
            return false;
        if (std::strncmp(p, "xref", 4) != 0)
            return std::isdigit(uchar(*p)) != 0; // a cross-reference stream: the parser's
        p += 4;
        for (;;) {
            p = skipSpace(p);
            if (p < end && *p == 't')
                break; // the trailer
            qint64 first = 0, count = 0;
            if (!number(p, &first) || !number(p, &count) || count > 10'000'000)
                return false;
            for (qint64 i = 0; i < count; ++i) {
                qint64 at = 0, generation = 0;
                if (!number(p, &at) || !number(p, &generation))
                    return false;
                p = skipSpace(p);
                if (p >= end)
                    return false;
                const char type = *p++;
                // (An entry in use at offset 0 is a known producer quirk: read as free.)
                if (type != 'n' || first + i == 0 || at == 0)
                    continue;
                const char *o = begin + at;
                qint64 n = -1, g = -1;
                if (at < 0 || at >= pdf.size() || !number(o, &n) || n != first + i ||
                    !number(o, &g) || g != generation)
                    return false;
            }
        }
        // The trailer's dictionary, up to its startxref.
        const qsizetype from = p - begin;
        const qsizetype stop = pdf.indexOf("startxref", from);
        const QByteArray trailer = pdf.mid(from, stop < 0 ? 4096 : stop - from);
        static const QRegularExpression prev(QStringLiteral("/Prev\\s+(\\d+)"));
        const auto m = prev.match(QString::fromLatin1(trailer));
        if (!m.hasMatch())
            return true;
        offset = m.captured(1).toLongLong();
    }
    return false;
}

Error encryptedError()
{
    return Error{ErrorCode::InvalidArgument,
                 SignTr::tr("The PDF is encrypted by its author (changes are restricted); it "
                            "cannot be signed without breaking that protection. Ask the sender "
                            "for a copy that is not encrypted.")};
}

} // namespace

// What went wrong while PoDoFo read or wrote, said as what it means to the user (the library's
// code goes to the log only).
Error detail::readingError(EPdfError code, const QByteArray &original, const QString &work,
                           const QString &image)
{
    switch (code) {
    case ePdfError_InvalidPassword:
        return Error{ErrorCode::InvalidArgument,
                     SignTr::tr("The PDF is protected by a password; it cannot be signed.")};
    case ePdfError_UnsupportedImageFormat:
        return Error{ErrorCode::InvalidArgument,
                     SignTr::tr("The signature image \"%1\" cannot be read: give a PNG file.")
                         .arg(QFileInfo(image).fileName())};
    case ePdfError_CannotEncryptedForUpdate:
        return encryptedError();
    case ePdfError_InvalidDeviceOperation:
    case ePdfError_FileNotFound:
    case ePdfError_OutOfMemory: {
        const QString folder = QFileInfo(work).absolutePath();
        const QStorageInfo disk(folder);
        if (disk.isValid() && disk.bytesAvailable() < original.size() + 512 * 1024) {
            return Error{ErrorCode::Io,
                         SignTr::tr("The disk of \"%1\" is full: free some space and sign "
                                    "again (nothing was changed).")
                             .arg(QDir::toNativeSeparators(folder))};
        }
        if (code != ePdfError_OutOfMemory) {
            return Error{ErrorCode::Io,
                         SignTr::tr("The signed file cannot be written in \"%1\" (nothing was "
                                    "changed).")
                             .arg(QDir::toNativeSeparators(folder))};
        }
        break;
    }
    default:
        break;
    }
    // An encrypted file PoDoFo could not even open for an update.
    if (original.contains("/Encrypt"))
        return encryptedError();
    return Error{ErrorCode::InvalidArgument,
                 SignTr::tr("The PDF is damaged or built in a way this program cannot sign; "
                            "nothing was written. Opening it and saving it again (or printing "
                            "it to PDF) usually gives a file that can be signed.")};
}

Result<SignReport> signPdf(const QString &input, const QString &output, const SignOptions &o,
                           const QByteArray &certificateDer, const QList<QByteArray> &chainDer,
                           const RawSign &sign, const Timestamper &timestamp)
{
    SignReport report;
    qint64 written = -1; // what PoDoFo says it wrote: the file must have all of it
    auto pending = prepareUpdate(input, output);
    if (!pending)
        return pending.error();
    const QByteArray &original = pending->original;
    WorkFile &work = *pending.value().work;
    report.inputBytes = original.size();

    try {
        PdfError::EnableDebug(false);
        PdfError::EnableLogging(false);
        // What PoDoFo reads: the input, or, when its cross-reference is damaged, the input with
        // a repaired one appended (the input stays a prefix of the output).
        QString source = input;
        auto loaded = std::make_unique<PdfMemDocument>();
        std::unique_ptr<QFile> repaired;
        WorkRegistration repairedRegistration;
        const auto removeRepaired = qScopeGuard([&] {
            if (repaired)
                repaired->remove();
        });
        std::optional<QByteArray> section;
        try {
            loaded->Load(QFile::encodeName(input).constData(), true);
            // PoDoFo also reads some damaged tables without a word: the update would then
            // point back to them.
            if (!crossReferenceConsistent(original))
                section = repairedCrossReference(original);
        } catch (const PdfError &e) {
            const EPdfError code = e.GetError();
            const bool structural = code != ePdfError_InvalidPassword &&
                                    code != ePdfError_CannotEncryptedForUpdate &&
                                    code != ePdfError_InvalidDeviceOperation &&
                                    code != ePdfError_FileNotFound && code != ePdfError_OutOfMemory;
            section = structural ? repairedCrossReference(original) : std::nullopt;
            if (!section)
                throw;
        }
        if (section) {
            qCInfo(lcSign) << "cross-reference damaged: read with a repaired one";
            repaired = std::make_unique<QFile>(workFileFor(output, QStringLiteral("repair")));
            repairedRegistration = WorkRegistration(repaired->fileName());
            if (!repaired->open(QIODevice::WriteOnly) || repaired->write(original) < 0 ||
                repaired->write(*section) < 0 || !repaired->flush()) {
                throw PdfError(ePdfError_InvalidDeviceOperation);
            }
            repaired->close();
            source = repaired->fileName();
            loaded = std::make_unique<PdfMemDocument>();
            loaded->Load(QFile::encodeName(source).constData(), true);
        }
        PdfMemDocument &doc = *loaded;
        if (doc.GetEncrypted())
            return encryptedError();
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
        const PageGeometry geometry = detail::geometryOf(*page);
        const QSizeF shown = geometry.visibleSize();
        SignOptions options = o;
        options.text = completedText(o.text, certificateDer);
        // Where the stamp goes, in the page as shown; the leader's also needs to know whether
        // the page prints the names around it.
        QRectF r;
        bool namesOnPage = false;
        const bool visible = o.profile != StampProfile::Invisible && !o.documentTimestamp;
        if (named) {
            const PdfRect box = named->GetRect();
            const QPointF a = geometry.toVisible(QPointF(box.GetLeft(), box.GetBottom()));
            const QPointF b = geometry.toVisible(
                QPointF(box.GetLeft() + box.GetWidth(), box.GetBottom() + box.GetHeight()));
            r = QRectF(a, b).normalized();
        } else if (visible && (!o.rect || o.profile == StampProfile::Leader)) {
            const StampPlace place = detail::placeOnPage(source, pageNumber, geometry, options,
                                                         detail::occupiedOn(*page, geometry));
            r = o.rect.value_or(place.rect);
            // Moved away from the block, the stamp says who signed again.
            namesOnPage = place.namesOnPage && r.intersects(place.rect);
        } else if (visible) {
            r = *o.rect;
        }
        if (visible && !named) {
            // Inside the page as shown, whatever was asked.
            r.setSize(r.size().boundedTo(shown));
            r.moveLeft(std::clamp(r.left(), 0.0, shown.width() - r.width()));
            r.moveTop(std::clamp(r.top(), 0.0, shown.height() - r.height()));
        }
        report.page = pageNumber;
        report.rect = visible ? r : QRectF();

        // Issuing: the number and date go into page 1 in this update, before it is signed.
        if (o.issue) {
            PdfPage *first = doc.GetPage(0);
            const PageGeometry firstGeometry = detail::geometryOf(*first);
            PdfFont *font = detail::stampFont(doc);
            auto marks =
                detail::issueMarksOn(source, firstGeometry, *o.issue, [font](const QString &words) {
                    font->SetFontSize(1);
                    return font->GetFontMetrics()->StringWidth(detail::pdfText(words));
                });
            if (!marks)
                return marks.error();
            detail::paintMarks(doc, *first, marks.value());
        }

        PdfAcroForm *form = doc.GetAcroForm(true, ePdfAcroFormDefaultAppearance_None);
        PdfDictionary &formDict = form->GetObject()->GetDictionary();
        formDict.AddKey(PdfName("SigFlags"), PdfObject(pdf_int64(3)));
        // A form asking viewers to make its appearances: poppler then draws no signature at
        // all. The signature brings its appearance; the form's other fields keep theirs.
        if (const PdfObject *need = formDict.GetKey(PdfName("NeedAppearances"));
            need && need->IsBool() && need->GetBool()) {
            formDict.AddKey(PdfName("NeedAppearances"), PdfVariant(false));
        }

        const QRectF placed = visible ? geometry.toUser(r) : QRectF();
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
        if (visible && !r.isEmpty()) {
            PdfXObject appearance(PdfRect(0, 0, r.width(), r.height()), &doc);
            // Upright where the page is shown turned.
            PdfArray matrix;
            for (double v : geometry.appearanceMatrix())
                matrix.push_back(PdfVariant(v));
            appearance.GetObject()->GetDictionary().AddKey(PdfName("Matrix"), matrix);
            detail::drawStamp(doc, appearance, r.size(), options, namesOnPage);
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
        written = qint64(signer.GetLength());
    } catch (const PdfError &e) {
        qCWarning(lcSign) << "PoDoFo:" << e.GetError() << PdfError::ErrorMessage(e.GetError());
        return detail::readingError(e.GetError(), original, work.fileName(), o.imagePng);
    }

    if (auto published =
            publishUpdate(original, work.fileName(), output, &report.outputBytes, written);
        !published) {
        return published.error();
    }
    work.setAutoRemove(false);
    return report;
}

namespace {

// The work files of this process, where a signal handler can read them without locking or
// allocating.
constexpr int kWorkSlots = 32;
struct WorkSlot
{
    std::atomic<bool> used{false};
    char path[4096] = {};
};
WorkSlot g_work[kWorkSlots];
QMutex g_workMutex;

const QString kWorkPrefix = QStringLiteral(".lienthong-sign-");

// This computer, in the work files' names: a folder shared over the network holds other
// computers' files too, whose processes cannot be asked.
QString hostTag()
{
    static const QString tag = QString::fromLatin1(
        QCryptographicHash::hash(QSysInfo::machineHostName().toUtf8(), QCryptographicHash::Sha256)
            .toHex()
            .left(6));
    return tag;
}

// ".lienthong-sign-PID.HOST-": what every work file of this process starts with.
QString workStem()
{
    return kWorkPrefix + QString::number(QCoreApplication::applicationPid()) + u'.' + hostTag() +
           u'-';
}

extern "C" void removeWorkFilesAndEnd(int signal)
{
    for (WorkSlot &slot : g_work) {
        if (slot.used.load(std::memory_order_acquire))
            ::unlink(slot.path);
    }
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

// A symbolic link is followed, through every link of a chain: the file it names is the one
// replaced.
QString resolvedOutput(const QString &output)
{
    const QFileInfo info(output);
    if (!info.isSymLink())
        return output;
    const QString canonical = info.canonicalFilePath();
    if (!canonical.isEmpty())
        return canonical;
    // A link to a file that does not exist yet: its last link's target.
    QString target = output;
    for (int hops = 0; hops < 32 && QFileInfo(target).isSymLink(); ++hops)
        target = QFileInfo(target).symLinkTarget();
    return target;
}

QFileDevice::Permissions newFilePermissions()
{
    // As the user's umask says for a new document (Linux tells it without changing it).
    int mask = 022;
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        static const QRegularExpression umask(QStringLiteral("Umask:\\s*([0-7]+)"));
        const auto m = umask.match(QString::fromLatin1(status.readAll()));
        if (m.hasMatch())
            mask = m.captured(1).toInt(nullptr, 8);
    }
    QFileDevice::Permissions p;
    const std::pair<int, QFileDevice::Permission> bits[] = {
        {0400, QFileDevice::ReadOwner}, {0200, QFileDevice::WriteOwner},
        {0040, QFileDevice::ReadGroup}, {0020, QFileDevice::WriteGroup},
        {0004, QFileDevice::ReadOther}, {0002, QFileDevice::WriteOther}};
    for (const auto &[bit, permission] : bits) {
        if (!(mask & bit))
            p |= permission;
    }
    if (p & QFileDevice::ReadOwner)
        p |= QFileDevice::ReadUser;
    if (p & QFileDevice::WriteOwner)
        p |= QFileDevice::WriteUser;
    return p;
}

bool processRunning(qint64 pid)
{
#ifdef Q_OS_UNIX
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
#else
    Q_UNUSED(pid);
    return true; // elsewhere only the age tells (see removeStaleWorkFiles)
#endif
}

} // namespace

WorkRegistration::WorkRegistration(const QString &path)
{
    const QByteArray name = QFile::encodeName(path);
    if (name.size() >= qsizetype(sizeof(WorkSlot::path)))
        return;
    QMutexLocker lock(&g_workMutex);
    for (int i = 0; i < kWorkSlots; ++i) {
        if (!g_work[i].used.load(std::memory_order_relaxed)) {
            std::memcpy(g_work[i].path, name.constData(), size_t(name.size()) + 1);
            g_work[i].used.store(true, std::memory_order_release);
            m_slot = i;
            return;
        }
    }
}

WorkRegistration::WorkRegistration(WorkRegistration &&other) noexcept
    : m_slot(std::exchange(other.m_slot, -1))
{
}

WorkRegistration &WorkRegistration::operator=(WorkRegistration &&other) noexcept
{
    std::swap(m_slot, other.m_slot);
    return *this;
}

WorkFile::~WorkFile()
{
    if (m_remove && !m_path.isEmpty())
        QFile::remove(m_path);
}

WorkRegistration::~WorkRegistration()
{
    if (m_slot >= 0) {
        QMutexLocker lock(&g_workMutex);
        g_work[m_slot].used.store(false, std::memory_order_release);
    }
}

QString workFileFor(const QString &output, const QString &tag)
{
    // Short whatever the output's name (a long Vietnamese name must not pass the limit).
    const QFileInfo target(resolvedOutput(output));
    return target.absolutePath() + u'/' + workStem() + tag + u'-' +
           QString::number(QRandomGenerator::global()->generate64(), 36) + QStringLiteral(".pdf");
}

void removeStaleWorkFiles(const QString &folder)
{
    // ".lienthong-sign-PID.HOST-…" of this computer: a process that is gone. Another
    // computer's (a shared folder), or without a PID (older versions), or where processes
    // cannot be asked: a day old.
    static const QRegularExpression withPid(
        QStringLiteral("^\\.lienthong-sign-(\\d+)\\.([0-9a-f]{6})-"));
    const qint64 self = QCoreApplication::applicationPid();
    const QDateTime dayAgo = QDateTime::currentDateTimeUtc().addDays(-1);
    const QFileInfoList files =
        QDir(folder).entryInfoList({kWorkPrefix + u'*'}, QDir::Files | QDir::Hidden | QDir::System);
    for (const QFileInfo &file : files) {
        const auto m = withPid.match(file.fileName());
        const bool here = m.hasMatch() && m.captured(2) == hostTag();
        const qint64 pid = here ? m.captured(1).toLongLong() : 0;
        if (here && pid == self)
            continue;
        const bool gone = here && !processRunning(pid);
        if (gone || file.lastModified().toUTC() < dayAgo) {
            qCInfo(lcSign) << "removing a signature's work file left behind:" << file.fileName();
            QFile::remove(file.absoluteFilePath());
        }
    }
}

void removeWorkFilesOnSignals()
{
#ifdef Q_OS_UNIX
    for (int signal : {SIGINT, SIGTERM, SIGHUP}) {
        struct sigaction action = {};
        action.sa_handler = removeWorkFilesAndEnd;
        sigemptyset(&action.sa_mask);
        sigaction(signal, &action, nullptr);
    }
#else
    for (int signal : {SIGINT, SIGTERM})
        std::signal(signal, removeWorkFilesAndEnd);
#endif
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
    const QFileInfo target(resolvedOutput(output));
    if (target.isDir()) {
        return Error{ErrorCode::InvalidArgument,
                     SignTr::tr("\"%1\" is a folder: give the name of the signed file.")
                         .arg(QDir::toNativeSeparators(output))};
    }
    // A read-only file says "do not change me": it is not replaced behind its owner's back.
    // (By its mode too: the administrator may write anything, but a file marked read-only
    // still means it.)
    constexpr QFileDevice::Permissions anyWrite =
        QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    if (target.exists() && (!target.isWritable() || !(target.permissions() & anyWrite))) {
        return Error{ErrorCode::NotAllowed,
                     SignTr::tr("\"%1\" is read-only; it was not replaced. Choose another name "
                                "or allow writing to it.")
                         .arg(QDir::toNativeSeparators(target.filePath()))};
    }
    // The update is written next to the output and renamed into place at the very end.
    const QString outDir = target.absolutePath();
    removeStaleWorkFiles(outDir);
    // Registered before it exists, so that a signal at any moment finds it.
    QString name;
    for (int attempt = 0; attempt < 8 && name.isEmpty(); ++attempt) {
        const QString candidate = workFileFor(output, QStringLiteral("update"));
        if (!QFileInfo::exists(candidate))
            name = candidate;
    }
    pending.registration = WorkRegistration(name);
    QFile create(name);
    if (name.isEmpty() || !create.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        return Error{ErrorCode::Io,
                     SignTr::tr("Cannot write in \"%1\".").arg(QDir::toNativeSeparators(outDir))};
    }
    create.close();
    pending.work = std::make_unique<WorkFile>(name);
    return pending;
}

Status publishUpdate(const QByteArray &original, const QString &work, const QString &output,
                     qint64 *outputBytes, qint64 expectedBytes)
{
    // The original must be a byte prefix of what we wrote, and all of it must be on the disk
    // (PoDoFo does not see a write that failed): then publish it atomically.
    QFile written(work);
    if (!written.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, SignTr::tr("The signed file cannot be read back.")};
    const QByteArray head = written.read(original.size());
    const qint64 size = written.size();
    if (outputBytes)
        *outputBytes = size;
    written.seek(std::max<qint64>(0, size - 1024));
    const bool ends = written.read(1024).contains("%%EOF");
#ifdef Q_OS_UNIX
    const bool onDisk = ::fsync(written.handle()) == 0;
#else
    const bool onDisk = true;
#endif
    written.close();
    if (!ends || !onDisk || (expectedBytes >= 0 && size != expectedBytes)) {
        QFile::remove(work);
        const QString folder = QFileInfo(work).absolutePath();
        const QStorageInfo disk(folder);
        return Error{ErrorCode::Io,
                     disk.isValid() && disk.bytesAvailable() < 512 * 1024
                         ? SignTr::tr("The disk of \"%1\" is full: free some space and sign "
                                      "again (nothing was changed).")
                               .arg(QDir::toNativeSeparators(folder))
                         : SignTr::tr("The signed file cannot be written in \"%1\" (nothing was "
                                      "changed).")
                               .arg(QDir::toNativeSeparators(folder))};
    }
    if (head != original) {
        QFile::remove(work);
        return Error{ErrorCode::Internal,
                     SignTr::tr("Signing would have changed the original bytes; nothing was "
                                "written.")};
    }
    // The file replaced keeps its mode; a new one gets the user's usual one.
    const QString target = resolvedOutput(output);
    QFile::setPermissions(work, QFileInfo::exists(target) ? QFile::permissions(target)
                                                          : newFilePermissions());
    // Replace atomically: the output is the old file or the whole new one, never a part, even
    // when it is the input itself.
    std::error_code ec;
    std::filesystem::rename(QFile::encodeName(work).toStdString(),
                            QFile::encodeName(target).toStdString(), ec);
    if (ec) {
        return Error{ErrorCode::Io,
                     SignTr::tr("\"%1\" cannot be written.").arg(QDir::toNativeSeparators(output))};
    }
#ifdef Q_OS_UNIX
    // The rename itself, on the disk.
    const int folder = ::open(QFile::encodeName(QFileInfo(target).absolutePath()).constData(),
                              O_RDONLY | O_DIRECTORY);
    if (folder >= 0) {
        ::fsync(folder);
        ::close(folder);
    }
#endif
    return {};
}

} // namespace lt::pdf
