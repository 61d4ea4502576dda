#include "core/model/orgcode.h"

#include <QCoreApplication>

namespace lt {

namespace {

struct OrgCodeTr
{
    Q_DECLARE_TR_FUNCTIONS(lt::OrgCode)
};

Error invalid(const QString &message)
{
    return Error{ErrorCode::InvalidArgument, message};
}

bool allDigits(const QString &s)
{
    for (QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return !s.isEmpty();
}

bool allZero(const QString &s)
{
    for (QChar c : s) {
        if (c != u'0')
            return false;
    }
    return true;
}

} // namespace

Result<OrgCode> OrgCode::parse(const QString &input)
{
    const QString text = input.trimmed().toUpper();
    if (text.isEmpty())
        return invalid(OrgCodeTr::tr("The organisation code is empty."));
    if (text.size() > MaxLength) {
        return invalid(
            OrgCodeTr::tr("The organisation code is longer than %1 characters.").arg(MaxLength));
    }
    const QList<QString> groups = text.split(u'.');
    if (groups.size() < 4) {
        return invalid(
            OrgCodeTr::tr("An organisation code has at least four groups separated by dots, "
                          "such as 000.00.11.H53."));
    }
    const QString &last = groups.last();
    if (last.size() != 3 || !last.at(0).isLetter() || last.at(0).unicode() > 'Z' ||
        !allDigits(last.mid(1))) {
        return invalid(OrgCodeTr::tr("The last group \"%1\" must be a letter followed by two "
                                     "digits, such as H53.")
                           .arg(last));
    }
    const char16_t letter = last.at(0).unicode();
    if (letter < u'A' || letter > u'K') {
        return invalid(
            OrgCodeTr::tr("The letter %1 does not name a level-1 body (A to K).").arg(last.at(0)));
    }

    // Digit groups, left to right. In the canonical four-group form their widths are 3, 2, 2;
    // leading groups of longer codes may have 1 to 3 digits.
    const qsizetype digitGroups = groups.size() - 1;
    for (qsizetype i = 0; i < digitGroups; ++i) {
        const QString &g = groups.at(i);
        if (!allDigits(g)) {
            return invalid(OrgCodeTr::tr("The group \"%1\" must contain digits only.").arg(g));
        }
        const qsizetype fromRight = digitGroups - 1 - i; // 0 = next to the letter group
        const int expected = fromRight < 2 ? 2 : (fromRight == 2 ? 3 : 0);
        if (expected != 0 && g.size() != expected) {
            return invalid(
                OrgCodeTr::tr("The group \"%1\" must have %2 digits.").arg(g).arg(expected));
        }
        if (expected == 0 && g.size() > 3) {
            return invalid(OrgCodeTr::tr("The group \"%1\" has more than 3 digits.").arg(g));
        }
    }

    // Levels fill from right to left: a used level needs every level between it and the
    // level-1 group to be used too.
    int level = 1;
    bool gap = false;
    for (qsizetype i = digitGroups - 1; i >= 0; --i) {
        const bool used = !allZero(groups.at(i));
        if (used && gap) {
            return invalid(OrgCodeTr::tr("The group \"%1\" is used but a group to its right is "
                                         "zero: levels must be filled from right to left.")
                               .arg(groups.at(i)));
        }
        if (used)
            ++level;
        else
            gap = true;
    }

    OrgCode code;
    code.m_text = text;
    code.m_groups = groups;
    code.m_category = static_cast<Category>(letter - u'A');
    code.m_level = level;
    return code;
}

OrgCode OrgCode::parent() const
{
    if (m_level <= 1)
        return {};
    // The lowest level is the leftmost non-zero group; zero it.
    QList<QString> groups = m_groups;
    for (qsizetype i = 0; i < groups.size() - 1; ++i) {
        if (!allZero(groups.at(i))) {
            groups[i] = QString(groups.at(i).size(), u'0');
            break;
        }
    }
    OrgCode p = *this;
    p.m_groups = groups;
    p.m_text = groups.join(u'.');
    p.m_level = m_level - 1;
    return p;
}

bool OrgCode::isWithin(const OrgCode &other) const
{
    if (isNull() || other.isNull())
        return false;
    for (OrgCode c = *this; !c.isNull(); c = c.parent()) {
        if (c == other)
            return true;
    }
    return false;
}

} // namespace lt
