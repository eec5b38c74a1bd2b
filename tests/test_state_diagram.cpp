#include "tests/catalog_runs.h"
#include "core/scenario/catalog.h"
#include "core/scenario/scenario_runner.h"
#include "ui/diagram/ladder_style.h"
#include "ui/panels/state_diagram.h"
#include "core/i18n/translator.h"
#include "core/narration/terms.h"

#include <QImage>
#include <QSignalSpy>
#include <QTest>
#include <catch2/catch.hpp>

using namespace wirestep;

namespace {

std::shared_ptr<const Trace> run(const char *id) { return test::sharedCatalogRun(id); }

// The player position right after `node`'s n-th state change (1-based).
int afterStateChange(const Trace &t, NodeId node, int n)
{
    for (std::size_t i = 0; i < t.size(); ++i)
        if (t[i].kind == EventKind::State && t[i].node == node && --n == 0) return static_cast<int>(i + 1);
    FAIL("no such state change");
    return -1;
}

// True if some pixel on the outline just outside the box has (nearly) this colour.
bool outlinedIn(const QImage &img, const QRectF &box, const QColor &c)
{
    const auto near = [&](QPoint p) {
        const QColor q = img.pixelColor(p);
        return std::abs(q.red() - c.red()) < 40 && std::abs(q.green() - c.green()) < 40 && std::abs(q.blue() - c.blue()) < 40;
    };
    const int y = static_cast<int>(box.center().y());
    for (int dx = -5; dx <= 2; ++dx) {
        if (near(QPoint(static_cast<int>(box.left()) + dx, y))) return true;
        if (near(QPoint(static_cast<int>(box.right()) - dx, y))) return true;
    }
    return false;
}

} // namespace

TEST_CASE("the layout has a box for each of the eleven states and only RFC arrows", "[state-diagram]")
{
    StateDiagramLayout layout;
    layout.setSize({400, 500});
    for (int i = 0; i < kTcpStateCount; ++i) {
        const auto s = static_cast<TcpState>(i);
        const QRectF r = layout.boxes()[static_cast<std::size_t>(layout.boxOf(s))].rect;
        CHECK(layout.boxes()[static_cast<std::size_t>(layout.boxOf(s))].state == s);
        CHECK(QRectF(0, 0, 400, 500).contains(r));
    }
    for (std::size_t i = 0; i < layout.boxes().size(); ++i)
        for (std::size_t j = i + 1; j < layout.boxes().size(); ++j)
            CHECK_FALSE(layout.boxes()[i].rect.intersects(layout.boxes()[j].rect));
    for (const auto &e : layout.edges()) CHECK(isRfcTransition(e.from, e.to));
    // The handshake and the four-way close are all drawn.
    CHECK(layout.edgeOf(TcpState::Closed, TcpState::SynSent) >= 0);
    CHECK(layout.edgeOf(TcpState::SynReceived, TcpState::Established) >= 0);
    CHECK(layout.edgeOf(TcpState::FinWait2, TcpState::TimeWait) >= 0);
    CHECK(layout.edgeOf(TcpState::TimeWait, TcpState::Closed) >= 0);
    // TIME_WAIT and LAST_ACK end in the second CLOSED box, at the bottom right.
    const int alias = layout.boxEntered(TcpState::TimeWait, TcpState::Closed);
    CHECK(layout.boxes()[static_cast<std::size_t>(alias)].alias);
    CHECK(layout.boxEntered(TcpState::SynSent, TcpState::Closed) == layout.boxOf(TcpState::Closed));
}

