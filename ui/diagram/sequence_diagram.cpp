#include "ui/diagram/sequence_diagram.h"
#include "core/trace/trace_facts.h"

#include "ui/panels/event_text.h"
#include "ui/window/fault_rule_factory.h"

#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace wirestep {

SequenceDiagram::SequenceDiagram(QWidget *parent)
    : QAbstractScrollArea(parent), m_trace(std::make_shared<Trace>())
{
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    viewport()->setMouseTracking(true);
    viewport()->setAutoFillBackground(false);
    setFocusPolicy(Qt::StrongFocus);
    verticalScrollBar()->setSingleStep(24);
    horizontalScrollBar()->setSingleStep(24);
    m_painter = std::make_unique<LadderPainter>(m_layout, *m_trace);
    m_flashTimer.setInterval(16);
    connect(&m_flashTimer, &QTimer::timeout, this, &SequenceDiagram::flashTick);
}

LadderLayout::Options SequenceDiagram::layoutOptions() { return LadderPainter::layoutOptions(); }

void SequenceDiagram::setTrace(std::shared_ptr<const Trace> trace, std::shared_ptr<const LadderLayout::SharedAxis> axis)
{
    m_trace = trace ? std::move(trace) : std::make_shared<Trace>();
    LadderLayout::Options options = layoutOptions();
    options.axis = std::move(axis);
    m_layout.build(*m_trace, options);
    m_painter = std::make_unique<LadderPainter>(m_layout, *m_trace);
    if (m_relative) {
        m_relative = std::make_unique<RelativeSequence>(*m_trace);
        m_painter->setRelativeSequence(m_relative.get());
    }
    m_causes = CausalChain(*m_trace);
    m_chain.clear();
    m_selected = m_hovered = LadderLayout::kNone;
    m_flash = 0;
    m_flashTimer.stop();
    updateContentWidth();
    viewport()->update();
}

void SequenceDiagram::updateContentWidth()
{
    m_minContentWidth = m_painter->minimumWidth();
    updateScrollRange();
}

void SequenceDiagram::setZoom(double zoom)
{
    if (!std::isfinite(zoom) || zoom <= 0 || zoom == m_zoom) return;
    // The same layout point stays at the top of the viewport.
    const int top = verticalScrollBar()->value();
    m_zoom = zoom;
    updateScrollRange();
    verticalScrollBar()->setValue(top);
    viewport()->update();
}

double SequenceDiagram::contentWidth() const
{
    return std::max(viewport()->width() / m_zoom, m_minContentWidth);
}

QTransform SequenceDiagram::viewportTransform() const
{
    // Diagram units to viewport pixels: scrolled sideways, then scaled.
    return QTransform::fromTranslate(-horizontalScrollBar()->value(), 0) * QTransform::fromScale(m_zoom, m_zoom);
}

QPointF SequenceDiagram::toDiagram(QPointF pos) const { return viewportTransform().inverted().map(pos); }

LadderPainter::Label SequenceDiagram::segmentLabel(std::uint32_t arrow) const
{
    LadderPainter::Label label = m_painter->segmentLabel(view(), arrow);
    label.transform *= viewportTransform();
    return label;
}

LadderPainter::Label SequenceDiagram::timerLabel(std::uint32_t arrow) const
{
    LadderPainter::Label label = m_painter->timerLabel(view(), arrow);
    label.transform *= viewportTransform();
    return label;
}

void SequenceDiagram::setRelativeSequenceNumbers(bool relative)
{
    if (relative == (m_relative != nullptr)) return;
    m_relative = relative ? std::make_unique<RelativeSequence>(*m_trace) : nullptr;
    // A fresh painter: the labels' widths it measured were of the other numbers.
    m_painter = std::make_unique<LadderPainter>(m_layout, *m_trace);
    m_painter->setRelativeSequence(m_relative.get());
    updateContentWidth();
    viewport()->update();
}

LadderPainter::View SequenceDiagram::view() const
{
    LadderPainter::View v;
    v.width = contentWidth();
    v.height = viewport()->height() / m_zoom;
    v.scrollY = verticalScrollBar()->value();
    v.shown = m_shown;
    v.progress = m_progress;
    v.selectedArrow = m_selected;
    v.hoveredArrow = m_hovered;
    v.chain = &m_chain;
    v.dark = m_dark;
    v.flashEvent = m_flashEvent;
    v.flash = m_flash;
    return v;
}

