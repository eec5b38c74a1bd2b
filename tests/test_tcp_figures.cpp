// RFC 793 figures 7-14 (RFC 9293 figures 6-13) end to end: two nodes over a real Link, the
// segments on the wire compared line by line with the figure (docs/tcp-reference.md §2).
// A is the client, B the server; ISNs 100 and 300. Figures 10, 13 and 14 start in ESTABLISHED
// with A sending 100 and B sending 300, so there the handshake uses ISNs 99 and 299.
#include <catch2/catch.hpp>

#include "core/sim/network.h"
#include "core/sim/tcp_seq.h"
#include "core/trace/trace.h"

#include <sstream>

using namespace wirestep;

namespace {

constexpr std::uint16_t kPortA = 1000;
constexpr std::uint16_t kPortB = 2000;
constexpr NodeId A = NodeId::Client;
constexpr NodeId B = NodeId::Server;
constexpr std::uint8_t SYN = TcpFlag::SYN;
constexpr std::uint8_t ACK = TcpFlag::ACK;
constexpr std::uint8_t FIN = TcpFlag::FIN;
constexpr std::uint8_t RST = TcpFlag::RST;

// One line of a figure: who sent what.
struct Line {
    NodeId from;
    std::uint8_t flags;
    std::uint32_t seq;
    std::uint32_t ack = 0;
    std::size_t len = 0;
    bool operator==(const Line &) const = default;
};

std::string toText(const std::vector<Line> &lines)
{
    std::ostringstream os;
    for (const auto &l : lines) {
        os << "  " << toString(l.from) << " <SEQ=" << l.seq << ">";
        if (l.flags & ACK) os << "<ACK=" << l.ack << ">";
        os << "<CTL=" << flagsToString(l.flags) << ">";
        if (l.len) os << "<DATA=" << l.len << ">";
        os << "\n";
    }
    return os.str();
}

TcpConfig nodeConfig(std::uint16_t port, std::uint32_t isn)
{
    TcpConfig c;
    c.port = port;
    c.isn = isn;
    return c;
}

struct World {
    World(std::uint32_t isnA, std::uint32_t isnB, LinkConfig link = {})
        : net(sim, std::move(link), nodeConfig(kPortA, isnA), nodeConfig(kPortB, isnB))
    {
        sim.setSink(&trace);
    }
    TcpEndpoint &a() { return net.client().tcp(); }
    TcpEndpoint &b() { return net.server().tcp(); }
    void at(std::int64_t tUs, std::function<void()> fn) { sim.schedule(tUs, std::move(fn)); }
    void runUntil(std::int64_t tUs) { sim.runUntil(tUs); }

    // The segments put on the wire from time `fromUs` on, in order.
    std::vector<Line> wire(std::int64_t fromUs = 0) const
    {
        std::vector<Line> out;
        for (const auto &e : trace.events()) {
            if (e.kind != EventKind::Send || e.tUs < fromUs) continue;
            const std::uint8_t flags = e.seg.flags & static_cast<std::uint8_t>(~TcpFlag::PSH);
            out.push_back({e.seg.from, flags, e.seg.seq, (flags & ACK) ? e.seg.ack : 0, e.seg.payload.size()});
        }
        return out;
    }
    bool told(NodeId n, AppError error) const
    {
        for (const auto &e : trace.events())
            if (e.kind == EventKind::App && e.node == n && e.call == AppCall::Error && e.error == error) return true;
        return false;
    }
    void checkWire(const std::vector<Line> &want, std::int64_t fromUs = 0) const
    {
        const auto got = wire(fromUs);
        INFO("on the wire:\n" << toText(got) << "expected:\n" << toText(want));
        CHECK(got == want);
    }

