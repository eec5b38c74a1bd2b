// Presentation mode (F11): full screen, the docks hidden except those chosen, the presentation's
// own zoom, and the current event's sentence in large type under the diagram; leaving it brings the
// window back as it was. At both classroom sizes and in both languages.
#include "core/narration/narrator.h"
#include "ui/diagram/central_views.h"
#include "ui/diagram/sequence_diagram.h"
#include "ui/panels/panel_docks.h"
#include "ui/window/main_window.h"
#include "ui/window/narration_caption.h"
#include "ui/window/player.h"
#include "ui/window/player_bar.h"
#include "ui/window/presentation_mode.h"
#include "ui/window/zoom_control.h"

#include <QAction>
#include <QDockWidget>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTest>
#include <QToolBar>
#include <catch2/catch.hpp>

using namespace wirestep;

namespace {

QStringList visibleDocks(const MainWindow &w)
{
    QStringList names;
    for (QDockWidget *d : w.findChildren<QDockWidget *>())
        if (d->isVisible()) names << d->objectName();
    names.sort();
    return names;
}

} // namespace

TEST_CASE("F11 presents: full screen, no docks, the zoom of presentations and the sentence of the current event", "[presentation]")
{
    for (const char *lang : {"en", "zh_CN"}) {
        for (const QSize size : {QSize(1024, 768), QSize(1280, 720), QSize(1600, 1000)}) {
            INFO(lang << " " << size.width() << "x" << size.height());
            QSettings().remove(QStringLiteral("presentation"));
            QSettings().remove(QStringLiteral("ui/zoom"));
            MainWindow w;
            REQUIRE(w.setLanguage(QString::fromLatin1(lang)));
            REQUIRE(w.showScenarioById("handshake"));
            w.resize(size);
            w.show();
            w.activateWindow();
            REQUIRE(QTest::qWaitForWindowActive(&w));
            const QStringList docksBefore = visibleDocks(w);
            REQUIRE_FALSE(docksBefore.isEmpty());
            CHECK_FALSE(w.caption()->isVisible());

            QTest::keyClick(&w, Qt::Key_F11);
            QCoreApplication::processEvents();
            REQUIRE(w.presentation()->isActive());
            CHECK(w.presentation()->action()->isChecked());
            CHECK(w.windowState().testFlag(Qt::WindowFullScreen));
            CHECK(visibleDocks(w).isEmpty());
            CHECK_FALSE(w.statusBar()->isVisible());
            CHECK(w.playerBar()->isVisible()); // the teacher plays from it
            // The largest zoom up to 150 % at which the diagram fits the screen's width.
            const double zoom = w.zoom()->zoom();
            const double screen = w.screen()->geometry().width();
            CHECK(zoom == PresentationMode::firstZoom(screen, w.centralViews()->neededWidth()));
            CHECK(zoom >= PresentationMode::kLeastZoom);
            CHECK(zoom <= PresentationMode::kDefaultZoom);
            CHECK(w.diagram()->zoom() == zoom);

            // The caption: under the diagram, in large type, telling what the player shows.
            NarrationCaption *caption = w.caption();
            CHECK(caption->isVisible());
            CHECK(caption->mapTo(&w, QPoint()).y() >= w.diagram()->mapTo(&w, QPoint()).y() + w.diagram()->height());
            CHECK(QFontInfo(caption->font()).pixelSize() >= 2 * 12); // twice a segment label at 100 %
            CHECK_FALSE(caption->text().isEmpty()); // at the start: how to play
            QTest::keyClick(&w, Qt::Key_Right);
            QTest::keyClick(&w, Qt::Key_Right);
            REQUIRE(w.player()->index() == 2);
            CHECK(caption->text() == Narrator::sentence(w.trace()[1]));
            // The whole sentence fits the caption's width (it wraps, it is not cut).
            CHECK(caption->heightForWidth(caption->width()) <= caption->height());

            // Esc (or F11 again) leaves: the docks, the zoom and the window as they were.
            QTest::keyClick(&w, Qt::Key_Escape);
            QCoreApplication::processEvents();
            CHECK_FALSE(w.presentation()->isActive());
            CHECK_FALSE(w.windowState().testFlag(Qt::WindowFullScreen));
            CHECK(visibleDocks(w) == docksBefore);
            CHECK(w.zoom()->zoom() == 1.0);
            CHECK(w.statusBar()->isVisible());
            CHECK_FALSE(caption->isVisible());
        }
    }
}

TEST_CASE("the first zoom of presentations is the largest step up to 150 % at which the diagram fits, at least 125 %", "[presentation]")
{
    CHECK(PresentationMode::firstZoom(1024, 600) == 1.5);
    CHECK(PresentationMode::firstZoom(1024, 800) == 1.25);
    CHECK(PresentationMode::firstZoom(1920, 1000) == 1.5); // never above it
    CHECK(PresentationMode::firstZoom(1024, 2000) == 1.25);     // too wide anyway: it scrolls
}

TEST_CASE("presentation mode remembers the docks shown in it and its own zoom, apart from the window's", "[presentation]")
{
    QSettings().remove(QStringLiteral("presentation"));
    QSettings().remove(QStringLiteral("ui/zoom"));
    double chosen = 0;
    {
        MainWindow w;
        REQUIRE(w.showScenarioById("teardown"));
        w.resize(1024, 768);
        w.show();
        REQUIRE(QTest::qWaitForWindowExposed(&w));
        w.zoom()->setZoom(1.1);
        w.presentation()->action()->trigger();
        REQUIRE(w.presentation()->isActive());
        // The teacher shows the state diagram and zooms out a step.
        w.panels()->stateDock()->toggleViewAction()->trigger();
        CHECK(visibleDocks(w) == QStringList{QStringLiteral("stateDiagramDock")});
        const double first = w.zoom()->zoom();
        w.zoom()->zoomOutAction()->trigger();
        chosen = w.zoom()->zoom();
        CHECK(chosen < first);
        w.presentation()->action()->trigger();
        CHECK(w.zoom()->zoom() == 1.1); // the window's own
        CHECK(QSettings().value(QStringLiteral("ui/zoom")).toDouble() == 1.1);
    }
    MainWindow again; // another session on the same machine
    REQUIRE(again.showScenarioById("teardown"));
    again.resize(1024, 768);
    again.show();
    REQUIRE(QTest::qWaitForWindowExposed(&again));
    CHECK(again.zoom()->zoom() == 1.1);
    again.presentation()->setActive(true);
    CHECK(visibleDocks(again) == QStringList{QStringLiteral("stateDiagramDock")});
    CHECK(again.zoom()->zoom() == chosen);
    // Closing the window while presenting remembers the window's layout, not the presentation's.
    again.close();
    CHECK(QSettings().value(QStringLiteral("ui/zoom")).toDouble() == 1.1);

    // Nonsense in the settings: no docks, the default zoom.
    QSettings().setValue(QStringLiteral("presentation/zoom"), QStringLiteral("huge"));
    QSettings().setValue(QStringLiteral("presentation/docks"), 42);
    MainWindow third;
    third.show();
    third.presentation()->setActive(true);
    CHECK(third.zoom()->zoom() == PresentationMode::firstZoom(third.screen()->geometry().width(), third.centralViews()->neededWidth()));
    CHECK(visibleDocks(third).isEmpty());
    third.presentation()->setActive(false);
    QSettings().remove(QStringLiteral("presentation"));
    QSettings().remove(QStringLiteral("ui/zoom"));
}
