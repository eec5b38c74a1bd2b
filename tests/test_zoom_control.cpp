// View ▸ Zoom: one factor for the window, in steps; the keys and Ctrl+wheel change it, the diagram's
// marks and texts and the panels' fonts follow it, it is remembered, and nonsense read back from the
// settings falls back to 100 %.
#include "ui/diagram/central_views.h"
#include "ui/diagram/sequence_diagram.h"
#include "ui/panels/event_list.h"
#include "ui/window/main_window.h"
#include "ui/window/player.h"
#include "ui/window/zoom_control.h"
#include "ui/diagram/ladder_style.h"

#include <QAction>
#include <QApplication>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>
#include <QTest>
#include <QHeaderView>
#include <QWheelEvent>
#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <utility>

using namespace wirestep;

TEST_CASE("zoom steps run from 50 % to 300 % and settings read back are checked", "[zoom]")
{
    ZoomControl z;
    CHECK(z.zoom() == 1.0);
    z.stepBy(1);
    CHECK(z.zoom() == 1.1);
    z.stepBy(100);
    CHECK(z.zoom() == ZoomControl::kMax);
    CHECK_FALSE(z.zoomInAction()->isEnabled());
    z.stepBy(-100);
    CHECK(z.zoom() == ZoomControl::kMin);
    CHECK_FALSE(z.zoomOutAction()->isEnabled());
    z.resetAction()->trigger();
    CHECK(z.zoom() == 1.0);
    z.setZoom(1.3); // snapped to the nearest step
    CHECK(z.zoom() == 1.25);

    CHECK(ZoomControl::fromSetting(QVariant(QStringLiteral("1.5")), 1.0) == 1.5);
    CHECK(ZoomControl::fromSetting(QVariant(2.0), 1.0) == 2.0);
    CHECK(ZoomControl::fromSetting(QVariant(1.52), 1.0) == 1.5);
    for (const QVariant &bad : {QVariant(QStringLiteral("nan")), QVariant(QStringLiteral("inf")), QVariant(QStringLiteral("big")),
                                QVariant(std::numeric_limits<double>::quiet_NaN()), QVariant(0.1), QVariant(7.0), QVariant(-1.0),
                                QVariant()}) {
        INFO(bad.toString().toStdString());
        CHECK(ZoomControl::fromSetting(bad, 1.0) == 1.0);
    }
}

