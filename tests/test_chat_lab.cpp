#include "core/live/chat_lab.h"
#include "core/live/chat_server.h"
#include "core/live/length_prefix_framer.h"
#include "tests/live_test_support.h"

#include <catch2/catch.hpp>

#include <QTcpSocket>
#include <QtEndian>

#include <algorithm>
#include <memory>

using namespace wirestep;
using namespace wirestep::livetest;

TEST_CASE("the framer hands out whole messages however the bytes arrive", "[live][chat]")
{
    LengthPrefixFramer f(100);
    const QByteArray stream = LengthPrefixFramer::frame("one") + LengthPrefixFramer::frame("") + LengthPrefixFramer::frame("three");
    for (char byte : stream) REQUIRE(f.feed(QByteArray(1, byte))); // one byte at a time
    CHECK(f.next() == QByteArray("one"));
    CHECK(f.next() == QByteArray(""));
    CHECK(f.next() == QByteArray("three"));
    CHECK_FALSE(f.next());
    CHECK(f.pendingBytes() == 0);

    LengthPrefixFramer g(100);
    QByteArray huge(4, '\0');
    qToBigEndian<quint32>(101, huge.data());
    CHECK_FALSE(g.feed(huge));
    CHECK(g.bad());
    CHECK_FALSE(g.next());
}

TEST_CASE("chat with 3 clients delivers every message to every other client", "[live][chat]")
{
    Trace trace;
    LabOptions o;
    o.clients = 3;
    ChatLab lab(trace, o);
    REQUIRE(lab.start());
    REQUIRE(lab.waitForFinished(10000));
    REQUIRE(lab.clientCount() == 3);
    for (int i = 1; i <= 3; ++i) {
        QList<QByteArray> expected;
        for (int j = 1; j <= 3; ++j)
            if (j != i) expected << lab.sentBy(j);
        QList<QByteArray> got = lab.receivedBy(i);
        std::sort(got.begin(), got.end());
        std::sort(expected.begin(), expected.end());
        CHECK(got == expected);
    }
    // Every client's events carry its number.
    for (int i = 1; i <= 3; ++i) {
        const std::string tag = "[client " + std::to_string(i) + "] ";
        CHECK(!trace.filter([&](const TraceEvent &e) { return e.kind == EventKind::App && e.node == NodeId::Client && e.data.rfind(tag, 0) == 0; }).empty());
    }
    CHECK(lab.server() == nullptr); // released
}

TEST_CASE("the chat server survives garbage and a client that leaves mid-message", "[live][chat]")
{
    Trace trace;
    LiveRecorder recorder(trace);
    ChatServer server(recorder);
    QString error;
    REQUIRE(server.listen(0, 16, &error));

    QTcpSocket garbage, halfway, good1, good2;
    for (QTcpSocket *s : {&garbage, &halfway, &good1, &good2}) s->connectToHost(QHostAddress::LocalHost, server.port());
    REQUIRE(waitUntil([&] { return server.connectionCount() == 4; }));

    garbage.write(QByteArray("\xff\xff\xff\xffGET / HTTP/1.0\r\n\r\n"));
    halfway.write(LengthPrefixFramer::frame("this message never ends").left(10));
    halfway.flush();
    REQUIRE(waitUntil([&] { return server.clientsCutOff() == 1 && garbage.state() == QAbstractSocket::UnconnectedState; }));
    halfway.abort();
    REQUIRE(waitUntil([&] { return server.connectionCount() == 2; }));

    // The two good clients still chat.
    good1.write(LengthPrefixFramer::frame("still here"));
    REQUIRE(waitUntil([&] { return good2.bytesAvailable() >= 14; }));
    LengthPrefixFramer f(1024);
    f.feed(good2.readAll());
    CHECK(f.next() == QByteArray("still here"));
    CHECK(server.messagesRelayed() == 1);
    CHECK(!trace.filter([](const TraceEvent &e) { return e.call == AppCall::Disconnected && e.data.find("mid-message") != std::string::npos; }).empty());
}

TEST_CASE("a chat message over the limit is refused with a clear message", "[live][chat]")
{
    Trace trace;
    LabOptions o;
    o.message = QString(2000, u'x');
    o.messageSet = true;
    ChatLab lab(trace, o);
    CHECK_FALSE(lab.start());
    CHECK(lab.errorString().contains(QStringLiteral("1024")));
}

