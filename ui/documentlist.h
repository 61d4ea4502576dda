#pragma once

#include <QStringList>
#include <QTableView>

namespace lt::ui {

class DocumentListModel;

// The list of a box: the columns share the width (the subject the most) until the user sizes
// them, sorted by the cache (newest first unless a header says otherwise), several rows
// selectable.
class DocumentList : public QTableView
{
    Q_OBJECT

public:
    DocumentList(DocumentListModel *model, QWidget *parent = nullptr);
    QStringList selectedIds() const;
    // The columns as the user left them (widths, order, sort), kept between sessions.
    QByteArray saveColumns() const;
    void restoreColumns(const QByteArray &state);

protected:
    void resizeEvent(QResizeEvent *event) override;

signals:
    void keepOfflineRequested(const QStringList &ids);
    void markUnreadRequested(const QStringList &ids);

private:
    void shareWidth();
    bool m_sizedByUser = false;
    bool m_sharing = false;
};

} // namespace lt::ui
