#pragma once

#include <QString>

namespace lt::text {

// A size as every part of the program shows it: "26,7 kB", "1,3 MB" (units of 1024 bytes, as
// Windows shows them to office staff), in the current locale's digits.
QString dataSize(qint64 bytes);

} // namespace lt::text
