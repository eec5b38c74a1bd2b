#pragma once
#include "core/sim/receive_buffer.h"
#include "core/sim/rto_estimator.h"
#include "core/sim/segment_port.h"
#include "core/sim/send_buffer.h"
#include "core/sim/simulator.h"
#include "core/sim/tcp_config.h"
#include "core/trace/tcp_state.h"
#include "core/sim/tcp_timer.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace wirestep {

// One TCP connection block (TCB) of RFC 9293 and the application calls on it.
// The endpoint has no clock and no I/O of its own: time comes from the Simulator, segments go
// out through the SegmentPort, timers are deadlines scheduled on the Simulator. Every state
// change goes through setState(), which records it in the trace with its cause.
// The class is defined in files that follow RFC 9293 §3.10: tcp_endpoint.cpp (state and the
// application calls), tcp_input.cpp (SEGMENT ARRIVES), tcp_output.cpp (sending and timers), and
// two for the linux profile's Linux behaviour: tcp_ack_policy.cpp (when to acknowledge: RFC 1122,
// or Linux's quick-ack and pingpong modes), tcp_loss_probe.cpp (the tail loss probe, RFC 8985).
//
// What the application is told is recorded as `app` events: "recv" (bytes, data), "eof" once
// when the peer's FIN is read, and "error" with one of the tokens "connection refused",
// "connection reset", "connection timed out". A call that is illegal in the current state is
// recorded with `error` set (RFC 9293 §3.10 wording) and does nothing else.
//
// Choices where the RFCs leave room (Linux's where it has one):
// - SYN_RECEIVED from a passive open that exhausts synAckRetries returns to LISTEN without
//   telling the application, which never saw the connection; it sends a RST first except on
//   the linux profile (Linux drops the request silently).
// - Running out of data retransmissions tells the application "connection timed out"; a RST
//   goes to the peer first except on the linux profile (Linux's tcp_write_err() sends none).
// - ABORT, close() with unread data and a keepalive give-up send <SEQ=SND.NXT><CTL=RST>; on the
//   linux profile <SEQ=SND.NXT><ACK=RCV.NXT><CTL=RST,ACK>, as Linux does.
// - close() in SYN_SENT with data queued tells the application "connection closing" (RFC 9293
//   §3.10.4) and sends nothing.
// - On the linux profile, as Linux: segments of at most half the peer's largest window, and
//   out-of-window segments without data answered at most once per 500 ms.
//   docs/tcp-reference.md §7 lists what the linux profile does the Linux way.
// - A SYN that runs out of synRetries ends without a RST (the peer holds nothing to reset).
// - FIN_WAIT_2 times out (after close() only) silently, into CLOSED.
// - A RST in TIME_WAIT closes it (RFC 9293; Linux's default, no RFC 1337 protection).
// - Data carried on a SYN or SYN,ACK is not kept; the peer sends it again.
// - close() with received data unread, or data arriving after close() with autoRecv off,
//   is answered with a RST (RFC 1122 §4.2.2.13), so no byte is lost without anyone knowing.
// - The retransmission timer doubles as the persist timer while the peer's window is zero.
class TcpEndpoint {
public:
    TcpEndpoint(Simulator &sim, NodeId self, SegmentPort &out, TcpConfig config);
    ~TcpEndpoint();
    TcpEndpoint(const TcpEndpoint &) = delete;
    TcpEndpoint &operator=(const TcpEndpoint &) = delete;

    // Application calls (RFC 9293 §3.10.1 - §3.10.6). Each records an `app` event first.
    void listen();                          // passive OPEN
    void connect(std::uint16_t remotePort); // active OPEN
    void send(std::string data);            // SEND
    std::string recv(std::size_t max = SIZE_MAX); // RECEIVE (when autoRecv is off)
    void shutdown();                        // half-close: FIN, keep receiving
    void close();                           // CLOSE
    void abort();                           // ABORT: RST

    // SEGMENT ARRIVES (RFC 9293 §3.10.7).
    void receive(const Segment &seg);
    // The node crashed: forget the connection silently (no segment, no timer left). The one
    // state change not caused by TCP itself; it is still recorded, as a change to CLOSED.
    void forget();

    TcpState state() const { return m_state; }
    const TcpConfig &config() const { return m_config; }
    std::uint16_t localPort() const { return m_config.port; }
    std::uint16_t remotePort() const { return m_tcb.remotePort; }
    // What was delivered to the application so far, in order (over all connections): all of it
    // up to kKeptDeliveredBytes, so that a long transfer needs no memory in proportion to its
    // length (the trace's recv events carry every byte); deliveredBytes() counts everything.
    const std::string &delivered() const { return m_delivered; }
    std::uint64_t deliveredBytes() const { return m_deliveredBytes; }
    static constexpr std::size_t kKeptDeliveredBytes = 16 * 1024 * 1024;

    // ISNs (RFC 9293 §3.4.1): with config.isn set, the first connection uses it and every later
    // one takes the next of config.laterIsns, then advances from the previous ISS by the 4 µs ISN clock (so that a new connection on the
    // same ports starts above the old one's numbers); without it, each ISN comes from the seed.
    // setIsn() fixes the ISN of the next connection only (a rebooted host, an RFC figure).
    void setIsn(std::optional<std::uint32_t> isn) { m_nextIsn = isn; }

