#pragma once
// Running wirestep-cli inside a test: its exit status and everything it printed.
#include "cli/cli_app.h"

#include <sstream>
#include <string>
#include <vector>

namespace wirestep::test {

struct CliResult {
    int code;
    std::string out;
    std::string err;
};

inline CliResult cli(const std::vector<std::string> &args)
{
    std::ostringstream out, err;
    CliApp app(out, err);
    const int code = app.run(args);
    return {code, out.str(), err.str()};
}

inline std::vector<std::string> linesOf(const std::string &s)
{
    std::vector<std::string> out;
    std::istringstream in(s);
    for (std::string line; std::getline(in, line);) out.push_back(line);
    return out;
}

} // namespace wirestep::test
