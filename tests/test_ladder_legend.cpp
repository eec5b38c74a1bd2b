// The legend: every kind of mark drawn as the diagram draws it, beside its words, in columns that
// fit; under the diagram on request (View ▸ Legend) and always at the foot of an export. And the
// two marks it names that have words of their own: a keepalive probe and a duplicate ACK.
#include "core/trace/trace_facts.h"
#include "tests/catalog_runs.h"
#include "tests/test_image_support.h"
#include "ui/diagram/central_views.h"
#include "ui/diagram/diagram_exporter.h"
#include "ui/diagram/ladder_legend.h"
#include "ui/diagram/legend_view.h"
#include "ui/diagram/sequence_diagram.h"
#include "ui/window/main_window.h"
#include "ui/window/player.h"

#include <QAction>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

#include <algorithm>

using namespace wirestep;

namespace {

bool isBackground(QColor c, LadderStyle::Theme t) { return c == LadderStyle::background(t); }

// How many pixels in `r` are not the background, and whether one of them is close to `hue`.
struct Ink {
    int pixels = 0;
    bool hasColour = false;
};
Ink inkIn(const QImage &img, QRect r, LadderStyle::Theme t, const QColor &hue)
{
    Ink ink;
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x) {
            const QColor c = img.pixelColor(x, y);
            if (isBackground(c, t)) continue;
            ++ink.pixels;
            if (std::abs(c.red() - hue.red()) + std::abs(c.green() - hue.green()) + std::abs(c.blue() - hue.blue()) < 60)
                ink.hasColour = true;
        }
    return ink;
}

} // namespace

TEST_CASE("the legend draws every kind of mark in columns that fit its width, and reads in both languages", "[legend]")
{
  for (const bool capture : {false, true}) {
    INFO((capture ? "a capture's legend" : "a simulation's legend"));
    for (const double width : {500.0, 700.0, 1100.0, 2200.0}) {
        INFO("width " << width);
        const std::vector<QRectF> r = LadderLegend::place(width, capture);
        REQUIRE(r.size() == LadderLegend::entries(capture).size());
        for (std::size_t i = 0; i < r.size(); ++i) {
            CHECK(r[i].right() <= std::max(width, r[i].width() + 2 * LadderLegend::kPadding));
            for (std::size_t j = i + 1; j < r.size(); ++j) CHECK_FALSE(r[i].intersects(r[j]));
        }
    }
    CHECK(LadderLegend::height(2200, capture) < LadderLegend::height(700, capture)); // wider: fewer rows
    CHECK(LadderLegend::height(700, capture) <= LadderLegend::height(500, capture));

    for (const LadderStyle::Theme theme : {LadderStyle::Theme::Light, LadderStyle::Theme::Dark}) {
        const double width = 1100;
        QImage img(static_cast<int>(width), static_cast<int>(LadderLegend::height(width, capture)), QImage::Format_RGB32);
        img.fill(Qt::magenta);
        {
            QPainter p(&img);
            LadderLegend::paint(p, QRectF(0, 0, img.width(), img.height()), theme, capture);
        }
        const std::vector<QRectF> where = LadderLegend::place(width, capture);
        for (std::size_t i = 0; i < where.size(); ++i) {
            const LadderLegend::Entry e = LadderLegend::entries(capture)[i];
            INFO("entry " << i << ": " << LadderLegend::text(e).toStdString());
            const QRect sample = QRectF(where[i].topLeft(), QSizeF(LadderLegend::kSampleWidth, where[i].height())).toRect();
            const QRect words = QRectF(where[i].left() + LadderLegend::kSampleWidth, where[i].top(), where[i].width() - LadderLegend::kSampleWidth, where[i].height()).toRect();
            QColor hue = LadderStyle::ink(theme);
            if (e == LadderLegend::Entry::Retransmission) hue = LadderStyle::retransmission(theme);
            if (e == LadderLegend::Entry::Lost || e == LadderLegend::Entry::Link) hue = LadderStyle::lost(theme);
            if (e == LadderLegend::Entry::State || e == LadderLegend::Entry::InferredState) hue = LadderStyle::state(TcpState::Established, theme);
            if (e == LadderLegend::Entry::TimeWait) hue = LadderStyle::state(TcpState::TimeWait, theme);
            if (e == LadderLegend::Entry::Timer) hue = LadderStyle::retransmission(theme);
            if (e == LadderLegend::Entry::AppCall || e == LadderLegend::Entry::Datagram || e == LadderLegend::Entry::Fold)
                hue = LadderStyle::node(NodeId::Client, theme);
            const Ink mark = inkIn(img, sample, theme, hue);
            CHECK(mark.pixels > 40);
            CHECK(mark.hasColour);
            CHECK(inkIn(img, words, theme, LadderStyle::ink(theme)).pixels > 40);
        }
        if (capture) {
            // An inferred state's stripe along the lifeline is dashed: some of its rows have the
            // state's colour, not all (a seen state's stripe is whole).
            const auto at = std::find(LadderLegend::entries(true).begin(), LadderLegend::entries(true).end(), LadderLegend::Entry::InferredState);
            const QRectF r = where[static_cast<std::size_t>(at - LadderLegend::entries(true).begin())];
            const int stripeX = static_cast<int>(r.left()) + 10 + static_cast<int>(LadderLegend::kSampleWidth) - 24 - 2;
            int coloured = 0, rows = 0;
            for (int y = static_cast<int>(r.top()) + 4; y < static_cast<int>(r.bottom()) - 4; ++y, ++rows)
                if (inkIn(img, QRect(stripeX, y, 1, 1), theme, LadderStyle::state(TcpState::Established, theme)).hasColour) ++coloured;
            CHECK(coloured > rows / 4);
            CHECK(coloured < rows);
        }
    }
  }
}

