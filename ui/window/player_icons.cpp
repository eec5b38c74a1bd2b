#include "ui/window/player_icons.h"

#include <QPainter>
#include <QPixmap>
#include <QPolygonF>

namespace wirestep {

namespace {

// One picture on a 24 x 24 grid, at `scale`.
QPixmap draw(PlayerIcons::Kind kind, const QColor &ink, double scale)
{
    QPixmap pix(static_cast<int>(24 * scale), static_cast<int>(24 * scale));
    pix.setDevicePixelRatio(scale);
    pix.fill(Qt::transparent);
    QPainter p(&pix);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(ink);
    const auto right = [&](double x) { p.drawPolygon(QPolygonF{{x, 6}, {x + 9, 12}, {x, 18}}); };
    const auto left = [&](double x) { p.drawPolygon(QPolygonF{{x + 9, 6}, {x, 12}, {x + 9, 18}}); };
    const auto bar = [&](double x) { p.drawRect(QRectF(x, 6, 2.5, 12)); };
    using K = PlayerIcons::Kind;
    switch (kind) {
    case K::Start: bar(5); left(8); left(14); break;
    case K::Back: left(3); left(11); break;
    case K::Play: p.drawPolygon(QPolygonF{{7, 5}, {19, 12}, {7, 19}}); break;
    case K::Pause: p.drawRect(QRectF(7, 5, 3.5, 14)); p.drawRect(QRectF(13.5, 5, 3.5, 14)); break;
    case K::Forward: right(4); right(12); break;
    case K::End: right(2); right(8); bar(16.5); break;
    }
    return pix;
}

} // namespace

QIcon PlayerIcons::icon(Kind kind, const QColor &ink, const QColor &disabledInk)
{
    QIcon icon;
    for (const double scale : {1.0, 2.0}) {
        icon.addPixmap(draw(kind, ink, scale), QIcon::Normal);
        icon.addPixmap(draw(kind, disabledInk, scale), QIcon::Disabled);
    }
    return icon;
}

} // namespace wirestep
