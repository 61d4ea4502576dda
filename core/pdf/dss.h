#pragma once

#include "core/result.h"
#include "core/verify/signatures.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace lt::pdf {

// What a validator needs later to check the signatures without asking anyone: certificates,
// OCSP responses and CRLs (DER each).
struct ValidationData
{
    QList<QByteArray> certificates;
    QList<QByteArray> ocspResponses;
    QList<QByteArray> crls;
};

// Adds (or extends) the document security store, /DSS in the catalog with /Certs, /OCSPs and
// /CRLs (PAdES, ETSI EN 319 142-1 §5.4), in an incremental update: every earlier signature
// stays valid, `input` is a byte prefix of `output`, written atomically.
Status addValidationData(const QString &input, const QString &output, const ValidationData &data);

} // namespace lt::pdf
