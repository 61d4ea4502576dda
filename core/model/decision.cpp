#include "core/model/decision.h"

#include <QCoreApplication>

#include <array>

namespace lt::actions {

namespace {
struct ActionInfo
{
    Action action;
    const char *key;
    const char *text;
};

// clang-format off
constexpr std::array kActions{
    ActionInfo{Action::Register,        "register",          QT_TRANSLATE_NOOP("lt::Action", "Register")},
    ActionInfo{Action::ReturnToSender,  "return_to_sender",  QT_TRANSLATE_NOOP("lt::Action", "Return to sender")},
    ActionInfo{Action::Submit,          "submit",            QT_TRANSLATE_NOOP("lt::Action", "Submit to the leader")},
    ActionInfo{Action::Direct,          "direct",            QT_TRANSLATE_NOOP("lt::Action", "Direct and assign")},
    ActionInfo{Action::SendBack,        "send_back",         QT_TRANSLATE_NOOP("lt::Action", "Send back to the clerk")},
    ActionInfo{Action::Reassign,        "reassign",          QT_TRANSLATE_NOOP("lt::Action", "Reassign")},
    ActionInfo{Action::StartHandling,   "start_handling",    QT_TRANSLATE_NOOP("lt::Action", "Start handling")},
    ActionInfo{Action::Complete,        "complete",          QT_TRANSLATE_NOOP("lt::Action", "Mark as done")},
    ActionInfo{Action::ReportPart,      "report_part",       QT_TRANSLATE_NOOP("lt::Action", "Report our part")},
    ActionInfo{Action::PassOn,          "pass_on",           QT_TRANSLATE_NOOP("lt::Action", "Pass on to specialists")},
    ActionInfo{Action::Reopen,          "reopen",            QT_TRANSLATE_NOOP("lt::Action", "Reopen")},
    ActionInfo{Action::RecallReceived,  "recall_received",   QT_TRANSLATE_NOOP("lt::Action", "Record the sender's recall")},
    ActionInfo{Action::SubmitForReview, "submit_for_review", QT_TRANSLATE_NOOP("lt::Action", "Submit for review")},
    ActionInfo{Action::Withdraw,        "withdraw",          QT_TRANSLATE_NOOP("lt::Action", "Withdraw from review")},
    ActionInfo{Action::Approve,         "approve",           QT_TRANSLATE_NOOP("lt::Action", "Approve")},
    ActionInfo{Action::Return,          "return",            QT_TRANSLATE_NOOP("lt::Action", "Return to the drafter")},
    ActionInfo{Action::Sign,            "sign",              QT_TRANSLATE_NOOP("lt::Action", "Sign")},
    ActionInfo{Action::Issue,           "issue",             QT_TRANSLATE_NOOP("lt::Action", "Number and issue")},
    ActionInfo{Action::Dispatch,        "dispatch",          QT_TRANSLATE_NOOP("lt::Action", "Dispatch")},
    ActionInfo{Action::Recall,          "recall",            QT_TRANSLATE_NOOP("lt::Action", "Recall")},
    ActionInfo{Action::VoidNumber,      "void_number",       QT_TRANSLATE_NOOP("lt::Action", "Void the number")},
    ActionInfo{Action::Comment,         "comment",           QT_TRANSLATE_NOOP("lt::Action", "Comment")},
};
// clang-format on

const ActionInfo &info(Action a)
{
    for (const auto &i : kActions) {
        if (i.action == a)
            return i;
    }
    Q_UNREACHABLE();
}
} // namespace

QString key(Action action)
{
    return QString::fromLatin1(info(action).key);
}

std::optional<Action> fromKey(const QString &key)
{
    for (const auto &i : kActions) {
        if (key == QLatin1String(i.key))
            return i.action;
    }
    return std::nullopt;
}

QString displayName(Action action)
{
    return QCoreApplication::translate("lt::Action", info(action).text);
}

const QList<Action> &all()
{
    static const QList<Action> list = [] {
        QList<Action> l;
        for (const auto &i : kActions)
            l.append(i.action);
        return l;
    }();
    return list;
}

} // namespace lt::actions
