// Proves the test token is a real PKCS#11 token: the module loads, the PIN is checked, the key
// signs on the token, and the certificate on it chains to the test root with its Vietnamese
// name intact. Later signing tests stand on this.
#include "testtoken.h"

#include <QFile>
#include <QTest>

#include <p11-kit/pkcs11.h>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>

#include <dlfcn.h>
#include <memory>

using lt::test::TestToken;

namespace {

struct X509Deleter
{
    void operator()(X509 *x) const { X509_free(x); }
};
using X509Ptr = std::unique_ptr<X509, X509Deleter>;

X509Ptr loadPem(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return nullptr;
    const QByteArray pem = f.readAll();
    BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    X509Ptr cert(PEM_read_bio_X509(bio, nullptr, nullptr, nullptr));
    BIO_free(bio);
    return cert;
}

QString commonName(X509 *cert)
{
    X509_NAME *name = X509_get_subject_name(cert);
    const int idx = X509_NAME_get_index_by_NID(name, NID_commonName, -1);
    if (idx < 0)
        return {};
    unsigned char *utf8 = nullptr;
    const int len =
        ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, idx)));
    const QString cn = QString::fromUtf8(reinterpret_cast<char *>(utf8), len);
    OPENSSL_free(utf8);
    return cn;
}

} // namespace

class TestTestToken : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void wrongPinIsRefused();
    void certificateChainsToTheRoot();
    void keySignsOnTheToken_data();
    void keySignsOnTheToken();

private:
    CK_SESSION_HANDLE openSession(TestToken &token);
    QByteArray certificateFromToken(CK_SESSION_HANDLE session, const QByteArray &id);

    std::unique_ptr<TestToken> m_token;
    void *m_module = nullptr;
    CK_FUNCTION_LIST *m_p11 = nullptr;
};

void TestTestToken::initTestCase()
{
    QString error;
    m_token = TestToken::create(QStringLiteral("rsa:2048"), &error);
    QVERIFY2(m_token, qPrintable(error));
    m_module = dlopen(qPrintable(m_token->modulePath()), RTLD_NOW | RTLD_LOCAL);
    QVERIFY2(m_module, dlerror());
    auto getList = reinterpret_cast<CK_C_GetFunctionList>(dlsym(m_module, "C_GetFunctionList"));
    QVERIFY(getList);
    QCOMPARE(getList(&m_p11), CKR_OK);
    QCOMPARE(m_p11->C_Initialize(nullptr), CKR_OK);
}

void TestTestToken::cleanupTestCase()
{
    if (m_p11)
        m_p11->C_Finalize(nullptr);
    if (m_module)
        dlclose(m_module);
}

CK_SESSION_HANDLE TestTestToken::openSession(TestToken &token)
{
    CK_ULONG count = 0;
    if (m_p11->C_GetSlotList(CK_TRUE, nullptr, &count) != CKR_OK || count == 0)
        return CK_INVALID_HANDLE;
    QList<CK_SLOT_ID> slotIds(static_cast<qsizetype>(count));
    m_p11->C_GetSlotList(CK_TRUE, slotIds.data(), &count);
    for (CK_SLOT_ID slot : slotIds) {
        CK_TOKEN_INFO info;
        if (m_p11->C_GetTokenInfo(slot, &info) != CKR_OK)
            continue;
        // Labels are 32 bytes padded with spaces.
        const QString label =
            QString::fromUtf8(reinterpret_cast<const char *>(info.label), 32).trimmed();
        if (label != token.label())
            continue;
        CK_SESSION_HANDLE session = CK_INVALID_HANDLE;
        if (m_p11->C_OpenSession(slot, CKF_SERIAL_SESSION | CKF_RW_SESSION, nullptr, nullptr,
                                 &session) == CKR_OK)
            return session;
    }
    return CK_INVALID_HANDLE;
}

