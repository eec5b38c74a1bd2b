// The bad-input catalogue (tests/bad_scenarios/): every file is a malformed scenario with a
// sibling .expected file holding the exact error lines. None may crash, hang or half-load, and
// `wirestep-cli validate` gives exit 2 with the same lines. Inputs too big to commit (a 10 MB
// string, a million nested brackets, 100000 bad actions, a 17 MiB file) are made here.
#include "tests/sanitizer_support.h"
#include "cli/cli_app.h"
#include "core/scenario/json_parser.h"
#include "core/scenario/scenario_loader.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

using namespace wirestep;
namespace fs = std::filesystem;

namespace {

const fs::path kDir = fs::path(WIRESTEP_SOURCE_DIR) / "tests" / "bad_scenarios";
// Generous, for the sanitizer build: a hang shows as minutes, not as a second.
constexpr double kMaxSecondsSmall = 2.0;
constexpr double kMaxSecondsHuge = 30.0;

std::string readFile(const fs::path &p)
{
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::vector<std::string> splitLines(const std::string &text)
{
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

std::vector<fs::path> badFiles()
{
    std::vector<fs::path> files;
    for (const auto &e : fs::directory_iterator(kDir))
        if (e.path().extension() == ".json") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    return files;
}

fs::path expectedFile(const fs::path &json)
{
    fs::path p = json;
    return p.replace_extension(".expected");
}

// Loads `text`, timing it; checks that nothing half-loaded.
LoadResult timedLoad(const std::string &text, const std::string &name, double maxSeconds)
{
    const auto start = std::chrono::steady_clock::now();
    LoadResult r = ScenarioLoader::load(text, name);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    INFO(name << " took " << seconds << " s");
    CHECK(seconds < maxSeconds * test::kSlowdown);
    CHECK_FALSE(r.scenario.has_value());
    CHECK_FALSE(r.errors.empty());
    return r;
}

struct Cli {
    int code;
    std::string out;
    std::string err;
};

Cli validate(const std::vector<std::string> &files)
{
    std::vector<std::string> args{"validate", "--lang", "en"};
    args.insert(args.end(), files.begin(), files.end());
    std::ostringstream out, err;
    const int code = CliApp(out, err).run(args);
    return {code, out.str(), err.str()};
}

// The one-line document `{"format": "wirestep-scenario/1", "id": "x", <extra> "nodes": ...}`.
std::string document(const std::string &extra)
{
    return R"({"format": "wirestep-scenario/1", "id": "x", )" + extra
           + R"("nodes": {"client": {}, "server": {}}, "actions": []})";
}

// The column of the first byte of `marker` in a one-line ASCII document.
std::string at(const std::string &text, const std::string &marker)
{
    return "1:" + std::to_string(text.find(marker) + 1);
}

} // namespace

TEST_CASE("the bad-input catalogue has at least 40 files, each with its expected lines", "[bad]")
{
    const auto files = badFiles();
    CHECK(files.size() >= 40);
    for (const fs::path &f : files) {
        INFO(f.filename().string());
        REQUIRE(fs::exists(expectedFile(f)));
        CHECK_FALSE(splitLines(readFile(expectedFile(f))).empty());
    }
}

TEST_CASE("no bad scenario loads, crashes, hangs or half-loads; each gives exactly its lines", "[bad]")
{
    for (const fs::path &f : badFiles()) {
        const std::string name = f.filename().string();
        INFO(name);
        const std::vector<std::string> expected = splitLines(readFile(expectedFile(f)));
        const LoadResult r = timedLoad(readFile(f), name, kMaxSecondsSmall);
        CHECK(r.errorLines() == expected);
        // From the file: the same lines, naming the path as given.
        const LoadResult fromFile = ScenarioLoader::loadFile(f.string());
        CHECK_FALSE(fromFile.scenario.has_value());
        std::vector<std::string> withPath;
        for (const std::string &line : expected) withPath.push_back((kDir / line).string());
        CHECK(fromFile.errorLines() == withPath);
    }
}

TEST_CASE("wirestep-cli validate exits 2 with exactly the expected lines", "[bad][cli]")
{
    std::vector<std::string> all;
    std::vector<std::string> allLines;
    for (const fs::path &f : badFiles()) {
        INFO(f.filename().string());
        std::vector<std::string> expected;
        for (const std::string &line : splitLines(readFile(expectedFile(f)))) expected.push_back((kDir / line).string());
        const Cli c = validate({f.string()});
        CHECK(c.code == CliApp::kUsage);
        CHECK(c.out.empty());
        CHECK(splitLines(c.err) == expected);
        all.push_back(f.string());
        allLines.insert(allLines.end(), expected.begin(), expected.end());
    }
    // All at once: every file's lines, in the order given.
    const Cli c = validate(all);
    CHECK(c.code == CliApp::kUsage);
    CHECK(splitLines(c.err) == allLines);
}

TEST_CASE("a 10 MB string is refused quickly wherever it stands", "[bad][huge]")
{
    const std::string huge(10 * 1024 * 1024, 'a');
    SECTION("as the format")
    {
        const std::string text = document({}).replace(11, 21, "\"" + huge + "\"");
        const LoadResult r = timedLoad(text, "big.json", kMaxSecondsHuge);
        CHECK(r.errorLines() == std::vector<std::string>{"big.json:1:12: format: must be \"wirestep-scenario/1\""});
    }
    SECTION("as an unknown key")
    {
        const std::string text = document("\"" + huge + "\": 1, ");
        const LoadResult r = timedLoad(text, "big.json", kMaxSecondsHuge);
        REQUIRE(r.errors.size() == 1);
        CHECK(r.errorLines()[0] == "big.json:" + at(text, "\"aaa") + ": " + huge + ": unknown key");
    }
    SECTION("as a profile name")
    {
        const std::string text = R"({"format": "wirestep-scenario/1", "id": "x", "nodes": {"client": {"profile": ")" + huge
                                 + R"("}, "server": {}}, "actions": []})";
        const LoadResult r = timedLoad(text, "big.json", kMaxSecondsHuge);
        REQUIRE(r.errors.size() == 1);
        CHECK(r.errorLines()[0] == "big.json:" + at(text, "\"aaa") + ": nodes.client.profile: unknown profile \"" + huge
                                       + "\"; expected linux, rfc or classroom");
    }
}

