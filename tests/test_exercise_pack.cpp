#include "tests/exercise_test_support.h"

#include "core/exercise/exercise_pack.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

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
