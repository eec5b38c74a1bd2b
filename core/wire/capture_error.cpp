#include "core/wire/capture_error.h"

namespace wirestep {

std::string_view toString(CaptureError::Kind k)
{
    switch (k) {
    case CaptureError::Kind::None: return "none";
    case CaptureError::Kind::CannotOpen: return "cannot-open";
    case CaptureError::Kind::NotRegular: return "not-regular";
    case CaptureError::Kind::Empty: return "empty";
    case CaptureError::Kind::NotACapture: return "not-a-capture";
    case CaptureError::Kind::TruncatedHeader: return "truncated-header";
    case CaptureError::Kind::UnsupportedLinkType: return "unsupported-link-type";
    case CaptureError::Kind::TruncatedRecord: return "truncated-record";
    case CaptureError::Kind::Damaged: return "damaged";
    }
    return "?";
}

} // namespace wirestep
