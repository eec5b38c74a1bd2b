// Inferred states are what happened: for the fixture captures, made on loopback by a script whose
// steps are known (tests/captures/traffic.py), and for every catalog scenario, whose simulator
// knows each endpoint's true states: a capture taken on an endpoint's own host shows everything
// that endpoint sent and received, so its inferred states must be its real ones.
#include "tests/capture_test_support.h"

#include "core/capture/capture_document.h"
#include "core/capture/tcp_state_inference.h"
#include "core/scenario/catalog.h"
#include "core/scenario/scenario_runner.h"
#include "core/wire/pcap_writer.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <unistd.h>

using namespace wirestep;

namespace {

using States = std::vector<TcpState>;

std::string text(const States &s)
{
    std::string out;
    for (TcpState t : s) out += (out.empty() ? "" : " ") + std::string(toString(t));
    return out;
}

Trace load(const std::string &path, std::size_t conversation, CaptureDocument::Loaded *loaded = nullptr)
{
    CaptureDocument doc;
    REQUIRE(doc.open(path));
    Trace trace;
    const auto l = doc.load(conversation, trace);
    REQUIRE(l.ok);
    if (loaded) *loaded = l;
    return trace;
}

// A node's states as its state events say, the first one's `from` first.
States statesOf(const Trace &t, NodeId node) { return t.statesOf(node); }

} // namespace

TEST_CASE("inferred states: the fixture captures, as the traffic script made them", "[capture]")
{
    struct Case {
        const char *file;
        std::size_t conversation;
        States client, server;
    };
    using S = TcpState;
    const Case cases[] = {
        // The client closes first: TIME_WAIT is on the client.
        {"tcp-v4-echo.pcap", 0, {S::Closed, S::SynSent, S::Established, S::FinWait1, S::FinWait2, S::TimeWait},
         {S::Listen, S::SynReceived, S::Established, S::CloseWait, S::LastAck, S::Closed}},
        // The server closes first: TIME_WAIT is on the server.
        {"tcp-v6-echo.pcapng", 0, {S::Closed, S::SynSent, S::Established, S::CloseWait, S::LastAck, S::Closed},
         {S::Listen, S::SynReceived, S::Established, S::FinWait1, S::FinWait2, S::TimeWait}},
        // A connection to a port nobody listens on.
        {"any-sll2-mixed.pcap", 1, {S::Closed, S::SynSent, S::Closed}, {S::Closed, S::Closed}},
        {"any-sll2-mixed.pcap", 2, {S::Closed, S::SynSent, S::Established, S::FinWait1, S::FinWait2, S::TimeWait},
         {S::Listen, S::SynReceived, S::Established, S::CloseWait, S::LastAck, S::Closed}},
        // Keepalive probes change nothing: the capture ends with both ESTABLISHED.
        {"sll-keepalive.pcap", 0, {S::Closed, S::SynSent, S::Established}, {S::Listen, S::SynReceived, S::Established}},
        {"zero-window.pcapng", 0, {S::Closed, S::SynSent, S::Established, S::FinWait1, S::FinWait2, S::TimeWait},
         {S::Listen, S::SynReceived, S::Established, S::CloseWait, S::LastAck, S::Closed}},
        // Without its handshake: ESTABLISHED from the start (the CLOSED before it stands for "unknown").
        {"tcp-v4-mid.pcap", 0, {S::Closed, S::Established, S::FinWait1, S::FinWait2, S::TimeWait},
         {S::Closed, S::Established, S::CloseWait, S::LastAck, S::Closed}},
    };
    for (const Case &c : cases) {
        INFO(c.file << " conversation " << c.conversation + 1);
        const Trace t = load(test::captureFixture(c.file), c.conversation);
        CHECK(text(statesOf(t, NodeId::Client)) == text(c.client));
        CHECK(text(statesOf(t, NodeId::Server)) == text(c.server));
        for (const TraceEvent &e : t.events())
            if (e.kind == EventKind::State || e.kind == EventKind::Timer) CHECK(e.inferred);
        // The side in TIME_WAIT has its 2MSL timer, of unknown length.
        for (NodeId n : {NodeId::Client, NodeId::Server}) {
            const bool timeWait = statesOf(t, n).back() == S::TimeWait;
            const auto timers = t.filter([n](const TraceEvent &e) {
                return e.kind == EventKind::Timer && e.node == n && e.timer == TimerKind::TimeWait && e.action == TimerAction::Armed;
            });
            CHECK(timers.size() == (timeWait ? 1u : 0u));
            for (const TraceEvent &e : timers) CHECK(e.durationUs == 0);
        }
    }
}

TEST_CASE("inferred states: say what they rest on, and what cannot be told", "[capture]")
{
    CaptureDocument::Loaded loaded;
    Trace mid = load(test::captureFixture("tcp-v4-mid.pcap"), 0, &loaded);
    REQUIRE(mid.size() > 2);
    CHECK(mid[0].kind == EventKind::State);
    CHECK(mid[0].basis == InferenceBasis::MidConnection);
    CHECK(mid[1].basis == InferenceBasis::MidConnection);
    REQUIRE(loaded.notes.size() == 1);
    CHECK(loaded.notes[0].kind == InferenceNote::Kind::MidConnection);

    Trace echo = load(test::captureFixture("tcp-v4-echo.pcap"), 0, &loaded);
    CHECK(loaded.notes.empty());
    const auto passive = echo.filter([](const TraceEvent &e) { return e.basis == InferenceBasis::PassiveOpen; });
    REQUIRE(passive.size() == 1);
    CHECK(passive[0].node == NodeId::Server);
    CHECK(passive[0].from == TcpState::Listen);

    Trace refused = load(test::captureFixture("any-sll2-mixed.pcap"), 1);
    CHECK(refused.filter([](const TraceEvent &e) { return e.basis == InferenceBasis::NoListener; }).size() == 1);
}

