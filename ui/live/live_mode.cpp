#include "ui/live/live_mode.h"

#include "core/live/lab_registry.h"
#include "core/live/live_lab.h"
#include "core/scenario/scenario_runner.h"
#include "ui/diagram/central_views.h"
#include "ui/panels/link_panel.h"
#include "ui/live/live_panel.h"
#include "ui/live/port_watch.h"
#include "ui/window/main_window.h"
#include "ui/window/scenario_library.h"

#include <QAction>
#include <QDockWidget>
#include <QEvent>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSizePolicy>
#include <QStatusBar>

namespace wirestep {

namespace {
constexpr int kRefreshMs = 50;
constexpr int kDeadlineMs = 20000;
} // namespace

LiveMode::LiveMode(MainWindow &window, CentralViews &central) : QObject(&window), m_window(window), m_central(central)
{
    m_panel = new LivePanel(&window);
    m_dock = new QDockWidget(&window);
    m_dock->setObjectName(QStringLiteral("liveDock"));
    m_dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetFloatable);
    m_dock->setWidget(m_panel);
    window.addDockWidget(Qt::LeftDockWidgetArea, m_dock);
    if (QDockWidget *library = window.findChild<QDockWidget *>(QStringLiteral("scenariosDock"))) {
        window.tabifyDockWidget(library, m_dock);
        library->raise();
    }

    m_menu = new QMenu(&window);
    m_labsMenu = m_menu->addMenu(QString());
    for (const LabRegistry::Entry &lab : LabRegistry::labs()) {
        QAction *a = m_labsMenu->addAction(lab.id);
        a->setData(lab.id);
        connect(a, &QAction::triggered, this, [this, id = lab.id] { start(id); });
    }
    m_stopAction = m_menu->addAction(QString());
    m_stopAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    connect(m_stopAction, &QAction::triggered, this, &LiveMode::stop);
    m_compareAction = m_menu->addAction(QString());
    m_compareAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    connect(m_compareAction, &QAction::triggered, this, &LiveMode::compareWithSimulation);
    // Real hosts choose random ISNs: the numbers read as Wireshark shows them, relative to each
    // side's ISN, unless the student asks for the absolute ones.
    m_absoluteSeqAction = m_menu->addAction(QString());
    m_absoluteSeqAction->setCheckable(true);
    connect(m_absoluteSeqAction, &QAction::toggled, &window, &MainWindow::setAbsoluteLiveSequenceNumbers);
    m_menu->addSeparator();
    m_watch = new PortWatch(window, *m_menu); // Watch a TCP port..., a UDP port..., Stop watching
    m_menu->addSeparator();
    QAction *toggle = m_dock->toggleViewAction();
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_menu->addAction(toggle);
    // Before the Language menu.
    if (QMenu *language = window.languageMenu())
        window.menuBar()->insertMenu(language->menuAction(), m_menu);
    else
        window.menuBar()->addMenu(m_menu);

    m_statusNote = new QLabel(&window);
    m_statusNote->setObjectName(QStringLiteral("liveStatusNote"));
    m_statusNote->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_statusNote->hide();
    window.statusBar()->addPermanentWidget(m_statusNote, 1);

    connect(m_panel, &LivePanel::startRequested, this, &LiveMode::start);
    connect(m_panel, &LivePanel::stopRequested, this, &LiveMode::stop);
    connect(m_panel, &LivePanel::compareRequested, this, &LiveMode::compareWithSimulation);
    m_refresh.setInterval(kRefreshMs);
    connect(&m_refresh, &QTimer::timeout, this, [this] { refresh(); });
    window.installEventFilter(this);
    updateActions();
    retranslate();
}

LiveMode::~LiveMode()
{
    if (m_lab) m_lab->stop();
}

QString LiveMode::scenarioFor(const QString &labId)
{
    if (labId == QLatin1String("echo")) return QStringLiteral("echo");
    if (labId == QLatin1String("refused-reset")) return QStringLiteral("rst-closed-port");
    if (labId == QLatin1String("time-wait")) return QStringLiteral("teardown");
    if (labId == QLatin1String("stream-vs-datagram")) return QStringLiteral("udp-datagrams");
    return {};
}

bool LiveMode::isRunning() const { return m_lab && m_lab->isRunning(); }

bool LiveMode::start(const QString &labId)
{
    if (m_lab) {
        m_lab->stop();
        m_lab.reset();
    }
    m_refresh.stop();
    m_trace = Trace();
    m_labId = labId;
    m_error.clear();
    m_comparing = false;
    m_simulated.reset();
    m_panel->selectLab(labId);

    LabOptions options;
    const QString message = m_panel->message();
    if (!message.isEmpty()) {
        options.message = message;
        options.messageSet = true;
    }
    const RunOptions link = m_window.linkPanel()->options();
    if (link.loss) options.relay.loss = *link.loss;
    if (link.delayUs) options.relay.delayMs = static_cast<int>(*link.delayUs / 1000);
    if (link.seed) options.relay.seed = *link.seed;

    m_lab = LabRegistry::create(labId, m_trace, options);
    if (!m_lab) {
        m_error = tr("There is no live lab named %1.").arg(labId);
        updateActions();
        return false;
    }
    m_lab->setDeadlineMs(kDeadlineMs);
    connect(m_lab.get(), &LiveLab::finished, this, &LiveMode::onFinished);
    if (!m_lab->start()) {
        m_error = tr("The lab %1 cannot start: %2").arg(labId, m_lab->errorString());
        setNotes(m_lab->notes());
        updateActions();
        return false;
    }
    setNotes(m_lab->notes());
    m_dock->show();
    m_dock->raise();
    refresh(true);
    m_refresh.start();
    updateActions();
    Q_EMIT labStarted(labId);
    return true;
}

