// The package's enveloped XML signature. libxml2 canonicalises (C14N 1.0), the token signs the
// canonical SignedInfo, and libxmlsec1 (OpenSSL) verifies: no canonicalisation is written here.
#include "core/edxml/package.h"
#include "core/pki/pkcs11.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QSaveFile>

#include <libxml/c14n.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <openssl/ecdsa.h>
#include <xmlsec/crypto.h>
#include <xmlsec/errors.h>
#include <xmlsec/templates.h>
#include <xmlsec/xmldsig.h>
#include <xmlsec/xmlsec.h>
#include <xmlsec/xmltree.h>

#include <mutex>

namespace lt::edxml {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(lt::edxml::Package)
};

constexpr int kParseOptions = XML_PARSE_NONET | XML_PARSE_HUGE | XML_PARSE_NOCDATA;

bool initialise()
{
    static bool ok = [] {
        xmlInitParser();
        if (xmlSecInit() < 0)
            return false;
        // A package that does not verify is a verdict, not a message on standard error.
        xmlSecErrorsSetCallback(
            [](const char *, int, const char *, const char *, const char *, int, const char *) {});
        if (xmlSecCryptoAppInit(nullptr) < 0)
            return false;
        return xmlSecCryptoInit() >= 0;
    }();
    return ok;
}

struct DocDeleter
{
    void operator()(xmlDoc *d) const { xmlFreeDoc(d); }
};
using Doc = std::unique_ptr<xmlDoc, DocDeleter>;

Result<Doc> load(const QString &file)
{
    Doc doc(xmlReadFile(QFile::encodeName(file).constData(), nullptr, kParseOptions));
    if (!doc || !xmlDocGetRootElement(doc.get()))
        return Error{ErrorCode::InvalidArgument, Tr::tr("The package is not well-formed XML.")};
    if (doc->intSubset || doc->extSubset)
        return Error{ErrorCode::InvalidArgument,
                     Tr::tr("The package is not a valid edXML package: %1")
                         .arg(Tr::tr("it declares a document type (DTD), which is not allowed."))};
    return doc;
}

xmlNode *findLocal(xmlNode *from, const char *name)
{
    for (xmlNode *n = from; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE)
            continue;
        if (xmlStrcmp(n->name, BAD_CAST name) == 0)
            return n;
        if (xmlNode *c = findLocal(n->children, name))
            return c;
    }
    return nullptr;
}

bool within(xmlNode *node, xmlNode *ancestor)
{
    for (xmlNode *n = node; n; n = n->parent) {
        if (n == ancestor)
            return true;
    }
    return false;
}

xmlNode *owner(xmlNode *node, xmlNode *parent)
{
    // Namespace declarations come as xmlNs with the element as `parent`.
    return node && node->type == XML_NAMESPACE_DECL ? parent : node;
}

int outsideSignature(void *data, xmlNode *node, xmlNode *parent)
{
    return within(owner(node, parent), static_cast<xmlNode *>(data)) ? 0 : 1;
}

int insideSubtree(void *data, xmlNode *node, xmlNode *parent)
{
    return within(owner(node, parent), static_cast<xmlNode *>(data)) ? 1 : 0;
}

Result<QByteArray> canonical(xmlDoc *doc, xmlC14NIsVisibleCallback visible, xmlNode *subject)
{
    xmlBuffer *buffer = xmlBufferCreate();
    xmlOutputBuffer *out = xmlOutputBufferCreateBuffer(buffer, nullptr);
    const int rc = xmlC14NExecute(doc, visible, subject, XML_C14N_1_0, nullptr, 0, out);
    xmlOutputBufferClose(out);
    QByteArray bytes;
    if (rc >= 0)
        bytes = QByteArray(reinterpret_cast<const char *>(xmlBufferContent(buffer)),
                           xmlBufferLength(buffer));
    xmlBufferFree(buffer);
    if (rc < 0)
        return Error{ErrorCode::Internal, Tr::tr("The package cannot be signed."),
                     QStringLiteral("c14n")};
    return bytes;
}

