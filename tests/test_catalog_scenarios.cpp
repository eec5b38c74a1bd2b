// Every built-in scenario tells the story its description promises: its key segments (who
// sends, flags, seq, ack, len) and each node's states, asserted exactly. RFC figure scenarios
// follow their figure line by line (RFC 793 figures 7-14 = RFC 9293 figures 6-13).
#include "tests/catalog_runs.h"
#include "core/scenario/catalog.h"
#include "core/scenario/scenario_runner.h"

#include <catch2/catch.hpp>

#include <sstream>

using namespace wirestep;

namespace {

// One segment as a line: "c SYN 100 0 0" (node, flags, seq, ack, len), "+rtx" / "+lost" marks.
std::vector<std::string> segments(const Trace &t)
{
    std::vector<std::uint64_t> lost;
    for (const auto &e : t.events())
        if (e.kind == EventKind::Drop) lost.push_back(e.seg.id);
    std::vector<std::string> out;
    for (const auto &e : t.events()) {
        if (e.kind != EventKind::Send) continue;
        std::ostringstream s;
        s << (e.node == NodeId::Client ? "c " : "s ");
        std::string flags = flagsToString(e.seg.flags & static_cast<std::uint8_t>(~TcpFlag::PSH));
        flags.erase(std::remove(flags.begin(), flags.end(), ' '), flags.end());
        if (e.seg.proto == Protocol::Udp) flags = "UDP";
        s << flags << ' ' << e.seg.seq << ' ' << e.seg.ack << ' ' << e.seg.payload.size();
        if (e.seg.retransmission) s << " +rtx";
        if (e.seg.keepalive) s << " +keepalive";
        if (e.seg.injected) s << " +old";
        if (std::find(lost.begin(), lost.end(), e.seg.id) != lost.end()) s << " +lost";
        out.push_back(s.str());
    }
    return out;
}

std::vector<std::string> states(const Trace &t, NodeId n)
{
    std::vector<std::string> out;
    for (auto s : t.statesOf(n)) out.emplace_back(toString(s));
    return out;
}

std::vector<std::string> appErrors(const Trace &t)
{
    std::vector<std::string> out;
    for (const auto &e : t.events())
        if (e.kind == EventKind::App && e.call == AppCall::Error)
            out.push_back(std::string(e.node == NodeId::Client ? "c " : "s ") + std::string(toString(e.error)));
    return out;
}

std::string received(const Trace &t, NodeId n)
{
    std::string s;
    for (const auto &e : t.events())
        if (e.kind == EventKind::App && e.node == n && (e.call == AppCall::Recv || e.call == AppCall::Recvfrom)) s += e.data;
    return s;
}

Trace run(const char *id) { return test::catalogRun(id); }

using V = std::vector<std::string>;
const V kHandshakeStates{"CLOSED", "SYN_SENT", "ESTABLISHED"};
const V kListenStates{"CLOSED", "LISTEN", "SYN_RECEIVED", "ESTABLISHED"};

} // namespace

TEST_CASE("handshake: RFC 793 figure 7", "[catalog][rfc]")
{
    const Trace t = run("handshake");
    CHECK(segments(t) == V{"c SYN 100 0 0", "s SYN,ACK 300 101 0", "c ACK 101 301 0"});
    CHECK(states(t, NodeId::Client) == kHandshakeStates);
    CHECK(states(t, NodeId::Server) == kListenStates);
}

TEST_CASE("handshake-lost-syn: the SYN is sent again after the RTO", "[catalog]")
{
    const Trace t = run("handshake-lost-syn");
    CHECK(segments(t) == V{"c SYN 100 0 0 +lost", "c SYN 100 0 0 +rtx", "s SYN,ACK 300 101 0", "c ACK 101 301 0"});
    const auto sends = t.ofKind(EventKind::Send);
    CHECK(sends[1].tUs - sends[0].tUs == 1'000'000); // the initial RTO, 1 s
    CHECK(states(t, NodeId::Client) == kHandshakeStates);
}

