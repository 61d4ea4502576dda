#include "faultynetwork.h"

#include <QPointer>

#include <optional>

#include <cstring>

namespace lt::test {

namespace {

// A reply made here: its status, body or error are ours.
class MadeReply : public QNetworkReply
{
public:
    MadeReply(QNetworkAccessManager::Operation op, const QNetworkRequest &request, QObject *parent)
        : QNetworkReply(parent)
    {
        setRequest(request);
        setOperation(op);
        setUrl(request.url());
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }

    void complete(int status, const QByteArray &body, NetworkError error = NoError,
                  const QString &text = {})
    {
        if (isFinished())
            return;
        m_data = body;
        if (status > 0)
            setAttribute(QNetworkRequest::HttpStatusCodeAttribute, status);
        setHeader(QNetworkRequest::ContentLengthHeader, body.size());
        if (error != NoError)
            setError(error, text);
        setFinished(true);
        QTimer::singleShot(0, this, [this, error] {
            emit metaDataChanged();
            if (error != NoError)
                emit errorOccurred(error);
            if (!m_data.isEmpty())
                emit readyRead();
            emit finished();
        });
    }

    void abort() override { complete(0, {}, OperationCanceledError, QStringLiteral("aborted")); }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override
    {
        return m_data.size() - m_pos + QNetworkReply::bytesAvailable();
    }

protected:
    qint64 readData(char *data, qint64 max) override
    {
        const qint64 n = qMin<qint64>(max, m_data.size() - m_pos);
        if (n <= 0)
            return isFinished() ? -1 : 0;
        std::memcpy(data, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

QByteArray methodOf(QNetworkAccessManager::Operation op, const QNetworkRequest &request)
{
    switch (op) {
    case QNetworkAccessManager::GetOperation:
        return "GET";
    case QNetworkAccessManager::PostOperation:
        return "POST";
    case QNetworkAccessManager::PutOperation:
        return "PUT";
    case QNetworkAccessManager::DeleteOperation:
        return "DELETE";
    case QNetworkAccessManager::HeadOperation:
        return "HEAD";
    default:
        return request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
    }
}

} // namespace

QNetworkReply *FaultyNetwork::createRequest(Operation op, const QNetworkRequest &request,
                                            QIODevice *outgoingData)
{
    std::optional<Rule> fire;
    {
        QMutexLocker lock(&m_rules->mutex);
        const QByteArray method = methodOf(op, request);
        const QByteArray path = request.url().path().toUtf8();
        for (Rule &r : m_rules->list) {
            if (r.fired || r.method != method || !path.startsWith(r.path))
                continue;
            if (++r.seen == r.nth) {
                r.fired = true;
                fire = r;
            }
            break;
        }
    }
    if (!fire)
        return QNetworkAccessManager::createRequest(op, request, outgoingData);
    auto *made = new MadeReply(op, request, this);
    switch (fire->fault) {
    case Fault::HttpError:
        // What a proxy in front of the server answers: a page of its own, not JSON.
        made->complete(fire->status, "<html><body>Bad gateway</body></html>");
        break;
    case Fault::Silence: {
        const int timeout = request.transferTimeout() > 0 ? request.transferTimeout() : 30'000;
        QTimer::singleShot(timeout, made, [made] {
            made->complete(0, {}, QNetworkReply::OperationCanceledError,
                           QStringLiteral("timed out"));
        });
        break;
    }
    case Fault::AnswerLost:
    case Fault::Malformed: {
        // The server gets the request and handles it; the answer is spoiled on the way back.
        QNetworkReply *real = QNetworkAccessManager::createRequest(op, request, outgoingData);
        const Fault fault = fire->fault;
        QPointer<MadeReply> target(made);
        connect(real, &QNetworkReply::finished, made, [real, target, fault] {
            const QByteArray body = real->readAll();
            real->deleteLater();
            if (!target)
                return;
            if (fault == Fault::AnswerLost) {
                target->complete(0, {}, QNetworkReply::RemoteHostClosedError,
                                 QStringLiteral("connection closed"));
            } else {
                target->complete(200, body.left(body.size() / 2)); // cut in the middle
            }
        });
        break;
    }
    }
    return made;
}

} // namespace lt::test
