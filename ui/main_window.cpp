#include "main_window.h"

#include "core/scenario/catalog.h"
#include "core/scenario/scenario_loader.h"
#include "core/scenario/scenario_runner.h"
#include "core/scenario/scenario_writer.h"
#include "core/sim/jsonl_writer.h"
#include "ui/demo_scenarios.h"
#include "ui/diagram_exporter.h"
#include "ui/event_list.h"
#include "ui/link_panel.h"
#include "ui/player.h"
#include "ui/player_bar.h"
#include "ui/scenario_library.h"
#include "ui/sequence_diagram.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>

namespace wirestep {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), m_trace(std::make_shared<Trace>())
{
    setWindowTitle(tr("Wirestep"));
    resize(1600, 1000);
    m_player = new Player(this);
    m_diagram = new SequenceDiagram(this);
    setCentralWidget(m_diagram);
    m_playerBar = new PlayerBar(*m_player, this);
    buildDocks();
    buildMenus();
    addToolBar(Qt::TopToolBarArea, m_playerBar);

    connect(m_player, &Player::currentChanged, m_diagram, &SequenceDiagram::setCurrent);
    connect(m_player, &Player::currentChanged, m_eventList, [this](int index, double) { m_eventList->setCurrent(index); });
    connect(m_eventList, &EventList::shownRequested, m_player, &Player::setIndex);
    connect(m_diagram, &SequenceDiagram::eventSelected, m_eventList, &EventList::highlightEvent);
    connect(m_diagram, &SequenceDiagram::faultRequested, m_linkPanel, &LinkPanel::addFault);
    connect(m_linkPanel, &LinkPanel::changed, this, &MainWindow::rerun);
    connect(m_library, &ScenarioLibrary::scenarioChosen, this,
            [this](const QString &id) { showScenarioById(id.toStdString()); });

    std::vector<Scenario> scenarios = Catalog::builtIn().scenarios();
    if (scenarios.empty()) scenarios = DemoScenarios::all();
    setScenarios(std::move(scenarios));
    m_diagram->setFocus();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildDocks()
{
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    const auto makeDock = [this](const QString &title, const char *name, QWidget *content, Qt::DockWidgetArea area) {
        auto *dock = new QDockWidget(title, this);
        dock->setObjectName(QString::fromLatin1(name));
        dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetFloatable);
        dock->setWidget(content);
        addDockWidget(area, dock);
        return dock;
    };
    m_library = new ScenarioLibrary(this);
    m_libraryDock = makeDock(tr("Scenarios"), "scenariosDock", m_library, Qt::LeftDockWidgetArea);
    m_linkPanel = new LinkPanel(this);
    m_linkDock = makeDock(tr("Link"), "linkDock", m_linkPanel, Qt::RightDockWidgetArea);
    m_eventList = new EventList(this);
    m_eventsDock = makeDock(tr("Events"), "eventsDock", m_eventList, Qt::BottomDockWidgetArea);
    resizeDocks({m_libraryDock, m_linkDock}, {280, 300}, Qt::Horizontal);
    resizeDocks({m_eventsDock}, {240}, Qt::Vertical);
}

