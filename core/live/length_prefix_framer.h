#pragma once
#include <QByteArray>

#include <cstdint>
#include <optional>

namespace wirestep {

// Frames messages on a byte stream by length, never by hope: each message is a 4-byte
// big-endian length followed by that many bytes. The reader takes bytes as they come (a
// message may arrive in pieces, or several in one read) and hands out whole messages only.
// A length over the limit means the peer is not speaking this protocol: the stream is bad
// from then on and should be closed.
class LengthPrefixFramer {
public:
    static constexpr int kHeaderBytes = 4;

    explicit LengthPrefixFramer(std::uint32_t maxMessageBytes) : m_max(maxMessageBytes) {}

    static QByteArray frame(const QByteArray &message);

    // Adds bytes read from the stream; false once the stream is bad.
    bool feed(const QByteArray &bytes);
    // The next whole message, if one has arrived.
    std::optional<QByteArray> next();
    bool bad() const { return m_bad; }
    // Bytes held that are not yet a whole message (a peer that leaves mid-message leaves these).
    qsizetype pendingBytes() const { return m_buffer.size() - m_offset; }

private:
    std::uint32_t m_max;
    QByteArray m_buffer;
    qsizetype m_offset = 0;
    bool m_bad = false;
};

} // namespace wirestep
