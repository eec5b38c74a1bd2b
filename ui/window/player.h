#pragma once
#include <array>
#include <QObject>
#include <QTimer>

#include <algorithm>

namespace wirestep {

// Steps through a trace one event at a time. `index` is how many events are shown (0..count);
// while playing, `progress` (0..1) animates the way to the next one. At 1x each event takes
// kBeatMs of screen time, however long it took in simulated time.
class Player : public QObject {
    Q_OBJECT

public:
    static constexpr int kBeatMs = 600;
    static constexpr int kFrameMs = 16;
    static constexpr double kMinSpeed = 0.25;
    static constexpr double kMaxSpeed = 8.0;
    // The speeds offered; setSpeed() takes the nearest of them, so the speed shown is the speed.
    static constexpr std::array<double, 6> kSpeeds = {0.25, 0.5, 1.0, 2.0, 4.0, 8.0};

    explicit Player(QObject *parent = nullptr);

    int count() const { return m_count; }
    int index() const { return m_index; }
    double progress() const { return m_progress; }
    bool isPlaying() const { return m_timer.isActive(); }
    double speed() const { return m_speed; }

    // A new trace of `count` events; the index is kept where it was (clamped), or at the end
    // if it was at the end.
    void setCount(int count);

    // The player shows at most `limit` events, and does not even start to animate the next one
    // (predict mode: nothing of the answer may appear before the question is answered). -1: none.
    void setLimit(int limit);
    int limit() const { return m_limit; }

public Q_SLOTS:
    void setIndex(int index);
    void stepForward();
    void stepBack();
    void toStart();
    void toEnd();
    void play();
    void pause();
    void togglePlay();
    void setSpeed(double speed);
    // One animation frame (the timer calls it; tests may too).
    void tick();

Q_SIGNALS:
    void currentChanged(int index, double progress);
    void playingChanged(bool playing);
    void speedChanged(double speed);
    void countChanged(int count);

private:
    void moveTo(int index);
    // The most events the player may show now.
    int reachable() const { return m_limit < 0 ? m_count : std::min(m_limit, m_count); }

    QTimer m_timer;
    int m_count = 0;
    int m_index = 0;
    int m_limit = -1;
    double m_progress = 0;
    double m_speed = 1.0;
};

} // namespace wirestep
