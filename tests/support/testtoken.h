#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace lt::test {

// A throwaway SoftHSM2 token made by scripts/make-test-token.sh: a key pair generated on the
// token and a root → intermediate → signer certificate chain, the signer "Nguyễn Văn An".
// The token lives in a temporary directory removed with the object. Creating one sets
// SOFTHSM2_CONF for this process, so SoftHSM loaded afterwards sees this token.
class TestToken
{
public:
    // keyType: "rsa:2048", "rsa:3072", "EC:prime256v1". Returns nullptr and fills `error`
    // when the script fails.
    static std::unique_ptr<TestToken> create(const QString &keyType, QString *error);

    QString directory() const { return m_dir.path(); }
    QString modulePath() const { return m_module; }
    QString label() const { return QStringLiteral("LienThong Test"); }
    QString pin() const { return QStringLiteral("1234"); }
    QString soPin() const { return QStringLiteral("00000000"); }
    QByteArray keyId() const { return QByteArray::fromHex("01"); }
    QString rootCertificate() const { return m_dir.filePath(QStringLiteral("root.pem")); }
    QString intermediateCertificate() const
    {
        return m_dir.filePath(QStringLiteral("intermediate.pem"));
    }
    QString signerCertificate() const { return m_dir.filePath(QStringLiteral("signer.pem")); }

private:
    TestToken() = default;
    QTemporaryDir m_dir;
    QString m_module;
};

// The project's source and build directories, as CMake knows them.
QString sourceDir();
QString binaryDir();

} // namespace lt::test
