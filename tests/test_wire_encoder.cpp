#include "core/wire/checksum.h"
#include "core/wire/wire_encoder.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <span>
#include <stdexcept>
#include <vector>

using namespace wirestep;

namespace {

using Bytes = std::vector<std::uint8_t>;

Segment makeSyn()
{
    Segment s;
    s.proto = Protocol::Tcp;
    s.from = NodeId::Client;
    s.sport = 40000;
    s.dport = 80;
    s.seq = 100;
    s.flags = TcpFlag::SYN;
    s.window = 65535;
    s.mss = 1460;
    return s;
}

Segment makeUdp(std::string payload)
{
    Segment s;
    s.proto = Protocol::Udp;
    s.from = NodeId::Client;
    s.sport = 5000;
    s.dport = 53;
    s.payload = std::move(payload);
    return s;
}

std::uint16_t be16(const Bytes &b, std::size_t at)
{
    return static_cast<std::uint16_t>(b[at] << 8 | b[at + 1]);
}

} // namespace

TEST_CASE("encoder: exact bytes of a SYN with MSS", "[wire_encoder]")
{
    WireEncoder enc;
    const Bytes frame = enc.encodeFrame(makeSyn());
    // Worked by hand (docs/tcp-reference.md §4). IPv4 checksum: 4500+002c+0001+4000+4006+c000+0201
    // +c000+0202 = 0x24936, folded 0x4938, complement 0xb6c7. TCP checksum: see test_checksum.
    const Bytes expected{
        // Ethernet II: destination (server), source (client), EtherType IPv4
        0x02, 0x00, 0x00, 0x00, 0x00, 0x02, 0x02, 0x00, 0x00, 0x00, 0x00, 0x01, 0x08, 0x00,
        // IPv4: 45, DSCP 0, total length 44, id 1, DF, TTL 64, TCP, checksum, src, dst
        0x45, 0x00, 0x00, 0x2c, 0x00, 0x01, 0x40, 0x00, 0x40, 0x06, 0xb6, 0xc7,
        0xc0, 0x00, 0x02, 0x01, 0xc0, 0x00, 0x02, 0x02,
        // TCP: 40000 -> 80, seq 100, ack 0, data offset 6, SYN, window 65535, checksum, urg 0
        0x9c, 0x40, 0x00, 0x50, 0x00, 0x00, 0x00, 0x64, 0x00, 0x00, 0x00, 0x00,
        0x60, 0x02, 0xff, 0xff, 0x77, 0x2e, 0x00, 0x00,
        // MSS option: kind 2, length 4, 1460
        0x02, 0x04, 0x05, 0xb4};
    CHECK(frame == expected);
}

TEST_CASE("encoder: encodePacket is the frame without its Ethernet header", "[wire_encoder]")
{
    WireEncoder a;
    WireEncoder b;
    const Bytes frame = a.encodeFrame(makeSyn());
    const Bytes packet = b.encodePacket(makeSyn());
    CHECK(Bytes(frame.begin() + 14, frame.end()) == packet);
}

TEST_CASE("encoder: identification counts per sending node from 1", "[wire_encoder]")
{
    WireEncoder enc;
    Segment fromServer = makeSyn();
    fromServer.from = NodeId::Server;
    CHECK(enc.peekIdentification(NodeId::Client) == 1);
    CHECK(be16(enc.encodeFrame(makeSyn()), 14 + 4) == 1);
    CHECK(be16(enc.encodeFrame(fromServer), 14 + 4) == 1);
    CHECK(be16(enc.encodeFrame(makeSyn()), 14 + 4) == 2);
    CHECK(be16(enc.encodeFrame(fromServer), 14 + 4) == 2);
    CHECK(be16(enc.encodeFrame(makeSyn()), 14 + 4) == 3);
    CHECK(enc.peekIdentification(NodeId::Client) == 4);

    // With an explicit identification the counters stay where they are.
    CHECK(be16(enc.frameWithId(makeSyn(), 0xbeef), 14 + 4) == 0xbeef);
    CHECK(enc.peekIdentification(NodeId::Client) == 4);
    CHECK(enc.takeIdentification(NodeId::Server) == 3);
}

TEST_CASE("encoder: identification wraps modulo 2^16", "[wire_encoder]")
{
    WireEncoder enc;
    for (int i = 1; i < 65535; ++i) enc.takeIdentification(NodeId::Client);
    CHECK(enc.takeIdentification(NodeId::Client) == 65535);
    CHECK(enc.takeIdentification(NodeId::Client) == 0);
}

TEST_CASE("encoder: a server segment swaps addresses and MACs", "[wire_encoder]")
{
    WireEncoder enc;
    Segment s = makeSyn();
    s.from = NodeId::Server;
    const Bytes f = enc.encodeFrame(s);
    CHECK(Bytes(f.begin(), f.begin() + 6) == Bytes{2, 0, 0, 0, 0, 1});
    CHECK(Bytes(f.begin() + 6, f.begin() + 12) == Bytes{2, 0, 0, 0, 0, 2});
    CHECK(Bytes(f.begin() + 26, f.begin() + 30) == Bytes{192, 0, 2, 2});
    CHECK(Bytes(f.begin() + 30, f.begin() + 34) == Bytes{192, 0, 2, 1});
}