TEST_CASE("View > Legend shows the legend under the diagram, is remembered, and the window keeps its size", "[legend][window]")
{
    QSettings().remove(QStringLiteral("ui/legend"));
    for (const char *lang : {"en", "zh_CN"}) {
        for (const QSize size : {QSize(1024, 768), QSize(1600, 1000)}) {
            INFO(lang << " " << size.width() << "x" << size.height());
            MainWindow w;
            REQUIRE(w.setLanguage(QString::fromLatin1(lang)));
            REQUIRE(w.showScenarioById("teardown"));
            w.resize(size);
            w.show();
            w.activateWindow();
            REQUIRE(QTest::qWaitForWindowActive(&w));
            CHECK_FALSE(w.legend()->isVisible()); // off at first
            QTest::keyClick(&w, Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
            QCoreApplication::processEvents();
            REQUIRE(w.legend()->isVisible());
            CHECK(w.size() == size);
            // Under the diagram, across its width, with the diagram keeping most of the height.
            const QRect diagram(w.centralViews()->mapTo(&w, QPoint()), w.centralViews()->size());
            const QRect legend(w.legend()->mapTo(&w, QPoint()), w.legend()->size());
            CHECK(legend.top() >= diagram.bottom());
            CHECK(legend.width() == diagram.width());
            CHECK(legend.height() >= 2 * LadderLegend::kRowHeight);
            CHECK(diagram.height() > legend.height());
            // In the window's language.
            const QString words = LadderLegend::text(LadderLegend::Entry::DuplicateAck);
            CHECK(words.contains(QLatin1String(lang) == QLatin1String("zh_CN") ? QStringLiteral("重复确认") : QStringLiteral("duplicate ACK")));
            CHECK(QSettings().value(QStringLiteral("ui/legend")).toBool());
            {
                MainWindow again;
                CHECK(again.legendAction()->isChecked());
            }
            w.legendAction()->trigger();
            CHECK_FALSE(w.legend()->isVisible());
            CHECK_FALSE(QSettings().value(QStringLiteral("ui/legend")).toBool());
        }
    }
    QSettings().setValue(QStringLiteral("ui/legend"), QStringLiteral("maybe"));
    MainWindow nonsense;
    CHECK_FALSE(nonsense.legendAction()->isChecked());
    QSettings().remove(QStringLiteral("ui/legend"));
}

TEST_CASE("an export always ends with the legend, whether or not the window shows it", "[legend][export]")
{
    MainWindow w;
    w.setLanguage(QStringLiteral("en"));
    REQUIRE(w.showScenarioById("handshake"));
    CHECK_FALSE(w.legendAction()->isChecked());
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("h.png"));
    const QString svg = dir.filePath(QStringLiteral("h.svg"));
    const QString pdf = dir.filePath(QStringLiteral("h.pdf"));
    REQUIRE(w.exportDiagram(png));
    REQUIRE(w.exportDiagram(svg));
    REQUIRE(w.exportDiagram(pdf));
    const DiagramExporter exporter(w.diagram()->layout(), w.trace());
    const QImage image(png);
    CHECK(image.height() == 2 * static_cast<int>(exporter.height()));
    // The legend's band at the foot has the marks: dark ink where the first sample's arrow is.
    const int top = 2 * static_cast<int>(exporter.height() - exporter.legendHeight());
    const std::vector<QRectF> where = LadderLegend::place(exporter.width());
    const QRect first = QRectF(where[0].topLeft() * 2, QSizeF(LadderLegend::kSampleWidth, where[0].height()) * 2).toRect().translated(0, top);
    CHECK(inkIn(image, first, LadderStyle::Theme::Light, LadderStyle::ink()).hasColour);
    QFile f(svg);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    for (const LadderLegend::Entry e : LadderLegend::entries()) CHECK(text.contains(LadderLegend::text(e).toHtmlEscaped().left(12)));
    QFile p(pdf);
    REQUIRE(p.open(QIODevice::ReadOnly));
    CHECK(p.size() > 1000);
}

