#include "ui/panels/state_diagram.h"
#include "core/narration/terms.h"

#include "ui/panels/event_text.h"
#include "ui/diagram/ladder_style.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <array>

namespace wirestep {

namespace {

constexpr std::array<NodeId, 2> kNodes{NodeId::Client, NodeId::Server};

QString stateName(TcpState s) { return QString::fromLatin1(toString(s).data()); }

// A rectangle of `size` attached to `anchor` the way `align` says.
QRectF placeAt(QPointF anchor, QSizeF size, Qt::Alignment align)
{
    double x = anchor.x() - size.width() / 2;
    if (align & Qt::AlignLeft) x = anchor.x();
    if (align & Qt::AlignRight) x = anchor.x() - size.width();
    double y = anchor.y() - size.height() / 2;
    if (align & Qt::AlignTop) y = anchor.y();
    if (align & Qt::AlignBottom) y = anchor.y() - size.height();
    return {QPointF(x, y), size};
}

void drawArrowHead(QPainter &p, QPointF tip, QPointF dir, double size, const QColor &color)
{
    const QPointF normal(-dir.y(), dir.x());
    const QPointF base = tip - dir * size;
    const QPolygonF head{tip, base + normal * (size * 0.45), base - normal * (size * 0.45)};
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawPolygon(head);
}

} // namespace

StateDiagram::StateDiagram(QWidget *parent)
    : QWidget(parent), m_trace(std::make_shared<Trace>()), m_travel(new QVariantAnimation(this))
{
    setMouseTracking(true);
    setAutoFillBackground(false);
    m_travel->setStartValue(0.0);
    m_travel->setEndValue(1.0);
    m_travel->setDuration(600);
    m_travel->setEasingCurve(QEasingCurve::InOutQuad);
    connect(m_travel, &QVariantAnimation::valueChanged, this, [this](const QVariant &v) {
        m_travelProgress = v.toDouble();
        update();
    });
    connect(m_travel, &QVariantAnimation::finished, this, [this]() {
        m_travelProgress = -1;
        update();
    });
}

bool StateDiagram::transitionAnimating() const { return m_travel->state() == QAbstractAnimation::Running; }

void StateDiagram::setTrace(std::shared_ptr<const Trace> trace)
{
    m_trace = trace ? std::move(trace) : std::make_shared<Trace>();
    m_timeline = StateTimeline(*m_trace);
    m_shown = std::min(m_shown, static_cast<int>(m_trace->size()));
    update();
}

void StateDiagram::setCurrent(int shown)
{
    shown = std::clamp(shown, 0, static_cast<int>(m_trace->size()));
    if (shown == m_shown) return;
    const bool oneStepForward = shown == m_shown + 1;
    m_shown = shown;
    m_travel->stop();
    m_travelProgress = -1;
    // The player just passed a state change: animate it. Going back, or jumping, is instant.
    if (oneStepForward && m_trace->kindAt(static_cast<std::size_t>(shown - 1)) == EventKind::State) {
        m_travelNode = (*m_trace)[static_cast<std::size_t>(shown - 1)].node;
        m_travel->start();
    }
    update();
}

TcpState StateDiagram::litState(NodeId node) const
{
    return m_timeline.stateAt(node, static_cast<std::size_t>(m_shown));
}

int StateDiagram::litBox(NodeId node) const
{
    const auto t = m_timeline.lastTransition(node, static_cast<std::size_t>(m_shown));
    return t ? layout().boxEntered(t->from, t->to) : layout().boxOf(TcpState::Closed);
}

int StateDiagram::highlightedEdge(NodeId node) const
{
    const auto t = m_timeline.lastTransition(node, static_cast<std::size_t>(m_shown));
    return t ? layout().edgeOf(t->from, t->to) : -1;
}

QString StateDiagram::labelText(StateDiagramLayout::Label label)
{
    using L = StateDiagramLayout::Label;
    switch (label) {
    case L::PassiveOpen: return tr("passive OPEN\ncreate TCB");
    case L::ActiveOpen: return tr("active OPEN\nsnd SYN");
    case L::CloseDelete: return tr("CLOSE\ndelete TCB");
    case L::RcvSynSndSynAck: return tr("rcv SYN\nsnd SYN,ACK");
    case L::SendSndSyn: return tr("SEND\nsnd SYN");
    case L::RcvRst: return tr("rcv RST");
    case L::RcvAckOfSyn: return tr("rcv ACK of SYN");
    case L::RcvSynAckSndAck: return tr("rcv SYN,ACK\nsnd ACK");
    case L::CloseSndFin: return tr("CLOSE\nsnd FIN");
    case L::RcvFinSndAck: return tr("rcv FIN\nsnd ACK");
    case L::RcvAckOfFin: return tr("rcv ACK of FIN");
    case L::RcvFinAckSndAck: return tr("rcv FIN,ACK\nsnd ACK");
    case L::Timeout2Msl: return tr("timeout=2MSL\ndelete TCB");
    }
    return {};
}

QString StateDiagram::boxToolTip(int box) const
{
    QString what;
    switch (layout().boxes()[static_cast<std::size_t>(box)].state) {
    case TcpState::Closed: what = tr("CLOSED: there is no connection and no TCB."); break;
    case TcpState::Listen: what = tr("LISTEN: waiting for a connection request (a SYN) from any peer."); break;
    case TcpState::SynSent: what = tr("SYN_SENT: a SYN has been sent; waiting for the peer's SYN,ACK."); break;
    case TcpState::SynReceived: what = tr("SYN_RECEIVED: a SYN arrived and was answered with SYN,ACK; waiting for its ACK."); break;
    case TcpState::Established: what = tr("ESTABLISHED: the connection is open; data flows both ways."); break;
    case TcpState::FinWait1: what = tr("FIN_WAIT_1: this side closed and sent FIN; waiting for its ACK or the peer's FIN."); break;
    case TcpState::FinWait2: what = tr("FIN_WAIT_2: our FIN is acknowledged; waiting for the peer to close its direction."); break;
    case TcpState::CloseWait: what = tr("CLOSE_WAIT: the peer has closed; waiting for our own application to call close()."); break;
    case TcpState::Closing: what = tr("CLOSING: both sides closed at once; waiting for the ACK of our FIN."); break;
    case TcpState::LastAck: what = tr("LAST_ACK: we sent our FIN after the peer's; waiting for its ACK."); break;
    case TcpState::TimeWait: what = tr("TIME_WAIT: the side that closed first waits 2MSL so a lost last ACK can be repeated and old segments die out."); break;
    }
    return tr("%1\nClick to jump to the first event at which a node enters this state.").arg(what);
}

const StateDiagramLayout &StateDiagram::layout() const
{
    m_layout.setSize(size());
    return m_layout;
}

void StateDiagram::mousePressEvent(QMouseEvent *event)
{
    const int box = layout().boxAt(event->position());
    if (box < 0 || event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    const TcpState state = layout().boxes()[static_cast<std::size_t>(box)].state;
    for (const StateTimeline::Transition &t : m_timeline.transitions()) {
        if (layout().boxEntered(t.from, t.to) == box) {
            Q_EMIT shownRequested(static_cast<int>(t.index + 1));
            return;
        }
    }
    if (const auto first = m_timeline.firstEntry(state)) {
        Q_EMIT shownRequested(static_cast<int>(*first));
        return;
    }
    if (state == TcpState::Closed) Q_EMIT shownRequested(0); // both nodes start CLOSED
}

bool StateDiagram::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int box = layout().boxAt(help->pos());
        if (box >= 0)
            QToolTip::showText(help->globalPos(), boxToolTip(box), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void StateDiagram::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) update(); // every text is drawn through tr()
    QWidget::changeEvent(event);
}

void StateDiagram::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().base());
    Look look;
    look.ink = palette().text().color();
    look.muted = LadderStyle::muted();
    look.labelPx = layout().labelPx();
    look.headSize = look.labelPx * 0.8;
    look.labelFont = LadderStyle::sans(look.labelPx);
    look.boldLabel = look.labelFont;
    look.boldLabel.setBold(true);
    // Which node lights which arrow; a transition figure 5 does not draw gets a dashed arrow.
    for (NodeId n : kNodes) look.lit[static_cast<std::size_t>(indexOf(n))] = highlightedEdge(n);

    paintEdges(p, look);
    paintStates(p);
    paintOffFigureTransitions(p, look);
    paintCurrentStates(p, look);
    paintTravel(p);
    if (m_timeline.udpOnly()) paintUdpNote(p, look);
}

