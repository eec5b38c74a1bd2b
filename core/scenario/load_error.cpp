#include "core/scenario/load_error.h"

namespace wirestep {

LoadError LoadError::make(std::string file, int line, int column, std::string path, std::string_view pattern,
                          std::vector<std::string> args)
{
    std::string message = fill(pattern, args);
    return LoadError{std::move(file), line, column, std::move(path), std::move(message), std::string(pattern),
                     std::move(args)};
}

std::string LoadError::fill(std::string_view pattern, const std::vector<std::string> &args)
{
    std::string out;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '%' && i + 1 < pattern.size() && pattern[i + 1] >= '1' && pattern[i + 1] <= '9') {
            const auto n = static_cast<std::size_t>(pattern[i + 1] - '1');
            if (n < args.size()) {
                out += args[n];
                ++i;
                continue;
            }
        }
        out += pattern[i];
    }
    return out;
}

std::string LoadError::toString() const
{
    std::string s = file;
    if (line > 0) s += ":" + std::to_string(line) + ":" + std::to_string(column);
    s += ": ";
    if (!path.empty()) s += path + ": ";
    s += message;
    return s;
}

} // namespace wirestep
