#include "core/scenario/scenario_runner.h"

#include "core/scenario/json_value.h"
#include "core/scenario/translate_noop.h"

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
            // The scenario's own timer values win over the profile's (a keepalive time it sets).
            n.timers = rebased(n.timers, n.profile, *o.profile);
            n.profile = *o.profile;
        }
    if (o.untilUs) s.untilUs = *o.untilUs;
    return s;
}

ScenarioRunner::ScenarioRunner(const Scenario &scenario, TraceSink &sink)
    : m_sink(sink), m_scenario(scenario), m_sim(scenario.link.seed),
      m_network(m_sim, scenario.link, scenario.nodes[0], scenario.nodes[1])
{
    m_sim.setSink(this);
    m_sim.setEventBudget(kMaxEvents);
    for (const Action &a : m_scenario.actions)
        m_sim.schedule(a.atUs, [this, a]() { start(a); });
}

ScenarioRunner::~ScenarioRunner() = default;

void ScenarioRunner::append(const TraceEvent &event)
{
    m_sink.append(event);
    // A blocked node may go on once an arriving ACK freed room or the connection changed state
    // (a reset or a crash ends the wait with an error). Not now, in the middle of the event,
    // but right after it, at the same instant.
    if (event.kind != EventKind::Deliver && event.kind != EventKind::State) return;
    const auto i = static_cast<std::size_t>(indexOf(event.node));
    if (m_blocked[i].empty() || m_wakeScheduled[i]) return;
    m_wakeScheduled[i] = true;
    const NodeId node = event.node;
    m_sim.scheduleIn(0, [this, node]() { wake(node); });
}

bool ScenarioRunner::wouldBlock(const Action &a)
{
    if (a.kind != ActionKind::Send) return false;
    const TcpEndpoint &tcp = m_network.node(a.node).tcp();
    switch (tcp.state()) {
    case TcpState::SynSent:
    case TcpState::SynReceived:
    case TcpState::Established:
    case TcpState::CloseWait: break;
    default: return false; // send() fails at once
    }
    const std::size_t queued = tcp.unackedBytes();
    return queued > 0 && queued + a.payloadSize() > kSendBufferBytes;
}

void ScenarioRunner::start(const Action &a)
{
    // What is done to a node or the link does not wait for the node's application.
    const bool byApplication = a.kind != ActionKind::Crash && a.kind != ActionKind::Reboot
                            && a.kind != ActionKind::LinkCut && a.kind != ActionKind::LinkHeal;
    auto &blocked = m_blocked[static_cast<std::size_t>(indexOf(a.node))];
    if (byApplication && (!blocked.empty() || wouldBlock(a))) {
        blocked.push_back(a);
        return;
    }
    perform(a);
}

void ScenarioRunner::wake(NodeId node)
{
    const auto i = static_cast<std::size_t>(indexOf(node));
    m_wakeScheduled[i] = false;
    auto &blocked = m_blocked[i];
    while (!blocked.empty() && !wouldBlock(blocked.front())) {
        const Action a = std::move(blocked.front());
        blocked.pop_front();
        perform(a);
    }
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

ScenarioRunner::StopNote ScenarioRunner::stopNote(Simulator::StopReason reason, std::int64_t atUs)
{
    const std::string ms = JsonValue::real(static_cast<double>(atUs) / 1000.0).lexeme();
    switch (reason) {
    case Simulator::StopReason::None: return {};
    case Simulator::StopReason::StuckInstant:
        return {WS_TRANSLATE_NOOP("ScenarioFile", "the simulation stopped at %1 ms: more than %2 events happened at that one "
                                                  "instant without the clock moving"),
                {ms, std::to_string(Simulator::kDefaultMaxEventsPerInstant)}};
    case Simulator::StopReason::EventBudget:
        return {WS_TRANSLATE_NOOP("ScenarioFile", "the simulation stopped at %1 ms after %2 events, the most one run may "
                                                  "take; a shorter run (until) goes to its end"),
                {ms, std::to_string(kMaxEvents)}};
    }
    return {};
}

void ScenarioRunner::run() { m_sim.runUntil(m_scenario.untilUs); }

Trace runScenario(const Scenario &scenario, const RunOptions &options, Simulator::StopReason *stopped,
                  std::int64_t *stoppedAtUs)
{
    Trace trace;
    ScenarioRunner runner(withOverrides(scenario, options), trace);
    runner.run();
    if (stopped) *stopped = runner.stopReason();
    if (stoppedAtUs) *stoppedAtUs = runner.sim().now();
    return trace;
}

} // namespace wirestep
