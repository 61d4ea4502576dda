#include "ui/registerwindow.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace lt::ui {

RegisterModel::RegisterModel(net::ApiClient &api, QObject *parent)
    : QAbstractTableModel(parent)
    , m_api(api)
    , m_year(QDate::currentDate().year())
    , m_columns(desk::registerColumns(m_direction))
{
}

void RegisterModel::setQuery(const QString &direction, int year, const QString &search,
                             const QString &series)
{
    beginResetModel();
    ++m_generation; // an answer still on its way belongs to the old query
    if (m_loading)
        m_loading->cancel();
    m_loading = nullptr;
    m_direction = direction;
    m_year = year;
    m_search = search;
    m_series = series;
    m_columns = desk::registerColumns(direction);
    m_rows.clear();
    m_total = -1;
    endResetModel();
    fetchMore({});
}

QString RegisterModel::documentAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).documentId : QString();
}

int RegisterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RegisterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant RegisterModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const QString cell = m_rows.at(index.row()).cells.value(index.column());
    if (role == Qt::DisplayRole)
        return QString(cell).replace(u'\n', u' ');
    if (role == Qt::ToolTipRole && cell.size() > 40)
        return cell;
    return {};
}

QVariant RegisterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return m_columns.value(section);
    return section + 1;
}

bool RegisterModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_loading && (m_total < 0 || m_rows.size() < m_total);
}

void RegisterModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    auto *page = new desk::RegisterCommand(m_api, m_direction, m_year, m_search, int(m_rows.size()),
                                           m_pageSize, this);
    page->setSeries(m_series);
    m_loading = page;
    const int generation = m_generation;
    connect(page, &desk::Command::finished, this, [this, page, generation] {
        page->deleteLater();
        if (generation != m_generation)
            return;
        m_loading = nullptr;
        if (!page->result()) {
            if (m_total < 0)
                m_total = 0;
            emit failed(page->result().error().message);
            return;
        }
        const QList<desk::RegisterRows::Row> &more = page->rows().rows;
        m_registers = page->rows().registers;
        m_total = more.isEmpty() ? qint64(m_rows.size()) : page->rows().total;
        if (!more.isEmpty()) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
            m_rows += more;
            endInsertRows();
        }
        emit loaded();
    });
    page->start();
}

