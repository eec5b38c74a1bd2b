#include "ui/panels/field_explainer.h"
#include "core/narration/terms.h"

#include "core/narration/narrator.h"

#include <QStringList>

#include <algorithm>
#include <cstdlib>
#include <cstring>

namespace wirestep {

namespace {

QString hex(unsigned value, int digits)
{
    return QStringLiteral("0x%1").arg(value, digits, 16, QLatin1Char('0'));
}

QString qs(const std::string &s) { return QString::fromStdString(s); }

bool sameBytes(const std::vector<std::uint8_t> &a, const FieldRange &ra, const std::vector<std::uint8_t> &b,
               const FieldRange &rb)
{
    if (ra.length != rb.length || ra.offset + ra.length > a.size() || rb.offset + rb.length > b.size()) return false;
    return std::equal(a.begin() + static_cast<std::ptrdiff_t>(ra.offset),
                      a.begin() + static_cast<std::ptrdiff_t>(ra.offset + ra.length),
                      b.begin() + static_cast<std::ptrdiff_t>(rb.offset));
}

bool isLayer(const std::string &name)
{
    return name == "eth" || name == "sll" || name == "null" || name == "vlan" || name == "vlan2" || name == "ip" || name == "ipv6"
        || name == "tcp" || name == "udp" || name == "payload";
}

QString hexBytes(const std::uint8_t *b, std::size_t n)
{
    QStringList parts;
    for (std::size_t i = 0; i < n; ++i) parts << QStringLiteral("%1").arg(b[i], 2, 16, QLatin1Char('0'));
    return parts.join(QLatin1Char(':'));
}

// The service behind a well-known port (docs/teaching-notes.md), or empty.
QString serviceOf(std::uint16_t port)
{
    switch (port) {
    case 20: return QStringLiteral("FTP data");
    case 21: return QStringLiteral("FTP");
    case 22: return QStringLiteral("SSH");
    case 23: return QStringLiteral("Telnet");
    case 25: return QStringLiteral("SMTP");
    case 53: return QStringLiteral("DNS");
    case 69: return QStringLiteral("TFTP");
    case 80: return QStringLiteral("HTTP");
    case 3306: return QStringLiteral("MySQL");
    default: return {};
    }
}

} // namespace

QString FieldExplainer::layerTitle(const std::string &layer)
{
    if (layer == "eth") return tr("Ethernet II");
    if (layer == "ip") return tr("Internet Protocol version 4");
    if (layer == "tcp") return tr("Transmission Control Protocol");
    if (layer == "udp") return tr("User Datagram Protocol");
    if (layer == "payload") return tr("Data");
    if (layer == "sll") return tr("Linux cooked capture");
    if (layer == "null") return tr("Loopback");
    if (layer == "vlan" || layer == "vlan2") return tr("802.1Q VLAN tag");
    if (layer == "ipv6") return tr("Internet Protocol version 6");
    return qs(layer);
}

std::vector<PacketField> FieldExplainer::explain(const DecodedPacket &packet, const Context &context,
                                                 const std::vector<std::uint8_t> &bytes, const DecodedPacket *previous,
                                                 const std::vector<std::uint8_t> *previousBytes)
{
    std::vector<PacketField> layers;
    // The chain of open rows: a field whose name extends an open row's name is its child.
    std::vector<PacketField *> open;
    for (const FieldEntry &entry : packet.fields) {
        PacketField f = describe(entry, packet, context);
        if (previous && previousBytes && !isLayer(entry.name)) {
            const FieldRange *before = previous->field(entry.name);
            f.changed = !before || !sameBytes(bytes, entry.range, *previousBytes, *before);
        }
        if (entry.name == "tcp.flags") f.children = flagFields(packet, entry.range, previous);

        while (!open.empty() && entry.name.rfind(open.back()->name + ".", 0) != 0) open.pop_back();
        if (open.empty() || isLayer(entry.name)) {
            layers.push_back(std::move(f));
            open.assign(1, &layers.back());
        } else {
            open.back()->children.push_back(std::move(f));
            open.push_back(&open.back()->children.back());
        }
    }
    return layers;
}

PacketField FieldExplainer::describe(const FieldEntry &entry, const DecodedPacket &p, const Context &c)
{
    PacketField f;
    f.name = entry.name;
    f.range = entry.range;
    const std::string &n = entry.name;
    if (isLayer(n)) {
        f.title = layerTitle(n);
        f.value = tr("%n byte(s)", nullptr, static_cast<int>(entry.range.length));
        if (n == "eth") f.why = tr("The link layer: delivers the frame to the next machine on the same link.");
        if (n == "sll") f.why = tr("Not on the wire: Linux writes this header in captures on the \"any\" interface, in place of the real link layer, to say how the packet passed the host.");
        if (n == "null") f.why = tr("Not on the wire: a loopback capture starts each packet with the protocol's address family.");
        if (n == "vlan" || n == "vlan2") f.why = tr("A tag that puts the frame in a virtual LAN (IEEE 802.1Q).");
        if (n == "ipv6") f.why = tr("The network layer: carries the packet from host to host, across routers.");
        if (n == "ip") f.why = tr("The network layer: carries the packet from host to host, across routers.");
        if (n == "tcp") f.why = tr("The transport layer: a reliable, ordered byte stream between two ports.");
        if (n == "udp") f.why = tr("The transport layer: single datagrams between two ports, with no connection and no retransmission.");
        if (n == "payload") {
            f.value = tr("%n byte(s): “%1”", nullptr, static_cast<int>(p.payload.size()))
                          .arg(QString::fromLatin1(p.payload.data(), static_cast<qsizetype>(std::min<std::size_t>(p.payload.size(), 40))));
            if (p.truncated)
                f.value = tr("%1 of %2 bytes captured: “%3”")
                              .arg(p.payload.size())
                              .arg(p.payloadLength)
                              .arg(QString::fromLatin1(p.payload.data(), static_cast<qsizetype>(std::min<std::size_t>(p.payload.size(), 40))));
            f.why = p.proto == Protocol::Tcp
                ? tr("The application's bytes. TCP numbers every byte, so the sender's next segment starts at seq=%1.")
                      .arg(p.tcp.seq + static_cast<std::uint32_t>(p.payloadLength) + ((p.tcp.flags & TcpFlag::FIN) ? 1u : 0u))
                : tr("The application's data: one datagram arrives whole or not at all, with its boundaries kept.");
        }
        return f;
    }
    if (n == "eth.dst") {
        f.title = tr("Destination MAC");
        f.value = qs(toString(p.ethernet.destination));
        f.why = tr("The hardware address of the next machine on the link; here the peer itself.");
    } else if (n == "eth.src") {
        f.title = tr("Source MAC");
        f.value = qs(toString(p.ethernet.source));
        f.why = tr("The hardware address of the sending network card.");
    } else if (n == "eth.type" || n == "vlan.etype" || n == "vlan2.etype") {
        f.title = tr("Type");
        const unsigned type = n == "eth.type" && !p.vlans.empty() ? 0x8100 : p.ethernet.etherType;
        f.value = hex(type, 4);
        f.why = type == 0x8100 ? tr("0x8100: a VLAN tag follows.")
            : type == 0x86dd   ? tr("0x86dd: the frame carries an IPv6 packet.")
                               : tr("0x0800: the frame carries an IPv4 packet.");
    } else if (n.rfind("sll.", 0) == 0 || n == "null.family" || n == "vlan.id" || n == "vlan2.id") {
        describeLink(f, p);
    } else if (n == "eth.trailer") {
        f.title = tr("Padding");
        f.value = tr("%n byte(s)", nullptr, static_cast<int>(entry.range.length));
        f.why = tr("Fills the frame up to Ethernet's minimum size; not part of the packet.");
    } else if (n.rfind("ipv6.", 0) == 0) {
        describeIpv6(f, p, c);
    } else if (n.rfind("ip.", 0) == 0) {
        describeIp(f, p, c);
    } else if (n.rfind("tcp.options.", 0) == 0 && n != "tcp.options.mss" && n != "tcp.options.mss_val") {
        describeTcpOption(f, p, c);
    } else if (n.rfind("tcp.", 0) == 0) {
        describeTcp(f, p, c);
    } else if (n.rfind("udp.", 0) == 0) {
        describeUdp(f, p, c);
    } else {
        f.title = qs(n);
    }
    return f;
}

void FieldExplainer::describeIp(PacketField &f, const DecodedPacket &p, const Context &c)
{
    const Ipv4Header &h = p.ip;
    const std::string &n = f.name;
    const QString transport = p.proto == Protocol::Tcp ? QStringLiteral("TCP") : QStringLiteral("UDP");
    const std::size_t ipLen = std::size_t{h.ihl} * 4;
    if (n == "ip.version") {
        f.title = tr("Version");
        f.value = QString::number(h.version);
        f.why = tr("4: this is an IPv4 packet.");
    } else if (n == "ip.hdr_len") {
        f.title = tr("Header length");
        f.value = tr("%1 bytes").arg(ipLen);
        f.why = tr("%1 bytes: an IPv4 header without options (counted in 4-byte words: %2).").arg(ipLen).arg(h.ihl);
    } else if (n == "ip.dsfield") {
        f.title = tr("Differentiated services");
        f.value = hex(h.dscpEcn, 2);
        f.why = tr("No special treatment asked of routers (DSCP and ECN unused).");
    } else if (n == "ip.options") {
        f.title = tr("Options");
        f.value = tr("%n byte(s)", nullptr, static_cast<int>(f.range.length));
        f.why = tr("Extra IPv4 header fields; rare today.");
    } else if (n == "ip.len") {
        f.title = tr("Total length");
        f.value = tr("%1 bytes").arg(h.totalLength);
        const std::size_t l4 = p.fields.empty() ? 0 : (p.proto == Protocol::Tcp ? std::size_t{p.tcp.dataOffset} * 4 : 8);
        f.why = tr("%1 = %2 (IP header) + %3 (%4 header) + %5 bytes of data.")
                    .arg(h.totalLength)
                    .arg(ipLen)
                    .arg(l4)
                    .arg(transport)
                    .arg(p.payloadLength);
    } else if (n == "ip.id") {
        f.title = tr("Identification");
        f.value = QString::number(h.identification);
        f.why = c.captured ? tr("%1: chosen by the sender; the fragments of one packet share it, so that the receiver can put them together.").arg(h.identification)
                           : tr("%1: packet number %1 sent by %2; the fragments of one packet share it.")
                                 .arg(h.identification)
                                 .arg(Terms::nodeInSentence(c.segment.from));
    } else if (n == "ip.flags") {
        f.title = tr("Flags");
        f.value = h.dontFragment ? tr("Don't fragment") : hex(0, 2);
        f.why = h.dontFragment ? tr("Don't fragment: routers must not split this packet; too big means an error back (path MTU discovery).")
                               : tr("No flags are set.");
    } else if (n == "ip.frag_offset") {
        f.title = tr("Fragment offset");
        f.value = QString::number(h.fragmentOffset);
        f.why = tr("0: the packet is whole, not a piece of a larger one.");
    } else if (n == "ip.ttl") {
        f.title = tr("Time to live");
        f.value = QString::number(h.ttl);
        f.why = tr("%1: every router lowers it by one and discards the packet at zero, so a routing loop cannot keep it forever.").arg(h.ttl);
    } else if (n == "ip.proto") {
        f.title = tr("Protocol");
        f.value = QStringLiteral("%1 (%2)").arg(h.protocol).arg(transport);
        f.why = p.proto == Protocol::Tcp ? tr("6: the payload is a TCP segment.") : tr("17: the payload is a UDP datagram.");
    } else if (n == "ip.checksum") {
        f.title = tr("Header checksum");
        f.value = hex(h.checksum, 4);
        f.why = h.checksumValid
            ? tr("Covers the IP header only (correct here); every router recomputes it because the TTL changes.")
            : c.captured ? tr("Does not match: captured on the sending host, the checksum is often left to the network card (checksum offload) and filled in after the capture.")
                         : tr("Wrong: the receiver would silently discard this packet.");
    } else if (n == "ip.src") {
        f.title = tr("Source address");
        f.value = qs(toString(h.source));
        f.why = tr("%1: the address of %2, the sender.").arg(f.value, Terms::nodeInSentence(c.segment.from));
    } else if (n == "ip.dst") {
        f.title = tr("Destination address");
        f.value = qs(toString(h.destination));
        f.why = tr("%1: the address of %2, the receiver.").arg(f.value, Terms::nodeInSentence(peerOf(c.segment.from)));
    } else {
        f.title = qs(n);
    }
}

QString FieldExplainer::portWhy(std::uint16_t port, bool source, const Context &c)
{
    const QString service = serviceOf(port);
    if (!service.isEmpty())
        return tr("%1: the well-known port of %2; a server listens on it so that clients know where to connect.").arg(port).arg(service);
    if (port >= 32768)
        return source ? tr("%1: an ephemeral port the operating system chose for %2's socket.").arg(port).arg(Terms::nodeInSentence(c.segment.from))
                      : tr("%1: the ephemeral port of %2's socket.").arg(port).arg(Terms::nodeInSentence(peerOf(c.segment.from)));
    return tr("%1: the port the application's socket is bound to; addresses and ports of both ends name the conversation.").arg(port);
}

QString FieldExplainer::seqWhy(const Context &c)
{
    const Segment &s = c.segment;
    if (s.keepalive)
        return tr("%1 = next sequence number - 1: a keepalive probe repeats a byte already acknowledged, which forces the peer to answer with an ACK.").arg(s.seq);
    if (s.sendCause == SendCause::WindowProbe)
        return tr("%1 = the oldest unacknowledged number - 1: a window probe repeats a byte already acknowledged, which forces the peer to answer with its window.").arg(s.seq);
    if (s.retransmission)
        return tr("%1: sent again (%2), with the same sequence number as the segment it repeats.").arg(s.seq).arg(Terms::segmentRole(s, c.facts));
    if (s.has(TcpFlag::SYN))
        return tr("%1: the initial sequence number (ISN) chosen by %2. It is not zero, so that segments of an old connection cannot be taken for new ones.")
            .arg(s.seq)
            .arg(Terms::nodeInSentence(s.from));
    if (c.previousSame && c.previousSame->proto == Protocol::Tcp && c.previousSame->seq + c.previousSame->seqLen() == s.seq) {
        const Segment &prev = *c.previousSame;
        if (prev.has(TcpFlag::SYN) && prev.payload.empty())
            return tr("%1 = %2 + 1: the sender's SYN (seq=%2) took one sequence number though it carried no data.").arg(s.seq).arg(prev.seq);
        if (prev.has(TcpFlag::FIN) && prev.payload.empty())
            return tr("%1 = %2 + 1: the sender's FIN (seq=%2) took one sequence number.").arg(s.seq).arg(prev.seq);
        if (prev.seqLen() == 0)
            return tr("%1: the same as the sender's previous segment, which carried no data and so took no sequence number.").arg(s.seq);
        return tr("%1 = %2 + %3: the sender's previous segment started at %2 and used %3 sequence number(s), one per data byte.")
            .arg(s.seq)
            .arg(prev.seq)
            .arg(prev.seqLen());
    }
    return tr("%1: the number of the first byte (or SYN or FIN) this segment carries.").arg(s.seq);
}

QString FieldExplainer::ackWhy(const Context &c)
{
    const Segment &s = c.segment;
    if (!s.has(TcpFlag::ACK))
        return tr("%1: the ACK flag is off, so this field means nothing yet.").arg(s.ack);
    if (c.lastReceived && c.lastReceived->proto == Protocol::Tcp && c.lastReceived->seq + c.lastReceived->seqLen() == s.ack) {
        const Segment &r = *c.lastReceived;
        if (r.has(TcpFlag::SYN) && r.payload.empty())
            return tr("%1 = %2 + 1: the next byte expected. The SYN (seq=%2) took one sequence number, though it carries no data.").arg(s.ack).arg(r.seq);
        if (r.has(TcpFlag::FIN) && r.payload.empty())
            return tr("%1 = %2 + 1: the FIN (seq=%2) took one sequence number; this acknowledges it.").arg(s.ack).arg(r.seq);
        if (!r.payload.empty())
            return tr("%1 = %2 + %3: the next byte expected, after the %3 bytes that arrived starting at seq=%2.")
                .arg(s.ack)
                .arg(r.seq)
                .arg(r.seqLen());
    }
    if (c.lastReceived && c.lastReceived->proto == Protocol::Tcp && static_cast<std::int32_t>(c.lastReceived->seq - s.ack) > 0)
        return tr("%1 again: the segment with seq=%2 arrived, but byte %1 is still missing, so the receiver repeats its ACK (a duplicate ACK).")
            .arg(s.ack)
            .arg(c.lastReceived->seq);
    return tr("%1: the next byte %2 expects; every byte before it has arrived.").arg(s.ack).arg(Terms::nodeInSentence(s.from));
}

void FieldExplainer::describeTcp(PacketField &f, const DecodedPacket &p, const Context &c)
{
    const TcpHeader &t = p.tcp;
    const std::string &n = f.name;
    if (n == "tcp.srcport") {
        f.title = tr("Source port");
        f.value = QString::number(p.sport);
        f.why = portWhy(p.sport, true, c);
    } else if (n == "tcp.dstport") {
        f.title = tr("Destination port");
        f.value = QString::number(p.dport);
        f.why = portWhy(p.dport, false, c);
    } else if (n == "tcp.seq") {
        f.title = tr("Sequence number");
        f.value = c.senderIsn ? tr("%1 (relative %2)").arg(t.seq).arg(t.seq - *c.senderIsn) : QString::number(t.seq);
        f.why = seqWhy(c);
    } else if (n == "tcp.ack") {
        f.title = tr("Acknowledgment number");
        f.value = c.receiverIsn && (t.flags & TcpFlag::ACK) ? tr("%1 (relative %2)").arg(t.ack).arg(t.ack - *c.receiverIsn)
                                                             : QString::number(t.ack);
        f.why = ackWhy(c);
    } else if (n == "tcp.hdr_len") {
        const int len = t.dataOffset * 4;
        f.title = tr("Header length");
        f.value = tr("%1 bytes").arg(len);
        f.why = tr("%1 = 20 bytes of fixed header + %2 bytes of options (counted in 4-byte words: %3).").arg(len).arg(len - 20).arg(t.dataOffset);
    } else if (n == "tcp.flags") {
        f.title = tr("Flags");
        const QString names = QString::fromStdString(flagsToString(t.flags));
        f.value = names.isEmpty() ? hex(t.flags, 2) : QStringLiteral("%1 (%2)").arg(hex(t.flags, 2), names);
        f.why = names.isEmpty() ? tr("No control flag is set.") : tr("One bit per control flag; this segment sets %1.").arg(names);
    } else if (n == "tcp.window_size_value") {
        f.title = tr("Window");
        f.value = QString::number(t.window);
        if (c.windowShift && *c.windowShift > 0 && *c.windowShift <= 14 && !(t.flags & TcpFlag::SYN)) {
            // RFC 7323 §2.3: every window but a SYN's is shifted by the scale its sender announced.
            const std::uint64_t bytes = std::uint64_t{t.window} << *c.windowShift;
            f.value = tr("%1 (× %2 = %3 bytes)").arg(t.window).arg(1u << *c.windowShift).arg(bytes);
            f.why = tr("%1 × 2^%2 = %3: free space in the receive buffer of %4, in bytes, scaled by the window scale option of its SYN; the peer may send that much before it must wait for an ACK.")
                        .arg(t.window)
                        .arg(*c.windowShift)
                        .arg(bytes)
                        .arg(Terms::nodeInSentence(c.segment.from));
        } else {
            f.why = tr("%1: free space in the receive buffer of %2, in bytes; the peer may send that much before it must wait for an ACK.")
                        .arg(t.window)
                        .arg(Terms::nodeInSentence(c.segment.from));
        }
    } else if (n == "tcp.checksum") {
        f.title = tr("Checksum");
        f.value = hex(p.transportChecksum, 4);
        f.why = p.transportChecksumValid
            ? tr("Over a pseudo-header (both IP addresses, the protocol, the TCP length), the TCP header and the data; the receiver recomputes it and drops the segment if it differs.")
            : p.truncated ? tr("Not checked: the capture kept only the first bytes of this packet.")
            : c.captured  ? tr("Does not match: captured on the sending host, the checksum is often left to the network card (checksum offload) and filled in after the capture.")
                          : tr("Wrong: the receiver would drop this segment, and the sender's timer would resend it.");
    } else if (n == "tcp.urgent_pointer") {
        f.title = tr("Urgent pointer");
        f.value = QString::number(t.urgentPointer);
        f.why = tr("Unused: the URG flag is off.");
    } else if (n == "tcp.options") {
        f.title = tr("Options");
        f.value = tr("%n byte(s)", nullptr, static_cast<int>(f.range.length));
        f.why = tr("Extra header fields, padded to a multiple of 4 bytes.");
    } else if (n == "tcp.options.mss") {
        f.title = tr("Maximum segment size option");
        f.value = tr("kind 2, length 4");
        f.why = tr("Only segments with SYN carry it: each side says once how much data it accepts per segment.");
    } else if (n == "tcp.options.mss_val") {
        f.title = tr("MSS");
        f.value = QString::number(t.mss);
        f.why = t.mss == 1460 ? tr("1460 = 1500 (Ethernet MTU) - 20 (IP header) - 20 (TCP header): the most data %1 wants in one segment.")
                                    .arg(Terms::nodeInSentence(c.segment.from))
                              : tr("%1: the most data %2 wants in one segment.").arg(t.mss).arg(Terms::nodeInSentence(c.segment.from));
    } else {
        f.title = QString::fromStdString(n);
    }
}

std::vector<PacketField> FieldExplainer::flagFields(const DecodedPacket &p, const FieldRange &range,
                                                    const DecodedPacket *previous)
{
    struct Bit {
        std::uint8_t mask;
        const char *name;
        const char *field;
    };
    static constexpr Bit bits[] = {
        {TcpFlag::SYN, "SYN", "tcp.flags.syn"}, {TcpFlag::ACK, "ACK", "tcp.flags.ack"},
        {TcpFlag::FIN, "FIN", "tcp.flags.fin"}, {TcpFlag::RST, "RST", "tcp.flags.reset"},
        {TcpFlag::PSH, "PSH", "tcp.flags.push"}, {TcpFlag::URG, "URG", "tcp.flags.urg"},
    };
    std::vector<PacketField> out;
    for (const Bit &b : bits) {
        PacketField f;
        f.name = b.field;
        f.range = range;
        f.title = QString::fromLatin1(b.name);
        const bool set = (p.tcp.flags & b.mask) != 0;
        f.value = set ? tr("set") : tr("not set");
        if (previous) f.changed = set != ((previous->tcp.flags & b.mask) != 0);
        switch (b.mask) {
        case TcpFlag::SYN:
            f.why = set ? tr("Synchronize: opens a connection and announces the initial sequence number.") : QString();
            break;
        case TcpFlag::ACK:
            f.why = set ? tr("The acknowledgment number is valid: it names the next byte expected.")
                        : tr("Not set: there is nothing to acknowledge yet.");
            break;
        case TcpFlag::FIN:
            f.why = set ? tr("Finish: the sender will send no more data; it closes its own direction only (full duplex).") : QString();
            break;
        case TcpFlag::RST:
            f.why = set ? tr("Reset: the connection is aborted at once; no reply is sent to a RST.") : QString();
            break;
        case TcpFlag::PSH:
            f.why = set ? tr("Push: hand the data to the application without waiting for more.") : QString();
            break;
        default:
            f.why = set ? tr("Urgent: the urgent pointer is valid.") : QString();
            break;
        }
        out.push_back(std::move(f));
    }
    return out;
}

void FieldExplainer::describeUdp(PacketField &f, const DecodedPacket &p, const Context &c)
{
    const std::string &n = f.name;
    if (n == "udp.srcport") {
        f.title = tr("Source port");
        f.value = QString::number(p.sport);
        f.why = portWhy(p.sport, true, c);
    } else if (n == "udp.dstport") {
        f.title = tr("Destination port");
        f.value = QString::number(p.dport);
        f.why = portWhy(p.dport, false, c);
    } else if (n == "udp.length") {
        f.title = tr("Length");
        f.value = tr("%1 bytes").arg(p.udp.length);
        f.why = tr("%1 = 8 (UDP header) + %2 bytes of data: a datagram is at most 65,535 bytes.").arg(p.udp.length).arg(p.payloadLength);
    } else if (n == "udp.checksum") {
        f.title = tr("Checksum");
        f.value = hex(p.transportChecksum, 4);
        f.why = !p.udp.checksumPresent ? tr("0: no checksum, which UDP over IPv4 allows.")
            : p.transportChecksumValid
            ? tr("Over a pseudo-header (both IP addresses, the protocol, the UDP length), the UDP header and the data.")
            : tr("Wrong: the receiver would silently drop this datagram; UDP never resends it.");
    } else {
        f.title = QString::fromStdString(n);
    }
}

void FieldExplainer::describeLink(PacketField &f, const DecodedPacket &p)
{
    const std::string &n = f.name;
    const CookedHeader &c = p.cooked;
    if (n == "sll.pkttype") {
        f.title = tr("Packet type");
        f.value = QString::number(c.packetType);
        switch (c.packetType) {
        case 0: f.why = tr("0: the packet was addressed to this host."); break;
        case 1: f.why = tr("1: a broadcast the host received."); break;
        case 2: f.why = tr("2: a multicast the host received."); break;
        case 3: f.why = tr("3: addressed to another host; seen in promiscuous mode."); break;
        case 4: f.why = tr("4: this host sent the packet."); break;
        default: f.why = tr("How the packet passed the host."); break;
        }
    } else if (n == "sll.hatype") {
        f.title = tr("Device type");
        f.value = QString::number(c.arphrdType);
        f.why = c.arphrdType == 772 ? tr("772: the loopback device; the packet never left the host.")
            : c.arphrdType == 1     ? tr("1: an Ethernet device.")
                                    : tr("The kind of device the packet went through (ARPHRD_ in Linux).");
    } else if (n == "sll.halen") {
        f.title = tr("Address length");
        f.value = tr("%n byte(s)", nullptr, static_cast<int>(c.addressLength));
        f.why = tr("How many bytes of the next field hold the link-layer address.");
    } else if (n == "sll.src") {
        f.title = tr("Link-layer address");
        f.value = c.addressLength == 0 ? tr("none") : hexBytes(c.address.data(), std::min<std::size_t>(c.addressLength, 8));
        f.why = tr("The sender's hardware address, when its device has one (loopback has none).");
    } else if (n == "sll.etype") {
        f.title = tr("Protocol");
        f.value = hex(c.protocol, 4);
        f.why = c.protocol == 0x86dd ? tr("0x86dd: an IPv6 packet follows.") : tr("0x0800: an IPv4 packet follows.");
    } else if (n == "sll.ifindex") {
        f.title = tr("Interface index");
        f.value = QString::number(c.interfaceIndex);
        f.why = tr("Which of the host's interfaces the packet went through.");
    } else if (n == "null.family") {
        f.title = tr("Address family");
        f.value = QString::number(p.loopbackFamily);
        f.why = p.loopbackFamily == 2 ? tr("2 (AF_INET): an IPv4 packet follows.")
                                      : tr("%1 (AF_INET6 on the system that wrote the capture): an IPv6 packet follows.").arg(p.loopbackFamily);
    } else if (n == "vlan.id" || n == "vlan2.id") {
        f.title = tr("VLAN");
        f.value = QString::number(p.vlans.empty() ? 0 : p.vlans[n == "vlan.id" ? 0 : p.vlans.size() - 1]);
        f.why = tr("The virtual LAN the frame belongs to; the priority bits share these two bytes.");
    } else {
        f.title = qs(n);
    }
}

void FieldExplainer::describeIpv6(PacketField &f, const DecodedPacket &p, const Context &c)
{
    const Ipv6Header &h = p.ip6;
    const std::string &n = f.name;
    const QString transport = p.proto == Protocol::Tcp ? QStringLiteral("TCP") : QStringLiteral("UDP");
    if (n == "ipv6.version") {
        f.title = tr("Version");
        f.value = QStringLiteral("6");
        f.why = tr("6: this is an IPv6 packet.");
    } else if (n == "ipv6.tclass") {
        f.title = tr("Traffic class");
        f.value = hex(h.trafficClass, 2);
        f.why = tr("Like IPv4's differentiated services: how routers should treat the packet (DSCP and ECN).");
    } else if (n == "ipv6.flow") {
        f.title = tr("Flow label");
        f.value = hex(h.flowLabel, 5);
        f.why = tr("Marks the packets of one flow, so that routers can keep them on one path; the sender chooses it.");
    } else if (n == "ipv6.plen") {
        f.title = tr("Payload length");
        f.value = tr("%1 bytes").arg(h.payloadLength);
        const std::size_t l4 = p.proto == Protocol::Tcp ? std::size_t{p.tcp.dataOffset} * 4 : 8;
        f.why = tr("%1 = %2 (%3 header) + %4 bytes of data: unlike IPv4's total length, the 40-byte IPv6 header is not counted.")
                    .arg(h.payloadLength)
                    .arg(l4 + h.extensionLength)
                    .arg(transport)
                    .arg(p.payloadLength);
    } else if (n == "ipv6.nxt") {
        f.title = tr("Next header");
        f.value = QString::number(h.nextHeader);
        f.why = h.nextHeader == 6 ? tr("6: the payload is a TCP segment.")
            : h.nextHeader == 17  ? tr("17: the payload is a UDP datagram.")
                                  : tr("%1: an extension header comes first; TCP or UDP follows it.").arg(h.nextHeader);
    } else if (n == "ipv6.hlim") {
        f.title = tr("Hop limit");
        f.value = QString::number(h.hopLimit);
        f.why = tr("%1: IPv6's time to live; every router lowers it by one and discards the packet at zero.").arg(h.hopLimit);
    } else if (n == "ipv6.src") {
        f.title = tr("Source address");
        f.value = qs(toString(h.source));
        f.why = tr("%1: the address of %2, the sender.").arg(f.value, Terms::nodeInSentence(c.segment.from));
    } else if (n == "ipv6.dst") {
        f.title = tr("Destination address");
        f.value = qs(toString(h.destination));
        f.why = tr("%1: the address of %2, the receiver.").arg(f.value, Terms::nodeInSentence(peerOf(c.segment.from)));
    } else if (n == "ipv6.ext") {
        f.title = tr("Extension headers");
        f.value = tr("%n byte(s)", nullptr, static_cast<int>(h.extensionLength));
        f.why = tr("Optional headers between the IPv6 header and TCP or UDP.");
    } else {
        f.title = qs(n);
    }
}

void FieldExplainer::describeTcpOption(PacketField &f, const DecodedPacket &p, const Context &c)
{
    const TcpHeader &t = p.tcp;
    const std::string &n = f.name;
    const QString who = Terms::nodeInSentence(c.segment.from);
    if (n == "tcp.options.wscale") {
        f.title = tr("Window scale option");
        f.value = tr("kind 3, length 3");
        f.why = tr("Only on SYN: lets windows exceed 65,535 bytes (RFC 7323); both sides must send it for it to be used.");
    } else if (n == "tcp.options.wscale.shift") {
        f.title = tr("Shift count");
        const unsigned shift = t.windowScale.value_or(0);
        f.value = tr("%1 (× %2)").arg(shift).arg(1u << std::min(shift, 14u));
        f.why = tr("%1 multiplies every later window it announces by 2^%2.").arg(who).arg(shift);
    } else if (n == "tcp.options.sack_perm") {
        f.title = tr("SACK permitted option");
        f.value = tr("kind 4, length 2");
        f.why = tr("Only on SYN: %1 can take selective acknowledgements, which name the blocks that arrived beyond a gap (RFC 2018).").arg(who);
    } else if (n == "tcp.options.sack") {
        f.title = tr("SACK option");
        f.value = tr("%n block(s)", nullptr, static_cast<int>(t.sackBlocks.size()));
        f.why = tr("Selective acknowledgement (RFC 2018): besides the ACK number, the blocks of data that arrived after a gap, so the sender resends only what is missing.");
    } else if (n.rfind("tcp.options.sack.", 0) == 0) {
        const std::size_t k = static_cast<std::size_t>(std::atoi(n.c_str() + 17));
        f.title = tr("Block %1").arg(k);
        if (k >= 1 && k <= t.sackBlocks.size()) {
            const SackBlock &b = t.sackBlocks[k - 1];
            const auto base = c.receiverIsn.value_or(0);
            f.value = c.receiverIsn ? tr("%1–%2 (relative %3–%4)").arg(b.left).arg(b.right).arg(b.left - base).arg(b.right - base)
                                    : tr("%1–%2").arg(b.left).arg(b.right);
            f.why = tr("%1 holds the %2 bytes from %3 up to %4; what lies before them is missing.")
                        .arg(who)
                        .arg(b.right - b.left)
                        .arg(b.left)
                        .arg(b.right);
        }
    } else if (n == "tcp.options.timestamp") {
        f.title = tr("Timestamps option");
        f.value = tr("kind 8, length 10");
        f.why = tr("Each side stamps its segments and echoes the peer's latest stamp: an RTT sample from every ACK, and protection against old sequence numbers (RFC 7323).");
    } else if (n == "tcp.options.timestamp.tsval") {
        f.title = tr("TSval");
        f.value = QString::number(t.tsVal.value_or(0));
        f.why = tr("%1's clock when it sent this segment (its own units, often milliseconds).").arg(who);
    } else if (n == "tcp.options.timestamp.tsecr") {
        f.title = tr("TSecr");
        f.value = QString::number(t.tsEcr.value_or(0));
        f.why = t.tsEcr.value_or(0) == 0 ? tr("0: nothing to echo yet.")
                                         : tr("The peer's TSval echoed back: the peer learns the round-trip time from it.");
    } else {
        f.title = qs(n);
    }
}

} // namespace wirestep
