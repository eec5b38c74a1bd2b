#include "ui/panels/state_diagram_layout.h"

#include "core/narration/terms.h"

#include <QLineF>

#include <algorithm>
#include <cmath>

namespace wirestep {

namespace {

constexpr double kColumnX[] = {0.155, 0.5, 0.845}; // box centres, as fractions of the width
constexpr double kTopY = 0.075;                    // row 0, as a fraction of the height
constexpr double kRowStep = 0.138;                 // distance between rows, likewise

QPointF unit(QPointF v)
{
    const double len = std::hypot(v.x(), v.y());
    return len > 0 ? v / len : QPointF(1, 0);
}

// Where the ray from `inside` (a point in `r`) towards `toward` leaves `r`.
QPointF exitPoint(const QRectF &r, QPointF inside, QPointF toward)
{
    const QPointF d = toward - inside;
    double t = 1e9;
    if (d.x() > 0) t = std::min(t, (r.right() - inside.x()) / d.x());
    if (d.x() < 0) t = std::min(t, (r.left() - inside.x()) / d.x());
    if (d.y() > 0) t = std::min(t, (r.bottom() - inside.y()) / d.y());
    if (d.y() < 0) t = std::min(t, (r.top() - inside.y()) / d.y());
    if (t > 1e8) return inside;
    return inside + d * t;
}

} // namespace

StateDiagramLayout::StateDiagramLayout() : m_boxSpecs(boxSpecs()), m_edgeSpecs(edgeSpecs()) { place(); }

std::vector<StateDiagramLayout::BoxSpec> StateDiagramLayout::boxSpecs()
{
    using S = TcpState;
    return {
        {S::Closed, false, 1, 0},      {S::Listen, false, 1, 1},     {S::SynReceived, false, 0, 2},
        {S::SynSent, false, 2, 2},     {S::Established, false, 1, 3}, {S::FinWait1, false, 0, 4},
        {S::CloseWait, false, 2, 4},   {S::FinWait2, false, 0, 5},   {S::Closing, false, 1, 5},
        {S::LastAck, false, 2, 5},     {S::TimeWait, false, 1, 6},   {S::Closed, true, 2, 6},
    };
}

std::vector<StateDiagramLayout::EdgeSpec> StateDiagramLayout::edgeSpecs()
{
    using S = TcpState;
    using L = Label;
    constexpr Qt::Alignment left = Qt::AlignLeft | Qt::AlignVCenter;
    constexpr Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
    constexpr Qt::Alignment below = Qt::AlignHCenter | Qt::AlignTop;
    // RFC 9293 figure 5, plus FIN_WAIT_1 -> TIME_WAIT when the peer's FIN acknowledges ours
    // (§3.10.7.4), which the figure leaves out but every three-segment close takes.
    return {
        {S::Closed, S::Listen, false, L::PassiveOpen, 0, -0.45, {0.93, 0.5}, right},
        {S::Listen, S::Closed, false, L::CloseDelete, 0, -0.45, {1.07, 0.5}, left},
        {S::Closed, S::SynSent, false, L::ActiveOpen, 0, 0, {1.6, 0.92}, left},
        {S::SynSent, S::Closed, false, L::CloseDelete, -0.35, 0, {2.42, 0.45}, right},
        {S::Listen, S::SynReceived, false, L::RcvSynSndSynAck, 0, 0, {0.5, 1.32}, right},
        {S::SynReceived, S::Listen, false, L::RcvRst, 0.45, 0, {0.12, 0.8}, right},
        {S::Listen, S::SynSent, false, L::SendSndSyn, 0, 0, {1.5, 1.32}, left},
        {S::SynSent, S::SynReceived, false, L::RcvSynSndSynAck, 0, 0, {1.0, 2.1}, below},
        {S::SynReceived, S::Established, false, L::RcvAckOfSyn, 0, 0, {0.48, 2.72}, right},
        {S::SynSent, S::Established, false, L::RcvSynAckSndAck, 0, 0, {1.52, 2.72}, left},
        {S::SynReceived, S::FinWait1, false, L::CloseSndFin, 0, 0, {-0.04, 3.0}, right},
        {S::Established, S::FinWait1, false, L::CloseSndFin, 0, 0, {0.42, 3.3}, right},
        {S::Established, S::CloseWait, false, L::RcvFinSndAck, 0, 0, {1.58, 3.3}, left},
        {S::FinWait1, S::FinWait2, false, L::RcvAckOfFin, 0, 0, {0.04, 4.5}, left},
        {S::FinWait1, S::Closing, false, L::RcvFinSndAck, 0, 0, {0.62, 4.3}, left},
        {S::FinWait1, S::TimeWait, false, L::RcvFinAckSndAck, 0, 0, {0.96, 5.45}, right},
        {S::CloseWait, S::LastAck, false, L::CloseSndFin, 0, 0, {1.96, 4.5}, right},
        {S::FinWait2, S::TimeWait, false, L::RcvFinSndAck, 0, 0, {0.38, 5.82}, right},
        {S::Closing, S::TimeWait, false, L::RcvAckOfFin, 0, 0, {1.04, 5.45}, left},
        {S::LastAck, S::Closed, true, L::RcvAckOfFin, 0, 0, {1.96, 5.58}, right},
        {S::TimeWait, S::Closed, true, L::Timeout2Msl, 0, 0, {1.5, 6.22}, below},
    };
}

void StateDiagramLayout::setSize(QSizeF size)
{
    if (size == m_size) return;
    m_size = size;
    place();
}

QPointF StateDiagramLayout::toPixels(QPointF n) const
{
    // Columns are interpolated between the three box columns (and beyond, linearly).
    const double step = kColumnX[1] - kColumnX[0];
    const double x = (kColumnX[0] + n.x() * step) * m_size.width();
    const double y = (kTopY + n.y() * kRowStep) * m_size.height();
    return {x, y};
}

double StateDiagramLayout::labelPx() const
{
    return std::clamp(std::min(m_size.width() / 44.0, m_size.height() / 52.0), kReadablePx, 13.0);
}

double StateDiagramLayout::statePx() const
{
    return std::clamp(std::min(m_size.width() / 36.0, m_size.height() / 44.0), kReadablePx + 0.5, 15.0);
}

bool StateDiagramLayout::crowded() const { return std::min(m_size.width() / 44.0, m_size.height() / 52.0) < kReadablePx; }

void StateDiagramLayout::place()
{
    const double w = std::min(m_size.width() * 0.28, statePx() * 12.5);
    // Tall enough for the state's name, and its gloss under it in a language that has one.
    const double lines = Terms::stateGloss(TcpState::Established).isEmpty() ? 1.0 : 2.0;
    const double h = std::clamp(m_size.height() * 0.055, statePx() * (0.6 + 1.3 * lines), statePx() * (1.3 + 1.3 * lines));
    m_boxes.clear();
    for (const BoxSpec &b : m_boxSpecs) {
        const QPointF c = toPixels({b.column, b.row});
        m_boxes.push_back({b.state, b.alias, QRectF(c.x() - w / 2, c.y() - h / 2, w, h)});
    }

    m_edges.clear();
    for (const EdgeSpec &s : m_edgeSpecs) {
        Edge e;
        e.from = s.from;
        e.to = s.to;
        e.fromBox = boxOf(s.from);
        e.toBox = s.toAlias ? static_cast<int>(m_boxes.size()) - 1 : boxOf(s.to);
        e.label = s.label;
        e.labelAnchor = toPixels(s.anchor);
        e.labelAlign = s.align;

        const QRectF &r1 = m_boxes[static_cast<std::size_t>(e.fromBox)].rect;
        const QRectF &r2 = m_boxes[static_cast<std::size_t>(e.toBox)].rect;
        const QPointF dir = unit(r2.center() - r1.center());
        const QPointF perp(dir.y(), -dir.x()); // to the left of the direction on screen
        const QPointF offset = perp * (s.shift * h);
        const QPointF c1 = r1.center() + offset;
        const QPointF c2 = r2.center() + offset;
        const double len = QLineF(c1, c2).length();
        const QPointF control = (c1 + c2) / 2 + perp * (s.bend * len);
        const QPointF p1 = exitPoint(r1, c1, control);
        const QPointF p2 = exitPoint(r2, c2, control);
        e.path = QPainterPath(p1);
        if (s.bend == 0) {
            e.path.lineTo(p2);
            e.headDirection = unit(p2 - p1);
        } else {
            e.path.quadTo(control, p2);
            e.headDirection = unit(p2 - control);
        }
        e.head = p2;
        m_edges.push_back(e);
    }
}

int StateDiagramLayout::boxOf(TcpState s) const
{
    for (std::size_t i = 0; i < m_boxes.size(); ++i)
        if (m_boxes[i].state == s && !m_boxes[i].alias) return static_cast<int>(i);
    return 0;
}

int StateDiagramLayout::edgeOf(TcpState from, TcpState to) const
{
    for (std::size_t i = 0; i < m_edges.size(); ++i)
        if (m_edges[i].from == from && m_edges[i].to == to) return static_cast<int>(i);
    return -1;
}

int StateDiagramLayout::boxEntered(TcpState from, TcpState to) const
{
    const int e = edgeOf(from, to);
    return e >= 0 ? m_edges[static_cast<std::size_t>(e)].toBox : boxOf(to);
}

int StateDiagramLayout::boxAt(QPointF p) const
{
    for (std::size_t i = 0; i < m_boxes.size(); ++i)
        if (m_boxes[i].rect.contains(p)) return static_cast<int>(i);
    return -1;
}

} // namespace wirestep
