#include "simulator.h"

#include <utility>

namespace wirestep {

Simulator::Simulator(std::uint64_t seed) : m_rng(seed) {}

Simulator::Handle Simulator::schedule(std::int64_t atUs, std::function<void()> fn, std::uint64_t cause)
{
    if (atUs < m_now) atUs = m_now;
    const Handle h = m_nextSeq++;
    m_queue.push(Pending{atUs, h, cause, std::move(fn)});
    return h;
}

void Simulator::cancel(Handle h)
{
    // Only a handle still in the queue can be cancelled; handles are never reused.
    if (h != 0 && h < m_nextSeq) m_cancelled.insert(h);
}

void Simulator::dropCancelledTop()
{
    while (!m_queue.empty() && !m_cancelled.empty()) {
        auto it = m_cancelled.find(m_queue.top().seq);
        if (it == m_cancelled.end()) return;
        m_cancelled.erase(it);
        m_queue.pop();
    }
}

std::int64_t Simulator::nextTime()
{
    dropCancelledTop();
    return m_queue.empty() ? -1 : m_queue.top().t;
}

bool Simulator::step()
{
    dropCancelledTop();
    if (m_queue.empty()) return false;
    // priority_queue::top() is const; the element is popped right after, so moving is safe.
    Pending p = std::move(const_cast<Pending &>(m_queue.top()));
    m_queue.pop();
    m_now = p.t;
    ++m_eventsRun;
    CauseScope scope(*this, p.cause);
    p.fn();
    return true;
}

void Simulator::runUntil(std::int64_t tUs)
{
    for (;;) {
        const std::int64_t t = nextTime();
        if (t < 0 || t > tUs) break;
        step();
    }
    if (tUs > m_now) m_now = tUs;
}

std::uint64_t Simulator::runAll(std::uint64_t maxEvents)
{
    std::uint64_t n = 0;
    while (n < maxEvents && step()) ++n;
    return n;
}

std::uint64_t Simulator::record(TraceEvent event)
{
    event.id = m_nextId++;
    event.tUs = m_now;
    if (event.cause == 0) event.cause = m_cause;
    if (m_sink) m_sink->append(event);
    return event.id;
}

} // namespace wirestep