TEST_CASE("a million nested brackets stop at the nesting limit", "[bad][huge]")
{
    const std::string text = std::string(1'000'000, '[') + std::string(1'000'000, ']');
    const LoadResult r = timedLoad(text, "deep.json", kMaxSecondsHuge);
    CHECK(r.errorLines()
          == std::vector<std::string>{"deep.json:1:65: too deeply nested: more than 64 levels of arrays and objects"});
    std::string objects = R"({"format": "wirestep-scenario/1", "title": )";
    for (int i = 0; i < 100'000; ++i) objects += R"({"a": )";
    const LoadResult r2 = timedLoad(objects, "deep.json", kMaxSecondsHuge);
    REQUIRE(r2.errors.size() == 1);
    CHECK(r2.errors[0].message == "too deeply nested: more than 64 levels of arrays and objects");
}

TEST_CASE("100000 bad actions give the first 100 lines in file order, then how many more", "[bad][huge]")
{
    std::string actions;
    for (int i = 0; i < 100'000; ++i) actions += std::string(i ? ",\n" : "") + R"({"at_ms": -1, "do": "listen", "node": "server"})";
    const std::string text = "{\"format\": \"wirestep-scenario/1\", \"id\": \"x\", \"nodes\": {\"client\": {}, \"server\": {}},\n"
                             "\"actions\": [\n" + actions + "]}";
    const LoadResult r = timedLoad(text, "many.json", kMaxSecondsHuge);
    const auto lines = r.errorLines();
    REQUIRE(lines.size() == LoadResult::kMaxErrors + 1);
    CHECK(r.errors.size() == LoadResult::kMaxErrors);
    CHECK(r.moreErrors == 100'000 - LoadResult::kMaxErrors);
    CHECK(lines.front() == "many.json:3:11: actions[0].at_ms: must be a number >= 0");
    CHECK(lines[99] == "many.json:102:11: actions[99].at_ms: must be a number >= 0");
    CHECK(lines.back() == "... and 99900 more");
}

TEST_CASE("500000 empty actions cost little memory and 101 lines", "[bad][huge]")
{
    // Two errors each (no "at_ms", no "do"): only the first hundred are kept, wherever they
    // stand in the order the loader finds them.
    std::string text = R"({"actions": [)";
    for (int i = 0; i < 500'000; ++i) text += i ? ",{}" : "{}";
    text += R"(], "format": "wirestep-scenario/1", "id": "x", "nodes": {"client": {}, "server": {"port": 0}}})";
    const LoadResult r = timedLoad(text, "empty.json", kMaxSecondsHuge);
    const auto lines = r.errorLines();
    REQUIRE(lines.size() == LoadResult::kMaxErrors + 1);
    CHECK(lines[0] == "empty.json:1:14: actions[0]: missing required key \"at_ms\"");
    CHECK(lines[1] == "empty.json:1:14: actions[0]: missing required key \"do\"");
    CHECK(lines[99] == "empty.json:1:" + std::to_string(14 + 49 * 3) + ": actions[49]: missing required key \"do\"");
    // The server's port comes after every action in the file, so it is not among the first 100.
    CHECK(lines.back() == "... and 999901 more");
    // The CLI prints the same, translated.
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const std::string path = dir.filePath(QStringLiteral("empty.json")).toStdString();
    std::ofstream(path, std::ios::binary) << text;
    const Cli c = validate({path});
    CHECK(c.code == CliApp::kUsage);
    const auto err = splitLines(c.err);
    REQUIRE(err.size() == LoadResult::kMaxErrors + 1);
    CHECK(err.back() == "... and 999901 more");
}

TEST_CASE("a document of more than a million values is refused at the million and first", "[bad][huge]")
{
    std::string text = "[";
    for (std::size_t i = 0; i <= JsonParser::kMaxValues; ++i) text += i ? ",0" : "0";
    text += "]";
    const LoadResult r = timedLoad(text, "values.json", kMaxSecondsHuge);
    // The array is value 1; its elements follow; the million and first value is element 999999.
    CHECK(r.errorLines()
          == std::vector<std::string>{"values.json:1:" + std::to_string(2 + 2 * (JsonParser::kMaxValues - 1))
                                      + ": too many values: a scenario holds at most 1000000 JSON values"});
}

TEST_CASE("a send's text longer than the largest payload is refused", "[bad][huge]")
{
    const std::string text = R"({"format": "wirestep-scenario/1", "id": "x", "nodes": {"client": {}, "server": {}}, )"
                             R"("actions": [{"at_ms": 0, "node": "client", "do": "send", "text": ")"
                             + std::string(ScenarioLoader::kMaxPayloadBytes + 1, 'x') + R"("}]})";
    const LoadResult r = timedLoad(text, "text.json", kMaxSecondsHuge);
    CHECK(r.errorLines()
          == std::vector<std::string>{"text.json:" + at(text, "\"xxx") + ": actions[0].text: must be at most 1048576 bytes long"});
}

