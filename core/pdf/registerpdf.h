#pragma once

#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace lt::pdf {

// A register (sổ văn bản) printed as Decree 30/2020, Annex IV lays it out: a first page with
// the agency, the register's name, the year and the numbers and dates it holds, then A4
// landscape pages of the table, its titles and the columns' numbers "(1) … (10)" repeated on
// each page, long cells wrapped (never cut), the page number at the foot.
struct RegisterBook
{
    QString agency; // TÊN CƠ QUAN, TỔ CHỨC
    QString title;  // "SỔ ĐĂNG KÝ VĂN BẢN ĐẾN"
    int year = 0;
    QString fromNumber, toNumber; // "Từ số … đến số …"
    QString fromDate, toDate;     // "Từ ngày … đến ngày …" (dd/MM/yyyy)
    QStringList columns;
    QList<double> weights; // each column's share of the width (equal when empty)
    QList<QStringList> rows;
    // The words of the first page and the foot, in the UI language.
    QString yearLabel, numbersLabel, datesLabel, pageLabel; // "Năm %1", "Từ số %1 đến số %2",
                                                            // "Từ ngày %1 đến ngày %2",
                                                            // "Trang %1/%2"
};

// Writes `book` to `path` as a PDF, whole or not at all.
Status writeRegisterPdf(const QString &path, const RegisterBook &book);

} // namespace lt::pdf
