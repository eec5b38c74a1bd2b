#pragma once
#include <string>
#include <string_view>

namespace wirestep {

// `text` as a JSON string literal (RFC 8259 §7), quotes included: control characters escaped,
// valid UTF-8 kept as it is, every byte that is not part of a valid UTF-8 character replaced by
// U+FFFD, so that the output is always valid JSON. Shared by the trace's JSON Lines and the
// scenario writer.
std::string jsonQuote(std::string_view text);
// The same, appended to `out` (no temporary string).
void appendJsonQuoted(std::string &out, std::string_view text);

} // namespace wirestep
