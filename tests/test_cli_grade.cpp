#include "tests/cli_test_support.h"
#include "tests/exercise_test_support.h"

#include "core/exercise/exercise_session.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

#include <filesystem>

using namespace wirestep;
using namespace wirestep::test;

namespace {

// A class in a folder of its own (the current one while the test runs, so that the table
// names the files as a teacher types them): the small pack in small/ and three results files.
class Classroom {
public:
    Classroom()
    {
        REQUIRE(m_dir.isValid());
        m_previous = std::filesystem::current_path();
        std::filesystem::current_path(m_dir.path().toStdString());
        writeFolder("small", smallPackFiles());
        auto loaded = ExercisePack::load("small");
        REQUIRE(loaded.ok());
        m_pack = std::make_shared<const ExercisePack>(std::move(*loaded.pack));
        // Ann answers every question right; Bob gets the state questions and the handshake's
        // number (the ack of the SYN, typed as 100) wrong, its own "why" choice right; Cy
        // answers the first two of each scenario, wrong.
        write("ann.json", "Ann Lee", "a1", [](const PredictQuiz::Question &, int) { return true; }, 99);
        write("bob.json", "Bob", "b2", [](const PredictQuiz::Question &q, int) {
            return q.kind == PredictQuiz::Question::Kind::Segment || q.kind == PredictQuiz::Question::Kind::Choice;
        }, 99);
        write("cy.json", "崔阳", "", [](const PredictQuiz::Question &, int) { return false; }, 2);
    }
    ~Classroom() { std::filesystem::current_path(m_previous); }

    const ExercisePack &pack() const { return *m_pack; }

    void write(const std::string &file, const std::string &name, const std::string &id,
               const std::function<bool(const PredictQuiz::Question &, int)> &right, int perScenario)
    {
        ExerciseSession s(m_pack, name, id, steppingClock());
        for (std::size_t i = 0; i < m_pack->size(); ++i) {
            const PredictQuiz quiz = s.quiz(i);
            for (int n = 0; n < std::min(perScenario, quiz.total()); ++n) {
                const auto &q = quiz.questions()[static_cast<std::size_t>(n)];
                s.shown(i, n);
                if (q.kind == PredictQuiz::Question::Kind::Number) {
                    // Wrong: one less, the ack of a SYN given as its seq (100 for 101).
                    const std::int64_t number = *q.asked->number;
                    REQUIRE(s.answerNumber(i, n, q.index, right(q, n) ? number : number - 1));
                    continue;
                }
                REQUIRE(s.answer(i, n, q.kind, q.index, right(q, n) ? q.correct : (q.correct + 1) % static_cast<int>(q.choices.size())));
            }
        }
        writeText(file, s.results().toJson());
    }

private:
    QTemporaryDir m_dir;
    std::filesystem::path m_previous;
    std::shared_ptr<const ExercisePack> m_pack;
};

} // namespace

TEST_CASE("grade prints the class summary: each student's score, each question's right answers and most common wrong one", "[cli][exercise]")
{
    Classroom room;
    const auto r = cli({"grade", "small", "ann.json", "bob.json", "cy.json", "--lang", "en"});
    INFO(r.err);
    CHECK(r.code == 0);
    CHECK(r.err.empty());
    CHECK(r.out ==
        "Exercise pack: Small pack (small), 2 scenarios, 12 questions\n"
        "Results files: 3 given, 3 counted, 0 refused\n"
        "\n"
        "Students\n"
        "  Name     Id  Score     Answered  File\n"
        "  Ann Lee  a1  12 right  12 of 12  ann.json\n"
        "  Bob      b2  6 right   12 of 12  bob.json\n"
        "  崔阳     -   0 right   4 of 12   cy.json\n"
        "\n"
        "Questions\n"
        "  Scenario          No.  Kind     Right   Most common wrong answer\n"
        "  a/handshake.json  1    state    1 of 3  SYN_SENT (2)\n"
        "  a/handshake.json  2    segment  2 of 3  SYN seq=0 (1)\n"
        "  a/handshake.json  3    state    1 of 2  SYN_RECEIVED (1)\n"
        "  a/handshake.json  4    number   1 of 2  100 (1)\n"
        "  a/handshake.json  5    state    1 of 2  ESTABLISHED (1)\n"
        "  a/handshake.json  6    state    1 of 2  SYN_RECEIVED (1)\n"
        "  a/handshake.json  7    choice   2 of 2  -\n"
        "  a/handshake.json  8    state    1 of 2  LISTEN (1)\n"
        "  udp.json          1    segment  2 of 3  A SYN, to open a connection first (1)\n"
        "  udp.json          2    segment  2 of 3  An ACK for the datagram before (1)\n"
        "  udp.json          3    segment  2 of 2  -\n"
        "  udp.json          4    segment  2 of 2  -\n");
}

