#include "core/live/native_listener.h"

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace wirestep {

namespace {

NativeListener::Result open(std::uint16_t port, bool reuseAddress, int backlog, bool doListen)
{
    NativeListener::Result r;
    auto fail = [&](const char *call) {
        r.error = errno;
        r.errorText = QString::fromLocal8Bit(std::strerror(r.error));
        r.failedCall = call;
        if (r.fd >= 0) ::close(r.fd);
        r.fd = -1;
        return r;
    };
    r.fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (r.fd < 0) return fail("socket");
    const int on = reuseAddress ? 1 : 0;
    ::setsockopt(r.fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK); // loopback only, never 0.0.0.0
    if (::bind(r.fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) return fail("bind");
    if (doListen && ::listen(r.fd, backlog) != 0) return fail("listen");
    socklen_t length = sizeof address;
    ::getsockname(r.fd, reinterpret_cast<sockaddr *>(&address), &length);
    r.port = ntohs(address.sin_port);
    return r;
}

} // namespace

NativeListener::Result NativeListener::listen(std::uint16_t port, bool reuseAddress, int backlog)
{
    return open(port, reuseAddress, backlog, true);
}

NativeListener::Result NativeListener::bindOnly(std::uint16_t port) { return open(port, false, 0, false); }

void NativeListener::closeDescriptor(int fd)
{
    if (fd >= 0) ::close(fd);
}

} // namespace wirestep
