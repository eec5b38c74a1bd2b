#include "tests/catalog_runs.h"
#include "core/scenario/catalog.h"
#include "core/scenario/scenario_runner.h"
#include "core/exercise/predict_quiz.h"

#include <catch2/catch.hpp>

using namespace wirestep;

namespace {

std::shared_ptr<const Trace> run(const char *id) { return test::sharedCatalogRun(id); }

// The first question about a segment with exactly these flags.
int segmentQuestion(const PredictQuiz &quiz, const Trace &t, std::uint8_t flags)
{
    for (std::size_t i = 0; i < quiz.questions().size(); ++i) {
        const auto &q = quiz.questions()[i];
        if (q.kind == PredictQuiz::Question::Kind::Segment && t[q.index].seg.flags == flags) return static_cast<int>(i);
    }
    FAIL("no such question");
    return -1;
}

} // namespace

TEST_CASE("every send and every state change of the handshake is a question with the real answer among the choices",
          "[predict]")
{
    const auto trace = run("handshake");
    const PredictQuiz quiz(trace);
    std::size_t expected = 0;
    for (const TraceEvent &e : trace->events()) expected += e.kind == EventKind::Send || e.kind == EventKind::State;
    REQUIRE(quiz.total() == static_cast<int>(expected));
    for (int i = 0; i < quiz.total(); ++i) {
        const auto &q = quiz.questions()[static_cast<std::size_t>(i)];
        const TraceEvent &e = (*trace)[q.index];
        CHECK(q.choices.size() >= 3);
        CHECK(q.choices.size() <= 4);
        if (q.kind == PredictQuiz::Question::Kind::State)
            CHECK(quiz.choiceText(i, q.correct) == QString::fromLatin1(toString(e.to).data()));
        else
            CHECK(quiz.choiceText(i, q.correct) == QString::fromStdString(e.seg.label()));
        // No choice appears twice.
        for (std::size_t a = 0; a < q.choices.size(); ++a)
            for (std::size_t b = a + 1; b < q.choices.size(); ++b)
                CHECK(quiz.choiceText(i, static_cast<int>(a)) != quiz.choiceText(i, static_cast<int>(b)));
        CHECK_FALSE(quiz.prompt(i).isEmpty());
    }
}

TEST_CASE("the SYN,ACK question offers ack = seq, the classic mistake", "[predict]")
{
    const auto trace = run("handshake");
    const PredictQuiz quiz(trace);
    const int q = segmentQuestion(quiz, *trace, TcpFlag::SYN | TcpFlag::ACK);
    QStringList texts;
    for (int i = 0; i < static_cast<int>(quiz.questions()[static_cast<std::size_t>(q)].choices.size()); ++i)
        texts << quiz.choiceText(q, i);
    CHECK(texts.contains(QStringLiteral("SYN, ACK seq=300 ack=101")));
    CHECK(texts.contains(QStringLiteral("SYN, ACK seq=300 ack=100")));
}

TEST_CASE("a right answer and a wrong answer are scored", "[predict]")
{
    const auto trace = run("handshake");
    PredictQuiz quiz(trace);
    REQUIRE(quiz.total() >= 2);
    const auto &first = quiz.questions()[0];
    CHECK(quiz.answer(0, first.correct));
    CHECK(quiz.answered() == 1);
    CHECK(quiz.correct() == 1);
    CHECK(quiz.feedback(0).startsWith(QStringLiteral("Right!")));

    const auto &second = quiz.questions()[1];
    const int wrong = second.correct == 0 ? 1 : 0;
    CHECK_FALSE(quiz.answer(1, wrong));
    CHECK(quiz.answered() == 2);
    CHECK(quiz.correct() == 1);
    CHECK(quiz.feedback(1).startsWith(QStringLiteral("Not quite")));
    CHECK(quiz.feedback(1).contains(quiz.choiceText(1, second.correct)));
    // Only the first answer counts.
    CHECK_FALSE(quiz.answer(1, second.correct));
    CHECK(quiz.correct() == 1);
    CHECK(quiz.scoreText().contains(QStringLiteral("1 right of 2")));
    CHECK_FALSE(quiz.finished());
    quiz.reset();
    CHECK(quiz.answered() == 0);
}

