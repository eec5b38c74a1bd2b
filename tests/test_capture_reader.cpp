// CaptureReader: pcap and pcapng through libpcap, packet offsets that read the same packet again,
// and a clear kind of error for every bad file.
#include "core/wire/capture_reader.h"
#include "core/wire/pcap_writer.h"
#include "core/wire/wire_decoder.h"
#include "core/wire/wire_encoder.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include <sys/stat.h>
#include <unistd.h>

using namespace wirestep;

namespace {

using Bytes = std::vector<std::uint8_t>;

// Builds a classic pcap file by hand, in either byte order.
class PcapBuilder {
public:
    PcapBuilder(bool bigEndian, std::uint32_t magic = 0xa1b2c3d4, std::uint32_t linkType = 1) : m_big(bigEndian)
    {
        u32(magic);
        u16(2);
        u16(4);
        u32(0);
        u32(0);
        u32(65535);
        u32(linkType);
    }
    PcapBuilder &record(std::uint32_t sec, std::uint32_t frac, const Bytes &data, std::uint32_t origLen = 0)
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
        for (int i = 0; i < 4; ++i) bytes.push_back(static_cast<std::uint8_t>(v >> (m_big ? 24 - 8 * i : 8 * i)));
    }
    void u16(std::uint16_t v)
    {
        for (int i = 0; i < 2; ++i) bytes.push_back(static_cast<std::uint8_t>(v >> (m_big ? 8 - 8 * i : 8 * i)));
    }

    Bytes bytes;

private:
    bool m_big;
};

Segment seg(NodeId from, std::uint8_t flags, std::uint32_t seq, std::uint32_t ack, std::string payload = {})
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

Bytes frame(const Segment &s) { return WireEncoder().encodeFrame(s); }

// A reader over bytes in memory (as the fuzz target reads them).
struct MemoryReader {
    explicit MemoryReader(const Bytes &b) : bytes(b)
    {
        std::FILE *f = ::fmemopen(bytes.empty() ? nullptr : bytes.data(), bytes.size(), "rb");
        if (!f) f = std::tmpfile(); // fmemopen refuses a size of 0 on some systems
        ok = reader.open(f, bytes.size());
    }
    Bytes bytes;
    CaptureReader reader;
    bool ok = false;
};

std::vector<Bytes> readAll(CaptureReader &r)
{
    std::vector<Bytes> out;
    CaptureReader::Packet p;
    while (r.next(p) == CaptureReader::Read::Packet) out.emplace_back(p.bytes.begin(), p.bytes.end());
    return out;
}

std::string tempPath(const std::string &name)
{
    return (std::filesystem::temp_directory_path() / ("wirestep-" + std::to_string(::getpid()) + "-" + name)).string();
}

} // namespace

