#include "core/trace/tcp_state.h"

#include <array>

namespace wirestep {

std::string_view toString(TcpState s)
{
    switch (s) {
    case TcpState::Closed: return "CLOSED";
    case TcpState::Listen: return "LISTEN";
    case TcpState::SynSent: return "SYN_SENT";
    case TcpState::SynReceived: return "SYN_RECEIVED";
    case TcpState::Established: return "ESTABLISHED";
    case TcpState::FinWait1: return "FIN_WAIT_1";
    case TcpState::FinWait2: return "FIN_WAIT_2";
    case TcpState::CloseWait: return "CLOSE_WAIT";
    case TcpState::Closing: return "CLOSING";
    case TcpState::LastAck: return "LAST_ACK";
    case TcpState::TimeWait: return "TIME_WAIT";
    }
    return "?";
}

std::optional<TcpState> tcpStateFromString(std::string_view name)
{
    for (int i = 0; i < kTcpStateCount; ++i) {
        auto s = static_cast<TcpState>(i);
        if (toString(s) == name) return s;
    }
    return std::nullopt;
}

bool isSynchronized(TcpState s)
{
    switch (s) {
    case TcpState::Established:
    case TcpState::FinWait1:
    case TcpState::FinWait2:
    case TcpState::CloseWait:
    case TcpState::Closing:
    case TcpState::LastAck:
    case TcpState::TimeWait:
        return true;
    default:
        return false;
    }
}

bool isRfcTransition(TcpState from, TcpState to)
{
    using S = TcpState;
    // Any state can be left for CLOSED: ABORT, a valid RST, a retry limit, the user's CLOSE
    // in LISTEN/SYN_SENT, 2MSL in TIME_WAIT, the last ACK in LAST_ACK (RFC 9293 §3.10).
    if (to == S::Closed) return from != S::Closed;
    switch (from) {
    case S::Closed: return to == S::Listen || to == S::SynSent;
    case S::Listen: return to == S::SynReceived || to == S::SynSent; // SEND in LISTEN
    case S::SynSent: return to == S::SynReceived || to == S::Established;
    case S::SynReceived:
        // ESTABLISHED on ACK, FIN_WAIT_1 on CLOSE, LISTEN on RST (passive open),
        // CLOSE_WAIT when the ACK comes with a FIN.
        return to == S::Established || to == S::FinWait1 || to == S::Listen || to == S::CloseWait;
    case S::Established: return to == S::FinWait1 || to == S::CloseWait;
    case S::FinWait1: return to == S::FinWait2 || to == S::Closing || to == S::TimeWait;
    case S::FinWait2: return to == S::TimeWait;
    case S::CloseWait: return to == S::LastAck;
    case S::Closing: return to == S::TimeWait;
    case S::LastAck: return false;
    case S::TimeWait: return to == S::SynReceived; // a new SYN accepted in TIME_WAIT (§3.6.1)
    }
    return false;
}

std::vector<TcpState> rfcPathBetween(TcpState from, TcpState to)
{
    if (from == to || isRfcTransition(from, to)) return {};
    // Breadth first over the eleven states.
    std::array<int, kTcpStateCount> previous;
    previous.fill(-1);
    std::vector<TcpState> queue{from};
    previous[static_cast<std::size_t>(from)] = static_cast<int>(from);
    // SYN_RECEIVED before SYN_SENT: from LISTEN the way to ESTABLISHED is the passive open.
    using S = TcpState;
    constexpr std::array<S, kTcpStateCount> order{S::Closed, S::Listen, S::SynReceived, S::SynSent, S::Established, S::FinWait1,
                                                  S::FinWait2, S::CloseWait, S::Closing, S::LastAck, S::TimeWait};
    for (std::size_t i = 0; i < queue.size(); ++i) {
        const TcpState s = queue[i];
        for (const TcpState next : order) {
            const auto n = static_cast<int>(next);
            if (previous[static_cast<std::size_t>(n)] >= 0 || !isRfcTransition(s, next)) continue;
            previous[static_cast<std::size_t>(n)] = static_cast<int>(s);
            if (next == to) {
                std::vector<TcpState> path;
                for (auto at = static_cast<TcpState>(previous[static_cast<std::size_t>(n)]); at != from;
                     at = static_cast<TcpState>(previous[static_cast<std::size_t>(at)]))
                    path.insert(path.begin(), at);
                return path;
            }
            queue.push_back(next);
        }
    }
    return {};
}

} // namespace wirestep
