#pragma once

#include <QString>
#include <QStringView>

namespace lt::text {

// Folds text for search: lower case, no diacritics, đ → d. "Quyết định" → "quyet dinh".
// Precomposed (NFC) and decomposed (NFD) input give the same result, so a query typed with
// or without accents matches stored text either way. Characters outside the Latin scripts
// are case-folded and otherwise kept. Spaces and punctuation are kept as they are.
QString foldForSearch(QStringView text);

} // namespace lt::text