std::optional<NodeId> StateDiagram::Look::litBy(int edge) const
{
    for (NodeId n : kNodes)
        if (lit[static_cast<std::size_t>(indexOf(n))] == edge) return n;
    return std::nullopt;
}

void StateDiagram::paintLabel(QPainter &p, const Look &look, const QString &text, QPointF anchor, Qt::Alignment align,
                              std::optional<NodeId> by) const
{
    p.setFont(by ? look.boldLabel : look.labelFont);
    const Qt::Alignment textAlign = (align & Qt::AlignHorizontal_Mask) | Qt::AlignVCenter;
    const QRectF bounds = p.fontMetrics().boundingRect(QRect(0, 0, 1000, 1000), static_cast<int>(textAlign), text);
    const QRectF r = placeAt(anchor, bounds.size() + QSizeF(4, 0), align);
    QColor back = palette().base().color();
    back.setAlpha(235);
    p.setPen(Qt::NoPen);
    p.setBrush(back);
    p.drawRoundedRect(r, 3, 3);
    p.setPen(by ? LadderStyle::node(*by) : look.ink);
    p.drawText(r, static_cast<int>(textAlign), text);
}

void StateDiagram::paintEdges(QPainter &p, const Look &look) const
{
    // Arrows first, the highlighted ones last so that they are on top.
    const auto &edges = layout().edges();
    for (int pass = 0; pass < 2; ++pass) {
        for (std::size_t i = 0; i < edges.size(); ++i) {
            const auto by = look.litBy(static_cast<int>(i));
            if (by.has_value() != (pass == 1)) continue;
            const auto &e = edges[i];
            const QColor c = by ? LadderStyle::node(*by) : look.muted;
            p.setPen(QPen(c, by ? 2.6 : 1.1));
            p.setBrush(Qt::NoBrush);
            p.drawPath(e.path);
            drawArrowHead(p, e.head, e.headDirection, by ? look.headSize * 1.3 : look.headSize, c);
        }
    }
    // Small, the figure keeps its text readable and names only the transitions just taken.
    const bool crowded = layout().crowded();
    for (std::size_t i = 0; i < edges.size(); ++i) {
        const auto &e = edges[i];
        const auto by = look.litBy(static_cast<int>(i));
        if (crowded && !by) continue;
        paintLabel(p, look, labelText(e.label), e.labelAnchor, e.labelAlign, by);
    }
}

