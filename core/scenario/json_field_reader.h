#pragma once
#include "core/scenario/json_value.h"
#include "core/scenario/load_error.h"

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace wirestep {

// Reads typed values out of a parsed JSON document and records one LoadError for each value
// that is missing, of the wrong type or out of range, then carries on, so that a loader can
// report every problem of a file in one pass.
//
// Messages are whole phrases with %1, %2 placeholders, marked with WS_TRANSLATE_NOOP; each
// LoadError keeps its English template and arguments so that a caller can translate it.
class JsonFieldReader {
public:
    // The largest count of milliseconds accepted anywhere (about 31 years).
    static constexpr std::int64_t kMaxMilliseconds = 1'000'000'000'000;

    // Messages for a value that must be one of a list of names.
    struct ChoiceMessages {
        std::string_view unknown;          // "unknown node \"%1\"; expected client or server"
        std::string_view unknownDidYouMean; // "unknown node \"%1\"; did you mean \"%2\"?"
    };

    explicit JsonFieldReader(std::string fileName) : m_file(std::move(fileName)) {}

    // Records a problem at `at`'s position: `pattern` (marked with WS_TRANSLATE_NOOP) with %1,
    // %2 ... filled by `args`.
    void error(const JsonValue &at, const std::string &path, std::string_view pattern,
               std::vector<std::string> args = {});
    // The first `maxKept` problems so far, in file order (by line, then column; else as
    // recorded), and how many there are in all. Only about twice maxKept are held at any time,
    // so a file of a million bad values costs no more memory than one with a hundred.
    std::vector<LoadError> sortedErrors() const;
    std::size_t errorCount() const { return m_errorCount; }
    bool hasErrors() const { return m_errorCount > 0; }
    void setMaxKept(std::size_t n) { m_maxKept = n; }

    // Reports each key of `object` that is not in `known` ("unknown key; did you mean ...?").
    void checkKeys(const JsonValue &object, const std::string &path,
                   std::initializer_list<std::string_view> known);
    // Reports "must be an object" / "must be an array" and returns false if `v` is not one.
    bool expectObject(const JsonValue &v, const std::string &path);
    bool expectArray(const JsonValue &v, const std::string &path);
    // The member, or nullptr after reporting `missing required key "key"` at `object`.
    const JsonValue *require(const JsonValue &object, const std::string &path, std::string_view key);

    std::optional<std::string> string(const JsonValue &v, const std::string &path);
    std::optional<bool> boolean(const JsonValue &v, const std::string &path);
    std::optional<std::int64_t> integer(const JsonValue &v, const std::string &path,
                                        std::int64_t min, std::int64_t max);
    std::optional<std::uint64_t> unsignedInteger(const JsonValue &v, const std::string &path,
                                                 std::uint64_t max);
    std::optional<double> number(const JsonValue &v, const std::string &path, double min, double max);
    // A count of milliseconds (fractions allowed), >= 0 or, with `positive`, > 0, returned in
    // microseconds rounded to the nearest one. A positive value that rounds to 0 µs is refused
    // as such; `zeroPattern`, if given, is what a zero gets told instead of "must be a number > 0".
    std::optional<std::int64_t> milliseconds(const JsonValue &v, const std::string &path,
                                             bool positive = false, std::string_view zeroPattern = {});
    // The index of v's string in `names`; else reports `messages` with the nearest name.
    std::optional<std::size_t> choice(const JsonValue &v, const std::string &path,
                                      std::initializer_list<std::string_view> names,
                                      const ChoiceMessages &messages);

    // The candidate nearest to `word` by edit distance (case-insensitive, a swap of two
    // neighbours counting as one edit), if it is close enough to be a likely typo; else empty.
    static std::string nearest(std::string_view word, std::initializer_list<std::string_view> candidates);

private:
    void trimErrors(); // sorts the held problems and keeps the first m_maxKept

    std::string m_file;
    std::vector<LoadError> m_errors;
    std::size_t m_errorCount = 0;
    std::size_t m_maxKept = SIZE_MAX;
};

} // namespace wirestep