TEST_CASE("capture reader: reads what the writer wrote, with offsets that read each packet again", "[capture_reader]")
{
    Trace trace;
    std::uint64_t id = 0;
    for (const Segment &s : {seg(NodeId::Client, TcpFlag::SYN, 100, 0), seg(NodeId::Server, TcpFlag::SYN | TcpFlag::ACK, 300, 101),
                             seg(NodeId::Client, TcpFlag::ACK | TcpFlag::PSH, 101, 301, "hello")}) {
        TraceEvent e;
        e.id = ++id;
        e.tUs = static_cast<std::int64_t>(id) * 1500;
        e.kind = EventKind::Send;
        e.node = s.from;
        e.seg = s;
        e.seg.id = id;
        trace.append(e);
    }
    const std::string path = tempPath("written.pcap");
    REQUIRE(PcapWriter::writeFile(trace, path));
    CaptureReader r;
    REQUIRE(r.open(path));
    CHECK(r.format() == CaptureReader::Format::Pcap);
    CHECK(r.linkType() == LinkType::Ethernet);
    CHECK(r.size() == std::filesystem::file_size(path));
    std::vector<CaptureReader::Packet> seen;
    std::vector<Bytes> bytes;
    CaptureReader::Packet p;
    while (r.next(p) == CaptureReader::Read::Packet) {
        seen.push_back(p);
        bytes.emplace_back(p.bytes.begin(), p.bytes.end());
    }
    REQUIRE(seen.size() == 3);
    CHECK_FALSE(r.error());
    CHECK(seen[0].number == 1);
    CHECK(seen[2].number == 3);
    CHECK(seen[0].offset == 24);
    CHECK(seen[1].offset == 24 + 16 + bytes[0].size());
    CHECK(seen[1].tUs == PcapWriter::kEpochSeconds * 1000000 + 3000);
    const auto decoded = WireDecoder::decode(r.linkType(), bytes[2]);
    REQUIRE(decoded);
    CHECK(decoded->payload == "hello");

    // Back to the second packet, then on to the third.
    REQUIRE(r.readAt(seen[1].offset, 2, p) == CaptureReader::Read::Packet);
    CHECK(p.number == 2);
    CHECK(Bytes(p.bytes.begin(), p.bytes.end()) == bytes[1]);
    REQUIRE(r.next(p) == CaptureReader::Read::Packet);
    CHECK(p.number == 3);
    CHECK(Bytes(p.bytes.begin(), p.bytes.end()) == bytes[2]);
    CHECK(r.next(p) == CaptureReader::Read::End);
    std::filesystem::remove(path);
}

TEST_CASE("capture reader: both byte orders and both time resolutions", "[capture_reader]")
{
    const Bytes f = frame(seg(NodeId::Client, TcpFlag::SYN, 1, 0));
    for (bool big : {false, true}) {
        for (bool nano : {false, true}) {
            INFO("big endian " << big << ", nanoseconds " << nano);
            PcapBuilder b(big, nano ? 0xa1b23c4d : 0xa1b2c3d4);
            b.record(1700000000, nano ? 123456789 : 123456, f);
            MemoryReader m(b.bytes);
            REQUIRE(m.ok);
            CaptureReader::Packet p;
            REQUIRE(m.reader.next(p) == CaptureReader::Read::Packet);
            CHECK(p.tUs == 1700000000LL * 1000000 + 123456);
            CHECK(Bytes(p.bytes.begin(), p.bytes.end()) == f);
        }
    }
}

TEST_CASE("capture reader: the link types Wirestep decodes, and only those", "[capture_reader]")
{
    const std::pair<std::uint32_t, LinkType> known[] = {
        {1, LinkType::Ethernet}, {113, LinkType::LinuxSll}, {276, LinkType::LinuxSll2}, {0, LinkType::Null},
        {108, LinkType::Loop},   {101, LinkType::Raw},      {228, LinkType::Ipv4},      {229, LinkType::Ipv6},
    };
    for (const auto &[value, type] : known) {
        INFO("LINKTYPE " << value);
        MemoryReader m(PcapBuilder(false, 0xa1b2c3d4, value).bytes);
        REQUIRE(m.ok);
        CHECK(m.reader.linkType() == type);
    }
    MemoryReader wifi(PcapBuilder(false, 0xa1b2c3d4, 105).bytes);
    CHECK_FALSE(wifi.ok);
    CHECK(wifi.reader.error().kind == CaptureError::Kind::UnsupportedLinkType);
    CHECK(wifi.reader.error().linkType == 105);
    CHECK(wifi.reader.error().detail == "IEEE802_11");
}

TEST_CASE("capture reader: an empty capture has no packets", "[capture_reader]")
{
    MemoryReader m(PcapBuilder(false).bytes);
    REQUIRE(m.ok);
    CaptureReader::Packet p;
    CHECK(m.reader.next(p) == CaptureReader::Read::End);
    CHECK_FALSE(m.reader.error());
}

