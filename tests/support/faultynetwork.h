#pragma once

#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <memory>

namespace lt::test {

// A network between a client and a real server that spoils chosen requests: the n-th request
// whose method and path match gets an HTTP error (as a proxy would answer), loses its answer
// after the server has handled it (a dropped connection), never answers (until the request's
// transfer timeout), or gets a malformed body. Everything else passes through untouched. The
// rules are shared by the networks made for one client on any thread.
class FaultyNetwork : public QNetworkAccessManager
{
public:
    enum class Fault { HttpError, AnswerLost, Silence, Malformed };
    struct Rule
    {
        QByteArray method; // "GET", "POST", …
        QByteArray path;   // a prefix of the URL's path, "/api/v1/changes"
        int nth = 1;       // the first matching request is 1
        Fault fault = Fault::HttpError;
        int status = 503;
        int seen = 0;
        bool fired = false;
    };
    struct Rules
    {
        QMutex mutex;
        QList<Rule> list;
        void add(Rule r)
        {
            QMutexLocker lock(&mutex);
            list << r;
        }
        void clear()
        {
            QMutexLocker lock(&mutex);
            list.clear();
        }
        bool allFired()
        {
            QMutexLocker lock(&mutex);
            for (const Rule &r : std::as_const(list)) {
                if (!r.fired)
                    return false;
            }
            return true;
        }
    };

    FaultyNetwork(std::shared_ptr<Rules> rules, QObject *parent)
        : QNetworkAccessManager(parent)
        , m_rules(std::move(rules))
    {
    }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;

private:
    std::shared_ptr<Rules> m_rules;
};

} // namespace lt::test
