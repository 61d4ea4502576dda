#pragma once

#include <QDialog>
#include <QUrl>

class QLabel;
class QLineEdit;
class QPushButton;

namespace lt::sync {
class Client;
}

namespace lt::ui {

// Sign in: the server's address and a login and password, or the server's own web page
// (Qt WebEngine, loaded only when that button is pressed) that hands back a one-time code.
// The session is remembered in the OS keychain by the client; the password never is.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LoginDialog(sync::Client &client, QWidget *parent = nullptr);

    QUrl server() const;
    // For tests: fill the form and press "Sign in" as a user would.
    void setServer(const QUrl &url);
    void setCredentials(const QString &login, const QString &password);
    void signIn();
    // Opens the web page; the code it hands back signs in.
    void signInThroughWeb();
    // Signs in with a one-time code (what the web page hands back).
    void signInWithCode(const QString &code);
    QString errorText() const;

signals:
    // A sign-in attempt ended (the dialog is accepted when it succeeded).
    void attemptFinished(bool ok);

private:
    bool checkServer();
    void setBusy(bool busy);
    void finish(bool ok, const QString &message);

    sync::Client &m_client;
    QLineEdit *m_server;
    QLineEdit *m_login;
    QLineEdit *m_password;
    QLabel *m_error;
    QPushButton *m_signIn;
    QPushButton *m_web;
};

// The web sign-in window lives in a module of its own (lienthong_websignin) so that Qt
// WebEngine is loaded only when it is used. Returns nullptr and sets `error` when the module
// is missing. An accepted dialog holds the code in its "code" property.
QDialog *createWebSignInDialog(const QUrl &server, QWidget *parent, QString *error);

} // namespace lt::ui
