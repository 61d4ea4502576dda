#pragma once

// PDFs made byte by byte for the tests, and what independent tools (poppler's pdftotext and
// pdftoppm) see in them.

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <functional>

namespace lt::test {

// One page with `content` (Helvetica as /F1) and page entries such as "/Rotate 90" or
// "/CropBox [50 50 500 700]"; `catalogEntries` go into the catalogue (e.g. an AcroForm).
// Further objects, numbered from 6, are `extraObjects` (each "<< … >>" or a stream). The
// cross-reference table is exact.
QByteArray handMadePdf(const QString &pageEntries, const QByteArray &content,
                       const QString &catalogEntries = {},
                       const QList<QByteArray> &extraObjects = {});
bool writeFile(const QString &path, const QByteArray &bytes);

// A program run to its end (two minutes at most) with `input` on its standard input: its exit
// code (-1: it crashed, was killed or did not end) and what it wrote.
struct Run
{
    int code = -1;
    QString out;
    QString err;
};
Run run(const QString &program, const QStringList &args, const QByteArray &input = {});
QByteArray readFile(const QString &path);

// A word as pdftotext -bbox places it: points from the top-left of the page as shown.
struct Word
{
    QString text;
    QRectF box;
};
QList<Word> wordsOnPage(const QString &pdf, int page);
// The size of the page as shown, in points (pdfinfo).
QSizeF shownPageSize(const QString &pdf, int page);

// The page as pdftoppm renders it, at `dpi` (72: one pixel per point); optionally only the
// area `crop` (pixels).
QImage renderedPage(const QString &pdf, int page, int dpi, const QRect &crop = {});
// The smallest rectangle holding every pixel for which `match` holds.
QRect boundingBoxOf(const QImage &image, const std::function<bool(QRgb)> &match);
bool isRed(QRgb pixel);
bool isBlue(QRgb pixel);

// A draft laid out after Decree 30, Annex I, as Qt's PDF writer makes it (Liberation Serif,
// which has the widths of Times New Roman): the header, "Số:    /NOTATION" and
// "PLACE, ngày    tháng    năm YEAR" (or `dateLine` as given), a title and some text, the
// signer's block. Needs a QGuiApplication.
struct DraftLayout
{
    QString notation = QStringLiteral("KH-UBND");
    QString dateLine = QStringLiteral("Thử Nghiệm, ngày      tháng      năm 2026");
    int size = 13;            // points
    bool textAsImage = false; // a scan: the page is a picture, no text
};
bool makeDraft(const QString &path, const DraftLayout &layout = {});

} // namespace lt::test
