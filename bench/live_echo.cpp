// Live echo benchmark: the TCP echo lab's socket path (Qt sockets, the event loop, the
// recorder, the kernel-state observer) against a plain POSIX TCP loopback pair driven by
// poll() in the same thread, in the same process. Several runs, lab and plain interleaved (the
// order swaps every run), so that a noisy neighbour hits both alike:
//   1. throughput: MiB each way per run, at most 1 MiB unread in flight;
//   2. round trips of 64-byte messages;
//   3. stalls: the slowest lab round trip and the longest gap between two events of the lab.
// Prints every run, the medians over the runs and the ratios of the medians, each target with
// "met" or "MISSED".
// Usage: live_echo [MiB per run (1024)] [round trips per run (20000)] [runs (5)]
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

// `bytes` through a plain pair: the client writes, the server echoes, the client reads.
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
        rtt.push_back(clock.nsecsElapsed());
    }
    ::close(p.client);
    ::close(p.server);
    return rtt;
}

struct LabThroughput {
    double mibs = 0;
    std::int64_t maxGapUs = 0;
    std::size_t events = 0;
};

// The lab with what a user gets by default (every write and read recorded), capture off.
bool labThroughput(std::int64_t bytes, LabThroughput *out)
{
    GapSink sink;
    LabOptions o;
    o.capture = false;
    EchoLab lab(sink, o);
    lab.setPayloadBytes(bytes);
    lab.setVerify(false);
    lab.setDeadlineMs(600000);
    if (!lab.start() || !lab.waitForFinished(600000) || lab.roundTripsNs().size() != 1) {
        std::fprintf(stderr, "live_echo: the lab failed: %s\n", qPrintable(lab.errorString()));
        return false;
    }
    // From the first byte written to the last byte read back, as for the plain pair: neither
    // the connection's setup nor the lab's settling time after the close (kSettleMs, for the
    // last states) is part of the stream.
    const double seconds = static_cast<double>(lab.roundTripsNs().front()) / 1e9;
    *out = {static_cast<double>(bytes) / seconds / (1024.0 * 1024.0), sink.maxGapUs, sink.count};
    return true;
}

bool labRoundTrips(int rounds, std::vector<std::int64_t> *out)
{
    GapSink sink;
    LabOptions o;
    o.capture = false;
    o.message = QString(64, u'r');
    o.messageSet = true;
    EchoLab lab(sink, o);
    lab.setRounds(rounds);
    lab.setRecordTransfers(false);
    lab.setDeadlineMs(600000);
    if (!lab.start() || !lab.waitForFinished(600000)) {
        std::fprintf(stderr, "live_echo: the round-trip lab failed: %s\n", qPrintable(lab.errorString()));
        return false;
    }
    *out = lab.roundTripsNs();
    return true;
}

template <typename T> T percentile(std::vector<T> v, double q)
{
    if (v.empty()) return T{};
    std::sort(v.begin(), v.end());
    return v[static_cast<std::size_t>(q * static_cast<double>(v.size() - 1))];
}

