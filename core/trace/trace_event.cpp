#include "core/trace/trace_event.h"

#include <iterator>

namespace wirestep {

std::string_view toString(EventKind k)
{
    switch (k) {
    case EventKind::App: return "app";
    case EventKind::Send: return "send";
    case EventKind::Deliver: return "deliver";
    case EventKind::Drop: return "drop";
    case EventKind::State: return "state";
    case EventKind::Timer: return "timer";
    case EventKind::Link: return "link";
    }
    return "?";
}

std::string_view toString(TimerKind k)
{
    switch (k) {
    case TimerKind::Retransmission: return "retransmission";
    case TimerKind::TimeWait: return "time_wait";
    case TimerKind::Keepalive: return "keepalive";
    case TimerKind::DelayedAck: return "delayed_ack";
    case TimerKind::FinWait2: return "fin_wait_2";
    }
    return "?";
}

std::string_view toString(TimerAction a)
{
    switch (a) {
    case TimerAction::Armed: return "armed";
    case TimerAction::Fired: return "fired";
    case TimerAction::Cancelled: return "cancelled";
    }
    return "?";
}

namespace {

// One table per enum: the token of each value, in the enum's order. The only place these tokens
// are written.
constexpr std::string_view kAppCallTokens[] = {
    "", "listen", "bind", "accept", "connect", "send", "recv", "shutdown", "close", "abort", "sendto", "recvfrom",
    "eof", "error", "crash", "reboot", "connected", "disconnected", "written",
};
static_assert(std::size(kAppCallTokens) == static_cast<std::size_t>(AppCall::Written) + 1);

constexpr std::string_view kAppErrorTokens[] = {
    "", "connection does not exist", "connection already exists", "connection closing",
    "foreign socket unspecified", "connection refused", "connection reset", "connection timed out",
    "address already in use", "remote host closed the connection", "other",
};
static_assert(std::size(kAppErrorTokens) == static_cast<std::size_t>(AppError::Other) + 1);

constexpr std::string_view kDropReasonTokens[] = {
    "", "random-loss", "rule", "link-down", "port-unreachable", "node-down",
};
static_assert(std::size(kDropReasonTokens) == static_cast<std::size_t>(DropReason::NodeDown) + 1);

constexpr std::string_view kInferenceBasisTokens[] = {
    "", "mid-connection", "passive-open", "no-listener", "refused", "reset", "abort", "segment", "state-diagram",
};
static_assert(std::size(kInferenceBasisTokens) == static_cast<std::size_t>(InferenceBasis::StateDiagram) + 1);

constexpr std::string_view kSendCauseTokens[] = {
    "", "timeout", "fast-retransmit", "recovery", "repeated-syn", "window-probe", "keepalive-probe", "tail-loss-probe",
};
static_assert(std::size(kSendCauseTokens) == static_cast<std::size_t>(SendCause::TailLossProbe) + 1);

template <typename E, std::size_t N> std::string_view tokenOf(E e, const std::string_view (&tokens)[N])
{
    const auto i = static_cast<std::size_t>(e);
    return i < N ? tokens[i] : std::string_view("?");
}

template <typename E, std::size_t N> std::optional<E> fromToken(std::string_view token, const std::string_view (&tokens)[N])
{
    if (token.empty()) return std::nullopt;
    for (std::size_t i = 0; i < N; ++i)
        if (tokens[i] == token) return static_cast<E>(i);
    return std::nullopt;
}

} // namespace

std::string_view toString(AppCall c) { return tokenOf(c, kAppCallTokens); }
std::optional<AppCall> appCallFromString(std::string_view token) { return fromToken<AppCall>(token, kAppCallTokens); }

bool isApplicationCall(AppCall c)
{
    switch (c) {
    case AppCall::Listen: case AppCall::Bind: case AppCall::Accept: case AppCall::Connect: case AppCall::Send:
    case AppCall::Recv: case AppCall::Shutdown: case AppCall::Close: case AppCall::Abort: case AppCall::Sendto:
    case AppCall::Recvfrom:
        return true;
    default: return false;
    }
}

std::string_view toString(AppError e) { return tokenOf(e, kAppErrorTokens); }
std::optional<AppError> appErrorFromString(std::string_view token) { return fromToken<AppError>(token, kAppErrorTokens); }

std::string_view toString(SendCause c) { return tokenOf(c, kSendCauseTokens); }
std::optional<SendCause> sendCauseFromString(std::string_view token) { return fromToken<SendCause>(token, kSendCauseTokens); }

std::string_view toString(DropReason r) { return tokenOf(r, kDropReasonTokens); }
std::optional<DropReason> dropReasonFromString(std::string_view token) { return fromToken<DropReason>(token, kDropReasonTokens); }

TraceEvent appEvent(NodeId node, AppCall call, AppError error, std::int64_t bytes, std::string data)
{
    TraceEvent ev;
    ev.kind = EventKind::App;
    ev.node = node;
    ev.call = call;
    ev.error = error;
    ev.bytes = bytes;
    ev.data = std::move(data);
    return ev;
}

std::string_view toString(InferenceBasis b) { return tokenOf(b, kInferenceBasisTokens); }
std::optional<InferenceBasis> inferenceBasisFromString(std::string_view token)
{
    return fromToken<InferenceBasis>(token, kInferenceBasisTokens);
}

std::string_view toString(LinkChange c) { return c == LinkChange::Cut ? "cut" : "heal"; }

} // namespace wirestep
