#include "ui/window/zoom_control.h"

#include <QAction>
#include <QFont>
#include <QKeySequence>
#include <QVariant>

#include <algorithm>
#include <cmath>
#include <iterator>

namespace wirestep {

ZoomControl::ZoomControl(QObject *parent) : QObject(parent)
{
    m_in = new QAction(this);
    // Ctrl+= is Ctrl++ without Shift on most keyboards; both work.
    m_in->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence(Qt::CTRL | Qt::Key_Plus)});
    m_out = new QAction(this);
    m_out->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Minus));
    m_reset = new QAction(this);
    m_reset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    for (QAction *a : {m_in, m_out, m_reset}) a->setShortcutContext(Qt::WindowShortcut);
    connect(m_in, &QAction::triggered, this, [this] { stepBy(1); });
    connect(m_out, &QAction::triggered, this, [this] { stepBy(-1); });
    connect(m_reset, &QAction::triggered, this, [this] { setZoom(1.0); });
    updateActions();
}

double ZoomControl::snap(double zoom)
{
    double best = 1.0;
    for (const double s : kSteps)
        if (std::abs(s - zoom) < std::abs(best - zoom)) best = s;
    return best;
}

double ZoomControl::fromSetting(const QVariant &value, double fallback)
{
    bool ok = false;
    const double z = value.toString().toDouble(&ok);
    return ok && std::isfinite(z) && z >= kMin && z <= kMax ? snap(z) : fallback;
}

QFont ZoomControl::scaled(const QFont &font, double zoom)
{
    QFont f = font;
    if (f.pixelSize() > 0) f.setPixelSize(std::max(1, static_cast<int>(std::lround(f.pixelSize() * zoom))));
    else f.setPointSizeF(std::max(1.0, f.pointSizeF() * zoom));
    return f;
}

void ZoomControl::setZoom(double zoom)
{
    if (!std::isfinite(zoom)) return;
    const double z = snap(std::clamp(zoom, kMin, kMax));
    if (z == m_zoom) return;
    m_zoom = z;
    updateActions();
    Q_EMIT zoomChanged(m_zoom);
}

void ZoomControl::stepBy(int steps)
{
    const auto at = std::find(kSteps.begin(), kSteps.end(), m_zoom);
    const auto index = static_cast<int>(std::distance(kSteps.begin(), at));
    const int next = std::clamp(index + steps, 0, static_cast<int>(kSteps.size()) - 1);
    setZoom(kSteps[static_cast<std::size_t>(next)]);
}

void ZoomControl::updateActions()
{
    m_in->setEnabled(m_zoom < kMax);
    m_out->setEnabled(m_zoom > kMin);
    m_reset->setEnabled(m_zoom != 1.0);
}

} // namespace wirestep
