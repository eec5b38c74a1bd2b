#pragma once
#include "core/sim/simulator.h"
#include "core/trace/trace_event.h"

#include <cstdint>
#include <functional>

namespace wirestep {

// One of a TCP endpoint's timers: a deadline scheduled on the Simulator. Arming, firing and
// cancelling are each recorded as a `timer` event; what the timer does when it fires is caused
// by its `fired` event.
class TcpTimer {
public:
    TcpTimer(Simulator &sim, NodeId node, TimerKind kind, std::function<void()> onFire);
    ~TcpTimer();
    TcpTimer(const TcpTimer &) = delete;
    TcpTimer &operator=(const TcpTimer &) = delete;

    // Starts the timer, or restarts it with a new deadline if it runs (one `armed` event).
    void arm(std::int64_t durationUs);
    // Stops the timer if it runs (one `cancelled` event); does nothing otherwise.
    void cancel();
    bool armed() const { return m_handle != 0; }
    std::int64_t deadline() const { return m_deadlineUs; }
    TimerKind kind() const { return m_kind; }

private:
    void fire();
    std::uint64_t recordTimer(TimerAction action);

    Simulator &m_sim;
    NodeId m_node;
    TimerKind m_kind;
    std::function<void()> m_onFire;
    Simulator::Handle m_handle = 0;
    std::int64_t m_deadlineUs = 0;
    std::int64_t m_durationUs = 0;
};

} // namespace wirestep
