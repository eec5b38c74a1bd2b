#pragma once
#include <optional>
#include <string_view>

namespace wirestep {

// Where the exported capture is taken (docs/wire-format.md, "Capture points").
enum class CapturePoint {
    Wire,   // on the link: every segment as it left its sender, dropped ones included
    Client, // on the client host: what it sends and what arrives at it
    Server, // on the server host, likewise
};

std::string_view toString(CapturePoint p); // "wire", "client", "server"
std::optional<CapturePoint> capturePointFromString(std::string_view s);

} // namespace wirestep
