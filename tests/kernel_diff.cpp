#include "tests/kernel_diff.h"

#include "core/scenario/scenario_runner.h"
#include "core/trace/trace.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <sstream>

namespace wirestep::kdiff {

namespace {

// Loopback's MSS on Linux (lo's MTU 65536 less 40 bytes of headers, and one byte less as Linux
// announces it), which the model announces too so that the data segments have the same lengths.
constexpr std::uint16_t kLoopbackMss = 65495;
// The model's one-way delay over loopback: about what the kernel takes between two sockets.
constexpr std::int64_t kModelDelayUs = 20;

std::string ms(std::int64_t us)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f ms", static_cast<double>(us) / 1000.0);
    return buf;
}

ActionKind actionOf(StepKind k)
{
    switch (k) {
    case StepKind::Listen: return ActionKind::Listen;
    case StepKind::Connect: return ActionKind::Connect;
    case StepKind::Send: return ActionKind::Send;
    case StepKind::Recv: return ActionKind::Recv;
    case StepKind::Shutdown: return ActionKind::Shutdown;
    case StepKind::Close: return ActionKind::Close;
    case StepKind::Abort: return ActionKind::Abort;
    case StepKind::Cut: return ActionKind::LinkCut;
    }
    return ActionKind::Listen;
}

TcpConfig nodeConfig(const NodeSetup &n)
{
    TcpConfig c;
    c.port = n.port;
    c.profile = TimerProfile::Linux;
    c.timers = timersFor(TimerProfile::Linux);
    c.mss = kLoopbackMss;
    c.receiveBuffer = n.modelWindow > 0 ? static_cast<std::uint32_t>(n.modelWindow) : 65535;
    c.autoRecv = n.autoRecv;
    if (n.keepalive) {
        c.keepalive = true;
        c.timers.keepaliveIdleUs = std::int64_t{n.keepIdleS} * 1'000'000;
        c.timers.keepaliveIntervalUs = std::int64_t{n.keepIntervalS} * 1'000'000;
        c.timers.keepaliveProbes = n.keepCount;
    }
    if (n.modelDataRetries >= 0) c.timers.dataRetries = n.modelDataRetries;
    return c;
}

bool sameOptions(const WireSegment &a, const WireSegment &b)
{
    return a.mss == b.mss && a.sackPermitted == b.sackPermitted && a.timestamps == b.timestamps
        && a.windowScale == b.windowScale && (a.sackBlocks > 0) == (b.sackBlocks > 0);
}

} // namespace

std::string WireSegment::describe() const
{
    std::string s = std::string(toString(from)) + " " + (flags ? flagsToString(flags) : std::string("(no flags)"));
    s += " seq=" + std::to_string(seq);
    if (flags & TcpFlag::ACK) s += " ack=" + std::to_string(ack);
    s += " len=" + std::to_string(len);
    std::vector<std::string> opts;
    if (mss) opts.push_back("mss " + std::to_string(mss));
    if (sackPermitted) opts.push_back("sack_perm");
    if (timestamps) opts.push_back("ts");
    if (windowScale) opts.push_back("ws " + std::to_string(*windowScale));
    if (sackBlocks > 0) opts.push_back("sack " + std::to_string(sackBlocks));
    if (!opts.empty()) {
        s += " <";
        for (std::size_t i = 0; i < opts.size(); ++i) s += (i ? "," : "") + opts[i];
        s += ">";
    }
    return s;
}

std::string Observation::describe() const
{
    std::string s;
    for (std::size_t i = 0; i < segments.size(); ++i)
        s += "  " + std::to_string(i) + ". " + ms(segments[i].tUs) + "  " + segments[i].describe() + " win="
            + std::to_string(segments[i].window) + "\n";
    for (const auto &o : outcomes) s += "  " + std::string(toString(o.node)) + " told: " + o.what + "\n";
    return s;
}

