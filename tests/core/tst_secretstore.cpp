// The SecretStore contract, run against the in-memory store and, when the test runs inside
// tests/support/scripts/with-keyring.sh, against the real Secret Service through QtKeychain.
#include "core/auth/secretstore.h"

#include <QDeadlineTimer>
#include <QTest>
#include <QUuid>

#include <memory>
#include <optional>

using namespace lt;
using namespace lt::auth;

namespace {

// Waits for an asynchronous SecretStore call by running the event loop (tests only).
template <typename T>
std::optional<T> waitFor(const std::function<void(std::function<void(T)>)> &call)
{
    std::optional<T> result;
    call([&](T r) { result.emplace(std::move(r)); });
    QDeadlineTimer deadline(15'000);
    while (!result && !deadline.hasExpired())
        QTest::qWait(10);
    return result;
}

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void contract_data();
    void contract();
    void keychainUnavailableIsReported();
};

void TestSecretStore::contract_data()
{
    QTest::addColumn<bool>("keychain");
    QTest::newRow("memory") << false;
    if (qEnvironmentVariableIsSet("LT_TEST_KEYRING"))
        QTest::newRow("keychain") << true;
}

void TestSecretStore::contract()
{
    QFETCH(bool, keychain);
    std::unique_ptr<SecretStore> store;
    if (keychain)
        store = std::make_unique<KeychainSecretStore>(QStringLiteral("LienThong-test"));
    else
        store = std::make_unique<MemorySecretStore>();

    const QString key = QStringLiteral("refresh-token/") + QUuid::createUuid().toString();
    const QByteArray secret("eyJhbGciOi.refresh\x00\xff", 20); // binary-safe

    auto missing =
        waitFor<Result<QByteArray>>([&](auto done) { store->read(key, std::move(done)); });
    QVERIFY(missing.has_value());
    QVERIFY(!missing->ok());
    QCOMPARE(missing->error().code, ErrorCode::NotFound);

    auto written = waitFor<Status>([&](auto done) { store->write(key, secret, std::move(done)); });
    QVERIFY(written.has_value());
    QVERIFY2(written->ok(), qPrintable(written->ok() ? QString() : written->error().message));

    auto read = waitFor<Result<QByteArray>>([&](auto done) { store->read(key, std::move(done)); });
    QVERIFY(read.has_value() && read->ok());
    QCOMPARE(read->value(), secret);

    // Overwrite.
    written = waitFor<Status>([&](auto done) { store->write(key, "second", std::move(done)); });
    QVERIFY(written->ok());
    read = waitFor<Result<QByteArray>>([&](auto done) { store->read(key, std::move(done)); });
    QCOMPARE(read->value(), QByteArray("second"));

    auto removed = waitFor<Status>([&](auto done) { store->remove(key, std::move(done)); });
    QVERIFY(removed->ok());
    read = waitFor<Result<QByteArray>>([&](auto done) { store->read(key, std::move(done)); });
    QCOMPARE(read->error().code, ErrorCode::NotFound);
    // Removing again is not an error.
    removed = waitFor<Status>([&](auto done) { store->remove(key, std::move(done)); });
    QVERIFY(removed->ok());
}

void TestSecretStore::keychainUnavailableIsReported()
{
    if (qEnvironmentVariableIsSet("LT_TEST_KEYRING"))
        QSKIP("runs in the variant without a keyring");
    // No session bus and no display: QtKeychain cannot reach any keychain. The store must say
    // so (the app then falls back to asking for the password), not hang or pretend.
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    qunsetenv("DISPLAY");
    KeychainSecretStore store(QStringLiteral("LienThong-test"));
    auto written =
        waitFor<Status>([&](auto done) { store.write(QStringLiteral("k"), "v", std::move(done)); });
    QVERIFY(written.has_value());
    QVERIFY(!written->ok());
    QCOMPARE(written->error().code, ErrorCode::Unavailable);
    QVERIFY(!written->error().message.isEmpty());
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