void LiveMode::stop()
{
    if (!isRunning()) return;
    m_lab->stop();
    m_refresh.stop();
    refresh(true);
    updateActions();
    Q_EMIT labFinished();
}

void LiveMode::onFinished()
{
    m_refresh.stop();
    if (m_lab && m_lab->status() == LiveLab::Status::Failed) m_error = m_lab->errorString();
    if (m_lab) setNotes(m_lab->notes());
    refresh(true);
    updateActions();
    Q_EMIT labFinished();
}

void LiveMode::refresh(bool force)
{
    const bool following = m_shown == nullptr || (!m_window.scenario() && &m_window.trace() == m_shown);
    if (!following || (!force && m_trace.size() == m_shownSize)) return;
    m_shownSize = m_trace.size();
    m_window.showTrace(m_trace, tr("Live: %1").arg(m_labId));
    m_shown = &m_window.trace();
    if (m_comparing && m_simulated) {
        const QString lab = m_labId;
        const std::string id = m_simulatedId;
        MainWindow *window = &m_window;
        m_central.showComparison(
            std::make_shared<const Trace>(m_trace), [lab] { return tr("Live: the %1 lab on this computer's loopback").arg(lab); },
            m_simulated, [window, id] {
                const Scenario *s = window->library()->find(id);
                const QString title = s ? QString::fromStdString(s->titleIn(window->language().toStdString())) : QString();
                return tr("Simulation: %1").arg(title.isEmpty() ? QString::fromStdString(id) : title);
            });
    }
}

bool LiveMode::compareWithSimulation()
{
    const QString id = scenarioFor(m_labId);
    const Scenario *scenario = id.isEmpty() ? nullptr : m_window.library()->find(id.toStdString());
    if (!scenario || m_trace.empty()) return false;
    m_simulatedId = id.toStdString();
    m_simulated = std::make_shared<const Trace>(runScenario(*scenario));
    m_comparing = true;
    m_shown = nullptr; // show the live trace again, even after something else was opened
    refresh(true);
    updateActions();
    return true;
}

void LiveMode::updateActions()
{
    const bool running = isRunning();
    m_panel->setRunning(running);
    m_stopAction->setEnabled(running);
    const bool canCompare = !scenarioFor(m_labId).isEmpty() && !m_trace.empty();
    m_compareAction->setEnabled(canCompare);
    m_panel->setCanCompare(canCompare);
    m_panel->setStatus(statusText());
}

QString LiveMode::statusText() const
{
    if (m_labId.isEmpty()) return tr("Choose a lab and start it: it runs on real sockets on 127.0.0.1.");
    if (!m_error.isEmpty()) return tr("The lab %1 failed: %2").arg(m_labId, m_error);
    const int events = static_cast<int>(m_trace.size());
    if (isRunning()) return tr("The lab %1 is running: %n event(s) so far.", nullptr, events).arg(m_labId);
    if (m_lab && m_lab->status() == LiveLab::Status::Stopped) return tr("The lab %1 was stopped after %n event(s).", nullptr, events).arg(m_labId);
    return tr("The lab %1 finished with %n event(s).", nullptr, events).arg(m_labId);
}

void LiveMode::setNotes(const QStringList &notes)
{
    m_notes = notes;
    m_panel->setNotes(notes);
    m_statusNote->setText(notes.join(QLatin1Char(' ')));
    m_statusNote->setToolTip(notes.join(QLatin1Char('\n')));
    m_statusNote->setVisible(!notes.isEmpty());
}

bool LiveMode::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == &m_window && event->type() == QEvent::LanguageChange) retranslate();
    return QObject::eventFilter(watched, event);
}

void LiveMode::retranslate()
{
    m_dock->setWindowTitle(tr("Live"));
    m_menu->setTitle(tr("Liv&e"));
    m_labsMenu->setTitle(tr("&Start a lab"));
    for (QAction *a : m_labsMenu->actions()) {
        const QString id = a->data().toString();
        for (const LabRegistry::Entry &lab : LabRegistry::labs())
            if (lab.id == id) {
                a->setText(tr("%1 — %2").arg(id, LabRegistry::describe(lab)));
                a->setToolTip(LabRegistry::describe(lab));
            }
    }
    m_stopAction->setText(tr("S&top the lab"));
    m_stopAction->setToolTip(tr("Stop the lab (%1)").arg(m_stopAction->shortcut().toString(QKeySequence::NativeText)));
    m_absoluteSeqAction->setText(tr("&Absolute sequence numbers"));
    m_absoluteSeqAction->setToolTip(tr("Show the sequence numbers as sent, not relative to each side's initial sequence number"));
    m_compareAction->setText(tr("&Compare with simulation"));
    m_compareAction->setToolTip(tr("Compare with simulation (%1)").arg(m_compareAction->shortcut().toString(QKeySequence::NativeText)));
    // The lab's notes come in the language of the moment they were made.
    if (m_lab) setNotes(m_lab->notes());
    m_panel->setStatus(statusText());
}

} // namespace wirestep
