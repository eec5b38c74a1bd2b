#pragma once
#include "core/trace/trace.h"

#include <memory>
#include <vector>

namespace wirestep {

// Splits one trace into a TCP trace and a UDP trace, for two lanes over the same link.
// Segments go by their protocol; states and timers are TCP's; application calls go to the
// protocol they use (bind, sendto, recvfrom to UDP; every other call to TCP); crash, reboot and
// link cuts belong to both. Each lane renumbers its events 1, 2, 3 ... and keeps the causes
// that stay inside it. shown() maps the player's position on the whole trace to each lane's.
class ProtocolSplit {
public:
    enum class Lane { Tcp, Udp, Both };

    static Lane laneOf(const TraceEvent &event);
    // True when the trace has events of both protocols (not counting those of both lanes).
    static bool hasBothProtocols(const Trace &trace);

    ProtocolSplit();
    explicit ProtocolSplit(const Trace &trace);

    std::shared_ptr<const Trace> tcp() const { return m_tcp; }
    std::shared_ptr<const Trace> udp() const { return m_udp; }
    // How many of the lane's events are among the first `shown` events of the whole trace.
    int tcpShown(int shown) const { return at(m_tcpShown, shown); }
    int udpShown(int shown) const { return at(m_udpShown, shown); }
    // The id in the whole trace of a lane's event id (0 if there is none).
    std::uint64_t tcpToWhole(std::uint64_t laneId) const { return back(m_tcpIds, laneId); }
    std::uint64_t udpToWhole(std::uint64_t laneId) const { return back(m_udpIds, laneId); }

private:
    static int at(const std::vector<int> &shownMap, int shown);
    static std::uint64_t back(const std::vector<std::uint64_t> &ids, std::uint64_t laneId);

    std::shared_ptr<const Trace> m_tcp;
    std::shared_ptr<const Trace> m_udp;
    std::vector<int> m_tcpShown; // index: shown events of the whole trace (0..size)
    std::vector<int> m_udpShown;
    std::vector<std::uint64_t> m_tcpIds; // index: lane id - 1; value: the whole trace's id
    std::vector<std::uint64_t> m_udpIds;
};

} // namespace wirestep
