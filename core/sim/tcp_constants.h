#pragma once
// Constants and error tokens shared by the three files of TcpEndpoint (tcp_endpoint.cpp,
// tcp_input.cpp, tcp_output.cpp). Internal to core/sim.
#include <cstdint>
#include <string_view>

namespace wirestep::tcp {

inline constexpr std::uint16_t kDefaultPeerMss = 536;          // RFC 9293 §3.7.1 (IPv4)
inline constexpr std::uint32_t kMaxWindow = 65535;             // no window scaling (RFC 7323)
inline constexpr std::int64_t kSynFallbackRtoUs = 3'000'000;   // RFC 6298 §5.7
inline constexpr std::uint32_t kTimeWaitIsnStep = 65537;       // Linux: tw_snd_nxt + 65537
inline constexpr int kDupAckThreshold = 3;                     // RFC 5681 §3.2

// What the application is told (RFC 9293 §3.10 wording); narration translates the tokens.
namespace Err {
inline constexpr std::string_view DoesNotExist = "connection does not exist";
inline constexpr std::string_view AlreadyExists = "connection already exists";
inline constexpr std::string_view Closing = "connection closing";
inline constexpr std::string_view ForeignUnspecified = "foreign socket unspecified";
inline constexpr std::string_view Refused = "connection refused";
inline constexpr std::string_view Reset = "connection reset";
inline constexpr std::string_view TimedOut = "connection timed out";
} // namespace Err

} // namespace wirestep::tcp
