#include "core/live/refused_reset_lab.h"
#include "tests/live_test_support.h"

#include <catch2/catch.hpp>

using namespace wirestep;
using namespace wirestep::livetest;

TEST_CASE("connect to a port with no listener is refused; an aborting peer resets", "[live][refused-reset]")
{
    Trace trace;
    RefusedResetLab lab(trace, LabOptions{});
    REQUIRE(lab.start());
    REQUIRE(lab.waitForFinished(10000));
    CHECK(lab.refusedError() == QAbstractSocket::ConnectionRefusedError);
    // Qt reports a reset by the peer as RemoteHostClosedError.
    CHECK(lab.resetError() == QAbstractSocket::RemoteHostClosedError);

    const auto errors = appEvents(trace, NodeId::Client, AppCall::Error);
    REQUIRE(errors.size() >= 2);
    CHECK(errors[0].data == "ConnectionRefusedError");
    CHECK(errors[0].error == AppError::Refused);
    CHECK(errors.back().data == "RemoteHostClosedError");
    CHECK(appEvents(trace, NodeId::Server, AppCall::Abort).size() == 1);

    // The kernel: the reset connection went from ESTABLISHED to CLOSED with no FIN states.
    const auto client = trace.statesOf(NodeId::Client);
    REQUIRE(client.size() >= 2);
    CHECK(client[client.size() - 2] == TcpState::Established);
    CHECK(client.back() == TcpState::Closed);
    CHECK(std::find(client.begin(), client.end(), TcpState::TimeWait) == client.end());
}
