#pragma once
#include "core/sim/link_config.h"
#include "core/trace/trace.h"
#include "ui/diagram/protocol_split.h"

#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QSplitter;

namespace wirestep {

class SequenceDiagram;

// Two ladder diagrams side by side, each under a caption, driven by one player position.
// Protocols: one trace split into its TCP events (left) and its UDP events (right), so the
// handshake and the repaired loss stand beside the datagram that is simply gone.
// Comparison: two whole traces, a live one (left, followed event by event) and a simulated one
// (right, advanced in proportion, complete when the left one is).
class ProtocolLanesView : public QWidget {
    Q_OBJECT

public:
    enum class Mode { Protocols, Comparison };
    using Caption = std::function<QString()>;

    explicit ProtocolLanesView(QWidget *parent = nullptr);

    void setTrace(std::shared_ptr<const Trace> trace);
    // The captions are functions so that they follow a change of language.
    void setComparison(std::shared_ptr<const Trace> left, Caption leftCaption,
                       std::shared_ptr<const Trace> right, Caption rightCaption);

    Mode mode() const { return m_mode; }
    SequenceDiagram *left() const { return m_left; }
    SequenceDiagram *right() const { return m_right; }
    QLabel *leftCaption() const { return m_leftCaption; }
    QLabel *rightCaption() const { return m_rightCaption; }
    const ProtocolSplit &split() const { return m_split; }

public Q_SLOTS:
    void setCurrent(int shown, double progress);

Q_SIGNALS:
    // An event of the whole trace was clicked in one of the lanes (Protocols mode).
    void eventSelected(quint64 eventId);
    void faultRequested(const wirestep::FaultRule &rule);

protected:
    void changeEvent(QEvent *event) override;
    // A new width (the window resized, presentation mode) is shared by need again.
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslate();
    // Shares the width between the lanes in proportion to what each needs.
    void shareWidth();
    QWidget *makeColumn(QLabel *caption, SequenceDiagram *diagram);

    Mode m_mode = Mode::Protocols;
    SequenceDiagram *m_left = nullptr;
    SequenceDiagram *m_right = nullptr;
    QLabel *m_leftCaption = nullptr;
    QLabel *m_rightCaption = nullptr;
    QSplitter *m_splitter = nullptr;
    ProtocolSplit m_split;
    std::shared_ptr<const Trace> m_leftTrace;
    std::shared_ptr<const Trace> m_rightTrace;
    Caption m_leftText;
    Caption m_rightText;
    int m_shown = 0;
    double m_progress = 0;
};

} // namespace wirestep
