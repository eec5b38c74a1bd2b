// The bad-capture catalogue (tests/bad_captures/): every file is a capture Wirestep cannot read
// (or reads only in part) with a sibling .expected file: `exit N`, then the exact lines
// `wirestep-cli analyze FILE --lang en` writes to standard error, {file} standing for the path.
#include "cli/cli_app.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

using namespace wirestep;
namespace fs = std::filesystem;

namespace {

std::string readFile(const fs::path &p)
{
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string replaceAll(std::string s, const std::string &what, const std::string &with)
{
    for (std::size_t at = s.find(what); at != std::string::npos; at = s.find(what, at + with.size())) s.replace(at, what.size(), with);
    return s;
}

} // namespace

TEST_CASE("every bad capture gives its exact lines and exit code", "[capture][cli]")
{
    const fs::path dir = fs::path(WIRESTEP_SOURCE_DIR) / "tests" / "bad_captures";
    std::vector<fs::path> files;
    for (const auto &e : fs::directory_iterator(dir))
        if (e.path().extension() != ".expected") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    REQUIRE(files.size() >= 9);
    for (const fs::path &f : files) {
        INFO(f.filename().string());
        fs::path expectedPath = f;
        expectedPath.replace_extension(".expected");
        REQUIRE(fs::exists(expectedPath));
        const std::string expected = replaceAll(readFile(expectedPath), "{file}", f.string());
        const std::size_t nl = expected.find('\n');
        const int code = std::stoi(expected.substr(5, nl - 5));
        std::ostringstream out, err;
        CliApp app(out, err);
        CHECK(app.run({"analyze", f.string(), "--lang", "en"}) == code);
        CHECK(err.str() == expected.substr(nl + 1));
        if (code != 0) CHECK(out.str().empty());
    }
}