QPointF SequenceDiagram::toViewport(float normalizedX, double layoutY) const
{
    return viewportTransform().map(m_painter->geometry(view()).point(normalizedX, layoutY));
}

std::uint32_t SequenceDiagram::arrowAt(QPointF pos) const { return m_painter->arrowAt(view(), toDiagram(pos)); }

void SequenceDiagram::setCurrent(int shown, double progress)
{
    const auto next = static_cast<std::size_t>(std::max(0, shown));
    // Reached by the animation (the last frame was on its way to it), not by a step: a state
    // change flashes its band once.
    const bool played = m_progress > 0 && m_shown != std::numeric_limits<std::size_t>::max() && next == m_shown + 1;
    if (played && next <= m_trace->size() && (*m_trace)[next - 1].kind == EventKind::State) {
        m_flashEvent = static_cast<std::uint32_t>(next - 1);
        m_flash = 1.0;
        m_flashTimer.start();
    }
    m_shown = next;
    m_progress = progress;
    follow();
    viewport()->update();
}

void SequenceDiagram::selectEvent(quint64 eventId)
{
    const std::size_t index = eventId == 0 ? Trace::npos : m_trace->indexOf(eventId);
    m_selected = index != Trace::npos ? m_layout.arrowOfEvent(index) : LadderLayout::kNone;
    viewport()->update();
}

void SequenceDiagram::flashTick()
{
    m_flash = std::max(0.0, m_flash - static_cast<double>(m_flashTimer.interval()) / kFlashMs);
    if (m_flash <= 0) m_flashTimer.stop();
    viewport()->update();
}

void SequenceDiagram::setDarkTheme(bool dark)
{
    if (dark == m_dark) return;
    m_dark = dark;
    viewport()->update();
}

bool SequenceDiagram::inHoveredChain(std::uint32_t arrow) const
{
    if (m_chain.empty() || arrow >= m_layout.arrows().size()) return false;
    return m_chain[m_layout.arrows()[arrow].sendIndex];
}

void SequenceDiagram::setHovered(std::uint32_t arrow)
{
    if (arrow == m_hovered) return;
    m_hovered = arrow;
    if (arrow == LadderLayout::kNone) m_chain.clear();
    else m_chain = m_causes.through(m_layout.arrows()[arrow].sendIndex);
    viewport()->update();
}

void SequenceDiagram::updateScrollRange()
{
    // Both bars count diagram units, so that a zoom keeps the point at the top where it is.
    const double visibleHeight = viewport()->height() / m_zoom;
    const double visibleWidth = viewport()->width() / m_zoom;
    const int content = static_cast<int>(std::ceil(m_layout.height() + LadderGeometry::kHeaderHeight));
    QScrollBar *bar = verticalScrollBar();
    bar->setRange(0, std::max(0, content - static_cast<int>(visibleHeight)));
    bar->setPageStep(std::max(1, static_cast<int>(visibleHeight) - 80));
    QScrollBar *across = horizontalScrollBar();
    across->setRange(0, std::max(0, static_cast<int>(std::ceil(contentWidth() - visibleWidth))));
    across->setPageStep(std::max(1, static_cast<int>(visibleWidth) - 40));
}

void SequenceDiagram::follow()
{
    const LadderPainter::View v = view();
    const double cursor = m_painter->cursorY(v);
    if (!std::isfinite(cursor)) {
        verticalScrollBar()->setValue(0);
        return;
    }
    const double visible = v.height - v.headerHeight;
    const double rel = cursor - v.scrollY;
    if (rel > visible - 60 || rel < 0) verticalScrollBar()->setValue(static_cast<int>(cursor - visible * 0.4));
}

void SequenceDiagram::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    if (horizontalScrollBar()->value() > 0 || m_zoom != 1.0) {
        p.fillRect(viewport()->rect(), LadderStyle::background(m_dark ? LadderStyle::Theme::Dark : LadderStyle::Theme::Light));
        p.setTransform(viewportTransform());
    }
    m_painter->paint(p, view());
}

