#include "ui/pdfviewer.h"

#include "core/text/fold.h"

#include <QAbstractListModel>
#include <QAction>
#include <QComboBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfPageNavigator>
#include <QPdfSelection>
#include <QPdfView>
#include <QPixmap>
#include <QScreen>
#include <QScrollBar>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace lt::ui {

namespace {
constexpr int kThumbWidth = 96;
const QList<qreal> kZoomSteps{0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0};
} // namespace

// Page thumbnails, drawn only when a row is shown (uniform sizes: the view never asks for
// the others) and kept once drawn.
class ThumbnailModel : public QAbstractListModel
{
public:
    explicit ThumbnailModel(QPdfDocument *document, QObject *parent)
        : QAbstractListModel(parent)
        , m_document(document)
    {
    }
    void reset()
    {
        beginResetModel();
        m_cache.clear();
        m_count = m_document->status() == QPdfDocument::Status::Ready ? m_document->pageCount() : 0;
        endResetModel();
    }
    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : m_count;
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || index.row() >= m_count)
            return {};
        if (role == Qt::DisplayRole)
            return QString::number(index.row() + 1);
        if (role == Qt::DecorationRole) {
            auto it = m_cache.constFind(index.row());
            if (it != m_cache.constEnd())
                return *it;
            const QSizeF points = m_document->pagePointSize(index.row());
            if (points.isEmpty())
                return {};
            const QSize size(kThumbWidth, qRound(kThumbWidth * points.height() / points.width()));
            const QPixmap pixmap = QPixmap::fromImage(m_document->render(index.row(), size));
            m_cache.insert(index.row(), pixmap);
            return pixmap;
        }
        if (role == Qt::ToolTipRole)
            return PdfViewer::tr("Page %1").arg(index.row() + 1);
        return {};
    }

private:
    QPdfDocument *m_document;
    int m_count = 0;
    mutable QHash<int, QPixmap> m_cache;
};

namespace {
// The document's text, folded for search, with each folded character's index in the page's
// own text (so a match maps back to a selection on the page).
struct FoldedPage
{
    QString folded;
    QList<int> origin;
    QString text;
};

FoldedPage foldPage(const QString &text)
{
    FoldedPage page;
    page.text = text;
    page.folded.reserve(text.size());
    page.origin.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qsizetype width = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QString f = text::foldForSearch(QStringView(text).mid(i, width));
        for (QChar c : f) {
            page.folded.append(c.isSpace() ? QChar(u' ') : c);
            page.origin.append(int(i));
        }
        i += width - 1;
    }
    return page;
}
} // namespace

// QPdfView as Qt 6.4 has it, with the search's matches painted over the pages (it has no
// highlighting of its own before Qt 6.6). The pages are placed as QPdfView places them: one
// below the other with its spacing, inside its margins, centred, scaled to the zoom mode.
class HighlightingView : public QPdfView
{
public:
    using QPdfView::QPdfView;

    void setHighlights(QList<std::pair<int, QRectF>> matches, int current)
    {
        m_matches = std::move(matches);
        m_current = current;
        viewport()->update();
    }

