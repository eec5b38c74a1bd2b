#pragma once
// Constants shared by the three files of TcpEndpoint (tcp_endpoint.cpp,
// tcp_input.cpp, tcp_output.cpp). Internal to core/sim.
#include <cstdint>

namespace wirestep::tcp {

inline constexpr std::uint16_t kDefaultPeerMss = 536;          // RFC 9293 §3.7.1 (IPv4)
inline constexpr std::uint32_t kMaxWindow = 65535;             // no window scaling (RFC 7323)
inline constexpr std::int64_t kSynFallbackRtoUs = 3'000'000;   // RFC 6298 §5.7
inline constexpr std::uint32_t kTimeWaitIsnStep = 65537;       // Linux: tw_snd_nxt + 65537
inline constexpr int kDupAckThreshold = 3;                     // RFC 5681 §3.2
inline constexpr std::uint32_t kMinHalfWindowSegment = 48;     // Linux: 68 bytes less a TCP/IP header
inline constexpr std::int64_t kOutOfWindowAckIntervalUs = 500'000; // Linux tcp_invalid_ratelimit

} // namespace wirestep::tcp
