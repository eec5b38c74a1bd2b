#include "ui/diagram/ladder_layout.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <utility>

namespace wirestep {

namespace {

// Events that take a row of their own on their node: two of one kind at one time are pushed apart.
int rowSlot(EventKind k)
{
    switch (k) {
    case EventKind::App: return 0;
    case EventKind::Send: return 1;
    case EventKind::Deliver: return 2;
    case EventKind::Drop: return 3;
    case EventKind::State: return 4;
    case EventKind::Timer:
    case EventKind::Link: return -1;
    }
    return -1;
}
constexpr int kRowSlots = 5;
constexpr int kTimerKinds = 5;

std::uint8_t timerColumn(TimerKind k)
{
    switch (k) {
    case TimerKind::Retransmission:
    case TimerKind::TimeWait:
    case TimerKind::FinWait2: return 0;
    case TimerKind::Keepalive: return 1;
    case TimerKind::DelayedAck: return 2;
    }
    return 0;
}

std::uint16_t arrowFlags(const Segment &s)
{
    std::uint16_t f = LadderLayout::InFlight;
    if (s.retransmission) f |= LadderLayout::Retransmission;
    if (s.proto == Protocol::Udp) f |= LadderLayout::Udp;
    if (s.proto == Protocol::Tcp && s.has(TcpFlag::RST)) f |= LadderLayout::Reset;
    if (s.keepalive) f |= LadderLayout::Keepalive;
    if (s.injected) f |= LadderLayout::Injected;
    return f;
}

struct Rows {
    std::vector<double> y;            // per event: where it is drawn
    std::vector<std::size_t> folds;   // the events that come right after a folded gap
    std::vector<double> foldEnd;      // for each: the y where its fold ends
};

// Where each event goes. Every distinct time has a row on the time axis (scaled from its gap to
// the time before, or a fold); an event sits on its time's row or, when its lifeline is still busy
// there, below it:
// - on one lifeline, events keep their order, and two of one kind at one time are a step apart
//   (so a burst of sends leaves the lifeline one arrow under the other);
// - a segment arrives as far below its arrival time's row as it left below its sending time's
//   row, so the arrows of a burst stay parallel and each one falls as far as its flight time;
// - when a lifeline needs more room than the time axis gives before its next time, the gap before
//   that time grows (the time axis grows locally, as folds shrink quiet stretches); a burst's
//   arrows fall at least as far as the burst is tall (see below), and the same for its ACKs, so
//   arrows of one flight time keep one slope through the busy stretch.
// Rows are per lifeline: the other lifeline's later events may sit beside a burst.
Rows placeRows(const Trace &trace, const LadderLayout::Options &o, double scale, double foldAt)
{
    constexpr std::uint32_t kNone = LadderLayout::kNone;
    const std::size_t n = trace.size();
    Rows rows;
    rows.y.resize(n);
    std::vector<double> timeY;       // per distinct time: its row
    std::vector<std::uint32_t> timeOf(n);
    std::vector<double> below(n, 0.0); // per event: how far below its time's row
    timeY.reserve(n / 2 + 1);

    struct Place {
        std::uint32_t time = kNone;
        double below = 0;
    };
    // Per lane (Options::lanes) and node: its latest event, and its latest of each row kind.
    std::array<std::array<Place, 2>, 2> lastOf{};
    std::array<std::array<std::array<Place, kRowSlots>, 2>, 2> slotLastOf{};
    const auto laneOf = [&o](std::size_t i) { return i < o.lanes.size() ? std::min<int>(o.lanes[i], 1) : 0; };
    double lowest = -std::numeric_limits<double>::infinity(); // the lowest event before a fold
    std::size_t seen = 0;
    for (std::size_t i = 0; i < n; ++i) {
        // Single fields only: unpacking every event of a long trace twice would cost.
        const std::int64_t tUs = trace.timeAt(i);
        const EventKind kind = trace.kindAt(i);
        const NodeId node = trace.nodeAt(i);
        if (i == 0) {
            timeY.push_back(o.topPx);
        } else if (tUs > trace.timeAt(i - 1)) {
            const std::int64_t gap = tUs - trace.timeAt(i - 1);
            const bool fold = scale > 0 && static_cast<double>(gap) > foldAt;
            if (fold) {
                // Past everything before it, across both lifelines.
                for (; seen < i; ++seen) lowest = std::max(lowest, timeY[timeOf[seen]] + below[seen]);
                timeY.push_back(std::max(timeY.back(), lowest) + o.foldHeightPx);
                rows.folds.push_back(i);
                rows.foldEnd.push_back(0); // set at the end: a later event at this time may still move its row down
            } else {
                timeY.push_back(timeY.back() + static_cast<double>(gap) * scale);
            }
        }
        const auto t = static_cast<std::uint32_t>(timeY.size() - 1);
        timeOf[i] = t;
        auto &last = lastOf[static_cast<std::size_t>(laneOf(i))];
        auto &slotLast = slotLastOf[static_cast<std::size_t>(laneOf(i))];
        const int k = indexOf(node);
        const int slot = rowSlot(kind);
        double b = 0;
        // A segment lost on the link is drawn half-way across, on neither lifeline.
        const bool onLink = kind == EventKind::Drop && node == trace[i].seg.from;
        if (kind == EventKind::Deliver || kind == EventKind::Drop) {
            const std::size_t s = trace.indexOf(trace.causeAt(i));
            if (s != Trace::npos && s < i && trace.kindAt(s) == EventKind::Send) {
                b = below[s];
                // Sent while its lifeline was busy (a burst): the arrow falls further than that
                // lifeline's rows reach, so the arrows coming back (the ACKs) cross it only in its
                // far half, and its label has the near half to itself. A segment lost on the link
                // falls half as far to its cross half-way: the same slope.
                const int f = indexOf(trace.nodeAt(s));
                const std::uint32_t sent = timeOf[s];
                double busy = 0;
                if (last[f].time == sent) busy = last[f].below;
                if (slotLast[f][rowSlot(EventKind::Send)].time == sent)
                    busy = std::max(busy, slotLast[f][rowSlot(EventKind::Send)].below);
                if (busy > 0 && sent < t) {
                    const double fall = busy + 2 * o.segmentStepPx;
                    const double need = timeY[sent] + (onLink ? fall / 2 : fall);
                    timeY[t] = std::max(timeY[t], need);
                }
            }
        }
        if (!onLink) {
            const double step = (kind == EventKind::Send || kind == EventKind::Deliver || kind == EventKind::Drop)
                ? o.segmentStepPx
                : o.minStepPx;
            // At the same time: below what the lifeline already has there.
            const Place &prev = last[k];
            if (prev.time == t) b = std::max(b, prev.below);
            if (slot >= 0 && slotLast[k][slot].time == t) b = std::max(b, slotLast[k][slot].below + step);
            // From earlier times: the axis makes room (the gap before this time grows).
            const auto room = [&](const Place &p, double gap) {
                if (p.time != kNone && p.time < t) timeY[t] = std::max(timeY[t], timeY[p.time] + p.below + gap - b);
            };
            room(prev, prev.below > 0 ? o.minStepPx : 0.0);
            if (slot >= 0) room(slotLast[k][slot], step);
            last[k] = Place{t, b};
            if (slot >= 0) slotLast[k][slot] = Place{t, b};
        }
        below[i] = b;
    }
    for (std::size_t i = 0; i < n; ++i) rows.y[i] = timeY[timeOf[i]] + below[i];
    for (std::size_t f = 0; f < rows.folds.size(); ++f) rows.foldEnd[f] = timeY[timeOf[rows.folds[f]]];
    return rows;
}

// Two arrows of one sender, the second sent `dy` below the first, both falling `slope` pixels
// for the whole distance between the lifelines, are dy * D / sqrt(D^2 + slope^2) apart across
// their lines when the lifelines are D apart. The second one's label fits between them when that
// is at least `strip`: D >= strip * slope / sqrt(dy^2 - strip^2). The largest D of all the pairs
// of parallel neighbours that overlap (sorted by y1; duplicates are unlabelled, the arrows still
// in flight end at the bottom).
double laneWidthForLabels(const std::vector<LadderLayout::Arrow> &arrows, double strip)
{
    if (strip <= 0) return 0.0;
    constexpr std::uint32_t kNone = LadderLayout::kNone;
    double width = 0;
    std::array<std::uint32_t, 2> previous{kNone, kNone};
    const auto slope = [](const LadderLayout::Arrow &a) { return (a.y2 - a.y1) / std::max(1e-6, double{std::abs(a.x2 - a.x1)}); };
    for (std::size_t i = 0; i < arrows.size(); ++i) {
        const LadderLayout::Arrow &b = arrows[i];
        if (b.has(LadderLayout::Duplicate) || b.has(LadderLayout::InFlight)) continue;
        const std::uint32_t p = std::exchange(previous[indexOf(b.from)], static_cast<std::uint32_t>(i));
        if (p == kNone) continue;
        const LadderLayout::Arrow &a = arrows[p];
        const double dy = b.y1 - a.y1;
        if (dy <= strip || b.y1 >= a.y2) continue; // too close for any width, or one after the other
        const double s = slope(b);
        if (std::abs(slope(a) - s) > 1e-6 * std::max(1.0, s)) continue; // not parallel
        width = std::max(width, strip * s / std::sqrt(dy * dy - strip * strip));
    }
    return width;
}

} // namespace

LadderLayout::LadderLayout(const Trace &trace) { build(trace, Options{}); }

LadderLayout::LadderLayout(const Trace &trace, const Options &options) { build(trace, options); }

void LadderLayout::build(const Trace &trace) { build(trace, Options{}); }

void LadderLayout::build(const Trace &trace, const Options &options)
{
    m_options = options;
    m_arrows.clear();
    m_bands[0].clear();
    m_bands[1].clear();
    m_timers.clear();
    m_marks.clear();
    m_folds.clear();
    const std::size_t n = trace.size();
    m_eventY.assign(n, 0.0);
    m_reachedY.assign(n, 0.0);
    m_arrowEnd.assign(n, kNone);
    m_typicalGapUs = 0;
    m_labelLaneWidth = 0;
    m_spanUs = n ? trace.timeAt(n - 1) - trace.timeAt(0) : 0;
    if (n == 0) {
        m_height = options.topPx + options.bottomPx;
        return;
    }

    {
        std::vector<std::int64_t> gaps;
        gaps.reserve(n / 2);
        for (std::size_t i = 1; i < n; ++i)
            if (trace.timeAt(i) > trace.timeAt(i - 1)) gaps.push_back(trace.timeAt(i) - trace.timeAt(i - 1));
        if (!gaps.empty()) {
            auto mid = gaps.begin() + static_cast<std::ptrdiff_t>(gaps.size() / 2);
            std::nth_element(gaps.begin(), mid, gaps.end());
            m_typicalGapUs = *mid;
        }
    }
    const double scale = m_typicalGapUs > 0 ? options.typicalStepPx / static_cast<double>(m_typicalGapUs) : 0.0;
    const double foldAt = static_cast<double>(m_typicalGapUs) * options.foldFactor;

    const SharedAxis *axis = options.axis && options.axis->eventY.size() == n ? options.axis.get() : nullptr;
    Rows rows = axis ? Rows{axis->eventY, {}, {}} : placeRows(trace, options, scale, foldAt);
    m_eventY = std::move(rows.y);

    TcpState current[2] = {TcpState::Closed, TcpState::Closed};
    std::array<std::array<std::uint32_t, kTimerKinds>, 2> openTimer;
    for (auto &o : openTimer) o.fill(kNone);

    bool needsSort = false;
    double lastY = options.topPx; // the lowest event
    double reached = -std::numeric_limits<double>::infinity();
    std::size_t nextFold = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const TraceEvent e = trace[i];
        const int k = indexOf(e.node);
        const double y = m_eventY[i];
        if (nextFold < rows.folds.size() && rows.folds[nextFold] == i) {
            const bool tw = current[0] == TcpState::TimeWait || current[1] == TcpState::TimeWait;
            const double below = rows.foldEnd[nextFold++];
            m_folds.push_back(Fold{below - options.foldHeightPx, below, e.tUs - trace.timeAt(i - 1), tw});
        }
        lastY = std::max(lastY, y);
        reached = std::max(reached, y);
        m_reachedY[i] = reached;
        const auto idx = static_cast<std::uint32_t>(i);

        switch (e.kind) {
        case EventKind::Send: {
            Arrow a;
            a.y1 = a.y2 = a.maxY2 = y;
            a.x1 = e.seg.from == NodeId::Client ? 0.0f : 1.0f;
            a.x2 = 1.0f - a.x1;
            a.sendIndex = idx;
            a.flags = arrowFlags(e.seg);
            a.from = e.seg.from;
            m_arrowEnd[i] = static_cast<std::uint32_t>(m_arrows.size());
            m_arrows.push_back(a);
            break;
        }
        case EventKind::Deliver:
        case EventKind::Drop: {
            const std::size_t s = trace.indexOf(e.cause);
            if (s == Trace::npos || trace.kindAt(s) != EventKind::Send || m_arrowEnd[s] == kNone) break;
            std::uint32_t ai = m_arrowEnd[s];
            if (!m_arrows[ai].has(InFlight)) { // a second arrival of one send: a duplicate
                Arrow copy = m_arrows[ai];
                copy.flags = static_cast<std::uint16_t>((copy.flags & ~Lost) | Duplicate);
                copy.x2 = 1.0f - copy.x1;
                ai = static_cast<std::uint32_t>(m_arrows.size());
                m_arrows.push_back(copy);
                needsSort = true;
            }
            Arrow &a = m_arrows[ai];
            a.flags = static_cast<std::uint16_t>(a.flags & ~InFlight);
            a.y2 = y;
            a.endIndex = idx;
            if (e.kind == EventKind::Drop) {
                a.flags |= Lost;
                if (e.node == a.from) a.x2 = 0.5f; // lost on the link: half-way
            }
            break;
        }
        case EventKind::State: {
            auto &bands = m_bands[k];
            // A capture that starts mid-connection: CLOSED -> ESTABLISHED, inferred, at its first
            // packet; what came before it is unknown (docs/captures.md).
            const bool midConnection = e.inferred && e.basis == InferenceBasis::MidConnection;
            if (bands.empty()) bands.push_back(StateBand{options.topPx, y, kNone, e.from, e.inferred, midConnection});
            bands.back().y2 = y;
            bands.push_back(StateBand{y, y, idx, e.to, e.inferred, false});
            current[k] = e.to;
            break;
        }
        case EventKind::Timer: {
            std::uint32_t &open = openTimer[k][static_cast<int>(e.timer)];
            if (open != kNone) {
                TimerBar &b = m_timers[open];
                b.y2 = y;
                b.endIndex = idx;
                b.end = e.action;
                open = kNone;
            }
            if (open == kNone && e.action == TimerAction::Fired && e.inferred) {
                // A timer inferred from a capture is seen only when it fires: its bar starts at
                // the event that armed it (the cause: the earlier transmission, the last packet).
                const std::size_t from = trace.indexOf(e.cause);
                if (from != Trace::npos && from < i) {
                    TimerBar b;
                    b.y1 = m_eventY[from];
                    b.y2 = y;
                    b.armIndex = static_cast<std::uint32_t>(from);
                    b.endIndex = idx;
                    b.end = TimerAction::Fired;
                    b.durationUs = e.durationUs;
                    b.kind = e.timer;
                    b.node = e.node;
                    b.column = timerColumn(e.timer);
                    m_timers.push_back(b);
                }
            }
            if (e.action == TimerAction::Armed) {
                TimerBar b;
                b.y1 = b.y2 = y;
                b.armIndex = idx;
                b.durationUs = e.durationUs > 0 ? e.durationUs : e.deadlineUs - e.tUs;
                b.kind = e.timer;
                b.node = e.node;
                b.column = timerColumn(e.timer);
                open = static_cast<std::uint32_t>(m_timers.size());
                m_timers.push_back(b);
            }
            break;
        }
        case EventKind::App:
        case EventKind::Link:
            m_marks.push_back(Mark{y, idx, e.node, e.kind});
            break;
        }
    }

