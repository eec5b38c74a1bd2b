#pragma once
#include <optional>
#include <string_view>
#include <vector>

namespace wirestep {

// The eleven states of RFC 9293 §3.3.2. Display names come from toString(), never from a
// parallel array, so that they cannot drift from the enum.
enum class TcpState {
    Closed,
    Listen,
    SynSent,
    SynReceived,
    Established,
    FinWait1,
    FinWait2,
    CloseWait,
    Closing,
    LastAck,
    TimeWait,
};

inline constexpr int kTcpStateCount = 11;

// "CLOSED", "LISTEN", "SYN_SENT", ... "TIME_WAIT".
std::string_view toString(TcpState s);
std::optional<TcpState> tcpStateFromString(std::string_view s);

// ESTABLISHED .. TIME_WAIT (RFC 9293 §3.3.2: the synchronized states).
bool isSynchronized(TcpState s);

// True if RFC 9293 figure 5 (plus the abort/reset edges of §3.10) has an edge from -> to.
bool isRfcTransition(TcpState from, TcpState to);
// The states a connection passes through between `from` and `to` on a shortest path of
// isRfcTransition edges, without the two ends: empty when `to` follows `from` directly (or
// cannot be reached at all).
std::vector<TcpState> rfcPathBetween(TcpState from, TcpState to);

} // namespace wirestep