TEST_CASE("duplicate ACKs are counted under their arrows, and a keepalive probe is named under its own", "[legend][labels]")
{
    SequenceDiagram d;
    d.resize(1400, 3000);
    d.show();
    d.setTrace(test::sharedCatalogRun("data-transfer-loss"));
    d.setCurrent(static_cast<int>(d.trace().size()), 0);
    // The notes come from the trace's facts (FactTracker), as the narration's do.
    const auto dupAckOf = [&d](const LadderLayout::Arrow &a) {
        return a.has(LadderLayout::Duplicate) ? 0 : d.trace().facts()[a.sendIndex].dupAck;
    };
    std::vector<int> counts;
    for (std::uint32_t i = 0; i < d.layout().arrows().size(); ++i) {
        const LadderLayout::Arrow &a = d.layout().arrows()[i];
        if (dupAckOf(a) == 0) continue;
        counts.push_back(dupAckOf(a));
        const Segment &s = d.trace()[a.sendIndex].seg;
        CHECK(s.flags == TcpFlag::ACK); // pure ACKs only
        CHECK(s.payload.empty());
        CHECK(d.timerLabel(i).full == QStringLiteral("dup ACK #%1").arg(dupAckOf(a)));
    }
    // The lost segment makes the receiver repeat its ACK: 1, 2, 3 ... in a row (fast retransmit).
    REQUIRE(counts.size() >= 3);
    CHECK(counts[0] == 1);
    CHECK(counts[1] == 2);
    CHECK(counts[2] == 3);
    // The handshake's ACKs are not duplicates.
    d.setTrace(test::sharedCatalogRun("handshake"));
    for (const auto &a : d.layout().arrows()) CHECK(dupAckOf(a) == 0);

    d.setTrace(test::sharedCatalogRun("keepalive-alive-peer"));
    d.setCurrent(static_cast<int>(d.trace().size()), 0);
    int probes = 0;
    for (std::uint32_t i = 0; i < d.layout().arrows().size(); ++i) {
        const LadderLayout::Arrow &a = d.layout().arrows()[i];
        if (!a.has(LadderLayout::Keepalive)) {
            CHECK(dupAckOf(a) == 0); // the answers to probes acknowledge nothing outstanding
            continue;
        }
        ++probes;
        CHECK(d.timerLabel(i).full == QStringLiteral("keepalive probe"));
    }
    CHECK(probes > 0);
}

TEST_CASE("a tail loss probe is named as one under its arrow, never as a timeout", "[legend][labels]")
{
    // The linux profile probes the lost tail of data-transfer-loss (RFC 8985 §7) on the
    // retransmission timer: the note says the probe, not the RTO.
    const Scenario *s = Catalog::builtIn().find("data-transfer-loss");
    REQUIRE(s != nullptr);
    RunOptions o;
    o.profile = TimerProfile::Linux;
    SequenceDiagram d;
    d.resize(1400, 3000);
    d.show();
    d.setTrace(std::make_shared<const Trace>(runScenario(*s, o)));
    d.setCurrent(static_cast<int>(d.trace().size()), 0);
    int probes = 0;
    for (std::uint32_t i = 0; i < d.layout().arrows().size(); ++i) {
        const LadderLayout::Arrow &a = d.layout().arrows()[i];
        if (a.has(LadderLayout::Duplicate)) continue;
        const Segment &seg = d.trace()[a.sendIndex].seg;
        const QString note = d.timerLabel(i).full;
        INFO("arrow " << i << ": " << note.toStdString());
        if (seg.sendCause == SendCause::TailLossProbe) {
            ++probes;
            CHECK(note == QStringLiteral("tail loss probe"));
        } else if (seg.sendCause == SendCause::Timeout) {
            CHECK(note.startsWith(QStringLiteral("timeout (RTO ")));
        }
        CHECK_FALSE((seg.sendCause != SendCause::Timeout && note.contains(QStringLiteral("RTO"))));
    }
    CHECK(probes > 0);
}