TEST_CASE("Ctrl+= and Ctrl+- scale the diagram and the panels, Ctrl+0 restores, Ctrl+wheel zooms; the zoom is remembered", "[zoom][window]")
{
    QSettings().remove(QStringLiteral("ui/zoom"));
    for (const auto &[size, lang] : {std::pair{QSize(1024, 768), "en"}, std::pair{QSize(1600, 1000), "zh_CN"}, std::pair{QSize(1024, 768), "zh_CN"},
                                      std::pair{QSize(1600, 1000), "en"}}) {
        INFO(size.width() << "x" << size.height() << " " << lang);
        MainWindow w;
        REQUIRE(w.setLanguage(QString::fromLatin1(lang)));
        REQUIRE(w.showScenarioById("handshake"));
        w.resize(size);
        w.show();
        w.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&w));
        w.player()->toEnd();
        SequenceDiagram *d = w.diagram();
        // The height of a label's box, across its arrow (the box is rotated with it).
        const auto labelHeight = [d] {
            const QPolygonF box = d->segmentLabel(0).box();
            return QLineF(box[0], box[3]).length();
        };
        const double before = labelHeight();
        const double fall = d->toViewport(0, d->layout().arrows().front().y2).y() - d->toViewport(0, d->layout().arrows().front().y1).y();
        const QFont eventsFont = w.eventList()->view()->font();
        const int rowHeight = w.eventList()->view()->verticalHeader()->defaultSectionSize();

        QTest::keyClick(&w, Qt::Key_Equal, Qt::ControlModifier);
        QTest::keyClick(&w, Qt::Key_Equal, Qt::ControlModifier);
        CHECK(w.zoom()->zoom() == 1.25);
        CHECK(d->zoom() == 1.25);
        QCoreApplication::processEvents();
        // The labels and the time axis grow together (the lifelines come closer, or the diagram
        // scrolls sideways, when the window has not the width for the larger diagram).
        CHECK(labelHeight() == Approx(before * 1.25).epsilon(0.01));
        const double zoomedFall = d->toViewport(0, d->layout().arrows().front().y2).y() - d->toViewport(0, d->layout().arrows().front().y1).y();
        CHECK(zoomedFall == Approx(fall * 1.25).epsilon(0.01));
        // The panels' text grows, and the events' rows with it.
        const QFont zoomed = w.eventList()->view()->font();
        CHECK(QFontInfo(zoomed).pixelSize() > QFontInfo(eventsFont).pixelSize());
        CHECK(w.eventList()->view()->verticalHeader()->defaultSectionSize() > rowHeight);
        CHECK(QSettings().value(QStringLiteral("ui/zoom")).toDouble() == 1.25);

        QTest::keyClick(&w, Qt::Key_Minus, Qt::ControlModifier);
        CHECK(w.zoom()->zoom() == 1.1);
        QTest::keyClick(&w, Qt::Key_0, Qt::ControlModifier);
        CHECK(w.zoom()->zoom() == 1.0);
        CHECK(d->zoom() == 1.0);
        CHECK(QFontInfo(w.eventList()->view()->font()).pixelSize() == QFontInfo(eventsFont).pixelSize());

        // Ctrl+wheel over the diagram: a notch is a step; a wheel without Ctrl scrolls.
        const QPointF at(d->viewport()->width() / 2.0, d->viewport()->height() / 2.0);
        QWheelEvent in(at, d->viewport()->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::ControlModifier,
                       Qt::NoScrollPhase, false);
        QApplication::sendEvent(d->viewport(), &in);
        CHECK(w.zoom()->zoom() == 1.1);
        QWheelEvent plain(at, d->viewport()->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(d->viewport(), &plain);
        CHECK(w.zoom()->zoom() == 1.1);

        {
            MainWindow again; // remembered per machine
            CHECK(again.zoom()->zoom() == 1.1);
            CHECK(again.diagram()->zoom() == 1.1);
        }
        w.zoom()->setZoom(1.0);
    }
    QSettings().setValue(QStringLiteral("ui/zoom"), QStringLiteral("nan"));
    MainWindow nonsense;
    CHECK(nonsense.zoom()->zoom() == 1.0);
    QSettings().remove(QStringLiteral("ui/zoom"));
}

TEST_CASE("zoomed in, the two lanes and the scrolled diagram still map clicks to the arrows drawn", "[zoom][window]")
{
    MainWindow w;
    REQUIRE(w.showScenarioById("tcp-vs-udp"));
    w.resize(1024, 768);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    w.player()->toEnd();
    w.zoom()->setZoom(2.0);
    QCoreApplication::processEvents();
    for (SequenceDiagram *lane : {w.centralViews()->lanes()->left(), w.centralViews()->lanes()->right()}) {
        CHECK(lane->zoom() == 2.0);
        // Wider than the lane: it scrolls sideways, and what is under a point is what is drawn there.
        CHECK(lane->horizontalScrollBar()->maximum() > 0);
        lane->horizontalScrollBar()->setValue(lane->horizontalScrollBar()->maximum() / 2);
        const auto &arrows = lane->layout().arrows();
        REQUIRE_FALSE(arrows.empty());
        const auto &a = arrows.front();
        lane->verticalScrollBar()->setValue(static_cast<int>(a.y1) - 40);
        const QPointF mid = (lane->toViewport(a.x1, a.y1) + lane->toViewport(a.x2, a.y2)) / 2;
        CHECK(lane->arrowAt(mid) == 0);
    }
    w.zoom()->setZoom(1.0);
    QSettings().remove(QStringLiteral("ui/zoom"));
}
