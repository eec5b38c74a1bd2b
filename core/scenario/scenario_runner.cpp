#include "core/scenario/scenario_runner.h"

namespace wirestep {

Scenario withOverrides(Scenario s, const RunOptions &o)
{
    if (o.seed) s.link.seed = *o.seed;
    for (auto &d : s.link.dir) {
        if (o.loss) d.loss = *o.loss;
        if (o.delayUs) d.delayUs = *o.delayUs;
    }
    if (o.profile)
        for (auto &n : s.nodes) {
            n.profile = *o.profile;
            n.timers = timersFor(*o.profile);
        }
    if (o.untilUs) s.untilUs = *o.untilUs;
    return s;
}

ScenarioRunner::ScenarioRunner(const Scenario &scenario, TraceSink &sink)
    : m_scenario(scenario), m_sim(scenario.link.seed),
      m_network(m_sim, scenario.link, scenario.nodes[0], scenario.nodes[1])
{
    m_sim.setSink(&sink);
    for (const Action &a : m_scenario.actions)
        m_sim.schedule(a.atUs, [this, a]() { perform(a); });
}

void ScenarioRunner::perform(const Action &a)
{
    Node &node = m_network.node(a.node);
    const TcpConfig &peer = m_scenario.nodes[indexOf(peerOf(a.node))];
    const std::uint16_t ownPort = m_scenario.nodes[indexOf(a.node)].port;
    switch (a.kind) {
    case ActionKind::Listen: node.tcp().listen(); break;
    case ActionKind::Connect:
        if (a.isn) node.tcp().setIsn(*a.isn);
        node.tcp().connect(a.port ? a.port : peer.port);
        break;
    case ActionKind::Send: node.tcp().send(a.payload()); break;
    case ActionKind::Recv: node.tcp().recv(a.bytes < 0 ? SIZE_MAX : static_cast<std::size_t>(a.bytes)); break;
    case ActionKind::Shutdown: node.tcp().shutdown(); break;
    case ActionKind::Close: node.tcp().close(); break;
    case ActionKind::Abort: node.tcp().abort(); break;
    case ActionKind::Bind: node.bindUdp(a.port ? a.port : ownPort, m_scenario.nodes[indexOf(a.node)].autoRecv); break;
    case ActionKind::SendTo: {
        // sendto() on an unbound socket binds it implicitly to the node's port.
        UdpEndpoint *ep = node.udp(ownPort);
        if (!ep) ep = &node.bindUdp(ownPort, m_scenario.nodes[indexOf(a.node)].autoRecv);
        ep->sendTo(a.port ? a.port : peer.port, a.payload());
        break;
    }
    case ActionKind::RecvFrom:
        if (UdpEndpoint *ep = node.udp(ownPort)) ep->recvFrom();
        break;
    case ActionKind::Crash: node.crash(); break;
    case ActionKind::Reboot: node.reboot(); break;
    case ActionKind::LinkCut: m_network.link().cut(); break;
    case ActionKind::LinkHeal: m_network.link().heal(); break;
    }
}

void ScenarioRunner::run() { m_sim.runUntil(m_scenario.untilUs); }

Trace runScenario(const Scenario &scenario, const RunOptions &options)
{
    Trace trace;
    ScenarioRunner runner(withOverrides(scenario, options), trace);
    runner.run();
    return trace;
}

} // namespace wirestep
