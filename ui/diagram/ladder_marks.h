#pragma once
#include "core/trace/node_id.h"
#include "core/trace/tcp_state.h"
#include "core/trace/trace_event.h"
#include "ui/diagram/ladder_style.h"

#include <QColor>
#include <QLineF>
#include <QPen>
#include <QRectF>

#include <cstdint>

class QPainter;

namespace wirestep {

// The diagram's marks, each drawn one way: the ladder painter draws the trace with them and the
// legend draws its samples with them, so that the legend shows exactly what the diagram shows
// (docs/ui-design.md "What each mark on the diagram means").
class LadderMarks {
public:
    enum class TimerEnd { Running, Fired, Cancelled };
    // How a state is known: reported by the simulated endpoint, inferred from a capture's
    // segments, or not known at all (a capture's state before its first segment).
    enum class BandKind { Seen, Inferred, Unknown };

    // The shaft of an arrow with these LadderLayout::ArrowFlag flags: near-black, dashed
    // vermillion for a retransmission, dotted for a duplicate, thick for a RST.
    static QPen arrowPen(std::uint16_t flags, LadderStyle::Theme t);
    // The head at line.p2(): filled in the sender's colour, open for UDP, a bar for RST.
    static void head(QPainter &p, const QLineF &line, std::uint16_t flags, NodeId from, LadderStyle::Theme t);
    // The red cross of a lost segment.
    static void cross(QPainter &p, QPointF at, LadderStyle::Theme t);
    // A state band (tint, TIME_WAIT's hatch, the stripe of full colour along the lifeline).
    static void band(QPainter &p, const QRectF &r, TcpState state, NodeId node, LadderStyle::Theme t,
                     BandKind kind = BandKind::Seen);
    // The band's stripe along the lifeline: solid when seen, dashed when inferred, none when unknown.
    static void stripe(QPainter &p, const QRectF &r, TcpState state, NodeId node, LadderStyle::Theme t,
                       BandKind kind = BandKind::Seen);
    // A running timer's bar from y1 to y2 at x, with the tick where it was armed and its end.
    static QColor timerColor(TimerKind k, LadderStyle::Theme t);
    static void timerBar(QPainter &p, double x, double y1, double y2, const QColor &c, TimerEnd end);
    // The zig-zag of a folded idle stretch over a lifeline.
    static void zigzag(QPainter &p, double x, double y1, double y2, const QColor &c);
    // The diamond of an application call on a lifeline.
    static void diamond(QPainter &p, QPointF at, NodeId node, LadderStyle::Theme t);
    // The dash-dot line of a link cut or healed.
    static QPen linkPen(LadderStyle::Theme t);
};

} // namespace wirestep
