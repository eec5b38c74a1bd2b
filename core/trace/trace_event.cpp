#include "core/trace/trace_event.h"

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

} // namespace wirestep