TEST_CASE("handshake-lost-synack: the server's timer repeats its SYN,ACK", "[catalog]")
{
    const Trace t = run("handshake-lost-synack");
    CHECK(segments(t) == V{"c SYN 100 0 0", "s SYN,ACK 300 101 0 +lost", "s SYN,ACK 300 101 0 +rtx", "c ACK 101 301 0"});
    CHECK(states(t, NodeId::Server) == kListenStates);
}

TEST_CASE("handshake-old-duplicate-syn: RFC 793 figure 9", "[catalog][rfc]")
{
    const Trace t = run("handshake-old-duplicate-syn");
    CHECK(segments(t) == V{"c SYN 90 0 0 +old", "c SYN 100 0 0", "s SYN,ACK 300 91 0", "c RST 91 0 0",
                           "s SYN,ACK 400 101 0", "c ACK 101 401 0"});
    CHECK(states(t, NodeId::Server) == V{"CLOSED", "LISTEN", "SYN_RECEIVED", "LISTEN", "SYN_RECEIVED", "ESTABLISHED"});
    CHECK(states(t, NodeId::Client) == kHandshakeStates);
}

TEST_CASE("handshake-two-way-old-syn: a phantom connection the client never asked for", "[catalog][what-if]")
{
    const Trace t = run("handshake-two-way-old-syn");
    CHECK(segments(t) == V{"c SYN 90 0 0 +old", "s SYN,ACK 300 91 0", "c RST 91 0 0", "s ACK 301 91 7", "c RST 91 0 0"});
    CHECK(states(t, NodeId::Server) == V{"CLOSED", "LISTEN", "ESTABLISHED", "CLOSED"});
    const auto phantom = t.filter([](const TraceEvent &e) { return e.kind == EventKind::State && e.to == TcpState::Established; });
    REQUIRE(phantom.size() == 1);
    CHECK(phantom[0].counterfactual == "two-way-handshake");
    CHECK(states(t, NodeId::Client).empty()); // the client never had a connection
}

TEST_CASE("simultaneous-open: RFC 793 figure 8", "[catalog][rfc]")
{
    const Trace t = run("simultaneous-open");
    CHECK(segments(t) == V{"c SYN 100 0 0", "s SYN 300 0 0", "s SYN,ACK 300 101 0", "c SYN,ACK 100 301 0"});
    const V both{"CLOSED", "SYN_SENT", "SYN_RECEIVED", "ESTABLISHED"};
    CHECK(states(t, NodeId::Client) == both);
    CHECK(states(t, NodeId::Server) == both);
}

TEST_CASE("echo: hello!, hi, and the close", "[catalog]")
{
    const Trace t = run("echo");
    CHECK(segments(t) == V{"c SYN 100 0 0", "s SYN,ACK 300 101 0", "c ACK 101 301 0", "c ACK 101 301 6",
                           "s ACK 301 107 0", "s ACK 301 107 2", "c ACK 107 303 0", "c FIN,ACK 107 303 0",
                           "s ACK 303 108 0", "s FIN,ACK 303 108 0", "c ACK 108 304 0"});
    CHECK(received(t, NodeId::Server) == "hello!");
    CHECK(received(t, NodeId::Client) == "hi");
    CHECK(states(t, NodeId::Client) == V{"CLOSED", "SYN_SENT", "ESTABLISHED", "FIN_WAIT_1", "FIN_WAIT_2", "TIME_WAIT", "CLOSED"});
    CHECK(states(t, NodeId::Server) == V{"CLOSED", "LISTEN", "SYN_RECEIVED", "ESTABLISHED", "CLOSE_WAIT", "LAST_ACK", "CLOSED"});
}

