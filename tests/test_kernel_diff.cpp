// The linux profile against the real Linux TCP stack (docs/tcp-reference.md §7, "Checked against
// the kernel"). Each case runs one small program twice: on the kernel, in a network namespace
// of its own with losses staged by nftables and every segment captured on lo (tests/kernel_lab.h),
// and on the simulator's linux profile (tests/kernel_diff.h). The segments must agree one by one:
// direction, flags, relative seq and ack, length, options, and the intervals between them within
// 10 %; so must what each application was told. Where Linux and the model still differ, the case
// names the difference (kKnown below) and docs/tcp-reference.md §7 explains it.
//
// Needs root and nftables (CI runs as root; ./dev.sh deps installs nftables); without them every
// case is skipped with one line saying why. WIRESTEP_KERNEL_DIFF_DIR=DIR keeps each case's
// kernel capture as DIR/<case>.pcap.
#include "tests/kernel_diff.h"
#include "tests/kernel_lab.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <iostream>
#include <map>

using namespace wirestep;
using namespace wirestep::kdiff;

namespace {

constexpr NodeId C = NodeId::Client;
constexpr NodeId S = NodeId::Server;

Step at(std::int64_t ms, NodeId node, StepKind kind, std::string text = {})
{
    Step s;
    s.atMs = ms;
    s.node = node;
    s.kind = kind;
    s.text = std::move(text);
    return s;
}

Step sendBytes(std::int64_t ms, NodeId node, std::size_t bytes)
{
    Step s = at(ms, node, StepKind::Send);
    s.bytes = bytes;
    return s;
}

Drop drop(NodeId from, std::uint8_t flags, bool exact, std::vector<int> nth)
{
    return Drop{from, flags, exact, std::move(nth)};
}

// ---------------------------------------------------------------------------------------------
// The differences between Linux and the linux profile that are known. Each one turns the
// kernel's observation (or the model's) into what the other shows, so that everything else is
// still compared exactly, and each says where docs/tcp-reference.md §7 explains it.

const std::map<std::string, KnownDifference> &knownDifferences()
{
    static const std::map<std::string, KnownDifference> known = [] {
        std::map<std::string, KnownDifference> m;
        auto add = [&](KnownDifference k) { m.emplace(k.name, std::move(k)); };
        add({"options",
             "Linux negotiates SACK, timestamps and window scaling in the SYN and carries timestamps on every "
             "segment; the model has none of them",
             "docs/tcp-reference.md §7, the linux profile: SYN options",
             [](Observation &k, Observation &) {
                 bool changed = false;
                 for (auto &s : k.segments) {
                     changed |= s.sackPermitted || s.timestamps || s.windowScale.has_value() || s.sackBlocks > 0;
                     s.sackPermitted = s.timestamps = false;
                     s.windowScale.reset();
                     s.sackBlocks = 0;
                 }
                 return changed;
             }});
        return m;
    }();
    return known;
}

void runCase(const Program &p, const std::vector<std::string> &knownNames)
{
    const std::string unavailable = KernelLab::unavailableReason();
    if (!unavailable.empty()) {
        WARN("skipped: " << unavailable);
        return;
    }
    std::vector<KnownDifference> known;
    for (const auto &n : knownNames) {
        const auto it = knownDifferences().find(n);
        REQUIRE(it != knownDifferences().end());
        known.push_back(it->second);
    }
    std::string pcap;
    if (const char *dir = std::getenv("WIRESTEP_KERNEL_DIFF_DIR")) pcap = std::string(dir) + "/" + p.name + ".pcap";
    const Observation kernel = KernelLab::run(p, pcap);
    const Observation model = runModel(p);
    const Comparison c = compare(kernel, model, known);
    INFO("kernel: " << KernelLab::kernelDescription());
    INFO("kernel as captured:\n" << kernel.describe());
    INFO(c.report);
    std::cout << "kernel-diff " << p.name << " on " << KernelLab::kernelDescription() << ": "
              << (c.same ? "same" : "DIFFERENT") << "\n" << c.report << std::flush;
    CHECK(c.same);
}

} // namespace