QString nodeText(xmlNode *n)
{
    xmlChar *c = xmlNodeGetContent(n);
    const QString s = QString::fromUtf8(reinterpret_cast<const char *>(c));
    xmlFree(c);
    return s;
}
} // namespace

SignatureVerdict verifySignature(const QString &file)
{
    SignatureVerdict v;
    if (!initialise()) {
        v.state = SignatureState::Invalid;
        v.reason = Tr::tr("The XML-signature library cannot start.");
        return v;
    }
    auto doc = load(file);
    if (!doc) {
        v.state = SignatureState::Invalid;
        v.reason = doc.error().message;
        return v;
    }
    xmlNode *root = xmlDocGetRootElement(doc->get());
    xmlNode *sig = xmlSecFindNode(root, xmlSecNodeSignature, xmlSecDSigNs);
    if (!sig) {
        if (findLocal(root, "Signature")) {
            v.state = SignatureState::Placeholder;
            v.reason = Tr::tr("The package carries something shaped like a signature outside the "
                              "XML-signature namespace: it cannot be verified.");
        } else {
            v.state = SignatureState::Missing;
            v.reason = Tr::tr("The package is not signed.");
        }
        return v;
    }
    // The certificate it carries.
    xmlNode *certNode = xmlSecFindNode(sig, xmlSecNodeX509Certificate, xmlSecDSigNs);
    const QByteArray der =
        certNode ? QByteArray::fromBase64(nodeText(certNode).toLatin1()) : QByteArray();
    const auto cert = der.isEmpty()
                          ? Result<pki::CertificateInfo>(Error{ErrorCode::InvalidArgument, {}})
                          : pki::describeCertificate(der);
    if (!cert) {
        v.state = SignatureState::Placeholder;
        v.reason = Tr::tr("The signature carries no readable certificate (a placeholder or a "
                          "truncated one).");
        return v;
    }
    v.certificate = der;
    v.signer = cert->commonName;
    v.issuer = cert->issuer;
    // It must cover the whole package: one reference, URI "".
    int references = 0;
    bool whole = false;
    for (xmlNode *r = xmlSecFindNode(sig, xmlSecNodeSignedInfo, xmlSecDSigNs);
         r && (r = xmlSecGetNextElementNode(r->children));) {
        for (xmlNode *n = r; n; n = xmlSecGetNextElementNode(n->next)) {
            if (xmlSecCheckNodeName(n, xmlSecNodeReference, xmlSecDSigNs)) {
                ++references;
                xmlChar *uri = xmlGetProp(n, BAD_CAST "URI");
                whole = uri && uri[0] == 0;
                xmlFree(uri);
            }
        }
        break;
    }
    if (references != 1 || !whole) {
        v.state = SignatureState::Invalid;
        v.reason = Tr::tr("The signature does not cover the whole package.");
        return v;
    }
    xmlSecKeysMngr *keys = xmlSecKeysMngrCreate();
    xmlSecCryptoAppDefaultKeysMngrInit(keys);
    xmlSecDSigCtx *ctx = xmlSecDSigCtxCreate(keys);
    // Trust is the verification issue's; here: does the package verify with its certificate.
    ctx->keyInfoReadCtx.flags |= XMLSEC_KEYINFO_FLAGS_X509DATA_DONT_VERIFY_CERTS;
    ctx->enabledReferenceUris = xmlSecTransformUriTypeEmpty;
    const int rc = xmlSecDSigCtxVerify(ctx, sig);
    const bool good = rc >= 0 && ctx->status == xmlSecDSigStatusSucceeded;
    xmlSecDSigCtxDestroy(ctx);
    xmlSecKeysMngrDestroy(keys);
    if (good) {
        v.state = SignatureState::Valid;
    } else {
        v.state = SignatureState::Invalid;
        v.reason = Tr::tr("The package was changed after it was signed, or its signature does "
                          "not match its certificate.");
    }
    return v;
}

