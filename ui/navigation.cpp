#include "ui/navigation.h"

#include <QIcon>

#include <QHeaderView>
#include <QMenu>
#include <QStyle>

namespace lt::ui {

namespace {
constexpr int kBoxRole = Qt::UserRole + 1;
constexpr int kCountColumn = 1;
} // namespace

Navigation::Navigation(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("navigation"));
    setColumnCount(2);
    setHeaderHidden(true);
    setRootIsDecorated(false);
    setIndentation(8);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(kCountColumn, QHeaderView::ResizeToContents);

    const QList<std::pair<DeskBox, QString>> boxes{{DeskBox::ToHandle, tr("To handle")},
                                                   {DeskBox::Incoming, tr("Incoming")},
                                                   {DeskBox::OutgoingDrafts, tr("Outgoing drafts")},
                                                   {DeskBox::ToSign, tr("To sign")},
                                                   {DeskBox::Sent, tr("Sent")},
                                                   {DeskBox::Tasks, tr("Tasks")},
                                                   {DeskBox::Search, tr("Search")}};
    // The project's own icons (drawn for these boxes; the style's floppy disk said "save").
    const QStringList icons{QStringLiteral("to-handle"), QStringLiteral("incoming"),
                            QStringLiteral("drafts"),    QStringLiteral("to-sign"),
                            QStringLiteral("sent"),      QStringLiteral("tasks"),
                            QStringLiteral("search")};
    for (qsizetype i = 0; i < boxes.size(); ++i) {
        auto *entry = new QTreeWidgetItem(this);
        entry->setText(0, boxes.at(i).second);
        entry->setIcon(0, QIcon(QStringLiteral(":/icons/boxes/%1.svg").arg(icons.at(i))));
        entry->setData(0, kBoxRole, static_cast<int>(boxes.at(i).first));
        entry->setTextAlignment(kCountColumn, Qt::AlignRight | Qt::AlignVCenter);
        setCount(boxes.at(i).first, 0);
    }
    setCurrentItem(topLevelItem(0));

    setContextMenuPolicy(Qt::CustomContextMenu);
    connect(this, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        auto *entry = itemAt(at);
        if (!entry || !m_kept)
            return;
        const auto box = static_cast<DeskBox>(entry->data(0, kBoxRole).toInt());
        const std::optional<bool> kept = m_kept(box);
        if (!kept)
            return;
        QMenu menu;
        auto *keep = menu.addAction(tr("Keep this box offline"));
        keep->setCheckable(true);
        keep->setChecked(*kept);
        connect(keep, &QAction::toggled, this,
                [this, box](bool on) { emit keepOfflineRequested(box, on); });
        menu.exec(viewport()->mapToGlobal(at));
    });
}

QTreeWidgetItem *Navigation::item(DeskBox box) const
{
    for (int i = 0; i < topLevelItemCount(); ++i) {
        if (topLevelItem(i)->data(0, kBoxRole).toInt() == static_cast<int>(box))
            return topLevelItem(i);
    }
    return nullptr;
}

QString Navigation::label(DeskBox box) const
{
    const auto *entry = item(box);
    return entry ? entry->text(0) : QString();
}

int Navigation::count(DeskBox box) const
{
    const auto *entry = item(box);
    return entry ? entry->text(kCountColumn).toInt() : 0;
}

void Navigation::setCount(DeskBox box, int count)
{
    auto *entry = item(box);
    if (!entry)
        return;
    entry->setText(kCountColumn, QString::number(count));
    QFont font = entry->font(0);
    font.setBold(count > 0);
    entry->setFont(0, font);
    entry->setFont(kCountColumn, font);
}

DeskBox Navigation::current() const
{
    const auto *entry = currentItem();
    return entry ? static_cast<DeskBox>(entry->data(0, kBoxRole).toInt()) : DeskBox::ToHandle;
}

void Navigation::selectQuietly(DeskBox box)
{
    const QSignalBlocker quiet(this);
    setCurrentItem(item(box));
}

} // namespace lt::ui
