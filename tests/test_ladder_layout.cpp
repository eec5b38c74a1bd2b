#include "tests/test_ui_traces.h"
#include "ui/panels/event_text.h"
#include "ui/window/fault_rule_factory.h"
#include "ui/diagram/ladder_geometry.h"
#include "ui/diagram/ladder_layout.h"
#include "core/narration/time_format.h"

#include <catch2/catch.hpp>

using namespace wirestep;
using wirestep::test::TraceBuilder;

namespace {
std::string labelOf(const Trace &t, const LadderLayout::Arrow &a) { return t[a.sendIndex].seg.label(); }
} // namespace

TEST_CASE("the handshake gives three arrows in order, each in its direction, with textbook labels", "[layout]")
{
    const Trace trace = test::handshakeTrace();
    const LadderLayout layout(trace);
    const auto &arrows = layout.arrows();
    REQUIRE(arrows.size() == 3);

    CHECK(labelOf(trace, arrows[0]) == "SYN seq=100");
    CHECK(labelOf(trace, arrows[1]) == "SYN, ACK seq=300 ack=101");
    CHECK(labelOf(trace, arrows[2]) == "ACK seq=101 ack=301");

    CHECK(arrows[0].x1 == 0.0f);
    CHECK(arrows[0].x2 == 1.0f);
    CHECK(arrows[1].x1 == 1.0f);
    CHECK(arrows[1].x2 == 0.0f);
    CHECK(arrows[2].x1 == 0.0f);
    CHECK(arrows[2].x2 == 1.0f);
    for (const auto &a : arrows) {
        CHECK(a.y2 > a.y1);                   // time flows down
        CHECK(a.flags == 0);                  // delivered, nothing special
        CHECK(a.endIndex != LadderLayout::kNone);
    }
    // Each arrow starts where the previous one arrived, and all take the same flight time.
    CHECK(arrows[1].y1 == Approx(arrows[0].y2));
    CHECK(arrows[2].y1 == Approx(arrows[1].y2));
    CHECK(arrows[1].y2 - arrows[1].y1 == Approx(arrows[0].y2 - arrows[0].y1));
    CHECK(layout.height() > arrows[2].y2);
}

TEST_CASE("states become bands and the RTO a timer bar", "[layout]")
{
    const Trace trace = test::handshakeTrace();
    const LadderLayout layout(trace);
    const auto &client = layout.bands(NodeId::Client);
    REQUIRE(client.size() == 3);
    CHECK(client[0].state == TcpState::Closed);
    CHECK(client[1].state == TcpState::SynSent);
    CHECK(client[2].state == TcpState::Established);
    CHECK(client[1].y1 == Approx(layout.arrows()[0].y1));
    CHECK(client[1].y2 == Approx(client[2].y1));
    CHECK(client[2].y2 == Approx(layout.height()));
    const auto &server = layout.bands(NodeId::Server);
    REQUIRE(server.size() == 4);
    CHECK(server[1].state == TcpState::Listen);

    REQUIRE(layout.timers().size() == 1);
    const auto &rto = layout.timers()[0];
    CHECK(rto.kind == TimerKind::Retransmission);
    CHECK(rto.durationUs == 1'000'000);
    CHECK(rto.end == TimerAction::Cancelled);
    CHECK(rto.y1 == Approx(layout.arrows()[0].y1));
    CHECK(rto.y2 == Approx(layout.arrows()[1].y2));

    REQUIRE(layout.marks().size() == 2); // listen, connect
    CHECK(trace[layout.marks()[1].index].call == AppCall::Connect);
}

