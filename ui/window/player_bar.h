#pragma once
#include "ui/window/player_icons.h"

#include <QToolBar>

#include <cstdint>
#include <vector>

class QAction;
class QComboBox;
class QLabel;
class QSlider;

namespace wirestep {

class Player;

// The player's controls: start, step back, play/pause, step forward, end (each with its
// shortcut, shown in its tooltip), the speed, the simulated time and a scrubbing slider.
class PlayerBar : public QToolBar {
    Q_OBJECT

public:
    PlayerBar(Player &player, QWidget *parent = nullptr);

    // The simulated time of each event (for the read-out), one per event.
    void setTimes(std::vector<std::int64_t> timesUs);

    QAction *playAction() const { return m_play; }
    QAction *backAction() const { return m_back; }
    QAction *forwardAction() const { return m_forward; }
    QAction *startAction() const { return m_start; }
    QAction *endAction() const { return m_end; }
    QComboBox *speedBox() const { return m_speed; }
    QSlider *slider() const { return m_slider; }
    QLabel *timeLabel() const { return m_time; }

protected:
    void changeEvent(QEvent *event) override;

private:
    QAction *addPlayerAction(const QKeySequence &key);
    // The buttons' pictures in the palette's colours (again when the theme changes).
    void updateIcons();
    // Sets every text and tooltip (with its shortcut) in the current language.
    void retranslate();
    static void setActionText(QAction *action, const QString &text);
    void showCurrent(int index, double progress);
    void showPlaying(bool playing);

    Player &m_player;
    QAction *m_start = nullptr;
    QAction *m_back = nullptr;
    QAction *m_play = nullptr;
    QAction *m_forward = nullptr;
    QAction *m_end = nullptr;
    QComboBox *m_speed = nullptr;
    QLabel *m_time = nullptr;
    QSlider *m_slider = nullptr;
    std::vector<std::int64_t> m_times;
};

} // namespace wirestep
