#include "core/scenario/json_writer.h"

#include "core/trace/json_quote.h"

namespace wirestep {

namespace {

bool isContainer(const JsonValue &v) { return v.isArray() || v.isObject(); }

} // namespace

std::string JsonWriter::write(const JsonValue &value)
{
    std::string out;
    writeValue(out, value, 0);
    out += '\n';
    return out;
}

std::string JsonWriter::quote(std::string_view text) { return jsonQuote(text); }

std::string JsonWriter::scalar(const JsonValue &v)
{
    switch (v.type()) {
    case JsonValue::Type::Null: return "null";
    case JsonValue::Type::Bool: return v.asBool() ? "true" : "false";
    case JsonValue::Type::Number: return v.lexeme();
    case JsonValue::Type::String: return quote(v.asString());
    case JsonValue::Type::Array: return "[]";
    case JsonValue::Type::Object: return "{}";
    }
    return "null";
}

std::string JsonWriter::oneLine(const JsonValue &v)
{
    std::string out = v.isArray() ? "[" : "{ ";
    for (std::size_t i = 0; i < v.size(); ++i) {
        const JsonValue &item = v.isArray() ? v.at(i) : v.valueAt(i);
        std::string text = scalar(item);
        if (isContainer(item) && item.size() > 0) {
            // An object may hold short lists of scalars: { "flags": ["SYN"], "nth": 1 }.
            if (!v.isObject() || !item.isArray()) return {};
            text = oneLine(item);
            if (text.empty()) return {};
        }
        if (i > 0) out += ", ";
        if (v.isObject()) out += quote(v.keyAt(i).asString()) + ": ";
        out += text;
    }
    out += v.isArray() ? "]" : " }";
    return out;
}

void JsonWriter::writeValue(std::string &out, const JsonValue &v, int indent)
{
    if (!isContainer(v) || v.size() == 0) {
        out += scalar(v);
        return;
    }
    // `out` ends with this value's line so far ("    \"flags\": "): see whether the rest fits.
    const std::size_t lineStart = out.rfind('\n') == std::string::npos ? 0 : out.rfind('\n') + 1;
    const std::string compact = oneLine(v);
    if (!compact.empty() && out.size() - lineStart + compact.size() + 1 <= kLineWidth) {
        out += compact;
        return;
    }
    const std::string inner(static_cast<std::size_t>(indent + 2), ' ');
    out += v.isArray() ? "[\n" : "{\n";
    for (std::size_t i = 0; i < v.size(); ++i) {
        out += inner;
        if (v.isObject()) out += quote(v.keyAt(i).asString()) + ": ";
        writeValue(out, v.isArray() ? v.at(i) : v.valueAt(i), indent + 2);
        if (i + 1 < v.size()) out += ',';
        out += '\n';
    }
    out += std::string(static_cast<std::size_t>(indent), ' ');
    out += v.isArray() ? "]" : "}";
}

} // namespace wirestep
