// Issuing writes the number and the date into the document (Decree 30/2020, Annex I), in the
// same update as the agency's signature: checked with what poppler reads (pdftotext), the
// signature with pdfsig, the file with qpdf --check, on drafts laid out differently, turned,
// already dated, and scanned.
#include "pdftools.h"
#include "testtoken.h"

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace lt::test;

class TestIssue : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void theNumberAndDateAreWrittenWhereTheDraftLeavesThem_data();
    void theNumberAndDateAreWrittenWhereTheDraftLeavesThem();
    void anOldDateIsReplaced();
    void aScanNeedsThePlaces();

private:
    Run issue(const QString &in, const QString &out, const QStringList &extra = {});
    QString firstPageText(const QString &pdf);
    void checkSigned(const QString &pdf);
    QTemporaryDir m_dir;
    std::unique_ptr<TestToken> m_token;
    QString m_cli;
};

void TestIssue::initTestCase()
{
    m_cli = qEnvironmentVariable("LT_CLI");
    m_dir.setAutoRemove(qEnvironmentVariableIsEmpty("LT_KEEP_TEST_FILES"));
    if (!m_dir.autoRemove())
        qInfo() << "files kept in" << m_dir.path();
    QString error;
    m_token = TestToken::create(QStringLiteral("rsa:2048"), &error);
    QVERIFY2(m_token, qPrintable(error));
}

Run TestIssue::issue(const QString &in, const QString &out, const QStringList &extra)
{
    return run(m_cli,
               QStringList{QStringLiteral("--lang"),
                           QStringLiteral("en"),
                           QStringLiteral("sign"),
                           QStringLiteral("--module"),
                           m_token->modulePath(),
                           QStringLiteral("--pin-stdin"),
                           QStringLiteral("--profile"),
                           QStringLiteral("agency"),
                           QStringLiteral("--organisation"),
                           QStringLiteral("Ủy ban nhân dân tỉnh Thử Nghiệm"),
                           QStringLiteral("--in"),
                           in,
                           QStringLiteral("--out"),
                           out,
                           QStringLiteral("--issue-number"),
                           QStringLiteral("7"),
                           QStringLiteral("--issue-notation"),
                           QStringLiteral("KH-UBND"),
                           QStringLiteral("--issue-date"),
                           QStringLiteral("2026-03-05")} +
                   extra,
               "1234\n");
}

QString TestIssue::firstPageText(const QString &pdf)
{
    return run(QStringLiteral("pdftotext"),
               {QStringLiteral("-layout"), QStringLiteral("-f"), QStringLiteral("1"),
                QStringLiteral("-l"), QStringLiteral("1"), pdf, QStringLiteral("-")})
        .out;
}

void TestIssue::checkSigned(const QString &pdf)
{
    const Run sig = run(QStringLiteral("pdfsig"), {pdf});
    QVERIFY2(sig.out.contains(QStringLiteral("Signature is Valid")), qPrintable(sig.out));
    QVERIFY(sig.out.contains(QStringLiteral("Total document signed")));
    const Run check = run(QStringLiteral("qpdf"), {QStringLiteral("--check"), pdf});
    QVERIFY2(check.code == 0, qPrintable(check.out + check.err));
}

void TestIssue::theNumberAndDateAreWrittenWhereTheDraftLeavesThem_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<QString>("dateLine");
    QTest::addColumn<int>("rotate");
    QTest::newRow("13 pt") << 13 << QStringLiteral("Thử Nghiệm, ngày      tháng      năm 2026")
                           << 0;
    QTest::newRow("11 pt, year blank")
        << 11 << QStringLiteral("Hà Nội, ngày      tháng      năm      ") << 0;
    QTest::newRow("14 pt, page turned")
        << 14 << QStringLiteral("Thử Nghiệm, ngày      tháng      năm 2026") << 90;
}

void TestIssue::theNumberAndDateAreWrittenWhereTheDraftLeavesThem()
{
    QFETCH(int, size);
    QFETCH(QString, dateLine);
    QFETCH(int, rotate);
    const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-');
    QString draft = m_dir.filePath(tag + QStringLiteral("-draft.pdf"));
    DraftLayout layout;
    layout.size = size;
    layout.dateLine = dateLine;
    QVERIFY(makeDraft(draft, layout));
    if (rotate) {
        const QString turned = m_dir.filePath(tag + QStringLiteral("-turned.pdf"));
        QCOMPARE(
            run(QStringLiteral("qpdf"), {QStringLiteral("--rotate=+%1").arg(rotate), draft, turned})
                .code,
            0);
        draft = turned;
    }
    const QString before = firstPageText(draft);
    QVERIFY2(before.contains(QRegularExpression(QStringLiteral("Số:\\s+/KH-UBND"))),
             qPrintable(before));
    const QString out = m_dir.filePath(tag + QStringLiteral("-issued.pdf"));
    const Run r = issue(draft, out);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QString text = firstPageText(out);
    QVERIFY2(text.contains(QRegularExpression(QStringLiteral("Số:\\s*07\\s*/KH-UBND"))),
             qPrintable(text));
    QVERIFY2(text.contains(
                 QRegularExpression(QStringLiteral("ngày\\s+05\\s+tháng\\s+3\\s+năm\\s+2026"))),
             qPrintable(text));
    // Once: the year was not written twice.
    QCOMPARE(text.count(QRegularExpression(QStringLiteral("năm\\s+2026\\s+2026"))), 0);
    checkSigned(out);
    // For the README: the head of the issued page.
    if (const QString shots = qEnvironmentVariable("LT_SCREENSHOTS");
        !shots.isEmpty() && rotate == 0 && size == 13) {
        QDir().mkpath(shots);
        QVERIFY(renderedPage(out, 1, 110, QRect(40, 0, 830, 280))
                    .save(shots + QStringLiteral("/issued-number.png")));
    }
    // The number stands on the line, about as tall as its words.
    const QList<Word> words = wordsOnPage(out, 1);
    const auto word = [&](const QString &w) -> std::optional<Word> {
        for (const Word &x : words) {
            if (x.text.contains(w))
                return x;
        }
        return std::nullopt;
    };
    const auto so = word(QStringLiteral("Số:"));
    // The number as a word of its own (the agency's stamp prints the signing time, which may
    // hold "07": it made this test fail at 06:07 and in July).
    std::optional<Word> number;
    for (const Word &x : words) {
        if (x.text == u"07" && !number)
            number = x;
    }
    QVERIFY(so && number);
    const bool upright = rotate == 0;
    if (upright) {
        QVERIFY2(
            std::abs(number->box.bottom() - so->box.bottom()) < size * 0.25,
            qPrintable(QStringLiteral("%1 vs %2").arg(number->box.bottom()).arg(so->box.bottom())));
        QVERIFY(number->box.height() > so->box.height() * 0.8);
    }
}

