// Conversations: packets sorted by protocol and endpoint pair, counted both ways, a new TCP
// connection on a reused port pair kept apart, and the same counts as tshark's conversation table.
#include "tests/capture_test_support.h"
#include "tests/tshark_support.h"

#include "core/capture/capture_index.h"
#include "core/capture/conversation_table.h"
#include "core/wire/capture_reader.h"
#include "core/wire/wire_decoder.h"
#include "core/wire/wire_encoder.h"

#include <catch2/catch.hpp>

#include <map>

using namespace wirestep;

namespace {

DecodedPacket packet(NodeId from, std::uint8_t flags, std::uint32_t seq, std::uint32_t ack = 0,
                     Protocol proto = Protocol::Tcp)
{
    Segment s;
    s.proto = proto;
    s.from = from;
    s.sport = from == NodeId::Client ? 40000 : 80;
    s.dport = from == NodeId::Client ? 80 : 40000;
    s.seq = seq;
    s.ack = ack;
    s.flags = flags;
    s.window = 1000;
    auto d = WireDecoder::decodeFrame(WireEncoder().encodeFrame(s));
    REQUIRE(d);
    return *d;
}

} // namespace

TEST_CASE("conversations: both directions of a connection are one conversation, counted apart", "[capture]")
{
    ConversationTable t;
    CHECK_FALSE(t.preferred());
    CHECK(t.add(packet(NodeId::Client, TcpFlag::SYN, 100), 1, 1000, 60).from == NodeId::Client);
    CHECK(t.add(packet(NodeId::Server, TcpFlag::SYN | TcpFlag::ACK, 300, 101), 2, 1500, 64).from == NodeId::Server);
    CHECK(t.add(packet(NodeId::Client, TcpFlag::ACK, 101, 301), 3, 2000, 54).index == 0);
    REQUIRE(t.conversations().size() == 1);
    const Conversation &c = t.conversations()[0];
    CHECK(c.number == 1);
    CHECK(toString(c.client) == "192.0.2.1:40000");
    CHECK(toString(c.server) == "192.0.2.2:80");
    CHECK(c.packets == std::array<std::uint64_t, 2>{2, 1});
    CHECK(c.bytes == std::array<std::uint64_t, 2>{114, 64});
    CHECK(c.durationUs() == 1000);
    CHECK(c.firstPacket == 1);
    CHECK(c.lastPacket == 3);
    CHECK(c.handshakeSeen);
    CHECK(t.preferred() == 0u);
}

TEST_CASE("conversations: who is the client", "[capture]")
{
    SECTION("a capture that starts with the SYN,ACK: its receiver opened the connection")
    {
        ConversationTable t;
        t.add(packet(NodeId::Server, TcpFlag::SYN | TcpFlag::ACK, 300, 101), 1, 0, 60);
        CHECK(t.conversations()[0].client.port == 40000);
        CHECK_FALSE(t.conversations()[0].handshakeSeen);
    }
    SECTION("a capture from the middle: the first sender")
    {
        ConversationTable t;
        t.add(packet(NodeId::Server, TcpFlag::ACK, 300, 101), 1, 0, 60);
        CHECK(t.conversations()[0].client.port == 80);
    }
}

TEST_CASE("conversations: a new SYN on a used port pair starts a new one; a repeated SYN does not", "[capture]")
{
    ConversationTable t;
    t.add(packet(NodeId::Client, TcpFlag::SYN, 100), 1, 0, 60);
    t.add(packet(NodeId::Client, TcpFlag::SYN, 100), 2, 1000000, 60); // retransmitted SYN
    t.add(packet(NodeId::Server, TcpFlag::RST | TcpFlag::ACK, 0, 101), 3, 1000100, 54);
    CHECK(t.conversations().size() == 1);
    const auto placed = t.add(packet(NodeId::Client, TcpFlag::SYN, 5000), 4, 2000000, 60); // a new connection
    CHECK(placed.index == 1);
    CHECK(t.add(packet(NodeId::Server, TcpFlag::SYN | TcpFlag::ACK, 900, 5001), 5, 2000100, 60).index == 1);
    REQUIRE(t.conversations().size() == 2);
    CHECK(t.conversations()[1].number == 2);
    CHECK(t.conversations()[1].firstPacket == 4);
    CHECK(t.conversations()[0].packetCount() == 3);
    // UDP on the same ports is another conversation.
    CHECK(t.add(packet(NodeId::Client, 0, 0, 0, Protocol::Udp), 6, 3000000, 42).index == 2);
    CHECK(t.preferred() == 0u);
}

