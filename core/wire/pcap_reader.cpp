#include "core/wire/pcap_reader.h"

#include <bit>
#include <cstdio>
#include <fstream>
#include <iterator>

namespace wirestep {

namespace {

constexpr std::uint32_t kMagicUs = 0xA1B2C3D4;
constexpr std::uint32_t kMagicNs = 0xA1B23C4D;
constexpr std::uint32_t kMagicPcapng = 0x0A0D0D0A;

std::uint32_t readLe32(std::span<const std::uint8_t> b, std::size_t at)
{
    return std::uint32_t{b[at]} | std::uint32_t{b[at + 1]} << 8 | std::uint32_t{b[at + 2]} << 16
        | std::uint32_t{b[at + 3]} << 24;
}

std::uint32_t readBe32(std::span<const std::uint8_t> b, std::size_t at)
{
    return std::uint32_t{b[at]} << 24 | std::uint32_t{b[at + 1]} << 16
        | std::uint32_t{b[at + 2]} << 8 | std::uint32_t{b[at + 3]};
}

std::string hex32(std::uint32_t v)
{
    char buf[12];
    std::snprintf(buf, sizeof buf, "0x%08x", v);
    return buf;
}

std::optional<PcapFile> fail(std::string *error, std::string reason)
{
    if (error) *error = std::move(reason);
    return std::nullopt;
}

} // namespace

std::optional<PcapFile> PcapReader::parse(std::span<const std::uint8_t> b, std::string *error)
{
    if (b.size() < kGlobalHeaderLen)
        return fail(error, "not a pcap file: " + std::to_string(b.size())
                               + " bytes is shorter than the 24-byte global header");

    // The magic number tells the writer's byte order: read it little-endian and see.
    PcapFile file;
    bool bigEndian = false;
    const std::uint32_t le = readLe32(b, 0);
    const std::uint32_t be = readBe32(b, 0);
    if (le == kMagicUs || le == kMagicNs) {
        file.nanosecond = le == kMagicNs;
    } else if (be == kMagicUs || be == kMagicNs) {
        bigEndian = true;
        file.nanosecond = be == kMagicNs;
    } else if (le == kMagicPcapng) {
        return fail(error, "pcapng files are not supported; save the capture as classic pcap");
    } else {
        return fail(error, "not a pcap file: unknown magic number " + hex32(be));
    }
    file.swapped = bigEndian != (std::endian::native == std::endian::big);

    auto u32 = [&](std::size_t at) { return bigEndian ? readBe32(b, at) : readLe32(b, at); };
    auto u16 = [&](std::size_t at) {
        return static_cast<std::uint16_t>(bigEndian ? (b[at] << 8 | b[at + 1])
                                                    : (b[at] | b[at + 1] << 8));
    };

    file.versionMajor = u16(4);
    file.versionMinor = u16(6);
    file.thiszone = static_cast<std::int32_t>(u32(8));
    file.sigfigs = u32(12);
    file.snaplen = u32(16);
    file.linkType = u32(20) & 0x0FFFFFFF; // the top bits may carry FCS information
    if (file.versionMajor != 2)
        return fail(error, "unsupported pcap version " + std::to_string(file.versionMajor) + "."
                               + std::to_string(file.versionMinor) + ", expected 2.4");
    if (file.linkType != kLinkTypeEthernet && file.linkType != kLinkTypeRaw
        && file.linkType != kLinkTypeIpv4)
        return fail(error, "unsupported link type " + std::to_string(file.linkType)
                               + " (Ethernet 1, RAW 101 and IPV4 228 are supported)");

    const std::uint32_t fractionLimit = file.nanosecond ? 1000000000u : 1000000u;
    std::size_t at = kGlobalHeaderLen;
    while (at < b.size()) {
        const std::size_t number = file.records.size() + 1;
        const std::string where =
            "record " + std::to_string(number) + " at byte " + std::to_string(at);
        if (b.size() - at < kRecordHeaderLen)
            return fail(error, "truncated " + where + ": " + std::to_string(b.size() - at)
                                   + " bytes left of a 16-byte record header");
        PcapRecord r;
        r.tsSec = u32(at);
        r.tsFraction = u32(at + 4);
        const std::uint32_t inclLen = u32(at + 8);
        r.origLen = u32(at + 12);
        if (r.tsFraction >= fractionLimit)
            return fail(error, "garbled " + where + ": timestamp fraction "
                                   + std::to_string(r.tsFraction) + " is not below "
                                   + std::to_string(fractionLimit));
        if (inclLen > kMaxRecordLen)
            return fail(error, "garbled " + where + ": captured length "
                                   + std::to_string(inclLen) + " exceeds the maximum of "
                                   + std::to_string(kMaxRecordLen));
        if (inclLen > r.origLen)
            return fail(error, "garbled " + where + ": captured length "
                                   + std::to_string(inclLen)
                                   + " is larger than the original length "
                                   + std::to_string(r.origLen));
        at += kRecordHeaderLen;
        if (b.size() - at < inclLen)
            return fail(error, "truncated " + where + ": " + std::to_string(inclLen)
                                   + " packet bytes announced, " + std::to_string(b.size() - at)
                                   + " left");
        r.data.assign(b.begin() + static_cast<std::ptrdiff_t>(at),
                      b.begin() + static_cast<std::ptrdiff_t>(at + inclLen));
        at += inclLen;
        file.records.push_back(std::move(r));
    }
    return file;
}

std::optional<PcapFile> PcapReader::readFile(const std::string &path, std::string *error)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) return fail(error, "cannot open " + path);
    const std::vector<std::uint8_t> bytes{std::istreambuf_iterator<char>(in),
                                          std::istreambuf_iterator<char>()};
    if (in.bad()) return fail(error, "cannot read " + path);
    return parse(bytes, error);
}

} // namespace wirestep
