// bench_desk: the desktop's cold start with 100,000 cached documents — from main() to the list
// of the first box on screen — and the memory it then uses; switching between documents.
//   bench_desk [--rounds N] [--profile DIR]
// The profile (100,000 generated documents) is made once in DIR.
#include "benchstats.h"

#include "core/auth/secretstore.h"
#include "core/store/documentcache.h"
#include "core/sync/client.h"
#include "ui/documentlistmodel.h"
#include "ui/documentpanel.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace lt;

namespace {

using lt::bench::median;
using lt::bench::percentile;

qint64 rssKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}

bool makeProfile(const QString &dir, int size)
{
    auto profile = sync::Profile::open(dir);
    if (!profile)
        return false;
    QDir(dir + QStringLiteral("/blobs")).exists();
    if (profile.value()->cache().countAll().valueOr(0) >= size)
        return true;
    store::Transaction tx(profile.value()->db());
    for (int i = 0; i < size; ++i) {
        Document d;
        d.id = QStringLiteral("d%1").arg(i, 6, 10, QLatin1Char('0'));
        d.state = i % 3 ? DocumentState{IncomingState::Submitted}
                        : DocumentState{OutgoingState::UnderReview};
        d.type = DocumentType::CongVan;
        d.number = i % 3000 + 1;
        d.notation = QStringLiteral("UBND-VP");
        d.subject =
            QStringLiteral("V/v triển khai chuyển đổi số trong cơ quan nhà nước, văn bản số %1")
                .arg(i);
        d.issuerName = QStringLiteral("Ủy ban nhân dân tỉnh Thử Nghiệm");
        d.receivedAt = QDateTime(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC).addSecs(300 * i);
        d.urgency = i % 11 == 0 ? Urgency::Flash : Urgency::Normal;
        d.boxes = quint32(i % 3 ? Box::Incoming : Box::OutgoingDrafts) |
                  (i % 2 ? quint32(Box::ToHandle) : 0);
        d.unread = i % 5 == 0;
        Attachment a;
        a.sha256 = QByteArray(32, char(i % 251));
        a.size = 30'000;
        a.fileName = QStringLiteral("vb.pdf");
        d.attachments = {a};
        if (i == 0) {
            // The first document's file: 200 pages, kept offline.
            QTemporaryDir tmp;
            const QString path = tmp.filePath(QStringLiteral("big.pdf"));
            {
                QPdfWriter w(path);
                w.setPageSize(QPageSize(QPageSize::A4));
                w.setResolution(72);
                QPainter p(&w);
                p.setFont(QFont(QStringLiteral("Liberation Serif"), 11));
                for (int page = 0; page < 200; ++page) {
                    if (page)
                        w.newPage();
                    p.drawText(
                        QRect(60, 60, 470, 720), Qt::TextWordWrap,
                        QStringLiteral(
                            "Trang %1. Điều %1. Ủy ban nhân dân tỉnh giao Sở Tài chính chủ trì.")
                            .arg(page + 1)
                            .repeated(12));
                }
            }
            QFile f(path);
            f.open(QIODevice::ReadOnly);
            const QByteArray bytes = f.readAll();
            a.sha256 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
            a.size = bytes.size();
            d.attachments = {a};
            if (!profile.value()->blobs().put(a.sha256, bytes))
                return false;
        }
        if (!profile.value()->cache().upsert(d))
            return false;
    }
    return tx.commit().ok();
}

