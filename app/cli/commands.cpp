#include "commands.h"

#include "core/model/doctype.h"
#include "core/model/orgcode.h"
#include "core/text/fold.h"
#include "core/workflow/numbering.h"
#include "core/workflow/workflow.h"

#include <QCoreApplication>
#include <QDate>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace lt::cli {

namespace {

struct CliTr
{
    Q_DECLARE_TR_FUNCTIONS(lt::cli)
};

int refuse(QTextStream &err, const Error &error)
{
    err << (error.message.isEmpty() ? errorText(error.code) : error.message) << '\n';
    return Refused;
}

int cmdNotation(const QStringList &args, QTextStream &out, QTextStream &err)
{
    if (args.size() != 1)
        return usage(err, CliTr::tr("Usage: lienthong-cli notation TEXT"));
    const auto parsed = numbering::parse(args.first());
    if (!parsed)
        return refuse(err, parsed.error());
    const auto &n = parsed.value();
    out << CliTr::tr("Number and notation: %1").arg(n.toString()) << '\n';
    out << CliTr::tr("Number: %1").arg(n.number) << '\n';
    if (n.year > 0)
        out << CliTr::tr("Year: %1").arg(n.year) << '\n';
    if (n.type) {
        out << CliTr::tr("Type: %1 (%2)")
                   .arg(doctype::displayName(*n.type), doctype::abbreviation(*n.type))
            << '\n';
        out << CliTr::tr("Issuer: %1").arg(n.issuer) << '\n';
    } else {
        out << CliTr::tr("Type: %1").arg(doctype::displayName(DocumentType::CongVan)) << '\n';
        out << CliTr::tr("Issuer: %1").arg(n.issuer) << '\n';
        out << CliTr::tr("Drafting unit: %1").arg(n.unit) << '\n';
    }
    return Ok;
}

int cmdOrgCode(const QStringList &args, QTextStream &out, QTextStream &err)
{
    if (args.size() != 1)
        return usage(err, CliTr::tr("Usage: lienthong-cli orgcode CODE"));
    const auto code = OrgCode::parse(args.first());
    if (!code)
        return refuse(err, code.error());
    out << CliTr::tr("Code: %1").arg(code->toString()) << '\n';
    out << CliTr::tr("Level: %1").arg(code->level()) << '\n';
    out << CliTr::tr("Level-1 body: %1").arg(code->levelOneGroup()) << '\n';
    const OrgCode parent = code->parent();
    out << CliTr::tr("Parent: %1")
               .arg(parent.isNull() ? CliTr::tr("(none: a level-1 body)") : parent.toString())
        << '\n';
    return Ok;
}

int cmdFold(const QStringList &args, QTextStream &out, QTextStream &err)
{
    if (args.isEmpty())
        return usage(err, CliTr::tr("Usage: lienthong-cli fold TEXT..."));
    out << text::foldForSearch(args.join(u' ')) << '\n';
    return Ok;
}

int cmdTypes(const QStringList &args, QTextStream &out, QTextStream &err)
{
    if (!args.isEmpty())
        return usage(err, CliTr::tr("Usage: lienthong-cli types"));
    for (DocumentType t : doctype::all()) {
        const QString abbr = doctype::abbreviation(t);
        out << (abbr.isEmpty() ? QStringLiteral("-") : abbr) << '\t' << doctype::key(t) << '\t'
            << doctype::vietnameseName(t) << '\t' << doctype::displayName(t) << '\n';
    }
    return Ok;
}

int cmdWorkflow(const QStringList &args, QTextStream &out, QTextStream &err)
{
    if (args.size() < 3 || args.size() > 4) {
        return usage(err, CliTr::tr("Usage: lienthong-cli workflow incoming|outgoing STATE ROLE "
                                    "[ACTION]"));
    }
    const auto direction = enums::directionFromKey(args.at(0));
    if (!direction)
        return usage(err, CliTr::tr("Unknown direction \"%1\".").arg(args.at(0)));
    DocumentState state;
    if (*direction == Direction::Incoming) {
        const auto s = enums::incomingStateFromKey(args.at(1));
        if (!s)
            return usage(err, CliTr::tr("Unknown state \"%1\".").arg(args.at(1)));
        state = *s;
    } else {
        const auto s = enums::outgoingStateFromKey(args.at(1));
        if (!s)
            return usage(err, CliTr::tr("Unknown state \"%1\".").arg(args.at(1)));
        state = *s;
    }
    const auto role = enums::roleFromKey(args.at(2));
    if (!role)
        return usage(err, CliTr::tr("Unknown role \"%1\".").arg(args.at(2)));

    if (args.size() == 3) {
        for (Action a : workflow::allowedActions(state, *role))
            out << actions::key(a) << '\t' << actions::displayName(a) << '\n';
        return Ok;
    }
    const auto action = actions::fromKey(args.at(3));
    if (!action)
        return usage(err, CliTr::tr("Unknown action \"%1\".").arg(args.at(3)));
    const auto judged = workflow::judge(state, *action, *role);
    if (!judged)
        return refuse(err, judged.error());
    const QString next = std::visit([](auto s) { return enums::key(s); }, judged.value());
    out << next << '\n';
    return Ok;
}

int cmdNextNumber(const QStringList &args, QTextStream &out, QTextStream &err)
{
    if (args.size() != 3) {
        return usage(err, CliTr::tr("Usage: lienthong-cli next-number YEAR LAST-NUMBER "
                                    "DATE(yyyy-MM-dd)"));
    }
    bool okYear = false;
    bool okLast = false;
    numbering::Sequence seq{args.at(0).toInt(&okYear), args.at(1).toInt(&okLast)};
    const QDate date = QDate::fromString(args.at(2), Qt::ISODate);
    if (!okYear || !okLast || seq.year < 0 || seq.lastNumber < 0)
        return usage(err, CliTr::tr("YEAR and LAST-NUMBER must be whole numbers."));
    const auto issued = numbering::next(seq, date);
    if (!issued)
        return refuse(err, issued.error());
    out << numbering::formatNumber(issued->number) << '\n';
    return Ok;
}

} // namespace

