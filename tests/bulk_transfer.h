#pragma once
#include "core/sim/network.h"
#include "core/sim/simulator.h"

#include <cstdint>
#include <string>

namespace wirestep {

// A client that streams `bytes` to a listening server over a 5 ms link losing 1 % each way
// (seed 42, ISNs 100 and 300), the way a real sender does: it writes 64 KiB at a time whenever
// less than 128 KiB waits unacknowledged, and closes once everything is acknowledged. Nothing
// is kept per byte, so a transfer of any size needs the same memory. Used by the throughput
// benchmark and the long-run test.
class BulkTransfer {
public:
    BulkTransfer(std::uint64_t bytes, TraceSink &sink);

    // Runs one simulator event, then lets the application write or close. False when no event
    // is left.
    bool step();
    void run() { while (step()) {} }

    Simulator &sim() { return m_sim; }
    Network &network() { return m_network; }
    std::uint64_t written() const { return m_written; }
    bool closed() const { return m_closed; }
    std::uint64_t delivered() { return m_network.server().tcp().deliveredBytes(); }

    static constexpr std::size_t kWriteBytes = 64 * 1024;
    static constexpr std::size_t kMaxWaitingBytes = 128 * 1024;

private:
    static LinkConfig lossyLink();
    static TcpConfig node(std::uint16_t port, std::uint32_t isn);

    std::uint64_t m_bytes;
    Simulator m_sim;
    Network m_network;
    std::string m_chunk;
    std::uint64_t m_written = 0;
    bool m_closed = false;
};

} // namespace wirestep
