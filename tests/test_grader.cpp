#include "tests/exercise_test_support.h"

#include "core/exercise/exercise_session.h"
#include "core/exercise/grader.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace wirestep;
using namespace wirestep::test;

namespace {

std::shared_ptr<const ExercisePack> smallPack()
{
    auto r = ExercisePack::fromFiles(smallPackFiles(), "small");
    REQUIRE(r.ok());
    return std::make_shared<const ExercisePack>(std::move(*r.pack));
}

// A student who answers the first `count` questions of each scenario: right when `right(n)` for
// the n-th answer given (from 0), else the first wrong choice.
ExerciseResults student(const std::shared_ptr<const ExercisePack> &pack, const std::string &name, const std::string &id,
                        int count, const std::function<bool(int)> &right)
{
    ExerciseSession session(pack, name, id, steppingClock());
    int n = 0;
    for (std::size_t s = 0; s < pack->size(); ++s) {
        const PredictQuiz quiz = session.quiz(s);
        for (int q = 0; q < std::min(count, quiz.total()); ++q) {
            const auto &question = quiz.questions()[static_cast<std::size_t>(q)];
            session.shown(s, q);
            const bool isRight = right(n++);
            if (question.kind == PredictQuiz::Question::Kind::Number) {
                // Wrong by one, as the ack of a SYN given as its seq.
                const std::int64_t number = *question.asked->number;
                REQUIRE(session.answerNumber(s, q, question.index, isRight ? number : number - 1));
                continue;
            }
            const int choice = isRight ? question.correct : (question.correct == 0 ? 1 : 0);
            REQUIRE(session.answer(s, q, question.kind, question.index, choice));
        }
    }
    return session.results();
}

} // namespace

TEST_CASE("a session records first answers only, with time and seconds taken, and only the pack's questions", "[exercise]")
{
    const auto pack = smallPack();
    ExerciseSession session(pack, "Ann", "a1", steppingClock());
    const PredictQuiz quiz = session.quiz(0);
    const auto &q0 = quiz.questions()[0];
    session.shown(0, 0);                      // 09:00:00
    session.shown(0, 0);                      // shown again: the first time counts, the clock is not read
    CHECK(session.answer(0, 0, q0.kind, q0.index, q0.correct)); // 09:00:01
    CHECK_FALSE(session.answer(0, 0, q0.kind, q0.index, 0));    // a second answer
    const auto &q1 = quiz.questions()[1];
    CHECK_FALSE(session.answer(0, 1, q1.kind, q1.index + 1, 0)); // not the pack's question there
    CHECK_FALSE(session.answer(0, 1, q1.kind, q1.index, 99));    // no such choice
    REQUIRE(session.results().answers.size() == 1);
    const auto &a = session.results().answers[0];
    CHECK(a.scenario == "a/handshake.json");
    CHECK(a.question == 1);
    CHECK(a.kind == "state"); // the client enters SYN_SENT before its SYN leaves
    CHECK(a.correct);
    CHECK(a.answeredAt == "2026-03-02T09:00:01+08:00");
    CHECK(a.seconds == 1.0);
    CHECK(session.results().packDigest == pack->digest());
    CHECK(session.right() == 1);
}

TEST_CASE("the grader recomputes every answer and counts right and wrong per student and per question", "[exercise]")
{
    const auto pack = smallPack();
    Grader grader(*pack);
    grader.addResults(student(pack, "Ann", "a1", 3, [](int) { return true; }), "ann.json");
    grader.addResults(student(pack, "Bob", "b2", 2, [](int n) { return n % 2 == 1; }), "bob.json");
    grader.addResults(student(pack, "Cy", "", 1, [](int) { return false; }), "cy.json");
    CHECK(grader.refused().empty());
    REQUIRE(grader.students().size() == 3);
    CHECK(grader.students()[0].right == 6);
    CHECK(grader.students()[0].answered == 6);
    CHECK(grader.students()[1].right == 2);
    CHECK(grader.students()[1].answered == 4);
    CHECK(grader.students()[2].right == 0);
    CHECK(grader.students()[2].answered == 2);
    const auto rows = grader.questions();
    CHECK(static_cast<int>(rows.size()) == grader.totalQuestions());
    // The first question of the handshake: Ann right, Bob and Cy wrong with the same choice.
    CHECK(rows[0].answered == 3);
    CHECK(rows[0].right == 1);
    CHECK(rows[0].commonWrongCount == 2);
    CHECK_FALSE(rows[0].commonWrong.isEmpty());
    CHECK(rows[0].commonWrong != rows[0].rightAnswer);
    // The second: Ann and Bob right.
    CHECK(rows[1].answered == 2);
    CHECK(rows[1].right == 2);
    CHECK(rows[1].commonWrong.isEmpty());
    // The fourth: nobody.
    CHECK(rows[3].answered == 0);
}

