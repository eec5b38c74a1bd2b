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

} // namespace wirestep
