// Replays every input of tests/fuzz_regressions/<target>/ through the same entry point its
// libFuzzer program uses (fuzz/fuzz_targets.h), in the normal build: each input once crashed,
// hung or broke an invariant, and must not again. See docs/hardening.md.
#include "fuzz/fuzz_targets.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <vector>

using namespace wirestep;
namespace fs = std::filesystem;

TEST_CASE("every fuzz regression input passes its target's checks", "[fuzz]")
{
    fuzz::cliSandbox();
    const fs::path root = fs::path(WIRESTEP_SOURCE_DIR) / "tests" / "fuzz_regressions";
    std::size_t inputs = 0;
    for (const auto &dir : fs::directory_iterator(root)) {
        if (!dir.is_directory()) continue;
        const std::string target = dir.path().filename().string();
        INFO("target " << target);
        const fuzz::Target run = fuzz::targetByName(target);
        REQUIRE(run != nullptr);
        std::vector<fs::path> files;
        for (const auto &f : fs::directory_iterator(dir.path())) files.push_back(f.path());
        std::sort(files.begin(), files.end());
        for (const fs::path &f : files) {
            INFO("input " << f.filename().string());
            std::ifstream in(f, std::ios::binary);
            const std::vector<std::uint8_t> bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
            // As under libFuzzer's -timeout: an input that hangs fails here too, in bounded time.
            const auto start = std::chrono::steady_clock::now();
            CHECK(run(bytes) == "");
            CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(10));
            ++inputs;
        }
    }
    CHECK(inputs > 0);
}
