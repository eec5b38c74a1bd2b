#pragma once
#include "core/sim/node_id.h"
#include "core/sim/tcp_state.h"

#include <QColor>
#include <QFont>

namespace wirestep {

// Colours and faces of the diagram (UI_DESIGN.md "Colour", "Type"): the Okabe-Ito palette.
class LadderStyle {
public:
    static QColor node(NodeId n);            // client blue, server vermillion
    static QColor state(TcpState s);         // the band colour of a state
    static QColor stateTint(TcpState s);     // the light tint a band is filled with
    static QColor ink();                     // near-black: normal arrows, text
    static QColor muted();                   // grey: gutter times, folds, idle marks
    static QColor retransmission();          // vermillion
    static QColor lost();                    // the red of the cross
    static QColor highlight();               // under a selected arrow
    static QFont mono(double pixelSize);     // segment labels, field values
    static QFont sans(double pixelSize, bool bold = false);
};

} // namespace wirestep
