#include "tests/exercise_test_support.h"

#include "core/exercise/exercise_pack.h"
#include "core/scenario/scenario_runner.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

#include <functional>
#include <map>

using namespace wirestep;
using namespace wirestep::test;

namespace {

std::string joined(const ExercisePack::LoadResult &r)
{
    std::string s;
    for (const std::string &l : r.errorLines()) s += l + "\n";
    return s;
}

} // namespace

TEST_CASE("the sample pack loads: its id, titles in both languages, eight scenarios in order", "[exercise]")
{
    const ExercisePack::LoadResult r = ExercisePack::load(samplePackDir());
    INFO(joined(r));
    REQUIRE(r.ok());
    const ExercisePack &pack = *r.pack;
    CHECK(pack.id() == "course");
    CHECK(pack.titleIn("en") == "TCP and UDP: the course in eight scenarios");
    CHECK(pack.titleIn("zh_CN") == "TCP 与 UDP：八个场景练习");
    REQUIRE(pack.size() == 8);
    CHECK(pack.entries().front().file == "01-handshake.json");
    CHECK(pack.entries().front().scenario.id == "handshake");
    CHECK(pack.entries().back().file == "08-connection-reset.json");
    CHECK(pack.digest().rfind("sha256:", 0) == 0);
    CHECK(pack.digest().size() == 7 + 64);
    // Every scenario asks something.
    for (std::size_t i = 0; i < pack.size(); ++i) CHECK(pack.quiz(i).total() > 0);
    // Given as its pack.json, the same pack.
    const ExercisePack::LoadResult again = ExercisePack::load(samplePackDir() + "/pack.json");
    REQUIRE(again.ok());
    CHECK(again.pack->digest() == pack.digest());
}

TEST_CASE("a folder, a .zip of it and a .zip with a top folder load the same pack", "[exercise]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const std::string root = dir.path().toStdString();
    const auto files = smallPackFiles();
    writeFolder(root + "/small", files);
    writeZip(root + "/small.zip", files);
    writeZip(root + "/nested.zip", files, "small/");

    const ExercisePack::LoadResult folder = ExercisePack::load(root + "/small");
    INFO(joined(folder));
    REQUIRE(folder.ok());
    for (const std::string zip : {"/small.zip", "/nested.zip"}) {
        const ExercisePack::LoadResult z = ExercisePack::load(root + zip);
        INFO(zip << "\n" << joined(z));
        REQUIRE(z.ok());
        CHECK(z.pack->id() == folder.pack->id());
        CHECK(z.pack->digest() == folder.pack->digest());
        REQUIRE(z.pack->size() == 2);
        for (std::size_t i = 0; i < 2; ++i) {
            CHECK(z.pack->entries()[i].file == folder.pack->entries()[i].file);
            CHECK(z.pack->entries()[i].scenario == folder.pack->entries()[i].scenario);
            CHECK(z.pack->quiz(i).total() == folder.pack->quiz(i).total());
        }
    }
    CHECK(ExercisePack::looksLikePack(root + "/small"));
    CHECK(ExercisePack::looksLikePack(root + "/small.zip"));
    CHECK(ExercisePack::looksLikePack(root + "/small/pack.json"));
    CHECK_FALSE(ExercisePack::looksLikePack(root + "/small/udp.json"));
}

TEST_CASE("changing one byte of a scenario changes the pack's digest", "[exercise]")
{
    auto files = smallPackFiles();
    const auto a = ExercisePack::fromFiles(files, "p");
    files["udp.json"] += " ";
    const auto b = ExercisePack::fromFiles(files, "p");
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    CHECK(a.pack->digest() != b.pack->digest());
}

TEST_CASE("settings apply to every scenario as students run it", "[exercise]")
{
    const auto r = ExercisePack::fromFiles(smallPackFiles(R"({ "seed": 7, "profile": "rfc" })"), "p");
    INFO(joined(r));
    REQUIRE(r.ok());
    CHECK(r.pack->settings().seed == 7u);
    CHECK(r.pack->settings().profile == TimerProfile::Rfc);
    const Scenario s = r.pack->scenarioAsRun(0);
    CHECK(s.link.seed == 7u);
    CHECK(s.nodes[0].profile == TimerProfile::Rfc);
    CHECK(r.pack->entries()[0].scenario.nodes[0].profile != TimerProfile::Rfc);
}

