#include "core/wire/checksum.h"

#include <array>

namespace wirestep {

std::uint32_t checksumAdd(std::uint32_t sum, std::span<const std::uint8_t> data)
{
    std::size_t i = 0;
    for (; i + 1 < data.size(); i += 2) {
        sum += static_cast<std::uint32_t>(data[i]) << 8 | data[i + 1];
        // Fold early so that even a 4 GiB buffer cannot overflow the 32-bit accumulator.
        if (sum & 0x80000000u) sum = (sum & 0xFFFF) + (sum >> 16);
    }
    if (i < data.size()) sum += static_cast<std::uint32_t>(data[i]) << 8;
    return sum;
}

std::uint16_t checksumFinish(std::uint32_t sum)
{
    while (sum >> 16) sum = (sum & 0xFFFF) + (sum >> 16);
    return static_cast<std::uint16_t>(~sum & 0xFFFF);
}

std::uint16_t internetChecksum(std::span<const std::uint8_t> data)
{
    return checksumFinish(checksumAdd(0, data));
}

std::uint16_t transportChecksum(std::span<const std::uint8_t, 4> source,
                                std::span<const std::uint8_t, 4> destination, std::uint8_t protocol,
                                std::span<const std::uint8_t> segment)
{
    const auto length = static_cast<std::uint16_t>(segment.size());
    const std::array<std::uint8_t, 4> tail{0, protocol, static_cast<std::uint8_t>(length >> 8),
                                           static_cast<std::uint8_t>(length & 0xFF)};
    std::uint32_t sum = checksumAdd(0, source);
    sum = checksumAdd(sum, destination);
    sum = checksumAdd(sum, tail);
    sum = checksumAdd(sum, segment);
    return checksumFinish(sum);
}

std::uint16_t transportChecksum6(std::span<const std::uint8_t, 16> source,
                                 std::span<const std::uint8_t, 16> destination, std::uint8_t protocol,
                                 std::span<const std::uint8_t> segment)
{
    const auto length = static_cast<std::uint32_t>(segment.size());
    const std::array<std::uint8_t, 8> tail{static_cast<std::uint8_t>(length >> 24), static_cast<std::uint8_t>(length >> 16),
                                           static_cast<std::uint8_t>(length >> 8), static_cast<std::uint8_t>(length & 0xFF),
                                           0, 0, 0, protocol};
    std::uint32_t sum = checksumAdd(0, source);
    sum = checksumAdd(sum, destination);
    sum = checksumAdd(sum, tail);
    sum = checksumAdd(sum, segment);
    return checksumFinish(sum);
}

} // namespace wirestep
