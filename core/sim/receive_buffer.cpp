#include "core/sim/receive_buffer.h"

#include <algorithm>

namespace wirestep {

std::size_t ReceiveBuffer::insert(std::uint64_t offset, std::string_view data)
{
    if (data.empty()) return 0;
    if (offset > m_next) {
        // Beyond a gap: hold it; of two pieces at the same offset keep the longer.
        std::string &held = m_ahead[offset];
        if (data.size() > held.size()) held = std::string(data);
        return 0;
    }
    const std::size_t before = m_ready.size();
    const std::uint64_t skip = m_next - offset;
    if (skip < data.size()) {
        m_ready.append(data.substr(static_cast<std::size_t>(skip)));
        m_next = offset + data.size();
    }
    // The gap may now be filled: move what follows on into the in-order bytes.
    while (!m_ahead.empty() && m_ahead.begin()->first <= m_next) {
        auto it = m_ahead.begin();
        const std::uint64_t end = it->first + it->second.size();
        if (end > m_next) {
            m_ready.append(it->second, static_cast<std::size_t>(m_next - it->first), std::string::npos);
            m_next = end;
        }
        m_ahead.erase(it);
    }
    return m_ready.size() - before;
}

std::string ReceiveBuffer::read(std::size_t max)
{
    const std::size_t n = std::min(max, m_ready.size());
    std::string out = m_ready.substr(0, n);
    m_ready.erase(0, n);
    return out;
}

} // namespace wirestep
