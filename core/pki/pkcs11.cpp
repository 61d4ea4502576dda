#include "core/pki/pkcs11.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>
#include <QLoggingCategory>
#include <QMutex>

#include <p11-kit/pkcs11.h>

#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/ecdsa.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace lt::pki {

Q_LOGGING_CATEGORY(lcPkcs11, "lt.core.pki")

namespace {

struct PkiTr
{
    Q_DECLARE_TR_FUNCTIONS(lt::pki::Module)
};

const char *rvName(CK_RV rv)
{
    switch (rv) {
    case CKR_OK:
        return "CKR_OK";
    case CKR_PIN_INCORRECT:
        return "CKR_PIN_INCORRECT";
    case CKR_PIN_LOCKED:
        return "CKR_PIN_LOCKED";
    case CKR_PIN_LEN_RANGE:
        return "CKR_PIN_LEN_RANGE";
    case CKR_PIN_EXPIRED:
        return "CKR_PIN_EXPIRED";
    case CKR_TOKEN_NOT_PRESENT:
        return "CKR_TOKEN_NOT_PRESENT";
    case CKR_DEVICE_REMOVED:
        return "CKR_DEVICE_REMOVED";
    case CKR_DEVICE_ERROR:
        return "CKR_DEVICE_ERROR";
    case CKR_SESSION_HANDLE_INVALID:
        return "CKR_SESSION_HANDLE_INVALID";
    case CKR_SESSION_CLOSED:
        return "CKR_SESSION_CLOSED";
    case CKR_SLOT_ID_INVALID:
        return "CKR_SLOT_ID_INVALID";
    case CKR_USER_NOT_LOGGED_IN:
        return "CKR_USER_NOT_LOGGED_IN";
    case CKR_USER_ALREADY_LOGGED_IN:
        return "CKR_USER_ALREADY_LOGGED_IN";
    case CKR_MECHANISM_INVALID:
        return "CKR_MECHANISM_INVALID";
    case CKR_KEY_FUNCTION_NOT_PERMITTED:
        return "CKR_KEY_FUNCTION_NOT_PERMITTED";
    case CKR_FUNCTION_CANCELED:
        return "CKR_FUNCTION_CANCELED";
    case CKR_CRYPTOKI_NOT_INITIALIZED:
        return "CKR_CRYPTOKI_NOT_INITIALIZED";
    default:
        return "CKR_?";
    }
}

QString padded(const unsigned char *text, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(text), qsizetype(size)).trimmed();
}

QString nameText(X509_NAME *name, int nid)
{
    const int idx = X509_NAME_get_index_by_NID(name, nid, -1);
    if (idx < 0)
        return {};
    unsigned char *utf8 = nullptr;
    const int len =
        ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, idx)));
    if (len < 0)
        return {};
    const QString s = QString::fromUtf8(reinterpret_cast<char *>(utf8), len);
    OPENSSL_free(utf8);
    return s;
}

QString oneLine(X509_NAME *name)
{
    BIO *bio = BIO_new(BIO_s_mem());
    X509_NAME_print_ex(bio, name, 0,
                       (XN_FLAG_ONELINE & ~ASN1_STRFLGS_ESC_MSB) | ASN1_STRFLGS_UTF8_CONVERT);
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    const QString s = QString::fromUtf8(data, int(len));
    BIO_free(bio);
    return s;
}

QDateTime asn1Time(const ASN1_TIME *t)
{
    struct tm tm
    {
    };
    if (ASN1_TIME_to_tm(t, &tm) != 1)
        return {};
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday),
                     QTime(tm.tm_hour, tm.tm_min, tm.tm_sec), Qt::UTC);
}

// One C_Initialize per module library per process.
struct Loaded
{
    QLibrary library;
    CK_FUNCTION_LIST *functions = nullptr;
    int users = 0;
};
QMutex g_mutex;
QHash<QString, Loaded *> g_loaded;

} // namespace

