#pragma once
#include "core/trace/rng.h"
#include "core/trace/trace_sink.h"

#include <cstdint>
#include <functional>
#include <string_view>
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

    // Why the simulator stopped running events before its queue ran out, if it did.
    enum class StopReason {
        None,         // it did not stop early
        StuckInstant, // more than maxEventsPerInstant() events ran without the clock moving
        EventBudget,  // eventBudget() events ran in all
    };
    static std::string_view toString(StopReason r); // "none", "stuck-instant", "event-budget"

    // Events that may run at one instant before the simulator gives up: a timer of zero
    // duration re-armed by an answer that takes no time would otherwise spin forever at one
    // microsecond. Far above anything a scenario does (a whole 1 MiB transfer over a link of
    // zero delay is a few thousand).
    static constexpr std::uint64_t kDefaultMaxEventsPerInstant = 100'000;

    explicit Simulator(std::uint64_t seed = 1);

    std::int64_t now() const { return m_now; }
    Rng &rng() { return m_rng; }

    // Runs `fn` at `atUs` (not before now). While it runs, events it records are caused by
    // `cause` unless they say otherwise.
    Handle schedule(std::int64_t atUs, std::function<void()> fn, std::uint64_t cause = 0);
    // A delay too large to add to now saturates (the event then never comes within any run).
    Handle scheduleIn(std::int64_t delayUs, std::function<void()> fn, std::uint64_t cause = 0)
    {
        const std::int64_t at = delayUs > INT64_MAX - m_now ? INT64_MAX : m_now + delayUs;
        return schedule(at, std::move(fn), cause);
    }
    void cancel(Handle h);

    // Runs the next pending event; false if none is left or a limit below stopped the run.
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

    // Limits. Once one is reached, step() runs nothing more and stopReason() says which; the
    // trace recorded so far stays whole. The budget counts every event run (unlimited unless set).
    void setMaxEventsPerInstant(std::uint64_t n) { m_maxEventsPerInstant = n; }
    std::uint64_t maxEventsPerInstant() const { return m_maxEventsPerInstant; }
    void setEventBudget(std::uint64_t n) { m_eventBudget = n; }
    std::uint64_t eventBudget() const { return m_eventBudget; }
    StopReason stopReason() const { return m_stopReason; }
    bool stopped() const { return m_stopReason != StopReason::None; }
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
    std::uint64_t m_eventsAtNow = 0; // events run since the clock last moved
    std::uint64_t m_maxEventsPerInstant = kDefaultMaxEventsPerInstant;
    std::uint64_t m_eventBudget = UINT64_MAX;
    StopReason m_stopReason = StopReason::None;
    Rng m_rng;
    TraceSink *m_sink = nullptr;
    std::uint64_t m_nextId = 1;
    std::uint64_t m_cause = 0;
    std::uint64_t m_lastSegmentId = 0;
};

} // namespace wirestep
