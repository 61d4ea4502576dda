#pragma once

#include "core/pdf/pdfsigner.h"
#include "core/result.h"

#include <QByteArray>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <array>

namespace lt::pdf {

// The page as a reader sees it: its crop box (within the media box, both in user space) turned
// by /Rotate. Stamps are placed in visible coordinates (points from the visible page's
// bottom-left corner, upright) and converted to user space here.
struct PageGeometry
{
    QRectF box;     // the visible area in user space
    int rotate = 0; // 0, 90, 180 or 270, clockwise as the page is shown

    QSizeF visibleSize() const;
    // A rectangle of the visible page in user space (for the widget's /Rect).
    QRectF toUser(const QRectF &visible) const;
    // A point of user space on the visible page.
    QPointF toVisible(const QPointF &user) const;
    // The appearance's /Matrix: it turns the upright drawing with the page, so that it is
    // upright where the page is shown turned.
    std::array<double, 6> appearanceMatrix() const;
};

// Where a stamp goes when no place is given, found on the page itself:
// - the leader's: between the signer's title and printed name when the page's signature
//   block has them (Decree 30, Annex I), else the profile's default place;
// - the agency's and the attachment's: the top right of the page, moved down or made lower so
//   that they lie on no printed line.
struct StampPlace
{
    int page = 0; // 1-based
    QRectF rect;  // visible coordinates
    QSizeF pageSize;
    // The page prints the signer's title and name around the place: the leader's stamp then
    // shows only the signature (image, time), not the names a second time.
    bool namesOnPage = false;
};
Result<StampPlace> placeStamp(const QString &pdf, const SignOptions &options);

// The stamp's words completed from the signing certificate where the options leave them
// empty: the name from its CN, the organisation from O, the e-mail from its address.
StampText completedText(const StampText &text, const QByteArray &certificateDer);

// The exact appearance a signature will write, alone on a page of `size` points (the dialog's
// preview renders it).
Result<QByteArray> stampAppearancePdf(const SignOptions &options, const QSizeF &size,
                                      bool namesOnPage);

} // namespace lt::pdf
