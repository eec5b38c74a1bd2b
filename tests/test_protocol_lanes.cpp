// TCP and UDP side by side: a trace with both protocols is split into two lanes that follow one
// player, so the handshake and the repaired loss stand beside the datagram that is simply gone.
#include "core/scenario/catalog.h"
#include "core/scenario/scenario_runner.h"
#include "ui/diagram/central_views.h"
#include "ui/diagram/diagram_exporter.h"
#include "ui/diagram/ladder_legend.h"
#include "ui/diagram/ladder_geometry.h"
#include "ui/window/main_window.h"
#include "ui/window/player.h"
#include "ui/diagram/protocol_lanes_view.h"
#include "ui/diagram/protocol_split.h"
#include "ui/diagram/sequence_diagram.h"
#include "tests/test_image_support.h"

#include <QAction>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

#include <map>

using namespace wirestep;

namespace {

std::vector<std::string> recvfroms(const Trace &t)
{
    std::vector<std::string> out;
    for (const auto &e : t.events())
        if (e.kind == EventKind::App && e.node == NodeId::Server && e.call == AppCall::Recvfrom) out.push_back(e.data);
    return out;
}

std::size_t countIf(const Trace &t, const std::function<bool(const TraceEvent &)> &pred)
{
    return static_cast<std::size_t>(std::count_if(t.events().begin(), t.events().end(), pred));
}

// Where a point of a lane's arrow is in an exported PNG (print scale 2): the lane's column, under
// its caption band and its node names.
QPoint exported(const SequenceDiagram &lane, int column, double captionHeight, const LadderLayout::Arrow &a, double t)
{
    const LadderLayout &layout = lane.layout();
    const bool bands = !layout.bands(NodeId::Client).empty() || !layout.bands(NodeId::Server).empty();
    const LadderGeometry g(DiagramExporter::kWidth, 0, LadderGeometry::kHeaderHeight, bands);
    const QPointF p1 = g.point(a.x1, a.y1), p2 = g.point(a.x2, a.y2);
    const QPointF p = p1 + t * (p2 - p1) + QPointF(DiagramExporter::kWidth * column, captionHeight);
    return (2.0 * p).toPoint();
}

} // namespace

TEST_CASE("ProtocolSplit sends each event to the lane of its protocol and maps the player's position", "[lanes]")
{
    const Scenario *s = Catalog::builtIn().find("tcp-vs-udp");
    REQUIRE(s != nullptr);
    const Trace whole = runScenario(*s);
    REQUIRE(ProtocolSplit::hasBothProtocols(whole));
    const ProtocolSplit split(whole);
    CHECK(split.tcp()->size() + split.udp()->size() == whole.size());
    for (const auto &e : split.udp()->events()) {
        if (e.kind == EventKind::App) CHECK((e.call == AppCall::Bind || e.call == AppCall::Sendto || e.call == AppCall::Recvfrom));
        CHECK(e.kind != EventKind::State);
        CHECK(e.kind != EventKind::Timer);
        if (e.kind == EventKind::Send) CHECK(e.seg.proto == Protocol::Udp);
    }
    for (const auto &e : split.tcp()->events())
        if (e.kind == EventKind::Send) CHECK(e.seg.proto == Protocol::Tcp);
    // Ids are 1, 2, 3 ... in each lane; causes stay inside it.
    for (const Trace *lane : {split.tcp().get(), split.udp().get()})
        for (std::size_t i = 0; i < lane->size(); ++i) {
            CHECK((*lane)[i].id == i + 1);
            CHECK((*lane)[i].cause <= (*lane)[i].id);
        }
    CHECK(split.tcpShown(0) == 0);
    CHECK(split.udpShown(0) == 0);
    CHECK(split.tcpShown(static_cast<int>(whole.size())) == static_cast<int>(split.tcp()->size()));
    CHECK(split.udpShown(static_cast<int>(whole.size())) == static_cast<int>(split.udp()->size()));
    CHECK(split.udpToWhole(1) != 0);
    CHECK(whole.byId(split.udpToWhole(1))->call == AppCall::Bind);

    Trace tcpOnly = runScenario(*Catalog::builtIn().find("handshake"));
    CHECK_FALSE(ProtocolSplit::hasBothProtocols(tcpOnly));
    CHECK_FALSE(ProtocolSplit::hasBothProtocols(runScenario(*Catalog::builtIn().find("udp-datagrams"))));
}