Status sign(const QString &file, const Signer &signer)
{
    if (!initialise())
        return Error{ErrorCode::Internal, Tr::tr("The XML-signature library cannot start.")};
    auto loaded = load(file);
    if (!loaded)
        return loaded.error();
    xmlDoc *doc = loaded->get();
    const auto cert = pki::describeCertificate(signer.certificate);
    if (!cert)
        return Error{ErrorCode::InvalidArgument, Tr::tr("The signing certificate cannot be read.")};
    const bool ec = cert->keyType == pki::KeyType::Ec;
    const int fieldBytes = ec ? (cert->keyBits + 7) / 8 : 0;

    xmlNode *root = xmlDocGetRootElement(doc);
    xmlNode *header = findLocal(root, "edXMLHeader");
    if (!header)
        return Error{ErrorCode::InvalidArgument,
                     Tr::tr("The package is not a valid edXML package: %1")
                         .arg(Tr::tr("it has no edXMLHeader."))};
    if (xmlNode *old = xmlSecFindNode(root, xmlSecNodeSignature, xmlSecDSigNs)) {
        xmlUnlinkNode(old);
        xmlFreeNode(old);
    }
    xmlNode *sig = xmlSecTmplSignatureCreate(
        doc, xmlSecTransformInclC14NId,
        ec ? xmlSecTransformEcdsaSha256Id : xmlSecTransformRsaSha256Id, nullptr);
    xmlAddChild(header, sig);
    xmlNode *ref = xmlSecTmplSignatureAddReference(sig, xmlSecTransformSha256Id, nullptr,
                                                   BAD_CAST "", nullptr);
    xmlSecTmplReferenceAddTransform(ref, xmlSecTransformEnvelopedId);
    xmlNode *keyInfo = xmlSecTmplSignatureEnsureKeyInfo(sig, nullptr);
    xmlNode *x509 = xmlSecTmplKeyInfoAddX509Data(keyInfo);
    xmlNode *certNode = xmlSecTmplX509DataAddCertificate(x509);
    xmlNodeSetContent(certNode, BAD_CAST signer.certificate.toBase64().constData());

    // The reference: the document without the signature, canonical.
    auto content = canonical(doc, outsideSignature, sig);
    if (!content)
        return content.error();
    xmlNode *digest = xmlSecFindNode(ref, xmlSecNodeDigestValue, xmlSecDSigNs);
    xmlNodeSetContent(digest,
                      BAD_CAST QCryptographicHash::hash(*content, QCryptographicHash::Sha256)
                          .toBase64()
                          .constData());
    xmlNode *signedInfo = xmlSecFindNode(sig, xmlSecNodeSignedInfo, xmlSecDSigNs);
    auto info = canonical(doc, insideSubtree, signedInfo);
    if (!info)
        return info.error();
    auto value = signer.sign(*info);
    if (!value)
        return value.error();
    QByteArray raw = *value;
    if (ec) {
        // DER ECDSA-Sig-Value → r‖s, each the field's size (XMLDSig).
        const unsigned char *q = reinterpret_cast<const unsigned char *>(raw.constData());
        ECDSA_SIG *es = d2i_ECDSA_SIG(nullptr, &q, long(raw.size()));
        if (!es)
            return Error{ErrorCode::Internal, Tr::tr("The token's signature cannot be read.")};
        QByteArray rs(2 * fieldBytes, '\0');
        BN_bn2binpad(ECDSA_SIG_get0_r(es), reinterpret_cast<unsigned char *>(rs.data()),
                     fieldBytes);
        BN_bn2binpad(ECDSA_SIG_get0_s(es),
                     reinterpret_cast<unsigned char *>(rs.data()) + fieldBytes, fieldBytes);
        ECDSA_SIG_free(es);
        raw = rs;
    }
    xmlNodeSetContent(xmlSecFindNode(sig, xmlSecNodeSignatureValue, xmlSecDSigNs),
                      BAD_CAST raw.toBase64().constData());

    xmlChar *bytes = nullptr;
    int size = 0;
    xmlDocDumpMemoryEnc(doc, &bytes, &size, "UTF-8");
    QSaveFile out(file);
    const bool ok = bytes && out.open(QIODevice::WriteOnly) &&
                    out.write(reinterpret_cast<const char *>(bytes), size) == size && out.commit();
    xmlFree(bytes);
    if (!ok)
        return Error{ErrorCode::Io, Tr::tr("\"%1\" cannot be written.").arg(file)};
    return {};
}

} // namespace lt::edxml
