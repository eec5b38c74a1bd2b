#include "core/trace/jsonl_writer.h"
#include "core/trace/json_quote.h"

#include <algorithm>
#include <charconv>

namespace wirestep {

namespace {

// Appends without temporaries: field names are literals, tokens are views, numbers go through
// std::to_chars.
template <typename N> void number(std::string &o, N n)
{
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, n);
    o.append(buf, r.ptr);
}

void token(std::string &o, std::string_view t) // a machine token: never needs escaping
{
    o += '"';
    o += t;
    o += '"';
}

void segment(std::string &o, const Segment &s)
{
    o += "{\"id\":";
    number(o, s.id);
    o += R"(,"proto":)"; token(o, toString(s.proto));
    o += R"(,"sport":)"; number(o, s.sport);
    o += R"(,"dport":)"; number(o, s.dport);
    o += R"(,"seq":)"; number(o, s.seq);
    o += R"(,"ack":)"; number(o, s.ack);
    o += R"(,"flags":)";
    o += '[';
    bool first = true;
    for (const FlagName &f : kFlagOrder) {
        if (!(s.flags & f.bit)) continue;
        if (!first) o += ',';
        first = false;
        token(o, f.name);
    }
    o += ']';
    o += R"(,"win":)"; number(o, s.window);
    o += R"(,"len":)"; number(o, s.payload.size());
    o += R"(,"retransmission":)"; o += s.retransmission ? "true" : "false";
    if (s.mss) { o += R"(,"mss":)"; number(o, s.mss); }
    if (s.keepalive) { o += R"(,"keepalive":)"; o += "true"; }
    if (s.injected) { o += R"(,"injected":)"; o += "true"; }
    if (s.sendCause != SendCause::None) { o += R"(,"send_cause":)"; token(o, toString(s.sendCause)); }
    o += '}';
}

} // namespace

std::string JsonlWriter::quote(const std::string &s) { return jsonQuote(s); }

std::string JsonlWriter::toJson(const TraceEvent &e)
{
    std::string o;
    appendJson(o, e);
    return o;
}

void JsonlWriter::appendJson(std::string &o, const TraceEvent &e)
{
    o += "{\"id\":";
    number(o, e.id);
    o += R"(,"t_us":)"; number(o, e.tUs);
    o += R"(,"kind":)"; token(o, toString(e.kind));
    o += R"(,"node":)"; token(o, toString(e.node));
    o += R"(,"cause":)";
    if (e.cause) number(o, e.cause);
    else o += "null";
    switch (e.kind) {
    case EventKind::App:
        o += R"(,"call":)"; token(o, toString(e.call));
        o += R"(,"bytes":)";
        if (e.bytes >= 0) number(o, e.bytes);
        else o += "null";
        if (!e.data.empty() && e.data.size() <= kMaxDataBytes) { o += R"(,"data":)"; appendJsonQuoted(o, e.data); }
        if (e.error != AppError::None) { o += R"(,"error":)"; token(o, toString(e.error)); }
        break;
    case EventKind::Send:
    case EventKind::Deliver:
    case EventKind::Drop:
        o += R"(,"seg":)";
        segment(o, e.seg);
        if (!e.analysis.empty()) { // comma-separated tokens, written as an array
            o += R"(,"analysis":[)";
            for (std::size_t at = 0; at <= e.analysis.size();) {
                const std::size_t comma = std::min(e.analysis.find(',', at), e.analysis.size());
                if (at > 0) o += ',';
                appendJsonQuoted(o, std::string_view(e.analysis).substr(at, comma - at));
                at = comma + 1;
            }
            o += ']';
        }
        if (e.kind == EventKind::Drop) {
            o += R"(,"reason":)"; token(o, toString(e.reason));
            if (e.ruleIndex >= 0) { o += R"(,"rule":)"; number(o, e.ruleIndex); }
        }
        break;
    case EventKind::State:
        o += R"(,"from":)"; token(o, toString(e.from));
        o += R"(,"to":)"; token(o, toString(e.to));
        if (e.basis != InferenceBasis::None) { o += R"(,"reason":)"; token(o, toString(e.basis)); }
        break;
    case EventKind::Timer:
        o += R"(,"timer":)"; token(o, toString(e.timer));
        o += R"(,"action":)"; token(o, toString(e.action));
        o += R"(,"deadline_us":)"; number(o, e.deadlineUs);
        o += R"(,"duration_us":)"; number(o, e.durationUs);
        break;
    case EventKind::Link:
        o += R"(,"action":)"; token(o, toString(e.link));
        break;
    }
    if (!e.counterfactual.empty()) { o += R"(,"counterfactual":)"; appendJsonQuoted(o, e.counterfactual); }
    if (e.inferred) o += R"(,"inferred":true)";
    o += '}';
}

void JsonlWriter::append(const TraceEvent &event)
{
    m_line.clear();
    appendJson(m_line, event);
    m_line += '\n';
    m_out.write(m_line.data(), static_cast<std::streamsize>(m_line.size()));
}

} // namespace wirestep
