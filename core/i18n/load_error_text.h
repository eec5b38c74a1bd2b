#pragma once
#include "core/scenario/load_error.h"
#include "core/scenario/load_result.h"

#include <QString>
#include <QStringList>

namespace wirestep {

// A scenario file's errors in the application's current language. The loader is std-only and
// keeps each message's English template and arguments (load_error.h); this translates the
// template (context kLoadMessageContext) and fills the arguments in again, keeping the
// `file:line:column: path: ` prefix exactly as LoadError::toString() writes it.
class LoadErrorText {
public:
    static QString message(const LoadError &error);
    static QString line(const LoadError &error);
    static QStringList lines(const LoadResult &result);
    // Any pattern marked with WS_TRANSLATE_NOOP("ScenarioFile", ...), translated and filled.
    static QString fill(std::string_view pattern, const std::vector<std::string> &args);
};

} // namespace wirestep
