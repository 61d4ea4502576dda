#pragma once

// What the parts of the Service share (service.cpp, lifecycle.cpp): not for other code.

#include "core/model/json.h"
#include "core/model/organisation.h"
#include "core/model/said.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

namespace lt::server::detail {

struct ServiceTr
{
    Q_DECLARE_TR_FUNCTIONS(lt::server::Service)
};

inline QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

inline QJsonObject parse(const QString &s)
{
    return QJsonDocument::fromJson(s.toUtf8()).object();
}

inline QString rolesToString(const QList<Role> &roles)
{
    QStringList keys;
    for (Role r : roles)
        keys << enums::key(r);
    return keys.join(u',');
}

inline QList<Role> rolesFromString(const QString &s)
{
    QList<Role> roles;
    for (const QString &k : s.split(u',', Qt::SkipEmptyParts)) {
        if (const auto r = enums::roleFromKey(k))
            roles << *r;
    }
    return roles;
}

// The day of the agency's registers: Việt Nam keeps UTC+7 all year (no daylight saving), so a
// document registered at 00:30 on 1 January is the first of the new year although it is still
// 31 December in UTC.
constexpr int kAgencyUtcOffsetSeconds = 7 * 3600;
inline QDate agencyDay(const QDateTime &at)
{
    return at.toOffsetFromUtc(kAgencyUtcOffsetSeconds).date();
}

inline Error unauthorized()
{
    return said(ErrorCode::Unauthorized, "lt::server::Service",
                QT_TRANSLATE_NOOP("lt::server::Service", "Wrong user name or password."));
}

inline Error notFound()
{
    return Error{ErrorCode::NotFound, ServiceTr::tr("No such document.")};
}

// The stored form of a document: everything but what depends on the reader.
// The series of a register a document is numbered in: the agency's ("") or a named register's,
// each with its own secret series ("secret", "NAME:secret").
inline QString seriesOf(const Document &d)
{
    const bool secret = d.confidentiality != Confidentiality::Normal;
    if (d.registerName.isEmpty())
        return secret ? QStringLiteral("secret") : QString();
    return secret ? d.registerName + QStringLiteral(":secret") : d.registerName;
}

inline QJsonObject storedJson(const Document &d)
{
    Document copy = d;
    copy.boxes = 0;
    copy.relations = 0;
    copy.unread = false;
    copy.history.clear();
    return json::toJson(copy);
}

inline constexpr const char *kPersonColumns =
    "id, login, full_name, title, organisation_id, roles, email";

inline Person personFrom(const QSqlQuery &q)
{
    Person p;
    p.id = q.value(0).toString();
    p.login = q.value(1).toString();
    p.fullName = q.value(2).toString();
    p.title = q.value(3).toString();
    p.organisationId = q.value(4).toString();
    p.roles = rolesFromString(q.value(5).toString());
    p.email = q.value(6).toString();
    return p;
}

} // namespace lt::server::detail