TEST_CASE("tampered, mismatched, malformed and duplicate results files are refused with their reasons", "[exercise]")
{
    const auto pack = smallPack();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const std::string root = dir.path().toStdString() + "/";
    const ExerciseResults good = student(pack, "Ann", "a1", 2, [](int n) { return n == 0; });
    writeText(root + "ann.json", good.toJson());
    const auto edit = [&](const std::string &name, const std::function<void(ExerciseResults &)> &change) {
        ExerciseResults r = good;
        r.studentId = name;
        change(r);
        writeText(root + name + ".json", r.toJson());
        return root + name + ".json";
    };
    Grader grader(*pack);
    grader.addFile(root + "ann.json");
    grader.addFile(edit("flipped", [](ExerciseResults &r) { r.answers[1].correct = true; }));
    grader.addFile(edit("digest", [](ExerciseResults &r) { r.packDigest = "sha256:1234"; }));
    grader.addFile(edit("unknown", [](ExerciseResults &r) { r.answers[0].question = 999; }));
    grader.addFile(edit("otherpack", [](ExerciseResults &r) { r.packId = "other"; }));
    grader.addFile(edit("kind", [](ExerciseResults &r) { r.answers[0].kind = "segment"; }));
    grader.addFile(edit("twice", [](ExerciseResults &r) { r.answers[1] = r.answers[0]; }));
    grader.addFile(edit("choice", [](ExerciseResults &r) { r.answers[0].choice = 9; }));
    grader.addFile(edit("scenario", [](ExerciseResults &r) { r.answers[0].scenario = "tcp.json"; }));
    writeText(root + "bad.json", "{ \"format\": \"wirestep-results/1\", ");
    grader.addFile(root + "bad.json");
    grader.addFile(root + "missing.json");
    writeText(root + "again.json", good.toJson());
    grader.addFile(root + "again.json");

    REQUIRE(grader.students().size() == 1);
    CHECK(grader.students()[0].file == root + "ann.json");
    std::vector<std::string> reasons;
    for (const auto &r : grader.refused()) reasons.push_back(r.reason.toStdString());
    const auto at = [&](const std::string &file, int answer) {
        const auto parsed = ExerciseResults::loadFile(root + file);
        REQUIRE(parsed.ok());
        const auto &a = parsed.results->answers[static_cast<std::size_t>(answer)];
        return root + file + ":" + std::to_string(a.line) + ":" + std::to_string(a.column) + ": answers[" + std::to_string(answer) + "]";
    };
    const std::string handshake = "a/handshake.json";
    const PredictQuiz quiz0 = pack->quiz(0);
    const auto &q0 = quiz0.questions()[0];
    REQUIRE(reasons.size() == 11);
    CHECK(reasons[0] == at("flipped.json", 1) + ": marked right, but the answer given to question 2 of " + handshake + " is wrong");
    CHECK(reasons[1] == root + "digest.json: made for another version of the pack \"small\" (its digest sha256:1234 is not this pack's " +
                            pack->digest() + "), or edited");
    CHECK(reasons[2] == at("unknown.json", 0) + ": " + handshake + " has no question 999 (it asks " +
                            std::to_string(pack->quiz(0).total()) + ")");
    CHECK(reasons[3] == root + "otherpack.json: made for the pack \"other\", not for \"small\"");
    CHECK(reasons[4] == at("kind.json", 0) + ": question 1 of " + handshake + " is a state question, not segment");
    CHECK(reasons[5] == at("twice.json", 1) + ": question 1 of " + handshake + " is answered twice");
    CHECK(reasons[6] == at("choice.json", 0) + ": choice 9 is not one of the " + std::to_string(q0.choices.size()) +
                            " choices of question 1 of " + handshake);
    CHECK(reasons[7] == at("scenario.json", 0) + ": the scenario tcp.json is not in the pack");
    CHECK(reasons[8] == root + "bad.json:1:35: unexpected end of input; the object that starts at line 1, column 1 is not closed");
    CHECK(reasons[9] == root + "missing.json: file not found");
    CHECK(reasons[10] == root + "again.json: the same student (a1) as " + root + "ann.json, which is counted");
}
