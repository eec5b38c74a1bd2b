#include "core/scenario/json_value.h"

#include <charconv>
#include <cmath>
#include <limits>

namespace wirestep {

namespace {

// A number's exact value: (-1)^negative * digits * 10^exponent, with `digits` free of leading
// and trailing zeros (empty for zero).
struct Decimal {
    bool negative = false;
    std::string digits;
    std::int64_t exponent = 0;
};

// The exponent is clamped: beyond this, every value is far outside any range we check.
constexpr std::int64_t kExponentClamp = 1'000'000'000;

Decimal decompose(std::string_view lex)
{
    Decimal d;
    std::size_t i = 0;
    if (i < lex.size() && lex[i] == '-') {
        d.negative = true;
        ++i;
    }
    std::int64_t fractionDigits = 0;
    bool inFraction = false;
    for (; i < lex.size() && lex[i] != 'e' && lex[i] != 'E'; ++i) {
        const char c = lex[i];
        if (c == '.') {
            inFraction = true;
            continue;
        }
        if (inFraction) ++fractionDigits;
        if (c == '0' && d.digits.empty()) continue; // leading zero
        d.digits += c;
    }
    std::int64_t exp = 0;
    if (i < lex.size()) { // exponent
        ++i;
        bool expNegative = false;
        if (i < lex.size() && (lex[i] == '+' || lex[i] == '-')) expNegative = lex[i++] == '-';
        for (; i < lex.size(); ++i) {
            exp = exp * 10 + (lex[i] - '0');
            if (exp > kExponentClamp) exp = kExponentClamp;
        }
        if (expNegative) exp = -exp;
    }
    d.exponent = exp - fractionDigits;
    while (!d.digits.empty() && d.digits.back() == '0') {
        d.digits.pop_back();
        ++d.exponent;
    }
    if (d.digits.empty()) d.exponent = 0;
    return d;
}

// The magnitude of digits * 10^shift rounded to an integer (halves up), if it fits 64 bits.
std::optional<std::uint64_t> scaledMagnitude(const Decimal &d, std::int64_t shift)
{
    if (d.digits.empty()) return 0;
    const std::int64_t e = d.exponent + shift;
    const auto len = static_cast<std::int64_t>(d.digits.size());
    const std::int64_t kept = len + e; // digits left of the decimal point
    if (kept > 20) return std::nullopt;
    std::uint64_t v = 0;
    const auto push = [&v](int digit) {
        if (v > (std::numeric_limits<std::uint64_t>::max() - static_cast<std::uint64_t>(digit)) / 10)
            return false;
        v = v * 10 + static_cast<std::uint64_t>(digit);
        return true;
    };
    for (std::int64_t k = 0; k < kept; ++k) {
        const int digit = k < len ? d.digits[static_cast<std::size_t>(k)] - '0' : 0;
        if (!push(digit)) return std::nullopt;
    }
    if (kept < len) { // round on the first dropped digit
        const std::int64_t first = kept < 0 ? -1 : kept;
        if (first >= 0 && d.digits[static_cast<std::size_t>(first)] >= '5') {
            if (v == std::numeric_limits<std::uint64_t>::max()) return std::nullopt;
            ++v;
        }
    }
    return v;
}

std::optional<std::int64_t> signedFrom(bool negative, std::uint64_t magnitude)
{
    constexpr auto maxPos = static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max());
    if (!negative) {
        if (magnitude > maxPos) return std::nullopt;
        return static_cast<std::int64_t>(magnitude);
    }
    if (magnitude > maxPos + 1) return std::nullopt;
    if (magnitude == maxPos + 1) return std::numeric_limits<std::int64_t>::min();
    return -static_cast<std::int64_t>(magnitude);
}

} // namespace

JsonValue JsonValue::boolean(bool b)
{
    JsonValue v;
    v.m_type = Type::Bool;
    v.m_bool = b;
    return v;
}

JsonValue JsonValue::string(std::string s)
{
    JsonValue v;
    v.m_type = Type::String;
    v.m_text = std::move(s);
    return v;
}

JsonValue JsonValue::integer(std::int64_t n) { return numberFromLexeme(std::to_string(n)); }

JsonValue JsonValue::unsignedInteger(std::uint64_t n) { return numberFromLexeme(std::to_string(n)); }

