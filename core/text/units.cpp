#include "core/text/units.h"

#include <QLocale>

namespace lt::text {

QString dataSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, bytes < 1024 ? 0 : 1,
                                       QLocale::DataSizeTraditionalFormat);
}

} // namespace lt::text
