#pragma once
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace wirestep {

// Timer profiles (docs/tcp-reference.md §3): `linux` follows Linux's constants, `rfc` the RFCs'
// minimums, `classroom` the same rules with values short enough to watch.
enum class TimerProfile { Linux, Rfc, Classroom };
std::string_view toString(TimerProfile p); // "linux", "rfc", "classroom"
std::optional<TimerProfile> timerProfileFromString(std::string_view s);

// Every timer value a TCP node uses. All in microseconds; a retry count of N means the segment
// is sent N more times before the connection is given up.
struct TcpTimers {
    std::int64_t rtoInitialUs = 1'000'000;  // RFC 6298 §2.1: 1 s before the first RTT sample
    std::int64_t rtoMinUs = 200'000;        // RFC 6298 §2.4 says 1 s; Linux TCP_RTO_MIN 200 ms
    std::int64_t rtoMaxUs = 120'000'000;    // Linux TCP_RTO_MAX
    int synRetries = 6;                     // Linux tcp_syn_retries
    int synAckRetries = 5;                  // Linux tcp_synack_retries
    int dataRetries = 15;                   // Linux tcp_retries2
    std::int64_t timeWaitUs = 60'000'000;   // 2MSL; Linux TCP_TIMEWAIT_LEN
    std::int64_t finWait2Us = 60'000'000;   // Linux tcp_fin_timeout; 0 = wait forever
    std::int64_t keepaliveIdleUs = 7200'000'000; // RFC 1122 §4.2.3.6: >= 2 h
    std::int64_t keepaliveIntervalUs = 75'000'000;
    int keepaliveProbes = 9;
    std::int64_t delayedAckUs = 40'000;     // Linux's minimum delayed-ACK time; RFC 1122: <= 500 ms

    bool operator==(const TcpTimers &) const = default;
};

TcpTimers timersFor(TimerProfile profile);
// `timers` (set up from profile `from`, perhaps with some values of its own) moved to profile
// `to`: the values `timers` set itself stay, every other value becomes `to`'s. So a scenario's own
// timer values win over a profile chosen later (wirestep-cli --profile, the link panel).
TcpTimers rebased(const TcpTimers &timers, TimerProfile from, TimerProfile to);

enum class HandshakeMode {
    ThreeWay, // RFC 9293
    TwoWay,   // counterfactual: a bare SYN opens the connection (shows why the 3rd step exists)
};

// Per-node TCP options (a scenario's node settings).
struct TcpConfig {
    std::uint16_t port = 0;               // local port
    std::optional<std::uint32_t> isn;     // fixed initial sequence number; else drawn from the seed
    std::vector<std::uint32_t> laterIsns; // with `isn`: the ISNs of the next connections, in order
                                          // (RFC 793 figure 9's second SYN,ACK); then the ISN clock
    std::uint16_t mss = 1460;             // announced in the SYN
    std::uint32_t receiveBuffer = 65535;  // advertised window when empty
    TimerProfile profile = TimerProfile::Linux;
    // The linux profile also follows Linux's behaviour where Linux departs from the letter of
    // the RFCs (docs/tcp-reference.md §7): resets with ACK, a silent give-up on data.
    bool linuxBehaviour() const { return profile == TimerProfile::Linux; }
    TcpTimers timers = timersFor(TimerProfile::Linux);
    bool keepalive = false;               // RFC 1122: off by default
    // Delayed ACKs; unset: the profile's choice (on for linux, as Linux always delays; off for
    // rfc and classroom, where a lesson turns them on).
    std::optional<bool> delayedAck;
    bool delayedAckOn() const { return delayedAck.value_or(profile == TimerProfile::Linux); }
    HandshakeMode handshake = HandshakeMode::ThreeWay;
    bool timeWait = true;                 // false: counterfactual, skip TIME_WAIT
    bool autoRecv = true;                 // the application reads data as soon as it arrives

    bool operator==(const TcpConfig &) const = default;
};

} // namespace wirestep
