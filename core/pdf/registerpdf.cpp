#include "core/pdf/registerpdf.h"

#include "core/pdf/stamp_p.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QSaveFile>

#include <podofo/podofo.h>

#include <algorithm>

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

// The lines of each cell of a row at the font's current size; a word longer than the column
// is broken where it overflows.
QList<Cell> layoutRow(PdfFont *font, const QStringList &cells, const QList<double> &widths)
{
    QList<Cell> out;
    for (qsizetype c = 0; c < widths.size(); ++c) {
        Cell cell;
        const double room = widths.at(c) - 2 * kPad;
        for (const QString &paragraph : cells.value(c).split(u'\n')) {
            for (QString line : detail::wrap(font, paragraph, room)) {
                while (line.size() > 1 && detail::widthOf(font, line) > room) {
                    qsizetype cut = line.size() - 1;
                    while (cut > 1 && detail::widthOf(font, line.left(cut)) > room)
                        --cut;
                    cell.lines << line.left(cut);
                    line = line.mid(cut);
                }
                cell.lines << line;
            }
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
        bold->SetFontSize(float(kHeadSize));
        const QList<Cell> head = layoutRow(bold, book.columns, widths);
        const double headH = heightOf(head, kHeadSize);
        regular->SetFontSize(float(kSize));
        const QList<Cell> numberRow = layoutRow(regular, numbers, widths);
        const double numberH = heightOf(numberRow, kSize);
        const double bottom = kMargin + 14; // the page number below
        QList<int> pages; // by index: PoDoFo's page objects do not outlive its page cache
        qsizetype next = 0;
        do {
            PdfPage *page = doc.CreatePage(a4);
            pages << doc.GetPageCount() - 1;
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
            bool placed = false;
            while (next < book.rows.size()) {
                regular->SetFontSize(float(kSize));
                const QList<Cell> row = layoutRow(regular, book.rows.at(next), widths);
                const double h = heightOf(row, kSize);
                // A row taller than a whole page still goes on one (it is cut there).
                if (top - h < bottom && placed)
                    break;
                drawRow(p, regular, kSize, row, widths, top, h, false);
                top -= h;
                placed = true;
                ++next;
            }
            p.FinishPage();
        } while (next < book.rows.size());
        // The foot: "Trang 3/120" (the first page is the cover).
        for (qsizetype i = 0; i < pages.size(); ++i) {
            p.SetPage(doc.GetPage(pages.at(i)));
            centredLine(p, regular, 9, book.pageLabel.arg(i + 1).arg(pages.size()), pageW,
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
