#pragma once
#include "core/trace/node_id.h"
#include "core/trace/segment.h"
#include "core/trace/tcp_state.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace wirestep {

// What kind of thing happened (docs/architecture.md "Words").
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

// What an application did, or what it was told (`app` events). Machine tokens (toString) are the
// JSON Lines `call` values; narration and the UI translate them.
enum class AppCall : std::uint8_t {
    None,      // not an app event
    // Calls the application makes.
    Listen, Bind, Accept, Connect, Send, Recv, Shutdown, Close, Abort, Sendto, Recvfrom,
    // What a call returns: end of file (the peer's FIN read), an error.
    Eof, Error,
    // What happens to the host.
    Crash, Reboot,
    // Live labs: what the kernel reports to the program through Qt's signals (connected(),
    // disconnected(), bytesWritten()); these are notifications, not calls.
    Connected, Disconnected, Written,
};
std::string_view toString(AppCall c);          // "listen", "connect", ..., "" for None
std::optional<AppCall> appCallFromString(std::string_view token);
// The application made this call (as opposed to being told something, or the host failing).
bool isApplicationCall(AppCall c);

// The error an application is told. Tokens are RFC 9293 §3.10's wording (toString), the JSON
// Lines `error` values.
enum class AppError : std::uint8_t {
    None,
    DoesNotExist,       // "connection does not exist"
    AlreadyExists,      // "connection already exists"
    Closing,            // "connection closing"
    ForeignUnspecified, // "foreign socket unspecified"
    Refused,            // "connection refused" (ECONNREFUSED)
    Reset,              // "connection reset" (ECONNRESET)
    TimedOut,           // "connection timed out" (ETIMEDOUT)
    AddressInUse,       // "address already in use" (EADDRINUSE, from bind())
    PeerClosed,         // "remote host closed the connection" (live labs: the peer's FIN)
    Other,              // anything else a live lab's socket reports; its text is in `data`
};
std::string_view toString(AppError e);
std::optional<AppError> appErrorFromString(std::string_view token);

// Why a segment was dropped (`drop` events). Tokens are the JSON Lines `reason` values.
enum class DropReason : std::uint8_t {
    None,
    RandomLoss,      // "random-loss"
    Rule,            // "rule": a fault rule; see `ruleIndex`
    LinkDown,        // "link-down"
    PortUnreachable, // "port-unreachable": UDP, nobody bound
    NodeDown,        // "node-down": the receiver has crashed
};
std::string_view toString(DropReason r);
std::optional<DropReason> dropReasonFromString(std::string_view token);

// What an inferred state change rests on (`state` events made from a capture, core/capture;
// docs/captures.md "Inferred states"). Tokens are the JSON Lines `reason` values of such events.
enum class InferenceBasis : std::uint8_t {
    None,
    MidConnection, // "mid-connection": the capture starts after the handshake
    PassiveOpen,   // "passive-open": it answered a SYN with SYN,ACK, so it was listening
    NoListener,    // "no-listener": it answered a SYN with RST
    Refused,       // "refused": its SYN was answered with RST
    Reset,         // "reset": it received an acceptable RST
    Abort,         // "abort": it sent a RST
    // Live labs: a state the kernel poll missed.
    Segment,       // "segment": a captured segment can only leave from it or lead to it (a SYN,ACK from SYN_RECEIVED)
    StateDiagram,  // "state-diagram": RFC 9293's state diagram has no other way between the states seen
};
std::string_view toString(InferenceBasis b);
std::optional<InferenceBasis> inferenceBasisFromString(std::string_view token);

// What happened to the link (`link` events). Tokens are the JSON Lines `action` values.
enum class LinkChange : std::uint8_t { Cut, Heal };
std::string_view toString(LinkChange c); // "cut", "heal"

// One record of the trace. A flat struct: each kind fills the fields it needs.
struct TraceEvent {
    std::uint64_t id = 0;     // 1, 2, 3 ... in the order recorded; 0 = not yet recorded
    std::int64_t tUs = 0;     // simulated time in microseconds
    EventKind kind = EventKind::App;
    NodeId node = NodeId::Client;
    std::uint64_t cause = 0;  // id of the event that caused this one; 0 = none

    // App: the call (or what the application was told), the byte count where it has one
    // (-1 = none), the data itself where it is text, and the error the application was told.
    AppCall call = AppCall::None;
    std::int64_t bytes = -1;
    std::string data;
    AppError error = AppError::None;

    // Send, Deliver, Drop: the segment. Drop: why, and which fault rule (-1 = none).
    Segment seg;
    DropReason reason = DropReason::None;
    int ruleIndex = -1;

    // State: from -> to.
    TcpState from = TcpState::Closed;
    TcpState to = TcpState::Closed;

    // Timer: which, what happened to it, when it will fire, and for how long it was set.
    TimerKind timer = TimerKind::Retransmission;
    TimerAction action = TimerAction::Armed;
    std::int64_t deadlineUs = 0;
    std::int64_t durationUs = 0;

    // Link: cut or healed.
    LinkChange link = LinkChange::Cut;

    // Set on events that only happen because a node runs a deliberately broken variant of
    // TCP (a two-way handshake, no TIME_WAIT): "two-way-handshake", "no-time-wait".
    std::string counterfactual;

    // Events made from a real capture (core/capture, docs/captures.md). `inferred`: a state
    // change or timer the capture does not show but the segments imply; `basis` says what a
    // state's inference rests on when that is not plain. `analysis`: a send's Wireshark-style
    // analysis labels, tokens separated by commas ("retransmission", "duplicate-ack#2" ...).
    bool inferred = false;
    InferenceBasis basis = InferenceBasis::None;
    std::string analysis;
};

// An `app` event: the one way to build one.
TraceEvent appEvent(NodeId node, AppCall call, AppError error = AppError::None, std::int64_t bytes = -1,
                    std::string data = {});

} // namespace wirestep
