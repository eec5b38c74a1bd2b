#include "ui/diagram/legend_view.h"

#include "ui/diagram/ladder_legend.h"

#include <QEvent>
#include <QPainter>
#include <QScrollBar>

#include <algorithm>
#include <cmath>

namespace wirestep {

namespace {

// What the scroll area scrolls: the legend, painted at the view's zoom and theme.
class LegendCanvas : public QWidget {
public:
    explicit LegendCanvas(LegendView &view) : QWidget(&view), m_view(view) {}

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        const double z = m_view.zoom();
        p.scale(z, z);
        LadderLegend::paint(p, QRectF(0, 0, width() / z, height() / z),
                            m_view.isDarkTheme() ? LadderStyle::Theme::Dark : LadderStyle::Theme::Light, m_view.isCapture());
    }

private:
    LegendView &m_view;
};

} // namespace

LegendView::LegendView(QWidget *parent) : QScrollArea(parent)
{
    setObjectName(QStringLiteral("legend"));
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setWidget(new LegendCanvas(*this));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
}

void LegendView::setZoom(double zoom)
{
    m_zoom = zoom;
    fit();
}

void LegendView::setDarkTheme(bool dark)
{
    m_dark = dark;
    widget()->update();
}

void LegendView::setCapture(bool capture)
{
    if (m_capture == capture) return;
    m_capture = capture;
    fit();
    widget()->update();
}

int LegendView::legendHeight(int width) const
{
    return static_cast<int>(std::ceil(LadderLegend::height(width / m_zoom, m_capture) * m_zoom));
}

QSize LegendView::sizeHint() const
{
    // All of it, but not more than a third of the column it shares with the diagram.
    const int whole = legendHeight(std::max(1, viewport()->width()));
    const int share = parentWidget() ? parentWidget()->height() / 3 : whole;
    return {600, std::min(whole, std::max(share, minimumSizeHintHeight()))};
}

int LegendView::minimumSizeHintHeight() const
{
    // Two rows, then it scrolls.
    const int two = static_cast<int>(std::ceil((2 * LadderLegend::kRowHeight + LadderLegend::kPadding) * m_zoom));
    return std::min(two, legendHeight(std::max(1, viewport()->width())));
}

QSize LegendView::minimumSizeHint() const { return {100, minimumSizeHintHeight()}; }

void LegendView::fit()
{
    const int w = viewport()->width();
    widget()->resize(w, legendHeight(w));
    updateGeometry();
    widget()->update();
}

void LegendView::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    fit();
}

void LegendView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) fit();
    QScrollArea::changeEvent(event);
}

} // namespace wirestep
