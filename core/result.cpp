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
    case ErrorCode::Unauthorized:
        return ErrorTr::tr("You are not signed in, or your session has expired.");
    case ErrorCode::Locked:
        return ErrorTr::tr("The account is locked for a while after too many wrong passwords.");
    case ErrorCode::Conflict:
        return ErrorTr::tr("The document has changed; the action no longer applies.");
    case ErrorCode::Offline:
        return ErrorTr::tr("The server cannot be reached. Your work is kept and sent later.");
    case ErrorCode::ServerError:
        return ErrorTr::tr("The server reported an error.");
    case ErrorCode::WrongPin:
        return ErrorTr::tr("The PIN is wrong.");
    case ErrorCode::PinLocked:
        return ErrorTr::tr(
            "The token's PIN is locked. Ask your certificate provider to unlock it.");
    case ErrorCode::TokenRemoved:
        return ErrorTr::tr("The token was removed. Plug it in and try again.");
    case ErrorCode::Internal:
        break;
    }
    return ErrorTr::tr("An internal error occurred.");
}

} // namespace lt
