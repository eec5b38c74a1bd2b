#pragma once
#include "core/trace/trace.h"
#include "ui/diagram/ladder_geometry.h"
#include "ui/diagram/ladder_layout.h"
#include "ui/diagram/ladder_style.h"

#include <QLineF>
#include <QPainter>
#include <QPolygonF>
#include <QString>
#include <QTransform>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <vector>

namespace wirestep {

// Draws a laid-out trace: the same code for the screen and for PNG/SVG/PDF export.
// Only what is inside the target and already happened (events before `shown`) is drawn.
class LadderPainter {
public:
    struct View {
        double width = 800;
        double height = 600;
        double scrollY = 0;            // the layout y at the top of the body
        double headerHeight = LadderGeometry::kHeaderHeight;
        std::size_t shown = std::numeric_limits<std::size_t>::max(); // events shown; max = all
        double progress = 0;           // 0..1 towards showing the next event (while playing)
        std::uint32_t selectedArrow = LadderLayout::kNone;
        std::uint32_t hoveredArrow = LadderLayout::kNone;
        bool background = true;        // fill with the background colour first
        bool dark = false;             // the dark theme's colours (never for export)
        // Per trace index, the causal chain of the hovered segment: drawn emphasised, the rest
        // dimmed. Null or empty: nothing hovered.
        const std::vector<bool> *chain = nullptr;
        std::uint32_t flashEvent = LadderLayout::kNone; // a state change whose band flashes
        double flash = 0;              // 1 = the flash at its brightest, 0 = over
    };

    // A label along an arrow: placed where no other arrow crosses it, elided when there is not
    // room enough anywhere along its arrow (the arrow's tooltip has the whole text). The layout
    // and the geometry make room for the labels in labelFont(), so eliding is the exception.
    struct Label {
        QString full;         // the whole text
        QString text;         // what is drawn: the whole text or elided; empty only when full is
        QRectF rect;          // in the arrow's frame: x along it from its middle, y across it
        QTransform transform; // from the arrow's frame to the target
        QPolygonF box() const { return transform.map(QPolygonF(rect)); }
    };

    LadderPainter(const LadderLayout &layout, const Trace &trace) : m_layout(layout), m_trace(trace) {}

    // The font of the segments' and timers' labels: they are measured and drawn with it.
    static QFont labelFont();
    // The layout's options for labels in labelFont(): the arrows of a burst two labels apart,
    // and the room a label needs across its arrow (LadderLayout::labelLaneWidth).
    static LadderLayout::Options layoutOptions();

    void paint(QPainter &p, const View &view) const;

    // The geometry of `view` for this layout.
    LadderGeometry geometry(const View &view) const;
    // The layout y up to which things are drawn; -inf before the first event.
    double cursorY(const View &view) const;
    // The arrow as drawn now (partial while in flight), in target coordinates.
    QLineF drawnLine(const LadderGeometry &g, const LadderLayout::Arrow &a, double cursor, std::size_t shown) const;
    // The arrow nearest to `pos` (within a few pixels), or kNone.
    std::uint32_t arrowAt(const View &view, QPointF pos) const;
    // The app/link mark at `pos`, as a trace index, or kNone.
    std::uint32_t markAt(const View &view, QPointF pos) const;
    // The segment's label above an arrow, and a retransmission's timer label below it, as drawn.
    Label segmentLabel(const View &view, std::uint32_t arrow) const;
    Label timerLabel(const View &view, std::uint32_t arrow) const;
    // The arrow whose label is at `pos`, or kNone.
    std::uint32_t labelAt(const View &view, QPointF pos) const;

private:
    std::size_t shownCount(const View &view) const;
    void paintFolds(QPainter &p, const LadderGeometry &g, double top, double bottom, double cursor) const;
    void paintLifelines(QPainter &p, const LadderGeometry &g, const View &view) const;
    void paintBands(QPainter &p, const LadderGeometry &g, const View &view, double top, double bottom, double cursor,
                    std::size_t shown) const;
    void paintTimers(QPainter &p, const LadderGeometry &g, const View &view, double top, double bottom, double cursor,
                     std::size_t shown) const;
    void paintMarks(QPainter &p, const LadderGeometry &g, const View &view, double top, double bottom,
                    std::size_t shown) const;
    void paintArrows(QPainter &p, const LadderGeometry &g, const View &view, double top, double bottom, double cursor) const;
    void paintArrow(QPainter &p, const LadderGeometry &g, std::uint32_t index, double cursor, std::size_t shown,
                    const View &view) const;
    Label placeLabel(const LadderGeometry &g, double cursor, std::size_t shown, std::uint32_t index, const QLineF &line,
                     const QString &text, bool below) const;
    QString labelText(std::uint32_t index, bool below) const;
    void paintLabel(QPainter &p, const Label &label, const QColor &color, const QColor &back) const;
    void paintHead(QPainter &p, const QLineF &line, const LadderLayout::Arrow &a) const;
    void paintTag(QPainter &p, QPointF at, const Segment &s) const;
    void paintCursor(QPainter &p, const LadderGeometry &g, const View &view, double cursor) const;
    void paintHeader(QPainter &p, const LadderGeometry &g, const View &view) const;

    bool inChain(const View &view, std::uint32_t eventIndex) const;
    // The opacity of something not in the hovered chain: 1 when nothing is hovered.
    double dimmed(const View &view, std::uint32_t eventIndex) const;

    const LadderLayout &m_layout;
    const Trace &m_trace;
    // The theme of the paint in progress (set by paint(); the helpers read it).
    mutable LadderStyle::Theme m_theme = LadderStyle::Theme::Light;
};

} // namespace wirestep