TEST_CASE("teardown: RFC 793 figure 13", "[catalog][rfc]")
{
    const Trace t = run("teardown");
    const V segs = segments(t);
    REQUIRE(segs.size() == 7);
    CHECK(V(segs.begin() + 3, segs.end()) == V{"c FIN,ACK 100 300 0", "s ACK 300 101 0", "s FIN,ACK 300 101 0", "c ACK 101 301 0"});
    CHECK(states(t, NodeId::Client) == V{"CLOSED", "SYN_SENT", "ESTABLISHED", "FIN_WAIT_1", "FIN_WAIT_2", "TIME_WAIT", "CLOSED"});
    // TIME_WAIT lasts 2MSL on the side that closed first.
    const auto tw = t.filter([](const TraceEvent &e) { return e.kind == EventKind::State && (e.to == TcpState::TimeWait || e.from == TcpState::TimeWait); });
    REQUIRE(tw.size() == 2);
    CHECK(tw[0].node == NodeId::Client);
    CHECK(tw[1].tUs - tw[0].tUs == timersFor(TimerProfile::Classroom).timeWaitUs);
}

TEST_CASE("teardown-simultaneous: RFC 793 figure 14", "[catalog][rfc]")
{
    const Trace t = run("teardown-simultaneous");
    const V segs = segments(t);
    REQUIRE(segs.size() == 7);
    CHECK(V(segs.begin() + 3, segs.end()) == V{"c FIN,ACK 100 300 0", "s FIN,ACK 300 100 0", "s ACK 301 101 0", "c ACK 101 301 0"});
    const V closing{"ESTABLISHED", "FIN_WAIT_1", "CLOSING", "TIME_WAIT", "CLOSED"};
    const V client = states(t, NodeId::Client);
    const V server = states(t, NodeId::Server);
    REQUIRE(client.size() >= 5);
    REQUIRE(server.size() >= 5);
    CHECK(V(client.end() - 5, client.end()) == closing);
    CHECK(V(server.end() - 5, server.end()) == closing);
}

TEST_CASE("teardown-half-close: the server sends after the client's FIN", "[catalog]")
{
    const Trace t = run("teardown-half-close");
    const V segs = segments(t);
    REQUIRE(segs.size() == 11);
    CHECK(V(segs.begin() + 3, segs.end()) == V{"c FIN,ACK 101 301 0", "s ACK 301 102 0", "s ACK 301 102 9", "c ACK 102 310 0",
                                               "s ACK 310 102 12", "c ACK 102 322 0", "s FIN,ACK 322 102 0", "c ACK 102 323 0"});
    CHECK(received(t, NodeId::Client) == "more dataand the rest");
    CHECK(states(t, NodeId::Client) == V{"CLOSED", "SYN_SENT", "ESTABLISHED", "FIN_WAIT_1", "FIN_WAIT_2", "TIME_WAIT", "CLOSED"});
}

TEST_CASE("teardown-three-segment: the ACK rides on the FIN", "[catalog]")
{
    const Trace t = run("teardown-three-segment");
    const V segs = segments(t);
    REQUIRE(segs.size() == 6);
    CHECK(V(segs.begin() + 3, segs.end()) == V{"c FIN,ACK 101 301 0", "s FIN,ACK 301 102 0", "c ACK 102 302 0"});
}

TEST_CASE("time-wait-lost-last-ack: TIME_WAIT answers the repeated FIN and restarts 2MSL", "[catalog]")
{
    const Trace t = run("time-wait-lost-last-ack");
    const V segs = segments(t);
    REQUIRE(segs.size() == 9);
    CHECK(V(segs.begin() + 5, segs.end()) == V{"s FIN,ACK 301 102 0", "c ACK 102 302 0 +lost", "s FIN,ACK 301 102 0 +rtx", "c ACK 102 302 0"});
    const auto armed = t.filter([](const TraceEvent &e) { return e.kind == EventKind::Timer && e.timer == TimerKind::TimeWait && e.action == TimerAction::Armed; });
    REQUIRE(armed.size() == 2); // started, then restarted by the retransmitted FIN
    const auto closed = t.filter([](const TraceEvent &e) { return e.kind == EventKind::State && e.from == TcpState::TimeWait; });
    REQUIRE(closed.size() == 1);
    CHECK(closed[0].tUs == armed[1].tUs + timersFor(TimerProfile::Classroom).timeWaitUs);
}

