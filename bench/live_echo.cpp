// Live echo benchmark: the TCP echo lab's socket path (Qt sockets, the event loop, the
// recorder, the kernel-state observer) against a plain POSIX TCP loopback pair driven by
// poll() in the same thread, in the same run.
//   1. throughput: 1 GiB each way, at most 1 MiB unread in flight;
//   2. round trips of 64-byte messages;
//   3. stalls: the longest gap between two events of the lab, the slowest round trip.
// Prints each figure and the ratios. Usage: live_echo [MiB] [round trips]
#include "core/live/echo_lab.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <arpa/inet.h>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

using namespace wirestep;

namespace {

// Keeps nothing; notes the longest gap between two events.
class GapSink : public TraceSink {
public:
    void append(const TraceEvent &e) override
    {
        if (count++ > 0) maxGapUs = std::max(maxGapUs, e.tUs - lastUs);
        lastUs = e.tUs;
    }
    std::int64_t maxGapUs = 0;
    std::int64_t lastUs = 0;
    std::size_t count = 0;
};

struct Pair {
    int client = -1;
    int server = -1;
};

Pair plainPair()
{
    Pair p;
    const int listener = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof a;
    if (::bind(listener, reinterpret_cast<sockaddr *>(&a), sizeof a) != 0 || ::listen(listener, 1) != 0) std::exit(1);
    ::getsockname(listener, reinterpret_cast<sockaddr *>(&a), &len);
    p.client = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (::connect(p.client, reinterpret_cast<sockaddr *>(&a), sizeof a) != 0) std::exit(1);
    p.server = ::accept4(listener, nullptr, nullptr, SOCK_CLOEXEC);
    ::close(listener);
    const int on = 1;
    for (int fd : {p.client, p.server}) ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
    return p;
}

// 1 GiB through a plain pair: the client writes, the server echoes, the client reads.
double plainThroughput(std::int64_t bytes)
{
    Pair p = plainPair();
    for (int fd : {p.client, p.server}) ::fcntl(fd, F_SETFL, O_NONBLOCK);
    std::vector<char> out(256 * 1024, 'x'), in(256 * 1024), echo(256 * 1024); // the lab writes 256 KiB at a time too
    std::int64_t sent = 0, received = 0, pendingEcho = 0, echoOffset = 0;
    constexpr std::int64_t window = 1024 * 1024;
    QElapsedTimer clock;
    clock.start();
    while (received < bytes) {
        pollfd fds[2] = {{p.client, POLLIN, 0}, {p.server, POLLIN, 0}};
        if (sent < bytes && sent - received < window) fds[0].events |= POLLOUT;
        if (pendingEcho > 0) fds[1].events |= POLLOUT;
        ::poll(fds, 2, 1000);
        if (fds[0].revents & POLLOUT) {
            const ssize_t n = ::send(p.client, out.data(), static_cast<std::size_t>(std::min<std::int64_t>(out.size(), bytes - sent)), 0);
            if (n > 0) sent += n;
        }
        if (pendingEcho == 0 && (fds[1].revents & POLLIN)) {
            const ssize_t n = ::recv(p.server, echo.data(), echo.size(), 0);
            if (n > 0) { pendingEcho = n; echoOffset = 0; }
        }
        if (pendingEcho > 0) {
            const ssize_t n = ::send(p.server, echo.data() + echoOffset, static_cast<std::size_t>(pendingEcho), 0);
            if (n > 0) { pendingEcho -= n; echoOffset += n; }
        }
        if (fds[0].revents & POLLIN) {
            const ssize_t n = ::recv(p.client, in.data(), in.size(), 0);
            if (n > 0) received += n;
        }
    }
    const double seconds = static_cast<double>(clock.nsecsElapsed()) / 1e9;
    ::close(p.client);
    ::close(p.server);
    return static_cast<double>(bytes) / seconds / (1024.0 * 1024.0);
}

std::vector<std::int64_t> plainRoundTrips(int rounds)
{
    Pair p = plainPair();
    char message[64] = {}, buffer[64];
    std::vector<std::int64_t> rtt;
    rtt.reserve(static_cast<std::size_t>(rounds));
    QElapsedTimer clock;
    for (int i = 0; i < rounds; ++i) {
        clock.start();
        ::send(p.client, message, sizeof message, 0);
        for (std::size_t got = 0; got < sizeof buffer;) got += static_cast<std::size_t>(std::max<ssize_t>(0, ::recv(p.server, buffer + got, sizeof buffer - got, 0)));
        ::send(p.server, buffer, sizeof buffer, 0);
        for (std::size_t got = 0; got < sizeof buffer;) got += static_cast<std::size_t>(std::max<ssize_t>(0, ::recv(p.client, buffer + got, sizeof buffer - got, 0)));
        rtt.push_back(clock.nsecsElapsed() / 1000);
    }
    ::close(p.client);
    ::close(p.server);
    return rtt;
}

std::int64_t percentile(std::vector<std::int64_t> v, double q)
{
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    return v[static_cast<std::size_t>(q * static_cast<double>(v.size() - 1))];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const std::int64_t mib = argc > 1 ? std::atoll(argv[1]) : 1024;
    const int rounds = argc > 2 ? std::atoi(argv[2]) : 20000;
    const std::int64_t bytes = mib * 1024 * 1024;

    // 1. Throughput.
    GapSink labSink;
    LabOptions o;
    o.capture = false;
    EchoLab lab(labSink, o);
    lab.setPayloadBytes(bytes);
    lab.setVerify(false);
    lab.setDeadlineMs(600000);
    QElapsedTimer clock;
    clock.start();
    if (!lab.start() || !lab.waitForFinished(600000)) {
        std::fprintf(stderr, "live_echo: the lab failed: %s\n", qPrintable(lab.errorString()));
        return 1;
    }
    const double labSeconds = static_cast<double>(clock.nsecsElapsed()) / 1e9;
    const double labMiBs = static_cast<double>(bytes) / labSeconds / (1024.0 * 1024.0);
    const double plainMiBs = plainThroughput(bytes);

    // 2. Round trips.
    GapSink rttSink;
    LabOptions ro;
    ro.capture = false;
    ro.message = QString(64, u'r');
    ro.messageSet = true;
    EchoLab rttLab(rttSink, ro);
    rttLab.setRounds(rounds);
    rttLab.setRecordTransfers(false);
    rttLab.setDeadlineMs(600000);
    if (!rttLab.start() || !rttLab.waitForFinished(600000)) {
        std::fprintf(stderr, "live_echo: the round-trip lab failed: %s\n", qPrintable(rttLab.errorString()));
        return 1;
    }
    const auto labRtt = rttLab.roundTripsUs();
    const auto plainRtt = plainRoundTrips(rounds);

    std::printf("throughput, %lld MiB each way (1 MiB window):\n", static_cast<long long>(mib));
    std::printf("  echo lab        %9.1f MiB/s  (%zu events recorded, longest gap between events %.3f ms)\n", labMiBs,
                labSink.count, static_cast<double>(labSink.maxGapUs) / 1000.0);
    std::printf("  plain TCP pair  %9.1f MiB/s\n", plainMiBs);
    std::printf("  lab / plain     %9.2f   (target >= 0.80)\n", labMiBs / plainMiBs);
    std::printf("round trips of 64-byte messages (%d):\n", rounds);
    std::printf("  echo lab        median %6lld us  p99 %6lld us  max %6lld us\n", static_cast<long long>(percentile(labRtt, 0.5)),
                static_cast<long long>(percentile(labRtt, 0.99)), static_cast<long long>(percentile(labRtt, 1.0)));
    std::printf("  plain TCP pair  median %6lld us  p99 %6lld us  max %6lld us\n", static_cast<long long>(percentile(plainRtt, 0.5)),
                static_cast<long long>(percentile(plainRtt, 0.99)), static_cast<long long>(percentile(plainRtt, 1.0)));
    const double ratio = static_cast<double>(percentile(labRtt, 0.5)) / static_cast<double>(std::max<std::int64_t>(1, percentile(plainRtt, 0.5)));
    std::printf("  lab / plain     %9.2f   (target <= 2.00 for the median)\n", ratio);
    std::printf("stalls: slowest lab round trip %.3f ms, longest gap in the stream %.3f ms (target: none of tens of ms)\n",
                static_cast<double>(percentile(labRtt, 1.0)) / 1000.0, static_cast<double>(labSink.maxGapUs) / 1000.0);
    return 0;
}
