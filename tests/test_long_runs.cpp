// Long runs (docs/hardening.md): a simulated hour of keepalive and a 1 GiB transfer, streamed
// into sinks that keep nothing, so the process's memory must stay flat. In the sanitizer build
// (./dev.sh test-sanitize) LeakSanitizer checks at exit that they leak nothing; there the
// transfer is 256 MiB, since ASan at -O0 runs the simulator several times slower, and memory is
// the heap ASan counts as allocated (the resident set includes its quarantine of freed blocks).
#include "core/scenario/scenario_runner.h"
#include "tests/bulk_transfer.h"
#include "core/sim/network.h"
#include "core/sim/simulator.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <fstream>
#include <string>

#if defined(__SANITIZE_ADDRESS__)
// From the sanitizer runtime (clang's <sanitizer/allocator_interface.h>, which g++ lacks).
extern "C" std::size_t __sanitizer_get_current_allocated_bytes();
#endif

using namespace wirestep;

namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr std::uint64_t kTransferBytes = 256ULL * 1024 * 1024;
#else
constexpr std::uint64_t kTransferBytes = 1024ULL * 1024 * 1024;
#endif

// Counts what the test needs and keeps nothing else.
class SummarySink : public TraceSink {
public:
    void append(const TraceEvent &e) override
    {
        ++events;
        lastUs = std::max(lastUs, e.tUs);
        if (e.kind == EventKind::Send && e.seg.keepalive) ++probes[static_cast<std::size_t>(indexOf(e.node))];
        if (e.kind == EventKind::Timer && e.timer == TimerKind::Keepalive && e.action == TimerAction::Fired)
            ++keepaliveFired;
    }
    std::uint64_t events = 0;
    std::int64_t lastUs = 0;
    std::array<std::uint64_t, 2> probes{};
    std::uint64_t keepaliveFired = 0;
};

// The memory in use in KiB: under ASan the heap it counts as allocated, else the resident set.
long memoryKiB()
{
#if defined(__SANITIZE_ADDRESS__)
    return static_cast<long>(__sanitizer_get_current_allocated_bytes() / 1024);
#else
    std::ifstream f("/proc/self/status");
    for (std::string line; std::getline(f, line);)
        if (line.rfind("VmRSS:", 0) == 0) return std::stol(line.substr(6));
    return -1;
#endif
}

} // namespace

TEST_CASE("an hour of keepalive on classroom timers runs to 3600 s, probing all along", "[long][keepalive]")
{
    Scenario s;
    s.id = "long-keepalive";
    s.group = "timers";
    for (auto &d : s.link.dir) d.delayUs = 50'000;
    for (const NodeId id : {NodeId::Client, NodeId::Server}) {
        TcpConfig &n = s.nodes[static_cast<std::size_t>(indexOf(id))];
        n.port = id == NodeId::Client ? 40000 : 80;
        n.isn = id == NodeId::Client ? 100 : 300;
        n.profile = TimerProfile::Classroom;
        n.timers = timersFor(TimerProfile::Classroom); // keepalive after 10 s idle
        n.keepalive = true;
    }
    const auto action = [](std::int64_t atUs, NodeId node, ActionKind kind, std::string text = {}) {
        Action a;
        a.atUs = atUs;
        a.node = node;
        a.kind = kind;
        a.text = std::move(text);
        return a;
    };
    s.actions = {action(0, NodeId::Server, ActionKind::Listen), action(10'000, NodeId::Client, ActionKind::Connect),
                 action(1'000'000, NodeId::Client, ActionKind::Send, "hello")};
    s.untilUs = 3600LL * 1'000'000;

    SummarySink sink;
    ScenarioRunner runner(s, sink);
    runner.run();
    // An alive peer answers every probe: one probe per side about every 10.1 s, for an hour.
    CHECK(sink.lastUs > s.untilUs - 20'000'000);
    CHECK(sink.lastUs <= s.untilUs);
    for (const auto p : sink.probes) {
        CHECK(p > 300);
        CHECK(p < 400);
    }
    CHECK(sink.keepaliveFired >= sink.probes[0] + sink.probes[1]);
    CHECK(runner.network().client().tcp().state() == TcpState::Established);
    CHECK(runner.network().server().tcp().state() == TcpState::Established);
    // Nothing piles up in the queue: the timers of two endpoints, a few segments in flight.
    CHECK(runner.sim().pending() < 16);
}

TEST_CASE("a long transfer over a lossy link delivers every byte with flat memory", "[long][transfer]")
{
    SummarySink sink;
    BulkTransfer transfer(kTransferBytes, sink);
    long memAtQuarter = -1;
    std::size_t maxPending = 0;
    while (transfer.step()) {
        if (memAtQuarter < 0 && transfer.written() >= kTransferBytes / 4) memAtQuarter = memoryKiB();
        if ((transfer.sim().eventsRun() & 1023) == 0) maxPending = std::max(maxPending, transfer.sim().pending());
    }
    CHECK(transfer.delivered() == kTransferBytes);
    CHECK(transfer.closed());
    // From a quarter of the way to the end, memory grows by less than 32 MiB: nothing is kept
    // per segment or per byte sent.
    const long memAtEnd = memoryKiB();
    INFO("memory at 1/4: " << memAtQuarter << " KiB, at the end: " << memAtEnd << " KiB");
    CHECK(memAtEnd - memAtQuarter < 32 * 1024);
    CHECK(maxPending < 1000);
}