TEST_CASE("capture reader: bad files give the kind of error and where", "[capture_reader]")
{
    const Bytes f = frame(seg(NodeId::Client, TcpFlag::ACK, 1, 1));
    SECTION("empty")
    {
        MemoryReader m(Bytes{});
        CHECK_FALSE(m.ok);
        CHECK(m.reader.error().kind == CaptureError::Kind::Empty);
    }
    SECTION("not a capture")
    {
        const std::string json = "{\"id\": \"handshake\"}";
        MemoryReader m(Bytes(json.begin(), json.end()));
        CHECK_FALSE(m.ok);
        CHECK(m.reader.error().kind == CaptureError::Kind::NotACapture);
        CHECK(m.reader.error().detail == "7b 22 69 64");
    }
    SECTION("a pcap header cut short")
    {
        Bytes b = PcapBuilder(false).bytes;
        b.resize(10);
        MemoryReader m(b);
        CHECK_FALSE(m.ok);
        CHECK(m.reader.error().kind == CaptureError::Kind::TruncatedHeader);
    }
    SECTION("a record header cut short")
    {
        PcapBuilder b(false);
        b.record(1, 0, f);
        b.bytes.resize(b.bytes.size() + 7, 0);
        MemoryReader m(b.bytes);
        REQUIRE(m.ok);
        CHECK(readAll(m.reader).size() == 1);
        CHECK(m.reader.error().kind == CaptureError::Kind::TruncatedRecord);
        CHECK(m.reader.error().packet == 2);
        CHECK(m.reader.error().offset == 24 + 16 + f.size());
    }
    SECTION("a record's data cut short")
    {
        PcapBuilder b(true);
        b.record(1, 0, f);
        b.bytes.pop_back();
        MemoryReader m(b.bytes);
        REQUIRE(m.ok);
        CHECK(readAll(m.reader).empty());
        CHECK(m.reader.error().kind == CaptureError::Kind::TruncatedRecord);
        CHECK(m.reader.error().packet == 1);
        CHECK(m.reader.error().offset == 24);
    }
    SECTION("an absurd captured length")
    {
        PcapBuilder b(false);
        b.u32(0);
        b.u32(0);
        b.u32(0xfffffff0u);
        b.u32(0xfffffff0u);
        b.bytes.resize(b.bytes.size() + 100, 0);
        MemoryReader m(b.bytes);
        REQUIRE(m.ok);
        CHECK(readAll(m.reader).empty());
        CHECK(m.reader.error().kind == CaptureError::Kind::Damaged);
        CHECK(m.reader.error().packet == 1);
        CHECK_FALSE(m.reader.error().detail.empty());
    }
    SECTION("a missing file")
    {
        CaptureReader r;
        CHECK_FALSE(r.open("/nonexistent-dir/none.pcap"));
        CHECK(r.error().kind == CaptureError::Kind::CannotOpen);
        CHECK(r.error().detail == "No such file or directory");
    }
    SECTION("a directory")
    {
        CaptureReader r;
        CHECK_FALSE(r.open(std::filesystem::temp_directory_path().string()));
        CHECK(r.error().kind == CaptureError::Kind::CannotOpen);
    }
    SECTION("a FIFO with no writer is refused at once, not waited on")
    {
        const std::string fifo =
            (std::filesystem::temp_directory_path() / ("wirestep-capture-fifo-" + std::to_string(::getpid()))).string();
        ::unlink(fifo.c_str());
        REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
        CaptureReader r;
        CHECK_FALSE(r.open(fifo));
        CHECK(r.error().kind == CaptureError::Kind::NotRegular);
        ::unlink(fifo.c_str());
    }
    SECTION("a device that never ends is refused")
    {
        CaptureReader r;
        CHECK_FALSE(r.open("/dev/zero"));
        CHECK(r.error().kind == CaptureError::Kind::NotRegular);
    }
}

