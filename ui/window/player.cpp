#include "ui/window/player.h"

#include <cmath>

#include <algorithm>

namespace wirestep {

Player::Player(QObject *parent) : QObject(parent)
{
    m_timer.setInterval(kFrameMs);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &Player::tick);
}

void Player::setCount(int count)
{
    const bool atEnd = m_index == m_count;
    m_count = std::max(0, count);
    Q_EMIT countChanged(m_count);
    m_progress = 0;
    m_index = std::min(atEnd ? m_count : m_index, reachable());
    if (m_index == reachable()) pause();
    Q_EMIT currentChanged(m_index, m_progress);
}

void Player::setLimit(int limit)
{
    m_limit = limit < 0 ? -1 : limit;
    if (m_index > reachable() || (m_index == reachable() && m_progress > 0)) {
        m_index = reachable();
        m_progress = 0;
        Q_EMIT currentChanged(m_index, m_progress);
    }
}

void Player::moveTo(int index)
{
    const int clamped = std::clamp(index, 0, reachable());
    if (clamped == m_index && m_progress == 0) return;
    m_index = clamped;
    m_progress = 0;
    Q_EMIT currentChanged(m_index, m_progress);
}

void Player::setIndex(int index)
{
    pause();
    moveTo(index);
}

void Player::stepForward() { setIndex(m_index + 1); }
void Player::stepBack() { setIndex(m_index - 1); }
void Player::toStart() { setIndex(0); }
void Player::toEnd() { setIndex(m_count); }

void Player::play()
{
    if (isPlaying() || m_count == 0) return;
    if (m_index >= m_count) moveTo(0); // playing from the end starts again
    m_timer.start();
    Q_EMIT playingChanged(true);
}

void Player::pause()
{
    if (!isPlaying()) return;
    m_timer.stop();
    Q_EMIT playingChanged(false);
}

void Player::togglePlay()
{
    if (isPlaying())
        pause();
    else
        play();
}

void Player::setSpeed(double speed)
{
    if (!std::isfinite(speed)) return; // a NaN would stop playback while the box shows 1x
    double nearest = kSpeeds.front();
    for (const double s : kSpeeds)
        if (std::abs(s - speed) < std::abs(nearest - speed)) nearest = s;
    speed = nearest;
    if (speed == m_speed) return;
    m_speed = speed;
    Q_EMIT speedChanged(m_speed);
}

void Player::tick()
{
    if (m_index >= reachable()) {
        pause();
        return;
    }
    m_progress += kFrameMs * m_speed / kBeatMs;
    if (m_progress >= 1.0) {
        ++m_index;
        m_progress = 0;
    }
    Q_EMIT currentChanged(m_index, m_progress);
    if (m_index >= reachable()) pause();
}

} // namespace wirestep
