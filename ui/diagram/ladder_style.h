#pragma once
#include "core/trace/node_id.h"
#include "core/trace/tcp_state.h"

#include <QColor>
#include <QFont>

namespace wirestep {

// Colours and faces of the diagram (docs/ui-design.md "Colour", "Type"): the Okabe-Ito palette, and
// for the dark theme the same hues lightened on a dark ground. Export always uses Light.
class LadderStyle {
public:
    enum class Theme { Light, Dark };

    static QColor node(NodeId n, Theme t = Theme::Light);        // client blue, server vermillion
    static QColor state(TcpState s, Theme t = Theme::Light);     // the band colour of a state
    static QColor stateTint(TcpState s, Theme t = Theme::Light); // the tint a band is filled with
    static QColor ink(Theme t = Theme::Light);                   // normal arrows, text
    static QColor muted(Theme t = Theme::Light);                 // gutter times, folds, idle marks
    static QColor retransmission(Theme t = Theme::Light);        // vermillion
    static QColor lost(Theme t = Theme::Light);                  // the red of the cross
    static QColor highlight(Theme t = Theme::Light);             // under a selected arrow
    static QColor background(Theme t = Theme::Light);            // white, or near-black
    // Behind text drawn over lines (labels, state names, fold pills): the background, translucent.
    static QColor textBackground(Theme t = Theme::Light);
    static QColor hatch(Theme t = Theme::Light);                 // TIME_WAIT's hatch
    // The application's faces (AppFonts) at a pixel size: segment labels and field values in the
    // monospace one, names, states and times in the sans one.
    static QFont mono(double pixelSize);
    static QFont sans(double pixelSize, bool bold = false);

private:
    static QColor lighten(const QColor &c);
};

} // namespace wirestep
