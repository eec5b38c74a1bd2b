#include "core/sim/rto_estimator.h"

#include <algorithm>
#include <cstdlib>

namespace wirestep {

RtoEstimator::RtoEstimator(const TcpTimers &timers)
    : m_minUs(timers.rtoMinUs), m_maxUs(timers.rtoMaxUs), m_rto(std::min(timers.rtoInitialUs, timers.rtoMaxUs))
{
}

std::int64_t RtoEstimator::clamp(std::int64_t rto) const
{
    // RFC 6298 §2.4 (floor) and §2.5 (cap).
    return std::clamp(rto, m_minUs, std::max(m_minUs, m_maxUs));
}

void RtoEstimator::sample(std::int64_t r)
{
    if (r < 0) r = 0;
    if (!m_hasSample) {
        // RFC 6298 §2.2: SRTT = R, RTTVAR = R/2.
        m_srtt = r;
        m_rttvar = r / 2;
        m_hasSample = true;
    } else {
        // RFC 6298 §2.3, alpha = 1/8, beta = 1/4; RTTVAR uses the old SRTT.
        m_rttvar = (3 * m_rttvar + std::llabs(m_srtt - r)) / 4;
        m_srtt = (7 * m_srtt + r) / 8;
    }
    // RTO = SRTT + max(G, K * RTTVAR), K = 4.
    m_rto = clamp(m_srtt + std::max(kGranularityUs, 4 * m_rttvar));
}

void RtoEstimator::backoff() { m_rto = clamp(m_rto * 2); }

void RtoEstimator::fallback(std::int64_t rtoUs)
{
    if (!m_hasSample) m_rto = clamp(rtoUs);
}

} // namespace wirestep
