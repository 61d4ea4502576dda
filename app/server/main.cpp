// lienthong-server: the reference central system.
#include "core/i18n/language.h"
#include "core/model/orgcode.h"
#include "core/version.h"
#include "server/db.h"
#include "server/hub.h"
#include "server/server.h"
#include "server/service.h"

#include <QCommandLineParser>
#include <QDir>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QSocketNotifier>
#include <QTextStream>

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

int runAdmin(const QCommandLineParser &parser, const lt::server::ServerOptions &options)
{
    using namespace lt;
    if (!QDir().mkpath(options.dataDir))
        return fail(1, QStringLiteral("cannot create %1").arg(options.dataDir));
    auto db = server::Db::open(options.dbUrl.isEmpty()
                                   ? QDir(options.dataDir).filePath(QStringLiteral("server.db"))
                                   : options.dbUrl);
    if (!db)
        return fail(1, db.error().message);
    if (auto s = db.value()->migrate(); !s)
        return fail(1, s.error().message);
    server::Service service(*db.value(), QDir(options.dataDir).filePath(QStringLiteral("blobs")));
    const QString name = parser.value(QStringLiteral("name"));
    if (name.isEmpty())
        return fail(2, QStringLiteral("--name is required"));

    if (parser.isSet(QStringLiteral("add-organisation"))) {
        Organisation o;
        o.id = parser.value(QStringLiteral("add-organisation"));
        o.name = name;
        o.code = parser.value(QStringLiteral("code"));
        o.shortName = parser.value(QStringLiteral("short"));
        o.parentId = parser.value(QStringLiteral("parent"));
        static const QStringList levels{QStringLiteral("central"), QStringLiteral("province"),
                                        QStringLiteral("district"), QStringLiteral("commune"),
                                        QStringLiteral("unit")};
        const qsizetype level = levels.indexOf(parser.value(QStringLiteral("level")));
        if (level < 0)
            return fail(2, QStringLiteral("unknown --level"));
        o.level = static_cast<OrgLevel>(level);
        if (!o.code.isEmpty()) {
            const auto code = OrgCode::parse(o.code);
            if (!code)
                return fail(2, code.error().message);
            o.code = code->toString();
        }
        if (auto s = service.addOrganisation(o); !s)
            return fail(1, s.error().message);
        std::printf("organisation %s created\n", qPrintable(o.id));
        return 0;
    }

    Person p;
    p.login = parser.value(QStringLiteral("add-person"));
    p.fullName = name;
    p.organisationId = parser.value(QStringLiteral("organisation"));
    p.title = parser.value(QStringLiteral("title"));
    p.email = parser.value(QStringLiteral("email"));
    for (const QString &key :
         parser.value(QStringLiteral("roles")).split(u',', Qt::SkipEmptyParts)) {
        const auto role = enums::roleFromKey(key.trimmed());
        if (!role)
            return fail(2, QStringLiteral("unknown role \"%1\"").arg(key));
        p.roles << *role;
    }
    if (p.organisationId.isEmpty() || p.roles.isEmpty())
        return fail(2, QStringLiteral("--organisation and --roles are required"));
    auto exists = service.hasOrganisation(p.organisationId);
    if (!exists || !exists.value())
        return fail(1, QStringLiteral("no organisation \"%1\"").arg(p.organisationId));
    QTextStream in(stdin);
    const QString password = in.readLine();
    if (password.size() < 8)
        return fail(2, QStringLiteral("the password (read from standard input) needs at least 8 "
                                      "characters"));
    auto created = service.createPerson(p, password);
    if (!created)
        return fail(1, created.error().message);
    std::printf("person %s created (%s)\n", qPrintable(p.login), qPrintable(created->id));
    return 0;
}
// lienthong-server --hub: the reference national axis, or its administration.
int runHub(const QCommandLineParser &parser, const lt::server::HubOptions &options)
{
    using namespace lt;
    if (parser.isSet(QStringLiteral("add-system"))) {
        if (!QDir().mkpath(options.dataDir))
            return fail(1, QStringLiteral("cannot create %1").arg(options.dataDir));
        auto db = server::Db::open(options.dbUrl.isEmpty()
                                       ? QDir(options.dataDir).filePath(QStringLiteral("hub.db"))
                                       : options.dbUrl);
        if (!db)
            return fail(1, db.error().message);
        if (auto s = db.value()->migrate(server::Db::Schema::Hub); !s)
            return fail(1, s.error().message);
        QTextStream in(stdin);
        const QString id = parser.value(QStringLiteral("add-system"));
        if (auto s = server::Hub::addSystem(*db.value(), id, in.readLine().trimmed()); !s)
            return fail(2, s.error().message);
        std::printf("system %s registered\n", qPrintable(id));
        return 0;
    }
    auto *hub = new server::Hub(options, QCoreApplication::instance());
    if (const auto started = hub->start(); !started)
        return fail(1, started.error().message);
    std::printf("listening on %s\n", qPrintable(hub->baseUrl()));
    std::fflush(stdout);
    return -1; // run the event loop
}