TEST_CASE("inferred states: a SYN nobody answers leaves the server unknown, and says so", "[capture]")
{
    TcpStateInference inference;
    Segment syn;
    syn.flags = TcpFlag::SYN;
    syn.seq = 0;
    auto step = inference.observe(NodeId::Client, syn, 1);
    REQUIRE(step.atSend.size() == 1);
    CHECK(step.atSend[0].to == TcpState::SynSent);
    inference.observe(NodeId::Client, syn, 2); // sent again: no change
    CHECK(inference.state(NodeId::Client) == TcpState::SynSent);
    CHECK_FALSE(inference.state(NodeId::Server));
    const auto notes = inference.notes();
    REQUIRE(notes.size() == 1);
    CHECK(notes[0].kind == InferenceNote::Kind::Silent);
    CHECK(notes[0].node == NodeId::Server);
}

TEST_CASE("inferred states: a RST away from the next byte expected changes nothing (RFC 5961)", "[capture]")
{
    TcpStateInference inference;
    Segment s;
    s.flags = TcpFlag::SYN;
    s.seq = 0;
    inference.observe(NodeId::Client, s, 1);
    s.flags = TcpFlag::SYN | TcpFlag::ACK;
    s.ack = 1;
    inference.observe(NodeId::Server, s, 2);
    s.flags = TcpFlag::ACK;
    s.seq = 1;
    s.ack = 1;
    inference.observe(NodeId::Client, s, 3);
    REQUIRE(inference.state(NodeId::Server) == TcpState::Established);
    s.flags = TcpFlag::RST;
    s.seq = 500; // the server expects byte 1
    inference.observe(NodeId::Client, s, 4);
    CHECK(inference.state(NodeId::Server) == TcpState::Established);
    CHECK(inference.state(NodeId::Client) == TcpState::Closed); // the sender aborted all the same
    REQUIRE(inference.notes().size() == 1);
    CHECK(inference.notes()[0].kind == InferenceNote::Kind::ResetIgnored);
    CHECK(inference.notes()[0].packet == 4);
    s.seq = 1;
    inference.observe(NodeId::Client, s, 5);
    CHECK(inference.state(NodeId::Server) == TcpState::Closed);
}

TEST_CASE("inferred states: on its own host's capture, every catalog endpoint's states are its real ones", "[capture]")
{
    // What no segment shows cannot be inferred: the end of 2MSL (TIME_WAIT -> CLOSED), a crash or
    // a reboot, retries that run out, and the deliberately broken TCPs of the what-if scenarios.
    for (const Scenario &s : Catalog::builtIn().scenarios()) {
        if (s.protocol != Protocol::Tcp) continue;
        const Trace truth = runScenario(s);
        bool unseen = false;
        for (const TraceEvent &e : truth.events())
            if (!e.counterfactual.empty() || (e.kind == EventKind::App && (e.call == AppCall::Crash || e.call == AppCall::Reboot))
                || (e.kind == EventKind::App && e.error == AppError::TimedOut))
                unseen = true;
        if (unseen) continue;
        for (NodeId node : {NodeId::Client, NodeId::Server}) {
            INFO(s.id << ", the " << toString(node) << "'s own capture");
            const std::string path = (std::filesystem::temp_directory_path()
                                      / ("wirestep-states-" + std::to_string(::getpid()) + "-" + s.id + ".pcap"))
                                         .string();
            REQUIRE(PcapWriter::writeFile(truth, path, node == NodeId::Client ? CapturePoint::Client : CapturePoint::Server));
            CaptureDocument doc;
            REQUIRE(doc.open(path));
            States real = truth.statesOf(node);
            if (real.empty()) real.push_back(TcpState::Closed); // never opened: CLOSED throughout
            // Invisible in any capture: the end of 2MSL, and a listen() no SYN follows.
            const bool twoMslEnded = !truth.filter([node](const TraceEvent &e) {
                return e.kind == EventKind::Timer && e.node == node && e.timer == TimerKind::TimeWait && e.action == TimerAction::Fired;
            }).empty();
            if (twoMslEnded && real.size() >= 2 && real[real.size() - 2] == TcpState::TimeWait && real.back() == TcpState::Closed) real.pop_back();
            if (real.size() >= 2 && real.back() == TcpState::Listen && real[real.size() - 2] == TcpState::Closed) real.pop_back();
            if (!real.empty() && real.front() == TcpState::Closed && real.size() > 1) real.erase(real.begin());
            // Each conversation of the capture (a reused port pair is a new one) in turn.
            States inferred;
            for (std::size_t c = 0; c < doc.conversations().size(); ++c) {
                if (doc.conversations()[c].proto != Protocol::Tcp) continue;
                Trace t;
                REQUIRE(doc.load(c, t).ok);
                // The conversation's client is whoever opened it; the scenario's client has 192.0.2.1.
                const bool same = doc.conversations()[c].client.address == IpAddress::v4(WireAddresses{}.clientIp);
                States part = t.statesOf(same ? node : peerOf(node));
                if (part.empty()) part.push_back(TcpState::Closed);
                if (!part.empty() && part.front() == TcpState::Closed && part.size() > 1) part.erase(part.begin());
                if (!inferred.empty() && !part.empty() && inferred.back() == part.front()) part.erase(part.begin());
                inferred.insert(inferred.end(), part.begin(), part.end());
            }
            std::filesystem::remove(path);
            CHECK(text(inferred) == text(real));
        }
    }
}
