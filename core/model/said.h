#pragma once

#include "core/result.h"

#include <QJsonObject>

#include <optional>

namespace lt {

// A message made to travel: said in this program's language now, and carried with its
// catalogue key so that a program in another language says it again in its own (the server's
// refusals under the client's --lang). `context` and `source` must be in the catalogues
// (QT_TRANSLATE_NOOP at the call site). Arguments "@action:KEY", "@state:DIRECTION:KEY" and
// "@role:KEY" are said as those names in the language of whoever says the message.
Error said(ErrorCode code, const char *context, const char *source, QStringList args = {},
           int n = -1);
// The message in this program's language.
QString sayText(const Error::Said &said);
// Whether this program has the message in its language (its catalogue has it, or it speaks
// the source language): else the other side's words are better than the English source.
bool canSay(const Error::Said &said);

QJsonObject saidToJson(const Error::Said &said);
std::optional<Error::Said> saidFromJson(const QJsonValue &value);

} // namespace lt
