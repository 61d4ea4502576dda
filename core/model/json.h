#pragma once

#include "core/model/decision.h"
#include "core/model/document.h"
#include "core/result.h"

#include <QJsonObject>

namespace lt::json {

// The wire form of the model (docs/api.md). Readers are strict about types and required
// fields, tolerant of unknown fields (a newer server may send more), and refuse values out of
// range with ErrorCode::InvalidArgument and a reason naming the field.
QJsonObject toJson(const Document &document);
Result<Document> documentFromJson(const QJsonObject &object);

QJsonObject toJson(const Attachment &attachment);
Result<Attachment> attachmentFromJson(const QJsonObject &object);

QJsonObject toJson(const Decision &decision);
Result<Decision> decisionFromJson(const QJsonObject &object);

QJsonObject toJson(const Assignment &assignment);
Result<Assignment> assignmentFromJson(const QJsonObject &object);

QJsonObject toJson(const Recipient &recipient);
Result<Recipient> recipientFromJson(const QJsonObject &object);

QJsonObject toJson(const DraftVersion &version);
Result<DraftVersion> draftVersionFromJson(const QJsonObject &object);

// "incoming:registered", "outgoing:draft"
QString stateKey(const DocumentState &state);
std::optional<DocumentState> stateFromKey(const QString &key);

} // namespace lt::json
