#include "json_writer.h"

namespace wirestep {

namespace {

constexpr char kHex[] = "0123456789abcdef";

// Length of the valid UTF-8 character at text[i], or 0 if the bytes there are not one.
std::size_t utf8Length(std::string_view text, std::size_t i)
{
    const auto b0 = static_cast<unsigned char>(text[i]);
    std::size_t len = 0;
    unsigned char lo = 0x80;
    unsigned char hi = 0xBF;
    if (b0 < 0x80) return 1;
    if (b0 >= 0xC2 && b0 <= 0xDF) len = 2;
    else if (b0 == 0xE0) { len = 3; lo = 0xA0; }
    else if (b0 == 0xED) { len = 3; hi = 0x9F; }
    else if (b0 >= 0xE1 && b0 <= 0xEF) len = 3;
    else if (b0 == 0xF0) { len = 4; lo = 0x90; }
    else if (b0 >= 0xF1 && b0 <= 0xF3) len = 4;
    else if (b0 == 0xF4) { len = 4; hi = 0x8F; }
    else return 0;
    if (i + len > text.size()) return 0;
    for (std::size_t k = 1; k < len; ++k) {
        const auto b = static_cast<unsigned char>(text[i + k]);
        if (b < (k == 1 ? lo : 0x80) || b > (k == 1 ? hi : 0xBF)) return 0;
    }
    return len;
}

bool isContainer(const JsonValue &v) { return v.isArray() || v.isObject(); }

} // namespace

std::string JsonWriter::write(const JsonValue &value)
{
    std::string out;
    writeValue(out, value, 0);
    out += '\n';
    return out;
}

std::string JsonWriter::quote(std::string_view text)
{
    std::string out = "\"";
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (c < 0x20) {
                out += "\\u00";
                out += kHex[c >> 4];
                out += kHex[c & 0xF];
            } else if (const std::size_t len = utf8Length(text, i); len == 0) {
                out += "\xEF\xBF\xBD"; // U+FFFD REPLACEMENT CHARACTER
            } else {
                out.append(text.substr(i, len));
                i += len;
                continue;
            }
        }
        ++i;
    }
    out += '"';
    return out;
}

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
