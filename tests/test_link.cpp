#include "core/sim/link.h"
#include "core/trace/trace.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <vector>

using namespace wirestep;

namespace {

struct Arrival {
    Segment seg;
    std::int64_t at;
};

// A link with a recorder on the far end.
struct Bench {
    explicit Bench(LinkConfig cfg) : sim(cfg.seed), link(sim, cfg)
    {
        sim.setSink(&trace);
        link.setReceiver([this](const Segment &s, std::uint64_t) { arrivals.push_back({s, sim.now()}); });
        link.scheduleInjections();
    }
    void send(NodeId from, std::uint8_t flags, std::uint32_t seq = 0, std::string data = {})
    {
        Segment s;
        s.from = from;
        s.flags = flags;
        s.seq = seq;
        s.payload = std::move(data);
        link.transmit(s);
    }
    std::vector<TraceEvent> drops() const { return trace.ofKind(EventKind::Drop); }

    Simulator sim;
    Trace trace;
    Link link;
    std::vector<Arrival> arrivals;
};

LinkConfig plain(std::int64_t delayUs = 10'000)
{
    LinkConfig c;
    c.dir[0].delayUs = delayUs;
    c.dir[1].delayUs = delayUs;
    return c;
}

} // namespace

TEST_CASE("a segment arrives after the link's delay, in each direction", "[link]")
{
    LinkConfig cfg = plain();
    cfg.dir[1].delayUs = 30'000;
    Bench b(cfg);
    b.send(NodeId::Client, TcpFlag::SYN);
    b.send(NodeId::Server, TcpFlag::SYN | TcpFlag::ACK);
    b.sim.runAll();
    REQUIRE(b.arrivals.size() == 2);
    CHECK(b.arrivals[0].seg.from == NodeId::Client);
    CHECK(b.arrivals[0].at == 10'000);
    CHECK(b.arrivals[1].at == 30'000);
    const auto sends = b.trace.ofKind(EventKind::Send);
    REQUIRE(sends.size() == 2);
    CHECK(sends[0].seg.id == 1);
    CHECK(sends[1].seg.id == 2);
}

TEST_CASE("jitter keeps every delay within [delay, delay + jitter] and reorders", "[link]")
{
    LinkConfig cfg = plain(10'000);
    cfg.dir[0].jitterUs = 5'000;
    cfg.seed = 99;
    Bench b(cfg);
    for (std::uint32_t i = 0; i < 2000; ++i) b.send(NodeId::Client, TcpFlag::ACK, i);
    b.sim.runAll();
    REQUIRE(b.arrivals.size() == 2000);
    std::int64_t lo = INT64_MAX, hi = 0;
    bool reordered = false;
    for (std::size_t i = 0; i < b.arrivals.size(); ++i) {
        lo = std::min(lo, b.arrivals[i].at);
        hi = std::max(hi, b.arrivals[i].at);
        if (i > 0 && b.arrivals[i].seg.seq < b.arrivals[i - 1].seg.seq) reordered = true;
    }
    CHECK(lo >= 10'000);
    CHECK(hi <= 15'000);
    CHECK(hi - lo > 4'000); // the whole range is used
    CHECK(reordered);
}

TEST_CASE("random loss at p=0.3 over 10,000 datagrams is within five sigma", "[link]")
{
    LinkConfig cfg = plain();
    cfg.dir[0].loss = 0.3;
    cfg.seed = 2024;
    Bench b(cfg);
    const int n = 10'000;
    for (int i = 0; i < n; ++i) b.send(NodeId::Client, 0);
    b.sim.runAll();
    const double lost = static_cast<double>(b.drops().size());
    const double sigma = std::sqrt(n * 0.3 * 0.7);
    CHECK(std::abs(lost - n * 0.3) < 5 * sigma);
    CHECK(b.arrivals.size() + b.drops().size() == static_cast<std::size_t>(n));
    for (const auto &d : b.drops()) CHECK(d.reason == DropReason::RandomLoss);
}

TEST_CASE("a lost segment is recorded half-way across, caused by its send", "[link]")
{
    LinkConfig cfg = plain(20'000);
    cfg.dir[0].loss = 1.0;
    Bench b(cfg);
    b.send(NodeId::Client, TcpFlag::SYN, 100);
    b.sim.runAll();
    CHECK(b.arrivals.empty());
    const auto drops = b.drops();
    REQUIRE(drops.size() == 1);
    CHECK(drops[0].tUs == 10'000);
    CHECK(drops[0].seg.seq == 100);
    CHECK(drops[0].cause == b.trace.ofKind(EventKind::Send)[0].id);
}

TEST_CASE("a drop rule takes exactly the n-th matching segment", "[link][faults]")
{
    LinkConfig cfg = plain();
    FaultRule r;
    r.from = NodeId::Client;
    r.flags = TcpFlag::ACK;
    r.nth = 2;
    cfg.rules.push_back(r);
    Bench b(cfg);
    b.send(NodeId::Client, TcpFlag::SYN, 1);               // no ACK: not counted
    b.send(NodeId::Client, TcpFlag::ACK, 2);               // 1st match
    b.send(NodeId::Server, TcpFlag::ACK, 3);               // other sender: not counted
    b.send(NodeId::Client, TcpFlag::ACK | TcpFlag::FIN, 4); // 2nd match: dropped
    b.send(NodeId::Client, TcpFlag::ACK, 5);               // 3rd match
    b.sim.runAll();
    const auto drops = b.drops();
    REQUIRE(drops.size() == 1);
    CHECK(drops[0].seg.seq == 4);
    CHECK(drops[0].reason == DropReason::Rule);
    CHECK(drops[0].ruleIndex == 0);
    CHECK(b.arrivals.size() == 4);
}

TEST_CASE("exact flags, sequence number and data conditions narrow a rule", "[link][faults]")
{
    LinkConfig cfg = plain();
    FaultRule exact;
    exact.flags = TcpFlag::ACK;
    exact.exactFlags = true;
    exact.hasData = false;
    exact.nth = 0; // every match
    cfg.rules.push_back(exact);
    FaultRule bySeq;
    bySeq.seq = 777;
    cfg.rules.push_back(bySeq);
    Bench b(cfg);
    b.send(NodeId::Client, TcpFlag::ACK | TcpFlag::FIN, 1);        // not exact
    b.send(NodeId::Client, TcpFlag::ACK | TcpFlag::PSH, 2, "x");    // has data
    b.send(NodeId::Client, TcpFlag::ACK | TcpFlag::PSH, 3);         // PSH ignored: dropped
    b.send(NodeId::Server, TcpFlag::ACK, 4);                        // dropped
    b.send(NodeId::Client, TcpFlag::SYN, 777);                      // dropped by seq
    b.sim.runAll();
    std::vector<std::uint32_t> dropped;
    for (const auto &d : b.drops()) dropped.push_back(d.seg.seq);
    std::sort(dropped.begin(), dropped.end());
    CHECK(dropped == std::vector<std::uint32_t>{3, 4, 777});
}

TEST_CASE("a delay rule holds one segment back so that the next overtakes it", "[link][faults]")
{
    LinkConfig cfg = plain(10'000);
    FaultRule r;
    r.seq = 1;
    r.action = FaultAction::Delay;
    r.delayUs = 50'000;
    cfg.rules.push_back(r);
    Bench b(cfg);
    b.send(NodeId::Client, 0, 1);
    b.send(NodeId::Client, 0, 2);
    b.sim.runAll();
    REQUIRE(b.arrivals.size() == 2);
    CHECK(b.arrivals[0].seg.seq == 2);
    CHECK(b.arrivals[1].seg.seq == 1);
    CHECK(b.arrivals[1].at == 60'000);
}

TEST_CASE("a duplicate rule delivers the segment twice", "[link][faults]")
{
    LinkConfig cfg = plain(10'000);
    FaultRule r;
    r.flags = TcpFlag::SYN;
    r.action = FaultAction::Duplicate;
    r.delayUs = 5'000;
    cfg.rules.push_back(r);
    Bench b(cfg);
    b.send(NodeId::Client, TcpFlag::SYN, 100);
    b.sim.runAll();
    REQUIRE(b.arrivals.size() == 2);
    CHECK(b.arrivals[0].at == 10'000);
    CHECK(b.arrivals[1].at == 15'000);
    CHECK(b.arrivals[0].seg.id == b.arrivals[1].seg.id);
    CHECK(b.trace.ofKind(EventKind::Send).size() == 1);
}

TEST_CASE("rules are applied before random loss", "[link][faults]")
{
    LinkConfig cfg = plain();
    cfg.dir[0].loss = 1.0;
    FaultRule r;
    r.flags = TcpFlag::SYN;
    cfg.rules.push_back(r);
    Bench b(cfg);
    b.send(NodeId::Client, TcpFlag::SYN);
    b.send(NodeId::Client, TcpFlag::SYN);
    b.sim.runAll();
    const auto drops = b.drops();
    REQUIRE(drops.size() == 2);
    CHECK(drops[0].reason == DropReason::Rule);
    CHECK(drops[1].reason == DropReason::RandomLoss);
}

TEST_CASE("an injected segment enters the link at its time, marked as injected", "[link][faults]")
{
    LinkConfig cfg = plain(10'000);
    Injection inj;
    inj.atUs = 5'000;
    inj.segment.from = NodeId::Client;
    inj.segment.flags = TcpFlag::SYN;
    inj.segment.seq = 90;
    cfg.injections.push_back(inj);
    Bench b(cfg);
    b.sim.runAll();
    REQUIRE(b.arrivals.size() == 1);
    CHECK(b.arrivals[0].at == 15'000);
    CHECK(b.arrivals[0].seg.seq == 90);
    CHECK(b.arrivals[0].seg.injected);
    const auto sends = b.trace.ofKind(EventKind::Send);
    REQUIRE(sends.size() == 1);
    CHECK(sends[0].tUs == 5'000);
    CHECK(sends[0].seg.injected);
}

TEST_CASE("a cut link loses everything sent until it is healed", "[link]")
{
    Bench b(plain());
    b.link.cut();
    b.send(NodeId::Client, 0, 1);
    b.link.heal();
    b.send(NodeId::Client, 0, 2);
    b.sim.runAll();
    REQUIRE(b.arrivals.size() == 1);
    CHECK(b.arrivals[0].seg.seq == 2);
    REQUIRE(b.drops().size() == 1);
    CHECK(b.drops()[0].reason == DropReason::LinkDown);
    const auto linkEvents = b.trace.ofKind(EventKind::Link);
    REQUIRE(linkEvents.size() == 2);
    CHECK(linkEvents[0].link == LinkChange::Cut);
    CHECK(linkEvents[1].link == LinkChange::Heal);
}

TEST_CASE("ten thousand delay rules of the largest delay saturate: the segment never arrives", "[link][faults]")
{
    // 10^4 rules of 10^12 ms overflow a 64-bit sum of microseconds; the sum saturates instead.
    LinkConfig cfg = plain(10'000);
    FaultRule r;
    r.action = FaultAction::Delay;
    r.nth = 0;
    r.delayUs = 1'000'000'000'000'000; // 10^12 ms
    cfg.rules.assign(10'000, r);
    Bench b(cfg);
    b.send(NodeId::Client, TcpFlag::SYN, 1);
    b.sim.runUntil(10'000'000'000'000'000); // far beyond any until_ms
    CHECK(b.arrivals.empty());
    CHECK(b.sim.nextTime() > 1'000'000'000'000'000'000);
}