QString readSecret(const QString &prompt, bool fromStdin, QTextStream &err)
{
    QTextStream in(stdin);
#ifdef Q_OS_WIN
    HANDLE console = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    const bool terminal = GetConsoleMode(console, &mode) != 0;
#else
    const bool terminal = isatty(STDIN_FILENO) != 0;
#endif
    if (fromStdin || !terminal)
        return in.readLine();
    err << prompt << Qt::flush;
#ifdef Q_OS_WIN
    SetConsoleMode(console, mode & ~DWORD(ENABLE_ECHO_INPUT));
#else
    termios old{};
    tcgetattr(STDIN_FILENO, &old);
    termios silent = old;
    silent.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &silent);
#endif
    const QString secret = in.readLine();
#ifdef Q_OS_WIN
    SetConsoleMode(console, mode);
#else
    tcsetattr(STDIN_FILENO, TCSANOW, &old);
#endif
    err << '\n';
    return secret;
}

int usage(QTextStream &err, const QString &message)
{
    err << message << '\n' << CliTr::tr("Run \"lienthong-cli --help\" for the commands.") << '\n';
    return Usage;
}

QString helpText()
{
    return CliTr::tr(
        "Usage: lienthong-cli [--lang vi|en] [--profile DIR] [--timeout SECONDS] [--ca-file PEM] "
        "COMMAND [ARGUMENTS]\n"
        "\n"
        "LienThong on the command line: everything the desktop does, scriptable.\n"
        "\n"
        "Working with the server (the profile keeps documents for offline work):\n"
        "  login --server URL --user NAME [--password-stdin]\n"
        "                           sign in; the session is kept in the system keychain\n"
        "  logout                   sign out (documents kept offline stay)\n"
        "  sync [--wait SECONDS] [--page-size N] [--password-stdin]\n"
        "                           send queued actions, receive changes and files kept "
        "offline\n"
        "  status                   server, user, last sync, pending actions, cache size\n"
        "  ls [--box to-handle|incoming|outgoing|to-sign|sent] [--work] [--urgent]\n"
        "     [--overdue] [--unread] [--limit N] [--offset N] [--json]\n"
        "                           list documents, newest first (--work: the open ones\n"
        "                           given to you or your unit)\n"
        "  search TEXT... [--json]  search with or without accents (\"quyet dinh\")\n"
        "  show ID [--json]         a document: metadata, files, history, pending actions\n"
        "  read ID...               mark documents read (the server learns it at the sync)\n"
        "  unread ID...             mark documents unread again\n"
        "  pin ID | pin --box NAME  keep files offline (unpin to stop)\n"
        "  act ID ACTION [--text TEXT] [--lead UNIT[:PERSON]] [--cooperate UNIT[:PERSON]]...\n"
        "      [--inform UNIT]... [--deadline yyyy-MM-dd] [--to LOGIN] [--file SIGNED.pdf]\n"
        "                           queue an action (approve, return, direct, comment, …);\n"
        "                           --to: the leader or reviewer it is put before; with\n"
        "                           --file a signed version goes up first (sign, issue);\n"
        "                           pass_on (a head): --lead LOGIN [--cooperate LOGIN]...\n"
        "                           gives the unit's part to its people\n"
        "  upload ID SIGNED.pdf     send a signed version of the document's file (the server\n"
        "                           takes it only if it extends the current version)\n"
        "  draft new --type TYPE --subject TEXT --file F.pdf [--appendix F.pdf]...\n"
        "      [--signer LOGIN] [--unit UNIT] [--recipient "
        "UNIT|PERSON|external:CODE|paper:NAME]...\n"
        "      [--urgency U] [--confidentiality C] [--deadline yyyy-MM-dd] [--register NAME]\n"
        "                           a new draft (a .docx/.odt: made a PDF by LibreOffice);\n"
        "                           prints its id\n"
        "  draft version ID --file F.pdf   a new version of a draft (returned or not yet sent)\n"
        "  draft submit ID [--to LOGIN]    put a draft before its reviewer\n"
        "  incoming register --issuer-code CODE|--issuer-name TEXT --notation N/KH-XX\n"
        "      --date yyyy-MM-dd --type TYPE --subject TEXT --file SCAN.pdf [--pages N]\n"
        "      [--register NAME] [--accept-duplicate] …\n"
        "                           register a document received on paper or by e-mail;\n"
        "                           prints its id and arrival number\n"
        "  issue ID [--module PATH] [--pin-stdin]\n"
        "                           the clerk: the number from the register written into the\n"
        "                           file with the agency's signature, queued\n"
        "  register show --direction in|out|post [--year YYYY] [--register NAME|secret]\n"
        "                [--search WORDS] [--csv FILE] [--xlsx FILE] [--pdf FILE]\n"
        "                           the registers of Decree 30/2020, Annex IV (--register: a\n"
        "                           council's own, or the secret series; --pdf: laid out\n"
        "                           for printing as the annex shows them)\n"
        "  settings [--pkcs11-module PATH]... [--ca-certificate PEM]... [--clear-lists]\n"
        "           [--offline-dir DIR] [--offline-limit MB] [--signer-title TEXT]\n"
        "           [--signer-email TEXT] [--level B-B|B-T|B-LT] [--tsa URL] [--ocsp URL]\n"
        "           [--phrase TEXT]... | [--default-phrases]\n"
        "                           show or change the profile's settings (as the app's;\n"
        "                           --phrase: the ready-made phrases of directions)\n"
        "\n"
        "Signing with a USB token (PKCS#11), without a server:\n"
        "  tokens [--module PATH]   list token drivers, tokens and their certificates\n"
        "  sign --in IN.pdf --out OUT.pdf [--module PATH] [--token LABEL] [--key-id HEX]\n"
        "       [--pin-stdin] [--profile leader|agency|attachment|invisible] [--page N]\n"
        "       [--rect X,Y,W,H] [--field NAME] [--image PNG] [--reason TEXT] [--chain PEM]\n"
        "       [--name TEXT]\n"
        "       [--title TEXT] [--organisation TEXT] [--email TEXT] [--notation TEXT]\n"
        "       [--level B-B|B-T|B-LT] [--tsa URL] [--ocsp URL] [--crl URL] [--trust PEM]\n"
        "       [--pss] [--final-pin-try]\n"
        "                           PAdES signature with a visible stamp; the PIN comes\n"
        "                           from a prompt, --pin-stdin or LIENTHONG_PIN (never\n"
        "                           empty); with one try left, only after a yes at the\n"
        "                           prompt or with --final-pin-try\n"
        "  extend --in SIGNED.pdf --out OUT.pdf --tsa URL [--level B-T|B-LT] [--ocsp URL]\n"
        "         [--crl URL] [--chain PEM]\n"
        "                           bring a signature made offline up to B-T or B-LT\n"
        "  display-copy --in SIGNED.pdf --out COPY.pdf\n"
        "                           a copy for viewing with the stamps painted into the pages\n"
        "\n"
        "Packages between agencies (edXML), without a server:\n"
        "  edxml show FILE [--json] a package: sender, receivers, number, subject, files,\n"
        "                           status; its XML signature checked\n"
        "  edxml verify FILE        its XML signature only (exit 0 only when valid)\n"
        "\n"
        "Rules of the domain, without a server:\n"
        "  notation TEXT            check a number and notation, e.g. \"05/QĐ-UBND\"\n"
        "  orgcode CODE             check a national organisation code, show its level and "
        "parent\n"
        "  fold TEXT...             show the search form of a text (no accents, lower case)\n"
        "  types                    list the document types and their abbreviations\n"
        "  workflow DIRECTION STATE ROLE [ACTION]\n"
        "                           list the actions ROLE may take, or judge ACTION\n"
        "                           (DIRECTION: incoming|outgoing)\n"
        "  next-number YEAR LAST DATE\n"
        "                           the number a register gives next for a document dated "
        "DATE\n"
        "\n"
        "Options:\n"
        "  --lang vi|en             language of the messages (default: vi)\n"
        "  --profile DIR            the profile folder (default: the user's application data)\n"
        "  --timeout SECONDS        network timeout (default: 30)\n"
        "  --ca-file PEM            trust this CA for the server's certificate (kept by "
        "login)\n"
        "  -h, --help               show this help\n"
        "  -v, --version            show the version\n"
        "\n"
        "Exit status: 0 done, 1 refused (the reason is printed), 2 wrong usage, 3 server not "
        "reachable, 4 not signed in.\n");
}

int run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    if (args.isEmpty())
        return usage(err, CliTr::tr("No command given."));
    const QString command = args.first();
    const QStringList rest = args.mid(1);
    if (command == u"notation")
        return cmdNotation(rest, out, err);
    if (command == u"orgcode")
        return cmdOrgCode(rest, out, err);
    if (command == u"fold")
        return cmdFold(rest, out, err);
    if (command == u"types")
        return cmdTypes(rest, out, err);
    if (command == u"workflow")
        return cmdWorkflow(rest, out, err);
    if (command == u"next-number")
        return cmdNextNumber(rest, out, err);
    return usage(err, CliTr::tr("Unknown command \"%1\".").arg(command));
}

} // namespace lt::cli
