#pragma once

// Inside core/pdf: drawing a stamp with PoDoFo, shared by the signature and its preview.

#include "core/pdf/stamp.h"

#include <podofo/podofo.h>

class QPdfDocument;

namespace lt::pdf::detail {

// The page's geometry as PoDoFo reads it (inherited boxes and rotation included).
PageGeometry geometryOf(const PoDoFo::PdfPage &page);

// Draws the appearance of `options`' stamp, upright, on `canvas` (size.width × size.height
// points from its origin).
void drawStamp(PoDoFo::PdfDocument &doc, PoDoFo::PdfCanvas &canvas, const QSizeF &size,
               const SignOptions &options, bool namesOnPage);

// The stamp's place on page `page` (1-based, visible coordinates) found by looking at the
// page: the text of its signature block, the blank space of its top margin.
// `occupied`: the annotations already on the page (earlier stamps: QtPdf does not draw them).
StampPlace placeOnPage(const QString &pdf, int page, const PageGeometry &geometry,
                       const SignOptions &options, const QList<QRectF> &occupied = {});

// The rectangles of the page's annotations, in visible coordinates.
QList<QRectF> occupiedOn(PoDoFo::PdfPage &page, const PageGeometry &geometry);

// What went wrong while PoDoFo read or wrote `work` from `original`, as the user is told it.
Error readingError(PoDoFo::EPdfError code, const QByteArray &original, const QString &work,
                   const QString &image);

// The face the stamps and the issue marks are written in (Liberation Serif, one embedded
// subset per document).
PoDoFo::PdfFont *stampFont(PoDoFo::PdfDocument &doc);
// The same face, bold (the regular one where no bold is installed).
PoDoFo::PdfFont *boldFont(PoDoFo::PdfDocument &doc);

// The width of `s` at the font's current size, in points.
double widthOf(PoDoFo::PdfFont *font, const QString &s);
// Words laid out in lines no wider than `width` at the font's current size.
QStringList wrap(PoDoFo::PdfFont *font, const QString &paragraph, double width);

// Every match of `text` on page `index` (0-based) found by QtPdf's search, in visible
// coordinates (y up), highest first.
QList<QRectF> matchesOnPage(QPdfDocument &doc, int index, const PageGeometry &geometry,
                            const QString &text);

// A UTF-8 string for PoDoFo.
PoDoFo::PdfString pdfText(const QString &s);

} // namespace lt::pdf::detail
