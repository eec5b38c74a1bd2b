#pragma once
#include <QObject>

#include <memory>

class QSocketNotifier;

namespace wirestep {

// Turns SIGINT and SIGTERM into a Qt signal while it exists, so that `wirestep-cli live` can end
// its lab and write out what it recorded instead of dying with it in a buffer. The handler only
// writes the signal's number to a socket pair (async-signal-safe); the notifier reads it in the
// event loop. The previous handlers come back when it is destroyed.
class SignalWatch : public QObject {
    Q_OBJECT

public:
    explicit SignalWatch(QObject *parent = nullptr);
    ~SignalWatch() override;
    SignalWatch(const SignalWatch &) = delete;
    SignalWatch &operator=(const SignalWatch &) = delete;

    int caught() const { return m_caught; } // the last signal caught, 0 if none

Q_SIGNALS:
    void signalled(int signo);

private:
    void readSignal();

    std::unique_ptr<QSocketNotifier> m_notifier;
    int m_caught = 0;
};

} // namespace wirestep
