#include "core/edxml/package.h"

#include "core/edxml/zip_p.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTimeZone>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <openssl/evp.h>

#include <memory>

namespace lt::edxml {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(lt::edxml::Package)
};

constexpr int kMaxOrganId = 35;
constexpr qint64 kChunk = 3 * 64 * 1024; // a multiple of 3: base64 without padding mid-file

Error malformed(const QString &what, const QString &detail = {})
{
    return Error{ErrorCode::InvalidArgument,
                 Tr::tr("The package is not a valid edXML package: %1").arg(what), detail};
}

bool isZipType(const QString &contentType)
{
    const QString t = contentType.trimmed().toLower();
    return t == u"application/zip" || t == u"application/x-zip-compressed" ||
           t == u"application/x-zip";
}

QString typeForName(const QString &name)
{
    const QString suffix = QFileInfo(name).suffix().toLower();
    if (suffix == u"pdf")
        return QStringLiteral("application/pdf");
    if (suffix == u"doc")
        return QStringLiteral("application/msword");
    if (suffix == u"docx")
        return QStringLiteral(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    if (suffix == u"xls")
        return QStringLiteral("application/vnd.ms-excel");
    if (suffix == u"xlsx")
        return QStringLiteral("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    if (suffix == u"zip")
        return QStringLiteral("application/zip");
    return QStringLiteral("application/octet-stream");
}

// A file name from a sender: no directories, no control characters, not empty.
QString safeName(const QString &name, int index)
{
    QString base = name.section(u'/', -1).section(u'\\', -1);
    base.remove(QRegularExpression(QStringLiteral("[\\x00-\\x1f\\x7f:*?\"<>|]")));
    base = base.trimmed();
    while (base.startsWith(u'.'))
        base.remove(0, 1);
    if (base.isEmpty())
        base = QStringLiteral("attachment");
    if (base.size() > 120)
        base = base.right(120);
    return QStringLiteral("%1-%2").arg(index + 1, 2, 10, QLatin1Char('0')).arg(base);
}

// Base64 decoded as it arrives, strictly: the alphabet, padding only at the end.
class Base64Sink
{
public:
    explicit Base64Sink(QIODevice *out)
        : m_out(out)
    {
    }
    bool feed(QStringView text)
    {
        for (QChar ch : text) {
            const char16_t c = ch.unicode();
            if (c == u' ' || c == u'\n' || c == u'\r' || c == u'\t')
                continue;
            const bool alpha = (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') ||
                               (c >= u'0' && c <= u'9') || c == u'+' || c == u'/';
            if (c == u'=') {
                ++m_padding;
                if (m_padding > 2)
                    return false;
            } else if (!alpha || m_padding > 0) {
                return false;
            }
            m_pending.append(char(c));
            if (m_pending.size() >= 4 * 16384 && m_padding == 0 && !flush(false))
                return false;
        }
        return true;
    }
    bool finish() { return flush(true); }
    qint64 written() const { return m_written; }

private:
    bool flush(bool last)
    {
        const qsizetype whole = last ? m_pending.size() : m_pending.size() / 4 * 4;
        if (last && whole % 4 != 0)
            return false;
        const auto decoded = QByteArray::fromBase64Encoding(
            m_pending.left(whole),
            QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return false;
        if (m_out->write(decoded.decoded) != decoded.decoded.size())
            return false;
        m_written += decoded.decoded.size();
        m_pending.remove(0, whole);
        return true;
    }
    QIODevice *m_out;
    QByteArray m_pending;
    int m_padding = 0;
    qint64 m_written = 0;
};

// OpenSSL's SHA-256 (Qt 6.4's QCryptographicHash has its own, several times slower).
QByteArray sha256Of(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    if (!ctx || EVP_DigestInit_ex(ctx.get(), EVP_sha256(), nullptr) != 1)
        return {};
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    for (qint64 n; (n = f.read(chunk.data(), chunk.size())) > 0;)
        EVP_DigestUpdate(ctx.get(), chunk.constData(), size_t(n));
    QByteArray out(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int size = 0;
    if (EVP_DigestFinal_ex(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &size) != 1)
        return {};
    out.resize(int(size));
    return out;
}

// The reader's state: the path of element names, the leaf's text, the record being filled.
class Reader
{
public:
    Reader(const QString &outDir, const ReadLimits &limits)
        : m_outDir(outDir)
        , m_limits(limits)
    {
    }
    ~Reader()
    {
        if (!m_keep) {
            for (const QString &f : std::as_const(m_created))
                QFile::remove(f);
        }
    }

    Result<Package> run(QIODevice *device);

private:
    Status start(QXmlStreamReader &xml);
    Status end();
    Status finishAttachment();
    bool inside(QStringView name) const { return m_path.contains(name.toString()); }
    QString nearest(std::initializer_list<const char16_t *> names) const;

    QString m_outDir;
    ReadLimits m_limits;
    Package m_p;
    QStringList m_path;
    QString m_text;
    bool m_keep = false;
    QStringList m_created;
    QTemporaryDir m_work;
    QList<Attachment> m_manifest;
    bool m_hasManifest = false;
    bool m_sawRoot = false;
    // The attachment being decoded.
    Attachment m_att;
    std::unique_ptr<QFile> m_attFile;
    std::unique_ptr<Base64Sink> m_sink;
    bool m_attHasContent = false;
    qint64 m_total = 0;
};

QString Reader::nearest(std::initializer_list<const char16_t *> names) const
{
    for (qsizetype i = m_path.size() - 2; i >= 0; --i) {
        for (const char16_t *n : names) {
            if (m_path.at(i) == QStringView(n))
                return m_path.at(i);
        }
    }
    return {};
}

Result<Package> Reader::run(QIODevice *device)
{
    if (!m_work.isValid())
        return Error{ErrorCode::Io, Tr::tr("No room for the package's files.")};
    QXmlStreamReader xml(device);
    xml.setNamespaceProcessing(true);
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::DTD:
            // Entities and external references come from a DTD: none is accepted.
            return malformed(Tr::tr("it declares a document type (DTD), which is not allowed."));
        case QXmlStreamReader::EntityReference:
            return malformed(Tr::tr("it uses an entity that is not defined."));
        case QXmlStreamReader::StartElement:
            if (auto s = start(xml); !s)
                return s.error();
            break;
        case QXmlStreamReader::Characters:
            if (m_sink && m_path.last() == u"ContentTransferEncoded") {
                if (!m_sink->feed(xml.text()))
                    return malformed(
                        Tr::tr("the file \"%1\" is not valid base64.").arg(m_att.name));
                if (m_sink->written() > m_limits.maxAttachment)
                    return Error{ErrorCode::InvalidArgument,
                                 Tr::tr("The file \"%1\" is larger than allowed.").arg(m_att.name)};
            } else if (m_text.size() < 1 << 20) {
                m_text += xml.text();
            } else {
                return malformed(Tr::tr("a field is longer than a megabyte."));
            }
            break;
        case QXmlStreamReader::EndElement:
            if (auto s = end(); !s)
                return s.error();
            m_path.removeLast();
            m_text.clear();
            break;
        default:
            break;
        }
    }
    if (xml.hasError())
        return malformed(Tr::tr("the XML is broken (line %1).").arg(xml.lineNumber()),
                         xml.errorString());
    if (!m_sawRoot)
        return malformed(Tr::tr("it has no edXML root."));

    // The header's promises.
    if (m_p.kind == Package::Kind::Document && m_p.from.id.isEmpty())
        return malformed(Tr::tr("it does not say who sent it (From/OrganId)."));
    if (m_p.kind == Package::Kind::Document && m_p.to.isEmpty())
        return malformed(Tr::tr("it names no receiver (To)."));
    auto checkId = [](const QString &id) { return id.size() <= kMaxOrganId; };
    if (!checkId(m_p.from.id))
        return malformed(Tr::tr("an organisation code is longer than 35 characters."));
    for (const Organ &o : std::as_const(m_p.to)) {
        if (o.id.isEmpty() || !checkId(o.id))
            return malformed(Tr::tr("a receiver's organisation code is missing or longer than 35 "
                                    "characters."));
    }
    // Manifest and attachments agree: every reference has its file, once.
    QSet<QString> have;
    for (const Attachment &a : std::as_const(m_p.attachments))
        have.insert(a.contentId);
    if (m_hasManifest) {
        QSet<QString> listed;
        for (const Attachment &r : std::as_const(m_manifest)) {
            if (listed.contains(r.contentId))
                return malformed(Tr::tr("the manifest names \"%1\" twice.").arg(r.contentId));
            listed.insert(r.contentId);
            if (!have.contains(r.contentId))
                return malformed(Tr::tr("the manifest names \"%1\", which the package does not "
                                        "carry.")
                                     .arg(r.contentId));
        }
        // The manifest's descriptions where the attachment has none.
        for (Attachment &a : m_p.attachments) {
            for (const Attachment &r : std::as_const(m_manifest)) {
                if (r.contentId != a.contentId)
                    continue;
                if (a.name.isEmpty())
                    a.name = r.name;
                if (a.description.isEmpty())
                    a.description = r.description;
            }
        }
    }
    m_keep = true;
    return m_p;
}

Status Reader::start(QXmlStreamReader &xml)
{
    const QString name = xml.name().toString();
    m_path << name;
    m_text.clear();
    if (m_path.size() == 1) {
        if (name != u"edXML")
            return malformed(Tr::tr("its root element is <%1>, not <edXML>.").arg(name));
        m_sawRoot = true;
        return {};
    }
    if (m_path.size() > 32)
        return malformed(Tr::tr("its elements are nested too deeply."));
    if (inside(u"Signature"))
        return {};
    const QString parent = m_path.at(m_path.size() - 2);
    if (name == u"To" && parent == u"MessageHeader")
        m_p.to << Organ{};
    else if (name == u"TraceHeader")
        m_p.traces << Trace{};
    else if (name == u"Receiver" && inside(u"Bussiness"))
        m_p.business.receivers << ReceiverChange{};
    else if (name == u"ReplacementInfo")
        m_p.business.replacements << Replacement{};
    else if (name == u"Reference" && parent == u"edXMLManifest") {
        m_manifest << Attachment{};
        m_hasManifest = true;
    } else if (name == u"edXMLManifest")
        m_hasManifest = true;
    else if (name == u"Attachment" && parent == u"AttachmentEncoded") {
        if (m_p.attachments.size() >= m_limits.maxAttachments)
            return malformed(Tr::tr("it carries more than %1 files.").arg(m_limits.maxAttachments));
        m_att = Attachment{};
        m_attHasContent = false;
    } else if (name == u"ContentTransferEncoded" && parent == u"Attachment") {
        if (m_attHasContent)
            return malformed(Tr::tr("a file carries its content twice."));
        m_attHasContent = true;
        m_attFile = std::make_unique<QFile>(
            m_work.filePath(QStringLiteral("a%1").arg(m_p.attachments.size())));
        if (!m_attFile->open(QIODevice::WriteOnly | QIODevice::Truncate))
            return Error{ErrorCode::Io, Tr::tr("No room for the package's files."),
                         m_attFile->fileName()};
        m_sink = std::make_unique<Base64Sink>(m_attFile.get());
    }
    return {};
}

Status Reader::finishAttachment()
{
    if (!m_attHasContent)
        return malformed(Tr::tr("the file \"%1\" has no content.").arg(m_att.name));
    if (m_att.contentId.isEmpty())
        return malformed(Tr::tr("a file has no ContentId."));
    for (const Attachment &a : std::as_const(m_p.attachments)) {
        if (a.contentId == m_att.contentId)
            return malformed(Tr::tr("two files have the ContentId \"%1\".").arg(a.contentId));
    }
    if (!QDir().mkpath(m_outDir))
        return Error{ErrorCode::Io, Tr::tr("\"%1\" cannot be created.").arg(m_outDir)};
    const QString raw = m_attFile->fileName();
    const QString target =
        QDir(m_outDir).filePath(safeName(m_att.name, int(m_p.attachments.size())));
    if (QFileInfo::exists(target))
        return Error{ErrorCode::Conflict, Tr::tr("\"%1\" exists already.").arg(target)};
    // Zipped by the sender: the archive's one file is the attachment (unless the file is a zip).
    const bool zipped = isZipType(m_att.contentType) &&
                        QFileInfo(m_att.name).suffix().compare(u"zip", Qt::CaseInsensitive) != 0;
    m_created << target;
    if (zipped) {
        if (auto s = detail::unzipFirst(raw, target, m_limits.maxAttachment, m_limits.maxZipRatio);
            !s)
            return s;
        QFile::remove(raw);
        m_att.zipped = true;
        m_att.contentType = typeForName(m_att.name);
    } else if (!QFile::rename(raw, target)) {
        return Error{ErrorCode::Io, Tr::tr("\"%1\" cannot be created.").arg(target)};
    }
    m_att.path = target;
    m_att.size = QFileInfo(target).size();
    m_total += m_att.size;
    if (m_total > m_limits.maxTotal)
        return Error{ErrorCode::InvalidArgument,
                     Tr::tr("The package's files are larger together than allowed.")};
    m_att.sha256 = sha256Of(target);
    if (m_att.contentType.isEmpty())
        m_att.contentType = typeForName(m_att.name);
    m_p.attachments << m_att;
    return {};
}

Status Reader::end()
{
    const QString name = m_path.last();
    const QString text = m_text.trimmed();
    if (inside(u"Signature"))
        return {};
    if (m_path.size() < 2)
        return {};
    const QString parent = m_path.at(m_path.size() - 2);

    if (name == u"ContentTransferEncoded" && m_sink) {
        const bool ok = m_sink->finish();
        m_sink.reset();
        m_attFile->close();
        if (!ok)
            return malformed(Tr::tr("the file \"%1\" is not valid base64.").arg(m_att.name));
        return {};
    }
    if (name == u"Attachment" && parent == u"AttachmentEncoded")
        return finishAttachment();

    auto date = [&](QDate &into) -> Status {
        if (text.isEmpty())
            return {};
        into = parseDate(text);
        if (!into.isValid())
            return malformed(Tr::tr("the date \"%1\" cannot be read.").arg(text));
        return {};
    };
    auto number = [&](int &into) -> Status {
        if (text.isEmpty())
            return {};
        bool ok = false;
        into = text.toInt(&ok);
        if (!ok)
            return malformed(Tr::tr("\"%1\" is not a number (%2).").arg(text, name));
        return {};
    };

    // Fields of an agency: the nearest From, To or ResponseFor (a From nested in a From, as some
    // senders write it, lands in the same place).
    const QString owner = nearest({u"From", u"To", u"ResponseFor", u"StaffInfo", u"TraceHeader",
                                   u"Receiver", u"ReplacementInfo", u"Reference", u"Attachment",
                                   u"Bussiness", u"Code", u"PromulgationInfo", u"DocumentType",
                                   u"SignerInfo", u"OtherInfo", u"ToPlaces", u"Appendixes"});
    if (owner == u"From" || (owner == u"To" && !m_p.to.isEmpty())) {
        Organ &o = owner == u"From" ? m_p.from : m_p.to.last();
        if (name == u"OrganId")
            o.id = text;
        else if (name == u"OrganizationInCharge")
            o.inCharge = text;
        else if (name == u"OrganName")
            o.name = text;
        else if (name == u"OrganAdd")
            o.address = text;
        else if (name == u"Email")
            o.email = text;
        else if (name == u"Telephone")
            o.telephone = text;
        else if (name == u"Fax")
            o.fax = text;
        else if (name == u"Website")
            o.website = text;
        return {};
    }
    if (owner == u"ResponseFor") {
        ResponseFor &r = m_p.responseFor;
        if (name == u"OrganId")
            r.organId = text;
        else if (name == u"Code")
            r.code = text;
        else if (name == u"PromulgationDate")
            return date(r.promulgationDate);
        else if (name == u"DocumentId")
            r.documentId = text;
        return {};
    }
    if (owner == u"StaffInfo") {
        Staff &s = inside(u"Bussiness") ? m_p.business.staff : m_p.staff;
        if (name == u"Department")
            s.department = text;
        else if (name == u"Staff")
            s.name = text;
        else if (name == u"Email")
            s.email = text;
        else if (name == u"Mobile")
            s.mobile = text;
        return {};
    }
    if (owner == u"TraceHeader" && !m_p.traces.isEmpty()) {
        if (name == u"OrganId")
            m_p.traces.last().organId = text;
        else if (name == u"Timestamp")
            m_p.traces.last().timestamp = parseTimestamp(text);
        return {};
    }
    if (owner == u"Receiver" && !m_p.business.receivers.isEmpty()) {
        if (name == u"OrganId")
            m_p.business.receivers.last().organId = text;
        else if (name == u"ReceiverType")
            m_p.business.receivers.last().added = text == u"1";
        return {};
    }
    if (owner == u"ReplacementInfo" && !m_p.business.replacements.isEmpty()) {
        if (name == u"DocumentId")
            m_p.business.replacements.last().documentId = text;
        else if (name == u"OrganId")
            m_p.business.replacements.last().organIds << text;
        return {};
    }
    if (owner == u"Reference" && !m_manifest.isEmpty()) {
        Attachment &r = m_manifest.last();
        if (name == u"ContentId")
            r.contentId = text;
        else if (name == u"AttachmentName")
            r.name = text;
        else if (name == u"Description")
            r.description = text;
        else if (name == u"ContentType")
            r.contentType = text;
        return {};
    }
    if (owner == u"Attachment") {
        if (name == u"ContentId")
            m_att.contentId = text;
        else if (name == u"AttachmentName")
            m_att.name = text;
        else if (name == u"Description")
            m_att.description = text;
        else if (name == u"ContentType")
            m_att.contentType = text;
        return {};
    }
    if (owner == u"Bussiness") {
        Business &b = m_p.business;
        if (name == u"BussinessDocType") {
            int t = 0;
            if (auto s = number(t); !s)
                return s;
            if (t < 0 || t > 3)
                return malformed(Tr::tr("the business type %1 is not known.").arg(t));
            b.type = static_cast<BusinessType>(t);
        } else if (name == u"BussinessDocReason") {
            b.reason = text;
        } else if (name == u"DocumentId") {
            b.documentId = text;
        } else if (name == u"Paper") {
            return number(b.paper);
        }
        return {};
    }
    if (owner == u"Code") {
        if (name == u"CodeNumber")
            m_p.codeNumber = text;
        else if (name == u"CodeNotation")
            m_p.codeNotation = text;
        return {};
    }
    if (owner == u"PromulgationInfo") {
        if (name == u"Place")
            m_p.place = text;
        else if (name == u"PromulgationDate")
            return date(m_p.promulgationDate);
        return {};
    }
    if (owner == u"DocumentType") {
        if (name == u"Type")
            return number(m_p.type);
        if (name == u"TypeDetail")
            m_p.typeDetail = text;
        else if (name == u"TypeName")
            m_p.typeName = text;
        return {};
    }
    if (owner == u"SignerInfo") {
        if (name == u"Competence")
            m_p.signerCompetence = text;
        else if (name == u"Position")
            m_p.signerPosition = text;
        else if (name == u"FullName")
            m_p.signerName = text;
        return {};
    }
    if (owner == u"Appendixes") {
        if (name == u"Appendix" && !text.isEmpty())
            m_p.appendixes << text;
        return {};
    }
    if (owner == u"OtherInfo") {
        if (name == u"Priority") {
            if (auto s = number(m_p.priority); !s)
                return s;
            if (m_p.priority < 0 || m_p.priority > 4)
                return malformed(Tr::tr("the priority %1 is not known.").arg(m_p.priority));
        } else if (name == u"SphereOfPromulgation") {
            m_p.sphere = text;
        } else if (name == u"TyperNotation") {
            m_p.typerNotation = text;
        } else if (name == u"PromulgationAmount") {
            return number(m_p.promulgationAmount);
        } else if (name == u"PageAmount") {
            return number(m_p.pageAmount);
        }
        return {};
    }
    if (owner == u"ToPlaces") {
        if (name == u"Place" && !text.isEmpty())
            m_p.toPlaces << text;
        return {};
    }
    if (parent == u"MessageHeader") {
        if (name == u"DocumentId")
            m_p.documentId = text;
        else if (name == u"Subject")
            m_p.subject = text;
        else if (name == u"Content")
            m_p.content = text;
        else if (name == u"DueDate")
            return date(m_p.dueDate);
        else if (name == u"SteeringType")
            m_p.steeringType = text;
        else if (name == u"StatusCode") {
            m_p.kind = Package::Kind::Status;
            if (auto s = number(m_p.statusCode); !s)
                return s;
            if (m_p.statusCode < 1 || m_p.statusCode > 99)
                return malformed(Tr::tr("the status code \"%1\" is not known.").arg(text));
        } else if (name == u"Description")
            m_p.statusDescription = text;
        else if (name == u"Timestamp")
            m_p.statusTime = parseTimestamp(text);
    }
    return {};
}

void writeText(QXmlStreamWriter &w, const char *name, const QString &text)
{
    w.writeTextElement(QLatin1String(name), text);
}

void writeOrgan(QXmlStreamWriter &w, const char *element, const Organ &o)
{
    w.writeStartElement(QLatin1String(element));
    writeText(w, "OrganId", o.id);
    writeText(w, "OrganizationInCharge", o.inCharge);
    writeText(w, "OrganName", o.name);
    writeText(w, "OrganAdd", o.address);
    writeText(w, "Email", o.email);
    writeText(w, "Telephone", o.telephone);
    writeText(w, "Fax", o.fax);
    writeText(w, "Website", o.website);
    w.writeEndElement();
}

void writeStaff(QXmlStreamWriter &w, const Staff &s)
{
    w.writeStartElement(QStringLiteral("StaffInfo"));
    writeText(w, "Department", s.department);
    writeText(w, "Staff", s.name);
    writeText(w, "Email", s.email);
    writeText(w, "Mobile", s.mobile);
    w.writeEndElement();
}

QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(QStringLiteral("yyyy/MM/dd")) : QString();
}

QString timeText(const QDateTime &t)
{
    return t.isValid() ? t.toString(QStringLiteral("yyyy/MM/dd HH:mm:ss")) : QString();
}

Status writeBase64(QXmlStreamWriter &w, const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, Tr::tr("\"%1\" cannot be read.").arg(path)};
    while (!f.atEnd()) {
        const QByteArray chunk = f.read(kChunk);
        if (chunk.isEmpty())
            return Error{ErrorCode::Io, Tr::tr("\"%1\" cannot be read.").arg(path)};
        w.writeCharacters(QString::fromLatin1(chunk.toBase64()));
    }
    return {};
}
} // namespace