double us(std::int64_t ns) { return static_cast<double>(ns) / 1000.0; }
const char *verdict(bool met) { return met ? "met" : "MISSED"; }

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const std::int64_t mib = argc > 1 ? std::atoll(argv[1]) : 1024;
    const int rounds = argc > 2 ? std::atoi(argv[2]) : 20000;
    const int runs = argc > 3 ? std::atoi(argv[3]) : 5;
    if (mib <= 0 || rounds <= 0 || runs <= 0) {
        std::fprintf(stderr, "usage: live_echo [MiB per run] [round trips per run] [runs]\n");
        return 2;
    }
    const std::int64_t bytes = mib * 1024 * 1024;
    constexpr double kMinThroughputRatio = 0.80;
    constexpr double kMaxRttRatio = 2.00;
    constexpr double kStallMs = 20.0; // Nagle waiting for a delayed ACK costs 40 ms on Linux

    std::vector<double> labMiBs, plainMiBs;
    std::vector<std::int64_t> labMedianNs, plainMedianNs;
    std::int64_t labSlowestNs = 0, plainSlowestNs = 0, labMaxGapUs = 0;
    std::printf("%d runs; each: %lld MiB each way (1 MiB window), %d round trips of 64 bytes; lab and plain alternate\n",
                runs, static_cast<long long>(mib), rounds);
    std::printf("run  first   lab MiB/s  plain MiB/s  ratio   lab RTT med/p99/max us    plain RTT med/p99/max us  ratio\n");
    for (int run = 1; run <= runs; ++run) {
        const bool labFirst = run % 2 == 1;
        LabThroughput lab;
        double plain = 0;
        std::vector<std::int64_t> labRtt, plainRtt;
        if (labFirst) {
            if (!labThroughput(bytes, &lab)) return 1;
            plain = plainThroughput(bytes);
            if (!labRoundTrips(rounds, &labRtt)) return 1;
            plainRtt = plainRoundTrips(rounds);
        } else {
            plain = plainThroughput(bytes);
            if (!labThroughput(bytes, &lab)) return 1;
            plainRtt = plainRoundTrips(rounds);
            if (!labRoundTrips(rounds, &labRtt)) return 1;
        }
        labMiBs.push_back(lab.mibs);
        plainMiBs.push_back(plain);
        labMedianNs.push_back(percentile(labRtt, 0.5));
        plainMedianNs.push_back(percentile(plainRtt, 0.5));
        labSlowestNs = std::max(labSlowestNs, percentile(labRtt, 1.0));
        plainSlowestNs = std::max(plainSlowestNs, percentile(plainRtt, 1.0));
        labMaxGapUs = std::max(labMaxGapUs, lab.maxGapUs);
        std::printf("%3d  %-5s  %10.1f  %11.1f  %5.2f   %6.1f / %6.1f / %8.1f    %6.1f / %6.1f / %8.1f  %5.2f\n", run,
                    labFirst ? "lab" : "plain", lab.mibs, plain, lab.mibs / plain, us(labMedianNs.back()),
                    us(percentile(labRtt, 0.99)), us(percentile(labRtt, 1.0)), us(plainMedianNs.back()),
                    us(percentile(plainRtt, 0.99)), us(percentile(plainRtt, 1.0)),
                    static_cast<double>(labMedianNs.back()) / static_cast<double>(std::max<std::int64_t>(1, plainMedianNs.back())));
        std::fflush(stdout);
    }

    const double labTp = percentile(labMiBs, 0.5), plainTp = percentile(plainMiBs, 0.5);
    const std::int64_t labRttNs = percentile(labMedianNs, 0.5), plainRttNs = percentile(plainMedianNs, 0.5);
    const double tpRatio = labTp / plainTp;
    const double rttRatio = static_cast<double>(labRttNs) / static_cast<double>(std::max<std::int64_t>(1, plainRttNs));
    const double slowestMs = us(labSlowestNs) / 1000.0;
    const double gapMs = static_cast<double>(labMaxGapUs) / 1000.0;
    std::printf("medians over %d runs:\n", runs);
    std::printf("  throughput      echo lab %9.1f MiB/s   plain %9.1f MiB/s   lab / plain %5.2f  (target >= %.2f: %s)\n", labTp,
                plainTp, tpRatio, kMinThroughputRatio, verdict(tpRatio >= kMinThroughputRatio));
    std::printf("  round trip      echo lab %9.1f us      plain %9.1f us      lab / plain %5.2f  (target <= %.2f: %s)\n",
                us(labRttNs), us(plainRttNs), rttRatio, kMaxRttRatio, verdict(rttRatio <= kMaxRttRatio));
    std::printf("  stalls          slowest lab round trip %.3f ms (plain %.3f ms), longest gap in the lab's stream %.3f ms\n"
                "                  (target: none of %.0f ms or more: %s)\n",
                slowestMs, us(plainSlowestNs) / 1000.0, gapMs, kStallMs, verdict(slowestMs < kStallMs && gapMs < kStallMs));
    return 0;
}
