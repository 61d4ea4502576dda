#include "server/demopdf.h"

#include <QBuffer>
#include <QFont>
#include <QFontMetrics>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextLayout>

namespace lt::server {

namespace {
constexpr int kDpi = 72;   // 1 unit = 1 pt
constexpr int kLeft = 85;  // 30 mm
constexpr int kRight = 57; // 20 mm
constexpr int kTop = 57;
constexpr int kBottom = 57;
constexpr int kWidth = 595; // A4
constexpr int kHeight = 842;
} // namespace

QByteArray renderDemoPdf(const DemoPage &page)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(kDpi);
        writer.setCreator(QStringLiteral("LienThong demo"));
        writer.setTitle(page.subject.left(120));
        QPainter p(&writer);
        QFont regular(QStringLiteral("Liberation Serif"));
        regular.setPixelSize(13);
        QFont bold = regular;
        bold.setBold(true);
        const int textWidth = kWidth - kLeft - kRight;
        int y = kTop;

        // Header: issuer on the left, the national motto on the right.
        const QRect left(kLeft - 30, y, 230, 60);
        const QRect right(kLeft + 200, y, 300, 60);
        p.setFont(regular);
        p.drawText(left, Qt::AlignHCenter | Qt::AlignTop, page.issuerParent);
        p.setFont(bold);
        p.drawText(left.translated(0, 16), Qt::AlignHCenter | Qt::AlignTop, page.issuer);
        p.drawText(right, Qt::AlignHCenter | Qt::AlignTop,
                   QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
        p.drawText(right.translated(0, 16), Qt::AlignHCenter | Qt::AlignTop,
                   QStringLiteral("Độc lập - Tự do - Hạnh phúc"));
        p.setFont(regular);
        p.drawText(left.translated(0, 40), Qt::AlignHCenter | Qt::AlignTop, page.numberLine);
        QFont italic = regular;
        italic.setItalic(true);
        p.setFont(italic);
        p.drawText(right.translated(0, 40), Qt::AlignHCenter | Qt::AlignTop, page.placeDate);
        y += 90;

        p.setFont(bold);
        p.drawText(QRect(kLeft, y, textWidth, 20), Qt::AlignHCenter, page.title);
        y += 20;
        p.drawText(QRect(kLeft, y, textWidth, 60), Qt::AlignHCenter | Qt::TextWordWrap,
                   page.subject);
        y += p.fontMetrics()
                 .boundingRect(QRect(0, 0, textWidth, 1000), Qt::TextWordWrap, page.subject)
                 .height() +
             18;

        // Body: paragraphs laid out line by line, flowing over pages.
        p.setFont(regular);
        const QFontMetrics fm(regular, &writer);
        const int lineHeight = fm.lineSpacing() + 3;
        for (const QString &paragraph : page.paragraphs) {
            QTextLayout layout(paragraph, regular, &writer);
            layout.beginLayout();
            for (bool first = true;; first = false) {
                QTextLine line = layout.createLine();
                if (!line.isValid())
                    break;
                const int indent = first ? 28 : 0;
                line.setLineWidth(textWidth - indent);
                line.setPosition(QPointF(indent, 0));
            }
            layout.endLayout();
            for (int i = 0; i < layout.lineCount(); ++i) {
                if (y + lineHeight > kHeight - kBottom) {
                    writer.newPage();
                    y = kTop;
                }
                layout.lineAt(i).draw(&p, QPointF(kLeft, y));
                y += lineHeight;
            }
            y += 4;
        }

        // Signature block.
        if (y + 110 > kHeight - kBottom) {
            writer.newPage();
            y = kTop;
        }
        y += 16;
        const QRect sign(kLeft + textWidth / 2, y, textWidth / 2, 110);
        p.setFont(bold);
        p.drawText(sign, Qt::AlignHCenter | Qt::AlignTop, page.signerTitle);
        p.drawText(sign.adjusted(0, 90, 0, 0), Qt::AlignHCenter | Qt::AlignTop, page.signerName);
        p.end();
    }
    // Qt stamps the current time into /CreationDate: replace it with the document's date so
    // that the same seed gives the same bytes.
    QByteArray pdf = buffer.data();
    static const QRegularExpression date(QStringLiteral("/CreationDate \\(D:(\\d{14})"));
    const auto m = date.match(QString::fromLatin1(pdf));
    if (m.hasMatch()) {
        const QByteArray fixed =
            page.date.toString(QStringLiteral("yyyyMMdd")).toLatin1() + "080000";
        pdf.replace(m.capturedStart(1), 14, fixed);
    }
    return pdf;
}

} // namespace lt::server
