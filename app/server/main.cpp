// lienthong-server: the reference central system.
#include "core/i18n/language.h"
#include "core/version.h"
#include "server/server.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace {
int g_signalFd[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(g_signalFd[0], &c, 1);
}

int fail(int code, const QString &message)
{
    std::fprintf(stderr, "lienthong-server: %s\n", qPrintable(message));
    return code;
}
} // namespace

int main(int argc, char *argv[])
{
    // The server draws the demo's PDFs (fonts, text layout) but never shows a window.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lienthong-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LT_VERSION_STRING));
    QLoggingCategory::setFilterRules(QStringLiteral("lt.*.info=true"));
    // Reasons the server gives users (a refused action, a locked account) are in Vietnamese.
    lt::i18n::install(app, lt::i18n::defaultLanguage());

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "LienThong reference server: the central document management and operations system.\n"
        "The first line printed is \"listening on http://HOST:PORT\"."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("data"), QStringLiteral("Directory for the database and attachments."),
         QStringLiteral("dir")},
        {QStringLiteral("listen"),
         QStringLiteral("Address and port, e.g. 127.0.0.1:8080; port 0 picks a free one "
                        "(default 127.0.0.1:0)."),
         QStringLiteral("host:port"), QStringLiteral("127.0.0.1:0")},
        {QStringLiteral("db"),
         QStringLiteral("postgresql://user:password@host:port/database instead of the SQLite "
                        "file DIR/server.db."),
         QStringLiteral("url")},
        {QStringLiteral("demo"), QStringLiteral("Fill an empty database with demo data (logins "
                                                "leader, deputy, clerk, head, specialist; "
                                                "password demo123).")},
        {QStringLiteral("demo-size"), QStringLiteral("Number of demo documents (default 5000)."),
         QStringLiteral("n"), QStringLiteral("5000")},
        {QStringLiteral("demo-pdfs"),
         QStringLiteral("Distinct demo PDFs; documents beyond share them (default: one per "
                        "document up to 5000)."),
         QStringLiteral("n"), QStringLiteral("-1")},
        {QStringLiteral("seed"), QStringLiteral("Seed of the demo data (default 1)."),
         QStringLiteral("s"), QStringLiteral("1")},
        {QStringLiteral("access-ttl"),
         QStringLiteral("Lifetime of access tokens in seconds (default 900)."), QStringLiteral("s"),
         QStringLiteral("900")},
        {QStringLiteral("refresh-grace"),
         QStringLiteral("Seconds during which a just-rotated refresh token is still accepted "
                        "(default 30; 0 treats any reuse as theft)."),
         QStringLiteral("s"), QStringLiteral("30")},
    });
    parser.process(app);

    if (!parser.isSet(QStringLiteral("data")))
        return fail(2, QStringLiteral("--data DIR is required"));
    const auto listen = lt::server::parseListen(parser.value(QStringLiteral("listen")));
    if (!listen)
        return fail(2, listen.error().message);

    lt::server::ServerOptions options;
    options.dataDir = parser.value(QStringLiteral("data"));
    options.address = listen->first;
    options.port = listen->second;
    options.dbUrl = parser.value(QStringLiteral("db"));
    bool okTtl = false;
    bool okGrace = false;
    options.sessions.accessSeconds = parser.value(QStringLiteral("access-ttl")).toLongLong(&okTtl);
    options.sessions.refreshGraceSeconds =
        parser.value(QStringLiteral("refresh-grace")).toLongLong(&okGrace);
    if (!okTtl || !okGrace || options.sessions.accessSeconds < 1 ||
        options.sessions.refreshGraceSeconds < 0) {
        return fail(2, QStringLiteral("--access-ttl and --refresh-grace take seconds"));
    }
    if (parser.isSet(QStringLiteral("demo"))) {
        bool ok1 = false;
        bool ok2 = false;
        bool ok3 = false;
        lt::server::DemoOptions demo;
        demo.size = parser.value(QStringLiteral("demo-size")).toInt(&ok1);
        demo.pdfs = parser.value(QStringLiteral("demo-pdfs")).toInt(&ok2);
        demo.seed = parser.value(QStringLiteral("seed")).toUInt(&ok3);
        if (!ok1 || !ok2 || !ok3 || demo.size < 0)
            return fail(2, QStringLiteral("--demo-size, --demo-pdfs and --seed take numbers"));
        options.demo = demo;
    }

    lt::server::Server server(options);
    if (const auto started = server.start(); !started)
        return fail(1, started.error().message);

    // SIGTERM and SIGINT end the event loop cleanly.
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFd) == 0) {
        auto *notifier = new QSocketNotifier(g_signalFd[1], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
        std::signal(SIGTERM, onSignal);
        std::signal(SIGINT, onSignal);
    }

    // The first line of output is the contract with scripts and tests.
    std::printf("listening on %s\n", qPrintable(server.baseUrl()));
    std::fflush(stdout);
    return QCoreApplication::exec();
}
