#include "core/scenario/catalog.h"
#include "ui/panels/event_list.h"
#include "ui/window/main_window.h"
#include "ui/panels/packet_inspector.h"
#include "ui/panels/panel_docks.h"
#include "ui/window/player.h"
#include "ui/panels/reference_panel.h"
#include "ui/diagram/sequence_diagram.h"
#include "ui/panels/state_diagram.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <catch2/catch.hpp>

using namespace wirestep;

namespace {

QMenu *viewMenu(MainWindow &w)
{
    for (QAction *a : w.menuBar()->actions())
        if (a->menu() && a->menu()->actions().contains(w.panels()->stateDock()->toggleViewAction())) return a->menu();
    return nullptr;
}

} // namespace

TEST_CASE("the window has the state diagram and the inspector as tabified docks on the right", "[panels]")
{
    MainWindow w;
    REQUIRE(w.panels() != nullptr);
    QDockWidget *state = w.panels()->stateDock();
    QDockWidget *inspector = w.panels()->inspectorDock();
    CHECK(w.dockWidgetArea(state) == Qt::RightDockWidgetArea);
    CHECK(w.dockWidgetArea(inspector) == Qt::RightDockWidgetArea);
    CHECK(w.tabifiedDockWidgets(state).contains(inspector));
    CHECK(state->windowTitle() == QStringLiteral("State diagram"));
    QMenu *view = viewMenu(w);
    REQUIRE(view != nullptr);
    CHECK(view->actions().contains(inspector->toggleViewAction()));
    CHECK_FALSE(inspector->toggleViewAction()->shortcut().isEmpty());
}

TEST_CASE("the panels follow the player, and a click on a state moves it", "[panels]")
{
    MainWindow w;
    REQUIRE(w.showScenarioById("teardown"));
    StateDiagram *states = w.panels()->stateDiagram();
    CHECK(states->litState(NodeId::Client) == TcpState::Closed);
    CHECK(states->shown() == 0); // a scenario opens at its start
    w.player()->toEnd();
    CHECK(states->shown() == static_cast<int>(w.trace().size()));
    w.player()->toStart();
    CHECK(states->shown() == 0);
    CHECK(w.panels()->inspector()->eventId() == 0);
    Q_EMIT states->shownRequested(12);
    CHECK(w.player()->index() == 12);
    CHECK(states->shown() == 12);
    // The inspector shows the last segment shown, or the one chosen in the diagram.
    const std::optional<TraceEvent> e = w.trace().byId(w.panels()->inspector()->eventId());
    REQUIRE(e.has_value());
    CHECK(e->id <= 12);
    Q_EMIT w.diagram()->eventSelected(4);
    CHECK(w.panels()->inspector()->eventId() == 4);
}

TEST_CASE("the Practice menu turns predict mode on: its dock shows and the player waits for an answer", "[panels]")
{
    MainWindow w;
    REQUIRE(w.showScenarioById("handshake"));
    QAction *predict = w.panels()->predictAction();
    bool inPracticeMenu = false;
    for (QAction *a : w.menuBar()->actions())
        if (a->menu() && a->menu()->actions().contains(predict)) inPracticeMenu = a->text() == QStringLiteral("&Practice");
    CHECK(inPracticeMenu);
    CHECK(w.panels()->predictDock()->isHidden());
    predict->trigger();
    CHECK_FALSE(w.panels()->predictDock()->isHidden());
    CHECK(w.player()->index() < static_cast<int>(w.trace().size()));
    const int stop = w.player()->index();
    w.player()->toEnd();
    QCoreApplication::processEvents();
    CHECK(w.player()->index() == stop);
    // Every view went back with the player.
    CHECK(w.panels()->stateDiagram()->shown() == stop);
    CHECK(w.eventList()->view()->currentIndex().row() == stop - 1);
    predict->trigger();
    w.player()->toEnd();
    CHECK(w.player()->index() == static_cast<int>(w.trace().size()));
}

TEST_CASE("a button of the reference opens its scenario", "[panels]")
{
    MainWindow w;
    REQUIRE(w.showScenarioById("handshake"));
    auto *button = w.panels()->reference()->findChild<QPushButton *>(QStringLiteral("show-udp-datagrams"));
    REQUIRE(button != nullptr);
    button->click();
    REQUIRE(w.scenario().has_value());
    CHECK(w.scenario()->id == "udp-datagrams");
}
