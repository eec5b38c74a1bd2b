#include "load_error.h"

namespace wirestep {

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
