// Labels are whole where the lesson is: every catalog scenario, in the window at 1024x768, 1280x720
// and 1600x1000, in English and in Chinese, is drawn with every segment's label and the label under
// it whole (on one to three rows; the diagram is as wide as its labels need and scrolls sideways
// when the window is narrower), every app call and timer whole, and no two texts over each other.
// A capture's connections too, with Wireshark's analysis labels under the arrows.
#include "capture_test_support.h"

#include "core/scenario/catalog.h"
#include "core/scenario/scenario_runner.h"
#include "ui/capture/capture_opener.h"
#include "ui/diagram/central_views.h"
#include "ui/diagram/sequence_diagram.h"
#include "ui/window/main_window.h"
#include "ui/window/player.h"

#include <QPainter>
#include <QPicture>
#include <QScrollBar>
#include <QTest>
#include <catch2/catch.hpp>

#include <algorithm>
#include <string_view>

using namespace wirestep;
using Text = LadderPainter::DrawnText;

namespace {

const char *kindName(Text::Kind k)
{
    switch (k) {
    case Text::Kind::Node: return "node";
    case Text::Kind::Time: return "time";
    case Text::Kind::State: return "state";
    case Text::Kind::Fold: return "fold";
    case Text::Kind::App: return "app call";
    case Text::Kind::Link: return "link";
    case Text::Kind::Timer: return "timer";
    case Text::Kind::Segment: return "segment label";
    case Text::Kind::Below: return "label under an arrow";
    }
    return "?";
}

// Every text of the whole diagram as the window lays it out (its width), every event shown.
std::vector<Text> drawnTexts(const SequenceDiagram &d)
{
    std::vector<Text> texts;
    LadderPainter::View v = d.view();
    v.scrollY = 0;
    v.height = d.layout().height() + v.headerHeight;
    v.texts = &texts;
    QPicture picture;
    QPainter p(&picture);
    LadderPainter(d.layout(), d.trace()).paint(p, v);
    return texts;
}

double overlapArea(const QPolygonF &a, const QPolygonF &b)
{
    const QRectF r = a.intersected(b).boundingRect();
    return r.width() * r.height();
}

// As wide as it needs (scrolling when the window has less), every text whole, none over another.
void checkTexts(const SequenceDiagram &d)
{
    CHECK(d.contentWidth() >= d.minimumContentWidth());
    CHECK(d.horizontalScrollBar()->maximum() == std::max(0, static_cast<int>(std::ceil(d.contentWidth() - d.viewport()->width()))));
    const std::vector<Text> texts = drawnTexts(d);
    REQUIRE(texts.size() > 4);
    for (const Text &t : texts) {
        if (t.kind == Text::Kind::State) continue; // the RFC name, with or without its gloss
        INFO(kindName(t.kind) << " \"" << t.full.toStdString() << "\" drawn as \"" << t.shown.toStdString() << "\"");
        CHECK(QString(t.shown).replace(QLatin1Char('\n'), QLatin1Char(' ')) == t.full);
    }
    for (std::size_t i = 0; i < texts.size(); ++i)
        for (std::size_t j = i + 1; j < texts.size(); ++j) {
            if (!texts[i].box.boundingRect().intersects(texts[j].box.boundingRect())) continue;
            INFO(kindName(texts[i].kind) << " \"" << texts[i].shown.toStdString() << "\" over " << kindName(texts[j].kind)
                                         << " \"" << texts[j].shown.toStdString() << "\"");
            CHECK(overlapArea(texts[i].box, texts[j].box) <= 1.0);
        }
}

} // namespace

TEST_CASE("every catalog scenario at 1024x768, 1280x720 and 1600x1000, in both languages: labels whole, no texts over each other", "[labels][catalog]")
{
    int checked = 0;
    for (const char *lang : {"en", "zh_CN"}) {
        for (const QSize size : {QSize(1024, 768), QSize(1280, 720), QSize(1600, 1000)}) {
            MainWindow w;
            REQUIRE(w.setLanguage(QString::fromLatin1(lang)));
            w.resize(size);
            w.show();
            REQUIRE(QTest::qWaitForWindowExposed(&w));
            for (const Scenario &s : Catalog::builtIn().scenarios()) {
                REQUIRE(w.showScenarioById(s.id));
                w.player()->toEnd();
                QCoreApplication::processEvents();
                std::vector<SequenceDiagram *> diagrams{w.diagram()};
                if (w.centralViews()->lanesShown()) diagrams = {w.centralViews()->lanes()->left(), w.centralViews()->lanes()->right()};
                for (SequenceDiagram *d : diagrams) {
                    INFO(s.id << " " << lang << " " << size.width() << "x" << size.height() << " " << d->objectName().toStdString());
                    REQUIRE(d->isVisible());
                    checkTexts(*d);
                    ++checked;
                }
            }
        }
    }
    CHECK(checked >= 2 * 3 * static_cast<int>(Catalog::builtIn().scenarios().size()));
}

TEST_CASE("a label too long for its arrow goes on two or three rows before the diagram widens", "[labels]")
{
    // The handshake in a narrow diagram: the SYN,ACK's label is whole on two rows.
    SequenceDiagram d;
    d.resize(560, 700);
    d.show();
    d.setTrace(std::make_shared<const Trace>(runScenario(*Catalog::builtIn().find("handshake"))));
    d.setCurrent(static_cast<int>(d.trace().size()), 0);
    CHECK(d.contentWidth() < 620); // it did not need to widen much
    int rows = 0;
    for (std::uint32_t i = 0; i < d.layout().arrows().size(); ++i) {
        const LadderPainter::Label l = d.segmentLabel(i);
        CHECK(l.whole());
        rows = std::max(rows, static_cast<int>(l.text.count(QLatin1Char('\n'))) + 1);
    }
    CHECK(rows >= 2);
}

TEST_CASE("a capture's connections at 1024x768 and 1600x1000, in both languages: analysis labels whole, no texts over each other", "[labels][capture]")
{
    // The fixtures with the most labels under their arrows: a zero window with a retransmission,
    // window updates and keepalives.
    for (const char *lang : {"en", "zh_CN"}) {
        for (const QSize size : {QSize(1024, 768), QSize(1600, 1000)}) {
            MainWindow w;
            REQUIRE(w.setLanguage(QString::fromLatin1(lang)));
            w.resize(size);
            w.show();
            REQUIRE(QTest::qWaitForWindowExposed(&w));
            for (const char *name : {"zero-window.pcapng", "sll-keepalive.pcap", "tcp-v4-mid.pcap"}) {
                INFO(name << " " << lang << " " << size.width() << "x" << size.height());
                REQUIRE(w.captureOpener()->open(QString::fromStdString(test::captureFixture(name)), std::nullopt, false));
                w.player()->toEnd();
                QCoreApplication::processEvents();
                checkTexts(*w.diagram());
                if (std::string_view(name) != "tcp-v4-mid.pcap") {
                    const std::vector<Text> texts = drawnTexts(*w.diagram());
                    CHECK(std::any_of(texts.begin(), texts.end(), [](const Text &t) {
                        return t.kind == Text::Kind::Below && t.full.startsWith(QLatin1Char('['));
                    }));
                }
            }
        }
    }
}
