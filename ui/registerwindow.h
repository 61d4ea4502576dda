#pragma once

#include "core/desk/lifecycle.h"

#include <QAbstractTableModel>
#include <QDialog>
#include <QPointer>
#include <QTimer>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace lt::net {
class ApiClient;
}

namespace lt::ui {

// The rows of one register as the server gives them, a page at a time as the view scrolls
// (canFetchMore / fetchMore): 100,000 rows open as fast as 200.
class RegisterModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    RegisterModel(net::ApiClient &api, QObject *parent = nullptr);
    // Starts again with another register, year or search.
    void setQuery(const QString &direction, int year, const QString &search,
                  const QString &series = {});
    QString series() const { return m_series; }
    // The registers of that direction and year the server knows ("" the agency's, "secret",
    // named ones), from the last page.
    QStringList registers() const { return m_registers; }
    QString direction() const { return m_direction; }
    int year() const { return m_year; }
    QString search() const { return m_search; }
    qint64 total() const { return m_total; }
    bool isLoading() const { return bool(m_loading); }
    QString documentAt(int row) const;
    // Rows asked for at a time as the view scrolls (200).
    void setPageSize(int rows) { m_pageSize = rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void loaded();                       // a page arrived
    void failed(const QString &message); // the server could not be asked

private:
    net::ApiClient &m_api;
    QString m_direction = QStringLiteral("in");
    int m_year = 0;
    QString m_search;
    QString m_series;
    QStringList m_registers;
    QStringList m_columns;
    QList<desk::RegisterRows::Row> m_rows;
    qint64 m_total = -1; // unknown until the first page
    int m_generation = 0;
    int m_pageSize = 200;
    QPointer<desk::RegisterCommand> m_loading;
};

// Sổ văn bản: the agency's registers (incoming, outgoing, post) of a year, searched with or
// without accents, each row opening its document; exported to Excel, CSV or a PDF laid out
// like Decree 30's Annex IV.
class RegisterWindow : public QDialog
{
    Q_OBJECT

public:
    RegisterWindow(net::ApiClient &api, QString agency, QWidget *parent = nullptr);
    RegisterModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // For tests and the menus: choose as a user would.
    void setDirection(const QString &direction);
    void setYear(int year);
    void setSearch(const QString &text);   // applied after a short pause, as typed
    void setSeries(const QString &series); // "" the agency's register, "secret", a named one
    // Writes the whole register as it is filtered, by the file's suffix; the message shown.
    void exportTo(const QString &path);
    QString message() const;

signals:
    void openDocumentRequested(const QString &documentId);
    void exported(bool ok);

private:
    void requery();
    void updateCount();
    void openCurrent();
    void chooseExport();

    net::ApiClient &m_api;
    QString m_agency;
    RegisterModel *m_model;
    QComboBox *m_direction;
    QComboBox *m_series;
    QSpinBox *m_year;
    QLineEdit *m_search;
    QTableView *m_table;
    QLabel *m_count;
    QPushButton *m_open;
    QPushButton *m_export;
    QTimer m_typing;
    QPointer<desk::RegisterCommand> m_exporting;
};

} // namespace lt::ui
