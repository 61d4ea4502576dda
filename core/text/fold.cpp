#include "core/text/fold.h"

#include <array>
#include <memory>

namespace lt::text {

namespace {

// Code points below this limit are folded through a table: it covers Latin-1, Latin
// Extended A/B, the combining diacritics and Latin Extended Additional (U+1E00–U+1EFF), where
// every precomposed Vietnamese letter lives.
constexpr char16_t kTableLimit = 0x1F00;
constexpr char16_t kDrop = 0xFFFF; // the character folds to nothing (a combining mark)
constexpr char16_t kSlow = 0xFFFE; // folds to several characters: take the general path

QString foldOne(QStringView piece)
{
    QString decomposed = piece.toString().normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        const auto cat = c.category();
        if (cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining ||
            cat == QChar::Mark_Enclosing) {
            continue;
        }
        // Đ/đ (and the look-alike Icelandic Ð/ð often typed for it) have no decomposition.
        const char16_t u = c.unicode();
        if (u == 0x0110 || u == 0x0111 || u == 0x00D0 || u == 0x00F0) {
            out += u'd';
            continue;
        }
        out += c;
    }
    return out.toCaseFolded();
}

struct Table
{
    std::array<char16_t, kTableLimit> map{};

    Table()
    {
        for (char32_t cp = 0; cp < kTableLimit; ++cp) {
            const QChar c(static_cast<char16_t>(cp));
            if (c.isSurrogate()) {
                map[cp] = kSlow;
                continue;
            }
            const QString folded = foldOne(QStringView(&c, 1));
            if (folded.isEmpty())
                map[cp] = kDrop;
            else if (folded.size() == 1)
                map[cp] = folded.at(0).unicode();
            else
                map[cp] = kSlow;
        }
    }
};

const Table &table()
{
    static const auto t = std::make_unique<Table>();
    return *t;
}

} // namespace

QString foldForSearch(QStringView text)
{
    const Table &t = table();
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        const char16_t u = text.at(i).unicode();
        if (u < kTableLimit) {
            const char16_t m = t.map[u];
            if (m == kDrop) {
                ++i;
                continue;
            }
            if (m != kSlow) {
                out += QChar(m);
                ++i;
                continue;
            }
        }
        // General path: a surrogate pair, or a character outside the table, together with the
        // combining marks that follow it.
        qsizetype end = i + 1;
        if (QChar::isHighSurrogate(u) && end < text.size() && text.at(end).isLowSurrogate())
            ++end;
        while (end < text.size() && text.at(end).unicode() >= 0x0300 &&
               text.at(end).unicode() < 0x0370) {
            ++end;
        }
        out += foldOne(text.mid(i, end - i));
        i = end;
    }
    return out;
}

} // namespace lt::text