TEST_CASE("kernel diff: handshake and echo", "[kernel]")
{
    Program p;
    p.name = "handshake-echo";
    p.steps = {at(0, S, StepKind::Listen), at(10, C, StepKind::Connect), at(50, C, StepKind::Send, "hello"),
               at(100, S, StepKind::Send, "hello"), at(200, C, StepKind::Close), at(300, S, StepKind::Close)};
    p.untilMs = 500;
    runCase(p, {"options"});
}

TEST_CASE("kernel diff: lost SYN", "[kernel]")
{
    Program p;
    p.name = "lost-syn";
    p.steps = {at(0, S, StepKind::Listen), at(10, C, StepKind::Connect), at(1200, C, StepKind::Close),
               at(1300, S, StepKind::Close)};
    p.drops = {drop(C, TcpFlag::SYN, true, {1})};
    p.untilMs = 1500;
    runCase(p, {"options"});
}

TEST_CASE("kernel diff: lost SYN,ACK", "[kernel]")
{
    // The client's first SYN is lost too, so that the server's SYN,ACK timer (armed at 1 s)
    // fires a whole second before the client's next SYN, and no race decides the order.
    Program p;
    p.name = "lost-synack";
    p.steps = {at(0, S, StepKind::Listen), at(10, C, StepKind::Connect), at(2200, C, StepKind::Close),
               at(2300, S, StepKind::Close)};
    p.drops = {drop(C, TcpFlag::SYN, true, {1}), drop(S, TcpFlag::SYN | TcpFlag::ACK, true, {1})};
    p.untilMs = 2500;
    runCase(p, {"options"});
}

TEST_CASE("kernel diff: refused port", "[kernel]")
{
    Program p;
    p.name = "refused";
    p.steps = {at(10, C, StepKind::Connect)};
    p.untilMs = 200;
    runCase(p, {"options"});
}

TEST_CASE("kernel diff: half-close", "[kernel]")
{
    Program p;
    p.name = "half-close";
    p.steps = {at(0, S, StepKind::Listen), at(10, C, StepKind::Connect), at(50, C, StepKind::Send, "request"),
               at(100, C, StepKind::Shutdown), at(150, S, StepKind::Send, "response"), at(200, S, StepKind::Close)};
    p.untilMs = 400;
    runCase(p, {"options"});
}

TEST_CASE("kernel diff: keepalive, dead peer", "[kernel]")
{
    Program p;
    p.name = "keepalive-dead-peer";
    p.client.keepalive = true;
    p.client.keepIdleS = 1;
    p.client.keepIntervalS = 1;
    p.client.keepCount = 2;
    p.steps = {at(0, S, StepKind::Listen), at(10, C, StepKind::Connect), at(50, C, StepKind::Send, "ping"),
               at(100, C, StepKind::Cut)};
    p.untilMs = 3300;
    runCase(p, {"options"});
}

TEST_CASE("kernel diff: lost last ACK", "[kernel]")
{
    Program p;
    p.name = "lost-last-ack";
    p.steps = {at(0, S, StepKind::Listen), at(10, C, StepKind::Connect), at(100, C, StepKind::Close),
               at(200, S, StepKind::Close)};
    p.drops = {drop(C, TcpFlag::ACK, true, {2, 3})};
    p.untilMs = 1500;
    runCase(p, {"options"});
}

TEST_CASE("kernel diff: data lost and retransmitted", "[kernel]")
{
    Program p;
    p.name = "data-loss";
    p.client.noDelay = true;
    p.steps = {at(0, S, StepKind::Listen), at(10, C, StepKind::Connect), sendBytes(50, C, 100),
               at(600, C, StepKind::Close), at(700, S, StepKind::Close)};
    p.drops = {drop(C, TcpFlag::PSH, false, {1})};
    p.untilMs = 900;
    runCase(p, {"options"});
}

TEST_CASE("kernel diff: abort", "[kernel]")
{
    Program p;
    p.name = "abort";
    p.steps = {at(0, S, StepKind::Listen), at(10, C, StepKind::Connect), at(50, C, StepKind::Send, "hello"),
               at(100, C, StepKind::Abort)};
    p.untilMs = 300;
    runCase(p, {"options"});
}

