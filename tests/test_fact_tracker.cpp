// What the trace says about an event in its context (FactTracker, TraceFacts): duplicate ACKs are
// numbered as Wireshark numbers them, the idle time is the time since the last segment received,
// and a timer's expiry knows what it led to.
#include "core/scenario/catalog.h"
#include "core/scenario/scenario_runner.h"
#include "core/trace/fact_tracker.h"
#include "core/trace/trace_facts.h"

#include <catch2/catch.hpp>

using namespace wirestep;

namespace {

Trace run(const std::string &id, const RunOptions &o = {})
{
    const Scenario *s = Catalog::builtIn().find(id);
    REQUIRE(s);
    return runScenario(*s, o);
}

} // namespace

TEST_CASE("duplicate ACKs are numbered per sender, and the fast retransmission counts the ones it heard", "[facts]")
{
    const Trace t = run("data-transfer-loss");
    const TraceFacts &f = t.facts();
    std::vector<int> numbers;
    int fast = 0, timeout = 0;
    for (std::size_t i = 0; i < t.size(); ++i) {
        const TraceEvent e = t[i];
        if (e.kind != EventKind::Send) continue;
        if (f[i].dupAck > 0) {
            CHECK(e.node == NodeId::Server);
            CHECK(e.seg.ack == 1101);
            numbers.push_back(f[i].dupAck);
        }
        if (e.seg.sendCause == SendCause::FastRetransmit) {
            ++fast;
            CHECK(f[i].dupAcksHeard == 3);
            CHECK(e.seg.seq == 1101);
        }
        if (e.seg.sendCause == SendCause::Timeout) {
            ++timeout;
            CHECK(f[i].retries == 1);
            CHECK(f[i].rtoUs == t.byId(e.cause)->durationUs);
        }
    }
    // Eight segments arrive after the lost one: eight duplicates of the ACK of byte 1101.
    CHECK(numbers == std::vector<int>{1, 2, 3, 4, 5, 6, 7, 8});
    CHECK(fast == 1);
    CHECK(timeout == 1);
}

TEST_CASE("a keepalive expiry knows the idle time and what it led to", "[facts]")
{
    const Trace t = run("keepalive-dead-peer");
    const TraceFacts &f = t.facts();
    std::vector<TimerOutcome> outcomes;
    std::vector<std::int64_t> idle;
    for (std::size_t i = 0; i < t.size(); ++i) {
        const TraceEvent e = t[i];
        if (e.kind != EventKind::Timer || e.timer != TimerKind::Keepalive || e.action != TimerAction::Fired) continue;
        outcomes.push_back(f[i].outcome);
        idle.push_back(f[i].idleUs);
    }
    // The last segment the client heard is the ACK of its data, at 300 ms. At 10.11 s the
    // connection has been idle 9.81 s: too early, the timer waits 190 ms more; then one probe
    // every 2 s, and the fourth expiry gives up.
    REQUIRE(outcomes.size() == 5);
    CHECK(outcomes == std::vector<TimerOutcome>{TimerOutcome::NotIdleYet, TimerOutcome::Sent, TimerOutcome::Sent,
                                                TimerOutcome::Sent, TimerOutcome::GaveUp});
    CHECK(idle == std::vector<std::int64_t>{9'810'000, 10'000'000, 12'000'000, 14'000'000, 16'000'000});
}

TEST_CASE("facts of a streamed trace equal those of the whole trace", "[facts]")
{
    RunOptions o;
    o.loss = 0.2;
    o.seed = 7;
    for (const char *id : {"data-transfer-loss", "keepalive-dead-peer", "retries-exhausted", "handshake-lost-synack"}) {
        const Trace t = run(id, o);
        const TraceFacts &whole = t.facts();
        FactTracker tracker;
        for (std::size_t i = 0; i < t.size(); ++i) {
            const TraceEvent e = t[i];
            EventFacts f = tracker.observe(e);
            if (e.kind == EventKind::Timer && e.action == TimerAction::Fired) {
                for (std::size_t j = i + 1; j < t.size() && FactTracker::noteConsequence(f, e, t[j]);) ++j;
                FactTracker::finish(f, e);
            }
            INFO(id << " event " << e.id);
            if (!TraceFacts::worthKeeping(e, f)) continue;
            CHECK(whole[i].dupAck == f.dupAck);
            CHECK(whole[i].idleUs == f.idleUs);
            CHECK(whole[i].outcome == f.outcome);
            CHECK(whole[i].rtoUs == f.rtoUs);
        }
    }
}
