#include "core/wire/pcap_reader.h"
#include "core/wire/pcap_writer.h"
#include "core/wire/wire_decoder.h"
#include "core/wire/wire_encoder.h"

#include "core/trace/trace.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include <unistd.h>

using namespace wirestep;

namespace {

using Bytes = std::vector<std::uint8_t>;

// Builds a classic pcap file by hand, in either byte order.
class PcapBuilder {
public:
    PcapBuilder(bool bigEndian, std::uint32_t magic = 0xa1b2c3d4, std::uint32_t linkType = 1)
        : m_big(bigEndian)
    {
        u32(magic);
        u16(2);
        u16(4);
        u32(0);
        u32(0);
        u32(65535);
        u32(linkType);
    }
    PcapBuilder &record(std::uint32_t sec, std::uint32_t frac, const Bytes &data,
                        std::uint32_t origLen = 0)
    {
        u32(sec);
        u32(frac);
        u32(static_cast<std::uint32_t>(data.size()));
        u32(origLen ? origLen : static_cast<std::uint32_t>(data.size()));
        bytes.insert(bytes.end(), data.begin(), data.end());
        return *this;
    }
    void u32(std::uint32_t v)
    {
        for (int i = 0; i < 4; ++i)
            bytes.push_back(static_cast<std::uint8_t>(v >> (m_big ? 24 - 8 * i : 8 * i)));
    }
    void u16(std::uint16_t v)
    {
        for (int i = 0; i < 2; ++i)
            bytes.push_back(static_cast<std::uint8_t>(v >> (m_big ? 8 - 8 * i : 8 * i)));
    }

    Bytes bytes;

private:
    bool m_big;
};

Segment seg(NodeId from, std::uint8_t flags, std::uint32_t seq, std::uint32_t ack,
            std::string payload = {})
{
    Segment s;
    s.from = from;
    s.sport = from == NodeId::Client ? 40000 : 80;
    s.dport = from == NodeId::Client ? 80 : 40000;
    s.seq = seq;
    s.ack = ack;
    s.flags = flags;
    s.window = 1000;
    s.payload = std::move(payload);
    return s;
}

Bytes frame(const Segment &s)
{
    return WireEncoder().encodeFrame(s);
}

// Parsing must fail with a reason containing `word`.
void expectError(const Bytes &file, const std::string &word)
{
    std::string error;
    CHECK_FALSE(PcapReader::parse(file, &error).has_value());
    INFO("error: " << error);
    CHECK(error.find(word) != std::string::npos);
}

} // namespace

TEST_CASE("pcap reader: reads what the writer wrote", "[pcap_reader]")
{
    Trace trace;
    std::vector<Segment> sent{seg(NodeId::Client, TcpFlag::SYN, 100, 0),
                              seg(NodeId::Server, TcpFlag::SYN | TcpFlag::ACK, 300, 101),
                              seg(NodeId::Client, TcpFlag::PSH | TcpFlag::ACK, 101, 301, "hello!")};
    std::int64_t t = 0;
    for (Segment &s : sent) {
        s.id = trace.size() + 1;
        TraceEvent ev;
        ev.kind = EventKind::Send;
        ev.node = s.from;
        ev.seg = s;
        ev.tUs = t;
        t += 1500000;
        trace.append(ev);
    }
    const std::string path = (std::filesystem::temp_directory_path()
                              / ("wirestep_reader_" + std::to_string(::getpid()) + ".pcap"))
                                 .string();
    REQUIRE(PcapWriter::writeFile(trace, path, CapturePoint::Wire, nullptr));
    std::string error;
    const auto file = PcapReader::readFile(path, &error);
    std::filesystem::remove(path);
    INFO(error);
    REQUIRE(file);
    CHECK_FALSE(file->swapped);
    CHECK_FALSE(file->nanosecond);
    CHECK(file->versionMajor == 2);
    CHECK(file->versionMinor == 4);
    CHECK(file->snaplen == 65535);
    CHECK(file->linkType == PcapReader::kLinkTypeEthernet);
    REQUIRE(file->records.size() == 3);
    CHECK(file->records[1].tsSec == 1704067201u);
    CHECK(file->records[1].tsFraction == 500000);
    CHECK(file->records[2].timestampNs(false) == 1704067203LL * 1000000000);
    for (std::size_t i = 0; i < sent.size(); ++i) {
        const auto p = WireDecoder::decodeFrame(file->records[i].data);
        REQUIRE(p);
        CHECK(file->records[i].origLen == file->records[i].data.size());
        const Segment back = WireDecoder::toSegment(*p, Ipv4Address{192, 0, 2, 1});
        CHECK(back.from == sent[i].from);
        CHECK(back.seq == sent[i].seq);
        CHECK(back.flags == sent[i].flags);
        CHECK(back.payload == sent[i].payload);
    }
}

