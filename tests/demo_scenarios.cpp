#include "tests/demo_scenarios.h"

namespace wirestep {

Action DemoScenarios::act(std::int64_t atUs, NodeId node, ActionKind kind, std::string text, std::uint16_t port)
{
    Action a;
    a.atUs = atUs;
    a.node = node;
    a.kind = kind;
    a.text = std::move(text);
    a.port = port;
    return a;
}

Scenario DemoScenarios::base(const char *id, const char *group, const char *title, const char *description, Protocol p)
{
    Scenario s;
    s.id = id;
    s.group = group;
    s.title["en"] = title;
    s.description["en"] = description;
    s.protocol = p;
    s.nodes[0].port = 5000;
    s.nodes[0].isn = 100;
    s.nodes[1].port = 9000;
    s.nodes[1].isn = 300;
    s.untilUs = 5'000'000;
    return s;
}

Scenario DemoScenarios::udpDatagrams(int count)
{
    Scenario s = base("udp-datagrams", "udp", "Datagrams keep their boundaries",
                      "The client sends several datagrams with sendto(); each one arrives whole, as one recvfrom(). "
                      "No handshake, no acknowledgement, no retransmission.",
                      Protocol::Udp);
    s.actions.push_back(act(0, NodeId::Server, ActionKind::Bind));
    for (int i = 0; i < count; ++i)
        s.actions.push_back(act(1'000 + i * 15'000, NodeId::Client, ActionKind::SendTo, "message " + std::to_string(i + 1)));
    return s;
}

Scenario DemoScenarios::udpPortUnreachable()
{
    Scenario s = base("udp-port-unreachable", "udp", "Nobody listening",
                      "A datagram to a port nobody has bound is simply gone: the sender is not told.", Protocol::Udp);
    s.actions.push_back(act(1'000, NodeId::Client, ActionKind::SendTo, "anyone?", 9999));
    return s;
}

Scenario DemoScenarios::tcpHandshake()
{
    Scenario s = base("handshake-basic", "handshake", "Three-way handshake",
                      "The client connects: SYN, SYN-ACK, ACK. Then it sends 6 bytes and closes.", Protocol::Tcp);
    s.actions.push_back(act(0, NodeId::Server, ActionKind::Listen));
    s.actions.push_back(act(1'000, NodeId::Client, ActionKind::Connect));
    s.actions.push_back(act(100'000, NodeId::Client, ActionKind::Send, "hello!"));
    s.actions.push_back(act(200'000, NodeId::Client, ActionKind::Close));
    s.actions.push_back(act(210'000, NodeId::Server, ActionKind::Close));
    return s;
}

Scenario DemoScenarios::tcpLostSyn()
{
    Scenario s = tcpHandshake();
    s.id = "handshake-lost-syn";
    s.title["en"] = "The first SYN is lost";
    s.description["en"] = "The link drops the client's SYN; the retransmission timer fires and the SYN is sent again.";
    FaultRule r;
    r.from = NodeId::Client;
    r.flags = TcpFlag::SYN;
    r.exactFlags = true;
    s.link.rules.push_back(r);
    return s;
}

Scenario DemoScenarios::tcpTeardown()
{
    Scenario s = tcpHandshake();
    s.id = "teardown-basic";
    s.group = "teardown";
    s.title["en"] = "Four-way teardown";
    s.description["en"] = "Each side closes its own direction: FIN, ACK, FIN, ACK; the active closer waits in TIME_WAIT.";
    return s;
}

std::vector<Scenario> DemoScenarios::all()
{
    return {tcpHandshake(), tcpLostSyn(), tcpTeardown(), udpDatagrams(4), udpPortUnreachable()};
}

} // namespace wirestep
