#pragma once

#include <QtGlobal>

#include <random>

namespace lt::sync {

// Waiting times between attempts while the server is down: exponential from `first` to
// `max`, with ±20 % jitter so that a whole office does not retry in step.
class Backoff
{
public:
    explicit Backoff(int firstMs = 2'000, int maxMs = 5 * 60'000,
                     quint32 seed = std::random_device{}())
        : m_first(firstMs)
        , m_max(maxMs)
        , m_rng(seed)
    {
    }

    // The delay before the next attempt; each call doubles the base.
    int next()
    {
        const qint64 base = qMin<qint64>(qint64(m_first) << qMin(m_attempt, 20), m_max);
        ++m_attempt;
        std::uniform_real_distribution<double> jitter(0.8, 1.2);
        return int(qMin<double>(double(m_max), double(base) * jitter(m_rng)));
    }
    void reset() { m_attempt = 0; }
    int attempts() const { return m_attempt; }

private:
    int m_first;
    int m_max;
    int m_attempt = 0;
    std::mt19937 m_rng;
};

} // namespace lt::sync
