#include "core/scenario/scenario.h"
#include "core/trace/trace.h"

namespace wirestep {

namespace {
struct ActionName {
    ActionKind kind;
    std::string_view name;
};
constexpr ActionName kActionNames[] = {
    {ActionKind::Listen, "listen"},   {ActionKind::Connect, "connect"},
    {ActionKind::Send, "send"},       {ActionKind::Recv, "recv"},
    {ActionKind::Shutdown, "shutdown"}, {ActionKind::Close, "close"},
    {ActionKind::Abort, "abort"},     {ActionKind::Bind, "bind"},
    {ActionKind::SendTo, "sendto"},   {ActionKind::RecvFrom, "recvfrom"},
    {ActionKind::Crash, "crash"},     {ActionKind::Reboot, "reboot"},
    {ActionKind::LinkCut, "link_cut"}, {ActionKind::LinkHeal, "link_heal"},
};

std::string pick(const std::map<std::string, std::string> &m, const std::string &lang)
{
    if (auto it = m.find(lang); it != m.end() && !it->second.empty()) return it->second;
    if (auto it = m.find("en"); it != m.end()) return it->second;
    return {};
}
} // namespace

std::string_view toString(ActionKind k)
{
    for (const auto &a : kActionNames)
        if (a.kind == k) return a.name;
    return "?";
}

std::optional<ActionKind> actionKindFromString(std::string_view s)
{
    for (const auto &a : kActionNames)
        if (a.name == s) return a.kind;
    return std::nullopt;
}

std::string Action::payload() const
{
    if (!text.empty() || bytes < 0) return text;
    // A readable, deterministic filler: "abcdefghijklmnopqrstuvwxyz" repeated.
    std::string s(static_cast<std::size_t>(bytes), 'a');
    for (std::size_t i = 0; i < s.size(); ++i) s[i] = static_cast<char>('a' + i % 26);
    return s;
}

std::size_t Action::payloadSize() const
{
    return !text.empty() || bytes < 0 ? text.size() : static_cast<std::size_t>(bytes);
}

std::string Scenario::titleIn(const std::string &lang) const { return pick(title, lang); }
std::string Scenario::descriptionIn(const std::string &lang) const { return pick(description, lang); }

std::string textIn(const std::map<std::string, std::string> &texts, const std::string &lang) { return pick(texts, lang); }

std::optional<std::size_t> QuestionAnchor::findIn(const Trace &trace) const
{
    int seen = 0;
    for (std::size_t i = 0; i < trace.size(); ++i) {
        const EventKind k = trace.kindAt(i);
        if (kind == Kind::Send ? k != EventKind::Send : k != EventKind::State) continue;
        if (node && trace.nodeAt(i) != *node) continue;
        const TraceEvent e = trace[i];
        if (kind == Kind::Send) {
            const auto shown = static_cast<std::uint8_t>(e.seg.flags & ~TcpFlag::PSH);
            if (e.seg.proto != Protocol::Tcp || shown != flags || e.seg.injected) continue;
        } else if (e.to != state) {
            continue;
        }
        if (++seen == nth) return i;
    }
    return std::nullopt;
}

} // namespace wirestep