TEST_CASE("a bad pack says file:line:column: path: message for each problem, its scenarios' too", "[exercise]")
{
    auto files = smallPackFiles();
    SECTION("JSON syntax")
    {
        files["pack.json"] = "{\n  \"format\": \"wirestep-pack/1\",\n  \"id\" \"x\"\n}\n";
        CHECK(joined(ExercisePack::fromFiles(files, "p")) == "p/pack.json:3:8: expected ':' after object key\n");
    }
    SECTION("wrong format, bad id, a name outside the pack, a name twice, an unknown key")
    {
        files["pack.json"] = "{\n  \"format\": \"wirestep-pack/2\",\n  \"id\": \"a b\",\n  \"title\": { \"en\": \"T\" },\n"
                             "  \"scenarios\": [\"../x.json\", \"udp.json\", \"udp.json\"],\n  \"setings\": {}\n}\n";
        CHECK(joined(ExercisePack::fromFiles(files, "p")) ==
              "p/pack.json:2:13: format: unknown format \"wirestep-pack/2\"; expected \"wirestep-pack/1\"\n"
              "p/pack.json:3:9: id: must be letters, digits and '-' only, not empty\n"
              "p/pack.json:5:17: scenarios[0]: \"../x.json\" must be a file inside the pack: a relative name without \"..\"\n"
              "p/pack.json:5:42: scenarios[2]: \"udp.json\" is named twice\n"
              "p/pack.json:6:3: setings: unknown key; did you mean \"settings\"?\n");
    }
    SECTION("a scenario missing, one with an error of its own")
    {
        files.erase("udp.json");
        files["a/handshake.json"].replace(files["a/handshake.json"].find("\"connect\""), 9, "\"conect\"");
        const std::string errors = joined(ExercisePack::fromFiles(files, "p"));
        CHECK(errors.find("p/udp.json: file not found\n") != std::string::npos);
        CHECK(errors.find("p/a/handshake.json:") == 0);
        CHECK(errors.find("unknown action \"conect\"; did you mean \"connect\"?") != std::string::npos);
    }
    SECTION("no pack.json")
    {
        files.erase("pack.json");
        CHECK(joined(ExercisePack::fromFiles(files, "p")) == "p/pack.json: file not found\n");
    }
}

TEST_CASE("what is not a pack is refused in one line", "[exercise]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const std::string root = dir.path().toStdString();
    writeText(root + "/not.zip", "this is no archive");
    const auto notZip = ExercisePack::load(root + "/not.zip");
    REQUIRE(notZip.errors.size() == 1);
    CHECK(notZip.errorLines()[0].rfind(root + "/not.zip: not a readable .zip archive: ", 0) == 0);
    const auto missing = ExercisePack::load(root + "/missing.zip");
    REQUIRE(missing.errors.size() == 1);
    CHECK(missing.errorLines()[0] == root + "/missing.zip: file not found");
    writeText(root + "/lesson.json", "{}");
    const auto scenario = ExercisePack::load(root + "/lesson.json");
    REQUIRE(scenario.errors.size() == 1);
    CHECK(scenario.errorLines()[0] == root + "/lesson.json: not an exercise pack: give its folder, its pack.json or a .zip of it");
    const auto empty = ExercisePack::load(root);
    REQUIRE(empty.errors.size() == 1);
    CHECK(empty.errorLines()[0] == root + "/pack.json: file not found");
}

