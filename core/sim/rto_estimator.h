#pragma once
#include "core/sim/tcp_config.h"

#include <cstdint>

namespace wirestep {

// The retransmission timeout of RFC 6298: SRTT and RTTVAR from round-trip samples, a floor and
// a cap from the timer profile, and exponential back-off on expiry. Karn's rule (no sample from
// a retransmitted segment) is the caller's part: it simply does not call sample() then.
class RtoEstimator {
public:
    RtoEstimator() : RtoEstimator(TcpTimers{}) {}
    explicit RtoEstimator(const TcpTimers &timers);

    std::int64_t rto() const { return m_rto; }
    bool hasSample() const { return m_hasSample; }
    std::int64_t srtt() const { return m_srtt; }
    std::int64_t rttvar() const { return m_rttvar; }

    // A round-trip measurement R (RFC 6298 §2.2, §2.3); undoes any back-off.
    void sample(std::int64_t rttUs);
    // The timer expired: RTO = 2 * RTO, capped (RFC 6298 §5.5).
    void backoff();
    // RFC 6298 §5.7: the SYN or SYN,ACK timed out and no sample exists, so the RTO is
    // re-initialized to `rtoUs` (3 s) when data transmission begins.
    void fallback(std::int64_t rtoUs);

    // Clock granularity G of RFC 6298 §2: 1 ms (a 1000 Hz tick).
    static constexpr std::int64_t kGranularityUs = 1'000;

private:
    std::int64_t clamp(std::int64_t rto) const;

    std::int64_t m_minUs;
    std::int64_t m_maxUs;
    std::int64_t m_rto;
    std::int64_t m_srtt = 0;
    std::int64_t m_rttvar = 0;
    bool m_hasSample = false;
};

} // namespace wirestep
