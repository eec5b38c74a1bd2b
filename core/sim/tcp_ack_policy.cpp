#include "core/sim/tcp_endpoint.h"

#include "core/sim/tcp_constants.h"

#include <algorithm>

// TcpEndpoint, part 4: when to acknowledge (RFC 1122 §4.2.3.2, RFC 5681 §4.2), and Linux's way
// of doing it on the linux profile (docs/tcp-reference.md §3 "Delayed ACK").
//
// Without delayed ACKs every segment with data is acknowledged at once. With them (rfc,
// classroom): in-order data waits at most the delayed-ACK time, every second full-sized segment
// is acknowledged at once, out-of-order data and data that fills a gap at once.
//
// Linux (tcp_input.c: tcp_event_data_recv, __tcp_ack_snd_check, tcp_fin; tcp_output.c:
// tcp_send_delayed_ack, tcp_event_data_sent; tcp_timer.c: tcp_delack_timer_handler):
// - Quick-ack mode: the first data of a connection, and data after a gap longer than the RTO,
//   allow up to 16 ACKs at once (fewer when the window holds fewer than 16 pairs of the peer's
//   segments); each ACK that acknowledges data uses one.
// - Otherwise an ACK waits for the ATO, an estimate of the time between the peer's segments:
//   40 ms at first, halved towards 40 ms when data comes fast, raised towards the gap when it
//   comes slower, doubled when the delayed-ACK timer has to fire; at most 200 ms, and at most
//   the smoothed RTT when the ATO is above 40 ms.
// - More than one full segment unacknowledged, while the window does not shrink, is
//   acknowledged at once; so is out-of-order data, data that fills a gap (quick-ack mode again).
// - Pingpong (interactive) mode: entered when the application sends data within the ATO of the
//   last data received, or when a FIN arrives; then no ACK goes at once: it waits to ride on
//   the reply. A delayed-ACK timer that fires in pingpong mode leaves it.