TEST_CASE("loading tcp-vs-udp shows TCP and UDP side by side", "[lanes][window]")
{
    MainWindow w;
    w.setLanguage(QStringLiteral("en"));
    REQUIRE(w.showScenarioById("tcp-vs-udp"));
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    CentralViews *central = w.centralViews();
    REQUIRE(central->lanesShown());
    ProtocolLanesView *lanes = central->lanes();
    CHECK(lanes->isVisible());
    CHECK(lanes->left()->isVisible());
    CHECK(lanes->right()->isVisible());
    CHECK(lanes->mode() == ProtocolLanesView::Mode::Protocols);
    CHECK(lanes->leftCaption()->text().contains(QStringLiteral("TCP")));
    CHECK(lanes->rightCaption()->text().contains(QStringLiteral("UDP")));

    const Trace &tcp = lanes->left()->trace();
    const Trace &udp = lanes->right()->trace();
    // The TCP lane: the handshake and a retransmission.
    const auto sends = tcp.ofKind(EventKind::Send);
    REQUIRE(sends.size() >= 3);
    CHECK(sends[0].seg.flags == TcpFlag::SYN);
    CHECK(sends[1].seg.flags == (TcpFlag::SYN | TcpFlag::ACK));
    CHECK(sends[2].seg.flags == TcpFlag::ACK);
    CHECK(countIf(tcp, [](const TraceEvent &e) { return e.kind == EventKind::Send && e.seg.retransmission; }) == 1);
    CHECK(countIf(tcp, [](const TraceEvent &e) { return e.seg.proto == Protocol::Udp && e.kind != EventKind::App; }) == 0);
    // The UDP lane: three datagrams, one lost, two read whole; no TCP at all.
    CHECK(countIf(udp, [](const TraceEvent &e) { return e.kind == EventKind::Send && e.seg.proto == Protocol::Udp; }) == 3);
    CHECK(countIf(udp, [](const TraceEvent &e) { return e.kind == EventKind::Drop; }) == 1);
    CHECK(countIf(udp, [](const TraceEvent &e) { return e.kind == EventKind::State || e.kind == EventKind::Timer; }) == 0);
    CHECK(countIf(udp, [](const TraceEvent &e) { return e.kind == EventKind::Send && e.seg.proto == Protocol::Tcp; }) == 0);
    CHECK(recvfroms(udp) == std::vector<std::string>{"one", "three"});

    // One player drives both lanes.
    w.player()->setIndex(0);
    CHECK(lanes->left()->view().shown == 0);
    CHECK(lanes->right()->view().shown == 0);
    w.player()->toEnd();
    CHECK(lanes->left()->view().shown == tcp.size());
    CHECK(lanes->right()->view().shown == udp.size());
    const int middle = static_cast<int>(w.trace().size() / 2);
    w.player()->setIndex(middle);
    CHECK(lanes->left()->view().shown + lanes->right()->view().shown == static_cast<std::size_t>(middle));

    // The View menu's switch turns the lanes off and on; a TCP-only scenario has one diagram.
    QAction *toggle = central->lanesAction();
    CHECK(toggle->isChecked());
    toggle->trigger();
    CHECK_FALSE(central->lanesShown());
    CHECK(w.diagram()->isVisible());
    toggle->trigger();
    CHECK(central->lanesShown());
    REQUIRE(w.showScenarioById("handshake"));
    CHECK_FALSE(central->lanesShown());
    CHECK(w.diagram()->isVisible());
    REQUIRE(w.showScenarioById("tcp-vs-udp-lossy"));
    CHECK(central->lanesShown());
}

