#pragma once
// Shared fixtures for the TCP endpoint tests (smoltcp style): a collecting SegmentPort, builders
// that put an endpoint into a state, and helpers that feed a segment and expect exactly what
// comes out.
#include <catch2/catch.hpp>

#include "core/sim/tcp_endpoint.h"
#include "core/trace/trace.h"

#include <string>
#include <string_view>
#include <vector>

namespace wirestep::test {

inline constexpr std::uint16_t kLocalPort = 1000;
inline constexpr std::uint16_t kRemotePort = 2000;
inline constexpr std::uint32_t kLocalIsn = 100;
inline constexpr std::uint32_t kPeerIsn = 300;

// The linux profile with every segment acknowledged at once (delayed ACKs off), so that each
// rule's answer comes out at once; the acknowledgment policy has its own tests.
inline TcpConfig baseConfig()
{
    TcpConfig c;
    c.port = kLocalPort;
    c.isn = kLocalIsn;
    c.delayedAck = false;
    return c;
}

// RFC 9293's and RFC 6298's rules with Linux's numbers: the rules of the rfc and classroom
// profiles (no tail loss probe, bare RSTs), the timer values of the linux profile.
inline TcpConfig rfcRulesConfig()
{
    TcpConfig c = baseConfig();
    c.profile = TimerProfile::Classroom;
    return c;
}

// The same with the rfc profile: RFC 9293's letter where Linux departs from it.
inline TcpConfig rfcConfig()
{
    TcpConfig c = baseConfig();
    c.profile = TimerProfile::Rfc;
    c.timers = timersFor(TimerProfile::Rfc);
    return c;
}

// Stores every segment the endpoint transmits.
class CollectingPort : public SegmentPort {
public:
    void transmit(Segment seg) override { sent.push_back(std::move(seg)); }
    std::vector<Segment> sent;
};

// One expected segment: flags (PSH is not compared), SEQ, ACK (compared if ACK is set), length.
struct Expect {
    std::uint8_t flags = 0;
    std::uint32_t seq = 0;
    std::uint32_t ack = 0;
    std::size_t len = 0;
};

inline std::string describe(const std::vector<Segment> &segs)
{
    std::string s;
    for (const auto &seg : segs) s += "  " + seg.label() + (seg.retransmission ? " (rtx)" : "") + "\n";
    return s.empty() ? "  (nothing)\n" : s;
}

class Harness {
public:
    explicit Harness(TcpConfig config = baseConfig()) : tcp(sim, NodeId::Client, port, std::move(config))
    {
        sim.setSink(&trace);
    }

    // A segment from the peer (remote port -> local port).
    static Segment peer(std::uint8_t flags, std::uint32_t seq, std::uint32_t ack = 0, std::string payload = {},
                        std::uint16_t window = 65535)
    {
        Segment s;
        s.from = NodeId::Server;
        s.sport = kRemotePort;
        s.dport = kLocalPort;
        s.flags = flags;
        s.seq = seq;
        s.ack = ack;
        s.window = window;
        s.payload = std::move(payload);
        return s;
    }
    void feed(const Segment &s) { tcp.receive(s); }
    void feed(std::uint8_t flags, std::uint32_t seq, std::uint32_t ack = 0, std::string payload = {},
              std::uint16_t window = 65535)
    {
        tcp.receive(peer(flags, seq, ack, std::move(payload), window));
    }

    std::vector<Segment> take()
    {
        std::vector<Segment> out;
        out.swap(port.sent);
        return out;
    }
    void expectSends(const std::vector<Expect> &want)
    {
        const std::vector<Segment> got = take();
        INFO("sent:\n" << describe(got));
        REQUIRE(got.size() == want.size());
        for (std::size_t i = 0; i < want.size(); ++i) {
            INFO("segment " << i << ": " << got[i].label());
            const std::uint8_t mask = static_cast<std::uint8_t>(~TcpFlag::PSH);
            CHECK((got[i].flags & mask) == (want[i].flags & mask));
            CHECK(got[i].seq == want[i].seq);
            if (want[i].flags & TcpFlag::ACK) CHECK(got[i].ack == want[i].ack);
            CHECK(got[i].payload.size() == want[i].len);
            CHECK(got[i].sport == kLocalPort);
            CHECK(got[i].dport == kRemotePort);
        }
    }
    void expectNothing()
    {
        const std::vector<Segment> got = take();
        INFO("sent:\n" << describe(got));
        CHECK(got.empty());
    }
    void advance(std::int64_t us) { sim.runUntil(sim.now() + us); }

