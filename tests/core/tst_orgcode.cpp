#include "core/model/orgcode.h"

#include <QTest>

using lt::ErrorCode;
using lt::OrgCode;

class TestOrgCode : public QObject
{
    Q_OBJECT

private slots:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void parentsAndContainment();
};

void TestOrgCode::valid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<int>("level");
    QTest::addColumn<QString>("parent");
    QTest::addColumn<int>("category");
    QTest::newRow("government office")
        << "000.00.00.G22"
        << "000.00.00.G22" << 1 << "" << int(OrgCode::Category::Government);
    QTest::newRow("province") << "000.00.00.H53"
                              << "000.00.00.H53" << 1 << ""
                              << int(OrgCode::Category::ProvincialCommittee);
    QTest::newRow("department") << "000.00.11.H53"
                                << "000.00.11.H53" << 2 << "000.00.00.H53"
                                << int(OrgCode::Category::ProvincialCommittee);
    QTest::newRow("level 3") << "000.01.11.H53"
                             << "000.01.11.H53" << 3 << "000.00.11.H53"
                             << int(OrgCode::Category::ProvincialCommittee);
    QTest::newRow("level 4") << "012.01.11.H53"
                             << "012.01.11.H53" << 4 << "000.01.11.H53"
                             << int(OrgCode::Category::ProvincialCommittee);
    QTest::newRow("lower case, spaces")
        << "  000.00.11.h53 "
        << "000.00.11.H53" << 2 << "000.00.00.H53" << int(OrgCode::Category::ProvincialCommittee);
    QTest::newRow("party") << "000.00.00.A01"
                           << "000.00.00.A01" << 1 << "" << int(OrgCode::Category::Party);
    QTest::newRow("council") << "000.00.00.K10"
                             << "000.00.00.K10" << 1 << ""
                             << int(OrgCode::Category::ProvincialCouncil);
    QTest::newRow("extended") << "05.012.01.11.H53"
                              << "05.012.01.11.H53" << 5 << "00.012.01.11.H53"
                              << int(OrgCode::Category::ProvincialCommittee);
}

void TestOrgCode::valid()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    QFETCH(int, level);
    QFETCH(QString, parent);
    QFETCH(int, category);
    const auto code = OrgCode::parse(text);
    QVERIFY2(code.ok(), qPrintable(code.ok() ? QString() : code.error().message));
    QCOMPARE(code->toString(), canonical);
    QCOMPARE(code->level(), level);
    QCOMPARE(code->parent().toString(), parent);
    QCOMPARE(int(code->category()), category);
    QCOMPARE(code->levelOneGroup(), canonical.right(3));
    // The parent is itself a valid code of the level above.
    if (!parent.isEmpty()) {
        const auto p = OrgCode::parse(parent);
        QVERIFY(p.ok());
        QCOMPARE(p->level(), level - 1);
    }
}

void TestOrgCode::invalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << ""
                           << "empty";
    QTest::newRow("level-1 only") << "H53"
                                  << "four groups";
    QTest::newRow("three groups") << "00.11.H53"
                                  << "four groups";
    QTest::newRow("no letter") << "000.00.11.153"
                               << "letter followed by two digits";
    QTest::newRow("letter out of range") << "000.00.11.Z53"
                                         << "A to K";
    QTest::newRow("long last group") << "000.00.11.H530"
                                     << "letter followed by two digits";
    QTest::newRow("letters in group") << "000.0A.11.H53"
                                      << "digits only";
    QTest::newRow("wrong width") << "00.00.11.H53"
                                 << "3 digits";
    QTest::newRow("wrong width 2") << "000.000.11.H53"
                                   << "2 digits";
    QTest::newRow("gap") << "000.01.00.H53"
                         << "right to left";
    QTest::newRow("gap 2") << "001.00.11.H53"
                           << "right to left";
    QTest::newRow("empty group") << "000..11.H53"
                                 << "digits only";
    QTest::newRow("too long") << "1.2.3.4.5.6.7.8.9.10.11.12.000.00.11.H53"
                              << "35";
}

void TestOrgCode::invalid()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);
    const auto code = OrgCode::parse(text);
    QVERIFY(!code.ok());
    QCOMPARE(code.error().code, ErrorCode::InvalidArgument);
    QVERIFY2(code.error().message.contains(reason), qPrintable(code.error().message));
    QVERIFY(!OrgCode::isValid(text));
}

void TestOrgCode::parentsAndContainment()
{
    const OrgCode commune = OrgCode::parse(QStringLiteral("012.01.11.H53")).value();
    const OrgCode province = OrgCode::parse(QStringLiteral("000.00.00.H53")).value();
    const OrgCode other = OrgCode::parse(QStringLiteral("000.00.11.H54")).value();
    QVERIFY(commune.isWithin(province));
    QVERIFY(commune.isWithin(commune));
    QVERIFY(!province.isWithin(commune));
    QVERIFY(!commune.isWithin(other));
    QVERIFY(province.parent().isNull());
    int steps = 0;
    for (OrgCode c = commune; !c.isNull(); c = c.parent())
        ++steps;
    QCOMPARE(steps, 4);
}

QTEST_GUILESS_MAIN(TestOrgCode)
#include "tst_orgcode.moc"
