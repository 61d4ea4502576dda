#pragma once

// One file in a zip archive, as public edXML senders wrap each attachment: read (stored or
// deflated, the first entry, sizes from the central directory, never trusted) and written
// (deflated). zlib does the compression; the archive's few headers are written here.
#include "core/result.h"

#include <QString>

namespace lt::edxml::detail {

// Unzips the first entry of the archive `zipFile` into `outFile`. Refuses more than `maxSize`
// bytes out, a ratio above `maxRatio`, a wrong CRC, ZIP64 and encrypted entries.
Status unzipFirst(const QString &zipFile, const QString &outFile, qint64 maxSize, double maxRatio);

// Writes `inFile` as the only entry (named `entryName`) of a new archive `zipFile`.
Status zipOne(const QString &inFile, const QString &entryName, const QString &zipFile);

} // namespace lt::edxml::detail