    m_height = lastY + options.bottomPx;
    if (axis) {
        // The shared axis's folds, height and scale; a fold is a TIME_WAIT here only if a node of
        // this trace waited in TIME_WAIT through it.
        m_height = std::max(m_height, axis->height);
        m_typicalGapUs = axis->typicalGapUs;
        m_folds = axis->folds;
        for (Fold &f : m_folds) {
            f.timeWait = false;
            for (const auto &bands : m_bands)
                for (const StateBand &b : bands)
                    f.timeWait = f.timeWait || (b.state == TcpState::TimeWait && b.y1 <= f.y1 && (b.y2 >= f.y2 || &b == &bands.back()));
        }
    }
    for (auto &bands : m_bands)
        if (!bands.empty()) bands.back().y2 = m_height;
    for (auto &b : m_timers)
        if (b.endIndex == kNone) b.y2 = m_height;
    for (auto &a : m_arrows)
        if (a.has(InFlight)) a.y2 = std::max(a.y1, lastY);

    // Rows are per lifeline, so a burst on one side may start below the other side's next
    // events: the searches need every list in order of y.
    const auto byY1 = [](const auto &a, const auto &b) { return a.y1 < b.y1; };
    if (needsSort || !std::is_sorted(m_arrows.begin(), m_arrows.end(), byY1))
        std::stable_sort(m_arrows.begin(), m_arrows.end(), byY1);
    if (!std::is_sorted(m_timers.begin(), m_timers.end(), byY1)) std::stable_sort(m_timers.begin(), m_timers.end(), byY1);
    const auto byY = [](const Mark &a, const Mark &b) { return a.y < b.y; };
    if (!std::is_sorted(m_marks.begin(), m_marks.end(), byY)) std::stable_sort(m_marks.begin(), m_marks.end(), byY);
    double maxY2 = -1e30;
    for (auto &a : m_arrows) a.maxY2 = maxY2 = std::max(maxY2, a.y2);
    maxY2 = -1e30;
    for (auto &b : m_timers) b.maxY2 = maxY2 = std::max(maxY2, b.y2);

