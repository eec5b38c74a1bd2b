#include "core/scenario/json_parser.h"
#include "core/scenario/json_writer.h"

#include <catch2/catch.hpp>

#include <random>
#include <string>

using namespace wirestep;

namespace {

// "line:column: message" of the first error, or "ok".
std::string errorOf(std::string_view text)
{
    const JsonParser::Result r = JsonParser::parse(text);
    if (r.ok()) return "ok";
    return std::to_string(r.error.line) + ":" + std::to_string(r.error.column) + ": " + r.error.message;
}

JsonValue parseOk(std::string_view text)
{
    JsonParser::Result r = JsonParser::parse(text);
    INFO(r.error.message);
    REQUIRE(r.ok());
    return *r.value;
}

} // namespace

TEST_CASE("JsonParser reads every kind of value", "[json]")
{
    const JsonValue v = parseOk(R"({"n": null, "t": true, "f": false, "i": -12, "d": 1.5e2,
                                    "s": "a\"b\\c\/\b\f\n\r\t\u00e9\ud83d\ude00", "a": [1, [], {}]})");
    REQUIRE(v.isObject());
    REQUIRE(v.size() == 7);
    CHECK(v.find("n")->isNull());
    CHECK(v.find("t")->asBool());
    CHECK_FALSE(v.find("f")->asBool());
    CHECK(v.find("i")->toInt64() == -12);
    CHECK(v.find("d")->toDouble() == 150.0);
    CHECK(v.find("s")->asString() == "a\"b\\c/\b\f\n\r\t\u00e9\U0001F600");
    const JsonValue &a = *v.find("a");
    REQUIRE(a.isArray());
    REQUIRE(a.size() == 3);
    CHECK(a.at(1).isArray());
    CHECK(a.at(2).isObject());
    CHECK(v.find("missing") == nullptr);
}

TEST_CASE("JsonParser keeps object keys in file order", "[json]")
{
    const JsonValue v = parseOk(R"({"zebra": 1, "apple": 2, "mango": 3})");
    REQUIRE(v.size() == 3);
    CHECK(v.keyAt(0).asString() == "zebra");
    CHECK(v.keyAt(1).asString() == "apple");
    CHECK(v.keyAt(2).asString() == "mango");
}

TEST_CASE("JsonParser records 1-based line and column, counting characters", "[json]")
{
    const JsonValue v = parseOk("{\n  \"a\": 1,\n  \"中文\": [true, \"x\"]\n}");
    CHECK(v.line() == 1);
    CHECK(v.column() == 1);
    CHECK(v.keyAt(0).line() == 2);
    CHECK(v.keyAt(0).column() == 3);
    CHECK(v.valueAt(0).column() == 8);
    // "中文" is two characters (six bytes): the value after it starts at column 9.
    CHECK(v.keyAt(1).line() == 3);
    CHECK(v.valueAt(1).column() == 9);
    CHECK(v.valueAt(1).at(1).column() == 16);
}

TEST_CASE("JsonParser tells integers from other numbers and keeps huge values", "[json]")
{
    CHECK(parseOk("1").isIntegral());
    CHECK(parseOk("-0").isIntegral());
    CHECK(parseOk("1.0").isIntegral());
    CHECK(parseOk("2e3").toInt64() == 2000);
    CHECK(parseOk("1.5e1").toInt64() == 15);
    CHECK_FALSE(parseOk("1.5").isIntegral());
    CHECK_FALSE(parseOk("1e-3").isIntegral());
    CHECK_FALSE(parseOk("1.5").toInt64().has_value());
    CHECK(parseOk("9223372036854775807").toInt64() == INT64_MAX);
    CHECK(parseOk("-9223372036854775808").toInt64() == INT64_MIN);
    CHECK_FALSE(parseOk("9223372036854775808").toInt64().has_value());
    CHECK(parseOk("18446744073709551615").toUInt64() == UINT64_MAX);
    CHECK_FALSE(parseOk("18446744073709551616").toUInt64().has_value());
    CHECK_FALSE(parseOk("-1").toUInt64().has_value());
    CHECK(parseOk("1e400").isIntegral());
    CHECK_FALSE(parseOk("1e400").toInt64().has_value());
    CHECK(parseOk("1e400").toDouble() == HUGE_VAL);
    CHECK(parseOk("1e-400").toDouble() == 0.0);
    CHECK_FALSE(parseOk("1e999999999999999999999").toInt64().has_value());
    CHECK(parseOk("123456789012345678901234567890e-20").toScaledInt64(0) == 1234567890);
    CHECK(parseOk("12345").lexeme() == "12345");
}

