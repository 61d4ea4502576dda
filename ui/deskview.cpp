#include "ui/deskview.h"

#include "core/desk/commands.h"
#include "core/sync/profile.h"
#include "ui/documentlist.h"
#include "ui/documentpanel.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QScopedValueRollback>

namespace lt::ui {

DeskView::DeskView(sync::Profile &profile, QWidget *parent)
    : QSplitter(Qt::Vertical, parent)
    , m_profile(profile)
    , m_model(new DocumentListModel(profile.cache(), this))
    , m_list(new DocumentList(m_model, this))
    , m_panel(new DocumentPanel(this))
{
    setObjectName(QStringLiteral("deskView"));
    m_panel->setObjectName(QStringLiteral("documentPanel"));
    m_panel->setRoles(profile.settings().roles);
    addWidget(m_list);
    addWidget(m_panel);
    setStretchFactor(0, 3);
    setStretchFactor(1, 2);
    m_readTimer.setSingleShot(true);
    m_readTimer.setInterval(kReadAfterMs);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid() && !m_selecting)
                    showInPanel(current.data(DocumentListModel::IdRole).toString());
            });
    connect(m_panel, &DocumentPanel::attachmentChosen, this, &DeskView::showAttachment);
}

void DeskView::openFirst()
{
    m_panel->clear();
    // Like a mail client: the first document of the list is open at once.
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0, 0));
    emit documentShown();
}

void DeskView::showBox(std::optional<lt::Box> box, quint32 work)
{
    m_model->setBox(box, work);
    openFirst();
}

int DeskView::showSearch(const QString &text)
{
    m_model->setSearch(text);
    openFirst();
    return m_model->rowCount();
}

void DeskView::setFilter(DocumentListModel::Filter filter)
{
    m_model->setFilter(filter);
    openFirst();
}

void DeskView::reload(std::optional<lt::Box> box, const QString &search, quint32 work)
{
    const QString open = m_panel->documentId();
    const int row = m_list->currentIndex().isValid() ? m_list->currentIndex().row() : 0;
    // The view keeps its own reactions (repaint, scroll); only the panel waits for the end.
    const QScopedValueRollback quiet(m_selecting, true);
    if (!search.isEmpty())
        m_model->setSearch(search); // a search stays a search
    else
        m_model->setBox(box, work);
    if (m_model->rowCount() == 0) {
        m_panel->clear();
        emit documentShown();
        return;
    }
    if (open.isEmpty()) {
        m_list->setCurrentIndex(m_model->index(std::min(row, m_model->rowCount() - 1), 0));
        showInPanel(m_list->currentIndex().data(DocumentListModel::IdRole).toString());
        return;
    }
    // Still listed: it stays open on its row. Gone from the list (an action moved it on): it
    // stays open, with no row highlighted, so that the reader sees what they did and the next
    // action can only be on the document they see.
    selectQuietly(rowOf(open));
    showInPanel(open);
}

int DeskView::rowOf(const QString &id) const
{
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (const Document *d = m_model->documentAt(r); d && d->id == id)
            return r;
    }
    return -1;
}

void DeskView::selectQuietly(int row)
{
    const QScopedValueRollback quiet(m_selecting, true);
    if (row >= 0) {
        m_list->setCurrentIndex(m_model->index(row, 0));
        m_list->scrollTo(m_model->index(row, 0));
    } else {
        m_list->selectionModel()->clearSelection();
        m_list->selectionModel()->setCurrentIndex(QModelIndex(), QItemSelectionModel::NoUpdate);
    }
}

void DeskView::markUnread(const QStringList &ids)
{
    for (const QString &id : ids) {
        if (m_profile.cache().markRead(id, false))
            m_model->markRead(id, false);
        if (id == m_panel->documentId())
            m_keptUnread = id;
    }
}

void DeskView::openDocument(const QString &id)
{
    selectQuietly(rowOf(id));
    showInPanel(id);
}

void DeskView::showInPanel(const QString &id)
{
    if (id != m_keptUnread)
        m_keptUnread.clear(); // another document: the one marked unread is read when opened

    const auto doc = m_profile.cache().get(id);
    if (!doc || !doc.value()) {
        m_panel->clear();
        emit documentShown();
        return;
    }
    m_panel->setRoles(m_profile.settings().roles);
    m_panel->setUnit(m_profile.settings().organisationId);
    m_panel->setPeople(m_profile.people());
    QHash<QString, QString> units;
    for (const QJsonValue &v : m_profile.organisations()) {
        const QJsonObject o = v.toObject();
        units.insert(o.value(QStringLiteral("id")).toString(),
                     o.value(QStringLiteral("name")).toString());
    }
    m_panel->setUnitNames(units);
    m_panel->showDocument(*doc.value(), m_profile.outbox().forDocument(id).valueOr({}));
    emit documentShown();
    // Read once it has been on screen for a moment (not when the list merely opened it while
    // the reader went past).
    if (doc.value()->unread) {
        m_readTimer.disconnect();
        connect(&m_readTimer, &QTimer::timeout, this, [this, id] {
            if (m_panel->documentId() != id || m_keptUnread == id)
                return;
            if (m_profile.cache().markRead(id))
                m_model->markRead(id);
            emit documentRead(id);
        });
        m_readTimer.start();
    }
    if (!doc.value()->attachments.isEmpty())
        showAttachment(id, 0);
}

void DeskView::showAttachment(const QString &id, int index)
{
    if (m_panel->documentId() != id)
        return;
    const auto doc = m_profile.cache().get(id);
    if (!doc || !doc.value() || index < 0 || index >= doc.value()->attachments.size())
        return;
    const Attachment a = doc.value()->attachments.at(index);
    if (!m_profile.blobs().has(a.sha256)) {
        if (m_profile.isSignedIn() && receivers(SIGNAL(fileWanted(QString, int))) > 0) {
            m_panel->showFileMessage(index, tr("Downloading the file from the server…"));
            emit fileWanted(id, index);
        } else {
            m_panel->showFile(index, {});
        }
        return;
    }
    // The display copy (stamps painted in for QtPdf): at once when it was made before,
    // otherwise made on a worker thread while the panel says so.
    auto *copy = new desk::DisplayCopyCommand(m_profile, a, this);
    connect(copy, &desk::Command::finished, this, [this, copy, id, index] {
        copy->deleteLater();
        if (copy->result() && !copy->wasReady() && m_panel->documentId() == id &&
            m_panel->currentAttachment() == index)
            m_panel->showFile(index, copy->path());
    });
    copy->start();
    m_panel->showFile(index, copy->wasReady() ? copy->path() : QString(), !copy->wasReady());
}

void DeskView::next()
{
    if (m_model->rowCount() == 0)
        return;
    const int row = m_list->currentIndex().isValid() ? m_list->currentIndex().row() + 1 : 0;
    if (row < m_model->rowCount())
        m_list->setCurrentIndex(m_model->index(row, 0));
}

void DeskView::previous()
{
    if (!m_list->currentIndex().isValid())
        return;
    const int row = m_list->currentIndex().row() - 1;
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row, 0));
}

} // namespace lt::ui
