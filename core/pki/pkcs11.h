#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

namespace lt::pki {

// What a token says about itself and its PIN.
struct TokenInfo
{
    unsigned long slot = 0;
    QString label;
    QString manufacturer;
    QString model;
    QString serial;
    bool pinCountLow = false; // a wrong PIN was entered since the last good one
    bool pinFinalTry = false; // one more wrong PIN locks it
    bool pinLocked = false;
};

enum class KeyType { Rsa, Ec, Other };

// A certificate on a token, decoded (public objects: no PIN needed).
struct CertificateInfo
{
    unsigned long slot = 0;
    QByteArray id; // CKA_ID, shared with the private key
    QString label;
    QByteArray der;
    QString commonName; // Vietnamese names decoded from UTF-8/BMP strings
    QString subject;
    QString issuer;
    QDateTime notBefore;
    QDateTime notAfter;
    KeyType keyType = KeyType::Other;
    int keyBits = 0;
    bool digitalSignature = false; // key usage
    bool nonRepudiation = false;

    bool isValidAt(const QDateTime &t) const { return t >= notBefore && t <= notAfter; }
};

// Reads a DER certificate (also used for certificates that come from files).
Result<CertificateInfo> describeCertificate(const QByteArray &der);

// A loaded PKCS#11 module (a vendor's driver: SoftHSM, VNPT-CA, Viettel-CA, …). The module is
// initialised once per process and finalised when the last Module referencing it goes.
// Calls are blocking: the desktop makes them from one dedicated thread.
class Module
{
public:
    ~Module();
    Module(const Module &) = delete;
    Module &operator=(const Module &) = delete;

    // Loads the library at `path` and checks that it exports C_GetFunctionList.
    static Result<std::shared_ptr<Module>> load(const QString &path);

    QString path() const { return m_path; }
    QString description() const { return m_description; }

    Result<QList<TokenInfo>> tokens();
    Result<QList<CertificateInfo>> certificates(unsigned long slot);

    enum class Mechanism {
        RsaPkcs1Sha256, // CKM_SHA256_RSA_PKCS: the token hashes
        RsaPssSha256,   // CKM_SHA256_RSA_PKCS_PSS
        EcdsaSha256,    // hashed here, CKM_ECDSA on the token; answered as DER ECDSA-Sig-Value
        EcdsaSha384,
    };

    // Logs in with `pin` (never kept), signs `data` with the private key whose CKA_ID is
    // `keyId`, logs out. A wrong PIN consumes exactly one try and answers WrongPin; keys
    // marked CKA_ALWAYS_AUTHENTICATE get their context-specific login.
    Result<QByteArray> sign(unsigned long slot, const QByteArray &keyId, const QByteArray &pin,
                            Mechanism mechanism, const QByteArray &data);

private:
    Module() = default;
    struct Private;
    std::unique_ptr<Private> d;
    QString m_path;
    QString m_description;
};

// The error for a PKCS#11 return value (CKR_PIN_INCORRECT → WrongPin, …), with its name.
Error errorForRv(unsigned long rv, const char *during);

// Modules registered on this system (p11-kit) and in the usual places; on Windows the known
// Vietnamese CA drivers in System32/SysWOW64 that export C_GetFunctionList.
QStringList discoverModules();
// A driver as office staff know it: the CA's or the token's name ("VNPT-CA", "Viettel-CA",
// "SafeNet eToken"…) from its file name; the file's base name when it is not a known one.
QString driverName(const QString &path);

} // namespace lt::pki