TEST_CASE("pcap reader: both byte orders and both time resolutions", "[pcap_reader]")
{
    const Bytes f = frame(seg(NodeId::Client, TcpFlag::SYN, 1, 0));
    for (bool big : {false, true}) {
        for (std::uint32_t magic : {0xa1b2c3d4u, 0xa1b23c4du}) {
            const bool ns = magic == 0xa1b23c4du;
            PcapBuilder b(big, magic);
            b.record(10, ns ? 999999999 : 999999, f).record(11, 0, Bytes{1, 2, 3}, 60);
            std::string error;
            const auto file = PcapReader::parse(b.bytes, &error);
            INFO("big endian " << big << ", nanosecond " << ns << ": " << error);
            REQUIRE(file);
            CHECK(file->swapped == big); // this machine is little-endian
            CHECK(file->nanosecond == ns);
            CHECK(file->snaplen == 65535);
            REQUIRE(file->records.size() == 2);
            CHECK(file->records[0].data == f);
            CHECK(file->records[0].tsSec == 10);
            CHECK(file->records[0].timestampNs(ns) == (ns ? 10999999999LL : 10999999000LL));
            CHECK(file->records[1].origLen == 60);
            CHECK(file->records[1].data == Bytes{1, 2, 3});
        }
    }
}

TEST_CASE("pcap reader: RAW link type holds bare IP packets", "[pcap_reader]")
{
    const Bytes packet = WireEncoder().encodePacket(seg(NodeId::Server, TcpFlag::RST, 5, 0));
    for (std::uint32_t link : {PcapReader::kLinkTypeRaw, PcapReader::kLinkTypeIpv4}) {
        PcapBuilder b(false, 0xa1b2c3d4, link);
        b.record(1, 2, packet);
        const auto file = PcapReader::parse(b.bytes);
        REQUIRE(file);
        CHECK(file->linkType == link);
        REQUIRE(file->records.size() == 1);
        const auto p = WireDecoder::decodePacket(file->records[0].data);
        REQUIRE(p);
        CHECK(p->tcp.flags == TcpFlag::RST);
    }
}

TEST_CASE("pcap reader: an empty capture has no records", "[pcap_reader]")
{
    const auto file = PcapReader::parse(PcapBuilder(false).bytes);
    REQUIRE(file);
    CHECK(file->records.empty());
}

