#include "core/scenario/load_result.h"

namespace wirestep {

std::vector<std::string> LoadResult::errorLines() const
{
    std::vector<std::string> lines;
    lines.reserve(errors.size());
    for (const LoadError &e : errors) lines.push_back(e.toString());
    return lines;
}

} // namespace wirestep
