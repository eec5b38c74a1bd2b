#include "ui/diagram/ladder_geometry.h"

#include <algorithm>

namespace wirestep {

double LadderGeometry::minimumWidth(bool bands)
{
    const double side = kNarrowAppWidth + timerRoom(bands) + 6 + (bands ? kNarrowBandWidth : 0.0);
    return kGutter + 2 * side + kMinLane + 10;
}

LadderGeometry::LadderGeometry(double width, double scrollY, double headerHeight, bool bands, double labelLane, double appText)
    : m_width(width), m_band(bands ? kBandWidth : 0.0), m_scrollY(scrollY), m_header(headerHeight)
{
    m_appWidth = std::max(std::clamp(width * 0.13, 60.0, 150.0), appText);
    // A narrow diagram (a lane of two side by side, a small window) gives the lifelines up to
    // 30 % of its width between them, where the segments and their labels are, and more if the
    // labels of a burst need it: the state bands narrow first, as far as their names still fit,
    // then the app-call columns, to a minimum that still holds their texts.
    m_timers = timerRoom(bands);
    const double fixed = kGutter + 10 + 2 * (m_timers + 6);
    double shortBy = (std::max(0.3 * width, labelLane) - (width - fixed - 2 * (m_appWidth + m_band))) / 2;
    if (shortBy > 0 && bands) {
        const double take = std::min(shortBy, m_band - kNarrowBandWidth);
        m_band -= take;
        shortBy -= take;
    }
    if (shortBy > 0) m_appWidth -= std::clamp(shortBy, 0.0, m_appWidth - std::max(kNarrowAppWidth, appText));
    const double side = m_appWidth + m_timers + m_band + 6;
    m_clientX = kGutter + side;
    m_serverX = std::max(m_clientX + kMinLane, width - side - 10);
}

bool LadderGeometry::fits() const
{
    const double side = m_appWidth + m_timers + m_band + 6;
    return m_serverX + side + 10 <= m_width + 0.5;
}

QRectF LadderGeometry::band(NodeId n, double y1, double y2) const
{
    const double x = nodeX(n);
    return n == NodeId::Client ? QRectF(x - m_band, y1, m_band, y2 - y1) : QRectF(x, y1, m_band, y2 - y1);
}

double LadderGeometry::timerX(NodeId n, int column) const
{
    return nodeX(n) + outward(n) * (m_band + 4 + (column + 0.5) * kTimerColumn);
}

QRectF LadderGeometry::appText(NodeId n, double y, double lineHeight) const
{
    const double inner = nodeX(n) + outward(n) * (m_band + m_timers + 6);
    const double x = n == NodeId::Client ? inner - m_appWidth : inner;
    return QRectF(x, y - lineHeight / 2, m_appWidth, lineHeight);
}

} // namespace wirestep
