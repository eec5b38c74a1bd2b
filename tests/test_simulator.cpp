#include "core/sim/simulator.h"
#include "core/trace/trace.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace wirestep;

TEST_CASE("events run in time order, ties in the order scheduled", "[simulator]")
{
    Simulator sim;
    std::vector<std::string> order;
    sim.schedule(300, [&] { order.push_back("c@300"); });
    sim.schedule(100, [&] { order.push_back("a@100"); });
    sim.schedule(200, [&] { order.push_back("b1@200"); });
    sim.schedule(200, [&] { order.push_back("b2@200"); });
    sim.schedule(200, [&] { order.push_back("b3@200"); });
    sim.runAll();
    CHECK(order == std::vector<std::string>{"a@100", "b1@200", "b2@200", "b3@200", "c@300"});
    CHECK(sim.now() == 300);
}

TEST_CASE("an event scheduled from inside another at the same time runs after it", "[simulator]")
{
    Simulator sim;
    std::vector<int> order;
    sim.schedule(50, [&] {
        order.push_back(1);
        sim.scheduleIn(0, [&] { order.push_back(3); });
    });
    sim.schedule(50, [&] { order.push_back(2); });
    sim.runAll();
    CHECK(order == std::vector<int>{1, 2, 3});
}

TEST_CASE("cancelled events do not run and do not count as pending", "[simulator]")
{
    Simulator sim;
    int ran = 0;
    auto a = sim.schedule(10, [&] { ran += 1; });
    sim.schedule(20, [&] { ran += 10; });
    auto c = sim.schedule(30, [&] { ran += 100; });
    CHECK(sim.pending() == 3);
    sim.cancel(a);
    sim.cancel(c);
    CHECK(sim.pending() == 1);
    CHECK(sim.nextTime() == 20);
    sim.runAll();
    CHECK(ran == 10);
    CHECK(sim.eventsRun() == 1);
}

TEST_CASE("an event can cancel a later one", "[simulator]")
{
    Simulator sim;
    bool late = false;
    Simulator::Handle h = sim.schedule(100, [&] { late = true; });
    sim.schedule(50, [&] { sim.cancel(h); });
    sim.runAll();
    CHECK_FALSE(late);
}

TEST_CASE("runUntil stops at the boundary and advances the clock", "[simulator]")
{
    Simulator sim;
    std::vector<std::int64_t> at;
    for (std::int64_t t : {10, 20, 30, 40}) sim.schedule(t, [&sim, &at] { at.push_back(sim.now()); });
    sim.runUntil(30);
    CHECK(at == std::vector<std::int64_t>{10, 20, 30});
    CHECK(sim.now() == 30);
    sim.runUntil(35);
    CHECK(sim.now() == 35);
    CHECK(sim.pending() == 1);
}

TEST_CASE("a time in the past is run now, never earlier", "[simulator]")
{
    Simulator sim;
    sim.runUntil(1000);
    std::int64_t when = -1;
    sim.schedule(5, [&] { when = sim.now(); });
    sim.runAll();
    CHECK(when == 1000);
}

TEST_CASE("records get ids in order, the current time, and the running event's cause", "[simulator]")
{
    Simulator sim;
    Trace trace;
    sim.setSink(&trace);
    TraceEvent first;
    first.kind = EventKind::App;
    first.call = AppCall::Connect;
    const auto id1 = sim.record(first);
    sim.schedule(250, [&] {
        TraceEvent e;
        e.kind = EventKind::App;
        e.call = AppCall::Send;
        sim.record(e);
    }, id1);
    sim.runAll();
    REQUIRE(trace.size() == 2);
    CHECK(trace[0].id == 1);
    CHECK(trace[0].cause == 0);
    CHECK(trace[1].id == 2);
    CHECK(trace[1].tUs == 250);
    CHECK(trace[1].cause == id1);
    CHECK(trace.byId(2)->call == AppCall::Send);
    CHECK_FALSE(trace.byId(3).has_value());
}

TEST_CASE("a cause scope is restored when it ends", "[simulator]")
{
    Simulator sim;
    {
        Simulator::CauseScope outer(sim, 7);
        CHECK(sim.currentCause() == 7);
        {
            Simulator::CauseScope inner(sim, 9);
            CHECK(sim.currentCause() == 9);
        }
        CHECK(sim.currentCause() == 7);
    }
    CHECK(sim.currentCause() == 0);
}

TEST_CASE("events that never let the clock move stop at the per-instant limit, the trace whole", "[simulator][limits]")
{
    // A timer of zero re-armed at once: what a 0 ms keepalive over a link of no delay does.
    Simulator sim;
    Trace trace;
    sim.setSink(&trace);
    sim.setMaxEventsPerInstant(1000);
    std::function<void()> spin = [&]() {
        TraceEvent e;
        e.kind = EventKind::Timer;
        sim.record(e);
        sim.scheduleIn(0, spin);
    };
    sim.schedule(5, spin);
    sim.runUntil(1'000'000);
    CHECK(sim.stopReason() == Simulator::StopReason::StuckInstant);
    CHECK(Simulator::toString(sim.stopReason()) == "stuck-instant");
    CHECK(sim.now() == 5); // the clock stays where it stopped, not at the run's end
    CHECK(trace.size() == 1000);
    CHECK_FALSE(sim.step()); // stopped for good
    CHECK(trace.size() == 1000);
}

TEST_CASE("events at many instants are not limited per instant; the budget counts them all", "[simulator][limits]")
{
    Simulator sim;
    sim.setMaxEventsPerInstant(10);
    std::function<void()> tick = [&]() { sim.scheduleIn(1, tick); };
    sim.schedule(0, tick);
    sim.runUntil(5000);
    CHECK(sim.stopReason() == Simulator::StopReason::None);
    CHECK(sim.now() == 5000);
    sim.setEventBudget(sim.eventsRun() + 100);
    sim.runUntil(1'000'000);
    CHECK(sim.stopReason() == Simulator::StopReason::EventBudget);
    CHECK(sim.now() == 5100);
}

TEST_CASE("a delay too large to add to now saturates instead of overflowing", "[simulator][limits]")
{
    Simulator sim;
    bool ran = false;
    sim.schedule(1000, [&]() { sim.scheduleIn(INT64_MAX, [&]() { ran = true; }); });
    sim.runUntil(1'000'000);
    CHECK(sim.nextTime() == INT64_MAX); // not negative, not in the past
    CHECK_FALSE(ran);
}