    m_labelLaneWidth = laneWidthForLabels(m_arrows, options.labelStripPx);

    std::fill(m_arrowEnd.begin(), m_arrowEnd.end(), kNone);
    for (std::size_t ai = 0; ai < m_arrows.size(); ++ai) {
        const Arrow &a = m_arrows[ai];
        if (m_arrowEnd[a.sendIndex] == kNone) m_arrowEnd[a.sendIndex] = static_cast<std::uint32_t>(ai);
        if (a.endIndex != kNone) m_arrowEnd[a.endIndex] = static_cast<std::uint32_t>(ai);
    }
}

std::pair<std::size_t, std::size_t> LadderLayout::arrowsIn(double top, double bottom) const
{
    const auto first = std::partition_point(m_arrows.begin(), m_arrows.end(), [top](const Arrow &a) { return a.maxY2 < top; });
    const auto last = std::partition_point(first, m_arrows.end(), [bottom](const Arrow &a) { return a.y1 <= bottom; });
    return {static_cast<std::size_t>(first - m_arrows.begin()), static_cast<std::size_t>(last - m_arrows.begin())};
}

std::pair<std::size_t, std::size_t> LadderLayout::timersIn(double top, double bottom) const
{
    const auto first = std::partition_point(m_timers.begin(), m_timers.end(), [top](const TimerBar &b) { return b.maxY2 < top; });
    const auto last = std::partition_point(first, m_timers.end(), [bottom](const TimerBar &b) { return b.y1 <= bottom; });
    return {static_cast<std::size_t>(first - m_timers.begin()), static_cast<std::size_t>(last - m_timers.begin())};
}

