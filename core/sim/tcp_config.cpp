#include "core/sim/tcp_config.h"

namespace wirestep {

std::string_view toString(TimerProfile p)
{
    switch (p) {
    case TimerProfile::Linux: return "linux";
    case TimerProfile::Rfc: return "rfc";
    case TimerProfile::Classroom: return "classroom";
    }
    return "?";
}

std::optional<TimerProfile> timerProfileFromString(std::string_view s)
{
    for (auto p : {TimerProfile::Linux, TimerProfile::Rfc, TimerProfile::Classroom})
        if (toString(p) == s) return p;
    return std::nullopt;
}

TcpTimers rebased(const TcpTimers &timers, TimerProfile from, TimerProfile to)
{
    const TcpTimers old = timersFor(from);
    TcpTimers t = timersFor(to);
    const auto keep = [&](auto TcpTimers::*field) {
        if (timers.*field != old.*field) t.*field = timers.*field;
    };
    keep(&TcpTimers::rtoInitialUs);
    keep(&TcpTimers::rtoMinUs);
    keep(&TcpTimers::rtoMaxUs);
    keep(&TcpTimers::synRetries);
    keep(&TcpTimers::synAckRetries);
    keep(&TcpTimers::dataRetries);
    keep(&TcpTimers::timeWaitUs);
    keep(&TcpTimers::finWait2Us);
    keep(&TcpTimers::keepaliveIdleUs);
    keep(&TcpTimers::keepaliveIntervalUs);
    keep(&TcpTimers::keepaliveProbes);
    keep(&TcpTimers::delayedAckUs);
    static_assert(sizeof(TcpTimers) == 9 * sizeof(std::int64_t) + 4 * sizeof(int) || sizeof(void *) != 8,
                  "TcpTimers changed: rebased() must keep the new field too");
    return t;
}

TcpTimers timersFor(TimerProfile profile)
{
    TcpTimers t; // the defaults are Linux's (docs/tcp-reference.md §3)
    switch (profile) {
    case TimerProfile::Linux:
        break;
    case TimerProfile::Rfc:
        t.rtoInitialUs = 1'000'000;      // RFC 6298 §2.1
        t.rtoMinUs = 1'000'000;          // RFC 6298 §2.4
        t.rtoMaxUs = 60'000'000;         // RFC 6298 §2.5: at least 60 s
        t.synRetries = 7;                // 1+2+4+8+16+32+60+60 s: R2 for SYN >= 3 min (RFC 9293 §3.8.3)
        t.synAckRetries = 7;
        t.dataRetries = 7;               // R2 for data >= 100 s
        t.timeWaitUs = 240'000'000;      // 2MSL, MSL = 2 min (RFC 9293 §3.4.2)
        t.finWait2Us = 0;                // the RFC has no FIN_WAIT_2 timeout
        t.keepaliveIdleUs = 7200'000'000;
        t.keepaliveIntervalUs = 75'000'000;
        t.keepaliveProbes = 9;
        t.delayedAckUs = 200'000;        // RFC 1122 §4.2.3.2: < 0.5 s; 200 ms is common
        break;
    case TimerProfile::Classroom:
        t.rtoInitialUs = 1'000'000;
        t.rtoMinUs = 200'000;
        t.rtoMaxUs = 8'000'000;
        t.synRetries = 4;
        t.synAckRetries = 4;
        t.dataRetries = 5;
        t.timeWaitUs = 4'000'000;        // MSL 2 s
        t.finWait2Us = 10'000'000;
        t.keepaliveIdleUs = 10'000'000;
        t.keepaliveIntervalUs = 2'000'000;
        t.keepaliveProbes = 3;
        t.delayedAckUs = 200'000;
        break;
    }
    return t;
}

} // namespace wirestep
