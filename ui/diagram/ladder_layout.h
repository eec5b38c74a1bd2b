#pragma once
#include "core/trace/trace.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <utility>
#include <vector>

namespace wirestep {

// The geometry of a ladder (sequence) diagram for one trace, with no painting in it.
//
// y grows with simulated time (layout pixels, top = 0). The scale comes from the trace's typical
// spacing (the median gap between distinct event times); a gap much longer than that is folded
// into a fixed-height break that remembers its real length. Simultaneous events of the same kind
// on the same node are pushed a minimum step apart, so a burst stays readable; the pushes are
// per lifeline (a burst's arrivals are pushed as far as its sends, so its arrows stay parallel
// and fall as far as their flight time), and where a lifeline needs more room before its next
// time, that stretch of the time axis is lengthened evenly.
//
// x is normalized: 0 = the client's lifeline, 1 = the server's, 0.5 = half-way across the link.
// Every item list is sorted by its start y so a view finds what it must draw by binary search.
class LadderLayout {
public:
    static constexpr std::uint32_t kNone = 0xFFFFFFFFu;

    struct Fold;
    struct SharedAxis;

    struct Options {
        double typicalStepPx = 80.0; // the typical gap between events maps to this many pixels
        double minStepPx = 26.0;     // simultaneous events of one kind on one node are this far apart
        double segmentStepPx = 40.0; // but segments (a burst) further, so their labels fit between them
        double foldFactor = 8.0;     // a gap longer than this many typical gaps is folded
        double foldHeightPx = 60.0;  // the height of a folded gap
        double topPx = 36.0;         // room above the first event
        double bottomPx = 48.0;      // room below the last event
        // The room across an arrow that its label needs, measured in the label's font (0: no
        // labels to make room for); see labelLaneWidth().
        double labelStripPx = 0.0;
        // A time axis shared with other diagrams (two lanes side by side): every event goes where
        // it is on that axis rather than where this trace alone would put it. Null: its own.
        std::shared_ptr<const SharedAxis> axis;
        // Per event, 0 or 1: the lane it will be drawn in when this layout is a SharedAxis for
        // two lanes. Events of different lanes never push each other down (each lane keeps its
        // own rows), so that one time is at one height in both. Empty: one lane.
        std::vector<std::uint8_t> lanes;
    };

    enum ArrowFlag : std::uint16_t {
        Lost = 1,            // dropped; the arrow ends at the drop point under a cross
        Retransmission = 2,  // sent again by a timer or fast retransmit
        Duplicate = 4,       // a second copy of one send, made by a fault rule
        Reset = 8,           // carries RST
        Udp = 16,            // a datagram
        Keepalive = 32,      // a keepalive probe
        Injected = 64,       // put on the link by the scenario
        InFlight = 128,      // neither delivered nor dropped when the trace ends
    };

    struct Arrow {
        double y1 = 0, y2 = 0;     // the send's y, the deliver's (or drop's) y
        double maxY2 = 0;          // the largest y2 of this and every earlier arrow (for searching)
        float x1 = 0, x2 = 1;     // normalized x of the start and the end
        std::uint32_t sendIndex = kNone; // trace index of the send event
        std::uint32_t endIndex = kNone;  // trace index of the deliver or drop event
        std::uint16_t flags = 0;
        NodeId from = NodeId::Client;

        bool has(ArrowFlag f) const { return (flags & f) != 0; }
    };

    struct StateBand {
        double y1 = 0, y2 = 0;
        std::uint32_t startIndex = kNone; // the state event that began it; kNone = initial state
        TcpState state = TcpState::Closed;
        bool inferred = false; // inferred from a capture's segments, not reported by an endpoint
        bool unknown = false;  // a capture's state before its first segment, which it cannot tell
    };

    struct TimerBar {
        double y1 = 0, y2 = 0, maxY2 = 0;
        std::uint32_t armIndex = kNone;
        std::uint32_t endIndex = kNone; // fired, cancelled or re-armed; kNone = still running
        std::int64_t durationUs = 0;
        TimerKind kind = TimerKind::Retransmission;
        TimerAction end = TimerAction::Armed; // Armed here means: re-armed before it fired
        NodeId node = NodeId::Client;
        std::uint8_t column = 0;              // 0 nearest the lifeline
    };