std::pair<std::size_t, std::size_t> LadderLayout::bandsIn(NodeId node, double top, double bottom) const
{
    const auto &v = m_bands[indexOf(node)];
    const auto first = std::partition_point(v.begin(), v.end(), [top](const StateBand &b) { return b.y2 < top; });
    const auto last = std::partition_point(first, v.end(), [bottom](const StateBand &b) { return b.y1 <= bottom; });
    return {static_cast<std::size_t>(first - v.begin()), static_cast<std::size_t>(last - v.begin())};
}

std::pair<std::size_t, std::size_t> LadderLayout::marksIn(double top, double bottom) const
{
    const auto first = std::partition_point(m_marks.begin(), m_marks.end(), [top](const Mark &m) { return m.y < top; });
    const auto last = std::partition_point(first, m_marks.end(), [bottom](const Mark &m) { return m.y <= bottom; });
    return {static_cast<std::size_t>(first - m_marks.begin()), static_cast<std::size_t>(last - m_marks.begin())};
}

std::pair<std::size_t, std::size_t> LadderLayout::foldsIn(double top, double bottom) const
{
    const auto first = std::partition_point(m_folds.begin(), m_folds.end(), [top](const Fold &f) { return f.y2 < top; });
    const auto last = std::partition_point(first, m_folds.end(), [bottom](const Fold &f) { return f.y1 <= bottom; });
    return {static_cast<std::size_t>(first - m_folds.begin()), static_cast<std::size_t>(last - m_folds.begin())};
}

std::size_t LadderLayout::eventsAtOrAbove(double y) const
{
    return static_cast<std::size_t>(std::upper_bound(m_reachedY.begin(), m_reachedY.end(), y) - m_reachedY.begin());
}

std::uint32_t LadderLayout::arrowOfEvent(std::size_t eventIndex) const
{
    return eventIndex < m_arrowEnd.size() ? m_arrowEnd[eventIndex] : kNone;
}

std::size_t LadderLayout::memoryBytes() const
{
    return (m_eventY.capacity() + m_reachedY.capacity()) * sizeof(double) + m_arrowEnd.capacity() * sizeof(std::uint32_t)
        + m_arrows.capacity() * sizeof(Arrow) + m_bands[0].capacity() * sizeof(StateBand)
        + m_bands[1].capacity() * sizeof(StateBand) + m_timers.capacity() * sizeof(TimerBar)
        + m_marks.capacity() * sizeof(Mark) + m_folds.capacity() * sizeof(Fold);
}

} // namespace wirestep
