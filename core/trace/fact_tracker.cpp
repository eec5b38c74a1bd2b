#include "core/trace/fact_tracker.h"

namespace wirestep {

namespace {

bool seqLess(std::uint32_t a, std::uint32_t b) { return static_cast<std::int32_t>(a - b) < 0; }

// RFC 5681 §2: an acknowledgment that carries nothing else (no data, no SYN, FIN or RST).
bool pureAck(const Segment &s)
{
    return s.has(TcpFlag::ACK) && s.payload.empty() && !s.has(TcpFlag::SYN) && !s.has(TcpFlag::FIN) && !s.has(TcpFlag::RST);
}

} // namespace

std::string_view toString(TimerOutcome o)
{
    switch (o) {
    case TimerOutcome::Unknown: return "unknown";
    case TimerOutcome::Sent: return "sent";
    case TimerOutcome::GaveUp: return "gave-up";
    case TimerOutcome::Closed: return "closed";
    case TimerOutcome::NotIdleYet: return "not-idle-yet";
    case TimerOutcome::DataInFlight: return "data-in-flight";
    case TimerOutcome::Nothing: return "nothing";
    case TimerOutcome::LossProbe: return "loss-probe";
    }
    return "unknown";
}

std::string_view toString(KeepaliveArm a)
{
    switch (a) {
    case KeepaliveArm::None: return "none";
    case KeepaliveArm::Idle: return "idle";
    case KeepaliveArm::Interval: return "interval";
    case KeepaliveArm::Rest: return "rest";
    }
    return "none";
}

FactTracker::FactTracker() : m_recent(kKept) {}

void FactTracker::remember(const TraceEvent &e)
{
    Summary &s = m_recent[e.id % kKept];
    s.id = e.id;
    s.kind = e.kind;
    s.call = e.call;
    s.timer = e.timer;
    s.action = e.action;
    s.durationUs = e.durationUs;
    s.flags = e.seg.flags;
    s.sendCause = e.seg.sendCause;
    s.data = !e.seg.payload.empty();
    s.seq = e.seg.seq;
    s.injected = e.seg.injected;
}

const FactTracker::Summary *FactTracker::find(std::uint64_t id) const
{
    if (id == 0) return nullptr;
    const Summary &s = m_recent[id % kKept];
    return s.id == id ? &s : nullptr;
}

EventFacts FactTracker::observe(const TraceEvent &e)
{
    EventFacts f;
    if (const Summary *c = find(e.cause)) {
        f.causeKnown = true;
        f.causeKind = c->kind;
        f.causeCall = c->call;
        f.causeTimer = c->timer;
        f.causeAction = c->action;
        f.causeFlags = c->flags;
        f.causeSendCause = c->sendCause;
        f.causeCarriedData = c->data;
        f.causeSeq = c->seq;
        f.causeOldDuplicate = c->injected;
    }
    const bool tcp = e.seg.proto == Protocol::Tcp && !e.seg.injected;
    const auto n = static_cast<std::size_t>(indexOf(e.node));
    NodeView &me = m_nodes[n];
    if (e.kind == EventKind::State && !m_statesKnown[n]) {
        m_states[n] = e.from;
        m_statesKnown[n] = true;
    }
    f.state = m_states[n];
    f.stateKnown = m_statesKnown[n];
    switch (e.kind) {
    case EventKind::Send:
        if (tcp) onSend(e, f);
        if (f.rtoUs == 0 && (e.seg.sendCause == SendCause::Timeout || e.seg.sendCause == SendCause::TailLossProbe)) {
            if (const Summary *c = find(e.cause); c && c->kind == EventKind::Timer) f.rtoUs = c->durationUs;
        }
        break;
    case EventKind::Deliver:
        if (tcp) onDeliver(e);
        break;
    case EventKind::Timer:
        if (e.timer == TimerKind::Keepalive && e.action == TimerAction::Armed) {
            // After a probe its interval; after an expiry that probed nothing, the rest of the
            // keepalive time (or all of it, while data is in flight); else the keepalive time.
            const Summary *c = find(e.cause);
            const bool afterExpiry = c && c->kind == EventKind::Timer && c->timer == TimerKind::Keepalive && c->action == TimerAction::Fired;
            if (afterExpiry && m_probeCause[n] == e.cause) f.keepaliveArm = KeepaliveArm::Interval;
            else if (afterExpiry && !f.dataInFlight && !(me.haveSndMax && (!me.haveAckHeard || seqLess(me.ackHeard, me.sndMax))))
                f.keepaliveArm = KeepaliveArm::Rest;
            else f.keepaliveArm = KeepaliveArm::Idle;
        }
        if (e.action != TimerAction::Fired) break;
        if (e.timer == TimerKind::Keepalive) {
            if (me.lastHeardUs >= 0) f.idleUs = e.tUs - me.lastHeardUs;
            f.probes = me.probes;
            f.dataInFlight = me.haveSndMax && (!me.haveAckHeard || seqLess(me.ackHeard, me.sndMax));
        } else if (e.timer == TimerKind::Retransmission) {
            f.retries = me.timeouts;
        }
        break;
    case EventKind::State:
        m_states[n] = e.to;
        // A new connection starts from nothing (the last time heard stays: it is about the host).
        if (e.to == TcpState::Closed || e.to == TcpState::Listen) {
            const std::int64_t heard = me.lastHeardUs;
            me = NodeView{};
            me.lastHeardUs = heard;
        }
        break;
    default:
        break;
    }
    remember(e);
    return f;
}

void FactTracker::onSend(const TraceEvent &e, EventFacts &f)
{
    const Segment &s = e.seg;
    NodeView &me = m_nodes[static_cast<std::size_t>(indexOf(e.node))];
    const NodeView &peer = m_nodes[static_cast<std::size_t>(indexOf(peerOf(e.node)))];
    if (s.has(TcpFlag::SYN) && s.sendCause == SendCause::None) {
        // A new connection: its sequence space starts at this SYN.
        me.haveSndMax = false;
        me.haveAckSent = false;
        me.dupSent = 0;
        me.timeouts = 0;
        me.probes = 0;
    }
    const std::uint32_t end = s.seq + s.seqLen();
    if (!s.has(TcpFlag::RST) && (!me.haveSndMax || seqLess(me.sndMax, end))) {
        me.sndMax = end;
        me.haveSndMax = true;
    }
    if (s.has(TcpFlag::ACK) && !s.has(TcpFlag::RST)) {
        const bool same = me.haveAckSent && s.ack == me.ackSent && s.window == me.winSent;
        const bool peerAhead = peer.haveSndMax && seqLess(s.ack, peer.sndMax);
        if (pureAck(s) && s.sendCause == SendCause::None && same && peerAhead) f.dupAck = ++me.dupSent;
        else if (!same) me.dupSent = 0;
        me.ackSent = s.ack;
        me.winSent = s.window;
        me.haveAckSent = true;
    }
    switch (s.sendCause) {
    case SendCause::Timeout: f.retries = ++me.timeouts; break;
    case SendCause::FastRetransmit: f.dupAcksHeard = me.dupHeard; break;
    case SendCause::KeepaliveProbe:
        m_probeCause[static_cast<std::size_t>(indexOf(e.node))] = e.cause;
        f.probes = ++me.probes;
        if (me.lastHeardUs >= 0) f.idleUs = e.tUs - me.lastHeardUs;
        break;
    default: break;
    }
}

void FactTracker::onDeliver(const TraceEvent &e)
{
    const Segment &s = e.seg;
    NodeView &me = m_nodes[static_cast<std::size_t>(indexOf(e.node))];
    me.lastHeardUs = e.tUs;
    me.probes = 0;
    if (!s.has(TcpFlag::ACK) || s.has(TcpFlag::RST)) return;
    if (!me.haveAckHeard || seqLess(me.ackHeard, s.ack)) {
        me.ackHeard = s.ack;
        me.haveAckHeard = true;
        me.timeouts = 0;
        me.dupHeard = 0;
    } else if (s.ack == me.ackHeard && pureAck(s) && s.sendCause == SendCause::None && s.window == me.winHeard
               && me.haveSndMax && seqLess(s.ack, me.sndMax)) {
        ++me.dupHeard;
    }
    me.winHeard = s.window;
}

bool FactTracker::noteConsequence(EventFacts &f, const TraceEvent &fired, const TraceEvent &c)
{
    if (c.cause != fired.id || fired.kind != EventKind::Timer || fired.action != TimerAction::Fired) return false;
    const bool watchesPeer = fired.timer == TimerKind::Retransmission || fired.timer == TimerKind::Keepalive;
    switch (c.kind) {
    case EventKind::Send:
        if (c.seg.sendCause == SendCause::TailLossProbe) f.outcome = TimerOutcome::LossProbe;
        else if (f.outcome != TimerOutcome::GaveUp && f.outcome != TimerOutcome::LossProbe) f.outcome = TimerOutcome::Sent;
        break;
    case EventKind::App:
        if (c.call == AppCall::Error) f.outcome = TimerOutcome::GaveUp;
        break;
    case EventKind::State:
        // The retransmission and keepalive timers change a state only when they give up.
        if (watchesPeer) f.outcome = TimerOutcome::GaveUp;
        else if (f.outcome != TimerOutcome::Sent) f.outcome = TimerOutcome::Closed;
        break;
    case EventKind::Timer:
        if (c.timer == fired.timer && c.action == TimerAction::Armed) f.rearmUs = c.durationUs;
        break;
    default:
        break;
    }
    return true;
}

void FactTracker::finish(EventFacts &f, const TraceEvent &fired)
{
    if (fired.kind != EventKind::Timer || fired.action != TimerAction::Fired || f.outcome != TimerOutcome::Unknown) return;
    if (fired.timer == TimerKind::Keepalive) f.outcome = f.dataInFlight ? TimerOutcome::DataInFlight : TimerOutcome::NotIdleYet;
    else f.outcome = TimerOutcome::Nothing;
}

} // namespace wirestep
