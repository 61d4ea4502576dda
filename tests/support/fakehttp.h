#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>

#include <functional>

namespace lt::test {

// A deliberately bad HTTP server on 127.0.0.1 for fault tests: `respond(method, path)` returns
// the raw bytes to send back, or an empty array to keep the connection open and say nothing.
class FakeHttp : public QTcpServer
{
public:
    using Handler = std::function<QByteArray(const QByteArray &method, const QByteArray &path)>;

    explicit FakeHttp(Handler handler)
        : m_handler(std::move(handler))
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [this, s] { onData(s); });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
        listen(QHostAddress::LocalHost, 0);
    }

    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(serverPort()); }
    int requests() const { return m_requests; }
    // The body of the request being answered (valid inside the handler).
    QByteArray body() const { return m_body; }

    static QByteArray json(const QByteArray &body, int status = 200)
    {
        return "HTTP/1.1 " + QByteArray::number(status) +
               " X\r\nContent-Type: application/json\r\n"
               "Content-Length: " +
               QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
    }

private:
    void onData(QTcpSocket *s)
    {
        QByteArray &buffer = m_buffers[s];
        buffer += s->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        qsizetype length = 0;
        for (const QByteArray &line : buffer.left(end).split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (buffer.size() < end + 4 + length)
            return;
        const QList<QByteArray> first = buffer.left(buffer.indexOf("\r\n")).split(' ');
        m_body = buffer.mid(end + 4, length);
        m_buffers.remove(s);
        ++m_requests;
        const QByteArray answer = m_handler(first.value(0), first.value(1));
        if (!answer.isEmpty()) {
            s->write(answer);
            s->disconnectFromHost();
        }
    }

    Handler m_handler;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QByteArray m_body;
    int m_requests = 0;
};

} // namespace lt::test
