#pragma once

#include "core/model/doctype.h"
#include "core/model/document.h"
#include "core/model/enums.h"
#include "core/result.h"

#include <QDate>
#include <QString>

#include <optional>

namespace lt::numbering {

// Number and notation (số, ký hiệu) after Decree 30/2020/NĐ-CP:
//   typed document:   05/QĐ-UBND        number / type - issuer
//   công văn:         15/UBND-VP        number / issuer - drafting unit
//   legal normative:  12/2020/NĐ-CP     number / year / type - issuer
// Numbers below 10 take a leading zero.
struct Notation
{
    int number = 0;
    int year = 0;                     // 0 when the notation carries no year
    std::optional<DocumentType> type; // empty for công văn (and thư công)
    QString issuer;                   // "UBND", "SYT"; may contain hyphens after a type
    QString unit;                     // drafting unit, công văn only: "VP"

    // Everything after "number/": "QĐ-UBND", "UBND-VP", "2020/NĐ-CP".
    QString suffix() const;
    // "05/QĐ-UBND"
    QString toString() const;

    friend bool operator==(const Notation &, const Notation &) = default;
};

// formatNumber() ("5" → "05") is in core/model/document.h: a document writes its own number.

// Parses a number/notation as printed on a document; a leading "Số:" is accepted.
// Refusals carry ErrorCode::InvalidArgument and a translated reason.
Result<Notation> parse(const QString &text);

// A register's yearly sequence. Numbers restart at 1 on 1 January; each register (incoming,
// outgoing, and the separate series for secret documents) has its own state.
struct Sequence
{
    int year = 0; // the year of the last number given; 0 before the first
    int lastNumber = 0;

    friend bool operator==(const Sequence &, const Sequence &) = default;
};

struct Issued
{
    Sequence sequence; // the register's state after giving the number
    int number = 0;
};

// Gives the next number of `sequence` for a document dated `date`. A date in a year before
// the sequence's year is refused: a closed year cannot take new numbers.
Result<Issued> next(const Sequence &sequence, const QDate &date);

} // namespace lt::numbering
