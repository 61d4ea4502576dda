#include "ui/logindialog.h"

#include "core/sync/client.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLibrary>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace lt::ui {

LoginDialog::LoginDialog(sync::Client &client, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
{
    setWindowTitle(tr("Sign in — LienThong"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Sign in to your agency's document management system."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_server = new QLineEdit(this);
    m_server->setObjectName(QStringLiteral("loginServer"));
    m_server->setPlaceholderText(QStringLiteral("https://vanban.example.gov.vn"));
    const auto &settings = client.profile().settings();
    if (!settings.server.isEmpty())
        m_server->setText(settings.server.toString());
    m_login = new QLineEdit(this);
    m_login->setObjectName(QStringLiteral("loginName"));
    m_login->setText(settings.login);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("loginPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Server"), m_server);
    form->addRow(tr("&User name"), m_login);
    form->addRow(tr("&Password"), m_password);
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("loginError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color:#b71c1c"));
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(this);
    m_signIn = buttons->addButton(tr("Sign in"), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("loginSubmit"));
    m_signIn->setDefault(true);
    m_web = buttons->addButton(tr("Sign in through the web page…"), QDialogButtonBox::ActionRole);
    m_web->setObjectName(QStringLiteral("loginWeb"));
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    // The dialog closes itself when the sign-in succeeds, not when the button is pressed.
    disconnect(buttons, &QDialogButtonBox::accepted, this, nullptr);
    connect(m_signIn, &QPushButton::clicked, this, &LoginDialog::signIn);
    connect(m_web, &QPushButton::clicked, this, &LoginDialog::signInThroughWeb);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    (m_login->text().isEmpty() ? (m_server->text().isEmpty() ? m_server : m_login) : m_password)
        ->setFocus();
}

QUrl LoginDialog::server() const
{
    QString text = m_server->text().trimmed();
    if (!text.isEmpty() && !text.contains(QStringLiteral("://")))
        text.prepend(QStringLiteral("https://"));
    return QUrl(text);
}

void LoginDialog::setServer(const QUrl &url)
{
    m_server->setText(url.toString());
}

void LoginDialog::setCredentials(const QString &login, const QString &password)
{
    m_login->setText(login);
    m_password->setText(password);
}

QString LoginDialog::errorText() const
{
    return m_error->isVisible() || !m_error->text().isEmpty() ? m_error->text() : QString();
}

bool LoginDialog::checkServer()
{
    const QUrl url = server();
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QStringLiteral("https") && url.scheme() != QStringLiteral("http"))) {
        finish(false, tr("Give the server's address, e.g. https://vanban.example.gov.vn."));
        return false;
    }
    return true;
}

void LoginDialog::signIn()
{
    if (!checkServer())
        return;
    if (m_login->text().trimmed().isEmpty() || m_password->text().isEmpty()) {
        finish(false, tr("Give your user name and password."));
        return;
    }
    setBusy(true);
    QPointer<LoginDialog> self(this);
    m_client.signIn(server(), m_login->text().trimmed(), m_password->text(), [self](Status s) {
        if (self)
            self->finish(s.ok(), s ? QString() : s.error().message);
    });
}

void LoginDialog::signInThroughWeb()
{
    if (!checkServer())
        return;
    QString error;
    QDialog *web = createWebSignInDialog(server(), this, &error);
    if (!web) {
        finish(false, error);
        return;
    }
    web->setWindowTitle(tr("Sign in through the web page"));
    web->setAttribute(Qt::WA_DeleteOnClose);
    connect(web, &QDialog::accepted, this,
            [this, web] { signInWithCode(web->property("code").toString()); });
    web->open();
}

void LoginDialog::signInWithCode(const QString &code)
{
    setBusy(true);
    QPointer<LoginDialog> self(this);
    m_client.signInWithCode(server(), code, [self](Status s) {
        if (self)
            self->finish(s.ok(), s ? QString() : s.error().message);
    });
}

void LoginDialog::setBusy(bool busy)
{
    m_signIn->setEnabled(!busy);
    m_web->setEnabled(!busy);
    m_signIn->setText(busy ? tr("Signing in…") : tr("Sign in"));
}

void LoginDialog::finish(bool ok, const QString &message)
{
    setBusy(false);
    m_password->clear();
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    emit attemptFinished(ok);
    if (ok)
        accept();
}

QDialog *createWebSignInDialog(const QUrl &server, QWidget *parent, QString *error)
{
    using Create = QDialog *(*)(const QUrl &, QWidget *);
    static Create create = nullptr;
    if (!create) {
        // Next to the program (build tree, Windows) or in lib/lienthong (installed on Linux).
        const QString dir = QCoreApplication::applicationDirPath();
        for (const QString &candidate :
             QStringList{qEnvironmentVariable("LIENTHONG_WEBSIGNIN"),
                         dir + QStringLiteral("/lienthong_websignin"),
                         dir + QStringLiteral("/../lib/lienthong/lienthong_websignin")}) {
            if (candidate.isEmpty())
                continue;
            QLibrary library(candidate);
            if (library.load()) {
                create = reinterpret_cast<Create>(library.resolve("lt_create_web_signin"));
                if (create)
                    break;
            }
        }
    }
    if (!create) {
        if (error)
            *error = LoginDialog::tr("Web sign-in is not installed (Qt WebEngine is missing). "
                                     "Sign in with your user name and password.");
        return nullptr;
    }
    return create(server, parent);
}

} // namespace lt::ui
