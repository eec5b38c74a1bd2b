// The TCP endpoint's timers: retransmission (RFC 6298, Karn, retry limits, fast retransmit),
// TIME_WAIT, keepalive, delayed ACK, FIN_WAIT_2, persist; and the RTO estimator on its own.
#include "tests/test_tcp_support.h"

#include "core/sim/rto_estimator.h"

using namespace wirestep;
using namespace wirestep::test;

namespace {

// ESTABLISHED after a 100 ms round trip: SRTT 100 ms, RTTVAR 50 ms, RTO 300 ms.
void makeEstablishedRtt100(Harness &h)
{
    makeSynSent(h);
    h.advance(100'000);
    h.feed(SYN | ACK, 300, 101);
    h.take();
    REQUIRE(h.tcp.state() == TcpState::Established);
}

TcpConfig classroom()
{
    TcpConfig c = baseConfig();
    c.profile = TimerProfile::Classroom;
    c.timers = timersFor(TimerProfile::Classroom);
    return c;
}

} // namespace

// ---------------------------------------------------------------------------------------------
// RtoEstimator (RFC 6298 §2)

TEST_CASE("RtoEstimator follows RFC 6298 §2", "[tcp][rto]")
{
    TcpTimers t;
    t.rtoInitialUs = 1'000'000;
    t.rtoMinUs = 200'000;
    t.rtoMaxUs = 4'000'000;
    RtoEstimator r(t);
    CHECK(r.rto() == 1'000'000); // §2.1
    CHECK_FALSE(r.hasSample());
    r.sample(100'000); // §2.2: SRTT = R, RTTVAR = R/2
    CHECK(r.srtt() == 100'000);
    CHECK(r.rttvar() == 50'000);
    CHECK(r.rto() == 300'000);
    r.sample(200'000); // §2.3
    CHECK(r.rttvar() == (3 * 50'000 + 100'000) / 4);
    CHECK(r.srtt() == (7 * 100'000 + 200'000) / 8);
    CHECK(r.rto() == r.srtt() + 4 * r.rttvar());
    for (int i = 0; i < 20; ++i) r.sample(1'000);
    CHECK(r.rto() == 200'000); // §2.4: the floor
    r.backoff();
    CHECK(r.rto() == 400'000); // §5.5
    for (int i = 0; i < 10; ++i) r.backoff();
    CHECK(r.rto() == 4'000'000); // §2.5: the cap
}

// ---------------------------------------------------------------------------------------------
// Retransmission

TEST_CASE("Retransmission: RTO doubles on each expiry and Karn ignores retransmitted segments", "[tcp][rtx]")
{
    Harness h(rfcRulesConfig()); // no tail loss probe before the first RTO
    makeEstablishedRtt100(h);
    CHECK(h.tcp.rto() == 300'000);
    h.tcp.send("x");
    h.expectSends({{ACK, 101, 301, 1}});
    std::int64_t expected = 300'000;
    for (int i = 0; i < 3; ++i) {
        h.advance(expected - 1);
        h.expectNothing();
        h.advance(1);
        auto sent = h.take();
        REQUIRE(sent.size() == 1);
        CHECK(sent[0].retransmission);
        CHECK(sent[0].seq == 101);
        CHECK(sent[0].payload == "x");
        expected *= 2;
        CHECK(h.tcp.rto() == expected);
    }
    // Karn: the ACK of a retransmitted segment gives no sample; the backed-off RTO stays.
    h.feed(ACK, 301, 102);
    CHECK(h.tcp.rtoEstimator().srtt() == 100'000);
    CHECK(h.tcp.rto() == expected);
    CHECK(h.timers(TimerKind::Retransmission, TimerAction::Cancelled).size() >= 1);
    // A segment sent once gives a sample, and the RTO is computed afresh.
    h.tcp.send("y");
    h.take();
    h.advance(50'000);
    h.feed(ACK, 301, 103);
    CHECK(h.tcp.rtoEstimator().srtt() == 93'750);
    CHECK(h.tcp.rtoEstimator().rttvar() == 50'000);
    CHECK(h.tcp.rto() == 293'750);
}

TEST_CASE("Retransmission: the timer restarts on a new ACK and stops when all is acknowledged", "[tcp][rtx]")
{
    Harness h;
    makeEstablishedRtt100(h);
    h.tcp.send(std::string(1000, 'a')); // two segments: 536 + 464
    h.expectSends({{ACK, 101, 301, 536}, {ACK, 637, 301, 464}});
    const auto armedBefore = h.timers(TimerKind::Retransmission, TimerAction::Armed).size();
    h.advance(200'000);
    h.feed(ACK, 301, 637);
    const auto armed = h.timers(TimerKind::Retransmission, TimerAction::Armed);
    REQUIRE(armed.size() == armedBefore + 1);
    CHECK(armed.back().deadlineUs == h.sim.now() + h.tcp.rto());
    h.feed(ACK, 301, 1101);
    CHECK(h.timers(TimerKind::Retransmission, TimerAction::Cancelled).size() == 2); // SYN, data
    h.advance(10'000'000);
    h.expectNothing();
}

TEST_CASE("Retransmission: beyond dataRetries the connection is aborted and the app told", "[tcp][rtx]")
{
    // The linux profile: ETIMEDOUT and no RST (Linux's tcp_write_err()), and a tail loss probe
    // before the first RTO (at 300 ms, when the RTO would fire; the RTO restarts from it); the
    // others send a RST.
    const bool linux = GENERATE(true, false);
    TcpConfig c = linux ? baseConfig() : rfcRulesConfig();
    c.timers.dataRetries = 3;
    Harness h(c);
    makeEstablishedRtt100(h);
    h.tcp.send("x");
    h.take();
    const std::int64_t probe = linux ? 300'000 : 0;
    h.advance(probe + 300'000 + 600'000 + 1'200'000);
    auto sent = h.take();
    CHECK(sent.size() == (linux ? 4u : 3u));
    for (const auto &s : sent) CHECK(s.retransmission);
    CHECK(h.tcp.state() == TcpState::Established);
    h.advance(2'400'000 - 1);
    CHECK(h.tcp.state() == TcpState::Established);
    h.advance(1);
    if (linux) h.expectNothing();
    else h.expectSends({{RST, 102}});
    CHECK(h.tcp.state() == TcpState::Closed);
    CHECK(h.told(AppError::TimedOut));
}

TEST_CASE("Retransmission: a FIN that is never acknowledged also ends in a timeout", "[tcp][rtx]")
{
    TcpConfig c = baseConfig();
    c.timers.dataRetries = 1;
    Harness h(c);
    makeEstablishedRtt100(h);
    h.tcp.close();
    h.expectSends({{FIN | ACK, 101, 301}});
    h.advance(300'000);
    h.expectSends({{FIN | ACK, 101, 301}}); // the tail loss probe (linux profile)
    h.advance(300'000);
    h.expectSends({{FIN | ACK, 101, 301}}); // the RTO, restarted by the probe
    h.advance(600'000);
    h.expectNothing(); // linux profile: no RST (Linux's tcp_write_err())
    CHECK(h.told(AppError::TimedOut));
    CHECK(h.tcp.state() == TcpState::Closed);
}

// ---------------------------------------------------------------------------------------------
// Tail loss probe (RFC 8985 §7) on the linux profile

TEST_CASE("Tail loss probe: after 2·SRTT the last segment goes again, then the RTO restarts", "[tcp][tlp]")
{
    Harness h;
    makeEstablishedRtt100(h); // SRTT 100 ms, RTO 300 ms; the peer's MSS 536
    h.tcp.send(std::string(1000, 'd'));
    h.expectSends({{ACK, 101, 301, 536}, {ACK, 637, 301, 464}});
    // Two segments in flight: PTO = 2·SRTT + 2 ms = 202 ms, before the RTO (300 ms).
    h.advance(202'000 - 1);
    h.expectNothing();
    h.advance(1);
    auto probe = h.take();
    REQUIRE(probe.size() == 1);
    CHECK(probe[0].seq == 637); // the last segment, not the first
    CHECK(probe[0].payload.size() == 464);
    CHECK(probe[0].retransmission);
    CHECK(h.tcp.rto() == 300'000); // no back-off
    // The RTO counts from the probe: the first segment goes again at 202 + 300 ms.
    h.advance(300'000 - 1);
    h.expectNothing();
    h.advance(1);
    h.expectSends({{ACK, 101, 301, 536}});
    CHECK(h.tcp.rto() == 600'000);
}

TEST_CASE("Tail loss probe: one segment in flight waits for the peer's delayed ACK too", "[tcp][tlp]")
{
    TcpConfig c = baseConfig();
    c.timers.rtoMinUs = 1'000'000; // RTO 1 s, so that PTO = 2·SRTT + 1 s floor... is capped by it
    Harness h(c);
    makeEstablishedRtt100(h);
    REQUIRE(h.tcp.rto() == 1'000'000);
    h.tcp.send("x");
    h.take();
    // PTO = 2·100 ms + the RTO floor (1 s here) = 1.2 s, capped at the RTO (1 s).
    h.advance(1'000'000 - 1);
    h.expectNothing();
    h.advance(1);
    h.expectSends({{ACK, 101, 301, 1}});
    CHECK(h.tcp.rto() == 1'000'000);
}

TEST_CASE("Tail loss probe: an ACK ends the episode and the next data gets a probe again", "[tcp][tlp]")
{
    Harness h;
    makeEstablishedRtt100(h);
    h.tcp.send(std::string(1000, 'd'));
    h.take();
    h.advance(202'000);
    REQUIRE(h.take().size() == 1); // the probe
    h.feed(ACK, 301, 1101);        // everything acknowledged
    CHECK(h.timers(TimerKind::Retransmission, TimerAction::Cancelled).size() >= 1);
    h.advance(1'000'000);
    h.expectNothing();
    h.tcp.send(std::string(1000, 'e'));
    h.take();
    h.advance(202'000);
    auto probe = h.take();
    REQUIRE(probe.size() == 1);
    CHECK(probe[0].seq == 1637);
}

TEST_CASE("Tail loss probe: only on the linux profile", "[tcp][tlp]")
{
    Harness h(rfcRulesConfig());
    makeEstablishedRtt100(h);
    h.tcp.send(std::string(1000, 'd'));
    h.take();
    h.advance(300'000 - 1);
    h.expectNothing();
    h.advance(1);
    h.expectSends({{ACK, 101, 301, 536}}); // the RTO, the first segment
}

TEST_CASE("Retransmission: RFC 6298 §5.7 — after a SYN timeout data starts with RTO 3 s", "[tcp][rtx]")
{
    Harness h;
    makeSynSent(h);
    h.advance(1'000'000);
    h.expectSends({{SYN, 100}});
    h.feed(SYN | ACK, 300, 101);
    CHECK(h.tcp.state() == TcpState::Established);
    CHECK_FALSE(h.tcp.rtoEstimator().hasSample()); // Karn
    CHECK(h.tcp.rto() == 3'000'000);
}

TEST_CASE("Fast retransmit after three duplicate ACKs, then partial ACKs fill the holes", "[tcp][rtx]")
{
    Harness h;
    makeEstablishedRtt100(h);
    h.tcp.send(std::string(4 * 536, 'd'));
    h.expectSends({{ACK, 101, 301, 536}, {ACK, 637, 301, 536}, {ACK, 1173, 301, 536}, {ACK, 1709, 301, 536}});
    h.feed(ACK, 301, 101);
    h.feed(ACK, 301, 101);
    h.expectNothing();
    h.feed(ACK, 301, 101);
    auto sent = h.take();
    REQUIRE(sent.size() == 1);
    CHECK(sent[0].seq == 101);
    CHECK(sent[0].payload.size() == 536);
    CHECK(sent[0].retransmission);
    h.feed(ACK, 301, 101); // a fourth duplicate does not retransmit again
    h.expectNothing();
    h.feed(ACK, 301, 1173); // partial: the segment at 1173 is missing too
    h.expectSends({{ACK, 1173, 301, 536}});
    h.feed(ACK, 301, 2245);
    h.expectNothing();
    CHECK(h.tcp.unackedBytes() == 0);
}

TEST_CASE("Duplicate ACKs need outstanding data, no payload and an unchanged window", "[tcp][rtx]")
{
    Harness h;
    makeEstablishedRtt100(h);
    h.tcp.send(std::string(2 * 536, 'd'));
    h.take();
    h.feed(ACK, 301, 101, {}, 1000); // window change: not a duplicate
    h.feed(ACK, 301, 101, {}, 1000);
    h.feed(ACK, 301, 101, {}, 2000);
    h.expectNothing();
}

// ---------------------------------------------------------------------------------------------
// Keepalive (RFC 1122 §4.2.3.6)

TEST_CASE("Keepalive: probes with SEQ=SND.NXT-1 and aborts after keepaliveProbes", "[tcp][keepalive]")
{
    TcpConfig c = classroom();
    c.keepalive = true;
    Harness h(c);
    makeEstablished(h); // t = 0; idle 10 s, interval 2 s, 3 probes
    h.advance(10'000'000 - 1);
    h.expectNothing();
    h.advance(1);
    auto sent = h.take();
    REQUIRE(sent.size() == 1);
    CHECK(sent[0].keepalive);
    CHECK(sent[0].flags == ACK);
    CHECK(sent[0].seq == 100);
    CHECK(sent[0].ack == 301);
    CHECK(sent[0].payload.empty());
    h.advance(2'000'000);
    h.expectSends({{ACK, 100, 301}});
    h.advance(2'000'000);
    h.expectSends({{ACK, 100, 301}});
    CHECK(h.tcp.state() == TcpState::Established);
    h.advance(2'000'000);
    h.expectSends({{RST, 101}});
    CHECK(h.tcp.state() == TcpState::Closed);
    CHECK(h.told(AppError::TimedOut));
}

TEST_CASE("Keepalive: on the linux profile the give-up is a RST,ACK", "[tcp][keepalive]")
{
    TcpConfig c = baseConfig();
    c.keepalive = true;
    c.timers.keepaliveIdleUs = 1'000'000;
    c.timers.keepaliveIntervalUs = 1'000'000;
    c.timers.keepaliveProbes = 2;
    Harness h(c);
    makeEstablished(h);
    h.advance(2'000'000);
    h.expectSends({{ACK, 100, 301}, {ACK, 100, 301}});
    h.advance(1'000'000);
    h.expectSends({{RST | ACK, 101, 301}}); // Linux's tcp_send_active_reset()
    CHECK(h.tcp.state() == TcpState::Closed);
    CHECK(h.told(AppError::TimedOut));
}

TEST_CASE("Keepalive: an answered probe resets the idle timer", "[tcp][keepalive]")
{
    TcpConfig c = classroom();
    c.keepalive = true;
    Harness h(c);
    makeEstablished(h);
    h.advance(10'000'000);
    h.expectSends({{ACK, 100, 301}});
    h.advance(1'000'000);
    h.feed(ACK, 301, 101); // <SEQ=SND.NXT><ACK=RCV.NXT>: alive
    h.expectNothing();
    h.advance(10'000'000 - 1);
    h.expectNothing();
    h.advance(1);
    h.expectSends({{ACK, 100, 301}});
}

TEST_CASE("Keepalive: idle counts from the last segment received", "[tcp][keepalive]")
{
    TcpConfig c = classroom();
    c.keepalive = true;
    Harness h(c);
    makeEstablished(h);
    h.advance(5'000'000);
    h.feed(ACK, 301, 101, "hi");
    h.expectSends({{ACK, 101, 303}});
    h.advance(10'000'000 - 1);
    h.expectNothing();
    h.advance(1);
    h.expectSends({{ACK, 100, 303}});
}

TEST_CASE("Keepalive: a peer that lost the connection answers with RST", "[tcp][keepalive]")
{
    TcpConfig c = classroom();
    c.keepalive = true;
    Harness h(c);
    makeEstablished(h);
    h.advance(10'000'000);
    const auto probe = h.take();
    REQUIRE(probe.size() == 1);
    // What the peer's closed port says to the probe: <SEQ=SEG.ACK><CTL=RST>.
    auto rst = TcpEndpoint::resetForClosedPort(probe[0], NodeId::Server);
    REQUIRE(rst);
    h.feed(*rst);
    CHECK(h.tcp.state() == TcpState::Closed);
    CHECK(h.told(AppError::Reset));
}

TEST_CASE("Keepalive: a synchronized receiver answers a probe with <SEQ=SND.NXT><ACK=RCV.NXT>", "[tcp][keepalive]")
{
    Harness h;
    makeEstablished(h);
    Segment probe = Harness::peer(ACK, 300, 101);
    probe.keepalive = true;
    h.feed(probe);
    h.expectSends({{ACK, 101, 301}});
}

// ---------------------------------------------------------------------------------------------
// Delayed ACK on the linux profile (Linux's quick-ack and pingpong modes; tcp_ack_policy.cpp)

namespace {

TcpConfig linuxAcks()
{
    TcpConfig c = baseConfig();
    c.delayedAck.reset(); // the linux profile's default: on, Linux's way
    return c;
}

} // namespace

TEST_CASE("Delayed ACK (linux): on by default on the linux profile only", "[tcp][delack]")
{
    TcpConfig c;
    CHECK(c.delayedAckOn());
    c.profile = TimerProfile::Rfc;
    CHECK_FALSE(c.delayedAckOn());
    c.profile = TimerProfile::Classroom;
    CHECK_FALSE(c.delayedAckOn());
    c.delayedAck = true;
    CHECK(c.delayedAckOn());
}

TEST_CASE("Delayed ACK (linux): quick-ack mode acknowledges the first 16 segments at once", "[tcp][delack]")
{
    Harness h(linuxAcks());
    makeEstablished(h); // our window 65535, segments of 3 bytes: 16 quick ACKs (TCP_MAX_QUICKACKS)
    std::uint32_t seq = 301;
    for (int i = 0; i < 16; ++i) {
        h.advance(100'000);
        h.feed(ACK, seq, 101, "abc");
        seq += 3;
        h.expectSends({{ACK, 101, seq}});
    }
    h.advance(100'000);
    h.feed(ACK, seq, 101, "abc");
    seq += 3;
    h.expectNothing(); // the 17th waits for the ATO, 40 ms (TCP_ATO_MIN)
    h.advance(40'000 - 1);
    h.expectNothing();
    h.advance(1);
    h.expectSends({{ACK, 101, seq}});
}

TEST_CASE("Delayed ACK (linux): a small window allows fewer quick ACKs", "[tcp][delack]")
{
    TcpConfig c = linuxAcks();
    c.receiveBuffer = 4096;
    Harness h(c);
    makeEstablished(h);
    // Linux tcp_incr_quickack(): window 4096 / (2 * 1460, our MSS) = 1 quick ACK.
    h.feed(ACK, 301, 101, std::string(2048, 'a'));
    h.expectSends({{ACK, 101, 2349}});
    h.advance(10'000);
    h.feed(ACK, 2349, 101, std::string(1024, 'b'));
    h.expectNothing();
    h.advance(40'000);
    h.expectSends({{ACK, 101, 3373}});
}

TEST_CASE("Delayed ACK (linux): a FIN's ACK waits in pingpong mode and rides on the FIN", "[tcp][delack]")
{
    Harness h(linuxAcks());
    makeEstablished(h);
    h.feed(ACK, 301, 101, "data");
    h.expectSends({{ACK, 101, 305}}); // quick-ack
    h.advance(100'000);
    SECTION("the application does not answer: the ACK goes after the ATO")
    {
        h.feed(FIN | ACK, 305, 101);
        h.expectNothing();
        h.advance(40'000 - 1);
        h.expectNothing();
        h.advance(1);
        h.expectSends({{ACK, 101, 306}});
        CHECK(h.tcp.state() == TcpState::CloseWait);
    }
    SECTION("the application closes within it: FIN and ACK in one segment")
    {
        h.feed(FIN | ACK, 305, 101);
        h.advance(10'000);
        h.tcp.close();
        h.expectSends({{FIN | ACK, 101, 306}});
        CHECK(h.tcp.state() == TcpState::LastAck);
    }
}

TEST_CASE("Delayed ACK (linux): before any data a FIN's ACK goes at once", "[tcp][delack]")
{
    Harness h(linuxAcks());
    makeEstablished(h);
    h.feed(FIN | ACK, 301, 101);
    h.expectSends({{ACK, 101, 302}}); // the ATO is 0 until data arrives (Linux: the next tick)
    CHECK(h.timers(TimerKind::DelayedAck, TimerAction::Armed).empty());
}

TEST_CASE("Delayed ACK (linux): a reply within the ATO enters pingpong mode; a missed ACK leaves it", "[tcp][delack]")
{
    Harness h(linuxAcks());
    makeEstablished(h);
    h.feed(ACK, 301, 101, "ask");
    h.expectSends({{ACK, 101, 304}}); // quick-ack
    h.advance(10'000);
    h.tcp.send("answer"); // within 40 ms of the request: interactive
    h.expectSends({{ACK, 101, 304, 6}});
    h.feed(ACK, 304, 107);
    h.advance(100'000);
    h.feed(ACK, 304, 107, "ask");
    h.expectNothing(); // pingpong: the ACK waits for the answer
    h.advance(10'000);
    h.tcp.send("answer");
    h.expectSends({{ACK, 107, 307, 6}}); // and rides on it
    h.feed(ACK, 307, 113);
    h.advance(100'000);
    h.feed(ACK, 307, 113, "ask");
    h.expectNothing();
    h.advance(200'000);
    h.expectSends({{ACK, 113, 310}}); // no answer: the timer fires and pingpong mode ends
    h.advance(100'000);
    h.feed(ACK, 310, 113, "ask");
    h.expectSends({{ACK, 113, 313}}); // quick-ack again
}

TEST_CASE("Delayed ACK (linux): out-of-order data is acknowledged at once", "[tcp][delack]")
{
    Harness h(linuxAcks());
    makeEstablished(h);
    h.feed(ACK, 301, 101, "abc");
    h.take();
    h.feed(ACK, 310, 101, "later");
    h.expectSends({{ACK, 101, 304}});
    h.feed(ACK, 304, 101, "fill!!");
    h.expectSends({{ACK, 101, 315}}); // filling the gap: at once too
}

// ---------------------------------------------------------------------------------------------
// Delayed ACK (RFC 1122 §4.2.3.2)

TEST_CASE("Delayed ACK: at most delayedAckUs later, at once for every second full segment", "[tcp][delack]")
{
    TcpConfig c = rfcConfig(); // RFC 1122 §4.2.3.2's rule; the linux profile's follows Linux
    c.delayedAck = true;
    Harness h(c);
    makeEstablished(h);
    const std::int64_t d = c.timers.delayedAckUs;
    SECTION("one small segment waits for the timer")
    {
        h.feed(ACK, 301, 101, "abc");
        h.expectNothing();
        h.advance(d - 1);
        h.expectNothing();
        h.advance(1);
        h.expectSends({{ACK, 101, 304}});
        CHECK(h.timers(TimerKind::DelayedAck, TimerAction::Fired).size() == 1);
    }
    SECTION("the second full-sized segment is acknowledged at once")
    {
        h.feed(ACK, 301, 101, std::string(536, 'a'));
        h.expectNothing();
        h.feed(ACK, 837, 101, std::string(536, 'b'));
        h.expectSends({{ACK, 101, 1373}});
        CHECK(h.timers(TimerKind::DelayedAck, TimerAction::Cancelled).size() == 1);
    }
    SECTION("outgoing data carries the ACK")
    {
        h.feed(ACK, 301, 101, "abc");
        h.tcp.send("reply");
        h.expectSends({{ACK, 101, 304, 5}});
        h.advance(d);
        h.expectNothing();
    }
    SECTION("out-of-order data is acknowledged at once")
    {
        h.feed(ACK, 310, 101, "later");
        h.expectSends({{ACK, 101, 301}});
    }
    SECTION("a FIN's ACK waits too, as on Linux, and goes out alone when the timer fires")
    {
        h.feed(FIN | ACK, 301, 101, "bye");
        h.expectNothing();
        h.advance(d);
        h.expectSends({{ACK, 101, 305}});
    }
    SECTION("an application that closes at once sends its FIN with the delayed ACK")
    {
        h.feed(FIN | ACK, 301, 101, "bye");
        h.tcp.close();
        h.expectSends({{FIN | ACK, 101, 305}});
        h.advance(d);
        h.expectNothing();
    }
}

TEST_CASE("Without delayed ACK every data segment is acknowledged at once", "[tcp][delack]")
{
    Harness h;
    makeEstablished(h);
    h.feed(ACK, 301, 101, "a");
    h.expectSends({{ACK, 101, 302}});
    h.feed(ACK, 302, 101, "b");
    h.expectSends({{ACK, 101, 303}});
    CHECK(h.timers(TimerKind::DelayedAck, TimerAction::Armed).empty());
}

// ---------------------------------------------------------------------------------------------
// FIN_WAIT_2 and TIME_WAIT

TEST_CASE("FIN_WAIT_2 times out only after close()", "[tcp][fin_wait_2]")
{
    Harness h;
    makeFinWait2(h); // close()
    REQUIRE(h.timers(TimerKind::FinWait2, TimerAction::Armed).size() == 1);
    h.advance(h.tcp.config().timers.finWait2Us - 1);
    CHECK(h.tcp.state() == TcpState::FinWait2);
    h.advance(1);
    CHECK(h.tcp.state() == TcpState::Closed);
    h.expectNothing();
}

TEST_CASE("FIN_WAIT_2 waits forever when finWait2Us is 0", "[tcp][fin_wait_2]")
{
    TcpConfig c = baseConfig();
    c.timers.finWait2Us = 0;
    Harness h(c);
    makeFinWait2(h);
    h.advance(3600'000'000);
    CHECK(h.tcp.state() == TcpState::FinWait2);
}

TEST_CASE("Leaving FIN_WAIT_2 cancels its timer", "[tcp][fin_wait_2]")
{
    Harness h;
    makeTimeWait(h);
    CHECK(h.timers(TimerKind::FinWait2, TimerAction::Cancelled).size() == 1);
}

TEST_CASE("Timer events carry deadline and duration", "[tcp][timer]")
{
    Harness h;
    makeTimeWait(h);
    const auto armed = h.timers(TimerKind::TimeWait, TimerAction::Armed);
    REQUIRE(armed.size() == 1);
    CHECK(armed[0].durationUs == h.tcp.config().timers.timeWaitUs);
    CHECK(armed[0].deadlineUs == armed[0].tUs + armed[0].durationUs);
    h.advance(armed[0].durationUs);
    const auto fired = h.timers(TimerKind::TimeWait, TimerAction::Fired);
    REQUIRE(fired.size() == 1);
    CHECK(fired[0].tUs == armed[0].deadlineUs);
    CHECK(fired[0].cause == armed[0].id);
    // CLOSED is caused by the timer firing.
    CHECK(h.lastState().cause == fired[0].id);
}

// ---------------------------------------------------------------------------------------------
// Persist (RFC 9293 §3.8.6.1)

TEST_CASE("Zero window: nothing is sent; the persist timer probes until it opens", "[tcp][persist]")
{
    Harness h;
    makeSynSent(h);
    h.advance(100'000);
    h.feed(SYN | ACK, 300, 101, {}, 0);
    h.take();
    h.tcp.send("blocked");
    h.expectNothing();
    h.advance(300'000);
    h.expectSends({{ACK, 100, 301}}); // <SEQ=SND.UNA-1>: the peer must answer with its window
    h.advance(600'000);
    h.expectSends({{ACK, 100, 301}});
    CHECK(h.tcp.state() == TcpState::Established); // probes never give up
    h.feed(ACK, 301, 101, {}, 100);
    h.expectSends({{ACK, 101, 301, 7}});
}
