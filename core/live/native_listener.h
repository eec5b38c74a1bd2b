#pragma once
#include <QString>

#include <cstdint>

namespace wirestep {

// A listening TCP socket on 127.0.0.1 made with socket(), bind() and listen() directly, so that
// the lab decides about SO_REUSEADDR (QTcpServer::listen always sets it on Unix and would never
// show "Address already in use"). The descriptor is handed to QTcpServer::setSocketDescriptor,
// which owns it from then on; otherwise the caller closes it with closeDescriptor().
class NativeListener {
public:
    struct Result {
        int fd = -1;            // -1 when it failed
        std::uint16_t port = 0; // the port bound
        int error = 0;          // errno of the call that failed
        QString errorText;      // strerror(error)
        const char *failedCall = nullptr; // "socket", "bind" or "listen"
    };

    // listen() on 127.0.0.1:port (0 = chosen by the system), with or without SO_REUSEADDR.
    static Result listen(std::uint16_t port, bool reuseAddress, int backlog = 16);
    // bind() only, no listen(): the port is taken, but a connect() to it is refused.
    static Result bindOnly(std::uint16_t port);
    static void closeDescriptor(int fd);
};

} // namespace wirestep
