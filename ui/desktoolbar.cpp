#include "ui/desktoolbar.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QMainWindow>
#include <QTimer>

namespace lt::ui {

DeskToolbar::DeskToolbar(QMainWindow *window, bool withProfile)
    : QToolBar(tr("Main"), window)
{
    setObjectName(QStringLiteral("mainToolbar"));
    setMovable(false);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("quickSearch"));
    m_search->setPlaceholderText(tr("Search number, subject, issuer (with or without accents)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(420);
    addWidget(m_search);
    // Search as you type, a moment after the last key.
    auto *delay = new QTimer(this);
    delay->setSingleShot(true);
    delay->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, delay, qOverload<>(&QTimer::start));
    connect(delay, &QTimer::timeout, this, [this] { emit searchChanged(m_search->text()); });
    auto *focusSearch = new QAction(window);
    focusSearch->setShortcut(QKeySequence::Find);
    connect(focusSearch, &QAction::triggered, m_search, qOverload<>(&QWidget::setFocus));
    window->addAction(focusSearch);
    if (!withProfile)
        return;
    auto *filter = new QComboBox(this);
    filter->setObjectName(QStringLiteral("listFilter"));
    filter->addItem(tr("All documents"), int(DocumentListModel::Filter::All));
    filter->addItem(tr("Urgent only"), int(DocumentListModel::Filter::Urgent));
    filter->addItem(tr("Overdue only"), int(DocumentListModel::Filter::Overdue));
    filter->addItem(tr("Unread only"), int(DocumentListModel::Filter::Unread));
    filter->setToolTip(tr("Show only some documents of the box"));
    addWidget(filter);
    connect(filter, &QComboBox::activated, this, [this, filter](int index) {
        emit filterChanged(static_cast<DocumentListModel::Filter>(filter->itemData(index).toInt()));
    });
    auto *sync = new QAction(tr("Synchronise now"), this);
    sync->setShortcut(QKeySequence::Refresh);
    connect(sync, &QAction::triggered, this, &DeskToolbar::syncRequested);
    addAction(sync);
}

QString DeskToolbar::searchText() const
{
    return m_search->text();
}

void DeskToolbar::clearSearchQuietly()
{
    const QSignalBlocker quiet(m_search); // choosing a box ends the search
    m_search->clear();
}

} // namespace lt::ui
