// The sequence diagram and the main window on the real catalog scenarios (not hand-made traces):
// where the arrows are drawn and what they say, the player's keys, faults from the right-click
// menu, the lossy link, hovering a causal chain, the flash of a state change, the dark theme.
#include "core/scenario/catalog.h"
#include "core/scenario/scenario_loader.h"
#include "core/scenario/scenario_runner.h"
#include "core/sim/jsonl_writer.h"
#include "ui/ladder_style.h"
#include "ui/link_panel.h"
#include "ui/main_window.h"
#include "ui/player.h"
#include "ui/sequence_diagram.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QImage>
#include <QListWidget>
#include <QMenu>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

using namespace wirestep;

namespace {

std::shared_ptr<const Trace> catalogTrace(const char *id)
{
    const Scenario *s = Catalog::builtIn().find(id);
    REQUIRE(s);
    return std::make_shared<const Trace>(runScenario(*s));
}

std::vector<std::string> asJson(const Trace &t)
{
    std::vector<std::string> out;
    for (const auto &e : t.events()) out.push_back(JsonlWriter::toJson(e));
    return out;
}

bool isDark(QColor c) { return c.lightness() < 110; }
bool isLight(QColor c) { return c.lightness() > 200; }
bool isVermillion(QColor c) { return c.red() > 170 && c.red() > c.blue() + 90 && c.green() < 150; }

QPoint along(const SequenceDiagram &d, const LadderLayout::Arrow &a, double t)
{
    const QPointF p1 = d.toViewport(a.x1, a.y1);
    const QPointF p2 = d.toViewport(a.x2, a.y2);
    return (p1 + t * (p2 - p1)).toPoint();
}

QColor darkest(const QImage &img, QPoint p)
{
    QColor best = Qt::white;
    for (int dx = -1; dx <= 1; ++dx)
        for (int dy = -1; dy <= 1; ++dy) {
            const QColor c = img.pixelColor(p + QPoint(dx, dy));
            if (c.lightness() < best.lightness()) best = c;
        }
    return best;
}

// The diagram of a whole trace, every event shown, in a window of its own.
struct Shown {
    explicit Shown(const char *id, QSize size = {1000, 700})
    {
        d.resize(size);
        d.setTrace(catalogTrace(id));
        d.setCurrent(static_cast<int>(d.trace().size()), 0);
        d.verticalScrollBar()->setValue(0);
    }
    QImage image() { return d.grab().toImage(); }
    SequenceDiagram d;
};

std::vector<std::uint32_t> arrowsWhere(const SequenceDiagram &d, const std::function<bool(const LadderLayout::Arrow &)> &f)
{
    std::vector<std::uint32_t> out;
    for (std::uint32_t i = 0; i < d.layout().arrows().size(); ++i)
        if (f(d.layout().arrows()[i])) out.push_back(i);
    return out;
}

QAction *dropAction(QMenu *menu)
{
    for (QAction *a : menu->actions())
        if (!a->isSeparator() && a->data().toInt() == static_cast<int>(FaultAction::Drop)) return a;
    return nullptr;
}

void settle()
{
    for (int i = 0; i < 3; ++i) QCoreApplication::processEvents();
}

} // namespace

TEST_CASE("handshake: three arrows where the layout puts them, labelled as in the textbook", "[catalog-diagram]")
{
    Shown s("handshake");
    const QImage img = s.image();
    const auto &arrows = s.d.layout().arrows();
    REQUIRE(arrows.size() == 3);
    for (const auto &a : arrows) {
        CHECK(isDark(darkest(img, along(s.d, a, 0.25))));
        CHECK(isDark(darkest(img, along(s.d, a, 0.75))));
        CHECK(isLight(img.pixelColor(along(s.d, a, 0.5) + QPoint(0, 14))));
    }
    // Client's arrows go right with a blue head; the server's goes left with a vermillion one.
    CHECK(arrows[0].x1 == 0.0f);
    CHECK(arrows[1].x1 == 1.0f);
    CHECK(arrows[2].x1 == 0.0f);
    const QColor synHead = img.pixelColor(along(s.d, arrows[0], 0.985));
    CHECK(synHead.blue() > synHead.red() + 60);
    const QColor synAckHead = img.pixelColor(along(s.d, arrows[1], 0.985));
    CHECK(synAckHead.red() > synAckHead.blue() + 60);

    const QStringList expected{QStringLiteral("SYN seq=100"), QStringLiteral("SYN, ACK seq=300 ack=101"),
                               QStringLiteral("ACK seq=101 ack=301")};
    for (std::uint32_t i = 0; i < 3; ++i) {
        const LadderPainter::Label label = s.d.segmentLabel(i);
        CHECK(label.full == expected[static_cast<int>(i)]);
        CHECK(label.text == expected[static_cast<int>(i)]); // room for all of it: not elided
        // Drawn above its arrow: ink in the label's box, just above the line's middle.
        CHECK(label.box.boundingRect().center().y() < along(s.d, arrows[i], 0.5).y());
    }
}

