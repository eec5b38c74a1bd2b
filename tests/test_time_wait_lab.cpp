#include "core/live/kernel_state_observer.h"
#include "core/live/time_wait_lab.h"
#include "tests/live_test_support.h"

#include <catch2/catch.hpp>

#include <cerrno>

using namespace wirestep;
using namespace wirestep::livetest;

TEST_CASE("after the server's active close the kernel shows TIME_WAIT and re-listening needs SO_REUSEADDR", "[live][time-wait]")
{
    Trace trace;
    TimeWaitLab lab(trace, LabOptions{});
    REQUIRE(lab.start());
    const std::uint16_t port = lab.serverPort();
    REQUIRE(lab.waitForFinished(10000));
    const auto &outcome = lab.outcome();
    CHECK(outcome.timeWaitSeen);
    CHECK(outcome.withoutReuse.fd < 0);
    CHECK(outcome.withoutReuse.error == EADDRINUSE);
    CHECK(QString::fromLatin1(outcome.withoutReuse.failedCall) == QStringLiteral("bind"));
    CHECK(outcome.withReuse.error == 0);
    CHECK(outcome.withReuse.port == port);

    // The trace: TIME_WAIT on the server, which closed first; the client closed second.
    const auto server = trace.statesOf(NodeId::Server);
    CHECK(std::find(server.begin(), server.end(), TcpState::TimeWait) != server.end());
    const auto client = trace.statesOf(NodeId::Client);
    CHECK(std::find(client.begin(), client.end(), TcpState::CloseWait) != client.end());
    // Listening again: bind() fails with EADDRINUSE without SO_REUSEADDR (no listen() follows),
    // and succeeds with it.
    const auto listens = appEvents(trace, NodeId::Server, AppCall::Listen);
    REQUIRE(listens.size() == 2);
    CHECK(listens[0].error == AppError::None);
    CHECK(listens[1].error == AppError::None);
    const auto binds = appEvents(trace, NodeId::Server, AppCall::Bind);
    REQUIRE(binds.size() == 2);
    CHECK(binds[0].error == AppError::AddressInUse);
    CHECK(binds[0].data.rfind("SO_REUSEADDR=0", 0) == 0);
    CHECK(binds[1].error == AppError::None);
    CHECK(binds[1].data.rfind("SO_REUSEADDR=1", 0) == 0);

    // The kernel's table still lists the TIME_WAIT socket of the finished lab.
    const auto rows = KernelStateObserver::readTables();
    REQUIRE(rows);
    const auto local = KernelStateObserver::Endpoint::from(QHostAddress::LocalHost, port);
    const auto remote = KernelStateObserver::Endpoint::from(QHostAddress::LocalHost, lab.clientPort());
    CHECK(std::any_of(rows->begin(), rows->end(), [&](const auto &k) { return k.local == local && k.remote == remote && k.code == 6; }));
}

TEST_CASE("the time-wait lab releases every descriptor", "[live][time-wait][fd]")
{
    CountingSink sink;
    {
        // The first lab in a process makes Qt open what it keeps for good.
        TimeWaitLab warmUp(sink, LabOptions{});
        REQUIRE(warmUp.start());
        REQUIRE(warmUp.waitForFinished(10000));
    }
    flushDeferredDeletes();
    const int before = openDescriptors();
    for (int i = 0; i < 5; ++i) {
        TimeWaitLab lab(sink, LabOptions{});
        REQUIRE(lab.start());
        REQUIRE(lab.waitForFinished(10000));
    }
    flushDeferredDeletes();
    CHECK(openDescriptors() == before);
}