TEST_CASE("the client lights SYN_SENT after its first state change in the handshake, both ESTABLISHED at the end",
          "[state-diagram]")
{
    const auto trace = run("handshake");
    StateDiagram d;
    d.resize(400, 500);
    d.setTrace(trace);
    const int synSent = afterStateChange(*trace, NodeId::Client, 1);
    REQUIRE((*trace)[static_cast<std::size_t>(synSent - 1)].to == TcpState::SynSent);

    d.setCurrent(synSent);
    CHECK(d.litState(NodeId::Client) == TcpState::SynSent);
    CHECK(d.litBox(NodeId::Client) == d.layout().boxOf(TcpState::SynSent));
    CHECK(d.litState(NodeId::Server) == TcpState::Listen);
    // The arrow the client just took is highlighted: CLOSED -> SYN_SENT.
    CHECK(d.highlightedEdge(NodeId::Client) == d.layout().edgeOf(TcpState::Closed, TcpState::SynSent));
    const QRectF synSentBox = d.layout().boxes()[static_cast<std::size_t>(d.layout().boxOf(TcpState::SynSent))].rect;
    CHECK(outlinedIn(d.grab().toImage(), synSentBox, LadderStyle::node(NodeId::Client)));

    d.setCurrent(static_cast<int>(trace->size()));
    CHECK(d.litState(NodeId::Client) == TcpState::Established);
    CHECK(d.litState(NodeId::Server) == TcpState::Established);
    CHECK(d.litBox(NodeId::Client) == d.layout().boxOf(TcpState::Established));
    CHECK(d.litBox(NodeId::Server) == d.layout().boxOf(TcpState::Established));
    const QRectF est = d.layout().boxes()[static_cast<std::size_t>(d.layout().boxOf(TcpState::Established))].rect;
    const QImage end = d.grab().toImage();
    CHECK(outlinedIn(end, est, LadderStyle::node(NodeId::Client)));
    CHECK(outlinedIn(end, est, LadderStyle::node(NodeId::Server)));
}

TEST_CASE("stepping back unlights the state the client has not entered yet", "[state-diagram]")
{
    const auto trace = run("handshake");
    StateDiagram d;
    d.resize(400, 500);
    d.setTrace(trace);
    const int synSent = afterStateChange(*trace, NodeId::Client, 1);
    const QRectF synSentBox = d.layout().boxes()[static_cast<std::size_t>(d.layout().boxOf(TcpState::SynSent))].rect;
    d.setCurrent(static_cast<int>(trace->size()));
    d.setCurrent(synSent);
    CHECK(d.litState(NodeId::Client) == TcpState::SynSent);
    d.setCurrent(synSent - 1);
    CHECK(d.litState(NodeId::Client) == TcpState::Closed);
    CHECK(d.litBox(NodeId::Client) == d.layout().boxOf(TcpState::Closed));
    CHECK(d.highlightedEdge(NodeId::Client) == -1);
    CHECK_FALSE(outlinedIn(d.grab().toImage(), synSentBox, LadderStyle::node(NodeId::Client)));
    d.setCurrent(0);
    CHECK(d.litState(NodeId::Server) == TcpState::Closed);
}

TEST_CASE("the transition just taken is animated going forwards, not when stepping back or jumping", "[state-diagram]")
{
    const auto trace = run("handshake");
    StateDiagram d;
    d.resize(400, 500);
    d.setTrace(trace);
    const int synSent = afterStateChange(*trace, NodeId::Client, 1);
    d.setCurrent(synSent - 1);
    CHECK_FALSE(d.transitionAnimating());
    d.setCurrent(synSent); // one step forwards onto CLOSED -> SYN_SENT
    CHECK(d.transitionAnimating());
    // Let it run to its end on the event loop; the dot is then gone.
    QSignalSpy spy(d.findChild<QVariantAnimation *>(), &QAbstractAnimation::finished);
    REQUIRE(spy.wait(2000));
    CHECK_FALSE(d.transitionAnimating());
    CHECK(d.transitionProgress() < 0);
    d.setCurrent(synSent + 1);
    d.setCurrent(synSent); // back: instant
    CHECK_FALSE(d.transitionAnimating());
    d.setCurrent(static_cast<int>(trace->size())); // a jump: instant
    CHECK_FALSE(d.transitionAnimating());
}

