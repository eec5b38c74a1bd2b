#include "core/trace/segment.h"

#include <array>
#include <cctype>

namespace wirestep {

std::string_view toString(Protocol p)
{
    switch (p) {
    case Protocol::Tcp: return "TCP";
    case Protocol::Udp: return "UDP";
    }
    return "?";
}

std::vector<std::string_view> flagNames(std::uint8_t flags)
{
    std::vector<std::string_view> out;
    for (const auto &f : kFlagOrder)
        if (flags & f.bit) out.push_back(f.name);
    return out;
}

std::string flagsToString(std::uint8_t flags)
{
    std::string s;
    for (auto name : flagNames(flags)) {
        if (!s.empty()) s += ", ";
        s += name;
    }
    return s;
}

std::optional<std::uint8_t> flagFromString(std::string_view name)
{
    std::string upper;
    for (char c : name) upper += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    for (const auto &f : kFlagOrder)
        if (f.name == upper) return f.bit;
    return std::nullopt;
}

std::string Segment::label() const
{
    if (proto == Protocol::Udp)
        return "UDP " + std::to_string(sport) + "\u2192" + std::to_string(dport)
            + " len=" + std::to_string(payload.size());
    // PSH is a detail of the wire, not of the lesson: the label names the flags students track.
    std::string s = flagsToString(flags & static_cast<std::uint8_t>(~TcpFlag::PSH));
    if (s.empty()) s = "<no flags>";
    s += " seq=" + std::to_string(seq);
    if (has(TcpFlag::ACK)) s += " ack=" + std::to_string(ack);
    if (!payload.empty()) s += " len=" + std::to_string(payload.size());
    return s;
}

} // namespace wirestep
