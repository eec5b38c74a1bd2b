// The GUI survives abuse (docs/hardening.md): every catalog scenario in the main window, the
// player scrubbed to 1000 random points in all (seeded), the lossy link and the language
// toggled again and again, with painting in between. No crash here; in the sanitizer build
// (./dev.sh test-sanitize) no ASan/UBSan/LSan report either.
#include "core/scenario/catalog.h"
#include "ui/panels/link_panel.h"
#include "ui/window/main_window.h"
#include "ui/window/player.h"
#include "ui/window/player_bar.h"
#include "ui/diagram/sequence_diagram.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QMenu>
#include <QSlider>
#include <QTest>
#include <catch2/catch.hpp>

#include <random>

using namespace wirestep;

TEST_CASE("every catalog scenario survives scrubbing, lossy toggles and language switches", "[window][abuse]")
{
    constexpr int kScrubs = 1000;
    const auto &scenarios = Catalog::builtIn().scenarios();
    REQUIRE(!scenarios.empty());
    MainWindow w;
    w.resize(1200, 800);
    w.show();
    std::mt19937 rng(20240601);
    const int perScenario = kScrubs / static_cast<int>(scenarios.size()) + 1;
    int scrubs = 0;
    int toggles = 0;
    for (std::size_t i = 0; i < scenarios.size(); ++i) {
        const Scenario &s = scenarios[i];
        INFO(s.id);
        REQUIRE(w.showScenarioById(s.id));
        REQUIRE(w.scenario().has_value());
        CHECK(w.scenario()->id == s.id);
        for (int k = 0; k < perScenario && scrubs < kScrubs; ++k, ++scrubs) {
            Player *player = w.player();
            const int count = player->count();
            CHECK(count == static_cast<int>(w.trace().size()));
            switch (rng() % 8) {
            case 0: // the lossy link, through its switch, as a user would
                w.linkPanel()->lossySwitch()->click();
                ++toggles;
                break;
            case 1: // the language, through the menu
                w.languageMenu()->actions().at(static_cast<int>(rng() % 2))->trigger();
                break;
            case 2: // the slider of the player bar
                w.playerBar()->slider()->setValue(static_cast<int>(rng() % static_cast<unsigned>(count + 1)));
                break;
            case 3:
                player->play();
                QTest::qWait(1);
                player->pause();
                break;
            default: { // anywhere, even a little outside
                const int to = static_cast<int>(rng() % static_cast<unsigned>(count + 3)) - 1;
                player->setIndex(to);
                CHECK(player->index() >= 0);
                CHECK(player->index() <= player->count());
            }
            }
            if (k % 10 == 0) {
                QApplication::processEvents();
                w.diagram()->grab();
            }
        }
        // Leave the scenario as found: the next one starts without the lossy link.
        if (w.linkPanel()->isLossy()) w.linkPanel()->setLossy(false);
    }
    CHECK(scrubs == kScrubs);
    CHECK(toggles > 0);
    w.setLanguage(QStringLiteral("en"));
    w.close();
}
