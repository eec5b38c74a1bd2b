// The player's buttons stand out from the toolbar in the light and in the dark theme (the style's
// own media icons were dark on dark), and follow a change of theme at once.
#include "ui/window/main_window.h"
#include "ui/window/player.h"
#include "ui/window/player_bar.h"
#include "ui/window/player_icons.h"

#include <QAction>
#include <QImage>
#include <QSettings>
#include <QTest>
#include <catch2/catch.hpp>

using namespace wirestep;

namespace {

// The mean lightness of the icon's drawn pixels.
int inkLightness(const QIcon &icon)
{
    const QImage img = icon.pixmap(QSize(24, 24)).toImage();
    long sum = 0, n = 0;
    for (int y = 0; y < img.height(); ++y)
        for (int x = 0; x < img.width(); ++x) {
            const QColor c = img.pixelColor(x, y);
            if (c.alpha() < 200) continue;
            sum += c.lightness();
            ++n;
        }
    return n ? static_cast<int>(sum / n) : -1;
}

} // namespace

TEST_CASE("the player's buttons contrast with the toolbar in both themes", "[player][theme]")
{
    MainWindow w;
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    PlayerBar *bar = w.playerBar();
    for (const bool dark : {true, false}) {
        INFO((dark ? "dark" : "light"));
        w.setDarkTheme(dark);
        QCoreApplication::processEvents();
        const int ground = bar->palette().color(QPalette::Button).lightness();
        for (QAction *a : {bar->startAction(), bar->backAction(), bar->playAction(), bar->forwardAction(), bar->endAction()}) {
            INFO(a->text().toStdString());
            const int ink = inkLightness(a->icon());
            REQUIRE(ink >= 0); // something is drawn
            CHECK(std::abs(ink - ground) > 100);
        }
        // Playing shows the pause picture, as visible.
        w.player()->setCount(10);
        w.player()->play();
        CHECK(std::abs(inkLightness(bar->playAction()->icon()) - ground) > 100);
        w.player()->pause();
    }
    QSettings().remove(QStringLiteral("ui/darkTheme"));
}

TEST_CASE("each player picture is its own", "[player]")
{
    using K = PlayerIcons::Kind;
    std::vector<QImage> seen;
    for (const K k : {K::Start, K::Back, K::Play, K::Pause, K::Forward, K::End}) {
        const QImage img = PlayerIcons::icon(k, Qt::black, Qt::gray).pixmap(QSize(24, 24)).toImage();
        for (const QImage &other : seen) CHECK(img != other);
        seen.push_back(img);
    }
}
