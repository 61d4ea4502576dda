// The number and date written into a document as the agency issues it (Decree 30/2020,
// Annex I: "Số: 05/KH-UBND" and "Thử Nghiệm, ngày 05 tháng 3 năm 2026" under the header).
#include "core/pdf/issuemark_p.h"

#include "core/pdf/stamp_p.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QPdfDocument>
#include <QPdfLink>
#include <QPdfSearchModel>

#include <algorithm>

namespace lt::pdf::detail {

using namespace PoDoFo;

namespace {

struct IssueTr
{
    Q_DECLARE_TR_FUNCTIONS(lt::pdf::Signer)
};

constexpr double kDescent = 0.216;   // Liberation Serif, per point of size
constexpr double kLineHeight = 1.15; // a mark's box per point of its size

QRectF visibleOf(const PageGeometry &g, const QRectF &user)
{
    return QRectF(g.toVisible(user.topLeft()), g.toVisible(user.bottomRight())).normalized();
}

// The page in which the text reads left to right: the page as shown, or, when the text runs
// across it (a portrait page turned by /Rotate), the page unturned.
struct Frame
{
    PageGeometry shown;
    PageGeometry geometry; // the frame's: `shown`, or the same box unturned
    QRectF fromShown(const QRectF &v) const
    {
        return geometry.rotate == shown.rotate ? v : visibleOf(geometry, shown.toUser(v));
    }
    QRectF toShown(const QRectF &f) const
    {
        return geometry.rotate == shown.rotate ? f : visibleOf(shown, geometry.toUser(f));
    }
};

bool sameLine(const QRectF &a, const QRectF &b)
{
    return std::abs(a.center().y() - b.center().y()) < std::max(a.height(), b.height()) * 0.5;
}

// Printed matter in `box` (visible coordinates; the page rendered at one pixel per point),
// leaving a point at each side.
bool inked(const QImage &page, const QRectF &box)
{
    const QRectF line = box;
    const double x0 = box.left() + 1, x1 = box.right() - 1;
    const int top = std::max(0, int(page.height() - line.bottom()) + 1);
    const int bottom = std::min(page.height() - 1, int(page.height() - line.top()) - 1);
    const int left = std::max(0, int(x0) + 1);
    const int right = std::min(page.width() - 1, int(x1) - 1);
    for (int y = top; y <= bottom; ++y) {
        const auto *row = reinterpret_cast<const QRgb *>(page.constScanLine(y));
        for (int x = left; x <= right; ++x) {
            if (qGray(row[x]) < 160)
                return true;
        }
    }
    return false;
}

// The size of the text of a search hit, from its width: Times New Roman, which Decree 30
// prescribes, has the widths of Liberation Serif.
double sizeOf(const QRectF &hit, const QString &word, const WidthAtOnePoint &width)
{
    const double one = width(word);
    return std::clamp(one > 0 ? hit.width() / one : 13.0, 8.0, 20.0);
}

// The box of a mark from x0 to x1 on a line of `size` points whose baseline is at `baseline`
// (visible coordinates).
QRectF lineBox(double x0, double x1, double baseline, double size)
{
    return QRectF(x0, baseline - kDescent * size, std::max(0.0, x1 - x0), kLineHeight * size);
}

// Days below 10 and the months January and February take a leading zero (Annex I, II.4.b).
QString dayText(const QDate &d)
{
    return QStringLiteral("%1").arg(d.day(), 2, 10, QLatin1Char('0'));
}
QString monthText(const QDate &d)
{
    return QStringLiteral("%1").arg(d.month(), d.month() < 3 ? 2 : 1, 10, QLatin1Char('0'));
}

// Names `reference` as `name` in the page's /XObject resources.
void addXObject(PdfMemDocument &doc, PdfPage &page, const PdfName &name,
                const PdfReference &reference)
{
    PdfObject *resources = page.GetResources();
    if (!resources) {
        page.GetObject()->GetDictionary().AddKey(PdfName("Resources"), PdfDictionary());
        resources = page.GetObject()->GetDictionary().GetKey(PdfName("Resources"));
    }
    PdfObject *xobjects = resources->GetDictionary().GetKey(PdfName("XObject"));
    if (xobjects && xobjects->IsReference())
        xobjects = doc.GetObjects().GetObject(xobjects->GetReference());
    if (!xobjects || !xobjects->IsDictionary()) {
        resources->GetDictionary().AddKey(PdfName("XObject"), PdfDictionary());
        xobjects = resources->GetDictionary().GetKey(PdfName("XObject"));
    }
    xobjects->GetDictionary().AddKey(name, reference);
}

} // namespace

Result<IssuePlan> issueMarksOn(const QString &pdf, const PageGeometry &g, const IssueMark &m,
                               const WidthAtOnePoint &width)
{
    QList<MarkText> marks;
    const QString number = QStringLiteral("%1").arg(m.number, 2, 10, QLatin1Char('0'));
    QPdfDocument doc;
    doc.load(pdf);
    const bool readable = doc.status() == QPdfDocument::Status::Ready && doc.pageCount() > 0;
    QImage rendered;
    if (readable)
        rendered = doc.render(0, g.visibleSize().toSize()).convertToFormat(QImage::Format_ARGB32);
    // The frame the text reads in, from the "Số:" it prints.
    Frame frame{g, g};
    const QList<QRectF> soShown =
        readable ? detail::matchesOnPage(doc, 0, g, QStringLiteral("Số:")) : QList<QRectF>();
    if (!soShown.isEmpty() && soShown.first().height() > soShown.first().width() && g.rotate != 0)
        frame.geometry = PageGeometry{g.box, 0};
    const auto found = [&](const QString &text) {
        QList<QRectF> list;
        if (!readable)
            return list;
        for (const QRectF &r : detail::matchesOnPage(doc, 0, g, text))
            list << frame.fromShown(r);
        std::sort(list.begin(), list.end(),
                  [](const QRectF &x, const QRectF &y) { return x.top() > y.top(); });
        return list;
    };
    const auto inkIn = [&](const QRectF &box) { return inked(rendered, frame.toShown(box)); };
    const QSizeF shown = frame.geometry.visibleSize();
    // Only the head of the page (its upper half) holds these lines.
    const auto inHead = [&shown](const QRectF &r) { return r.top() > shown.height() * 0.5; };

    // --- the number: before "/notation" on the "Số:" line ---
    const double placed = m.placedSize;
    const auto at = [&](const QPointF &p, const QString &digits) {
        // As wide as the digits: nothing around them is covered.
        return MarkText{
            lineBox(p.x(), p.x() + placed * 0.5 * double(digits.size() + 1), p.y(), placed), digits,
            false, Qt::AlignLeft, placed};
    };
    if (m.numberAt) {
        marks << at(*m.numberAt, number);
    } else {
        std::optional<QRectF> so;
        for (const QRectF &r : found(QStringLiteral("Số:"))) {
            if (inHead(r)) {
                so = r;
                break;
            }
        }
        if (!so) {
            return Error{ErrorCode::InvalidArgument,
                         IssueTr::tr("The \"Số:\" line was not found on page 1, so the number "
                                     "cannot be written into the document. Give its place "
                                     "(for a scanned page), or issue a document whose text "
                                     "can be read.")};
        }
        const double size = sizeOf(*so, QStringLiteral("Số:"), width);
        const double baseline = so->top(); // "Số:" has nothing below its baseline
        std::optional<QRectF> slash;
        for (const QRectF &r : found(u'/' + m.notation)) {
            if (sameLine(r, *so) && r.left() > so->right()) {
                slash = r;
                break;
            }
        }
        if (slash) {
            // The longer "/notation" tells the size better.
            const double size = sizeOf(*slash, u'/' + m.notation, width);
            // In the blank between "Số:" and "/notation", against the slash.
            const QRectF gap = lineBox(so->right() + 1, slash->left() - 0.8, baseline, size);
            const bool printed = inkIn(gap.adjusted(1, 0, -1, 0));
            marks << MarkText{gap, number, printed, Qt::AlignRight, size};
        } else {
            // No notation printed after it: the whole "05/KH-UBND".
            const QRectF after =
                lineBox(so->right() + size * 0.3, so->right() + size * 12, baseline, size);
            marks << MarkText{after, number + u'/' + m.notation, false, Qt::AlignLeft, size};
        }
    }

    // --- the date: "…, ngày … tháng … năm …" ---
    if (m.dayAt && m.monthAt) {
        marks << at(*m.dayAt, dayText(m.date)) << at(*m.monthAt, monthText(m.date));
        if (m.yearAt)
            marks << at(*m.yearAt, QString::number(m.date.year()));
        return IssuePlan{frame.geometry, marks};
    }
    const QList<QRectF> days = found(QStringLiteral("ngày"));
    const QList<QRectF> months = found(QStringLiteral("tháng"));
    const QList<QRectF> years = found(QStringLiteral("năm"));
    for (const QRectF &day : days) {
        if (!inHead(day))
            continue;
        const auto month = std::find_if(months.cbegin(), months.cend(), [&](const QRectF &r) {
            return sameLine(r, day) && r.left() > day.right();
        });
        if (month == months.cend())
            continue;
        const auto year = std::find_if(years.cbegin(), years.cend(), [&](const QRectF &r) {
            return sameLine(r, day) && r.left() > month->right();
        });
        if (year == years.cend())
            continue;
        const double size = sizeOf(*year, QStringLiteral("năm"), width);
        const double baseline = year->top(); // "năm" has nothing below its baseline
        const QRectF dayGap = lineBox(day.right() + 0.5, month->left() - 0.5, baseline, size);
        const QRectF monthGap = lineBox(month->right() + 0.5, year->left() - 0.5, baseline, size);
        marks << MarkText{dayGap, dayText(m.date), inkIn(dayGap.adjusted(1, 0, -1, 0)),
                          Qt::AlignHCenter, size};
        marks << MarkText{monthGap, monthText(m.date), inkIn(monthGap.adjusted(1, 0, -1, 0)),
                          Qt::AlignHCenter, size};
        // The year: written when the line leaves it blank, replaced when it prints another.
        const QRectF yearGap =
            lineBox(year->right() + size * 0.25, year->right() + size * 2.6, baseline, size);
        const bool yearPrinted = inkIn(yearGap.adjusted(-1, 0, 1, 0));
        bool sameYear = false;
        for (const QRectF &r : found(QString::number(m.date.year()))) {
            sameYear = sameYear || (sameLine(r, day) && r.left() > year->right() &&
                                    r.left() < year->right() + size * 2);
        }
        if (!sameYear)
            marks << MarkText{yearGap, QString::number(m.date.year()), yearPrinted, Qt::AlignLeft,
                              size};
        return IssuePlan{frame.geometry, marks};
    }
    return Error{ErrorCode::InvalidArgument,
                 IssueTr::tr("The line \"…, ngày … tháng … năm …\" was not found on page 1, so "
                             "the date cannot be written into the document. Give its place (for "
                             "a scanned page), or issue a document whose text can be read.")};
}

void paintMarks(PdfMemDocument &doc, PdfPage &page, const IssuePlan &plan)
{
    const PageGeometry &g = plan.frame;
    const QList<MarkText> &marks = plan.marks;
    if (marks.isEmpty())
        return;
    PdfFont *font = stampFont(doc);
    // Drawn after the page's own content, which is wrapped in q … Q: a graphics state it
    // leaves changed (Qt's PDFs end with their y axis turned down) cannot move the marks.
    QByteArray content("Q\n");
    const auto m = g.appearanceMatrix();
    for (const MarkText &mark : marks) {
        const QRectF user = g.toUser(mark.box);
        PdfXObject form(PdfRect(0, 0, mark.box.width(), mark.box.height()), &doc, "LtIssue");
        PdfArray matrix;
        for (double v : m)
            matrix.push_back(PdfVariant(v));
        form.GetObject()->GetDictionary().AddKey(PdfName("Matrix"), matrix);
        {
            PdfPainter p;
            p.SetPage(&form);
            if (mark.cover) {
                p.SetColor(1, 1, 1);
                p.Rectangle(0, 0, mark.box.width(), mark.box.height());
                p.Fill();
            }
            p.SetColor(0, 0, 0);
            font->SetFontSize(float(mark.size));
            p.SetFont(font);
            const double width = font->GetFontMetrics()->StringWidth(pdfText(mark.text));
            double x = 0;
            if (mark.align & Qt::AlignRight)
                x = mark.box.width() - width;
            else if (mark.align & Qt::AlignHCenter)
                x = (mark.box.width() - width) / 2;
            p.DrawText(x, mark.size * kDescent, pdfText(mark.text));
            p.FinishPage();
        }
        // The form's box turned by its matrix lands with its lower left corner here.
        double minX = 0, minY = 0;
        for (const auto &[x, y] :
             {std::pair{0.0, 0.0}, std::pair{mark.box.width(), 0.0},
              std::pair{0.0, mark.box.height()}, std::pair{mark.box.width(), mark.box.height()}}) {
            minX = std::min(minX, m[0] * x + m[2] * y);
            minY = std::min(minY, m[1] * x + m[3] * y);
        }
        addXObject(doc, page, form.GetIdentifier(), form.GetObject()->Reference());
        content += QStringLiteral("q 1 0 0 1 %1 %2 cm /%3 Do Q\n")
                       .arg(user.left() - minX, 0, 'f', 3)
                       .arg(user.top() - minY, 0, 'f', 3)
                       .arg(QString::fromLatin1(form.GetIdentifier().GetName().c_str()))
                       .toLatin1();
    }
    PdfObject *open = doc.GetObjects().CreateObject();
    open->GetStream()->Set("q\n", 2);
    PdfObject *marksStream = doc.GetObjects().CreateObject();
    marksStream->GetStream()->Set(content.constData(), content.size());
    PdfArray contents;
    contents.push_back(open->Reference());
    PdfDictionary &pageDict = page.GetObject()->GetDictionary();
    if (PdfObject *before = pageDict.GetKey(PdfName("Contents"))) {
        const PdfObject *resolved =
            before->IsReference() ? doc.GetObjects().GetObject(before->GetReference()) : before;
        if (resolved && resolved->IsArray()) {
            for (const PdfObject &x : resolved->GetArray())
                contents.push_back(x);
        } else {
            contents.push_back(*before);
        }
    }
    contents.push_back(marksStream->Reference());
    pageDict.AddKey(PdfName("Contents"), contents);
}

} // namespace lt::pdf::detail