QByteArray TestTestToken::certificateFromToken(CK_SESSION_HANDLE session, const QByteArray &id)
{
    CK_OBJECT_CLASS cls = CKO_CERTIFICATE;
    CK_ATTRIBUTE query[] = {{CKA_CLASS, &cls, sizeof cls},
                            {CKA_ID, const_cast<char *>(id.constData()), CK_ULONG(id.size())}};
    CK_OBJECT_HANDLE object = CK_INVALID_HANDLE;
    CK_ULONG found = 0;
    m_p11->C_FindObjectsInit(session, query, 2);
    m_p11->C_FindObjects(session, &object, 1, &found);
    m_p11->C_FindObjectsFinal(session);
    if (found != 1)
        return {};
    CK_ATTRIBUTE value = {CKA_VALUE, nullptr, 0};
    if (m_p11->C_GetAttributeValue(session, object, &value, 1) != CKR_OK)
        return {};
    QByteArray der(qsizetype(value.ulValueLen), Qt::Uninitialized);
    value.pValue = der.data();
    if (m_p11->C_GetAttributeValue(session, object, &value, 1) != CKR_OK)
        return {};
    return der;
}

void TestTestToken::wrongPinIsRefused()
{
    const CK_SESSION_HANDLE session = openSession(*m_token);
    QVERIFY(session != CK_INVALID_HANDLE);
    QByteArray wrong("9999");
    QCOMPARE(m_p11->C_Login(session, CKU_USER, reinterpret_cast<CK_UTF8CHAR *>(wrong.data()), 4),
             CKR_PIN_INCORRECT);
    QByteArray pin = m_token->pin().toUtf8();
    QCOMPARE(m_p11->C_Login(session, CKU_USER, reinterpret_cast<CK_UTF8CHAR *>(pin.data()),
                            CK_ULONG(pin.size())),
             CKR_OK);
    m_p11->C_Logout(session);
    m_p11->C_CloseSession(session);
}

void TestTestToken::certificateChainsToTheRoot()
{
    const CK_SESSION_HANDLE session = openSession(*m_token);
    QVERIFY(session != CK_INVALID_HANDLE);
    const QByteArray der = certificateFromToken(session, m_token->keyId());
    m_p11->C_CloseSession(session);
    QVERIFY(!der.isEmpty());
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    X509Ptr cert(d2i_X509(nullptr, &p, long(der.size())));
    QVERIFY(cert);
    QCOMPARE(commonName(cert.get()), QStringLiteral("Nguyễn Văn An"));

    X509Ptr root = loadPem(m_token->rootCertificate());
    X509Ptr intermediate = loadPem(m_token->intermediateCertificate());
    QVERIFY(root && intermediate);
    X509_STORE *store = X509_STORE_new();
    X509_STORE_add_cert(store, root.get());
    STACK_OF(X509) *untrusted = sk_X509_new_null();
    sk_X509_push(untrusted, intermediate.get());
    X509_STORE_CTX *ctx = X509_STORE_CTX_new();
    X509_STORE_CTX_init(ctx, store, cert.get(), untrusted);
    const int ok = X509_verify_cert(ctx);
    const int err = X509_STORE_CTX_get_error(ctx);
    X509_STORE_CTX_free(ctx);
    sk_X509_free(untrusted);
    X509_STORE_free(store);
    QVERIFY2(ok == 1, X509_verify_cert_error_string(err));

    // Without the intermediate there is no path: the check is real.
    X509_STORE *rootOnly = X509_STORE_new();
    X509_STORE_add_cert(rootOnly, root.get());
    X509_STORE_CTX *ctx2 = X509_STORE_CTX_new();
    X509_STORE_CTX_init(ctx2, rootOnly, cert.get(), nullptr);
    QCOMPARE(X509_verify_cert(ctx2), 0);
    X509_STORE_CTX_free(ctx2);
    X509_STORE_free(rootOnly);
}

void TestTestToken::keySignsOnTheToken_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("short") << QByteArray("Quyết định số 05/QĐ-UBND");
    QTest::newRow("1 MiB") << QByteArray(1 << 20, 'x');
}

