#include "ui/window/player.h"

#include <QSignalSpy>

#include <limits>
#include <catch2/catch.hpp>

using namespace wirestep;

TEST_CASE("stepping moves one event at a time and stays within 0..count", "[player]")
{
    Player p;
    p.setCount(5);
    p.toStart();
    CHECK(p.index() == 0);
    p.stepBack();
    CHECK(p.index() == 0);
    p.stepForward();
    p.stepForward();
    p.stepForward();
    p.stepBack();
    CHECK(p.index() == 2);
    p.toEnd();
    CHECK(p.index() == 5);
    p.stepForward();
    CHECK(p.index() == 5);
    p.setIndex(-3);
    CHECK(p.index() == 0);
}

TEST_CASE("each step is announced with its index", "[player]")
{
    Player p;
    p.setCount(3);
    p.toStart();
    QSignalSpy spy(&p, &Player::currentChanged);
    p.stepForward();
    REQUIRE(spy.count() == 1);
    CHECK(spy.at(0).at(0).toInt() == 1);
    CHECK(spy.at(0).at(1).toDouble() == 0.0);
    p.stepBack();
    CHECK(spy.count() == 2);
    p.stepBack(); // already at 0: nothing to say
    CHECK(spy.count() == 2);
}

TEST_CASE("playing animates each event in about 0.6 s at 1x and stops at the end", "[player]")
{
    Player p;
    p.setCount(4);
    p.toStart();
    QSignalSpy playing(&p, &Player::playingChanged);
    p.play();
    CHECK(p.isPlaying());
    int ticks = 0;
    double lastProgress = 0;
    bool progressSeen = false;
    while (p.isPlaying() && ticks < 10'000) {
        p.tick();
        ++ticks;
        if (p.progress() > 0 && p.progress() < 1) progressSeen = true;
        lastProgress = p.progress();
    }
    CHECK_FALSE(p.isPlaying());
    CHECK(p.index() == 4);
    CHECK(lastProgress == 0.0);
    CHECK(progressSeen);
    const int perEvent = Player::kBeatMs / Player::kFrameMs;
    CHECK(ticks >= 4 * perEvent);
    CHECK(ticks <= 4 * (perEvent + 1));
    CHECK(playing.count() == 2); // started, stopped
    p.tick();                    // a stray tick at the end changes nothing
    CHECK(p.index() == 4);
}

TEST_CASE("speed scales the beat and is clamped to 0.25x..8x", "[player]")
{
    Player p;
    p.setCount(2);
    p.toStart();
    p.setSpeed(8.0);
    p.play();
    int ticks = 0;
    while (p.isPlaying() && ticks < 10'000) {
        p.tick();
        ++ticks;
    }
    CHECK(ticks <= 2 * (Player::kBeatMs / Player::kFrameMs / 8 + 1));
    p.setSpeed(100);
    CHECK(p.speed() == 8.0);
    p.setSpeed(0.01);
    CHECK(p.speed() == 0.25);
}

TEST_CASE("the timer drives playback through the event loop", "[player]")
{
    Player p;
    p.setCount(1);
    p.toStart();
    p.setSpeed(8.0);
    p.play();
    // Drive the QTimer by processing events: no sleeping in tests, just waiting for the signal.
    QSignalSpy stopped(&p, &Player::playingChanged);
    REQUIRE(stopped.wait(5'000));
    CHECK(p.index() == 1);
}

TEST_CASE("play from the end starts again; pause keeps the place; a new trace keeps the end", "[player]")
{
    Player p;
    p.setCount(3);
    p.toEnd();
    p.play();
    CHECK(p.index() == 0);
    p.tick();
    p.pause();
    CHECK_FALSE(p.isPlaying());
    CHECK(p.index() == 0);
    CHECK(p.progress() > 0);
    p.stepForward();
    CHECK(p.progress() == 0);
    CHECK(p.index() == 1);

    p.toEnd();
    p.setCount(7);
    CHECK(p.index() == 7);
    p.setIndex(5);
    p.setCount(4);
    CHECK(p.index() == 4);
}

TEST_CASE("a speed that is not finite is ignored; others snap to an offered speed", "[player][settings]")
{
    Player p;
    p.setSpeed(2.0);
    p.setSpeed(std::numeric_limits<double>::quiet_NaN());
    CHECK(p.speed() == 2.0);
    p.setSpeed(std::numeric_limits<double>::infinity());
    CHECK(p.speed() == 2.0);
    p.setSpeed(3.1);
    CHECK(p.speed() == 4.0);
    p.setSpeed(100.0);
    CHECK(p.speed() == Player::kMaxSpeed);
    p.setSpeed(-5.0);
    CHECK(p.speed() == Player::kMinSpeed);
}
