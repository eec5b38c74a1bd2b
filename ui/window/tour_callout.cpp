#include "ui/window/tour_callout.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineF>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QRegion>
#include <QVBoxLayout>

#include <algorithm>
#include <array>
#include <cmath>

namespace wirestep {

namespace {

constexpr int kGap = 56;      // from the tip to the nearest corner of the box
constexpr int kMargin = 8;    // the box keeps this far from the window's edges
constexpr double kHead = 14;  // the arrowhead's length
constexpr int kRing = 3;      // the outline around the target

// The arrow from `tail` to `tip` as one polygon: a shaft `width` wide and a head at the tip.
QPolygonF arrowPolygon(QPointF tail, QPointF tip, double width)
{
    const QLineF line(tail, tip);
    const double len = line.length();
    if (len < 1) return {};
    const QPointF u = (tip - tail) / len;
    const QPointF n(-u.y(), u.x());
    const QPointF neck = tip - u * kHead;
    const double w = width / 2;
    const double hw = kHead * 0.6;
    return QPolygonF({tail + n * w, neck + n * w, neck + n * hw, tip, neck - n * hw, neck - n * w, tail - n * w});
}

} // namespace

TourCallout::TourCallout(QWidget *window) : QWidget(window)
{
    setObjectName(QStringLiteral("tourCallout"));
    auto *frame = new QFrame(this);
    frame->setFrameShape(QFrame::Box);
    frame->setLineWidth(2);
    m_box = frame;
    m_box->setObjectName(QStringLiteral("tourBox"));
    m_box->setAutoFillBackground(true);
    m_box->setBackgroundRole(QPalette::ToolTipBase);
    m_box->setForegroundRole(QPalette::ToolTipText);
    auto *column = new QVBoxLayout(m_box);
    column->setContentsMargins(14, 10, 14, 10);
    m_counter = new QLabel(m_box);
    m_title = new QLabel(m_box);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_text = new QLabel(m_box);
    m_text->setWordWrap(true);
    column->addWidget(m_counter);
    column->addWidget(m_title);
    column->addWidget(m_text);
    auto *buttons = new QHBoxLayout;
    m_close = new QPushButton(m_box);
    m_back = new QPushButton(m_box);
    m_next = new QPushButton(m_box);
    m_next->setDefault(true);
    buttons->addWidget(m_close);
    buttons->addStretch(1);
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    column->addLayout(buttons);
}

void TourCallout::setTexts(const QString &counter, const QString &title, const QString &text)
{
    m_counter->setText(counter);
    m_title->setText(title);
    m_text->setText(text);
    place();
}

void TourCallout::pointAt(const QRect &target, const QPoint &tip)
{
    m_target = target;
    m_tip = tip;
    place();
}

QRect TourCallout::boxRect() const
{
    return m_box->geometry().translated(pos());
}

QColor TourCallout::accent() const
{
    return palette().color(QPalette::Highlight);
}

void TourCallout::place()
{
    QWidget *window = parentWidget();
    if (!window) return;
    setGeometry(window->rect());
    const QRect area = rect().adjusted(kMargin, kMargin, -kMargin, -kMargin);
    const int width = std::clamp(area.width() / 3, 260, 380);
    const int height = m_box->layout()->totalHeightForWidth(width);
    const QSize size(width, height);
    // Below right of the tip, below left, above right, above left: the first that fits.
    const std::array<QPoint, 4> corners{QPoint(m_tip.x() + kGap, m_tip.y() + kGap),
                                        QPoint(m_tip.x() - kGap - width, m_tip.y() + kGap),
                                        QPoint(m_tip.x() + kGap, m_tip.y() - kGap - height),
                                        QPoint(m_tip.x() - kGap - width, m_tip.y() - kGap - height)};
    QRect box(corners[0], size);
    bool fits = false;
    for (const QPoint &c : corners) {
        if (area.contains(QRect(c, size))) {
            box = QRect(c, size);
            fits = true;
            break;
        }
    }
    if (!fits) {
        box.moveLeft(std::clamp(box.left(), area.left(), std::max(area.left(), area.right() - width)));
        box.moveTop(std::clamp(box.top(), area.top(), std::max(area.top(), area.bottom() - height)));
    }
    m_box->setGeometry(box);
    m_tail = QPoint(std::clamp(m_tip.x(), box.left(), box.right()), std::clamp(m_tip.y(), box.top(), box.bottom()));

    // Only the box, the arrow and the outline take the mouse; the rest of the window stays usable.
    QRegion mask(box);
    mask += QRegion(arrowPolygon(m_tail, m_tip, 8).toPolygon());
    const QRect ring = m_target.adjusted(-kRing, -kRing, kRing, kRing);
    mask += QRegion(ring) - QRegion(m_target.adjusted(1, 1, -1, -1));
    setMask(mask);
    update();
}

void TourCallout::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    QPen ring(accent(), kRing);
    ring.setJoinStyle(Qt::MiterJoin);
    p.setPen(ring);
    p.setBrush(Qt::NoBrush);
    p.drawRect(QRectF(m_target).adjusted(-1, -1, 1, 1));
    p.setPen(Qt::NoPen);
    p.setBrush(accent());
    p.drawPolygon(arrowPolygon(m_tail, m_tip, 4));
}

} // namespace wirestep
