#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>

namespace lt::server {

// What the demo prints on a document's pages.
struct DemoPage
{
    QString issuerParent; // "ỦY BAN NHÂN DÂN"
    QString issuer;       // "TỈNH THỬ NGHIỆM"
    QString numberLine;   // "Số: 05/QĐ-UBND"
    QString placeDate;    // "Thử Nghiệm, ngày 05 tháng 3 năm 2026"
    QString title;        // "QUYẾT ĐỊNH"
    QString subject;
    QStringList paragraphs;
    QString signerTitle;
    QString signerName;
    QDate date; // also the PDF's creation date, so the bytes are reproducible
};

// A multi-page A4 PDF in Liberation Serif with Vietnamese text, laid out like an
// administrative document (Decree 30/2020 layout, simplified). Needs a QGuiApplication
// (the offscreen platform is enough); safe to call from worker threads.
QByteArray renderDemoPdf(const DemoPage &page);

} // namespace lt::server