void StateDiagram::paintStates(QPainter &p) const
{
    const QFont stateFont = LadderStyle::sans(layout().statePx(), true);
    for (const auto &b : layout().boxes()) {
        const QColor band = LadderStyle::state(b.state);
        p.setPen(QPen(band.darker(140), 1.2));
        p.setBrush(LadderStyle::stateTint(b.state));
        p.drawRoundedRect(b.rect, 6, 6);
        if (b.state == TcpState::TimeWait) {
            // TIME_WAIT: a dark hatch over grey, so that it reads as "waiting".
            p.setBrush(QBrush(QColor(0x55, 0x55, 0x55, 110), Qt::BDiagPattern));
            p.setPen(Qt::NoPen);
            p.drawRoundedRect(b.rect, 6, 6);
        }
        // The RFC name, with its gloss under it in a language that has one (both lines must fit).
        const QString label = Terms::stateLabelStacked(b.state);
        QFont font = stateFont;
        const double lines = static_cast<double>(label.count(QLatin1Char('\n')) + 1);
        const double fit = (b.rect.height() - 2) / (lines * QFontMetricsF(font).height());
        if (fit < 1.0) font.setPixelSize(std::max(static_cast<int>(StateDiagramLayout::kReadablePx), static_cast<int>(font.pixelSize() * fit)));
        p.setFont(font);
        p.setPen(LadderStyle::ink());
        p.drawText(b.rect, Qt::AlignCenter, label);
    }
}

void StateDiagram::paintOffFigureTransitions(QPainter &p, const Look &look) const
{
    // A transition figure 5 does not draw (a reset, an abort): a dashed arrow in the node's colour,
    // over the boxes so that it stays visible wherever it crosses.
    for (NodeId n : kNodes) {
        const auto t = m_timeline.lastTransition(n, static_cast<std::size_t>(m_shown));
        if (!t || layout().edgeOf(t->from, t->to) >= 0) continue;
        const QRectF r1 = layout().boxes()[static_cast<std::size_t>(layout().boxOf(t->from))].rect;
        const QRectF r2 = layout().boxes()[static_cast<std::size_t>(layout().boxEntered(t->from, t->to))].rect;
        const QLineF line(r1.center(), r2.center());
        const double len = line.length();
        if (len <= 0) continue;
        const QPointF dir = (r2.center() - r1.center()) / len;
        // Leave and enter each box through its border.
        const double t1 = std::min(r1.width() / 2 / std::max(1e-9, std::abs(dir.x())),
                                   r1.height() / 2 / std::max(1e-9, std::abs(dir.y())));
        const double t2 = std::min(r2.width() / 2 / std::max(1e-9, std::abs(dir.x())),
                                   r2.height() / 2 / std::max(1e-9, std::abs(dir.y())));
        const QPointF a = r1.center() + dir * t1;
        const QPointF b = r2.center() - dir * t2;
        const QColor c = LadderStyle::node(n);
        p.setPen(QPen(c, 2.2, Qt::DashLine));
        p.drawLine(a, b);
        drawArrowHead(p, b, dir, look.headSize * 1.3, c);
        const QString text = t->to == TcpState::Closed ? tr("rcv RST, ABORT\nor give up")
                                                       : tr("%1 → %2").arg(stateName(t->from), stateName(t->to));
        // Half-way, or the nearest point along the arrow where the label covers no state.
        p.setFont(look.boldLabel);
        const QSizeF size = p.fontMetrics().boundingRect(QRect(0, 0, 1000, 1000), Qt::AlignCenter, text).size() + QSizeF(4, 0);
        QPointF at = (a + b) / 2;
        for (const double f : {0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8}) {
            const QPointF c = a + f * (b - a);
            const QRectF r(c - QPointF(size.width() / 2, size.height() / 2), size);
            if (std::none_of(layout().boxes().begin(), layout().boxes().end(), [&r](const auto &box) { return box.rect.intersects(r); })) {
                at = c;
                break;
            }
        }
        paintLabel(p, look, text, at, Qt::AlignCenter, n);
    }
}

