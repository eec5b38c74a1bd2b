#pragma once
#include <optional>
#include <string_view>

namespace wirestep {

// The two endpoints of every simulation: the RFC's "TCP A" and "TCP B".
// Either one may perform any action; the names only say who started the lesson.
enum class NodeId { Client = 0, Server = 1 };

constexpr NodeId peerOf(NodeId n) { return n == NodeId::Client ? NodeId::Server : NodeId::Client; }
constexpr int indexOf(NodeId n) { return static_cast<int>(n); }

std::string_view toString(NodeId n);
std::optional<NodeId> nodeFromString(std::string_view s);

} // namespace wirestep
