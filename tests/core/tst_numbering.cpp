#include "core/model/document.h"
#include "core/workflow/numbering.h"

#include <QTest>

using namespace lt;
using numbering::Notation;

class TestNumbering : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void parsedParts();
    void invalid_data();
    void invalid();
    void leadingZero();
    void yearlySequence();
    void separateSeries();
    void documentNumberNotation();
};

void TestNumbering::roundTrip_data()
{
    QTest::addColumn<QString>("text");
    for (const char *t :
         {"05/QĐ-UBND", "123/QĐ-UBND", "15/UBND-VP", "01/TTr-SYT", "12/2020/NĐ-CP",
          "30/2020/QĐ-TTg", "07/KH-UBND", "100/CV-BQL", "09/QyĐ-HĐND", "11/CTr-UBND", "02/TrS-VP",
          "1234567/TB-UBND", "45/BC-SNV-TCBC", "88/UBND-KTTH", "06/SY-UBND", "03/HĐ-BQLDA",
          "08/2024/TT-BTTTT", "02/2025/TTLT-BTC-BNV"}) {
        QTest::newRow(t) << QString::fromUtf8(t);
    }
}

void TestNumbering::roundTrip()
{
    QFETCH(QString, text);
    // "30/2020/QĐ-TTg": TTg (Thủ tướng) is a mixed-case issuer.
    const auto parsed = numbering::parse(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    QCOMPARE(parsed->toString(), text);
    // Parsing the printed form again gives the same parts.
    QCOMPARE(numbering::parse(parsed->toString()).value(), parsed.value());
}

void TestNumbering::parsedParts()
{
    auto n = numbering::parse(QStringLiteral("Số: 05/QĐ-UBND"));
    QVERIFY(n.ok());
    QCOMPARE(n->number, 5);
    QCOMPARE(n->type, std::optional(DocumentType::QuyetDinh));
    QCOMPARE(n->issuer, QStringLiteral("UBND"));
    QVERIFY(n->unit.isEmpty());
    QCOMPARE(n->year, 0);

    n = numbering::parse(QStringLiteral("15/UBND-VP"));
    QVERIFY(n.ok());
    QVERIFY(!n->type.has_value());
    QCOMPARE(n->issuer, QStringLiteral("UBND"));
    QCOMPARE(n->unit, QStringLiteral("VP"));

    n = numbering::parse(QStringLiteral("30/2020/QĐ-TTg"));
    QVERIFY(n.ok());
    QCOMPARE(n->year, 2020);
    QCOMPARE(n->issuer, QStringLiteral("TTg"));
    QCOMPARE(n->suffix(), QStringLiteral("2020/QĐ-TTg"));

    n = numbering::parse(QStringLiteral("45/BC-SNV-TCBC"));
    QVERIFY(n.ok());
    QCOMPARE(n->type, std::optional(DocumentType::BaoCao));
    QCOMPARE(n->issuer, QStringLiteral("SNV-TCBC"));

    // Decomposed input (from a PDF text layer) parses like precomposed.
    n = numbering::parse(QStringLiteral("Số: 7/QĐ-UBND").normalized(QString::NormalizationForm_D));
    QVERIFY(n.ok());
    QCOMPARE(n->toString(), QStringLiteral("07/QĐ-UBND"));
}

void TestNumbering::invalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason"); // a fragment of the English reason
    QTest::newRow("empty") << QString() << "empty";
    QTest::newRow("only prefix") << QStringLiteral("Số:") << "empty";
    QTest::newRow("no slash") << QStringLiteral("05-QĐ-UBND") << "no \"/\"";
    QTest::newRow("too many slashes") << QStringLiteral("05/2020/QĐ/UBND") << "too many";
    QTest::newRow("letters in number") << QStringLiteral("5a/QĐ-UBND") << "digits";
    QTest::newRow("zero") << QStringLiteral("00/QĐ-UBND") << "at least 1";
    QTest::newRow("number too long") << QStringLiteral("12345678/QĐ-UBND") << "digits";
    QTest::newRow("space") << QStringLiteral("05/QĐ - UBND") << "no spaces";
    QTest::newRow("no notation") << QStringLiteral("05/") << "empty";
    QTest::newRow("one part") << QStringLiteral("05/UBND") << "two parts";
    QTest::newRow("double hyphen") << QStringLiteral("05/QĐ--UBND") << "empty part";
    QTest::newRow("trailing hyphen") << QStringLiteral("05/QĐ-") << "empty part";
    QTest::newRow("punctuation") << QStringLiteral("05/QĐ-UB.ND") << "not allowed";
    QTest::newRow("accented") << QStringLiteral("05/QĐ-ỦBND") << "not allowed";
    QTest::newRow("bad year") << QStringLiteral("05/20/QĐ-UBND") << "year";
    QTest::newRow("old year") << QStringLiteral("05/1900/QĐ-UBND") << "year";
    QTest::newRow("year without type") << QStringLiteral("05/2020/UBND-VP") << "carry a year";
}