JsonValue JsonValue::real(double d)
{
    if (!std::isfinite(d)) return null();
    char buf[64];
    const auto res = std::to_chars(buf, buf + sizeof buf, d);
    return numberFromLexeme(std::string(buf, res.ptr));
}

JsonValue JsonValue::numberFromLexeme(std::string lexeme)
{
    JsonValue v;
    v.m_type = Type::Number;
    v.m_text = std::move(lexeme);
    return v;
}

JsonValue JsonValue::array()
{
    JsonValue v;
    v.m_type = Type::Array;
    return v;
}

JsonValue JsonValue::object()
{
    JsonValue v;
    v.m_type = Type::Object;
    return v;
}

std::string_view JsonValue::typeName(Type t)
{
    switch (t) {
    case Type::Null: return "null";
    case Type::Bool: return "a boolean";
    case Type::Number: return "a number";
    case Type::String: return "a string";
    case Type::Array: return "an array";
    case Type::Object: return "an object";
    }
    return "?";
}

void JsonValue::setPosition(int line, int column)
{
    m_line = line;
    m_column = column;
}

bool JsonValue::isNegative() const
{
    if (m_type != Type::Number) return false;
    const Decimal d = decompose(m_text);
    return d.negative && !d.digits.empty();
}

std::optional<JsonValue> JsonValue::parseNumber(std::string_view text)
{
    // The JSON number grammar, all of the text: -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?
    std::size_t i = 0;
    const auto digit = [&](std::size_t at) { return at < text.size() && text[at] >= '0' && text[at] <= '9'; };
    if (i < text.size() && text[i] == '-') ++i;
    if (!digit(i)) return std::nullopt;
    if (text[i] == '0') ++i;
    else while (digit(i)) ++i;
    if (i < text.size() && text[i] == '.') {
        ++i;
        if (!digit(i)) return std::nullopt;
        while (digit(i)) ++i;
    }
    if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
        ++i;
        if (i < text.size() && (text[i] == '+' || text[i] == '-')) ++i;
        if (!digit(i)) return std::nullopt;
        while (digit(i)) ++i;
    }
    if (i != text.size()) return std::nullopt;
    return numberFromLexeme(std::string(text));
}

bool JsonValue::isIntegral() const
{
    if (m_type != Type::Number) return false;
    return decompose(m_text).exponent >= 0;
}

std::optional<std::int64_t> JsonValue::toInt64() const
{
    if (!isIntegral()) return std::nullopt;
    return toScaledInt64(0);
}

std::optional<std::uint64_t> JsonValue::toUInt64() const
{
    if (!isIntegral()) return std::nullopt;
    const Decimal d = decompose(m_text);
    if (d.negative && !d.digits.empty()) return std::nullopt;
    return scaledMagnitude(d, 0);
}

std::optional<std::int64_t> JsonValue::toScaledInt64(int decimals) const
{
    if (m_type != Type::Number) return std::nullopt;
    const Decimal d = decompose(m_text);
    const auto magnitude = scaledMagnitude(d, decimals);
    if (!magnitude) return std::nullopt;
    return signedFrom(d.negative, *magnitude);
}

double JsonValue::toDouble() const
{
    if (m_type != Type::Number) return 0.0;
    double d = 0.0;
    const auto res = std::from_chars(m_text.data(), m_text.data() + m_text.size(), d);
    if (res.ec == std::errc::result_out_of_range) {
        const Decimal dec = decompose(m_text);
        const bool huge = static_cast<std::int64_t>(dec.digits.size()) + dec.exponent > 0;
        const double magnitude = huge ? HUGE_VAL : 0.0;
        return dec.negative ? -magnitude : magnitude;
    }
    return d;
}

std::size_t JsonValue::size() const
{
    return m_type == Type::Array || m_type == Type::Object ? m_values.size() : 0;
}

void JsonValue::append(JsonValue v) { m_values.push_back(std::move(v)); }

const JsonValue *JsonValue::find(std::string_view key) const
{
    for (std::size_t i = 0; i < m_keys.size(); ++i)
        if (m_keys[i].m_text == key) return &m_values[i];
    return nullptr;
}

void JsonValue::insert(JsonValue key, JsonValue value)
{
    m_keys.push_back(std::move(key));
    m_values.push_back(std::move(value));
}

void JsonValue::insert(std::string key, JsonValue value)
{
    insert(string(std::move(key)), std::move(value));
}

} // namespace wirestep
