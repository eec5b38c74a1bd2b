#pragma once
#include <array>
#include <cstdint>
#include <optional>

namespace wirestep {

// Asks the Linux kernel for the state of one TCP socket by its addresses (NETLINK_SOCK_DIAG,
// the interface `ss` uses). One lookup is a hash probe in the kernel, where reading
// /proc/net/tcp walks every bucket of the connection table (milliseconds on a big table).
// Addresses are IPv6 bytes, IPv4 as ::ffff:a.b.c.d; a listening socket has remote :: port 0.
class SockDiag {
public:
    using Address = std::array<std::uint8_t, 16>;

    SockDiag();
    ~SockDiag();
    SockDiag(const SockDiag &) = delete;
    SockDiag &operator=(const SockDiag &) = delete;

    bool isOpen() const { return m_fd >= 0; }
    // The kernel's state number of the socket (1 ESTABLISHED ... 12 NEW_SYN_RECV); nullopt if
    // there is no such socket. `failed` is set when the kernel could not be asked at all.
    std::optional<int> state(const Address &local, std::uint16_t localPort, const Address &remote,
                             std::uint16_t remotePort, bool *failed = nullptr);

private:
    int m_fd = -1;
    std::uint32_t m_sequence = 0;
};

} // namespace wirestep
