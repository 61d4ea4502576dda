#include "core/pdf/stamp.h"

#include "core/pdf/stamp_p.h"
#include "core/pki/x509.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLoggingCategory>
#include <QPdfDocument>
#include <QPdfLink>
#include <QPdfSearchModel>

#include <openssl/x509v3.h>

#include <algorithm>
#include <cmath>

namespace lt::pdf {

Q_LOGGING_CATEGORY(lcStamp, "lt.core.pdf.stamp", QtWarningMsg)

using namespace PoDoFo;

namespace {

struct StampTr
{
    Q_DECLARE_TR_FUNCTIONS(lt::pdf::Signer)
};

const char *const kFontFiles[] = {
    "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "C:/Windows/Fonts/times.ttf",
};
const char *const kBoldFontFiles[] = {
    "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
    "C:/Windows/Fonts/timesbd.ttf",
};
QByteArray firstExisting(const char *const *files, size_t n)
{
    for (size_t i = 0; i < n; ++i) {
        if (QFileInfo::exists(QString::fromLatin1(files[i])))
            return QByteArray(files[i]);
    }
    return {};
}

// Colours of the stamps: the leader's blue ink, the agency's red, the attachment's black.
constexpr double kBlue[3] = {0.05, 0.15, 0.6};
constexpr double kRed[3] = {0.8, 0.0, 0.0};
constexpr double kAscent = 0.891; // Liberation Serif, per point of size
constexpr double kLeading = 1.18;
constexpr double kSmallest = 4.5; // below this a stamp's words are not read any more

using detail::widthOf;
using detail::wrap;

} // namespace

double detail::widthOf(PdfFont *font, const QString &s)
{
    return font->GetFontMetrics()->StringWidth(detail::pdfText(s));
}

QStringList detail::wrap(PdfFont *font, const QString &paragraph, double width)
{
    QStringList lines;
    QString line;
    for (const QString &word : paragraph.split(u' ', Qt::SkipEmptyParts)) {
        const QString longer = line.isEmpty() ? word : line + u' ' + word;
        if (!line.isEmpty() && widthOf(font, longer) > width) {
            lines << line;
            line = word;
        } else {
            line = longer;
        }
    }
    if (!line.isEmpty())
        lines << line;
    return lines;
}

namespace {

struct Block
{
    double size = 0;
    QStringList lines;
    double height() const { return lines.size() * size * kLeading; }
};

// The largest size from `nominal` down at which the paragraphs, wrapped, fit the box: long
// names and organisations are wrapped, then made smaller, never cut.
Block fit(PdfFont *font, const QStringList &paragraphs, double width, double height, double nominal)
{
    Block block;
    for (double size = nominal; size >= kSmallest; size -= 0.25) {
        font->SetFontSize(float(size));
        block = {size, {}};
        bool fits = true;
        for (const QString &p : paragraphs) {
            for (const QString &line : wrap(font, p, width)) {
                block.lines << line;
                fits = fits && widthOf(font, line) <= width;
            }
        }
        if (fits && block.height() <= height)
            return block;
    }
    return block;
}

// Draws a block's lines from `top` down, each centred in [x, x + width] or from x.
void draw(PdfPainter &p, PdfFont *font, const Block &b, double x, double top, double width,
          bool centred)
{
    font->SetFontSize(float(b.size));
    p.SetFont(font);
    double baseline = top - b.size * kAscent;
    for (const QString &line : b.lines) {
        if (centred)
            p.DrawTextAligned(x, baseline, width, detail::pdfText(line), ePdfAlignment_Center);
        else
            p.DrawText(x, baseline, detail::pdfText(line));
        baseline -= b.size * kLeading;
    }
}

void background(PdfPainter &p, double w, double h)
{
    p.SetColor(1, 1, 1);
    p.Rectangle(0, 0, w, h);
    p.Fill();
}

void border(PdfPainter &p, const double rgb[3], double w, double h, double width)
{
    p.SetStrokingColor(rgb[0], rgb[1], rgb[2]);
    p.SetStrokeWidth(width);
    p.Rectangle(width / 2, width / 2, w - width, h - width);
    p.Stroke();
}

// The image fitted (aspect kept) and centred in the box.
void image(PdfDocument &doc, PdfPainter &p, const QString &png, const QRectF &box)
{
    if (png.isEmpty() || box.width() <= 1 || box.height() <= 1)
        return;
    PdfImage picture(&doc);
    picture.LoadFromPng(QFile::encodeName(png).constData());
    const double scale =
        std::min(box.width() / picture.GetWidth(), box.height() / picture.GetHeight());
    const double iw = picture.GetWidth() * scale;
    const double ih = picture.GetHeight() * scale;
    p.DrawImage(box.x() + (box.width() - iw) / 2, box.y() + (box.height() - ih) / 2, &picture,
                scale, scale);
}

} // namespace

QSizeF PageGeometry::visibleSize() const
{
    return rotate % 180 == 0 ? box.size() : box.size().transposed();
}

QRectF PageGeometry::toUser(const QRectF &v) const
{
    const double l = box.left(), b = box.top(); // QRectF's top is the smaller y: the bottom
    const double cw = box.width(), ch = box.height();
    const auto map = [&](double x, double y) -> QPointF {
        switch (rotate) {
        case 90:
            return {l + cw - y, b + x};
        case 180:
            return {l + cw - x, b + ch - y};
        case 270:
            return {l + y, b + ch - x};
        default:
            return {l + x, b + y};
        }
    };
    return QRectF(map(v.left(), v.top()), map(v.right(), v.bottom())).normalized();
}

QPointF PageGeometry::toVisible(const QPointF &u) const
{
    const double x = u.x() - box.left(), y = u.y() - box.top();
    const double cw = box.width(), ch = box.height();
    switch (rotate) {
    case 90:
        return {y, cw - x};
    case 180:
        return {cw - x, ch - y};
    case 270:
        return {ch - y, x};
    default:
        return {x, y};
    }
}

std::array<double, 6> PageGeometry::appearanceMatrix() const
{
    switch (rotate) {
    case 90:
        return {0, 1, -1, 0, 0, 0};
    case 180:
        return {-1, 0, 0, -1, 0, 0};
    case 270:
        return {0, -1, 1, 0, 0, 0};
    default:
        return {1, 0, 0, 1, 0, 0};
    }
}

StampText completedText(const StampText &given, const QByteArray &certificateDer)
{
    StampText t = given;
    const pki::X509Ptr cert = pki::readX509(certificateDer);
    if (!cert)
        return t;
    const X509_NAME *subject = X509_get_subject_name(cert.get());
    const auto entry = [&](int nid) -> QString {
        const int at = X509_NAME_get_index_by_NID(subject, nid, -1);
        if (at < 0)
            return {};
        unsigned char *utf8 = nullptr;
        const int n =
            ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(X509_NAME_get_entry(subject, at)));
        if (n < 0)
            return {};
        const QString s = QString::fromUtf8(reinterpret_cast<const char *>(utf8), n);
        OPENSSL_free(utf8);
        return s.trimmed();
    };
    const QString cn = entry(NID_commonName);
    t.signedBy = cn;
    if (t.signerName.isEmpty())
        t.signerName = cn;
    if (t.organisation.isEmpty())
        t.organisation = entry(NID_organizationName);
    if (t.email.isEmpty()) {
        t.email = entry(NID_pkcs9_emailAddress);
        if (t.email.isEmpty()) {
            if (auto *names = static_cast<GENERAL_NAMES *>(
                    X509_get_ext_d2i(cert.get(), NID_subject_alt_name, nullptr, nullptr))) {
                for (int i = 0; i < sk_GENERAL_NAME_num(names) && t.email.isEmpty(); ++i) {
                    const GENERAL_NAME *n = sk_GENERAL_NAME_value(names, i);
                    if (n->type == GEN_EMAIL) {
                        t.email = QString::fromUtf8(
                            reinterpret_cast<const char *>(ASN1_STRING_get0_data(n->d.rfc822Name)),
                            ASN1_STRING_length(n->d.rfc822Name));
                    }
                }
                GENERAL_NAMES_free(names);
            }
        }
    }
    return t;
}

