#include "testtoken.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>

namespace lt::test {

QString sourceDir()
{
    return QStringLiteral(LT_TEST_SOURCE_DIR);
}

QString binaryDir()
{
    return QStringLiteral(LT_TEST_BINARY_DIR);
}

std::unique_ptr<TestToken> TestToken::create(const QString &keyType, QString *error)
{
    std::unique_ptr<TestToken> token(new TestToken);
    if (!token->m_dir.isValid()) {
        *error = QStringLiteral("cannot create a temporary directory");
        return nullptr;
    }
    QProcess script;
    script.setProcessChannelMode(QProcess::MergedChannels);
    script.start(QStringLiteral("bash"),
                 {sourceDir() + QStringLiteral("/tests/support/scripts/make-test-token.sh"),
                  token->m_dir.path(), keyType});
    if (!script.waitForFinished(120'000) || script.exitStatus() != QProcess::NormalExit ||
        script.exitCode() != 0) {
        *error = QStringLiteral("make-test-token.sh failed: ") +
                 QString::fromLocal8Bit(script.readAll());
        return nullptr;
    }
    QFile env(token->m_dir.filePath(QStringLiteral("token.env")));
    if (!env.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("token.env is missing");
        return nullptr;
    }
    static const QRegularExpression line(QStringLiteral("^(\\w+)=\"?(.*?)\"?$"));
    for (const QByteArray &raw : env.readAll().split('\n')) {
        const auto m = line.match(QString::fromUtf8(raw));
        if (!m.hasMatch())
            continue;
        if (m.captured(1) == u"LT_TEST_MODULE")
            token->m_module = m.captured(2);
        else if (m.captured(1) == u"SOFTHSM2_CONF")
            qputenv("SOFTHSM2_CONF", m.captured(2).toLocal8Bit());
    }
    if (token->m_module.isEmpty()) {
        *error = QStringLiteral("token.env names no module");
        return nullptr;
    }
    return token;
}

} // namespace lt::test
