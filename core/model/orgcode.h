#pragma once

#include "core/result.h"

#include <QList>
#include <QString>

namespace lt {

// An organisation identifier in the national format (mã định danh, Decision 20/2020/QĐ-TTg,
// amended 2022): dotted groups read from right to left, e.g. `000.00.11.H53`.
//   - the last group is a letter and two digits naming the level-1 body (H53: a province);
//   - each group to its left is a level below, all zeros when that level is not used;
//   - the canonical form has four groups (3.2.2 digits + level-1 group); the 2022 amendment
//     allows longer codes, up to 35 characters, which we accept as extra leading digit groups.
class OrgCode
{
public:
    // Kinds of level-1 bodies named by the letter of the last group.
    enum class Category {
        Party,                // A
        PresidentOffice,      // B
        NationalAssembly,     // C
        SupremeCourt,         // D
        Procuracy,            // E
        StateAudit,           // F
        Government,           // G: ministries and government agencies
        ProvincialCommittee,  // H: provincial people's committees
        CentralOrganisationI, // I
        CentralOrganisationJ, // J
        ProvincialCouncil,    // K
    };

    static constexpr int MaxLength = 35;

    // Parses and validates; lower-case letters are accepted and normalised to upper case.
    static Result<OrgCode> parse(const QString &text);
    static bool isValid(const QString &text) { return parse(text).ok(); }

    OrgCode() = default;

    QString toString() const { return m_text; }
    bool isNull() const { return m_text.isEmpty(); }

    // "H53"
    QString levelOneGroup() const { return m_groups.isEmpty() ? QString() : m_groups.last(); }
    Category category() const { return m_category; }

    // 1 for a level-1 body (all digit groups zero), 2 for the level below, and so on.
    int level() const { return m_level; }

    // The code of the body one level up; a null code for a level-1 body.
    OrgCode parent() const;

    // True when this code is `other` or lies below it.
    bool isWithin(const OrgCode &other) const;

    friend bool operator==(const OrgCode &a, const OrgCode &b) { return a.m_text == b.m_text; }

private:
    QString m_text;
    QList<QString> m_groups; // left to right as written
    Category m_category = Category::Government;
    int m_level = 0;
};

} // namespace lt
