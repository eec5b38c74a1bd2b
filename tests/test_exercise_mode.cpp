#include "tests/cli_test_support.h"
#include "tests/exercise_test_support.h"

#include "ui/exercise/exercise_mode.h"
#include "ui/exercise/exercise_panel.h"
#include "ui/exercise/student_dialog.h"
#include "ui/panels/link_panel.h"
#include "ui/panels/panel_docks.h"
#include "ui/panels/predict_panel.h"
#include "ui/window/main_window.h"
#include "ui/window/player.h"

#include <QDialogButtonBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

#include <filesystem>

using namespace wirestep;
using namespace wirestep::test;

namespace {

// A test student at the window: answers every question of the scenario on screen through the
// predict panel's buttons, right when `right(n)` for the n-th question of the scenario.
void answerScenario(MainWindow &w, const std::function<bool(int)> &right)
{
    PredictPanel *panel = w.panels()->predictPanel();
    Player *player = w.player();
    for (int guard = 0; guard < 1000; ++guard) {
        QCoreApplication::processEvents();
        const int q = panel->currentQuestion();
        if (q >= 0 && !panel->quiz().questions()[static_cast<std::size_t>(q)].answer) {
            const auto &question = panel->quiz().questions()[static_cast<std::size_t>(q)];
            if (question.kind == PredictQuiz::Question::Kind::Number) {
                // Typed, then checked; wrong: one less (the ack of a SYN given as its seq).
                const std::int64_t number = *question.asked->number;
                REQUIRE(panel->numberEdit()->isVisible());
                panel->numberEdit()->clear();
                QTest::keyClicks(panel->numberEdit(), QString::number(right(q) ? number : number - 1));
                QTest::mouseClick(panel->checkButton(), Qt::LeftButton);
                REQUIRE(panel->quiz().questions()[static_cast<std::size_t>(q)].answer);
            } else {
                const int choice = right(q) ? question.correct : (question.correct == 0 ? 1 : 0);
                REQUIRE(static_cast<std::size_t>(choice) < panel->choiceButtons().size());
                QTest::mouseClick(panel->choiceButtons()[static_cast<std::size_t>(choice)], Qt::LeftButton);
            }
            QTest::mouseClick(panel->continueButton(), Qt::LeftButton);
        }
        if (panel->quiz().finished()) return;
        for (int i = 0; i < 10'000 && player->isPlaying(); ++i) player->tick();
    }
    FAIL("the scenario's questions did not all come");
}

} // namespace

TEST_CASE("a test student answers a pack in the window, exports the results, and the CLI grades them", "[exercise][gui]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const std::string root = dir.path().toStdString();
    writeFolder(root + "/small", smallPackFiles());
    auto loaded = ExercisePack::load(root + "/small");
    REQUIRE(loaded.ok());
    const auto pack = std::make_shared<const ExercisePack>(std::move(*loaded.pack));

    MainWindow w;
    w.setLanguage(QStringLiteral("en"));
    w.resize(1280, 800);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    ExerciseMode *ex = w.exercises();
    ex->setClock(steppingClock());
    ex->start(pack, QStringLiteral("Test Student"), QStringLiteral("t9"));
    REQUIRE(ex->isActive());
    CHECK(ex->dock()->isVisible());
    CHECK(w.panels()->predictPanel()->isActive());
    CHECK_FALSE(w.linkPanel()->isEnabled());
    CHECK(ex->exportAction()->isEnabled());
    REQUIRE(w.scenario());
    CHECK(*w.scenario() == pack->scenarioAsRun(0));
    CHECK(ex->panel()->headerLabel()->text() == QStringLiteral("Small pack — answered by Test Student (t9)"));

    // The handshake: the second, the fourth (the ack of the SYN, a number typed) and the sixth
    // wrong; the seventh (why a third step, the scenario's own choice) right.
    answerScenario(w, [](int q) { return q != 1 && q != 3 && q != 5; });
    CHECK(ex->panel()->list()->item(0)->text() == QStringLiteral("1. Three-way handshake (RFC 793 figure 7) — 8 of 8 answered"));
    // On to the UDP scenario with the Next button: the first wrong.
    REQUIRE(ex->panel()->nextButton()->isEnabled());
    QTest::mouseClick(ex->panel()->nextButton(), Qt::LeftButton);
    CHECK(ex->currentScenario() == 1);
    CHECK(*w.scenario() == pack->scenarioAsRun(1));
    answerScenario(w, [](int q) { return q != 0; });
    CHECK(ex->panel()->progressLabel()->text() ==
          QStringLiteral("Answered 12 of 12 questions, 8 of them right. Export the results when you are done."));
    CHECK_FALSE(ex->panel()->nextButton()->isEnabled());

    // Starting the UDP scenario again records nothing new: first answers count.
    ex->showScenario(1);
    answerScenario(w, [](int) { return true; });
    CHECK(ex->session()->answered() == 12);
    CHECK(ex->session()->right() == 8);

    const QString results = QString::fromStdString(root + "/t9.json");
    QString error;
    REQUIRE(ex->exportResults(results, &error));
    const auto parsed = ExerciseResults::loadFile(results.toStdString());
    REQUIRE(parsed.ok());
    CHECK(parsed.results->studentName == "Test Student");
    CHECK(parsed.results->answers.front().answeredAt == "2026-03-02T09:00:01+08:00");
    CHECK(parsed.results->answers.front().seconds == 1.0);

    const auto previous = std::filesystem::current_path();
    std::filesystem::current_path(root);
    const auto r = cli({"grade", "small", "t9.json", "--lang", "en"});
    std::filesystem::current_path(previous);
    CHECK(r.code == 0);
    CHECK(r.out ==
              "Exercise pack: Small pack (small), 2 scenarios, 12 questions\n"
              "Results files: 1 given, 1 counted, 0 refused\n"
              "\n"
              "Students\n"
              "  Name          Id  Score    Answered  File\n"
              "  Test Student  t9  8 right  12 of 12  t9.json\n"
              "\n"
              "Questions\n"
              "  Scenario          No.  Kind     Right   Most common wrong answer\n"
              "  a/handshake.json  1    state    1 of 1  -\n"
              "  a/handshake.json  2    segment  0 of 1  SYN seq=0 (1)\n"
              "  a/handshake.json  3    state    1 of 1  -\n"
              "  a/handshake.json  4    number   0 of 1  100 (1)\n"
              "  a/handshake.json  5    state    1 of 1  -\n"
              "  a/handshake.json  6    state    0 of 1  SYN_RECEIVED (1)\n"
              "  a/handshake.json  7    choice   1 of 1  -\n"
              "  a/handshake.json  8    state    1 of 1  -\n"
              "  udp.json          1    segment  0 of 1  A SYN, to open a connection first (1)\n"
              "  udp.json          2    segment  1 of 1  -\n"
              "  udp.json          3    segment  1 of 1  -\n"
              "  udp.json          4    segment  1 of 1  -\n");

    // Stopping gives the link panel back.
    ex->stop();
    CHECK_FALSE(ex->isActive());
    CHECK(w.linkPanel()->isEnabled());
    CHECK_FALSE(ex->exportAction()->isEnabled());
}

TEST_CASE("the sample course opens from the resources, the same pack as the installed folder", "[exercise][gui]")
{
    const auto embedded = ExerciseMode::loadSample();
    REQUIRE(embedded.ok());
    const auto folder = ExercisePack::load(samplePackDir());
    REQUIRE(folder.ok());
    CHECK(embedded.pack->digest() == folder.pack->digest());
    CHECK(embedded.pack->size() == 8);
}

TEST_CASE("the student dialog needs a name or an id", "[exercise][gui]")
{
    StudentDialog d(QStringLiteral("Small pack"));
    QPushButton *ok = d.buttons()->button(QDialogButtonBox::Ok);
    CHECK_FALSE(ok->isEnabled());
    d.nameEdit()->setText(QStringLiteral("   "));
    CHECK_FALSE(ok->isEnabled());
    d.idEdit()->setText(QStringLiteral("s42"));
    CHECK(ok->isEnabled());
    CHECK(d.studentId() == QStringLiteral("s42"));
    d.idEdit()->clear();
    d.nameEdit()->setText(QStringLiteral(" 李  雷 "));
    CHECK(ok->isEnabled());
    CHECK(d.name() == QStringLiteral("李 雷"));
}

TEST_CASE("a bad pack opened in the window lists its problems and changes nothing", "[exercise][gui]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto files = smallPackFiles();
    files.erase("udp.json");
    writeFolder(dir.path().toStdString() + "/bad", files);
    MainWindow w;
    w.setLanguage(QStringLiteral("en"));
    const auto before = w.scenario();
    CHECK_FALSE(w.openFile(dir.path() + QStringLiteral("/bad")));
    CHECK_FALSE(w.exercises()->isActive());
    CHECK(w.scenario() == before);
    auto *box = w.findChild<QMessageBox *>(QStringLiteral("packErrors"));
    REQUIRE(box);
    CHECK(box->informativeText() == dir.path() + QStringLiteral("/bad/udp.json: file not found"));
}