TEST_CASE("encoder: addresses are configurable", "[wire_encoder]")
{
    WireAddresses addr;
    addr.clientIp = {10, 0, 0, 1};
    addr.serverIp = {10, 0, 0, 2};
    addr.clientMac = {0x02, 0xaa, 0, 0, 0, 1};
    WireEncoder enc(addr);
    const Bytes f = enc.encodeFrame(makeSyn());
    CHECK(Bytes(f.begin() + 6, f.begin() + 12) == Bytes{0x02, 0xaa, 0, 0, 0, 1});
    CHECK(Bytes(f.begin() + 26, f.begin() + 30) == Bytes{10, 0, 0, 1});
    CHECK(Bytes(f.begin() + 30, f.begin() + 34) == Bytes{10, 0, 0, 2});
    CHECK(internetChecksum(std::span(f).subspan(14, 20)) == 0);
    CHECK(transportChecksum(addr.clientIp, addr.serverIp, 6, std::span(f).subspan(34)) == 0);
}

TEST_CASE("encoder: a data segment without MSS has data offset 5 and carries the payload",
          "[wire_encoder]")
{
    WireEncoder enc;
    Segment s;
    s.sport = 40000;
    s.dport = 80;
    s.seq = 101;
    s.ack = 301;
    s.flags = TcpFlag::PSH | TcpFlag::ACK;
    s.window = 64240;
    s.payload = "hello!";
    const Bytes f = enc.encodeFrame(s);
    REQUIRE(f.size() == 14 + 20 + 20 + 6);
    CHECK(be16(f, 14 + 2) == 46);      // total length
    CHECK(f[34 + 12] == 0x50);         // data offset 5
    CHECK(f[34 + 13] == 0x18);         // PSH, ACK
    CHECK(be16(f, 34 + 14) == 64240);
    CHECK(std::string(f.begin() + 54, f.end()) == "hello!");
    CHECK(internetChecksum(std::span(f).subspan(14, 20)) == 0);
    CHECK(transportChecksum(Ipv4Address{192, 0, 2, 1}, Ipv4Address{192, 0, 2, 2}, 6,
                            std::span(f).subspan(34))
          == 0);
}

TEST_CASE("encoder: UDP header, length and checksum", "[wire_encoder]")
{
    WireEncoder enc;
    const Bytes f = enc.encodeFrame(makeUdp("query"));
    REQUIRE(f.size() == 14 + 20 + 8 + 5);
    CHECK(f[14 + 9] == 17);
    CHECK(be16(f, 14 + 2) == 33);
    CHECK(be16(f, 34) == 5000);
    CHECK(be16(f, 36) == 53);
    CHECK(be16(f, 38) == 13);
    CHECK(be16(f, 40) != 0);
    CHECK(transportChecksum(Ipv4Address{192, 0, 2, 1}, Ipv4Address{192, 0, 2, 2}, 17,
                            std::span(f).subspan(34))
          == 0);
}

TEST_CASE("encoder: a UDP checksum that computes to 0 is sent as 0xFFFF", "[wire_encoder]")
{
    // With two payload bytes 00 00 the checksum is c; putting c itself into those (word-aligned)
    // bytes adds c to a sum that was ~c, so the sum becomes 0xffff and the checksum 0.
    WireEncoder enc;
    const Bytes probe = enc.frameWithId(makeUdp(std::string(2, '\0')), 1);
    const std::uint16_t c = be16(probe, 40);
    REQUIRE(c != 0xffff); // otherwise the probe itself would already be the 0 case
    std::string payload;
    payload += static_cast<char>(c >> 8);
    payload += static_cast<char>(c & 0xff);
    const Bytes f = enc.frameWithId(makeUdp(payload), 1);
    CHECK(be16(f, 40) == 0xffff);
    // Zeroing the field gives a computed checksum of 0 indeed.
    Bytes zeroed = f;
    zeroed[40] = zeroed[41] = 0;
    CHECK(transportChecksum(Ipv4Address{192, 0, 2, 1}, Ipv4Address{192, 0, 2, 2}, 17,
                            std::span(zeroed).subspan(34))
          == 0);
}

TEST_CASE("encoder: a payload too large for one IPv4 packet is refused", "[wire_encoder]")
{
    WireEncoder enc;
    Segment s = makeUdp(std::string(65535 - 28, 'x'));
    CHECK(WireEncoder::fits(s));
    CHECK(enc.encodeFrame(s).size() == 14 + 65535);
    s.payload.push_back('x');
    CHECK_FALSE(WireEncoder::fits(s));
    CHECK_THROWS_AS(enc.encodeFrame(s), std::length_error);
    CHECK(enc.peekIdentification(NodeId::Client) == 2); // a refused segment takes no number
}