TEST_CASE("the TIME_WAIT question of the teardown tempts with the server's state", "[predict]")
{
    const auto trace = run("teardown");
    const PredictQuiz quiz(trace);
    bool found = false;
    for (int i = 0; i < quiz.total(); ++i) {
        const auto &q = quiz.questions()[static_cast<std::size_t>(i)];
        if (q.kind != PredictQuiz::Question::Kind::State || (*trace)[q.index].to != TcpState::TimeWait) continue;
        found = true;
        CHECK(q.node == NodeId::Client);
        bool peer = false;
        for (const auto &c : q.choices) peer = peer || c.mistake == PredictQuiz::Mistake::PeerState;
        CHECK(peer);
    }
    CHECK(found);
}

TEST_CASE("every catalog scenario gives a quiz whose questions all have their answer", "[predict]")
{
    for (const Scenario &s : Catalog::builtIn().scenarios()) {
        INFO(s.id);
        const auto trace = std::make_shared<const Trace>(runScenario(s));
        const PredictQuiz quiz(trace);
        for (int i = 0; i < quiz.total(); ++i) {
            const auto &q = quiz.questions()[static_cast<std::size_t>(i)];
            REQUIRE(q.correct >= 0);
            REQUIRE(q.correct < static_cast<int>(q.choices.size()));
            CHECK(q.choices.size() >= 2);
            CHECK(q.choices[static_cast<std::size_t>(q.correct)].mistake == PredictQuiz::Mistake::None);
        }
    }
}

TEST_CASE("a scenario's own questions are asked before their events, with their explanation after the answer", "[predict][questions]")
{
    const Scenario *s = Catalog::builtIn().find("handshake");
    REQUIRE(s);
    REQUIRE(s->questions.size() == 2);
    const auto trace = std::make_shared<const Trace>(runScenario(*s));
    PredictQuiz quiz(trace, s->questions);
    quiz.setLanguage("en");
    int number = -1, choice = -1;
    for (int i = 0; i < quiz.total(); ++i) {
        if (quiz.questions()[static_cast<std::size_t>(i)].kind == PredictQuiz::Question::Kind::Number) number = i;
        if (quiz.questions()[static_cast<std::size_t>(i)].kind == PredictQuiz::Question::Kind::Choice) choice = i;
    }
    REQUIRE(number >= 0);
    REQUIRE(choice >= 0);
    // "Which ack will the server send?" is asked before the SYN,ACK, in the place of "what comes next".
    const TraceEvent synAck = (*trace)[quiz.questions()[static_cast<std::size_t>(number)].index];
    CHECK(synAck.kind == EventKind::Send);
    CHECK(synAck.seg.flags == (TcpFlag::SYN | TcpFlag::ACK));
    CHECK(quiz.prompt(number).contains("Which acknowledgment number"));
    CHECK_FALSE(quiz.answerNumber(number, 100)); // the tempting wrong answer
    CHECK(quiz.feedback(number).startsWith("Not quite: the answer is 101."));
    CHECK(quiz.feedback(number).contains("a SYN takes one sequence number"));
    CHECK_FALSE(quiz.answerNumber(number, 101)); // the first answer counts
    // "Why a third step?" before the client's ACK, answered right.
    const TraceEvent ack = (*trace)[quiz.questions()[static_cast<std::size_t>(choice)].index];
    CHECK(ack.seg.flags == TcpFlag::ACK);
    CHECK(quiz.choiceText(choice, 1).contains("old, delayed SYN"));
    CHECK(quiz.answer(choice, 1));
    CHECK(quiz.feedback(choice).startsWith("Right! With two steps"));
    // In Chinese, the scenario's Chinese texts.
    quiz.setLanguage("zh_CN");
    CHECK(quiz.prompt(number).contains(QStringLiteral("确认号")));
}
