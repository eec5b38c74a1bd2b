// TCP and UDP side by side: a trace with both protocols is split into two lanes that follow one
// player, so the handshake and the repaired loss stand beside the datagram that is simply gone.
#include "core/scenario/catalog.h"
#include "core/scenario/scenario_runner.h"
#include "ui/central_views.h"
#include "ui/main_window.h"
#include "ui/player.h"
#include "ui/protocol_lanes_view.h"
#include "ui/protocol_split.h"
#include "ui/sequence_diagram.h"

#include <QAction>
#include <QLabel>
#include <QTest>
#include <catch2/catch.hpp>

using namespace wirestep;

namespace {

std::vector<std::string> recvfroms(const Trace &t)
{
    std::vector<std::string> out;
    for (const auto &e : t.events())
        if (e.kind == EventKind::App && e.node == NodeId::Server && e.call == "recvfrom") out.push_back(e.data);
    return out;
}

std::size_t countIf(const Trace &t, const std::function<bool(const TraceEvent &)> &pred)
{
    return static_cast<std::size_t>(std::count_if(t.events().begin(), t.events().end(), pred));
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
        if (e.kind == EventKind::App) CHECK((e.call == "bind" || e.call == "sendto" || e.call == "recvfrom"));
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
    CHECK(whole.byId(split.udpToWhole(1))->call == "bind");

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