TEST_CASE("pcap reader: garbled and truncated files give clear errors", "[pcap_reader]")
{
    const Bytes f = frame(seg(NodeId::Client, TcpFlag::ACK, 1, 1));
    SECTION("shorter than the global header") { expectError(Bytes(10, 0xa1), "shorter than the 24-byte"); }
    SECTION("unknown magic") { expectError(Bytes(24, 0x42), "unknown magic number 0x42424242"); }
    SECTION("pcapng") { expectError(PcapBuilder(false, 0x0a0d0d0a).bytes, "pcapng"); }
    SECTION("version")
    {
        PcapBuilder b(false);
        b.bytes[4] = 3;
        expectError(b.bytes, "unsupported pcap version 3.4");
    }
    SECTION("link type") { expectError(PcapBuilder(false, 0xa1b2c3d4, 105).bytes, "unsupported link type 105"); }
    SECTION("truncated record header")
    {
        PcapBuilder b(false);
        b.record(1, 0, f);
        b.bytes.resize(b.bytes.size() + 7, 0);
        expectError(b.bytes, "truncated record 2 at byte " + std::to_string(24 + 16 + f.size()));
    }
    SECTION("truncated record data")
    {
        PcapBuilder b(true);
        b.record(1, 0, f);
        b.bytes.pop_back();
        expectError(b.bytes, "truncated record 1 at byte 24: " + std::to_string(f.size())
                                 + " packet bytes announced, " + std::to_string(f.size() - 1)
                                 + " left");
    }
    SECTION("absurd captured length")
    {
        PcapBuilder b(false);
        b.u32(0);
        b.u32(0);
        b.u32(0xfffffff0u);
        b.u32(0xfffffff0u);
        expectError(b.bytes, "exceeds the maximum of 262144");
    }
    SECTION("captured length above the original length")
    {
        PcapBuilder b(false);
        b.record(1, 0, f, 10);
        expectError(b.bytes, "larger than the original length 10");
    }
    SECTION("microseconds out of range")
    {
        PcapBuilder b(false);
        b.record(1, 1000000, f);
        expectError(b.bytes, "timestamp fraction 1000000 is not below 1000000");
    }
}

TEST_CASE("pcap reader: every prefix either parses at a record boundary or fails",
          "[pcap_reader]")
{
    PcapBuilder b(false);
    b.record(1, 0, frame(seg(NodeId::Client, TcpFlag::SYN, 1, 0)))
        .record(2, 0, frame(seg(NodeId::Server, TcpFlag::SYN | TcpFlag::ACK, 1, 2)));
    const std::size_t first = 24 + 16 + 54;
    for (std::size_t len = 0; len <= b.bytes.size(); ++len) {
        const Bytes prefix(b.bytes.begin(), b.bytes.begin() + static_cast<std::ptrdiff_t>(len));
        std::string error;
        const auto file = PcapReader::parse(prefix, &error);
        INFO("prefix of " << len << " bytes");
        if (len == 24 || len == first || len == b.bytes.size()) {
            REQUIRE(file);
            CHECK(file->records.size() == (len == 24 ? 0u : len == first ? 1u : 2u));
        } else {
            CHECK_FALSE(file);
            CHECK_FALSE(error.empty());
        }
    }
}

TEST_CASE("pcap reader: random corruption never crashes", "[pcap_reader]")
{
    PcapBuilder b(false);
    b.record(1, 0, frame(seg(NodeId::Client, TcpFlag::SYN, 1, 0)))
        .record(2, 0, frame(seg(NodeId::Server, TcpFlag::ACK, 1, 2, "data")));
    std::mt19937 rng(7);
    for (int round = 0; round < 20000; ++round) {
        Bytes f = b.bytes;
        const int flips = 1 + static_cast<int>(rng() % 4);
        for (int i = 0; i < flips; ++i) f[rng() % f.size()] = static_cast<std::uint8_t>(rng());
        if (rng() % 4 == 0) f.resize(rng() % (f.size() + 8));
        std::string error;
        const auto file = PcapReader::parse(f, &error);
        if (file) {
            for (const PcapRecord &r : file->records)
                if (file->linkType == PcapReader::kLinkTypeEthernet) WireDecoder::decodeFrame(r.data);
        } else {
            REQUIRE_FALSE(error.empty());
        }
    }
}

TEST_CASE("pcap reader: a missing file is an error", "[pcap_reader]")
{
    std::string error;
    CHECK_FALSE(PcapReader::readFile("/nonexistent-dir/none.pcap", &error));
    CHECK(error == "cannot open /nonexistent-dir/none.pcap");
}
