// Signature stamps must be visible. QtPdf 6.4 does not draw them; the display copy paints them
// into the pages. This test signs a real PDF with a SoftHSM2 token, renders the stamp's area
// with QtPdf from the display copy and with poppler (pdftoppm) from the original, and compares
// the pixels — and checks that QtPdf on the original really misses the stamp.
#include "core/pdf/displaycopy.h"
#include "core/pdf/pdfsigner.h"
#include "core/pki/pkcs11.h"
#include "testtoken.h"

#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfWriter>
#include <QProcess>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

using namespace lt;

namespace {
constexpr int kDpi = 100;

// Mean absolute difference per channel (0–255) between two images over `area`.
double difference(const QImage &a, const QImage &b, const QRect &area)
{
    const QImage x = a.convertToFormat(QImage::Format_RGB32);
    const QImage y = b.convertToFormat(QImage::Format_RGB32);
    double sum = 0;
    qint64 n = 0;
    for (int row = area.top(); row <= area.bottom(); ++row) {
        for (int col = area.left(); col <= area.right(); ++col) {
            const QRgb p = x.pixel(col, row);
            const QRgb q = y.pixel(col, row);
            sum += std::abs(qRed(p) - qRed(q)) + std::abs(qGreen(p) - qGreen(q)) +
                   std::abs(qBlue(p) - qBlue(q));
            n += 3;
        }
    }
    return n ? sum / double(n) : 0;
}

bool ink(const QImage &img, int x, int y)
{
    const QRgb p = img.pixel(x, y);
    return qMin(qRed(p), qMin(qGreen(p), qBlue(p))) < 170;
}

// The share of `a`'s ink pixels in `area` that `b` also inks within `radius` pixels: two
// rasterizers place glyph edges a pixel apart, so exact pixels cannot be asked for.
double inkAgreement(const QImage &a, const QImage &b, const QRect &area, int radius = 2)
{
    qint64 total = 0;
    qint64 matched = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            if (!ink(a, x, y))
                continue;
            ++total;
            bool found = false;
            for (int dy = -radius; dy <= radius && !found; ++dy) {
                for (int dx = -radius; dx <= radius && !found; ++dx) {
                    const int u = x + dx;
                    const int v = y + dy;
                    found = b.rect().contains(u, v) && ink(b, u, v);
                }
            }
            matched += found;
        }
    }
    return total ? double(matched) / double(total) : 1.0;
}

QImage qtRender(const QString &pdf, int page, const QSize &size)
{
    QPdfDocument doc;
    if (doc.load(pdf) != QPdfDocument::Error::None)
        return {};
    // QtPdf renders on a transparent background; paper is white.
    QImage paper(size, QImage::Format_RGB32);
    paper.fill(Qt::white);
    QPainter p(&paper);
    p.drawImage(0, 0, doc.render(page, size));
    p.end();
    return paper;
}

QImage popplerRender(const QString &pdf, int page, const QString &prefix)
{
    QProcess p;
    p.start(QStringLiteral("pdftoppm"),
            {QStringLiteral("-r"), QString::number(kDpi), QStringLiteral("-f"),
             QString::number(page + 1), QStringLiteral("-l"), QString::number(page + 1),
             QStringLiteral("-png"), QStringLiteral("-singlefile"), pdf, prefix});
    p.waitForFinished(60'000);
    return QImage(prefix + QStringLiteral(".png"));
}
} // namespace

class TestDisplayCopy : public QObject
{
    Q_OBJECT

private slots:
    void stampsAreVisible_data();
    void stampsAreVisible();
    void originalIsUntouchedAndCopyIsCached();

private:
    QString signedPdf(pdf::StampProfile profile, QRectF *rect, int *page);
    QTemporaryDir m_dir;
    std::unique_ptr<test::TestToken> m_token;
};

QString TestDisplayCopy::signedPdf(pdf::StampProfile profile, QRectF *rect, int *page)
{
    if (!m_token) {
        QString error;
        m_token = test::TestToken::create(QStringLiteral("rsa:2048"), &error);
        if (!m_token)
            qWarning() << error;
    }
    const QString input = m_dir.filePath(QStringLiteral("plain.pdf"));
    if (!QFile::exists(input)) {
        QPdfWriter w(input);
        w.setPageSize(QPageSize(QPageSize::A4));
        w.setResolution(72);
        QPainter p(&w);
        p.setFont(QFont(QStringLiteral("Liberation Serif"), 13));
        p.drawText(QRect(60, 90, 470, 500), Qt::TextWordWrap,
                   QStringLiteral("QUYẾT ĐỊNH về việc phê duyệt kế hoạch chuyển đổi số năm 2026."));
        w.newPage();
        p.drawText(QRect(330, 560, 200, 30), Qt::AlignCenter, QStringLiteral("CHỦ TỊCH"));
        p.end();
    }
    auto module = pki::Module::load(m_token->modulePath());
    auto tokens = module.value()->tokens();
    const auto slot = tokens.value().first().slot;
    const auto cert = module.value()->certificates(slot).value().first();
    pdf::SignOptions o;
    o.profile = profile;
    o.text.signerName = cert.commonName;
    o.text.signerTitle = QStringLiteral("Chủ tịch");
    o.text.organisation = QStringLiteral("Ủy ban nhân dân tỉnh Thử Nghiệm");
    o.text.email = QStringLiteral("vanthu@thunghiem.gov.vn");
    o.text.notation = QStringLiteral("05/QĐ-UBND");
    const QString out = m_dir.filePath(QStringLiteral("signed-%1.pdf").arg(int(profile)));
    auto report = pdf::signPdf(input, out, o, cert.der, {}, [&](const QByteArray &data) {
        return module.value()->sign(slot, cert.id, "1234", pki::Module::Mechanism::RsaPkcs1Sha256,
                                    data);
    });
    if (!report) {
        qWarning() << report.error().message;
        return {};
    }
    *rect = report->rect;
    *page = report->page - 1;
    return out;
}

