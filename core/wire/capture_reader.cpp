#include "core/wire/capture_reader.h"

#include "core/io/input_file.h"

#include <pcap/pcap.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

namespace wirestep {

namespace {

constexpr std::uint32_t kPcapngMagic = 0x0A0D0D0A; // the Section Header Block's type

bool isPcapMagic(std::uint32_t m)
{
    // Microsecond and nanosecond pcap, in either byte order (and the "modified" variant).
    for (std::uint32_t magic : {0xA1B2C3D4u, 0xA1B23C4Du, 0xA1B2CD34u})
        if (m == magic || m == __builtin_bswap32(magic)) return true;
    return false;
}

std::string hexBytes(const std::array<unsigned char, 4> &b, std::size_t n)
{
    static const char digits[] = "0123456789abcdef";
    std::string s;
    for (std::size_t i = 0; i < n; ++i) {
        if (i) s += ' ';
        s += digits[b[i] >> 4];
        s += digits[b[i] & 0x0F];
    }
    return s;
}

bool contains(const std::string &s, const char *word) { return s.find(word) != std::string::npos; }

} // namespace

CaptureReader::~CaptureReader() { close(); }

void CaptureReader::close()
{
    if (m_pcap) pcap_close(m_pcap); // closes m_stream too
    else if (m_stream) std::fclose(m_stream);
    m_pcap = nullptr;
    m_stream = nullptr;
    m_packets = 0;
}

bool CaptureReader::fail(CaptureError::Kind kind, std::string detail)
{
    m_error.kind = kind;
    m_error.detail = std::move(detail);
    close();
    return false;
}

bool CaptureReader::open(const std::string &path)
{
    close();
    m_error = {};
    // Only regular files: a FIFO with no writer, a terminal or /dev/zero would block the reader
    // or never end (docs/hardening.md). The check is made on the open descriptor.
    InputFile::Result checked;
    const int fd = InputFile::openForReading(path, checked);
    if (fd < 0) {
        if (checked.problem == InputFile::Problem::NotRegular) return fail(CaptureError::Kind::NotRegular);
        const int why = checked.problem == InputFile::Problem::IsDirectory ? EISDIR : checked.error;
        return fail(CaptureError::Kind::CannotOpen, std::strerror(why));
    }
    struct stat st {};
    const std::uint64_t size = ::fstat(fd, &st) == 0 ? static_cast<std::uint64_t>(st.st_size) : 0;
    std::FILE *f = ::fdopen(fd, "rb");
    if (!f) {
        const int why = errno;
        ::close(fd);
        return fail(CaptureError::Kind::CannotOpen, std::strerror(why));
    }
    return open(f, size);
}

bool CaptureReader::open(std::FILE *stream, std::uint64_t size)
{
    close();
    m_error = {};
    m_stream = stream;
    m_size = size;
    if (!stream) return fail(CaptureError::Kind::CannotOpen, std::strerror(EINVAL));

    // Look at the magic number first, so that "not a capture" is told apart from a damaged one.
    std::array<unsigned char, 4> magic{};
    const std::size_t got = std::fread(magic.data(), 1, magic.size(), stream);
    if (got == 0) return fail(CaptureError::Kind::Empty);
    const std::uint32_t le = std::uint32_t{magic[0]} | std::uint32_t{magic[1]} << 8 | std::uint32_t{magic[2]} << 16
        | std::uint32_t{magic[3]} << 24;
    const bool pcapng = got == 4 && le == kPcapngMagic;
    if (got < 4 || (!pcapng && !isPcapMagic(le))) return fail(CaptureError::Kind::NotACapture, hexBytes(magic, got));
    if (std::fseek(stream, 0, SEEK_SET) != 0) return fail(CaptureError::Kind::CannotOpen, std::strerror(errno));
    m_format = pcapng ? Format::Pcapng : Format::Pcap;

    char errbuf[PCAP_ERRBUF_SIZE] = {};
    m_pcap = pcap_fopen_offline(stream, errbuf);
    if (!m_pcap) {
        const std::string why = errbuf;
        if (contains(why, "truncated")) return fail(CaptureError::Kind::TruncatedHeader, why);
        return fail(CaptureError::Kind::Damaged, why);
    }
    const int dlt = pcap_datalink(m_pcap);
    const std::optional<LinkType> link = linkTypeFromDlt(dlt);
    if (!link) {
        const char *name = pcap_datalink_val_to_name(dlt);
        m_error.linkType = dlt;
        return fail(CaptureError::Kind::UnsupportedLinkType, name ? name : "");
    }
    m_linkType = *link;
    return true;
}

std::uint64_t CaptureReader::position() const
{
    if (!m_pcap) return 0;
    const long at = std::ftell(pcap_file(m_pcap));
    return at < 0 ? 0 : static_cast<std::uint64_t>(at);
}

CaptureReader::Read CaptureReader::readOne(Packet &packet, std::uint64_t number)
{
    if (!m_pcap) return Read::Error;
    packet.offset = position();
    pcap_pkthdr *header = nullptr;
    const unsigned char *data = nullptr;
    const int rc = pcap_next_ex(m_pcap, &header, &data);
    if (rc == 1) {
        packet.number = number;
        // A damaged pcapng block may claim any 64-bit time: kept within ±2^42 s (about 140,000
        // years), so that times and their differences stay inside 64 bits of microseconds.
        constexpr std::int64_t kMaxSeconds = std::int64_t{1} << 42;
        const auto sec = std::clamp<std::int64_t>(header->ts.tv_sec, -kMaxSeconds, kMaxSeconds);
        packet.tUs = sec * 1000000 + std::clamp<std::int64_t>(header->ts.tv_usec, 0, 999999);
        packet.wireLength = header->len;
        packet.bytes = std::span<const std::uint8_t>(data, header->caplen);
        return Read::Packet;
    }
    if (rc == PCAP_ERROR_BREAK) return Read::End; // no more packets
    // libpcap says "truncated dump file; tried to read 1514 captured bytes, only got 20" and the
    // like; a read that stopped at the end of the file is a truncation whatever the words.
    const std::string why = pcap_geterr(m_pcap);
    const bool truncated = contains(why, "truncated") || (m_size > 0 && position() >= m_size);
    m_error.kind = truncated ? CaptureError::Kind::TruncatedRecord : CaptureError::Kind::Damaged;
    m_error.detail = why;
    m_error.packet = number;
    m_error.offset = packet.offset;
    return Read::Error;
}

CaptureReader::Read CaptureReader::next(Packet &packet)
{
    const Read r = readOne(packet, m_packets + 1);
    if (r == Read::Packet) ++m_packets;
    return r;
}

CaptureReader::Read CaptureReader::readAt(std::uint64_t offset, std::uint64_t number, Packet &packet)
{
    if (!m_pcap) return Read::Error;
    if (std::fseek(pcap_file(m_pcap), static_cast<long>(offset), SEEK_SET) != 0) {
        m_error.kind = CaptureError::Kind::Damaged;
        m_error.detail = std::strerror(errno);
        m_error.packet = number;
        m_error.offset = offset;
        return Read::Error;
    }
    const Read r = readOne(packet, number);
    if (r == Read::Packet) m_packets = number;
    return r;
}

} // namespace wirestep
