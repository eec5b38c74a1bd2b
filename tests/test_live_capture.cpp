#include "core/live/echo_lab.h"
#include "core/live/loopback_capture.h"
#include "tests/live_test_support.h"

#include <catch2/catch.hpp>

using namespace wirestep;
using namespace wirestep::livetest;

namespace {

// Captured segments as the client and the server sent them, in order.
std::vector<Segment> sentSegments(const Trace &trace)
{
    std::vector<Segment> out;
    for (const auto &e : trace.ofKind(EventKind::Send)) out.push_back(e.seg);
    return out;
}

bool capturePermitted(QString *why)
{
    Trace t;
    LiveRecorder r(t);
    LoopbackCapture probe(r);
    return probe.open({9}, {9}, why);
}

} // namespace

TEST_CASE("the capture filter names the lab's ports", "[live][capture]")
{
    CHECK(LoopbackCapture::filterFor({4000, 4001}) == "(tcp or udp) and (port 4000 or port 4001)");
}

TEST_CASE("the echo lab's captured segments open with the handshake and end with the close", "[live][capture]")
{
    QString why;
    if (!capturePermitted(&why)) {
        WARN("capture not permitted, skipped: " << why.toStdString());
        return;
    }
    Trace trace;
    EchoLab lab(trace, LabOptions{});
    REQUIRE(lab.start());
    REQUIRE(lab.capturing());
    REQUIRE(lab.waitForFinished(10000));
    const auto segs = sentSegments(trace);
    REQUIRE(segs.size() >= 7);

    // Three-way handshake.
    CHECK(segs[0].flags == TcpFlag::SYN);
    CHECK(segs[0].from == NodeId::Client);
    CHECK(segs[1].flags == (TcpFlag::SYN | TcpFlag::ACK));
    CHECK(segs[1].from == NodeId::Server);
    CHECK(segs[1].ack == segs[0].seq + 1);
    CHECK(segs[2].flags == TcpFlag::ACK);
    CHECK(segs[2].from == NodeId::Client);

    // The close: the client's FIN, the server's FIN, each acknowledged. Linux lets the server's
    // ACK ride on its FIN when its application closes at once (three segments), else four.
    std::size_t firstFin = segs.size();
    for (std::size_t i = 0; i < segs.size(); ++i)
        if (segs[i].has(TcpFlag::FIN)) { firstFin = i; break; }
    REQUIRE(firstFin < segs.size());
    const std::vector<Segment> close(segs.begin() + static_cast<long>(firstFin), segs.end());
    REQUIRE((close.size() == 3 || close.size() == 4));
    CHECK(close.front().from == NodeId::Client);
    CHECK(close.front().flags == (TcpFlag::FIN | TcpFlag::ACK));
    const Segment &serverFin = close[close.size() - 2];
    CHECK(serverFin.from == NodeId::Server);
    CHECK(serverFin.flags == (TcpFlag::FIN | TcpFlag::ACK));
    CHECK(serverFin.ack == close.front().seq + 1);
    CHECK(close.back().from == NodeId::Client);
    CHECK(close.back().flags == TcpFlag::ACK);
    CHECK(close.back().ack == serverFin.seq + 1);
    if (close.size() == 4) CHECK(close[1].flags == TcpFlag::ACK);

    // Each send is followed by its delivery to the other side.
    const auto &events = trace.events();
    for (std::size_t i = 0; i + 1 < events.size(); ++i) {
        if (events[i].kind != EventKind::Send) continue;
        CHECK(events[i + 1].kind == EventKind::Deliver);
        CHECK(events[i + 1].cause == events[i].id);
        CHECK(events[i + 1].node == peerOf(events[i].node));
    }
    // The data both ways.
    std::string data;
    for (const auto &s : segs) data += s.payload;
    CHECK(data == (lab.message() + lab.message()).toStdString());
}

TEST_CASE("without capture the lab runs and says why", "[live][capture]")
{
    Trace trace;
    LabOptions o;
    o.capture = false;
    EchoLab lab(trace, o);
    REQUIRE(lab.start());
    REQUIRE(lab.waitForFinished(10000));
    CHECK(trace.ofKind(EventKind::Send).empty());
    CHECK(lab.results()[0].intact());
}
