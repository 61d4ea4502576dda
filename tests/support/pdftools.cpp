#include "pdftools.h"

#include <QFile>
#include <QFont>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace lt::test {

QByteArray handMadePdf(const QString &pageEntries, const QByteArray &content,
                       const QString &catalogEntries, const QList<QByteArray> &extraObjects)
{
    QList<QByteArray> objects{
        "<< /Type /Catalog /Pages 2 0 R " + catalogEntries.toLatin1() + " >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R " +
            pageEntries.toLatin1() + " >>",
        "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content +
            "\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    };
    objects += extraObjects;
    QByteArray pdf = "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets << pdf.size();
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype at : offsets)
        pdf += QByteArray::number(at).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) +
           " /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

Run run(const QString &program, const QStringList &args, const QByteArray &input)
{
    QProcess p;
    p.start(program, args);
    p.write(input);
    p.closeWriteChannel();
    Run r;
    if (!p.waitForFinished(120'000))
        return r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

namespace {
QString output(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(60'000);
    return QString::fromUtf8(p.readAllStandardOutput());
}
} // namespace

QList<Word> wordsOnPage(const QString &pdf, int page)
{
    const QString html = output(QStringLiteral("pdftotext"),
                                {QStringLiteral("-bbox"), QStringLiteral("-cropbox"),
                                 QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                 QString::number(page), pdf, QStringLiteral("-")});
    static const QRegularExpression word(
        QStringLiteral("<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" "
                       "yMax=\"([\\d.]+)\">([^<]*)</word>"));
    QList<Word> words;
    for (auto it = word.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        const QPointF a(m.captured(1).toDouble(), m.captured(2).toDouble());
        const QPointF b(m.captured(3).toDouble(), m.captured(4).toDouble());
        QString text = m.captured(5);
        text.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
        words << Word{text, QRectF(a, b)};
    }
    return words;
}

QSizeF shownPageSize(const QString &pdf, int page)
{
    const QString info =
        output(QStringLiteral("pdfinfo"), {QStringLiteral("-f"), QString::number(page),
                                           QStringLiteral("-l"), QString::number(page), pdf});
    static const QRegularExpression size(
        QStringLiteral("Page\\s+\\d+ size:\\s+([\\d.]+) x ([\\d.]+) pts"));
    static const QRegularExpression rot(QStringLiteral("Page\\s+\\d+ rot:\\s+(\\d+)"));
    const auto m = size.match(info);
    if (!m.hasMatch())
        return {};
    QSizeF s(m.captured(1).toDouble(), m.captured(2).toDouble());
    const auto r = rot.match(info);
    if (r.hasMatch() && r.captured(1).toInt() % 180 == 90)
        s.transpose();
    return s;
}

QImage renderedPage(const QString &pdf, int page, int dpi, const QRect &crop)
{
    QTemporaryDir dir;
    const QString base = dir.filePath(QStringLiteral("page"));
    QStringList args{
        QStringLiteral("-r"),   QString::number(dpi),          QStringLiteral("-f"),
        QString::number(page),  QStringLiteral("-l"),          QString::number(page),
        QStringLiteral("-png"), QStringLiteral("-singlefile"), QStringLiteral("-cropbox")};
    if (!crop.isNull()) {
        args << QStringLiteral("-x") << QString::number(crop.x()) << QStringLiteral("-y")
             << QString::number(crop.y()) << QStringLiteral("-W") << QString::number(crop.width())
             << QStringLiteral("-H") << QString::number(crop.height());
    }
    output(QStringLiteral("pdftoppm"), args << pdf << base);
    return QImage(base + QStringLiteral(".png")).convertToFormat(QImage::Format_RGB32);
}

QRect boundingBoxOf(const QImage &image, const std::function<bool(QRgb)> &match)
{
    QRect box;
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            if (match(line[x]))
                box = box.united(QRect(x, y, 1, 1));
        }
    }
    return box;
}

bool isRed(QRgb p)
{
    return qRed(p) > 150 && qGreen(p) < 90 && qBlue(p) < 90;
}

bool isBlue(QRgb p)
{
    return qBlue(p) > 110 && qRed(p) < 90 && qGreen(p) < 120;
}

bool makeDraft(const QString &path, const DraftLayout &layout)
{
    QPdfWriter w(path);
    w.setPageSize(QPageSize(QPageSize::A4));
    w.setPageMargins(QMarginsF(0, 0, 0, 0));
    w.setResolution(72);
    QPainter pdf(&w);
    QImage picture;
    QPainter image;
    QPainter *p = &pdf;
    if (layout.textAsImage) {
        picture = QImage(595 * 2, 842 * 2, QImage::Format_RGB32);
        picture.fill(Qt::white);
        image.begin(&picture);
        image.scale(2, 2);
        p = &image;
    }
    QFont regular(QStringLiteral("Liberation Serif"));
    regular.setPixelSize(layout.size);
    QFont bold = regular;
    bold.setBold(true);
    QFont italic = regular;
    italic.setItalic(true);
    p->setFont(regular);
    p->drawText(QRect(40, 50, 230, 18), Qt::AlignCenter, QStringLiteral("ỦY BAN NHÂN DÂN"));
    p->setFont(bold);
    p->drawText(QRect(40, 68, 230, 18), Qt::AlignCenter, QStringLiteral("TỈNH THỬ NGHIỆM"));
    p->drawText(QRect(250, 50, 320, 18), Qt::AlignCenter,
                QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
    p->drawText(QRect(250, 68, 320, 18), Qt::AlignCenter,
                QStringLiteral("Độc lập - Tự do - Hạnh phúc"));
    p->setFont(regular);
    p->drawText(QRect(40, 96, 230, 18), Qt::AlignCenter,
                QStringLiteral("Số:      /") + layout.notation);
    p->setFont(italic);
    p->drawText(QRect(250, 96, 320, 18), Qt::AlignCenter, layout.dateLine);
    p->setFont(bold);
    p->drawText(QRect(40, 140, 515, 20), Qt::AlignCenter, QStringLiteral("KẾ HOẠCH"));
    p->drawText(QRect(40, 160, 515, 20), Qt::AlignCenter,
                QStringLiteral("Về việc chuyển đổi số năm 2027"));
    p->setFont(regular);
    for (int i = 0; i < 10; ++i) {
        p->drawText(QRect(70, 200 + i * 22, 470, 20), Qt::AlignLeft,
                    QStringLiteral("%1. Các sở, ngành triển khai nhiệm vụ được giao, báo cáo "
                                   "hằng tháng.")
                        .arg(i + 1));
    }
    p->setFont(bold);
    p->drawText(QRect(330, 460, 220, 40), Qt::AlignHCenter | Qt::AlignTop,
                QStringLiteral("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH"));
    p->drawText(QRect(330, 560, 220, 20), Qt::AlignHCenter | Qt::AlignTop,
                QStringLiteral("Nguyễn Văn An"));
    if (layout.textAsImage) {
        image.end();
        pdf.drawImage(QRectF(0, 0, 595, 842), picture);
    }
    return pdf.end();
}

} // namespace lt::test
