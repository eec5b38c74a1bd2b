#pragma once
#include "core/trace/node_id.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace wirestep {

enum class Protocol { Tcp, Udp };
std::string_view toString(Protocol p); // "TCP" / "UDP"

// TCP header flag bits, as on the wire (RFC 9293 §3.1).
namespace TcpFlag {
inline constexpr std::uint8_t FIN = 0x01;
inline constexpr std::uint8_t SYN = 0x02;
inline constexpr std::uint8_t RST = 0x04;
inline constexpr std::uint8_t PSH = 0x08;
inline constexpr std::uint8_t ACK = 0x10;
inline constexpr std::uint8_t URG = 0x20;
} // namespace TcpFlag

// Each flag and its name, in the order textbooks and Wireshark write them, ACK last:
// "SYN, ACK", "FIN, ACK", "RST, ACK", "PSH, ACK".
struct FlagName {
    std::uint8_t bit;
    std::string_view name;
};
inline constexpr std::array<FlagName, 6> kFlagOrder{{
    {TcpFlag::SYN, "SYN"},
    {TcpFlag::FIN, "FIN"},
    {TcpFlag::RST, "RST"},
    {TcpFlag::PSH, "PSH"},
    {TcpFlag::URG, "URG"},
    {TcpFlag::ACK, "ACK"},
}};
// Names of the set flags in that order.
std::vector<std::string_view> flagNames(std::uint8_t flags);
// "SYN", "SYN, ACK", "FIN, ACK", "ACK"; empty string for no flags.
std::string flagsToString(std::uint8_t flags);
// Parses one flag name ("SYN", "ack" ...); nullopt if unknown.
std::optional<std::uint8_t> flagFromString(std::string_view name);

// Why a segment was sent, when it was not simply new data or an acknowledgment owed: what
// triggered a retransmission, or which timer sent a probe. Tokens (toString, in the token table of
// core/trace/trace_event.cpp) are the JSON Lines `send_cause` values (docs/trace-format.md).
enum class SendCause : std::uint8_t {
    None,           // new data, a SYN or FIN sent the first time, an ACK, a RST
    Timeout,        // "timeout": the retransmission timer expired (RFC 6298 §5.4)
    FastRetransmit, // "fast-retransmit": the third duplicate ACK arrived (RFC 5681 §3.2)
    Recovery,       // "recovery": a partial ACK after a retransmission showed the next hole (RFC 6582)
    RepeatedSyn,    // "repeated-syn": the peer's SYN came again, so our SYN,ACK was lost
    WindowProbe,    // "window-probe": the persist timer probes a zero window (RFC 9293 §3.8.6.1)
    KeepaliveProbe, // "keepalive-probe": the keepalive timer probes an idle connection (RFC 1122 §4.2.3.6)
    TailLossProbe,  // "tail-loss-probe": the probe timeout (PTO) expired, linux profile (RFC 8985 §7.3):
                    // the last segment sent again (retransmission set), or new data
};
std::string_view toString(SendCause c); // "" for None
std::optional<SendCause> sendCauseFromString(std::string_view token);

// A TCP segment or UDP datagram, with every header field a real packet has.
// For UDP only proto, from, sport, dport and payload are meaningful.
struct Segment {
    std::uint64_t id = 0;          // unique within one simulation, set by the simulator when sent
    Protocol proto = Protocol::Tcp;
    NodeId from = NodeId::Client;  // the sending node
    std::uint16_t sport = 0;
    std::uint16_t dport = 0;
    std::uint32_t seq = 0;
    std::uint32_t ack = 0;
    std::uint8_t flags = 0;
    std::uint16_t window = 0;
    std::uint16_t mss = 0;         // MSS option value; 0 = no option (only SYNs carry it)
    std::string payload;           // the data bytes
    bool retransmission = false;   // sent again by a timer or fast retransmit
    bool keepalive = false;        // a keepalive probe (RFC 1122 §4.2.3.6)
    bool injected = false;         // put on the link by the scenario, not by a node
    SendCause sendCause = SendCause::None; // why it was sent again, or which timer probes with it

    bool has(std::uint8_t flag) const { return (flags & flag) != 0; }
    // SEG.LEN: data length, plus one for SYN, plus one for FIN (RFC 9293 §3.4).
    std::uint32_t seqLen() const
    {
        return static_cast<std::uint32_t>(payload.size()) + (has(TcpFlag::SYN) ? 1u : 0u)
            + (has(TcpFlag::FIN) ? 1u : 0u);
    }
    // Textbook label: "SYN seq=100", "SYN, ACK seq=300 ack=101", "ACK seq=101 ack=301 len=6",
    // "UDP 5000→53 len=12".
    std::string label() const;
};

} // namespace wirestep
