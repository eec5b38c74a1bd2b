#include "core/sim/simulator.h"

#include <algorithm>
#include <utility>

namespace wirestep {

Simulator::Simulator(std::uint64_t seed) : m_rng(seed) {}

std::string_view Simulator::toString(StopReason r)
{
    switch (r) {
    case StopReason::None: return "none";
    case StopReason::StuckInstant: return "stuck-instant";
    case StopReason::EventBudget: return "event-budget";
    }
    return "?";
}

Simulator::Handle Simulator::schedule(std::int64_t atUs, std::function<void()> fn, std::uint64_t cause)
{
    if (atUs < m_now) atUs = m_now;
    const Handle h = m_nextSeq++;
    std::uint32_t slot = static_cast<std::uint32_t>(m_callbacks.size());
    if (!m_freeSlots.empty()) {
        slot = m_freeSlots.back();
        m_freeSlots.pop_back();
    } else {
        m_callbacks.emplace_back();
    }
    m_callbacks[slot] = Callback{cause, std::move(fn)};
    m_queue.push_back(Pending{atUs, h, slot});
    std::push_heap(m_queue.begin(), m_queue.end(), Later{});
    return h;
}

void Simulator::cancel(Handle h)
{
    // Only a handle still in the queue can be cancelled; handles are never reused.
    if (h == 0 || h >= m_nextSeq) return;
    m_cancelled.insert(h);
    if (m_cancelled.size() > 256 && m_cancelled.size() * 2 > m_queue.size()) compact();
}

void Simulator::compact()
{
    std::erase_if(m_queue, [this](const Pending &p) {
        if (m_cancelled.count(p.seq) == 0) return false;
        m_callbacks[p.slot].fn = nullptr;
        m_freeSlots.push_back(p.slot);
        return true;
    });
    std::make_heap(m_queue.begin(), m_queue.end(), Later{});
    // Every cancelled event has left the queue; handles of events that had already run go too.
    m_cancelled.clear();
}

void Simulator::dropCancelledTop()
{
    while (!m_queue.empty() && !m_cancelled.empty()) {
        auto it = m_cancelled.find(m_queue.front().seq);
        if (it == m_cancelled.end()) return;
        m_cancelled.erase(it);
        m_callbacks[m_queue.front().slot].fn = nullptr;
        popTop();
    }
}

void Simulator::popTop()
{
    std::pop_heap(m_queue.begin(), m_queue.end(), Later{});
    m_freeSlots.push_back(m_queue.back().slot);
    m_queue.pop_back();
}

std::int64_t Simulator::nextTime()
{
    dropCancelledTop();
    return m_queue.empty() ? -1 : m_queue.front().t;
}

bool Simulator::step()
{
    if (m_stopReason != StopReason::None) return false;
    dropCancelledTop();
    if (m_queue.empty()) return false;
    const Pending top = m_queue.front();
    if (top.t != m_now) m_eventsAtNow = 0;
    if (m_eventsAtNow >= m_maxEventsPerInstant) {
        m_stopReason = StopReason::StuckInstant;
        return false;
    }
    if (m_eventsRun >= m_eventBudget) {
        m_stopReason = StopReason::EventBudget;
        return false;
    }
    ++m_eventsAtNow;
    Callback cb = std::move(m_callbacks[top.slot]);
    popTop();
    m_now = top.t;
    ++m_eventsRun;
    CauseScope scope(*this, cb.cause);
    cb.fn();
    return true;
}

void Simulator::runUntil(std::int64_t tUs)
{
    for (;;) {
        const std::int64_t t = nextTime();
        if (t < 0 || t > tUs) break;
        if (!step()) return; // stopped by a limit: the clock stays where it stopped
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
