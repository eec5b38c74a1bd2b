#include "jsonl_writer.h"
#include "json_quote.h"

#include <algorithm>

namespace wirestep {

namespace {

void field(std::string &o, const char *name) { o += ",\""; o += name; o += "\":"; }

} // namespace

std::string JsonlWriter::quote(const std::string &s) { return jsonQuote(s); }

std::string JsonlWriter::toJson(const TraceEvent &e)
{
    std::string o;
    o.reserve(256);
    o += "{\"id\":" + std::to_string(e.id);
    field(o, "t_us"); o += std::to_string(e.tUs);
    field(o, "kind"); o += quote(std::string(toString(e.kind)));
    field(o, "node"); o += quote(std::string(toString(e.node)));
    field(o, "cause"); o += e.cause ? std::to_string(e.cause) : "null";
    switch (e.kind) {
    case EventKind::App:
        field(o, "call"); o += quote(e.call);
        field(o, "bytes"); o += e.bytes >= 0 ? std::to_string(e.bytes) : "null";
        if (!e.data.empty() && e.data.size() <= kMaxDataBytes) { field(o, "data"); o += quote(e.data); }
        if (!e.error.empty()) { field(o, "error"); o += quote(e.error); }
        break;
    case EventKind::Send:
    case EventKind::Deliver:
    case EventKind::Drop: {
        const Segment &s = e.seg;
        field(o, "seg");
        o += "{\"id\":" + std::to_string(s.id);
        field(o, "proto"); o += quote(std::string(toString(s.proto)));
        field(o, "sport"); o += std::to_string(s.sport);
        field(o, "dport"); o += std::to_string(s.dport);
        field(o, "seq"); o += std::to_string(s.seq);
        field(o, "ack"); o += std::to_string(s.ack);
        field(o, "flags"); o += "[";
        bool first = true;
        for (auto name : flagNames(s.flags)) {
            if (!first) o += ",";
            first = false;
            o += quote(std::string(name));
        }
        o += "]";
        field(o, "win"); o += std::to_string(s.window);
        field(o, "len"); o += std::to_string(s.payload.size());
        field(o, "retransmission"); o += s.retransmission ? "true" : "false";
        if (s.mss) { field(o, "mss"); o += std::to_string(s.mss); }
        if (s.keepalive) { field(o, "keepalive"); o += "true"; }
        if (s.injected) { field(o, "injected"); o += "true"; }
        o += "}";
        if (!e.analysis.empty()) {
            field(o, "analysis"); o += "[";
            for (std::size_t at = 0; at <= e.analysis.size();) {
                const std::size_t comma = std::min(e.analysis.find(',', at), e.analysis.size());
                if (at > 0) o += ",";
                o += quote(e.analysis.substr(at, comma - at));
                at = comma + 1;
            }
            o += "]";
        }
        if (e.kind == EventKind::Drop) {
            field(o, "reason"); o += quote(e.reason);
            if (e.ruleIndex >= 0) { field(o, "rule"); o += std::to_string(e.ruleIndex); }
        }
        break;
    }
    case EventKind::State:
        field(o, "from"); o += quote(std::string(toString(e.from)));
        field(o, "to"); o += quote(std::string(toString(e.to)));
        if (!e.reason.empty()) { field(o, "reason"); o += quote(e.reason); }
        break;
    case EventKind::Timer:
        field(o, "timer"); o += quote(std::string(toString(e.timer)));
        field(o, "action"); o += quote(std::string(toString(e.action)));
        field(o, "deadline_us"); o += std::to_string(e.deadlineUs);
        field(o, "duration_us"); o += std::to_string(e.durationUs);
        break;
    case EventKind::Link:
        field(o, "action"); o += quote(e.call);
        break;
    }
    if (!e.counterfactual.empty()) { field(o, "counterfactual"); o += quote(e.counterfactual); }
    if (e.inferred) { field(o, "inferred"); o += "true"; }
    o += "}";
    return o;
}

void JsonlWriter::append(const TraceEvent &event)
{
    m_out << toJson(event) << '\n';
}

} // namespace wirestep
