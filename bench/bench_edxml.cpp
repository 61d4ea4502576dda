// bench_edxml: the cost of receiving an edXML package, and of the axis that carries them.
//   bench_edxml [--runs N] [--hub-packages N] [--hub PATH-TO-lienthong-server] [--db URL]
// 1. A signed 20 MB package of five 4 MB PDF-like files (incompressible, as scans are): read
//    (attachments decoded to disk), with the XML signature verified, against base64-decoding and
//    hashing (OpenSSL SHA-256) the same bytes in memory; peak memory of the read in a fresh
//    process.
// 2. The hub (lienthong-server --hub, SQLite) forwarding 100 kB packages: sends per second with
//    eight in flight, then the receiver taking each (list, get, acknowledge).
#include "benchstats.h"
#include "core/edxml/package.h"
#include "server/axisclient.h"
#include "server/db.h"
#include "server/hub.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimeZone>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <cstdio>

using namespace lt;

namespace {

// The process's peak resident memory (VmHWM), in kB.
long peakKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

// Starts the peak over from the current size (a child inherits its parent's peak).
void resetPeak()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

QByteArray randomPdf(qsizetype size, quint32 seed)
{
    QByteArray b(size, Qt::Uninitialized);
    QRandomGenerator g(seed);
    g.fillRange(reinterpret_cast<quint32 *>(b.data()), size / 4);
    const QByteArray head = "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n";
    b.replace(0, head.size(), head);
    return b;
}

// A throw-away RSA key and certificate (openssl req), signing in memory.
struct Key
{
    EVP_PKEY *key = nullptr;
    QByteArray certDer;
};

Key makeKey(const QString &dir)
{
    Key k;
    const QString keyFile = QDir(dir).filePath(QStringLiteral("k.pem"));
    const QString certFile = QDir(dir).filePath(QStringLiteral("c.pem"));
    QProcess::execute(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                       QStringLiteral("-keyout"), keyFile, QStringLiteral("-out"), certFile,
                       QStringLiteral("-subj"), QStringLiteral("/CN=Bench"),
                       QStringLiteral("-days"), QStringLiteral("2")});
    FILE *f = std::fopen(qPrintable(keyFile), "r");
    k.key = f ? PEM_read_PrivateKey(f, nullptr, nullptr, nullptr) : nullptr;
    if (f)
        std::fclose(f);
    f = std::fopen(qPrintable(certFile), "r");
    X509 *x = f ? PEM_read_X509(f, nullptr, nullptr, nullptr) : nullptr;
    if (f)
        std::fclose(f);
    if (x) {
        unsigned char *der = nullptr;
        const int n = i2d_X509(x, &der);
        k.certDer = QByteArray(reinterpret_cast<char *>(der), n);
        OPENSSL_free(der);
        X509_free(x);
    }
    return k;
}

QByteArray rsaSign(EVP_PKEY *key, const QByteArray &data)
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    size_t len = 0;
    QByteArray out;
    if (EVP_DigestSignInit(ctx, nullptr, EVP_sha256(), nullptr, key) == 1 &&
        EVP_DigestSign(ctx, nullptr, &len,
                       reinterpret_cast<const unsigned char *>(data.constData()),
                       size_t(data.size())) == 1) {
        out.resize(qsizetype(len));
        EVP_DigestSign(ctx, reinterpret_cast<unsigned char *>(out.data()), &len,
                       reinterpret_cast<const unsigned char *>(data.constData()),
                       size_t(data.size()));
        out.resize(qsizetype(len));
    }
    EVP_MD_CTX_free(ctx);
    return out;
}

edxml::Package header(int n, const QString &from, const QString &to)
{
    edxml::Package p;
    p.from.id = from;
    p.from.name = QStringLiteral("Sở Y tế");
    edxml::Organ o;
    o.id = to;
    o.name = QStringLiteral("Văn phòng Chính phủ");
    p.to << o;
    p.codeNumber = QString::number(n);
    p.codeNotation = QStringLiteral("SYT-VP");
    p.promulgationDate = QDate(2026, 12, 2);
    p.typeName = QStringLiteral("Công văn");
    p.subject = QStringLiteral("Gói thử số %1").arg(n);
    p.documentId = p.makeDocumentId();
    p.traces << edxml::Trace{from, QDateTime(QDate(2026, 12, 2), QTime(9, 0), QTimeZone(7 * 3600))};
    return p;
}

template <class T, class F>
T await(F &&start)
{
    std::optional<T> out;
    QEventLoop loop;
    start([&](T v) {
        out = std::move(v);
        loop.quit();
    });
    if (!out)
        loop.exec();
    return std::move(*out);
}

int readOnce(const QString &file, const QString &outDir)
{
    resetPeak();
    const long before = peakKb();
    auto r = edxml::read(file, outDir);
    if (!r) {
        std::fprintf(stderr, "read failed: %s\n", qPrintable(r.error().message));
        return 1;
    }
    std::printf("%ld %ld %d\n", before, peakKb(), int(r->signature.state));
    return 0;
}

