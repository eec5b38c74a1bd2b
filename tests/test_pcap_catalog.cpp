// Every catalog scenario, written as a pcap file, reads back as the segments of its trace: through
// our own reader and decoder, and through Debian's tshark with checksum validation on.
#include "core/scenario/catalog.h"
#include "core/scenario/scenario_runner.h"
#include "core/wire/capture_reader.h"
#include "core/wire/pcap_writer.h"
#include "core/wire/wire_addresses.h"
#include "core/wire/wire_decoder.h"
#include "tests/tshark_support.h"

#include <catch2/catch.hpp>

#include <filesystem>

#include <unistd.h>
#include <set>

using namespace wirestep;

namespace {

std::vector<Segment> sentSegments(const Trace &t)
{
    std::vector<Segment> out;
    for (const auto &e : t.events())
        if (e.kind == EventKind::Send) out.push_back(e.seg);
    return out;
}

std::string pcapPathFor(const std::string &id)
{
    // The process id keeps test cases that ctest runs at the same time (and other checkouts'
    // runs on the same machine) from writing over each other's files.
    return (std::filesystem::temp_directory_path()
            / ("wirestep-catalog-" + std::to_string(::getpid()) + "-" + id + ".pcap")).string();
}

// Expert messages that only say what the scenario stages on purpose: retransmissions,
// duplicate ACKs, keep-alives, resets, a reused port pair, a stray old segment; and tshark's
// chat-level notes on opening and closing.
bool staged(const std::string &message, bool straySegments)
{
    // A stray segment (an old duplicate, one held back, a crashed host) makes tshark's sequence
    // analysis see gaps and odd ACK numbers: those notes are staged too, but only then.
    if (straySegments
        && (message.find("Previous segment(s) not captured") != std::string::npos
            || message.find("SYN-ACK accepting TFO data") != std::string::npos))
        return true;
    static const char *const kStaged[] = {
        "retransmission", "Duplicate ACK", "keep-alive", "Connection reset (RST)",
        "A new tcp session is started with the same ports", "ACKed segment that wasn't captured",
        "Connection establish request (SYN)", "Connection establish acknowledge (SYN+ACK)",
        "Connection finish (FIN)", "connection closing",
    };
    for (const char *s : kStaged)
        if (message.find(s) != std::string::npos) return true;
    return false;
}

} // namespace

TEST_CASE("every catalog scenario's pcap decodes back to the trace's segments", "[pcap][catalog]")
{
    for (const Scenario &s : Catalog::builtIn().scenarios()) {
        INFO(s.id);
        const Trace trace = runScenario(s);
        const std::string path = pcapPathFor(s.id);
        std::string error;
        REQUIRE(PcapWriter::writeFile(trace, path, CapturePoint::Wire, &error));
        std::vector<std::vector<std::uint8_t>> records;
        {
            CaptureReader reader;
            REQUIRE(reader.open(path));
            CaptureReader::Packet p;
            while (reader.next(p) == CaptureReader::Read::Packet) records.emplace_back(p.bytes.begin(), p.bytes.end());
            CHECK_FALSE(reader.error());
        }
        std::filesystem::remove(path);
        const auto sent = sentSegments(trace);
        REQUIRE(records.size() == sent.size());
        for (std::size_t i = 0; i < sent.size(); ++i) {
            INFO("segment " << i + 1 << ": " << sent[i].label());
            const auto packet = WireDecoder::decodeFrame(records[i], &error);
            REQUIRE(packet);
            CHECK(packet->ip.checksumValid);
            CHECK(packet->transportChecksumValid);
            const Segment back = WireDecoder::toSegment(*packet, WireAddresses{}.clientIp);
            CHECK(back.from == sent[i].from);
            CHECK(back.proto == sent[i].proto);
            CHECK(back.sport == sent[i].sport);
            CHECK(back.dport == sent[i].dport);
            CHECK(back.payload == sent[i].payload);
            if (sent[i].proto == Protocol::Tcp) {
                CHECK(back.seq == sent[i].seq);
                CHECK(back.ack == sent[i].ack);
                CHECK(back.flags == sent[i].flags);
                CHECK(back.window == sent[i].window);
                CHECK(back.mss == sent[i].mss);
            }
        }
    }
}

TEST_CASE("tshark reads every catalog scenario with good checksums and only staged expert notes", "[pcap][catalog][tshark]")
{
    if (!test::haveTshark()) {
        WARN("tshark is not on PATH; skipping (./dev.sh installs it)");
        return;
    }
    for (const Scenario &s : Catalog::builtIn().scenarios()) {
        INFO(s.id);
        const Trace trace = runScenario(s);
        const bool stray = !s.link.injections.empty()
            || std::any_of(s.link.rules.begin(), s.link.rules.end(), [](const FaultRule &r) { return r.action == FaultAction::Delay; })
            || std::any_of(s.actions.begin(), s.actions.end(), [](const Action &a) { return a.kind == ActionKind::Crash; });
        const std::string path = pcapPathFor(s.id);
        REQUIRE(PcapWriter::writeFile(trace, path, CapturePoint::Wire, nullptr));
        const std::string out = test::run(
            "tshark -n -r '" + path + "'"
            " -o ip.check_checksum:TRUE -o tcp.check_checksum:TRUE -o udp.check_checksum:TRUE"
            " -o tcp.relative_sequence_numbers:FALSE -o tcp.analyze_sequence_numbers:TRUE"
            " -T fields -E separator=/t -E occurrence=a -E aggregator='|'"
            " -e frame.number -e ip.checksum.status -e tcp.flags -e tcp.seq -e tcp.ack -e tcp.len"
            " -e tcp.checksum.status -e udp.checksum.status -e _ws.malformed -e _ws.expert.message"
            " -e _ws.expert.severity 2>/dev/null");
        std::filesystem::remove(path);
        INFO("tshark output:\n" << out);
        const auto rows = test::tsvLines(out);
        const auto sent = sentSegments(trace);
        REQUIRE(rows.size() == sent.size());
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const auto &r = rows[i];
            const Segment &seg = sent[i];
            INFO("frame " << i + 1 << ": " << seg.label());
            REQUIRE(r.size() == 11);
            CHECK(r[1] == "1"); // ip.checksum.status: Good
            CHECK(r[8].empty()); // not malformed
            if (seg.proto == Protocol::Tcp) {
                CHECK(r[2] == test::hex(seg.flags));
                CHECK(r[3] == std::to_string(seg.seq));
                CHECK(r[4] == std::to_string(seg.ack));
                CHECK(r[5] == std::to_string(seg.payload.size()));
                CHECK(r[6] == "1"); // tcp.checksum.status: Good
            } else {
                CHECK(r[7] == "1"); // udp.checksum.status: Good
            }
            // Severity 8388608 is "error" (malformed, bad checksum): never.
            CHECK(r[10].find("8388608") == std::string::npos);
            std::istringstream messages(r[9]);
            std::string m;
            while (std::getline(messages, m, '|'))
                if (!m.empty()) CHECK(staged(m, stray));
        }
    }
}
