#include "ui/documentpanel.h"
#include "core/text/units.h"

#include "core/desk/commands.h"
#include "core/desk/lifecycle.h"
#include "core/workflow/decide.h"

#include "ui/pdfviewer.h"
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>

#include <QComboBox>
#include <QPdfDocument>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace lt::ui {

namespace {
QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}
} // namespace

DocumentPanel::DocumentPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(this);
    m_view = new QTextBrowser(this);
    m_view->setObjectName(QStringLiteral("documentDetails"));
    m_view->setOpenLinks(false);
    connect(m_view, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() != QStringLiteral("reuse"))
            return;
        for (const store::OutboxEntry &e : std::as_const(m_queued)) {
            if (e.id == url.path())
                emit reuseRequested(m_id, e);
        }
    });
    m_tabs->addTab(m_view, tr("Details"));
    auto *pdfPage = new QWidget(this);
    auto *pdfLayout = new QVBoxLayout(pdfPage);
    pdfLayout->setContentsMargins(0, 0, 0, 0);
    auto *fileBar = new QHBoxLayout;
    fileBar->setContentsMargins(4, 4, 4, 0);
    auto *fileLabel = new QLabel(tr("File:"), pdfPage);
    m_files = new QComboBox(pdfPage);
    m_files->setObjectName(QStringLiteral("attachments"));
    m_files->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    fileLabel->setBuddy(m_files);
    auto *openExternal = new QPushButton(tr("Open externally"), pdfPage);
    openExternal->setObjectName(QStringLiteral("openExternally"));
    auto *saveAs = new QPushButton(tr("Save as…"), pdfPage);
    saveAs->setObjectName(QStringLiteral("saveAs"));
    fileBar->addWidget(fileLabel);
    fileBar->addWidget(m_files, 1);
    fileBar->addWidget(openExternal);
    fileBar->addWidget(saveAs);
    pdfLayout->addLayout(fileBar);
    connect(m_files, &QComboBox::activated, this,
            [this](int index) { emit attachmentChosen(m_id, index); });
    connect(openExternal, &QPushButton::clicked, this,
            [this] { emit openFileRequested(m_id, currentAttachment()); });
    connect(saveAs, &QPushButton::clicked, this,
            [this] { emit saveFileRequested(m_id, currentAttachment()); });
    m_fileArea = new QStackedWidget(pdfPage);
    m_viewer = new PdfViewer(m_fileArea);
    m_noFile = new QLabel(m_fileArea);
    m_noFile->setObjectName(QStringLiteral("noFile"));
    m_noFile->setAlignment(Qt::AlignCenter);
    m_noFile->setWordWrap(true);
    m_fileArea->addWidget(m_noFile);
    m_fileArea->addWidget(m_viewer);
    pdfLayout->addWidget(m_fileArea, 1);
    m_tabs->addTab(pdfPage, tr("Document"));
    layout->addWidget(m_tabs, 1);
    m_buttons = new QHBoxLayout;
    layout->addLayout(m_buttons);
    clear();
}

int DocumentPanel::pdfPageCount() const
{
    return m_fileArea->currentWidget() == m_viewer ? m_viewer->pageCount() : 0;
}

QImage DocumentPanel::renderFirstPage(const QSize &size) const
{
    return pdfPageCount() > 0 ? m_viewer->document()->render(0, size) : QImage();
}

int DocumentPanel::currentAttachment() const
{
    return m_files->currentIndex();
}

void DocumentPanel::showPdfTab()
{
    m_tabs->setCurrentIndex(1);
}

void DocumentPanel::showFile(int index, const QString &pdf, bool preparing)
{
    if (index < 0 || index >= m_files->count())
        return;
    m_files->setCurrentIndex(index);
    if (!pdf.isEmpty() && pdf == m_shownPdf && m_viewer->pageCount() > 0) {
        m_fileArea->setCurrentWidget(m_viewer);
        emit fileShown(m_id, index);
        return;
    }
    m_shownPdf.clear();
    if (!pdf.isEmpty() && m_viewer->load(pdf)) {
        m_shownPdf = pdf;
        m_fileArea->setCurrentWidget(m_viewer);
        emit fileShown(m_id, index);
        return;
    }
    m_viewer->close();
    m_fileArea->setCurrentWidget(m_noFile);
    if (preparing)
        m_noFile->setText(tr("Preparing the document for display…"));
    else if (!pdf.isEmpty())
        m_noFile->setText(tr("This file cannot be shown here. \"Open externally\" opens it in "
                             "another program."));
    else
        m_noFile->setText(tr("The file is not on this computer yet: \"Open externally\" or "
                             "\"Keep offline\" downloads it."));
}

