#include "core/live/sock_diag.h"

#include <cerrno>
#include <cstring>

#ifdef __linux__
#include <arpa/inet.h>
#include <linux/inet_diag.h>
#include <linux/netlink.h>
#include <linux/sock_diag.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace wirestep {

namespace {

bool isV4Mapped(const SockDiag::Address &a)
{
    for (int i = 0; i < 10; ++i)
        if (a[static_cast<std::size_t>(i)] != 0) return false;
    return a[10] == 0xff && a[11] == 0xff;
}

// NLMSG_OK without its comparison of the signed length with the unsigned nlmsg_len (clang's
// -Wsign-compare).
bool messageFits(const nlmsghdr *h, int left)
{
    return left >= static_cast<int>(sizeof(nlmsghdr)) && h->nlmsg_len >= sizeof(nlmsghdr)
        && h->nlmsg_len <= static_cast<unsigned>(left);
}

} // namespace

#ifdef __linux__

SockDiag::SockDiag()
{
    m_fd = ::socket(AF_NETLINK, SOCK_DGRAM | SOCK_CLOEXEC, NETLINK_SOCK_DIAG);
    if (m_fd < 0) return;
    timeval tv{0, 200000}; // a kernel that does not answer must not hang the lab
    ::setsockopt(m_fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
}

SockDiag::~SockDiag()
{
    if (m_fd >= 0) ::close(m_fd);
}

std::optional<int> SockDiag::state(const Address &local, std::uint16_t localPort, const Address &remote,
                                   std::uint16_t remotePort, bool *failed)
{
    if (failed) *failed = false;
    auto fail = [&]() -> std::optional<int> {
        if (failed) *failed = true;
        return std::nullopt;
    };
    if (m_fd < 0) return fail();

    struct Request {
        nlmsghdr header;
        inet_diag_req_v2 body;
    } request{};
    request.header.nlmsg_len = sizeof request;
    request.header.nlmsg_type = SOCK_DIAG_BY_FAMILY;
    request.header.nlmsg_flags = NLM_F_REQUEST;
    request.header.nlmsg_seq = ++m_sequence;
    request.body.sdiag_protocol = IPPROTO_TCP;
    request.body.idiag_states = ~0u;
    request.body.id.idiag_sport = htons(localPort);
    request.body.id.idiag_dport = htons(remotePort);
    request.body.id.idiag_cookie[0] = INET_DIAG_NOCOOKIE;
    request.body.id.idiag_cookie[1] = INET_DIAG_NOCOOKIE;
    const bool v4 = isV4Mapped(local);
    request.body.sdiag_family = v4 ? AF_INET : AF_INET6;
    if (v4) {
        std::memcpy(&request.body.id.idiag_src[0], local.data() + 12, 4);
        if (isV4Mapped(remote)) std::memcpy(&request.body.id.idiag_dst[0], remote.data() + 12, 4);
    } else {
        std::memcpy(request.body.id.idiag_src, local.data(), 16);
        std::memcpy(request.body.id.idiag_dst, remote.data(), 16);
    }
    sockaddr_nl kernel{};
    kernel.nl_family = AF_NETLINK;
    if (::sendto(m_fd, &request, sizeof request, 0, reinterpret_cast<sockaddr *>(&kernel), sizeof kernel) < 0) return fail();

    alignas(nlmsghdr) char buffer[8192];
    // Bounded: answers to earlier, abandoned questions are skipped, a few at most.
    for (int attempt = 0; attempt < 8; ++attempt) {
        const ssize_t received = ::recv(m_fd, buffer, sizeof buffer, 0);
        if (received < 0) return fail();
        int left = static_cast<int>(received);
        for (auto *h = reinterpret_cast<nlmsghdr *>(buffer); messageFits(h, left); h = NLMSG_NEXT(h, left)) {
            if (h->nlmsg_seq != m_sequence) continue;
            if (h->nlmsg_type == NLMSG_ERROR) {
                const auto *err = static_cast<const nlmsgerr *>(NLMSG_DATA(h));
                if (err->error == -ENOENT) return std::nullopt; // no such socket
                return fail();
            }
            if (h->nlmsg_type == SOCK_DIAG_BY_FAMILY) {
                const auto *msg = static_cast<const inet_diag_msg *>(NLMSG_DATA(h));
                // A lookup that finds no connection falls back to the port's listener: that
                // is not the socket asked for.
                if (msg->id.idiag_dport != request.body.id.idiag_dport
                    || std::memcmp(msg->id.idiag_dst, request.body.id.idiag_dst, sizeof msg->id.idiag_dst) != 0)
                    return std::nullopt;
                return static_cast<int>(msg->idiag_state);
            }
        }
    }
    return fail();
}

#else

SockDiag::SockDiag() = default;
SockDiag::~SockDiag() = default;

std::optional<int> SockDiag::state(const Address &, std::uint16_t, const Address &, std::uint16_t, bool *failed)
{
    if (failed) *failed = true;
    return std::nullopt;
}

#endif

} // namespace wirestep