TEST_CASE("time-wait-old-duplicate: TIME_WAIT holds the port and the stray segment is discarded", "[catalog]")
{
    const Trace t = run("time-wait-old-duplicate");
    CHECK(received(t, NodeId::Client) == "old"); // once, from the retransmission
    const auto connects = t.filter([](const TraceEvent &e) { return e.kind == EventKind::App && e.call == AppCall::Connect; });
    REQUIRE(connects.size() == 2);
    CHECK(connects[1].error == AppError::AlreadyExists);
    const auto strays = t.filter([](const TraceEvent &e) { return e.kind == EventKind::Deliver && e.node == NodeId::Client && e.seg.payload == "old"; });
    REQUIRE(strays.size() == 2);
    CHECK(strays[1].tUs == 1'750'000);
    // It arrived in TIME_WAIT: answered with a bare ACK, its bytes not delivered again.
    const V segs = segments(t);
    REQUIRE(segs.size() >= 2);
    CHECK(segs[segs.size() - 2] == "c ACK 102 305 0");
}

TEST_CASE("time-wait-disabled-old-duplicate: without TIME_WAIT old bytes reach a new connection", "[catalog][what-if]")
{
    const Trace t = run("time-wait-disabled-old-duplicate");
    // The second "old" is the stray, taken as new data; the server's real "new" is thrown away
    // as a duplicate of bytes the client already has.
    CHECK(received(t, NodeId::Client) == "oldold");
    const auto fresh = t.filter([](const TraceEvent &e) { return e.kind == EventKind::Deliver && e.node == NodeId::Client && e.seg.payload == "new"; });
    CHECK(fresh.size() == 1);
    const auto skipped = t.filter([](const TraceEvent &e) { return e.kind == EventKind::State && e.counterfactual == "no-time-wait"; });
    REQUIRE(skipped.size() == 1);
    CHECK(skipped[0].to == TcpState::Closed);
}

TEST_CASE("keepalive-dead-peer: unanswered probes, then the connection times out", "[catalog][timers]")
{
    const Trace t = run("keepalive-dead-peer");
    const V segs = segments(t);
    REQUIRE(segs.size() >= 8);
    CHECK(V(segs.end() - 4, segs.end()) == V{"c ACK 104 301 0 +keepalive +lost", "c ACK 104 301 0 +keepalive +lost",
                                             "c ACK 104 301 0 +keepalive +lost", "c RST 105 0 0 +lost"});
    CHECK(appErrors(t) == V{"c connection timed out"});
}

TEST_CASE("keepalive-alive-peer: each probe is answered and the idle timer starts again", "[catalog][timers]")
{
    const Trace t = run("keepalive-alive-peer");
    const V segs = segments(t);
    REQUIRE(segs.size() == 9);
    CHECK(V(segs.end() - 4, segs.end()) == V{"c ACK 104 301 0 +keepalive", "s ACK 301 105 0", "c ACK 104 301 0 +keepalive", "s ACK 301 105 0"});
    CHECK(appErrors(t).empty());
}

TEST_CASE("keepalive-rebooted-peer: the probe is answered with RST", "[catalog][timers]")
{
    const Trace t = run("keepalive-rebooted-peer");
    const V segs = segments(t);
    CHECK(V(segs.end() - 2, segs.end()) == V{"c ACK 104 301 0 +keepalive", "s RST 301 0 0"});
    CHECK(appErrors(t) == V{"c connection reset"});
}

