#include "core/wire/checksum.h"
#include "core/wire/wire_decoder.h"
#include "core/wire/wire_encoder.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <random>
#include <set>
#include <span>
#include <string>
#include <vector>

using namespace wirestep;

namespace {

using Bytes = std::vector<std::uint8_t>;
const Ipv4Address kClientIp{192, 0, 2, 1};

Segment tcpSeg(NodeId from, std::uint8_t flags, std::uint32_t seq, std::uint32_t ack,
               std::string payload = {}, std::uint16_t mss = 0)
{
    Segment s;
    s.proto = Protocol::Tcp;
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

Segment udpSeg(std::string payload)
{
    Segment s;
    s.proto = Protocol::Udp;
    s.from = NodeId::Client;
    s.sport = 5000;
    s.dport = 53;
    s.payload = std::move(payload);
    return s;
}

Bytes synFrame()
{
    return WireEncoder().encodeFrame(tcpSeg(NodeId::Client, TcpFlag::SYN, 100, 0, {}, 1460));
}

Bytes dataFrame()
{
    return WireEncoder().encodeFrame(
        tcpSeg(NodeId::Client, TcpFlag::PSH | TcpFlag::ACK, 101, 301, "hello!"));
}

Bytes udpFrame()
{
    return WireEncoder().encodeFrame(udpSeg("query"));
}

void put16(Bytes &b, std::size_t at, std::uint16_t v)
{
    b[at] = static_cast<std::uint8_t>(v >> 8);
    b[at + 1] = static_cast<std::uint8_t>(v & 0xff);
}

// Decoding must fail with a reason containing `word`.
void expectRejected(const Bytes &frame, const std::string &word)
{
    std::string error;
    const auto p = WireDecoder::decodeFrame(frame, &error);
    CHECK_FALSE(p.has_value());
    INFO("error: " << error);
    CHECK(error.find(word) != std::string::npos);
}

void expectRoundTrip(const Segment &s)
{
    WireEncoder enc;
    const Bytes frame = enc.encodeFrame(s);
    std::string error;
    const auto p = WireDecoder::decodeFrame(frame, &error);
    INFO(s.label() << " error: " << error);
    REQUIRE(p.has_value());
    CHECK(error.empty());
    CHECK(p->hasEthernet);
    CHECK(p->ethernet.etherType == 0x0800);
    CHECK(p->ip.version == 4);
    CHECK(p->ip.ihl == 5);
    CHECK(p->ip.totalLength == frame.size() - 14);
    CHECK(p->ip.identification == 1);
    CHECK(p->ip.dontFragment);
    CHECK(p->ip.ttl == 64);
    CHECK(p->ip.checksumValid);
    CHECK(p->transportChecksumValid);

    const Segment back = WireDecoder::toSegment(*p, kClientIp);
    CHECK(back.proto == s.proto);
    CHECK(back.from == s.from);
    CHECK(back.sport == s.sport);
    CHECK(back.dport == s.dport);
    CHECK(back.seq == s.seq);
    CHECK(back.ack == s.ack);
    CHECK(back.flags == s.flags);
    CHECK(back.window == s.window);
    CHECK(back.mss == s.mss);
    CHECK(back.payload == s.payload);
}

} // namespace

TEST_CASE("decoder: round trips", "[wire_decoder]")
{
    SECTION("SYN with MSS") { expectRoundTrip(tcpSeg(NodeId::Client, TcpFlag::SYN, 100, 0, {}, 1460)); }
    SECTION("SYN, ACK with MSS")
    {
        expectRoundTrip(tcpSeg(NodeId::Server, TcpFlag::SYN | TcpFlag::ACK, 300, 101, {}, 1400));
    }
    SECTION("ACK") { expectRoundTrip(tcpSeg(NodeId::Client, TcpFlag::ACK, 101, 301)); }
    SECTION("data")
    {
        expectRoundTrip(tcpSeg(NodeId::Client, TcpFlag::PSH | TcpFlag::ACK, 101, 301, "hello!"));
    }
    SECTION("binary data with zero bytes")
    {
        expectRoundTrip(tcpSeg(NodeId::Server, TcpFlag::ACK, 301, 107, std::string("\0\xff\x01", 3)));
    }
    SECTION("FIN, ACK") { expectRoundTrip(tcpSeg(NodeId::Server, TcpFlag::FIN | TcpFlag::ACK, 301, 107)); }
    SECTION("RST") { expectRoundTrip(tcpSeg(NodeId::Server, TcpFlag::RST, 0, 0)); }
    SECTION("RST, ACK with large numbers")
    {
        expectRoundTrip(tcpSeg(NodeId::Server, TcpFlag::RST | TcpFlag::ACK, 0xfffffffeu, 0x80000000u));
    }
    SECTION("UDP") { expectRoundTrip(udpSeg("query")); }
    SECTION("empty UDP") { expectRoundTrip(udpSeg({})); }
}

TEST_CASE("decoder: decoded header fields", "[wire_decoder]")
{
    const auto p = WireDecoder::decodeFrame(synFrame());
    REQUIRE(p);
    CHECK(p->ethernet.destination == MacAddress{2, 0, 0, 0, 0, 2});
    CHECK(p->ethernet.source == MacAddress{2, 0, 0, 0, 0, 1});
    CHECK(p->ip.source == kClientIp);
    CHECK(p->ip.destination == Ipv4Address{192, 0, 2, 2});
    CHECK(p->ip.protocol == 6);
    CHECK(p->ip.checksum == 0xb6c7);
    CHECK(p->transportChecksum == 0x772e);
    CHECK(p->tcp.dataOffset == 6);
    CHECK(p->tcp.options == Bytes{2, 4, 0x05, 0xb4});
    CHECK(p->tcp.mss == 1460);
    CHECK(p->tcp.urgentPointer == 0);
    CHECK(p->payload.empty());
}

TEST_CASE("decoder: field byte ranges", "[wire_decoder]")
{
    SECTION("TCP")
    {
        const auto p = WireDecoder::decodeFrame(synFrame());
        REQUIRE(p);
        CHECK(*p->field("eth.dst") == FieldRange{0, 6});
        CHECK(*p->field("eth.type") == FieldRange{12, 2});
        CHECK(*p->field("ip") == FieldRange{14, 20});
        CHECK(*p->field("ip.id") == FieldRange{14 + 4, 2});
        CHECK(*p->field("ip.ttl") == FieldRange{14 + 8, 1});
        CHECK(*p->field("ip.checksum") == FieldRange{14 + 10, 2});
        CHECK(*p->field("ip.dst") == FieldRange{14 + 16, 4});
        CHECK(*p->field("tcp") == FieldRange{34, 24});
        CHECK(*p->field("tcp.seq") == FieldRange{14 + 20 + 4, 4});
        CHECK(*p->field("tcp.ack") == FieldRange{14 + 20 + 8, 4});
        CHECK(*p->field("tcp.flags") == FieldRange{14 + 20 + 13, 1});
        CHECK(*p->field("tcp.checksum") == FieldRange{14 + 20 + 16, 2});
        CHECK(*p->field("tcp.options") == FieldRange{54, 4});
        CHECK(*p->field("tcp.options.mss_val") == FieldRange{56, 2});
        CHECK(p->field("payload") == nullptr);
        CHECK(p->field("udp.length") == nullptr);
    }
    SECTION("TCP data")
    {
        const auto p = WireDecoder::decodeFrame(dataFrame());
        REQUIRE(p);
        CHECK(*p->field("tcp") == FieldRange{34, 20});
        CHECK(*p->field("payload") == FieldRange{54, 6});
        CHECK(p->field("tcp.options") == nullptr);
    }
    SECTION("UDP")
    {
        const auto p = WireDecoder::decodeFrame(udpFrame());
        REQUIRE(p);
        CHECK(*p->field("udp.length") == FieldRange{38, 2});
        CHECK(*p->field("udp.checksum") == FieldRange{40, 2});
        CHECK(*p->field("payload") == FieldRange{42, 5});
    }
    SECTION("bare IP packet offsets start at 0")
    {
        const Bytes frame = dataFrame();
        const auto p = WireDecoder::decodePacket(std::span(frame).subspan(14));
        REQUIRE(p);
        CHECK_FALSE(p->hasEthernet);
        CHECK(p->field("eth") == nullptr);
        CHECK(*p->field("tcp.ack") == FieldRange{20 + 8, 4});
        CHECK(p->payload == "hello!");
    }
    SECTION("every range lies inside the frame and names are unique")
    {
        for (const Bytes &frame : {synFrame(), dataFrame(), udpFrame()}) {
            const auto p = WireDecoder::decodeFrame(frame);
            REQUIRE(p);
            std::set<std::string> names;
            for (const FieldEntry &f : p->fields) {
                INFO(f.name);
                CHECK(f.range.length > 0);
                CHECK(f.range.offset + f.range.length <= frame.size());
                CHECK(names.insert(f.name).second);
            }
        }
    }
}

TEST_CASE("decoder: every truncation is rejected with a reason", "[wire_decoder]")
{
    for (const Bytes &frame : {synFrame(), dataFrame(), udpFrame()}) {
        for (std::size_t len = 0; len < frame.size(); ++len) {
            const Bytes prefix(frame.begin(), frame.begin() + static_cast<std::ptrdiff_t>(len));
            std::string error;
            INFO("prefix of " << len << " bytes");
            CHECK_FALSE(WireDecoder::decodeFrame(prefix, &error).has_value());
            CHECK_FALSE(error.empty());
            if (len >= 14) {
                error.clear();
                CHECK_FALSE(WireDecoder::decodePacket(std::span(prefix).subspan(14), &error));
                CHECK_FALSE(error.empty());
            }
        }
    }
    std::string error;
    WireDecoder::decodeFrame(Bytes(10), &error);
    CHECK(error == "truncated Ethernet header: 10 of 14 bytes");
    const Bytes syn = synFrame();
    WireDecoder::decodeFrame(Bytes(syn.begin(), syn.begin() + 30), &error);
    CHECK(error == "truncated IPv4 header: 16 of 20 bytes");
    WireDecoder::decodeFrame(Bytes(syn.begin(), syn.end() - 1), &error);
    CHECK(error == "IPv4 total length 44 runs past the end of the buffer (43 bytes)");
}

TEST_CASE("decoder: inconsistent fields are rejected with a reason", "[wire_decoder]")
{
    SECTION("unknown EtherType")
    {
        Bytes f = synFrame();
        put16(f, 12, 0x0806);
        expectRejected(f, "unknown EtherType 0x0806 (only IPv4, 0x0800, and IPv6, 0x86dd, are supported)");
    }
    SECTION("IP version")
    {
        Bytes f = synFrame();
        f[14] = 0x65;
        expectRejected(f, "IP version 6");
    }
    SECTION("IHL below 5")
    {
        Bytes f = synFrame();
        f[14] = 0x44;
        expectRejected(f, "IHL");
    }
    SECTION("IHL beyond the buffer")
    {
        Bytes f = synFrame();
        f[14] = 0x4f;
        expectRejected(f, "header length of 60 bytes runs past");
    }
    SECTION("total length shorter than the header")
    {
        Bytes f = synFrame();
        put16(f, 16, 19);
        expectRejected(f, "less than its header length");
    }
    SECTION("total length beyond the buffer")
    {
        Bytes f = synFrame();
        put16(f, 16, 45);
        expectRejected(f, "total length 45 runs past");
    }
    SECTION("fragment")
    {
        Bytes f = synFrame();
        put16(f, 20, 0x2000);
        expectRejected(f, "fragment");
    }
    SECTION("unknown protocol")
    {
        Bytes f = synFrame();
        f[23] = 1;
        expectRejected(f, "unknown IP protocol 1");
    }
    SECTION("TCP data offset below 5")
    {
        Bytes f = synFrame();
        f[46] = 0x40;
        expectRejected(f, "TCP data offset of 4 words");
    }
    SECTION("TCP data offset beyond the packet")
    {
        Bytes f = synFrame();
        f[46] = 0x70;
        expectRejected(f, "TCP data offset of 28 bytes runs past");
    }
    SECTION("TCP option length beyond the options")
    {
        Bytes f = synFrame();
        f[55] = 5;
        expectRejected(f, "TCP option kind 2 has length 5");
    }
    SECTION("TCP option length below 2")
    {
        Bytes f = synFrame();
        f[54] = 3;
        f[55] = 1;
        expectRejected(f, "TCP option kind 3 has length 1");
    }
    SECTION("TCP option without length byte")
    {
        Bytes f = synFrame();
        f[54] = 1;
        f[55] = 1;
        f[56] = 1;
        f[57] = 8;
        expectRejected(f, "no length byte");
    }
    SECTION("MSS option of the wrong length")
    {
        Bytes f = synFrame();
        f[55] = 3;
        f[57] = 1; // a NOP after the 3-byte option
        expectRejected(f, "MSS option has length 3");
    }
    SECTION("UDP length larger than the packet")
    {
        Bytes f = udpFrame();
        put16(f, 38, 14);
        expectRejected(f, "UDP length 14 does not match the 13 bytes");
    }
    SECTION("UDP length smaller than the packet")
    {
        Bytes f = udpFrame();
        put16(f, 38, 8);
        expectRejected(f, "UDP length 8 does not match");
    }
    SECTION("UDP packet too short for its header")
    {
        Bytes f = udpFrame();
        put16(f, 16, 20 + 7);
        expectRejected(f, "truncated UDP header: 7 of 8 bytes");
    }
}

TEST_CASE("decoder: options NOP and EOL are skipped", "[wire_decoder]")
{
    Bytes f = synFrame();
    f[54] = 1; // NOP
    f[55] = 1; // NOP
    f[56] = 0; // End of Option List
    f[57] = 0;
    const auto p = WireDecoder::decodeFrame(f);
    REQUIRE(p);
    CHECK(p->tcp.mss == 0);
    CHECK(p->tcp.options == Bytes{1, 1, 0, 0});
    CHECK_FALSE(p->transportChecksumValid); // the bytes changed under the checksum
}

TEST_CASE("decoder: bad checksums are reported, not rejected", "[wire_decoder]")
{
    Bytes f = dataFrame();
    f[14 + 8] = 63; // TTL: breaks the IPv4 header checksum only
    f.back() ^= 0x20;  // payload: breaks the TCP checksum only
    const auto p = WireDecoder::decodeFrame(f);
    REQUIRE(p);
    CHECK_FALSE(p->ip.checksumValid);
    CHECK_FALSE(p->transportChecksumValid);
    CHECK(p->payload == "hello\x01");
}

TEST_CASE("decoder: a UDP datagram without checksum is valid", "[wire_decoder]")
{
    Bytes f = udpFrame();
    put16(f, 40, 0);
    const auto p = WireDecoder::decodeFrame(f);
    REQUIRE(p);
    CHECK_FALSE(p->udp.checksumPresent);
    CHECK(p->transportChecksumValid);
    const auto q = WireDecoder::decodeFrame(udpFrame());
    REQUIRE(q);
    CHECK(q->udp.checksumPresent);
}

TEST_CASE("decoder: Ethernet padding after the IP packet is ignored", "[wire_decoder]")
{
    Bytes f = synFrame();
    f.resize(64, 0);
    const auto p = WireDecoder::decodeFrame(f);
    REQUIRE(p);
    CHECK(p->payload.empty());
    CHECK(p->transportChecksumValid);
    CHECK(*p->field("eth.trailer") == FieldRange{58, 6});
}

TEST_CASE("decoder: toSegment tells the sender by the client address", "[wire_decoder]")
{
    WireEncoder enc;
    const auto p = WireDecoder::decodeFrame(
        enc.encodeFrame(tcpSeg(NodeId::Server, TcpFlag::SYN | TcpFlag::ACK, 300, 101, {}, 1460)));
    REQUIRE(p);
    CHECK(WireDecoder::toSegment(*p, kClientIp).from == NodeId::Server);
    CHECK(WireDecoder::toSegment(*p, Ipv4Address{192, 0, 2, 2}).from == NodeId::Client);
}

TEST_CASE("decoder: random corruption never crashes", "[wire_decoder]")
{
    std::mt19937 rng(20240101);
    const std::vector<Bytes> seeds{synFrame(), dataFrame(), udpFrame()};
    int accepted = 0;
    for (int round = 0; round < 20000; ++round) {
        Bytes f = seeds[static_cast<std::size_t>(round) % seeds.size()];
        const int flips = 1 + static_cast<int>(rng() % 4);
        for (int i = 0; i < flips; ++i) f[rng() % f.size()] = static_cast<std::uint8_t>(rng());
        if (rng() % 4 == 0) f.resize(rng() % (f.size() + 8), static_cast<std::uint8_t>(rng()));
        std::string error;
        const auto p = WireDecoder::decodeFrame(f, &error);
        if (p) {
            ++accepted;
            for (const FieldEntry &e : p->fields) REQUIRE(e.range.offset + e.range.length <= f.size());
        } else {
            REQUIRE_FALSE(error.empty());
        }
        if (f.size() > 14) WireDecoder::decodePacket(std::span(f).subspan(14), &error);
    }
    CHECK(accepted > 0);
}

namespace {

// A TCP segment over IPv6 from 2001:db8::1 to 2001:db8::2, with the options a Linux SYN carries
// (MSS, SACK-permitted, timestamps, NOP, window scale) or SACK blocks, and a real checksum.
Bytes ipv6Tcp(const Bytes &options, const std::string &payload, std::uint8_t flags = TcpFlag::SYN)
{
    Bytes tcp{0x9c, 0x40, 0x00, 0x50, 0, 0, 0x01, 0x00, 0, 0, 0, 0, 0, flags, 0xff, 0xff, 0, 0, 0, 0};
    tcp.insert(tcp.end(), options.begin(), options.end());
    tcp[12] = static_cast<std::uint8_t>((tcp.size() / 4) << 4);
    tcp.insert(tcp.end(), payload.begin(), payload.end());
    Ipv6Address src{0x20, 0x01, 0x0d, 0xb8}, dst{0x20, 0x01, 0x0d, 0xb8};
    src[15] = 1;
    dst[15] = 2;
    const std::uint16_t sum = transportChecksum6(src, dst, 6, tcp);
    tcp[16] = static_cast<std::uint8_t>(sum >> 8);
    tcp[17] = static_cast<std::uint8_t>(sum);
    Bytes ip{0x60, 0x01, 0x23, 0x45, 0, 0, 6, 64};
    put16(ip, 4, static_cast<std::uint16_t>(tcp.size()));
    ip.insert(ip.end(), src.begin(), src.end());
    ip.insert(ip.end(), dst.begin(), dst.end());
    ip.insert(ip.end(), tcp.begin(), tcp.end());
    return ip;
}

const Bytes kSynOptions{2, 4, 0xff, 0xd7, 4, 2, 8, 10, 0, 0, 0, 1, 0, 0, 0, 0, 1, 3, 3, 10};

Bytes concat(Bytes head, const Bytes &tail)
{
    head.insert(head.end(), tail.begin(), tail.end());
    return head;
}

} // namespace

TEST_CASE("decoder: IPv6 with the options of a Linux SYN", "[wire_decoder]")
{
    const Bytes packet = ipv6Tcp(kSynOptions, {});
    std::string error;
    const auto p = WireDecoder::decode(LinkType::Raw, packet, 0, &error);
    REQUIRE(p);
    CHECK(error.empty());
    CHECK(p->ipVersion == 6);
    CHECK(p->ip6.flowLabel == 0x12345);
    CHECK(p->ip6.hopLimit == 64);
    CHECK(toString(p->sourceAddress()) == "2001:db8::1");
    CHECK(toString(p->destinationAddress()) == "2001:db8::2");
    CHECK(p->transportChecksumValid);
    CHECK(p->tcp.mss == 65495);
    CHECK(p->tcp.sackPermitted);
    REQUIRE(p->tcp.tsVal);
    CHECK(*p->tcp.tsVal == 1);
    CHECK(*p->tcp.tsEcr == 0);
    REQUIRE(p->tcp.windowScale);
    CHECK(*p->tcp.windowScale == 10);
    CHECK(*p->field("ipv6.src") == FieldRange{8, 16});
    CHECK(*p->field("tcp.options.wscale.shift") == FieldRange{40 + 20 + 19, 1});
    CHECK(*p->field("tcp.options.timestamp.tsval") == FieldRange{40 + 20 + 8, 4});
    CHECK(p->field("ip") == nullptr);
}

TEST_CASE("decoder: SACK blocks, each with its own field", "[wire_decoder]")
{
    const Bytes options{1, 1, 5, 18, 0, 0, 0, 10, 0, 0, 0, 20, 0, 0, 0, 30, 0, 0, 0, 40};
    const auto p = WireDecoder::decode(LinkType::Ipv6, ipv6Tcp(options, "data", TcpFlag::ACK));
    REQUIRE(p);
    REQUIRE(p->tcp.sackBlocks.size() == 2);
    CHECK(p->tcp.sackBlocks[0] == SackBlock{10, 20});
    CHECK(p->tcp.sackBlocks[1] == SackBlock{30, 40});
    CHECK(*p->field("tcp.options.sack") == FieldRange{62, 18});
    CHECK(*p->field("tcp.options.sack.2") == FieldRange{72, 8});
    CHECK(p->payload == "data");
    std::string error;
    Bytes bad = options;
    bad[3] = 14; // not 2 + 8 per block
    bad.resize(16);
    CHECK_FALSE(WireDecoder::decode(LinkType::Ipv6, ipv6Tcp(bad, ""), 0, &error));
    CHECK(error == "TCP SACK option has length 14, expected 2 + 8 per block");
}

TEST_CASE("decoder: IPv6 extension headers are skipped, fragments refused", "[wire_decoder]")
{
    Bytes packet = ipv6Tcp({}, "x", TcpFlag::ACK);
    // A hop-by-hop options header (8 bytes of padding) before TCP.
    Bytes withHop(packet.begin(), packet.begin() + 40);
    withHop[6] = 0;
    put16(withHop, 4, static_cast<std::uint16_t>(packet.size() - 40 + 8));
    for (std::uint8_t b : {6, 0, 1, 4, 0, 0, 0, 0}) withHop.push_back(b);
    withHop.insert(withHop.end(), packet.begin() + 40, packet.end());
    const auto p = WireDecoder::decode(LinkType::Raw, withHop);
    REQUIRE(p);
    CHECK(p->ip6.extensionLength == 8);
    CHECK(*p->field("ipv6.ext") == FieldRange{40, 8});
    CHECK(p->payload == "x");
    CHECK(p->transportChecksumValid);
    withHop[40] = 44;
    withHop[6] = 44;
    std::string error;
    CHECK_FALSE(WireDecoder::decode(LinkType::Raw, withHop, 0, &error));
    CHECK(error == "fragmented IPv6 packets are not supported");
}

TEST_CASE("decoder: the link layers of captures", "[wire_decoder]")
{
    const Bytes ip4 = WireEncoder().encodePacket(tcpSeg(NodeId::Client, TcpFlag::ACK | TcpFlag::PSH, 1, 2, "hi"));
    const Bytes ip6 = ipv6Tcp({}, "hi", TcpFlag::ACK);
    SECTION("Linux cooked v1")
    {
        const Bytes sll{0, 0, 0, 0x01, 0, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0x08, 0x00};
        const auto p = WireDecoder::decode(LinkType::LinuxSll, concat(sll, ip4));
        REQUIRE(p);
        CHECK(p->link == LinkType::LinuxSll);
        CHECK(p->cooked.arphrdType == 1);
        CHECK(p->cooked.addressLength == 6);
        CHECK(p->cooked.protocol == 0x0800);
        CHECK(*p->field("sll.etype") == FieldRange{14, 2});
        CHECK(*p->field("ip") == FieldRange{16, 20});
        CHECK(p->payload == "hi");
    }
    SECTION("Linux cooked v2")
    {
        const Bytes sll2{0x86, 0xdd, 0, 0, 0, 0, 0, 1, 0x03, 0x04, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        const auto p = WireDecoder::decode(LinkType::LinuxSll2, concat(sll2, ip6));
        REQUIRE(p);
        CHECK(p->cooked.interfaceIndex == 1);
        CHECK(p->cooked.arphrdType == 772);
        CHECK(p->cooked.packetType == 4);
        CHECK(p->ipVersion == 6);
        CHECK(*p->field("ipv6") == FieldRange{20, 40});
    }
    SECTION("BSD loopback in either byte order, and OpenBSD's loop")
    {
        const auto le = WireDecoder::decode(LinkType::Null, concat({2, 0, 0, 0}, ip4));
        REQUIRE(le);
        CHECK(le->loopbackFamily == 2);
        const auto be = WireDecoder::decode(LinkType::Null, concat({0, 0, 0, 30}, ip6));
        REQUIRE(be);
        CHECK(be->ipVersion == 6);
        const auto loop = WireDecoder::decode(LinkType::Loop, concat({0, 0, 0, 24}, ip6));
        REQUIRE(loop);
        CHECK(*loop->field("null.family") == FieldRange{0, 4});
        std::string error;
        CHECK_FALSE(WireDecoder::decode(LinkType::Null, concat({7, 0, 0, 0}, ip4), 0, &error));
        CHECK(error == "unknown loopback address family 7 (only IPv4 and IPv6 are supported)");
    }
    SECTION("Ethernet with a VLAN tag, carrying IPv6")
    {
        Bytes eth{2, 0, 0, 0, 0, 2, 2, 0, 0, 0, 0, 1, 0x81, 0x00, 0x00, 0x2a, 0x86, 0xdd};
        const auto p = WireDecoder::decode(LinkType::Ethernet, concat(eth, ip6));
        REQUIRE(p);
        REQUIRE(p->vlans.size() == 1);
        CHECK(p->vlans[0] == 42);
        CHECK(p->ethernet.etherType == 0x86dd);
        CHECK(*p->field("vlan.id") == FieldRange{14, 2});
        CHECK(*p->field("ipv6") == FieldRange{18, 40});
    }
    SECTION("raw IP of either version, by its first nibble")
    {
        CHECK(WireDecoder::decode(LinkType::Raw, ip4)->ipVersion == 4);
        CHECK(WireDecoder::decode(LinkType::Raw, ip6)->ipVersion == 6);
        std::string error;
        CHECK_FALSE(WireDecoder::decode(LinkType::Ipv4, ip6, 0, &error));
        CHECK(error == "IP version 6, expected 4");
        Bytes five = ip4;
        five[0] = 0x55;
        CHECK_FALSE(WireDecoder::decode(LinkType::Raw, five, 0, &error));
        CHECK(error == "IP version 5, expected 4 or 6");
    }
}

TEST_CASE("decoder: a packet cut by the snapshot length keeps its true lengths", "[wire_decoder]")
{
    const Bytes full = WireEncoder().encodeFrame(tcpSeg(NodeId::Client, TcpFlag::ACK, 1, 2, std::string(1000, 'x')));
    const Bytes cut(full.begin(), full.begin() + 96);
    std::string error;
    const auto p = WireDecoder::decode(LinkType::Ethernet, cut, full.size(), &error);
    REQUIRE(p);
    CHECK(p->truncated);
    CHECK(p->payloadLength == 1000);
    CHECK(p->payload.size() == 96 - 54);
    CHECK_FALSE(p->transportChecksumValid);
    CHECK(p->ip.checksumValid);
    CHECK(*p->field("payload") == FieldRange{54, 42});
    // Without the true length the same bytes are simply too short.
    CHECK_FALSE(WireDecoder::decode(LinkType::Ethernet, cut, 0, &error));
    CHECK(error == "IPv4 total length 1040 runs past the end of the buffer (82 bytes)");
    // The TCP header itself must be there.
    CHECK_FALSE(WireDecoder::decode(LinkType::Ethernet, Bytes(full.begin(), full.begin() + 44), full.size(), &error));
    CHECK(error == "the capture kept 10 of the 20 bytes of the TCP header");
}

TEST_CASE("decoder: IPv6 addresses in their canonical text form (RFC 5952)", "[wire_decoder]")
{
    const auto text = [](std::initializer_list<unsigned> groups) {
        Ipv6Address a{};
        std::size_t i = 0;
        for (unsigned g : groups) {
            a[i++] = static_cast<std::uint8_t>(g >> 8);
            a[i++] = static_cast<std::uint8_t>(g);
        }
        return toString(a);
    };
    CHECK(text({0, 0, 0, 0, 0, 0, 0, 1}) == "::1");
    CHECK(text({0, 0, 0, 0, 0, 0, 0, 0}) == "::");
    CHECK(text({0x2001, 0xdb8, 0, 0, 1, 0, 0, 1}) == "2001:db8::1:0:0:1");
    CHECK(text({0x2001, 0xdb8, 0, 1, 1, 1, 1, 1}) == "2001:db8:0:1:1:1:1:1");
    CHECK(text({0xfe80, 0, 0, 0, 0x1ff, 0xfe23, 0x4567, 0x890a}) == "fe80::1ff:fe23:4567:890a");
    CHECK(toString(IpAddress::v4({127, 0, 0, 1})) == "127.0.0.1");
}