RegisterWindow::RegisterWindow(net::ApiClient &api, QString agency, QWidget *parent)
    : QDialog(parent)
    , m_api(api)
    , m_agency(std::move(agency))
    , m_model(new RegisterModel(api, this))
    , m_direction(new QComboBox(this))
    , m_series(new QComboBox(this))
    , m_year(new QSpinBox(this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
    , m_open(new QPushButton(tr("Open the document"), this))
    , m_export(new QPushButton(tr("Export…"), this))
{
    setWindowTitle(tr("Registers"));
    setSizeGripEnabled(true);
    m_direction->setObjectName(QStringLiteral("registerDirection"));
    m_direction->addItem(tr("Incoming documents"), QStringLiteral("in"));
    m_direction->addItem(tr("Outgoing documents"), QStringLiteral("out"));
    m_direction->addItem(tr("Sent by post"), QStringLiteral("post"));
    m_series->setObjectName(QStringLiteral("registerSeries"));
    m_series->addItem(tr("The agency's"), QString());
    m_year->setObjectName(QStringLiteral("registerYear"));
    m_year->setRange(2000, 2100);
    m_year->setValue(QDate::currentDate().year());
    m_search->setObjectName(QStringLiteral("registerSearch"));
    m_search->setPlaceholderText(
        tr("Find by number, notation, author, subject (with or without accents)"));
    m_search->setClearButtonEnabled(true);
    m_count->setObjectName(QStringLiteral("registerCount"));
    m_open->setObjectName(QStringLiteral("registerOpen"));
    m_export->setObjectName(QStringLiteral("registerExport"));
    m_table->setObjectName(QStringLiteral("registerTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultSectionSize(110);

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Register"), this));
    filters->addWidget(m_direction);
    filters->addWidget(m_series);
    filters->addWidget(new QLabel(tr("Year"), this));
    filters->addWidget(m_year);
    filters->addWidget(m_search, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_count, 1);
    buttons->addWidget(m_open);
    buttons->addWidget(m_export);
    auto *close = new QPushButton(tr("Close"), this);
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    m_typing.setSingleShot(true);
    m_typing.setInterval(300);
    connect(&m_typing, &QTimer::timeout, this, &RegisterWindow::requery);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_typing.start(); });
    // Another direction or year: its own registers, starting from the agency's.
    const auto elsewhere = [this] {
        const QSignalBlocker quiet(m_series);
        m_series->setCurrentIndex(0);
        requery();
    };
    connect(m_direction, &QComboBox::currentIndexChanged, this, elsewhere);
    connect(m_year, &QSpinBox::valueChanged, this, elsewhere);
    connect(m_model, &RegisterModel::loaded, this, &RegisterWindow::updateCount);
    connect(m_model, &RegisterModel::loaded, this, [this] {
        // The registers the server knows for that direction and year, the one shown kept.
        const QSignalBlocker quiet(m_series);
        const QString current = m_series->currentData().toString();
        m_series->clear();
        m_series->addItem(tr("The agency's"), QString());
        for (const QString &r : m_model->registers()) {
            if (r.isEmpty())
                continue;
            m_series->addItem(r == u"secret" ? tr("Secret documents")
                              : r.endsWith(QStringLiteral(":secret"))
                                  ? tr("%1 — secret documents").arg(r.chopped(7))
                                  : r,
                              r);
        }
        // A register chosen by name that has no entry yet is still the one shown.
        if (m_series->findData(current) < 0)
            m_series->addItem(current, current);
        m_series->setCurrentIndex(std::max(0, m_series->findData(current)));
    });
    connect(m_series, &QComboBox::currentIndexChanged, this, &RegisterWindow::requery);
    connect(m_model, &RegisterModel::modelReset, this, &RegisterWindow::updateCount);
    connect(m_model, &RegisterModel::failed, this,
            [this](const QString &message) { m_count->setText(message); });
    connect(m_table, &QTableView::activated, this, &RegisterWindow::openCurrent);
    connect(m_open, &QPushButton::clicked, this, &RegisterWindow::openCurrent);
    connect(m_export, &QPushButton::clicked, this, &RegisterWindow::chooseExport);
    connect(close, &QPushButton::clicked, this, &QDialog::close);
    resize(1100, 640);
    requery();
}

void RegisterWindow::setDirection(const QString &direction)
{
    m_direction->setCurrentIndex(std::max(0, m_direction->findData(direction)));
}

void RegisterWindow::setSeries(const QString &series)
{
    const int at = m_series->findData(series);
    if (at >= 0) {
        m_series->setCurrentIndex(at);
    } else {
        m_series->addItem(series, series);
        m_series->setCurrentIndex(m_series->count() - 1);
    }
}

void RegisterWindow::setYear(int year)
{
    m_year->setValue(year);
}

void RegisterWindow::setSearch(const QString &text)
{
    m_search->setText(text);
}

QString RegisterWindow::message() const
{
    return m_count->text();
}

void RegisterWindow::requery()
{
    m_typing.stop();
    m_model->setQuery(m_direction->currentData().toString(), m_year->value(),
                      m_search->text().trimmed(), m_series->currentData().toString());
    // The columns' widths: the subject and the names take the room.
    const int subject = m_model->direction() == u"out" ? 2 : 5;
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_table->setColumnWidth(c, c == subject                              ? 320
                                   : m_model->direction() == u"in" && c == 2 ? 180
                                                                             : 110);
}

void RegisterWindow::updateCount()
{
    if (m_model->total() < 0) {
        m_count->setText(tr("Loading…"));
        return;
    }
    m_count->setText(m_model->total() == 0
                         ? (m_model->search().isEmpty() ? tr("The register has no entry this year.")
                                                        : tr("No entry matches."))
                         : tr("%n entry(ies)", nullptr, int(m_model->total())));
    m_export->setEnabled(m_model->total() > 0);
}

void RegisterWindow::openCurrent()
{
    const QString id = m_model->documentAt(m_table->currentIndex().row());
    if (!id.isEmpty())
        emit openDocumentRequested(id);
}

void RegisterWindow::chooseExport()
{
    const QString base =
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/' +
        QStringLiteral("so-van-ban-%1-%2").arg(m_model->direction()).arg(m_model->year());
    QString filter;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the register"), base + QStringLiteral(".xlsx"),
        tr("Excel workbook (*.xlsx);;PDF for printing (*.pdf);;CSV (*.csv)"), &filter);
    if (path.isEmpty())
        return;
    QString chosen = path;
    if (!desk::registerFormatFor(chosen)) {
        // The suffix of the filter chosen, when the name has none of ours.
        chosen += filter.contains(QStringLiteral("*.pdf"))   ? QStringLiteral(".pdf")
                  : filter.contains(QStringLiteral("*.csv")) ? QStringLiteral(".csv")
                                                             : QStringLiteral(".xlsx");
    }
    exportTo(chosen);
}

void RegisterWindow::exportTo(const QString &path)
{
    const auto format = desk::registerFormatFor(path);
    if (!format || m_exporting) {
        emit exported(false);
        return;
    }
    m_export->setEnabled(false);
    m_count->setText(tr("Exporting…"));
    auto *all = new desk::RegisterCommand(m_api, m_model->direction(), m_model->year(),
                                          m_model->search(), 0, desk::RegisterCommand::All, this);
    all->setSeries(m_model->series());
    m_exporting = all;
    connect(all, &desk::Command::progress, this, [this](qint64 done, qint64 total) {
        m_count->setText(tr("Exporting… %1 of %2 rows").arg(done).arg(total));
    });
    // The register as it was when the export began (the user may look at another meanwhile).
    const QString book = m_model->series().isEmpty()
                             ? m_agency
                             : m_agency + QStringLiteral(" — ") + m_series->currentText();
    connect(
        all, &desk::Command::finished, this,
        [this, all, path, format, book, direction = m_model->direction(), year = m_model->year()] {
            all->deleteLater();
            m_exporting = nullptr;
            m_export->setEnabled(true);
            Status s = all->result();
            if (s)
                s = desk::writeRegisterFile(path, *format, direction, year, book, all->rows().rows);
            m_count->setText(
                s ? tr("%n row(s) written to %1.", nullptr, int(all->rows().rows.size()))
                        .arg(QDir::toNativeSeparators(path))
                  : s.error().message);
            emit exported(s.ok());
        });
    all->start();
}

} // namespace lt::ui
