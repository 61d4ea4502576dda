#include "core/i18n/language.h"
#include "core/model/doctype.h"
#include "core/model/enums.h"

#include <QSet>
#include <QTest>

using namespace lt;

class TestDocType : public QObject
{
    Q_OBJECT

private slots:
    void everyTypeOfTheDecree();
    void abbreviationsRoundTrip();
    void keysRoundTrip();
    void namesFollowTheLanguage();
    void urgencyFromEdxml();
    void enumKeysRoundTrip();
};

void TestDocType::everyTypeOfTheDecree()
{
    // Decree 30/2020, Appendix III: 29 types (27 with abbreviations, plus Công văn and Thư
    // công), the three copy forms and three legal normative types (NĐ, TT, TTLT).
    QCOMPARE(doctype::all().size(), 35);
    QCOMPARE(doctype::abbreviation(DocumentType::NghiDinh), QStringLiteral("NĐ"));
    QCOMPARE(doctype::abbreviation(DocumentType::QuyetDinh), QStringLiteral("QĐ"));
    QCOMPARE(doctype::abbreviation(DocumentType::QuyDinh), QStringLiteral("QyĐ"));
    QCOMPARE(doctype::abbreviation(DocumentType::ToTrinh), QStringLiteral("TTr"));
    QCOMPARE(doctype::abbreviation(DocumentType::ChuongTrinh), QStringLiteral("CTr"));
    QCOMPARE(doctype::abbreviation(DocumentType::BanTrichSao), QStringLiteral("TrS"));
    QCOMPARE(doctype::abbreviation(DocumentType::CongDien), QStringLiteral("CĐ"));
    QVERIFY(doctype::abbreviation(DocumentType::CongVan).isEmpty());
    QVERIFY(doctype::abbreviation(DocumentType::ThuCong).isEmpty());
    QCOMPARE(doctype::vietnameseName(DocumentType::GiayUyQuyen), QStringLiteral("Giấy ủy quyền"));
    QVERIFY(doctype::isCopy(DocumentType::BanSaoY));
    QVERIFY(!doctype::isCopy(DocumentType::QuyetDinh));
}

void TestDocType::abbreviationsRoundTrip()
{
    QSet<QString> seen;
    for (DocumentType t : doctype::all()) {
        const QString abbr = doctype::abbreviation(t);
        if (abbr.isEmpty())
            continue;
        QVERIFY2(!seen.contains(abbr), qPrintable(abbr));
        seen.insert(abbr);
        QCOMPARE(doctype::fromAbbreviation(abbr), std::optional<DocumentType>(t));
    }
    QCOMPARE(seen.size(), 33);
    QVERIFY(!doctype::fromAbbreviation(QString()).has_value());
    QVERIFY(!doctype::fromAbbreviation(QStringLiteral("qđ")).has_value()); // case matters
    QVERIFY(!doctype::fromAbbreviation(QStringLiteral("UBND")).has_value());
}

void TestDocType::keysRoundTrip()
{
    QSet<QString> seen;
    for (DocumentType t : doctype::all()) {
        const QString key = doctype::key(t);
        QVERIFY(!seen.contains(key));
        seen.insert(key);
        for (QChar c : key)
            QVERIFY2(c.unicode() < 128, qPrintable(key));
        QCOMPARE(doctype::fromKey(key), std::optional<DocumentType>(t));
    }
    QVERIFY(!doctype::fromKey(QStringLiteral("nope")).has_value());
}

void TestDocType::namesFollowTheLanguage()
{
    QVERIFY(i18n::install(*QCoreApplication::instance(), QStringLiteral("vi")));
    for (DocumentType t : doctype::all())
        QCOMPARE(doctype::displayName(t), doctype::vietnameseName(t));
    QCOMPARE(enums::displayName(Urgency::Flash), QStringLiteral("Hỏa tốc"));
    QCOMPARE(enums::displayName(Urgency::VeryUrgent), QStringLiteral("Thượng khẩn"));
    QCOMPARE(enums::displayName(Urgency::Urgent), QStringLiteral("Khẩn"));
    QCOMPARE(enums::displayName(Confidentiality::TopSecret), QStringLiteral("Tuyệt mật"));
    QCOMPARE(enums::displayName(Confidentiality::Secret), QStringLiteral("Tối mật"));
    QCOMPARE(enums::displayName(Confidentiality::Confidential), QStringLiteral("Mật"));
    QCOMPARE(enums::displayName(Role::Clerk), QStringLiteral("Văn thư"));

    QVERIFY(i18n::install(*QCoreApplication::instance(), QStringLiteral("en")));
    QCOMPARE(doctype::displayName(DocumentType::QuyetDinh), QStringLiteral("Decision"));
    QCOMPARE(enums::displayName(Urgency::Flash), QStringLiteral("Flash"));
    QCOMPARE(i18n::currentLanguage(), QStringLiteral("en"));
    QVERIFY(!i18n::install(*QCoreApplication::instance(), QStringLiteral("fr")));
}

void TestDocType::urgencyFromEdxml()
{
    QCOMPARE(enums::urgencyFromEdxmlPriority(0), std::optional(Urgency::Normal));
    QCOMPARE(enums::urgencyFromEdxmlPriority(1), std::optional(Urgency::Urgent));
    QCOMPARE(enums::urgencyFromEdxmlPriority(2), std::optional(Urgency::VeryUrgent));
    QCOMPARE(enums::urgencyFromEdxmlPriority(3), std::optional(Urgency::Flash));
    QCOMPARE(enums::urgencyFromEdxmlPriority(4), std::optional(Urgency::FlashTimed));
    QVERIFY(!enums::urgencyFromEdxmlPriority(5).has_value());
    QVERIFY(!enums::urgencyFromEdxmlPriority(-1).has_value());
}

void TestDocType::enumKeysRoundTrip()
{
    for (Role r : enums::allRoles())
        QCOMPARE(enums::roleFromKey(enums::key(r)), std::optional(r));
    for (IncomingState s : enums::allIncomingStates())
        QCOMPARE(enums::incomingStateFromKey(enums::key(s)), std::optional(s));
    for (OutgoingState s : enums::allOutgoingStates())
        QCOMPARE(enums::outgoingStateFromKey(enums::key(s)), std::optional(s));
    for (int p = 0; p <= 4; ++p) {
        const Urgency u = *enums::urgencyFromEdxmlPriority(p);
        QCOMPARE(enums::urgencyFromKey(enums::key(u)), std::optional(u));
    }
    QVERIFY(!enums::roleFromKey(QStringLiteral("admin")).has_value());
}

QTEST_GUILESS_MAIN(TestDocType)
#include "tst_doctype.moc"
