#include "ui/diagram/ladder_marks.h"

#include "ui/diagram/ladder_layout.h"

#include <QPainter>
#include <QPolygonF>

#include <algorithm>

namespace wirestep {

QPen LadderMarks::arrowPen(std::uint16_t flags, LadderStyle::Theme t)
{
    const bool retrans = (flags & LadderLayout::Retransmission) != 0;
    QPen pen(retrans ? LadderStyle::retransmission(t) : LadderStyle::ink(t), 1.6);
    if (retrans) pen.setStyle(Qt::DashLine);
    if (flags & LadderLayout::Duplicate) {
        pen.setStyle(Qt::DotLine);
        pen.setWidthF(1.9);
    }
    if (flags & LadderLayout::Reset) pen.setWidthF(3.2);
    return pen;
}

void LadderMarks::head(QPainter &p, const QLineF &line, std::uint16_t flags, NodeId from, LadderStyle::Theme t)
{
    const double len = line.length();
    if (len < 1) return;
    const QPointF dir = (line.p2() - line.p1()) / len;
    const QPointF nrm(-dir.y(), dir.x());
    const QPointF tip = line.p2();
    const QColor c = LadderStyle::node(from, t);
    if (flags & LadderLayout::Reset) {
        p.setPen(QPen(LadderStyle::ink(t), 3.2, Qt::SolidLine, Qt::FlatCap));
        p.drawLine(tip + 8 * nrm, tip - 8 * nrm);
        return;
    }
    if (flags & LadderLayout::Udp) {
        p.setPen(QPen(c, 2.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        p.drawPolyline(QPolygonF{tip - 11 * dir + 5.5 * nrm, tip, tip - 11 * dir - 5.5 * nrm});
        return;
    }
    p.setPen(Qt::NoPen);
    p.setBrush(c);
    p.drawPolygon(QPolygonF{tip, tip - 12 * dir + 5 * nrm, tip - 12 * dir - 5 * nrm});
    p.setBrush(Qt::NoBrush);
}

void LadderMarks::cross(QPainter &p, QPointF c, LadderStyle::Theme t)
{
    p.setPen(QPen(LadderStyle::lost(t), 2.6, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(c + QPointF(-7, -7), c + QPointF(7, 7));
    p.drawLine(c + QPointF(-7, 7), c + QPointF(7, -7));
}

void LadderMarks::band(QPainter &p, const QRectF &r, TcpState state, NodeId node, LadderStyle::Theme t, BandKind kind)
{
    p.fillRect(r, LadderStyle::stateTint(state, t));
    if (state == TcpState::TimeWait) p.fillRect(r, QBrush(LadderStyle::hatch(t), Qt::BDiagPattern));
    stripe(p, r, state, node, t, kind);
}

void LadderMarks::stripe(QPainter &p, const QRectF &r, TcpState state, NodeId node, LadderStyle::Theme t, BandKind kind)
{
    const double stripeX = node == NodeId::Client ? r.right() - 4 : r.left();
    switch (kind) {
    case BandKind::Seen: p.fillRect(QRectF(stripeX, r.top(), 4, r.height()), LadderStyle::state(state, t)); break;
    case BandKind::Inferred:
        // Inferred, not seen: 7 px of colour every 12 px.
        for (double y = r.top(); y < r.bottom(); y += 12)
            p.fillRect(QRectF(stripeX, y, 4, std::min(7.0, r.bottom() - y)), LadderStyle::state(state, t));
        break;
    case BandKind::Unknown: break;
    }
}

QColor LadderMarks::timerColor(TimerKind k, LadderStyle::Theme t)
{
    switch (k) {
    case TimerKind::Retransmission: return LadderStyle::retransmission(t);
    case TimerKind::TimeWait:
    case TimerKind::FinWait2: return t == LadderStyle::Theme::Dark ? QColor(0xC8, 0xC8, 0xC8) : QColor(0x44, 0x44, 0x44);
    case TimerKind::Keepalive: return LadderStyle::node(NodeId::Client, t);
    case TimerKind::DelayedAck: return LadderStyle::muted(t);
    }
    return LadderStyle::muted(t);
}

void LadderMarks::timerBar(QPainter &p, double x, double y1, double y2, const QColor &c, TimerEnd end)
{
    QColor fill = c;
    fill.setAlpha(190);
    p.fillRect(QRectF(x - 2, y1, 4, std::max(1.0, y2 - y1)), fill);
    p.setPen(QPen(c, 1.5));
    p.drawLine(QPointF(x - 4, y1), QPointF(x + 4, y1));
    if (end == TimerEnd::Fired) {
        p.setBrush(c);
        p.drawEllipse(QPointF(x, y2), 3.5, 3.5);
        p.setBrush(Qt::NoBrush);
    } else if (end == TimerEnd::Cancelled) {
        p.drawLine(QPointF(x - 4, y2), QPointF(x + 4, y2));
    }
}

void LadderMarks::zigzag(QPainter &p, double x, double y1, double y2, const QColor &c)
{
    QPolygonF zig;
    const int teeth = 6;
    for (int k = 0; k <= teeth; ++k) zig << QPointF(x + ((k % 2) ? 6.0 : -6.0), y1 + (y2 - y1) * k / teeth);
    p.setPen(QPen(c, 1.6));
    p.drawPolyline(zig);
}

void LadderMarks::diamond(QPainter &p, QPointF at, NodeId node, LadderStyle::Theme t)
{
    const double x = at.x(), y = at.y();
    QPolygonF d;
    d << QPointF(x, y - 5) << QPointF(x + 5, y) << QPointF(x, y + 5) << QPointF(x - 5, y);
    p.setPen(QPen(LadderStyle::background(t), 1.0));
    p.setBrush(LadderStyle::node(node, t));
    p.drawPolygon(d);
    p.setBrush(Qt::NoBrush);
}

QPen LadderMarks::linkPen(LadderStyle::Theme t) { return QPen(LadderStyle::lost(t), 1.2, Qt::DashDotLine); }

} // namespace wirestep
