#pragma once
#include "core/sim/link_config.h"
#include "core/sim/simulator.h"

#include <functional>
#include <vector>

namespace wirestep {

// The wire between the two nodes. It records every segment that enters it (`send`) and decides
// its fate: a fault rule, then random loss, then delay and jitter; a lost segment is recorded as
// `drop` half-way across, a delivered one is handed to the receiver through `deliverTo`.
class Link {
public:
    using Receiver = std::function<void(const Segment &, std::uint64_t sendEventId)>;

    Link(Simulator &sim, LinkConfig config);

    // Where delivered segments go (the Network routes them to the receiving node).
    void setReceiver(Receiver r) { m_receiver = std::move(r); }
    const LinkConfig &config() const { return m_config; }

    // A node puts a segment on the wire now. Returns the send event's id.
    std::uint64_t transmit(Segment seg);

    // Cut: every segment sent while the link is down is lost. Heal: normal again.
    void cut();
    void heal();
    bool isCut() const { return m_cut; }

    // Schedules the scenario's injections.
    void scheduleInjections();

private:
    void dropHalfway(const Segment &seg, std::int64_t delayUs, DropReason reason, int rule,
                     std::uint64_t sendId);
    void deliverAfter(Segment seg, std::int64_t delayUs, std::uint64_t sendId);
    std::int64_t jitter(const LinkDirection &d); // a random extra delay in [0, d.jitterUs]

    Simulator &m_sim;
    LinkConfig m_config;
    Receiver m_receiver;
    std::vector<int> m_ruleMatches; // how many segments each rule has matched so far
    struct InFlight {
        Segment seg;
        std::uint64_t sendId = 0;
    };
    std::vector<InFlight> m_flights;       // segments on their way, by slot
    std::vector<std::size_t> m_freeFlights; // slots free for reuse
    bool m_cut = false;
};

} // namespace wirestep