TEST_CASE("capture reader: every prefix either reads whole packets or reports a truncation", "[capture_reader]")
{
    PcapBuilder b(false);
    b.record(1, 0, frame(seg(NodeId::Client, TcpFlag::SYN, 1, 0))).record(2, 0, frame(seg(NodeId::Server, TcpFlag::SYN | TcpFlag::ACK, 1, 2)));
    const std::size_t first = 24 + 16 + 54;
    for (std::size_t len = 0; len <= b.bytes.size(); ++len) {
        INFO("prefix of " << len << " bytes");
        MemoryReader m(Bytes(b.bytes.begin(), b.bytes.begin() + static_cast<std::ptrdiff_t>(len)));
        if (len < 24) {
            CHECK_FALSE(m.ok);
            CHECK(m.reader.error());
            continue;
        }
        REQUIRE(m.ok);
        const auto packets = readAll(m.reader);
        const bool boundary = len == 24 || len == first || len == b.bytes.size();
        CHECK(packets.size() == (len < first ? 0u : len < b.bytes.size() ? 1u : 2u));
        CHECK(static_cast<bool>(m.reader.error()) == !boundary);
        if (!boundary) CHECK(m.reader.error().kind == CaptureError::Kind::TruncatedRecord);
    }
}

TEST_CASE("capture reader: random corruption never crashes", "[capture_reader]")
{
    PcapBuilder b(false);
    b.record(1, 0, frame(seg(NodeId::Client, TcpFlag::SYN, 1, 0))).record(2, 0, frame(seg(NodeId::Server, TcpFlag::ACK, 1, 2, "data")));
    std::mt19937 rng(7);
    for (int round = 0; round < 3000; ++round) {
        Bytes f = b.bytes;
        const int flips = 1 + static_cast<int>(rng() % 4);
        for (int i = 0; i < flips; ++i) f[rng() % f.size()] = static_cast<std::uint8_t>(rng());
        if (rng() % 4 == 0) f.resize(rng() % (f.size() + 8));
        MemoryReader m(f);
        if (!m.ok) {
            REQUIRE(m.reader.error());
            continue;
        }
        CaptureReader::Packet p;
        while (m.reader.next(p) == CaptureReader::Read::Packet) WireDecoder::decode(m.reader.linkType(), p.bytes, p.wireLength);
    }
}

namespace {

const char *const kFixtures[] = {"tcp-v4-echo.pcap", "tcp-v6-echo.pcapng", "any-sll2-mixed.pcap",
                                 "sll-keepalive.pcap", "zero-window.pcapng", "tcp-v4-mid.pcap"};

std::string fixture(const std::string &name)
{
    return (std::filesystem::path(WIRESTEP_SOURCE_DIR) / "tests" / "captures" / name).string();
}

std::string join(const std::vector<std::uint32_t> &v)
{
    std::string s;
    for (std::uint32_t x : v) s += (s.empty() ? "" : ",") + std::to_string(x);
    return s;
}

} // namespace

TEST_CASE("capture reader: the fixture captures open, with their formats and link types", "[capture_reader]")
{
    const std::tuple<const char *, CaptureReader::Format, LinkType, std::size_t> expected[] = {
        {"tcp-v4-echo.pcap", CaptureReader::Format::Pcap, LinkType::Ethernet, 11},
        {"tcp-v6-echo.pcapng", CaptureReader::Format::Pcapng, LinkType::Ethernet, 11},
        {"any-sll2-mixed.pcap", CaptureReader::Format::Pcap, LinkType::LinuxSll2, 15},
        {"sll-keepalive.pcap", CaptureReader::Format::Pcap, LinkType::LinuxSll, 9},
        {"zero-window.pcapng", CaptureReader::Format::Pcapng, LinkType::Ethernet, 45},
        {"tcp-v4-mid.pcap", CaptureReader::Format::Pcap, LinkType::Ethernet, 8},
    };
    for (const auto &[name, format, link, packets] : expected) {
        INFO(name);
        CaptureReader r;
        REQUIRE(r.open(fixture(name)));
        CHECK(r.format() == format);
        CHECK(r.linkType() == link);
        std::size_t n = 0, decoded = 0;
        CaptureReader::Packet p;
        while (r.next(p) == CaptureReader::Read::Packet) {
            ++n;
            std::string error;
            if (WireDecoder::decode(r.linkType(), p.bytes, p.wireLength, &error)) ++decoded;
            else INFO("packet " << n << ": " << error);
        }
        CHECK_FALSE(r.error());
        CHECK(n == packets);
        CHECK(decoded == packets);
    }
}

