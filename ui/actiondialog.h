#pragma once

#include "core/model/decision.h"

#include <QDialog>
#include <QJsonArray>

class QComboBox;
class QDateEdit;
class QListWidget;
class QPlainTextEdit;

namespace lt::ui {

// The words that go with an action (a direction, a comment, the reason for a return) and, to
// direct or reassign, the lead unit and the deadline.
class ActionDialog : public QDialog
{
    Q_OBJECT

public:
    // `units`: the organisations directory as the server gives it (id, name, code…).
    ActionDialog(Action action, const QJsonArray &units, QWidget *parent = nullptr);

    QString text() const;
    QList<Assignment> assignments() const;
    bool needsUnit() const { return m_unit != nullptr; }

    // For tests: fill the form as a user would.
    void setText(const QString &text);
    void setLeadUnit(const QString &organisationId);
    void setCooperatingUnits(const QStringList &organisationIds);
    void setInformedUnits(const QStringList &organisationIds);
    // Starts from an earlier attempt (a refused action's words and units).
    void reuse(const QString &text, const QList<Assignment> &assignments);

private:
    Action m_action;
    QPlainTextEdit *m_text = nullptr;
    QComboBox *m_unit = nullptr;
    QDateEdit *m_deadline = nullptr;
    QListWidget *m_cooperating = nullptr;
    QListWidget *m_informed = nullptr;
};

} // namespace lt::ui
