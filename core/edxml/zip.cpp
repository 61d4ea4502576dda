#include "core/edxml/zip_p.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <zlib.h>

namespace lt::edxml::detail {
namespace {
struct ZipTr
{
    Q_DECLARE_TR_FUNCTIONS(lt::edxml::Package)
};

constexpr quint32 kLocal = 0x04034b50;
constexpr quint32 kCentral = 0x02014b50;
constexpr quint32 kEnd = 0x06054b50;
constexpr qint64 kChunk = 256 * 1024;

quint16 u16(const char *p)
{
    return quint16(quint8(p[0]) | (quint8(p[1]) << 8));
}
quint32 u32(const char *p)
{
    return quint32(u16(p)) | (quint32(u16(p + 2)) << 16);
}
void put16(QByteArray &b, quint16 v)
{
    b.append(char(v & 0xff));
    b.append(char(v >> 8));
}
void put32(QByteArray &b, quint32 v)
{
    put16(b, quint16(v & 0xffff));
    put16(b, quint16(v >> 16));
}

Error broken(const QString &detail)
{
    return Error{ErrorCode::InvalidArgument,
                 ZipTr::tr("A zipped attachment is damaged or not a zip archive."), detail};
}
} // namespace

Status unzipFirst(const QString &zipFile, const QString &outFile, qint64 maxSize, double maxRatio)
{
    QFile in(zipFile);
    if (!in.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, ZipTr::tr("A received file cannot be read."), zipFile};
    const qint64 size = in.size();
    if (size < 22)
        return broken(QStringLiteral("shorter than an end record"));
    // The end of central directory record: the last 22 bytes, or earlier behind a comment.
    const qint64 tail = qMin<qint64>(size, 22 + 65535);
    in.seek(size - tail);
    const QByteArray end = in.read(tail);
    qsizetype at = -1;
    for (qsizetype i = end.size() - 22; i >= 0; --i) {
        if (u32(end.constData() + i) == kEnd) {
            at = i;
            break;
        }
    }
    if (at < 0)
        return broken(QStringLiteral("no end record"));
    const char *e = end.constData() + at;
    const quint16 entries = u16(e + 10);
    const quint32 cdOffset = u32(e + 16);
    if (entries == 0)
        return broken(QStringLiteral("empty archive"));
    if (entries == 0xffff || cdOffset == 0xffffffff)
        return broken(QStringLiteral("ZIP64"));
    if (!in.seek(cdOffset))
        return broken(QStringLiteral("central directory outside the file"));
    const QByteArray cd = in.read(46);
    if (cd.size() < 46 || u32(cd.constData()) != kCentral)
        return broken(QStringLiteral("no central directory entry"));
    const char *c = cd.constData();
    const quint16 flags = u16(c + 8);
    const quint16 method = u16(c + 10);
    const quint32 crc = u32(c + 16);
    const quint32 packed = u32(c + 20);
    const quint32 unpacked = u32(c + 24);
    const quint32 localOffset = u32(c + 42);
    if (flags & 1)
        return broken(QStringLiteral("encrypted entry"));
    if (packed == 0xffffffff || unpacked == 0xffffffff || localOffset == 0xffffffff)
        return broken(QStringLiteral("ZIP64 entry"));
    if (method != 0 && method != 8)
        return broken(QStringLiteral("compression method %1").arg(method));
    auto tooBig = [&] {
        return Error{
            ErrorCode::InvalidArgument,
            ZipTr::tr("A zipped attachment unpacks to more than is allowed (a zip bomb?)."),
            QStringLiteral("declared %1 bytes from %2").arg(unpacked).arg(packed)};
    };
    if (qint64(unpacked) > maxSize || (packed > 0 && double(unpacked) / packed > maxRatio))
        return tooBig();
    if (!in.seek(localOffset))
        return broken(QStringLiteral("local header outside the file"));
    const QByteArray local = in.read(30);
    if (local.size() < 30 || u32(local.constData()) != kLocal)
        return broken(QStringLiteral("no local header"));
    const qint64 dataAt =
        qint64(localOffset) + 30 + u16(local.constData() + 26) + u16(local.constData() + 28);
    if (dataAt + qint64(packed) > size || !in.seek(dataAt))
        return broken(QStringLiteral("entry beyond the file"));

    QSaveFile out(outFile);
    if (!out.open(QIODevice::WriteOnly))
        return Error{ErrorCode::Io, ZipTr::tr("A received file cannot be saved."), outFile};
    z_stream z{};
    if (method == 8 && inflateInit2(&z, -MAX_WBITS) != Z_OK)
        return broken(QStringLiteral("inflateInit2"));
    uLong sum = crc32(0, nullptr, 0);
    qint64 produced = 0;
    qint64 left = packed;
    QByteArray buffer(kChunk, Qt::Uninitialized);
    bool finished = method == 0;
    Status status;
    while (left > 0 && status) {
        const QByteArray chunk = in.read(qMin(left, kChunk));
        if (chunk.isEmpty()) {
            status = broken(QStringLiteral("short read"));
            break;
        }
        left -= chunk.size();
        if (method == 0) {
            produced += chunk.size();
            sum =
                crc32(sum, reinterpret_cast<const Bytef *>(chunk.constData()), uInt(chunk.size()));
            if (produced > maxSize)
                status = tooBig();
            else
                out.write(chunk);
            continue;
        }
        z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(chunk.constData()));
        z.avail_in = uInt(chunk.size());
        while (z.avail_in > 0 && !finished) {
            z.next_out = reinterpret_cast<Bytef *>(buffer.data());
            z.avail_out = uInt(buffer.size());
            const int rc = inflate(&z, Z_NO_FLUSH);
            if (rc != Z_OK && rc != Z_STREAM_END) {
                status = broken(QStringLiteral("inflate %1").arg(rc));
                break;
            }
            const qint64 n = buffer.size() - qint64(z.avail_out);
            produced += n;
            // Never trust the declared size: stop as soon as the output passes the limit.
            if (produced > maxSize || produced > qint64(unpacked)) {
                status = tooBig();
                break;
            }
            sum = crc32(sum, reinterpret_cast<const Bytef *>(buffer.constData()), uInt(n));
            out.write(buffer.constData(), n);
            finished = rc == Z_STREAM_END;
        }
    }
    if (method == 8)
        inflateEnd(&z);
    if (!status)
        return status;
    if (!finished || produced != qint64(unpacked) || sum != crc)
        return broken(QStringLiteral("size or CRC differs"));
    if (!out.commit())
        return Error{ErrorCode::Io, ZipTr::tr("A received file cannot be saved."), outFile};
    return {};
}

