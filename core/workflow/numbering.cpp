#include "core/workflow/numbering.h"

#include <QCoreApplication>

namespace lt::numbering {

namespace {

struct NumberingTr
{
    Q_DECLARE_TR_FUNCTIONS(lt::numbering)
};

constexpr int kMaxNumber = 9'999'999;
constexpr int kMinYear = 1945;
constexpr int kMaxYear = 2999;

Error invalid(const QString &message)
{
    return Error{ErrorCode::InvalidArgument, message};
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// Letters of abbreviations: Latin letters, Đ/đ and digits. Other Vietnamese letters do not
// appear in abbreviations, which are written without diacritics except Đ.
bool isAbbreviationChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || isAsciiDigit(c) || u == u'Đ' ||
           u == u'đ';
}

std::optional<int> parseDigits(const QString &s)
{
    if (s.isEmpty() || s.size() > 7)
        return std::nullopt;
    int value = 0;
    for (QChar c : s) {
        if (!isAsciiDigit(c))
            return std::nullopt;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

} // namespace

QString Notation::suffix() const
{
    QString s;
    if (year > 0)
        s += QString::number(year) + u'/';
    if (type) {
        s += doctype::abbreviation(*type) + u'-' + issuer;
    } else {
        s += issuer + u'-' + unit;
    }
    return s;
}

QString Notation::toString() const
{
    return formatNumber(number) + u'/' + suffix();
}

Result<Notation> parse(const QString &input)
{
    QString text = input.normalized(QString::NormalizationForm_C).trimmed();
    // "Số: 05/QĐ-UBND" as printed on the page.
    for (const QString &prefix : {QStringLiteral("Số:"), QStringLiteral("Số")}) {
        if (text.startsWith(prefix, Qt::CaseInsensitive)) {
            text = text.mid(prefix.size()).trimmed();
            break;
        }
    }
    if (text.isEmpty())
        return invalid(NumberingTr::tr("The number and notation are empty."));
    for (QChar c : text) {
        if (c.isSpace()) {
            return invalid(
                NumberingTr::tr("A number and notation contains no spaces: \"%1\".").arg(text));
        }
    }

    const QList<QString> parts = text.split(u'/');
    if (parts.size() < 2) {
        return invalid(NumberingTr::tr("\"%1\" has no \"/\" between the number and the "
                                       "notation (expected e.g. 05/QĐ-UBND).")
                           .arg(text));
    }
    if (parts.size() > 3) {
        return invalid(NumberingTr::tr("\"%1\" has too many \"/\".").arg(text));
    }

    Notation n;
    const auto number = parseDigits(parts.at(0));
    if (!number) {
        return invalid(NumberingTr::tr("The number \"%1\" must be written with 1 to 7 digits.")
                           .arg(parts.at(0)));
    }
    if (*number < 1 || *number > kMaxNumber)
        return invalid(NumberingTr::tr("The number must be at least 1."));
    n.number = *number;

    if (parts.size() == 3) {
        const auto year = parseDigits(parts.at(1));
        if (!year || parts.at(1).size() != 4 || *year < kMinYear || *year > kMaxYear) {
            return invalid(NumberingTr::tr("\"%1\" is not a valid year.").arg(parts.at(1)));
        }
        n.year = *year;
    }

    const QString &rest = parts.last();
    if (rest.isEmpty())
        return invalid(NumberingTr::tr("The notation after the number is empty."));
    for (QChar c : rest) {
        if (c != u'-' && !isAbbreviationChar(c)) {
            return invalid(
                NumberingTr::tr("The character \"%1\" is not allowed in a notation.").arg(c));
        }
    }
    const QList<QString> segments = rest.split(u'-');
    for (const QString &s : segments) {
        if (s.isEmpty()) {
            return invalid(NumberingTr::tr("The notation \"%1\" has an empty part between "
                                           "hyphens.")
                               .arg(rest));
        }
    }
    if (segments.size() < 2) {
        return invalid(NumberingTr::tr("The notation \"%1\" needs at least two parts joined by "
                                       "a hyphen (type-issuer or issuer-unit).")
                           .arg(rest));
    }

    if (const auto type = doctype::fromAbbreviation(segments.first())) {
        n.type = type;
        n.issuer = segments.mid(1).join(u'-');
    } else {
        if (n.year > 0) {
            return invalid(NumberingTr::tr("\"%1\" is not a document type abbreviation; only "
                                           "typed documents carry a year.")
                               .arg(segments.first()));
        }
        n.issuer = segments.first();
        n.unit = segments.mid(1).join(u'-');
    }
    return n;
}

Result<Issued> next(const Sequence &sequence, const QDate &date)
{
    if (!date.isValid())
        return invalid(NumberingTr::tr("The document date is not valid."));
    if (sequence.year > 0 && date.year() < sequence.year) {
        return invalid(NumberingTr::tr("The register has moved on to %1: no number can be given "
                                       "for a date in %2.")
                           .arg(sequence.year)
                           .arg(date.year()));
    }
    Issued issued;
    issued.sequence.year = date.year();
    issued.sequence.lastNumber = date.year() == sequence.year ? sequence.lastNumber + 1 : 1;
    if (issued.sequence.lastNumber > kMaxNumber)
        return invalid(NumberingTr::tr("The register is full for %1.").arg(date.year()));
    issued.number = issued.sequence.lastNumber;
    return issued;
}

} // namespace lt::numbering
