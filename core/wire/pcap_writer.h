#pragma once
#include "core/wire/capture_point.h"
#include "core/wire/wire_addresses.h"
#include "core/wire/wire_encoder.h"

#include "core/trace/trace.h"
#include "core/trace/trace_sink.h"

#include <cstddef>
#include <cstdint>
#include <deque>
#include <string>
#include <unordered_map>

struct pcap;        // libpcap's pcap_t, kept out of this header
struct pcap_dumper; // libpcap's pcap_dumper_t

namespace wirestep {

// Streams the segments of a trace into a classic pcap file (link type Ethernet, microsecond
// timestamps) through libpcap, as a TraceSink: events come in one at a time and nothing but a
// little bookkeeping per segment in flight is kept. See docs/wire-format.md.
//
// Timestamps are kEpochSeconds plus the simulated time, so the same trace always gives the same
// file, byte for byte.
//
// Which events become packets depends on the capture point:
//   Wire:   every Send event, at its time, dropped segments included;
//   Client: the client's Send events, Deliver events at the client, and Drop events at the
//           client with reason "port-unreachable" (the datagram reached the host, no socket
//           took it); Server likewise. Segments lost on the link or arriving at a crashed node
//           are not seen by a host capture.
// The IPv4 identification is taken per sending node at every Send event, whatever the capture
// point, so a host capture shows the identification the peer really sent. A delivered
// segment carries its sender's identification, remembered by segment id for kRememberUs of
// simulated time (a duplicated segment arrives twice with the same identification); a Deliver
// whose Send was never seen takes the sender's next identification.
class PcapWriter : public TraceSink {
public:
    static constexpr std::int64_t kEpochSeconds = 1704067200; // 2024-01-01T00:00:00Z
    static constexpr int kSnapLen = 65535;
    static constexpr std::int64_t kRememberUs = 3600LL * 1000 * 1000;

    explicit PcapWriter(CapturePoint point = CapturePoint::Wire, WireAddresses addresses = {});
    ~PcapWriter() override;
    PcapWriter(const PcapWriter &) = delete;
    PcapWriter &operator=(const PcapWriter &) = delete;

    // Creates (truncates) the file and writes the global header; "-" is standard output.
    // Restarts the identification counters. Closes a file already open.
    bool open(const std::string &path, std::string *error = nullptr);
    // Writes the packet this event stands for at this capture point, if any. Ignored when closed.
    void append(const TraceEvent &event) override;
    // Flushes and closes. False if anything failed since open(); `error` says what first did.
    bool close(std::string *error = nullptr);

    bool isOpen() const { return m_dumper != nullptr; }
    CapturePoint capturePoint() const { return m_point; }
    std::size_t packetCount() const { return m_packets; }
    // The first error since open(), empty if none.
    const std::string &error() const { return m_error; }

    // Whether `event` appears as a packet in a capture taken at `point`.
    static bool captures(CapturePoint point, const TraceEvent &event);

    // Writes a whole trace. False (and `error` set) if the file could not be written.
    static bool writeFile(const Trace &trace, const std::string &path,
                          CapturePoint point = CapturePoint::Wire, std::string *error = nullptr);

private:
    struct Remembered {
        std::uint64_t segmentId;
        std::int64_t sentUs;
    };

    void write(const Segment &seg, std::uint16_t identification, std::int64_t tUs);
    void remember(const Segment &seg, std::uint16_t identification, std::int64_t tUs);
    void forgetBefore(std::int64_t tUs);
    void setError(std::string message);

    CapturePoint m_point;
    WireEncoder m_encoder;
    pcap *m_pcap = nullptr;
    pcap_dumper *m_dumper = nullptr;
    std::size_t m_packets = 0;
    std::string m_error;
    std::unordered_map<std::uint64_t, std::uint16_t> m_identifications; // by segment id
    std::deque<Remembered> m_sendOrder;                                  // for forgetting
};

} // namespace wirestep