    struct Mark { // an application call or a link cut/heal
        double y = 0;
        std::uint32_t index = 0;
        NodeId node = NodeId::Client;
        EventKind kind = EventKind::App;
    };

    struct Fold {
        double y1 = 0, y2 = 0;
        std::int64_t durationUs = 0;
        bool timeWait = false; // a node sat in TIME_WAIT through it
    };

    // A time axis laid out for one trace and shared by traces made of its events (the lanes of
    // ProtocolSplit): the y of each of their events, the folds and the height, so that one time
    // is at one height in all of them.
    struct SharedAxis {
        std::vector<double> eventY; // per event of the trace it is given to
        std::vector<Fold> folds;
        double height = 0;
        std::int64_t typicalGapUs = 0;
    };

    LadderLayout() = default;
    explicit LadderLayout(const Trace &trace);
    LadderLayout(const Trace &trace, const Options &options);
    void build(const Trace &trace);
    void build(const Trace &trace, const Options &options);

    double height() const { return m_height; }
    std::size_t eventCount() const { return m_eventY.size(); }
    double eventY(std::size_t index) const { return m_eventY[index]; }
    // The lowest y of this event and every one before it: where the player has got to.
    double reachedY(std::size_t index) const { return m_reachedY[index]; }
    std::int64_t typicalGapUs() const { return m_typicalGapUs; }
    std::int64_t spanUs() const { return m_spanUs; }
    const Options &options() const { return m_options; }
    // The least distance between the lifelines at which the label of each arrow of a burst fits
    // between it and the parallel arrow sent before it (Options::labelStripPx across); 0 when no
    // arrows run parallel. A burst's arrows fall at least as far as the burst is tall, so the
    // longer the burst, the wider its lane must be.
    double labelLaneWidth() const { return m_labelLaneWidth; }

    const std::vector<Arrow> &arrows() const { return m_arrows; }
    const std::vector<StateBand> &bands(NodeId node) const { return m_bands[indexOf(node)]; }
    const std::vector<TimerBar> &timers() const { return m_timers; }
    const std::vector<Mark> &marks() const { return m_marks; }
    const std::vector<Fold> &folds() const { return m_folds; }

    // [first, last) of the items that may meet the y range [top, bottom]; callers skip the few
    // in it that end above `top`.
    std::pair<std::size_t, std::size_t> arrowsIn(double top, double bottom) const;
    std::pair<std::size_t, std::size_t> timersIn(double top, double bottom) const;
    std::pair<std::size_t, std::size_t> bandsIn(NodeId node, double top, double bottom) const;
    std::pair<std::size_t, std::size_t> marksIn(double top, double bottom) const;
    std::pair<std::size_t, std::size_t> foldsIn(double top, double bottom) const;
    // The number of events the player has shown when it has got to `y` (see reachedY).
    std::size_t eventsAtOrAbove(double y) const;

    // The arrow that starts or ends at this trace index (the first copy for a duplicate), or kNone.
    std::uint32_t arrowOfEvent(std::size_t eventIndex) const;

    // Bytes held by the layout (for the benchmark).
    std::size_t memoryBytes() const;

private:
    Options m_options;
    double m_height = 0;
    std::int64_t m_typicalGapUs = 0;
    std::int64_t m_spanUs = 0;
    double m_labelLaneWidth = 0;
    std::vector<double> m_eventY;
    std::vector<double> m_reachedY; // per event: the lowest y of it and every event before it
    std::vector<std::uint32_t> m_arrowEnd; // per event: kNone, or the arrow it starts/ends
    std::vector<Arrow> m_arrows;
    std::vector<StateBand> m_bands[2];
    std::vector<TimerBar> m_timers;
    std::vector<Mark> m_marks;
    std::vector<Fold> m_folds;
};

} // namespace wirestep
