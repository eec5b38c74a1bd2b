#pragma once
#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>

namespace wirestep {

// The receiving side of one connection's byte stream: bytes that arrived in order and wait for
// the application, and segments that arrived ahead of a gap, held until the gap fills.
// Positions are stream offsets (0 = the first data byte after the SYN), never sequence numbers.
class ReceiveBuffer {
public:
    ReceiveBuffer() = default;
    explicit ReceiveBuffer(std::size_t capacity) : m_capacity(capacity) {}

    // Data that starts at stream offset `offset`. Returns how many bytes became readable in
    // order (0 for a duplicate or for data beyond a gap, which is held).
    std::size_t insert(std::uint64_t offset, std::string_view data);
    // The offset of the next byte expected in order (RCV.NXT as an offset).
    std::uint64_t nextOffset() const { return m_next; }
    // Takes up to `max` in-order bytes for the application.
    std::string read(std::size_t max);
    std::size_t readable() const { return m_ready.size(); }
    // Room left for in-order data: what the receive window advertises.
    std::size_t freeSpace() const { return m_ready.size() >= m_capacity ? 0 : m_capacity - m_ready.size(); }
    // True while data is held beyond a gap.
    bool hasGap() const { return !m_ahead.empty(); }

private:
    std::size_t m_capacity = 65535;
    std::string m_ready;
    std::uint64_t m_next = 0;
    std::map<std::uint64_t, std::string> m_ahead; // offset -> data, all beyond m_next
};

} // namespace wirestep