TEST_CASE("in the default window the TCP lane keeps room between its lifelines for whole labels", "[lanes][window][labels]")
{
    MainWindow w;
    w.setLanguage(QStringLiteral("en"));
    w.resize(1600, 1000);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    REQUIRE(w.showScenarioById("tcp-vs-udp"));
    w.player()->toEnd();
    QCoreApplication::processEvents();
    SequenceDiagram *tcp = w.centralViews()->lanes()->left();
    const double width = tcp->viewport()->width();
    CHECK(width < 700); // half of what the docks leave: a narrow diagram
    // The state bands and app-call columns narrow so that the lifelines stay apart...
    const double gap = tcp->toViewport(1.0f, 0).x() - tcp->toViewport(0.0f, 0).x();
    CHECK(gap >= 0.25 * width); // 120 px, a fifth of it, before they narrowed
    // ...and the ACKs' labels, as long as "ACK seq=301 ack=104", are drawn whole.
    const auto &arrows = tcp->layout().arrows();
    int whole = 0;
    for (std::uint32_t i = 0; i < arrows.size(); ++i) {
        const LadderPainter::Label label = tcp->segmentLabel(i);
        if (arrows[i].has(LadderLayout::Lost) || label.full.size() > 19 || label.full.isEmpty()) continue;
        INFO(label.full.toStdString() << " drawn as " << label.text.toStdString());
        CHECK(label.whole());
        ++whole;
    }
    CHECK(whole >= 5);
}

TEST_CASE("TCP and UDP share one time axis: a time is at one height in both lanes, and they scroll together", "[lanes][window][axis]")
{
    for (const char *id : {"tcp-vs-udp", "tcp-vs-udp-lossy"}) {
        INFO(id);
        MainWindow w;
        w.resize(1600, 1000);
        w.show();
        REQUIRE(QTest::qWaitForWindowExposed(&w));
        REQUIRE(w.showScenarioById(id));
        w.player()->toEnd();
        QCoreApplication::processEvents();
        ProtocolLanesView *lanes = w.centralViews()->lanes();
        REQUIRE(w.centralViews()->lanesShown());
        // The highest event at each time, per lane.
        const auto rows = [](const SequenceDiagram &d) {
            std::map<std::int64_t, double> top;
            for (std::size_t i = 0; i < d.trace().size(); ++i) {
                const std::int64_t t = d.trace().timeAt(i);
                const double y = d.layout().eventY(i);
                const auto found = top.find(t);
                if (found == top.end() || y < found->second) top[t] = y;
            }
            return top;
        };
        const auto tcp = rows(*lanes->left());
        const auto udp = rows(*lanes->right());
        int common = 0;
        for (const auto &[t, y] : udp) {
            const auto other = tcp.find(t);
            if (other == tcp.end()) continue;
            INFO("time " << t << " us");
            CHECK(other->second == Approx(y));
            ++common;
        }
        CHECK(common >= 3); // 200 ms, 300 ms and 400 ms at least
        // A time only one lane has still sits where the axis puts it: the lanes are as tall, their
        // folds at the same heights.
        CHECK(lanes->left()->layout().height() == Approx(lanes->right()->layout().height()));
        REQUIRE(lanes->left()->layout().folds().size() == lanes->right()->layout().folds().size());
        for (std::size_t i = 0; i < lanes->left()->layout().folds().size(); ++i)
            CHECK(lanes->left()->layout().folds()[i].y1 == lanes->right()->layout().folds()[i].y1);
        // The width is shared in proportion to what each lane needs, after a resize too.
        for (const QSize size : {QSize(1600, 1000), QSize(1280, 720)}) {
            w.resize(size);
            QCoreApplication::processEvents();
            const double need = lanes->left()->minimumContentWidth() / (lanes->left()->minimumContentWidth() + lanes->right()->minimumContentWidth());
            const double got = double(lanes->left()->width()) / (lanes->left()->width() + lanes->right()->width());
            // (Unless a lane would be narrower than the least a lane keeps.)
            if (std::min(lanes->left()->width(), lanes->right()->width()) > lanes->right()->minimumWidth() + 2) CHECK(got == Approx(need).margin(0.03));
            else CHECK((got < need) == (lanes->right()->width() <= lanes->right()->minimumWidth() + 2));
        }
        w.resize(1600, 1000);
        QCoreApplication::processEvents();
        // One scroll for both.
        lanes->left()->verticalScrollBar()->setValue(300);
        CHECK(lanes->right()->verticalScrollBar()->value() == 300);
        lanes->right()->verticalScrollBar()->setValue(120);
        CHECK(lanes->left()->verticalScrollBar()->value() == 120);
        // The datagram sent at 200 ms leaves the client at the height of the TCP segment sent then.
        const auto sentAt = [](const SequenceDiagram &d, std::int64_t us) {
            for (const auto &a : d.layout().arrows())
                if (d.trace().timeAt(a.sendIndex) == us) return d.toViewport(a.x1, a.y1).y();
            return -1.0;
        };
        CHECK(sentAt(*lanes->left(), 200'000) == Approx(sentAt(*lanes->right(), 200'000)));
    }
}

