// Data transfer through the TCP endpoint: segmentation by MSS, PSH, the peer's window,
// reassembly of out-of-order segments, delivery with and without autoRecv, window updates;
// and the ReceiveBuffer on its own.
#include "tests/test_tcp_support.h"

#include "core/sim/receive_buffer.h"

using namespace wirestep;
using namespace wirestep::test;

namespace {

void makeEstablishedWith(Harness &h, std::uint16_t peerMss, std::uint16_t window = 65535)
{
    makeSynSent(h);
    Segment synAck = Harness::peer(SYN | ACK, 300, 101, {}, window);
    synAck.mss = peerMss;
    h.feed(synAck);
    h.take();
    REQUIRE(h.tcp.state() == TcpState::Established);
}

std::string pattern(std::size_t n)
{
    std::string s;
    for (std::size_t i = 0; i < n; ++i) s += static_cast<char>('a' + i % 26);
    return s;
}

} // namespace

// ---------------------------------------------------------------------------------------------
// ReceiveBuffer

TEST_CASE("ReceiveBuffer reassembles out-of-order pieces", "[tcp][rcvbuf]")
{
    ReceiveBuffer b(100);
    CHECK(b.insert(5, "fgh") == 0);
    CHECK(b.hasGap());
    CHECK(b.insert(0, "abc") == 3);
    CHECK(b.insert(2, "cde") == 5); // overlaps both sides, fills the gap
    CHECK_FALSE(b.hasGap());
    CHECK(b.nextOffset() == 8);
    CHECK(b.insert(0, "abcdefgh") == 0); // a duplicate
    CHECK(b.freeSpace() == 92);
    CHECK(b.read(4) == "abcd");
    CHECK(b.read(100) == "efgh");
    CHECK(b.freeSpace() == 100);
}

// ---------------------------------------------------------------------------------------------
// Sending

TEST_CASE("Data is cut into segments of min(peer MSS, own MSS)", "[tcp][data]")
{
    SECTION("no MSS option from the peer: 536")
    {
        Harness h;
        makeEstablished(h);
        h.tcp.send(pattern(1200));
        h.expectSends({{ACK, 101, 301, 536}, {ACK, 637, 301, 536}, {ACK, 1173, 301, 128}});
    }
    SECTION("the peer announces 1000")
    {
        Harness h;
        makeEstablishedWith(h, 1000);
        h.tcp.send(pattern(1200));
        h.expectSends({{ACK, 101, 301, 1000}, {ACK, 1101, 301, 200}});
    }
    SECTION("our own MSS is smaller")
    {
        TcpConfig c = baseConfig();
        c.mss = 400;
        Harness h(c);
        makeEstablishedWith(h, 1000);
        h.tcp.send(pattern(900));
        h.expectSends({{ACK, 101, 301, 400}, {ACK, 501, 301, 400}, {ACK, 901, 301, 100}});
    }
}

TEST_CASE("PSH marks the segment that empties what the application wrote; MSS only on SYNs", "[tcp][data]")
{
    Harness h;
    makeEstablished(h);
    h.tcp.send(pattern(600));
    const auto sent = h.take();
    REQUIRE(sent.size() == 2);
    CHECK_FALSE(sent[0].has(PSH));
    CHECK(sent[1].has(PSH));
    CHECK(sent[0].mss == 0);
    CHECK(sent[1].mss == 0);
    CHECK(sent[0].payload + sent[1].payload == pattern(600));
}

TEST_CASE("The sender obeys the peer's window", "[tcp][data][window]")
{
    Harness h(rfcRulesConfig()); // segments as large as the window allows
    makeEstablishedWith(h, 0, 1000);
    h.tcp.send(pattern(3000));
    h.expectSends({{ACK, 101, 301, 536}, {ACK, 637, 301, 464}});
    // The window slides with the ACK.
    h.feed(ACK, 301, 637, {}, 1000);
    h.expectSends({{ACK, 1101, 301, 536}});
    // A smaller window stops the sender.
    h.feed(ACK, 301, 1101, {}, 536);
    h.expectNothing();
    h.feed(ACK, 301, 1637, {}, 1000);
    h.expectSends({{ACK, 1637, 301, 536}, {ACK, 2173, 301, 464}});
}

