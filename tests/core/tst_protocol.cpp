// The wire's one mapping between error codes, HTTP statuses and the "error" keys, read back by
// the client exactly as the server writes it.
#include "core/protocol/errors.h"

#include <QTest>

using namespace lt;

class TestProtocol : public QObject
{
    Q_OBJECT

private slots:
    void everyCodeTravelsAndComesBack();
    void statusesWithoutABodyAreReadByTheirMeaning();
};

void TestProtocol::everyCodeTravelsAndComesBack()
{
    const QList<ErrorCode> all{
        ErrorCode::InvalidArgument, ErrorCode::NotAllowed,   ErrorCode::NotFound,
        ErrorCode::Unavailable,     ErrorCode::Io,           ErrorCode::Timeout,
        ErrorCode::Cancelled,       ErrorCode::Unauthorized, ErrorCode::Locked,
        ErrorCode::Conflict,        ErrorCode::Offline,      ErrorCode::ServerError,
        ErrorCode::WrongPin,        ErrorCode::PinLocked,    ErrorCode::TokenRemoved,
        ErrorCode::Internal};
    const QList<ErrorCode> answered{ErrorCode::InvalidArgument, ErrorCode::Unauthorized,
                                    ErrorCode::NotFound,        ErrorCode::Conflict,
                                    ErrorCode::Locked,          ErrorCode::Unavailable};
    QSet<QString> keys;
    for (ErrorCode c : all) {
        const int status = protocol::httpStatus(c);
        const QString key = protocol::wireKey(c);
        QVERIFY(!key.isEmpty());
        const auto back = protocol::codeFromWireKey(key);
        QVERIFY(back.has_value());
        if (answered.contains(c)) {
            QCOMPARE(*back, c);
            QVERIFY2(status >= 400 && status < 600, qPrintable(key));
            QVERIFY2(!keys.contains(key), qPrintable(key));
            keys.insert(key);
            if (status < 500) // a body lost behind a proxy: the status alone still tells
                QCOMPARE(protocol::codeForHttpStatus(status), c);
        } else {
            // What the server has no answer for is its own failure: 500, "internal".
            QCOMPARE(status, 500);
            QCOMPARE(key, QStringLiteral("internal"));
            QCOMPARE(*back, ErrorCode::ServerError);
        }
    }
    QCOMPARE(protocol::httpStatus(ErrorCode::Unauthorized), 401);
    QCOMPARE(protocol::httpStatus(ErrorCode::Conflict), 409);
    QCOMPARE(protocol::httpStatus(ErrorCode::Locked), 429);
    QVERIFY(!protocol::codeFromWireKey(QStringLiteral("no_such_key")).has_value());
}

void TestProtocol::statusesWithoutABodyAreReadByTheirMeaning()
{
    QCOMPARE(protocol::codeForHttpStatus(413), ErrorCode::InvalidArgument);
    QCOMPARE(protocol::codeForHttpStatus(423), ErrorCode::Locked);
    for (int status : {500, 502, 503, 504, 418})
        QCOMPARE(protocol::codeForHttpStatus(status), ErrorCode::ServerError);
}

QTEST_GUILESS_MAIN(TestProtocol)
#include "tst_protocol.moc"