Scenario modelScenario(const Program &p)
{
    Scenario s;
    s.id = "kernel-diff-" + p.name;
    s.group = "what-if";
    s.title["en"] = p.name;
    s.protocol = Protocol::Tcp;
    for (auto &d : s.link.dir) d.delayUs = kModelDelayUs;
    s.nodes[indexOf(NodeId::Client)] = nodeConfig(p.client);
    s.nodes[indexOf(NodeId::Server)] = nodeConfig(p.server);
    // Fixed ISNs: the comparison uses relative numbers, so any would do.
    s.nodes[indexOf(NodeId::Client)].isn = 1000;
    s.nodes[indexOf(NodeId::Server)].isn = 5000;
    for (const Step &st : p.steps) {
        Action a;
        a.atUs = st.atMs * 1000;
        a.node = st.node;
        a.kind = actionOf(st.kind);
        if (st.kind == StepKind::Send) {
            if (st.bytes > 0) a.bytes = static_cast<std::int64_t>(st.bytes);
            else a.text = st.text;
        }
        if (st.kind == StepKind::Recv && st.bytes > 0) a.bytes = static_cast<std::int64_t>(st.bytes);
        s.actions.push_back(a);
    }
    std::stable_sort(s.actions.begin(), s.actions.end(), [](const Action &a, const Action &b) { return a.atUs < b.atUs; });
    for (const Drop &d : p.drops) {
        FaultRule r;
        r.from = d.from;
        r.flags = d.flags;
        r.exactFlags = d.exact;
        r.action = FaultAction::Drop;
        if (d.nth.empty()) {
            r.nth = 0;
            s.link.rules.push_back(r);
        }
        for (int n : d.nth) {
            r.nth = n;
            s.link.rules.push_back(r);
        }
    }
    s.untilUs = p.untilMs * 1000;
    return s;
}

Observation runModel(const Program &p)
{
    const Trace trace = runScenario(modelScenario(p));
    // The kernel's program cannot hear anything after it has closed its socket.
    std::array<std::int64_t, 2> closedAt{INT64_MAX, INT64_MAX};
    for (const Step &st : p.steps)
        if (st.kind == StepKind::Close || st.kind == StepKind::Abort) {
            auto &c = closedAt[static_cast<std::size_t>(indexOf(st.node))];
            c = std::min(c, st.atMs * 1000);
        }
    Observation o;
    for (const Step &st : p.steps) o.stepUs.push_back(st.atMs * 1000);
    std::sort(o.stepUs.begin(), o.stepUs.end());
    for (const TraceEvent &e : trace.events()) {
        if (e.kind == EventKind::Send && e.seg.proto == Protocol::Tcp) {
            WireSegment w;
            w.tUs = e.tUs;
            w.from = e.seg.from;
            w.flags = e.seg.flags;
            w.seq = e.seg.seq;
            w.ack = e.seg.ack;
            w.len = static_cast<std::uint32_t>(e.seg.payload.size());
            w.mss = e.seg.mss;
            w.window = e.seg.window;
            o.segments.push_back(w);
        } else if (e.kind == EventKind::App && (e.call == AppCall::Error || e.call == AppCall::Eof)) {
            if (e.tUs >= closedAt[static_cast<std::size_t>(indexOf(e.node))]) continue;
            o.outcomes.push_back({e.node, e.call == AppCall::Eof ? std::string("eof") : std::string(toString(e.error))});
        }
    }
    makeRelative(o.segments);
    return o;
}

void makeRelative(std::vector<WireSegment> &segments)
{
    std::stable_sort(segments.begin(), segments.end(), [](const WireSegment &a, const WireSegment &b) { return a.tUs < b.tUs; });
    std::array<std::optional<std::uint32_t>, 2> isn;
    for (const auto &s : segments) {
        auto &i = isn[static_cast<std::size_t>(indexOf(s.from))];
        if ((s.flags & TcpFlag::SYN) && !i) i = s.seq;
    }
    for (auto &s : segments) {
        if (const auto &i = isn[static_cast<std::size_t>(indexOf(s.from))]) s.seq -= *i;
        if (!(s.flags & TcpFlag::ACK)) s.ack = 0;
        else if (const auto &j = isn[static_cast<std::size_t>(indexOf(peerOf(s.from)))]) s.ack -= *j;
    }
}

namespace {

bool sameSegment(const WireSegment &a, const WireSegment &b)
{
    return a.from == b.from && (a.flags | TcpFlag::PSH) == (b.flags | TcpFlag::PSH) && a.seq == b.seq && a.ack == b.ack
        && a.len == b.len;
}

// Two segments of opposite directions less than 1 ms apart may come in either order: on
// loopback the kernel answers a segment within the call that sent it, before the sender's next
// segment leaves; the model's link takes its 20 µs. Puts the model's pair in the kernel's order.
void alignBursts(const Observation &kernel, Observation &model)
{
    auto &m = model.segments;
    const auto &k = kernel.segments;
    for (std::size_t i = 0; i + 1 < m.size() && i + 1 < k.size(); ++i) {
        if (sameSegment(m[i], k[i]) || m[i].from == m[i + 1].from) continue;
        if (m[i + 1].tUs - m[i].tUs > 1'000 || k[i + 1].tUs - k[i].tUs > 1'000) continue;
        if (sameSegment(m[i + 1], k[i]) && sameSegment(m[i], k[i + 1])) {
            std::swap(m[i], m[i + 1]);
            std::swap(m[i].tUs, m[i + 1].tUs);
        }
    }
}

} // namespace