TEST_CASE("JsonValue scales decimals exactly, rounding halves away from zero", "[json]")
{
    CHECK(parseOk("1.5").toScaledInt64(3) == 1500);
    CHECK(parseOk("0.0005").toScaledInt64(3) == 1);
    CHECK(parseOk("0.0004999").toScaledInt64(3) == 0);
    CHECK(parseOk("-0.0005").toScaledInt64(3) == -1);
    CHECK(parseOk("2.0015").toScaledInt64(3) == 2002);
    CHECK(parseOk("1e-9").toScaledInt64(3) == 0);
    CHECK(parseOk("3").toScaledInt64(3) == 3000);
    CHECK_FALSE(parseOk("1e17").toScaledInt64(3).has_value());
}

TEST_CASE("JsonParser reports the first syntax error with line and column", "[json]")
{
    CHECK(errorOf("") == "1:1: the document is empty; expected a JSON value");
    CHECK(errorOf("  \n ") == "2:2: the document is empty; expected a JSON value");
    CHECK(errorOf("{\"a\": 1 \"b\": 2}") == "1:9: expected ',' or '}' after object member");
    CHECK(errorOf("[1 2]") == "1:4: expected ',' or ']' after array element");
    CHECK(errorOf("{\"a\" 1}") == "1:6: expected ':' after object key");
    CHECK(errorOf("{\"a\": 1,}") == "1:9: expected a string key after ','; trailing commas are not allowed");
    CHECK(errorOf("[1,]") == "1:4: expected a value after ','; trailing commas are not allowed");
    CHECK(errorOf("{1: 2}") == "1:2: expected a string key or '}'");
    CHECK(errorOf("{a: 2}") == "1:2: object keys must be strings in double quotes");
    CHECK(errorOf("{\n  \"a\": \"abc\n}") ==
          "2:8: unterminated string; a line break inside a string must be written as \\n");
    CHECK(errorOf("\"abc") == "1:1: unterminated string");
    CHECK(errorOf("\"abc\\") == "1:1: unterminated string");
    CHECK(errorOf("[\"a\\qb\"]") ==
          "1:4: invalid escape; use \\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\u followed by 4 hex digits");
    CHECK(errorOf("\"\\u12g4\"") == "1:2: invalid \\u escape; expected 4 hex digits");
    CHECK(errorOf("\"\\ud800\"") == "1:2: invalid \\u escape; a high surrogate must be followed by a low surrogate");
    CHECK(errorOf("\"\\ud800\\u0041\"") ==
          "1:2: invalid \\u escape; a high surrogate must be followed by a low surrogate");
    CHECK(errorOf("\"\\udc00\"") == "1:2: invalid \\u escape; a low surrogate without a high surrogate before it");
    CHECK(errorOf("\"a\tb\"") == "1:3: control character in string; write it as an escape such as \\t");
    CHECK(errorOf("[1] x") == "1:5: unexpected content after the JSON value");
    CHECK(errorOf("{} {}") == "1:4: unexpected content after the JSON value");
    CHECK(errorOf("[tru]") == "1:2: invalid literal; expected true, false or null");
    CHECK(errorOf("[01]") == "1:3: leading zeros are not allowed in numbers");
    CHECK(errorOf("[-]") == "1:3: expected a digit after '-'");
    CHECK(errorOf("[1.]") == "1:4: expected a digit after the decimal point");
    CHECK(errorOf("[1e+]") == "1:5: expected a digit in the exponent");
    CHECK(errorOf("[.5]") == "1:2: a number must start with a digit or '-'");
    CHECK(errorOf("[+5]") == "1:2: a number must start with a digit or '-'");
    CHECK(errorOf("['a']") == "1:2: strings must be in double quotes");
    CHECK(errorOf("{\n  // note\n  \"a\": 1\n}") == "2:3: comments are not allowed in JSON");
    CHECK(errorOf("[1, 2] // note") == "1:8: comments are not allowed in JSON");
    CHECK(errorOf("[NaN]") == "1:2: expected a value");
    CHECK(errorOf("{\"a\":") == "1:6: unexpected end of input; the object that starts at line 1, column 1 is not closed");
    CHECK(errorOf("{\n  \"a\": [1,\n") ==
          "3:1: unexpected end of input; the array that starts at line 2, column 8 is not closed");
}

