// Live mode in the window: a lab on loopback sockets grows in the same diagram and event list,
// with the kernel's TCP states; "Compare with simulation" puts the catalog scenario beside it.
#include "core/live/lab_registry.h"
#include "ui/diagram/central_views.h"
#include "ui/live/live_mode.h"
#include "ui/live/live_panel.h"
#include "ui/window/main_window.h"
#include "ui/window/player.h"
#include "ui/diagram/protocol_lanes_view.h"
#include "ui/diagram/sequence_diagram.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <catch2/catch.hpp>

using namespace wirestep;

namespace {

bool hasApp(const Trace &t, NodeId node, AppCall call, const std::string &data = {})
{
    for (const auto &e : t.events())
        if (e.kind == EventKind::App && e.node == node && e.call == call && (data.empty() || e.data == data)) return true;
    return false;
}

} // namespace

TEST_CASE("the Live dock lists every lab with its description", "[live][window]")
{
    MainWindow w;
    w.setLanguage(QStringLiteral("en"));
    LiveMode *live = w.liveMode();
    const auto labs = LabRegistry::labs();
    REQUIRE(live->panel()->labList()->count() == static_cast<int>(labs.size()));
    for (int i = 0; i < live->panel()->labList()->count(); ++i) {
        const QString text = live->panel()->labList()->item(i)->text();
        CHECK(text.startsWith(labs[static_cast<std::size_t>(i)].id));
        CHECK(text.contains(LabRegistry::describe(labs[static_cast<std::size_t>(i)])));
    }
    CHECK(live->menu()->menuAction()->isVisible());
    CHECK(w.menuBar()->actions().contains(live->menu()->menuAction()));
    CHECK_FALSE(live->compareAction()->isEnabled());
    CHECK(LiveMode::scenarioFor(QStringLiteral("echo")) == QStringLiteral("echo"));
    CHECK(LiveMode::scenarioFor(QStringLiteral("refused-reset")) == QStringLiteral("rst-closed-port"));
    CHECK(LiveMode::scenarioFor(QStringLiteral("time-wait")) == QStringLiteral("teardown"));
    CHECK(LiveMode::scenarioFor(QStringLiteral("stream-vs-datagram")) == QStringLiteral("udp-datagrams"));
}

TEST_CASE("the echo lab runs from the window and its trace grows in the diagram", "[live][window]")
{
    MainWindow w;
    w.setLanguage(QStringLiteral("en"));
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    LiveMode *live = w.liveMode();
    live->panel()->selectLab(QStringLiteral("echo"));
    live->panel()->messageEdit()->setText(QStringLiteral("hi there"));
    QSignalSpy started(live, &LiveMode::labStarted);
    QSignalSpy finished(live, &LiveMode::labFinished);
    QTest::mouseClick(live->panel()->startButton(), Qt::LeftButton);
    REQUIRE(started.count() == 1);
    CHECK(live->isRunning());
    CHECK(live->stopAction()->isEnabled());
    CHECK_FALSE(live->panel()->startButton()->isEnabled());
    REQUIRE(finished.wait(20000));
    CHECK_FALSE(live->isRunning());

    // The window shows the whole live trace, with the player at its end.
    const Trace &t = w.diagram()->trace();
    REQUIRE(t.size() == live->liveTrace().size());
    CHECK(&t == &w.trace());
    CHECK(w.player()->index() == static_cast<int>(t.size()));
    CHECK(hasApp(t, NodeId::Client, AppCall::Connect));
    CHECK(hasApp(t, NodeId::Client, AppCall::Send, "hi there"));
    CHECK(hasApp(t, NodeId::Server, AppCall::Recv, "hi there"));
    CHECK(hasApp(t, NodeId::Client, AppCall::Recv, "hi there"));
    CHECK(hasApp(t, NodeId::Client, AppCall::Close));
    const auto client = t.statesOf(NodeId::Client);
    CHECK(std::find(client.begin(), client.end(), TcpState::Established) != client.end());
    // The kernel's states are state bands on the lifelines.
    bool established = false;
    for (const auto &band : w.diagram()->layout().bands(NodeId::Client)) established = established || band.state == TcpState::Established;
    CHECK(established);
    CHECK(w.windowTitle().contains(QStringLiteral("echo")));
    // A note the lab left (no capture permission ...) is shown in the dock's banner.
    CHECK(live->panel()->notesBanner()->isVisibleTo(live->panel()) == !live->notes().isEmpty());

    // Compare with simulation: the live trace beside the echo scenario.
    REQUIRE(live->compareAction()->isEnabled());
    live->compareAction()->trigger();
    CentralViews *central = w.centralViews();
    REQUIRE(central->lanesShown());
    ProtocolLanesView *lanes = central->lanes();
    CHECK(lanes->mode() == ProtocolLanesView::Mode::Comparison);
    CHECK(lanes->left()->isVisible());
    CHECK(lanes->right()->isVisible());
    CHECK(lanes->left()->trace().size() == live->liveTrace().size());
    CHECK(hasApp(lanes->right()->trace(), NodeId::Client, AppCall::Send, "hello!"));
    CHECK(lanes->leftCaption()->text().contains(QStringLiteral("Live")));
    CHECK(lanes->rightCaption()->text().contains(QStringLiteral("Simulation")));
    w.player()->setIndex(0);
    CHECK(lanes->right()->view().shown == 0);
    w.player()->toEnd();
    CHECK(lanes->right()->view().shown == lanes->right()->trace().size());

    // Opening a scenario ends the comparison.
    REQUIRE(w.showScenarioById("handshake"));
    CHECK_FALSE(central->lanesShown());
}

TEST_CASE("a lab can be stopped from the Live menu", "[live][window]")
{
    MainWindow w;
    LiveMode *live = w.liveMode();
    QSignalSpy finished(live, &LiveMode::labFinished);
    REQUIRE(live->start(QStringLiteral("chat")));
    live->stopAction()->trigger();
    CHECK(finished.count() == 1);
    CHECK_FALSE(live->isRunning());
    CHECK_FALSE(live->start(QStringLiteral("no-such-lab")));
}
