#include "core/trace/node_id.h"

namespace wirestep {

std::string_view toString(NodeId n)
{
    switch (n) {
    case NodeId::Client: return "client";
    case NodeId::Server: return "server";
    }
    return "?";
}

std::optional<NodeId> nodeFromString(std::string_view s)
{
    if (s == "client") return NodeId::Client;
    if (s == "server") return NodeId::Server;
    return std::nullopt;
}

} // namespace wirestep
