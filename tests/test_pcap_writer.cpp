#include "core/wire/pcap_writer.h"
#include "core/wire/wire_encoder.h"

#include "core/trace/trace.h"

#include "tests/tshark_support.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include <unistd.h>

using namespace wirestep;

namespace {

using Bytes = std::vector<std::uint8_t>;

std::string tempPath(const std::string &name)
{
    return (std::filesystem::temp_directory_path()
            / ("wirestep_" + name + "_" + std::to_string(::getpid()) + ".pcap"))
        .string();
}

Bytes readAll(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    return Bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::uint32_t native32(const Bytes &b, std::size_t at)
{
    std::uint32_t v = 0;
    std::memcpy(&v, b.data() + at, 4);
    return v;
}

std::uint16_t native16(const Bytes &b, std::size_t at)
{
    std::uint16_t v = 0;
    std::memcpy(&v, b.data() + at, 2);
    return v;
}

std::uint16_t be16(const Bytes &b, std::size_t at)
{
    return static_cast<std::uint16_t>(b[at] << 8 | b[at + 1]);
}

// Builds a trace by hand: the TCP endpoint is not needed to say what was sent and delivered.
class TraceBuilder {
public:
    Segment tcp(NodeId from, std::uint8_t flags, std::uint32_t seq, std::uint32_t ack,
                std::string payload = {}, std::uint16_t mss = 0) const
    {
        Segment s;
        s.from = from;
        s.sport = from == NodeId::Client ? 40000 : 80;
        s.dport = from == NodeId::Client ? 80 : 40000;
        s.seq = seq;
        s.ack = ack;
        s.flags = flags;
        s.window = from == NodeId::Client ? 65535 : 29200;
        s.mss = mss;
        s.payload = std::move(payload);
        return s;
    }
    Segment udp(NodeId from, std::string payload, std::uint16_t sport = 5000,
                std::uint16_t dport = 53) const
    {
        Segment s;
        s.proto = Protocol::Udp;
        s.from = from;
        s.sport = sport;
        s.dport = dport;
        s.payload = std::move(payload);
        return s;
    }
    Segment send(std::int64_t tUs, Segment s)
    {
        s.id = m_nextSegmentId++;
        add(tUs, EventKind::Send, s.from, s);
        return s;
    }
    void deliver(std::int64_t tUs, const Segment &s) { add(tUs, EventKind::Deliver, peerOf(s.from), s); }
    void drop(std::int64_t tUs, const Segment &s, NodeId node, DropReason reason)
    {
        add(tUs, EventKind::Drop, node, s, reason);
    }
    void state(std::int64_t tUs, NodeId node)
    {
        TraceEvent ev;
        ev.tUs = tUs;
        ev.kind = EventKind::State;
        ev.node = node;
        trace.append(ev);
    }

    Trace trace;

private:
    void add(std::int64_t tUs, EventKind kind, NodeId node, const Segment &s,
             DropReason reason = DropReason::None)
    {
        TraceEvent ev;
        ev.id = trace.size() + 1;
        ev.tUs = tUs;
        ev.kind = kind;
        ev.node = node;
        ev.seg = s;
        ev.reason = reason;
        trace.append(ev);
    }
    std::uint64_t m_nextSegmentId = 1;
};

// A connection with one lost and retransmitted data segment, a close, a UDP datagram and a
// UDP datagram to a closed port. Client sends, in order: SYN, ACK, data, data (again), FIN,
// UDP, UDP -> identifications 1..7; server sends SYN-ACK, ACK, FIN-ACK -> 1..3.
Trace lessonTrace()
{
    TraceBuilder b;
    b.state(0, NodeId::Client);
    const Segment syn = b.send(0, b.tcp(NodeId::Client, TcpFlag::SYN, 100, 0, {}, 1460));
    b.deliver(10000, syn);
    const Segment synAck =
        b.send(10000, b.tcp(NodeId::Server, TcpFlag::SYN | TcpFlag::ACK, 300, 101, {}, 1460));
    b.deliver(20000, synAck);
    const Segment ack = b.send(20000, b.tcp(NodeId::Client, TcpFlag::ACK, 101, 301));
    const Segment data =
        b.send(20000, b.tcp(NodeId::Client, TcpFlag::PSH | TcpFlag::ACK, 101, 301, "hello!"));
    b.drop(25000, data, NodeId::Client, DropReason::RandomLoss);
    b.deliver(30000, ack);
    Segment again = b.tcp(NodeId::Client, TcpFlag::PSH | TcpFlag::ACK, 101, 301, "hello!");
    again.retransmission = true;
    again = b.send(1020000, again);
    b.deliver(1030000, again);
    const Segment dataAck = b.send(1030000, b.tcp(NodeId::Server, TcpFlag::ACK, 301, 107));
    b.deliver(1040000, dataAck);
    const Segment fin = b.send(1050000, b.tcp(NodeId::Client, TcpFlag::FIN | TcpFlag::ACK, 107, 301));
    b.deliver(1060000, fin);
    const Segment finAck =
        b.send(1060000, b.tcp(NodeId::Server, TcpFlag::FIN | TcpFlag::ACK, 301, 108));
    b.deliver(1070000, finAck);
    const Segment dgram = b.send(2000000, b.udp(NodeId::Client, "query"));
    b.deliver(2010000, dgram);
    const Segment lost = b.send(2500000, b.udp(NodeId::Client, "nobody"));
    b.drop(2510000, lost, NodeId::Server, DropReason::PortUnreachable);
    return b.trace;
}

struct Packet {
    std::uint32_t sec;
    std::uint32_t usec;
    Bytes frame;
};

// Splits a native-order pcap file into its records (the reader has its own tests).
std::vector<Packet> records(const Bytes &file)
{
    std::vector<Packet> out;
    std::size_t at = 24;
    while (at + 16 <= file.size()) {
        const std::uint32_t incl = native32(file, at + 8);
        REQUIRE(native32(file, at + 12) == incl);
        REQUIRE(at + 16 + incl <= file.size());
        out.push_back({native32(file, at), native32(file, at + 4),
                       Bytes(file.begin() + static_cast<std::ptrdiff_t>(at + 16),
                             file.begin() + static_cast<std::ptrdiff_t>(at + 16 + incl))});
        at += 16 + incl;
    }
    REQUIRE(at == file.size());
    return out;
}

std::vector<Packet> capture(const Trace &trace, CapturePoint point, const std::string &name)
{
    const std::string path = tempPath(name);
    std::string error;
    REQUIRE(PcapWriter::writeFile(trace, path, point, &error));
    CHECK(error.empty());
    const Bytes file = readAll(path);
    std::filesystem::remove(path);
    return records(file);
}

std::uint16_t ipId(const Packet &p)
{
    return be16(p.frame, 14 + 4);
}

std::uint8_t tcpFlags(const Packet &p)
{
    return p.frame[14 + 20 + 13];
}

bool fromClient(const Packet &p)
{
    return p.frame[6 + 5] == 0x01;
}

} // namespace

TEST_CASE("pcap writer: global header", "[pcap_writer]")
{
    const std::string path = tempPath("header");
    REQUIRE(PcapWriter::writeFile(Trace{}, path, CapturePoint::Wire, nullptr));
    const Bytes file = readAll(path);
    std::filesystem::remove(path);
    REQUIRE(file.size() == 24);
    CHECK(native32(file, 0) == 0xa1b2c3d4u); // microsecond magic, in the writer's byte order
    CHECK(native16(file, 4) == 2);
    CHECK(native16(file, 6) == 4);
    CHECK(native32(file, 8) == 0);          // thiszone
    CHECK(native32(file, 12) == 0);         // sigfigs
    CHECK(native32(file, 16) == 65535);     // snaplen
    CHECK(native32(file, 20) == 1);         // LINKTYPE_ETHERNET
}

TEST_CASE("pcap writer: record headers carry simulated time after the fixed epoch",
          "[pcap_writer]")
{
    const auto packets = capture(lessonTrace(), CapturePoint::Wire, "times");
    REQUIRE(packets.size() == 10);
    CHECK(packets[0].sec == 1704067200u);
    CHECK(packets[0].usec == 0);
    CHECK(packets[1].sec == 1704067200u);
    CHECK(packets[1].usec == 10000);
    CHECK(packets[4].sec == 1704067201u); // the retransmission at 1.02 s
    CHECK(packets[4].usec == 20000);
    CHECK(packets[9].sec == 1704067202u);
    CHECK(packets[9].usec == 500000);
}

TEST_CASE("pcap writer: wire capture holds every sent segment, lost ones included",
          "[pcap_writer]")
{
    const Trace trace = lessonTrace();
    const auto packets = capture(trace, CapturePoint::Wire, "wire");
    const auto sends = trace.ofKind(EventKind::Send);
    REQUIRE(packets.size() == sends.size());
    // Each frame is exactly what the encoder makes of the segment, numbered per sender.
    WireEncoder enc;
    for (std::size_t i = 0; i < sends.size(); ++i) {
        INFO("packet " << i + 1);
        CHECK(packets[i].frame == enc.encodeFrame(sends[i].seg));
    }
    // Client: SYN 1, ACK 2, data 3, retransmitted data 4, FIN 5, UDP 6 and 7; server 1, 2, 3.
    std::vector<std::uint16_t> ids;
    for (const Packet &p : packets) ids.push_back(ipId(p));
    CHECK(ids == std::vector<std::uint16_t>{1, 1, 2, 3, 4, 2, 5, 3, 6, 7});
}

TEST_CASE("pcap writer: host captures see their own sends and what arrives", "[pcap_writer]")
{
    const Trace trace = lessonTrace();
    SECTION("client")
    {
        const auto p = capture(trace, CapturePoint::Client, "client");
        // SYN, SYN-ACK in, ACK, data (lost later, but it left the host), data again, ACK in,
        // FIN, FIN-ACK in, UDP, UDP.
        REQUIRE(p.size() == 10);
        CHECK(tcpFlags(p[1]) == (TcpFlag::SYN | TcpFlag::ACK));
        CHECK_FALSE(fromClient(p[1]));
        CHECK(ipId(p[1]) == 1);
        CHECK(p[1].usec == 20000); // at delivery, not at sending
        CHECK(ipId(p[3]) == 3);
        CHECK(ipId(p[4]) == 4);
        CHECK(ipId(p[5]) == 2);    // the server's data ACK, as the server numbered it
        CHECK(ipId(p[7]) == 3);
    }
    SECTION("server")
    {
        const auto p = capture(trace, CapturePoint::Server, "server");
        // SYN in, SYN-ACK, ACK in, data again in, ACK, FIN in, FIN-ACK, UDP in, UDP to a closed
        // port in. The lost first copy of the data never arrives.
        REQUIRE(p.size() == 9);
        CHECK(fromClient(p[0]));
        CHECK(p[0].usec == 10000);
        CHECK(ipId(p[0]) == 1);
        CHECK(ipId(p[2]) == 2);
        CHECK(ipId(p[3]) == 4);    // the retransmission, with the client's new identification
        CHECK(p[3].frame.size() == 14 + 20 + 20 + 6);
        CHECK(ipId(p[5]) == 5);
        CHECK(ipId(p[7]) == 6);
        CHECK(ipId(p[8]) == 7);
        CHECK(p[8].usec == 510000);
    }
}

TEST_CASE("pcap writer: which events a capture point takes", "[pcap_writer]")
{
    TraceEvent send;
    send.kind = EventKind::Send;
    send.node = NodeId::Client;
    send.seg.from = NodeId::Client;
    TraceEvent deliver = send;
    deliver.kind = EventKind::Deliver;
    deliver.node = NodeId::Server;
    TraceEvent linkDrop = send;
    linkDrop.kind = EventKind::Drop;
    linkDrop.reason = DropReason::RandomLoss;
    TraceEvent crashed = deliver;
    crashed.kind = EventKind::Drop;
    crashed.reason = DropReason::NodeDown;
    TraceEvent state;
    state.kind = EventKind::State;

    CHECK(PcapWriter::captures(CapturePoint::Wire, send));
    CHECK_FALSE(PcapWriter::captures(CapturePoint::Wire, deliver));
    CHECK_FALSE(PcapWriter::captures(CapturePoint::Wire, linkDrop));
    CHECK(PcapWriter::captures(CapturePoint::Client, send));
    CHECK_FALSE(PcapWriter::captures(CapturePoint::Server, send));
    CHECK(PcapWriter::captures(CapturePoint::Server, deliver));
    CHECK_FALSE(PcapWriter::captures(CapturePoint::Client, deliver));
    CHECK_FALSE(PcapWriter::captures(CapturePoint::Client, linkDrop));
    CHECK_FALSE(PcapWriter::captures(CapturePoint::Server, crashed));
    for (auto point : {CapturePoint::Wire, CapturePoint::Client, CapturePoint::Server})
        CHECK_FALSE(PcapWriter::captures(point, state));
}

TEST_CASE("pcap writer: the same trace gives the same file, byte for byte", "[pcap_writer]")
{
    const Trace trace = lessonTrace();
    for (auto point : {CapturePoint::Wire, CapturePoint::Client, CapturePoint::Server}) {
        const std::string a = tempPath("same_a");
        const std::string b = tempPath("same_b");
        REQUIRE(PcapWriter::writeFile(trace, a, point, nullptr));
        REQUIRE(PcapWriter::writeFile(trace, b, point, nullptr));
        const Bytes fa = readAll(a);
        CHECK(fa.size() > 24);
        CHECK(fa == readAll(b));
        std::filesystem::remove(a);
        std::filesystem::remove(b);
    }
}

TEST_CASE("pcap writer: streams as a TraceSink and restarts numbering on open", "[pcap_writer]")
{
    const Trace trace = lessonTrace();
    const std::string path = tempPath("sink");
    PcapWriter writer(CapturePoint::Server);
    for (int run = 0; run < 2; ++run) {
        REQUIRE(writer.open(path));
        TraceSink &sink = writer;
        for (const TraceEvent &ev : trace.events()) sink.append(ev);
        CHECK(writer.packetCount() == 9);
        std::string error;
        CHECK(writer.close(&error));
        CHECK(error.empty());
        CHECK_FALSE(writer.isOpen());
    }
    const Bytes streamed = readAll(path);
    REQUIRE(PcapWriter::writeFile(trace, path, CapturePoint::Server, nullptr));
    CHECK(streamed == readAll(path));
    std::filesystem::remove(path);
}

TEST_CASE("pcap writer: a duplicated segment arrives twice with one identification",
          "[pcap_writer]")
{
    TraceBuilder b;
    const Segment a = b.send(0, b.tcp(NodeId::Client, TcpFlag::ACK, 1, 1, "x"));
    const Segment c = b.send(5, b.tcp(NodeId::Client, TcpFlag::ACK, 2, 1, "y"));
    b.deliver(100, a);
    b.deliver(150, c);
    b.deliver(200, a);
    const auto p = capture(b.trace, CapturePoint::Server, "dup");
    REQUIRE(p.size() == 3);
    CHECK(ipId(p[0]) == 1);
    CHECK(ipId(p[1]) == 2);
    CHECK(ipId(p[2]) == 1);
}

TEST_CASE("pcap writer: a delivery whose send was not seen takes the next identification",
          "[pcap_writer]")
{
    TraceBuilder b;
    const Segment s = b.tcp(NodeId::Client, TcpFlag::ACK, 1, 1);
    b.deliver(100, s);
    b.deliver(200, s);
    const auto p = capture(b.trace, CapturePoint::Server, "unseen");
    REQUIRE(p.size() == 2);
    CHECK(ipId(p[0]) == 1);
    CHECK(ipId(p[1]) == 2);
}

TEST_CASE("pcap writer: errors are reported", "[pcap_writer]")
{
    SECTION("a file that cannot be created")
    {
        std::string error;
        CHECK_FALSE(PcapWriter::writeFile(lessonTrace(), "/nonexistent-dir/x.pcap",
                                          CapturePoint::Wire, &error));
        CHECK(error.find("/nonexistent-dir/x.pcap") != std::string::npos);
    }
    SECTION("a segment too large for IPv4 is skipped and reported")
    {
        TraceBuilder b;
        b.send(0, b.udp(NodeId::Client, std::string(70000, 'x')));
        b.send(1, b.udp(NodeId::Client, "fits"));
        const std::string path = tempPath("toolarge");
        PcapWriter writer;
        REQUIRE(writer.open(path));
        for (const TraceEvent &ev : b.trace.events()) writer.append(ev);
        CHECK(writer.packetCount() == 1);
        std::string error;
        CHECK_FALSE(writer.close(&error));
        CHECK(error.find("does not fit") != std::string::npos);
        std::filesystem::remove(path);
    }
    SECTION("appending to a closed writer does nothing")
    {
        PcapWriter writer;
        const Trace trace = lessonTrace();
        for (const TraceEvent &ev : trace.events()) writer.append(ev);
        CHECK(writer.packetCount() == 0);
        CHECK(writer.close());
    }
}


TEST_CASE("pcap writer: tshark reads the capture without complaint", "[pcap_writer][tshark]")
{
    if (!test::haveTshark()) {
        WARN("tshark is not on PATH; skipping the tshark check");
        return;
    }
    TraceBuilder b;
    std::vector<Segment> sent;
    sent.push_back(b.send(0, b.tcp(NodeId::Client, TcpFlag::SYN, 100, 0, {}, 1460)));
    sent.push_back(b.send(10000, b.tcp(NodeId::Server, TcpFlag::SYN | TcpFlag::ACK, 300, 101, {}, 1460)));
    sent.push_back(b.send(20000, b.tcp(NodeId::Client, TcpFlag::ACK, 101, 301)));
    sent.push_back(b.send(20001, b.tcp(NodeId::Client, TcpFlag::PSH | TcpFlag::ACK, 101, 301, "hello!")));
    sent.push_back(b.send(30000, b.tcp(NodeId::Client, TcpFlag::FIN | TcpFlag::ACK, 107, 301)));
    // Ports without a dissector, so that tshark does not parse "query" as DNS.
    sent.push_back(b.send(40000, b.udp(NodeId::Client, "query", 50000, 50001)));
    const std::string path = tempPath("tshark");
    REQUIRE(PcapWriter::writeFile(b.trace, path, CapturePoint::Wire, nullptr));

    const std::string command =
        "tshark -n -r '" + path + "'"
        " -o ip.check_checksum:TRUE -o tcp.check_checksum:TRUE -o udp.check_checksum:TRUE"
        " -o tcp.relative_sequence_numbers:FALSE -T fields -E separator=/t -E occurrence=a"
        " -E aggregator=';'"
        " -e frame.number -e frame.time_epoch -e ip.id -e ip.checksum.status -e tcp.flags"
        " -e tcp.seq -e tcp.ack -e tcp.len -e tcp.options.mss_val -e tcp.checksum.status"
        " -e udp.length -e udp.checksum.status -e _ws.malformed -e _ws.expert.message"
        " 2>/dev/null";
    const std::string out = test::run(command);
    std::filesystem::remove(path);
    INFO("tshark output:\n" << out);
    const auto rows = test::tsvLines(out);
    const unsigned kIpIds[] = {1, 1, 2, 3, 4, 5}; // per sender: client 1 2 3 4 5, server 1
    REQUIRE(rows.size() == sent.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const auto &r = rows[i];
        const Segment &s = sent[i];
        INFO("frame " << i + 1 << ": " << s.label());
        REQUIRE(r.size() == 14);
        CHECK(r[0] == std::to_string(i + 1));
        CHECK(r[2] == test::hex(kIpIds[i]));
        CHECK(r[3] == "1");           // ip.checksum.status: Good
        CHECK(r[12].empty());         // no malformed packet
        CHECK(r[13].find("Bad") == std::string::npos);
        CHECK(r[13].find("alformed") == std::string::npos);
        if (s.proto == Protocol::Tcp) {
            CHECK(r[4] == test::hex(s.flags));
            CHECK(r[5] == std::to_string(s.seq));
            CHECK(r[6] == std::to_string(s.ack));
            CHECK(r[7] == std::to_string(s.payload.size()));
            CHECK(r[8] == (s.mss ? std::to_string(s.mss) : std::string()));
            CHECK(r[9] == "1");       // tcp.checksum.status: Good
        } else {
            CHECK(r[10] == std::to_string(8 + s.payload.size()));
            CHECK(r[11] == "1");      // udp.checksum.status: Good
        }
    }
    CHECK(rows[0][1].rfind("1704067200.000000", 0) == 0);
    CHECK(rows[3][1].rfind("1704067200.020001", 0) == 0);
}