QList<QRectF> detail::matchesOnPage(QPdfDocument &doc, int index, const PageGeometry &g,
                                    const QString &text)
{
    QPdfSearchModel search;
    search.setDocument(&doc);
    search.setSearchString(text);
    // QtPdf 6.4 reports a match in user space, y turned down from the shown page's height:
    // taken back to user space, then to the visible page.
    const double shownHeight = doc.pagePointSize(index).height();
    QList<QRectF> found;
    for (const QPdfLink &hit : search.resultsOnPage(index)) {
        QRectF r;
        for (const QRectF &glyph : hit.rectangles())
            r = r.united(glyph);
        if (r.isEmpty())
            continue;
        const QPointF a = g.toVisible(QPointF(r.left(), shownHeight - r.top()));
        const QPointF b = g.toVisible(QPointF(r.right(), shownHeight - r.bottom()));
        found << QRectF(a, b).normalized();
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const QRectF &x, const QRectF &y) { return x.top() > y.top(); });
    return found;
}

namespace detail {

PdfString pdfText(const QString &s)
{
    const QByteArray utf8 = s.toUtf8();
    return PdfString(reinterpret_cast<const pdf_utf8 *>(utf8.constData()));
}

PageGeometry geometryOf(const PdfPage &page)
{
    const PdfRect media = page.GetMediaBox();
    QRectF box(media.GetLeft(), media.GetBottom(), media.GetWidth(), media.GetHeight());
    if (const PdfObject *crop = page.GetInheritedKey(PdfName("CropBox"));
        crop && crop->IsArray() && crop->GetArray().size() == 4) {
        const PdfRect c(crop->GetArray());
        const QRectF cropped =
            box.intersected(QRectF(c.GetLeft(), c.GetBottom(), c.GetWidth(), c.GetHeight()));
        if (!cropped.isEmpty())
            box = cropped;
    }
    PageGeometry g;
    g.box = box.normalized();
    int rotate = page.GetRotation() % 360;
    if (rotate < 0)
        rotate += 360;
    g.rotate = rotate % 90 == 0 ? rotate : 0;
    return g;
}

PdfFont *stampFont(PdfDocument &doc)
{
    // One embedded subset of one face keeps a signature small (≤ 40 kB with the chain).
    const QByteArray regularFile = firstExisting(kFontFiles, std::size(kFontFiles));
    return doc.CreateFontSubset("Liberation Serif", false, false, false,
                                PdfEncodingFactory::GlobalIdentityEncodingInstance(),
                                regularFile.isEmpty() ? nullptr : regularFile.constData());
}

PdfFont *boldFont(PdfDocument &doc)
{
    const QByteArray boldFile = firstExisting(kBoldFontFiles, std::size(kBoldFontFiles));
    if (boldFile.isEmpty())
        return stampFont(doc);
    return doc.CreateFontSubset("Liberation Serif Bold", true, false, false,
                                PdfEncodingFactory::GlobalIdentityEncodingInstance(),
                                boldFile.constData());
}

void drawStamp(PdfDocument &doc, PdfCanvas &canvas, const QSizeF &size, const SignOptions &o,
               bool namesOnPage)
{
    if (size.isEmpty())
        return;
    PdfFont *font = stampFont(doc);
    PdfPainter p;
    p.SetPage(&canvas);
    const double w = size.width();
    const double h = size.height();
    // On the document itself: always Vietnamese, whatever the UI language.
    const QString time = stampTime(o.time);
    background(p, w, h);
    switch (o.profile) {
    case StampProfile::Leader: {
        p.SetColor(kBlue[0], kBlue[1], kBlue[2]);
        const Block when = fit(font, {QStringLiteral("Ký số: ") + time}, w - 4, h * 0.2, 7);
        const double whenTop = 1.5 + when.height();
        if (namesOnPage) {
            // Between the title and the name the page prints: the signature only.
            const QRectF room(2, whenTop + 1, w - 4, h - whenTop - 3);
            if (!o.imagePng.isEmpty()) {
                image(doc, p, o.imagePng, room);
            } else {
                const Block mark =
                    fit(font, {QStringLiteral("(Đã ký số)")}, room.width(), room.height(), 13);
                draw(p, font, mark, 0, room.center().y() + mark.height() / 2, w, true);
            }
            p.SetColor(kBlue[0], kBlue[1], kBlue[2]);
            draw(p, font, when, 0, whenTop, w, true);
            break;
        }
        // A page without the block: the stamp says who signed, as the block would.
        border(p, kBlue, w, h, 0.6);
        // (One face: a second subset would cost 4 kB more in every signature.)
        PdfFont *bold = font;
        p.SetColor(0, 0, 0);
        const Block title = fit(bold, {o.text.signerTitle.toUpper()}, w - 8, h * 0.3, 10.5);
        const Block name = fit(bold, {o.text.signerName}, w - 8, h * 0.22, 10.5);
        const double titleTop = h - 3;
        draw(p, bold, title, 0, titleTop, w, true);
        const double nameTop = whenTop + 1 + name.height();
        draw(p, bold, name, 0, nameTop, w, true);
        const QRectF room(4, nameTop + 1, w - 8, titleTop - title.height() - nameTop - 2);
        image(doc, p, o.imagePng, room);
        p.SetColor(kBlue[0], kBlue[1], kBlue[2]);
        draw(p, font, when, 0, whenTop, w, true);
        break;
    }
    case StampProfile::Agency: {
        double textLeft = 5;
        if (!o.imagePng.isEmpty()) {
            const QRectF seal(2, 2, h - 4, h - 4);
            image(doc, p, o.imagePng, seal);
            textLeft = seal.right() + 3;
        }
        border(p, kRed, w, h, 0.8);
        p.SetColor(kRed[0], kRed[1], kRed[2]);
        // Only the lines that have something to say.
        QStringList lines;
        const QString by = !o.text.signedBy.isEmpty() ? o.text.signedBy : o.text.organisation;
        if (!by.isEmpty())
            lines << QStringLiteral("Ký bởi: ") + by;
        if (!o.text.email.isEmpty())
            lines << QStringLiteral("Email: ") + o.text.email;
        if (!o.text.organisation.isEmpty())
            lines << QStringLiteral("Cơ quan: ") + o.text.organisation;
        lines << QStringLiteral("Thời gian ký: ") + time;
        const Block b = fit(font, lines, w - textLeft - 4, h - 5, 7.5);
        draw(p, font, b, textLeft, h - 2.5 - (h - 5 - b.height()) / 2, 0, false);
        break;
    }
    case StampProfile::Attachment: {
        p.SetColor(0, 0, 0);
        QStringList lines;
        if (!o.text.notation.isEmpty())
            lines << o.text.notation;
        lines << time;
        const Block b = fit(font, lines, w - 8, h - 4, 10);
        draw(p, font, b, 4, h - 2 - (h - 4 - b.height()) / 2, 0, false);
        break;
    }
    case StampProfile::Invisible:
        break;
    }
    p.FinishPage();
}

namespace {

// Rows of a page rendered at one pixel per point that have ink between x0 and x1.
bool inked(const QImage &page, int row, int x0, int x1)
{
    if (row < 0 || row >= page.height())
        return false;
    x0 = std::max(0, x0);
    x1 = std::min(page.width() - 1, x1);
    const auto *line = reinterpret_cast<const QRgb *>(page.constScanLine(row));
    for (int x = x0; x <= x1; ++x) {
        if (qGray(line[x]) < 170 && qAlpha(line[x]) > 0)
            return true;
    }
    return false;
}

// The last match of `text` on the page (the signature block closes the text), in visible
// coordinates.
std::optional<QRectF> lastMatch(QPdfDocument &doc, int index, const PageGeometry &g,
                                const QString &text)
{
    if (text.trimmed().isEmpty())
        return std::nullopt;
    const QList<QRectF> found = detail::matchesOnPage(doc, index, g, text.trimmed());
    if (found.isEmpty())
        return std::nullopt;
    // The lowest on the page (the first of those as low).
    const auto lowest = std::find_if(found.cbegin(), found.cend(), [&found](const QRectF &r) {
        return r.top() == found.last().top();
    });
    return *lowest;
}

// The leader's place: the blank between the title and the printed name of the signature
// block, found from the name (above it) or else from the title (below it, down to the name's
// line).
std::optional<QRectF> signatureSpace(QPdfDocument &doc, int index, const PageGeometry &g,
                                     const StampText &text, const QImage &page)
{
    // Pages whose crop box does not start at the origin are not searched (QtPdf's coordinates
    // for them are not certain).
    if (!qFuzzyIsNull(g.box.left()) || !qFuzzyIsNull(g.box.top()))
        return std::nullopt;
    const QSizeF size = g.visibleSize();
    const auto row = [&](double y) { return int(size.height() - y - 1); };
    const auto columns = [&](const QRectF &anchor) {
        const double width = std::min(std::clamp(anchor.width() + 60, 140.0, 230.0), size.width());
        return std::pair{
            std::clamp(anchor.center().x() - width / 2, 0.0, std::max(0.0, size.width() - width)),
            width};
    };
    // Leaves the anchor's own ink (diacritics reach past the letters' boxes), then walks the
    // blank to the next printed line, at most 110 pt.
    const auto walk = [&](const QRectF &anchor, double from, int step, int x0, int x1,
                          bool *reached) {
        double y = anchor.center().y();
        while (y > 1 && y < size.height() - 2 && inked(page, row(y), x0, x1))
            y += step;
        const double start = (step > 0 ? std::max(y, from) : std::min(y, from)) + 2 * step;
        y = start;
        while (std::abs(y - start) < 110 && y > 1 && y < size.height() - 2 &&
               !inked(page, row(y), x0, x1))
            y += step;
        *reached = inked(page, row(y), x0, x1);
        return std::pair{start, y - 2 * step};
    };
    if (const auto name = lastMatch(doc, index, g, text.signerName)) {
        const auto [left, width] = columns(*name);
        bool reached = false;
        const auto [bottom, top] =
            walk(*name, name->bottom(), +1, int(left), int(left + width), &reached);
        // Only with a printed line (the title) above: else the name is just in the text.
        if (reached && top - bottom >= 26)
            return QRectF(left, bottom, width, top - bottom);
    }
    for (const QString &title : {text.signerTitle.toUpper(), text.signerTitle}) {
        const auto found = lastMatch(doc, index, g, title);
        if (!found)
            continue;
        const auto [left, width] = columns(*found);
        bool reached = false;
        const auto [top, bottom] =
            walk(*found, found->top(), -1, int(left), int(left + width), &reached);
        // Only with a printed name below: else this is not a signature block.
        if (reached && top - bottom >= 26)
            return QRectF(left, bottom, width, top - bottom);
        break;
    }
    return std::nullopt;
}

// The agency's and the attachment's place: at the top right, in the blank of the top margin
// (made lower, down to 30 pt, when the margin is narrow); with no such room there, the first
// blank band below the top lines that takes the whole stamp (within the page's top third).
QRectF topRightSpace(const QRectF &wanted, const QSizeF &size, const QImage &page)
{
    if (page.isNull())
        return wanted;
    const int x0 = int(wanted.left()), x1 = int(wanted.right());
    const int first = 6; // points from the top edge: printers do not print the first millimetres
    const double lowest = std::min(wanted.height(), 30.0);
    const int limit = int(size.height()) / 3;
    QRectF r = wanted;
    const auto at = [&](int top, double height) {
        r.setHeight(height);
        r.moveTop(size.height() - top - height);
        return r;
    };
    int start = first;
    for (int row = first; row <= limit; ++row) {
        if (row < limit && !inked(page, row, x0, x1))
            continue;
        // A blank band from `start` to `row` (exclusive): 2 pt kept from the ink on each side.
        const double room = row - start - (start == first ? 2 : 4);
        if (start == first && room >= lowest)
            return at(first, std::min(room, wanted.height()));
        if (start != first && room >= wanted.height())
            return at(start + 2, wanted.height());
        start = row + 1;
    }
    return at(first, lowest); // no room anywhere: on the margin, as small as it reads
}

} // namespace

QList<QRectF> occupiedOn(PdfPage &page, const PageGeometry &g)
{
    QList<QRectF> rects;
    for (int i = 0; i < page.GetNumAnnots(); ++i) {
        const PdfRect r = page.GetAnnotation(i)->GetRect();
        const QPointF a = g.toVisible(QPointF(r.GetLeft(), r.GetBottom()));
        const QPointF b =
            g.toVisible(QPointF(r.GetLeft() + r.GetWidth(), r.GetBottom() + r.GetHeight()));
        const QRectF visible = QRectF(a, b).normalized();
        if (visible.width() > 1 && visible.height() > 1)
            rects << visible;
    }
    return rects;
}

StampPlace placeOnPage(const QString &pdf, int page, const PageGeometry &g, const SignOptions &o,
                       const QList<QRectF> &occupied)
{
    StampPlace place;
    place.page = page;
    place.pageSize = g.visibleSize();
    place.rect = defaultStampRect(o.profile, place.pageSize);
    if (o.profile == StampProfile::Invisible)
        return place;
    QPdfDocument doc;
    doc.load(pdf);
    const int index = page - 1;
    if (doc.status() != QPdfDocument::Status::Ready || index < 0 || index >= doc.pageCount())
        return place;
    if (o.profile == StampProfile::Leader) {
        // No signer's name or title in the page's text (a scan, another page): no block to
        // look for, and no page to render.
        const QString text = doc.getAllText(index).text();
        const auto has = [&](const QString &words) {
            return !words.trimmed().isEmpty() &&
                   text.contains(words.trimmed(), Qt::CaseInsensitive);
        };
        if (!has(o.text.signerName) && !has(o.text.signerTitle))
            return place;
    }
    const QSize pixels = place.pageSize.toSize();
    QImage rendered = doc.render(index, pixels).convertToFormat(QImage::Format_ARGB32);
    // Earlier stamps count as ink: a new one never lands on them.
    for (const QRectF &r : occupied) {
        for (int y = std::max(0, int(place.pageSize.height() - r.bottom()));
             y < std::min(rendered.height(), int(place.pageSize.height() - r.top()) + 1); ++y) {
            auto *line = reinterpret_cast<QRgb *>(rendered.scanLine(y));
            for (int x = std::max(0, int(r.left()));
                 x < std::min(rendered.width(), int(r.right()) + 1); ++x)
                line[x] = qRgb(0, 0, 0);
        }
    }
    switch (o.profile) {
    case StampProfile::Leader:
        if (auto space = signatureSpace(doc, index, g, o.text, rendered)) {
            place.rect = *space;
            place.namesOnPage = true;
        }
        break;
    case StampProfile::Agency:
    case StampProfile::Attachment:
        place.rect = topRightSpace(place.rect, place.pageSize, rendered);
        break;
    case StampProfile::Invisible:
        break;
    }
    qCDebug(lcStamp) << "stamp on page" << page << place.rect << "names on page"
                     << place.namesOnPage;
    return place;
}

} // namespace detail

