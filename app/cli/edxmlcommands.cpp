#include "edxmlcommands.h"

#include "commands.h"
#include "core/edxml/package.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace lt::cli {

namespace {

struct EdxmlTr
{
    Q_DECLARE_TR_FUNCTIONS(lt::cli::Edxml)
};

QString stateKey(edxml::SignatureState s)
{
    switch (s) {
    case edxml::SignatureState::Valid:
        return QStringLiteral("valid");
    case edxml::SignatureState::Missing:
        return QStringLiteral("missing");
    case edxml::SignatureState::Placeholder:
        return QStringLiteral("placeholder");
    case edxml::SignatureState::Invalid:
        break;
    }
    return QStringLiteral("invalid");
}

QString stateText(const edxml::SignatureVerdict &v)
{
    switch (v.state) {
    case edxml::SignatureState::Valid:
        return EdxmlTr::tr("valid, signed by %1 (issued by %2)").arg(v.signer, v.issuer);
    case edxml::SignatureState::Missing:
        return EdxmlTr::tr("not signed");
    case edxml::SignatureState::Placeholder:
        return EdxmlTr::tr("a placeholder, not a signature: %1").arg(v.reason);
    case edxml::SignatureState::Invalid:
        break;
    }
    return EdxmlTr::tr("NOT valid: %1").arg(v.reason);
}

QJsonObject organJson(const edxml::Organ &o)
{
    return {{QStringLiteral("id"), o.id}, {QStringLiteral("name"), o.name}};
}

QString priorityText(int p)
{
    switch (p) {
    case 1:
        return EdxmlTr::tr("urgent (khẩn)");
    case 2:
        return EdxmlTr::tr("very urgent (thượng khẩn)");
    case 3:
    case 4:
        return EdxmlTr::tr("flash (hỏa tốc)");
    default:
        return EdxmlTr::tr("normal");
    }
}

int show(const QString &file, bool json, QTextStream &out, QTextStream &err)
{
    QTemporaryDir dir; // the attachments are decoded to count and check them, then dropped
    auto read = edxml::read(file, dir.path());
    if (!read) {
        err << read.error().message << '\n';
        return Refused;
    }
    const edxml::Package &p = read->package;
    const bool status = p.kind == edxml::Package::Kind::Status;
    if (json) {
        QJsonArray to;
        for (const auto &o : p.to)
            to << organJson(o);
        QJsonArray files;
        for (const auto &a : p.attachments)
            files << QJsonObject{{QStringLiteral("name"), a.name},
                                 {QStringLiteral("contentType"), a.contentType},
                                 {QStringLiteral("zipped"), a.zipped},
                                 {QStringLiteral("size"), a.size},
                                 {QStringLiteral("sha256"), QString::fromLatin1(a.sha256.toHex())}};
        QJsonObject o{{QStringLiteral("kind"),
                       status ? QStringLiteral("status") : QStringLiteral("document")},
                      {QStringLiteral("from"), organJson(p.from)},
                      {QStringLiteral("to"), to},
                      {QStringLiteral("documentId"), p.documentId},
                      {QStringLiteral("signature"),
                       QJsonObject{{QStringLiteral("state"), stateKey(read->signature.state)},
                                   {QStringLiteral("signer"), read->signature.signer},
                                   {QStringLiteral("issuer"), read->signature.issuer},
                                   {QStringLiteral("reason"), read->signature.reason}}}};
        if (status) {
            o.insert(QStringLiteral("statusCode"), p.statusCode);
            o.insert(QStringLiteral("description"), p.statusDescription);
            o.insert(QStringLiteral("time"), p.statusTime.toString(Qt::ISODate));
            o.insert(QStringLiteral("responseFor"), p.responseFor.documentId);
        } else {
            o.insert(QStringLiteral("code"), p.code());
            o.insert(QStringLiteral("date"), p.promulgationDate.toString(Qt::ISODate));
            o.insert(QStringLiteral("type"), p.typeName);
            o.insert(QStringLiteral("subject"), p.subject);
            o.insert(QStringLiteral("signer"), p.signerName);
            o.insert(QStringLiteral("priority"), p.priority);
            o.insert(QStringLiteral("business"), int(p.business.type));
            o.insert(QStringLiteral("files"), files);
        }
        out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return Ok;
    }
    out << EdxmlTr::tr("From: %1 (%2)").arg(p.from.name, p.from.id) << '\n';
    for (const auto &o : p.to)
        out << EdxmlTr::tr("To: %1 (%2)").arg(o.name, o.id) << '\n';
    if (status) {
        out << EdxmlTr::tr("Status: %1").arg(p.statusCode, 2, 10, QChar(u'0')) << '\n';
        if (!p.statusDescription.isEmpty())
            out << EdxmlTr::tr("Description: %1").arg(p.statusDescription) << '\n';
        out << EdxmlTr::tr("About: %1").arg(p.responseFor.documentId) << '\n';
    } else {
        out << EdxmlTr::tr("Number and notation: %1").arg(p.code()) << '\n';
        out << EdxmlTr::tr("Date: %1")
                   .arg(p.promulgationDate.toString(QStringLiteral("dd/MM/yyyy")))
            << '\n';
        out << EdxmlTr::tr("Type: %1").arg(p.typeName) << '\n';
        out << EdxmlTr::tr("Subject: %1").arg(p.subject) << '\n';
        if (!p.signerName.isEmpty())
            out << EdxmlTr::tr("Signed by: %1 %2").arg(p.signerPosition, p.signerName).trimmed()
                << '\n';
        out << EdxmlTr::tr("Urgency: %1").arg(priorityText(p.priority)) << '\n';
        for (const auto &a : p.attachments)
            out << EdxmlTr::tr("File: %1 (%2 bytes)").arg(a.name).arg(a.size) << '\n';
    }
    out << EdxmlTr::tr("Package signature: %1").arg(stateText(read->signature)) << '\n';
    return Ok;
}

} // namespace

bool isEdxmlCommand(const QString &command)
{
    return command == u"edxml";
}

int runEdxmlCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const QString sub = args.value(0);
    QStringList rest = args.mid(1);
    const bool json = rest.removeAll(QStringLiteral("--json")) > 0;
    if ((sub != u"show" && sub != u"verify") || rest.size() != 1 || (json && sub != u"show"))
        return usage(err,
                     EdxmlTr::tr("Use \"edxml show FILE [--json]\" or \"edxml verify FILE\"."));
    if (sub == u"show")
        return show(rest.first(), json, out, err);
    // verify: exit 0 only for a valid signature.
    const edxml::SignatureVerdict v = edxml::verifySignature(rest.first());
    out << EdxmlTr::tr("Package signature: %1").arg(stateText(v)) << '\n';
    return v.state == edxml::SignatureState::Valid ? Ok : Refused;
}

} // namespace lt::cli