    // Where page `page` is in the viewport (pixels), as QPdfView lays it out.
    QRectF pageRect(int page) const
    {
        QPdfDocument *doc = document();
        if (!doc || doc->status() != QPdfDocument::Status::Ready || page < 0 ||
            page >= doc->pageCount())
            return {};
        const qreal screen = QGuiApplication::primaryScreen()->logicalDotsPerInch() / 72.0;
        const QMargins m = documentMargins();
        const QSize area = viewport()->size();
        const auto sizeOf = [&](int p) -> QSize {
            QSize size = (doc->pagePointSize(p) * screen).toSize();
            switch (zoomMode()) {
            case ZoomMode::Custom:
                return (doc->pagePointSize(p) * screen * zoomFactor()).toSize();
            case ZoomMode::FitToWidth: {
                const qreal factor = qreal(area.width() - m.left() - m.right()) / size.width();
                return size * factor;
            }
            case ZoomMode::FitInView:
                return size.scaled(area - QSize(m.left() + m.right(), pageSpacing()),
                                   Qt::KeepAspectRatio);
            }
            return size;
        };
        int width = 0;
        for (int p = 0; p < doc->pageCount(); ++p)
            width = std::max(width, sizeOf(p).width());
        width += m.left() + m.right();
        int y = m.top();
        for (int p = 0; p < page; ++p)
            y += sizeOf(p).height() + pageSpacing();
        const QSize size = sizeOf(page);
        const int x = (std::max(width, area.width()) - size.width()) / 2;
        return QRectF(QPointF(x - horizontalScrollBar()->value(), y - verticalScrollBar()->value()),
                      size);
    }

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QPdfView::paintEvent(event);
        if (m_matches.isEmpty() || !document())
            return;
        QPainter p(viewport());
        for (qsizetype i = 0; i < m_matches.size(); ++i) {
            const auto &[page, points] = m_matches.at(i);
            const QRectF shown = pageRect(page);
            const QSizeF pagePoints = document()->pagePointSize(page);
            if (shown.isEmpty() || pagePoints.isEmpty())
                continue;
            const qreal k = shown.width() / pagePoints.width();
            const QRectF r(shown.left() + points.left() * k, shown.top() + points.top() * k,
                           points.width() * k, points.height() * k);
            const bool current = i == m_current;
            p.fillRect(r.adjusted(-1, -1, 1, 1),
                       current ? QColor(255, 152, 0, 110) : QColor(255, 235, 59, 110));
            if (current) {
                p.setPen(QPen(QColor(230, 81, 0), 1.5));
                p.drawRect(r.adjusted(-1.5, -1.5, 1.5, 1.5));
            }
        }
    }

private:
    QList<std::pair<int, QRectF>> m_matches;
    int m_current = -1;
};

PdfViewer::PdfViewer(QWidget *parent)
    : QWidget(parent)
{
    m_document = new QPdfDocument(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto *bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("pdfToolbar"));
    bar->setIconSize(QSize(16, 16));
    m_thumbAction =
        bar->addAction(style()->standardIcon(QStyle::SP_FileDialogListView), tr("Thumbnails"));
    m_thumbAction->setCheckable(true);
    m_thumbAction->setChecked(true);
    connect(m_thumbAction, &QAction::toggled, this, &PdfViewer::setThumbnailsVisible);
    bar->addSeparator();
    auto *prev = bar->addAction(style()->standardIcon(QStyle::SP_ArrowUp), tr("Previous page"),
                                this, &PdfViewer::previousPage);
    prev->setShortcut(QKeySequence(Qt::Key_PageUp));
    prev->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_page = new QSpinBox(bar);
    m_page->setObjectName(QStringLiteral("pdfPage"));
    m_page->setMinimum(1);
    m_page->setAccessibleName(tr("Page"));
    m_page->setKeyboardTracking(false);
    bar->addWidget(m_page);
    m_pageCount = new QLabel(bar);
    bar->addWidget(m_pageCount);
    auto *next = bar->addAction(style()->standardIcon(QStyle::SP_ArrowDown), tr("Next page"), this,
                                &PdfViewer::nextPage);
    next->setShortcut(QKeySequence(Qt::Key_PageDown));
    next->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    bar->addSeparator();
    auto *out = bar->addAction(tr("−"), this, &PdfViewer::zoomOut);
    out->setToolTip(tr("Zoom out (Ctrl+-)"));
    out->setShortcut(QKeySequence::ZoomOut);
    out->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_zoom = new QComboBox(bar);
    m_zoom->setObjectName(QStringLiteral("pdfZoom"));
    m_zoom->addItem(tr("Fit width"));
    m_zoom->addItem(tr("Fit page"));
    for (qreal z : kZoomSteps)
        m_zoom->addItem(QStringLiteral("%1 %").arg(qRound(z * 100)), z);
    bar->addWidget(m_zoom);
    auto *in = bar->addAction(tr("+"), this, &PdfViewer::zoomIn);
    in->setToolTip(tr("Zoom in (Ctrl++)"));
    in->setShortcut(QKeySequence::ZoomIn);
    in->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    bar->addSeparator();
    m_find = new QLineEdit(bar);
    m_find->setObjectName(QStringLiteral("pdfFind"));
    m_find->setPlaceholderText(tr("Find in the document"));
    m_find->setClearButtonEnabled(true);
    m_find->setMaximumWidth(220);
    bar->addWidget(m_find);
    bar->addAction(style()->standardIcon(QStyle::SP_ArrowLeft), tr("Previous match"), this,
                   &PdfViewer::previousMatch);
    bar->addAction(style()->standardIcon(QStyle::SP_ArrowRight), tr("Next match"), this,
                   &PdfViewer::nextMatch);
    m_matches = new QLabel(bar);
    m_matches->setObjectName(QStringLiteral("pdfMatches"));
    bar->addWidget(m_matches);
    layout->addWidget(bar);

    auto *split = new QSplitter(this);
    m_thumbnails = new QListView(split);
    m_thumbnails->setObjectName(QStringLiteral("pdfThumbnails"));
    m_thumbnails->setViewMode(QListView::IconMode);
    m_thumbnails->setFlow(QListView::TopToBottom);
    m_thumbnails->setWrapping(false);
    m_thumbnails->setMovement(QListView::Static);
    m_thumbnails->setUniformItemSizes(true);
    m_thumbnails->setIconSize(QSize(kThumbWidth, qRound(kThumbWidth * 1.42)));
    m_thumbnails->setSpacing(4);
    m_thumbnails->setFixedWidth(kThumbWidth + 40);
    m_thumbModel = new ThumbnailModel(m_document, this);
    m_thumbnails->setModel(m_thumbModel);
    m_view = new HighlightingView(split);
    m_view->setObjectName(QStringLiteral("pdfView"));
    m_view->setDocument(m_document);
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    split->addWidget(m_thumbnails);
    split->addWidget(m_view);
    split->setStretchFactor(1, 1);
    split->setCollapsible(1, false);
    layout->addWidget(split, 1);

    connect(m_thumbnails, &QListView::clicked, this,
            [this](const QModelIndex &index) { goToPage(index.row()); });
    connect(m_page, &QSpinBox::valueChanged, this, [this](int value) {
        if (value - 1 != currentPage())
            goToPage(value - 1);
    });
    connect(m_view->pageNavigator(), &QPdfPageNavigator::currentPageChanged, this,
            [this](int page) {
                const QSignalBlocker quiet(m_page);
                m_page->setValue(page + 1);
                m_thumbnails->setCurrentIndex(m_thumbModel->index(page));
                emit currentPageChanged(page);
            });
    connect(m_zoom, &QComboBox::activated, this, [this](int index) {
        if (index == 0)
            fitWidth();
        else if (index == 1)
            fitPage();
        else
            setZoomFactor(m_zoom->itemData(index).toReal());
    });
    connect(m_find, &QLineEdit::returnPressed, this, [this] {
        if (m_find->text() == m_find->property("searched").toString() && matchCount() > 0)
            nextMatch();
        else
            search(m_find->text());
    });
    auto *find = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, m_find, [this] {
        m_find->setFocus();
        m_find->selectAll();
    });
    updateControls();
}