TEST_CASE("the lanes' captions follow the language", "[lanes][i18n]")
{
    MainWindow w;
    REQUIRE(w.setLanguage(QStringLiteral("zh_CN")));
    REQUIRE(w.showScenarioById("tcp-vs-udp"));
    QCoreApplication::processEvents();
    CHECK(w.centralViews()->lanes()->leftCaption()->text().contains(QStringLiteral("字节流")));
    CHECK(w.centralViews()->lanes()->rightCaption()->text().contains(QStringLiteral("数据报")));
    REQUIRE(w.setLanguage(QStringLiteral("en")));
    QCoreApplication::processEvents();
    CHECK(w.centralViews()->lanes()->leftCaption()->text().contains(QStringLiteral("byte stream")));
}

TEST_CASE("File > Export diagram writes both lanes side by side under their captions, as PNG, SVG and PDF", "[lanes][export]")
{
    MainWindow w;
    w.setLanguage(QStringLiteral("en"));
    REQUIRE(w.showScenarioById("tcp-vs-udp"));
    QCoreApplication::processEvents();
    CentralViews *central = w.centralViews();
    REQUIRE(central->lanesShown());
    ProtocolLanesView *lanes = central->lanes();
    QTemporaryDir dir;
    for (const char *name : {"lanes.png", "lanes.svg", "lanes.pdf"}) {
        const QString path = dir.filePath(QString::fromLatin1(name));
        QString error;
        CHECK(w.exportDiagram(path, &error));
        CHECK(error.isEmpty());
        CHECK(QFileInfo(path).size() > 1000);
    }

    // PNG: two diagrams wide at print resolution, as tall as the longer lane with its caption band.
    const QImage png(dir.filePath(QStringLiteral("lanes.png")));
    REQUIRE_FALSE(png.isNull());
    CHECK(png.width() == 2 * 2200);
    const double longer = std::max(lanes->left()->layout().height(), lanes->right()->layout().height());
    const double legend = LadderLegend::height(2 * DiagramExporter::kWidth); // at the foot, across both lanes
    CHECK(png.height() == 2 * static_cast<int>(std::ceil(DiagramExporter::kCaptionHeight + LadderGeometry::kHeaderHeight + longer) + legend));
    CHECK(png.pixelColor(5, png.height() - 5) == QColor(Qt::white));
    // The caption band is drawn above each lane, not white.
    CHECK(png.pixelColor(10, 10) != QColor(Qt::white));
    CHECK(png.pixelColor(2200 + 10, 10) != QColor(Qt::white));
    // Ink along arrows of both lanes: the TCP lane's SYN on the left, the UDP datagrams on the right.
    const auto &tcpArrows = lanes->left()->layout().arrows();
    const auto &udpArrows = lanes->right()->layout().arrows();
    REQUIRE_FALSE(tcpArrows.empty());
    REQUIRE(udpArrows.size() == 3);
    for (const double t : {0.25, 0.75}) {
        const QPoint left = exported(*lanes->left(), 0, DiagramExporter::kCaptionHeight, tcpArrows[0], t);
        CHECK(left.x() < 2200);
        CHECK(darkest(png, left).lightness() < 110);
        for (const auto &a : udpArrows) {
            const QPoint right = exported(*lanes->right(), 1, DiagramExporter::kCaptionHeight, a, t);
            CHECK(right.x() > 2200);
            CHECK(darkest(png, right).lightness() < 110);
        }
    }

    // SVG: both captions and both lanes' labels, as text.
    QFile svgFile(dir.filePath(QStringLiteral("lanes.svg")));
    REQUIRE(svgFile.open(QIODevice::ReadOnly));
    const QString svg = QString::fromUtf8(svgFile.readAll());
    CHECK(svg.contains(QStringLiteral("TCP: a connection and a byte stream")));
    CHECK(svg.contains(QStringLiteral("UDP: datagrams, no connection")));
    CHECK(svg.contains(QStringLiteral("SYN seq=")));
    CHECK(svg.contains(QStringLiteral("UDP ")));
    CHECK(svg.contains(QStringLiteral(" len=")));
    CHECK(svg.contains(QStringLiteral("viewBox=\"0 0 2200 ")));

    // PDF: pages two diagrams wide (2200 px at 96 dpi = 1650 pt).
    QFile pdfFile(dir.filePath(QStringLiteral("lanes.pdf")));
    REQUIRE(pdfFile.open(QIODevice::ReadOnly));
    CHECK(pdfFile.readAll().contains("/MediaBox [0 0 1650"));

    // With the lanes switched off, the single diagram exports as before: one diagram wide, no captions.
    central->lanesAction()->trigger();
    REQUIRE_FALSE(central->lanesShown());
    const QString single = dir.filePath(QStringLiteral("single.png"));
    REQUIRE(w.exportDiagram(single));
    const QImage one(single);
    CHECK(one.width() == 2200);
    CHECK(one.height() == 2 * static_cast<int>(std::ceil(LadderGeometry::kHeaderHeight + w.diagram()->layout().height()) + LadderLegend::height(DiagramExporter::kWidth)));
    const QString singleSvg = dir.filePath(QStringLiteral("single.svg"));
    REQUIRE(w.exportDiagram(singleSvg));
    QFile oneSvg(singleSvg);
    REQUIRE(oneSvg.open(QIODevice::ReadOnly));
    const QString oneText = QString::fromUtf8(oneSvg.readAll());
    CHECK(oneText.contains(QStringLiteral("viewBox=\"0 0 1100 ")));
    CHECK_FALSE(oneText.contains(QStringLiteral("TCP: a connection and a byte stream")));
    CHECK(oneText.contains(QStringLiteral("SYN seq=")));
    CHECK(oneText.contains(QStringLiteral("UDP ")));
}

TEST_CASE("a comparison exports both traces side by side under their captions", "[lanes][export]")
{
    MainWindow w;
    w.setLanguage(QStringLiteral("en"));
    const Scenario *handshake = Catalog::builtIn().find("handshake");
    const Scenario *lost = Catalog::builtIn().find("handshake-lost-syn");
    REQUIRE(handshake);
    REQUIRE(lost);
    w.centralViews()->showComparison(std::make_shared<const Trace>(runScenario(*handshake)), [] { return QStringLiteral("Left caption"); },
                                     std::make_shared<const Trace>(runScenario(*lost)), [] { return QStringLiteral("Right caption"); });
    REQUIRE(w.centralViews()->lanesShown());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("compare.svg"));
    REQUIRE(w.exportDiagram(path));
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QString svg = QString::fromUtf8(f.readAll());
    CHECK(svg.contains(QStringLiteral("Left caption")));
    CHECK(svg.contains(QStringLiteral("Right caption")));
    CHECK(svg.count(QStringLiteral("SYN seq=100")) >= 3); // the handshake's one, the lost one and its retransmission
}
