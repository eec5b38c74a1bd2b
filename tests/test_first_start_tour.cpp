// The first-start tour: five callouts on the very first start, each pointing into the part of the
// window it explains; closed once, it stays closed (QSettings), and Help ▸ Show the tour again
// brings it back; its texts follow a language switch. With WIRESTEP_SCREENSHOT_DIR set it saves
// the window with each callout as tour-<step>-<lang>.png.
#include "ui/window/first_start_tour.h"
#include "ui/window/help_menu.h"
#include "ui/window/main_window.h"
#include "ui/window/tour_callout.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>

using namespace wirestep;

namespace {

void settle()
{
    for (int i = 0; i < 4; ++i) QCoreApplication::processEvents();
}

// A settings file on which the tour has never been seen, in English.
struct FreshSettings {
    FreshSettings()
    {
        QSettings().remove(QStringLiteral("ui/tourSeen"));
        QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("en"));
    }
    ~FreshSettings()
    {
        QSettings().remove(QStringLiteral("ui/tourSeen"));
        QSettings().remove(QStringLiteral("ui/language"));
    }
};

void save(QWidget *widget, const QString &file)
{
    const QString dir = qEnvironmentVariable("WIRESTEP_SCREENSHOT_DIR");
    if (!dir.isEmpty()) CHECK(widget->grab().save(QDir(dir).filePath(file)));
}

const QRegularExpression kChinese(QStringLiteral(R"(\p{Han})"));

// The tip of the callout lies inside its target, and the target is on screen.
void checkPointsIntoTarget(MainWindow &w, FirstStartTour &tour)
{
    QWidget *target = tour.target(tour.step());
    REQUIRE(target);
    CHECK(target->isVisible());
    const QRect r(target->mapTo(&w, QPoint(0, 0)), target->size());
    INFO("step " << tour.step() << " target " << target->metaObject()->className());
    CHECK(r.contains(tour.callout()->tip()));
    CHECK(w.rect().contains(tour.callout()->boxRect()));
    // The box does not hide the point it explains.
    CHECK_FALSE(tour.callout()->boxRect().contains(tour.callout()->tip()));
}

} // namespace

TEST_CASE("a window made without main() shows no tour, even on a fresh settings file", "[tour]")
{
    const FreshSettings fresh;
    MainWindow w;
    w.show();
    settle();
    CHECK_FALSE(FirstStartTour::seen());
    CHECK_FALSE(w.tour()->isActive());
    CHECK(w.findChildren<TourCallout *>().isEmpty());
}

TEST_CASE("the tour is shown once on a fresh settings file and not again after it is closed", "[tour]")
{
    const FreshSettings fresh;
    {
        MainWindow w;
        w.resize(1600, 1000);
        w.show();
        settle();
        REQUIRE(w.tour()->showIfFirstStart());
        settle();
        CHECK(w.tour()->isActive());
        CHECK(w.tour()->step() == 0);
        CHECK_FALSE(w.tour()->callout()->backButton()->isEnabled());
        w.tour()->callout()->closeButton()->click();
        CHECK_FALSE(w.tour()->isActive());
        CHECK(FirstStartTour::seen());
    }
    MainWindow again;
    again.show();
    settle();
    CHECK_FALSE(again.tour()->showIfFirstStart());
    CHECK_FALSE(again.tour()->isActive());

    // Help ▸ Show the tour again brings it back at its first callout.
    CHECK(again.helpMenu()->actions().contains(again.tour()->showAgainAction()));
    again.tour()->showAgainAction()->trigger();
    settle();
    CHECK(again.tour()->isActive());
    CHECK(again.tour()->step() == 0);
}

TEST_CASE("each of the five callouts points inside the widget it explains, at both window sizes", "[tour]")
{
    const FreshSettings fresh;
    for (const QSize size : {QSize(1600, 1000), QSize(1024, 768)}) {
        MainWindow w;
        w.resize(size);
        w.show();
        settle();
        FirstStartTour &tour = *w.tour();
        tour.start();
        settle();
        QStringList titles;
        for (int step = 0; step < FirstStartTour::kSteps; ++step) {
            REQUIRE(tour.step() == step);
            settle();
            checkPointsIntoTarget(w, tour);
            titles << tour.callout()->titleLabel()->text();
            if (size.width() == 1600) save(&w, QStringLiteral("tour-%1-en.png").arg(step + 1));
            tour.callout()->nextButton()->click();
        }
        // The fifth callout's button ends the tour.
        CHECK_FALSE(tour.isActive());
        CHECK(FirstStartTour::seen());
        CHECK(titles.removeDuplicates() == 0);
        QSettings().remove(QStringLiteral("ui/tourSeen"));
    }
}