TEST_CASE("handshake-lost-syn: a red cross half-way, then a dashed vermillion retransmission", "[catalog-diagram]")
{
    Shown s("handshake-lost-syn");
    const QImage img = s.image();
    const auto lost = arrowsWhere(s.d, [](const auto &a) { return a.has(LadderLayout::Lost); });
    REQUIRE(lost.size() == 1);
    const auto &syn = s.d.layout().arrows()[lost[0]];
    CHECK(syn.x2 == 0.5f);
    const QPoint end = s.d.toViewport(syn.x2, syn.y2).toPoint();
    int red = 0;
    for (const QPoint off : {QPoint(4, 4), QPoint(-4, -4), QPoint(4, -4), QPoint(-4, 4)}) {
        const QColor c = img.pixelColor(end + off);
        red += c.red() > 150 && c.green() < 90 && c.blue() < 90;
    }
    CHECK(red >= 3);
    // Nothing beyond the cross: the server never sees this SYN.
    CHECK(isLight(img.pixelColor(s.d.toViewport(0.85f, syn.y1 + 1.7 * (syn.y2 - syn.y1)).toPoint())));

    const auto again = arrowsWhere(s.d, [](const auto &a) { return a.has(LadderLayout::Retransmission); });
    REQUIRE(again.size() == 1);
    const auto &rtx = s.d.layout().arrows()[again[0]];
    CHECK(s.d.trace()[rtx.sendIndex].seg.has(TcpFlag::SYN));
    // Dashed: along the line, some pixels are vermillion and some are gaps.
    int ink = 0, gaps = 0;
    for (double t = 0.1; t < 0.4; t += 0.005) {
        const QColor c = darkest(img, along(s.d, rtx, t));
        ink += isVermillion(c);
        gaps += c.lightness() > 200;
    }
    CHECK(ink > 5);
    CHECK(gaps > 5);
    const LadderPainter::Label timer = s.d.timerLabel(again[0]);
    CHECK(timer.full == QStringLiteral("RTO 1 s"));
    CHECK(timer.text == timer.full);
}

TEST_CASE("the player's keys on the handshake: Right three times and Left once, then play to the end", "[catalog-window]")
{
    MainWindow w;
    REQUIRE(w.showScenarioById("handshake"));
    w.show();
    w.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&w));
    w.player()->toStart();
    for (int i = 0; i < 3; ++i) QTest::keyClick(&w, Qt::Key_Right);
    QTest::keyClick(&w, Qt::Key_Left);
    CHECK(w.player()->index() == 2);

    QTest::keyClick(&w, Qt::Key_Space);
    REQUIRE(w.player()->isPlaying());
    int ticks = 0;
    while (w.player()->isPlaying() && ticks < 100'000) {
        w.player()->tick();
        ++ticks;
    }
    CHECK_FALSE(w.player()->isPlaying());
    CHECK(w.player()->index() == static_cast<int>(w.trace().size()));
    w.player()->tick(); // a stray frame after the end changes nothing
    CHECK(w.player()->index() == static_cast<int>(w.trace().size()));
    CHECK_FALSE(w.player()->isPlaying());
}

