#include "tests/catalog_runs.h"
#include "tests/test_ui_traces.h"
#include "ui/diagram/ladder_style.h"
#include "ui/diagram/sequence_diagram.h"
#include "tests/test_image_support.h"

#include <QAction>
#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>
#include <catch2/catch.hpp>

using namespace wirestep;
using wirestep::test::TraceBuilder;

namespace {

std::shared_ptr<const Trace> handshake() { return std::make_shared<const Trace>(test::handshakeTrace()); }

bool isDark(QColor c) { return c.lightness() < 110; }
bool isLight(QColor c) { return c.lightness() > 200; }

// A point `t` of the way along an arrow, in widget pixels.
QPoint along(const SequenceDiagram &d, const LadderLayout::Arrow &a, double t)
{
    const QPointF p1 = d.toViewport(a.x1, a.y1);
    const QPointF p2 = d.toViewport(a.x2, a.y2);
    return (p1 + t * (p2 - p1)).toPoint();
}

// The darkest pixel within one pixel of `p` (lines are antialiased).
} // namespace

TEST_CASE("the rendered diagram has its arrows where the layout says", "[diagram]")
{
    SequenceDiagram d;
    d.resize(1000, 600);
    d.setTrace(handshake());
    d.setCurrent(static_cast<int>(d.trace().size()), 0);
    const QImage img = d.grab().toImage();
    const auto &arrows = d.layout().arrows();
    REQUIRE(arrows.size() == 3);

    for (const auto &a : arrows) {
        // On the line (a third and two thirds of the way, clear of the label): near-black.
        CHECK(isDark(darkest(img, along(d, a, 0.3))));
        CHECK(isDark(darkest(img, along(d, a, 0.7))));
        // Well below the line, between the lifelines: white.
        const QPoint below = along(d, a, 0.5) + QPoint(0, 12);
        CHECK(isLight(img.pixelColor(below)));
    }
    // The SYN's arrowhead is in the client's blue, the SYN,ACK's in the server's vermillion.
    const QColor synHead = img.pixelColor(along(d, arrows[0], 0.985));
    CHECK(synHead.blue() > synHead.red() + 60);
    const QColor synAckHead = img.pixelColor(along(d, arrows[1], 0.985));
    CHECK(synAckHead.red() > synAckHead.blue() + 60);
}

TEST_CASE("events after the player's position are not drawn", "[diagram]")
{
    SequenceDiagram d;
    d.resize(1000, 600);
    d.setTrace(handshake());
    const auto &arrows = d.layout().arrows();
    // Show everything up to the SYN's arrival (events 1..7): the SYN,ACK is not sent yet.
    d.setCurrent(static_cast<int>(arrows[0].endIndex) + 1, 0);
    const QImage img = d.grab().toImage();
    CHECK(isDark(darkest(img, along(d, arrows[0], 0.5))));
    CHECK(isLight(img.pixelColor(along(d, arrows[1], 0.3))));
    CHECK(isLight(img.pixelColor(along(d, arrows[2], 0.7))));
}

TEST_CASE("a segment in flight is drawn up to where it is now", "[diagram]")
{
    SequenceDiagram d;
    d.resize(1000, 600);
    d.setTrace(handshake());
    const auto &syn = d.layout().arrows()[0];
    // The SYN has been sent; the next event is its arrival, half-way through the animation.
    d.setCurrent(static_cast<int>(syn.endIndex), 0.5);
    const QImage img = d.grab().toImage();
    CHECK(isDark(darkest(img, along(d, syn, 0.15))));
    CHECK(isLight(img.pixelColor(along(d, syn, 0.9))));
}

