// bench_sync: the client's first sync of N documents from a local server, a sync with nothing
// new, search over the cache, and the cache's size; with the baseline of inserting the same
// documents straight into SQLite.
//   bench_sync [--size N] [--data DIR] [--rounds R]
// Starts lienthong-server (next to this program) with --demo on 127.0.0.1; DIR keeps the
// server's data between runs (the demo is generated once).
#include "benchstats.h"

#include "core/auth/secretstore.h"
#include "core/model/json.h"
#include "core/net/apiclient.h"
#include "core/store/documentcache.h"
#include "core/store/schema.h"
#include "core/sync/client.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace lt;

namespace {

using lt::bench::median;
using lt::bench::percentile;

template <typename T>
T wait(const std::function<void(std::function<void(T)>)> &call)
{
    std::optional<T> r;
    QEventLoop loop;
    call([&](T x) {
        r.emplace(std::move(x));
        loop.quit();
    });
    if (!r)
        loop.exec();
    return std::move(*r);
}

qint64 dirSize(const QString &path)
{
    qint64 total = 0;
    for (const QFileInfo &f : QDir(path).entryInfoList(QDir::Files))
        total += f.size();
    return total;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto option = [&](const QString &name, const QString &fallback) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    const int size = option(QStringLiteral("--size"), QStringLiteral("100000")).toInt();
    const int rounds = option(QStringLiteral("--rounds"), QStringLiteral("5")).toInt();
    const QString keepDir = option(QStringLiteral("--keep"), QString());
    const QString data = option(QStringLiteral("--data"),
                                QDir::tempPath() + QStringLiteral("/lienthong-bench-%1").arg(size));

    // --- the server ---
    QElapsedTimer t;
    t.start();
    QProcess server;
    server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    server.start(QCoreApplication::applicationDirPath() + QStringLiteral("/lienthong-server"),
                 {QStringLiteral("--data"), data, QStringLiteral("--listen"),
                  QStringLiteral("127.0.0.1:0"), QStringLiteral("--demo"),
                  QStringLiteral("--demo-size"), QString::number(size),
                  QStringLiteral("--demo-pdfs"), QStringLiteral("20")});
    if (!server.waitForReadyRead(1'800'000)) {
        std::fprintf(stderr, "the server did not start\n");
        return 1;
    }
    const QString first = QString::fromUtf8(server.readLine()).trimmed();
    const auto m = QRegularExpression(QStringLiteral("listening on (\\S+)")).match(first);
    if (!m.hasMatch()) {
        std::fprintf(stderr, "unexpected: %s\n", qPrintable(first));
        return 1;
    }
    const QUrl url(m.captured(1));
    std::printf("server ready in %.1f s (%d demo documents, data in %s)\n", t.elapsed() / 1000.0,
                size, qPrintable(data));

    // --- first sync, as the clerk who sees every document ---
    std::vector<double> firstSync;
    std::vector<double> noopSync;
    qint64 cacheBytes = 0;
    int documents = 0;
    QTemporaryDir keep;
    keep.setAutoRemove(keepDir.isEmpty());
    QString lastProfile;
    for (int r = 0; r < std::max(1, rounds / 2); ++r) {
        const QString dir = keep.filePath(QStringLiteral("p%1").arg(r));
        auto profile = sync::Profile::open(dir);
        if (!profile) {
            std::fprintf(stderr, "%s\n", qPrintable(profile.error().message));
            return 1;
        }
        auth::MemorySecretStore secrets;
        sync::Client client(*profile.value(), secrets);
        Status s = wait<Status>([&](auto done) {
            client.signIn(url, QStringLiteral("clerk"), QStringLiteral("demo123"), done);
        });
        if (!s) {
            std::fprintf(stderr, "sign-in: %s\n", qPrintable(s.error().message));
            return 1;
        }
        client.setSyncPageSize(1000);
        t.restart();
        auto report = wait<Result<sync::SyncReport>>([&](auto done) { client.sync(done); });
        if (!report) {
            std::fprintf(stderr, "sync: %s\n", qPrintable(report.error().message));
            return 1;
        }
        firstSync.push_back(t.elapsed() / 1000.0);
        documents = profile.value()->cache().countAll().valueOr(0);
        for (int k = 0; k < rounds; ++k) {
            t.restart();
            auto again = wait<Result<sync::SyncReport>>([&](auto done) { client.sync(done); });
            noopSync.push_back(double(t.nsecsElapsed()) / 1e6);
            if (!again || again->updated != 0)
                std::fprintf(stderr, "unexpected changes in a no-op sync\n");
        }
        (void)profile.value()->db().checkpoint();
        cacheBytes = dirSize(dir);
        lastProfile = dir;
    }
    // --- the longest the calling (GUI) thread is kept from its event loop during a first
    // sync: the engine on the caller's thread, then on the worker thread as the desktop runs it.
    double stall[2] = {0, 0};
    for (int background = 0; background < 2; ++background) {
        const QString dir = keep.filePath(QStringLiteral("stall%1").arg(background));
        auto profile = sync::Profile::open(dir);
        auth::MemorySecretStore secrets;
        sync::Client client(*profile.value(), secrets);
        (void)wait<Status>([&](auto done) {
            client.signIn(url, QStringLiteral("clerk"), QStringLiteral("demo123"), done);
        });
        client.setSyncPageSize(1000);
        client.setBackgroundSync(background == 1);
        QElapsedTimer gap;
        gap.start();
        double longest = 0;
        QTimer tick;
        tick.setInterval(1);
        QObject::connect(&tick, &QTimer::timeout, [&] {
            longest = std::max(longest, double(gap.nsecsElapsed()) / 1e6);
            gap.restart();
        });
        tick.start();
        auto report = wait<Result<sync::SyncReport>>([&](auto done) { client.sync(done); });
        tick.stop();
        if (!report)
            std::fprintf(stderr, "sync: %s\n", qPrintable(report.error().message));
        stall[background] = longest;
    }

    server.terminate();
    server.waitForFinished(10'000);

    // --- baseline: the same documents straight into a fresh cache ---
    QList<Document> docs;
    {
        auto profile = sync::Profile::open(lastProfile);
        store::DocumentCache::Query all;
        all.limit = documents;
        // Whole documents, history included: the same rows the sync stored.
        const QList<Document> summaries = profile.value()->cache().list(all).value();
        for (const Document &d : summaries)
            docs.append(*profile.value()->cache().get(d.id).value());
    }
    std::vector<double> direct;
    for (int r = 0; r < std::max(1, rounds / 2); ++r) {
        QTemporaryDir dir;
        auto db = store::Database::open(dir.filePath(QStringLiteral("c.db")));
        (void)db.value()->migrate(store::clientMigrations());
        store::DocumentCache cache(*db.value());
        t.restart();
        store::Transaction tx(*db.value());
        for (const Document &d : docs)
            (void)cache.upsert(d);
        (void)tx.commit();
        direct.push_back(t.elapsed() / 1000.0);
    }

    // --- search in the synced cache ---
    auto profile = sync::Profile::open(lastProfile);
    const QStringList queries{
        QStringLiteral("quyet dinh"),
        QStringLiteral("Quyết định phê duyệt"),
        QStringLiteral("chuyen doi so"),
        QStringLiteral("ke hoach dau tu cong"),
        QStringLiteral("so tai chinh"),
        QStringLiteral("phong chong thien tai"),
        QStringLiteral("UBND"),
        QStringLiteral("05/QĐ-UBND"),
        QStringLiteral("cai cach hanh chinh"),
        QStringLiteral("giấy mời hội nghị"),
        QStringLiteral("bao ve moi truong"),
        QStringLiteral("t"),
        QStringLiteral("tuyen sinh lop 10"),
        QStringLiteral("dat dai khoang san"),
        QStringLiteral("Bộ Y tế"),
        QStringLiteral("nong thon moi"),
    };
    std::vector<double> searchMs;
    QHash<QString, double> slowest;
    for (int r = 0; r < rounds; ++r) {
        for (const QString &q : queries) {
            QElapsedTimer s;
            s.start();
            auto found = profile.value()->cache().search(q, 50);
            const double ms = double(s.nsecsElapsed()) / 1e6;
            searchMs.push_back(ms);
            slowest[q] = std::max(slowest.value(q), ms);
            if (!found)
                std::fprintf(stderr, "search failed: %s\n", qPrintable(found.error().message));
        }
    }
    if (args.contains(QStringLiteral("--verbose"))) {
        for (const QString &q : queries)
            std::printf("  search \"%s\": slowest %.2f ms\n", qPrintable(q), slowest.value(q));
    }

    const double sync = median(firstSync);
    const double base = median(direct);
    std::printf("documents: %d\n", documents);
    std::printf("first sync: median %.2f s over %zu runs (%.0f documents/s)\n", sync,
                firstSync.size(), documents / sync);
    std::printf("straight into SQLite: median %.2f s; ratio sync/straight = %.2f\n", base,
                sync / base);
    std::printf("sync with nothing new: median %.1f ms over %zu runs\n", median(noopSync),
                noopSync.size());
    std::printf("search: median %.2f ms, p95 %.2f ms over %zu queries\n", median(searchMs),
                percentile(searchMs, 0.95), searchMs.size());
    std::printf("longest event-loop stall during a first sync: %.1f ms on the caller's thread, "
                "%.1f ms with the sync on its worker thread\n",
                stall[0], stall[1]);
    std::printf("cache size: %.1f MB for %d documents (%.0f bytes each)\n", cacheBytes / 1e6,
                documents, double(cacheBytes) / std::max(1, documents));
    return 0;
}
