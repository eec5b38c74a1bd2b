#include "core/wire/pcap_writer.h"

#include <pcap/pcap.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <stdexcept>

namespace wirestep {

PcapWriter::PcapWriter(CapturePoint point, WireAddresses addresses)
    : m_point(point), m_encoder(addresses)
{
}

PcapWriter::~PcapWriter()
{
    close();
}

bool PcapWriter::open(const std::string &path, std::string *error)
{
    close();
    m_error.clear();
    m_packets = 0;
    m_encoder = WireEncoder(m_encoder.addresses());
    m_identifications.clear();
    m_sendOrder.clear();

    m_pcap = pcap_open_dead(DLT_EN10MB, kSnapLen);
    if (!m_pcap) {
        setError("libpcap could not create a capture handle");
    } else {
        // Our own FILE, so that every write's error can be seen (libpcap's pcap_dump() returns
        // nothing and pcap_dump_close() does not say whether the last bytes reached the disk).
        FILE *file = std::fopen(path.c_str(), "wb");
        m_dumper = file ? pcap_dump_fopen(m_pcap, file) : nullptr;
        if (!m_dumper) {
            if (!file) setError("cannot write " + path + ": " + std::strerror(errno));
            else {
                setError("cannot write " + path + ": " + pcap_geterr(m_pcap));
                std::fclose(file);
            }
            pcap_close(m_pcap);
            m_pcap = nullptr;
        }
    }
    if (error) *error = m_error;
    return m_dumper != nullptr;
}

bool PcapWriter::close(std::string *error)
{
    if (m_dumper) {
        FILE *file = pcap_dump_file(m_dumper);
        if (std::fflush(file) != 0) setError(std::string("writing the pcap file failed: ") + std::strerror(errno));
        else if (std::ferror(file)) setError("writing the pcap file failed");
        pcap_dump_close(m_dumper); // fclose(): after a checked flush, nothing is left to fail
        m_dumper = nullptr;
    }
    if (m_pcap) {
        pcap_close(m_pcap);
        m_pcap = nullptr;
    }
    if (error) *error = m_error;
    return m_error.empty();
}

bool PcapWriter::captures(CapturePoint point, const TraceEvent &event)
{
    if (point == CapturePoint::Wire) return event.kind == EventKind::Send;
    const NodeId host = point == CapturePoint::Client ? NodeId::Client : NodeId::Server;
    switch (event.kind) {
    case EventKind::Send: return event.seg.from == host;
    case EventKind::Deliver: return event.node == host;
    case EventKind::Drop:
        return event.node == host && event.reason == DropReason::PortUnreachable;
    default: return false;
    }
}

void PcapWriter::append(const TraceEvent &event)
{
    if (!m_dumper) return;
    forgetBefore(event.tUs - kRememberUs);
    const Segment &seg = event.seg;
    if (event.kind == EventKind::Send) {
        // Every send takes an identification, captured or not (RFC 791 §3.2: unique per
        // source, destination and protocol while the datagram can be alive).
        const std::uint16_t id = m_encoder.takeIdentification(seg.from);
        if (captures(m_point, event))
            write(seg, id, event.tUs);
        else
            remember(seg, id, event.tUs);
        return;
    }
    if (!captures(m_point, event)) return;
    const auto known = m_identifications.find(seg.id);
    const std::uint16_t id = known != m_identifications.end()
        ? known->second
        : m_encoder.takeIdentification(seg.from);
    write(seg, id, event.tUs);
}

void PcapWriter::write(const Segment &seg, std::uint16_t identification, std::int64_t tUs)
{
    std::vector<std::uint8_t> frame;
    try {
        frame = m_encoder.frameWithId(seg, identification);
    } catch (const std::length_error &e) {
        setError(e.what());
        return;
    }
    constexpr std::int64_t kUsPerS = 1000000;
    const std::int64_t sec = tUs >= 0 ? tUs / kUsPerS : -((-tUs + kUsPerS - 1) / kUsPerS);
    pcap_pkthdr header{};
    header.ts.tv_sec = static_cast<decltype(header.ts.tv_sec)>(kEpochSeconds + sec);
    header.ts.tv_usec = static_cast<decltype(header.ts.tv_usec)>(tUs - sec * kUsPerS);
    header.len = static_cast<bpf_u_int32>(frame.size());
    header.caplen = static_cast<bpf_u_int32>(std::min<std::size_t>(frame.size(), kSnapLen));
    pcap_dump(reinterpret_cast<u_char *>(m_dumper), &header, frame.data());
    // A full disk shows first in the stdio buffer written out here, not at the end.
    if (m_error.empty() && std::ferror(pcap_dump_file(m_dumper)))
        setError(std::string("writing the pcap file failed: ") + std::strerror(errno));
    ++m_packets;
}

void PcapWriter::remember(const Segment &seg, std::uint16_t identification, std::int64_t tUs)
{
    if (m_identifications.insert_or_assign(seg.id, identification).second)
        m_sendOrder.push_back({seg.id, tUs});
}

void PcapWriter::forgetBefore(std::int64_t tUs)
{
    while (!m_sendOrder.empty() && m_sendOrder.front().sentUs < tUs) {
        m_identifications.erase(m_sendOrder.front().segmentId);
        m_sendOrder.pop_front();
    }
}

void PcapWriter::setError(std::string message)
{
    if (m_error.empty()) m_error = std::move(message);
}

bool PcapWriter::writeFile(const Trace &trace, const std::string &path, CapturePoint point,
                           std::string *error)
{
    // Into a temporary file beside `path`, renamed over it only once every byte is written: a
    // full disk leaves an existing file as it was, never a truncated capture.
    const std::string temp = path + ".wirestep-tmp";
    PcapWriter writer(point);
    bool ok = writer.open(temp, error);
    if (ok) {
        for (const TraceEvent &event : trace.events()) writer.append(event);
        ok = writer.close(error);
    }
    if (ok && std::rename(temp.c_str(), path.c_str()) != 0) {
        if (error) *error = "cannot write " + path + ": " + std::strerror(errno);
        ok = false;
    }
    if (!ok) std::remove(temp.c_str());
    if (!ok && error && error->rfind("cannot write " + temp, 0) == 0)
        *error = "cannot write " + path + error->substr(13 + temp.size()); // name the file asked for
    return ok;
}

} // namespace wirestep
