#pragma once

// Inside core/pdf: the number and date written into a document as it is issued.

#include "core/pdf/stamp.h"

#include <podofo/podofo.h>

#include <QList>

#include <functional>

namespace lt::pdf::detail {

// One thing to write: its words in `box` (visible coordinates, the line's height), over a
// white cover when the place already prints something (an old date).
struct MarkText
{
    QRectF box;
    QString text;
    bool cover = false;
    Qt::Alignment align = Qt::AlignLeft;
    double size = 12; // points
};

// Where the number and the date go on page 1 of `pdf` (the places given in `mark`, or found
// in the page's text); InvalidArgument with the reason when a line is not there.
// The width of a text at one point in the face the marks are written in.
using WidthAtOnePoint = std::function<double(const QString &)>;
// The marks, in the frame the page's text reads in: the page as shown, or the page unturned
// when its text runs across the page as shown.
struct IssuePlan
{
    PageGeometry frame;
    QList<MarkText> marks;
};
Result<IssuePlan> issueMarksOn(const QString &pdf, const PageGeometry &geometry,
                               const IssueMark &mark, const WidthAtOnePoint &width);

// Draws `marks` on `page` in a content stream of their own, appended; the page's earlier
// content is wrapped in q … Q so that its graphics state cannot move them.
void paintMarks(PoDoFo::PdfMemDocument &doc, PoDoFo::PdfPage &page, const IssuePlan &plan);

} // namespace lt::pdf::detail