QString describeAssignments(const QList<Assignment> &assignments,
                            const std::function<QString(const QString &)> &name,
                            const std::function<QString(const QString &)> &personName)
{
    QStringList lead, cooperating, informed;
    for (const Assignment &a : assignments) {
        const QString who =
            a.personId.isEmpty() || !personName
                ? name(a.organisationId)
                : name(a.organisationId) + QStringLiteral(" — ") + personName(a.personId);
        const QString by = a.deadline.isValid()
                               ? DocumentPanel::tr("%1 (by %2)")
                                     .arg(who, a.deadline.toString(QStringLiteral("dd/MM/yyyy")))
                               : who;
        switch (a.kind) {
        case AssignmentKind::Lead:
            lead << by;
            break;
        case AssignmentKind::Cooperate:
            cooperating << by;
            break;
        default:
            informed << who;
        }
    }
    QStringList parts;
    if (!lead.isEmpty())
        parts << DocumentPanel::tr("Lead: %1").arg(lead.join(QStringLiteral(", ")));
    if (!cooperating.isEmpty())
        parts << DocumentPanel::tr("Co-operating: %1").arg(cooperating.join(QStringLiteral(", ")));
    if (!informed.isEmpty())
        parts << DocumentPanel::tr("For information: %1").arg(informed.join(QStringLiteral(", ")));
    return parts.join(QStringLiteral("; "));
}

void DocumentPanel::setPeople(const QJsonArray &people)
{
    m_personNames.clear();
    for (const QJsonValue &v : people) {
        const QJsonObject p = v.toObject();
        const QString title = p.value(QStringLiteral("title")).toString();
        const QString name = p.value(QStringLiteral("fullName")).toString();
        m_personNames.insert(p.value(QStringLiteral("id")).toString(),
                             title.isEmpty() ? name : title + u' ' + name);
    }
}

QString DocumentPanel::assignmentsText(const QList<Assignment> &assignments) const
{
    return describeAssignments(
        assignments, [this](const QString &id) { return m_unitNames.value(id, id); },
        [this](const QString &id) { return m_personNames.value(id, id); });
}

void DocumentPanel::showFileMessage(int index, const QString &message)
{
    if (index < 0 || index >= m_files->count())
        return;
    m_files->setCurrentIndex(index);
    m_shownPdf.clear();
    m_viewer->close();
    m_fileArea->setCurrentWidget(m_noFile);
    m_noFile->setText(message);
}

void DocumentPanel::clear()
{
    m_viewer->close();
    m_shownPdf.clear();
    m_fileArea->setCurrentWidget(m_noFile);
    m_noFile->setText(tr("No file."));
    m_id.clear();
    resetDetails();
}