Error errorForRv(unsigned long rv, const char *during)
{
    qCWarning(lcPkcs11) << during << "failed:" << rvName(rv) << Qt::hex << rv;
    switch (rv) {
    case CKR_PIN_INCORRECT:
    case CKR_PIN_LEN_RANGE:
        return {ErrorCode::WrongPin, errorText(ErrorCode::WrongPin)};
    case CKR_PIN_LOCKED:
    case CKR_PIN_EXPIRED:
        return {ErrorCode::PinLocked, errorText(ErrorCode::PinLocked)};
    case CKR_TOKEN_NOT_PRESENT:
    case CKR_DEVICE_REMOVED:
    case CKR_SESSION_HANDLE_INVALID:
    case CKR_SESSION_CLOSED:
    case CKR_SLOT_ID_INVALID:
    case CKR_TOKEN_NOT_RECOGNIZED:
        return {ErrorCode::TokenRemoved, errorText(ErrorCode::TokenRemoved)};
    case CKR_FUNCTION_CANCELED:
        return {ErrorCode::Cancelled, errorText(ErrorCode::Cancelled)};
    default:
        return {ErrorCode::Unavailable,
                PkiTr::tr("The token reported an error (%1, 0x%2) while %3.")
                    .arg(QLatin1String(rvName(rv)))
                    .arg(rv, 0, 16)
                    .arg(QLatin1String(during))};
    }
}

Result<CertificateInfo> describeCertificate(const QByteArray &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    X509 *x = d2i_X509(nullptr, &p, long(der.size()));
    if (!x)
        return Error{ErrorCode::InvalidArgument, PkiTr::tr("The certificate cannot be read.")};
    CertificateInfo c;
    c.der = der;
    c.commonName = nameText(X509_get_subject_name(x), NID_commonName);
    c.subject = oneLine(X509_get_subject_name(x));
    c.issuer = oneLine(X509_get_issuer_name(x));
    c.notBefore = asn1Time(X509_get0_notBefore(x));
    c.notAfter = asn1Time(X509_get0_notAfter(x));
    EVP_PKEY *key = X509_get0_pubkey(x);
    if (key) {
        c.keyBits = EVP_PKEY_get_bits(key);
        c.keyType = EVP_PKEY_get_base_id(key) == EVP_PKEY_RSA  ? KeyType::Rsa
                    : EVP_PKEY_get_base_id(key) == EVP_PKEY_EC ? KeyType::Ec
                                                               : KeyType::Other;
    }
    const uint32_t usage = X509_get_key_usage(x);
    c.digitalSignature = (usage & KU_DIGITAL_SIGNATURE) != 0;
    c.nonRepudiation = (usage & KU_NON_REPUDIATION) != 0;
    X509_free(x);
    return c;
}

struct Module::Private
{
    Loaded *loaded = nullptr;
    CK_FUNCTION_LIST *f() const { return loaded->functions; }
};

Module::~Module()
{
    if (!d || !d->loaded)
        return;
    QMutexLocker lock(&g_mutex);
    if (--d->loaded->users == 0) {
        d->loaded->functions->C_Finalize(nullptr);
        d->loaded->library.unload();
        g_loaded.remove(m_path);
        delete d->loaded;
    }
}

Result<std::shared_ptr<Module>> Module::load(const QString &path)
{
    const QString canonical = QFileInfo(path).canonicalFilePath();
    if (canonical.isEmpty()) {
        return Error{ErrorCode::NotFound,
                     PkiTr::tr("The token driver \"%1\" does not exist.").arg(path)};
    }
    QMutexLocker lock(&g_mutex);
    Loaded *loaded = g_loaded.value(canonical);
    if (!loaded) {
        auto fresh = std::make_unique<Loaded>();
        fresh->library.setFileName(canonical);
        if (!fresh->library.load()) {
            return Error{ErrorCode::Unavailable,
                         PkiTr::tr("The token driver \"%1\" cannot be loaded: %2")
                             .arg(path, fresh->library.errorString())};
        }
        auto getList =
            reinterpret_cast<CK_C_GetFunctionList>(fresh->library.resolve("C_GetFunctionList"));
        if (!getList || getList(&fresh->functions) != CKR_OK || !fresh->functions) {
            return Error{ErrorCode::Unavailable,
                         PkiTr::tr("\"%1\" is not a PKCS#11 token driver.").arg(path)};
        }
        CK_C_INITIALIZE_ARGS args{};
        args.flags = CKF_OS_LOCKING_OK;
        const CK_RV rv = fresh->functions->C_Initialize(&args);
        if (rv != CKR_OK && rv != CKR_CRYPTOKI_ALREADY_INITIALIZED)
            return errorForRv(rv, "initialising the driver");
        loaded = fresh.release();
        g_loaded.insert(canonical, loaded);
    }
    ++loaded->users;
    std::shared_ptr<Module> m(new Module);
    m->d = std::make_unique<Private>();
    m->d->loaded = loaded;
    m->m_path = canonical;
    CK_INFO info{};
    if (loaded->functions->C_GetInfo(&info) == CKR_OK) {
        m->m_description = padded(info.manufacturerID, sizeof info.manufacturerID) + u' ' +
                           padded(info.libraryDescription, sizeof info.libraryDescription);
    }
    return m;
}