void TestNumbering::invalid()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);
    const auto parsed = numbering::parse(text);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code, ErrorCode::InvalidArgument);
    QVERIFY2(parsed.error().message.contains(reason), qPrintable(parsed.error().message));
}

void TestNumbering::leadingZero()
{
    QCOMPARE(numbering::formatNumber(1), QStringLiteral("01"));
    QCOMPARE(numbering::formatNumber(9), QStringLiteral("09"));
    QCOMPARE(numbering::formatNumber(10), QStringLiteral("10"));
    QCOMPARE(numbering::formatNumber(1234), QStringLiteral("1234"));
}

void TestNumbering::yearlySequence()
{
    numbering::Sequence seq;
    auto issued = numbering::next(seq, QDate(2026, 12, 30));
    QVERIFY(issued.ok());
    QCOMPARE(issued->number, 1);
    seq = issued->sequence;
    issued = numbering::next(seq, QDate(2026, 12, 31));
    QCOMPARE(issued->number, 2);
    seq = issued->sequence;
    // 1 January: the sequence restarts.
    issued = numbering::next(seq, QDate(2027, 1, 1));
    QVERIFY(issued.ok());
    QCOMPARE(issued->number, 1);
    QCOMPARE(issued->sequence, (numbering::Sequence{2027, 1}));
    seq = issued->sequence;
    issued = numbering::next(seq, QDate(2027, 1, 1));
    QCOMPARE(issued->number, 2);
    seq = issued->sequence;
    // A closed year takes no new numbers.
    const auto late = numbering::next(seq, QDate(2026, 12, 31));
    QVERIFY(!late.ok());
    QVERIFY(late.error().message.contains(QStringLiteral("2027")));
    QVERIFY(!numbering::next(seq, QDate()).ok());
    // A register left unused for years restarts at 1 too.
    QCOMPARE(numbering::next(numbering::Sequence{2020, 500}, QDate(2026, 6, 1))->number, 1);
}

void TestNumbering::separateSeries()
{
    // Secret documents have their own series: two sequences advance independently.
    numbering::Sequence normal{2026, 41};
    numbering::Sequence secret{2026, 2};
    QCOMPARE(numbering::next(normal, QDate(2026, 5, 5))->number, 42);
    QCOMPARE(numbering::next(secret, QDate(2026, 5, 5))->number, 3);
}

void TestNumbering::documentNumberNotation()
{
    Document d;
    d.state = OutgoingState::Draft;
    QVERIFY(d.numberNotation().isEmpty());
    d.number = 5;
    d.notation = QStringLiteral("QĐ-UBND");
    QCOMPARE(d.numberNotation(), QStringLiteral("05/QĐ-UBND"));
}

QTEST_GUILESS_MAIN(TestNumbering)
#include "tst_numbering.moc"
