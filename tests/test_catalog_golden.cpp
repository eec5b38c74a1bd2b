// The JSON Lines of every catalog scenario, byte for byte, under each timer profile and with random
// loss: refactoring must not change what a scenario does. The expected files are in
// tests/golden/catalog/<scenario>[__profile_<p>|__loss_0.2___seed_7].jsonl. A change that is meant
// to change traces regenerates them with WIRESTEP_UPDATE_GOLDEN=1 and commits the diff, so every
// changed line is reviewed.
#include "tests/cli_test_support.h"

#include "core/scenario/catalog.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <sstream>

using namespace wirestep;

namespace {

struct Variant {
    const char *suffix;
    std::vector<std::string> args;
};

std::string readFile(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

} // namespace

TEST_CASE("every catalog scenario gives the same JSON Lines as its golden file", "[golden]")
{
    const bool update = std::getenv("WIRESTEP_UPDATE_GOLDEN") != nullptr;
    const std::vector<Variant> variants = {
        {"", {}},
        {"__profile_linux", {"--profile", "linux"}},
        {"__profile_rfc", {"--profile", "rfc"}},
        {"__loss_0.2___seed_7", {"--loss", "0.2", "--seed", "7"}},
    };
    const auto scenarios = Catalog::builtIn().scenarios();
    REQUIRE(scenarios.size() >= 20);
    for (const auto &s : scenarios) {
        for (const auto &v : variants) {
            std::vector<std::string> args{"run", s.id, "--format", "jsonl"};
            args.insert(args.end(), v.args.begin(), v.args.end());
            const auto r = test::cli(args);
            const std::string path = std::string(WIRESTEP_SOURCE_DIR) + "/tests/golden/catalog/"
                + [&] { std::string id = s.id; for (char &c : id) if (c == '-') c = '_'; return id; }() + v.suffix + ".jsonl";
            INFO(path);
            REQUIRE(r.code == 0);
            if (update) std::ofstream(path, std::ios::binary) << r.out;
            const std::string want = readFile(path);
            REQUIRE_FALSE(want.empty());
            CHECK(r.out == want);
        }
    }
}
