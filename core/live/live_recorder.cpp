#include "core/live/live_recorder.h"

#include <cerrno>

#include <QString>

#include <algorithm>
#include <ctime>

namespace wirestep {

namespace {

std::int64_t realtimeNowUs()
{
    timespec ts{};
    clock_gettime(CLOCK_REALTIME, &ts);
    return static_cast<std::int64_t>(ts.tv_sec) * 1000000 + ts.tv_nsec / 1000;
}

} // namespace

LiveRecorder::LiveRecorder(TraceSink &sink) : m_sink(sink) { restart(); }

void LiveRecorder::restart()
{
    m_clock.start();
    m_realtimeStartUs = realtimeNowUs();
    m_lastUs = 0;
    m_nextId = 1;
}

std::int64_t LiveRecorder::nowUs() const { return m_clock.nsecsElapsed() / 1000; }

std::int64_t LiveRecorder::fromRealtimeUs(std::int64_t realtimeUs) const
{
    return std::clamp(realtimeUs - m_realtimeStartUs, m_lastUs, std::max(m_lastUs, nowUs()));
}

void LiveRecorder::catchUp()
{
    if (!m_beforeRecord || m_inHook) return;
    m_inHook = true;
    m_beforeRecord();
    m_inHook = false;
}

std::uint64_t LiveRecorder::record(TraceEvent event, std::int64_t tUs)
{
    if (m_beforeRecord && !m_inHook) {
        m_inHook = true;
        m_beforeRecord();
        m_inHook = false;
    }
    event.id = m_nextId++;
    event.tUs = std::max(m_lastUs, tUs >= 0 ? tUs : nowUs());
    m_lastUs = event.tUs;
    m_sink.append(event);
    if (m_afterRecord) m_afterRecord(event);
    return event.id;
}

std::uint64_t LiveRecorder::app(NodeId node, AppCall call, std::int64_t bytes, std::string data, AppError error)
{
    return record(appEvent(node, call, error, bytes, std::move(data)));
}

AppError LiveRecorder::errorFromErrno(int error)
{
    switch (error) {
    case 0: return AppError::None;
    case EADDRINUSE: return AppError::AddressInUse;
    case ECONNREFUSED: return AppError::Refused;
    case ECONNRESET: return AppError::Reset;
    case ETIMEDOUT: return AppError::TimedOut;
    default: return AppError::Other;
    }
}

AppError LiveRecorder::errorFromSocket(QAbstractSocket::SocketError error)
{
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError: return AppError::Refused;
    case QAbstractSocket::RemoteHostClosedError: return AppError::PeerClosed;
    case QAbstractSocket::SocketTimeoutError: return AppError::TimedOut;
    case QAbstractSocket::AddressInUseError: return AppError::AddressInUse;
    default: return AppError::Other;
    }
}

std::string LiveRecorder::clientTag(int clientNumber, int clientCount)
{
    if (clientCount <= 1) return {};
    return "[client " + std::to_string(clientNumber) + "] ";
}

std::string LiveRecorder::textData(const char *bytes, std::size_t size)
{
    if (size == 0 || size > kMaxTextBytes) return {};
    const QString s = QString::fromUtf8(bytes, static_cast<qsizetype>(size));
    for (const QChar c : s)
        if (c == QChar::ReplacementCharacter || (c.category() == QChar::Other_Control && c != u'\n' && c != u'\t'))
            return {};
    return std::string(bytes, size);
}

} // namespace wirestep
