#include "core/scenario/json_field_reader.h"

#include <algorithm>
#include <cctype>

namespace wirestep {

namespace {

char lower(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }

// Optimal string alignment distance: insertions, deletions, substitutions and swaps of two
// neighbouring characters each cost one; letters compare case-insensitively.
std::size_t editDistance(std::string_view a, std::string_view b)
{
    const std::size_t n = a.size();
    const std::size_t m = b.size();
    std::vector<std::vector<std::size_t>> d(n + 1, std::vector<std::size_t>(m + 1, 0));
    for (std::size_t i = 0; i <= n; ++i) d[i][0] = i;
    for (std::size_t j = 0; j <= m; ++j) d[0][j] = j;
    for (std::size_t i = 1; i <= n; ++i) {
        for (std::size_t j = 1; j <= m; ++j) {
            const std::size_t cost = lower(a[i - 1]) == lower(b[j - 1]) ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && lower(a[i - 1]) == lower(b[j - 2]) && lower(a[i - 2]) == lower(b[j - 1]))
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[n][m];
}

} // namespace

void JsonFieldReader::error(const JsonValue &at, const std::string &path, std::string_view pattern,
                            std::vector<std::string> args)
{
    ++m_errorCount;
    m_errors.push_back(LoadError::make(m_file, at.line(), at.column(), path, pattern, std::move(args)));
    if (m_maxKept != SIZE_MAX && m_errors.size() >= 2 * m_maxKept + 16) trimErrors();
}

void JsonFieldReader::trimErrors()
{
    std::stable_sort(m_errors.begin(), m_errors.end(), [](const LoadError &a, const LoadError &b) {
        return a.line != b.line ? a.line < b.line : a.column < b.column;
    });
    if (m_errors.size() > m_maxKept) m_errors.resize(m_maxKept);
}

std::vector<LoadError> JsonFieldReader::sortedErrors() const
{
    JsonFieldReader copy = *this;
    copy.trimErrors();
    return std::move(copy.m_errors);
}

void JsonFieldReader::checkKeys(const JsonValue &object, const std::string &path,
                                std::initializer_list<std::string_view> known)
{
    for (std::size_t i = 0; i < object.size(); ++i) {
        const JsonValue &key = object.keyAt(i);
        if (std::find(known.begin(), known.end(), key.asString()) != known.end()) continue;
        const std::string keyPath = path.empty() ? key.asString() : path + "." + key.asString();
        const std::string suggestion = nearest(key.asString(), known);
        if (suggestion.empty()) error(key, keyPath, WS_TRANSLATE_NOOP("ScenarioFile", "unknown key"));
        else error(key, keyPath, WS_TRANSLATE_NOOP("ScenarioFile", "unknown key; did you mean \"%1\"?"), {suggestion});
    }
}

bool JsonFieldReader::expectObject(const JsonValue &v, const std::string &path)
{
    if (v.isObject()) return true;
    error(v, path, WS_TRANSLATE_NOOP("ScenarioFile", "must be an object"));
    return false;
}

bool JsonFieldReader::expectArray(const JsonValue &v, const std::string &path)
{
    if (v.isArray()) return true;
    error(v, path, WS_TRANSLATE_NOOP("ScenarioFile", "must be an array"));
    return false;
}

const JsonValue *JsonFieldReader::require(const JsonValue &object, const std::string &path,
                                          std::string_view key)
{
    if (const JsonValue *v = object.find(key)) return v;
    error(object, path, WS_TRANSLATE_NOOP("ScenarioFile", "missing required key \"%1\""), {std::string(key)});
    return nullptr;
}

std::optional<std::string> JsonFieldReader::string(const JsonValue &v, const std::string &path)
{
    if (v.isString()) return v.asString();
    error(v, path, WS_TRANSLATE_NOOP("ScenarioFile", "must be a string"));
    return std::nullopt;
}

std::optional<bool> JsonFieldReader::boolean(const JsonValue &v, const std::string &path)
{
    if (v.isBool()) return v.asBool();
    error(v, path, WS_TRANSLATE_NOOP("ScenarioFile", "must be true or false"));
    return std::nullopt;
}

std::optional<std::int64_t> JsonFieldReader::integer(const JsonValue &v, const std::string &path,
                                                     std::int64_t min, std::int64_t max)
{
    const auto n = v.toInt64();
    if (n && *n >= min && *n <= max) return n;
    error(v, path, WS_TRANSLATE_NOOP("ScenarioFile", "must be an integer from %1 to %2"), {std::to_string(min), std::to_string(max)});
    return std::nullopt;
}

std::optional<std::uint64_t> JsonFieldReader::unsignedInteger(const JsonValue &v, const std::string &path,
                                                              std::uint64_t max)
{
    const auto n = v.toUInt64();
    if (n && *n <= max) return n;
    error(v, path, WS_TRANSLATE_NOOP("ScenarioFile", "must be an integer from 0 to %1"), {std::to_string(max)});
    return std::nullopt;
}

std::optional<double> JsonFieldReader::number(const JsonValue &v, const std::string &path,
                                              double min, double max)
{
    if (v.isNumber() && !(min >= 0.0 && v.isNegative())) { // -1e-400 is below 0, though it rounds to -0.0
        const double d = v.toDouble();
        if (d >= min && d <= max) return d == 0.0 ? 0.0 : d;
    }
    error(v, path, WS_TRANSLATE_NOOP("ScenarioFile", "must be a number from %1 to %2"), {JsonValue::real(min).lexeme(), JsonValue::real(max).lexeme()});
    return std::nullopt;
}

std::optional<std::int64_t> JsonFieldReader::milliseconds(const JsonValue &v, const std::string &path,
                                                          bool positive, std::string_view zeroPattern)
{
    const std::string_view rangeMessage = positive ? WS_TRANSLATE_NOOP("ScenarioFile", "must be a number > 0")
                                                   : WS_TRANSLATE_NOOP("ScenarioFile", "must be a number >= 0");
    if (!v.isNumber() || v.isNegative()) {
        error(v, path, rangeMessage);
        return std::nullopt;
    }
    const auto us = v.toScaledInt64(3);
    if (!us || *us > kMaxMilliseconds * 1000) {
        error(v, path, WS_TRANSLATE_NOOP("ScenarioFile", "must be at most %1"), {std::to_string(kMaxMilliseconds)});
        return std::nullopt;
    }
    if (positive && *us <= 0) {
        if (v.toDouble() != 0.0)
            error(v, path, WS_TRANSLATE_NOOP("ScenarioFile", "must be at least 0.001 (1 µs); %1 rounds to 0 µs"),
                  {v.lexeme()});
        else
            error(v, path, zeroPattern.empty() ? rangeMessage : zeroPattern);
        return std::nullopt;
    }
    return *us < 0 ? 0 : *us;
}

std::optional<std::size_t> JsonFieldReader::choice(const JsonValue &v, const std::string &path,
                                                   std::initializer_list<std::string_view> names,
                                                   const ChoiceMessages &messages)
{
    if (!v.isString()) {
        error(v, path, WS_TRANSLATE_NOOP("ScenarioFile", "must be a string"));
        return std::nullopt;
    }
    const auto it = std::find(names.begin(), names.end(), v.asString());
    if (it != names.end()) return static_cast<std::size_t>(it - names.begin());
    const std::string suggestion = nearest(v.asString(), names);
    if (suggestion.empty()) error(v, path, messages.unknown, {v.asString()});
    else error(v, path, messages.unknownDidYouMean, {v.asString(), suggestion});
    return std::nullopt;
}

std::string JsonFieldReader::nearest(std::string_view word, std::initializer_list<std::string_view> candidates)
{
    constexpr std::size_t kLongest = 64; // nobody mistypes a key into a paragraph
    if (word.size() > kLongest) return {};
    std::string_view best;
    std::size_t bestDistance = SIZE_MAX;
    for (const std::string_view c : candidates) {
        const std::size_t d = editDistance(word, c);
        const std::size_t allowed = 1 + c.size() / 4;
        if (d <= allowed && d < std::max(word.size(), std::size_t{2}) && d < bestDistance) {
            best = c;
            bestDistance = d;
        }
    }
    return std::string(best);
}

} // namespace wirestep
