// The registers and their numbers (issue 10): a register of ROWS rows opened (its first page)
// and scrolled (a page deep inside, a search), exported as CSV by the command line; numbers
// taken by 8 clerks registering at once (each registration takes the next arrival number in
// the server's transaction), their latency's median and 95th percentile.
//   bench_registers [--rows 100000] [--rounds 5] [--clerks 8] [--each 40]
#include "benchstats.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

using lt::bench::median;
using lt::bench::percentile;

struct Answer
{
    int status = 0;
    QByteArray body;
};

Answer send(QNetworkAccessManager &nam, const QByteArray &verb, const QUrl &url,
            const QByteArray &token, const QByteArray &body = {},
            const QByteArray &type = "application/json")
{
    QNetworkRequest r(url);
    if (!token.isEmpty())
        r.setRawHeader("Authorization", "Bearer " + token);
    r.setHeader(QNetworkRequest::ContentTypeHeader, type);
    QNetworkReply *reply = nam.sendCustomRequest(r, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Answer a{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
    reply->deleteLater();
    return a;
}

QByteArray login(QNetworkAccessManager &nam, const QUrl &server, const QString &user)
{
    const Answer a =
        send(nam, "POST", server.resolved(QUrl(QStringLiteral("/api/v1/session"))), {},
             QJsonDocument(QJsonObject{{QStringLiteral("login"), user},
                                       {QStringLiteral("password"), QStringLiteral("demo123")}})
                 .toJson());
    return QJsonDocument::fromJson(a.body)
        .object()
        .value(QStringLiteral("accessToken"))
        .toString()
        .toLatin1();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto option = [&](const QString &name, int fallback) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
    };
    const int rows = option(QStringLiteral("--rows"), 100'000);
    const int rounds = option(QStringLiteral("--rounds"), 5);
    const int clerks = option(QStringLiteral("--clerks"), 8);
    const int each = option(QStringLiteral("--each"), 40);
    const QString bin = QCoreApplication::applicationDirPath();
    QTemporaryDir dir;

    // --- a small demo with ROWS rows in next year's incoming register ---
    const int year = QDate::currentDate().year() + 1;
    QProcess server;
    server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    server.start(bin + QStringLiteral("/lienthong-server"),
                 {QStringLiteral("--data"), dir.filePath(QStringLiteral("server")),
                  QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                  QStringLiteral("--demo"), QStringLiteral("--demo-size"), QStringLiteral("20"),
                  QStringLiteral("--demo-pdfs"), QStringLiteral("2"),
                  QStringLiteral("--demo-register-rows"), QString::number(rows)});
    const auto m =
        QRegularExpression(QStringLiteral("listening on (\\S+)"))
            .match(server.waitForReadyRead(600'000) ? QString::fromUtf8(server.readLine())
                                                    : QString());
    if (!m.hasMatch()) {
        std::fprintf(stderr, "the server did not start\n");
        return 1;
    }
    const QUrl url(m.captured(1));
    std::printf("register of %d rows ready\n", rows);

    QNetworkAccessManager nam;
    const QByteArray token = login(nam, url, QStringLiteral("clerk"));
    const auto page = [&](int offset, const QString &search) {
        QString q = QStringLiteral("/api/v1/registers?direction=in&year=%1&limit=200&offset=%2")
                        .arg(year)
                        .arg(offset);
        if (!search.isEmpty())
            q += QStringLiteral("&q=") + QString::fromLatin1(QUrl::toPercentEncoding(search));
        QElapsedTimer t;
        t.start();
        const Answer a = send(nam, "GET", url.resolved(QUrl(q)), token);
        const double ms = t.nsecsElapsed() / 1e6;
        if (a.status != 200 || QJsonDocument::fromJson(a.body)
                                   .object()
                                   .value(QStringLiteral("rows"))
                                   .toArray()
                                   .isEmpty())
            std::fprintf(stderr, "page %d: %d\n", offset, a.status);
        return ms;
    };
    std::vector<double> first, deep, searched;
    for (int r = 0; r < rounds; ++r) {
        first.push_back(page(0, {}));
        deep.push_back(page(rows - 200, {}));
        searched.push_back(page(0, QStringLiteral("nhiem vu so 9999")));
    }
    std::printf("first page (200 rows of %d): median %.1f ms\n", rows, median(first));
    std::printf("a page at row %d: median %.1f ms\n", rows - 200, median(deep));
    std::printf("a search in the register: median %.1f ms\n", median(searched));

    // --- the CLI's CSV export of the whole register ---
    QProcess cli;
    const QString profile = dir.filePath(QStringLiteral("profile"));
    cli.start(bin + QStringLiteral("/lienthong-cli"),
              {QStringLiteral("--profile"), profile, QStringLiteral("login"),
               QStringLiteral("--server"), url.toString(), QStringLiteral("--user"),
               QStringLiteral("clerk"), QStringLiteral("--password-stdin")});
    cli.write("demo123\n");
    cli.closeWriteChannel();
    cli.waitForFinished(60'000);
    // One export by the CLI, timed: `format` is "csv", "xlsx" or "pdf".
    const auto exportTimes = [&](const QString &format) {
        std::vector<double> times;
        for (int r = 0; r < std::max(1, rounds / 2); ++r) {
            QElapsedTimer t;
            t.start();
            cli.start(bin + QStringLiteral("/lienthong-cli"),
                      {QStringLiteral("--profile"), profile, QStringLiteral("register"),
                       QStringLiteral("show"), QStringLiteral("--direction"), QStringLiteral("in"),
                       QStringLiteral("--year"), QString::number(year),
                       QStringLiteral("--") + format, dir.filePath(QStringLiteral("in.") + format),
                       QStringLiteral("--password-stdin")});
            cli.write("demo123\n");
            cli.closeWriteChannel();
            cli.waitForFinished(600'000);
            times.push_back(t.nsecsElapsed() / 1e6);
            if (cli.exitCode() != 0)
                std::fprintf(stderr, "%s: %s\n", qPrintable(format),
                             cli.readAllStandardError().constData());
        }
        return times;
    };
    const std::vector<double> csv = exportTimes(QStringLiteral("csv"));
    const std::vector<double> xlsx = exportTimes(QStringLiteral("xlsx"));
    std::printf("CSV export of %d rows (lienthong-cli register show --csv): median %.0f ms "
                "(%lld bytes)\n",
                rows, median(csv), QFileInfo(dir.filePath(QStringLiteral("in.csv"))).size());

    std::printf("XLSX export of %d rows (--xlsx): median %.0f ms (%lld bytes), %.1f× the CSV\n",
                rows, median(xlsx), QFileInfo(dir.filePath(QStringLiteral("in.xlsx"))).size(),
                median(xlsx) / std::max(1.0, median(csv)));
    // The register printed as Annex IV lays it out (no target: reported).
    const std::vector<double> printed = exportTimes(QStringLiteral("pdf"));
    std::printf("PDF export of %d rows (--pdf): median %.0f ms (%lld bytes), %.1f× the CSV\n", rows,
                median(printed), QFileInfo(dir.filePath(QStringLiteral("in.pdf"))).size(),
                median(printed) / std::max(1.0, median(csv)));

    // --- numbers: CLERKS clerks registering at once ---
    QByteArray pdf = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                     "2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";
    std::vector<double> latencies;
    std::vector<std::unique_ptr<QNetworkAccessManager>> clients;
    std::vector<QByteArray> tokens;
    std::vector<QString> shas;
    for (int c = 0; c < clerks; ++c) {
        clients.push_back(std::make_unique<QNetworkAccessManager>());
        tokens.push_back(login(*clients.back(), url,
                               c % 2 ? QStringLiteral("clerk2") : QStringLiteral("clerk")));
        const Answer f =
            send(*clients.back(), "POST", url.resolved(QUrl(QStringLiteral("/api/v1/files"))),
                 tokens.back(), pdf, "application/pdf");
        shas.push_back(
            QJsonDocument::fromJson(f.body).object().value(QStringLiteral("sha256")).toString());
    }
    // Each clerk keeps one registration in flight: the next goes when the last is answered.
    int inFlight = 0;
    QEventLoop loop;
    std::vector<int> done(clerks, 0);
    std::function<void(int)> next = [&](int c) {
        if (done[c] >= each) {
            if (--inFlight == 0)
                loop.quit();
            return;
        }
        const int k = done[c]++;
        const QJsonObject doc{
            {QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {QStringLiteral("direction"), QStringLiteral("incoming")},
            {QStringLiteral("type"), QStringLiteral("cong_van")},
            {QStringLiteral("subject"), QStringLiteral("Công văn %1-%2").arg(c).arg(k)},
            {QStringLiteral("issuerName"), QStringLiteral("Sở Xây dựng")},
            {QStringLiteral("notation"), QStringLiteral("%1/SXD-VP").arg(c * 1000 + k + 1)},
            {QStringLiteral("issueDate"), QStringLiteral("2026-11-30")},
            {QStringLiteral("files"),
             QJsonArray{QJsonObject{{QStringLiteral("sha256"), shas[c]},
                                    {QStringLiteral("fileName"), QStringLiteral("scan.pdf")},
                                    {QStringLiteral("main"), true}}}}};
        QNetworkRequest r(url.resolved(QUrl(QStringLiteral("/api/v1/documents"))));
        r.setRawHeader("Authorization", "Bearer " + tokens[c]);
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        auto *t = new QElapsedTimer;
        t->start();
        QNetworkReply *reply = clients[c]->post(r, QJsonDocument(doc).toJson());
        QObject::connect(reply, &QNetworkReply::finished, [&, reply, t, c] {
            latencies.push_back(t->nsecsElapsed() / 1e6);
            delete t;
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
                std::fprintf(stderr, "register: %s\n", reply->readAll().constData());
            reply->deleteLater();
            next(c);
        });
    };
    QElapsedTimer all;
    all.start();
    for (int c = 0; c < clerks; ++c) {
        ++inFlight;
        next(c);
    }
    loop.exec();
    std::printf("%d clerks registering %d documents each at once: registration with its number "
                "median %.1f ms, p95 %.1f ms (%.0f registrations/s)\n",
                clerks, each, median(latencies), percentile(latencies, 0.95),
                latencies.size() / (all.nsecsElapsed() / 1e9));
    server.terminate();
    server.waitForFinished();
    return 0;
}
