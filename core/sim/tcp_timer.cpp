#include "core/sim/tcp_timer.h"

namespace wirestep {

TcpTimer::TcpTimer(Simulator &sim, NodeId node, TimerKind kind, std::function<void()> onFire)
    : m_sim(sim), m_node(node), m_kind(kind), m_onFire(std::move(onFire))
{
}

TcpTimer::~TcpTimer()
{
    // The endpoint goes away with the timer: the pending event must never run.
    if (m_handle != 0) m_sim.cancel(m_handle);
}

std::uint64_t TcpTimer::recordTimer(TimerAction action)
{
    TraceEvent ev;
    ev.kind = EventKind::Timer;
    ev.node = m_node;
    ev.timer = m_kind;
    ev.action = action;
    ev.deadlineUs = m_deadlineUs;
    ev.durationUs = m_durationUs;
    return m_sim.record(std::move(ev));
}

void TcpTimer::arm(std::int64_t durationUs)
{
    if (m_handle != 0) m_sim.cancel(m_handle);
    m_durationUs = durationUs;
    m_deadlineUs = m_sim.now() + durationUs;
    const std::uint64_t armedId = recordTimer(TimerAction::Armed);
    // The firing is caused by the arming, so the trace links a retransmission back to the
    // segment whose timer expired.
    m_handle = m_sim.schedule(m_deadlineUs, [this]() { fire(); }, armedId);
}

void TcpTimer::cancel()
{
    if (m_handle == 0) return;
    m_sim.cancel(m_handle);
    m_handle = 0;
    recordTimer(TimerAction::Cancelled);
}

void TcpTimer::fire()
{
    m_handle = 0;
    const std::uint64_t firedId = recordTimer(TimerAction::Fired);
    Simulator::CauseScope scope(m_sim, firedId);
    m_onFire();
}

} // namespace wirestep