TEST_CASE("kernel diff: data retransmissions run out", "[kernel]")
{
    Program p;
    p.name = "data-retries";
    p.client.userTimeoutMs = 1000;
    p.client.modelDataRetries = 2;
    p.steps = {at(0, S, StepKind::Listen), at(10, C, StepKind::Connect), at(50, C, StepKind::Cut),
               at(100, C, StepKind::Send, "data")};
    p.untilMs = 2500;
    runCase(p, {"options"});
}

TEST_CASE("kernel diff: zero window", "[kernel]")
{
    // The server reads nothing until 1 s: its 4 KiB window fills with the first 4096 of the
    // client's 6144 bytes (in segments of half the window), the client probes the zero window,
    // and the last 2048 go once the server has read.
    Program p;
    p.name = "zero-window";
    p.server.autoRecv = false;
    p.server.receiveBuffer = 4096; // SO_RCVBUF 4096: Linux announces a window of 4096
    p.server.modelWindow = 4096;
    p.client.noDelay = true;
    p.steps = {at(0, S, StepKind::Listen), at(10, C, StepKind::Connect), sendBytes(50, C, 6144),
               at(1000, S, StepKind::Recv), at(1500, C, StepKind::Close)};
    p.untilMs = 1800;
    runCase(p, {"options"});
}

// ---------------------------------------------------------------------------------------------
// The harness itself (no kernel needed): the rules it loads, and a comparison that can fail.

TEST_CASE("kernel diff harness: losses become numgen rules at prerouting", "[kernel][harness]")
{
    Program p;
    p.drops = {drop(C, TcpFlag::ACK, true, {2, 3}), drop(S, TcpFlag::SYN | TcpFlag::ACK, false, {1}),
               drop(C, TcpFlag::PSH, false, {})};
    const std::string script = KernelLab::nftScript(p);
    CHECK(script.find("type filter hook prerouting priority -300;") != std::string::npos);
    CHECK(script.find("tcp sport 40000 tcp flags & (fin|syn|rst|ack|urg) == ack numgen inc mod 1000000 { 1, 2 } counter drop")
          != std::string::npos);
    CHECK(script.find("tcp sport 8080 tcp flags & (syn|ack) == syn|ack numgen inc mod 1000000 { 0 } counter drop")
          != std::string::npos);
    CHECK(script.find("tcp sport 40000 tcp flags & (psh) == psh counter drop") != std::string::npos);
}

TEST_CASE("kernel diff harness: a difference is found, a known one is taken out, a stale one is reported", "[kernel][harness]")
{
    Program p;
    p.name = "abort";
    p.steps = {at(0, S, StepKind::Listen), at(10, C, StepKind::Connect), at(100, C, StepKind::Abort)};
    p.untilMs = 300;
    const Observation model = runModel(p);
    REQUIRE(model.segments.size() == 4);
    CHECK(model.segments[3].flags == (TcpFlag::RST | TcpFlag::ACK));
    CHECK(compare(model, model, {}).same);

    // "The kernel" sends a bare RST and waits 50 ms longer for its SYN,ACK.
    Observation kernel = model;
    kernel.segments[3].flags = TcpFlag::RST;
    kernel.segments[3].ack = 0;
    kernel.timerGranularityUs = 4'000;
    const Comparison flags = compare(kernel, model, {});
    CHECK_FALSE(flags.same);
    CHECK(flags.report.find("segment 3: flags, ack") != std::string::npos);

    Observation late = model;
    for (std::size_t i = 1; i < late.segments.size(); ++i) late.segments[i].tUs += 50'000;
    late.timerGranularityUs = 4'000;
    const Comparison timing = compare(late, model, {});
    CHECK_FALSE(timing.same);
    CHECK(timing.report.find("segment 1: interval") != std::string::npos);

    // A known difference edits it away; one that finds nothing to edit is stale.
    const KnownDifference bareRst{"bare-rst", "test", "none", [](Observation &k, Observation &) {
                                      bool changed = false;
                                      for (auto &s : k.segments)
                                          if (s.flags == TcpFlag::RST) {
                                              s.flags |= TcpFlag::ACK;
                                              s.ack = 1;
                                              changed = true;
                                          }
                                      return changed;
                                  }};
    CHECK(compare(kernel, model, {bareRst}).same);
    const Comparison stale = compare(model, model, {bareRst});
    CHECK_FALSE(stale.same);
    CHECK(stale.stale == std::vector<std::string>{"bare-rst"});
}
