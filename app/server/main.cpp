// lienthong-server: the reference central system.
#include "core/i18n/language.h"
#include "core/version.h"
#include "server/server.h"

#include <QCommandLineParser>
#include <QCoreApplication>
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
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lienthong-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LT_VERSION_STRING));
    lt::i18n::install(app, QStringLiteral("en")); // server logs stay in English

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "LienThong reference server: the central document management and operations system."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("data"),
                      QStringLiteral("Directory for the database and "
                                     "attachments."),
                      QStringLiteral("dir")});
    parser.addOption({QStringLiteral("listen"),
                      QStringLiteral("Address and port, e.g. 127.0.0.1:8080; port 0 picks a free "
                                     "one (default 127.0.0.1:0)."),
                      QStringLiteral("host:port"), QStringLiteral("127.0.0.1:0")});
    parser.process(app);

    if (!parser.isSet(QStringLiteral("data"))) {
        std::fprintf(stderr, "lienthong-server: --data DIR is required\n");
        return 2;
    }
    const auto listen = lt::server::parseListen(parser.value(QStringLiteral("listen")));
    if (!listen) {
        std::fprintf(stderr, "lienthong-server: %s\n", qPrintable(listen.error().message));
        return 2;
    }

    lt::server::Server server(
        {parser.value(QStringLiteral("data")), listen->first, listen->second});
    if (const auto started = server.start(); !started) {
        std::fprintf(stderr, "lienthong-server: %s\n", qPrintable(started.error().message));
        return 1;
    }

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