    Simulator sim{7};
    Trace trace;
    Network net;
};

// ESTABLISHED with A: SND.NXT 100, RCV.NXT 300 and B the reverse (ISNs 99 and 299).
void establish(World &w)
{
    w.b().listen();
    w.a().connect(kPortB);
    w.runUntil(100'000);
    REQUIRE(w.a().state() == TcpState::Established);
    REQUIRE(w.b().state() == TcpState::Established);
    REQUIRE(w.a().sndNxt() == 100);
    REQUIRE(w.b().sndNxt() == 300);
}

FaultRule delayFirst(NodeId from, std::uint8_t flags, std::int64_t delayUs)
{
    FaultRule r;
    r.from = from;
    r.flags = flags;
    r.exactFlags = true;
    r.nth = 1;
    r.action = FaultAction::Delay;
    r.delayUs = delayUs;
    return r;
}

} // namespace

TEST_CASE("Figure 7: three-way handshake", "[tcp][figure]")
{
    World w(100, 300);
    w.b().listen();
    w.a().connect(kPortB);
    w.runUntil(100'000);
    w.a().send("data");
    w.runUntil(200'000);
    w.checkWire({
        {A, SYN, 100},                // 2. SYN-SENT    --> <SEQ=100><CTL=SYN>
        {B, SYN | ACK, 300, 101},     // 3. ESTABLISHED <-- <SEQ=300><ACK=101><CTL=SYN,ACK>
        {A, ACK, 101, 301},           // 4. ESTABLISHED --> <SEQ=101><ACK=301><CTL=ACK>
        {A, ACK, 101, 301, 4},        // 5. ESTABLISHED --> <SEQ=101><ACK=301><CTL=ACK><DATA>
        {B, ACK, 301, 105},           //    (B acknowledges the data)
    });
    using S = TcpState;
    CHECK(w.trace.statesOf(A) == std::vector<S>{S::Closed, S::SynSent, S::Established});
    CHECK(w.trace.statesOf(B) == std::vector<S>{S::Closed, S::Listen, S::SynReceived, S::Established});
    CHECK(w.b().delivered() == "data");
}

TEST_CASE("Figure 8: simultaneous open", "[tcp][figure]")
{
    LinkConfig link;
    link.rules.push_back(delayFirst(A, SYN, 10'000)); // A's SYN is still in the network (line 3)
    World w(100, 300, link);
    w.a().connect(kPortB);
    w.at(1'000, [&]() { w.b().connect(kPortA); });
    w.runUntil(100'000);
    w.checkWire({
        {A, SYN, 100},            // 2. SYN-SENT     --> <SEQ=100><CTL=SYN>
        {B, SYN, 300},            // 3. SYN-RECEIVED <-- <SEQ=300><CTL=SYN>
        {A, SYN | ACK, 100, 301}, // 5. SYN-RECEIVED --> <SEQ=100><ACK=301><CTL=SYN,ACK>
        {B, SYN | ACK, 300, 101}, // 6. ESTABLISHED  <-- <SEQ=300><ACK=101><CTL=SYN,ACK>
    });
    using S = TcpState;
    const std::vector<S> path{S::Closed, S::SynSent, S::SynReceived, S::Established};
    CHECK(w.trace.statesOf(A) == path);
    CHECK(w.trace.statesOf(B) == path);
    CHECK(w.a().openedActively());
    // Nothing more is needed, and nothing more is sent.
    w.runUntil(10'000'000);
    CHECK(w.wire(100'000).empty());
}

TEST_CASE("Figure 9: recovery from an old duplicate SYN", "[tcp][figure]")
{
    LinkConfig link;
    link.rules.push_back(delayFirst(A, SYN, 50'000)); // A's SYN arrives late (line 6)
    Injection dup;                                    // line 3: the old duplicate
    dup.atUs = 1'000;
    dup.segment.from = A;
    dup.segment.sport = kPortA;
    dup.segment.dport = kPortB;
    dup.segment.seq = 90;
    dup.segment.flags = SYN;
    link.injections.push_back(dup);
    World w(100, 300, link);
    w.b().listen();
    w.a().connect(kPortB);
    // B's ISN clock has moved on by the time the second SYN arrives.
    w.at(40'000, [&]() { w.b().setIsn(400); });
    w.runUntil(200'000);
    w.checkWire({
        {A, SYN, 100},           // 2. SYN-SENT    --> <SEQ=100><CTL=SYN>             ...
        {A, SYN, 90},            // 3. (duplicate) ... <SEQ=90><CTL=SYN>              --> SYN-RECEIVED
        {B, SYN | ACK, 300, 91}, // 4. SYN-SENT    <-- <SEQ=300><ACK=91><CTL=SYN,ACK> <-- SYN-RECEIVED
        {A, RST, 91},            // 5. SYN-SENT    --> <SEQ=91><CTL=RST>              --> LISTEN
        {B, SYN | ACK, 400, 101}, // 7. ESTABLISHED <-- <SEQ=400><ACK=101><CTL=SYN,ACK> <-- SYN-RECEIVED
        {A, ACK, 101, 401},       // 8. ESTABLISHED --> <SEQ=101><ACK=401><CTL=ACK>      --> ESTABLISHED
    });
    using S = TcpState;
    CHECK(w.trace.statesOf(A) == std::vector<S>{S::Closed, S::SynSent, S::Established});
    CHECK(w.trace.statesOf(B)
          == std::vector<S>{S::Closed, S::Listen, S::SynReceived, S::Listen, S::SynReceived, S::Established});
}

TEST_CASE("Figure 10: half-open connection discovery", "[tcp][figure]")
{
    World w(99, 299);
    establish(w);
    // 1. A crashes and reboots; its ISN clock is elsewhere now.
    w.net.client().crash();
    w.net.client().reboot();
    w.a().setIsn(400);
    const std::int64_t t0 = w.sim.now();
    w.a().connect(kPortB);
    // B's application listens again after the abort.
    w.at(500'000, [&]() { w.b().listen(); });
    w.runUntil(1'500'000);
    w.checkWire(
        {
            {A, SYN, 400},      // 3. SYN-SENT --> <SEQ=400><CTL=SYN>          --> (??)
            {B, ACK, 300, 100}, // 4. (!!)     <-- <SEQ=300><ACK=100><CTL=ACK> <-- ESTABLISHED
            {A, RST, 100},      // 5. SYN-SENT --> <SEQ=100><CTL=RST>          --> (Abort!!)
            {A, SYN, 400},      // 7. SYN-SENT --> <SEQ=400><CTL=SYN>          -->
            {B, SYN | ACK, w.b().iss(), 401}, // and the new connection proceeds as in figure 7
            {A, ACK, 401, w.b().iss() + 1},
        },
        t0);
    CHECK(seqGt(w.b().iss(), 300)); // B's ISN clock has moved on too
    CHECK(w.told(B, AppError::Reset));
    CHECK(w.a().state() == TcpState::Established);
    CHECK(w.b().state() == TcpState::Established);
}

TEST_CASE("Figure 11: the active side causes half-open discovery", "[tcp][figure]")
{
    World w(99, 299);
    establish(w);
    w.net.client().crash();
    w.net.client().reboot();
    const std::int64_t t0 = w.sim.now();
    w.b().send("0123456789");
    w.runUntil(t0 + 100'000);
    w.checkWire(
        {
            {B, ACK, 300, 100, 10}, // 2. (??) <-- <SEQ=300><ACK=100><DATA=10><CTL=ACK> <-- ESTABLISHED
            {A, RST, 100},          // 3.      --> <SEQ=100><CTL=RST>                   --> (ABORT!!)
        },
        t0);
    CHECK(w.b().state() == TcpState::Closed);
    CHECK(w.told(B, AppError::Reset));
}

TEST_CASE("Figure 13: normal close", "[tcp][figure]")
{
    World w(99, 299);
    establish(w);
    const std::int64_t t0 = w.sim.now();
    w.a().close();
    w.at(t0 + 100'000, [&]() { w.b().close(); });
    w.runUntil(t0 + 200'000);
    w.checkWire(
        {
            {A, FIN | ACK, 100, 300}, // 2. (Close) FIN-WAIT-1 --> <SEQ=100><ACK=300><CTL=FIN,ACK> --> CLOSE-WAIT
            {B, ACK, 300, 101},       // 3. FIN-WAIT-2 <-- <SEQ=300><ACK=101><CTL=ACK> <-- CLOSE-WAIT
            {B, FIN | ACK, 300, 101}, // 4. TIME-WAIT <-- <SEQ=300><ACK=101><CTL=FIN,ACK> <-- LAST-ACK (Close)
            {A, ACK, 101, 301},       // 5. TIME-WAIT --> <SEQ=101><ACK=301><CTL=ACK> --> CLOSED
        },
        t0);
    using S = TcpState;
    CHECK(w.a().state() == S::TimeWait);
    CHECK(w.b().state() == S::Closed);
    w.runUntil(t0 + 200'000 + w.a().config().timers.timeWaitUs); // 6. (2 MSL) CLOSED
    CHECK(w.trace.statesOf(A)
          == std::vector<S>{S::Closed, S::SynSent, S::Established, S::FinWait1, S::FinWait2, S::TimeWait, S::Closed});
    CHECK(w.trace.statesOf(B)
          == std::vector<S>{S::Closed, S::Listen, S::SynReceived, S::Established, S::CloseWait, S::LastAck, S::Closed});
}

TEST_CASE("Figure 14: simultaneous close", "[tcp][figure]")
{
    LinkConfig link;
    link.rules.push_back(delayFirst(A, FIN | ACK, 1'000)); // A's FIN is still in the network
    World w(99, 299, link);
    establish(w);
    const std::int64_t t0 = w.sim.now();
    w.a().close();
    w.b().close();
    w.runUntil(t0 + 100'000);
    w.checkWire(
        {
            {A, FIN | ACK, 100, 300}, // 2. (Close) FIN-WAIT-1 --> <SEQ=100><ACK=300><CTL=FIN,ACK> ...
            {B, FIN | ACK, 300, 100}, //                       <-- <SEQ=300><ACK=100><CTL=FIN,ACK> <--
            {A, ACK, 101, 301},       // 3. CLOSING            --> <SEQ=101><ACK=301><CTL=ACK>     ...
            {B, ACK, 301, 101},       //                       <-- <SEQ=301><ACK=101><CTL=ACK>     <--
        },
        t0);
    using S = TcpState;
    CHECK(w.a().state() == S::TimeWait);
    CHECK(w.b().state() == S::TimeWait);
    w.runUntil(t0 + 100'000 + w.a().config().timers.timeWaitUs); // 4. (2 MSL) CLOSED
    const std::vector<S> path{S::Established, S::FinWait1, S::Closing, S::TimeWait, S::Closed};
    for (NodeId n : {A, B}) {
        auto states = w.trace.statesOf(n);
        REQUIRE(states.size() >= path.size());
        CHECK(std::vector<S>(states.end() - static_cast<std::ptrdiff_t>(path.size()), states.end()) == path);
    }
}

TEST_CASE("Figure 12: an old duplicate SYN resets two passive sockets", "[tcp][figure]")
{
    LinkConfig link;
    Injection dup; // line 2: an old SYN "from A" arrives at B
    dup.atUs = 1'000;
    dup.segment.from = A;
    dup.segment.sport = kPortA;
    dup.segment.dport = kPortB;
    dup.segment.seq = 5000;
    dup.segment.flags = SYN;
    link.injections.push_back(dup);
    World w(100, 300, link);
    w.a().listen();
    w.b().listen();
    w.runUntil(100'000);
    w.checkWire({
        {A, SYN, 5000},           // 2.      ... <SEQ=Z><CTL=SYN>              --> SYN-RECEIVED
        {B, SYN | ACK, 300, 5001}, // 3. (??) <-- <SEQ=X><ACK=Z+1><CTL=SYN,ACK> <-- SYN-RECEIVED
        {A, RST, 5001},           // 4.      --> <SEQ=Z+1><CTL=RST>             --> (return to LISTEN!)
    });
    CHECK(w.a().state() == TcpState::Listen);
    CHECK(w.b().state() == TcpState::Listen);
}

TEST_CASE("A new connection on the same ports is accepted in TIME_WAIT (§3.6.1)", "[tcp][figure]")
{
    World w(99, 299);
    establish(w);
    w.a().send("first");
    w.runUntil(200'000);
    w.b().close(); // B closes first and ends in TIME_WAIT
    w.runUntil(300'000);
    REQUIRE(w.a().state() == TcpState::CloseWait);
    w.a().close();
    w.runUntil(400'000);
    REQUIRE(w.a().state() == TcpState::Closed);
    REQUIRE(w.b().state() == TcpState::TimeWait);
    const std::uint32_t oldSndNxtB = w.b().sndNxt();
    const std::int64_t t0 = 1'000'000;
    w.at(t0, [&]() { w.a().connect(kPortB); });
    w.runUntil(t0 + 100'000);
    // A's new ISN has moved on with the clock: above everything B received before.
    const std::uint32_t isnA = 99 + 1 + static_cast<std::uint32_t>(t0 / 4);
    w.checkWire(
        {
            {A, SYN, isnA},
            {B, SYN | ACK, oldSndNxtB + 65537, isnA + 1}, // Linux: tw_snd_nxt + 65537
            {A, ACK, isnA + 1, oldSndNxtB + 65538},
        },
        t0);
    CHECK(w.a().state() == TcpState::Established);
    CHECK(w.b().state() == TcpState::Established);
    const auto states = w.trace.statesOf(B);
    CHECK(states[states.size() - 2] == TcpState::SynReceived);
    CHECK(states[states.size() - 3] == TcpState::TimeWait);
}
