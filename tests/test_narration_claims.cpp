// Everything the narration says is true: every catalog scenario is replayed under each timer
// profile and several loss seeds, and each claim a sentence makes is checked against the trace's
// structure, in English and in Chinese:
//  - "fast retransmission" has three duplicate ACKs before it and no expiry of the timer;
//  - "retransmission on timeout" follows the expiry of that node's retransmission timer, whose RTO
//    is the one stated;
//  - "duplicate ACK n" repeats the ack of n earlier segments of its sender while the peer has sent
//    more;
//  - an idle time equals the time since the node last received a segment, and a keepalive probe
//    goes out only once it reaches the keepalive time;
//  - "gives up" is followed by the application's error (or the end of the connection);
//  - "enters X" is said of a state event to X, and of every one;
//  - "tail loss probe" (linux profile, RFC 8985 §7) is said of the probe and of the expiry of the
//    probe timeout that sent it, never "retransmission on timeout" nor "fast retransmission", and
//    the PTO it states is the one that expired;
//  - a delayed-ACK timer's expiry that "sends the ACK alone" did send it (Linux's delayed ACK);
// and the streamed text ladder says exactly what the event list says.
#include "cli/text_ladder.h"
#include "core/i18n/translator.h"
#include "core/narration/narrator.h"
#include "core/narration/time_format.h"
#include "core/scenario/catalog.h"
#include "core/scenario/scenario_runner.h"
#include "core/trace/trace_facts.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>

#include <sstream>

using namespace wirestep;

