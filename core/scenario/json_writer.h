#pragma once
#include "core/scenario/json_value.h"

#include <string>

namespace wirestep {

// Writes a JsonValue as pretty-printed JSON: 2-space indentation, one member or element per
// line, except that an array of scalars, or an object of scalars and such arrays, stays on one
// line when that line fits in kLineWidth bytes (`{ "action": "drop", "flags": ["SYN"] }`).
// Strings are escaped as RFC 8259 requires (quote, backslash, control characters); other
// characters are written as UTF-8, and bytes that are not valid UTF-8 become U+FFFD.
// The text ends with a newline.
class JsonWriter {
public:
    static constexpr int kLineWidth = 100;

    static std::string write(const JsonValue &value);
    // One string literal, quotes included.
    static std::string quote(std::string_view text);

private:
    static void writeValue(std::string &out, const JsonValue &v, int indent);
    static std::string scalar(const JsonValue &v);
    // The container on one line, if it holds only scalars (an object: or arrays of them);
    // else empty.
    static std::string oneLine(const JsonValue &v);
};

} // namespace wirestep
