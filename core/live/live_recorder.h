#pragma once
#include "core/trace/trace_sink.h"

#include <QAbstractSocket>
#include <QElapsedTimer>

#include <cstdint>
#include <functional>
#include <string>

namespace wirestep {

// Records what a live lab sees into a TraceSink, with real time: microseconds since the lab
// started, measured with a monotonic clock. Ids are 1, 2, 3 ... in the order recorded, and the
// times never go backwards (an event stamped earlier than the last one gets the last one's time).
//
// Labs with more than one client record every client as node=client and put the client's
// number in `data`, as a prefix "[client N] " (N from 1); see clientTag().
class LiveRecorder {
public:
    explicit LiveRecorder(TraceSink &sink);

    // Time zero is now; the id counter starts again at 1.
    void restart();
    std::int64_t nowUs() const;
    // A CLOCK_REALTIME time (as pcap stamps packets) on the lab's clock, between the last
    // recorded time and now.
    std::int64_t fromRealtimeUs(std::int64_t realtimeUs) const;

    // Called before each event is recorded (not re-entered), so that a packet capture can
    // record the segments that came first.
    void setBeforeRecord(std::function<void()> hook) { m_beforeRecord = std::move(hook); }
    // Runs the before-record hook now, as if an event were about to be recorded.
    void catchUp();
    // Called after each event is recorded (a kernel-state poll after an application call).
    void setAfterRecord(std::function<void(const TraceEvent &)> hook) { m_afterRecord = std::move(hook); }

    // Records `event` with the next id; its time is now unless tUs >= 0 is given. Returns the id.
    std::uint64_t record(TraceEvent event, std::int64_t tUs = -1);
    // An app event: the call, its byte count (-1 = none), text data and the error, if any.
    std::uint64_t app(NodeId node, AppCall call, std::int64_t bytes = -1, std::string data = {},
                      AppError error = AppError::None);
    // The error a socket call failed with, from its errno (EADDRINUSE, ECONNREFUSED, ...); Other
    // for the rest, whose text then belongs in the event's data.
    static AppError errorFromErrno(int error);
    // The same for a socket error Qt reports.
    static AppError errorFromSocket(QAbstractSocket::SocketError error);

    std::uint64_t eventCount() const { return m_nextId - 1; }

    // "[client 3] " for client 3 in a lab with several clients; empty when there is only one.
    static std::string clientTag(int clientNumber, int clientCount);
    // `bytes` as event data when they are short printable text (UTF-8), else empty.
    static std::string textData(const char *bytes, std::size_t size);
    // Longer data is never shown as text.
    static constexpr std::size_t kMaxTextBytes = 1024;

private:
    TraceSink &m_sink;
    QElapsedTimer m_clock;
    std::int64_t m_realtimeStartUs = 0;
    std::int64_t m_lastUs = 0;
    std::uint64_t m_nextId = 1;
    std::function<void()> m_beforeRecord;
    std::function<void(const TraceEvent &)> m_afterRecord;
    bool m_inHook = false;
};

} // namespace wirestep