void TestDisplayCopy::stampsAreVisible_data()
{
    QTest::addColumn<int>("profile");
    QTest::newRow("leader") << int(pdf::StampProfile::Leader);
    QTest::newRow("agency") << int(pdf::StampProfile::Agency);
    QTest::newRow("attachment") << int(pdf::StampProfile::Attachment);
}

void TestDisplayCopy::stampsAreVisible()
{
    QFETCH(int, profile);
    QRectF rect;
    int page = 0;
    const QString original = signedPdf(pdf::StampProfile(profile), &rect, &page);
    QVERIFY(!original.isEmpty());
    const QString copy = m_dir.filePath(QStringLiteral("display-%1.pdf").arg(profile));
    const auto made = pdf::makeDisplayCopy(original, copy);
    QVERIFY2(made.ok(), made.ok() ? "" : qPrintable(made.error().message));
    QCOMPARE(made->stampsPainted, 1);

    const QImage poppler =
        popplerRender(original, page, m_dir.filePath(QStringLiteral("poppler-%1").arg(profile)));
    const QImage qtCopy = qtRender(copy, page, poppler.size()); // the same pixels, both rasterizers
    const QImage qtOriginal = qtRender(original, page, poppler.size());
    QVERIFY(!poppler.isNull() && !qtCopy.isNull() && !qtOriginal.isNull());
    QCOMPARE(qtCopy.size(), poppler.size());
    // The stamp's area in pixels (PDF points from the bottom left → pixels from the top left).
    const double k = kDpi / 72.0;
    const QSizeF points = QSizeF(poppler.width() / k, poppler.height() / k);
    const QRect area = QRect(QPoint(qRound(rect.x() * k),
                                    qRound((points.height() - rect.y() - rect.height()) * k)),
                             QSize(qRound(rect.width() * k), qRound(rect.height() * k)))
                           .intersected(poppler.rect());
    QVERIFY(area.width() > 50 && area.height() > 20);
    if (qEnvironmentVariableIsSet("LT_SAVE_RENDERS")) {
        qtCopy.copy(area).save(QStringLiteral("/tmp/dc-qt-%1.png").arg(profile));
        poppler.copy(area).save(QStringLiteral("/tmp/dc-poppler-%1.png").arg(profile));
        qtOriginal.copy(area).save(QStringLiteral("/tmp/dc-qtorig-%1.png").arg(profile));
    }
    // Poppler's ink is found in QtPdf's rendering of the copy, and the other way round.
    const double popplerInCopy = inkAgreement(poppler, qtCopy, area);
    const double copyInPoppler = inkAgreement(qtCopy, poppler, area);
    const double popplerInOriginal = inkAgreement(poppler, qtOriginal, area);
    qInfo("stamp area %dx%d: ink agreement poppler→copy %.3f, copy→poppler %.3f; "
          "poppler→QtPdf(original) %.3f; mean difference copy %.2f, original %.2f",
          area.width(), area.height(), popplerInCopy, copyInPoppler, popplerInOriginal,
          difference(qtCopy, poppler, area), difference(qtOriginal, poppler, area));
    QVERIFY2(popplerInOriginal < 0.5,
             "QtPdf drew the stamp of the original: the test would prove nothing");
    QVERIFY2(popplerInCopy > 0.95, qPrintable(QString::number(popplerInCopy)));
    QVERIFY2(copyInPoppler > 0.95, qPrintable(QString::number(copyInPoppler)));
}

void TestDisplayCopy::originalIsUntouchedAndCopyIsCached()
{
    QRectF rect;
    int page = 0;
    const QString original = signedPdf(pdf::StampProfile::Leader, &rect, &page);
    QFile f(original);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray before = f.readAll();
    f.close();
    const QString cache = m_dir.filePath(QStringLiteral("cache"));
    const auto first = pdf::cachedDisplayCopy(original, cache);
    QVERIFY(first.ok());
    const QDateTime made = QFileInfo(first.value()).lastModified();
    QTest::qWait(20);
    const auto second = pdf::cachedDisplayCopy(original, cache);
    QCOMPARE(second.value(), first.value());
    QCOMPARE(QFileInfo(second.value()).lastModified(), made); // made once
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
    // A broken file is refused with a reason, and no copy appears.
    QFile broken(m_dir.filePath(QStringLiteral("broken.pdf")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write(before.left(500));
    broken.close();
    QVERIFY(
        !pdf::makeDisplayCopy(broken.fileName(), m_dir.filePath(QStringLiteral("broken-copy.pdf")))
             .ok());
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("broken-copy.pdf"))));
}

QTEST_MAIN(TestDisplayCopy)
#include "tst_displaycopy.moc"
