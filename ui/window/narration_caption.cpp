#include "ui/window/narration_caption.h"

#include "core/narration/narrator.h"

#include <QEvent>

#include <algorithm>
#include <cmath>

namespace wirestep {

NarrationCaption::NarrationCaption(QWidget *parent) : QLabel(parent), m_trace(std::make_shared<Trace>())
{
    setObjectName(QStringLiteral("narrationCaption"));
    setWordWrap(true);
    setAlignment(Qt::AlignCenter);
    setTextFormat(Qt::PlainText);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    setContentsMargins(16, 10, 16, 10);
    setZoom(1.0);
    showSentence();
}

void NarrationCaption::setTrace(std::shared_ptr<const Trace> trace)
{
    m_trace = trace ? std::move(trace) : std::make_shared<Trace>();
    m_shown = std::min(m_shown, static_cast<int>(m_trace->size()));
    showSentence();
}

void NarrationCaption::setZoom(double zoom)
{
    QFont f = font();
    f.setPixelSize(static_cast<int>(std::lround(kPixelSize * zoom)));
    setFont(f);
}

void NarrationCaption::setCurrent(int shown)
{
    m_shown = std::clamp(shown, 0, static_cast<int>(m_trace->size()));
    showSentence();
}

void NarrationCaption::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) showSentence();
    QLabel::changeEvent(event);
}

void NarrationCaption::showSentence()
{
    if (m_shown > 0) setText(Narrator::sentence((*m_trace)[static_cast<std::size_t>(m_shown - 1)]));
    else if (!m_trace->empty()) setText(tr("Press Space to play, or the right arrow key to take one step."));
    else setText(QString());
}

} // namespace wirestep