TEST_CASE("the sample course asks every question its scenarios carry, each just before what it is about", "[exercise]")
{
    const ExercisePack::LoadResult r = ExercisePack::load(samplePackDir());
    REQUIRE(r.ok());
    const ExercisePack &pack = *r.pack;
    // (scenario file, own questions in order: "choice" or the number, with what it is checked against)
    struct Own {
        PredictQuiz::Question::Kind kind;
        std::function<void(const Trace &, std::size_t at, std::int64_t number)> check;
    };
    using K = PredictQuiz::Question::Kind;
    const auto probe = [](const Trace &t, std::size_t at, std::int64_t) {
        // Just after the keepalive timer fires, before the probe is seen.
        CHECK(t[at - 1].kind == EventKind::Timer);
        CHECK(t[at - 1].timer == TimerKind::Keepalive);
    };
    const auto before = [](EventKind kind, AppError notYet) {
        return [kind, notYet](const Trace &t, std::size_t at, std::int64_t) {
            CHECK(t[at].kind == kind);
            // The answer is not on screen yet: the application hears of it after the question.
            std::size_t told = t.size();
            for (std::size_t i = 0; i < t.size() && told == t.size(); ++i)
                if (t[i].error == notYet) told = i;
            CHECK(told > at);
            CHECK(told < t.size());
        };
    };
    const auto isAck = [](const Trace &t, std::size_t at, std::int64_t n) { CHECK(t[at].seg.ack == static_cast<std::uint32_t>(n)); };
    const std::map<std::string, std::vector<Own>> expected{
        {"01-handshake.json", {{K::Number, isAck}, {K::Choice, {}}}},
        {"02-four-way-close.json", {{K::Choice, {}}, {K::Number, isAck}}},
        {"03-time-wait.json", {{K::Choice, {}}}},
        {"04-keepalive.json",
         {{K::Choice, probe},
          {K::Number, [&](const Trace &t, std::size_t at, std::int64_t n) {
               probe(t, at, n);
               CHECK(t[at].seg.seq == static_cast<std::uint32_t>(n));
           }},
          {K::Choice, before(EventKind::Send, AppError::TimedOut)}}},
        {"05-retransmission-backoff.json",
         {{K::Number, [](const Trace &t, std::size_t at, std::int64_t n) {
               // The number is the gap, in ms, since the client's retransmission before.
               std::size_t previous = at;
               while (previous > 0 && !(t[--previous].kind == EventKind::Send && t[previous].node == NodeId::Client)) {}
               CHECK((t[at].tUs - t[previous].tUs) / 1000 == n);
           }},
          {K::Choice, {}},
          {K::Choice, before(EventKind::Send, AppError::TimedOut)}}},
        {"06-tcp-vs-udp.json", {{K::Number, isAck}, {K::Choice, {}}, {K::Choice, {}}}},
        {"07-connection-refused.json", {{K::Choice, before(EventKind::Send, AppError::Refused)}, {K::Number, isAck}}},
        {"08-connection-reset.json", {{K::Choice, probe}, {K::Choice, before(EventKind::Send, AppError::Reset)}}},
    };
    REQUIRE(pack.size() == expected.size());
    for (std::size_t i = 0; i < pack.size(); ++i) {
        const std::string &file = pack.entries()[i].file;
        INFO(file);
        const Scenario scenario = pack.scenarioAsRun(i);
        const Trace trace = runScenario(scenario);
        const PredictQuiz quiz = pack.quiz(i);
        const std::vector<Own> &own = expected.at(file);
        REQUIRE(scenario.questions.size() == own.size());
        std::size_t k = 0;
        for (const PredictQuiz::Question &q : quiz.questions()) {
            if (!q.asked) continue;
            INFO("own question " << k + 1);
            REQUIRE(k < own.size());
            CHECK(*q.asked == scenario.questions[k]); // every one asked, in the file's order
            CHECK(q.kind == own[k].kind);
            // Both languages, for the prompt, the choices and the explanation.
            for (const auto *texts : {&q.asked->prompt, &q.asked->explanation}) {
                CHECK(texts->count("en"));
                CHECK(texts->count("zh_CN"));
            }
            for (const auto &c : q.asked->choices) CHECK(c.size() == 2);
            if (own[k].check) own[k].check(trace, q.index, q.asked->number.value_or(-1));
            ++k;
        }
        CHECK(k == own.size());
    }
}
