// bench/sim_throughput: how fast the simulator runs TCP, and whether memory stays flat when the
// trace is streamed. Prints its figures; it is not a test.
//
//   1. A 1 GiB transfer (MSS 1460, 1 % random loss, fixed seed) with a counting sink:
//      simulated events per second, wall time, peak memory.
//   2. In the same process, a bare event loop with no protocol work: the same queue, the same
//      number of events run, the same number pending; the ratio shows the protocol's own cost.
//   3. Transfers of 64 MiB and 256 MiB streamed as JSON Lines to a file: the process's peak
//      memory after each, which should not grow with the transfer size.
//
// Usage: sim_throughput [GiB=1] [repetitions=3] [stream=1]
#include "tests/bulk_transfer.h"
#include "core/trace/jsonl_writer.h"
#include "core/sim/simulator.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

using namespace wirestep;

namespace {

class CountingSink : public TraceSink {
public:
    void append(const TraceEvent &) override { ++count; }
    std::uint64_t count = 0;
};

long peakKiB()
{
    std::ifstream f("/proc/self/status");
    std::string line;
    while (std::getline(f, line))
        if (line.rfind("VmHWM:", 0) == 0) return std::atol(line.c_str() + 6);
    return -1;
}

struct Run {
    double seconds = 0;
    std::uint64_t simEvents = 0;
    std::uint64_t traceEvents = 0;
    double avgPending = 0;
    std::uint64_t delivered = 0;
};

// A client streams `bytes` to a server over a lossy link (see BulkTransfer).
Run transfer(std::uint64_t bytes, TraceSink &sink)
{
    BulkTransfer t(bytes, sink);
    std::uint64_t pendingSum = 0, samples = 0;
    const auto start = std::chrono::steady_clock::now();
    while (t.step()) {
        if ((t.sim().eventsRun() & 63) == 0) {
            pendingSum += t.sim().pending();
            ++samples;
        }
    }
    Run r;
    r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    r.simEvents = t.sim().eventsRun();
    r.traceEvents = t.sim().lastEventId();
    r.avgPending = samples ? static_cast<double>(pendingSum) / static_cast<double>(samples) : 0;
    r.delivered = t.delivered();
    return r;
}

// The same queue doing no protocol work: `pending` self-rescheduling events, `total` runs.
double bareLoop(std::uint64_t total, std::size_t pending)
{
    Simulator sim(1);
    std::uint64_t left = total;
    std::function<void()> tick;
    tick = [&]() {
        if (left == 0) return;
        --left;
        sim.scheduleIn(static_cast<std::int64_t>(1 + sim.rng().below(10'000)), tick);
    };
    for (std::size_t i = 0; i < std::max<std::size_t>(pending, 1); ++i) sim.schedule(static_cast<std::int64_t>(i), tick);
    const auto start = std::chrono::steady_clock::now();
    sim.runAll();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    const double gib = argc > 1 ? std::atof(argv[1]) : 1.0;
    const int reps = argc > 2 ? std::atoi(argv[2]) : 3;
    const auto bytes = static_cast<std::uint64_t>(gib * 1024 * 1024 * 1024);

    std::printf("sim_throughput: %.2f GiB, MSS 1460, 1%% loss, seed 42, %d repetitions (medians)\n", gib, reps);
    std::vector<double> protoRate, bareRate, wall;
    Run last;
    for (int i = 0; i < reps; ++i) {
        CountingSink sink;
        last = transfer(bytes, sink);
        if (last.delivered != bytes) std::printf("  WARNING: delivered %llu of %llu bytes\n",
                                                 static_cast<unsigned long long>(last.delivered),
                                                 static_cast<unsigned long long>(bytes));
        const double bare = bareLoop(last.simEvents, static_cast<std::size_t>(last.avgPending + 0.5));
        protoRate.push_back(static_cast<double>(last.simEvents) / last.seconds);
        bareRate.push_back(static_cast<double>(last.simEvents) / bare);
        wall.push_back(last.seconds);
    }
    std::printf("  simulator events run       %llu (trace events recorded %llu, avg pending %.1f)\n",
                static_cast<unsigned long long>(last.simEvents), static_cast<unsigned long long>(last.traceEvents),
                last.avgPending);
    std::printf("  wall time                  %.3f s\n", median(wall));
    std::printf("  protocol events/s          %.2f M\n", median(protoRate) / 1e6);
    std::printf("  bare event loop events/s   %.2f M\n", median(bareRate) / 1e6);
    std::printf("  protocol / bare            %.2f\n", median(protoRate) / median(bareRate));
    std::printf("  trace events/s             %.2f M\n", static_cast<double>(last.traceEvents) / median(wall) / 1e6);
    std::printf("  peak memory (VmHWM)        %.1f MiB\n", static_cast<double>(peakKiB()) / 1024.0);

    if (argc > 3 && std::atoi(argv[3]) == 0) return 0;
    const char *path = "/tmp/wirestep-sim-throughput.jsonl";
    for (std::uint64_t mib : {64ull, 256ull}) {
        std::ofstream out(path, std::ios::trunc);
        JsonlWriter writer(out);
        const Run r = transfer(mib * 1024 * 1024, writer);
        out.flush();
        std::printf("  streamed %4llu MiB as JSON Lines: %.2f s, %llu events, peak memory %.1f MiB\n",
                    static_cast<unsigned long long>(mib), r.seconds, static_cast<unsigned long long>(r.traceEvents),
                    static_cast<double>(peakKiB()) / 1024.0);
    }
    std::remove(path);
    return 0;
}