TEST_CASE("21 strangers sending junk frames are cut off one by one; the chat's clients go on", "[live][chat][abuse]")
{
    Trace trace;
    LiveRecorder recorder(trace);
    ChatServer server(recorder);
    QString error;
    REQUIRE(server.listen(0, 64, &error));
    QTcpSocket good1, good2;
    std::vector<std::unique_ptr<QTcpSocket>> strangers;
    for (int i = 0; i < 21; ++i) strangers.push_back(std::make_unique<QTcpSocket>());
    for (QTcpSocket *s : {&good1, &good2}) s->connectToHost(QHostAddress::LocalHost, server.port());
    for (auto &s : strangers) s->connectToHost(QHostAddress::LocalHost, server.port());
    REQUIRE(waitUntil([&] { return server.connectionCount() == 23; }));
    // Junk of every kind a length-prefixed protocol can get: a length over the limit, an empty
    // message, bytes that are not UTF-8.
    for (int i = 0; i < 21; ++i) {
        const QByteArray junk = i % 3 == 0 ? QByteArray("\x7f\xff\xff\xff", 4)
                              : i % 3 == 1 ? LengthPrefixFramer::frame(QByteArray())
                                           : LengthPrefixFramer::frame(QByteArray("\xff\xfe\xc0", 3));
        strangers[static_cast<std::size_t>(i)]->write(junk);
    }
    REQUIRE(waitUntil([&] { return server.clientsCutOff() == 21; }));
    CHECK(server.connectionCount() == 2);
    good1.write(LengthPrefixFramer::frame("still here"));
    REQUIRE(waitUntil([&] { return good2.bytesAvailable() >= 4 + 10; }));
    CHECK(good2.readAll() == LengthPrefixFramer::frame("still here"));
    CHECK(good1.state() == QAbstractSocket::ConnectedState);
    CHECK(good2.state() == QAbstractSocket::ConnectedState);
    CHECK(server.messagesRelayed() == 1); // no junk was relayed
}

TEST_CASE("the chat lab's clients are not disturbed by strangers' messages", "[live][chat][abuse]")
{
    // Strangers that speak the protocol: their messages are relayed (it is a chat), but the
    // lab's clients wait for each other's messages, not for any three.
    Trace trace;
    LabOptions o;
    o.clients = 3;
    ChatLab lab(trace, o);
    REQUIRE(lab.start());
    std::vector<std::unique_ptr<QTcpSocket>> strangers;
    for (int i = 0; i < 5; ++i) {
        auto s = std::make_unique<QTcpSocket>();
        s->connectToHost(QHostAddress::LocalHost, lab.serverPort());
        s->write(LengthPrefixFramer::frame("spam " + QByteArray::number(i)));
        s->write(LengthPrefixFramer::frame("more spam"));
        strangers.push_back(std::move(s));
    }
    REQUIRE(lab.waitForFinished(10000));
    for (int i = 1; i <= 3; ++i) {
        INFO("client " << i);
        QList<QByteArray> expected;
        for (int j = 1; j <= 3; ++j)
            if (j != i) expected.append(lab.sentBy(j));
        QList<QByteArray> got = lab.receivedBy(i);
        std::sort(got.begin(), got.end());
        std::sort(expected.begin(), expected.end());
        CHECK(got == expected);
    }
}

TEST_CASE("silent clients cannot make the chat server buffer without end", "[live][chat][abuse]")
{
    Trace trace;
    CountingSink sink;
    LiveRecorder recorder(sink);
    ChatServer server(recorder);
    QString error;
    REQUIRE(server.listen(0, 64, &error));
    // 20 clients that never read, and one that sends as fast as it can.
    std::vector<std::unique_ptr<QTcpSocket>> silent;
    for (int i = 0; i < 20; ++i) {
        silent.push_back(std::make_unique<QTcpSocket>());
        silent.back()->setReadBufferSize(1); // Qt reads nothing ahead for them either
        silent.back()->connectToHost(QHostAddress::LocalHost, server.port());
    }
    QTcpSocket sender;
    sender.connectToHost(QHostAddress::LocalHost, server.port());
    REQUIRE(waitUntil([&] { return server.connectionCount() == 21; }));
    const QByteArray message = LengthPrefixFramer::frame(QByteArray(1000, 'm'));
    QByteArray burst;
    for (int i = 0; i < 200; ++i) burst += message;
    // 40 MB relayed to each silent client if nothing stopped it.
    for (int round = 0; round < 200 && server.slowClientsCutOff() < 20; ++round) {
        sender.write(burst);
        waitUntil([&] { return sender.bytesToWrite() < burst.size(); }, 200);
    }
    CHECK(server.slowClientsCutOff() == 20);
    CHECK(server.maxPendingBytes() < ChatServer::kCutOffPendingBytes + message.size() + 1);
}