    // A window into the TCB (RFC 9293 §3.3.1), for tests and inspectors.
    std::uint32_t iss() const { return m_tcb.iss; }
    std::uint32_t sndUna() const { return m_tcb.sndUna; }
    std::uint32_t sndNxt() const { return m_tcb.sndNxt; }
    std::uint32_t sndWnd() const { return m_tcb.sndWnd; }
    std::uint32_t irs() const { return m_tcb.irs; }
    std::uint32_t rcvNxt() const { return m_tcb.rcvNxt; }
    std::uint16_t rcvWnd() const;
    std::int64_t rto() const { return m_tcb.rto.rto(); }
    const RtoEstimator &rtoEstimator() const { return m_tcb.rto; }
    // Bytes the application wrote that the peer has not yet acknowledged.
    std::size_t unackedBytes() const { return m_tcb.sendBuf.size(); }
    // Bytes received in order that the application has not read (autoRecv off).
    std::size_t unreadBytes() const { return m_tcb.rcvBuf.readable(); }
    // SYN_RECEIVED entered from SYN_SENT (simultaneous open) rather than from LISTEN (MUST-11).
    bool openedActively() const { return m_tcb.open == OpenMode::Active; }

    // RFC 9293 §3.10.7.1: the answer of a port with no TCB to `incoming` (none to a RST).
    static std::optional<Segment> resetForClosedPort(const Segment &incoming, NodeId self);

private:
    // How the connection in SYN_RECEIVED was opened: it decides where a RST leads (§3.10.7.4).
    enum class OpenMode {
        Active,   // connect(): SYN_SENT -> SYN_RECEIVED on a simultaneous open
        Passive,  // listen(): a RST returns to LISTEN
        Reopened, // a new SYN accepted in TIME_WAIT (§3.6.1); nobody listens afterwards
    };
    enum class AckNeed { None, Delayed, Now };

    // The per-connection variables; a fresh one for every connection.
    struct Tcb {
        std::uint16_t remotePort = 0;
        OpenMode open = OpenMode::Active;
        bool closeCalled = false;   // close(), not shutdown(): FIN_WAIT_2 may time out

        // Send sequence space (RFC 9293 §3.3.1).
        std::uint32_t iss = 0;
        std::uint32_t sndUna = 0;
        std::uint32_t sndNxt = 0;
        std::uint32_t sndWnd = 0;
        std::uint32_t sndWl1 = 0;
        std::uint32_t sndWl2 = 0;
        std::uint32_t maxSndWnd = 0; // the largest window the peer has offered (RFC 1122 §4.2.3.4)
        std::uint16_t peerMss = 536; // RFC 9293 §3.7.1: 536 when no MSS option arrived
        SendBuffer sendBuf;          // written by the application, not yet acknowledged
        bool finQueued = false;      // the application will send no more: FIN follows the data
        bool finSent = false;

        // Receive sequence space.
        std::uint32_t irs = 0;
        std::uint32_t rcvNxt = 0;
        bool haveIrs = false;
        ReceiveBuffer rcvBuf;
        bool peerFinHeld = false;    // a FIN arrived beyond a gap
        std::uint32_t peerFinSeq = 0;
        bool peerFinReceived = false;
        bool eofReported = false;

        // Retransmission (RFC 6298, RFC 5681).
        RtoEstimator rto;
        int retries = 0;             // timeouts since SND.UNA last advanced
        int dupAcks = 0;
        bool recovering = false;     // after an RTO or fast retransmit, until `recover` is acked
        std::uint32_t recover = 0;
        bool rttTiming = false;      // one segment timed at a time (Karn: never a retransmitted one)
        std::uint32_t rttSeq = 0;
        std::int64_t rttStartUs = 0;
        bool handshakeTimedOut = false;

        // Acknowledgments (RFC 1122 §4.2.3.2) and window updates (§4.2.3.3).
        AckNeed ackNeed = AckNeed::None;
        int unackedFullSegments = 0;
        std::uint32_t lastAdvertisedWnd = 0;
        // Linux's delayed ACK on the linux profile (tcp_ack_policy.cpp): quick-ack mode, the
        // ATO estimate, pingpong (interactive) mode.
        int quickAcks = 0;           // ACKs still sent at once (icsk_ack.quick)
        bool pingpong = false;       // interactive: an ACK waits to ride on the reply
        std::int64_t atoUs = 0;      // the delayed-ACK timeout estimate; 0 until data arrives
        std::int64_t lastDataUs = 0; // when data last arrived (icsk_ack.lrcvtime)
        std::uint32_t rcvMss = 0;    // the peer's segment size as seen (icsk_ack.rcv_mss)
        std::uint32_t rcvWup = 0;    // RCV.NXT when the last ACK was sent (tp->rcv_wup)

