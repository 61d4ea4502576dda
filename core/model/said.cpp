#include "core/model/said.h"

#include "core/i18n/language.h"
#include "core/model/decision.h"
#include "core/model/enums.h"
#include "core/model/json.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace lt {

namespace {
QString argument(const QString &arg)
{
    if (arg.startsWith(u"@action:")) {
        if (const auto a = actions::fromKey(arg.mid(8)))
            return actions::displayName(*a);
    } else if (arg.startsWith(u"@state:")) {
        if (const auto s = json::stateFromKey(arg.mid(7)))
            return std::visit([](auto x) -> QString { return enums::displayName(x); }, *s);
    } else if (arg.startsWith(u"@role:")) {
        if (const auto r = enums::roleFromKey(arg.mid(6)))
            return enums::displayName(*r);
    }
    return arg;
}
} // namespace

Error said(ErrorCode code, const char *context, const char *source, QStringList args, int n)
{
    Error e{code};
    e.said = Error::Said{QByteArray(context), QByteArray(source), std::move(args), n};
    e.message = sayText(*e.said);
    return e;
}

QString sayText(const Error::Said &s)
{
    QString text =
        QCoreApplication::translate(s.context.constData(), s.source.constData(), nullptr, s.n);
    for (const QString &a : s.args)
        text = text.arg(argument(a));
    return text;
}

bool canSay(const Error::Said &s)
{
    return i18n::currentLanguage() == u"en" ||
           QCoreApplication::translate(s.context.constData(), s.source.constData(), nullptr, s.n) !=
               QString::fromUtf8(s.source);
}

QJsonObject saidToJson(const Error::Said &s)
{
    QJsonObject o{{QStringLiteral("context"), QString::fromUtf8(s.context)},
                  {QStringLiteral("source"), QString::fromUtf8(s.source)}};
    if (!s.args.isEmpty())
        o.insert(QStringLiteral("args"), QJsonArray::fromStringList(s.args));
    if (s.n >= 0)
        o.insert(QStringLiteral("n"), s.n);
    return o;
}

std::optional<Error::Said> saidFromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject o = value.toObject();
    Error::Said s;
    s.context = o.value(QStringLiteral("context")).toString().toUtf8();
    s.source = o.value(QStringLiteral("source")).toString().toUtf8();
    if (s.context.isEmpty() || s.source.isEmpty() || s.context.size() > 200 ||
        s.source.size() > 2000)
        return std::nullopt;
    for (const QJsonValue &a : o.value(QStringLiteral("args")).toArray()) {
        if (s.args.size() < 10)
            s.args << a.toString().left(500);
    }
    s.n = o.value(QStringLiteral("n")).toInt(-1);
    return s;
}

} // namespace lt
