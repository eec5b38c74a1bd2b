#include "ui/diagram/relative_sequence.h"

#include <algorithm>

namespace wirestep {

RelativeSequence::RelativeSequence(const Trace &trace)
{
    for (std::size_t i = 0; i < trace.size(); ++i) {
        if (trace.kindAt(i) != EventKind::Send) continue;
        const TraceEvent e = trace[i];
        const Segment &s = e.seg;
        if (s.proto != Protocol::Tcp || !s.has(TcpFlag::SYN)) continue;
        auto &isns = m_isns[{s.sport, s.dport}];
        if (isns.empty() || isns.back().second != s.seq) isns.emplace_back(i, s.seq);
    }
}

const std::uint32_t *RelativeSequence::isnBefore(std::uint16_t sport, std::uint16_t dport, std::size_t index) const
{
    const auto it = m_isns.find({sport, dport});
    if (it == m_isns.end()) return nullptr;
    const auto &isns = it->second;
    const auto after = std::upper_bound(isns.begin(), isns.end(), index,
                                        [](std::size_t i, const std::pair<std::size_t, std::uint32_t> &p) { return i < p.first; });
    return after == isns.begin() ? nullptr : &std::prev(after)->second;
}

Segment RelativeSequence::relative(const Segment &s, std::size_t sendIndex) const
{
    Segment r = s;
    if (s.proto != Protocol::Tcp) return r;
    if (const std::uint32_t *own = isnBefore(s.sport, s.dport, sendIndex)) r.seq = s.seq - *own;
    if (s.has(TcpFlag::ACK))
        if (const std::uint32_t *peer = isnBefore(s.dport, s.sport, sendIndex)) r.ack = s.ack - *peer;
    return r;
}

} // namespace wirestep
