#include "ui/diagram/protocol_lanes_view.h"

#include "ui/diagram/sequence_diagram.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollBar>
#include <QSplitter>
#include <QVBoxLayout>

#include <cmath>

namespace wirestep {

namespace {
// A lane narrower than its diagram needs scrolls sideways (SequenceDiagram::contentWidth), so that
// two lanes fit a small window beside its docks.
constexpr int kMinLaneWidth = 240;
} // namespace

ProtocolLanesView::ProtocolLanesView(QWidget *parent)
    : QWidget(parent), m_leftTrace(std::make_shared<Trace>()), m_rightTrace(std::make_shared<Trace>())
{
    m_left = new SequenceDiagram(this);
    m_right = new SequenceDiagram(this);
    m_left->setObjectName(QStringLiteral("leftLane"));
    m_right->setObjectName(QStringLiteral("rightLane"));
    m_left->setMinimumWidth(kMinLaneWidth);
    m_right->setMinimumWidth(kMinLaneWidth);
    m_leftCaption = new QLabel(this);
    m_rightCaption = new QLabel(this);
    auto *splitter = m_splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(makeColumn(m_leftCaption, m_left));
    splitter->addWidget(makeColumn(m_rightCaption, m_right));
    splitter->setChildrenCollapsible(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_left, &SequenceDiagram::eventSelected, this, [this](quint64 id) {
        if (m_mode == Mode::Comparison) {
            Q_EMIT eventSelected(id);
            return;
        }
        if (const std::uint64_t whole = m_split.tcpToWhole(id)) Q_EMIT eventSelected(whole);
    });
    connect(m_right, &SequenceDiagram::eventSelected, this, [this](quint64 id) {
        if (m_mode != Mode::Protocols) return;
        if (const std::uint64_t whole = m_split.udpToWhole(id)) Q_EMIT eventSelected(whole);
    });
    // One time axis (Protocols mode): the lanes scroll together.
    for (auto [from, to] : {std::pair{m_left, m_right}, std::pair{m_right, m_left}})
        connect(from->verticalScrollBar(), &QScrollBar::valueChanged, this, [this, to](int value) {
            if (m_mode == Mode::Protocols) to->verticalScrollBar()->setValue(value);
        });
    // Fault rules name a segment by its protocol and place among its kind, which a lane keeps.
    for (SequenceDiagram *lane : {m_left, m_right})
        connect(lane, &SequenceDiagram::faultRequested, this, [this](const FaultRule &rule) {
            if (m_mode == Mode::Protocols) Q_EMIT faultRequested(rule);
        });
    retranslate();
}

QWidget *ProtocolLanesView::makeColumn(QLabel *caption, SequenceDiagram *diagram)
{
    auto *column = new QWidget(this);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    caption->setAlignment(Qt::AlignCenter);
    caption->setWordWrap(true);
    caption->setContentsMargins(8, 6, 8, 6);
    QFont font = caption->font();
    font.setBold(true);
    caption->setFont(font);
    caption->setAutoFillBackground(true);
    caption->setBackgroundRole(QPalette::AlternateBase);
    layout->addWidget(caption);
    layout->addWidget(diagram, 1);
    return column;
}

void ProtocolLanesView::setTrace(std::shared_ptr<const Trace> trace)
{
    m_mode = Mode::Protocols;
    m_split = trace ? ProtocolSplit(*trace) : ProtocolSplit();
    m_leftTrace = m_split.tcp();
    m_rightTrace = m_split.udp();
    m_leftText = {};
    m_rightText = {};
    // One time axis for both lanes, laid out for the whole trace: a time is at one height in both,
    // so that the comparison is fair at a glance.
    const Trace empty;
    const Trace &all = trace ? *trace : empty;
    LadderLayout::Options options = SequenceDiagram::layoutOptions();
    options.lanes.reserve(all.size());
    for (const TraceEvent &e : all.events()) options.lanes.push_back(ProtocolSplit::laneOf(e) == ProtocolSplit::Lane::Udp ? 1 : 0);
    const LadderLayout whole(all, options);
    const auto axisOf = [&](const Trace &lane, auto toWhole) {
        auto axis = std::make_shared<LadderLayout::SharedAxis>();
        axis->eventY.reserve(lane.size());
        for (std::size_t i = 0; i < lane.size(); ++i) {
            const std::size_t at = all.indexOf(toWhole(static_cast<std::uint64_t>(i + 1)));
            axis->eventY.push_back(at == Trace::npos ? 0.0 : whole.eventY(at));
        }
        axis->folds = whole.folds();
        axis->height = whole.height();
        axis->typicalGapUs = whole.typicalGapUs();
        return axis;
    };
    m_left->setTrace(m_leftTrace, axisOf(*m_leftTrace, [this](std::uint64_t id) { return m_split.tcpToWhole(id); }));
    m_right->setTrace(m_rightTrace, axisOf(*m_rightTrace, [this](std::uint64_t id) { return m_split.udpToWhole(id); }));
    shareWidth();
    retranslate();
    setCurrent(m_shown, m_progress);
}

void ProtocolLanesView::setComparison(std::shared_ptr<const Trace> left, Caption leftCaption,
                                      std::shared_ptr<const Trace> right, Caption rightCaption)
{
    m_mode = Mode::Comparison;
    m_split = ProtocolSplit();
    m_leftTrace = left ? std::move(left) : std::make_shared<Trace>();
    m_rightTrace = right ? std::move(right) : std::make_shared<Trace>();
    m_leftText = std::move(leftCaption);
    m_rightText = std::move(rightCaption);
    m_left->setTrace(m_leftTrace);
    m_right->setTrace(m_rightTrace);
    shareWidth();
    retranslate();
    setCurrent(m_shown, m_progress);
}

void ProtocolLanesView::shareWidth()
{
    const double left = m_left->minimumContentWidth(), right = m_right->minimumContentWidth();
    if (left <= 0 || right <= 0) return;
    const int total = std::max(2, m_splitter->width());
    const int first = static_cast<int>(std::lround(total * left / (left + right)));
    m_splitter->setSizes({first, total - first});
}

void ProtocolLanesView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    shareWidth();
}