TEST_CASE("linux profile: no segment larger than half the peer's largest window", "[tcp][data][window]")
{
    // Linux tcp_bound_to_half_wnd(): a window of 4096 is filled by two segments of 2048, never
    // by one, even when the MSS allows more.
    TcpConfig c = baseConfig();
    c.mss = 8000;
    Harness h(c);
    makeEstablishedWith(h, 8000, 4096);
    h.tcp.send(pattern(6144));
    h.expectSends({{ACK, 101, 301, 2048}, {ACK, 2149, 301, 2048}});
    h.feed(ACK, 301, 4197, {}, 4096);
    h.expectSends({{ACK, 4197, 301, 2048}});
    // A window of 536 or less is not halved.
    Harness small(c);
    makeEstablishedWith(small, 8000, 500);
    small.tcp.send(pattern(600));
    small.expectSends({{ACK, 101, 301, 500}});
}

TEST_CASE("Data written before ESTABLISHED waits for the handshake", "[tcp][data]")
{
    Harness h;
    makeSynSent(h);
    h.tcp.send("early");
    h.expectNothing();
    h.feed(SYN | ACK, 300, 101);
    h.expectSends({{ACK, 101, 301, 5}}); // the data carries the handshake's ACK
}

TEST_CASE("The FIN follows the queued data, on the last segment", "[tcp][data]")
{
    Harness h;
    makeEstablished(h);
    h.tcp.send(pattern(100));
    h.take();
    h.tcp.send(pattern(10));
    h.tcp.close();
    h.expectSends({{ACK, 201, 301, 10}, {FIN | ACK, 211, 301, 0}});
    Harness h2;
    makeEstablishedWith(h2, 0, 0); // window closed: data and FIN wait
    h2.tcp.send("abc");
    h2.tcp.close();
    h2.expectNothing();
    h2.feed(ACK, 301, 101, {}, 1000);
    h2.expectSends({{FIN | ACK, 101, 301, 3}});
    CHECK(h2.tcp.state() == TcpState::FinWait1);
    h2.feed(ACK, 301, 105);
    CHECK(h2.tcp.state() == TcpState::FinWait2);
}

// ---------------------------------------------------------------------------------------------
// Receiving

TEST_CASE("Out-of-order segments are held and delivered when the gap fills", "[tcp][data][reassembly]")
{
    Harness h;
    makeEstablished(h);
    h.feed(ACK, 306, 101, "world");
    h.expectSends({{ACK, 101, 301}}); // a duplicate ACK, at once
    CHECK(h.tcp.delivered().empty());
    h.feed(ACK, 301, 101, "hello");
    h.expectSends({{ACK, 101, 311}});
    CHECK(h.tcp.delivered() == "helloworld");
    const auto recvs = h.app(AppCall::Recv);
    REQUIRE(recvs.size() == 1);
    CHECK(recvs[0].bytes == 10);
    CHECK(recvs[0].data == "helloworld");
}

TEST_CASE("Duplicate and overlapping data is delivered once", "[tcp][data][reassembly]")
{
    Harness h;
    makeEstablished(h);
    h.feed(ACK, 301, 101, "abcdef");
    h.feed(ACK, 301, 101, "abcdef"); // all old: unacceptable, re-ACKed
    h.feed(ACK, 304, 101, "defghi"); // half old
    CHECK(h.tcp.delivered() == "abcdefghi");
    h.expectSends({{ACK, 101, 307}, {ACK, 101, 307}, {ACK, 101, 310}});
}

TEST_CASE("A FIN beyond a gap waits for the gap", "[tcp][data][reassembly]")
{
    Harness h;
    makeEstablished(h);
    h.feed(FIN | ACK, 304, 101, "def");
    h.expectSends({{ACK, 101, 301}});
    CHECK(h.tcp.state() == TcpState::Established);
    h.feed(ACK, 301, 101, "abc");
    h.expectSends({{ACK, 101, 308}});
    CHECK(h.tcp.state() == TcpState::CloseWait);
    CHECK(h.tcp.delivered() == "abcdef");
    CHECK(h.app(AppCall::Eof).size() == 1);
}

TEST_CASE("Data beyond the receive window is trimmed", "[tcp][data][window]")
{
    TcpConfig c = baseConfig();
    c.receiveBuffer = 4;
    c.autoRecv = false;
    Harness h(c);
    makeEstablished(h);
    h.feed(FIN | ACK, 301, 101, "abcdef");
    auto sent = h.take();
    REQUIRE(sent.size() == 1);
    CHECK(sent[0].ack == 305);
    CHECK(sent[0].window == 0);
    CHECK(h.tcp.state() == TcpState::Established); // the FIN was cut off with the tail
}

