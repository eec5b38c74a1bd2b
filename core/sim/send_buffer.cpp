#include "core/sim/send_buffer.h"

#include <algorithm>

namespace wirestep {

void SendBuffer::reset(std::uint32_t seq)
{
    m_data.clear();
    m_head = 0;
    m_startSeq = seq;
}

void SendBuffer::acknowledge(std::uint32_t seq)
{
    const auto ahead = static_cast<std::int32_t>(seq - m_startSeq);
    if (ahead <= 0) return;
    const std::size_t n = std::min<std::size_t>(static_cast<std::size_t>(ahead), size());
    m_head += n;
    m_startSeq += static_cast<std::uint32_t>(n);
    // Compact once the dead prefix outweighs what is left: amortized O(1) per byte.
    if (m_head >= 4096 && m_head * 2 >= m_data.size()) {
        m_data.erase(0, m_head);
        m_head = 0;
    }
}

std::string SendBuffer::bytes(std::uint32_t seq, std::size_t len) const
{
    const std::size_t offset = static_cast<std::uint32_t>(seq - m_startSeq);
    if (offset >= size()) return {};
    return m_data.substr(m_head + offset, std::min(len, size() - offset));
}

} // namespace wirestep