TEST_CASE("a lost segment ends half-way, at the drop point", "[layout]")
{
    TraceBuilder b;
    const auto syn = b.at(0).send(NodeId::Client, TcpFlag::SYN, 100, 0);
    b.at(5'000).drop(syn);
    const auto again = b.at(1'000'000).send(NodeId::Client, TcpFlag::SYN, 100, 0, {}, true);
    b.at(1'010'000).deliver(again);
    const Trace trace = b.build();
    const LadderLayout layout(trace);
    REQUIRE(layout.arrows().size() == 2);
    const auto &lost = layout.arrows()[0];
    CHECK(lost.has(LadderLayout::Lost));
    CHECK(lost.x1 == 0.0f);
    CHECK(lost.x2 == 0.5f);
    const auto &retry = layout.arrows()[1];
    CHECK(retry.has(LadderLayout::Retransmission));
    CHECK_FALSE(retry.has(LadderLayout::Lost));
    // Half the flight time of the delivered copy.
    CHECK((lost.y2 - lost.y1) * 2 == Approx(retry.y2 - retry.y1));
}

TEST_CASE("a long idle gap is folded into a fixed-height break that keeps its real length", "[layout]")
{
    TraceBuilder b;
    auto s1 = b.at(0).send(NodeId::Client, TcpFlag::ACK, 1, 1, "a");
    b.at(10'000).deliver(s1);
    auto s2 = b.at(20'000).send(NodeId::Server, TcpFlag::ACK, 1, 2);
    b.at(30'000).deliver(s2);
    const std::int64_t idle = 2LL * 3600 * 1'000'000;
    auto s3 = b.at(30'000 + idle).send(NodeId::Client, TcpFlag::ACK, 1, 1);
    b.at(40'000 + idle).deliver(s3);
    const Trace trace = b.build();
    const LadderLayout layout(trace);

    REQUIRE(layout.folds().size() == 1);
    const auto &fold = layout.folds()[0];
    CHECK(fold.durationUs == idle);
    CHECK_FALSE(fold.timeWait);
    CHECK(fold.y2 - fold.y1 == Approx(layout.options().foldHeightPx));
    CHECK(layout.eventY(4) - layout.eventY(3) == Approx(layout.options().foldHeightPx));
    // The typical gap (10 ms) is what one step is scaled to.
    CHECK(layout.typicalGapUs() == 10'000);
    CHECK(layout.eventY(1) - layout.eventY(0) == Approx(layout.options().typicalStepPx));
    CHECK(EventText::fold(fold) == QStringLiteral("2 h idle"));
}

TEST_CASE("a fold while a node is in TIME_WAIT is named after it", "[layout]")
{
    TraceBuilder b;
    b.at(0).state(NodeId::Client, TcpState::FinWait2, TcpState::TimeWait);
    b.timer(NodeId::Client, TimerKind::TimeWait, TimerAction::Armed, 60'000'000);
    auto s = b.at(10'000).send(NodeId::Server, TcpFlag::ACK, 1, 1);
    b.at(20'000).deliver(s);
    b.at(60'000'000).timer(NodeId::Client, TimerKind::TimeWait, TimerAction::Fired);
    b.state(NodeId::Client, TcpState::TimeWait, TcpState::Closed);
    const LadderLayout layout(b.build());
    REQUIRE(layout.folds().size() == 1);
    CHECK(layout.folds()[0].timeWait);
    CHECK(EventText::fold(layout.folds()[0]) == QStringLiteral("TIME_WAIT 60 s"));
    REQUIRE(layout.timers().size() == 1);
    CHECK(layout.timers()[0].end == TimerAction::Fired);
}

TEST_CASE("simultaneous sends are pushed apart so a burst stays readable", "[layout]")
{
    TraceBuilder b;
    std::vector<std::uint64_t> ids;
    for (int i = 0; i < 4; ++i) ids.push_back(b.at(0).send(NodeId::Client, TcpFlag::ACK, 1 + 100 * i, 1, std::string(100, 'x')));
    for (auto id : ids) b.at(10'000).deliver(id);
    const LadderLayout layout(b.build());
    REQUIRE(layout.arrows().size() == 4);
    for (std::size_t i = 1; i < 4; ++i) {
        CHECK(layout.arrows()[i].y1 - layout.arrows()[i - 1].y1 >= layout.options().minStepPx - 0.001);
        CHECK(layout.arrows()[i].y2 > layout.arrows()[i - 1].y2);
    }
}

TEST_CASE("a duplicated segment gets a second, dotted arrow from the same send", "[layout]")
{
    TraceBuilder b;
    auto s = b.at(0).send(NodeId::Client, TcpFlag::ACK, 1, 1, "data");
    b.at(10'000).deliver(s);
    b.at(25'000).deliver(s);
    const LadderLayout layout(b.build());
    REQUIRE(layout.arrows().size() == 2);
    CHECK_FALSE(layout.arrows()[0].has(LadderLayout::Duplicate));
    CHECK(layout.arrows()[1].has(LadderLayout::Duplicate));
    CHECK(layout.arrows()[1].y1 == layout.arrows()[0].y1);
    CHECK(layout.arrows()[1].y2 > layout.arrows()[0].y2);
}

TEST_CASE("the visible-range search finds exactly the arrows a brute-force scan finds", "[layout]")
{
    TraceBuilder b;
    std::vector<std::uint64_t> pending;
    for (int i = 0; i < 400; ++i) {
        const std::int64_t t = i * 7'000;
        pending.push_back(b.at(t).send(i % 3 ? NodeId::Client : NodeId::Server, TcpFlag::ACK, i, 1));
        if (pending.size() > 3) { // a few in flight at once, some long
            b.at(t + 1).deliver(pending.front());
            pending.erase(pending.begin());
        }
    }
    const LadderLayout layout(b.build());
    for (double top = 0; top < layout.height(); top += 97) {
        const double bottom = top + 300;
        const auto [first, last] = layout.arrowsIn(top, bottom);
        std::size_t found = 0, expected = 0;
        for (std::size_t i = first; i < last; ++i)
            if (layout.arrows()[i].y2 >= top) ++found;
        for (const auto &a : layout.arrows())
            if (a.y1 <= bottom && a.y2 >= top) ++expected;
        CHECK(found == expected);
    }
}

TEST_CASE("durations are written in the unit that suits them", "[layout][time]")
{
    CHECK(TimeFormat::duration(350) == QStringLiteral("350 µs"));
    CHECK(TimeFormat::duration(10'000) == QStringLiteral("10 ms"));
    CHECK(TimeFormat::duration(200'000) == QStringLiteral("200 ms"));
    CHECK(TimeFormat::duration(1'500'000) == QStringLiteral("1.5 s"));
    CHECK(TimeFormat::duration(60'000'000) == QStringLiteral("60 s"));
    CHECK(TimeFormat::duration(240'000'000) == QStringLiteral("4 min"));
    CHECK(TimeFormat::duration(7'200'000'000) == QStringLiteral("2 h"));
    CHECK(EventText::timer(TimerKind::Retransmission, 2'000'000) == QStringLiteral("RTO 2 s"));
    CHECK(TimeFormat::clock(21'000, 31'000) == QStringLiteral("21.000 ms"));
    CHECK(TimeFormat::clock(61'204'000, 70'000'000) == QStringLiteral("61.204 s"));
    CHECK(TimeFormat::clock(7'210'204'000, 7'300'000'000) == QStringLiteral("2:00:10.204 h"));
}

TEST_CASE("a fault rule for one segment counts earlier segments of the same kind from the same sender", "[layout][fault]")
{
    TraceBuilder b;
    b.at(0).send(NodeId::Client, TcpFlag::SYN, 100, 0);                                 // 1
    b.at(1).send(NodeId::Client, TcpFlag::ACK, 101, 301);                               // 2
    b.at(2).send(NodeId::Server, TcpFlag::ACK, 301, 101);                               // 3: other sender
    b.at(3).send(NodeId::Client, TcpFlag::ACK | TcpFlag::PSH, 101, 301, "hello!");      // 4: has data
    b.at(4).send(NodeId::Client, TcpFlag::ACK, 107, 301);                               // 5
    const Trace trace = b.build();

    const FaultRule r = FaultRuleFactory::forSend(trace, 4, FaultAction::Drop);
    CHECK(r.from == NodeId::Client);
    CHECK(r.flags == TcpFlag::ACK);
    CHECK(r.exactFlags);
    CHECK(r.hasData == false);
    CHECK(r.nth == 2);
    CHECK(r.action == FaultAction::Drop);

    const FaultRule d = FaultRuleFactory::forSend(trace, 3, FaultAction::Delay, 30'000);
    CHECK(d.flags == TcpFlag::ACK); // PSH is not part of the match
    CHECK(d.hasData == true);
    CHECK(d.nth == 1);
    CHECK(d.delayUs == 30'000);
}

TEST_CASE("an empty trace lays out to an empty diagram", "[layout]")
{
    const LadderLayout layout{Trace{}};
    CHECK(layout.arrows().empty());
    CHECK(layout.eventCount() == 0);
    CHECK(layout.height() > 0);
}

TEST_CASE("a burst asks for lifelines far enough apart to hold a label between each two of its arrows", "[layout][labels]")
{
    const auto burst = [](int n) {
        TraceBuilder b;
        std::vector<std::uint64_t> ids;
        for (int i = 0; i < n; ++i) ids.push_back(b.at(0).send(NodeId::Client, TcpFlag::ACK, 1 + 100 * i, 1, std::string(100, 'x')));
        for (auto id : ids) b.at(10'000).deliver(id);
        return b.build();
    };
    LadderLayout::Options o;
    o.labelStripPx = 18;
    const LadderLayout six(burst(6), o);
    const double lane = six.labelLaneWidth();
    REQUIRE(lane > 0);
    // With the lifelines that far apart, each two neighbours of the burst are at least a label's
    // strip apart across their lines, and the closest two just that.
    double closest = 1e9;
    for (std::size_t i = 1; i < six.arrows().size(); ++i) {
        const auto &a = six.arrows()[i - 1], &b = six.arrows()[i];
        const double dy = b.y1 - a.y1, fall = b.y2 - b.y1;
        closest = std::min(closest, dy * lane / std::hypot(lane, fall));
    }
    CHECK(closest == Approx(18.0));
    // A longer burst falls further, its arrows are steeper: it needs wider lanes.
    CHECK(LadderLayout(burst(12), o).labelLaneWidth() > lane * 1.5);
    // Taller labels need more too; no labels, nothing; arrows one after the other, nothing.
    o.labelStripPx = 24;
    CHECK(LadderLayout(burst(6), o).labelLaneWidth() > lane);
    CHECK(LadderLayout(burst(6)).labelLaneWidth() == 0.0);
    o.labelStripPx = 18;
    CHECK(LadderLayout(test::handshakeTrace(), o).labelLaneWidth() == 0.0);
}

TEST_CASE("the state bands and app-call columns narrow to give the labels the lane they need", "[layout][labels]")
{
    const LadderGeometry usual(860, 0);
    const double gap = usual.nodeX(NodeId::Server) - usual.nodeX(NodeId::Client);
    CHECK(LadderGeometry(860, 0, LadderGeometry::kHeaderHeight, true, gap - 20).nodeX(NodeId::Server) == Approx(usual.nodeX(NodeId::Server)));
    const LadderGeometry wider(860, 0, LadderGeometry::kHeaderHeight, true, gap + 60);
    CHECK(wider.nodeX(NodeId::Server) - wider.nodeX(NodeId::Client) == Approx(gap + 60));
    CHECK(wider.appColumnWidth() < usual.appColumnWidth());
    // Everything still inside the diagram.
    CHECK(wider.appText(NodeId::Client, 100, 14).left() >= LadderGeometry::kGutter - 0.001);
    CHECK(wider.appText(NodeId::Server, 100, 14).right() <= 860);
}
