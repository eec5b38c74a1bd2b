// Opens a large capture the way File ▸ Open capture does: writes a pcap file of SIZE megabytes
// (default 1024) to the temporary folder — one bulk TCP connection of 1448-byte segments with
// an ACK every second one, and a short refused connection every 3000 segments — then times the
// first pass (the index), the load of the first CaptureOpener::kMaxShownPackets packets of the
// big connection as a trace, and inspect() of a packet near the end, and prints the peak memory
// of the process (VmHWM). The file is removed afterwards. docs/captures.md quotes the figures.
//   capture_index [SIZE_MB]
#include "core/capture/capture_document.h"
#include "core/trace/trace.h"
#include "core/wire/wire_encoder.h"

#include <pcap/pcap.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

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

Segment tcp(NodeId from, std::uint16_t clientPort, std::uint32_t seq, std::uint32_t ack, std::uint8_t flags, std::size_t len)
{
    Segment s;
    s.from = from;
    s.sport = from == NodeId::Client ? clientPort : 80;
    s.dport = from == NodeId::Client ? 80 : clientPort;
    s.seq = seq;
    s.ack = ack;
    s.flags = flags;
    s.window = 65535;
    s.payload.assign(len, 'x');
    return s;
}

} // namespace

int main(int argc, char **argv)
{
    const std::uint64_t megabytes = argc > 1 ? std::stoull(argv[1]) : 1024;
    const std::string path = (std::filesystem::temp_directory_path() / "wirestep-capture-bench.pcap").string();
    pcap_t *dead = pcap_open_dead(DLT_EN10MB, 65535);
    pcap_dumper_t *dumper = pcap_dump_open(dead, path.c_str());
    if (!dumper) {
        std::fprintf(stderr, "capture_index: cannot write %s\n", path.c_str());
        return 1;
    }
    WireEncoder encoder;
    std::int64_t us = 0;
    std::uint64_t bytes = 24, packets = 0;
    const auto write = [&](const Segment &s) {
        const std::vector<std::uint8_t> frame = encoder.encodeFrame(s);
        pcap_pkthdr h{};
        us += 10;
        h.ts.tv_sec = static_cast<time_t>(1700000000 + us / 1000000);
        h.ts.tv_usec = static_cast<suseconds_t>(us % 1000000);
        h.caplen = h.len = static_cast<bpf_u_int32>(frame.size());
        pcap_dump(reinterpret_cast<u_char *>(dumper), &h, frame.data());
        bytes += 16 + frame.size();
        ++packets;
    };
    const Clock::time_point t0 = Clock::now();
    write(tcp(NodeId::Client, 40000, 999, 0, TcpFlag::SYN, 0));
    write(tcp(NodeId::Server, 40000, 4999, 1000, TcpFlag::SYN | TcpFlag::ACK, 0));
    write(tcp(NodeId::Client, 40000, 1000, 5000, TcpFlag::ACK, 0));
    std::uint32_t seq = 1000;
    for (std::uint64_t n = 1; bytes < megabytes * 1000 * 1000; ++n) {
        write(tcp(NodeId::Client, 40000, seq, 5000, TcpFlag::ACK, 1448));
        seq += 1448;
        if (n % 2 == 0) write(tcp(NodeId::Server, 40000, 5000, seq, TcpFlag::ACK, 0));
        if (n % 3000 == 0) {
            const auto port = static_cast<std::uint16_t>(50000 + (n / 3000) % 10000);
            write(tcp(NodeId::Client, port, 7, 0, TcpFlag::SYN, 0));
            write(tcp(NodeId::Server, port, 0, 8, TcpFlag::RST | TcpFlag::ACK, 0));
        }
    }
    pcap_dump_close(dumper);
    pcap_close(dead);
    std::printf("wrote %s: %.0f MB, %llu packets, in %.1f s\n", path.c_str(), static_cast<double>(bytes) / 1e6,
                static_cast<unsigned long long>(packets), msSince(t0) / 1000);

    const long before = vmHwmKb();
    Clock::time_point t = Clock::now();
    CaptureDocument doc;
    if (!doc.open(path)) {
        std::fprintf(stderr, "capture_index: cannot open the capture\n");
        return 1;
    }
    std::printf("first pass (index): %.2f s, %zu conversations, %llu packets\n", msSince(t) / 1000, doc.conversations().size(),
                static_cast<unsigned long long>(doc.packetCount()));
    t = Clock::now();
    Trace trace;
    const auto loaded = doc.load(0, trace, PacketRange{0, 20000});
    std::printf("load of the first %llu packets of connection 1 (%llu events): %.2f s, trace %.1f MB\n",
                static_cast<unsigned long long>(loaded.shown), static_cast<unsigned long long>(loaded.events), msSince(t) / 1000,
                static_cast<double>(trace.memoryBytes()) / 1e6);
    t = Clock::now();
    const auto p = doc.inspect(doc.packetCount() - 5);
    std::printf("inspect() of packet %llu: %.1f ms (%s)\n", static_cast<unsigned long long>(doc.packetCount() - 5), msSince(t),
                p ? "read" : "not read");
    std::printf("peak memory: %.0f MB (%.0f MB before opening)\n", static_cast<double>(vmHwmKb()) / 1024, static_cast<double>(before) / 1024);
    std::filesystem::remove(path);
    return 0;
}