Result<StampPlace> placeStamp(const QString &pdf, const SignOptions &o)
{
    try {
        PdfError::EnableDebug(false);
        PdfError::EnableLogging(false);
        PdfMemDocument doc;
        doc.Load(QFile::encodeName(pdf).constData());
        const int pages = doc.GetPageCount();
        if (pages < 1)
            return Error{ErrorCode::InvalidArgument, StampTr::tr("The PDF has no pages.")};
        const int page = o.page > 0 ? std::min(o.page, pages) : defaultStampPage(o.profile, pages);
        PdfPage *shown = doc.GetPage(page - 1);
        const PageGeometry g = detail::geometryOf(*shown);
        return detail::placeOnPage(pdf, page, g, o, detail::occupiedOn(*shown, g));
    } catch (const PdfError &e) {
        qCWarning(lcStamp) << "PoDoFo:" << PdfError::ErrorName(e.GetError());
        return Error{ErrorCode::InvalidArgument,
                     StampTr::tr("The PDF cannot be read; the stamp cannot be placed.")};
    }
}

Result<QByteArray> stampAppearancePdf(const SignOptions &o, const QSizeF &size, bool namesOnPage)
{
    try {
        PdfMemDocument doc;
        PdfPage *page = doc.CreatePage(PdfRect(0, 0, size.width(), size.height()));
        detail::drawStamp(doc, *page, size, o, namesOnPage);
        PdfRefCountedBuffer buffer;
        PdfOutputDevice device(&buffer);
        doc.Write(&device);
        return QByteArray(buffer.GetBuffer(), qsizetype(device.GetLength()));
    } catch (const PdfError &e) {
        qCWarning(lcStamp) << "PoDoFo:" << PdfError::ErrorName(e.GetError());
        return Error{ErrorCode::InvalidArgument,
                     e.GetError() == ePdfError_UnsupportedImageFormat
                         ? StampTr::tr("The signature image \"%1\" cannot be read: give a PNG "
                                       "file.")
                               .arg(QFileInfo(o.imagePng).fileName())
                         : StampTr::tr("The stamp cannot be drawn.")};
    }
}

} // namespace lt::pdf