namespace wirestep {

using namespace tcp;

namespace {

constexpr int kMaxQuickAcks = 16;                  // Linux TCP_MAX_QUICKACKS
constexpr std::int64_t kDelackMaxUs = 200'000;     // Linux TCP_DELACK_MAX
constexpr std::int64_t kAtoMaxUs = 500'000;        // Linux: HZ / 2 outside pingpong mode

} // namespace

void TcpEndpoint::growQuickAcks()
{
    // Linux tcp_incr_quickack(): as many ACKs at once as the window holds pairs of segments,
    // at least 2, at most 16.
    Tcb &t = m_tcb;
    const std::uint32_t mss = std::max<std::uint32_t>(t.rcvMss, 1);
    int quick = static_cast<int>(t.lastAdvertisedWnd / (2 * mss));
    if (quick == 0) quick = 2;
    t.quickAcks = std::max(t.quickAcks, std::min(quick, kMaxQuickAcks));
}

void TcpEndpoint::enterQuickAck()
{
    // Linux tcp_enter_quickack_mode().
    growQuickAcks();
    m_tcb.pingpong = false;
    m_tcb.atoUs = m_config.timers.delayedAckUs;
}

void TcpEndpoint::ackData(std::size_t len, bool inOrder, bool hadGap)
{
    Tcb &t = m_tcb;
    if (!m_config.delayedAckOn()) {
        t.ackNeed = AckNeed::Now;
        return;
    }
    if (!linuxAcks()) {
        // RFC 1122 §4.2.3.2, RFC 5681 §4.2.
        if (!inOrder || hadGap) t.ackNeed = AckNeed::Now;
        else if (len >= sendMss() && ++t.unackedFullSegments >= 2) t.ackNeed = AckNeed::Now;
        else if (t.ackNeed == AckNeed::None) t.ackNeed = AckNeed::Delayed;
        return;
    }
    // Linux: out-of-order data, and data that fills a gap, at once and into quick-ack mode.
    if (!inOrder || hadGap) {
        enterQuickAck();
        t.ackNeed = AckNeed::Now;
        return;
    }
    // tcp_measure_rcv_mss(): the largest segment seen so far, from a first guess of 536 bytes.
    if (t.rcvMss == 0)
        t.rcvMss = std::min<std::uint32_t>({kDefaultPeerMss, m_config.mss,
                                            std::max<std::uint32_t>(t.lastAdvertisedWnd / 2, 1)});
    if (len >= t.rcvMss) t.rcvMss = std::min<std::uint32_t>(static_cast<std::uint32_t>(len), m_config.mss);
    // tcp_event_data_recv(): the ATO follows the time between the peer's segments.
    const std::int64_t atoMin = m_config.timers.delayedAckUs;
    const std::int64_t now = m_sim.now();
    if (t.atoUs == 0) {
        growQuickAcks(); // the first data of the connection
        t.atoUs = atoMin;
    } else {
        const std::int64_t gap = now - t.lastDataUs;
        if (gap <= atoMin / 2) {
            t.atoUs = t.atoUs / 2 + atoMin / 2;
        } else if (gap < t.atoUs) {
            t.atoUs = std::min(t.atoUs / 2 + gap, t.rto.rto());
        } else if (gap > t.rto.rto()) {
            growQuickAcks(); // a long silence: quick-ack mode again
        }
    }
    t.lastDataUs = now;
    // __tcp_ack_snd_check(): more than one full segment since the last ACK while the window
    // does not shrink, or quick-ack mode outside pingpong mode: at once; otherwise delayed.
    const bool moreThanOneSegment = t.rcvNxt - t.rcvWup > t.rcvMss && rcvWnd() >= t.lastAdvertisedWnd;
    if (moreThanOneSegment || (t.quickAcks > 0 && !t.pingpong)) t.ackNeed = AckNeed::Now;
    else if (t.ackNeed == AckNeed::None) t.ackNeed = AckNeed::Delayed;
}

void TcpEndpoint::ackFin()
{
    // A FIN is acknowledged like data (delayed when delayed ACKs are on); Linux's tcp_fin() also
    // enters pingpong mode, so the ACK waits for the application's answer (its FIN, often).
    if (!m_config.delayedAckOn()) {
        m_tcb.ackNeed = AckNeed::Now;
        return;
    }
    if (linuxAcks()) m_tcb.pingpong = true;
    if (m_tcb.ackNeed == AckNeed::None) m_tcb.ackNeed = AckNeed::Delayed;
}

void TcpEndpoint::ackSent()
{
    // Linux tcp_dec_quickack_mode(): an ACK that acknowledged what was owed uses one quick ACK;
    // leaving quick-ack mode resets the ATO.
    Tcb &t = m_tcb;
    if (linuxAcks() && t.ackNeed != AckNeed::None && t.quickAcks > 0 && --t.quickAcks == 0)
        t.atoUs = m_config.timers.delayedAckUs;
    t.rcvWup = t.rcvNxt;
}

void TcpEndpoint::dataSent()
{
    // Linux tcp_event_data_sent(): data sent within the ATO of the last data received is a
    // reply: interactive (pingpong) mode.
    Tcb &t = m_tcb;
    if (linuxAcks() && t.atoUs > 0 && m_sim.now() - t.lastDataUs < t.atoUs) t.pingpong = true;
}

void TcpEndpoint::armDelayedAck()
{
    if (!linuxAcks()) {
        if (!m_delayedAckTimer.armed()) m_delayedAckTimer.arm(m_config.timers.delayedAckUs);
        return;
    }
    // Linux tcp_send_delayed_ack(): wait the ATO, bounded by 200 ms in pingpong mode (500 ms
    // otherwise) and by the smoothed RTT; keep an earlier deadline, and send at once if that
    // deadline is within a quarter of the ATO. Before any data the ATO is 0: Linux sends at the
    // next tick of its clock (1 to 10 ms), the model at once.
    Tcb &t = m_tcb;
    if (t.atoUs == 0) {
        sendAck();
        return;
    }
    std::int64_t ato = t.atoUs;
    const std::int64_t atoMin = m_config.timers.delayedAckUs;
    if (ato > atoMin) {
        std::int64_t maxAto = t.pingpong ? kDelackMaxUs : kAtoMaxUs;
        if (t.rto.hasSample()) maxAto = std::min(maxAto, std::max(t.rto.srtt(), atoMin));
        ato = std::min(ato, maxAto);
    }
    ato = std::min(ato, kDelackMaxUs);
    if (m_delayedAckTimer.armed()) {
        if (m_delayedAckTimer.deadline() <= m_sim.now() + ato / 4) sendAck();
        return;
    }
    m_delayedAckTimer.arm(ato);
}

} // namespace wirestep
