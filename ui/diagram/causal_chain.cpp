#include "ui/diagram/causal_chain.h"

namespace wirestep {

CausalChain::CausalChain(const Trace &trace)
{
    const std::size_t n = trace.size();
    m_cause.assign(n, kNone);
    m_kind.resize(n);
    m_firstEffect.assign(n + 1, 0);
    for (std::size_t i = 0; i < n; ++i) {
        m_kind[i] = trace.kindAt(i);
        const std::uint64_t cause = trace.causeAt(i);
        const std::size_t c = cause == 0 ? Trace::npos : trace.indexOf(cause);
        if (c == Trace::npos || c == i) continue;
        m_cause[i] = static_cast<std::uint32_t>(c);
        ++m_firstEffect[c + 1];
    }
    for (std::size_t i = 0; i < n; ++i) m_firstEffect[i + 1] += m_firstEffect[i];
    m_effects.resize(m_firstEffect[n]);
    std::vector<std::uint32_t> fill(m_firstEffect.begin(), m_firstEffect.end() - 1);
    for (std::size_t i = 0; i < n; ++i)
        if (m_cause[i] != kNone) m_effects[fill[m_cause[i]]++] = static_cast<std::uint32_t>(i);
}

std::vector<bool> CausalChain::through(std::size_t sendIndex) const
{
    std::vector<bool> in(m_kind.size(), false);
    if (sendIndex >= m_kind.size()) return in;
    in[sendIndex] = true;

    // Back to the previous segment (its send, and the arrival that made this one leave).
    for (std::uint32_t i = m_cause[sendIndex]; i != kNone; i = m_cause[i]) {
        in[i] = true;
        if (m_kind[i] == EventKind::Send) break;
    }
    // The state changes made by the same cause ("connect" sends the SYN and enters SYN_SENT).
    if (const std::uint32_t c = m_cause[sendIndex]; c != kNone)
        for (std::uint32_t k = m_firstEffect[c]; k < m_firstEffect[c + 1]; ++k)
            if (m_kind[m_effects[k]] == EventKind::State) in[m_effects[k]] = true;

    // Forward to the segments sent in answer, and no further.
    std::vector<std::uint32_t> todo{static_cast<std::uint32_t>(sendIndex)};
    while (!todo.empty()) {
        const std::uint32_t i = todo.back();
        todo.pop_back();
        for (std::uint32_t k = m_firstEffect[i]; k < m_firstEffect[i + 1]; ++k) {
            const std::uint32_t e = m_effects[k];
            if (in[e]) continue;
            in[e] = true;
            if (m_kind[e] != EventKind::Send) todo.push_back(e);
        }
    }
    return in;
}

} // namespace wirestep
