// lienthong-cli: LienThong without a display.
#include "clientcommands.h"
#include "commands.h"
#include "edxmlcommands.h"
#include "signcommands.h"

#include "core/i18n/language.h"
#include "core/pdf/pdfsigner.h"
#include "core/version.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral(LT_APPLICATION_NAME));
    QCoreApplication::setOrganizationName(QStringLiteral(LT_ORGANISATION_NAME));
    QCoreApplication::setApplicationVersion(QStringLiteral(LT_VERSION_STRING));
    // A signature interrupted by Ctrl+C, a logout or a closed terminal leaves no half file.
    lt::pdf::removeWorkFilesOnSignals();

    // Diagnostics stay quiet unless asked for (QT_LOGGING_RULES="lt.*.debug=true").
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("lt.*.info=false\nlt.*.warning=false"));

    QTextStream out(stdout);
    QTextStream err(stderr);

    // Global options come before the command.
    QStringList args = QCoreApplication::arguments().mid(1);
    QString language = lt::i18n::defaultLanguage();
    bool help = false;
    bool version = false;
    lt::cli::ClientOptions clientOptions;
    while (!args.isEmpty() && args.first().startsWith(u'-')) {
        const QString opt = args.takeFirst();
        if (opt == u"--lang" && !args.isEmpty()) {
            language = args.takeFirst();
        } else if (opt.startsWith(QStringLiteral("--lang="))) {
            language = opt.mid(7);
        } else if (opt == u"--profile" && !args.isEmpty()) {
            clientOptions.profileDir = args.takeFirst();
        } else if (opt.startsWith(QStringLiteral("--profile="))) {
            clientOptions.profileDir = opt.mid(10);
        } else if (opt == u"--ca-file" && !args.isEmpty()) {
            clientOptions.caFile = args.takeFirst();
        } else if (opt == u"--timeout" && !args.isEmpty()) {
            clientOptions.timeoutMs = int(args.takeFirst().toDouble() * 1000);
        } else if (opt == u"-h" || opt == u"--help") {
            help = true;
        } else if (opt == u"-v" || opt == u"--version") {
            version = true;
        } else {
            lt::i18n::install(app, language);
            err << QCoreApplication::translate("lt::cli", "Unknown option \"%1\".").arg(opt)
                << '\n';
            return lt::cli::Usage;
        }
    }
    if (!lt::i18n::install(app, language)) {
        // Said in the default language, the one the user gets without --lang.
        lt::i18n::install(app, lt::i18n::defaultLanguage());
        err << QCoreApplication::translate("lt::cli", "Unknown language \"%1\" (vi, en).")
                   .arg(language)
            << '\n';
        return lt::cli::Usage;
    }
    if (version) {
        out << "lienthong-cli " << LT_VERSION_STRING << '\n';
        return lt::cli::Ok;
    }
    if (help) {
        out << lt::cli::helpText();
        return lt::cli::Ok;
    }
    if (clientOptions.timeoutMs <= 0) {
        err << QCoreApplication::translate("lt::cli",
                                           "--timeout takes a number of seconds, such as 30.")
            << '\n';
        return lt::cli::Usage;
    }
    if (!args.isEmpty() && lt::cli::isEdxmlCommand(args.first()))
        return lt::cli::runEdxmlCommand(args.mid(1), out, err);
    if (!args.isEmpty() && lt::cli::isSignCommand(args.first()))
        return lt::cli::runSignCommand(args.first(), args.mid(1), out, err);
    if (!args.isEmpty() && lt::cli::isClientCommand(args.first()))
        return lt::cli::runClientCommand(args.first(), args.mid(1), clientOptions, out, err);
    return lt::cli::run(args, out, err);
}
