#include "core/trace/trace.h"
#include "core/trace/trace_facts.h"

#include <algorithm>
#include <stdexcept>

namespace wirestep {

namespace {

// Which strings an event carries, one bit each, in the order they are stored.
enum StringBit : std::uint8_t {
    DataBit = 1 << 0,
    CounterfactualBit = 1 << 1,
    PayloadBit = 1 << 2,
    AnalysisBit = 1 << 3,
    WholeBit = 1 << 7, // not packed: `extra` indexes the events kept whole
};

// Segment flags that are not header bits.
enum SegmentBit : std::uint8_t {
    UdpBit = 1 << 0,
    FromServerBit = 1 << 1,
    RetransmissionBit = 1 << 2,
    KeepaliveBit = 1 << 3,
    InjectedBit = 1 << 4,
    InferredBit = 1 << 5, // of the event, kept with the segment's bits
};

bool carriesSegment(EventKind k) { return k == EventKind::Send || k == EventKind::Deliver || k == EventKind::Drop; }

template <typename E> std::uint8_t byte(E e) { return static_cast<std::uint8_t>(e); }

// A new field in TraceEvent or Segment must be packed and unpacked below; these sizes catch a
// field added without that.
static_assert(sizeof(void *) != 8 || sizeof(Segment) == 80, "Segment changed: update Trace::pack and Trace::operator[]");
static_assert(sizeof(void *) != 8 || sizeof(TraceEvent) == 288, "TraceEvent changed: update Trace::pack and Trace::operator[]");
// A segment's event keeps its drop reason in the low half of `timer` and its send cause in the
// high half.
static_assert(static_cast<int>(DropReason::NodeDown) < 16, "DropReason must fit in the low four bits of Packed::timer");
static_assert(static_cast<int>(SendCause::TailLossProbe) < 16, "SendCause must fit in the high four bits of Packed::timer");

} // namespace

Trace::Trace(const Trace &other) { *this = other; }

Trace &Trace::operator=(const Trace &other)
{
    if (this == &other) return *this;
    m_chunks.clear();
    m_chunks.reserve(other.m_chunks.size());
    for (std::size_t c = 0; c < other.m_chunks.size(); ++c) {
        m_chunks.push_back(std::make_unique_for_overwrite<Packed[]>(kChunkSize));
        const std::size_t n = std::min(kChunkSize, other.m_size - c * kChunkSize);
        std::copy_n(other.m_chunks[c].get(), n, m_chunks.back().get());
    }
    m_size = other.m_size;
    m_strings = other.m_strings;
    m_whole = other.m_whole;
    m_dense = other.m_dense;
    m_increasing = other.m_increasing;
    m_facts = other.m_facts; // immutable, so a copy may share them
    m_factsSize = other.m_factsSize;
    return *this;
}

Trace::~Trace() = default;

bool Trace::pack(const TraceEvent &e, Packed &p)
{
    const Segment &s = e.seg;
    if (carriesSegment(e.kind)) {
        if (e.bytes != -1 || e.deadlineUs != 0 || e.durationUs != 0) return false;
        p.a = s.id;
        p.b = (std::uint64_t{s.seq} << 32) | s.ack;
    } else {
        if (s.id != 0 || s.seq != 0 || s.ack != 0) return false;
        if (e.kind == EventKind::Timer) {
            if (e.bytes != -1) return false;
            p.a = static_cast<std::uint64_t>(e.deadlineUs);
            p.b = static_cast<std::uint64_t>(e.durationUs);
        } else {
            if (e.deadlineUs != 0 || e.durationUs != 0) return false;
            p.a = static_cast<std::uint64_t>(e.bytes);
            p.b = 0;
        }
    }
    p.sport = s.sport;
    p.dport = s.dport;
    p.window = s.window;
    p.mss = s.mss;
    // Fields a kind does not use share room: an app event keeps its call and error where a state
    // event keeps from and to, a link event its change there, a segment's event its drop reason
    // and send cause where a timer event keeps its kind and action. Anything else is kept whole.
    if (e.kind != EventKind::App && (e.call != AppCall::None || e.error != AppError::None)) return false;
    if (e.kind != EventKind::Drop && e.reason != DropReason::None) return false;
    if (!carriesSegment(e.kind) && s.sendCause != SendCause::None) return false;
    if (e.kind != EventKind::Link && e.link != LinkChange::Cut) return false;
    if (e.kind != EventKind::State && e.basis != InferenceBasis::None) return false;
    const bool defaultStates = e.from == TcpState::Closed && e.to == TcpState::Closed;
    const bool defaultTimer = e.timer == TimerKind::Retransmission && e.action == TimerAction::Armed;
    if (e.kind == EventKind::App) {
        if (!defaultStates) return false;
        p.from = byte(e.call);
        p.to = byte(e.error);
    } else if (e.kind == EventKind::Link) {
        if (!defaultStates) return false;
        p.from = byte(e.link);
        p.to = 0;
    } else {
        p.from = byte(e.from);
        p.to = byte(e.to);
    }
    if (carriesSegment(e.kind)) {
        if (!defaultTimer) return false;
        p.timer = static_cast<std::uint8_t>(byte(s.sendCause) << 4 | byte(e.reason));
    } else if (e.kind == EventKind::State) {
        if (!defaultTimer) return false;
        p.timer = byte(e.basis); // what an inferred state rests on
    } else {
        p.timer = static_cast<std::uint8_t>(byte(e.timer) << 4 | byte(e.action));
    }
    p.flags = s.flags;
    p.bits = static_cast<std::uint8_t>((s.proto == Protocol::Udp ? UdpBit : 0) | (s.from == NodeId::Server ? FromServerBit : 0)
                                       | (s.retransmission ? RetransmissionBit : 0) | (s.keepalive ? KeepaliveBit : 0)
                                       | (s.injected ? InjectedBit : 0) | (e.inferred ? InferredBit : 0));
    p.ruleIndex = e.ruleIndex;
    return true;
}

void Trace::append(const TraceEvent &e)
{
    if (m_size == m_chunks.size() * kChunkSize) m_chunks.push_back(std::make_unique_for_overwrite<Packed[]>(kChunkSize));
    Packed &p = m_chunks[m_size >> kChunkShift][m_size & (kChunkSize - 1)];
    p.id = e.id;
    p.tUs = e.tUs;
    p.cause = e.cause;
    p.kind = byte(e.kind);
    p.node = byte(e.node);
    p.strings = 0;
    if (pack(e, p)) {
        if (m_strings.size() >= std::numeric_limits<std::uint32_t>::max() - 4) throw std::length_error("trace: too many strings");
        p.extra = static_cast<std::uint32_t>(m_strings.size());
        const std::string *fields[] = {&e.data, &e.counterfactual, &e.seg.payload, &e.analysis};
        for (std::size_t f = 0; f < std::size(fields); ++f) {
            if (fields[f]->empty()) continue;
            p.strings |= static_cast<std::uint8_t>(1u << f);
            m_strings.push_back(*fields[f]);
        }
    } else {
        p.strings = WholeBit;
        p.extra = static_cast<std::uint32_t>(m_whole.size());
        m_whole.push_back(e);
    }
    if (e.id != m_size + 1) m_dense = false;
    if (m_size > 0 && e.id <= packed(m_size - 1).id) m_increasing = false;
    ++m_size;
}

TraceEvent Trace::operator[](std::size_t i) const
{
    const Packed &p = packed(i);
    if (p.strings & WholeBit) return m_whole[p.extra];
    TraceEvent e;
    e.id = p.id;
    e.tUs = p.tUs;
    e.kind = static_cast<EventKind>(p.kind);
    e.node = static_cast<NodeId>(p.node);
    e.cause = p.cause;
    Segment &s = e.seg;
    if (carriesSegment(e.kind)) {
        s.id = p.a;
        s.seq = static_cast<std::uint32_t>(p.b >> 32);
        s.ack = static_cast<std::uint32_t>(p.b);
    } else if (e.kind == EventKind::Timer) {
        e.deadlineUs = static_cast<std::int64_t>(p.a);
        e.durationUs = static_cast<std::int64_t>(p.b);
    } else {
        e.bytes = static_cast<std::int64_t>(p.a);
    }
    s.sport = p.sport;
    s.dport = p.dport;
    s.window = p.window;
    s.mss = p.mss;
    s.flags = p.flags;
    s.proto = p.bits & UdpBit ? Protocol::Udp : Protocol::Tcp;
    s.from = p.bits & FromServerBit ? NodeId::Server : NodeId::Client;
    s.retransmission = (p.bits & RetransmissionBit) != 0;
    s.keepalive = (p.bits & KeepaliveBit) != 0;
    s.injected = (p.bits & InjectedBit) != 0;
    e.inferred = (p.bits & InferredBit) != 0;
    e.ruleIndex = p.ruleIndex;
    if (e.kind == EventKind::App) {
        e.call = static_cast<AppCall>(p.from);
        e.error = static_cast<AppError>(p.to);
    } else if (e.kind == EventKind::Link) {
        e.link = static_cast<LinkChange>(p.from);
    } else {
        e.from = static_cast<TcpState>(p.from);
        e.to = static_cast<TcpState>(p.to);
    }
    if (carriesSegment(e.kind)) {
        e.reason = static_cast<DropReason>(p.timer & 0x0f);
        s.sendCause = static_cast<SendCause>(p.timer >> 4);
    } else if (e.kind == EventKind::State) {
        e.basis = static_cast<InferenceBasis>(p.timer);
    } else {
        e.timer = static_cast<TimerKind>(p.timer >> 4);
        e.action = static_cast<TimerAction>(p.timer & 0x0f);
    }
    std::string *fields[] = {&e.data, &e.counterfactual, &e.seg.payload, &e.analysis};
    std::size_t next = p.extra;
    for (std::size_t f = 0; f < std::size(fields); ++f)
        if (p.strings & (1u << f)) *fields[f] = m_strings[next++];
    return e;
}

EventKind Trace::kindAt(std::size_t i) const { return static_cast<EventKind>(packed(i).kind); }

NodeId Trace::nodeAt(std::size_t i) const { return static_cast<NodeId>(packed(i).node); }

std::size_t Trace::indexOf(std::uint64_t id) const
{
    if (m_dense) return id >= 1 && id <= m_size ? static_cast<std::size_t>(id - 1) : npos;
    if (m_increasing) {
        std::size_t lo = 0, hi = m_size;
        while (lo < hi) {
            const std::size_t mid = lo + (hi - lo) / 2;
            if (idAt(mid) < id) lo = mid + 1;
            else hi = mid;
        }
        return lo < m_size && idAt(lo) == id ? lo : npos;
    }
    for (std::size_t i = 0; i < m_size; ++i)
        if (idAt(i) == id) return i;
    return npos;
}

std::optional<TraceEvent> Trace::byId(std::uint64_t id) const
{
    const std::size_t i = id == 0 ? npos : indexOf(id);
    if (i == npos) return std::nullopt;
    return (*this)[i];
}

std::vector<TraceEvent> Trace::filter(const std::function<bool(const TraceEvent &)> &pred) const
{
    std::vector<TraceEvent> out;
    for (std::size_t i = 0; i < m_size; ++i) {
        TraceEvent e = (*this)[i];
        if (pred(e)) out.push_back(std::move(e));
    }
    return out;
}

std::vector<TraceEvent> Trace::ofKind(EventKind kind) const
{
    std::vector<TraceEvent> out;
    for (std::size_t i = 0; i < m_size; ++i)
        if (kindAt(i) == kind) out.push_back((*this)[i]);
    return out;
}

std::vector<TcpState> Trace::statesOf(NodeId node) const
{
    std::vector<TcpState> out;
    for (std::size_t i = 0; i < m_size; ++i) {
        if (kindAt(i) != EventKind::State) continue;
        const TraceEvent e = (*this)[i];
        if (e.node != node) continue;
        if (out.empty()) out.push_back(e.from);
        out.push_back(e.to);
    }
    return out;
}

const TraceFacts &Trace::facts() const
{
    if (!m_facts || m_factsSize != m_size) {
        m_facts = std::make_shared<const TraceFacts>(*this);
        m_factsSize = m_size;
    }
    return *m_facts;
}

std::size_t Trace::memoryBytes() const
{
    std::size_t bytes = m_chunks.capacity() * sizeof(m_chunks[0]) + m_chunks.size() * kChunkSize * sizeof(Packed)
        + m_strings.capacity() * sizeof(std::string) + m_whole.capacity() * sizeof(TraceEvent);
    for (const std::string &s : m_strings)
        if (s.capacity() > 15) bytes += s.capacity() + 1;
    return bytes;
}

} // namespace wirestep