TEST_CASE("half-open-discovery: RFC 793 figure 10", "[catalog][rfc]")
{
    const Trace t = run("half-open-discovery");
    const V segs = segments(t);
    REQUIRE(segs.size() == 9);
    // Figure 10, lines 3-7: SYN 400, the ACK <SEQ=300><ACK=100>, RST <SEQ=100>, SYN 400 again.
    CHECK(V(segs.begin() + 3, segs.end()) == V{"c SYN 400 0 0", "s ACK 300 100 0", "c RST 100 0 0", "c SYN 400 0 0 +rtx",
                                               "s SYN,ACK 600 401 0", "c ACK 401 601 0"});
    CHECK(appErrors(t) == V{"s connection reset"});
}

TEST_CASE("rst-closed-port: RST,ACK and connection refused", "[catalog]")
{
    const Trace t = run("rst-closed-port");
    CHECK(segments(t) == V{"c SYN 100 0 0", "s RST,ACK 0 101 0"});
    CHECK(appErrors(t) == V{"c connection refused"});
    CHECK(t.ofKind(EventKind::Timer).size() == 2); // armed and cancelled: no retransmission
}

TEST_CASE("data-transfer-loss: every byte arrives once, in order", "[catalog]")
{
    const Trace t = run("data-transfer-loss");
    const std::string sent = [] { Action a; a.bytes = 12000; return a.payload(); }();
    CHECK(received(t, NodeId::Server) == sent);
    const V segs = segments(t);
    CHECK(std::count_if(segs.begin(), segs.end(), [](const std::string &s) { return s.find("+lost") != std::string::npos; }) == 4);
    CHECK(std::count_if(segs.begin(), segs.end(), [](const std::string &s) { return s.find("+rtx") != std::string::npos; }) == 4);
    // Three duplicate ACKs came before the first retransmission (fast retransmit).
    CHECK(std::count(segs.begin(), segs.end(), "s ACK 301 1101 0") >= 4);
    // The fast retransmission was lost too, so the retransmission timer fired.
    const auto fired = t.filter([](const TraceEvent &e) { return e.kind == EventKind::Timer && e.node == NodeId::Client && e.action == TimerAction::Fired; });
    CHECK(fired.size() >= 1);
    CHECK(states(t, NodeId::Server).back() == "CLOSED");
}

TEST_CASE("retries-exhausted: the timeout doubles until the connection gives up", "[catalog][timers]")
{
    const Trace t = run("retries-exhausted");
    std::vector<std::int64_t> rtx;
    for (const auto &e : t.ofKind(EventKind::Send))
        if (e.seg.retransmission) rtx.push_back(e.tUs);
    REQUIRE(rtx.size() == static_cast<std::size_t>(timersFor(TimerProfile::Classroom).dataRetries));
    for (std::size_t i = 2; i < rtx.size(); ++i) CHECK(rtx[i] - rtx[i - 1] == 2 * (rtx[i - 1] - rtx[i - 2]));
    CHECK(appErrors(t) == V{"c connection timed out"});
    CHECK(states(t, NodeId::Client).back() == "CLOSED");
}

TEST_CASE("udp-datagrams and udp-lossy: no handshake, boundaries kept, losses not repaired", "[catalog][udp]")
{
    const Trace t = run("udp-datagrams");
    for (const auto &s : segments(t)) CHECK(s.rfind("UDP", 2) == 2);
    CHECK(t.ofKind(EventKind::State).empty());
    const Trace lossy = run("udp-lossy");
    CHECK_FALSE(lossy.ofKind(EventKind::Drop).empty());
    for (const auto &s : segments(lossy)) CHECK(s.find("+rtx") == std::string::npos);
}

static std::vector<std::string> datagramsRead(const Trace &t, NodeId n)
{
    std::vector<std::string> out;
    for (const auto &e : t.events())
        if (e.kind == EventKind::App && e.node == n && e.call == AppCall::Recvfrom) out.push_back(e.data);
    return out;
}