void TestTestToken::keySignsOnTheToken()
{
    QFETCH(QByteArray, data);
    const CK_SESSION_HANDLE session = openSession(*m_token);
    QVERIFY(session != CK_INVALID_HANDLE);
    QByteArray pin = m_token->pin().toUtf8();
    QCOMPARE(m_p11->C_Login(session, CKU_USER, reinterpret_cast<CK_UTF8CHAR *>(pin.data()),
                            CK_ULONG(pin.size())),
             CKR_OK);

    CK_OBJECT_CLASS cls = CKO_PRIVATE_KEY;
    QByteArray id = m_token->keyId();
    CK_ATTRIBUTE query[] = {{CKA_CLASS, &cls, sizeof cls},
                            {CKA_ID, id.data(), CK_ULONG(id.size())}};
    CK_OBJECT_HANDLE key = CK_INVALID_HANDLE;
    CK_ULONG found = 0;
    m_p11->C_FindObjectsInit(session, query, 2);
    m_p11->C_FindObjects(session, &key, 1, &found);
    m_p11->C_FindObjectsFinal(session);
    QCOMPARE(found, CK_ULONG(1));

    // The private key cannot be read out.
    CK_BBOOL extractable = CK_TRUE;
    CK_ATTRIBUTE attr = {CKA_EXTRACTABLE, &extractable, sizeof extractable};
    QCOMPARE(m_p11->C_GetAttributeValue(session, key, &attr, 1), CKR_OK);
    QCOMPARE(extractable, CK_BBOOL(CK_FALSE));

    CK_MECHANISM mechanism = {CKM_SHA256_RSA_PKCS, nullptr, 0};
    QCOMPARE(m_p11->C_SignInit(session, &mechanism, key), CKR_OK);
    CK_ULONG sigLen = 0;
    QCOMPARE(m_p11->C_Sign(session, reinterpret_cast<CK_BYTE *>(data.data()), CK_ULONG(data.size()),
                           nullptr, &sigLen),
             CKR_OK);
    QByteArray signature(qsizetype(sigLen), Qt::Uninitialized);
    QCOMPARE(m_p11->C_Sign(session, reinterpret_cast<CK_BYTE *>(data.data()), CK_ULONG(data.size()),
                           reinterpret_cast<CK_BYTE *>(signature.data()), &sigLen),
             CKR_OK);
    signature.resize(qsizetype(sigLen));
    QCOMPARE(signature.size(), 256); // RSA-2048
    m_p11->C_Logout(session);
    m_p11->C_CloseSession(session);

    // Verified independently with the public key of the certificate.
    X509Ptr cert = loadPem(m_token->signerCertificate());
    QVERIFY(cert);
    EVP_PKEY *pub = X509_get0_pubkey(cert.get());
    EVP_MD_CTX *md = EVP_MD_CTX_new();
    QCOMPARE(EVP_DigestVerifyInit(md, nullptr, EVP_sha256(), nullptr, pub), 1);
    const int good = EVP_DigestVerify(
        md, reinterpret_cast<const unsigned char *>(signature.constData()),
        size_t(signature.size()), reinterpret_cast<const unsigned char *>(data.constData()),
        size_t(data.size()));
    EVP_MD_CTX_free(md);
    QCOMPARE(good, 1);

    // A changed byte no longer verifies.
    QByteArray tampered = data;
    tampered[0] = char(tampered[0] ^ 1);
    md = EVP_MD_CTX_new();
    EVP_DigestVerifyInit(md, nullptr, EVP_sha256(), nullptr, pub);
    QCOMPARE(EVP_DigestVerify(md, reinterpret_cast<const unsigned char *>(signature.constData()),
                              size_t(signature.size()),
                              reinterpret_cast<const unsigned char *>(tampered.constData()),
                              size_t(tampered.size())),
             0);
    EVP_MD_CTX_free(md);
}

QTEST_GUILESS_MAIN(TestTestToken)
#include "tst_testtoken.moc"
