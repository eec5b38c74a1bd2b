#include "core/scenario/scenario_writer.h"

#include "core/scenario/json_writer.h"
#include "core/scenario/scenario_loader.h"

namespace wirestep {

namespace {

std::string_view protocolName(Protocol p) { return p == Protocol::Tcp ? "tcp" : "udp"; }

const TcpConfig &nodeOf(const Scenario &s, NodeId id) { return s.nodes[static_cast<std::size_t>(indexOf(id))]; }

} // namespace

std::string ScenarioWriter::save(const Scenario &scenario) { return JsonWriter::write(toJson(scenario)); }

JsonValue ScenarioWriter::toJson(const Scenario &s)
{
    JsonValue doc = JsonValue::object();
    doc.insert("format", JsonValue::string(std::string(ScenarioLoader::kFormat)));
    doc.insert("id", JsonValue::string(s.id));
    doc.insert("group", JsonValue::string(s.group));
    doc.insert("title", texts(s.title));
    doc.insert("description", texts(s.description));
    doc.insert("protocol", JsonValue::string(std::string(protocolName(s.protocol))));
    doc.insert("link", link(s));
    JsonValue nodes = JsonValue::object();
    nodes.insert("client", node(nodeOf(s, NodeId::Client)));
    nodes.insert("server", node(nodeOf(s, NodeId::Server)));
    doc.insert("nodes", std::move(nodes));
    JsonValue actions = JsonValue::array();
    for (const Action &a : s.actions) actions.append(action(a));
    doc.insert("actions", std::move(actions));
    if (!s.link.rules.empty() || !s.link.injections.empty()) {
        JsonValue faults = JsonValue::array();
        for (const FaultRule &r : s.link.rules) faults.append(rule(r));
        for (const Injection &inj : s.link.injections) faults.append(injection(s, inj));
        doc.insert("faults", std::move(faults));
    }
    doc.insert("until_ms", milliseconds(s.untilUs));
    if (!s.questions.empty()) {
        JsonValue questions = JsonValue::array();
        for (const ScenarioQuestion &q : s.questions) questions.append(question(q));
        doc.insert("questions", std::move(questions));
    }
    return doc;
}

JsonValue ScenarioWriter::question(const ScenarioQuestion &q)
{
    JsonValue before = JsonValue::object();
    if (q.before.kind == QuestionAnchor::Kind::Send) before.insert("send", flags(q.before.flags));
    else before.insert("enters", JsonValue::string(std::string(toString(q.before.state))));
    if (q.before.node) before.insert("node", JsonValue::string(std::string(toString(*q.before.node))));
    if (q.before.nth != 1) before.insert("nth", JsonValue::integer(q.before.nth));
    JsonValue out = JsonValue::object();
    out.insert("before", std::move(before));
    out.insert("prompt", texts(q.prompt));
    if (q.number) {
        out.insert("number", JsonValue::integer(*q.number));
    } else {
        JsonValue choices = JsonValue::array();
        for (const auto &c : q.choices) choices.append(texts(c));
        out.insert("choices", std::move(choices));
        out.insert("answer", JsonValue::integer(q.answer));
    }
    out.insert("explanation", texts(q.explanation));
    return out;
}

JsonValue ScenarioWriter::link(const Scenario &s)
{
    const LinkDirection &base = s.link.dir[0];
    const LinkDirection &back = s.link.dir[1];
    JsonValue link = JsonValue::object();
    link.insert("delay_ms", milliseconds(base.delayUs));
    link.insert("jitter_ms", milliseconds(base.jitterUs));
    link.insert("loss", JsonValue::real(base.loss));
    link.insert("seed", JsonValue::unsignedInteger(s.link.seed));
    JsonValue over = JsonValue::object();
    if (back.delayUs != base.delayUs) over.insert("delay_ms", milliseconds(back.delayUs));
    if (back.jitterUs != base.jitterUs) over.insert("jitter_ms", milliseconds(back.jitterUs));
    if (back.loss != base.loss) over.insert("loss", JsonValue::real(back.loss));
    if (over.size() > 0) link.insert("server_to_client", std::move(over));
    return link;
}

JsonValue ScenarioWriter::node(const TcpConfig &n)
{
    const TcpConfig d; // the defaults
    JsonValue node = JsonValue::object();
    node.insert("port", JsonValue::integer(n.port));
    if (n.isn && n.laterIsns.empty()) {
        node.insert("isn", JsonValue::integer(*n.isn));
    } else if (n.isn) {
        JsonValue isns = JsonValue::array();
        isns.append(JsonValue::integer(*n.isn));
        for (std::uint32_t later : n.laterIsns) isns.append(JsonValue::integer(later));
        node.insert("isn", std::move(isns));
    }
    node.insert("profile", JsonValue::string(std::string(toString(n.profile))));
    const TcpTimers p = timersFor(n.profile);
    const TcpTimers &t = n.timers;
    JsonValue timers = JsonValue::object();
    const auto ms = [&timers](std::string key, std::int64_t value, std::int64_t profileValue) {
        if (value != profileValue) timers.insert(std::move(key), milliseconds(value));
    };
    const auto count = [&timers](std::string key, int value, int profileValue) {
        if (value != profileValue) timers.insert(std::move(key), JsonValue::integer(value));
    };
    ms("rto_initial_ms", t.rtoInitialUs, p.rtoInitialUs);
    ms("rto_min_ms", t.rtoMinUs, p.rtoMinUs);
    ms("rto_max_ms", t.rtoMaxUs, p.rtoMaxUs);
    count("syn_retries", t.synRetries, p.synRetries);
    count("synack_retries", t.synAckRetries, p.synAckRetries);
    count("data_retries", t.dataRetries, p.dataRetries);
    ms("time_wait_ms", t.timeWaitUs, p.timeWaitUs);
    ms("fin_wait_2_ms", t.finWait2Us, p.finWait2Us);
    ms("keepalive_idle_ms", t.keepaliveIdleUs, p.keepaliveIdleUs);
    ms("keepalive_interval_ms", t.keepaliveIntervalUs, p.keepaliveIntervalUs);
    count("keepalive_probes", t.keepaliveProbes, p.keepaliveProbes);
    ms("delayed_ack_ms", t.delayedAckUs, p.delayedAckUs);
    if (timers.size() > 0) node.insert("timers", std::move(timers));
    if (n.mss != d.mss) node.insert("mss", JsonValue::integer(n.mss));
    if (n.receiveBuffer != d.receiveBuffer) node.insert("window", JsonValue::integer(n.receiveBuffer));
    if (n.keepalive != d.keepalive) node.insert("keepalive", JsonValue::boolean(n.keepalive));
    if (n.delayedAck) node.insert("delayed_ack", JsonValue::boolean(*n.delayedAck));
    if (n.handshake != d.handshake)
        node.insert("handshake", JsonValue::string(n.handshake == HandshakeMode::TwoWay ? "two-way" : "three-way"));
    if (n.timeWait != d.timeWait) node.insert("time_wait", JsonValue::boolean(n.timeWait));
    if (n.autoRecv != d.autoRecv) node.insert("auto_recv", JsonValue::boolean(n.autoRecv));
    return node;
}

JsonValue ScenarioWriter::action(const Action &a)
{
    JsonValue v = JsonValue::object();
    v.insert("at_ms", milliseconds(a.atUs));
    const bool linkAction = a.kind == ActionKind::LinkCut || a.kind == ActionKind::LinkHeal;
    if (!linkAction || a.node != NodeId::Client) v.insert("node", JsonValue::string(std::string(toString(a.node))));
    v.insert("do", JsonValue::string(std::string(toString(a.kind))));
    switch (a.kind) {
    case ActionKind::Send:
    case ActionKind::SendTo:
        if (!a.text.empty() || a.bytes < 0) v.insert("text", JsonValue::string(a.text));
        else v.insert("bytes", JsonValue::integer(a.bytes));
        break;
    case ActionKind::Recv:
        if (a.bytes >= 0) v.insert("bytes", JsonValue::integer(a.bytes));
        break;
    default:
        break;
    }
    const bool takesPort = a.kind == ActionKind::Connect || a.kind == ActionKind::Bind || a.kind == ActionKind::SendTo;
    if (takesPort && a.port != 0) v.insert("port", JsonValue::integer(a.port));
    if (a.isn) v.insert("isn", JsonValue::unsignedInteger(*a.isn));
    return v;
}

JsonValue ScenarioWriter::rule(const FaultRule &r)
{
    JsonValue v = JsonValue::object();
    v.insert("action", JsonValue::string(std::string(toString(r.action))));
    if (r.from) v.insert("from", JsonValue::string(std::string(toString(*r.from))));
    if (r.proto != Protocol::Tcp) v.insert("proto", JsonValue::string(std::string(protocolName(r.proto))));
    if (r.flags != 0) v.insert("flags", flags(r.flags));
    if (r.exactFlags) v.insert("exact", JsonValue::boolean(true));
    if (r.seq) v.insert("seq", JsonValue::integer(*r.seq));
    if (r.hasData) v.insert("data", JsonValue::boolean(*r.hasData));
    if (r.nth != 1) v.insert("nth", JsonValue::integer(r.nth));
    if (r.action == FaultAction::Delay || (r.action == FaultAction::Duplicate && r.delayUs != 0))
        v.insert("delay_ms", milliseconds(r.delayUs));
    return v;
}

JsonValue ScenarioWriter::injection(const Scenario &s, const Injection &inj)
{
    const Segment &seg = inj.segment;
    JsonValue v = JsonValue::object();
    v.insert("action", JsonValue::string("inject"));
    v.insert("at_ms", milliseconds(inj.atUs));
    JsonValue g = JsonValue::object();
    g.insert("from", JsonValue::string(std::string(toString(seg.from))));
    if (seg.proto != Protocol::Tcp) g.insert("proto", JsonValue::string(std::string(protocolName(seg.proto))));
    if (seg.sport != nodeOf(s, seg.from).port) g.insert("sport", JsonValue::integer(seg.sport));
    if (seg.dport != nodeOf(s, peerOf(seg.from)).port) g.insert("dport", JsonValue::integer(seg.dport));
    if (seg.seq != 0) g.insert("seq", JsonValue::integer(seg.seq));
    if (seg.ack != 0) g.insert("ack", JsonValue::integer(seg.ack));
    if (seg.flags != 0) g.insert("flags", flags(seg.flags));
    if (seg.window != 65535) g.insert("window", JsonValue::integer(seg.window));
    if (!seg.payload.empty()) g.insert("text", JsonValue::string(seg.payload));
    v.insert("segment", std::move(g));
    return v;
}

JsonValue ScenarioWriter::flags(std::uint8_t flags)
{
    JsonValue v = JsonValue::array();
    for (const std::string_view name : flagNames(flags)) v.append(JsonValue::string(std::string(name)));
    return v;
}

JsonValue ScenarioWriter::texts(const std::map<std::string, std::string> &texts)
{
    JsonValue v = JsonValue::object();
    // English first, as people write it; then the rest in key order.
    if (const auto en = texts.find("en"); en != texts.end()) v.insert("en", JsonValue::string(en->second));
    for (const auto &[lang, text] : texts)
        if (lang != "en") v.insert(lang, JsonValue::string(text));
    return v;
}

JsonValue ScenarioWriter::milliseconds(std::int64_t us)
{
    const bool negative = us < 0;
    const std::uint64_t magnitude = negative ? 0 - static_cast<std::uint64_t>(us) : static_cast<std::uint64_t>(us);
    std::string text = (negative ? "-" : "") + std::to_string(magnitude / 1000);
    if (const std::uint64_t frac = magnitude % 1000; frac != 0) {
        std::string digits = std::to_string(frac);
        digits.insert(0, 3 - digits.size(), '0');
        while (digits.back() == '0') digits.pop_back();
        text += "." + digits;
    }
    return JsonValue::numberFromLexeme(text);
}

} // namespace wirestep
