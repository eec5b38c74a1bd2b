// The sequence diagram and the main window on the real catalog scenarios (not hand-made traces):
// where the arrows are drawn and what they say, the player's keys, faults from the right-click
// menu, the lossy link, hovering a causal chain, the flash of a state change, the dark theme.
#include "tests/catalog_runs.h"
#include "core/scenario/catalog.h"
#include "core/scenario/scenario_loader.h"
#include "core/scenario/scenario_runner.h"
#include "core/trace/jsonl_writer.h"
#include "ui/window/app_fonts.h"
#include "ui/diagram/ladder_style.h"
#include "ui/panels/link_panel.h"
#include "ui/window/main_window.h"
#include "ui/window/player.h"
#include "ui/diagram/sequence_diagram.h"
#include "tests/test_image_support.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QImage>
#include <QListWidget>
#include <QRegularExpression>
#include <QMenu>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

using namespace wirestep;

namespace {

std::shared_ptr<const Trace> catalogTrace(const char *id) { return test::sharedCatalogRun(id); }

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

// The diagram of a whole trace, every event shown, in a window of its own.
struct Shown {
    explicit Shown(const char *id, QSize size = {1000, 700})
    {
        d.resize(size);
        d.show(); // lays out the viewport at this size
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

struct FontSet {
    const char *name;
    AppFonts::Set set;
};

// Wirestep's fonts, the same a quarter larger, and faces of other proportions (all from the
// packages dev.sh installs, so that every machine has them).
std::vector<FontSet> fontSets()
{
    AppFonts::Set larger = AppFonts::standard();
    larger.scale = 1.25;
    AppFonts::Set other = AppFonts::standard();
    other.sans = QStringLiteral("Noto Sans CJK SC");
    other.mono = QStringLiteral("Noto Sans Mono CJK SC");
    return {{"Wirestep's fonts", AppFonts::standard()}, {"the same a quarter larger", larger}, {"Noto Sans CJK SC and its Mono", other}};
}

// Draws with a font set while it lives (the window too, at the tests' size), then with Wirestep's again.
struct UsingFonts {
    explicit UsingFonts(const FontSet &f) { AppFonts::install(f.set, 12); }
    ~UsingFonts() { AppFonts::install(AppFonts::standard(), 12); }
    UsingFonts(const UsingFonts &) = delete;
    UsingFonts &operator=(const UsingFonts &) = delete;
};

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
        CHECK(label.box().boundingRect().center().y() < along(s.d, arrows[i], 0.5).y());
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
    for (double t = 0.1; t < 0.4; t += 0.003) {
        const QColor c = img.pixelColor(along(s.d, rtx, t));
        ink += isVermillion(c);
        gaps += c.lightness() > 215;
    }
    CHECK(ink > 5);
    CHECK(gaps > 5);
    const LadderPainter::Label timer = s.d.timerLabel(again[0]);
    CHECK(timer.full == QStringLiteral("timeout (RTO 1 s)"));
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
    w.player()->toEnd();
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

TEST_CASE("hovering the SYN,ACK of the handshake lights the SYN before it and the ACK after it", "[catalog-diagram][hover]")
{
    Shown s("handshake");
    s.d.show();
    REQUIRE(QTest::qWaitForWindowExposed(&s.d));
    const auto &arrows = s.d.layout().arrows();
    REQUIRE(arrows.size() == 3);
    QTest::mouseMove(s.d.viewport(), along(s.d, arrows[1], 0.6));
    settle();
    REQUIRE(s.d.hoveredArrow() == 1);
    CHECK(s.d.inHoveredChain(0));
    CHECK(s.d.inHoveredChain(1));
    CHECK(s.d.inHoveredChain(2));
    // Still drawn at full strength: the chain is not dimmed.
    const QImage img = s.image();
    for (const auto &a : arrows) CHECK(isDark(darkest(img, along(s.d, a, 0.3))));

    QTest::mouseMove(s.d.viewport(), QPoint(5, s.d.height() - 5));
    settle();
    CHECK(s.d.hoveredArrow() == LadderLayout::kNone);
    CHECK_FALSE(s.d.inHoveredChain(0));
}

TEST_CASE("hovering the SYN of echo dims the data and the teardown, which it did not cause", "[catalog-diagram][hover]")
{
    Shown s("echo", {1000, 1400});
    s.d.show();
    REQUIRE(QTest::qWaitForWindowExposed(&s.d));
    const auto &arrows = s.d.layout().arrows();
    REQUIRE(arrows.size() > 6);
    QTest::mouseMove(s.d.viewport(), along(s.d, arrows[0], 0.4));
    settle();
    REQUIRE(s.d.hoveredArrow() == 0);
    CHECK(s.d.inHoveredChain(1)); // the SYN,ACK it caused
    CHECK_FALSE(s.d.inHoveredChain(2)); // the ACK is the SYN,ACK's doing
    const std::uint32_t lastArrow = static_cast<std::uint32_t>(arrows.size() - 1);
    CHECK_FALSE(s.d.inHoveredChain(lastArrow));
    const QImage img = s.image();
    CHECK(isDark(darkest(img, along(s.d, arrows[0], 0.3))));
    const QColor faded = darkest(img, along(s.d, arrows[lastArrow], 0.3));
    CHECK(faded.lightness() > 150); // dimmed
}

TEST_CASE("a state change flashes its band once when playing passes it, not when stepping", "[catalog-diagram][flash]")
{
    Shown s("handshake");
    const Trace &t = s.d.trace();
    std::size_t state = 0;
    while (t[state].kind != EventKind::State) ++state;
    Player player;
    QObject::connect(&player, &Player::currentChanged, &s.d, &SequenceDiagram::setCurrent);
    player.setCount(static_cast<int>(t.size()));

    player.setIndex(static_cast<int>(state) + 1); // a step onto it: no flash
    CHECK(s.d.flashEvent() == LadderLayout::kNone);

    player.setIndex(static_cast<int>(state));
    player.play();
    while (player.index() <= static_cast<int>(state)) player.tick();
    player.pause();
    CHECK(s.d.flashEvent() == state);
    CHECK(s.d.flash() == 1.0);
    // The band is drawn in its full colour for a moment, and then fades.
    int frames = 0;
    while (s.d.flash() > 0 && frames < 1000) {
        s.d.flashTick();
        ++frames;
    }
    CHECK(frames * 16 <= SequenceDiagram::kFlashMs + 32);
    CHECK(s.d.flashEvent() == LadderLayout::kNone);
}

TEST_CASE("the dark theme changes the diagram's background, is remembered, and export stays white", "[catalog-window][theme]")
{
    MainWindow w;
    REQUIRE(w.showScenarioById("handshake"));
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    w.player()->toEnd();
    SequenceDiagram *d = w.diagram();
    const QPoint corner(d->viewport()->width() - 20, d->viewport()->height() - 10);
    const QColor before = d->viewport()->grab().toImage().pixelColor(corner);
    CHECK(isLight(before));

    w.darkThemeAction()->trigger();
    settle();
    CHECK(d->isDarkTheme());
    CHECK(QSettings().value(QStringLiteral("ui/darkTheme")).toBool());
    const QImage dark = d->viewport()->grab().toImage();
    CHECK(dark.pixelColor(corner).lightness() < 60);
    CHECK(QApplication::palette().color(QPalette::Window).lightness() < 80);
    // Arrows are light on the dark ground.
    const auto &a = d->layout().arrows()[0];
    QColor lightest = Qt::black;
    const QPoint on = along(*d, a, 0.3);
    for (int dx = -1; dx <= 1; ++dx)
        for (int dy = -1; dy <= 1; ++dy)
            if (dark.pixelColor(on + QPoint(dx, dy)).lightness() > lightest.lightness()) lightest = dark.pixelColor(on + QPoint(dx, dy));
    CHECK(lightest.lightness() > 150);

    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("dark.png"));
    REQUIRE(w.exportDiagram(png));
    const QImage exported(png);
    CHECK(exported.pixelColor(5, exported.height() - 5) == QColor(Qt::white));
    CHECK(exported.pixelColor(exported.width() - 5, exported.height() / 2) == QColor(Qt::white));

    {
        MainWindow again; // the choice is remembered
        CHECK(again.darkThemeAction()->isChecked());
        CHECK(again.diagram()->isDarkTheme());
    }
    w.darkThemeAction()->trigger();
    settle();
    CHECK_FALSE(d->isDarkTheme());
    CHECK(isLight(d->viewport()->grab().toImage().pixelColor(corner)));
    CHECK_FALSE(QSettings().value(QStringLiteral("ui/darkTheme")).toBool());
}

// The labels' checks run with Wirestep's fonts and again with other metrics: the same faces a
// quarter larger, and faces of other proportions (Noto Sans CJK SC's Latin, Noto Sans Mono CJK
// SC for the labels: taller lines, narrower letters). The layout measures with what it draws with
// and makes room, whichever they are.
TEST_CASE("data-transfer-loss: every segment is labelled, no label overlaps another arrow, the short of room go on more rows or are elided", "[catalog-diagram][labels]")
{
    for (const FontSet &fonts : fontSets()) {
        UsingFonts using_(fonts);
        for (const QSize size : {QSize(900, 4000), QSize(1400, 4000)}) {
            Shown s("data-transfer-loss", size);
            const auto &arrows = s.d.layout().arrows();
            REQUIRE(arrows.size() > 20);
            int whole = 0, elided = 0;
            for (std::uint32_t i = 0; i < arrows.size(); ++i) {
                const LadderPainter::Label label = s.d.segmentLabel(i);
                if (arrows[i].has(LadderLayout::Duplicate)) continue; // drawn beside its original, unlabelled
                INFO(fonts.name << ", " << size.width() << " px: arrow " << i << ": " << label.full.toStdString() << " drawn as "
                                << label.text.toStdString());
                CHECK_FALSE(label.text.isEmpty()); // an unlabelled segment is never right
                if (label.whole()) ++whole;
                else {
                    ++elided;
                    CHECK(label.text.endsWith(QChar(0x2026)));
                }
                const QPolygonF box = label.box();
                for (std::uint32_t j = 0; j < arrows.size(); ++j) {
                    if (j == i) continue;
                    const QLineF other(s.d.toViewport(arrows[j].x1, arrows[j].y1), s.d.toViewport(arrows[j].x2, arrows[j].y2));
                    // Sample the other arrow: none of its points is inside this label's box.
                    bool inside = false;
                    for (double t = 0; t <= 1.0; t += 0.01) inside |= box.containsPoint(other.pointAt(t), Qt::OddEvenFill);
                    CHECK_FALSE(inside);
                }
            }
            // With room enough across, most segments keep their whole label.
            INFO(fonts.name << ", " << size.width() << " px");
            if (size.width() >= 1400) CHECK(whole > static_cast<int>(arrows.size()) * 2 / 3);
            CHECK(whole > 0);
        }
    }
}

TEST_CASE("data-transfer-loss in the default window: every segment's label is shown whole, none overlaps another", "[catalog-window][labels]")
{
    for (const FontSet &fonts : fontSets()) {
        UsingFonts using_(fonts);
        for (const char *lang : {"en", "zh_CN"}) {
            MainWindow w;
            REQUIRE(w.setLanguage(QString::fromLatin1(lang)));
            w.resize(1600, 1000);
            w.show();
            REQUIRE(QTest::qWaitForWindowExposed(&w));
            REQUIRE(w.showScenarioById("data-transfer-loss"));
            settle();
            w.player()->toEnd();
            settle();
            SequenceDiagram *d = w.diagram();
            REQUIRE(d->isVisible());
            INFO(fonts.name << ", " << lang << ": the diagram is " << d->viewport()->width() << " px wide");
            CHECK(d->viewport()->width() < 1000); // the docks take their share: the labels must fit a narrow diagram
            const auto &arrows = d->layout().arrows();
            REQUIRE(arrows.size() > 20);
            std::vector<QPolygonF> boxes;
            for (std::uint32_t i = 0; i < arrows.size(); ++i) {
                const LadderPainter::Label label = d->segmentLabel(i);
                if (arrows[i].has(LadderLayout::Duplicate)) continue; // drawn beside its original, unlabelled
                INFO("arrow " << i << ": " << label.full.toStdString() << " drawn as " << label.text.toStdString());
                CHECK_FALSE(label.full.isEmpty());
                if (arrows[i].has(LadderLayout::Lost)) {
                    // Half an arrow, crossed by the ACKs still coming back: shown, elided at most after
                    // its sequence number.
                    const QString seq = QRegularExpression(QStringLiteral("seq=\\d+")).match(label.full).captured();
                    CHECK_FALSE(seq.isEmpty());
                    CHECK(label.text.contains(seq));
                } else {
                    CHECK(label.whole()); // shown whole (on one to three rows)
                }
                boxes.push_back(label.box());
                for (std::uint32_t j = 0; j < arrows.size(); ++j) {
                    if (j == i) continue;
                    const QLineF other(d->toViewport(arrows[j].x1, arrows[j].y1), d->toViewport(arrows[j].x2, arrows[j].y2));
                    bool inside = false;
                    for (double t = 0; t <= 1.0; t += 0.01) inside |= boxes.back().containsPoint(other.pointAt(t), Qt::OddEvenFill);
                    CHECK_FALSE(inside);
                }
                const LadderPainter::Label timer = d->timerLabel(i);
                if (!timer.full.isEmpty()) {
                    CHECK(timer.whole());
                    boxes.push_back(timer.box());
                }
            }
            for (std::size_t i = 0; i < boxes.size(); ++i)
                for (std::size_t j = i + 1; j < boxes.size(); ++j) {
                    INFO("labels " << i << " and " << j);
                    CHECK_FALSE(boxes[i].intersects(boxes[j]));
                }
        }
    }
}

TEST_CASE("data-transfer-loss: a burst's arrows are parallel, fall as far as their flight time, and the time axis runs forward", "[catalog-diagram][labels]")
{
    Shown s("data-transfer-loss", {900, 3000});
    const Trace &trace = s.d.trace();
    const LadderLayout &layout = s.d.layout();
    // The twelve segments sent at 200 ms leave the client one under the other...
    std::vector<const LadderLayout::Arrow *> burst;
    for (const auto &a : layout.arrows())
        if (trace[a.sendIndex].tUs == 200'000 && a.from == NodeId::Client) burst.push_back(&a);
    REQUIRE(burst.size() == 12);
    for (std::size_t i = 1; i < burst.size(); ++i)
        CHECK(burst[i]->y1 - burst[i - 1]->y1 >= layout.options().segmentStepPx - 0.001);
    // ...and those that arrive fall as far as each other: one flight time, one slope.
    double fall = -1;
    for (const auto *a : burst) {
        if (a->has(LadderLayout::Lost)) continue;
        if (fall < 0) fall = a->y2 - a->y1;
        CHECK(a->y2 - a->y1 == Approx(fall));
    }
    // At least as far as the burst is tall, so the ACKs coming back cross only their far half.
    CHECK(fall >= burst.back()->y1 - burst.front()->y1);
    // The ACKs of the burst's segments (one flight time too) fall as far.
    for (const auto &a : layout.arrows())
        if (a.from == NodeId::Server && trace[a.sendIndex].tUs == 250'000) CHECK(a.y2 - a.y1 == Approx(fall));
    // A lost segment is dropped half-way in time and in y.
    for (const auto *a : burst)
        if (a->has(LadderLayout::Lost)) CHECK(a->y2 - a->y1 == Approx(fall / 2));
    // On each lifeline, time runs down.
    for (const NodeId node : {NodeId::Client, NodeId::Server}) {
        double y = -1;
        std::int64_t t = -1;
        for (std::size_t i = 0; i < trace.size(); ++i) {
            const TraceEvent &e = trace[i];
            if (e.node != node || (e.kind == EventKind::Drop && e.node == e.seg.from)) continue;
            CHECK(layout.eventY(i) >= y);
            CHECK(e.tUs >= t);
            y = layout.eventY(i);
            t = e.tUs;
        }
    }
}
