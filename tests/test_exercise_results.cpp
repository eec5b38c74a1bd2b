#include "core/exercise/exercise_results.h"

#include <catch2/catch.hpp>

using namespace wirestep;

namespace {

ExerciseResults sample()
{
    ExerciseResults r;
    r.studentName = "李雷";
    r.studentId = "s001";
    r.packId = "course";
    r.packDigest = "sha256:00ff";
    r.appVersion = "0.1.0";
    ExerciseResults::Answer a;
    a.scenario = "01-handshake.json";
    a.question = 2;
    a.kind = "segment";
    a.beforeEvent = 5;
    a.choice = 3;
    a.correct = true;
    a.answeredAt = "2026-03-02T09:00:04+08:00";
    a.seconds = 3.5;
    r.answers.push_back(a);
    a.question = 3;
    a.kind = "state";
    a.beforeEvent = 6;
    a.choice = 0;
    a.correct = false;
    a.seconds = 12;
    r.answers.push_back(a);
    return r;
}

std::string firstError(std::string_view text)
{
    const auto r = ExerciseResults::parse(text, "r.json");
    return r.errors.empty() ? std::string() : r.errors.front().toString();
}

} // namespace

TEST_CASE("a results file reads back as it was written", "[exercise]")
{
    const ExerciseResults r = sample();
    const std::string json = r.toJson();
    CHECK(json.find("\"format\": \"wirestep-results/1\"") != std::string::npos);
    CHECK(json.find("\"answered_at\": \"2026-03-02T09:00:04+08:00\"") != std::string::npos);
    const auto back = ExerciseResults::parse(json, "r.json");
    INFO(json);
    REQUIRE(back.ok());
    CHECK(*back.results == r);
    CHECK(back.results->answers[1].line > back.results->answers[0].line);
}

TEST_CASE("a file that is not a results file is refused with where and why", "[exercise]")
{
    CHECK(firstError("{\"format\": \"wirestep-results/1\",") == "r.json:1:33: unexpected end of input; the object that starts at line 1, column 1 is not closed");
    CHECK(firstError("{\"format\": \"wirestep-scenario/1\", \"id\": \"x\"}") ==
          "r.json:1:12: format: unknown format \"wirestep-scenario/1\"; expected \"wirestep-results/1\"");
    CHECK(firstError("[]") == "r.json:1:1: must be an object");
    std::string json = sample().toJson();
    const auto without = [&](const std::string &from, const std::string &to) {
        std::string s = json;
        s.replace(s.find(from), from.size(), to);
        return firstError(s);
    };
    CHECK(without("\"name\": \"李雷\"", "\"name\": \"\"").empty()); // the id is enough
    CHECK(without("\"id\": \"s001\"", "\"id\": \"\"").empty());     // so is the name
    INFO(without("\"correct\": true", "\"correct\": \"yes\""));
    CHECK(without("\"correct\": true", "\"correct\": \"yes\"").find("answers[0].correct: must be") != std::string::npos);
    CHECK(without("\"choice\": 3,", "").find("answers[0]: needs the answer given: \"choice\" or \"number\"") != std::string::npos);
    CHECK(without("\"question\": 2", "\"question\": 0").find("answers[0].question: must be an integer from 1 to") != std::string::npos);
}
