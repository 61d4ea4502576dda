// lienthong: the desktop client.
#include "core/auth/secretstore.h"
#include "core/i18n/language.h"
#include "core/pdf/pdfsigner.h"
#include "core/sync/client.h"
#include "core/version.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QSettings>

int main(int argc, char *argv[])
{
    // Web sign-in loads Qt WebEngine later, from a module; it needs shared GL contexts, which
    // can only be asked for before the application object exists.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral(LT_APPLICATION_NAME));
    QApplication::setOrganizationName(QStringLiteral(LT_ORGANISATION_NAME));
    QApplication::setOrganizationDomain(QStringLiteral(LT_ORGANISATION_DOMAIN));
    QApplication::setApplicationVersion(QStringLiteral(LT_VERSION_STRING));
    QApplication::setDesktopFileName(QStringLiteral("lienthong"));
    // A signature interrupted by Ctrl+C, a logout or a closed terminal leaves no half file.
    lt::pdf::removeWorkFilesOnSignals();

    // The language comes first: --lang, then the saved choice, then Vietnamese.
    QString language =
        QSettings().value(QStringLiteral("ui/language"), lt::i18n::defaultLanguage()).toString();
    const QStringList args = QApplication::arguments();
    const qsizetype langAt = args.indexOf(QStringLiteral("--lang"));
    if (langAt >= 0 && langAt + 1 < args.size())
        language = args.at(langAt + 1);
    if (!lt::i18n::install(app, language))
        lt::i18n::install(app, lt::i18n::defaultLanguage());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "LienThong desktop client for official documents."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("lang"),
                      QApplication::translate("main", "User interface language: vi or en."),
                      QStringLiteral("code")});
    parser.addOption({QStringLiteral("profile"),
                      QApplication::translate("main", "Profile folder (the same as "
                                                      "lienthong-cli --profile)."),
                      QStringLiteral("dir")});
    parser.process(app);

    auto profile = lt::sync::Profile::open(parser.isSet(QStringLiteral("profile"))
                                               ? parser.value(QStringLiteral("profile"))
                                               : lt::sync::Profile::defaultDirectory());
    if (!profile) {
        QMessageBox::critical(nullptr, QStringLiteral("LienThong"), profile.error().message);
        return 1;
    }
    lt::auth::KeychainSecretStore secrets;
    lt::sync::Client client(*profile.value(), secrets);
    lt::ui::MainWindow window(&client);
    window.setProperty("askToSignIn", true); // not signed in yet: the sign-in dialog opens
    window.show();
    return QApplication::exec();
}
