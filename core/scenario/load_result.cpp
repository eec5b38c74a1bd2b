#include "core/scenario/load_result.h"

#include "core/scenario/translate_noop.h"

namespace wirestep {

const std::string_view LoadResult::kMoreErrorsPattern = WS_TRANSLATE_NOOP("ScenarioFile", "... and %1 more");

std::vector<std::string> LoadResult::errorLines() const
{
    std::vector<std::string> lines;
    lines.reserve(errors.size());
    for (const LoadError &e : errors) lines.push_back(e.toString());
    if (moreErrors > 0) lines.push_back(LoadError::fill(kMoreErrorsPattern, {std::to_string(moreErrors)}));
    return lines;
}

} // namespace wirestep
