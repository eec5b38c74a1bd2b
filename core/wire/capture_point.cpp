#include "core/wire/capture_point.h"

namespace wirestep {

std::string_view toString(CapturePoint p)
{
    switch (p) {
    case CapturePoint::Wire: return "wire";
    case CapturePoint::Client: return "client";
    case CapturePoint::Server: return "server";
    }
    return "?";
}

std::optional<CapturePoint> capturePointFromString(std::string_view s)
{
    for (auto p : {CapturePoint::Wire, CapturePoint::Client, CapturePoint::Server})
        if (toString(p) == s) return p;
    return std::nullopt;
}

} // namespace wirestep
