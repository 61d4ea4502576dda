#include "core/result.h"

#include <QCoreApplication>

namespace lt {

namespace {
struct ErrorTr
{
    Q_DECLARE_TR_FUNCTIONS(lt::Error)
};
} // namespace

QString errorText(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidArgument:
        return ErrorTr::tr("The input is not valid.");
    case ErrorCode::NotAllowed:
        return ErrorTr::tr("This action is not allowed.");
    case ErrorCode::NotFound:
        return ErrorTr::tr("Not found.");
    case ErrorCode::Unavailable:
        return ErrorTr::tr("The service is not available.");
    case ErrorCode::Io:
        return ErrorTr::tr("A file could not be read or written.");
    case ErrorCode::Timeout:
        return ErrorTr::tr("The operation timed out.");
    case ErrorCode::Cancelled:
        return ErrorTr::tr("The operation was cancelled.");
    case ErrorCode::Internal:
        break;
    }
    return ErrorTr::tr("An internal error occurred.");
}

} // namespace lt
