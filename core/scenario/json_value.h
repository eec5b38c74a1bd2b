#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace wirestep {

// One JSON value (RFC 8259) as read from a file or built for writing: null, a boolean, a number,
// a string, an array or an object. Objects keep their keys in file order.
//
// Every value remembers where it started in the text it was parsed from: a 1-based line and a
// 1-based column counted in Unicode characters (code points), so a Chinese character counts as
// one column. Values built in code have line and column 0.
//
// Numbers keep their lexeme (the digits as written), so an integer is told apart from a
// non-integer exactly and a value too large for any C++ type is still seen as such.
class JsonValue {
public:
    enum class Type { Null, Bool, Number, String, Array, Object };

    JsonValue() = default; // null

    static JsonValue null() { return {}; }
    static JsonValue boolean(bool b);
    static JsonValue string(std::string s);
    static JsonValue integer(std::int64_t n);
    static JsonValue unsignedInteger(std::uint64_t n);
    // Shortest text that reads back as the same double; null if `d` is not finite.
    static JsonValue real(double d);
    // `lexeme` must be a valid JSON number (as checked by the parser).
    static JsonValue numberFromLexeme(std::string lexeme);
    // A number written on a command line or anywhere else, read by the same grammar as in a file
    // (RFC 8259: no spaces, no '+', no hexadecimal, no inf or nan); nothing if it is not one.
    static std::optional<JsonValue> parseNumber(std::string_view text);
    static JsonValue array();
    static JsonValue object();

    Type type() const { return m_type; }
    bool isNull() const { return m_type == Type::Null; }
    bool isBool() const { return m_type == Type::Bool; }
    bool isNumber() const { return m_type == Type::Number; }
    bool isString() const { return m_type == Type::String; }
    bool isArray() const { return m_type == Type::Array; }
    bool isObject() const { return m_type == Type::Object; }
    // "null", "a boolean", "a number", "a string", "an array", "an object".
    static std::string_view typeName(Type t);

    int line() const { return m_line; }
    int column() const { return m_column; }
    void setPosition(int line, int column);

    bool asBool() const { return m_bool; }
    // The UTF-8 text of a string value.
    const std::string &asString() const { return m_text; }
    // The number exactly as written in the file (or as generated for a built value).
    const std::string &lexeme() const { return m_text; }

    // Numbers: whether the value is below zero, exactly (-1e-400 is; -0 and -0.0 are not).
    bool isNegative() const;
    // Numbers: whether the value is a whole number (1, -3, 1.0, 2e3 are; 1.5, 1e-3 are not).
    bool isIntegral() const;
    // The whole number, if the value is one and fits the type.
    std::optional<std::int64_t> toInt64() const;
    std::optional<std::uint64_t> toUInt64() const;
    // The value times 10^decimals, rounded to the nearest integer (halves away from zero), if it
    // fits: with decimals = 3 a count of milliseconds becomes microseconds exactly.
    std::optional<std::int64_t> toScaledInt64(int decimals) const;
    // The nearest double; +-HUGE_VAL for magnitudes beyond double's range.
    double toDouble() const;

    // Arrays.
    std::size_t size() const; // elements of an array, members of an object, 0 otherwise
    const JsonValue &at(std::size_t i) const { return m_values[i]; }
    void append(JsonValue v);

    // Objects: member i is keyAt(i) (a string value with the key's position) and valueAt(i).
    const JsonValue &keyAt(std::size_t i) const { return m_keys[i]; }
    const JsonValue &valueAt(std::size_t i) const { return m_values[i]; }
    // The member's value, or nullptr (the first one, should a built object have duplicates).
    const JsonValue *find(std::string_view key) const;
    bool contains(std::string_view key) const { return find(key) != nullptr; }
    // Appends a member; the caller keeps keys unique.
    void insert(JsonValue key, JsonValue value);
    void insert(std::string key, JsonValue value);

private:
    Type m_type = Type::Null;
    bool m_bool = false;
    std::string m_text;              // String: the text; Number: the lexeme
    std::vector<JsonValue> m_keys;   // Object: the keys (string values)
    std::vector<JsonValue> m_values; // Array: the elements; Object: the values
    int m_line = 0;
    int m_column = 0;
};

} // namespace wirestep
