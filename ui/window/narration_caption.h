#pragma once
#include "core/trace/trace.h"

#include <QLabel>

#include <memory>

namespace wirestep {

// The caption under the diagram in presentation mode: the current event's sentence (Narrator)
// in large type, so that a class reads what the teacher steps through. It follows the player
// and the language.
class NarrationCaption : public QLabel {
    Q_OBJECT

public:
    // The caption's text size at zoom 1, in pixels; the window multiplies it by its zoom.
    static constexpr double kPixelSize = 22.0;

    explicit NarrationCaption(QWidget *parent = nullptr);

    void setTrace(std::shared_ptr<const Trace> trace);
    // The text's size: kPixelSize times `zoom`.
    void setZoom(double zoom);

public Q_SLOTS:
    // The player shows `shown` events: the caption tells the last of them.
    void setCurrent(int shown);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showSentence();

    std::shared_ptr<const Trace> m_trace;
    int m_shown = 0;
};

} // namespace wirestep