void ProtocolLanesView::setCurrent(int shown, double progress)
{
    m_shown = shown;
    m_progress = progress;
    if (m_mode == Mode::Protocols) {
        // A lane animates only when the next event of the whole trace is one of its own.
        const int tcp = m_split.tcpShown(shown);
        const int udp = m_split.udpShown(shown);
        m_left->setCurrent(tcp, m_split.tcpShown(shown + 1) > tcp ? progress : 0.0);
        m_right->setCurrent(udp, m_split.udpShown(shown + 1) > udp ? progress : 0.0);
        // Both scroll together (one axis): the lane that has got further leads.
        (m_left->cursorY() >= m_right->cursorY() ? m_left : m_right)->follow();
        return;
    }
    m_left->setCurrent(shown, progress);
    const auto leftCount = static_cast<double>(m_leftTrace->size());
    const auto rightCount = static_cast<int>(m_rightTrace->size());
    const int right = leftCount > 0 ? static_cast<int>(std::lround(shown * rightCount / leftCount)) : rightCount;
    m_right->setCurrent(std::min(right, rightCount), 0.0);
}

void ProtocolLanesView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

void ProtocolLanesView::retranslate()
{
    if (m_mode == Mode::Protocols) {
        m_leftCaption->setText(tr("TCP: a connection and a byte stream"));
        m_rightCaption->setText(tr("UDP: datagrams, no connection"));
        return;
    }
    m_leftCaption->setText(m_leftText ? m_leftText() : QString());
    m_rightCaption->setText(m_rightText ? m_rightText() : QString());
}

} // namespace wirestep
