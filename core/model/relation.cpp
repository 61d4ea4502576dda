#include "core/model/relation.h"

#include <array>

namespace lt::relations {

namespace {
struct Entry
{
    Relation relation;
    const char *key;
};
constexpr std::array kEntries{
    Entry{Relation::Addressee, "addressee"},     Entry{Relation::LeadUnit, "lead"},
    Entry{Relation::Drafter, "drafter"},         Entry{Relation::Reviewer, "reviewer"},
    Entry{Relation::Signer, "signer"},           Entry{Relation::Clerk, "clerk"},
    Entry{Relation::Informed, "informed"},       Entry{Relation::Cooperating, "cooperating"},
    Entry{Relation::AssignedPerson, "assignee"}, Entry{Relation::Recipient, "recipient"},
};
} // namespace

QString key(Relation relation)
{
    for (const Entry &e : kEntries) {
        if (e.relation == relation)
            return QLatin1String(e.key);
    }
    return {};
}

std::optional<Relation> fromKey(const QString &key)
{
    for (const Entry &e : kEntries) {
        if (key == QLatin1String(e.key))
            return e.relation;
    }
    return std::nullopt;
}

const QList<Relation> &all()
{
    static const QList<Relation> list = [] {
        QList<Relation> l;
        for (const Entry &e : kEntries)
            l << e.relation;
        return l;
    }();
    return list;
}

} // namespace lt::relations
