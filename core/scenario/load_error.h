#pragma once
#include "core/scenario/translate_noop.h"

#include <string>
#include <string_view>
#include <vector>

namespace wirestep {

// One problem found while loading a scenario file, printed as `file:line:column: path: message`
// (`lab3.json:14:9: actions[2].at_ms: must be a number >= 0`). The path is left out when the
// problem concerns the whole document (a JSON syntax error, a missing top-level key); line and
// column are left out (0) when the file could not be read at all.
//
// `message` is the English text; `pattern` and `args` are what it was made of, so that a
// translating caller can translate the pattern (context kLoadMessageContext) and fill it again.
struct LoadError {
    std::string file;
    int line = 0;
    int column = 0;
    std::string path;    // "actions[2].at_ms"; empty for the whole document
    std::string message; // "must be a number >= 0"
    std::string pattern{};           // "must be an integer from %1 to %2"; empty: message as is
    std::vector<std::string> args{}; // fill %1, %2, ... of pattern

    // An error whose message is `pattern` filled with `args`.
    static LoadError make(std::string file, int line, int column, std::string path, std::string_view pattern,
                          std::vector<std::string> args = {});
    // `pattern` with %1, %2, ... %9 replaced by args[0], args[1], ... in one pass.
    static std::string fill(std::string_view pattern, const std::vector<std::string> &args);

    std::string toString() const;
    bool operator==(const LoadError &) const = default;
};

} // namespace wirestep
