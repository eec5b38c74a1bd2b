// The transition table of docs/tcp-reference.md §1, one test per row, grouped by state; then the
// application calls that are illegal in a state, the counterfactual variants, and forget().
#include "tests/test_tcp_support.h"

using namespace wirestep;
using namespace wirestep::test;

// ---------------------------------------------------------------------------------------------
// CLOSED

TEST_CASE("CLOSED: passive OPEN creates the TCB and enters LISTEN", "[tcp][closed]")
{
    Harness h;
    h.tcp.listen();
    h.expectNothing();
    CHECK(h.tcp.state() == TcpState::Listen);
    REQUIRE(h.states().size() == 1);
    CHECK(h.states()[0].from == TcpState::Closed);
    CHECK(h.states()[0].to == TcpState::Listen);
    // The state change is caused by the app call.
    CHECK(h.trace.byId(h.states()[0].cause)->call == AppCall::Listen);
}

TEST_CASE("CLOSED: active OPEN sends <SEQ=ISS><CTL=SYN> with the MSS option", "[tcp][closed]")
{
    Harness h;
    h.tcp.connect(kRemotePort);
    const auto sent = h.port.sent;
    h.expectSends({{SYN, 100}});
    CHECK(sent[0].mss == 1460);
    CHECK(sent[0].window == 65535);
    CHECK(h.tcp.state() == TcpState::SynSent);
    CHECK(h.tcp.sndUna() == 100);
    CHECK(h.tcp.sndNxt() == 101);
}

TEST_CASE("CLOSED: the ISN comes from the seed when none is configured", "[tcp][closed]")
{
    TcpConfig c = baseConfig();
    c.isn.reset();
    Harness a(c), b(c);
    a.tcp.connect(kRemotePort);
    b.tcp.connect(kRemotePort);
    REQUIRE(a.port.sent.size() == 1);
    CHECK(a.port.sent[0].seq == b.port.sent[0].seq); // same seed, same ISN
}

TEST_CASE("CLOSED: any segment without RST gets the RST-gen answer", "[tcp][closed]")
{
    SECTION("with ACK: <SEQ=SEG.ACK><CTL=RST>")
    {
        Segment in = Harness::peer(ACK, 300, 555, "hello");
        auto rst = TcpEndpoint::resetForClosedPort(in, NodeId::Client);
        REQUIRE(rst);
        CHECK(rst->flags == RST);
        CHECK(rst->seq == 555);
        CHECK(rst->sport == kLocalPort);
        CHECK(rst->dport == kRemotePort);
        CHECK(rst->from == NodeId::Client);
    }
    SECTION("without ACK: <SEQ=0><ACK=SEG.SEQ+SEG.LEN><CTL=RST,ACK>")
    {
        Segment in = Harness::peer(SYN | FIN, 300, 0, "abc");
        auto rst = TcpEndpoint::resetForClosedPort(in, NodeId::Client);
        REQUIRE(rst);
        CHECK(rst->flags == (RST | ACK));
        CHECK(rst->seq == 0);
        CHECK(rst->ack == 300 + 3 + 2);
    }
    SECTION("never to a RST")
    {
        CHECK_FALSE(TcpEndpoint::resetForClosedPort(Harness::peer(RST | ACK, 300, 1), NodeId::Client));
    }
    SECTION("an endpoint in CLOSED answers the same way")
    {
        Harness h;
        h.feed(SYN, 300);
        h.expectSends({{RST | ACK, 0, 301}});
        h.feed(RST, 300);
        h.expectNothing();
        CHECK(h.tcp.state() == TcpState::Closed);
    }
}

// ---------------------------------------------------------------------------------------------
// LISTEN (RFC 9293 §3.10.7.2)

TEST_CASE("LISTEN: a RST is ignored", "[tcp][listen]")
{
    Harness h;
    makeListen(h);
    h.feed(RST, 300);
    h.expectNothing();
    CHECK(h.tcp.state() == TcpState::Listen);
}

TEST_CASE("LISTEN: a non-SYN with ACK gets <SEQ=SEG.ACK><CTL=RST>", "[tcp][listen]")
{
    Harness h;
    makeListen(h);
    h.feed(ACK, 300, 4242);
    h.expectSends({{RST, 4242}});
    CHECK(h.tcp.state() == TcpState::Listen);
    SECTION("a SYN,ACK too (figure 12 line 4)")
    {
        h.feed(SYN | ACK, 300, 91);
        h.expectSends({{RST, 91}});
        CHECK(h.tcp.state() == TcpState::Listen);
    }
}

TEST_CASE("LISTEN: a SYN is answered with SYN,ACK and enters SYN_RECEIVED (passive)", "[tcp][listen]")
{
    Harness h;
    makeListen(h);
    Segment syn = Harness::peer(SYN, 300);
    syn.mss = 536;
    syn.window = 8192;
    h.feed(syn);
    const auto sent = h.port.sent;
    h.expectSends({{SYN | ACK, 100, 301}});
    CHECK(sent[0].mss == 1460);
    CHECK(h.tcp.state() == TcpState::SynReceived);
    CHECK_FALSE(h.tcp.openedActively());
    CHECK(h.tcp.irs() == 300);
    CHECK(h.tcp.rcvNxt() == 301);
    CHECK(h.tcp.sndWnd() == 8192);
    CHECK(h.tcp.remotePort() == kRemotePort);
}