Result<QList<TokenInfo>> Module::tokens()
{
    CK_ULONG count = 0;
    CK_RV rv = d->f()->C_GetSlotList(CK_TRUE, nullptr, &count);
    if (rv != CKR_OK)
        return errorForRv(rv, "listing the tokens");
    std::vector<CK_SLOT_ID> slotIds(count);
    rv = d->f()->C_GetSlotList(CK_TRUE, slotIds.data(), &count);
    if (rv != CKR_OK)
        return errorForRv(rv, "listing the tokens");
    QList<TokenInfo> list;
    for (CK_ULONG i = 0; i < count; ++i) {
        CK_TOKEN_INFO info{};
        if (d->f()->C_GetTokenInfo(slotIds[i], &info) != CKR_OK)
            continue;
        if ((info.flags & CKF_TOKEN_INITIALIZED) == 0)
            continue; // an empty slot of a soft token, or a blank card
        TokenInfo t;
        t.slot = slotIds[i];
        t.label = padded(info.label, sizeof info.label);
        t.manufacturer = padded(info.manufacturerID, sizeof info.manufacturerID);
        t.model = padded(info.model, sizeof info.model);
        t.serial = padded(info.serialNumber, sizeof info.serialNumber);
        t.pinCountLow = (info.flags & CKF_USER_PIN_COUNT_LOW) != 0;
        t.pinFinalTry = (info.flags & CKF_USER_PIN_FINAL_TRY) != 0;
        t.pinLocked = (info.flags & CKF_USER_PIN_LOCKED) != 0;
        list.append(t);
    }
    return list;
}

Result<QList<CertificateInfo>> Module::certificates(unsigned long slot)
{
    CK_SESSION_HANDLE session = CK_INVALID_HANDLE;
    CK_RV rv = d->f()->C_OpenSession(slot, CKF_SERIAL_SESSION, nullptr, nullptr, &session);
    if (rv != CKR_OK)
        return errorForRv(rv, "opening a session");
    CK_OBJECT_CLASS cls = CKO_CERTIFICATE;
    CK_ATTRIBUTE query[] = {{CKA_CLASS, &cls, sizeof cls}};
    QList<CertificateInfo> list;
    rv = d->f()->C_FindObjectsInit(session, query, 1);
    std::vector<CK_OBJECT_HANDLE> objects;
    if (rv == CKR_OK) {
        CK_OBJECT_HANDLE batch[16];
        CK_ULONG found = 0;
        while (d->f()->C_FindObjects(session, batch, 16, &found) == CKR_OK && found > 0)
            objects.insert(objects.end(), batch, batch + found);
        d->f()->C_FindObjectsFinal(session);
    }
    for (CK_OBJECT_HANDLE o : objects) {
        CK_ATTRIBUTE attrs[] = {
            {CKA_VALUE, nullptr, 0}, {CKA_ID, nullptr, 0}, {CKA_LABEL, nullptr, 0}};
        if (d->f()->C_GetAttributeValue(session, o, attrs, 3) != CKR_OK)
            continue;
        QByteArray value(qsizetype(attrs[0].ulValueLen), Qt::Uninitialized);
        QByteArray id(qsizetype(attrs[1].ulValueLen), Qt::Uninitialized);
        QByteArray label(qsizetype(attrs[2].ulValueLen), Qt::Uninitialized);
        attrs[0].pValue = value.data();
        attrs[1].pValue = id.data();
        attrs[2].pValue = label.data();
        if (d->f()->C_GetAttributeValue(session, o, attrs, 3) != CKR_OK)
            continue;
        auto c = describeCertificate(value);
        if (!c)
            continue;
        c.value().slot = slot;
        c.value().id = id;
        c.value().label = QString::fromUtf8(label);
        list.append(c.value());
    }
    d->f()->C_CloseSession(session);
    if (rv != CKR_OK)
        return errorForRv(rv, "reading the certificates");
    return list;
}