QAction *MainWindow::makeAction(const QString &text, const QKeySequence &key)
{
    auto *a = new QAction(text, this);
    a->setShortcut(key);
    QString plain = text;
    plain.remove(QLatin1Char('&'));
    if (plain.endsWith(QStringLiteral("…"))) plain.chop(1);
    a->setToolTip(tr("%1 (%2)").arg(plain, key.toString(QKeySequence::NativeText)));
    return a;
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = makeAction(tr("&Open scenario…"), QKeySequence::Open);
    open->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton));
    connect(open, &QAction::triggered, this, &MainWindow::chooseOpenFile);
    m_saveAction = makeAction(tr("&Save scenario as…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_saveAction->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    connect(m_saveAction, &QAction::triggered, this, &MainWindow::chooseSaveFile);
    QAction *exportDiagramAction = makeAction(tr("&Export diagram as PNG/SVG/PDF…"), QKeySequence(Qt::CTRL | Qt::Key_E));
    exportDiagramAction->setIconText(tr("Export"));
    connect(exportDiagramAction, &QAction::triggered, this, &MainWindow::chooseExportDiagram);
    QAction *exportTraceAction = makeAction(tr("Export &trace as JSON Lines…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(exportTraceAction, &QAction::triggered, this, &MainWindow::chooseExportTrace);
    QAction *quit = makeAction(tr("&Quit"), QKeySequence(Qt::CTRL | Qt::Key_Q));
    connect(quit, &QAction::triggered, this, &QWidget::close);
    file->addAction(open);
    file->addAction(m_saveAction);
    file->addSeparator();
    file->addAction(exportDiagramAction);
    file->addAction(exportTraceAction);
    file->addSeparator();
    file->addAction(quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    int n = 1;
    for (QDockWidget *dock : {m_libraryDock, m_linkDock, m_eventsDock}) {
        QAction *toggle = dock->toggleViewAction();
        toggle->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_0 + n++)));
        toggle->setToolTip(tr("%1 (%2)").arg(dock->windowTitle(), toggle->shortcut().toString(QKeySequence::NativeText)));
        view->addAction(toggle);
    }

    QToolBar *bar = addToolBar(tr("File"));
    bar->setObjectName(QStringLiteral("fileBar"));
    bar->addAction(open);
    bar->addAction(m_saveAction);
    bar->addAction(exportDiagramAction);
}

void MainWindow::setScenarios(std::vector<Scenario> scenarios) { m_library->setScenarios(std::move(scenarios)); }

bool MainWindow::showScenarioById(const std::string &id)
{
    const Scenario *s = m_library->find(id);
    if (!s) return false;
    const Scenario copy = *s;
    showScenario(copy);
    m_library->select(id);
    return true;
}

void MainWindow::showScenario(const Scenario &scenario)
{
    m_scenario = scenario;
    m_linkPanel->clearFaults();
    m_linkPanel->setDefaultDelayUs(scenario.link.dir[0].delayUs);
    m_diagram->setFaultDelayUs(3 * scenario.link.dir[0].delayUs);
    m_saveAction->setEnabled(true);
    setWindowTitle(tr("%1 — Wirestep").arg(QString::fromStdString(scenario.titleIn("en"))));
    rerun();
    m_player->toEnd();
}

void MainWindow::showTrace(Trace trace, const QString &title)
{
    m_scenario.reset();
    m_linkPanel->clearFaults();
    m_saveAction->setEnabled(false);
    setWindowTitle(tr("%1 — Wirestep").arg(title));
    setTrace(std::make_shared<const Trace>(std::move(trace)));
    m_player->toEnd();
}

void MainWindow::rerun()
{
    if (!m_scenario) return;
    Scenario s = *m_scenario;
    for (const FaultRule &r : m_linkPanel->faults()) s.link.rules.push_back(r);
    setTrace(std::make_shared<const Trace>(runScenario(s, m_linkPanel->options())));
}

void MainWindow::setTrace(std::shared_ptr<const Trace> trace)
{
    m_trace = std::move(trace);
    m_diagram->setTrace(m_trace);
    m_eventList->setTrace(m_trace);
    std::vector<std::int64_t> times;
    times.reserve(m_trace->size());
    for (const TraceEvent &e : m_trace->events()) times.push_back(e.tUs);
    m_playerBar->setTimes(std::move(times));
    m_player->setCount(static_cast<int>(m_trace->size()));
    statusBar()->showMessage(tr("%1 events").arg(m_trace->size()));
}

bool MainWindow::openScenarioFile(const QString &path)
{
    const LoadResult result = ScenarioLoader::loadFile(path.toStdString());
    if (!result.ok()) {
        QStringList lines;
        for (const std::string &line : result.errorLines()) lines << QString::fromStdString(line);
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Cannot open scenario"),
                                    tr("The scenario file %1 has %n problem(s); nothing was changed.", nullptr,
                                       static_cast<int>(lines.size()))
                                        .arg(path),
                                    QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("scenarioErrors"));
        box->setInformativeText(lines.join(QLatin1Char('\n')));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return false;
    }
    showScenario(*result.scenario);
    return true;
}

bool MainWindow::exportDiagram(const QString &path, QString *error) const
{
    return DiagramExporter(m_diagram->layout(), *m_trace).write(path, error);
}

bool MainWindow::exportTrace(const QString &path, QString *error) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        if (error) *error = tr("Could not write %1.").arg(path);
        return false;
    }
    for (const TraceEvent &e : m_trace->events()) {
        file.write(QByteArray::fromStdString(JsonlWriter::toJson(e)));
        file.write("\n");
    }
    return true;
}

void MainWindow::chooseOpenFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open scenario"), QString(), tr("Scenarios (*.json)"));
    if (!path.isEmpty()) openScenarioFile(path);
}

void MainWindow::chooseSaveFile()
{
    if (!m_scenario) return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save scenario as"),
                                                      QString::fromStdString(m_scenario->id + ".json"), tr("Scenarios (*.json)"));
    if (path.isEmpty()) return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        QMessageBox::warning(this, tr("Save scenario"), tr("Could not write %1.").arg(path));
        return;
    }
    Scenario s = *m_scenario;
    for (const FaultRule &r : m_linkPanel->faults()) s.link.rules.push_back(r);
    file.write(QByteArray::fromStdString(ScenarioWriter::save(s)));
}

void MainWindow::chooseExportDiagram()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export diagram"), QStringLiteral("diagram.png"),
                                                      tr("PNG image (*.png);;SVG image (*.svg);;PDF document (*.pdf)"));
    if (path.isEmpty()) return;
    QString error;
    if (!exportDiagram(path, &error)) QMessageBox::warning(this, tr("Export diagram"), error);
}

void MainWindow::chooseExportTrace()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export trace"), QStringLiteral("trace.jsonl"),
                                                      tr("JSON Lines (*.jsonl)"));
    if (path.isEmpty()) return;
    QString error;
    if (!exportTrace(path, &error)) QMessageBox::warning(this, tr("Export trace"), error);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_player->setSpeed(settings.value(QStringLiteral("player/speed"), 1.0).toDouble());
    const std::string last = settings.value(QStringLiteral("scenario/last")).toString().toStdString();
    if (last.empty() || !showScenarioById(last)) {
        if (!m_library->scenarios().empty()) showScenarioById(m_library->scenarios().front().id);
    }
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("player/speed"), m_player->speed());
    if (m_scenario) settings.setValue(QStringLiteral("scenario/last"), QString::fromStdString(m_scenario->id));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace wirestep
