#pragma once
// Helpers shared by the live-mode tests (core/live): waiting on the event loop without sleeping,
// counting open descriptors, and reading traces.
#include "core/trace/trace.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <string>
#include <vector>

namespace wirestep::livetest {

// Runs the event loop until `done` is true or `timeoutMs` pass; true if it became true.
inline bool waitUntil(const std::function<bool()> &done, int timeoutMs = 5000)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs) return false;
        QEventLoop loop;
        QTimer::singleShot(1, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

// Deletes what deleteLater() left, so that descriptors can be counted.
inline void flushDeferredDeletes()
{
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCoreApplication::processEvents();
    }
}

inline int openDescriptors() { return static_cast<int>(QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::System).size()); }

inline std::vector<TraceEvent> appEvents(const Trace &t, NodeId node, AppCall call)
{
    return t.filter([&](const TraceEvent &e) { return e.kind == EventKind::App && e.node == node && e.call == call; });
}

inline std::string joinedData(const std::vector<TraceEvent> &events)
{
    std::string s;
    for (const auto &e : events) s += e.data;
    return s;
}

// A sink that only counts, for runs too big to keep.
class CountingSink : public TraceSink {
public:
    void append(const TraceEvent &) override { ++count; }
    std::size_t count = 0;
};

// Whether `node` enters state `s` somewhere in `t`.
inline bool hasState(const Trace &t, NodeId node, TcpState s)
{
    const auto states = t.statesOf(node);
    return std::find(states.begin(), states.end(), s) != states.end();
}

#ifdef WIRESTEP_SOURCE_DIR
// One of the course's programs in examples/python/ (tests that run them define WIRESTEP_SOURCE_DIR).
inline QString pythonExample(const char *name)
{
    return QStringLiteral(WIRESTEP_SOURCE_DIR "/examples/python/") + QLatin1String(name);
}
#endif

} // namespace wirestep::livetest
