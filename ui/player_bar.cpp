#include "player_bar.h"

#include "ui/player.h"
#include "core/narration/time_format.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QSlider>
#include <QStyle>

namespace wirestep {

namespace {
constexpr double kSpeeds[] = {0.25, 0.5, 1.0, 2.0, 4.0, 8.0};
}

PlayerBar::PlayerBar(Player &player, QWidget *parent) : QToolBar(tr("Player"), parent), m_player(player)
{
    setObjectName(QStringLiteral("playerBar"));
    m_start = addPlayerAction(tr("Go to start"), QStyle::SP_MediaSkipBackward, QKeySequence(Qt::Key_Home));
    m_back = addPlayerAction(tr("Step back"), QStyle::SP_MediaSeekBackward, QKeySequence(Qt::Key_Left));
    m_play = addPlayerAction(tr("Play"), QStyle::SP_MediaPlay, QKeySequence(Qt::Key_Space));
    m_forward = addPlayerAction(tr("Step forward"), QStyle::SP_MediaSeekForward, QKeySequence(Qt::Key_Right));
    m_end = addPlayerAction(tr("Go to end"), QStyle::SP_MediaSkipForward, QKeySequence(Qt::Key_End));
    connect(m_start, &QAction::triggered, &m_player, &Player::toStart);
    connect(m_back, &QAction::triggered, &m_player, &Player::stepBack);
    connect(m_play, &QAction::triggered, &m_player, &Player::togglePlay);
    connect(m_forward, &QAction::triggered, &m_player, &Player::stepForward);
    connect(m_end, &QAction::triggered, &m_player, &Player::toEnd);

    addSeparator();
    m_speed = new QComboBox(this);
    m_speed->setToolTip(tr("Playback speed"));
    for (double s : kSpeeds) m_speed->addItem(tr("%1×").arg(s), s);
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
    m_time->setToolTip(tr("Simulated time of the current event"));
    m_time->setContentsMargins(8, 0, 8, 0);
    addWidget(m_time);

    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setMinimumWidth(240);
    m_slider->setFocusPolicy(Qt::NoFocus);
    m_slider->setToolTip(tr("Drag to move through the events"));
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
    showCurrent(m_player.index(), 0);
}

QAction *PlayerBar::addPlayerAction(const QString &text, QStyle::StandardPixmap icon, const QKeySequence &key)
{
    QAction *a = addAction(style()->standardIcon(icon), text);
    a->setShortcut(key);
    a->setShortcutContext(Qt::WindowShortcut);
    a->setToolTip(tr("%1 (%2)").arg(text, key.toString(QKeySequence::NativeText)));
    return a;
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
    const QString text = playing ? tr("Pause") : tr("Play");
    m_play->setText(text);
    m_play->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_play->setToolTip(tr("%1 (%2)").arg(text, m_play->shortcut().toString(QKeySequence::NativeText)));
}

} // namespace wirestep
