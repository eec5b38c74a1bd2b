#include "core/scenario/json_parser.h"

#include "core/scenario/load_error.h"

#include <unordered_set>

namespace wirestep {

namespace {

bool isDigit(unsigned char c) { return c >= '0' && c <= '9'; }

int hexValue(unsigned char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

void appendUtf8(std::string &out, unsigned cp)
{
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

constexpr std::string_view kObjectNotClosed = WS_TRANSLATE_NOOP(
    "ScenarioFile", "unexpected end of input; the object that starts at line %1, column %2 is not closed");
constexpr std::string_view kArrayNotClosed = WS_TRANSLATE_NOOP(
    "ScenarioFile", "unexpected end of input; the array that starts at line %1, column %2 is not closed");

std::vector<std::string> position(int line, int column) { return {std::to_string(line), std::to_string(column)}; }

} // namespace

JsonParser::Result JsonParser::parse(std::string_view text)
{
    JsonParser p(text);
    Result result;
    if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF") p.m_pos = 3; // byte order mark
    p.skipWhitespace();
    JsonValue value;
    if (p.atEnd()) {
        p.fail(WS_TRANSLATE_NOOP("ScenarioFile", "the document is empty; expected a JSON value"));
    } else if (p.parseValue(value, 0)) {
        p.skipWhitespace();
        if (!p.atEnd()) {
            if (p.peek() == '/') p.fail(WS_TRANSLATE_NOOP("ScenarioFile", "comments are not allowed in JSON"));
            else p.fail(WS_TRANSLATE_NOOP("ScenarioFile", "unexpected content after the JSON value"));
        }
    }
    if (p.m_failed) result.error = p.m_error;
    else result.value = std::move(value);
    return result;
}

unsigned char JsonParser::peekAt(std::size_t offset) const
{
    return m_pos + offset < m_text.size() ? static_cast<unsigned char>(m_text[m_pos + offset]) : 0;
}

void JsonParser::advance()
{
    if (atEnd()) return;
    const auto c = static_cast<unsigned char>(m_text[m_pos++]);
    if (c == '\n') {
        ++m_line;
        m_column = 1;
    } else if ((c & 0xC0) != 0x80) { // count characters, not their continuation bytes
        ++m_column;
    }
}

void JsonParser::skipWhitespace()
{
    while (!atEnd()) {
        const unsigned char c = peek();
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return;
        advance();
    }
}

bool JsonParser::fail(std::string_view pattern, std::vector<std::string> args)
{
    return failAt(m_line, m_column, pattern, std::move(args));
}

bool JsonParser::failAt(int line, int column, std::string_view pattern, std::vector<std::string> args)
{
    if (!m_failed) {
        m_failed = true;
        std::string message = LoadError::fill(pattern, args);
        m_error = Error{line, column, std::move(message), std::string(pattern), std::move(args)};
    }
    return false;
}

bool JsonParser::parseValue(JsonValue &out, int depth)
{
    const int line = m_line;
    const int column = m_column;
    const unsigned char c = peek();
    bool ok = false;
    if (atEnd()) return fail(WS_TRANSLATE_NOOP("ScenarioFile", "unexpected end of input; expected a value"));
    if (++m_values > kMaxValues)
        return fail(WS_TRANSLATE_NOOP("ScenarioFile", "too many values: a scenario holds at most %1 JSON values"),
                    {std::to_string(kMaxValues)});
    if (c == '{') ok = parseObject(out, depth);
    else if (c == '[') ok = parseArray(out, depth);
    else if (c == '"') ok = parseString(out);
    else if (c == '-' || isDigit(c)) ok = parseNumber(out);
    else if (c == 't' || c == 'f' || c == 'n') ok = parseLiteral(out);
    else if (c == '\'') return fail(WS_TRANSLATE_NOOP("ScenarioFile", "strings must be in double quotes"));
    else if (c == '/') return fail(WS_TRANSLATE_NOOP("ScenarioFile", "comments are not allowed in JSON"));
    else if (c == '+' || c == '.') return fail(WS_TRANSLATE_NOOP("ScenarioFile", "a number must start with a digit or '-'"));
    else if (c >= 0x80) {
        std::string ignored;
        if (copyUtf8Sequence(ignored)) return failAt(line, column, WS_TRANSLATE_NOOP("ScenarioFile", "expected a value"));
        return false;
    } else return fail(WS_TRANSLATE_NOOP("ScenarioFile", "expected a value"));
    if (ok) out.setPosition(line, column);
    return ok;
}

bool JsonParser::parseObject(JsonValue &out, int depth)
{
    const int openLine = m_line;
    const int openColumn = m_column;
    if (depth >= kMaxDepth)
        return fail(WS_TRANSLATE_NOOP("ScenarioFile", "too deeply nested: more than 64 levels of arrays and objects"));
    out = JsonValue::object();
    advance(); // '{'
    skipWhitespace();
    if (peek() == '}') {
        advance();
        return true;
    }
    std::unordered_set<std::string> seen;
    bool first = true;
    for (;;) {
        if (atEnd()) return fail(kObjectNotClosed, position(openLine, openColumn));
        if (peek() != '"') {
            const unsigned char c = peek();
            if (c == '\'' || c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
                return fail(WS_TRANSLATE_NOOP("ScenarioFile", "object keys must be strings in double quotes"));
            if (c == '/') return fail(WS_TRANSLATE_NOOP("ScenarioFile", "comments are not allowed in JSON"));
            if (first) return fail(WS_TRANSLATE_NOOP("ScenarioFile", "expected a string key or '}'"));
            if (c == '}') return fail(WS_TRANSLATE_NOOP("ScenarioFile", "expected a string key after ','; trailing commas are not allowed"));
            return fail(WS_TRANSLATE_NOOP("ScenarioFile", "expected a string key"));
        }
        first = false;
        JsonValue key;
        const int keyLine = m_line;
        const int keyColumn = m_column;
        if (!parseString(key)) return false;
        key.setPosition(keyLine, keyColumn);
        if (!seen.insert(key.asString()).second)
            return failAt(keyLine, keyColumn, WS_TRANSLATE_NOOP("ScenarioFile", "duplicate key \"%1\""), {key.asString()});
        skipWhitespace();
        if (atEnd()) return fail(kObjectNotClosed, position(openLine, openColumn));
        if (peek() != ':') return fail(WS_TRANSLATE_NOOP("ScenarioFile", "expected ':' after object key"));
        advance();
        skipWhitespace();
        if (atEnd()) return fail(kObjectNotClosed, position(openLine, openColumn));
        JsonValue value;
        if (!parseValue(value, depth + 1)) return false;
        out.insert(std::move(key), std::move(value));
        skipWhitespace();
        if (atEnd()) return fail(kObjectNotClosed, position(openLine, openColumn));
        if (peek() == '}') {
            advance();
            return true;
        }
        if (peek() != ',') {
            if (peek() == '/') return fail(WS_TRANSLATE_NOOP("ScenarioFile", "comments are not allowed in JSON"));
            return fail(WS_TRANSLATE_NOOP("ScenarioFile", "expected ',' or '}' after object member"));
        }
        advance();
        skipWhitespace();
    }
}

bool JsonParser::parseArray(JsonValue &out, int depth)
{
    const int openLine = m_line;
    const int openColumn = m_column;
    if (depth >= kMaxDepth)
        return fail(WS_TRANSLATE_NOOP("ScenarioFile", "too deeply nested: more than 64 levels of arrays and objects"));
    out = JsonValue::array();
    advance(); // '['
    skipWhitespace();
    if (peek() == ']') {
        advance();
        return true;
    }
    bool first = true;
    for (;;) {
        if (atEnd()) return fail(kArrayNotClosed, position(openLine, openColumn));
        if (!first && peek() == ']')
            return fail(WS_TRANSLATE_NOOP("ScenarioFile", "expected a value after ','; trailing commas are not allowed"));
        first = false;
        JsonValue element;
        if (!parseValue(element, depth + 1)) return false;
        out.append(std::move(element));
        skipWhitespace();
        if (atEnd()) return fail(kArrayNotClosed, position(openLine, openColumn));
        if (peek() == ']') {
            advance();
            return true;
        }
        if (peek() != ',') {
            if (peek() == '/') return fail(WS_TRANSLATE_NOOP("ScenarioFile", "comments are not allowed in JSON"));
            return fail(WS_TRANSLATE_NOOP("ScenarioFile", "expected ',' or ']' after array element"));
        }
        advance();
        skipWhitespace();
    }
}

bool JsonParser::parseString(JsonValue &out)
{
    const int startLine = m_line;
    const int startColumn = m_column;
    advance(); // opening quote
    std::string text;
    for (;;) {
        if (atEnd()) return failAt(startLine, startColumn, WS_TRANSLATE_NOOP("ScenarioFile", "unterminated string"));
        const unsigned char c = peek();
        if (c == '"') {
            advance();
            break;
        }
        if (c == '\\') {
            if (m_pos + 1 >= m_text.size())
                return failAt(startLine, startColumn, WS_TRANSLATE_NOOP("ScenarioFile", "unterminated string"));
            if (!parseEscape(text)) return false;
        } else if (c == '\n') {
            return failAt(startLine, startColumn,
                          WS_TRANSLATE_NOOP("ScenarioFile", "unterminated string; a line break inside a string must be written as \\n"));
        } else if (c < 0x20) {
            return fail(WS_TRANSLATE_NOOP("ScenarioFile", "control character in string; write it as an escape such as \\t"));
        } else if (c < 0x80) {
            text += static_cast<char>(c);
            advance();
        } else if (!copyUtf8Sequence(text)) {
            return false;
        }
    }
    out = JsonValue::string(std::move(text));
    return true;
}

bool JsonParser::parseEscape(std::string &out)
{
    const int line = m_line;
    const int column = m_column;
    advance(); // backslash
    const unsigned char c = peek();
    switch (c) {
    case '"': out += '"'; break;
    case '\\': out += '\\'; break;
    case '/': out += '/'; break;
    case 'b': out += '\b'; break;
    case 'f': out += '\f'; break;
    case 'n': out += '\n'; break;
    case 'r': out += '\r'; break;
    case 't': out += '\t'; break;
    case 'u': {
        advance();
        unsigned cp = 0;
        if (!parseHex4(cp)) return failAt(line, column, WS_TRANSLATE_NOOP("ScenarioFile", "invalid \\u escape; expected 4 hex digits"));
        if (cp >= 0xDC00 && cp <= 0xDFFF)
            return failAt(line, column, WS_TRANSLATE_NOOP("ScenarioFile", "invalid \\u escape; a low surrogate without a high surrogate before it"));
        if (cp >= 0xD800 && cp <= 0xDBFF) {
            unsigned low = 0;
            if (peek() != '\\' || peekAt(1) != 'u')
                return failAt(line, column, WS_TRANSLATE_NOOP("ScenarioFile", "invalid \\u escape; a high surrogate must be followed by a low surrogate"));
            advance();
            advance();
            if (!parseHex4(low) || low < 0xDC00 || low > 0xDFFF)
                return failAt(line, column, WS_TRANSLATE_NOOP("ScenarioFile", "invalid \\u escape; a high surrogate must be followed by a low surrogate"));
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
        }
        appendUtf8(out, cp);
        return true;
    }
    default:
        return failAt(line, column,
                      WS_TRANSLATE_NOOP("ScenarioFile", "invalid escape; use \\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\u followed by 4 hex digits"));
    }
    advance();
    return true;
}

bool JsonParser::parseHex4(unsigned &out)
{
    out = 0;
    for (int i = 0; i < 4; ++i) {
        const int h = hexValue(peek());
        if (atEnd() || h < 0) return false;
        out = out * 16 + static_cast<unsigned>(h);
        advance();
    }
    return true;
}

// Copies one multi-byte UTF-8 character (RFC 3629: no overlong forms, no surrogates,
// nothing above U+10FFFF) from the input to `out`.
bool JsonParser::copyUtf8Sequence(std::string &out)
{
    const unsigned char b0 = peek();
    std::size_t len = 0;
    unsigned char lo = 0x80;
    unsigned char hi = 0xBF;
    if (b0 >= 0xC2 && b0 <= 0xDF) len = 2;
    else if (b0 == 0xE0) { len = 3; lo = 0xA0; }
    else if (b0 == 0xED) { len = 3; hi = 0x9F; }
    else if (b0 >= 0xE1 && b0 <= 0xEF) len = 3;
    else if (b0 == 0xF0) { len = 4; lo = 0x90; }
    else if (b0 >= 0xF1 && b0 <= 0xF3) len = 4;
    else if (b0 == 0xF4) { len = 4; hi = 0x8F; }
    else return fail(WS_TRANSLATE_NOOP("ScenarioFile", "invalid UTF-8"));
    for (std::size_t i = 1; i < len; ++i) {
        if (m_pos + i >= m_text.size()) return fail(WS_TRANSLATE_NOOP("ScenarioFile", "invalid UTF-8"));
        const unsigned char b = peekAt(i);
        const unsigned char min = i == 1 ? lo : 0x80;
        const unsigned char max = i == 1 ? hi : 0xBF;
        if (b < min || b > max) return fail(WS_TRANSLATE_NOOP("ScenarioFile", "invalid UTF-8"));
    }
    for (std::size_t i = 0; i < len; ++i) {
        out += static_cast<char>(peek());
        advance();
    }
    return true;
}

bool JsonParser::parseNumber(JsonValue &out)
{
    const std::size_t start = m_pos;
    if (peek() == '-') {
        advance();
        if (!isDigit(peek())) return fail(WS_TRANSLATE_NOOP("ScenarioFile", "expected a digit after '-'"));
    }
    if (peek() == '0') {
        advance();
        if (isDigit(peek())) return fail(WS_TRANSLATE_NOOP("ScenarioFile", "leading zeros are not allowed in numbers"));
    } else {
        while (isDigit(peek())) advance();
    }
    if (peek() == '.') {
        advance();
        if (!isDigit(peek())) return fail(WS_TRANSLATE_NOOP("ScenarioFile", "expected a digit after the decimal point"));
        while (isDigit(peek())) advance();
    }
    if (peek() == 'e' || peek() == 'E') {
        advance();
        if (peek() == '+' || peek() == '-') advance();
        if (!isDigit(peek())) return fail(WS_TRANSLATE_NOOP("ScenarioFile", "expected a digit in the exponent"));
        while (isDigit(peek())) advance();
    }
    out = JsonValue::numberFromLexeme(std::string(m_text.substr(start, m_pos - start)));
    return true;
}

bool JsonParser::parseLiteral(JsonValue &out)
{
    for (const std::string_view word : {"true", "false", "null"}) {
        if (m_text.substr(m_pos, word.size()) != word) continue;
        for (std::size_t i = 0; i < word.size(); ++i) advance();
        if (word == "null") out = JsonValue::null();
        else out = JsonValue::boolean(word == "true");
        return true;
    }
    return fail(WS_TRANSLATE_NOOP("ScenarioFile", "invalid literal; expected true, false or null"));
}

} // namespace wirestep
