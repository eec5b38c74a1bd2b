#pragma once
#include <QString>

#include <cstdint>

namespace wirestep {

// How the lossy UDP relay treats each datagram (UdpRelay). All zero: it forwards everything at once.
struct RelayConfig {
    double loss = 0.0;       // probability that a datagram is dropped
    double duplicate = 0.0;  // probability that a datagram is sent twice
    int delayMs = 0;         // added one-way delay
    std::uint64_t seed = 1;  // the relay's random numbers; the same seed gives the same choices

    bool active() const { return loss > 0.0 || duplicate > 0.0 || delayMs > 0; }
};

// What the user may choose for a live lab. Zero / empty means "the lab's default".
struct LabOptions {
    QString message;          // the text to send (echo, chat, udp-chat), the format (udp-time)
    bool messageSet = false;  // true when `message` was given, even empty (udp-time: default format)
    int clients = 0;          // chat and echo: how many clients at once
    std::uint16_t port = 0;   // the server's port; 0 = chosen by the system
    bool observeKernel = true; // sample the kernel's TCP states (Linux /proc)
    bool capture = true;       // capture real segments on "lo" when permitted
    RelayConfig relay;         // UDP labs: the lossy relay between the two sides
};

} // namespace wirestep