Comparison compare(Observation kernel, Observation model, const std::vector<KnownDifference> &known)
{
    Comparison c;
    std::ostringstream r;
    for (const auto &k : known)
        if (!k.apply(kernel, model)) c.stale.push_back(k.name);
    alignBursts(kernel, model);

    // The interval before segment i: since the segment or the program step just before it.
    auto interval = [](const Observation &o, std::size_t i) {
        std::int64_t anchor = i > 0 ? o.segments[i - 1].tUs : 0;
        for (std::int64_t s : o.stepUs)
            if (s <= o.segments[i].tUs) anchor = std::max(anchor, s);
        return o.segments[i].tUs - anchor;
    };
    const std::int64_t slack = 2 * kernel.timerGranularityUs + 1'000;

    std::vector<std::string> problems;
    const std::size_t n = std::max(kernel.segments.size(), model.segments.size());
    r << "  #   kernel (after the known differences)                          | model (linux profile)\n";
    r << "      (+ the interval since the segment or program step before; timer slack " << ms(slack) << ")\n";
    for (std::size_t i = 0; i < n; ++i) {
        const WireSegment *k = i < kernel.segments.size() ? &kernel.segments[i] : nullptr;
        const WireSegment *m = i < model.segments.size() ? &model.segments[i] : nullptr;
        auto cell = [&](const WireSegment *s, const Observation &o) {
            if (!s) return std::string("-");
            return "+" + ms(interval(o, i)) + " " + s->describe();
        };
        std::string mark = " ";
        if (!k || !m) {
            mark = "!";
            problems.push_back("segment " + std::to_string(i) + ": only " + (k ? "the kernel" : "the model") + " sent it");
        } else {
            std::vector<std::string> what;
            if (k->from != m->from) what.push_back("direction");
            // PSH is left to the implementation (RFC 9293 §3.9.1: a sender MAY set it on any
            // segment); Linux sets it on the last segment of each write() that leaves at once.
            if ((k->flags | TcpFlag::PSH) != (m->flags | TcpFlag::PSH)) what.push_back("flags");
            if (k->seq != m->seq) what.push_back("seq");
            if (k->ack != m->ack) what.push_back("ack");
            if (k->len != m->len) what.push_back("length");
            if (!sameOptions(*k, *m)) what.push_back("options");
            {
                const std::int64_t gk = interval(kernel, i);
                const std::int64_t gm = interval(model, i);
                const std::int64_t big = std::max(gk, gm);
                if (big >= 10'000 && std::llabs(gk - gm) > big / 10 + slack)
                    what.push_back("interval (" + ms(gk) + " against " + ms(gm) + ")");
            }
            if (!what.empty()) {
                mark = "!";
                std::string p = "segment " + std::to_string(i) + ": ";
                for (std::size_t j = 0; j < what.size(); ++j) p += (j ? ", " : "") + what[j];
                problems.push_back(p);
            }
        }
        std::string left = cell(k, kernel);
        if (left.size() < 62) left.resize(62, ' ');
        r << mark << " " << i << (i < 10 ? "   " : "  ") << left << " | " << cell(m, model) << "\n";
    }
    for (const auto &node : {NodeId::Client, NodeId::Server}) {
        std::vector<std::string> ko, mo;
        for (const auto &o : kernel.outcomes) if (o.node == node) ko.push_back(o.what);
        for (const auto &o : model.outcomes) if (o.node == node) mo.push_back(o.what);
        auto join = [](const std::vector<std::string> &v) {
            std::string s;
            for (const auto &x : v) s += (s.empty() ? "" : ", ") + x;
            return s.empty() ? std::string("nothing") : s;
        };
        r << (ko == mo ? "  " : "! ") << toString(node) << "'s application was told: kernel " << join(ko) << " | model "
          << join(mo) << "\n";
        if (ko != mo) problems.push_back(std::string(toString(node)) + "'s application was told something else");
    }
    for (const auto &p : problems) r << "  mismatch: " << p << "\n";
    for (const auto &s : c.stale) r << "  known difference \"" << s << "\" did not occur: take it off the case's list\n";
    c.same = problems.empty() && c.stale.empty();
    c.report = r.str();
    return c;
}

} // namespace wirestep::kdiff
