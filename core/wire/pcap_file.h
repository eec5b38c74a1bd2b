#pragma once
#include <cstdint>
#include <vector>

namespace wirestep {

// One packet record of a classic pcap file.
struct PcapRecord {
    std::uint32_t tsSec = 0;
    std::uint32_t tsFraction = 0;   // microseconds, or nanoseconds if the file says so
    std::uint32_t origLen = 0;      // length on the wire; data may be shorter (snaplen)
    std::vector<std::uint8_t> data; // the incl_len captured bytes

    // The timestamp in nanoseconds since 1970.
    std::int64_t timestampNs(bool nanosecond) const
    {
        return std::int64_t{tsSec} * 1000000000 + std::int64_t{tsFraction} * (nanosecond ? 1 : 1000);
    }
};

// A classic pcap file: its global header and its records, in file order.
struct PcapFile {
    bool swapped = false;     // written in the other byte order than this machine's
    bool nanosecond = false;  // magic 0xA1B23C4D: fractions are nanoseconds
    std::uint16_t versionMajor = 0;
    std::uint16_t versionMinor = 0;
    std::int32_t thiszone = 0;
    std::uint32_t sigfigs = 0;
    std::uint32_t snaplen = 0;
    std::uint32_t linkType = 0; // 1 Ethernet, 101 RAW, 228 IPV4
    std::vector<PcapRecord> records;
};

} // namespace wirestep
