#pragma once

#include "core/result.h"

#include <functional>

namespace lt::server {

class Db;
class Service;

struct DemoOptions
{
    int size = 5000; // documents
    quint32 seed = 1;
    int pdfs = -1; // distinct PDFs; -1: one per document up to 5,000, then shared
    // Rows added to the next year's incoming register, for measuring a big register (they
    // name no document).
    int registerRows = 0;
};

// Fills an empty database with a realistic administration: a province's People's Committee
// (the agency whose desk the demo shows), 22 departments, 12 communes, ~90 people in every
// role (logins leader, deputy, clerk, head, specialist; password demo123), and `size`
// documents of every type, urgency and state, each with a Vietnamese PDF and a history.
// Deterministic for a seed. `progress` receives one line at a time.
Status createDemo(Db &db, Service &service, const DemoOptions &options,
                  const std::function<void(const QString &)> &progress);

} // namespace lt::server