TEST_CASE("clicking TIME_WAIT asks the player to jump to the first event entering it", "[state-diagram]")
{
    const auto trace = run("teardown");
    StateDiagram d;
    d.resize(400, 500);
    d.setTrace(trace);
    d.show();
    REQUIRE(QTest::qWaitForWindowExposed(&d));
    QSignalSpy spy(&d, &StateDiagram::shownRequested);
    const QRectF box = d.layout().boxes()[static_cast<std::size_t>(d.layout().boxOf(TcpState::TimeWait))].rect;
    QTest::mouseClick(&d, Qt::LeftButton, {}, box.center().toPoint());
    REQUIRE(spy.count() == 1);
    const int shown = spy.at(0).at(0).toInt();
    const TraceEvent &entering = (*trace)[static_cast<std::size_t>(shown - 1)];
    CHECK(entering.kind == EventKind::State);
    CHECK(entering.to == TcpState::TimeWait);
    for (int i = 0; i < shown - 1; ++i) CHECK_FALSE(((*trace)[static_cast<std::size_t>(i)].kind == EventKind::State
                                                     && (*trace)[static_cast<std::size_t>(i)].to == TcpState::TimeWait));
    // The client, which closed first, is the one in TIME_WAIT there.
    d.setCurrent(shown);
    CHECK(d.litState(NodeId::Client) == TcpState::TimeWait);
}

TEST_CASE("the end of the teardown lights the second CLOSED box, reached from TIME_WAIT", "[state-diagram]")
{
    const auto trace = run("teardown");
    StateDiagram d;
    d.resize(400, 500);
    d.setTrace(trace);
    d.setCurrent(static_cast<int>(trace->size()));
    CHECK(d.litState(NodeId::Client) == TcpState::Closed);
    CHECK(d.layout().boxes()[static_cast<std::size_t>(d.litBox(NodeId::Client))].alias);
    CHECK(d.highlightedEdge(NodeId::Client) == d.layout().edgeOf(TcpState::TimeWait, TcpState::Closed));
}

TEST_CASE("small or large, the state diagram's text stays readable and the node tags never cover a state's name", "[state-diagram][readable]")
{
    for (const char *lang : {"en", "zh_CN"}) {
        // Chinese: each box holds the RFC name and its gloss on two lines.
        Translator translator;
        REQUIRE(translator.use(QString::fromLatin1(lang)));
        for (const QSize size : {QSize(300, 360), QSize(341, 420), QSize(440, 640), QSize(700, 900)}) {
            INFO(lang << " " << size.width() << "x" << size.height());
            StateDiagram d;
            d.resize(size);
            const std::shared_ptr<const Trace> trace = run("simultaneous-open"); // both nodes in one box at the end
            d.setTrace(trace);
            const Trace &t = *trace;
            for (const int shown : {afterStateChange(t, NodeId::Client, 1), static_cast<int>(t.size())}) {
                d.setCurrent(shown);
                const StateDiagramLayout &l = d.layout();
                CHECK(l.labelPx() >= StateDiagramLayout::kReadablePx);
                CHECK(l.statePx() >= StateDiagramLayout::kReadablePx);
                // Small: only the transitions just taken keep their labels.
                CHECK(l.crowded() == (std::min(size.width() / 44.0, size.height() / 52.0) < StateDiagramLayout::kReadablePx));
                // Every box holds its name (and gloss) at the state font.
                const QFontMetricsF fm(LadderStyle::sans(l.statePx(), true));
                for (const auto &b : l.boxes()) {
                    const QString label = Terms::stateLabelStacked(b.state);
                    CHECK(b.rect.height() >= fm.height() * (label.count(QLatin1Char('\n')) + 1) * 0.9);
                }
                for (const NodeId n : {NodeId::Client, NodeId::Server}) {
                    const QRectF tag = d.tagRect(n);
                    const QRectF box = l.boxes()[static_cast<std::size_t>(d.litBox(n))].rect;
                    CHECK((tag.bottom() <= box.top() || tag.right() <= box.left() || tag.left() >= box.right())); // above, or beside
                    CHECK(QRectF(QPointF(), QSizeF(size)).contains(tag));
                    CHECK(tag.height() >= StateDiagramLayout::kReadablePx);
                    // Not over any box's name either.
                    for (const auto &other : l.boxes()) {
                        const QRectF text(other.rect.center() - QPointF(other.rect.width() / 2 - 6, fm.height() / 2), QSizeF(other.rect.width() - 12, fm.height()));
                        CHECK_FALSE(tag.intersects(text));
                    }
                }
            }
        }
    }
}
