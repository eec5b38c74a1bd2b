#include "ui/diagram/central_views.h"

#include "ui/window/player.h"
#include "ui/diagram/sequence_diagram.h"

#include <QAction>
#include <QEvent>

namespace wirestep {

CentralViews::CentralViews(SequenceDiagram *diagram, Player &player, QWidget *parent)
    : QStackedWidget(parent), m_diagram(diagram), m_trace(std::make_shared<Trace>())
{
    m_lanes = new ProtocolLanesView(this);
    addWidget(m_diagram);
    addWidget(m_lanes);
    setCurrentWidget(m_diagram);
    m_lanesAction = new QAction(this);
    m_lanesAction->setCheckable(true);
    m_lanesAction->setChecked(true);
    m_lanesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(m_lanesAction, &QAction::toggled, this, &CentralViews::choose);
    connect(&player, &Player::currentChanged, m_lanes, &ProtocolLanesView::setCurrent);
    connect(m_lanes, &ProtocolLanesView::eventSelected, this, &CentralViews::eventSelected);
    connect(m_lanes, &ProtocolLanesView::faultRequested, this, &CentralViews::faultRequested);
    for (SequenceDiagram *d : {m_diagram, m_lanes->left(), m_lanes->right()})
        connect(d, &SequenceDiagram::zoomStepRequested, this, &CentralViews::zoomStepRequested);
    retranslate();
}

void CentralViews::setTrace(std::shared_ptr<const Trace> trace)
{
    m_trace = trace ? std::move(trace) : std::make_shared<Trace>();
    m_comparing = false;
    m_splittable = ProtocolSplit::hasBothProtocols(*m_trace);
    if (m_splittable) m_lanes->setTrace(m_trace);
    choose();
}

void CentralViews::showComparison(std::shared_ptr<const Trace> left, ProtocolLanesView::Caption leftCaption,
                                  std::shared_ptr<const Trace> right, ProtocolLanesView::Caption rightCaption)
{
    m_comparing = true;
    m_lanes->setComparison(std::move(left), std::move(leftCaption), std::move(right), std::move(rightCaption));
    choose();
}

void CentralViews::setZoom(double zoom)
{
    for (SequenceDiagram *d : {m_diagram, m_lanes->left(), m_lanes->right()}) d->setZoom(zoom);
}

double CentralViews::neededWidth() const
{
    if (!lanesShown()) return m_diagram->minimumContentWidth();
    return m_lanes->left()->minimumContentWidth() + m_lanes->right()->minimumContentWidth();
}

void CentralViews::choose()
{
    const bool lanes = m_comparing || (m_splittable && m_lanesAction->isChecked());
    QWidget *target = lanes ? static_cast<QWidget *>(m_lanes) : static_cast<QWidget *>(m_diagram);
    if (currentWidget() != target) setCurrentWidget(target);
}

void CentralViews::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) retranslate();
    QStackedWidget::changeEvent(event);
}

void CentralViews::retranslate()
{
    m_lanesAction->setText(tr("TCP and UDP &side by side"));
    m_lanesAction->setToolTip(tr("Show TCP and UDP side by side (%1)").arg(m_lanesAction->shortcut().toString(QKeySequence::NativeText)));
}

} // namespace wirestep