TEST_CASE("LISTEN: bare data or FIN without ACK is dropped", "[tcp][listen]")
{
    Harness h;
    makeListen(h);
    h.feed(0, 300, 0, "data");
    h.feed(FIN, 300);
    h.expectNothing();
    CHECK(h.tcp.state() == TcpState::Listen);
}

TEST_CASE("LISTEN: CLOSE deletes the TCB", "[tcp][listen]")
{
    Harness h;
    makeListen(h);
    h.tcp.close();
    h.expectNothing();
    CHECK(h.tcp.state() == TcpState::Closed);
}

TEST_CASE("LISTEN: connect() turns the listener active", "[tcp][listen]")
{
    Harness h;
    makeListen(h);
    h.tcp.connect(kRemotePort);
    h.expectSends({{SYN, 100}});
    CHECK(h.tcp.state() == TcpState::SynSent);
}

// ---------------------------------------------------------------------------------------------
// SYN_SENT (RFC 9293 §3.10.7.3)

TEST_CASE("SYN_SENT: SYN,ACK acknowledging our SYN -> ESTABLISHED and ACK", "[tcp][syn_sent]")
{
    Harness h;
    makeSynSent(h);
    h.feed(SYN | ACK, 300, 101);
    h.expectSends({{ACK, 101, 301}});
    CHECK(h.tcp.state() == TcpState::Established);
    CHECK(h.tcp.sndUna() == 101);
    CHECK(h.tcp.rcvNxt() == 301);
    // All acknowledged: the retransmission timer is off.
    CHECK(h.timers(TimerKind::Retransmission, TimerAction::Cancelled).size() == 1);
}

TEST_CASE("SYN_SENT: a bare SYN (simultaneous open) -> SYN,ACK and SYN_RECEIVED (active)", "[tcp][syn_sent]")
{
    Harness h;
    makeSynSent(h);
    h.feed(SYN, 300);
    h.expectSends({{SYN | ACK, 100, 301}});
    CHECK(h.tcp.state() == TcpState::SynReceived);
    CHECK(h.tcp.openedActively());
}

TEST_CASE("SYN_SENT: an unacceptable ACK gets <SEQ=SEG.ACK><CTL=RST>", "[tcp][syn_sent]")
{
    Harness h;
    makeSynSent(h);
    SECTION("SEG.ACK =< ISS (figure 9 line 5)")
    {
        h.feed(SYN | ACK, 300, 91);
        h.expectSends({{RST, 91}});
    }
    SECTION("SEG.ACK > SND.NXT")
    {
        h.feed(ACK, 300, 500);
        h.expectSends({{RST, 500}});
    }
    SECTION("but not to a RST")
    {
        h.feed(RST | ACK, 300, 500);
        h.expectNothing();
    }
    CHECK(h.tcp.state() == TcpState::SynSent);
}

TEST_CASE("SYN_SENT: a RST acknowledging our SYN -> connection refused, CLOSED", "[tcp][syn_sent]")
{
    Harness h;
    makeSynSent(h);
    h.feed(RST | ACK, 0, 101);
    h.expectNothing();
    CHECK(h.tcp.state() == TcpState::Closed);
    CHECK(h.told(AppError::Refused));
    CHECK(h.timers(TimerKind::Retransmission, TimerAction::Cancelled).size() == 1);
}

TEST_CASE("SYN_SENT: a RST without an acceptable ACK is dropped", "[tcp][syn_sent]")
{
    Harness h;
    makeSynSent(h);
    h.feed(RST, 0);
    h.expectNothing();
    CHECK(h.tcp.state() == TcpState::SynSent);
    CHECK(h.app(AppCall::Error).empty());
}

TEST_CASE("SYN_SENT: a segment with neither SYN nor RST is dropped", "[tcp][syn_sent]")
{
    Harness h;
    makeSynSent(h);
    h.feed(ACK, 300, 101);
    h.expectNothing();
    CHECK(h.tcp.state() == TcpState::SynSent);
}

TEST_CASE("SYN_SENT: CLOSE or ABORT deletes the TCB without a segment", "[tcp][syn_sent]")
{
    Harness h;
    makeSynSent(h);
    SECTION("close") { h.tcp.close(); }
    SECTION("abort") { h.tcp.abort(); }
    h.expectNothing();
    CHECK(h.tcp.state() == TcpState::Closed);
    h.advance(60'000'000);
    h.expectNothing(); // no timer left
    CHECK(h.app(AppCall::Error).empty()); // nothing was queued: nothing to tell
}

