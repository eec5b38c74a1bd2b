#pragma once

// Marks a message of the scenario files' loader for translation without translating it, so the
// loader stays free of Qt: it keeps the English template (with %1, %2 ...) and its arguments in
// LoadError, and the CLI and the GUI translate the template with
// QCoreApplication::translate(kLoadMessageContext, template) before filling in the arguments.
// lupdate reads it as QT_TRANSLATE_NOOP (LUPDATE_OPTIONS -tr-function-alias).
#define WS_TRANSLATE_NOOP(context, text) text

namespace wirestep {

// The translation context of every loader message.
inline constexpr const char *kLoadMessageContext = "ScenarioFile";

} // namespace wirestep