Result<QByteArray> Module::sign(unsigned long slot, const QByteArray &keyId, const QByteArray &pin,
                                Mechanism mechanism, const QByteArray &data)
{
    CK_SESSION_HANDLE session = CK_INVALID_HANDLE;
    CK_RV rv = d->f()->C_OpenSession(slot, CKF_SERIAL_SESSION, nullptr, nullptr, &session);
    if (rv != CKR_OK)
        return errorForRv(rv, "opening a session");
    struct Closer
    {
        CK_FUNCTION_LIST *f;
        CK_SESSION_HANDLE s;
        bool loggedIn = false;
        ~Closer()
        {
            if (loggedIn)
                f->C_Logout(s);
            f->C_CloseSession(s);
        }
    } closer{d->f(), session};

    QByteArray pinCopy = pin; // C_Login takes a non-const pointer
    rv = d->f()->C_Login(session, CKU_USER, reinterpret_cast<CK_UTF8CHAR *>(pinCopy.data()),
                         CK_ULONG(pinCopy.size()));
    pinCopy.fill('\0');
    if (rv != CKR_OK && rv != CKR_USER_ALREADY_LOGGED_IN)
        return errorForRv(rv, "logging in");
    closer.loggedIn = rv == CKR_OK;

    CK_OBJECT_CLASS cls = CKO_PRIVATE_KEY;
    QByteArray id = keyId;
    CK_ATTRIBUTE query[] = {{CKA_CLASS, &cls, sizeof cls},
                            {CKA_ID, id.data(), CK_ULONG(id.size())}};
    CK_OBJECT_HANDLE key = CK_INVALID_HANDLE;
    CK_ULONG found = 0;
    rv = d->f()->C_FindObjectsInit(session, query, 2);
    if (rv != CKR_OK)
        return errorForRv(rv, "finding the key");
    d->f()->C_FindObjects(session, &key, 1, &found);
    d->f()->C_FindObjectsFinal(session);
    if (found != 1) {
        return Error{ErrorCode::NotFound,
                     PkiTr::tr("The token has no private key for this certificate.")};
    }

    QByteArray input = data;
    CK_MECHANISM mech{CKM_SHA256_RSA_PKCS, nullptr, 0};
    CK_RSA_PKCS_PSS_PARAMS pss{CKM_SHA256, CKG_MGF1_SHA256, 32};
    switch (mechanism) {
    case Mechanism::RsaPkcs1Sha256:
        break;
    case Mechanism::RsaPssSha256:
        mech = {CKM_SHA256_RSA_PKCS_PSS, &pss, sizeof pss};
        break;
    case Mechanism::EcdsaSha256:
        mech = {CKM_ECDSA, nullptr, 0};
        input = QCryptographicHash::hash(data, QCryptographicHash::Sha256);
        break;
    case Mechanism::EcdsaSha384:
        mech = {CKM_ECDSA, nullptr, 0};
        input = QCryptographicHash::hash(data, QCryptographicHash::Sha384);
        break;
    }
    rv = d->f()->C_SignInit(session, &mech, key);
    if (rv != CKR_OK)
        return errorForRv(rv, "starting to sign");

    // Keys that want the PIN again for every signature.
    CK_BBOOL always = CK_FALSE;
    CK_ATTRIBUTE alwaysAttr{CKA_ALWAYS_AUTHENTICATE, &always, sizeof always};
    if (d->f()->C_GetAttributeValue(session, key, &alwaysAttr, 1) == CKR_OK && always == CK_TRUE) {
        QByteArray again = pin;
        rv = d->f()->C_Login(session, CKU_CONTEXT_SPECIFIC,
                             reinterpret_cast<CK_UTF8CHAR *>(again.data()), CK_ULONG(again.size()));
        again.fill('\0');
        if (rv != CKR_OK)
            return errorForRv(rv, "confirming the PIN for this key");
    }

    CK_ULONG length = 0;
    rv = d->f()->C_Sign(session, reinterpret_cast<CK_BYTE *>(input.data()), CK_ULONG(input.size()),
                        nullptr, &length);
    if (rv != CKR_OK)
        return errorForRv(rv, "signing");
    QByteArray signature(qsizetype(length), Qt::Uninitialized);
    rv = d->f()->C_Sign(session, reinterpret_cast<CK_BYTE *>(input.data()), CK_ULONG(input.size()),
                        reinterpret_cast<CK_BYTE *>(signature.data()), &length);
    if (rv != CKR_OK)
        return errorForRv(rv, "signing");
    signature.resize(qsizetype(length));

    if (mechanism == Mechanism::EcdsaSha256 || mechanism == Mechanism::EcdsaSha384) {
        // PKCS#11 answers r || s; CMS wants ECDSA-Sig-Value (a DER SEQUENCE of two INTEGERs).
        const int half = int(signature.size() / 2);
        ECDSA_SIG *sig = ECDSA_SIG_new();
        BIGNUM *r = BN_bin2bn(reinterpret_cast<const unsigned char *>(signature.constData()), half,
                              nullptr);
        BIGNUM *s = BN_bin2bn(reinterpret_cast<const unsigned char *>(signature.constData()) + half,
                              half, nullptr);
        ECDSA_SIG_set0(sig, r, s);
        unsigned char *der = nullptr;
        const int derLen = i2d_ECDSA_SIG(sig, &der);
        signature = QByteArray(reinterpret_cast<char *>(der), derLen);
        OPENSSL_free(der);
        ECDSA_SIG_free(sig);
    }
    return signature;
}

