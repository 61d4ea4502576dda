#pragma once

#include <QWidget>

class QPushButton;

namespace lt::ui {

// What the desk shows before it has any document: what will appear here, and a sign-in button
// when there is a profile to sign in with.
class EmptyState : public QWidget
{
    Q_OBJECT

public:
    EmptyState(bool canSignIn, QWidget *parent = nullptr);
    void setSignInVisible(bool visible);

signals:
    void signInRequested();

private:
    QPushButton *m_signIn = nullptr;
};

} // namespace lt::ui
