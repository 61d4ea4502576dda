#pragma once

#include <QRectF>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPdfDocument;
class QPdfSearchModel;
class QPdfView;
class QSpinBox;

namespace lt::ui {

class ThumbnailModel;

// A PDF on screen: page thumbnails, zoom (steps, fit width, fit page), page navigation and
// text search, around a QPdfView. It shows what it is given (the desk gives it the display
// copy, in which signature stamps are part of the page content).
class PdfViewer : public QWidget
{
    Q_OBJECT

public:
    explicit PdfViewer(QWidget *parent = nullptr);

    bool load(const QString &path);
    void close();
    QPdfDocument *document() const { return m_document; }
    int pageCount() const;
    // 0-based.
    int currentPage() const;
    void goToPage(int page);
    void nextPage();
    void previousPage();

    qreal zoomFactor() const;
    void setZoomFactor(qreal factor);
    void zoomIn();
    void zoomOut();
    void fitWidth();
    void fitPage();
    bool isFitWidth() const;

    // Finds `text` in the document; returns the number of matches and shows the first.
    int search(const QString &text);
    int matchCount() const;
    // 0-based index of the match shown, -1 when none.
    int currentMatch() const { return m_match; }
    void nextMatch();
    void previousMatch();
    bool thumbnailsVisible() const;
    void setThumbnailsVisible(bool visible);
    QListView *thumbnails() const { return m_thumbnails; }

signals:
    void currentPageChanged(int page);

private:
    struct Match
    {
        int page = 0;
        QRectF bounds; // in points on the page
        QString context;
    };
    void showMatch(int index);
    void updateControls();

    QPdfDocument *m_document;
    class HighlightingView *m_view;
    QListView *m_thumbnails;
    ThumbnailModel *m_thumbModel;
    QPdfSearchModel *m_searchModel;
    QSpinBox *m_page;
    QLabel *m_pageCount;
    QComboBox *m_zoom;
    QLineEdit *m_find;
    QLabel *m_matches;
    QAction *m_thumbAction;
    QList<Match> m_matchList;
    int m_match = -1;
};

} // namespace lt::ui
