#include "ui/live/port_watch.h"

#include "core/capture/packet_feed.h"
#include "core/live/port_capture.h"
#include "ui/window/main_window.h"

#include <QAction>
#include <QEvent>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>

namespace wirestep {

namespace {
constexpr int kRefreshMs = 50;
} // namespace

PortWatch::PortWatch(MainWindow &window, QMenu &menu) : QObject(&window), m_window(window)
{
    m_watchTcp = menu.addAction(QString());
    m_watchTcp->setObjectName(QStringLiteral("watchPortAction"));
    connect(m_watchTcp, &QAction::triggered, this, [this] { ask(false); });
    m_watchUdp = menu.addAction(QString());
    m_watchUdp->setObjectName(QStringLiteral("watchUdpPortAction"));
    connect(m_watchUdp, &QAction::triggered, this, [this] { ask(true); });
    m_stop = menu.addAction(QString());
    m_stop->setObjectName(QStringLiteral("stopWatchingAction"));
    connect(m_stop, &QAction::triggered, this, &PortWatch::stop);
    m_refresh.setInterval(kRefreshMs);
    connect(&m_refresh, &QTimer::timeout, this, [this] { refresh(); });
    window.installEventFilter(this);
    updateActions();
    retranslate();
}

PortWatch::~PortWatch() { stop(); }

bool PortWatch::isWatching() const { return m_capture && m_capture->isOpen(); }

void PortWatch::ask(bool udp)
{
    bool ok = false;
    const int port = QInputDialog::getInt(&m_window, udp ? tr("Watch a UDP port") : tr("Watch a TCP port"),
                                          tr("The port your server listens on (1 to 65535):"), m_port ? m_port : 8888, 1, 65535, 1, &ok);
    if (!ok) return;
    if (!start(static_cast<std::uint16_t>(port), udp))
        QMessageBox::information(&m_window, tr("Watch a port"), m_error);
}

bool PortWatch::start(std::uint16_t port, bool udp)
{
    stop();
    m_traces.clear();
    m_shown = nullptr;
    m_shownConnection = 0;
    m_shownSize = 0;
    m_error.clear();
    m_port = port;
    m_udp = udp;
    m_feed = std::make_unique<PacketFeed>([this](const Conversation &) -> TraceSink & { return m_traces.emplace_back(); });
    m_capture = std::make_unique<PortCapture>(
        [this](std::uint64_t number, std::int64_t tUs, std::uint32_t wireLength, const DecodedPacket &packet) {
            m_feed->add(number, tUs, wireLength, packet);
        });
    if (!m_capture->open(port, udp, &m_error)) {
        m_capture.reset();
        m_feed.reset();
        updateActions();
        return false;
    }
    // An empty diagram under a title that says what to do; the first connection replaces it
    // unless the user has opened something else meanwhile.
    m_window.showTrace(Trace(), title());
    m_shown = &m_window.trace();
    m_refresh.start();
    m_window.statusBar()->showMessage(title());
    updateActions();
    Q_EMIT watchingChanged(true);
    return true;
}

void PortWatch::stop()
{
    if (!m_capture) return;
    m_capture->drain();
    m_capture->close();
    m_refresh.stop();
    m_feed->finish(); // the last timers are inferred once the capture has ended
    refresh(true);
    m_capture.reset();
    updateActions();
    Q_EMIT watchingChanged(false);
}

QString PortWatch::title() const
{
    const QString proto = m_udp ? QStringLiteral("UDP") : QStringLiteral("TCP");
    if (m_traces.empty()) return tr("Watching %1 port %2: no packets yet; start your programs.").arg(proto).arg(m_port);
    return tr("Watching %1 port %2: conversation %3, the newest").arg(proto).arg(m_port).arg(m_traces.size());
}

void PortWatch::refresh(bool force)
{
    if (m_traces.empty()) return;
    // Follow the newest connection while the window still shows what this watch put there.
    const bool following = !m_window.scenario() && &m_window.trace() == m_shown;
    if (!following) return;
    const Trace &newest = m_traces.back();
    if (!force && m_shownConnection == m_traces.size() && newest.size() == m_shownSize) return;
    m_shownConnection = m_traces.size();
    m_shownSize = newest.size();
    m_window.showTrace(newest, title());
    m_shown = &m_window.trace();
}

void PortWatch::updateActions()
{
    const bool watching = isWatching();
    m_stop->setEnabled(watching);
}

bool PortWatch::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == &m_window && event->type() == QEvent::LanguageChange) retranslate();
    return QObject::eventFilter(watched, event);
}

void PortWatch::retranslate()
{
    m_watchTcp->setText(tr("&Watch a TCP port…"));
    m_watchTcp->setToolTip(tr("Draw the connections of your own server and client on a loopback port as they happen"));
    m_watchUdp->setText(tr("Watch a &UDP port…"));
    m_watchUdp->setToolTip(tr("Draw the datagrams of your own programs on a loopback port as they are sent"));
    m_stop->setText(tr("Stop &watching"));
}

} // namespace wirestep
