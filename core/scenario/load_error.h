#pragma once
#include <string>

namespace wirestep {

// One problem found while loading a scenario file, printed as `file:line:column: path: message`
// (`lab3.json:14:9: actions[2].at_ms: must be a number >= 0`). The path is left out when the
// problem concerns the whole document (a JSON syntax error, a missing top-level key); line and
// column are left out (0) when the file could not be read at all.
struct LoadError {
    std::string file;
    int line = 0;
    int column = 0;
    std::string path;    // "actions[2].at_ms"; empty for the whole document
    std::string message; // "must be a number >= 0"

    std::string toString() const;
    bool operator==(const LoadError &) const = default;
};

} // namespace wirestep
