#include "text_writer.h"

#include <cstdio>

namespace wirestep {

std::string TextWriter::formatTime(std::int64_t tUs)
{
    char buf[32];
    if (tUs < 10'000'000)
        std::snprintf(buf, sizeof buf, "%10.3f ms", static_cast<double>(tUs) / 1000.0);
    else
        std::snprintf(buf, sizeof buf, "%10.3f s ", static_cast<double>(tUs) / 1e6);
    return buf;
}

std::string TextWriter::describe(const TraceEvent &e)
{
    switch (e.kind) {
    case EventKind::App: {
        std::string s = e.call;
        if (e.bytes >= 0) s += " " + std::to_string(e.bytes) + " bytes";
        if (!e.data.empty() && e.data.size() <= 64) s += " \"" + e.data + "\"";
        if (!e.error.empty()) s += " -> " + e.error;
        return s;
    }
    case EventKind::Send: {
        std::string s = e.seg.label();
        if (e.seg.retransmission) s += " (retransmission)";
        if (e.seg.keepalive) s += " (keepalive probe)";
        if (e.seg.injected) s += " (injected)";
        return s;
    }
    case EventKind::Deliver: return e.seg.label();
    case EventKind::Drop: {
        std::string s = e.seg.label() + " lost: " + e.reason;
        if (e.ruleIndex >= 0) s += " " + std::to_string(e.ruleIndex);
        return s;
    }
    case EventKind::State:
        return std::string(toString(e.from)) + " -> " + std::string(toString(e.to));
    case EventKind::Timer: {
        std::string s = std::string(toString(e.timer)) + " " + std::string(toString(e.action));
        if (e.action == TimerAction::Armed)
            s += " for " + std::to_string(e.durationUs / 1000) + " ms";
        return s;
    }
    case EventKind::Link: return e.call;
    }
    return {};
}

void TextWriter::append(const TraceEvent &e)
{
    char head[64];
    std::snprintf(head, sizeof head, "#%-5llu %s  %-6s  %-8s ", static_cast<unsigned long long>(e.id),
                  formatTime(e.tUs).c_str(), std::string(toString(e.node)).c_str(),
                  std::string(toString(e.kind)).c_str());
    m_out << head << describe(e);
    if (!e.counterfactual.empty()) m_out << "  [counterfactual: " << e.counterfactual << "]";
    m_out << '\n';
}

} // namespace wirestep
