#pragma once
#include "core/sim/link_config.h"
#include "core/trace/trace.h"
#include "ui/diagram/causal_chain.h"
#include "ui/diagram/ladder_layout.h"
#include "ui/diagram/ladder_painter.h"

#include <QAbstractScrollArea>
#include <QMenu>
#include <QTimer>

#include <memory>

namespace wirestep {

// The animated ladder diagram of one trace. It only draws (through LadderPainter) what is
// visible and already happened at the player's position; clicks select, a right-click on an
// arrow offers fault rules for exactly that segment, hovering one lights its causal chain.
class SequenceDiagram : public QAbstractScrollArea {
    Q_OBJECT

public:
    explicit SequenceDiagram(QWidget *parent = nullptr);

    // `axis`: a time axis shared with the diagram beside it (ProtocolLanesView); null: its own.
    void setTrace(std::shared_ptr<const Trace> trace, std::shared_ptr<const LadderLayout::SharedAxis> axis = nullptr);
    // The options every diagram's layout is built with.
    static LadderLayout::Options layoutOptions();
    const Trace &trace() const { return *m_trace; }
    const LadderLayout &layout() const { return m_layout; }
    // The painter's view of the viewport as it is now, in diagram units (viewport pixels
    // divided by the zoom); its width is contentWidth().
    LadderPainter::View view() const;
    // Where layout point (normalized x, layout y) is in viewport (= widget) coordinates.
    QPointF toViewport(float normalizedX, double layoutY) const;
    // Viewport coordinates to the painter's (diagram units, scrolled), and back.
    QTransform viewportTransform() const;
    // The width the diagram is drawn at, in diagram units: the viewport's, or more when the
    // diagram needs more room than that (minimumContentWidth); then it scrolls sideways.
    double contentWidth() const;
    double minimumContentWidth() const { return m_minContentWidth; }
    // The scale of everything drawn (View ▸ Zoom): 1 = the design's sizes.
    double zoom() const { return m_zoom; }
    void setZoom(double zoom);
    std::uint32_t selectedArrow() const { return m_selected; }
    std::uint32_t arrowAt(QPointF viewportPos) const;
    // An arrow's labels as drawn now (what they say, whether elided, where in the viewport).
    LadderPainter::Label segmentLabel(std::uint32_t arrow) const;
    LadderPainter::Label timerLabel(std::uint32_t arrow) const;
    // The right-click menu for an arrow: Drop / Delay / Duplicate this segment.
    std::unique_ptr<QMenu> faultMenu(std::uint32_t arrow);
    // The extra delay a Delay or Duplicate rule asks for.
    void setFaultDelayUs(std::int64_t us) { m_faultDelayUs = us; }

    // The arrow under the mouse, and whether an arrow is in its causal chain (CausalChain).
    std::uint32_t hoveredArrow() const { return m_hovered; }
    bool inHoveredChain(std::uint32_t arrow) const;
    // Labels with sequence numbers relative to each side's ISN, as Wireshark shows them (live
    // traces), or as sent (the scenarios' textbook numbers). Tooltips give both.
    void setRelativeSequenceNumbers(bool relative);
    bool relativeSequenceNumbers() const { return m_relative != nullptr; }
    // The segment sent at trace index `sendIndex` as the labels show it.
    Segment shownSegment(std::uint32_t sendIndex) const { return m_painter->shownSegment(sendIndex); }
    // The dark theme's colours on screen (export is always light).
    void setDarkTheme(bool dark);
    bool isDarkTheme() const { return m_dark; }
    // The state change whose band is flashing (kNone: none), and how bright it still is (0..1).
    std::uint32_t flashEvent() const { return m_flash > 0 ? m_flashEvent : LadderLayout::kNone; }
    double flash() const { return m_flash; }

    QSize sizeHint() const override { return {900, 700}; }
    static constexpr int kFlashMs = 450;

    // Scrolls so that the player's position is in view (setCurrent does it too).
    void follow();
    // The layout y the player has got to (-inf before the first event).
    double cursorY() const { return m_painter->cursorY(view()); }

public Q_SLOTS:
    void setCurrent(int shown, double progress);
    void selectEvent(quint64 eventId);
    // One frame of the flash (its timer calls it; tests may too).
    void flashTick();

Q_SIGNALS:
    void eventSelected(quint64 eventId);
    void faultRequested(const wirestep::FaultRule &rule);
    // Ctrl+wheel: +1 a step in, -1 a step out.
    void zoomStepRequested(int steps);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    // The diagram's words (node names, state glosses, timers) follow the language at once.
    void changeEvent(QEvent *event) override;

    // Ctrl+wheel asks the window to zoom (the zoom is one for the window: MainWindow::setZoom).
    void wheelEvent(QWheelEvent *event) override;

private:
    void updateScrollRange();
    void updateContentWidth();
    QPointF toDiagram(QPointF viewportPos) const;
    void setHovered(std::uint32_t arrow);

    CausalChain m_causes;
    std::unique_ptr<RelativeSequence> m_relative; // set: labels count from each side's ISN
    std::vector<bool> m_chain; // per trace index: in the hovered arrow's chain; empty = none
    bool m_dark = false;
    std::uint32_t m_flashEvent = LadderLayout::kNone;
    double m_flash = 0;
    QTimer m_flashTimer;

    std::shared_ptr<const Trace> m_trace;
    LadderLayout m_layout;
    std::unique_ptr<LadderPainter> m_painter;
    std::size_t m_shown = std::numeric_limits<std::size_t>::max();
    double m_progress = 0;
    std::uint32_t m_selected = LadderLayout::kNone;
    std::uint32_t m_hovered = LadderLayout::kNone;
    std::int64_t m_faultDelayUs = 200'000;
    double m_zoom = 1.0;
    double m_minContentWidth = 0;
    int m_wheelAngle = 0; // Ctrl+wheel turned less than a step so far
};

} // namespace wirestep