namespace status {
bool sendable(int code)
{
    return (code >= 1 && code <= 6) || code == 13 || code == 15 || code == 16;
}
} // namespace status

QString Package::code() const
{
    if (codeNotation.isEmpty())
        return codeNumber;
    return codeNumber + u'/' + codeNotation;
}

QString Package::makeDocumentId() const
{
    return QStringLiteral("%1,%2,%3").arg(from.id, dateText(promulgationDate), code());
}

QDate parseDate(const QString &text)
{
    const QString t = text.trimmed().section(u' ', 0, 0).section(u'T', 0, 0);
    for (const QString &format :
         {QStringLiteral("yyyy/MM/dd"), QStringLiteral("dd/MM/yyyy"), QStringLiteral("yyyy-MM-dd"),
          QStringLiteral("d/M/yyyy"), QStringLiteral("yyyy/M/d")}) {
        const QDate d = QDate::fromString(t, format);
        if (d.isValid() && d.year() >= 1900 && d.year() <= 2999)
            return d;
    }
    return {};
}

QDateTime parseTimestamp(const QString &text)
{
    const QString t = text.trimmed();
    for (const QString &format :
         {QStringLiteral("yyyy/MM/dd HH:mm:ss"), QStringLiteral("dd/MM/yyyy HH:mm:ss"),
          QStringLiteral("yyyy-MM-ddTHH:mm:ss"), QStringLiteral("yyyy-MM-dd HH:mm:ss")}) {
        QDateTime d = QDateTime::fromString(t.left(19), format);
        if (d.isValid()) {
            // The axis's times are Vietnam's (UTC+7) unless they say otherwise.
            d.setOffsetFromUtc(7 * 3600);
            return d;
        }
    }
    const QDate day = parseDate(t);
    if (day.isValid())
        return QDateTime(day, QTime(0, 0), QTimeZone(7 * 3600));
    return {};
}

