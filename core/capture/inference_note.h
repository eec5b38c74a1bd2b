#pragma once
#include "core/trace/node_id.h"

#include <cstdint>
#include <string_view>

namespace wirestep {

// Something the capture does not tell about a connection, said once for the whole trace
// (docs/captures.md, "Inferred states"). The states themselves carry their own reasons.
struct InferenceNote {
    enum class Kind {
        MidConnection, // the capture starts after the handshake: both sides taken to be ESTABLISHED
        Silent,        // `node` sent nothing: its state cannot be inferred
        ResetIgnored,  // packet `packet`'s RST was not at the next byte `node` expected (RFC 5961 §3.2)
    };
    Kind kind = Kind::MidConnection;
    NodeId node = NodeId::Client;
    std::uint64_t packet = 0;
};

// "mid-connection", "silent", "reset-ignored".
std::string_view toString(InferenceNote::Kind k);

} // namespace wirestep