QString driverName(const QString &path)
{
    const QString file = QFileInfo(path).fileName();
    const QString lower = file.toLower();
    static const std::pair<const char *, const char *> known[] = {{"vnpt", "VNPT-CA"},
                                                                  {"viettel", "Viettel-CA"},
                                                                  {"bkav", "BKAV-CA"},
                                                                  {"fptca", "FPT-CA"},
                                                                  {"ca2", "CA2"},
                                                                  {"shuttlecsp", "Nacencomm"},
                                                                  {"etpkcs11", "SafeNet eToken"},
                                                                  {"eps2003", "ePass2003"},
                                                                  {"softhsm", "SoftHSM"},
                                                                  {"opensc", "OpenSC"},
                                                                  {"p11-kit-proxy", "p11-kit"}};
    for (const auto &[part, name] : known) {
        if (lower.contains(QLatin1String(part)))
            return QString::fromLatin1(name);
    }
    // Another driver: its name without the file's decorations ("libykcs11.so.2" → "ykcs11").
    QString base = file.section(u'.', 0, 0);
    if (base.startsWith(u"lib") && base.size() > 3)
        base = base.mid(3);
    return base.isEmpty() ? file : base;
}

QStringList discoverModules()
{
    QStringList found;
#ifdef Q_OS_WIN
    static const char *known[] = {
        "vnpt-ca_csp11.dll", "vnptca_p11_v6.dll",  "vnptca_p11_v7.dll", "vnptca_p11_v8.dll",
        "vnptca_p11_v9.dll", "vnptca_p11_v10.dll", "viettel-ca_v1.dll", "viettel-ca_v2.dll",
        "viettel-ca_v3.dll", "viettel-ca_v4.dll",  "viettel-ca_v5.dll", "viettel-ca_v6.dll",
        "BkavCA.dll",        "BkavCA_P11.dll",     "fptca_v3.dll",      "fptca_v4.dll",
        "fptca_v5.dll",      "fptca_v6.dll",       "CA2_csp11.dll",     "ShuttleCsp11_3003.dll",
        "eTPKCS11.dll",      "eps2003csp11.dll"};
    const QString windows = qEnvironmentVariable("SystemRoot", QStringLiteral("C:/Windows"));
    for (const QString &dir :
         {windows + QStringLiteral("/System32"), windows + QStringLiteral("/SysWOW64")}) {
        for (const char *name : known) {
            const QString path = dir + u'/' + QLatin1String(name);
            if (QFileInfo::exists(path) && QLibrary(path).resolve("C_GetFunctionList"))
                found << path;
        }
    }
#else
    // p11-kit's registry: one file per module, "module: PATH".
    for (const QString &dir :
         {QStringLiteral("/usr/share/p11-kit/modules"), QStringLiteral("/etc/pkcs11/modules")}) {
        for (const QFileInfo &fi :
             QDir(dir).entryInfoList({QStringLiteral("*.module")}, QDir::Files)) {
            QFile f(fi.filePath());
            if (!f.open(QIODevice::ReadOnly))
                continue;
            for (const QByteArray &line : f.readAll().split('\n')) {
                if (!line.trimmed().startsWith("module:"))
                    continue;
                QString module = QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
                if (QFileInfo(module).isRelative())
                    module = QStringLiteral("/usr/lib/x86_64-linux-gnu/pkcs11/") + module;
                if (QFileInfo::exists(module) && !found.contains(module))
                    found << module;
            }
        }
    }
    for (const QString &path : {QStringLiteral("/usr/lib/softhsm/libsofthsm2.so"),
                                QStringLiteral("/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so"),
                                QStringLiteral("/usr/lib/x86_64-linux-gnu/libeTPkcs11.so")}) {
        if (QFileInfo::exists(path) && !found.contains(path))
            found << path;
    }
#endif
    return found;
}

} // namespace lt::pki
