#pragma once

#include <QHash>
#include <QJsonArray>

#include <functional>

#include "core/model/decision.h"
#include "core/model/document.h"
#include "core/store/outbox.h"

#include <QImage>
#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QStackedWidget;
class QTabWidget;
class QTextBrowser;

namespace lt::ui {

// "Lead: Sở Tài chính (by 15/12/2026); Co-operating: …; For information: …", the units named by
// `name(id)`: the panel's history and the direction dialog say assignments the same way.
// A part given to a person reads "unit — person" with `personName`.
QString describeAssignments(const QList<Assignment> &assignments,
                            const std::function<QString(const QString &)> &name,
                            const std::function<QString(const QString &)> &personName = {});

class PdfViewer;

// One document: its metadata with Vietnamese labels, its files, the history (who did what,
// when, with their words), the user's own actions still waiting for the server or refused by
// it, and buttons for what the user's roles allow in the document's state.
class DocumentPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DocumentPanel(QWidget *parent = nullptr);
    // Several rows chosen in the list: the buttons that act on one document wait (an action
    // would reach only the one shown).
    void setActionsEnabled(bool enabled);

    void setRoles(const QList<Role> &roles) { m_roles = roles; }
    // The reader's unit (a head passes on its part) and the people whose names the chain of
    // work shows (the directory the server sends).
    void setUnit(const QString &unit) { m_unit = unit; }
    void setPeople(const QJsonArray &people);
    // The units' names by id (the directory the server sends), for the assignments shown.
    void setUnitNames(QHash<QString, QString> names) { m_unitNames = std::move(names); }
    // Shows the document with its first file selected; the window then gives the file with
    // showFile() once its display copy is ready.
    void showDocument(const Document &document, const QList<store::OutboxEntry> &queued);
    // `pdf`: the display copy of attachment `index` when it is on this computer; empty with
    // `preparing` while it is being made, empty alone when the file is not here.
    void showFile(int index, const QString &pdf, bool preparing = false);
    // No file to show for `index`, and why (downloading it, or where it can come from).
    void showFileMessage(int index, const QString &message);
    int currentAttachment() const;
    // For tests: the PDF shown, and its page count (0 when none).
    int pdfPageCount() const;
    PdfViewer *viewer() const { return m_viewer; }
    // Renders the first page of the PDF shown (benchmarks and tests).
    QImage renderFirstPage(const QSize &size) const;
    void clear();
    QString documentId() const { return m_id; }
    QString html() const;
    QList<Action> offeredActions() const { return m_offered; }
    void showPdfTab();

signals:
    void actionRequested(const QString &documentId, lt::Action action);
    void openFileRequested(const QString &documentId, int attachment);
    void saveFileRequested(const QString &documentId, int attachment);
    void attachmentChosen(const QString &documentId, int attachment);
    // A file was loaded into the viewer.
    void fileShown(const QString &documentId, int attachment);
    void keepOfflineRequested(const QString &documentId);
    // "Try again" on an action the server refused: its words and units, to be reused.
    void reuseRequested(const QString &documentId, const lt::store::OutboxEntry &entry);

private:
    void resetDetails();

    QTabWidget *m_tabs;
    QTextBrowser *m_view;
    QComboBox *m_files;
    QStackedWidget *m_fileArea;
    PdfViewer *m_viewer;
    QLabel *m_noFile;
    QHBoxLayout *m_buttons;
    bool m_actionsEnabled = true;
    QList<Role> m_roles;
    QString m_unit;
    QHash<QString, QString> m_personNames;
    QList<Action> m_offered;
    QString m_id;
    QString m_shownPdf;
    QList<store::OutboxEntry> m_queued;
    QHash<QString, QString> m_unitNames;
    QString assignmentsText(const QList<Assignment> &assignments) const;
};

} // namespace lt::ui