void quitOnSignals(QCoreApplication &app)
{
    // SIGTERM and SIGINT end the event loop cleanly.
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFd) == 0) {
        auto *notifier = new QSocketNotifier(g_signalFd[1], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
        std::signal(SIGTERM, onSignal);
        std::signal(SIGINT, onSignal);
    }
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
        "LienThong reference server: the central document management and operations system,\n"
        "or with --hub the reference national document axis that central systems exchange\n"
        "edXML packages through. The first line printed is \"listening on http://HOST:PORT\"."));
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
        {QStringLiteral("demo-register-rows"),
         QStringLiteral("Rows added to next year's incoming register, to measure a big register "
                        "(default 0)."),
         QStringLiteral("n"), QStringLiteral("0")},
        {QStringLiteral("seed"), QStringLiteral("Seed of the demo data (default 1)."),
         QStringLiteral("s"), QStringLiteral("1")},
        {QStringLiteral("access-ttl"),
         QStringLiteral("Lifetime of access tokens in seconds (default 900)."), QStringLiteral("s"),
         QStringLiteral("900")},
        {QStringLiteral("tls-cert"), QStringLiteral("PEM certificate (chain) to serve HTTPS."),
         QStringLiteral("file")},
        {QStringLiteral("tls-key"), QStringLiteral("PEM private key of --tls-cert."),
         QStringLiteral("file")},
        {QStringLiteral("add-organisation"),
         QStringLiteral("Administration: create an organisation with this id (with --name, and "
                        "optionally --code, --short, --parent, --level), then exit."),
         QStringLiteral("id")},
        {QStringLiteral("add-person"),
         QStringLiteral("Administration: create a person with this login (with --name, "
                        "--organisation, --roles, optionally --title, --email); the password is "
                        "read from standard input; then exit."),
         QStringLiteral("login")},
        {QStringLiteral("name"), QStringLiteral("Name, for --add-organisation and --add-person."),
         QStringLiteral("text")},
        {QStringLiteral("code"), QStringLiteral("National organisation code (000.00.11.H53)."),
         QStringLiteral("code")},
        {QStringLiteral("short"), QStringLiteral("Abbreviation used in notations (UBND, SYT)."),
         QStringLiteral("text")},
        {QStringLiteral("parent"), QStringLiteral("Parent organisation id."), QStringLiteral("id")},
        {QStringLiteral("level"),
         QStringLiteral("central, province, district, commune or unit (default unit)."),
         QStringLiteral("level"), QStringLiteral("unit")},
        {QStringLiteral("organisation"), QStringLiteral("Organisation id of a new person."),
         QStringLiteral("id")},
        {QStringLiteral("roles"),
         QStringLiteral("Comma-separated roles: leader, deputy_leader, head_of_unit, specialist, "
                        "clerk."),
         QStringLiteral("list")},
        {QStringLiteral("title"), QStringLiteral("Title printed above a signature."),
         QStringLiteral("text")},
        {QStringLiteral("email"), QStringLiteral("E-mail address."), QStringLiteral("address")},
        {QStringLiteral("hub"),
         QStringLiteral("Run the interconnection axis (database DIR/hub.db, packages in "
                        "DIR/packages) instead of a central system.")},
        {QStringLiteral("directory"),
         QStringLiteral("With --hub: the national list of agencies to load, one "
                        "\"code;name;mail;system\" a line (reloaded when the file changes)."),
         QStringLiteral("file")},
        {QStringLiteral("add-system"),
         QStringLiteral("With --hub, administration: register a connected system with this id "
                        "(its secret, at least 16 characters, read from standard input), then "
                        "exit."),
         QStringLiteral("id")},
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

    if (parser.isSet(QStringLiteral("hub"))) {
        lt::server::HubOptions hub;
        hub.dataDir = parser.value(QStringLiteral("data"));
        hub.address = listen->first;
        hub.port = listen->second;
        hub.dbUrl = parser.value(QStringLiteral("db"));
        hub.directoryFile = parser.value(QStringLiteral("directory"));
        if (const int rc = runHub(parser, hub); rc >= 0)
            return rc;
        quitOnSignals(app);
        return QCoreApplication::exec();
    }

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
        bool ok4 = false;
        demo.registerRows = parser.value(QStringLiteral("demo-register-rows")).toInt(&ok4);
        if (!ok1 || !ok2 || !ok3 || !ok4 || demo.size < 0 || demo.registerRows < 0)
            return fail(2, QStringLiteral("--demo-size, --demo-pdfs, --demo-register-rows and "
                                          "--seed take numbers"));
        options.demo = demo;
    }

    options.tlsCertificate = parser.value(QStringLiteral("tls-cert"));
    options.tlsKey = parser.value(QStringLiteral("tls-key"));
    if (options.tlsCertificate.isEmpty() != options.tlsKey.isEmpty())
        return fail(2, QStringLiteral("--tls-cert and --tls-key go together"));

    // Administration commands: change the database, then exit.
    if (parser.isSet(QStringLiteral("add-organisation")) ||
        parser.isSet(QStringLiteral("add-person")))
        return runAdmin(parser, options);

    lt::server::Server server(options);
    if (const auto started = server.start(); !started)
        return fail(1, started.error().message);

    quitOnSignals(app);

    // The first line of output is the contract with scripts and tests.
    std::printf("listening on %s\n", qPrintable(server.baseUrl()));
    std::fflush(stdout);
    return QCoreApplication::exec();
}
