#pragma once

#include "core/model/enums.h"

#include <QDate>
#include <QList>
#include <QString>

namespace lt {

// The tiers of Vietnamese public administration. The tree itself is data: any depth, any
// parent. District is kept for history (abolished on 1 July 2025).
enum class OrgLevel {
    Central,  // ministries, central agencies
    Province, // provinces and centrally-run cities
    District, // historical
    Commune,  // communes, wards, special zones
    Unit,     // a department or unit inside an agency
};

struct Organisation
{
    QString id;   // opaque, stable across renames and merges
    QString code; // national identifier (OrgCode), may be empty for internal units
    QString name;
    QString shortName; // the abbreviation used in notations: "UBND", "SYT"
    OrgLevel level = OrgLevel::Unit;
    QString parentId; // empty for a root
    QDate retiredOn;  // set when merged or dissolved; history keeps pointing here
    QString successorId;

    bool isActive(const QDate &on) const { return !retiredOn.isValid() || on < retiredOn; }
    friend bool operator==(const Organisation &, const Organisation &) = default;
};

struct Person
{
    QString id;
    QString login;
    QString fullName;
    QString title;          // chức vụ, as printed above a signature
    QString organisationId; // the unit the person belongs to
    QList<Role> roles;
    QString email;

    bool hasRole(Role role) const { return roles.contains(role); }
    friend bool operator==(const Person &, const Person &) = default;
};

} // namespace lt
