#include "tests/catalog_runs.h"
#include "core/scenario/catalog.h"
#include "core/scenario/scenario_runner.h"
#include "ui/window/player.h"
#include "ui/panels/predict_panel.h"

#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <catch2/catch.hpp>

using namespace wirestep;

namespace {

std::shared_ptr<const Trace> run(const char *id) { return test::sharedCatalogRun(id); }

} // namespace

TEST_CASE("predict mode stops the player before each question and scores the clicks", "[predict]")
{
    const auto trace = run("handshake");
    Player player;
    player.setCount(static_cast<int>(trace->size()));
    PredictPanel panel(player);
    panel.setTrace(trace);
    panel.show();
    REQUIRE(QTest::qWaitForWindowExposed(&panel));
    panel.setActive(true);

    // The first question is asked with the events before it shown.
    const auto &questions = panel.quiz().questions();
    REQUIRE(panel.currentQuestion() == 0);
    CHECK(player.index() == static_cast<int>(questions[0].index));
    // The player cannot move past it.
    player.toEnd();
    QCoreApplication::processEvents();
    CHECK(player.index() == static_cast<int>(questions[0].index));
    player.play();
    player.tick();
    QCoreApplication::processEvents();
    CHECK(player.index() == static_cast<int>(questions[0].index));
    CHECK(player.progress() == 0);
    CHECK_FALSE(player.isPlaying());

    // A right answer.
    REQUIRE(panel.choiceButtons().size() == questions[0].choices.size());
    QTest::mouseClick(panel.choiceButtons()[static_cast<std::size_t>(questions[0].correct)], Qt::LeftButton);
    CHECK(panel.quiz().correct() == 1);
    CHECK(panel.feedbackLabel()->text().startsWith(QStringLiteral("Right!")));
    REQUIRE(panel.continueButton()->isVisible());
    QTest::mouseClick(panel.continueButton(), Qt::LeftButton);
    // Play on until the next question stops the player.
    for (int i = 0; i < 10'000 && player.isPlaying(); ++i) player.tick();
    REQUIRE(panel.currentQuestion() == 1);
    CHECK(player.index() == static_cast<int>(questions[1].index));

    // A wrong answer.
    const int wrong = questions[1].correct == 0 ? 1 : 0;
    QTest::mouseClick(panel.choiceButtons()[static_cast<std::size_t>(wrong)], Qt::LeftButton);
    CHECK(panel.quiz().answered() == 2);
    CHECK(panel.quiz().correct() == 1);
    CHECK(panel.feedbackLabel()->text().startsWith(QStringLiteral("Not quite")));
    CHECK(panel.scoreLabel()->text().contains(QStringLiteral("1 right of 2")));
    // Answered buttons are marked with text, not only colour.
    CHECK(panel.choiceButtons()[static_cast<std::size_t>(wrong)]->text().startsWith(QStringLiteral("✗")));
    CHECK(panel.choiceButtons()[static_cast<std::size_t>(questions[1].correct)]->text().startsWith(QStringLiteral("✓")));
}

TEST_CASE("turning predict mode off frees the player", "[predict]")
{
    const auto trace = run("teardown");
    Player player;
    player.setCount(static_cast<int>(trace->size()));
    PredictPanel panel(player);
    panel.setTrace(trace);
    panel.setActive(true);
    CHECK(player.index() < static_cast<int>(trace->size()));
    panel.setActive(false);
    player.toEnd();
    CHECK(player.index() == static_cast<int>(trace->size()));
    CHECK(panel.choiceButtons().empty());
}