Status zipOne(const QString &inFile, const QString &entryName, const QString &zipFile)
{
    QFile in(inFile);
    if (!in.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, ZipTr::tr("\"%1\" cannot be read.").arg(inFile)};
    if (in.size() >= 0xffffffffLL)
        return Error{ErrorCode::InvalidArgument,
                     ZipTr::tr("\"%1\" is too large to zip.").arg(inFile)};
    QSaveFile out(zipFile);
    if (!out.open(QIODevice::WriteOnly))
        return Error{ErrorCode::Io, ZipTr::tr("\"%1\" cannot be written.").arg(zipFile)};
    const QByteArray name = entryName.toUtf8();
    // The local header with sizes and CRC zero, rewritten once they are known.
    QByteArray header;
    put32(header, kLocal);
    put16(header, 20);
    put16(header, 1 << 11); // UTF-8 names
    put16(header, 8);
    put32(header, 0); // time, date
    put32(header, 0); // crc
    put32(header, 0); // packed
    put32(header, 0); // unpacked
    put16(header, quint16(name.size()));
    put16(header, 0);
    header.append(name);
    out.write(header);

    z_stream z{};
    deflateInit2(&z, 6, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    QByteArray buffer(kChunk, Qt::Uninitialized);
    uLong sum = crc32(0, nullptr, 0);
    qint64 packed = 0;
    qint64 unpacked = 0;
    int flush = Z_NO_FLUSH;
    do {
        const QByteArray chunk = in.read(kChunk);
        flush = in.atEnd() ? Z_FINISH : Z_NO_FLUSH;
        unpacked += chunk.size();
        sum = crc32(sum, reinterpret_cast<const Bytef *>(chunk.constData()), uInt(chunk.size()));
        z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(chunk.constData()));
        z.avail_in = uInt(chunk.size());
        do {
            z.next_out = reinterpret_cast<Bytef *>(buffer.data());
            z.avail_out = uInt(buffer.size());
            deflate(&z, flush);
            const qint64 n = buffer.size() - qint64(z.avail_out);
            packed += n;
            out.write(buffer.constData(), n);
        } while (z.avail_out == 0);
    } while (flush != Z_FINISH);
    deflateEnd(&z);
    if (packed >= 0xffffffffLL)
        return Error{ErrorCode::InvalidArgument,
                     ZipTr::tr("\"%1\" is too large to zip.").arg(inFile)};

    QByteArray central;
    put32(central, kCentral);
    put16(central, 20);
    put16(central, 20);
    put16(central, 1 << 11);
    put16(central, 8);
    put32(central, 0);
    put32(central, quint32(sum));
    put32(central, quint32(packed));
    put32(central, quint32(unpacked));
    put16(central, quint16(name.size()));
    put16(central, 0);
    put16(central, 0);
    put16(central, 0);
    put16(central, 0);
    put32(central, 0);
    put32(central, 0); // local header at 0
    central.append(name);
    const qint64 cdOffset = header.size() + packed;
    QByteArray end;
    put32(end, kEnd);
    put16(end, 0);
    put16(end, 0);
    put16(end, 1);
    put16(end, 1);
    put32(end, quint32(central.size()));
    put32(end, quint32(cdOffset));
    put16(end, 0);
    out.write(central);
    out.write(end);
    // Sizes and CRC into the local header.
    QByteArray fixed;
    put32(fixed, quint32(sum));
    put32(fixed, quint32(packed));
    put32(fixed, quint32(unpacked));
    out.seek(14);
    out.write(fixed);
    if (!out.commit())
        return Error{ErrorCode::Io, ZipTr::tr("\"%1\" cannot be written.").arg(zipFile)};
    return {};
}

} // namespace lt::edxml::detail