TEST_CASE("teardown: a right-click drop of the final ACK makes the server send its FIN again", "[catalog-window][fault]")
{
    MainWindow w;
    REQUIRE(w.showScenarioById("teardown"));
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    const auto original = asJson(w.trace());
    SequenceDiagram *d = w.diagram();

    // The final ACK: the client's last segment.
    std::uint32_t last = LadderLayout::kNone;
    for (std::uint32_t i = 0; i < d->layout().arrows().size(); ++i)
        if (d->layout().arrows()[i].from == NodeId::Client) last = i;
    REQUIRE(last != LadderLayout::kNone);
    const Segment finalAck = w.trace()[d->layout().arrows()[last].sendIndex].seg;
    REQUIRE(finalAck.flags == TcpFlag::ACK);

    d->selectEvent(w.trace()[d->layout().arrows()[last].sendIndex].id);
    d->verticalScrollBar()->setValue(static_cast<int>(d->layout().arrows()[last].y1) - 200);
    const QPoint at = along(*d, d->layout().arrows()[last], 0.4);
    REQUIRE(d->arrowAt(at) == last);
    QTest::mouseClick(w.windowHandle(), Qt::RightButton, {}, d->viewport()->mapTo(&w, at));
    settle();
    QMenu *menu = d->findChild<QMenu *>();
    REQUIRE(menu);
    CHECK(menu->isVisible());
    QAction *drop = dropAction(menu);
    REQUIRE(drop);
    drop->trigger();
    menu->close();

    bool finAgain = false;
    for (const TraceEvent &e : w.trace().events())
        finAgain |= e.kind == EventKind::Send && e.node == NodeId::Server && e.seg.has(TcpFlag::FIN) && e.seg.retransmission;
    CHECK(finAgain);
    REQUIRE(w.linkPanel()->faults().size() == 1);
    CHECK(w.linkPanel()->faultList()->count() == 1);

    // Saved with the scenario: the file holds the rule and loads back with it.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("teardown-drop.json"));
    REQUIRE(w.saveScenario(path));
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QString json = QString::fromUtf8(f.readAll());
    CHECK(json.contains(QStringLiteral("\"faults\"")));
    CHECK(json.contains(QStringLiteral("\"drop\"")));
    const LoadResult loaded = ScenarioLoader::loadFile(path.toStdString());
    REQUIRE(loaded.ok());
    REQUIRE(loaded.scenario->link.rules.size() == 1);
    CHECK(loaded.scenario->link.rules[0] == w.linkPanel()->faults()[0]);

    // Removed from the list: the original trace again.
    w.linkPanel()->faultList()->setCurrentRow(0);
    w.linkPanel()->removeFault(0);
    CHECK(w.linkPanel()->faultList()->count() == 0);
    CHECK(asJson(w.trace()) == original);
}

TEST_CASE("echo: the lossy link changes the trace, and switching it off restores it", "[catalog-window][link]")
{
    MainWindow w;
    REQUIRE(w.showScenarioById("echo"));
    const auto original = asJson(w.trace());
    LinkPanel *link = w.linkPanel();
    link->lossBox()->setValue(40);
    link->seedBox()->setValue(2);
    link->lossySwitch()->setChecked(true);
    CHECK(asJson(w.trace()) != original);
    std::size_t drops = 0;
    for (const TraceEvent &e : w.trace().events()) drops += e.kind == EventKind::Drop;
    CHECK(drops > 0);
    CHECK(w.diagram()->layout().eventCount() == w.trace().size());
    link->lossySwitch()->setChecked(false);
    CHECK(asJson(w.trace()) == original);
}

// Not run by default: `test_diagram_catalog "[.screenshot]"` writes /tmp/diag-<scenario>-<theme>-<language>.png.
TEST_CASE("screenshots of the catalog's diagrams", "[.screenshot]")
{
    MainWindow w;
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    for (const char *lang : {"en", "zh_CN"}) {
        w.setLanguage(QString::fromLatin1(lang));
        settle();
        for (const char *id : {"handshake", "handshake-lost-syn", "data-transfer-loss", "teardown", "keepalive-dead-peer"}) {
            REQUIRE(w.showScenarioById(id));
            settle();
            w.grab().save(QStringLiteral("/tmp/diag-%1-light-%2.png").arg(QString::fromLatin1(id), QString::fromLatin1(lang)));
        }
    }
    w.setLanguage(QStringLiteral("en"));
}
