#pragma once

// The interconnection package of QCVN 102:2016/BTTTT (as amended in 2022): edXML. A document
// package carries a MessageHeader, a TraceHeaderList, an enveloped XML signature and the files;
// a status package answers a document (01 arrived … 16 recall refused). docs/interconnection.md
// describes the format and what this reader tolerates.
#include "core/result.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace lt::edxml {

inline constexpr char kNamespace[] = "http://www.mic.gov.vn/TBT/QCVN_102_2016";

// An agency as the package names it (From, To).
struct Organ
{
    QString id; // national organisation code, at most 35 characters
    QString inCharge;
    QString name;
    QString address;
    QString email;
    QString telephone;
    QString fax;
    QString website;
    friend bool operator==(const Organ &, const Organ &) = default;
};

struct Staff
{
    QString department;
    QString name;
    QString email;
    QString mobile;
    friend bool operator==(const Staff &, const Staff &) = default;
};

// The document a package answers or a business package changes.
struct ResponseFor
{
    QString organId;
    QString code; // "Number/Notation"
    QDate promulgationDate;
    QString documentId;
    bool isEmpty() const { return organId.isEmpty() && code.isEmpty() && documentId.isEmpty(); }
    friend bool operator==(const ResponseFor &, const ResponseFor &) = default;
};

enum class BusinessType { New = 0, Recall = 1, Update = 2, Replace = 3 };

struct ReceiverChange
{
    QString organId;
    bool added = false; // ReceiverType 1 added, 0 removed
    friend bool operator==(const ReceiverChange &, const ReceiverChange &) = default;
};

struct Replacement
{
    QString documentId;
    QStringList organIds;
    friend bool operator==(const Replacement &, const Replacement &) = default;
};

struct Business
{
    BusinessType type = BusinessType::New;
    QString reason;
    QString documentId; // the document recalled, updated or replaced
    int paper = 0;      // 0: no paper copy follows
    Staff staff;
    QList<ReceiverChange> receivers;
    QList<Replacement> replacements;
    friend bool operator==(const Business &, const Business &) = default;
};

struct Trace
{
    QString organId;
    QDateTime timestamp;
    friend bool operator==(const Trace &, const Trace &) = default;
};

// One file of the package. The reader writes its content to `path`; the writer reads it from
// there.
struct Attachment
{
    QString contentId; // "cid:…"
    QString name;
    QString description;
    QString contentType; // of the file itself, after unzipping
    bool zipped = false; // travels zipped (ContentType application/zip)
    QString path;
    qint64 size = -1;
    QByteArray sha256;
    friend bool operator==(const Attachment &, const Attachment &) = default;
};

// How the package's XML signature fared.
enum class SignatureState {
    Valid,       // verifies with the certificate it carries (trust is checked apart)
    Missing,     // no XML signature
    Placeholder, // a signature-shaped element that cannot be one (the public samples')
    Invalid,     // present, and the package or the signature was changed or is malformed
};

struct SignatureVerdict
{
    SignatureState state = SignatureState::Missing;
    QString signer; // the certificate's subject common name
    QString issuer;
    QByteArray certificate; // DER
    QString reason;         // why not valid, in the user's language
};

// The business statuses (StatusCode). 07–12 and 14 are defined nowhere public: kept, never sent.
namespace status {
inline constexpr int Arrived = 1;
inline constexpr int Refused = 2;
inline constexpr int Registered = 3;
inline constexpr int Assigned = 4;
inline constexpr int InProgress = 5;
inline constexpr int Done = 6;
inline constexpr int Recalled = 13;
inline constexpr int RecallAccepted = 15;
inline constexpr int RecallRefused = 16;
// The codes this system may send.
bool sendable(int code);
} // namespace status

struct Package
{
    enum class Kind { Document, Status };
    Kind kind = Kind::Document;

    Organ from;
    QList<Organ> to;
    QString documentId; // "OrganId,yyyy/MM/dd,Number/Notation"
    QString codeNumber;
    QString codeNotation;
    QString place;
    QDate promulgationDate;
    int type = 1;
    QString typeDetail;
    QString typeName;
    QString subject;
    QString content;
    QString signerCompetence;
    QString signerPosition;
    QString signerName;
    QDate dueDate;
    QStringList toPlaces;
    int priority = 0; // 0 normal, 1 khẩn, 2 thượng khẩn, 3 hỏa tốc, 4 hỏa tốc hẹn giờ
    QString sphere;
    QString typerNotation;
    int promulgationAmount = 0;
    int pageAmount = 0;
    QStringList appendixes;
    QString steeringType;
    ResponseFor responseFor;

    QList<Trace> traces;
    Business business;

    // Status packages.
    int statusCode = 0;
    QString statusDescription;
    QDateTime statusTime;
    Staff staff;

    QList<Attachment> attachments;

    // "Number/Notation".
    QString code() const;
    // Builds "OrganId,yyyy/MM/dd,Number/Notation" from the header.
    QString makeDocumentId() const;
    friend bool operator==(const Package &, const Package &) = default;
};

struct ReadLimits
{
    qint64 maxAttachment = qint64(512) << 20; // after decoding and unzipping
    qint64 maxTotal = qint64(2) << 30;        // all files together
    int maxAttachments = 200;
    double maxZipRatio = 200; // unzipped / zipped, beyond which it is a zip bomb
};

struct ReadResult
{
    Package package;
    SignatureVerdict signature;
};

// Reads the package in `file`, writing each attachment into `outDir` (created if needed) as it
// is decoded: memory holds about one attachment's text at a time. On any error nothing is left
// in `outDir` by this call. With `verifySignature`, the XML signature is checked too (libxmlsec1;
// this second pass holds the document in memory).
Result<ReadResult> read(const QString &file, const QString &outDir, const ReadLimits &limits = {},
                        bool verifySignature = true);

// The XML signature of the package in `file` (libxmlsec1, OpenSSL).
SignatureVerdict verifySignature(const QString &file);

struct WriteOptions
{
    bool zipAttachments = false; // as the receiver's configuration says
};

// Writes `package` to `file` atomically, files read from each attachment's path, unsigned.
Status write(const Package &package, const QString &file, const WriteOptions &options = {});

// What signs: `data` (the canonical SignedInfo) → the signature value as the token gives it
// (PKCS#1 v1.5 for RSA; DER ECDSA-Sig-Value for EC, turned into r‖s here).
struct Signer
{
    QByteArray certificate; // DER
    std::function<Result<QByteArray>(const QByteArray &data)> sign;
};

// Adds the enveloped XML signature (RSA or ECDSA with SHA-256, the certificate in KeyInfo) to
// the unsigned package in `file`, in place and atomically.
Status sign(const QString &file, const Signer &signer);

// The status package answering `document` (its From becomes To).
Package statusFor(const Package &document, const Organ &self, int code, const QString &description,
                  const QDateTime &when);

// Dates as senders write them: yyyy/MM/dd, dd/MM/yyyy, yyyy-MM-dd (a time after them ignored).
QDate parseDate(const QString &text);
QDateTime parseTimestamp(const QString &text);

} // namespace lt::edxml