void SequenceDiagram::wheelEvent(QWheelEvent *event)
{
    if (!(event->modifiers() & Qt::ControlModifier)) {
        QAbstractScrollArea::wheelEvent(event);
        return;
    }
    // One step per notch (120 eighths of a degree); a touchpad's small turns add up.
    m_wheelAngle += event->angleDelta().y();
    const int steps = m_wheelAngle / 120;
    m_wheelAngle -= steps * 120;
    if (steps != 0) Q_EMIT zoomStepRequested(steps);
    event->accept();
}

void SequenceDiagram::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollRange();
}

void SequenceDiagram::mouseMoveEvent(QMouseEvent *event)
{
    setHovered(arrowAt(event->position()));
    QAbstractScrollArea::mouseMoveEvent(event);
}

void SequenceDiagram::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    const std::uint32_t arrow = arrowAt(event->position());
    m_selected = arrow;
    viewport()->update();
    if (arrow != LadderLayout::kNone) {
        Q_EMIT eventSelected((*m_trace)[m_layout.arrows()[arrow].sendIndex].id);
        return;
    }
    const std::uint32_t mark = m_painter->markAt(view(), toDiagram(event->position()));
    if (mark != LadderLayout::kNone) Q_EMIT eventSelected((*m_trace)[mark].id);
}

std::unique_ptr<QMenu> SequenceDiagram::faultMenu(std::uint32_t arrow)
{
    auto menu = std::make_unique<QMenu>(this);
    if (arrow >= m_layout.arrows().size()) return menu;
    const std::size_t sendIndex = m_layout.arrows()[arrow].sendIndex;
    const QString label = EventText::segmentLabel((*m_trace)[sendIndex].seg);
    menu->addSection(label);
    const struct {
        FaultAction action;
        QString text;
    } items[] = {
        {FaultAction::Drop, tr("Drop this segment")},
        {FaultAction::Delay, tr("Delay this segment")},
        {FaultAction::Duplicate, tr("Duplicate this segment")},
    };
    for (const auto &item : items) {
        QAction *a = menu->addAction(item.text);
        a->setData(static_cast<int>(item.action));
        const FaultAction action = item.action;
        connect(a, &QAction::triggered, this, [this, sendIndex, action]() {
            Q_EMIT faultRequested(FaultRuleFactory::forSend(*m_trace, sendIndex, action, m_faultDelayUs));
        });
    }
    return menu;
}

void SequenceDiagram::contextMenuEvent(QContextMenuEvent *event)
{
    const std::uint32_t arrow = arrowAt(event->pos());
    if (arrow == LadderLayout::kNone) return;
    m_selected = arrow;
    viewport()->update();
    // Not exec(): choosing a fault re-runs the scenario, which the menu must not block.
    QMenu *menu = faultMenu(arrow).release();
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
}

void SequenceDiagram::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_painter->textsChanged(); // the texts that need room have changed
        updateContentWidth();
        viewport()->update();
    }
    QAbstractScrollArea::changeEvent(event);
}

bool SequenceDiagram::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        std::uint32_t arrow = arrowAt(help->pos());
        // On a label, elided or not: the whole text is the tooltip's first line.
        if (arrow == LadderLayout::kNone) arrow = m_painter->labelAt(view(), toDiagram(help->pos()));
        if (arrow != LadderLayout::kNone) {
            const LadderLayout::Arrow &a = m_layout.arrows()[arrow];
            const bool ended = a.endIndex != LadderLayout::kNone && a.endIndex < m_shown;
            QToolTip::showText(help->globalPos(),
                               EventText::segmentTooltip((*m_trace)[a.sendIndex], ended ? std::optional((*m_trace)[a.endIndex]) : std::nullopt,
                                                         m_trace->facts()[a.sendIndex], shownSegment(a.sendIndex)),
                               viewport());
            return true;
        }
        const std::uint32_t mark = m_painter->markAt(view(), toDiagram(help->pos()));
        if (mark != LadderLayout::kNone) {
            const TraceEvent &e = (*m_trace)[mark];
            QToolTip::showText(help->globalPos(), e.kind == EventKind::App ? EventText::appCall(e, m_trace->facts()[mark]) : EventText::linkChange(e),
                               viewport());
            return true;
        }
        QToolTip::hideText();
        return true;
    }
    if (event->type() == QEvent::Leave) setHovered(LadderLayout::kNone);
    return QAbstractScrollArea::viewportEvent(event);
}

} // namespace wirestep