TEST_CASE("capture reader: every packet of the fixtures decodes as tshark reads it", "[capture_reader][tshark]")
{
    if (std::system("command -v tshark >/dev/null 2>&1") != 0) {
        WARN("skipped: tshark is not on PATH (./dev.sh installs it)");
        return;
    }
    for (const char *name : kFixtures) {
        INFO(name);
        const std::string path = fixture(name);
        const std::string command = "tshark -n -r '" + path + "' -o tcp.relative_sequence_numbers:FALSE -T fields -E occurrence=a"
                                    " -e ip.src -e ipv6.src -e tcp.srcport -e udp.srcport -e tcp.seq_raw -e tcp.ack_raw -e tcp.flags"
                                    " -e tcp.window_size_value -e tcp.len -e udp.length -e tcp.options.mss_val"
                                    " -e tcp.options.wscale.shift -e tcp.options.timestamp.tsval -e tcp.options.sack_le"
                                    " -e tcp.options.sack_re 2>/dev/null";
        std::string out;
        if (FILE *pipe = ::popen(command.c_str(), "r")) {
            char buf[4096];
            std::size_t n = 0;
            while ((n = std::fread(buf, 1, sizeof buf, pipe)) > 0) out.append(buf, n);
            ::pclose(pipe);
        }
        std::vector<std::string> lines;
        for (std::size_t at = 0; at < out.size();) {
            const std::size_t nl = out.find('\n', at);
            lines.push_back(out.substr(at, nl - at));
            at = nl == std::string::npos ? out.size() : nl + 1;
        }
        CaptureReader r;
        REQUIRE(r.open(path));
        CaptureReader::Packet p;
        std::size_t i = 0;
        while (r.next(p) == CaptureReader::Read::Packet) {
            INFO("packet " << p.number);
            REQUIRE(i < lines.size());
            const auto d = WireDecoder::decode(r.linkType(), p.bytes, p.wireLength);
            REQUIRE(d);
            char flags[8];
            std::snprintf(flags, sizeof flags, "0x%04x", d->tcp.flags);
            const bool tcp = d->proto == Protocol::Tcp;
            std::vector<std::uint32_t> le, re;
            for (const SackBlock &b : d->tcp.sackBlocks) {
                le.push_back(b.left);
                re.push_back(b.right);
            }
            const std::string ours = (d->ipVersion == 4 ? toString(d->sourceAddress()) + "\t" : "\t" + toString(d->sourceAddress()))
                + "\t" + (tcp ? std::to_string(d->sport) + "\t" : "\t" + std::to_string(d->sport))
                + "\t" + (tcp ? std::to_string(d->tcp.seq) : "") + "\t" + (tcp ? std::to_string(d->tcp.ack) : "")
                + "\t" + (tcp ? std::string(flags) : "") + "\t" + (tcp ? std::to_string(d->tcp.window) : "")
                + "\t" + (tcp ? std::to_string(d->payloadLength) : "") + "\t" + (tcp ? "" : std::to_string(d->udp.length))
                + "\t" + (d->tcp.mss ? std::to_string(d->tcp.mss) : "")
                + "\t" + (d->tcp.windowScale ? std::to_string(*d->tcp.windowScale) : "")
                + "\t" + (d->tcp.tsVal ? std::to_string(*d->tcp.tsVal) : "") + "\t" + join(le) + "\t" + join(re);
            CHECK(ours == lines[i]);
            ++i;
        }
        CHECK(i == lines.size() - (lines.size() && lines.back().empty() ? 1 : 0));
    }
}