Result<ReadResult> read(const QString &file, const QString &outDir, const ReadLimits &limits,
                        bool verify)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, Tr::tr("\"%1\" cannot be read.").arg(file)};
    Reader reader(outDir, limits);
    auto package = reader.run(&f);
    if (!package)
        return package.error();
    ReadResult result;
    result.package = std::move(package).value();
    if (verify)
        result.signature = verifySignature(file);
    return result;
}

Status write(const Package &p, const QString &file, const WriteOptions &options)
{
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return Error{ErrorCode::Io, Tr::tr("\"%1\" cannot be written.").arg(file)};
    QTemporaryDir work;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeDefaultNamespace(QLatin1String(kNamespace));
    w.writeStartElement(QStringLiteral("edXML"));
    w.writeStartElement(QStringLiteral("edXMLEnvelope"));
    w.writeStartElement(QStringLiteral("edXMLHeader"));
    w.writeStartElement(QStringLiteral("MessageHeader"));
    writeOrgan(w, "From", p.from);
    for (const Organ &o : p.to)
        writeOrgan(w, "To", o);
    if (!p.responseFor.isEmpty()) {
        w.writeStartElement(QStringLiteral("ResponseFor"));
        writeText(w, "OrganId", p.responseFor.organId);
        writeText(w, "Code", p.responseFor.code);
        writeText(w, "PromulgationDate", dateText(p.responseFor.promulgationDate));
        writeText(w, "DocumentId", p.responseFor.documentId);
        w.writeEndElement();
    }
    if (p.kind == Package::Kind::Status) {
        writeStaff(w, p.staff);
        writeText(w, "StatusCode", QStringLiteral("%1").arg(p.statusCode, 2, 10, QLatin1Char('0')));
        writeText(w, "Description", p.statusDescription);
        writeText(w, "Timestamp", timeText(p.statusTime));
    } else {
        writeText(w, "DocumentId", p.documentId.isEmpty() ? p.makeDocumentId() : p.documentId);
        w.writeStartElement(QStringLiteral("Code"));
        writeText(w, "CodeNumber", p.codeNumber);
        writeText(w, "CodeNotation", p.codeNotation);
        w.writeEndElement();
        w.writeStartElement(QStringLiteral("PromulgationInfo"));
        writeText(w, "Place", p.place);
        writeText(w, "PromulgationDate", dateText(p.promulgationDate));
        w.writeEndElement();
        w.writeStartElement(QStringLiteral("DocumentType"));
        writeText(w, "Type", QString::number(p.type));
        writeText(w, "TypeDetail", p.typeDetail);
        writeText(w, "TypeName", p.typeName);
        w.writeEndElement();
        writeText(w, "Subject", p.subject);
        writeText(w, "Content", p.content);
        w.writeStartElement(QStringLiteral("SignerInfo"));
        writeText(w, "Competence", p.signerCompetence);
        writeText(w, "Position", p.signerPosition);
        writeText(w, "FullName", p.signerName);
        w.writeEndElement();
        writeText(w, "DueDate", dateText(p.dueDate));
        w.writeStartElement(QStringLiteral("ToPlaces"));
        for (const QString &place : p.toPlaces)
            writeText(w, "Place", place);
        w.writeEndElement();
        w.writeStartElement(QStringLiteral("OtherInfo"));
        writeText(w, "Priority", QString::number(p.priority));
        writeText(w, "SphereOfPromulgation", p.sphere);
        writeText(w, "TyperNotation", p.typerNotation);
        writeText(w, "PromulgationAmount", QString::number(p.promulgationAmount));
        writeText(w, "PageAmount", QString::number(p.pageAmount));
        w.writeStartElement(QStringLiteral("Appendixes"));
        for (const QString &a : p.appendixes)
            writeText(w, "Appendix", a);
        w.writeEndElement();
        w.writeEndElement();
        if (!p.steeringType.isEmpty())
            writeText(w, "SteeringType", p.steeringType);
    }
    w.writeEndElement(); // MessageHeader
    if (p.kind == Package::Kind::Document) {
        w.writeStartElement(QStringLiteral("TraceHeaderList"));
        for (const Trace &t : p.traces) {
            w.writeStartElement(QStringLiteral("TraceHeader"));
            writeText(w, "OrganId", t.organId);
            writeText(w, "Timestamp", timeText(t.timestamp));
            w.writeEndElement();
        }
        const Business &b = p.business;
        w.writeStartElement(QStringLiteral("Bussiness"));
        writeText(w, "DocumentId", b.documentId);
        writeText(w, "BussinessDocType", QString::number(int(b.type)));
        writeText(w, "BussinessDocReason", b.reason);
        writeText(w, "Paper", QString::number(b.paper));
        writeStaff(w, b.staff);
        if (!b.receivers.isEmpty()) {
            w.writeStartElement(QStringLiteral("BussinessDocumentInfo"));
            w.writeStartElement(QStringLiteral("ReceiverList"));
            for (const ReceiverChange &r : b.receivers) {
                w.writeStartElement(QStringLiteral("Receiver"));
                writeText(w, "OrganId", r.organId);
                writeText(w, "ReceiverType", r.added ? QStringLiteral("1") : QStringLiteral("0"));
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndElement();
        }
        if (!b.replacements.isEmpty()) {
            w.writeStartElement(QStringLiteral("ReplacementInfoList"));
            for (const Replacement &r : b.replacements) {
                w.writeStartElement(QStringLiteral("ReplacementInfo"));
                writeText(w, "DocumentId", r.documentId);
                w.writeStartElement(QStringLiteral("OrganIdList"));
                for (const QString &id : r.organIds)
                    writeText(w, "OrganId", id);
                w.writeEndElement();
                w.writeEndElement();
            }
            w.writeEndElement();
        }
        w.writeEndElement(); // Bussiness
        w.writeEndElement(); // TraceHeaderList
    }
    w.writeEndElement(); // edXMLHeader
    if (p.kind == Package::Kind::Document) {
        w.writeStartElement(QStringLiteral("edXMLBody"));
        w.writeStartElement(QStringLiteral("edXMLManifest"));
        w.writeAttribute(QStringLiteral("version"), QStringLiteral("1.0"));
        for (const Attachment &a : p.attachments) {
            w.writeStartElement(QStringLiteral("Reference"));
            writeText(w, "ContentId", a.contentId);
            writeText(w, "ContentType",
                      options.zipAttachments ? QStringLiteral("application/zip") : a.contentType);
            writeText(w, "Description", a.description);
            writeText(w, "AttachmentName", a.name);
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeEndElement();
    }
    w.writeEndElement(); // edXMLEnvelope
    if (!p.attachments.isEmpty()) {
        w.writeStartElement(QStringLiteral("AttachmentEncoded"));
        int index = 0;
        for (const Attachment &a : p.attachments) {
            w.writeStartElement(QStringLiteral("Attachment"));
            writeText(w, "ContentId", a.contentId);
            writeText(w, "AttachmentName", a.name);
            writeText(w, "Description", a.description);
            writeText(w, "ContentType",
                      options.zipAttachments ? QStringLiteral("application/zip") : a.contentType);
            w.writeStartElement(QStringLiteral("ContentTransferEncoded"));
            QString source = a.path;
            if (options.zipAttachments) {
                source = work.filePath(QStringLiteral("z%1.zip").arg(index++));
                if (auto s = detail::zipOne(a.path, QFileInfo(a.name).fileName(), source); !s)
                    return s;
            }
            if (auto s = writeBase64(w, source); !s)
                return s;
            w.writeEndElement();
            w.writeEndElement();
        }
        w.writeEndElement();
    }
    w.writeEndElement(); // edXML
    w.writeEndDocument();
    if (w.hasError() || !out.commit())
        return Error{ErrorCode::Io, Tr::tr("\"%1\" cannot be written.").arg(file)};
    return {};
}

Package statusFor(const Package &document, const Organ &self, int code, const QString &description,
                  const QDateTime &when)
{
    Package s;
    s.kind = Package::Kind::Status;
    s.from = self;
    s.to = {document.from};
    s.responseFor.organId = document.from.id;
    s.responseFor.code = document.code();
    s.responseFor.promulgationDate = document.promulgationDate;
    s.responseFor.documentId =
        document.documentId.isEmpty() ? document.makeDocumentId() : document.documentId;
    s.statusCode = code;
    s.statusDescription = description;
    s.statusTime = when;
    return s;
}

} // namespace lt::edxml