TEST_CASE("JsonParser reports a duplicate key at the second occurrence", "[json]")
{
    CHECK(errorOf("{\n  \"link\": 1,\n  \"id\": 2,\n    \"link\": 3\n}") == "4:5: duplicate key \"link\"");
    CHECK(errorOf("{\"a\": {\"b\": 1, \"b\": 2}}") == "1:16: duplicate key \"b\"");
    CHECK(errorOf("[{\"a\": 1}, {\"a\": 2}]") == "ok");
}

TEST_CASE("JsonParser validates UTF-8", "[json]")
{
    CHECK(errorOf("\"caf\xC3\xA9\"") == "ok");
    CHECK(errorOf("\"\xF0\x9F\x98\x80\"") == "ok");
    CHECK(errorOf("\"ab\xC3\"") == "1:4: invalid UTF-8");          // truncated sequence
    CHECK(errorOf("\"ab\xC3") == "1:4: invalid UTF-8");            // truncated at the end
    CHECK(errorOf("\"\xC0\xAF\"") == "1:2: invalid UTF-8");        // overlong '/'
    CHECK(errorOf("\"\xE0\x80\xAF\"") == "1:2: invalid UTF-8");    // overlong
    CHECK(errorOf("\"\xED\xA0\x80\"") == "1:2: invalid UTF-8");    // a surrogate
    CHECK(errorOf("\"\xF4\x90\x80\x80\"") == "1:2: invalid UTF-8"); // above U+10FFFF
    CHECK(errorOf("\"\x80\"") == "1:2: invalid UTF-8");            // a lone continuation byte
    CHECK(errorOf("\"\xFF\"") == "1:2: invalid UTF-8");
    CHECK(errorOf("[\xFF]") == "1:2: invalid UTF-8");
    CHECK(errorOf("[\xC3\xA9]") == "1:2: expected a value");
}

TEST_CASE("JsonParser skips a byte order mark and accepts embedded NUL escapes", "[json]")
{
    const JsonValue v = parseOk("\xEF\xBB\xBF{\"a\": \"x\\u0000y\"}");
    CHECK(v.column() == 1);
    CHECK(v.find("a")->asString() == std::string("x\0y", 3));
    CHECK(errorOf(std::string_view("[1,\0]", 5)) == "1:4: expected a value");
}