// One cold start, in this process: returns milliseconds to the first box listed on screen.
int child(const QString &dir)
{
    QElapsedTimer t;
    t.start();
    int argc = 1;
    char name[] = "bench_desk";
    char *argv[] = {name, nullptr};
    QApplication app(argc, argv);
    auto profile = sync::Profile::open(dir);
    if (!profile)
        return 1;
    auth::MemorySecretStore secrets;
    sync::Client client(*profile.value(), secrets);
    ui::MainWindow window(&client);
    window.show();
    auto *table = window.findChild<QTableView *>(QStringLiteral("documentList"));
    while (!table || !table->isVisible() || window.listModel()->rowCount() == 0)
        QCoreApplication::processEvents();
    QCoreApplication::processEvents(); // the first paint
    const double coldMs = double(t.nsecsElapsed()) / 1e6;

    // Switching documents: select the next row and wait for the panel to show it.
    std::vector<double> switches;
    for (int i = 1; i <= 20; ++i) {
        QElapsedTimer s;
        s.start();
        table->setCurrentIndex(window.listModel()->index(i, 0));
        QCoreApplication::processEvents();
        switches.push_back(double(s.nsecsElapsed()) / 1e6);
    }
    // A 200-page PDF kept offline: the first view (display copy made, loaded, first page
    // rendered) and a later one (the copy is cached).
    std::vector<double> open;
    // Whatever the start made in the background is forgotten: the first view makes the copy.
    QThreadPool::globalInstance()->waitForDone();
    QDir(profile.value()->directory() + QStringLiteral("/display")).removeRecursively();
    for (int round = 0; round < 2; ++round) {
        window.openDocument(QStringLiteral("d000001")); // another document in between
        QCoreApplication::processEvents();
        QElapsedTimer s;
        s.start();
        // The display copy is made on a worker thread; the panel says when the file is shown.
        bool shown = false;
        const auto c = QObject::connect(window.documentPanel(), &ui::DocumentPanel::fileShown,
                                        [&shown] { shown = true; });
        window.openDocument(QStringLiteral("d000000"));
        while (!shown)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        QObject::disconnect(c);
        const int pages = window.documentPanel()->pdfPageCount();
        QImage first = window.documentPanel()->renderFirstPage(QSize(827, 1170));
        open.push_back(double(s.nsecsElapsed()) / 1e6);
        if (pages != 200 || first.isNull())
            return 2;
    }
    std::printf("%.1f %lld %.2f %.1f %.1f\n", coldMs, static_cast<long long>(rssKb()),
                median(switches), open[0], open[1]);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (argc >= 3 && QByteArray(argv[1]) == "--child")
        return child(QString::fromLocal8Bit(argv[2]));
    QGuiApplication app(argc, argv); // the 200-page PDF is drawn with QPdfWriter
    const QStringList args = app.arguments();
    const auto option = [&](const QString &name, const QString &fallback) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    const int rounds = option(QStringLiteral("--rounds"), QStringLiteral("7")).toInt();
    const QString dir = option(QStringLiteral("--profile"),
                               QDir::tempPath() + QStringLiteral("/lienthong-bench-desk"));
    QElapsedTimer t;
    t.start();
    if (!makeProfile(dir, 100'000)) {
        std::fprintf(stderr, "cannot make the profile\n");
        return 1;
    }
    std::printf("profile with 100,000 documents ready in %.1f s (%s)\n", t.elapsed() / 1000.0,
                qPrintable(dir));
    std::vector<double> cold;
    std::vector<double> rss;
    std::vector<double> switches;
    std::vector<double> firstOpen;
    std::vector<double> laterOpen;
    for (int r = 0; r < rounds; ++r) {
        // Each round starts without the display copy, as after a download.
        QDir(dir + QStringLiteral("/display")).removeRecursively();
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(env);
        QElapsedTimer wall;
        wall.start();
        p.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child"), dir});
        p.waitForFinished(120'000);
        const QList<QByteArray> parts = p.readAllStandardOutput().trimmed().split(' ');
        if (parts.size() != 5) {
            std::fprintf(stderr, "child failed: %s\n", p.readAllStandardError().constData());
            return 1;
        }
        cold.push_back(parts[0].toDouble());
        rss.push_back(parts[1].toDouble() / 1024.0);
        switches.push_back(parts[2].toDouble());
        firstOpen.push_back(parts[3].toDouble());
        laterOpen.push_back(parts[4].toDouble());
    }
    std::printf("cold start to the first box listed (main() to first paint, offscreen): median "
                "%.0f ms over %d runs\n",
                median(cold), rounds);
    std::printf("memory after start (RSS): median %.0f MB\n", median(rss));
    std::printf("switching documents (metadata panel): median %.2f ms\n", median(switches));
    std::printf(
        "200-page PDF to its first page drawn: first view (display copy made) median %.0f ms, "
        "later views median %.0f ms\n",
        median(firstOpen), median(laterOpen));
    return 0;
}
