#pragma once
#include <QColor>
#include <QIcon>

namespace wirestep {

// The player's buttons drawn in the palette's button-text colour, so that they show in the dark
// theme as in the light one (the style's own media icons are dark on dark there).
class PlayerIcons {
public:
    enum class Kind { Start, Back, Play, Pause, Forward, End };

    static QIcon icon(Kind kind, const QColor &ink, const QColor &disabledInk);
};

} // namespace wirestep
