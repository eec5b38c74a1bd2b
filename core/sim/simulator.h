#pragma once
#include "core/trace/rng.h"
#include "core/trace/trace_sink.h"

#include <cstdint>
#include <functional>
#include <unordered_set>
#include <vector>

namespace wirestep {

// The virtual clock, the event queue and the trace recorder of one simulation.
// An instance, never a global: tests make as many as they like.
//
// Events are ordered by (time, insertion number), so that events scheduled for the same
// microsecond fire in the order they were scheduled (as in ns-3). Cancelling only marks.
class Simulator {
public:
    using Handle = std::uint64_t; // 0 is never a valid handle

    explicit Simulator(std::uint64_t seed = 1);

    std::int64_t now() const { return m_now; }
    Rng &rng() { return m_rng; }

    // Runs `fn` at `atUs` (not before now). While it runs, events it records are caused by
    // `cause` unless they say otherwise.
    Handle schedule(std::int64_t atUs, std::function<void()> fn, std::uint64_t cause = 0);
    Handle scheduleIn(std::int64_t delayUs, std::function<void()> fn, std::uint64_t cause = 0)
    {
        return schedule(m_now + delayUs, std::move(fn), cause);
    }
    void cancel(Handle h);

    // Runs the next pending event; false if none is left.
    bool step();
    // Runs every event due at or before `tUs`, then sets the clock to `tUs`.
    void runUntil(std::int64_t tUs);
    // Runs until the queue is empty or `maxEvents` have run. Returns how many ran.
    std::uint64_t runAll(std::uint64_t maxEvents = UINT64_MAX);
    std::size_t pending() const
    {
        return m_queue.size() > m_cancelled.size() ? m_queue.size() - m_cancelled.size() : 0;
    }
    std::uint64_t eventsRun() const { return m_eventsRun; }
    // Time of the next live event, or -1.
    std::int64_t nextTime();

    // The trace. Every record gets the next id, the current time, and (unless it names one)
    // the cause of the event being run. Returns the id.
    void setSink(TraceSink *sink) { m_sink = sink; }
    std::uint64_t record(TraceEvent event);
    std::uint64_t currentCause() const { return m_cause; }
    std::uint64_t lastEventId() const { return m_nextId - 1; }

    // Makes records inside its lifetime default to `cause`.
    class CauseScope {
    public:
        CauseScope(Simulator &sim, std::uint64_t cause) : m_sim(sim), m_saved(sim.m_cause) { sim.m_cause = cause; }
        ~CauseScope() { m_sim.m_cause = m_saved; }
        CauseScope(const CauseScope &) = delete;
        CauseScope &operator=(const CauseScope &) = delete;

    private:
        Simulator &m_sim;
        std::uint64_t m_saved;
    };

    // Segment ids, unique within this simulation.
    std::uint64_t nextSegmentId() { return ++m_lastSegmentId; }

private:
    // The heap holds small records; the callbacks wait in slots, so that reordering the heap
    // moves 24 bytes and never a std::function.
    struct Pending {
        std::int64_t t;
        Handle seq;
        std::uint32_t slot;
    };
    struct Callback {
        std::uint64_t cause = 0;
        std::function<void()> fn;
    };
    struct Later {
        bool operator()(const Pending &a, const Pending &b) const
        {
            return a.t != b.t ? a.t > b.t : a.seq > b.seq;
        }
    };
    void popTop();  // removes the heap's top record and frees its slot
    void dropCancelledTop();
    // Removes every cancelled event from the queue at once (when they outnumber the live ones:
    // a retransmission timer restarted on every ACK leaves one behind each time).
    void compact();

    std::int64_t m_now = 0;
    Handle m_nextSeq = 1;
    std::vector<Pending> m_queue; // a binary heap ordered by Later (std::push_heap / pop_heap)
    std::vector<Callback> m_callbacks;
    std::vector<std::uint32_t> m_freeSlots;
    std::unordered_set<Handle> m_cancelled;
    std::uint64_t m_eventsRun = 0;
    Rng m_rng;
    TraceSink *m_sink = nullptr;
    std::uint64_t m_nextId = 1;
    std::uint64_t m_cause = 0;
    std::uint64_t m_lastSegmentId = 0;
};

} // namespace wirestep
