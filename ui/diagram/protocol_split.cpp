#include "ui/diagram/protocol_split.h"

#include <algorithm>
#include <unordered_map>

namespace wirestep {

ProtocolSplit::Lane ProtocolSplit::laneOf(const TraceEvent &e)
{
    switch (e.kind) {
    case EventKind::Send:
    case EventKind::Deliver:
    case EventKind::Drop: return e.seg.proto == Protocol::Udp ? Lane::Udp : Lane::Tcp;
    case EventKind::State:
    case EventKind::Timer: return Lane::Tcp;
    case EventKind::Link: return Lane::Both;
    case EventKind::App: break;
    }
    if (e.call == AppCall::Bind || e.call == AppCall::Sendto || e.call == AppCall::Recvfrom) return Lane::Udp;
    if (e.call == AppCall::Crash || e.call == AppCall::Reboot) return Lane::Both;
    return Lane::Tcp;
}

bool ProtocolSplit::hasBothProtocols(const Trace &trace)
{
    bool tcp = false;
    bool udp = false;
    for (const TraceEvent &e : trace.events()) {
        const Lane lane = laneOf(e);
        tcp = tcp || lane == Lane::Tcp;
        udp = udp || lane == Lane::Udp;
        if (tcp && udp) return true;
    }
    return false;
}

ProtocolSplit::ProtocolSplit() : m_tcp(std::make_shared<Trace>()), m_udp(std::make_shared<Trace>()), m_tcpShown{0}, m_udpShown{0} {}

ProtocolSplit::ProtocolSplit(const Trace &trace)
{
    auto tcp = std::make_shared<Trace>();
    auto udp = std::make_shared<Trace>();
    std::unordered_map<std::uint64_t, std::uint64_t> tcpId; // whole id -> lane id
    std::unordered_map<std::uint64_t, std::uint64_t> udpId;
    const auto add = [](Trace &lane, std::unordered_map<std::uint64_t, std::uint64_t> &ids,
                        std::vector<std::uint64_t> &wholeIds, const TraceEvent &e) {
        TraceEvent copy = e;
        copy.id = lane.size() + 1;
        const auto cause = ids.find(e.cause);
        copy.cause = cause == ids.end() ? 0 : cause->second;
        ids.emplace(e.id, copy.id);
        wholeIds.push_back(e.id);
        lane.append(copy);
    };
    m_tcpShown.reserve(trace.size() + 1);
    m_udpShown.reserve(trace.size() + 1);
    m_tcpShown.push_back(0);
    m_udpShown.push_back(0);
    for (const TraceEvent &e : trace.events()) {
        const Lane lane = laneOf(e);
        if (lane != Lane::Udp) add(*tcp, tcpId, m_tcpIds, e);
        if (lane != Lane::Tcp) add(*udp, udpId, m_udpIds, e);
        m_tcpShown.push_back(static_cast<int>(tcp->size()));
        m_udpShown.push_back(static_cast<int>(udp->size()));
    }
    m_tcp = std::move(tcp);
    m_udp = std::move(udp);
}

int ProtocolSplit::at(const std::vector<int> &shownMap, int shown)
{
    const int last = static_cast<int>(shownMap.size()) - 1;
    return shownMap[static_cast<std::size_t>(std::clamp(shown, 0, last))];
}

std::uint64_t ProtocolSplit::back(const std::vector<std::uint64_t> &ids, std::uint64_t laneId)
{
    return laneId >= 1 && laneId <= ids.size() ? ids[laneId - 1] : 0;
}

} // namespace wirestep