void DocumentPanel::resetDetails()
{
    m_files->clear();
    m_files->setEnabled(false);
    m_offered.clear();
    m_view->setHtml(QStringLiteral("<p style='color:gray'>%1</p>")
                        .arg(esc(tr("Choose a document in the list."))));
    while (QLayoutItem *item = m_buttons->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

QString DocumentPanel::html() const
{
    return m_view->toPlainText();
}

void DocumentPanel::showDocument(const Document &d, const QList<store::OutboxEntry> &queued)
{
    // The same document again (after a sync): the file stays where the reader is.
    if (d.id != m_id)
        clear();
    else
        resetDetails();
    m_id = d.id;
    for (const Attachment &a : d.attachments) {
        m_files->addItem(a.isMain ? a.fileName : tr("%1 (appendix)").arg(a.fileName));
        m_files->setItemData(m_files->count() - 1,
                             tr("Version %1 · %2").arg(a.version).arg(text::dataSize(a.size)),
                             Qt::ToolTipRole);
    }
    m_files->setEnabled(m_files->count() > 1);
    QString h;
    h += QStringLiteral("<h3>%1</h3>").arg(esc(d.subject));
    h += QStringLiteral("<table cellspacing='2'>");
    const auto row = [&h](const QString &label, const QString &value) {
        if (!value.isEmpty())
            h += QStringLiteral("<tr><td style='color:#555; padding-right:14px'>%1</td>"
                                "<td><b>%2</b></td></tr>")
                     .arg(esc(label), esc(value));
    };
    row(tr("Number and notation"), d.numberNotation());
    row(tr("Type"), doctype::displayName(d.type));
    // An outgoing document before it is issued: who drafted it, whose signature it waits for;
    // no issue date yet.
    const auto *out = std::get_if<OutgoingState>(&d.state);
    const bool issued = !out || *out == OutgoingState::Issued ||
                        *out == OutgoingState::Dispatched || *out == OutgoingState::Recalled;
    const bool signedAlready = issued || *out == OutgoingState::Signed;
    if (!issued && !d.draftingUnit.isEmpty())
        row(tr("Drafting unit"), d.draftingUnit);
    row(issued ? tr("Issued by") : tr("To be issued by"), d.issuerName);
    if (issued)
        row(tr("Issue date"), dateText(d.issueDate));
    row(tr("Received"), d.receivedAt.isValid() ? d.receivedAt.toLocalTime().toString(
                                                     QStringLiteral("dd/MM/yyyy HH:mm"))
                                               : QString());
    row(tr("Incoming number"),
        d.incomingNumber > 0 ? QString::number(d.incomingNumber) : QString());
    row(signedAlready ? tr("Signer") : tr("To be signed by"),
        d.signerName.isEmpty() ? QString() : d.signerTitle + u' ' + d.signerName);
    row(tr("Urgency"), d.urgency == Urgency::Normal ? QString() : enums::displayName(d.urgency));
    row(tr("Confidentiality"), d.confidentiality == Confidentiality::Normal
                                   ? QString()
                                   : enums::displayName(d.confidentiality));
    row(tr("Deadline"), dateText(d.dueDate));
    // Who handles it now: the units the leader gave it to, and the people their heads passed
    // it on to.
    const auto unitName = [this](const QString &id) { return m_unitNames.value(id, id); };
    const auto personName = [this](const QString &id) { return m_personNames.value(id, id); };
    row(tr("Lead unit"),
        desk::handlingChain(d.history, AssignmentKind::Lead, unitName, personName));
    row(tr("Co-operating units"),
        desk::handlingChain(d.history, AssignmentKind::Cooperate, unitName, personName));
    // The overlay of the actions waiting to be sent: what the document will be once they are
    // (the same judge as the server's), and what may be done after them.
    const workflow::Actor actor{m_roles, d.relations, m_unit};
    const DocumentState expected = workflow::expectedState(d, actor, desk::waitingRequests(queued));
    const auto stateName = [](const DocumentState &st) {
        return std::visit([](auto x) -> QString { return enums::displayName(x); }, st);
    };
    const QList<Action> offeredNow = workflow::offered(expected, actor);
    row(tr("State"), expected == d.state
                         ? stateName(d.state)
                         : tr("%1 → %2 once sent").arg(stateName(d.state), stateName(expected)));
    h += QStringLiteral("</table>");
    if (!d.attachments.isEmpty()) {
        h += QStringLiteral("<h4>%1</h4><ul>").arg(esc(tr("Files")));
        for (const Attachment &a : d.attachments)
            h += QStringLiteral("<li>%1 (%2)</li>")
                     .arg(esc(a.fileName), esc(text::dataSize(a.size)));
        h += QStringLiteral("</ul>");
    }
    if (!d.versions.isEmpty()) {
        // The draft's versions, the current one last.
        h += QStringLiteral("<h4>%1</h4><ul>").arg(esc(tr("Versions of the draft")));
        for (const DraftVersion &v : d.versions) {
            h +=
                QStringLiteral("<li>%1</li>")
                    .arg(esc(
                        tr("Version %1: %2 (%3), %4, %5")
                            .arg(v.version)
                            .arg(v.fileName, text::dataSize(v.size),
                                 v.byName.isEmpty() ? tr("unknown") : v.byName,
                                 v.at.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")))));
        }
        h += QStringLiteral("</ul>");
    }
    if (!d.recipients.isEmpty()) {
        // Nơi nhận, and how far the document has gone to each.
        h += QStringLiteral("<h4>%1</h4><ul>").arg(esc(tr("Recipients")));
        for (const Recipient &r : d.recipients) {
            QString kind;
            switch (r.kind) {
            case Recipient::Kind::External:
                kind = tr("another agency, through the exchange");
                break;
            case Recipient::Kind::Paper:
                kind = tr("paper copy");
                break;
            default:
                break;
            }
            h += QStringLiteral("<li>%1%2 — <i>%3</i></li>")
                     .arg(esc(r.name),
                          kind.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(esc(kind)),
                          esc(r.kind == Recipient::Kind::External &&
                                      r.state == Recipient::State::Pending &&
                                      std::holds_alternative<OutgoingState>(d.state) &&
                                      std::get<OutgoingState>(d.state) == OutgoingState::Dispatched
                                  ? tr("waiting for the exchange")
                                  : recipients::displayName(r.state)));
        }
        h += QStringLiteral("</ul>");
    }
    h += QStringLiteral("<h4>%1</h4>").arg(esc(tr("History")));
    if (d.history.isEmpty())
        h += QStringLiteral("<p style='color:gray'>%1</p>").arg(esc(tr("Nothing yet.")));
    for (const Decision &x : d.history) {
        h += QStringLiteral("<p><span style='color:#555'>%1</span> — <b>%2</b> (%3): %4")
                 .arg(esc(x.at.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"))),
                      esc(x.actorName), esc(enums::displayName(x.actorRole)),
                      esc(actions::displayName(x.action)));
        if (!x.toName.isEmpty())
            h += QStringLiteral(" → %1").arg(esc(x.toName));
        if (x.receivedAt.isValid()) {
            // Taken offline: the time the user acted, and when it reached the server.
            h += QStringLiteral(" <span style='color:#555'>%1</span>")
                     .arg(esc(tr("(sent %1)")
                                  .arg(x.receivedAt.toLocalTime().toString(
                                      QStringLiteral("dd/MM/yyyy HH:mm")))));
        }
        if (!x.text.isEmpty())
            h += QStringLiteral("<br><i>“%1”</i>").arg(esc(x.text));
        if (!x.assignments.isEmpty())
            h += QStringLiteral("<br>%1").arg(esc(assignmentsText(x.assignments)));
        h += QStringLiteral("</p>");
    }
    for (const store::OutboxEntry &e : queued) {
        if (e.state == store::OutboxEntry::State::Applied)
            continue;
        const bool pending = e.state == store::OutboxEntry::State::Pending;
        h +=
            QStringLiteral("<p style='color:%1'><b>%2</b> %3")
                .arg(pending ? QStringLiteral("#1565c0") : QStringLiteral("#c62828"),
                     esc(pending ? tr("Waiting to be sent:") : tr("Refused by the server:")),
                     esc(e.fileOnly ? tr("the signature completed with its timestamp")
                         : e.fileSha256.isEmpty()
                             ? actions::displayName(e.action)
                             : tr("%1, with the signed file").arg(actions::displayName(e.action))));
        if (!e.text.isEmpty())
            h += QStringLiteral("<br><i>“%1”</i>").arg(esc(e.text));
        if (!e.assignments.isEmpty())
            h += QStringLiteral("<br>%1").arg(esc(assignmentsText(e.assignments)));
        if (!e.reason.isEmpty())
            h += QStringLiteral("<br>%1").arg(esc(e.reason));
        // "Try again" only where the document, as it now is, still takes that action.
        if (!pending && e.fileSha256.isEmpty() && offeredNow.contains(e.action)) {
            h += QStringLiteral(" <a href=\"reuse:%1\">%2</a>")
                     .arg(esc(e.id), esc(tr("Try again with these words")));
        }
        h += QStringLiteral("</p>");
    }
    m_view->setHtml(h);
    m_queued = queued;

    // What the user may do now, by the same judge as the server's (which judges again).
    m_offered = offeredNow;
    if (!d.attachments.isEmpty()) {
        auto *open = new QPushButton(tr("Open the file"), this);
        open->setObjectName(QStringLiteral("openFile"));
        connect(open, &QPushButton::clicked, this, [this] { emit openFileRequested(m_id, 0); });
        m_buttons->addWidget(open);
        auto *keep = new QPushButton(tr("Keep offline"), this);
        keep->setObjectName(QStringLiteral("keepOffline"));
        connect(keep, &QPushButton::clicked, this, [this] { emit keepOfflineRequested(m_id); });
        m_buttons->addWidget(keep);
        m_buttons->addSpacing(16);
    }
    for (Action a : std::as_const(m_offered)) {
        auto *b = new QPushButton(actions::displayName(a), this);
        b->setObjectName(QStringLiteral("action_") + actions::key(a));
        connect(b, &QPushButton::clicked, this, [this, a] { emit actionRequested(m_id, a); });
        b->setEnabled(m_actionsEnabled);
        m_buttons->addWidget(b);
    }
    m_buttons->addStretch();
}

void DocumentPanel::setActionsEnabled(bool enabled)
{
    m_actionsEnabled = enabled;
    for (QPushButton *b : findChildren<QPushButton *>()) {
        if (b->objectName().startsWith(u"action_"))
            b->setEnabled(enabled);
    }
}

} // namespace lt::ui
