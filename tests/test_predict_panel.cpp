#include "core/narration/narrator.h"
#include "core/scenario/catalog.h"
#include "core/scenario/scenario_runner.h"
#include "core/trace/trace_facts.h"
#include "tests/catalog_runs.h"
#include "ui/diagram/sequence_diagram.h"
#include "ui/panels/event_list.h"
#include "ui/panels/event_table_model.h"
#include "ui/panels/packet_inspector.h"
#include "ui/panels/panel_docks.h"
#include "ui/panels/predict_panel.h"
#include "ui/panels/state_diagram.h"
#include "ui/window/main_window.h"
#include "ui/window/player.h"
#include "ui/window/scenario_library.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>

#include <array>
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

namespace {

// The states each node is in after the first `shown` events.
std::array<TcpState, 2> statesAfter(const Trace &t, std::size_t shown)
{
    std::array<TcpState, 2> s{TcpState::Closed, TcpState::Closed};
    for (std::size_t i = 0; i < shown; ++i)
        if (t.kindAt(i) == EventKind::State) s[static_cast<std::size_t>(indexOf(t.nodeAt(i)))] = t[i].to;
    return s;
}

// Ink on the diagram below `y` (viewport pixels), away from the two lifelines.
int inkBelow(const SequenceDiagram &d, double y)
{
    const QImage img = d.viewport()->grab().toImage();
    const int xc = qRound(d.toViewport(0.0f, 0).x()), xs = qRound(d.toViewport(1.0f, 0).x());
    int ink = 0;
    for (int py = std::max(0, static_cast<int>(y)); py < img.height(); ++py)
        for (int px = 0; px < img.width(); ++px) {
            if (std::abs(px - xc) <= 3 || std::abs(px - xs) <= 3) continue;
            if (img.pixelColor(px, py).lightness() < 200) ++ink;
        }
    return ink;
}

} // namespace