void TestIssue::anOldDateIsReplaced()
{
    const QString draft = m_dir.filePath(QStringLiteral("dated-draft.pdf"));
    DraftLayout layout;
    layout.dateLine = QStringLiteral("Thử Nghiệm, ngày 15 tháng 11 năm 2025");
    QVERIFY(makeDraft(draft, layout));
    const QString out = m_dir.filePath(QStringLiteral("dated-issued.pdf"));
    const Run r = issue(draft, out);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    checkSigned(out);
    // What is shown: the old day is covered (white where "15" was, the new "05" there).
    const QList<Word> before = wordsOnPage(draft, 1);
    QRectF oldDay;
    for (const Word &w : before) {
        if (w.text == u"15")
            oldDay = w.box;
    }
    QVERIFY(!oldDay.isEmpty());
    const QImage was = renderedPage(
        draft, 1, 144, (QRectF(oldDay.topLeft() * 2, oldDay.size() * 2)).toAlignedRect());
    const QImage now = renderedPage(
        out, 1, 144, (QRectF(oldDay.topLeft() * 2, oldDay.size() * 2)).toAlignedRect());
    QVERIFY(!was.isNull() && !now.isNull());
    QVERIFY(was != now);
    const QString text = firstPageText(out);
    QVERIFY2(text.contains(QStringLiteral("2026")), qPrintable(text));
}

void TestIssue::aScanNeedsThePlaces()
{
    const QString scan = m_dir.filePath(QStringLiteral("scan.pdf"));
    DraftLayout layout;
    layout.textAsImage = true;
    QVERIFY(makeDraft(scan, layout));
    QVERIFY(!firstPageText(scan).contains(QStringLiteral("Số")));
    const QString out = m_dir.filePath(QStringLiteral("scan-issued.pdf"));
    Run r = issue(scan, out);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("\"Số:\" line was not found")), qPrintable(r.err));
    QVERIFY(!QFile::exists(out));

    // The blanks of this template, as its text version places them (pdftotext: points from
    // the top left; the places are baselines from the bottom left).
    const QString typed = m_dir.filePath(QStringLiteral("scan-template.pdf"));
    QVERIFY(makeDraft(typed));
    const QList<Word> words = wordsOnPage(typed, 1);
    const auto box = [&](const QString &text) {
        for (const Word &w : words) {
            if (w.text == text)
                return w.box;
        }
        return QRectF();
    };
    const QRectF so = box(QStringLiteral("Số:")), slash = box(QStringLiteral("/KH-UBND")),
                 day = box(QStringLiteral("ngày")), month = box(QStringLiteral("tháng")),
                 year = box(QStringLiteral("năm"));
    QVERIFY(!so.isEmpty() && !slash.isEmpty() && !day.isEmpty() && !month.isEmpty() &&
            !year.isEmpty());
    const auto baseline = [](const QRectF &b) { return 842 - b.bottom() + 13 * 0.216; };
    const auto place = [](double x, double y) {
        return QStringLiteral("%1,%2").arg(x, 0, 'f', 1).arg(y, 0, 'f', 1);
    };
    r = issue(scan, out,
              {QStringLiteral("--number-at"), place(so.right() + 4, baseline(so)),
               QStringLiteral("--day-at"), place(day.right() + 3, baseline(day)),
               QStringLiteral("--month-at"), place(month.right() + 5, baseline(month))});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    checkSigned(out);
    const QString text = firstPageText(out);
    QVERIFY2(text.contains(QStringLiteral("07")) && text.contains(QStringLiteral("05")),
             qPrintable(text));
    // Only the blanks were written: what the scan prints is untouched (the same pixels where
    // "/KH-UBND", "tháng" and "năm" stand), the blanks are not.
    const auto pixels = [](const QString &pdf, const QRectF &points) {
        // Inside the word's box, a point in from its edges (antialiasing spills over them).
        return renderedPage(
            pdf, 1, 144,
            QRectF(points.topLeft() * 2, points.size() * 2).adjusted(2, 2, -2, -2).toAlignedRect());
    };
    for (const QRectF &printed : {slash, month, year})
        QCOMPARE(pixels(out, printed), pixels(scan, printed));
    const QRectF numberBlank(so.right() + 3, so.top(), slash.left() - so.right() - 4, so.height());
    QVERIFY(pixels(out, numberBlank) != pixels(scan, numberBlank));
}

QTEST_MAIN(TestIssue)
#include "tst_issue.moc"
