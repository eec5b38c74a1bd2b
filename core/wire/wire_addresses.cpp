#include "core/wire/wire_addresses.h"

#include <cstdio>

namespace wirestep {

std::string toString(const Ipv4Address &a)
{
    char buf[16];
    std::snprintf(buf, sizeof buf, "%u.%u.%u.%u", a[0], a[1], a[2], a[3]);
    return buf;
}

std::string toString(const MacAddress &m)
{
    char buf[18];
    std::snprintf(buf, sizeof buf, "%02x:%02x:%02x:%02x:%02x:%02x", m[0], m[1], m[2], m[3], m[4],
                  m[5]);
    return buf;
}

std::string toString(const Ipv6Address &a)
{
    std::array<unsigned, 8> group{};
    for (std::size_t i = 0; i < 8; ++i) group[i] = static_cast<unsigned>(a[2 * i] << 8 | a[2 * i + 1]);
    // RFC 5952 §4.2: the longest run of at least two zero groups becomes "::".
    std::size_t bestStart = 8, bestLen = 0;
    for (std::size_t i = 0; i < 8;) {
        if (group[i] != 0) {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < 8 && group[j] == 0) ++j;
        if (j - i >= 2 && j - i > bestLen) {
            bestStart = i;
            bestLen = j - i;
        }
        i = j;
    }
    std::string out;
    char buf[8];
    for (std::size_t i = 0; i < 8; ++i) {
        if (i == bestStart) {
            out += "::";
            i += bestLen - 1;
            continue;
        }
        if (!out.empty() && out.back() != ':') out += ':';
        std::snprintf(buf, sizeof buf, "%x", group[i]);
        out += buf;
    }
    return out;
}

std::string toString(const IpAddress &a)
{
    if (a.version == 4) return toString(Ipv4Address{a.bytes[0], a.bytes[1], a.bytes[2], a.bytes[3]});
    return toString(a.bytes);
}

IpAddress IpAddress::v4(const Ipv4Address &a)
{
    IpAddress ip;
    ip.version = 4;
    for (std::size_t i = 0; i < 4; ++i) ip.bytes[i] = a[i];
    return ip;
}

IpAddress IpAddress::v6(const Ipv6Address &a)
{
    IpAddress ip;
    ip.version = 6;
    ip.bytes = a;
    return ip;
}

} // namespace wirestep
