// The live labs never contradict the theory: every lifeline (a node, or one client of it) goes
// through a sequence of states that is a path in RFC 9293's state diagram, even though the kernel
// poll misses short states; those are drawn, marked inferred, where the segments prove them.
#include "core/live/kernel_state_observer.h"
#include "core/live/lab_registry.h"
#include "core/trace/trace.h"

#include <QCoreApplication>
#include <QFile>
#include <catch2/catch.hpp>

#include <map>

using namespace wirestep;

namespace {

// The lifelines of a trace: each (node, tag)'s state events, in order.
std::map<std::pair<int, std::string>, std::vector<TraceEvent>> lifelines(const Trace &t)
{
    std::map<std::pair<int, std::string>, std::vector<TraceEvent>> out;
    for (const TraceEvent &e : t.events())
        if (e.kind == EventKind::State) out[{indexOf(e.node), e.data}].push_back(e);
    return out;
}

} // namespace

TEST_CASE("every live lab's lifelines follow the RFC's state diagram", "[live][lifelines]")
{
    if (!KernelStateObserver::readTables()) {
        WARN("skipped: the kernel's socket states cannot be read here (no /proc/net/tcp)");
        return;
    }
    int states = 0, inferred = 0;
    for (int round = 0; round < 3; ++round) {
        for (const LabRegistry::Entry &entry : LabRegistry::labs()) {
            for (int clients : {0, 3}) {
                if (clients > 0 && entry.id != QLatin1String("echo") && entry.id != QLatin1String("chat")) continue;
                Trace trace;
                LabOptions options;
                options.clients = clients;
                std::unique_ptr<LiveLab> lab = entry.create(trace, options);
                REQUIRE(lab);
                REQUIRE(lab->start());
                REQUIRE(lab->waitForFinished(20000));
                for (const auto &[key, events] : lifelines(trace)) {
                    TcpState at = events.front().from;
                    for (const TraceEvent &e : events) {
                        INFO(entry.id.toStdString() << " (" << clients << " clients) " << toString(static_cast<NodeId>(key.first))
                                                    << key.second << ": event " << e.id << " " << toString(e.from) << " -> "
                                                    << toString(e.to));
                        // Each change starts where the lifeline is, and the RFC has it.
                        CHECK(e.from == at);
                        CHECK(isRfcTransition(e.from, e.to));
                        at = e.to;
                        ++states;
                        inferred += e.inferred;
                        // An inferred state says what proves it; a state seen says nothing.
                        if (e.inferred)
                            CHECK((e.basis == InferenceBasis::Segment || e.basis == InferenceBasis::StateDiagram));
                        else
                            CHECK(e.basis == InferenceBasis::None);
                    }
                }
                // A normal close: the side that reads the peer's FIN is never told of an error.
                for (const TraceEvent &e : trace.events())
                    if (e.kind == EventKind::App && e.call == AppCall::Error) {
                        INFO(entry.id.toStdString() << ": event " << e.id << " " << e.data);
                        CHECK(e.error != AppError::PeerClosed);
                    }
            }
        }
    }
    CHECK(states > 0);
    INFO(inferred << " of " << states << " states inferred");
    SUCCEED();
}
