#pragma once

#include "core/model/decision.h"
#include "core/model/document.h"
#include "core/sync/outbox.h"

#include <QImage>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPdfDocument;
class QPdfView;
class QTabWidget;
class QTextBrowser;

namespace lt::ui {

// One document: its metadata with Vietnamese labels, its files, the history (who did what,
// when, with their words), the user's own actions still waiting for the server or refused by
// it, and buttons for what the user's roles allow in the document's state.
class DocumentPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DocumentPanel(QWidget *parent = nullptr);

    void setRoles(const QList<Role> &roles) { m_roles = roles; }
    // `pdf`: the display copy of the main file when it is on this computer, else empty.
    void showDocument(const Document &document, const QList<sync::OutboxEntry> &queued,
                      const QString &pdf = {});
    // For tests: the PDF shown, and its page count (0 when none).
    int pdfPageCount() const;
    // Renders the first page of the PDF shown (benchmarks and tests).
    QImage renderFirstPage(const QSize &size) const;
    void clear();
    QString documentId() const { return m_id; }
    QString html() const;
    QList<Action> offeredActions() const { return m_offered; }

signals:
    void actionRequested(const QString &documentId, lt::Action action);
    void openFileRequested(const QString &documentId);
    void keepOfflineRequested(const QString &documentId);

private:
    QTabWidget *m_tabs;
    QTextBrowser *m_view;
    QPdfView *m_pdfView;
    QPdfDocument *m_pdf;
    QLabel *m_noFile;
    QHBoxLayout *m_buttons;
    QList<Role> m_roles;
    QList<Action> m_offered;
    QString m_id;
};

} // namespace lt::ui