TEST_CASE("conversations: the mixed fixture holds a UDP exchange, a refused connection and an echo", "[capture]")
{
    CaptureReader r;
    REQUIRE(r.open(test::captureFixture("any-sll2-mixed.pcap")));
    CaptureIndex index;
    REQUIRE(index.build(r));
    CHECK(index.entries().size() == 15);
    CHECK(index.otherPackets() == 0);
    const auto &cs = index.conversations();
    REQUIRE(cs.size() == 3);
    CHECK(cs[0].proto == Protocol::Udp);
    CHECK(cs[0].packets == std::array<std::uint64_t, 2>{1, 1});
    CHECK(cs[1].proto == Protocol::Tcp);
    CHECK(cs[1].server.port == 47004);
    CHECK(cs[1].packetCount() == 2);
    CHECK(cs[2].packetCount() == 11);
    CHECK(cs[2].handshakeSeen);
    CHECK(index.table().preferred() == 1u); // the first TCP conversation
    CHECK(index.entry(3).conversation == 1);
    CHECK(index.entry(3).from() == NodeId::Client);
    CHECK(index.entry(4).from() == NodeId::Server);
}

TEST_CASE("conversations: the same packets and bytes as tshark's conversation table", "[capture][tshark]")
{
    if (!test::haveTshark()) {
        WARN("skipped: tshark is not on PATH (./dev.sh installs it)");
        return;
    }
    for (const std::string &name : test::captureFixtures()) {
        INFO(name);
        const std::string path = test::captureFixture(name);
        CaptureReader r;
        REQUIRE(r.open(path));
        CaptureIndex index;
        REQUIRE(index.build(r));
        // tshark -z conv: "A <-> B  frames bytes(B->A)  frames bytes(A->B)  frames bytes(total) start duration".
        std::map<std::string, std::uint64_t> theirs, ours;
        for (const char *proto : {"tcp", "udp"}) {
            const std::string out = test::run("tshark -n -q -r '" + path + "' -z conv," + proto + " 2>/dev/null");
            std::istringstream in(out);
            for (std::string line; std::getline(in, line);) {
                std::istringstream words(line);
                std::string a, arrow, b;
                std::uint64_t f1 = 0, b1 = 0, f2 = 0, b2 = 0, f3 = 0, b3 = 0;
                std::string u1, u2, u3;
                if (!(words >> a >> arrow >> b) || arrow != "<->") continue;
                words >> f1 >> b1 >> u1 >> f2 >> b2 >> u2 >> f3 >> b3 >> u3;
                // Large byte counts come rounded ("63 kB"): compare those by frames only.
                const std::string key = std::string(proto) + " " + std::min(a, b) + " " + std::max(a, b);
                theirs[key + " frames"] = f3;
                if (u3 == "bytes") theirs[key + " bytes"] = b3;
            }
        }
        for (const Conversation &c : index.conversations()) {
            const std::string a = toString(c.client.address) + ":" + std::to_string(c.client.port);
            const std::string b = toString(c.server.address) + ":" + std::to_string(c.server.port);
            const std::string key = std::string(c.proto == Protocol::Tcp ? "tcp" : "udp") + " " + std::min(a, b) + " " + std::max(a, b);
            ours[key + " frames"] = c.packetCount();
            if (theirs.count(key + " bytes")) ours[key + " bytes"] = c.byteCount();
        }
        CHECK(ours == theirs);
    }
}
