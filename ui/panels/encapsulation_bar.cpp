#include "ui/panels/encapsulation_bar.h"

#include "ui/diagram/ladder_style.h"

#include <QEvent>
#include <QMouseEvent>
#include <QPainter>

#include <algorithm>
#include <numeric>

namespace wirestep {

EncapsulationBar::EncapsulationBar(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setCursor(Qt::PointingHandCursor);
}

void EncapsulationBar::setParts(std::vector<Part> parts)
{
    m_parts = std::move(parts);
    m_current = -1;
    update();
}

void EncapsulationBar::setCurrentPart(int index)
{
    m_current = index;
    update();
}

QString EncapsulationBar::sizeText(int bytes) const { return tr("%n byte(s)", nullptr, bytes); }

QSize EncapsulationBar::sizeHint() const { return {360, fontMetrics().height() * 2 + 14}; }
QSize EncapsulationBar::minimumSizeHint() const { return {200, fontMetrics().height() * 2 + 14}; }

std::vector<QRectF> EncapsulationBar::partRects() const
{
    std::vector<QRectF> rects;
    if (m_parts.empty()) return rects;
    const QFontMetricsF fm(font());
    const double total = std::max(1, std::accumulate(m_parts.begin(), m_parts.end(), 0,
                                                     [](int s, const Part &p) { return s + p.bytes; }));
    // Each part gets the room its labels need, and the rest is shared in proportion to its size.
    std::vector<double> widths;
    double need = 0;
    for (const Part &p : m_parts) {
        const double w = std::max(fm.horizontalAdvance(p.name), fm.horizontalAdvance(sizeText(p.bytes))) + 10;
        widths.push_back(w);
        need += w;
    }
    const double avail = width() - 2.0;
    const double spare = std::max(0.0, avail - need);
    double x = 1;
    for (std::size_t i = 0; i < m_parts.size(); ++i) {
        double w = widths[i] + spare * m_parts[i].bytes / total;
        if (need > avail) w = widths[i] * avail / need;
        rects.emplace_back(x, 1, w, height() - 2.0);
        x += w;
    }
    return rects;
}

void EncapsulationBar::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const auto rects = partRects();
    const QColor ink = LadderStyle::ink();
    for (std::size_t i = 0; i < rects.size(); ++i) {
        const QRectF r = rects[i];
        p.setPen(QPen(m_current == static_cast<int>(i) ? palette().highlight().color() : LadderStyle::muted(),
                      m_current == static_cast<int>(i) ? 2.5 : 1));
        p.setBrush(m_parts[i].color);
        p.drawRect(r.adjusted(0.5, 0.5, -0.5, -0.5));
        p.setPen(ink);
        QFont bold = font();
        bold.setBold(true);
        p.setFont(bold);
        const QRectF top(r.left(), r.top() + 4, r.width(), r.height() / 2 - 4);
        const QRectF bottom(r.left(), r.center().y(), r.width(), r.height() / 2 - 4);
        p.drawText(top, Qt::AlignCenter, p.fontMetrics().elidedText(m_parts[i].name, Qt::ElideRight, static_cast<int>(r.width()) - 4));
        p.setFont(font());
        p.drawText(bottom, Qt::AlignCenter, p.fontMetrics().elidedText(sizeText(m_parts[i].bytes), Qt::ElideRight, static_cast<int>(r.width()) - 4));
    }
}

void EncapsulationBar::mousePressEvent(QMouseEvent *event)
{
    const auto rects = partRects();
    for (std::size_t i = 0; i < rects.size(); ++i)
        if (rects[i].contains(event->position())) Q_EMIT partClicked(static_cast<int>(i));
}

void EncapsulationBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) update();
    QWidget::changeEvent(event);
}

} // namespace wirestep
