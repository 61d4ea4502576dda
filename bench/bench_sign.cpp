// bench_sign: signing time and bytes added, LienThong against poppler's pdfsig -add-signature
// (through NSS) on the same files with the same SoftHSM2 token, in the same run.
//   bench_sign [--rounds N]
// Makes a throwaway token with tests/support/scripts/make-test-token.sh (next to the sources),
// a 10-page PDF and a ~20 MB scanned-looking PDF. Needs pdfsig, certutil and modutil.
#include "benchstats.h"

#include "core/version.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

using lt::bench::median;
using lt::bench::percentile;

int run(const QString &program, const QStringList &args, const QByteArray &input = {},
        QByteArray *output = nullptr)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(600'000);
    if (output)
        *output = p.readAll();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : 139;
}

void textPdf(const QString &path, int pages)
{
    QPdfWriter w(path);
    w.setPageSize(QPageSize(QPageSize::A4));
    w.setResolution(72);
    QPainter p(&w);
    p.setFont(QFont(QStringLiteral("Liberation Serif"), 12));
    for (int i = 0; i < pages; ++i) {
        if (i)
            w.newPage();
        QString text;
        for (int k = 0; k < 30; ++k)
            text += QStringLiteral("Điều %1. Ủy ban nhân dân tỉnh giao Sở Tài chính chủ trì, phối "
                                   "hợp với các sở, ngành liên quan thực hiện quyết định này. ")
                        .arg(k + 1);
        p.drawText(QRect(60, 60, 470, 720), Qt::TextWordWrap, text);
    }
}

void scannedPdf(const QString &path, int pages)
{
    QPdfWriter w(path);
    w.setPageSize(QPageSize(QPageSize::A4));
    w.setResolution(150);
    QPainter p(&w);
    QRandomGenerator rng(7);
    for (int i = 0; i < pages; ++i) {
        if (i)
            w.newPage();
        QImage scan(1240, 1754, QImage::Format_RGB32); // A4 at 150 dpi, with scanner noise
        for (int y = 0; y < scan.height(); ++y) {
            auto *line = reinterpret_cast<QRgb *>(scan.scanLine(y));
            for (int x = 0; x < scan.width(); ++x) {
                const int v = 200 + int(rng.bounded(56));
                line[x] = qRgb(v, v, v - int(rng.bounded(8)));
            }
        }
        p.drawImage(QRect(0, 0, w.width(), w.height()), scan);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qsizetype at = args.indexOf(QStringLiteral("--rounds"));
    const int rounds = at >= 0 && at + 1 < args.size() ? args.at(at + 1).toInt() : 7;
    const QString bin = QCoreApplication::applicationDirPath();
    const QString source = QStringLiteral(LT_SOURCE_DIR);

    QTemporaryDir dir;
    const QString token = dir.filePath(QStringLiteral("token"));
    if (run(QStringLiteral("bash"),
            {source + QStringLiteral("/tests/support/scripts/make-test-token.sh"), token}) != 0) {
        std::fprintf(stderr, "cannot make the test token\n");
        return 1;
    }
    qputenv("SOFTHSM2_CONF", (token + QStringLiteral("/softhsm2.conf")).toLocal8Bit());
    const QString module = QStringLiteral("/usr/lib/softhsm/libsofthsm2.so");

    // NSS database for pdfsig, with the same token.
    const QString nss = QStringLiteral("sql:") + dir.filePath(QStringLiteral("nss"));
    QDir().mkpath(dir.filePath(QStringLiteral("nss")));
    run(QStringLiteral("certutil"),
        {QStringLiteral("-N"), QStringLiteral("-d"), nss, QStringLiteral("--empty-password")});
    run(QStringLiteral("modutil"),
        {QStringLiteral("-dbdir"), nss, QStringLiteral("-add"), QStringLiteral("softhsm"),
         QStringLiteral("-libfile"), module, QStringLiteral("-force")});

    const QString small = dir.filePath(QStringLiteral("ten-pages.pdf"));
    const QString scanned = dir.filePath(QStringLiteral("scanned.pdf"));
    textPdf(small, 10);
    scannedPdf(scanned, 12);
    std::printf("LienThong %s; token SoftHSM2 RSA-2048; %d rounds\n", LT_VERSION_STRING, rounds);

    for (const QString &input : {small, scanned}) {
        const qint64 size = QFileInfo(input).size();
        std::vector<double> ours;
        std::vector<double> theirs;
        qint64 oursAdded = 0;
        qint64 theirsAdded = 0;
        int theirsValid = 0;
        for (int r = 0; r < rounds; ++r) {
            const QString out1 = dir.filePath(QStringLiteral("ours.pdf"));
            const QString out2 = dir.filePath(QStringLiteral("theirs.pdf"));
            QFile::remove(out1);
            QFile::remove(out2);
            QElapsedTimer t;
            t.start();
            const int rc =
                run(bin + QStringLiteral("/lienthong-cli"),
                    {QStringLiteral("sign"), QStringLiteral("--in"), input, QStringLiteral("--out"),
                     out1, QStringLiteral("--module"), module, QStringLiteral("--pin-stdin"),
                     QStringLiteral("--chain"), token + QStringLiteral("/intermediate.pem"),
                     QStringLiteral("--title"), QStringLiteral("Chủ tịch")},
                    "1234\n");
            ours.push_back(double(t.nsecsElapsed()) / 1e6);
            if (rc != 0) {
                std::fprintf(stderr, "lienthong-cli sign failed\n");
                return 1;
            }
            oursAdded = QFileInfo(out1).size() - size;
            t.restart();
            // pdfsig segfaults in SoftHSM at NSS shutdown (see the project's notes): judge it
            // by the file it wrote.
            run(QStringLiteral("pdfsig"),
                {QStringLiteral("-nssdir"), nss, QStringLiteral("-nss-pwd"), QStringLiteral("1234"),
                 QStringLiteral("-add-signature"), QStringLiteral("-nick"),
                 QStringLiteral("LienThong Test:signer"), QStringLiteral("-kpw"),
                 QStringLiteral("1234"), QStringLiteral("-new-signature-field-name"),
                 QStringLiteral("Sig1"), input, out2});
            theirs.push_back(double(t.nsecsElapsed()) / 1e6);
            theirsAdded = QFileInfo(out2).size() - size;
            QByteArray verdict;
            run(QStringLiteral("pdfsig"), {out2}, {}, &verdict);
            theirsValid += verdict.contains("Signature is Valid.");
        }
        const double a = median(ours);
        const double b = median(theirs);
        std::printf("%s (%.1f MB): lienthong-cli sign median %.0f ms, %lld bytes added; "
                    "pdfsig -add-signature median %.0f ms, %lld bytes added (%d/%d valid); "
                    "speed-up %.1fx\n",
                    qPrintable(QFileInfo(input).fileName()), size / 1e6, a,
                    static_cast<long long>(oursAdded), b, static_cast<long long>(theirsAdded),
                    theirsValid, rounds, b / a);
    }
    return 0;
}