TEST_CASE("in predict mode nothing after the question is visible: event list, diagram, state diagram, inspector, narration, description", "[predict][spoilers]")
{
    for (const char *id : {"handshake", "teardown", "data-transfer-loss", "keepalive-dead-peer", "udp-datagrams",
                           "time-wait-lost-last-ack"}) {
        MainWindow w;
        w.resize(1600, 1000);
        w.show();
        REQUIRE(QTest::qWaitForWindowExposed(&w));
        REQUIRE(w.showScenarioById(id));
        const Trace &trace = w.trace();
        const QString description = QString::fromStdString(w.library()->find(id)->descriptionIn("en"));
        PredictPanel *panel = w.panels()->predictPanel();
        panel->setActive(true);
        QCoreApplication::processEvents();
        const auto &questions = panel->quiz().questions();
        REQUIRE_FALSE(questions.empty());
        for (std::size_t q = 0; q < questions.size(); ++q) {
            QCoreApplication::processEvents();
            const std::size_t at = questions[q].index;
            INFO(id << " question " << q << " before event " << at + 1);
            REQUIRE(panel->currentQuestion() == static_cast<int>(q));
            REQUIRE(w.player()->index() == static_cast<int>(at));
            // Trying to look ahead changes nothing.
            w.player()->toEnd();
            w.player()->play();
            w.player()->tick();
            QCoreApplication::processEvents();
            CHECK(w.player()->index() == static_cast<int>(at));
            CHECK(w.player()->progress() == 0);

            // The event list lists exactly the events before the question.
            CHECK(w.eventList()->model()->rowCount() == static_cast<int>(at));
            // The description does not give the answers away.
            CHECK_FALSE(w.library()->descriptionView()->toPlainText().contains(description));
            // The diagram draws nothing below the player's position but the lifelines.
            SequenceDiagram *d = w.diagram();
            const double cursor = at == 0 ? 0.0 : d->layout().reachedY(at - 1);
            CHECK(inkBelow(*d, d->toViewport(0.0f, cursor).y() + 48) == 0);
            // The state diagram shows the states before the question.
            const auto states = statesAfter(trace, at);
            CHECK(w.panels()->stateDiagram()->shown() == static_cast<int>(at));
            CHECK(w.panels()->stateDiagram()->litState(NodeId::Client) == states[0]);
            CHECK(w.panels()->stateDiagram()->litState(NodeId::Server) == states[1]);
            // The inspector shows a segment already sent, or none.
            const QString title = w.panels()->inspector()->titleLabel()->text();
            const QRegularExpression eventNumber(QStringLiteral("^Event (\\d+),"));
            if (const auto m = eventNumber.match(title); m.hasMatch()) CHECK(m.captured(1).toULongLong() <= at);
            // The narration shown is of what happened before.
            CHECK_FALSE(panel->findChildren<QLabel *>().isEmpty());
            const QString answer = Narrator::sentence(trace[at], trace.facts()[at]);
            for (const QLabel *l : panel->findChildren<QLabel *>()) CHECK_FALSE(l->text().contains(answer));

            if (questions[q].kind == PredictQuiz::Question::Kind::Number) {
                panel->numberEdit()->setText(QString::number(*questions[q].asked->number));
                panel->checkNumber();
            } else {
                panel->choose(questions[q].correct);
            }
            REQUIRE(questions[q].answer);
            panel->proceed();
            for (int i = 0; i < 100'000 && w.player()->isPlaying(); ++i) w.player()->tick();
        }
        // Answered, the description comes back when predict mode is turned off.
        panel->setActive(false);
        CHECK(w.library()->descriptionView()->toPlainText().contains(description));
        CHECK(w.eventList()->model()->rowCount() == static_cast<int>(trace.size()));
    }
}

TEST_CASE("a scenario's number question is answered by typing it, and explained", "[predict][questions]")
{
    const QString lang = GENERATE(QStringLiteral("en"), QStringLiteral("zh_CN"));
    const bool en = lang == QStringLiteral("en");
    MainWindow w;
    REQUIRE(w.setLanguage(lang));
    w.resize(1280, 800); // as a student sees it (and its screenshots)
    w.show();
    REQUIRE(w.showScenarioById("handshake"));
    PredictPanel *panel = w.panels()->predictPanel();
    panel->setActive(true);
    QCoreApplication::processEvents();
    // Answer every question until the number question comes.
    const auto &questions = panel->quiz().questions();
    for (int guard = 0; guard < 50 && panel->currentQuestion() >= 0; ++guard) {
        const auto &q = questions[static_cast<std::size_t>(panel->currentQuestion())];
        if (q.kind == PredictQuiz::Question::Kind::Number) break;
        panel->choose(q.correct);
        panel->proceed();
        for (int i = 0; i < 100'000 && w.player()->isPlaying(); ++i) w.player()->tick();
        QCoreApplication::processEvents();
    }
    REQUIRE(panel->currentQuestion() >= 0);
    REQUIRE(questions[static_cast<std::size_t>(panel->currentQuestion())].kind == PredictQuiz::Question::Kind::Number);
    REQUIRE(panel->numberEdit()->isVisibleTo(panel));
    CHECK(panel->choiceButtons().empty());
    QSignalSpy answered(panel, &PredictPanel::answered);
    // Only digits (and a minus) can be typed; what is not yet a whole number is not an answer:
    // the panel says what to type.
    QTest::keyClicks(panel->numberEdit(), QStringLiteral("ack="));
    CHECK(panel->numberEdit()->text().isEmpty());
    QTest::keyClicks(panel->numberEdit(), QStringLiteral("-"));
    QTest::mouseClick(panel->checkButton(), Qt::LeftButton);
    CHECK(answered.isEmpty());
    CHECK_FALSE(questions[static_cast<std::size_t>(panel->currentQuestion())].answer);
    CHECK(panel->feedbackLabel()->text() == (en ? QStringLiteral("Type a whole number, such as 42, then Check.")
                                                : QStringLiteral("请输入一个整数（例如 42），然后点击“检查”。")));
    if (qEnvironmentVariableIsSet("WIRESTEP_SCREENSHOTS"))
        panel->grab().save(qEnvironmentVariable("WIRESTEP_SCREENSHOTS") + QStringLiteral("/predict-number-hint-%1.png").arg(lang));
    panel->numberEdit()->clear();
    QTest::keyClicks(panel->numberEdit(), QStringLiteral("100"));
    QTest::mouseClick(panel->checkButton(), Qt::LeftButton);
    // Answered like a choice: the exercises record it (ExerciseMode listens to this).
    REQUIRE(answered.size() == 1);
    CHECK(answered.front().front().toInt() == panel->currentQuestion());
    CHECK(questions[static_cast<std::size_t>(panel->currentQuestion())].typed == 100);
    if (en) {
        CHECK(panel->feedbackLabel()->text().startsWith(QStringLiteral("Not quite: the answer is 101.")));
        CHECK(panel->checkButton()->text().startsWith(QStringLiteral("✗ 100")));
    } else {
        CHECK(panel->feedbackLabel()->text().contains(QStringLiteral("101")));
    }
    CHECK(panel->continueButton()->isVisibleTo(panel));
    if (qEnvironmentVariableIsSet("WIRESTEP_SCREENSHOTS"))
        panel->grab().save(qEnvironmentVariable("WIRESTEP_SCREENSHOTS") + QStringLiteral("/predict-number-%1.png").arg(lang));
}
