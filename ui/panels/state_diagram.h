#pragma once
#include "core/trace/trace.h"
#include "ui/panels/state_diagram_layout.h"
#include "ui/diagram/state_timeline.h"

#include <QColor>
#include <QFont>
#include <QVariantAnimation>
#include <QWidget>

#include <array>
#include <optional>

#include <memory>

namespace wirestep {

// The TCP state diagram of RFC 9293 figure 5, following the player: the client's and the
// server's current states are lit in their colours (and tagged with their names), the transition
// each node took last is drawn in its colour (and, when the player steps onto it, a dot travels
// along it). Clicking a state asks the player to jump to the first event at which a node enters it.
class StateDiagram : public QWidget {
    Q_OBJECT

public:
    explicit StateDiagram(QWidget *parent = nullptr);

    void setTrace(std::shared_ptr<const Trace> trace);
    // The geometry for the widget's current size.
    const StateDiagramLayout &layout() const;
    const StateTimeline &timeline() const { return m_timeline; }
    int shown() const { return m_shown; }

    // The state `node` is in at the player's position, and the box lit for it.
    TcpState litState(NodeId node) const;
    int litBox(NodeId node) const;
    // The tag with a node's name on its current state's box: above the box, never over its name.
    QRectF tagRect(NodeId node) const;
    // The arrow drawn in `node`'s colour (its last transition), or -1 if it has none or figure 5
    // has no arrow for it (then a dashed arrow is drawn instead).
    int highlightedEdge(NodeId node) const;

    // True while the transition just taken forwards is being animated: a dot in the node's
    // colour travels along its arrow from the old state to the new one.
    bool transitionAnimating() const;
    // Where that dot is along the arrow, 0..1 (-1 when none is travelling).
    double transitionProgress() const { return m_travelProgress; }

    // The translated text of an arrow's label: the event, a line break, what is sent.
    static QString labelText(StateDiagramLayout::Label label);

    QSize sizeHint() const override { return {420, 520}; }
    QSize minimumSizeHint() const override { return {260, 320}; }

public Q_SLOTS:
    // The player shows `shown` events.
    void setCurrent(int shown);

Q_SIGNALS:
    // The user clicked a state: the player should show this many events.
    void shownRequested(int shown);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QString boxToolTip(int box) const;
    // How this paint draws: colours, fonts, and which edge each node lights (-1 = none).
    struct Look {
        QColor ink, muted;
        double labelPx = 0, headSize = 0;
        QFont labelFont, boldLabel;
        std::array<int, 2> lit{};
        std::optional<NodeId> litBy(int edge) const;
    };
    void paintLabel(QPainter &p, const Look &look, const QString &text, QPointF anchor, Qt::Alignment align,
                    std::optional<NodeId> by) const;
    void paintEdges(QPainter &p, const Look &look) const;
    void paintStates(QPainter &p) const;
    void paintOffFigureTransitions(QPainter &p, const Look &look) const;
    void paintCurrentStates(QPainter &p, const Look &look) const;
    void paintUdpNote(QPainter &p, const Look &look) const;
    void paintTravel(QPainter &p);

    std::shared_ptr<const Trace> m_trace;
    StateTimeline m_timeline;
    mutable StateDiagramLayout m_layout; // follows size(), even before the widget is shown
    int m_shown = 0;
    QVariantAnimation *m_travel = nullptr; // the dot along the transition just taken
    double m_travelProgress = -1;
    NodeId m_travelNode = NodeId::Client;
};

} // namespace wirestep
