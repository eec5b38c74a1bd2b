#include "tests/sanitizer_support.h"
#include "core/live/echo_lab.h"
#include "tests/live_test_support.h"

#include <catch2/catch.hpp>

#include <QTcpSocket>

using namespace wirestep;
using namespace wirestep::livetest;

TEST_CASE("echo returns exactly what was sent", "[live][echo]")
{
    Trace trace;
    LabOptions o;
    o.message = QStringLiteral("ping: 你好, TCP!");
    o.messageSet = true;
    EchoLab lab(trace, o);
    REQUIRE(lab.start());
    REQUIRE(lab.waitForFinished(10000));
    const auto results = lab.results();
    REQUIRE(results.size() == 1);
    CHECK(results[0].intact());
    CHECK(results[0].received == o.message.toUtf8().size());
    CHECK(joinedData(appEvents(trace, NodeId::Client, AppCall::Recv)) == o.message.toStdString());
    CHECK(joinedData(appEvents(trace, NodeId::Server, AppCall::Recv)) == o.message.toStdString());

    // The client's calls in order, as Qt reported them.
    std::vector<std::string> calls;
    for (const auto &e : trace.events())
        if (e.kind == EventKind::App && e.node == NodeId::Client && e.call != AppCall::Written) calls.push_back(std::string(toString(e.call)));
    CHECK(calls == std::vector<std::string>{"connect", "connected", "send", "recv", "close", "disconnected"});
    // Ids count up and time never goes back.
    for (std::size_t i = 1; i < trace.size(); ++i) {
        CHECK(trace[i].id == trace[i - 1].id + 1);
        CHECK(trace[i].tUs >= trace[i - 1].tUs);
    }
}

TEST_CASE("echo shows the kernel's states, TIME_WAIT on the client that closed first", "[live][echo]")
{
    Trace trace;
    EchoLab lab(trace, LabOptions{});
    REQUIRE(lab.start());
    REQUIRE(lab.waitForFinished(10000));
    const auto client = trace.statesOf(NodeId::Client);
    const auto server = trace.statesOf(NodeId::Server);
    REQUIRE(!client.empty());
    CHECK(std::find(client.begin(), client.end(), TcpState::Established) != client.end());
    CHECK(client.back() == TcpState::TimeWait);
    CHECK(std::find(server.begin(), server.end(), TcpState::Listen) != server.end());
    CHECK(server.back() == TcpState::Closed);
}

TEST_CASE("a message over the limit is refused with a clear message", "[live][echo]")
{
    Trace trace;
    LabOptions o;
    o.message = QString(EchoLab::kMaxMessageBytes + 1, u'x');
    o.messageSet = true;
    EchoLab lab(trace, o);
    CHECK_FALSE(lab.start());
    CHECK(lab.errorString().contains(QString::number(EchoLab::kMaxMessageBytes + 1)));
    CHECK(lab.errorString().contains(QString::number(EchoLab::kMaxMessageBytes)));
    CHECK(trace.empty());
}

TEST_CASE("200 concurrent echo clients get every byte of 256 KiB back", "[live][echo][load]")
{
    CountingSink sink;
    LabOptions o;
    o.clients = 200;
    o.capture = false;
    EchoLab lab(sink, o);
    lab.setPayloadBytes(256 * 1024);
    const int limitMs = static_cast<int>(20000 * test::kSlowdown);
    lab.setDeadlineMs(limitMs);
    QElapsedTimer clock;
    clock.start();
    REQUIRE(lab.start());
    REQUIRE(lab.waitForFinished(limitMs + 10000));
    WARN("200 clients x 256 KiB echoed in " << clock.elapsed() << " ms, " << sink.count << " events");
    CHECK(clock.elapsed() < limitMs);
    const auto results = lab.results();
    REQUIRE(results.size() == 200);
    for (const auto &r : results) {
        CHECK(r.sent == 256 * 1024);
        CHECK(r.intact());
        CHECK(r.received == 256 * 1024);
    }
}

TEST_CASE("a peer that disconnects mid-message does not stop the lab", "[live][echo]")
{
    Trace trace;
    EchoLab lab(trace, LabOptions{});
    QTcpSocket intruder;
    QObject::connect(&lab, &LiveLab::listening, &intruder, [&](quint16 port) { intruder.connectToHost(QHostAddress::LocalHost, port); });
    QObject::connect(&intruder, &QTcpSocket::connected, &intruder, [&] {
        intruder.write(QByteArray(100000, '\xff'));
        intruder.flush();
        intruder.abort(); // half a message, then gone
    });
    REQUIRE(lab.start());
    REQUIRE(lab.waitForFinished(10000));
    CHECK(lab.results()[0].intact());
    CHECK(appEvents(trace, NodeId::Server, AppCall::Accept).size() == 2);
}

TEST_CASE("starting and stopping the echo lab 100 times leaves no descriptor behind", "[live][echo][fd]")
{
    CountingSink sink;
    {
        EchoLab warmUp(sink, LabOptions{});
        REQUIRE(warmUp.start());
        REQUIRE(warmUp.waitForFinished(10000));
    }
    flushDeferredDeletes();
    const int before = openDescriptors();
    for (int i = 0; i < 100; ++i) {
        EchoLab lab(sink, LabOptions{});
        REQUIRE(lab.start());
        if (i % 2 == 0) {
            lab.stop(); // at once, in the middle of the handshake
            CHECK(lab.status() == LiveLab::Status::Stopped);
        } else {
            REQUIRE(lab.waitForFinished(10000));
        }
    }
    flushDeferredDeletes();
    CHECK(openDescriptors() == before);
}

TEST_CASE("a client that never reads meets back-pressure: the echo server stops reading", "[live][echo][abuse]")
{
    CountingSink sink;
    LabOptions o;
    EchoLab lab(sink, o);
    lab.setDeadlineMs(20000);
    REQUIRE(lab.start());
    QTcpSocket reader;
    reader.setReadBufferSize(1); // it reads nothing, and Qt keeps nothing for it
    reader.connectToHost(QHostAddress::LocalHost, lab.serverPort());
    REQUIRE(waitUntil([&] { return reader.state() == QAbstractSocket::ConnectedState; }));
    const qint64 total = 64LL * 1024 * 1024;
    reader.write(QByteArray(static_cast<qsizetype>(total), 'x'));
    // Wait until the flow stops: what is still queued at our end no longer shrinks.
    qint64 last = -1;
    for (int i = 0; i < 50 && reader.bytesToWrite() != last; ++i) {
        last = reader.bytesToWrite();
        waitUntil([&] { return false; }, 100);
    }
    INFO("still to send: " << reader.bytesToWrite() << ", server's most pending: " << lab.maxServerPendingBytes());
    // The server held at most its limit plus one read; the rest waits in the kernel and here.
    CHECK(lab.maxServerPendingBytes() <= EchoLab::kMaxServerPendingBytes + EchoLab::kServerReadBufferBytes);
    CHECK(reader.bytesToWrite() > total / 2);
    reader.abort();
    lab.stop();
}
