#pragma once
#include <cstdint>
#include <string>

namespace wirestep {

// The bytes the application has written and the peer has not yet acknowledged, addressed by
// sequence number (RFC 9293 §3.3.1: SND.UNA .. the end of the buffer). Acknowledged bytes are
// dropped lazily, so that a long transfer costs no quadratic copying.
class SendBuffer {
public:
    // Starts a new connection: the first byte written will carry `seq`.
    void reset(std::uint32_t seq);
    void append(const std::string &data) { m_data += data; }
    // Forgets every byte before `seq` (which lies within the buffer or at its end).
    void acknowledge(std::uint32_t seq);
    // `len` bytes starting at sequence number `seq`.
    std::string bytes(std::uint32_t seq, std::size_t len) const;

    std::uint32_t startSeq() const { return m_startSeq; }  // the oldest unacknowledged byte
    std::uint32_t endSeq() const { return m_startSeq + static_cast<std::uint32_t>(size()); }
    std::size_t size() const { return m_data.size() - m_head; }

private:
    std::string m_data;
    std::size_t m_head = 0;       // m_data[m_head] carries m_startSeq
    std::uint32_t m_startSeq = 0;
};

} // namespace wirestep
