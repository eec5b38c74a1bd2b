#pragma once
#include "core/scenario/json_value.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace wirestep {

// A strict RFC 8259 parser that says where the first problem is.
//
// Beyond the RFC: a key repeated in one object is an error (reported at the second one); arrays
// and objects nest at most kMaxDepth deep and hold at most kMaxValues values; strings must be valid UTF-8 (no overlong forms, no
// surrogates) and \u escapes must pair surrogates. A UTF-8 byte order mark at the very start is
// skipped. Lines are counted at '\n'; columns count Unicode characters, both from 1.
// Never reads outside `text`, whatever it holds.
class JsonParser {
public:
    static constexpr int kMaxDepth = 64;
    // Values (of any kind, nested ones included) one document may hold: a parsed value takes
    // about a hundred bytes, so this bounds the parser's memory to about 130 MB whatever the
    // file, while a scenario of ten thousand actions uses a tenth of it.
    static constexpr std::size_t kMaxValues = 1'000'000;

    struct Error {
        int line = 0;
        int column = 0;
        std::string message; // "expected ',' or '}' after object member"
        std::string pattern{};           // the English template of message (translate_noop.h)
        std::vector<std::string> args{}; // what fills its %1, %2
    };

    struct Result {
        std::optional<JsonValue> value; // set when the text is one valid JSON value
        Error error;                    // else the first problem
        bool ok() const { return value.has_value(); }
    };

    static Result parse(std::string_view text);

private:
    explicit JsonParser(std::string_view text) : m_text(text) {}

    bool parseValue(JsonValue &out, int depth);
    bool parseObject(JsonValue &out, int depth);
    bool parseArray(JsonValue &out, int depth);
    bool parseString(JsonValue &out);
    bool parseNumber(JsonValue &out);
    bool parseLiteral(JsonValue &out);
    bool parseEscape(std::string &out);
    bool parseHex4(unsigned &out);
    bool copyUtf8Sequence(std::string &out);

    void skipWhitespace();
    bool atEnd() const { return m_pos >= m_text.size(); }
    unsigned char peek() const { return atEnd() ? 0 : static_cast<unsigned char>(m_text[m_pos]); }
    unsigned char peekAt(std::size_t offset) const;
    void advance();
    bool fail(std::string_view pattern, std::vector<std::string> args = {});
    bool failAt(int line, int column, std::string_view pattern, std::vector<std::string> args = {});

    std::string_view m_text;
    std::size_t m_pos = 0;
    int m_line = 1;
    int m_column = 1;
    std::size_t m_values = 0;
    Error m_error;
    bool m_failed = false;
};

} // namespace wirestep