TEST_CASE("SYN_SENT: CLOSE with data queued tells the application \"connection closing\"", "[tcp][syn_sent]")
{
    // RFC 9293 §3.10.4 SYN-SENT: "return 'error: closing' responses to any queued SENDs".
    Harness h(GENERATE(baseConfig(), rfcConfig()));
    makeSynSent(h);
    h.tcp.send("never sent");
    h.expectNothing(); // waits for the handshake
    h.tcp.close();
    h.expectNothing();
    CHECK(h.tcp.state() == TcpState::Closed);
    const auto errors = h.app(AppCall::Error);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].error == AppError::Closing);
    h.advance(60'000'000);
    h.expectNothing();
}

TEST_CASE("SYN_SENT: RTO resends the SYN and backs off; gives up after synRetries", "[tcp][syn_sent]")
{
    TcpConfig c = baseConfig();
    c.timers.synRetries = 2;
    Harness h(c);
    makeSynSent(h);
    h.advance(999'999);
    h.expectNothing();
    h.advance(1);
    auto sent = h.take();
    REQUIRE(sent.size() == 1);
    CHECK(sent[0].flags == SYN);
    CHECK(sent[0].seq == 100);
    CHECK(sent[0].retransmission);
    h.advance(2'000'000); // t = 3 s
    sent = h.take();
    REQUIRE(sent.size() == 1);
    CHECK(sent[0].retransmission);
    CHECK(h.tcp.state() == TcpState::SynSent);
    h.advance(4'000'000); // t = 7 s: the limit is reached
    h.expectNothing();    // no RST: the peer has nothing to reset
    CHECK(h.tcp.state() == TcpState::Closed);
    CHECK(h.told(AppError::TimedOut));
}

// ---------------------------------------------------------------------------------------------
// SYN_RECEIVED (RFC 9293 §3.10.7.4)

TEST_CASE("SYN_RECEIVED: an acceptable ACK -> ESTABLISHED", "[tcp][syn_received]")
{
    Harness h;
    makeSynReceived(h);
    h.feed(ACK, 301, 101, {}, 4000);
    h.expectNothing();
    CHECK(h.tcp.state() == TcpState::Established);
    CHECK(h.tcp.sndUna() == 101);
    CHECK(h.tcp.sndWnd() == 4000);
}

TEST_CASE("SYN_RECEIVED: the ACK may carry data and a FIN", "[tcp][syn_received]")
{
    Harness h;
    makeSynReceived(h);
    h.feed(ACK | FIN, 301, 101, "hi");
    h.expectSends({{ACK, 101, 304}});
    CHECK(h.tcp.state() == TcpState::CloseWait);
    CHECK(h.tcp.delivered() == "hi");
}

TEST_CASE("SYN_RECEIVED: an unacceptable ACK gets <SEQ=SEG.ACK><CTL=RST>", "[tcp][syn_received]")
{
    Harness h;
    makeSynReceived(h);
    h.feed(ACK, 301, 777);
    h.expectSends({{RST, 777}});
    CHECK(h.tcp.state() == TcpState::SynReceived);
}

TEST_CASE("SYN_RECEIVED: a valid RST returns a passive open to LISTEN", "[tcp][syn_received]")
{
    Harness h;
    makeSynReceived(h);
    h.feed(RST, 301);
    h.expectNothing();
    CHECK(h.tcp.state() == TcpState::Listen);
    CHECK(h.app(AppCall::Error).empty());
    h.advance(60'000'000);
    h.expectNothing(); // the SYN,ACK timer is gone
}

TEST_CASE("SYN_RECEIVED: a valid RST on an active open -> connection refused", "[tcp][syn_received]")
{
    Harness h;
    makeSynReceivedActive(h);
    h.feed(RST, 301);
    h.expectNothing();
    CHECK(h.tcp.state() == TcpState::Closed);
    CHECK(h.told(AppError::Refused));
}

TEST_CASE("SYN_RECEIVED: an in-window RST that is not RCV.NXT gets a challenge ACK", "[tcp][syn_received]")
{
    Harness h;
    makeSynReceived(h);
    h.feed(RST, 400);
    h.expectSends({{ACK, 101, 301}});
    CHECK(h.tcp.state() == TcpState::SynReceived);
}

TEST_CASE("SYN_RECEIVED: CLOSE sends FIN and enters FIN_WAIT_1", "[tcp][syn_received]")
{
    Harness h;
    makeSynReceived(h);
    h.tcp.close();
    h.expectSends({{FIN | ACK, 101, 301}});
    CHECK(h.tcp.state() == TcpState::FinWait1);
    // The peer's ACK covers the SYN and the FIN.
    h.feed(ACK, 301, 102);
    CHECK(h.tcp.state() == TcpState::FinWait2);
}

TEST_CASE("SYN_RECEIVED: ABORT sends <SEQ=SND.NXT><CTL=RST>", "[tcp][syn_received]")
{
    Harness h(rfcConfig());
    makeSynReceived(h);
    h.tcp.abort();
    h.expectSends({{RST, 101}});
    CHECK(h.tcp.state() == TcpState::Closed);
}

TEST_CASE("SYN_RECEIVED: ABORT on the linux profile sends <SEQ=SND.NXT><ACK=RCV.NXT><CTL=RST,ACK>", "[tcp][syn_received]")
{
    Harness h; // Linux's tcp_send_active_reset()
    makeSynReceived(h);
    h.tcp.abort();
    h.expectSends({{RST | ACK, 101, 301}});
    CHECK(h.tcp.state() == TcpState::Closed);
}

TEST_CASE("SYN_RECEIVED: RTO resends the SYN,ACK", "[tcp][syn_received]")
{
    Harness h;
    makeSynReceived(h);
    h.advance(1'000'000);
    auto sent = h.take();
    REQUIRE(sent.size() == 1);
    CHECK(sent[0].flags == (SYN | ACK));
    CHECK(sent[0].seq == 100);
    CHECK(sent[0].ack == 301);
    CHECK(sent[0].retransmission);
    CHECK(sent[0].mss == 1460);
    CHECK(h.tcp.state() == TcpState::SynReceived);
}

TEST_CASE("SYN_RECEIVED: passive open that exhausts synAckRetries goes back to LISTEN", "[tcp][syn_received]")
{
    TcpConfig c = rfcConfig();
    c.timers.synAckRetries = 1;
    Harness h(c);
    makeSynReceived(h);
    h.advance(1'000'000);
    h.expectSends({{SYN | ACK, 100, 301}});
    h.advance(2'000'000);
    h.expectSends({{RST, 101}});
    CHECK(h.tcp.state() == TcpState::Listen);
    CHECK(h.app(AppCall::Error).empty()); // the application never saw this connection
}

TEST_CASE("SYN_RECEIVED: on the linux profile a request that exhausts synAckRetries is dropped silently", "[tcp][syn_received]")
{
    TcpConfig c = baseConfig();
    c.timers.synAckRetries = 1;
    Harness h(c);
    makeSynReceived(h);
    h.advance(1'000'000);
    h.expectSends({{SYN | ACK, 100, 301}});
    h.advance(2'000'000);
    h.expectNothing(); // Linux drops the request socket without a RST
    CHECK(h.tcp.state() == TcpState::Listen);
    CHECK(h.app(AppCall::Error).empty());
}

TEST_CASE("SYN_RECEIVED: a retransmitted SYN is answered with the SYN,ACK again", "[tcp][syn_received]")
{
    Harness h;
    makeSynReceived(h);
    h.feed(SYN, 300);
    h.expectSends({{SYN | ACK, 100, 301}});
    CHECK(h.tcp.state() == TcpState::SynReceived);
}

TEST_CASE("SYN_RECEIVED: a new in-window SYN returns a passive open to LISTEN", "[tcp][syn_received]")
{
    Harness h;
    makeSynReceived(h);
    h.feed(SYN, 500);
    h.expectNothing();
    CHECK(h.tcp.state() == TcpState::Listen);
}

// ---------------------------------------------------------------------------------------------
// ESTABLISHED

TEST_CASE("ESTABLISHED: CLOSE sends <SEQ=SND.NXT><ACK=RCV.NXT><CTL=FIN,ACK>", "[tcp][established]")
{
    Harness h;
    makeEstablished(h);
    h.tcp.close();
    h.expectSends({{FIN | ACK, 101, 301}});
    CHECK(h.tcp.state() == TcpState::FinWait1);
}

TEST_CASE("ESTABLISHED: a FIN is acknowledged and enters CLOSE_WAIT", "[tcp][established]")
{
    Harness h;
    makeEstablished(h);
    h.feed(FIN | ACK, 301, 101);
    h.expectSends({{ACK, 101, 302}});
    CHECK(h.tcp.state() == TcpState::CloseWait);
    CHECK(h.app(AppCall::Eof).size() == 1);
}

TEST_CASE("ESTABLISHED: a valid RST -> connection reset, CLOSED", "[tcp][established]")
{
    Harness h;
    makeEstablished(h);
    h.feed(RST, 301);
    h.expectNothing();
    CHECK(h.tcp.state() == TcpState::Closed);
    CHECK(h.told(AppError::Reset));
}

TEST_CASE("ESTABLISHED: RFC 5961 — an in-window RST off RCV.NXT gets a challenge ACK", "[tcp][established]")
{
    Harness h;
    makeEstablished(h);
    h.feed(RST, 1000);
    h.expectSends({{ACK, 101, 301}});
    CHECK(h.tcp.state() == TcpState::Established);
    SECTION("an out-of-window RST is dropped silently")
    {
        h.feed(RST, 301 + 70000);
        h.expectNothing();
        CHECK(h.tcp.state() == TcpState::Established);
    }
}

TEST_CASE("ESTABLISHED: a SYN gets a challenge ACK", "[tcp][established]")
{
    Harness h;
    makeEstablished(h);
    SECTION("in the window") { h.feed(SYN, 5000); }
    SECTION("out of the window (half-open discovery, figure 10 line 4)") { h.feed(SYN, 100000); }
    SECTION("an old SYN,ACK") { h.feed(SYN | ACK, 300, 101); }
    h.expectSends({{ACK, 101, 301}});
    CHECK(h.tcp.state() == TcpState::Established);
}

TEST_CASE("ESTABLISHED: an unacceptable segment gets <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>", "[tcp][established]")
{
    Harness h;
    makeEstablished(h);
    h.feed(ACK, 200, 101, "old");
    h.expectSends({{ACK, 101, 301}});
    CHECK(h.tcp.state() == TcpState::Established);
    h.feed(RST | ACK, 200, 101); // never to a RST
    h.expectNothing();
    CHECK(h.tcp.state() == TcpState::Established);
}

TEST_CASE("ESTABLISHED: on the linux profile, out-of-window segments without data are answered once per 500 ms", "[tcp][established]")
{
    // Linux tcp_oow_rate_limited() (net.ipv4.tcp_invalid_ratelimit): against ACK loops.
    Harness h;
    makeEstablished(h);
    h.feed(ACK, 300, 101); // below the window, no data (a zero-window or keepalive probe)
    h.expectSends({{ACK, 101, 301}});
    h.advance(499'999);
    h.feed(ACK, 300, 101);
    h.expectNothing();
    h.feed(ACK, 200, 101, "old"); // data is always answered
    h.expectSends({{ACK, 101, 301}});
    h.advance(1);
    h.feed(ACK, 300, 101);
    h.expectSends({{ACK, 101, 301}});
    // The rfc profile answers every one.
    Harness r(rfcConfig());
    makeEstablished(r);
    r.feed(ACK, 300, 101);
    r.feed(ACK, 300, 101);
    r.expectSends({{ACK, 101, 301}, {ACK, 101, 301}});
}

TEST_CASE("ESTABLISHED: an ACK of something not yet sent is answered with an ACK", "[tcp][established]")
{
    Harness h;
    makeEstablished(h);
    h.feed(ACK, 301, 900, "xx");
    h.expectSends({{ACK, 101, 301}});
    CHECK(h.tcp.delivered().empty());
}

TEST_CASE("ESTABLISHED: ABORT sends <SEQ=SND.NXT><CTL=RST>", "[tcp][established]")
{
    Harness h(rfcConfig());
    makeEstablished(h);
    h.tcp.abort();
    h.expectSends({{RST, 101}});
    CHECK(h.tcp.state() == TcpState::Closed);
}

TEST_CASE("ESTABLISHED: ABORT on the linux profile sends <SEQ=SND.NXT><ACK=RCV.NXT><CTL=RST,ACK>", "[tcp][established]")
{
    Harness h; // Linux's tcp_send_active_reset()
    makeEstablished(h);
    h.tcp.send("queued");
    h.take();
    h.tcp.abort();
    h.expectSends({{RST | ACK, 107, 301}});
    CHECK(h.tcp.state() == TcpState::Closed);
}

TEST_CASE("ESTABLISHED: a segment from another port is answered as by a closed port", "[tcp][established]")
{
    Harness h;
    makeEstablished(h);
    Segment s = Harness::peer(ACK, 301, 101, "x");
    s.sport = 4444;
    h.feed(s);
    auto sent = h.take();
    REQUIRE(sent.size() == 1);
    CHECK(sent[0].flags == RST);
    CHECK(sent[0].dport == 4444);
    CHECK(h.tcp.state() == TcpState::Established);
}

// ---------------------------------------------------------------------------------------------
// FIN_WAIT_1, FIN_WAIT_2

TEST_CASE("FIN_WAIT_1: the ACK of our FIN -> FIN_WAIT_2", "[tcp][fin_wait_1]")
{
    Harness h;
    makeFinWait1(h);
    h.feed(ACK, 301, 102);
    h.expectNothing();
    CHECK(h.tcp.state() == TcpState::FinWait2);
}

TEST_CASE("FIN_WAIT_1: a FIN while ours is unacknowledged -> ACK, CLOSING", "[tcp][fin_wait_1]")
{
    Harness h;
    makeFinWait1(h);
    h.feed(FIN | ACK, 301, 101);
    h.expectSends({{ACK, 102, 302}});
    CHECK(h.tcp.state() == TcpState::Closing);
}

TEST_CASE("FIN_WAIT_1: a FIN that also acknowledges ours -> ACK, TIME_WAIT", "[tcp][fin_wait_1]")
{
    Harness h;
    makeFinWait1(h);
    h.feed(FIN | ACK, 301, 102);
    h.expectSends({{ACK, 102, 302}});
    CHECK(h.tcp.state() == TcpState::TimeWait);
    CHECK(h.timers(TimerKind::TimeWait, TimerAction::Armed).size() == 1);
}

TEST_CASE("FIN_WAIT_1: data from the peer is still delivered", "[tcp][fin_wait_1]")
{
    Harness h;
    makeFinWait1(h);
    h.feed(ACK, 301, 101, "more");
    h.expectSends({{ACK, 102, 305}});
    CHECK(h.tcp.delivered() == "more");
    CHECK(h.tcp.state() == TcpState::FinWait1);
}

TEST_CASE("FIN_WAIT_2: data is delivered and acknowledged (half-close)", "[tcp][fin_wait_2]")
{
    Harness h;
    makeFinWait2(h);
    h.feed(ACK, 301, 102, "reply");
    h.expectSends({{ACK, 102, 306}});
    CHECK(h.tcp.delivered() == "reply");
    CHECK(h.tcp.state() == TcpState::FinWait2);
}

TEST_CASE("FIN_WAIT_2: a FIN is acknowledged and starts 2MSL", "[tcp][fin_wait_2]")
{
    Harness h;
    makeFinWait2(h);
    h.feed(FIN | ACK, 301, 102);
    h.expectSends({{ACK, 102, 302}});
    CHECK(h.tcp.state() == TcpState::TimeWait);
}

// ---------------------------------------------------------------------------------------------
// CLOSE_WAIT, CLOSING, LAST_ACK

TEST_CASE("CLOSE_WAIT: SEND still sends data", "[tcp][close_wait]")
{
    Harness h;
    makeCloseWait(h);
    h.tcp.send("late");
    h.expectSends({{ACK, 101, 302, 4}});
    CHECK(h.tcp.state() == TcpState::CloseWait);
}

TEST_CASE("CLOSE_WAIT: CLOSE sends FIN and enters LAST_ACK", "[tcp][close_wait]")
{
    Harness h;
    makeCloseWait(h);
    h.tcp.close();
    h.expectSends({{FIN | ACK, 101, 302}});
    CHECK(h.tcp.state() == TcpState::LastAck);
}

TEST_CASE("CLOSE_WAIT: a retransmitted FIN is re-acknowledged", "[tcp][close_wait]")
{
    Harness h;
    makeCloseWait(h);
    h.feed(FIN | ACK, 301, 101);
    h.expectSends({{ACK, 101, 302}});
    CHECK(h.tcp.state() == TcpState::CloseWait);
    CHECK(h.app(AppCall::Eof).size() == 1);
}

TEST_CASE("CLOSING: the ACK of our FIN -> TIME_WAIT", "[tcp][closing]")
{
    Harness h;
    makeClosing(h);
    h.feed(ACK, 302, 102);
    h.expectNothing();
    CHECK(h.tcp.state() == TcpState::TimeWait);
}

TEST_CASE("CLOSING: an ACK that does not cover our FIN is ignored", "[tcp][closing]")
{
    Harness h;
    makeClosing(h);
    h.feed(ACK, 302, 101);
    h.expectNothing();
    CHECK(h.tcp.state() == TcpState::Closing);
}

TEST_CASE("LAST_ACK: the ACK of our FIN deletes the TCB", "[tcp][last_ack]")
{
    Harness h;
    makeLastAck(h);
    h.feed(ACK, 302, 102);
    h.expectNothing();
    CHECK(h.tcp.state() == TcpState::Closed);
    CHECK(h.app(AppCall::Error).empty());
}

TEST_CASE("FIN_WAIT_1, CLOSING, LAST_ACK: RTO retransmits the FIN", "[tcp][fin]")
{
    Harness h;
    std::uint32_t ack = 0;
    TcpState st{};
    SECTION("FIN_WAIT_1")
    {
        makeFinWait1(h);
        ack = 301;
        st = TcpState::FinWait1;
    }
    SECTION("CLOSING")
    {
        makeClosing(h);
        ack = 302;
        st = TcpState::Closing;
    }
    SECTION("LAST_ACK")
    {
        makeLastAck(h);
        ack = 302;
        st = TcpState::LastAck;
    }
    h.advance(h.tcp.rto());
    auto sent = h.take();
    REQUIRE(sent.size() == 1);
    CHECK((sent[0].flags & ~PSH) == (FIN | ACK));
    CHECK(sent[0].seq == 101);
    CHECK(sent[0].ack == ack);
    CHECK(sent[0].retransmission);
    CHECK(h.tcp.state() == st);
}

// ---------------------------------------------------------------------------------------------
// TIME_WAIT

TEST_CASE("TIME_WAIT: a retransmitted FIN is re-ACKed and restarts 2MSL", "[tcp][time_wait]")
{
    Harness h;
    makeTimeWait(h);
    const std::int64_t twUs = h.tcp.config().timers.timeWaitUs;
    h.advance(twUs / 2);
    h.feed(FIN | ACK, 301, 102);
    h.expectSends({{ACK, 102, 302}});
    CHECK(h.timers(TimerKind::TimeWait, TimerAction::Armed).size() == 2);
    h.advance(twUs / 2 + 1);
    CHECK(h.tcp.state() == TcpState::TimeWait); // the first deadline has passed
    h.advance(twUs / 2);
    CHECK(h.tcp.state() == TcpState::Closed);
    h.expectNothing();
}

TEST_CASE("TIME_WAIT: 2MSL expires -> CLOSED", "[tcp][time_wait]")
{
    Harness h;
    makeTimeWait(h);
    h.advance(h.tcp.config().timers.timeWaitUs - 1);
    CHECK(h.tcp.state() == TcpState::TimeWait);
    h.advance(1);
    CHECK(h.tcp.state() == TcpState::Closed);
    CHECK(h.timers(TimerKind::TimeWait, TimerAction::Fired).size() == 1);
}

TEST_CASE("TIME_WAIT: a new SYN above RCV.NXT reopens the connection (§3.6.1)", "[tcp][time_wait]")
{
    Harness h;
    makeTimeWait(h);
    h.feed(SYN, 5000);
    h.expectSends({{SYN | ACK, 102 + 65537, 5001}});
    CHECK(h.tcp.state() == TcpState::SynReceived);
    CHECK(isRfcTransition(TcpState::TimeWait, TcpState::SynReceived));
    h.feed(ACK, 5001, 102 + 65537 + 1);
    CHECK(h.tcp.state() == TcpState::Established);
}

TEST_CASE("TIME_WAIT: an old SYN is only re-ACKed", "[tcp][time_wait]")
{
    Harness h;
    makeTimeWait(h);
    h.feed(SYN, 250);
    h.expectSends({{ACK, 102, 302}});
    CHECK(h.tcp.state() == TcpState::TimeWait);
}

TEST_CASE("TIME_WAIT: without TIME_WAIT (counterfactual) the node goes straight to CLOSED", "[tcp][time_wait]")
{
    TcpConfig c = baseConfig();
    c.timeWait = false;
    Harness h(c);
    makeFinWait2(h);
    h.feed(FIN | ACK, 301, 102);
    h.expectSends({{ACK, 102, 302}});
    CHECK(h.tcp.state() == TcpState::Closed);
    CHECK(h.lastState().from == TcpState::FinWait2);
    CHECK(h.lastState().counterfactual == "no-time-wait");
}

// ---------------------------------------------------------------------------------------------
// Any synchronized state

TEST_CASE("Synchronized states: a valid RST deletes the TCB", "[tcp][rst]")
{
    Harness h;
    std::uint32_t rcvNxt = 301;
    bool tellsReset = true;
    SECTION("ESTABLISHED") { makeEstablished(h); }
    SECTION("FIN_WAIT_1") { makeFinWait1(h); }
    SECTION("FIN_WAIT_2") { makeFinWait2(h); }
    SECTION("CLOSE_WAIT")
    {
        makeCloseWait(h);
        rcvNxt = 302;
    }
    SECTION("CLOSING")
    {
        makeClosing(h);
        rcvNxt = 302;
        tellsReset = false;
    }
    SECTION("LAST_ACK")
    {
        makeLastAck(h);
        rcvNxt = 302;
        tellsReset = false;
    }
    SECTION("TIME_WAIT")
    {
        makeTimeWait(h);
        rcvNxt = 302;
        tellsReset = false;
    }
    h.feed(RST, rcvNxt);
    h.expectNothing();
    CHECK(h.tcp.state() == TcpState::Closed);
    CHECK(h.told(AppError::Reset) == tellsReset);
    h.advance(600'000'000);
    h.expectNothing();
}

// ---------------------------------------------------------------------------------------------
// Application calls

TEST_CASE("Every application call records an app event that causes what follows", "[tcp][app]")
{
    Harness h;
    h.tcp.connect(kRemotePort);
    const auto connects = h.app(AppCall::Connect);
    REQUIRE(connects.size() == 1);
    CHECK(connects[0].error == AppError::None);
    for (const auto &e : h.trace.events())
        if (e.kind != EventKind::App) CHECK(e.cause == connects[0].id);
    h.feed(SYN | ACK, 300, 101);
    h.tcp.send("hello");
    const auto sends = h.app(AppCall::Send);
    REQUIRE(sends.size() == 1);
    CHECK(sends[0].bytes == 5);
    CHECK(sends[0].data == "hello");
}

TEST_CASE("Illegal calls are recorded with an error and do nothing", "[tcp][app]")
{
    Harness h;
    SECTION("in CLOSED")
    {
        h.tcp.send("x");
        h.tcp.recv();
        h.tcp.close();
        h.tcp.shutdown();
        h.tcp.abort();
        const auto errs = h.trace.filter([](const TraceEvent &e) { return e.error == AppError::DoesNotExist; });
        CHECK(errs.size() == 5);
        CHECK(h.tcp.state() == TcpState::Closed);
    }
    SECTION("a second open")
    {
        makeEstablished(h);
        h.tcp.listen();
        h.tcp.connect(kRemotePort);
        CHECK(h.app(AppCall::Listen)[0].error == AppError::AlreadyExists);
        CHECK(h.app(AppCall::Connect)[1].error == AppError::AlreadyExists);
        CHECK(h.tcp.state() == TcpState::Established);
    }
    SECTION("send in LISTEN")
    {
        makeListen(h);
        h.tcp.send("x");
        CHECK(h.app(AppCall::Send)[0].error == AppError::ForeignUnspecified);
    }
    SECTION("after close")
    {
        makeFinWait1(h);
        h.tcp.send("x");
        h.tcp.close();
        h.tcp.shutdown();
        CHECK(h.app(AppCall::Send)[0].error == AppError::Closing);
        CHECK(h.app(AppCall::Close)[1].error == AppError::Closing);
        CHECK(h.app(AppCall::Shutdown)[0].error == AppError::Closing);
        CHECK(h.tcp.state() == TcpState::FinWait1);
    }
    SECTION("recv after the peer's FIN with nothing left")
    {
        TcpConfig c = baseConfig();
        c.autoRecv = false;
        Harness h2(c);
        makeCloseWait(h2);
        h2.tcp.recv();
        CHECK(h2.app(AppCall::Recv)[0].error == AppError::Closing);
    }
    h.expectNothing();
}

TEST_CASE("shutdown() half-closes: FIN sent, data keeps flowing the other way", "[tcp][app]")
{
    Harness h;
    makeEstablished(h);
    h.tcp.shutdown();
    h.expectSends({{FIN | ACK, 101, 301}});
    CHECK(h.tcp.state() == TcpState::FinWait1);
    h.feed(ACK, 301, 102, "one");
    h.expectSends({{ACK, 102, 304}});
    CHECK(h.tcp.state() == TcpState::FinWait2);
    h.feed(ACK, 304, 102, "two");
    h.expectSends({{ACK, 102, 307}});
    CHECK(h.tcp.delivered() == "onetwo");
    // No FIN_WAIT_2 timeout after shutdown().
    CHECK(h.timers(TimerKind::FinWait2, TimerAction::Armed).empty());
    h.feed(FIN | ACK, 307, 102);
    h.expectSends({{ACK, 102, 308}});
    CHECK(h.tcp.state() == TcpState::TimeWait);
}

TEST_CASE("After CLOSED the same endpoint can open a new connection", "[tcp][app]")
{
    Harness h;
    makeLastAck(h);
    h.feed(ACK, 302, 102);
    REQUIRE(h.tcp.state() == TcpState::Closed);
    h.advance(4'000); // the ISN clock ticks every 4 µs (RFC 9293 §3.4.1)
    h.tcp.listen();
    h.feed(SYN, 9000);
    h.expectSends({{SYN | ACK, 100 + 1 + 1'000, 9001}});
    h.feed(ACK, 9001, 1102);
    CHECK(h.tcp.state() == TcpState::Established);
}

TEST_CASE("setIsn() fixes the ISN of the next connection only", "[tcp][app]")
{
    Harness h;
    h.tcp.setIsn(7000);
    h.tcp.connect(kRemotePort);
    h.expectSends({{SYN, 7000}});
    h.tcp.abort();
    h.advance(40);
    h.tcp.connect(kRemotePort);
    h.expectSends({{SYN, 7000 + 1 + 10}});
}

TEST_CASE("forget(): a crash cancels everything and records CLOSED", "[tcp][app]")
{
    Harness h;
    makeEstablished(h);
    h.tcp.send("unacked");
    h.take();
    h.tcp.forget();
    h.expectNothing();
    CHECK(h.tcp.state() == TcpState::Closed);
    CHECK(h.lastState().to == TcpState::Closed);
    h.advance(600'000'000);
    h.expectNothing();
    CHECK(h.sim.pending() == 0);
}

// ---------------------------------------------------------------------------------------------
// Counterfactual: two-way handshake

TEST_CASE("Two-way handshake (counterfactual): LISTEN enters ESTABLISHED on a bare SYN", "[tcp][counterfactual]")
{
    TcpConfig c = baseConfig();
    c.handshake = HandshakeMode::TwoWay;
    Harness h(c);
    makeListen(h);
    h.feed(SYN, 300);
    h.expectSends({{SYN | ACK, 100, 301}});
    CHECK(h.tcp.state() == TcpState::Established);
    CHECK(h.lastState().from == TcpState::Listen);
    CHECK(h.lastState().counterfactual == "two-way-handshake");
    // Data before the third step is accepted.
    h.feed(ACK, 301, 101, "early");
    CHECK(h.tcp.delivered() == "early");

    SECTION("a SYN_SENT node in two-way mode behaves as usual")
    {
        Harness a(c);
        makeEstablished(a);
        CHECK(a.lastState().counterfactual.empty());
    }
}

TEST_CASE("isRfcTransition accepts every transition of the table", "[tcp][state]")
{
    using S = TcpState;
    const std::pair<S, S> edges[] = {
        {S::Closed, S::Listen},         {S::Closed, S::SynSent},         {S::Listen, S::SynReceived},
        {S::Listen, S::SynSent},        {S::Listen, S::Closed},          {S::SynSent, S::Established},
        {S::SynSent, S::SynReceived},   {S::SynSent, S::Closed},         {S::SynReceived, S::Established},
        {S::SynReceived, S::Listen},    {S::SynReceived, S::FinWait1},   {S::SynReceived, S::Closed},
        {S::Established, S::FinWait1},  {S::Established, S::CloseWait}, {S::Established, S::Closed},
        {S::FinWait1, S::FinWait2},     {S::FinWait1, S::Closing},       {S::FinWait1, S::TimeWait},
        {S::FinWait2, S::TimeWait},     {S::CloseWait, S::LastAck},      {S::Closing, S::TimeWait},
        {S::LastAck, S::Closed},        {S::TimeWait, S::Closed},        {S::TimeWait, S::SynReceived},
    };
    for (auto [from, to] : edges) {
        INFO(toString(from) << " -> " << toString(to));
        CHECK(isRfcTransition(from, to));
    }
    CHECK_FALSE(isRfcTransition(S::Listen, S::Established)); // only the counterfactual does that
}