bool PdfViewer::load(const QString &path)
{
    close();
    const bool ok = m_document->load(path) == QPdfDocument::Error::None;
    m_thumbModel->reset();
    updateControls();
    if (ok)
        m_view->pageNavigator()->jump(0, {}, m_view->zoomFactor());
    return ok;
}

void PdfViewer::close()
{
    m_document->close();
    m_thumbModel->reset();
    m_match = -1;
    m_matchList.clear();
    m_find->setProperty("searched", QString());
    m_matches->clear();
    updateControls();
}

int PdfViewer::pageCount() const
{
    return m_document->status() == QPdfDocument::Status::Ready ? m_document->pageCount() : 0;
}

int PdfViewer::currentPage() const
{
    return m_view->pageNavigator()->currentPage();
}

void PdfViewer::goToPage(int page)
{
    if (page < 0 || page >= pageCount())
        return;
    m_view->pageNavigator()->jump(page, {}, m_view->zoomFactor());
}

void PdfViewer::nextPage()
{
    goToPage(currentPage() + 1);
}

void PdfViewer::previousPage()
{
    goToPage(currentPage() - 1);
}

qreal PdfViewer::zoomFactor() const
{
    return m_view->zoomFactor();
}

void PdfViewer::setZoomFactor(qreal factor)
{
    const int page = currentPage();
    m_view->setZoomMode(QPdfView::ZoomMode::Custom);
    m_view->setZoomFactor(std::clamp(factor, kZoomSteps.first(), kZoomSteps.last()));
    goToPage(page);
    updateControls();
}

void PdfViewer::zoomIn()
{
    const qreal z = m_view->zoomFactor();
    for (qreal step : kZoomSteps) {
        if (step > z + 0.01) {
            setZoomFactor(step);
            return;
        }
    }
}

