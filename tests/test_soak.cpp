// The soak test (docs/hardening.md): every catalog scenario with random link settings and
// random valid timer values, for many seeds. Whatever the values, each run must end within a
// fixed number of events (by itself or at a limit of the simulator, never by hanging), keep its
// event queue small, and the whole soak must not grow the process's memory. Values are drawn
// the way a file could give them: delays from 0, timers from 1 µs, retries from 0 to 255.
#include "core/scenario/catalog.h"
#include "core/scenario/scenario_runner.h"
#include "core/trace/rng.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <fstream>
#include <string>

#if defined(__SANITIZE_ADDRESS__)
extern "C" std::size_t __sanitizer_get_current_allocated_bytes();
#endif

using namespace wirestep;

namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr int kSeeds = 10; // ASan at -O0 is several times slower
#else
constexpr int kSeeds = 40;
#endif
constexpr std::uint64_t kEventsPerRun = 200'000;

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

class CountingSink : public TraceSink {
public:
    void append(const TraceEvent &) override { ++events; }
    std::uint64_t events = 0;
};

// A duration as a file may give it: often tiny (1 µs .. 1 ms), sometimes up to `maxUs`.
std::int64_t duration(Rng &rng, std::int64_t minUs, std::int64_t maxUs)
{
    const std::int64_t top = rng.chance(0.3) ? std::min<std::int64_t>(maxUs, 1000) : maxUs;
    return minUs + static_cast<std::int64_t>(rng.below(static_cast<std::uint64_t>(top - minUs)));
}

void randomize(Scenario &s, Rng &rng)
{
    for (auto &d : s.link.dir) {
        d.delayUs = rng.chance(0.2) ? 0 : duration(rng, 0, 500'000);
        d.jitterUs = rng.chance(0.5) ? 0 : duration(rng, 0, 200'000);
        d.loss = rng.chance(0.4) ? 0.0 : rng.uniform01() * 0.6;
    }
    s.link.seed = rng.next();
    for (TcpConfig &n : s.nodes) {
        TcpTimers &t = n.timers;
        t.rtoInitialUs = duration(rng, 1, 3'000'000);
        t.rtoMinUs = duration(rng, 1, 1'000'000);
        t.rtoMaxUs = duration(rng, 1, 60'000'000);
        t.synRetries = static_cast<int>(rng.below(rng.chance(0.2) ? 255 : 8));
        t.synAckRetries = static_cast<int>(rng.below(rng.chance(0.2) ? 255 : 8));
        t.dataRetries = static_cast<int>(rng.below(rng.chance(0.2) ? 255 : 15));
        t.timeWaitUs = duration(rng, 0, 5'000'000);
        t.finWait2Us = duration(rng, 0, 5'000'000);
        t.keepaliveIdleUs = duration(rng, 1, 5'000'000);
        t.keepaliveIntervalUs = duration(rng, 1, 2'000'000);
        t.keepaliveProbes = static_cast<int>(rng.below(rng.chance(0.2) ? 255 : 9));
        t.delayedAckUs = duration(rng, 0, 500'000);
        n.keepalive = rng.chance(0.5);
        n.delayedAck = rng.chance(0.5);
        n.receiveBuffer = static_cast<std::uint32_t>(rng.chance(0.2) ? rng.below(100) : 65535);
    }
    // Past the scenario's own end, sometimes far past it (keepalive probes go on for as long).
    s.untilUs += static_cast<std::int64_t>(rng.below(static_cast<std::uint64_t>(rng.chance(0.2) ? 600'000'000 : 20'000'000)));
}

} // namespace

TEST_CASE("every catalog scenario with random links and timers ends within a fixed number of events", "[soak]")
{
    const auto &catalog = Catalog::builtIn().scenarios();
    REQUIRE(catalog.size() >= 20);
    const auto start = std::chrono::steady_clock::now();
    long memoryAfterFirst = -1;
    std::uint64_t runs = 0, stoppedEarly = 0, totalEvents = 0;
    for (int seed = 1; seed <= kSeeds; ++seed) {
        for (const Scenario &original : catalog) {
            Rng rng(static_cast<std::uint64_t>(seed) * 7919 + std::hash<std::string>{}(original.id));
            Scenario s = original;
            randomize(s, rng);
            INFO(original.id << ", seed " << seed);
            CountingSink sink;
            ScenarioRunner runner(s, sink);
            runner.sim().setEventBudget(kEventsPerRun);
            runner.run();
            CHECK(runner.sim().eventsRun() <= kEventsPerRun);
            if (runner.stopReason() == Simulator::StopReason::None) CHECK(runner.sim().now() == s.untilUs);
            else ++stoppedEarly;
            // Nothing piles up: a few timers and segments in flight, however the run went.
            CHECK(runner.sim().pending() < 20'000);
            totalEvents += runner.sim().eventsRun();
            ++runs;
            if (memoryAfterFirst < 0) memoryAfterFirst = memoryKiB();
        }
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const long growth = memoryKiB() - memoryAfterFirst;
    INFO(runs << " runs, " << totalEvents << " events, " << stoppedEarly << " stopped at a limit, " << seconds
              << " s, memory grew by " << growth << " KiB");
    WARN(runs << " runs, " << totalEvents << " events, " << stoppedEarly << " stopped at a limit, " << seconds << " s");
    CHECK(growth < 128 * 1024);
    CHECK(seconds < 120.0);
}
