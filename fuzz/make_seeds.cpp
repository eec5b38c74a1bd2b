// make_seeds OUTDIR: writes a seed corpus for each fuzz target into OUTDIR/<target>/, built
// from the catalog (resources/scenarios): the scenario files themselves and as saved again,
// Ethernet frames and bare IPv4 packets of every catalog run's segments, pcap files of those
// runs (every capture point), length-prefixed message streams, udp-time formats and
// wirestep-cli command lines.
#include "core/live/length_prefix_framer.h"
#include "core/scenario/catalog.h"
#include "core/scenario/scenario_runner.h"
#include "core/scenario/scenario_writer.h"
#include "core/wire/pcap_writer.h"
#include "core/wire/wire_encoder.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

using namespace wirestep;
namespace fs = std::filesystem;

namespace {

void write(const fs::path &dir, const std::string &name, const std::string &bytes)
{
    std::ofstream(dir / name, std::ios::binary) << bytes;
}

std::string bytesOf(const std::vector<std::uint8_t> &v) { return {v.begin(), v.end()}; }

// The framer target's input: a limit selector, then pieces of (length byte, bytes).
std::string framerInput(std::uint8_t limit, const QByteArray &stream, std::size_t pieceLen)
{
    std::string out(1, static_cast<char>(limit));
    for (qsizetype i = 0; i < stream.size(); i += static_cast<qsizetype>(pieceLen)) {
        const QByteArray piece = stream.mid(i, static_cast<qsizetype>(pieceLen));
        out += static_cast<char>(piece.size());
        out += piece.toStdString();
    }
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: make_seeds OUTDIR\n");
        return 2;
    }
    const fs::path out = argv[1];
    for (const char *t : {"scenario_loader", "wire_decoder", "capture", "length_prefix_framer",
                          "udp_time_format", "cli_args"})
        fs::create_directories(out / t);

    const Catalog &catalog = Catalog::builtIn();
    if (!catalog.errors().empty() || catalog.scenarios().empty()) {
        std::fprintf(stderr, "make_seeds: the built-in catalog did not load\n");
        return 1;
    }
    QDirIterator files(QStringLiteral(":/scenarios"), {QStringLiteral("*.json")});
    while (files.hasNext()) {
        QFile f(files.next());
        if (f.open(QIODevice::ReadOnly))
            write(out / "scenario_loader", f.fileName().section('/', -1).toStdString(), f.readAll().toStdString());
    }
    std::size_t frames = 0;
    for (const Scenario &s : catalog.scenarios()) {
        write(out / "scenario_loader", s.id + ".saved.json", ScenarioWriter::save(s));
        const Trace trace = runScenario(s);
        WireEncoder encoder;
        int n = 0;
        for (const TraceEvent &e : trace.events()) {
            if (e.kind != EventKind::Send || !WireEncoder::fits(e.seg) || n++ >= 12) continue;
            write(out / "wire_decoder", s.id + "-" + std::to_string(n) + ".frame", bytesOf(encoder.encodeFrame(e.seg)));
            write(out / "wire_decoder", s.id + "-" + std::to_string(n) + ".ip", bytesOf(encoder.encodePacket(e.seg)));
            ++frames;
        }
        for (const CapturePoint point : {CapturePoint::Wire, CapturePoint::Client, CapturePoint::Server}) {
            const fs::path pcap = out / "capture" / (s.id + "-" + std::string(toString(point)) + ".pcap");
            std::string error;
            if (!PcapWriter::writeFile(trace, pcap.string(), point, &error)) {
                std::fprintf(stderr, "make_seeds: %s\n", error.c_str());
                return 1;
            }
        }
    }

    QByteArray stream;
    for (const char *m : {"hello", "", "你好, TCP!", "a longer message that spans several reads of the stream"})
        stream += LengthPrefixFramer::frame(QByteArray(m));
    for (std::uint8_t limit = 0; limit < 5; ++limit)
        for (const std::size_t piece : {1, 3, 7, 63})
            write(out / "length_prefix_framer", "stream-" + std::to_string(limit) + "-" + std::to_string(piece),
                  framerInput(limit, stream, piece));

    int i = 0;
    for (const char *f : {"", "%Y-%m-%d %X", "%H:%M:%S", "%c", "%s", "%%", "%", "%E", "%Oy", "%-5Y", "%G-W%V-%u",
                          "%a %A %b %B %p %Z %z", "今天是 %Y 年"})
        write(out / "udp_time_format", "format-" + std::to_string(i++), f);

    i = 0;
    for (const char *line : {"--help", "--version", "list", "list --json", "list --lang zh_CN", "run handshake",
                             "run udp-lossy --format jsonl", "run handshake --loss 0.2 --seed 7 --format pcap -o h.pcap",
                             "run handshake --profile classroom --delay 5", "run keepalive-dead-peer --format jsonl --lang zh_CN",
                             "run handshake --capture client --format pcap -o c.pcap", "validate h.pcap",
                             "validate missing.json", "run --seed=3 handshake", "run handshake extra", "nonsense",
                             "validate --lang=zh_CN a.json b.json", "run handshake --loss 1e400", "list --json --json"})
        write(out / "cli_args", "line-" + std::to_string(i++), line);

    std::printf("make_seeds: %zu scenarios, %zu frames into %s\n", catalog.scenarios().size(), frames,
                out.string().c_str());
    return 0;
}
