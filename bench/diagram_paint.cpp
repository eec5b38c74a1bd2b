// Lays out synthetic traces of 10,000 and 1,000,000 segments and paints 1920x1080 frames of
// them while scrolling, offscreen. Prints the layout time, the median and 99th-percentile frame
// time, the memory of the trace and of the layout, the peak memory of the whole process
// (VmHWM: Qt, the trace, the layout and the painting together), and how much slower a frame of
// the big trace is. Targets (issue #5) for 1,000,000 segments: layout under 1 s, median frame
// under 8 ms, p99 under 16 ms, memory under 300 MB, frame time at most 1.5x that at 10,000.
#include "core/trace/trace.h"
#include "ui/diagram/ladder_layout.h"
#include "ui/diagram/ladder_painter.h"

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
                e.reason = DropReason::RandomLoss;
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
    std::size_t traceBytes = 0;
};

Result run(std::size_t segments)
{
    Result r;
    Trace trace = makeTrace(segments);
    r.traceHwmKb = vmHwmKb();
    r.traceBytes = trace.memoryBytes();
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
    std::printf("%9zu segments, %9zu events: trace %6.1f MB, layout %8.1f ms (%6.1f MB), frame median %6.2f ms, p99 %6.2f ms, "
                "VmHWM %7.1f MB (%7.1f MB after building the trace)\n",
                segments, trace.size(), static_cast<double>(r.traceBytes) / 1048576.0, r.layoutMs,
                static_cast<double>(r.layoutBytes) / 1048576.0, r.medianMs, r.p99Ms, static_cast<double>(r.hwmKb) / 1024.0,
                static_cast<double>(r.traceHwmKb) / 1024.0);
    std::fflush(stdout);
    return r;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    std::printf("sizeof(TraceEvent) = %zu bytes (64 packed in a Trace), sizeof(LadderLayout::Arrow) = %zu bytes\n",
                sizeof(TraceEvent), sizeof(LadderLayout::Arrow));
    const Result small = run(10'000);
    const Result big = run(1'000'000);
    const double medianRatio = big.medianMs / small.medianMs;
    std::printf("frame time ratio 1M / 10k: median %.2f, p99 %.2f\n", medianRatio, big.p99Ms / small.p99Ms);
    const auto verdict = [](bool met) { return met ? "met" : "MISSED"; };
    std::printf("targets at 1M: layout under 1000 ms -> %s; median frame under 8 ms -> %s; p99 under 16 ms -> %s; "
                "process peak under 300 MB -> %s; median frame at most 1.5x that at 10k -> %s\n",
                verdict(big.layoutMs < 1000), verdict(big.medianMs < 8), verdict(big.p99Ms < 16),
                verdict(static_cast<double>(big.hwmKb) / 1024.0 < 300), verdict(medianRatio <= 1.5));
    return 0;
}