namespace {

bool seqLess(std::uint32_t a, std::uint32_t b) { return static_cast<std::int32_t>(a - b) < 0; }

bool pureAck(const Segment &s)
{
    return s.proto == Protocol::Tcp && s.has(TcpFlag::ACK) && s.payload.empty() && !s.has(TcpFlag::SYN)
        && !s.has(TcpFlag::FIN) && !s.has(TcpFlag::RST);
}

// How each language words the claims (the translations in translations/wirestep_zh_CN.ts).
struct Claims {
    QString language;
    QRegularExpression enters;    // (1) the state
    QRegularExpression fast;      // (1) the number of duplicate ACKs
    QRegularExpression timeout;
    QRegularExpression statedRto; // (1) the RTO a timeout retransmission states
    QRegularExpression dupAck;    // (1) n
    QRegularExpression idle;      // (1) the idle time
    QRegularExpression givesUp;
    QRegularExpression keepaliveProbe; // (1) n
    QRegularExpression lossProbe;
    QRegularExpression statedPto; // (1) the probe timeout a tail loss probe states
    QRegularExpression ackAlone;  // the delayed-ACK timer sends the ACK alone
};

const Claims kEnglish{
    QStringLiteral("en"),
    QRegularExpression(QStringLiteral(R"(enters ([A-Z_0-9]+))")),
    QRegularExpression(QStringLiteral(R"(fast retransmission after (\d+) duplicate ACK)")),
    QRegularExpression(QStringLiteral(R"(retransmission on timeout)")),
    QRegularExpression(QStringLiteral(R"(retransmission timer expired \(RTO ([^)]+)\))")),
    QRegularExpression(QStringLiteral(R"(\(duplicate ACK (\d+)\))")),
    QRegularExpression(QStringLiteral(R"((?:arrived (?:only )?(.+?) ago|nothing has come from the peer for ([^:]+): the (?:client|server) gives up))")),
    QRegularExpression(QStringLiteral(R"(gives up)")),
    QRegularExpression(QStringLiteral(R"(keepalive probe (\d+))")),
    QRegularExpression(QStringLiteral(R"(tail loss probe)")),
    QRegularExpression(QStringLiteral(R"(\(PTO ([^)]+)\))")),
    QRegularExpression(QStringLiteral(R"(the ACK goes out alone)")),
};

const Claims kChinese{
    QStringLiteral("zh_CN"),
    QRegularExpression(QStringLiteral(R"(进入 ([A-Z_0-9]+))")),
    QRegularExpression(QStringLiteral(R"(收到 (\d+) 个重复确认.*快速重传)")),
    QRegularExpression(QStringLiteral(R"(超时重传)")),
    QRegularExpression(QStringLiteral(R"(重传计时器到时（RTO ([^）]+)）之前)")),
    QRegularExpression(QStringLiteral(R"(第 (\d+) 个重复确认)")),
    QRegularExpression(QStringLiteral(R"(距上次收到(?:对方报文|服务器的报文段|客户端的报文段)(?:已有|只有) ([^；：。，]+))")),
    QRegularExpression(QStringLiteral(R"(放弃)")),
    QRegularExpression(QStringLiteral(R"(第 (\d+) 个保活探测报文段)")),
    QRegularExpression(QStringLiteral(R"(尾部丢失探测)")),
    QRegularExpression(QStringLiteral(R"(（PTO ([^）]+)）)")),
    QRegularExpression(QStringLiteral(R"(ACK 单独发出)")),
};

// The time since `node` last received a TCP segment before event `i`, or -1.
std::int64_t idleBefore(const Trace &t, std::size_t i, NodeId node)
{
    for (std::size_t j = i; j-- > 0;) {
        if (t.kindAt(j) != EventKind::Deliver || t.nodeAt(j) != node) continue;
        const TraceEvent d = t[j];
        if (d.seg.proto == Protocol::Tcp && !d.seg.injected) return t.timeAt(i) - d.tUs;
    }
    return -1;
}

// The events caused by event i (recorded right after it).
std::vector<TraceEvent> causedBy(const Trace &t, std::size_t i)
{
    std::vector<TraceEvent> out;
    for (std::size_t j = i + 1; j < t.size() && t.causeAt(j) == t.idAt(i); ++j) out.push_back(t[j]);
    return out;
}

struct Run {
    std::string what;
    Scenario scenario; // with the overrides applied
    Trace trace;
};

std::vector<Run> runs()
{
    std::vector<Run> out;
    struct Loss {
        double loss;
        std::uint64_t seed;
    };
    const std::vector<Loss> losses{{0.0, 1}, {0.1, 1}, {0.1, 2}, {0.2, 7}, {0.3, 4}};
    const std::vector<std::optional<TimerProfile>> profiles{std::nullopt, TimerProfile::Linux, TimerProfile::Rfc};
    for (const Scenario &s : Catalog::builtIn().scenarios()) {
        for (const auto &profile : profiles) {
            for (const Loss &l : losses) {
                RunOptions o;
                o.profile = profile;
                // Long enough for Linux's and the RFCs' keepalive (7200 s + 9 x 75 s) and retries.
                if (profile) o.untilUs = std::max<std::int64_t>(s.untilUs, 8'000'000'000LL);
                if (l.loss > 0) {
                    o.loss = l.loss;
                    o.seed = l.seed;
                }
                Run r;
                r.what = s.id + (profile ? " --profile " + std::string(toString(*profile)) : std::string())
                    + (l.loss > 0 ? " --loss " + std::to_string(l.loss) + " --seed " + std::to_string(l.seed) : std::string());
                r.scenario = withOverrides(s, o);
                r.trace = runScenario(s, o);
                out.push_back(std::move(r));
            }
        }
    }
    return out;
}

const std::vector<Run> &allRuns()
{
    static const std::vector<Run> r = runs();
    return r;
}

struct Tally {
    int fast = 0, timeout = 0, dup = 0, idle = 0, firstProbe = 0, givesUp = 0, enters = 0, probes = 0, lossProbes = 0,
        probeTimeouts = 0, acksAlone = 0;
};

void checkRun(const Run &run, const Claims &c, Tally &tally)
{
    const Trace &t = run.trace;
    const TraceFacts &facts = t.facts();
    for (std::size_t i = 0; i < t.size(); ++i) {
        const TraceEvent e = t[i];
        const QString s = Narrator::sentence(e, facts[i]);
        INFO(run.what << " [" << c.language.toStdString() << "] event " << e.id << ": " << s.toStdString());
        const Segment &seg = e.seg;
        const bool send = e.kind == EventKind::Send;

        // "enters X": a state event to X, and every state event says where it goes.
        const auto entered = c.enters.match(s);
        if (e.kind == EventKind::State) {
            REQUIRE(entered.hasMatch());
            CHECK(entered.captured(1).toStdString() == std::string(toString(e.to)));
            ++tally.enters;
        } else {
            CHECK_FALSE(entered.hasMatch());
        }

        // Fast retransmission: three duplicate ACKs of this byte arrived, and no timer expired.
        const auto fast = c.fast.match(s);
        CHECK(fast.hasMatch() == (send && seg.sendCause == SendCause::FastRetransmit));
        if (fast.hasMatch()) {
            int matching = 0;
            std::size_t first = i;
            for (std::size_t j = i; j-- > 0;) {
                if (t.kindAt(j) != EventKind::Deliver || t.nodeAt(j) != e.node) continue;
                const TraceEvent d = t[j];
                if (d.seg.proto != Protocol::Tcp || !d.seg.has(TcpFlag::ACK)) continue;
                if (seqLess(d.seg.ack, seg.seq)) break;
                if (d.seg.ack == seg.seq) {
                    ++matching;
                    first = j;
                }
            }
            // The first of them moved SND.UNA to this byte; the rest are the duplicates.
            const int duplicates = matching - 1;
            CHECK(duplicates >= 3);
            CHECK(fast.captured(1).toInt() == duplicates);
            for (std::size_t j = first; j < i; ++j) {
                if (t.kindAt(j) != EventKind::Timer || t.nodeAt(j) != e.node) continue;
                const TraceEvent timer = t[j];
                CHECK_FALSE((timer.timer == TimerKind::Retransmission && timer.action == TimerAction::Fired));
            }
            const std::optional<TraceEvent> cause = t.byId(e.cause);
            REQUIRE(cause);
            CHECK(cause->kind == EventKind::Deliver);
            ++tally.fast;
        }

        // Retransmission on timeout: the node's retransmission timer just expired, with that RTO.
        const bool timeout = c.timeout.match(s).hasMatch();
        CHECK(timeout == (send && seg.sendCause == SendCause::Timeout));
        if (timeout) {
            const std::optional<TraceEvent> cause = t.byId(e.cause);
            REQUIRE(cause);
            CHECK(cause->kind == EventKind::Timer);
            CHECK(cause->timer == TimerKind::Retransmission);
            CHECK(cause->action == TimerAction::Fired);
            CHECK(cause->node == e.node);
            CHECK(cause->tUs == e.tUs);
            const auto rto = c.statedRto.match(s);
            if (rto.hasMatch()) CHECK(rto.captured(1) == TimeFormat::duration(cause->durationUs));
            ++tally.timeout;
        }
        // A tail loss probe: said of the probe and of the expiry of the probe timeout that sent it
        // (the retransmission timer, which Linux uses for both), with the PTO that expired.
        const bool lossProbe = c.lossProbe.match(s).hasMatch();
        const bool probeTimeout = e.kind == EventKind::Timer && e.timer == TimerKind::Retransmission
            && e.action == TimerAction::Fired && facts[i].outcome == TimerOutcome::LossProbe;
        CHECK(lossProbe == ((send && seg.sendCause == SendCause::TailLossProbe) || probeTimeout));
        if (lossProbe && send) {
            const std::optional<TraceEvent> cause = t.byId(e.cause);
            REQUIRE(cause);
            CHECK(cause->kind == EventKind::Timer);
            CHECK(cause->timer == TimerKind::Retransmission);
            CHECK(cause->action == TimerAction::Fired);
            CHECK(cause->node == e.node);
            CHECK(cause->tUs == e.tUs);
            const auto pto = c.statedPto.match(s);
            REQUIRE(pto.hasMatch());
            CHECK(pto.captured(1) == TimeFormat::duration(cause->durationUs));
            ++tally.lossProbes;
        }
        if (probeTimeout) {
            const auto after = causedBy(t, i);
            CHECK(std::any_of(after.begin(), after.end(), [](const TraceEvent &a) {
                return a.kind == EventKind::Send && a.seg.sendCause == SendCause::TailLossProbe;
            }));
            const auto pto = c.statedPto.match(s);
            REQUIRE(pto.hasMatch());
            CHECK(pto.captured(1) == TimeFormat::duration(e.durationUs));
            ++tally.probeTimeouts;
        }
        // A delayed ACK that goes out alone: the expiry sent a segment.
        if (c.ackAlone.match(s).hasMatch()) {
            CHECK(e.kind == EventKind::Timer);
            CHECK(e.timer == TimerKind::DelayedAck);
            const auto after = causedBy(t, i);
            CHECK(std::any_of(after.begin(), after.end(), [](const TraceEvent &a) { return a.kind == EventKind::Send; }));
            ++tally.acksAlone;
        }
        // Every retransmission says why it was sent.
        if (send && seg.retransmission) CHECK(seg.sendCause != SendCause::None);

        // Duplicate ACK n: n earlier segments of this sender carried the same ack and window, and
        // the peer had sent bytes beyond it.
        const auto dup = c.dupAck.match(s);
        if (dup.hasMatch()) {
            REQUIRE(send);
            CHECK(pureAck(seg));
            const int n = dup.captured(1).toInt();
            int same = 0;
            for (std::size_t j = i; j-- > 0 && same < n + 1;) {
                if (t.kindAt(j) != EventKind::Send || t.nodeAt(j) != e.node) continue;
                const TraceEvent prev = t[j];
                if (prev.seg.proto != Protocol::Tcp) continue;
                if (prev.seg.ack != seg.ack || prev.seg.window != seg.window) break;
                ++same;
            }
            CHECK(same >= n);
            bool peerAhead = false;
            for (std::size_t j = 0; j < i; ++j) {
                if (t.kindAt(j) != EventKind::Send || t.nodeAt(j) != peerOf(e.node)) continue;
                const TraceEvent p = t[j];
                if (p.seg.proto == Protocol::Tcp && seqLess(seg.ack, p.seg.seq + p.seg.seqLen())) peerAhead = true;
            }
            CHECK(peerAhead);
            ++tally.dup;
        }

        // An idle time is the time since the node last received a segment.
        const auto idle = c.idle.match(s);
        if (idle.hasMatch()) {
            const QString stated = idle.captured(1).isEmpty() ? idle.captured(2) : idle.captured(1);
            CHECK(stated == TimeFormat::duration(idleBefore(t, i, e.node)));
            ++tally.idle;
        }
        // The keepalive timer probes only once the connection has been idle for the keepalive time
        // (RFC 1122 §4.2.3.6), and its expiry before that says how long it still waits.
        if (e.kind == EventKind::Timer && e.timer == TimerKind::Keepalive && e.action == TimerAction::Fired) {
            const std::int64_t keepIdle = run.scenario.nodes[static_cast<std::size_t>(indexOf(e.node))].timers.keepaliveIdleUs;
            const std::int64_t heard = idleBefore(t, i, e.node);
            const auto after = causedBy(t, i);
            const bool probed = std::any_of(after.begin(), after.end(), [](const TraceEvent &a) {
                return a.kind == EventKind::Send && a.seg.sendCause == SendCause::KeepaliveProbe;
            });
            if (probed && facts[i].probes == 0) {
                CHECK(heard >= keepIdle);
                ++tally.firstProbe;
            }
            if (facts[i].outcome == TimerOutcome::NotIdleYet) {
                CHECK(heard < keepIdle);
                CHECK(heard + facts[i].rearmUs == keepIdle);
            }
        }

        // "Gives up": the application is told, or the connection ends.
        if (c.givesUp.match(s).hasMatch()) {
            std::size_t from = i;
            if (send) { // the RST of a give-up: its cause is the expiry
                const std::optional<TraceEvent> cause = t.byId(e.cause);
                REQUIRE(cause);
                CHECK(cause->kind == EventKind::Timer);
                CHECK(cause->action == TimerAction::Fired);
                from = t.indexOf(e.cause);
            } else {
                CHECK(e.kind == EventKind::Timer);
            }
            const auto after = causedBy(t, from);
            CHECK(std::any_of(after.begin(), after.end(), [](const TraceEvent &a) {
                return (a.kind == EventKind::App && a.call == AppCall::Error) || a.kind == EventKind::State;
            }));
            ++tally.givesUp;
        }

        // Keepalive probe n: the n-th since the node last heard the peer.
        const auto probe = c.keepaliveProbe.match(s);
        if (probe.hasMatch() && send) {
            CHECK(seg.sendCause == SendCause::KeepaliveProbe);
            int n = 0;
            for (std::size_t j = i + 1; j-- > 0;) {
                if (t.kindAt(j) == EventKind::Deliver && t.nodeAt(j) == e.node) break;
                if (t.kindAt(j) == EventKind::Send && t.nodeAt(j) == e.node && t[j].seg.sendCause == SendCause::KeepaliveProbe) ++n;
            }
            CHECK(probe.captured(1).toInt() == n);
            ++tally.probes;
        }
    }
}

// The narration lines of the streamed text ladder, and what the event list says of the same events.
void checkStreamed(const Run &run)
{
    std::ostringstream out;
    {
        TextLadder ladder(out);
        for (const TraceEvent &e : run.trace.events()) ladder.append(e);
        ladder.finish();
    }
    std::vector<std::string> streamed;
    std::istringstream in(out.str());
    for (std::string line; std::getline(in, line);)
        if (line.rfind(std::string(13, ' '), 0) == 0) streamed.push_back(line.substr(13));
    std::vector<std::string> listed;
    const TraceFacts &facts = run.trace.facts();
    for (std::size_t i = 0; i < run.trace.size(); ++i) {
        const TraceEvent e = run.trace[i];
        if (e.kind == EventKind::Deliver || (e.kind == EventKind::Timer && e.action != TimerAction::Fired)) continue;
        listed.push_back(Narrator::sentence(e, facts[i]).toStdString());
    }
    INFO(run.what);
    CHECK(streamed == listed);
}

void checkLanguage(const Claims &c)
{
    Translator translator;
    REQUIRE(translator.use(c.language));
    Tally tally;
    for (const Run &run : allRuns()) {
        checkRun(run, c, tally);
        checkStreamed(run);
    }
    // The claims were there to be checked: every kind occurs in the catalog's runs.
    CHECK(tally.fast > 0);
    CHECK(tally.timeout > 0);
    CHECK(tally.dup > 0);
    CHECK(tally.idle > 0);
    CHECK(tally.firstProbe > 0);
    CHECK(tally.givesUp > 0);
    CHECK(tally.enters > 0);
    CHECK(tally.probes > 0);
    CHECK(tally.lossProbes > 0);
    CHECK(tally.probeTimeouts > 0);
    CHECK(tally.acksAlone > 0);
}

} // namespace

TEST_CASE("every narrated claim holds in the trace: English", "[narration][claims]") { checkLanguage(kEnglish); }

TEST_CASE("every narrated claim holds in the trace: Chinese", "[narration][claims]") { checkLanguage(kChinese); }
