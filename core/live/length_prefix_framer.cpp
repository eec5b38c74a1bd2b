#include "core/live/length_prefix_framer.h"

#include <QtEndian>

namespace wirestep {

QByteArray LengthPrefixFramer::frame(const QByteArray &message)
{
    QByteArray out(kHeaderBytes, '\0');
    qToBigEndian(static_cast<quint32>(message.size()), out.data());
    out += message;
    return out;
}

bool LengthPrefixFramer::feed(const QByteArray &bytes)
{
    if (m_bad) return false;
    // Drop what has been handed out before growing the buffer.
    if (m_offset > 0 && m_offset == m_buffer.size()) {
        m_buffer.clear();
        m_offset = 0;
    } else if (m_offset > 65536) {
        m_buffer.remove(0, m_offset);
        m_offset = 0;
    }
    m_buffer += bytes;
    if (pendingBytes() >= kHeaderBytes) {
        const quint32 length = qFromBigEndian<quint32>(m_buffer.constData() + m_offset);
        if (length > m_max) m_bad = true;
    }
    return !m_bad;
}

std::optional<QByteArray> LengthPrefixFramer::next()
{
    if (m_bad || pendingBytes() < kHeaderBytes) return std::nullopt;
    const quint32 length = qFromBigEndian<quint32>(m_buffer.constData() + m_offset);
    if (length > m_max) {
        m_bad = true;
        return std::nullopt;
    }
    if (pendingBytes() < kHeaderBytes + static_cast<qsizetype>(length)) return std::nullopt;
    QByteArray message = m_buffer.mid(m_offset + kHeaderBytes, length);
    m_offset += kHeaderBytes + length;
    return message;
}

} // namespace wirestep
