#pragma once
#include "core/wire/pcap_file.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>

namespace wirestep {

// Reads classic pcap files (both byte orders; microsecond magic 0xA1B2C3D4 and nanosecond
// magic 0xA1B23C4D; link types Ethernet 1, RAW 101 and IPV4 228) in plain C++, so that it can be
// fuzzed. Input is untrusted: no byte past the end is read, record lengths above
// kMaxRecordLen are refused, and a truncated or garbled file gives a one-line error naming
// the record and the byte offset where it went wrong.
class PcapReader {
public:
    static constexpr std::uint32_t kLinkTypeEthernet = 1;
    static constexpr std::uint32_t kLinkTypeRaw = 101;
    static constexpr std::uint32_t kLinkTypeIpv4 = 228;
    static constexpr std::size_t kGlobalHeaderLen = 24;
    static constexpr std::size_t kRecordHeaderLen = 16;
    // Wireshark's largest snapshot length; an incl_len above it means a garbled file.
    static constexpr std::uint32_t kMaxRecordLen = 262144;

    static std::optional<PcapFile> parse(std::span<const std::uint8_t> bytes,
                                         std::string *error = nullptr);
    static std::optional<PcapFile> readFile(const std::string &path, std::string *error = nullptr);
};

} // namespace wirestep