TEST_CASE("grade writes CSV and JSON too, and speaks Chinese with --lang zh_CN", "[cli][exercise]")
{
    Classroom room;
    const auto csv = cli({"grade", "small", "ann.json", "cy.json", "--format", "csv", "--lang", "en"});
    CHECK(csv.code == 0);
    const auto rows = linesOf(csv.out);
    REQUIRE(rows.size() == 3 + 1 + 13 + 1 + 1);
    CHECK(rows[0] == "file,name,id,right,answered,questions\r");
    CHECK(rows[1] == "ann.json,Ann Lee,a1,12,12,12\r");
    CHECK(rows[2] == "cy.json,崔阳,,0,4,12\r");
    CHECK(rows[4] == "scenario,question,kind,prompt,right_answer,answered,right,most_common_wrong,wrong_count\r");
    CHECK(rows[5].rfind("a/handshake.json,1,state,The server's state is about to change; it is in CLOSED now. Which state does it enter?,LISTEN,2,1,", 0) == 0);
    // The scenario's own questions: the prompt and the right answer as the scenario words them.
    CHECK(rows[8].rfind("a/handshake.json,4,number,The client's SYN carries seq=100 and no data. Which acknowledgment number (ack) will the server's answer carry?,101,", 0) == 0);
    CHECK(rows[11].rfind("a/handshake.json,7,choice,The client is about to send the third segment of the handshake. Why is it needed at all: why would two segments not be enough?,\"So that an old, delayed SYN", 0) == 0);
    CHECK(rows.back() == "refused_file,reason\r");

    const auto json = cli({"grade", "small", "ann.json", "--format", "json"});
    CHECK(json.code == 0);
    CHECK(json.out.find("\"format\": \"wirestep-grades/1\"") != std::string::npos);
    CHECK(json.out.find("{ \"file\": \"ann.json\", \"name\": \"Ann Lee\", \"id\": \"a1\", \"right\": 12, \"answered\": 12 }") != std::string::npos);
    CHECK(json.out.find("\"refused\": []") != std::string::npos);

    const auto zh = cli({"grade", "small", "ann.json", "--lang", "zh_CN"});
    CHECK(zh.code == 0);
    CHECK(zh.out.find("小练习") != std::string::npos);
    CHECK(zh.out.find("Students") == std::string::npos);
    // The scenario's own question in the scenario's Chinese.
    const auto zhCsv = cli({"grade", "small", "ann.json", "--format", "csv", "--lang", "zh_CN"});
    CHECK(zhCsv.out.find("客户端的 SYN 的 seq=100，不携带数据。服务器的应答中确认号 ack 是多少？,101,") != std::string::npos);
}

TEST_CASE("grade refuses tampered and broken results files, counts the rest and exits 1", "[cli][exercise]")
{
    Classroom room;
    std::string flipped = readText("bob.json");
    const std::string wrong = "\"correct\": false";
    flipped.replace(flipped.find(wrong), wrong.size(), "\"correct\": true");
    writeText("flipped.json", flipped);
    // Bob's number typed for the ack of the SYN (100, wrong) claimed right; then the number
    // itself changed to the right one, the claim left wrong.
    std::string claimed = readText("bob.json");
    const std::string typed = "\"number\": 100,\n      \"correct\": false";
    REQUIRE(claimed.find(typed) != std::string::npos);
    claimed.replace(claimed.find(typed), typed.size(), "\"number\": 100,\n      \"correct\": true");
    writeText("claimed.json", claimed);
    std::string renumbered = readText("bob.json");
    renumbered.replace(renumbered.find(typed), typed.size(), "\"number\": 101,\n      \"correct\": false");
    ExerciseResults other = *ExerciseResults::parse(renumbered, "renumbered.json").results;
    other.studentId = "b3"; // another student, so that only the number is in question
    writeText("renumbered.json", other.toJson());
    writeText("broken.json", "{ \"format\": ");
    writeText("scenario.json", readText("small/udp.json"));
    const auto r = cli({"grade", "small", "ann.json", "flipped.json", "broken.json", "scenario.json", "ann.json", "claimed.json",
                        "renumbered.json", "--lang", "en"});
    CHECK(r.code == 1);
    const auto lines = linesOf(r.out);
    CHECK(lines[1] == "Results files: 7 given, 1 counted, 6 refused");
    const auto refused = std::find(lines.begin(), lines.end(), "Refused, not counted");
    REQUIRE(refused != lines.end());
    REQUIRE(lines.end() - refused == 7);
    CHECK(refused[1].rfind("  flipped.json:", 0) == 0);
    CHECK(refused[1].find(": answers[0]: marked right, but the answer given to question 1 of a/handshake.json is wrong") != std::string::npos);
    CHECK(refused[2] == "  broken.json:1:13: unexpected end of input; the object that starts at line 1, column 1 is not closed");
    CHECK(refused[3] == "  scenario.json:2:13: format: unknown format \"wirestep-scenario/1\"; expected \"wirestep-results/1\"");
    CHECK(refused[4] == "  ann.json: the same student (a1) as ann.json, which is counted");
    CHECK(refused[5].rfind("  claimed.json:", 0) == 0);
    CHECK(refused[5].find(": answers[3]: marked right, but the answer given to question 4 of a/handshake.json is wrong") != std::string::npos);
    CHECK(refused[6].rfind("  renumbered.json:", 0) == 0);
    CHECK(refused[6].find(": answers[3]: marked wrong, but the answer given to question 4 of a/handshake.json is right") != std::string::npos);
}

TEST_CASE("grade's usage errors and a bad pack exit 2 with one line each", "[cli][exercise]")
{
    Classroom room;
    const auto none = cli({"grade"});
    CHECK(none.code == 2);
    CHECK(none.err == "wirestep-cli: 'grade' needs an exercise pack and at least one results file\n");
    const auto one = cli({"grade", "small"});
    CHECK(one.code == 2);
    CHECK(one.err == "wirestep-cli: 'grade' needs at least one results file after the pack\n");
    const auto format = cli({"grade", "small", "ann.json", "--format", "xml"});
    CHECK(format.code == 2);
    CHECK(format.err == "wirestep-cli: --format must be text, csv or json, not 'xml'\n");
    const auto pack = cli({"grade", "nowhere", "ann.json"});
    CHECK(pack.code == 2);
    CHECK(pack.err == "nowhere: not an exercise pack: give its folder, its pack.json or a .zip of it\n");
    CHECK(pack.out.empty());
    const auto help = cli({"--help"});
    CHECK(help.out.find("grade PACK RESULTS...") != std::string::npos);
}
