#include "core/pdf/registerpdf.h"

#include "core/pdf/stamp_p.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QLoggingCategory>
#include <QSaveFile>

#include <podofo/podofo.h>

#include <algorithm>
#include <tuple>

namespace lt::pdf {

using namespace PoDoFo;

namespace {

Q_LOGGING_CATEGORY(lcRegisterPdf, "lt.pdf.register")

struct RegisterTr
{
    Q_DECLARE_TR_FUNCTIONS(lt::pdf::Register)
};

constexpr double kMargin = 36;  // half an inch
constexpr double kPad = 2.5;    // inside a cell
constexpr double kSize = 9;     // the cells' words
constexpr double kHeadSize = 9; // the titles
constexpr double kLeading = 1.18;
constexpr double kAscent = 0.891; // Liberation Serif

struct Cell
{
    QStringList lines;
};

// Widths of text in one face at one size, from the widths of its characters measured once
// (a year's register is a million cells: measuring each line anew took most of the time).
class Measure
{
public:
    Measure(PdfFont *font, double size)
        : m_font(font)
        , m_size(size)
    {
    }
    double width(const QString &s)
    {
        double w = 0;
        for (const QChar c : s) {
            auto it = m_widths.constFind(c.unicode());
            if (it == m_widths.cend()) {
                m_font->SetFontSize(float(m_size));
                it = m_widths.insert(c.unicode(), detail::widthOf(m_font, QString(c)));
            }
            w += *it;
        }
        return w;
    }

private:
    PdfFont *m_font;
    double m_size;
    QHash<char16_t, double> m_widths;
};

// The lines of each cell of a row; a word longer than the column is broken where it
// overflows.
QList<Cell> layoutRow(Measure &measure, const QStringList &cells, const QList<double> &widths)
{
    QList<Cell> out;
    const double space = measure.width(QStringLiteral(" "));
    for (qsizetype c = 0; c < widths.size(); ++c) {
        Cell cell;
        const double room = widths.at(c) - 2 * kPad;
        // A word too long for the column: cut where it overflows.
        const auto cut = [&](QString word) {
            QString piece;
            double w = 0;
            for (const QChar ch : word) {
                const double cw = measure.width(QString(ch));
                if (!piece.isEmpty() && w + cw > room) {
                    cell.lines << piece;
                    piece.clear();
                    w = 0;
                }
                piece += ch;
                w += cw;
            }
            return std::pair{piece, w};
        };
        for (const QString &paragraph : cells.value(c).split(u'\n')) {
            QString line;
            double lineWidth = 0;
            for (const QString &word : paragraph.split(u' ', Qt::SkipEmptyParts)) {
                const double ww = measure.width(word);
                if (!line.isEmpty() && lineWidth + space + ww <= room) {
                    line += u' ' + word;
                    lineWidth += space + ww;
                    continue;
                }
                if (!line.isEmpty())
                    cell.lines << line;
                if (ww > room) {
                    std::tie(line, lineWidth) = cut(word);
                } else {
                    line = word;
                    lineWidth = ww;
                }
            }
            if (!line.isEmpty() || paragraph.isEmpty())
                cell.lines << line;
        }
        out << cell;
    }
    return out;
}

double heightOf(const QList<Cell> &row, double size)
{
    qsizetype most = 1;
    for (const Cell &c : row)
        most = std::max(most, c.lines.size());
    return most * size * kLeading + 2 * kPad;
}

void drawRow(PdfPainter &p, PdfFont *font, double size, const QList<Cell> &row,
             const QList<double> &widths, double top, double height, bool centred)
{
    font->SetFontSize(float(size));
    p.SetFont(font);
    double x = kMargin;
    for (qsizetype c = 0; c < widths.size(); ++c) {
        p.Rectangle(x, top - height, widths.at(c), height);
        p.Stroke();
        double baseline = top - kPad - size * kAscent;
        for (const QString &line : row.value(c).lines) {
            if (centred)
                p.DrawTextAligned(x + kPad, baseline, widths.at(c) - 2 * kPad,
                                  detail::pdfText(line), ePdfAlignment_Center);
            else
                p.DrawText(x + kPad, baseline, detail::pdfText(line));
            baseline -= size * kLeading;
        }
        x += widths.at(c);
    }
}

void centredLine(PdfPainter &p, PdfFont *font, double size, const QString &text, double width,
                 double baseline)
{
    font->SetFontSize(float(size));
    p.SetFont(font);
    p.DrawTextAligned(0, baseline, width, detail::pdfText(text), ePdfAlignment_Center);
}

} // namespace

Status writeRegisterPdf(const QString &path, const RegisterBook &book)
{
    if (book.columns.isEmpty())
        return Error{ErrorCode::InvalidArgument, RegisterTr::tr("The register has no columns.")};
    PdfRefCountedBuffer buffer;
    try {
        PdfError::EnableDebug(false);
        PdfError::EnableLogging(false);
        PdfMemDocument doc;
        PdfFont *regular = detail::stampFont(doc);
        PdfFont *bold = detail::boldFont(doc);
        if (!regular || !bold)
            return Error{ErrorCode::Io, RegisterTr::tr("No font to print the register with.")};
        const PdfRect a4 = PdfPage::CreateStandardPageSize(ePdfPageSize_A4, true);
        const double pageW = a4.GetWidth();
        const double pageH = a4.GetHeight();
        const double tableW = pageW - 2 * kMargin;
        QList<double> weights = book.weights;
        while (weights.size() < book.columns.size())
            weights << 1.0;
        weights.resize(book.columns.size());
        double sum = 0;
        for (double w : weights)
            sum += w;
        QList<double> widths;
        for (double w : weights)
            widths << tableW * w / sum;

        // The first page: the agency, the register, the year, what it holds.
        PdfPainter p;
        {
            PdfPage *first = doc.CreatePage(a4);
            p.SetPage(first);
            centredLine(p, bold, 13, book.agency.toUpper(), pageW, pageH - 90);
            centredLine(p, bold, 22, book.title, pageW, pageH / 2 + 40);
            centredLine(p, regular, 14, book.yearLabel.arg(book.year), pageW, pageH / 2);
            if (!book.fromNumber.isEmpty())
                centredLine(p, regular, 13, book.numbersLabel.arg(book.fromNumber, book.toNumber),
                            pageW, pageH / 2 - 40);
            if (!book.fromDate.isEmpty())
                centredLine(p, regular, 13, book.datesLabel.arg(book.fromDate, book.toDate), pageW,
                            pageH / 2 - 62);
            p.FinishPage();
        }

        // The table, page after page, its head on each.
        QStringList numbers;
        for (qsizetype c = 0; c < book.columns.size(); ++c)
            numbers << QStringLiteral("(%1)").arg(c + 1);
        Measure boldMeasure(bold, kHeadSize);
        Measure measure(regular, kSize);
        const QList<Cell> head = layoutRow(boldMeasure, book.columns, widths);
        const double headH = heightOf(head, kHeadSize);
        const QList<Cell> numberRow = layoutRow(measure, numbers, widths);
        const double numberH = heightOf(numberRow, kSize);
        const double bottom = kMargin + 14; // the page number below
        const double firstTop = pageH - kMargin - 20 - headH - numberH;
        // First where each page starts (the rows' heights), so that each page says "Trang i/N"
        // as it is drawn: a page is never opened again.
        QList<qsizetype> starts{0};
        {
            double top = firstTop;
            bool placed = false;
            for (qsizetype r = 0; r < book.rows.size(); ++r) {
                const double h = heightOf(layoutRow(measure, book.rows.at(r), widths), kSize);
                // A row taller than a whole page still goes on one (it is cut there).
                if (top - h < bottom && placed) {
                    starts << r;
                    top = firstTop;
                }
                top -= h;
                placed = true;
            }
        }
        for (qsizetype i = 0; i < starts.size(); ++i) {
            PdfPage *page = doc.CreatePage(a4);
            p.SetPage(page);
            p.SetStrokeWidth(0.5);
            double top = pageH - kMargin;
            centredLine(p, bold, 11,
                        book.title + QStringLiteral(" — ") + book.yearLabel.arg(book.year), pageW,
                        top - 11);
            top -= 20;
            drawRow(p, bold, kHeadSize, head, widths, top, headH, true);
            top -= headH;
            drawRow(p, regular, kSize, numberRow, widths, top, numberH, true);
            top -= numberH;
            const qsizetype end = i + 1 < starts.size() ? starts.at(i + 1) : book.rows.size();
            for (qsizetype r = starts.at(i); r < end; ++r) {
                const QList<Cell> row = layoutRow(measure, book.rows.at(r), widths);
                const double h = heightOf(row, kSize);
                drawRow(p, regular, kSize, row, widths, top, h, false);
                top -= h;
            }
            // The foot: "Trang 3/120" (the first page is the cover).
            centredLine(p, regular, 9, book.pageLabel.arg(i + 1).arg(starts.size()), pageW,
                        kMargin - 4);
            p.FinishPage();
        }
        doc.GetInfo()->SetTitle(detail::pdfText(book.title + u' ' + QString::number(book.year)));
        doc.GetInfo()->SetCreator(PdfString("LienThong"));
        PdfOutputDevice device(&buffer);
        doc.Write(&device);
    } catch (const PdfError &e) {
        qCWarning(lcRegisterPdf) << "PoDoFo:" << PdfError::ErrorName(e.GetError());
        return Error{ErrorCode::Io, RegisterTr::tr("The register could not be printed to PDF."),
                     QString::fromLatin1(PdfError::ErrorName(e.GetError()))};
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) ||
        out.write(buffer.GetBuffer(), qint64(buffer.GetSize())) != qint64(buffer.GetSize()) ||
        !out.commit()) {
        return Error{ErrorCode::Io, RegisterTr::tr("\"%1\" cannot be written.").arg(path)};
    }
    return {};
}

} // namespace lt::pdf