TEST_CASE("JsonParser limits nesting without deep recursion", "[json]")
{
    const auto nested = [](int depth) { return std::string(static_cast<std::size_t>(depth), '[') + std::string(static_cast<std::size_t>(depth), ']'); };
    CHECK(errorOf(nested(JsonParser::kMaxDepth)) == "ok");
    CHECK(errorOf(nested(JsonParser::kMaxDepth + 1)) ==
          "1:65: too deeply nested: more than 64 levels of arrays and objects");
    CHECK(errorOf(std::string(1'000'000, '[')) == "1:65: too deeply nested: more than 64 levels of arrays and objects");
    CHECK(errorOf(std::string(1'000, '{')) == "1:2: expected a string key or '}'");
}

TEST_CASE("JsonParser never crashes on damaged input", "[json]")
{
    const std::string good = R"({"format": "wirestep-scenario/1", "a": [1, -2.5e3, true, null, "x\u00e9\ud83d\ude00"],
        "b": {"c": "中文", "d": []}})";
    REQUIRE(errorOf(good) == "ok");
    for (std::size_t n = 0; n < good.size(); ++n) {
        const JsonParser::Result r = JsonParser::parse(std::string_view(good).substr(0, n));
        CHECK_FALSE(r.ok());
        CHECK(r.error.line >= 1);
        CHECK(r.error.column >= 1);
    }
    std::mt19937 rng(12345);
    std::uniform_int_distribution<int> byte(0, 255);
    for (int round = 0; round < 3000; ++round) {
        std::string s = good;
        const int edits = 1 + round % 4;
        for (int e = 0; e < edits; ++e)
            s[static_cast<std::size_t>(rng() % s.size())] = static_cast<char>(byte(rng));
        const JsonParser::Result r = JsonParser::parse(s);
        if (!r.ok()) CHECK_FALSE(r.error.message.empty());
    }
}

TEST_CASE("JsonWriter pretty-prints with 2-space indentation", "[json]")
{
    JsonValue doc = JsonValue::object();
    doc.insert("name", JsonValue::string("Lost SYN"));
    doc.insert("count", JsonValue::integer(3));
    JsonValue flags = JsonValue::array();
    flags.append(JsonValue::string("SYN"));
    flags.append(JsonValue::string("ACK"));
    doc.insert("flags", flags);
    doc.insert("empty", JsonValue::array());
    JsonValue nested = JsonValue::object();
    nested.insert("inner", flags);
    JsonValue list = JsonValue::array();
    list.append(nested);
    doc.insert("list", list);
    doc.insert("loss", JsonValue::real(0.3));
    doc.insert("none", JsonValue::null());
    CHECK(JsonWriter::write(doc) ==
          "{\n"
          "  \"name\": \"Lost SYN\",\n"
          "  \"count\": 3,\n"
          "  \"flags\": [\"SYN\", \"ACK\"],\n"
          "  \"empty\": [],\n"
          "  \"list\": [\n"
          "    { \"inner\": [\"SYN\", \"ACK\"] }\n"
          "  ],\n"
          "  \"loss\": 0.3,\n"
          "  \"none\": null\n"
          "}\n");
}

TEST_CASE("JsonWriter breaks lines that would be too long", "[json]")
{
    JsonValue a = JsonValue::array();
    for (int i = 0; i < 40; ++i) a.append(JsonValue::integer(1000 + i));
    const std::string text = JsonWriter::write(a);
    CHECK(text.substr(0, 9) == "[\n  1000,");
    CHECK(JsonWriter::write(JsonValue::array()) == "[]\n");
    CHECK(JsonWriter::write(JsonValue::string("x")) == "\"x\"\n");
}

TEST_CASE("JsonWriter escapes strings and its output reads back the same", "[json]")
{
    CHECK(JsonWriter::quote("a\"b\\c\n\t\x01/é") == "\"a\\\"b\\\\c\\n\\t\\u0001/é\"");
    CHECK(JsonWriter::quote("bad\xFFz") == "\"bad\xEF\xBF\xBDz\"");
    const std::string original = R"({"k": ["x\u0000\u001f\"\\", 1.25, -7, false, {"z": "中文 😀"}]})";
    const JsonValue v = parseOk(original);
    const JsonValue again = parseOk(JsonWriter::write(v));
    CHECK(JsonWriter::write(again) == JsonWriter::write(v));
    CHECK(again.find("k")->at(0).asString() == std::string("x\0\x1f\"\\", 5));
    CHECK(again.find("k")->at(4).find("z")->asString() == "中文 😀");
}
