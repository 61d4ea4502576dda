#include "core/text/fold.h"
#include "core/text/units.h"

#include <QLocale>

#include <QTest>

using lt::text::foldForSearch;

class TestFold : public QObject
{
    Q_OBJECT

private slots:
    void everyVietnameseLetter_data();
    void everyVietnameseLetter();
    void decomposedInputFoldsTheSame();
    void phrases_data();
    void phrases();
    void otherScriptsAreKept();
    void sizesReadOneWay();
};

void TestFold::everyVietnameseLetter_data()
{
    QTest::addColumn<QString>("letters");
    QTest::addColumn<QChar>("base");
    // Every precomposed letter of the Vietnamese alphabet, each vowel with its six tones,
    // written out by hand (not generated) so the test does not share the code's method.
    const auto row = [](const char *name, const char *letters, char base) {
        QTest::newRow(name) << QString::fromUtf8(letters) << QChar(QLatin1Char(base));
    };
    row("a", "aàáảãạăằắẳẵặâầấẩẫậ", 'a');
    row("A", "AÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬ", 'a');
    row("e", "eèéẻẽẹêềếểễệ", 'e');
    row("E", "EÈÉẺẼẸÊỀẾỂỄỆ", 'e');
    row("i", "iìíỉĩị", 'i');
    row("I", "IÌÍỈĨỊ", 'i');
    row("o", "oòóỏõọôồốổỗộơờớởỡợ", 'o');
    row("O", "OÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢ", 'o');
    row("u", "uùúủũụưừứửữự", 'u');
    row("U", "UÙÚỦŨỤƯỪỨỬỮỰ", 'u');
    row("y", "yỳýỷỹỵ", 'y');
    row("Y", "YỲÝỶỸỴ", 'y');
    row("d", "dđ", 'd');
    row("D", "DĐ", 'd');
    row("icelandic-eth", "Ðð", 'd'); // often typed for Đ
    const char *consonants = "bcghklmnpqrstvx";
    for (const char *c = consonants; *c; ++c) {
        const QByteArray lower(1, *c);
        const QByteArray upper = lower.toUpper();
        QTest::newRow(lower.constData())
            << QString::fromLatin1(lower + upper) << QChar(QLatin1Char(*c));
    }
}

void TestFold::everyVietnameseLetter()
{
    QFETCH(QString, letters);
    QFETCH(QChar, base);
    for (QChar letter : letters) {
        const QString folded = foldForSearch(QString(letter));
        QVERIFY2(folded == QString(base),
                 qPrintable(QStringLiteral("%1 folded to \"%2\"").arg(letter).arg(folded)));
    }
    QCOMPARE(foldForSearch(letters), QString(letters.size(), base));
}

void TestFold::decomposedInputFoldsTheSame()
{
    const QString nfc = QStringLiteral("Nghị quyết của Hội đồng nhân dân tỉnh Thừa Thiên Huế");
    const QString nfd = nfc.normalized(QString::NormalizationForm_D);
    QVERIFY(nfc != nfd);
    QCOMPARE(foldForSearch(nfd), foldForSearch(nfc));
    QCOMPARE(foldForSearch(nfd),
             QStringLiteral("nghi quyet cua hoi dong nhan dan tinh thua thien hue"));
    // A combining mark typed after a letter that has none of its own (e.g. from old fonts).
    QCOMPARE(foldForSearch(QStringLiteral("a\u0301\u0323")), QStringLiteral("a"));
}

void TestFold::phrases_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("decision") << QStringLiteral("Quyết định") << QStringLiteral("quyet dinh");
    QTest::newRow("upper") << QStringLiteral("ỦY BAN NHÂN DÂN")
                           << QStringLiteral("uy ban nhan dan");
    QTest::newRow("notation") << QStringLiteral("Số: 05/QĐ-UBND")
                              << QStringLiteral("so: 05/qd-ubnd");
    QTest::newRow("ascii") << QStringLiteral("quyet dinh") << QStringLiteral("quyet dinh");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("punctuation") << QStringLiteral("“Khẩn”, (hỏa tốc)!")
                                 << QStringLiteral("“khan”, (hoa toc)!");
    QTest::newRow("french") << QStringLiteral("Ça été") << QStringLiteral("ca ete");
}

void TestFold::phrases()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(foldForSearch(input), expected);
}

void TestFold::otherScriptsAreKept()
{
    QCOMPARE(foldForSearch(QStringLiteral("北京 ΑΘΗΝΑ")), QStringLiteral("北京 αθηνα"));
    // Outside the Basic Multilingual Plane: surrogate pairs survive intact.
    QCOMPARE(foldForSearch(QStringLiteral("𝐀 📄")), QStringLiteral("𝐀 📄").toCaseFolded());
    // Simple case folding: one character stays one character (ß is not expanded).
    QCOMPARE(foldForSearch(QStringLiteral("Straße")), QStringLiteral("straße"));
}

// Sizes appeared as "26,71 KiB" in one place and "28 kB" in another: one way everywhere.
void TestFold::sizesReadOneWay()
{
    QLocale::setDefault(QLocale(QStringLiteral("vi")));
    QCOMPARE(lt::text::dataSize(512), QStringLiteral("512 byte"));
    QCOMPARE(lt::text::dataSize(27'350), QStringLiteral("26,7 kB"));
    QCOMPARE(lt::text::dataSize(5 * 1024 * 1024 + 300'000), QStringLiteral("5,3 MB"));
    QLocale::setDefault(QLocale(QStringLiteral("en")));
    QCOMPARE(lt::text::dataSize(27'350), QStringLiteral("26.7 kB"));
}

QTEST_GUILESS_MAIN(TestFold)
#include "tst_fold.moc"
