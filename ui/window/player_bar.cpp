#include "ui/window/player_bar.h"

#include "ui/window/player.h"
#include "core/narration/time_format.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QSlider>
#include <QStyle>

namespace wirestep {

PlayerBar::PlayerBar(Player &player, QWidget *parent) : QToolBar(parent), m_player(player)
{
    setObjectName(QStringLiteral("playerBar"));
    m_start = addPlayerAction(QKeySequence(Qt::Key_Home));
    m_back = addPlayerAction(QKeySequence(Qt::Key_Left));
    m_play = addPlayerAction(QKeySequence(Qt::Key_Space));
    m_forward = addPlayerAction(QKeySequence(Qt::Key_Right));
    m_end = addPlayerAction(QKeySequence(Qt::Key_End));
    connect(m_start, &QAction::triggered, &m_player, &Player::toStart);
    connect(m_back, &QAction::triggered, &m_player, &Player::stepBack);
    connect(m_play, &QAction::triggered, &m_player, &Player::togglePlay);
    connect(m_forward, &QAction::triggered, &m_player, &Player::stepForward);
    connect(m_end, &QAction::triggered, &m_player, &Player::toEnd);

    addSeparator();
    m_speed = new QComboBox(this);
    for (double s : Player::kSpeeds) m_speed->addItem(QString(), s);
    m_speed->setCurrentIndex(2);
    m_speed->setFocusPolicy(Qt::ClickFocus);
    addWidget(m_speed);
    connect(m_speed, &QComboBox::currentIndexChanged, this,
            [this](int i) { m_player.setSpeed(m_speed->itemData(i).toDouble()); });
    connect(&m_player, &Player::speedChanged, this, [this](double s) {
        const int i = m_speed->findData(s);
        if (i >= 0) m_speed->setCurrentIndex(i);
    });

    m_time = new QLabel(this);
    m_time->setMinimumWidth(120);
    m_time->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_time->setContentsMargins(8, 0, 8, 0);
    addWidget(m_time);

    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setMinimumWidth(240);
    m_slider->setFocusPolicy(Qt::NoFocus);
    addWidget(m_slider);
    connect(m_slider, &QSlider::valueChanged, this, [this](int v) {
        if (v != m_player.index()) m_player.setIndex(v);
    });

    connect(&m_player, &Player::currentChanged, this, &PlayerBar::showCurrent);
    connect(&m_player, &Player::playingChanged, this, &PlayerBar::showPlaying);
    connect(&m_player, &Player::countChanged, this, [this](int count) {
        const QSignalBlocker block(m_slider);
        m_slider->setRange(0, count);
    });
    retranslate();
}

QAction *PlayerBar::addPlayerAction(const QKeySequence &key)
{
    QAction *a = addAction(QString());
    a->setShortcut(key);
    a->setShortcutContext(Qt::WindowShortcut);
    return a;
}

void PlayerBar::setActionText(QAction *action, const QString &text)
{
    action->setText(text);
    action->setToolTip(tr("%1 (%2)").arg(text, action->shortcut().toString(QKeySequence::NativeText)));
}

void PlayerBar::retranslate()
{
    setWindowTitle(tr("Player"));
    setActionText(m_start, tr("Go to start"));
    setActionText(m_back, tr("Step back"));
    setActionText(m_forward, tr("Step forward"));
    setActionText(m_end, tr("Go to end"));
    showPlaying(m_player.isPlaying());
    m_speed->setToolTip(tr("Playback speed"));
    for (int i = 0; i < m_speed->count(); ++i) m_speed->setItemText(i, tr("%1×").arg(m_speed->itemData(i).toDouble()));
    m_time->setToolTip(tr("Simulated time of the current event"));
    m_slider->setToolTip(tr("Drag to move through the events"));
    showCurrent(m_player.index(), m_player.progress());
}

void PlayerBar::updateIcons()
{
    const QColor ink = palette().color(QPalette::Active, QPalette::ButtonText);
    const QColor off = palette().color(QPalette::Disabled, QPalette::ButtonText);
    using K = PlayerIcons::Kind;
    m_start->setIcon(PlayerIcons::icon(K::Start, ink, off));
    m_back->setIcon(PlayerIcons::icon(K::Back, ink, off));
    m_play->setIcon(PlayerIcons::icon(m_player.isPlaying() ? K::Pause : K::Play, ink, off));
    m_forward->setIcon(PlayerIcons::icon(K::Forward, ink, off));
    m_end->setIcon(PlayerIcons::icon(K::End, ink, off));
}

void PlayerBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) updateIcons();
    if (event->type() == QEvent::LanguageChange) retranslate();
    QToolBar::changeEvent(event);
}

void PlayerBar::setTimes(std::vector<std::int64_t> timesUs)
{
    m_times = std::move(timesUs);
    showCurrent(m_player.index(), m_player.progress());
}

void PlayerBar::showCurrent(int index, double)
{
    {
        const QSignalBlocker block(m_slider);
        m_slider->setRange(0, m_player.count());
        m_slider->setValue(index);
    }
    const std::int64_t span = m_times.empty() ? 0 : m_times.back();
    const std::int64_t now = index > 0 && static_cast<std::size_t>(index) <= m_times.size() ? m_times[static_cast<std::size_t>(index) - 1] : 0;
    m_time->setText(TimeFormat::clock(now, span));
}

void PlayerBar::showPlaying(bool playing)
{
    setActionText(m_play, playing ? tr("Pause") : tr("Play"));
    updateIcons();
}

} // namespace wirestep
