#pragma once

#include "core/result.h"

#include <QString>

namespace lt::pdf {

// QtPdf 6.4 draws no widget annotations, so a signed PDF would show without its stamps. The
// display copy paints every printable annotation's normal appearance into its page's content
// and drops the annotations: the same look as in Adobe Reader or poppler, in any viewer. The
// original file is never touched; the copy goes to `output` atomically.
struct DisplayCopyReport
{
    int pages = 0;
    int stampsPainted = 0;
};

Result<DisplayCopyReport> makeDisplayCopy(const QString &input, const QString &output);

// The display copy of `input` in `cacheDir`, named by the input's SHA-256 and made once.
Result<QString> cachedDisplayCopy(const QString &input, const QString &cacheDir);
// The same when the input's SHA-256 (raw bytes) is known (attachments are named by it).
Result<QString> cachedDisplayCopy(const QString &input, const QByteArray &sha256,
                                  const QString &cacheDir);
// Where the display copy of a file with this SHA-256 is (or will be) kept.
QString displayCopyPath(const QByteArray &sha256, const QString &cacheDir);

} // namespace lt::pdf
