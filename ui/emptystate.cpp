#include "ui/emptystate.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace lt::ui {

EmptyState::EmptyState(bool canSignIn, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("emptyState"));
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/lienthong.svg")).pixmap(96, 96));
    icon->setAlignment(Qt::AlignCenter);
    layout->addWidget(icon);

    auto *title = new QLabel(tr("No documents yet"), this);
    title->setObjectName(QStringLiteral("emptyTitle"));
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    title->setFont(f);
    title->setAlignment(Qt::AlignCenter);
    layout->addWidget(title);

    auto *text = new QLabel(tr("Documents addressed to you, drafts to review and documents "
                               "to sign will appear here once LienThong is connected to your "
                               "agency's document management system. Documents kept offline "
                               "stay available without a network."),
                            this);
    text->setObjectName(QStringLiteral("emptyText"));
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    // A fixed width lets the wrapped label compute its height; centred by the stretches.
    text->setFixedWidth(520);
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(text);
    row->addStretch();
    layout->addLayout(row);
    if (canSignIn) {
        m_signIn = new QPushButton(tr("Sign in…"), this);
        m_signIn->setObjectName(QStringLiteral("emptySignIn"));
        connect(m_signIn, &QPushButton::clicked, this, &EmptyState::signInRequested);
        auto *buttonRow = new QHBoxLayout;
        buttonRow->addStretch();
        buttonRow->addWidget(m_signIn);
        buttonRow->addStretch();
        layout->addLayout(buttonRow);
    }
    layout->addStretch(3);
}

void EmptyState::setSignInVisible(bool visible)
{
    if (m_signIn)
        m_signIn->setVisible(visible);
}

} // namespace lt::ui
