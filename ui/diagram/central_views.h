#pragma once
#include "core/trace/trace.h"
#include "ui/diagram/protocol_lanes_view.h"

#include <QStackedWidget>

#include <memory>

class QAction;

namespace wirestep {

class Player;
class SequenceDiagram;

// The middle of the window: the one ladder diagram, or two lanes side by side. A trace with both
// TCP and UDP events is shown as two lanes while "TCP and UDP side by side" is on (the default);
// a comparison (live beside simulated) is shown as two lanes until the next trace comes.
class CentralViews : public QStackedWidget {
    Q_OBJECT

public:
    CentralViews(SequenceDiagram *diagram, Player &player, QWidget *parent = nullptr);

    void setTrace(std::shared_ptr<const Trace> trace);
    void showComparison(std::shared_ptr<const Trace> left, ProtocolLanesView::Caption leftCaption,
                        std::shared_ptr<const Trace> right, ProtocolLanesView::Caption rightCaption);

    bool lanesShown() const { return currentWidget() == m_lanes; }
    ProtocolLanesView *lanes() const { return m_lanes; }
    // The View menu's checkable "TCP and UDP side by side".
    QAction *lanesAction() const { return m_lanesAction; }
    // The zoom of every diagram here (the one diagram and both lanes).
    void setZoom(double zoom);
    // The width, in diagram units, that what is shown needs to be drawn whole without scrolling
    // sideways (both lanes together, or the one diagram).
    double neededWidth() const;

Q_SIGNALS:
    void eventSelected(quint64 eventId);
    void faultRequested(const wirestep::FaultRule &rule);
    // Ctrl+wheel over a diagram: steps in (positive) or out.
    void zoomStepRequested(int steps);

protected:
    void changeEvent(QEvent *event) override;

private:
    void choose();
    void retranslate();

    SequenceDiagram *m_diagram = nullptr;
    ProtocolLanesView *m_lanes = nullptr;
    QAction *m_lanesAction = nullptr;
    std::shared_ptr<const Trace> m_trace;
    bool m_splittable = false;
    bool m_comparing = false;
};

} // namespace wirestep
