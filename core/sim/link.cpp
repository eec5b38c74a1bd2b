#include "core/sim/link.h"

namespace wirestep {

namespace {

// Delays add up without overflowing: ten thousand delay rules of the largest delay a file may
// give would overflow a 64-bit sum. Past kMaxDelayUs the segment arrives after any run's end.
constexpr std::int64_t kMaxDelayUs = INT64_MAX / 4;

std::int64_t addDelays(std::int64_t a, std::int64_t b)
{
    return a > kMaxDelayUs - b ? kMaxDelayUs : a + b;
}

} // namespace

std::string_view toString(FaultAction a)
{
    switch (a) {
    case FaultAction::Drop: return "drop";
    case FaultAction::Delay: return "delay";
    case FaultAction::Duplicate: return "duplicate";
    }
    return "?";
}

std::optional<FaultAction> faultActionFromString(std::string_view s)
{
    for (auto a : {FaultAction::Drop, FaultAction::Delay, FaultAction::Duplicate})
        if (toString(a) == s) return a;
    return std::nullopt;
}

Link::Link(Simulator &sim, LinkConfig config)
    : m_sim(sim), m_config(std::move(config)), m_ruleMatches(m_config.rules.size(), 0)
{
}

std::uint64_t Link::transmit(Segment seg)
{
    seg.id = m_sim.nextSegmentId();
    TraceEvent ev;
    ev.kind = EventKind::Send;
    ev.node = seg.from;
    ev.seg = seg;
    const std::uint64_t sendId = m_sim.record(std::move(ev));

    const LinkDirection &d = m_config.dir[indexOf(seg.from)];
    if (m_cut) {
        dropHalfway(seg, d.delayUs, DropReason::LinkDown, -1, sendId);
        return sendId;
    }

    // Fault rules first. Every rule counts the segments it matches, whatever the other rules do,
    // so "the n-th SYN" means the same with or without other rules; the first rule that drops
    // this segment wins, delays add up, and each duplicate rule sends a copy.
    std::int64_t extraDelay = 0;
    int dropRule = -1;
    std::vector<std::int64_t> copies;
    for (std::size_t i = 0; i < m_config.rules.size(); ++i) {
        const FaultRule &rule = m_config.rules[i];
        if (!rule.matches(seg)) continue;
        const int count = ++m_ruleMatches[i];
        if (rule.nth != 0 && rule.nth != count) continue;
        switch (rule.action) {
        case FaultAction::Drop:
            if (dropRule < 0) dropRule = static_cast<int>(i);
            break;
        case FaultAction::Delay: extraDelay = addDelays(extraDelay, rule.delayUs); break;
        case FaultAction::Duplicate: copies.push_back(rule.delayUs); break;
        }
    }
    // Random loss is drawn for every segment, so that a rule added by a click does not shift
    // the draws of the segments after it; a rule's drop comes first.
    const bool randomlyLost = m_sim.rng().chance(d.loss);
    if (dropRule >= 0) {
        dropHalfway(seg, d.delayUs, DropReason::Rule, dropRule, sendId);
        return sendId;
    }
    for (std::int64_t copyDelay : copies) deliverAfter(Segment(seg), addDelays(addDelays(d.delayUs, jitter(d)), copyDelay), sendId);
    if (randomlyLost) {
        dropHalfway(seg, d.delayUs, DropReason::RandomLoss, -1, sendId);
        return sendId;
    }
    deliverAfter(std::move(seg), addDelays(addDelays(d.delayUs, jitter(d)), extraDelay), sendId);
    return sendId;
}

std::int64_t Link::jitter(const LinkDirection &d)
{
    return d.jitterUs > 0 ? static_cast<std::int64_t>(m_sim.rng().below(static_cast<std::uint64_t>(d.jitterUs))) : 0;
}

void Link::dropHalfway(const Segment &seg, std::int64_t delayUs, DropReason reason, int rule,
                       std::uint64_t sendId)
{
    TraceEvent ev;
    ev.kind = EventKind::Drop;
    ev.node = seg.from;
    ev.seg = seg;
    ev.reason = reason;
    ev.ruleIndex = rule;
    ev.cause = sendId;
    m_sim.scheduleIn(delayUs / 2, [this, ev = std::move(ev)]() mutable { m_sim.record(std::move(ev)); }, sendId);
}

void Link::deliverAfter(Segment seg, std::int64_t delayUs, std::uint64_t sendId)
{
    // The segment waits in a slot; the event carries only the slot's number, so scheduling it
    // copies no payload and allocates nothing.
    std::size_t slot = m_flights.size();
    if (!m_freeFlights.empty()) {
        slot = m_freeFlights.back();
        m_freeFlights.pop_back();
    } else {
        m_flights.emplace_back();
    }
    m_flights[slot] = InFlight{std::move(seg), sendId};
    m_sim.scheduleIn(delayUs, [this, slot]() {
        InFlight flight = std::move(m_flights[slot]);
        m_freeFlights.push_back(slot);
        if (m_receiver) m_receiver(flight.seg, flight.sendId);
    }, sendId);
}

void Link::cut()
{
    if (m_cut) return;
    m_cut = true;
    TraceEvent ev;
    ev.kind = EventKind::Link;
    ev.link = LinkChange::Cut;
    m_sim.record(std::move(ev));
}

void Link::heal()
{
    if (!m_cut) return;
    m_cut = false;
    TraceEvent ev;
    ev.kind = EventKind::Link;
    ev.link = LinkChange::Heal;
    m_sim.record(std::move(ev));
}

void Link::scheduleInjections()
{
    for (const Injection &inj : m_config.injections) {
        m_sim.schedule(inj.atUs, [this, seg = inj.segment]() mutable {
            seg.injected = true;
            transmit(std::move(seg));
        });
    }
}

} // namespace wirestep