TEST_CASE("a lost segment ends half-way under a red cross", "[diagram]")
{
    TraceBuilder b;
    const auto syn = b.at(0).send(NodeId::Client, TcpFlag::SYN, 100, 0);
    b.at(10'000).drop(syn);
    SequenceDiagram d;
    d.resize(1000, 600);
    d.setTrace(std::make_shared<const Trace>(b.build()));
    const auto &a = d.layout().arrows()[0];
    const QImage img = d.grab().toImage();
    const QPoint end = d.toViewport(a.x2, a.y2).toPoint();
    const QColor cross = img.pixelColor(end + QPoint(4, 4));
    CHECK(cross.red() > 150);
    CHECK(cross.green() < 90);
    // Nothing beyond the cross.
    const QPoint beyond = d.toViewport(0.8f, a.y1 + 1.6 * (a.y2 - a.y1)).toPoint();
    CHECK(isLight(img.pixelColor(beyond)));
}

TEST_CASE("clicking an arrow selects it and names its send event", "[diagram]")
{
    SequenceDiagram d;
    d.resize(1000, 600);
    d.setTrace(handshake());
    d.show();
    REQUIRE(QTest::qWaitForWindowExposed(&d));
    const auto &synAck = d.layout().arrows()[1];
    QSignalSpy spy(&d, &SequenceDiagram::eventSelected);
    QTest::mouseClick(d.viewport(), Qt::LeftButton, {}, along(d, synAck, 0.6));
    REQUIRE(spy.count() == 1);
    CHECK(spy.at(0).at(0).toULongLong() == d.trace()[synAck.sendIndex].id);
    CHECK(d.selectedArrow() == 1);
}

TEST_CASE("the right-click menu's Drop asks for a rule matching exactly that segment", "[diagram][fault]")
{
    TraceBuilder b;
    const auto syn = b.at(0).send(NodeId::Client, TcpFlag::SYN, 100, 0);
    b.at(10'000).deliver(syn);
    const auto synAck = b.send(NodeId::Server, TcpFlag::SYN | TcpFlag::ACK, 300, 101);
    b.at(20'000).deliver(synAck);
    const auto ack = b.send(NodeId::Client, TcpFlag::ACK, 101, 301);
    const auto data = b.at(20'001).send(NodeId::Client, TcpFlag::ACK | TcpFlag::PSH, 101, 301, "hello!");
    const auto ack2 = b.at(20'002).send(NodeId::Client, TcpFlag::ACK, 107, 301);
    b.at(30'000).deliver(ack);
    b.at(30'001).deliver(data);
    b.at(30'002).deliver(ack2);

    SequenceDiagram d;
    d.resize(1000, 600);
    d.setFaultDelayUs(30'000);
    d.setTrace(std::make_shared<const Trace>(b.build()));
    const std::uint32_t arrow = d.layout().arrowOfEvent(ack2 - 1);
    REQUIRE(arrow != LadderLayout::kNone);
    CHECK(d.arrowAt(along(d, d.layout().arrows()[arrow], 0.5)) == arrow);

    auto menu = d.faultMenu(arrow);
    QAction *dropAction = nullptr;
    for (QAction *a : menu->actions())
        if (!a->isSeparator() && a->data().toInt() == static_cast<int>(FaultAction::Drop)) dropAction = a;
    REQUIRE(dropAction);
    QSignalSpy spy(&d, &SequenceDiagram::faultRequested);
    dropAction->trigger();
    REQUIRE(spy.count() == 1);
    const auto rule = spy.at(0).at(0).value<FaultRule>();
    CHECK(rule.from == NodeId::Client);
    CHECK(rule.proto == Protocol::Tcp);
    CHECK(rule.flags == TcpFlag::ACK);
    CHECK(rule.exactFlags);
    CHECK(rule.hasData == false);
    CHECK(rule.nth == 2); // the pure ACK before it is the first
    CHECK(rule.action == FaultAction::Drop);
}

TEST_CASE("a long timer bar keeps its label in view while the bar is, down to its end", "[diagram][timers]")
{
    // The teardown's client waits 2MSL in TIME_WAIT: scrolled so that the bar starts above the
    // view, its label is still drawn, at the top.
    SequenceDiagram d;
    d.resize(900, 200);
    d.show();
    d.setTrace(test::sharedCatalogRun("teardown"));
    d.setCurrent(static_cast<int>(d.trace().size()), 0);
    const LadderLayout::TimerBar *bar = nullptr;
    for (const auto &b : d.layout().timers())
        if (b.kind == TimerKind::TimeWait) bar = &b;
    REQUIRE(bar);
    REQUIRE(bar->y2 - bar->y1 > 60);
    std::vector<LadderPainter::DrawnText> texts;
    LadderPainter::View v = d.view();
    v.height = 200;
    v.scrollY = bar->y1 + 20; // its start out of sight
    v.texts = &texts;
    QImage img(900, 200, QImage::Format_RGB32);
    QPainter p(&img);
    LadderPainter(d.layout(), d.trace()).paint(p, v);
    bool named = false;
    for (const auto &t : texts)
        if (t.kind == LadderPainter::DrawnText::Kind::Timer && t.full.startsWith(QStringLiteral("2MSL"))) {
            named = true;
            CHECK(t.shown == t.full);
            CHECK(t.box.boundingRect().top() >= v.headerHeight); // in view, under the names
        }
    CHECK(named);
}
