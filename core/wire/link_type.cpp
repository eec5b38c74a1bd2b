#include "core/wire/link_type.h"

#include <pcap/pcap.h>

namespace wirestep {

std::string_view toString(LinkType t)
{
    switch (t) {
    case LinkType::Ethernet: return "ethernet";
    case LinkType::LinuxSll: return "linux-sll";
    case LinkType::LinuxSll2: return "linux-sll2";
    case LinkType::Null: return "null";
    case LinkType::Loop: return "loop";
    case LinkType::Raw: return "raw";
    case LinkType::Ipv4: return "ipv4";
    case LinkType::Ipv6: return "ipv6";
    }
    return "?";
}

std::optional<LinkType> linkTypeFromDlt(int dlt)
{
    // libpcap maps a file's LINKTYPE_ value to this platform's DLT_ value (LINKTYPE_RAW 101
    // becomes DLT_RAW, 12 on Linux), so compare with the DLT_ names.
    switch (dlt) {
    case DLT_EN10MB: return LinkType::Ethernet;
    case DLT_LINUX_SLL: return LinkType::LinuxSll;
#ifdef DLT_LINUX_SLL2
    case DLT_LINUX_SLL2: return LinkType::LinuxSll2;
#endif
    case DLT_NULL: return LinkType::Null;
    case DLT_LOOP: return LinkType::Loop;
    case DLT_RAW: return LinkType::Raw;
#ifdef DLT_IPV4
    case DLT_IPV4: return LinkType::Ipv4;
#endif
#ifdef DLT_IPV6
    case DLT_IPV6: return LinkType::Ipv6;
#endif
    default: return std::nullopt;
    }
}

} // namespace wirestep
