#pragma once
// Running Debian's tshark from tests: is it there, run a command, parse its -T fields output.
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>
#include <vector>

namespace wirestep::test {

inline bool haveTshark()
{
    return std::system("command -v tshark >/dev/null 2>&1") == 0;
}

inline std::string run(const std::string &command)
{
    std::string out;
    FILE *pipe = ::popen(command.c_str(), "r");
    if (!pipe) return out;
    char buf[4096];
    std::size_t n = 0;
    while ((n = std::fread(buf, 1, sizeof buf, pipe)) > 0) out.append(buf, n);
    ::pclose(pipe);
    return out;
}

// "0x0012", as tshark prints tcp.flags and ip.id.
inline std::string hex(unsigned v)
{
    char buf[12];
    std::snprintf(buf, sizeof buf, "0x%04x", v);
    return buf;
}

inline std::vector<std::vector<std::string>> tsvLines(const std::string &text)
{
    std::vector<std::vector<std::string>> rows;
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line)) {
        std::vector<std::string> cols;
        std::size_t start = 0;
        while (true) {
            const std::size_t tab = line.find('\t', start);
            cols.push_back(line.substr(start, tab - start));
            if (tab == std::string::npos) break;
            start = tab + 1;
        }
        rows.push_back(cols);
    }
    return rows;
}


} // namespace wirestep::test