        // Tail loss probe on the linux profile (tcp_loss_probe.cpp).
        bool probeArmed = false;          // the retransmission timer counts the probe timeout
        std::int64_t probeDeadlineUs = 0;
        std::int64_t rtoDeadlineUs = 0;   // when the RTO would have fired instead
        bool probeOutstanding = false;    // a probe went out; SND.NXT then not yet acknowledged
        std::uint32_t probeHighSeq = 0;
        std::uint32_t lastSegmentSeq = 0; // where the last new segment sent began
        // Linux's rate limit on answers to segments outside the window (linux profile).
        std::int64_t lastOowAckUs = -1;

        // Keepalive (RFC 1122 §4.2.3.6).
        int probesSent = 0;
        std::int64_t lastReceivedUs = 0;
    };

    // Keeps what was delivered to the application (up to kKeptDeliveredBytes).
    void keepDelivered(const std::string &data);
    // The one place m_state changes; records the `state` event.
    void setState(TcpState next, std::string_view counterfactual = {});
    void resetTcb();
    void toClosed(std::string_view counterfactual = {});
    void enterTimeWait();
    void enterEstablished(const Segment &seg);

    // Trace records for the application.
    std::uint64_t recordApp(AppCall call, AppError error = AppError::None, std::int64_t bytes = -1,
                            std::string data = {});
    void tellApp(AppError error) { recordApp(AppCall::Error, error); }
    void deliverToApp();
    void reportEof();

    // Opening and closing.
    void openActive(std::uint16_t remotePort);
    void chooseIss();
    void startSequence(std::uint32_t iss);
    void closeSending(AppCall call, bool closeCalled);

    // SEGMENT ARRIVES, by RFC 9293 §3.10.7 section.
    void onSegmentListen(const Segment &seg);
    void onSegmentSynSent(const Segment &seg);
    void onSegmentOtherwise(const Segment &seg);
    bool answeredAsStranger(const Segment &seg);
    bool acceptable(const Segment &seg) const;
    void onRst(const Segment &seg);
    bool onAck(const Segment &seg);
    void onText(const Segment &seg);
    void onFin();
    void timeWaitReopen(const Segment &seg);
    void acceptSynOf(const Segment &seg);
    bool ackAcceptable(std::uint32_t ack) const;
    bool advanceUna(std::uint32_t ack);
    void updateWindow(const Segment &seg);

    // Output.
    Segment makeSegment(std::uint8_t flags, std::uint32_t seq, std::string payload = {}) const;
    void output(Segment seg);
    void sendAck();
    void sendSyn(bool retransmission, SendCause cause = SendCause::None);
    void sendReset(std::uint32_t seq);
    void sendAbortReset(); // the RST of ABORT, of close() with unread data, of a keepalive give-up
    void sendResetFor(const Segment &seg); // <SEQ=SEG.ACK><CTL=RST> or the ACK,RST form
    // `cause`: what sends the new data now, when it is not the application or an ACK (a tail
    // loss probe).
    void transmitPending(SendCause cause = SendCause::None);
    void retransmitFirst(SendCause cause);
    void flushOutput();
    void maybeWindowUpdate();
    std::uint32_t sendMss() const;
    std::uint32_t dataEndSeq() const { return m_tcb.sendBuf.endSeq(); }
    bool synAcked() const { return m_tcb.sndUna != m_tcb.iss; }
    bool finAcked() const;

    // Acknowledgment policy (tcp_ack_policy.cpp): RFC 1122 §4.2.3.2 and RFC 5681 §4.2, and
    // Linux's variant on the linux profile.
    bool linuxAcks() const { return m_config.delayedAckOn() && m_config.linuxBehaviour(); }
    void ackData(std::size_t len, bool inOrder, bool hadGap);
    void ackFin();
    void ackSent();
    void dataSent();
    void armDelayedAck();
    void enterQuickAck();
    void growQuickAcks();

    // Tail loss probe (tcp_loss_probe.cpp): RFC 8985 §7, Linux's on the linux profile.
    bool scheduleLossProbe(bool restartRto);
    void sendLossProbe();

    // Timers.
    void onRetransmissionTimeout();
    void onKeepaliveTimeout();
    void onDelayedAckTimeout();
    void restartRetransmissionTimer();
    enum class GiveUp { Retransmissions, Keepalive };
    void giveUp(AppError error, GiveUp why);
    void sendKeepaliveProbe();
    void cancelAllTimers();

    Simulator &m_sim;
    NodeId m_self;
    SegmentPort &m_out;
    TcpConfig m_config;
    TcpState m_state = TcpState::Closed;
    std::optional<std::uint32_t> m_nextIsn; // the next connection's ISN, used once
    std::size_t m_laterIsnsUsed = 0;        // how many of config.laterIsns have been used
    std::optional<std::uint32_t> m_lastIss; // for the ISN clock
    std::int64_t m_lastIssUs = 0;
    Tcb m_tcb;
    std::string m_delivered;
    std::uint64_t m_deliveredBytes = 0;
    TcpTimer m_rtxTimer;
    TcpTimer m_timeWaitTimer;
    TcpTimer m_keepaliveTimer;
    TcpTimer m_delayedAckTimer;
    TcpTimer m_finWait2Timer;
};

} // namespace wirestep