static std::vector<std::string> streamReads(const Trace &t, NodeId n)
{
    std::vector<std::string> out;
    for (const auto &e : t.events())
        if (e.kind == EventKind::App && e.node == n && e.call == AppCall::Recv) out.push_back(e.data);
    return out;
}

TEST_CASE("tcp-vs-udp: the same loss is repaired by TCP and simply gone for UDP", "[catalog][udp]")
{
    const Trace t = run("tcp-vs-udp");
    CHECK(segments(t) == V{"c SYN 100 0 0", "s SYN,ACK 300 101 0", "c ACK 101 301 0",
                           "c ACK 101 301 3", "c UDP 0 0 3",
                           "s ACK 301 104 0",
                           "c ACK 104 301 3 +lost", "c UDP 0 0 3 +lost",
                           "c ACK 107 301 5", "c UDP 0 0 5",
                           "s ACK 301 104 0",
                           "c ACK 104 301 8 +rtx",
                           "s ACK 301 112 0",
                           "c FIN,ACK 112 301 0", "s ACK 301 113 0", "s FIN,ACK 301 113 0", "c ACK 113 302 0"});
    // The byte stream hands "two" and "three" over in one read; datagrams stay whole and apart.
    CHECK(streamReads(t, NodeId::Server) == V{"one", "twothree"});
    CHECK(datagramsRead(t, NodeId::Server) == V{"one", "three"});
    CHECK(states(t, NodeId::Client) == V{"CLOSED", "SYN_SENT", "ESTABLISHED", "FIN_WAIT_1", "FIN_WAIT_2", "TIME_WAIT"});
    CHECK(states(t, NodeId::Server) == V{"CLOSED", "LISTEN", "SYN_RECEIVED", "ESTABLISHED", "CLOSE_WAIT", "LAST_ACK", "CLOSED"});
}

TEST_CASE("tcp-vs-udp-lossy: random loss hits both; TCP delivers every byte, UDP only what arrived", "[catalog][udp]")
{
    const Trace t = run("tcp-vs-udp-lossy");
    CHECK(segments(t) == V{"c SYN 100 0 0", "s SYN,ACK 300 101 0", "c ACK 101 301 0",
                           "c ACK 101 301 3", "c UDP 0 0 3 +lost",
                           "s ACK 301 104 0",
                           "c ACK 104 301 3 +lost", "c UDP 0 0 3",
                           "c ACK 107 301 5", "c UDP 0 0 5",
                           "s ACK 301 104 0",
                           "c ACK 104 301 8 +rtx",
                           "s ACK 301 112 0",
                           "c FIN,ACK 112 301 0", "s ACK 301 113 0 +lost", "s FIN,ACK 301 113 0", "c ACK 113 302 0"});
    CHECK(streamReads(t, NodeId::Server) == V{"one", "twothree"});
    CHECK(datagramsRead(t, NodeId::Server) == V{"two", "three"});
    CHECK(states(t, NodeId::Server).back() == "CLOSED");
    CHECK(states(t, NodeId::Client).back() == "CLOSED");
}

TEST_CASE("every catalog scenario is deterministic and follows RFC edges", "[catalog]")
{
    for (const Scenario &s : Catalog::builtIn().scenarios()) {
        INFO(s.id);
        const Trace a = runScenario(s);
        const Trace b = runScenario(s);
        CHECK(segments(a) == segments(b));
        CHECK(a.size() == b.size());
        for (const auto &e : a.ofKind(EventKind::State))
            if (e.counterfactual.empty()) CHECK(isRfcTransition(e.from, e.to));
        CHECK_FALSE(s.titleIn("en").empty());
        CHECK_FALSE(s.titleIn("zh_CN").empty());
        CHECK(s.titleIn("zh_CN") != s.titleIn("en"));
        CHECK(s.descriptionIn("zh_CN") != s.descriptionIn("en"));
    }
}
