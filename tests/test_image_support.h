#pragma once
// Reading rendered pictures in GUI tests.
#include <QColor>
#include <QImage>
#include <QPoint>

namespace wirestep {

// The darkest pixel within one pixel of `p` (lines are antialiased).
inline QColor darkest(const QImage &img, QPoint p)
{
    QColor best = Qt::white;
    for (int dx = -1; dx <= 1; ++dx)
        for (int dy = -1; dy <= 1; ++dy) {
            const QColor c = img.pixelColor(p + QPoint(dx, dy));
            if (c.lightness() < best.lightness()) best = c;
        }
    return best;
}

} // namespace wirestep