void StateDiagram::paintCurrentStates(QPainter &p, const Look &look) const
{
    // Each node's current state: a border in its colour and a tag with its name.
    const auto &boxes = layout().boxes();
    const int clientBox = litBox(NodeId::Client);
    const int serverBox = litBox(NodeId::Server);
    p.setFont(LadderStyle::sans(std::max(StateDiagramLayout::kReadablePx, look.labelPx * 0.95), true));
    for (NodeId n : kNodes) {
        const int box = n == NodeId::Client ? clientBox : serverBox;
        QRectF r = boxes[static_cast<std::size_t>(box)].rect;
        if (n == NodeId::Client && clientBox == serverBox) r.adjust(-3.5, -3.5, 3.5, 3.5);
        p.setPen(QPen(LadderStyle::node(n), 3.0));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(r, 7, 7);

        const QString tag = Terms::node(n);
        const QRectF tagRect = this->tagRect(n);
        p.setPen(Qt::NoPen);
        p.setBrush(LadderStyle::node(n));
        p.drawRoundedRect(tagRect, 3, 3);
        p.setPen(Qt::white);
        p.drawText(tagRect, Qt::AlignCenter, tag);
    }
}

QRectF StateDiagram::tagRect(NodeId n) const
{
    // Above the box (and above the client's wider outline when both nodes are in one state), so
    // that it never covers the state's name.
    const QFontMetricsF fm(LadderStyle::sans(std::max(StateDiagramLayout::kReadablePx, layout().labelPx() * 0.95), true));
    QRectF r = layout().boxes()[static_cast<std::size_t>(litBox(n))].rect;
    if (litBox(NodeId::Client) == litBox(NodeId::Server)) r.adjust(-3.5, -3.5, 3.5, 3.5);
    const QSizeF ts(fm.horizontalAdvance(Terms::node(n)) + 8, fm.height() + 1);
    const double y = r.top() - ts.height() - 1;
    if (y >= 0) return QRectF(n == NodeId::Client ? QPointF(r.left() + 4, y) : QPointF(r.right() - 4 - ts.width(), y), ts);
    // No room above (the top row of a small figure): beside the box, the client's on its left.
    const double mid = r.center().y() - ts.height() / 2;
    return QRectF(n == NodeId::Client ? QPointF(r.left() - 2 - ts.width(), mid) : QPointF(r.right() + 2, mid), ts);
}

void StateDiagram::paintUdpNote(QPainter &p, const Look &look) const
{
    p.setFont(LadderStyle::sans(look.labelPx * 1.1, true));
    const QString note = tr("UDP has no connection and no states: the datagrams of this scenario change nothing here.");
    const QRectF area(8, height() * 0.40, width() - 16, height() * 0.2);
    const QRectF text = p.fontMetrics().boundingRect(area.toRect(), Qt::AlignCenter | Qt::TextWordWrap, note);
    p.setPen(QPen(look.muted, 1));
    p.setBrush(palette().base());
    p.drawRoundedRect(text.adjusted(-8, -6, 8, 6), 6, 6);
    p.setPen(look.ink);
    p.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, note);
}

void StateDiagram::paintTravel(QPainter &p)
{
    if (m_travelProgress < 0) return;
    const auto t = m_timeline.lastTransition(m_travelNode, static_cast<std::size_t>(m_shown));
    if (!t) return;
    QPointF at;
    const int edge = layout().edgeOf(t->from, t->to);
    if (edge >= 0) {
        at = layout().edges()[static_cast<std::size_t>(edge)].path.pointAtPercent(m_travelProgress);
    } else {
        const QPointF a = layout().boxes()[static_cast<std::size_t>(layout().boxOf(t->from))].rect.center();
        const QPointF b = layout().boxes()[static_cast<std::size_t>(layout().boxEntered(t->from, t->to))].rect.center();
        at = a + (b - a) * m_travelProgress;
    }
    const double r = std::max(4.0, layout().labelPx() * 0.55);
    p.setPen(QPen(Qt::white, 1.5));
    p.setBrush(LadderStyle::node(m_travelNode));
    p.drawEllipse(at, r, r);
}

} // namespace wirestep