void PdfViewer::zoomOut()
{
    const qreal z = m_view->zoomFactor();
    for (auto it = kZoomSteps.crbegin(); it != kZoomSteps.crend(); ++it) {
        if (*it < z - 0.01) {
            setZoomFactor(*it);
            return;
        }
    }
}

void PdfViewer::fitWidth()
{
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    updateControls();
}

void PdfViewer::fitPage()
{
    m_view->setZoomMode(QPdfView::ZoomMode::FitInView);
    updateControls();
}

bool PdfViewer::isFitWidth() const
{
    return m_view->zoomMode() == QPdfView::ZoomMode::FitToWidth;
}

bool PdfViewer::thumbnailsVisible() const
{
    return !m_thumbnails->isHidden();
}

void PdfViewer::setThumbnailsVisible(bool visible)
{
    m_thumbnails->setVisible(visible);
    const QSignalBlocker quiet(m_thumbAction);
    m_thumbAction->setChecked(visible);
}

int PdfViewer::search(const QString &text)
{
    m_match = -1;
    QList<Match> matches;
    const QString needle = text::foldForSearch(text).simplified();
    m_find->setProperty("searched", text);
    if (!needle.isEmpty()) {
        for (int p = 0; p < pageCount(); ++p) {
            const FoldedPage page = foldPage(m_document->getAllText(p).text());
            qsizetype from = 0;
            while ((from = page.folded.indexOf(needle, from)) >= 0) {
                const int start = page.origin.at(from);
                const int end = page.origin.at(from + needle.size() - 1) + 1;
                Match m;
                m.page = p;
                m.bounds =
                    m_document->getSelectionAtIndex(p, start, end - start).boundingRectangle();
                m.context = page.text.mid(std::max(0, start - 30), end - start + 60).simplified();
                matches.append(m);
                from += needle.size();
            }
        }
    }
    m_matchList = matches;
    if (matches.isEmpty()) {
        m_view->setHighlights({}, -1);
        m_matches->setText(needle.isEmpty() ? QString() : tr("Not found"));
        return 0;
    }
    showMatch(0);
    return int(matches.size());
}

int PdfViewer::matchCount() const
{
    return int(m_matchList.size());
}

void PdfViewer::nextMatch()
{
    if (!m_matchList.isEmpty())
        showMatch((m_match + 1) % int(m_matchList.size()));
}

void PdfViewer::previousMatch()
{
    if (!m_matchList.isEmpty())
        showMatch((m_match - 1 + int(m_matchList.size())) % int(m_matchList.size()));
}

void PdfViewer::showMatch(int index)
{
    m_match = index;
    const auto &m = m_matchList.at(index);
    goToPage(m.page);
    // Bring the line into view: the page is at the top, move down to the match, less a margin.
    const QRectF box = m.bounds;
    if (box.isValid()) {
        const QRectF page = m_view->pageRect(m.page);
        const QSizeF points = m_document->pagePointSize(m.page);
        if (!page.isEmpty() && !points.isEmpty()) {
            const qreal scale = page.width() / points.width();
            auto *bar = m_view->verticalScrollBar();
            bar->setValue(bar->value() + qRound(page.top() + box.top() * scale) -
                          m_view->viewport()->height() / 4);
        }
    }
    QList<std::pair<int, QRectF>> all;
    for (const Match &x : std::as_const(m_matchList))
        all.append({x.page, x.bounds});
    m_view->setHighlights(all, index);
    m_matches->setText(tr("%1 of %2").arg(index + 1).arg(m_matchList.size()));
    m_matches->setToolTip(m.context);
}

void PdfViewer::updateControls()
{
    const int pages = pageCount();
    const QSignalBlocker quiet(m_page);
    m_page->setMaximum(std::max(1, pages));
    m_page->setEnabled(pages > 0);
    m_pageCount->setText(tr("of %1").arg(pages));
    const QSignalBlocker quietZoom(m_zoom);
    if (m_view->zoomMode() == QPdfView::ZoomMode::FitToWidth) {
        m_zoom->setCurrentIndex(0);
    } else if (m_view->zoomMode() == QPdfView::ZoomMode::FitInView) {
        m_zoom->setCurrentIndex(1);
    } else {
        const int i = m_zoom->findData(m_view->zoomFactor());
        if (i >= 0)
            m_zoom->setCurrentIndex(i);
        else
            m_zoom->setEditText(QStringLiteral("%1 %").arg(qRound(m_view->zoomFactor() * 100)));
    }
}

} // namespace lt::ui