    std::vector<TraceEvent> app(AppCall call) const
    {
        return trace.filter([&](const TraceEvent &e) { return e.kind == EventKind::App && e.call == call; });
    }
    bool told(AppError error) const
    {
        for (const auto &e : app(AppCall::Error))
            if (e.error == error) return true;
        return false;
    }
    std::vector<TraceEvent> timers(TimerKind kind, TimerAction action) const
    {
        return trace.filter([&](const TraceEvent &e) {
            return e.kind == EventKind::Timer && e.timer == kind && e.action == action;
        });
    }
    std::vector<TraceEvent> states() const { return trace.ofKind(EventKind::State); }
    TraceEvent lastState() const
    {
        for (std::size_t i = trace.size(); i-- > 0;)
            if (trace.kindAt(i) == EventKind::State) return trace[i];
        return TraceEvent{};
    }

    Simulator sim{1};
    Trace trace;
    CollectingPort port;
    TcpEndpoint tcp;
};

using F = std::uint8_t;
inline constexpr F SYN = TcpFlag::SYN;
inline constexpr F ACK = TcpFlag::ACK;
inline constexpr F FIN = TcpFlag::FIN;
inline constexpr F RST = TcpFlag::RST;
inline constexpr F PSH = TcpFlag::PSH;

// Builders. Local ISN 100, peer ISN 300: once ESTABLISHED, SND.NXT = 101 and RCV.NXT = 301.
inline void makeListen(Harness &h)
{
    h.tcp.listen();
    h.take();
    REQUIRE(h.tcp.state() == TcpState::Listen);
}
inline void makeSynSent(Harness &h)
{
    h.tcp.connect(kRemotePort);
    h.take();
    REQUIRE(h.tcp.state() == TcpState::SynSent);
}
// Passive: LISTEN got <SEQ=300><CTL=SYN>; sent <SEQ=100><ACK=301><CTL=SYN,ACK>.
inline void makeSynReceived(Harness &h)
{
    makeListen(h);
    h.feed(SYN, kPeerIsn);
    h.take();
    REQUIRE(h.tcp.state() == TcpState::SynReceived);
}
// Active: SYN_SENT got a bare SYN (simultaneous open).
inline void makeSynReceivedActive(Harness &h)
{
    makeSynSent(h);
    h.feed(SYN, kPeerIsn);
    h.take();
    REQUIRE(h.tcp.state() == TcpState::SynReceived);
}
inline void makeEstablished(Harness &h)
{
    makeSynSent(h);
    h.feed(SYN | ACK, kPeerIsn, kLocalIsn + 1);
    h.take();
    REQUIRE(h.tcp.state() == TcpState::Established);
}
// FIN 101 sent, not acknowledged.
inline void makeFinWait1(Harness &h)
{
    makeEstablished(h);
    h.tcp.close();
    h.take();
    REQUIRE(h.tcp.state() == TcpState::FinWait1);
}
inline void makeFinWait2(Harness &h)
{
    makeFinWait1(h);
    h.feed(ACK, 301, 102);
    h.take();
    REQUIRE(h.tcp.state() == TcpState::FinWait2);
}
// The peer's FIN 301 received: RCV.NXT = 302.
inline void makeCloseWait(Harness &h)
{
    makeEstablished(h);
    h.feed(FIN | ACK, 301, 101);
    h.take();
    REQUIRE(h.tcp.state() == TcpState::CloseWait);
}
inline void makeLastAck(Harness &h)
{
    makeCloseWait(h);
    h.tcp.close();
    h.take();
    REQUIRE(h.tcp.state() == TcpState::LastAck);
}
inline void makeClosing(Harness &h)
{
    makeFinWait1(h);
    h.feed(FIN | ACK, 301, 101);
    h.take();
    REQUIRE(h.tcp.state() == TcpState::Closing);
}
inline void makeTimeWait(Harness &h)
{
    makeFinWait2(h);
    h.feed(FIN | ACK, 301, 102);
    h.take();
    REQUIRE(h.tcp.state() == TcpState::TimeWait);
}

} // namespace wirestep::test