TEST_CASE("a file over 16 MiB is refused before it is parsed", "[bad][huge]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const std::string path = dir.filePath(QStringLiteral("huge.json")).toStdString();
    {
        std::ofstream f(path, std::ios::binary);
        f << document("\"title\": {\"en\": \"" + std::string(ScenarioLoader::kMaxFileBytes, 'a') + "\"}, ");
    }
    const LoadResult r = ScenarioLoader::loadFile(path);
    CHECK_FALSE(r.scenario.has_value());
    CHECK(r.errorLines() == std::vector<std::string>{path + ": the file is larger than 16 MiB"});
    const Cli c = validate({path});
    CHECK(c.code == CliApp::kUsage);
    CHECK(splitLines(c.err) == std::vector<std::string>{path + ": the file is larger than 16 MiB"});
}

TEST_CASE("a FIFO, a directory or a symlink loop as the scenario is refused at once with the reason", "[bad][files]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const std::string fifo = dir.filePath(QStringLiteral("lab.json")).toStdString();
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    const std::string loop = dir.filePath(QStringLiteral("loop.json")).toStdString();
    REQUIRE(::symlink(loop.c_str(), loop.c_str()) == 0);
    const std::vector<std::pair<std::string, std::string>> cases{
        {fifo, fifo + ": is not a regular file (a FIFO, a socket or a device); give a scenario file"},
        {loop, loop + ": cannot open the file: too many levels of symbolic links (a loop?)"},
        {"/dev/null", "/dev/null: is not a regular file (a FIFO, a socket or a device); give a scenario file"},
        {dir.path().toStdString(), dir.path().toStdString() + ": is a directory, not a file"},
    };
    for (const auto &[path, line] : cases) {
        INFO(path);
        const auto start = std::chrono::steady_clock::now();
        CHECK(ScenarioLoader::loadFile(path).errorLines() == std::vector<std::string>{line});
        const Cli v = validate({path});
        CHECK(v.code == CliApp::kUsage);
        CHECK(v.err == line + "\n");
        std::ostringstream out, err;
        CHECK(CliApp(out, err).run({"run", path, "--lang", "en"}) == CliApp::kUsage);
        CHECK(err.str() == line + "\n");
        CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(5));
    }
}
