#pragma once
#include "node_id.h"
#include "segment.h"
#include "tcp_state.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace wirestep {

// What kind of thing happened (ARCHITECTURE.md "Words").
enum class EventKind {
    App,     // an application call (listen, connect, send, recv, close, ...) or what it was told
    Send,    // a segment leaves a node
    Deliver, // a segment arrives at a node
    Drop,    // a segment was lost; `reason` says why. `node` is the sender for losses on the
             // link (drawn half-way), the receiver for port-unreachable and node-down
    State,   // a TCP state change, with its cause
    Timer,   // a timer armed, fired or cancelled
    Link,    // the link was cut or healed
};
std::string_view toString(EventKind k);

enum class TimerKind { Retransmission, TimeWait, Keepalive, DelayedAck, FinWait2 };
std::string_view toString(TimerKind k); // "retransmission", "time_wait", "keepalive", ...

enum class TimerAction { Armed, Fired, Cancelled };
std::string_view toString(TimerAction a); // "armed", "fired", "cancelled"

// Why a segment was dropped. Machine tokens; narration and the UI translate them.
namespace DropReason {
inline constexpr std::string_view RandomLoss = "random-loss";
inline constexpr std::string_view Rule = "rule";            // a fault rule; see `ruleIndex`
inline constexpr std::string_view LinkDown = "link-down";
inline constexpr std::string_view PortUnreachable = "port-unreachable"; // UDP, nobody bound
inline constexpr std::string_view NodeDown = "node-down";   // the receiver has crashed
} // namespace DropReason

// One record of the trace. A flat struct: each kind fills the fields it needs.
struct TraceEvent {
    std::uint64_t id = 0;     // 1, 2, 3 ... in the order recorded; 0 = not yet recorded
    std::int64_t tUs = 0;     // simulated time in microseconds
    EventKind kind = EventKind::App;
    NodeId node = NodeId::Client;
    std::uint64_t cause = 0;  // id of the event that caused this one; 0 = none

    // App: the call ("connect", "send", ...), the byte count where it has one (-1 = none),
    // the data itself where it is text, and the error the application was told, if any.
    std::string call;
    std::int64_t bytes = -1;
    std::string data;
    std::string error;

    // Send, Deliver, Drop: the segment. Drop: why, and which fault rule (-1 = none).
    Segment seg;
    std::string reason;
    int ruleIndex = -1;

    // State: from -> to.
    TcpState from = TcpState::Closed;
    TcpState to = TcpState::Closed;

    // Timer: which, what happened to it, when it will fire, and for how long it was set.
    TimerKind timer = TimerKind::Retransmission;
    TimerAction action = TimerAction::Armed;
    std::int64_t deadlineUs = 0;
    std::int64_t durationUs = 0;

    // Link: "cut" or "heal" in `call`.

    // Set on events that only happen because a node runs a deliberately broken variant of
    // TCP (a two-way handshake, no TIME_WAIT): "two-way-handshake", "no-time-wait".
    std::string counterfactual;

    // Events made from a real capture (core/capture, docs/captures.md). `inferred`: a state
    // change or timer the capture does not show but the segments imply (a State event's
    // `reason` then names what the inference rests on when that is not plain: "mid-connection",
    // "passive-open", "no-listener"). `analysis`: a send's Wireshark-style analysis labels,
    // tokens separated by commas ("retransmission", "duplicate-ack#2" ...).
    bool inferred = false;
    std::string analysis;
};

} // namespace wirestep