TEST_CASE("the targets are the scenario list, the play button, the diagram, the lossy switch and the events", "[tour]")
{
    const FreshSettings fresh;
    MainWindow w;
    w.show();
    settle();
    FirstStartTour &tour = *w.tour();
    const auto inside = [&w](QWidget *t, const char *objectOrClass) {
        for (QWidget *p = t; p && p != &w; p = p->parentWidget())
            if (p->objectName() == QLatin1String(objectOrClass) || QLatin1String(p->metaObject()->className()) == QLatin1String(objectOrClass))
                return true;
        return false;
    };
    CHECK(inside(tour.target(0), "scenariosDock"));
    CHECK(inside(tour.target(1), "wirestep::PlayerBar"));
    CHECK(inside(tour.target(2), "wirestep::CentralViews"));
    CHECK(inside(tour.target(3), "linkDock"));
    CHECK(inside(tour.target(4), "eventsDock"));
    // A panel hidden by the user is shown again when its callout comes.
    QWidget *eventsDock = tour.target(4)->parentWidget();
    while (eventsDock && eventsDock->objectName() != QLatin1String("eventsDock")) eventsDock = eventsDock->parentWidget();
    REQUIRE(eventsDock);
    eventsDock->hide();
    tour.start();
    for (int i = 0; i < 4; ++i) tour.next();
    settle();
    CHECK(tour.step() == 4);
    CHECK(eventsDock->isVisible());
    checkPointsIntoTarget(w, tour);
    tour.back();
    CHECK(tour.step() == 3);
    tour.dismiss();
}

TEST_CASE("the tour's texts follow a language switch", "[tour]")
{
    const FreshSettings fresh;
    MainWindow w;
    w.resize(1600, 1000);
    w.show();
    REQUIRE(w.setLanguage(QStringLiteral("en")));
    settle();
    FirstStartTour &tour = *w.tour();
    tour.start();
    tour.next();
    tour.next();
    tour.next(); // the lossy link: its text names the switch and the menu item as the window shows them
    settle();
    const QString title = tour.callout()->titleLabel()->text();
    const QString text = tour.callout()->textLabel()->text();
    const QString menuEntry = tour.showAgainAction()->text();
    CHECK(text.contains(QStringLiteral("Lossy link")));
    CHECK(text.contains(QStringLiteral("Drop this segment")));
    CHECK_FALSE(title.contains(kChinese));

    REQUIRE(w.setLanguage(QStringLiteral("zh_CN")));
    settle();
    CHECK(tour.isActive());
    CHECK(tour.step() == 3);
    CHECK(tour.callout()->titleLabel()->text() != title);
    CHECK(tour.callout()->titleLabel()->text().contains(kChinese));
    CHECK(tour.callout()->textLabel()->text().contains(kChinese));
    // The switch as the Link panel names it in Chinese (模拟丢包), whatever the wording of the day.
    const QString lossy = QCoreApplication::translate("wirestep::LinkPanel", "Lossy link");
    CHECK(lossy.contains(kChinese));
    CHECK(tour.callout()->textLabel()->text().contains(lossy));
    CHECK(tour.callout()->textLabel()->text().contains(QStringLiteral("丢弃这个报文段")));
    CHECK(tour.callout()->nextButton()->text().contains(kChinese));
    CHECK(tour.showAgainAction()->text() != menuEntry);
    checkPointsIntoTarget(w, tour);
    for (int step = 0; step < FirstStartTour::kSteps; ++step) {
        tour.start();
        for (int i = 0; i < step; ++i) tour.next();
        settle();
        save(&w, QStringLiteral("tour-%1-zh_CN.png").arg(step + 1));
    }
    tour.dismiss();
}