void packageBench(int runs, QTemporaryDir &dir)
{
    const Key key = makeKey(dir.path());
    if (!key.key) {
        std::printf("package: no key (openssl missing?)\n");
        return;
    }
    edxml::Package p = header(1, QStringLiteral("000.01.00.H53"), QStringLiteral("000.00.00.G22"));
    QList<QByteArray> files;
    for (int i = 0; i < 5; ++i) {
        files << randomPdf(4 << 20, quint32(i + 1));
        const QString path = dir.filePath(QStringLiteral("f%1.pdf").arg(i));
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(files.last());
        f.close();
        edxml::Attachment a;
        a.contentId = QStringLiteral("cid:%1").arg(i);
        a.name = QStringLiteral("Tệp %1.pdf").arg(i);
        a.contentType = QStringLiteral("application/pdf");
        a.path = path;
        p.attachments << a;
    }
    const QString file = dir.filePath(QStringLiteral("package.edxml"));
    if (!edxml::write(p, file) ||
        !edxml::sign(file,
                     edxml::Signer{key.certDer, [&](const QByteArray &d) -> Result<QByteArray> {
                                       return rsaSign(key.key, d);
                                   }})) {
        std::printf("package: cannot write or sign\n");
        return;
    }
    const qint64 size = QFileInfo(file).size();
    QList<QByteArray> encoded;
    for (const QByteArray &b : files)
        encoded << b.toBase64();

    std::vector<double> readMs, verifyMs, baseMs;
    for (int run = 0; run < runs; ++run) {
        const QString out = dir.filePath(QStringLiteral("out%1").arg(run));
        QElapsedTimer t;
        t.start();
        auto r = edxml::read(file, out, {}, false);
        readMs.push_back(t.nsecsElapsed() / 1e6);
        t.restart();
        auto rv = edxml::read(file, out + QStringLiteral("v"), {}, true);
        verifyMs.push_back(t.nsecsElapsed() / 1e6);
        if (!r || !rv || rv->signature.state != edxml::SignatureState::Valid) {
            std::printf("package: read failed\n");
            return;
        }
        t.restart();
        QByteArray sink;
        for (const QByteArray &e : encoded) {
            const QByteArray d = QByteArray::fromBase64(e);
            unsigned char md[EVP_MAX_MD_SIZE];
            unsigned int n = 0;
            EVP_Digest(d.constData(), size_t(d.size()), md, &n, EVP_sha256(), nullptr);
            sink += QByteArray(reinterpret_cast<const char *>(md), int(n));
        }
        baseMs.push_back(t.nsecsElapsed() / 1e6);
        QDir(out).removeRecursively();
        QDir(out + QStringLiteral("v")).removeRecursively();
    }
    // Peak memory of one verified read, in a fresh process.
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--read-once"), file, dir.filePath(QStringLiteral("once"))});
    child.waitForFinished(120'000);
    const QList<QByteArray> mem = child.readAllStandardOutput().trimmed().split(' ');
    const double base = bench::median(baseMs);
    std::printf("package %.1f MB (5 files of 4 MB, RSA-signed), medians of %d:\n", size / 1048576.0,
                runs);
    std::printf("  read + store files           %8.1f ms  (%.2fx base64+SHA-256)\n",
                bench::median(readMs), bench::median(readMs) / base);
    std::printf("  read + store + verify XMLDSig%8.1f ms  (%.2fx)\n", bench::median(verifyMs),
                bench::median(verifyMs) / base);
    std::printf("  base64-decode + SHA-256 only %8.1f ms\n", base);
    if (mem.size() == 3)
        std::printf("  peak memory of a verified read: %.1f MB (process at start %.1f MB)\n",
                    mem.at(1).toDouble() / 1024, mem.at(0).toDouble() / 1024);
}

void hubBench(const QString &program, const QString &dbUrl, int count, QTemporaryDir &dir)
{
    if (count <= 0)
        return;
    const QString data = dir.filePath(QStringLiteral("hub"));
    QDir().mkpath(data);
    QFile d(QDir(data).filePath(QStringLiteral("directory.csv")));
    d.open(QIODevice::WriteOnly);
    d.write("000.01.00.H53;Sở Y tế;;province\n000.00.00.G22;Văn phòng Chính phủ;;office\n");
    d.close();
    {
        auto db = server::Db::open(dbUrl.isEmpty() ? QDir(data).filePath(QStringLiteral("hub.db"))
                                                   : dbUrl);
        if (!db || !db.value()->migrate(server::Db::Schema::Hub))
            return;
        server::Hub::addSystem(*db.value(), QStringLiteral("province"),
                               QStringLiteral("province-secret-0123456789"));
        server::Hub::addSystem(*db.value(), QStringLiteral("office"),
                               QStringLiteral("office-secret-0123456789"));
    }
    QProcess hub;
    hub.start(program,
              QStringList{QStringLiteral("--hub"), QStringLiteral("--data"), data,
                          QStringLiteral("--directory"), d.fileName(), QStringLiteral("--listen"),
                          QStringLiteral("127.0.0.1:0")} +
                  (dbUrl.isEmpty() ? QStringList() : QStringList{QStringLiteral("--db"), dbUrl}));
    QByteArray line;
    while (!line.contains('\n') && hub.waitForReadyRead(20'000))
        line += hub.readAllStandardOutput();
    const qsizetype at = line.indexOf("http://");
    if (at < 0) {
        std::printf("hub: did not start\n");
        return;
    }
    const QUrl url(QString::fromLatin1(line.mid(at).trimmed()));
    server::AxisClient sender(
        {url, QStringLiteral("province"), QStringLiteral("province-secret-0123456789")});
    server::AxisClient receiver(
        {url, QStringLiteral("office"), QStringLiteral("office-secret-0123456789")});

    // 100 kB packages (one 75 kB attachment, base64).
    QStringList packages;
    for (int n = 0; n < count; ++n) {
        edxml::Package p =
            header(n, QStringLiteral("000.01.00.H53"), QStringLiteral("000.00.00.G22"));
        const QString att = dir.filePath(QStringLiteral("a%1.pdf").arg(n));
        QFile f(att);
        f.open(QIODevice::WriteOnly);
        f.write(randomPdf(75 << 10, quint32(1000 + n)));
        f.close();
        edxml::Attachment a;
        a.contentId = QStringLiteral("cid:1");
        a.name = QStringLiteral("baocao.pdf");
        a.contentType = QStringLiteral("application/pdf");
        a.path = att;
        p.attachments << a;
        packages << dir.filePath(QStringLiteral("p%1.edxml").arg(n));
        edxml::write(p, packages.last());
    }
    const qint64 size = QFileInfo(packages.first()).size();

    constexpr int kInFlight = 8;
    QEventLoop loop;
    int next = 0, finished = 0, failed = 0;
    std::function<void()> sendOne = [&] {
        if (next >= count)
            return;
        const QString file = packages.at(next++);
        sender.send(file, QStringLiteral("000.01.00.H53"), {QStringLiteral("000.00.00.G22")},
                    QStringLiteral("edoc"), [&](Result<QString> r) {
                        failed += r ? 0 : 1;
                        if (++finished == count)
                            loop.quit();
                        sendOne();
                    });
    };
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < kInFlight; ++i)
        sendOne();
    loop.exec();
    const double sendS = t.nsecsElapsed() / 1e9;

    // The receiver: list, get, acknowledge each.
    t.restart();
    int taken = 0;
    while (taken < count) {
        auto list = await<Result<QList<server::AxisMessage>>>(
            [&](auto done) { receiver.listReceived({}, 100, done); });
        if (!list || list->isEmpty())
            break;
        QEventLoop batch;
        int pending = int(list->size());
        for (const server::AxisMessage &m : *list) {
            const QString out = dir.filePath(QStringLiteral("r-%1.edxml").arg(m.docId));
            receiver.fetch(m.docId, out, [&, m](Status s) {
                failed += s ? 0 : 1;
                receiver.acknowledge(m.docId, m.to, QStringLiteral("done"), {}, [&](Status a) {
                    failed += a ? 0 : 1;
                    if (--pending == 0)
                        batch.quit();
                });
            });
        }
        batch.exec();
        taken += int(list->size());
    }
    const double takeS = t.nsecsElapsed() / 1e9;
    std::printf("hub (%s, own process) with %d packages of %.0f kB, %d in flight:\n",
                dbUrl.isEmpty() ? "SQLite" : "PostgreSQL", count, size / 1024.0, kInFlight);
    std::printf("  send:                     %7.0f packages/s\n", count / sendS);
    std::printf("  receive (list+get+ack):   %7.0f packages/s (%d taken)\n", taken / takeS, taken);
    std::printf("  failures: %d\n", failed);
    hub.terminate();
    hub.waitForFinished(5000);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.value(1) == u"--read-once")
        return readOnce(args.value(2), args.value(3));
    int runs = 5;
    int hubPackages = 1000;
    QString db; // --db postgresql://…: the hub on PostgreSQL

    QString hub = QDir(app.applicationDirPath()).filePath(QStringLiteral("lienthong-server"));
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == u"--runs")
            runs = args.at(i + 1).toInt();
        else if (args.at(i) == u"--hub-packages")
            hubPackages = args.at(i + 1).toInt();
        else if (args.at(i) == u"--hub")
            hub = args.at(i + 1);
        else if (args.at(i) == u"--db")
            db = args.at(i + 1);
    }
    QTemporaryDir dir;
    packageBench(runs, dir);
    hubBench(hub, db, hubPackages, dir);
    return 0;
}
