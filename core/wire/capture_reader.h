#pragma once
#include "core/wire/capture_error.h"
#include "core/wire/link_type.h"

#include <cstdint>
#include <cstdio>
#include <span>
#include <string>

struct pcap; // libpcap's pcap_t, kept out of this header

namespace wirestep {

// Reads capture files with libpcap (pcap_fopen_offline reads both pcap and pcapng, as Wireshark,
// tcpdump and dumpcap write them), one packet at a time, so that a capture of any size can be
// read without holding it: each packet is given with its number and the byte offset of its
// record, and readAt() reads one packet again from that offset. See docs/captures.md.
//
// Input is untrusted: whatever the file holds, a read gives a packet, the end, or an error
// (error() says which kind, and where), never a crash. Only link types WireDecoder decodes are
// accepted.
class CaptureReader {
public:
    enum class Format { Pcap, Pcapng };
    enum class Read { Packet, End, Error };

    // One packet. `bytes` stays valid until the next read.
    struct Packet {
        std::uint64_t number = 0;   // 1, 2, 3 ... in file order, as Wireshark numbers frames
        std::uint64_t offset = 0;   // where its record starts in the file
        std::int64_t tUs = 0;       // its timestamp: microseconds since 1970 (UTC)
        std::uint32_t wireLength = 0; // its length on the wire; bytes may be shorter (snapshot length)
        std::span<const std::uint8_t> bytes;
    };

    CaptureReader() = default;
    ~CaptureReader();
    CaptureReader(const CaptureReader &) = delete;
    CaptureReader &operator=(const CaptureReader &) = delete;

    // Opens a capture file. False (and error() set) if it is not one Wirestep can read.
    bool open(const std::string &path);
    // Reads from a stream the reader takes over (it is closed with the reader, or at once if
    // this fails); `size` is its length in bytes, for progress and truncation (0: unknown).
    bool open(std::FILE *stream, std::uint64_t size);
    void close();
    bool isOpen() const { return m_pcap != nullptr; }

    // The next packet in file order.
    Read next(Packet &packet);
    // The packet whose record starts at `offset` (a Packet's offset), numbered `number`.
    // Reading on with next() continues after it.
    Read readAt(std::uint64_t offset, std::uint64_t number, Packet &packet);

    LinkType linkType() const { return m_linkType; }
    Format format() const { return m_format; }
    std::uint64_t size() const { return m_size; }
    // The byte offset the next packet is read from.
    std::uint64_t position() const;
    std::uint64_t packetsRead() const { return m_packets; }
    const CaptureError &error() const { return m_error; }

private:
    bool fail(CaptureError::Kind kind, std::string detail = {});
    Read readOne(Packet &packet, std::uint64_t number);

    pcap *m_pcap = nullptr;
    std::FILE *m_stream = nullptr; // owned by m_pcap once it is open
    LinkType m_linkType = LinkType::Ethernet;
    Format m_format = Format::Pcap;
    std::uint64_t m_size = 0;
    std::uint64_t m_packets = 0;
    CaptureError m_error;
};

} // namespace wirestep
