#include "core/live/udp_time_lab.h"
#include "tests/live_test_support.h"

#include <catch2/catch.hpp>

#include <QDate>
#include <QNetworkDatagram>
#include <QRegularExpression>
#include <QUdpSocket>

#include <algorithm>

using namespace wirestep;
using namespace wirestep::livetest;

namespace {

QByteArray runWithFormat(const QString &format, Trace &trace)
{
    LabOptions o;
    o.message = format;
    o.messageSet = true;
    UdpTimeLab lab(trace, o);
    REQUIRE(lab.start());
    REQUIRE(lab.waitForFinished(10000));
    return lab.reply();
}

} // namespace

TEST_CASE("the time server answers in the requested format", "[live][udp-time]")
{
    Trace trace;
    const QByteArray reply = runWithFormat(QStringLiteral("%Y|%m|%d"), trace);
    const QDate today = QDate::currentDate();
    // Around midnight the date may have moved on between the two readings.
    const QString expected = today.toString(QStringLiteral("yyyy|MM|dd"));
    const QString yesterday = today.addDays(-1).toString(QStringLiteral("yyyy|MM|dd"));
    CHECK((QString::fromUtf8(reply) == expected || QString::fromUtf8(reply) == yesterday));
    CHECK(appEvents(trace, NodeId::Client, AppCall::Sendto).size() == 1);
    CHECK(appEvents(trace, NodeId::Server, AppCall::Recvfrom).size() == 1);
    CHECK(appEvents(trace, NodeId::Client, AppCall::Recvfrom).front().data == reply.toStdString());
}

TEST_CASE("an empty format gets the default %Y-%m-%d %X", "[live][udp-time]")
{
    Trace trace;
    const QByteArray reply = runWithFormat(QString(), trace);
    CHECK(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d$")).match(QString::fromUtf8(reply)).hasMatch());
}

TEST_CASE("formats over the limit are refused with a clear message", "[live][udp-time]")
{
    Trace trace;
    LabOptions o;
    o.message = QString(UdpTimeLab::kMaxFormatBytes + 1, u'%');
    o.messageSet = true;
    UdpTimeLab lab(trace, o);
    CHECK_FALSE(lab.start());
    CHECK(lab.errorString().contains(QString::number(UdpTimeLab::kMaxFormatBytes)));
    // The server refuses them too, whoever sends them.
    const QByteArray answer = UdpTimeLab::answer(QByteArray(500, 'x'));
    CHECK(answer.startsWith("Error"));
    CHECK(answer.contains("500"));
    CHECK(UdpTimeLab::answer(QByteArray("%Y\0", 3)).startsWith("Error"));
}

TEST_CASE("through a relay that loses everything the client gives up cleanly", "[live][udp-time]")
{
    Trace trace;
    LabOptions o;
    o.relay.loss = 1.0;
    UdpTimeLab lab(trace, o);
    REQUIRE(lab.start());
    REQUIRE(lab.waitForFinished(10000));
    CHECK(lab.reply().isEmpty());
    CHECK(trace.ofKind(EventKind::Drop).size() == static_cast<std::size_t>(UdpTimeLab::kAttempts));
    CHECK(!lab.notes().isEmpty());
}

TEST_CASE("a 65000-byte request is read whole and recorded at its true size", "[live][udp-time][abuse]")
{
    Trace trace;
    LabOptions o;
    o.relay.delayMs = 300; // the lab's own request waits on the relay while ours arrives
    UdpTimeLab lab(trace, o);
    REQUIRE(lab.start());
    QUdpSocket stranger;
    REQUIRE(stranger.bind(QHostAddress::LocalHost, 0));
    const QByteArray big(65000, 'Y');
    REQUIRE(stranger.writeDatagram(big, QHostAddress::LocalHost, lab.serverPort()) == big.size());
    REQUIRE(waitUntil([&] { return stranger.hasPendingDatagrams(); }));
    const QNetworkDatagram reply = stranger.receiveDatagram();
    CHECK(reply.data().contains("65000 bytes"));
    const auto reads = appEvents(trace, NodeId::Server, AppCall::Recvfrom);
    CHECK(std::any_of(reads.begin(), reads.end(), [](const TraceEvent &e) { return e.bytes == 65000; }));
    CHECK(std::none_of(reads.begin(), reads.end(), [](const TraceEvent &e) { return e.bytes == 1024; }));
    lab.stop();
}
