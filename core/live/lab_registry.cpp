#include "core/live/lab_registry.h"

#include "core/live/chat_lab.h"
#include "core/live/echo_lab.h"
#include "core/live/refused_reset_lab.h"
#include "core/live/stream_lab.h"
#include "core/live/time_wait_lab.h"
#include "core/live/udp_chat_lab.h"
#include "core/live/udp_time_lab.h"

namespace wirestep {

namespace {

template <typename Lab>
LabRegistry::Factory factory()
{
    return [](TraceSink &sink, const LabOptions &options) -> std::unique_ptr<LiveLab> {
        return std::make_unique<Lab>(sink, options);
    };
}

} // namespace

std::vector<LabRegistry::Entry> LabRegistry::labs()
{
    return {
        {QStringLiteral("echo"), QT_TR_NOOP("TCP echo: connect, send a message, read the reply, close."), factory<EchoLab>()},
        {QStringLiteral("chat"), QT_TR_NOOP("TCP chat: one event-driven server, several clients, every message to every other client."), factory<ChatLab>()},
        {QStringLiteral("udp-time"), QT_TR_NOOP("UDP time server: send a time format, get the server's local time in that format."), factory<UdpTimeLab>()},
        {QStringLiteral("udp-chat"), QT_TR_NOOP("UDP chat: two peers send each other a datagram, with no connection."), factory<UdpChatLab>()},
        {QStringLiteral("stream-vs-datagram"), QT_TR_NOOP("Three writes over TCP may be read as one; over UDP they are three datagrams."), factory<StreamLab>()},
        {QStringLiteral("time-wait"), QT_TR_NOOP("The server closes first, waits in TIME_WAIT, and listening again needs SO_REUSEADDR."), factory<TimeWaitLab>()},
        {QStringLiteral("refused-reset"), QT_TR_NOOP("Connection refused by a port with no listener, and a connection reset by a peer that aborts."), factory<RefusedResetLab>()},
    };
}

std::unique_ptr<LiveLab> LabRegistry::create(const QString &id, TraceSink &sink, const LabOptions &options)
{
    for (const Entry &e : labs())
        if (e.id == id) return e.create(sink, options);
    return nullptr;
}

QString LabRegistry::describe(const Entry &entry) { return tr(entry.description); }

} // namespace wirestep
