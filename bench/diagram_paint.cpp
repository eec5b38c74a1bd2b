// Lays out synthetic traces of 10,000 and 1,000,000 segments and paints 1920x1080 frames of
// them while scrolling, offscreen. Prints the layout time, the median and 99th-percentile frame
// time, the peak memory (VmHWM), and how much slower a frame of the big trace is.
#include "core/sim/trace.h"
#include "ui/ladder_layout.h"
#include "ui/ladder_painter.h"

#include <QGuiApplication>
#include <QImage>
#include <QPainter>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

using namespace wirestep;
using Clock = std::chrono::steady_clock;

namespace {

double msSince(Clock::time_point t0) { return std::chrono::duration<double, std::milli>(Clock::now() - t0).count(); }

long vmHwmKb()
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmHWM:", 0) == 0) return std::stol(line.substr(6));
    return -1;
}

// A data transfer: one segment a millisecond, alternately data from the client and an ACK from
// the server, 10 ms of flight, every 97th segment lost half-way.
Trace makeTrace(std::size_t segments)
{
    Trace trace;
    std::uint64_t id = 0;
    const auto record = [&](TraceEvent e) {
        e.id = ++id;
        trace.append(e);
    };
    std::vector<std::uint64_t> sendIds(segments);
    const std::size_t flight = 10;
    for (std::size_t k = 0; k < segments + flight; ++k) {
        const std::int64_t t = static_cast<std::int64_t>(k) * 1000;
        if (k >= flight) {
            const std::size_t s = k - flight;
            TraceEvent e;
            e.tUs = s % 97 == 0 ? t - 5000 : t;
            e.cause = sendIds[s];
            e.seg.from = s % 2 ? NodeId::Server : NodeId::Client;
            e.seg.flags = TcpFlag::ACK;
            e.seg.seq = static_cast<std::uint32_t>(s * 100);
            if (s % 97 == 0) {
                e.kind = EventKind::Drop;
                e.node = e.seg.from;
                e.reason = "random-loss";
            } else {
                e.kind = EventKind::Deliver;
                e.node = peerOf(e.seg.from);
            }
            // A drop happens half-way, before the delivers due at this millisecond.
            record(e);
        }
        if (k < segments) {
            TraceEvent e;
            e.tUs = t;
            e.kind = EventKind::Send;
            e.node = k % 2 ? NodeId::Server : NodeId::Client;
            e.seg.from = e.node;
            e.seg.flags = TcpFlag::ACK;
            e.seg.seq = static_cast<std::uint32_t>(k * 100);
            e.seg.ack = 1;
            record(e);
            sendIds[k] = id;
        }
    }
    return trace;
}

struct Result {
    double layoutMs = 0;
    double medianMs = 0;
    double p99Ms = 0;
    long traceHwmKb = 0;
    long hwmKb = 0;
    std::size_t layoutBytes = 0;
};

Result run(std::size_t segments)
{
    Result r;
    Trace trace = makeTrace(segments);
    r.traceHwmKb = vmHwmKb();
    const auto t0 = Clock::now();
    const LadderLayout layout(trace);
    r.layoutMs = msSince(t0);
    r.layoutBytes = layout.memoryBytes();

    const LadderPainter painter(layout, trace);
    QImage frame(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    std::vector<double> times;
    const double maxScroll = std::max(0.0, layout.height() - 1000);
    const int frames = 300;
    for (int i = 0; i < frames; ++i) {
        LadderPainter::View v;
        v.width = 1920;
        v.height = 1080;
        // Smooth scrolling from three places: the start, the middle and the end.
        const double base = (i / 100) * maxScroll / 2.0;
        v.scrollY = std::clamp(base + (i % 100) * 37.0 - (i / 100 == 2 ? 3700.0 : 0.0), 0.0, maxScroll);
        const auto f0 = Clock::now();
        QPainter p(&frame);
        painter.paint(p, v);
        p.end();
        times.push_back(msSince(f0));
    }
    std::sort(times.begin(), times.end());
    r.medianMs = times[times.size() / 2];
    r.p99Ms = times[std::min(times.size() - 1, times.size() * 99 / 100)];
    r.hwmKb = vmHwmKb();
    std::printf("%9zu segments, %9zu events: layout %8.1f ms (%6.1f MB), frame median %6.2f ms, p99 %6.2f ms, "
                "VmHWM %7.1f MB (%7.1f MB after building the trace)\n",
                segments, trace.size(), r.layoutMs, static_cast<double>(r.layoutBytes) / 1048576.0, r.medianMs, r.p99Ms,
                static_cast<double>(r.hwmKb) / 1024.0, static_cast<double>(r.traceHwmKb) / 1024.0);
    std::fflush(stdout);
    return r;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    std::printf("sizeof(TraceEvent) = %zu bytes, sizeof(LadderLayout::Arrow) = %zu bytes\n", sizeof(TraceEvent),
                sizeof(LadderLayout::Arrow));
    const Result small = run(10'000);
    const Result big = run(1'000'000);
    std::printf("frame time ratio 1M / 10k: median %.2f, p99 %.2f\n", big.medianMs / small.medianMs, big.p99Ms / small.p99Ms);
    std::printf("layout targets: under 1000 ms -> %s; layout memory under 300 MB -> %s\n",
                big.layoutMs < 1000 ? "met" : "MISSED",
                static_cast<double>(big.layoutBytes) / 1048576.0 < 300 ? "met" : "MISSED");
    return 0;
}
