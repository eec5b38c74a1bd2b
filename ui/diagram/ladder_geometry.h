#pragma once
#include "core/trace/node_id.h"

#include <QPointF>
#include <QRectF>

namespace wirestep {

// Where things go across the width of a ladder diagram, and the mapping between layout y and
// the target's y. From the outside in, each side has: app-call text, timer bars, the state band,
// then the lifeline; the client side also has the time gutter at the far left.
class LadderGeometry {
public:
    static constexpr double kHeaderHeight = 52;
    static constexpr double kGutter = 64;
    static constexpr double kBandWidth = 108;
    static constexpr double kNarrowBandWidth = 100; // the longest state name still fits
    static constexpr double kNarrowAppWidth = 48;
    static constexpr double kTimerColumn = 9;
    static constexpr int kTimerColumns = 3;

    static constexpr double kMinLane = 120; // the least distance between the lifelines
    // The timers' columns on each side: none without state bands (a UDP-only trace has no timers).
    static constexpr double timerRoom(bool bands) { return bands ? kTimerColumns * kTimerColumn : 0.0; }

    // The narrowest width at which both sides and the least lane fit (narrower, the server's
    // side would be cut off): the diagram scrolls sideways below it.
    static double minimumWidth(bool bands);

    // Without state bands (a UDP-only trace) the band's room is left out. `labelLane` is the
    // distance between the lifelines the segments' labels need (LadderLayout::labelLaneWidth):
    // the bands and app-call columns narrow for it as they do for a narrow diagram. `appText` is
    // the width the app-call column needs for its texts (app calls, timers) to be whole: the
    // column is at least that wide, however narrow the diagram (LadderPainter::minimumWidth
    // makes the diagram wide enough for it).
    LadderGeometry(double width, double scrollY, double headerHeight = kHeaderHeight, bool bands = true,
                   double labelLane = 0, double appText = 0);

    double width() const { return m_width; }
    double headerHeight() const { return m_header; }
    double nodeX(NodeId n) const { return n == NodeId::Client ? m_clientX : m_serverX; }
    double laneX(float normalized) const { return m_clientX + normalized * (m_serverX - m_clientX); }
    double toTarget(double layoutY) const { return m_header + layoutY - m_scrollY; }
    double toLayout(double targetY) const { return targetY - m_header + m_scrollY; }
    QPointF point(float normalized, double layoutY) const { return {laneX(normalized), toTarget(layoutY)}; }
    // -1 on the client's side (outward is left), +1 on the server's.
    static double outward(NodeId n) { return n == NodeId::Client ? -1.0 : 1.0; }

    QRectF band(NodeId n, double targetY1, double targetY2) const;
    double timerX(NodeId n, int column) const;
    // The column where app calls are written; text is aligned towards the lifeline.
    QRectF appText(NodeId n, double targetY, double lineHeight) const;
    double appColumnWidth() const { return m_appWidth; }
    // The server's side is inside the width (false: the diagram is narrower than its sides).
    bool fits() const;

private:
    double m_width;
    double m_band;
    double m_scrollY;
    double m_header;
    double m_appWidth;
    double m_timers = 0;
    double m_clientX;
    double m_serverX;
};

} // namespace wirestep
