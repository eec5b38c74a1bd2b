#pragma once
#include "core/trace/tcp_state.h"

#include <QPainterPath>
#include <QPointF>
#include <QRectF>
#include <QSizeF>

#include <vector>

namespace wirestep {

// The geometry of the TCP state diagram of RFC 9293 figure 5, with no painting in it: where the
// eleven states sit in the classic layout (CLOSED at the top, TIME_WAIT at the bottom, a second
// CLOSED box at the bottom right as in the RFC), the arrows between them and where their labels
// go, for a widget of a given size.
class StateDiagramLayout {
public:
    // What an arrow says; the view turns it into translated text.
    enum class Label {
        PassiveOpen,     // passive OPEN / create TCB
        ActiveOpen,      // active OPEN / snd SYN
        CloseDelete,     // CLOSE / delete TCB
        RcvSynSndSynAck, // rcv SYN / snd SYN,ACK
        SendSndSyn,      // SEND / snd SYN
        RcvRst,          // rcv RST
        RcvAckOfSyn,     // rcv ACK of SYN
        RcvSynAckSndAck, // rcv SYN,ACK / snd ACK
        CloseSndFin,     // CLOSE / snd FIN
        RcvFinSndAck,    // rcv FIN / snd ACK
        RcvAckOfFin,     // rcv ACK of FIN
        RcvFinAckSndAck, // rcv FIN,ACK / snd ACK (the ACK of our FIN rides with the peer's FIN)
        Timeout2Msl,     // timeout=2MSL / delete TCB
    };

    struct Box {
        TcpState state = TcpState::Closed;
        bool alias = false; // the second CLOSED box, where LAST_ACK and TIME_WAIT end
        QRectF rect;
    };

    struct Edge {
        TcpState from = TcpState::Closed;
        TcpState to = TcpState::Closed;
        int fromBox = 0;
        int toBox = 0;
        Label label = Label::PassiveOpen;
        QPainterPath path;     // from the border of one box to the border of the other
        QPointF head;          // the arrow's tip
        QPointF headDirection; // unit vector along the arrow at its tip
        QPointF labelAnchor;   // where the label is attached
        Qt::Alignment labelAlign = Qt::AlignCenter; // how the label sits on its anchor
    };

    StateDiagramLayout();

    // Recomputes every rectangle and path for a widget of this size.
    void setSize(QSizeF size);
    QSizeF size() const { return m_size; }

    const std::vector<Box> &boxes() const { return m_boxes; }
    const std::vector<Edge> &edges() const { return m_edges; }

    // The main box of a state (for CLOSED the one at the top).
    int boxOf(TcpState s) const;
    // The box a transition from -> to ends in: the alias CLOSED after LAST_ACK or TIME_WAIT.
    int boxEntered(TcpState from, TcpState to) const;
    // The arrow for from -> to, or -1 if figure 5 has none (a reset or an abort).
    int edgeOf(TcpState from, TcpState to) const;
    // The box under a point, or -1.
    int boxAt(QPointF p) const;

    // A pixel size for labels and state names: in proportion to the size, never below
    // kReadablePx (nor above 13 and 15).
    static constexpr double kReadablePx = 10.0;
    double labelPx() const;
    double statePx() const;
    // Too small for every arrow's label at a readable size: only the labels of the transitions
    // just taken are drawn (StateDiagram).
    bool crowded() const;

private:
    struct EdgeSpec {
        TcpState from;
        TcpState to;
        bool toAlias;
        Label label;
        double bend;   // control point offset, as a fraction of the arrow's length (+: to the left)
        double shift;  // parallel offset in pixels, as a fraction of the box height
        QPointF anchor; // label anchor in normalized coordinates (column, row)
        Qt::Alignment align;
    };
    struct BoxSpec {
        TcpState state;
        bool alias;
        double column; // 0 left, 1 centre, 2 right
        double row;    // 0 .. 6
    };

    QPointF toPixels(QPointF normalized) const;
    void place();

    static std::vector<BoxSpec> boxSpecs();
    static std::vector<EdgeSpec> edgeSpecs();

    QSizeF m_size{400, 500};
    std::vector<BoxSpec> m_boxSpecs;
    std::vector<EdgeSpec> m_edgeSpecs;
    std::vector<Box> m_boxes;
    std::vector<Edge> m_edges;
};

} // namespace wirestep