TEST_CASE("autoRecv off: data waits for recv(); the window shrinks and reopens", "[tcp][data][window]")
{
    TcpConfig c = baseConfig();
    c.autoRecv = false;
    c.receiveBuffer = 1000;
    c.mss = 500;
    Harness h(c);
    makeEstablished(h);
    h.feed(ACK, 301, 101, pattern(800));
    auto sent = h.take();
    REQUIRE(sent.size() == 1);
    CHECK(sent[0].ack == 1101);
    CHECK(sent[0].window == 200);
    CHECK(h.tcp.delivered().empty());
    CHECK(h.app(AppCall::Recv).empty());
    CHECK(h.tcp.unreadBytes() == 800);

    CHECK(h.tcp.recv(100) == pattern(100));
    h.expectNothing(); // the window grew by 100 < min(500, 1000/2): no update yet
    CHECK(h.tcp.recv() == pattern(800).substr(100));
    sent = h.take(); // window update
    REQUIRE(sent.size() == 1);
    CHECK(sent[0].flags == ACK);
    CHECK(sent[0].window == 1000);
    const auto recvs = h.app(AppCall::Recv);
    REQUIRE(recvs.size() == 2);
    CHECK(recvs[0].bytes == 100);
    CHECK(recvs[1].bytes == 700);
    CHECK(h.tcp.delivered() == pattern(800));
    // The recv() with nothing to read returns nothing.
    CHECK(h.tcp.recv().empty());
    CHECK(h.app(AppCall::Recv).back().bytes == 0);
}

TEST_CASE("autoRecv off: eof is reported when the application has read up to the FIN", "[tcp][data]")
{
    TcpConfig c = baseConfig();
    c.autoRecv = false;
    Harness h(c);
    makeEstablished(h);
    h.feed(FIN | ACK, 301, 101, "tail");
    CHECK(h.tcp.state() == TcpState::CloseWait);
    CHECK(h.app(AppCall::Eof).empty());
    CHECK(h.tcp.recv() == "tail");
    CHECK(h.app(AppCall::Eof).size() == 1);
    h.tcp.recv();
    CHECK(h.app(AppCall::Recv).back().error == AppError::Closing);
    CHECK(h.app(AppCall::Eof).size() == 1);
}

TEST_CASE("A zero receive window accepts only a segment at RCV.NXT without data", "[tcp][data][window]")
{
    TcpConfig c = baseConfig();
    c.autoRecv = false;
    c.receiveBuffer = 3;
    Harness h(c);
    makeEstablished(h);
    h.feed(ACK, 301, 101, "abc");
    h.expectSends({{ACK, 101, 304}});
    h.feed(ACK, 304, 101, "d"); // a window probe with one byte: not acceptable
    h.expectSends({{ACK, 101, 304}});
    CHECK(h.tcp.unreadBytes() == 3);
    h.feed(RST, 304); // but a RST at RCV.NXT still counts
    CHECK(h.tcp.state() == TcpState::Closed);
}

TEST_CASE("Every segment advertises the free receive buffer and fills both ports", "[tcp][data]")
{
    TcpConfig c = baseConfig();
    c.receiveBuffer = 2000;
    Harness h(c);
    h.tcp.connect(kRemotePort);
    auto sent = h.take();
    CHECK(sent[0].window == 2000);
    CHECK(sent[0].sport == kLocalPort);
    CHECK(sent[0].dport == kRemotePort);
}

TEST_CASE("RFC 1122 §4.2.2.13: close() with data unread sends RST instead of FIN", "[tcp][data]")
{
    TcpConfig c = baseConfig();
    c.autoRecv = false;
    Harness h(c);
    makeEstablished(h);
    h.feed(ACK, 301, 101, "unread");
    h.take();
    SECTION("close() loses the data: RST (RST,ACK on the linux profile, as Linux)")
    {
        h.tcp.close();
        h.expectSends({{RST | ACK, 101, 307}});
        CHECK(h.tcp.state() == TcpState::Closed);
    }
    SECTION("shutdown() keeps reading: FIN")
    {
        h.tcp.shutdown();
        h.expectSends({{FIN | ACK, 101, 307}});
        CHECK(h.tcp.recv() == "unread");
    }
    SECTION("after reading everything, close() sends FIN")
    {
        CHECK(h.tcp.recv() == "unread");
        h.take();
        h.tcp.close();
        h.expectSends({{FIN | ACK, 101, 307}});
        SECTION("and data that arrives after close() cannot be read: RST")
        {
            h.feed(ACK, 307, 102, "late");
            h.expectSends({{RST, 102}});
            CHECK(h.tcp.state() == TcpState::Closed);
        }
    }
}
