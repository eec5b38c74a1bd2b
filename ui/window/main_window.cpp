#include "ui/window/main_window.h"

#include "core/i18n/load_error_text.h"
#include "core/exercise/exercise_pack.h"
#include "core/narration/terms.h"
#include "core/i18n/translator.h"
#include "core/scenario/catalog.h"
#include "core/scenario/scenario_loader.h"
#include "core/scenario/scenario_runner.h"
#include "core/scenario/scenario_writer.h"
#include "core/trace/jsonl_writer.h"
#include "core/wire/pcap_writer.h"
#include "ui/capture/capture_opener.h"
#include "ui/diagram/central_views.h"
#include "ui/diagram/diagram_exporter.h"
#include "ui/diagram/ladder_legend.h"
#include "ui/diagram/legend_view.h"
#include "ui/exercise/exercise_mode.h"
#include "ui/panels/event_list.h"
#include "ui/window/app_theme.h"
#include "ui/window/first_start_tour.h"
#include "ui/window/help_menu.h"
#include "ui/panels/link_panel.h"
#include "ui/live/live_mode.h"
#include "ui/panels/panel_docks.h"
#include "ui/panels/predict_panel.h"
#include "ui/window/player.h"
#include "ui/window/player_bar.h"
#include "ui/window/scenario_library.h"
#include "ui/diagram/sequence_diagram.h"
#include "tests/demo_scenarios.h"
#include "ui/window/narration_caption.h"
#include "ui/window/presentation_mode.h"
#include "ui/window/recent_files.h"
#include "ui/window/safe_save.h"
#include "ui/window/zoom_control.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QVBoxLayout>

#include <cmath>

namespace wirestep {

namespace {

// Values read back from QSettings come from a file anyone can edit: each is checked, and one
// that is not what this version writes gets the default.
bool settingFlag(const QVariant &v, bool fallback)
{
    if (v.typeId() == QMetaType::Bool) return v.toBool();
    const QString s = v.toString();
    if (s == QLatin1String("true")) return true;
    if (s == QLatin1String("false")) return false;
    return fallback;
}

double settingSpeed(const QVariant &v)
{
    bool ok = false;
    const double speed = v.toDouble(&ok);
    return ok && std::isfinite(speed) && speed >= Player::kMinSpeed && speed <= Player::kMaxSpeed ? speed : 1.0;
}

} // namespace

namespace {
// The dynamic property holding a dock's untranslated title.
constexpr char kDockTitle[] = "wirestepTitle";
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_translator(std::make_unique<Translator>()), m_trace(std::make_shared<Trace>())
{
    // The language first, so that every widget is made with its texts in it.
    const QString saved = QSettings().value(QStringLiteral("ui/language")).toString();
    if (!m_translator->use(saved)) m_translator->use(Translator::systemLanguage());
    resize(defaultSize());
    m_player = new Player(this);
    m_diagram = new SequenceDiagram(this);
    m_central = new CentralViews(m_diagram, *m_player, this);
    // The middle: the diagrams, and under them the legend and the caption of presentation mode.
    auto *middle = new QWidget(this);
    auto *column = new QVBoxLayout(middle);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(m_central, 1);
    m_legend = new LegendView(middle);
    m_legend->hide();
    column->addWidget(m_legend);
    m_caption = new NarrationCaption(middle);
    column->addWidget(m_caption);
    setCentralWidget(middle);
    m_playerBar = new PlayerBar(*m_player, this);
    buildDocks();
    buildMenus();
    addToolBar(Qt::TopToolBarArea, m_playerBar);

    connect(m_player, &Player::currentChanged, m_diagram, &SequenceDiagram::setCurrent);
    connect(m_player, &Player::currentChanged, m_caption, [this](int index, double) { m_caption->setCurrent(index); });
    connect(m_player, &Player::currentChanged, m_eventList, [this](int index, double) { m_eventList->setCurrent(index); });
    connect(m_eventList, &EventList::shownRequested, m_player, &Player::setIndex);
    connect(m_diagram, &SequenceDiagram::eventSelected, m_eventList, &EventList::highlightEvent);
    connect(m_diagram, &SequenceDiagram::faultRequested, m_linkPanel, &LinkPanel::addFault);
    connect(m_central, &CentralViews::eventSelected, m_eventList, &EventList::highlightEvent);
    connect(m_central, &CentralViews::faultRequested, m_linkPanel, &LinkPanel::addFault);
    // Predict mode shows nothing that comes after the question: no later rows in the event list,
    // no description that tells the answers (the diagram, the state diagram and the inspector
    // only ever show what the player has reached).
    connect(m_panels->predictPanel(), &PredictPanel::activeChanged, this, [this](bool active) {
        m_eventList->setFutureHidden(active);
        m_library->setDescriptionHidden(active);
    });
    m_live = new LiveMode(*this, *m_central);
    m_exercises = new ExerciseMode(*this);
    m_fileMenu->insertActions(m_saveAction, {m_exercises->openAction(), m_exercises->sampleAction(), m_exercises->exportAction()});
    m_fileMenu->insertSeparator(m_saveAction);
    connect(m_linkPanel, &LinkPanel::changed, this, &MainWindow::rerun);
    connect(m_library, &ScenarioLibrary::scenarioChosen, this,
            [this](const QString &id) { showScenarioById(id.toStdString()); });

    std::vector<Scenario> scenarios = Catalog::builtIn().scenarios();
    m_library->setLanguage(m_translator->language().toStdString());
    m_panels->predictPanel()->setLanguage(m_translator->language().toStdString());
    setScenarios(std::move(scenarios));
    retranslate();
    setDarkTheme(settingFlag(QSettings().value(QStringLiteral("ui/darkTheme")), false));
    m_legendAction->setChecked(settingFlag(QSettings().value(QStringLiteral("ui/legend")), false));
    m_zoom->setZoom(ZoomControl::fromSetting(QSettings().value(QStringLiteral("ui/zoom")), 1.0));
    m_diagram->setFocus();
}

MainWindow::~MainWindow() = default;

QSize MainWindow::defaultSize() const
{
    // 1600x1000 where the screen has room for it, else most of the screen, but not below the
    // smallest size the layout is made for (a 1024x768 projector).
    QSize size(1600, 1000);
    if (const QScreen *s = screen()) size = size.boundedTo(s->availableGeometry().size() * 0.95);
    return size.expandedTo(kSmallest);
}

void MainWindow::arrangeDocks()
{
    // The first start's layout (later ones restore what the user left): the state diagram,
    // the inspector and the link are tabs of one column on the right. A wide window has the
    // scenarios on the left; a smaller one keeps that width for the diagram and makes the
    // scenarios tabs beside the events.
    const bool compact = width() < kWideWidth || height() < kWideHeight;
    QDockWidget *state = m_panels->stateDock();
    if (compact) {
        for (QDockWidget *dock : {m_libraryDock, findChild<QDockWidget *>(QStringLiteral("liveDock"))}) {
            if (!dock) continue;
            const bool visible = dock->isVisibleTo(this);
            addDockWidget(Qt::BottomDockWidgetArea, dock);
            tabifyDockWidget(m_eventsDock, dock);
            dock->setVisible(visible);
        }
        m_eventsDock->raise();
    }
    state->raise();
    // The Events panel shows six rows at least; the side columns take what the diagram can spare.
    resizeDocks({m_eventsDock}, {m_eventList->heightForRows(6) + fontMetrics().height() + 10}, Qt::Vertical);
    if (compact) resizeDocks({state}, {std::clamp(width() / 3, 300, 400)}, Qt::Horizontal);
    else resizeDocks({m_libraryDock, state}, {260, 440}, Qt::Horizontal);
}

void MainWindow::showEvent(QShowEvent *event)
{
    if (!m_arranged) {
        m_arranged = true;
        if (!m_layoutRestored) arrangeDocks();
    }
    QMainWindow::showEvent(event);
}

void MainWindow::buildDocks()
{
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    // `title` is marked with QT_TR_NOOP: retranslate() sets it in the current language, now and
    // after every switch of language.
    const auto makeDock = [this](const char *title, const char *name, QWidget *content, Qt::DockWidgetArea area) {
        auto *dock = new QDockWidget(this);
        dock->setProperty(kDockTitle, QByteArray(title));
        dock->setObjectName(QString::fromLatin1(name));
        dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetFloatable);
        dock->setWidget(content);
        addDockWidget(area, dock);
        return dock;
    };
    m_library = new ScenarioLibrary(this);
    m_libraryDock = makeDock(QT_TR_NOOP("Scenarios"), "scenariosDock", m_library, Qt::LeftDockWidgetArea);
    m_linkPanel = new LinkPanel(this);
    // The panel scrolls rather than ask the window for its whole height (the timer profile's list
    // is long): the window still shrinks to 1280x720.
    auto *linkScroll = new QScrollArea(this);
    linkScroll->setWidgetResizable(true);
    linkScroll->setFrameShape(QFrame::NoFrame);
    linkScroll->setWidget(m_linkPanel);
    m_linkDock = makeDock(QT_TR_NOOP("Link"), "linkDock", linkScroll, Qt::RightDockWidgetArea);
    m_eventList = new EventList(this);
    m_eventsDock = makeDock(QT_TR_NOOP("Events"), "eventsDock", m_eventList, Qt::BottomDockWidgetArea);
    m_panels = new PanelDocks(this, *m_player, *m_diagram, [this](const std::string &id) { return showScenarioById(id); });
    // Until the first show arranges them for the window's size (arrangeDocks), the panels on the
    // right are tabs of one column, so that no arrangement asks for more than a small window.
    tabifyDockWidget(m_panels->stateDock(), m_linkDock);
    m_panels->stateDock()->raise();
}

QAction *MainWindow::makeAction(const QKeySequence &key)
{
    auto *a = new QAction(this);
    a->setShortcut(key);
    return a;
}

void MainWindow::setActionText(QAction *action, const QString &text)
{
    action->setText(text);
    QString plain = text;
    plain.remove(QRegularExpression(QStringLiteral("\\(&.\\)"))); // a Chinese menu's "(&F)"
    plain.remove(QLatin1Char('&'));
    if (plain.endsWith(QStringLiteral("…"))) plain.chop(1);
    if (plain.endsWith(QStringLiteral("..."))) plain.chop(3);
    action->setToolTip(tr("%1 (%2)").arg(plain, action->shortcut().toString(QKeySequence::NativeText)));
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    QAction *open = m_openAction = makeAction(QKeySequence::Open);
    open->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton));
    connect(open, &QAction::triggered, this, &MainWindow::chooseOpenFile);
    m_saveAction = makeAction(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_saveAction->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    connect(m_saveAction, &QAction::triggered, this, &MainWindow::chooseSaveFile);
    QAction *exportDiagramAction = m_exportDiagramAction = makeAction(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(exportDiagramAction, &QAction::triggered, this, &MainWindow::chooseExportDiagram);
    QAction *exportTraceAction = m_exportTraceAction = makeAction(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(exportTraceAction, &QAction::triggered, this, &MainWindow::chooseExportTrace);
    QAction *quit = m_quitAction = makeAction(QKeySequence(Qt::CTRL | Qt::Key_Q));
    connect(quit, &QAction::triggered, this, &QWidget::close);
    m_fileMenu->addAction(open);
    m_recent = new RecentFiles(this);
    m_fileMenu->addMenu(m_recent->menu());
    connect(m_recent, &RecentFiles::openRequested, this, &MainWindow::openFile);
    m_capture = new CaptureOpener(*this);
    m_fileMenu->addAction(m_capture->openAction());
    m_fileMenu->addAction(m_capture->chooseAction());
    m_fileMenu->addAction(m_saveAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(exportDiagramAction);
    m_fileMenu->addAction(exportTraceAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(quit);

    QMenu *view = m_viewMenu = menuBar()->addMenu(QString());
    int n = 1;
    for (QDockWidget *dock : {m_libraryDock, m_linkDock, m_eventsDock}) {
        QAction *toggle = dock->toggleViewAction();
        toggle->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_0 + n++)));
        view->addAction(toggle);
    }
    m_panels->addMenus(view);
    view->addSeparator();
    m_darkThemeAction = makeAction(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_darkThemeAction->setCheckable(true);
    connect(m_darkThemeAction, &QAction::toggled, this, &MainWindow::setDarkTheme);
    view->addAction(m_darkThemeAction);
    view->addSeparator();
    view->addAction(m_central->lanesAction());
    m_legendAction = makeAction(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    m_legendAction->setCheckable(true);
    connect(m_legendAction, &QAction::toggled, this, [this](bool on) {
        m_legend->setVisible(on);
        QSettings().setValue(QStringLiteral("ui/legend"), on);
    });
    view->addAction(m_legendAction);
    addAction(m_legendAction);
    view->addSeparator();
    m_zoom = new ZoomControl(this);
    for (QAction *a : {m_zoom->zoomInAction(), m_zoom->zoomOutAction(), m_zoom->resetAction()}) {
        view->addAction(a);
        addAction(a); // the keys work while the menu bar is hidden (presentation mode)
    }
    connect(m_zoom, &ZoomControl::zoomChanged, this, &MainWindow::applyZoom);
    connect(m_central, &CentralViews::zoomStepRequested, m_zoom, &ZoomControl::stepBy);
    m_presentation = new PresentationMode(*this, *m_zoom, *m_caption, [this] { return m_central->neededWidth(); });
    view->addAction(m_presentation->action());

    // Each language by its own name, so that anyone can find theirs.
    m_languageMenu = menuBar()->addMenu(QString());
    m_languageGroup = new QActionGroup(this);
    for (const QString &lang : Translator::languages()) {
        QAction *a = m_languageMenu->addAction(Translator::nativeName(lang));
        a->setCheckable(true);
        a->setData(lang);
        a->setChecked(lang == m_translator->language());
        m_languageGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, lang] { setLanguage(lang); });
    }
    m_helpMenu = new HelpMenu(this, [this] { return language(); });
    menuBar()->addMenu(m_helpMenu);
    m_tour = new FirstStartTour(*this);
    m_helpMenu->insertAction(m_helpMenu->aboutAction(), m_tour->showAgainAction());
    m_helpMenu->insertSeparator(m_helpMenu->aboutAction());

    QToolBar *bar = m_fileBar = addToolBar(QString());
    bar->setObjectName(QStringLiteral("fileBar"));
    bar->addAction(open);
    bar->addAction(m_saveAction);
    bar->addAction(exportDiagramAction);
}

void MainWindow::applyZoom(double zoom)
{
    m_central->setZoom(zoom);
    m_caption->setZoom(zoom);
    m_legend->setZoom(zoom);
    // The panels' fonts follow (an empty font inherits the window's again).
    const QFont font = zoom == 1.0 ? QFont() : ZoomControl::scaled(QApplication::font(), zoom);
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        if (dock->widget()) dock->widget()->setFont(font);
    // Presentation mode remembers its own zoom (PresentationMode).
    if (!m_presentation || !m_presentation->isActive()) QSettings().setValue(QStringLiteral("ui/zoom"), zoom);
}

bool MainWindow::setLanguage(const QString &language)
{
    if (!m_translator->use(language)) return false;
    // Installing the translation posts QEvent::LanguageChange to every widget (changeEvent).
    m_library->setLanguage(language.toStdString());
    m_panels->predictPanel()->setLanguage(language.toStdString());
    for (QAction *a : m_languageGroup->actions()) a->setChecked(a->data().toString() == language);
    QSettings().setValue(QStringLiteral("ui/language"), language);
    return true;
}

void MainWindow::setAbsoluteLiveSequenceNumbers(bool absolute)
{
    m_absoluteLiveSeq = absolute;
    if (!m_scenario) m_diagram->setRelativeSequenceNumbers(!absolute);
}

void MainWindow::setDarkTheme(bool dark)
{
    AppTheme::apply(dark);
    m_diagram->setDarkTheme(dark);
    m_central->lanes()->left()->setDarkTheme(dark);
    m_central->lanes()->right()->setDarkTheme(dark);
    m_legend->setDarkTheme(dark);
    const QSignalBlocker block(m_darkThemeAction);
    m_darkThemeAction->setChecked(dark);
    QSettings().setValue(QStringLiteral("ui/darkTheme"), dark);
}

QString MainWindow::language() const { return m_translator->language(); }

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_recent->retranslate();
    setActionText(m_openAction, tr("&Open scenario…"));
    setActionText(m_saveAction, tr("&Save scenario as…"));
    setActionText(m_exportDiagramAction, tr("&Export diagram as PNG/SVG/PDF…"));
    m_exportDiagramAction->setIconText(tr("Export"));
    setActionText(m_exportTraceAction, tr("Export &trace as JSON Lines or pcap…"));
    setActionText(m_quitAction, tr("&Quit"));
    m_capture->retranslate();
    m_tour->retranslate();
    setActionText(m_darkThemeAction, tr("&Dark theme"));
    setActionText(m_zoom->zoomInAction(), tr("Zoom &in"));
    setActionText(m_zoom->zoomOutAction(), tr("Zoom &out"));
    setActionText(m_zoom->resetAction(), tr("&Actual size"));
    setActionText(m_presentation->action(), tr("&Presentation mode"));
    setActionText(m_legendAction, tr("Le&gend"));
    m_presentation->leaveAction()->setText(tr("Leave presentation mode"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_fileBar->setWindowTitle(tr("File"));
    for (QDockWidget *dock : findChildren<QDockWidget *>()) {
        const QByteArray title = dock->property(kDockTitle).toByteArray();
        if (!title.isEmpty()) dock->setWindowTitle(tr(title.constData()));
        QAction *toggle = dock->toggleViewAction();
        toggle->setText(dock->windowTitle());
        toggle->setToolTip(toggle->shortcut().isEmpty()
                               ? dock->windowTitle()
                               : tr("%1 (%2)").arg(dock->windowTitle(), toggle->shortcut().toString(QKeySequence::NativeText)));
    }
    updateWindowTitle();
    updateStatus();
}

void MainWindow::updateWindowTitle()
{
    QString title = m_traceTitle;
    if (m_scenario) {
        title = QString::fromStdString(m_scenario->titleIn(m_translator->language().toStdString()));
        if (title.isEmpty()) title = QString::fromStdString(m_scenario->id);
    }
    setWindowTitle(title.isEmpty() ? tr("Wirestep") : tr("%1 — Wirestep").arg(title));
}

void MainWindow::updateStatus()
{
    const QString events = tr("%n event(s)", nullptr, static_cast<int>(m_trace->size()));
    statusBar()->showMessage(m_stopNote.isEmpty() ? events : tr("%1 — %2").arg(events, m_stopNote));
    if (!m_profileStatus) {
        m_profileStatus = new QLabel(this);
        m_profileStatus->setObjectName(QStringLiteral("timerProfile"));
        statusBar()->addPermanentWidget(m_profileStatus);
    }
    // Always in view: which timers the simulation runs with (classroom ones are shortened).
    m_profileStatus->setText(m_scenario ? tr("Timers: %1").arg(Terms::profile(m_profile)) : QString());
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
    m_traceTitle.clear();
    updateWindowTitle();
    m_diagram->setRelativeSequenceNumbers(false); // the textbook numbers, as the scenario sets them
    rerun();
    // Ready to play from the first event (a trace that no scenario produced opens at its end).
    m_player->toStart();
}

void MainWindow::showTrace(Trace trace, const QString &title, PacketInspector::FrameSource frames)
{
    m_scenario.reset();
    m_stopNote.clear();
    m_linkPanel->clearFaults();
    m_saveAction->setEnabled(false);
    m_traceTitle = title;
    updateWindowTitle();
    m_panels->predictPanel()->setScenarioQuestions({});
    m_diagram->setRelativeSequenceNumbers(!m_absoluteLiveSeq);
    // A capture file's packets come with the frames read from it; the labs and a watched port run
    // on this computer's kernel.
    if (frames) m_linkPanel->showCaptureTimers();
    else m_linkPanel->showKernelTimers();
    setTrace(std::make_shared<const Trace>(std::move(trace)), std::move(frames));
    m_player->toEnd();
}

void MainWindow::rerun()
{
    if (!m_scenario) return;
    Scenario s = *m_scenario;
    for (const FaultRule &r : m_linkPanel->faults()) s.link.rules.push_back(r);
    const RunOptions options = m_linkPanel->options();
    const TcpConfig client = withOverrides(s, options).nodes[static_cast<std::size_t>(indexOf(NodeId::Client))];
    m_linkPanel->showTimers(client.profile, client.timers);
    m_profile = client.profile;
    Simulator::StopReason stopped = Simulator::StopReason::None;
    std::int64_t stoppedAtUs = 0;
    Trace trace = runScenario(s, options, &stopped, &stoppedAtUs);
    const auto note = ScenarioRunner::stopNote(stopped, stoppedAtUs);
    m_stopNote = note.pattern.empty() ? QString() : LoadErrorText::fill(note.pattern, note.args);
    m_panels->predictPanel()->setScenarioQuestions(m_scenario->questions);
    setTrace(std::make_shared<const Trace>(std::move(trace)));
}

void MainWindow::setTrace(std::shared_ptr<const Trace> trace, PacketInspector::FrameSource frames)
{
    m_trace = std::move(trace);
    m_panels->inspector()->setFrameSource(std::move(frames));
    m_legend->setCapture(LadderLegend::isCaptureTrace(*m_trace));
    m_diagram->setTrace(m_trace);
    m_central->setTrace(m_trace);
    m_eventList->setTrace(m_trace);
    m_caption->setTrace(m_trace);
    m_panels->setTrace(m_trace);
    std::vector<std::int64_t> times;
    times.reserve(m_trace->size());
    for (const TraceEvent &e : m_trace->events()) times.push_back(e.tUs);
    m_playerBar->setTimes(std::move(times));
    m_player->setCount(static_cast<int>(m_trace->size()));
    updateStatus();
}

bool MainWindow::openScenarioFile(const QString &path)
{
    const LoadResult result = ScenarioLoader::loadFile(path.toStdString());
    if (!result.ok()) {
        const QStringList lines = LoadErrorText::lines(result);
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Cannot open scenario"),
                                    tr("The scenario file %1 has %n problem(s); nothing was changed.", nullptr,
                                       static_cast<int>(lines.size()))
                                        .arg(path),
                                    QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("scenarioErrors"));
        box->setInformativeText(lines.join(QLatin1Char('\n')));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        m_recent->remove(QFileInfo(path).absoluteFilePath());
        return false;
    }
    showScenario(*result.scenario);
    m_recent->add(path);
    return true;
}

bool MainWindow::isCaptureFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pcap") || suffix == QLatin1String("pcapng") || suffix == QLatin1String("cap")) return true;
    // Any other name: a capture by its first four bytes (pcap's magic numbers, microsecond and
    // nanosecond, either byte order; pcapng's Section Header Block type).
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return false;
    const QByteArray magic = f.read(4);
    static const char *const kMagic[] = {"\xa1\xb2\xc3\xd4", "\xd4\xc3\xb2\xa1", "\xa1\xb2\x3c\x4d", "\x4d\x3c\xb2\xa1",
                                         "\x0a\x0d\x0d\x0a"};
    for (const char *m : kMagic)
        if (magic == QByteArray(m, 4)) return true;
    return false;
}

bool MainWindow::openFile(const QString &path)
{
    if (ExercisePack::looksLikePack(path.toStdString())) return m_exercises->open(path);
    return isCaptureFile(path) ? openCaptureFile(path) : openScenarioFile(path);
}

bool MainWindow::openCaptureFile(const QString &path)
{
    // File ▸ Open capture's own route: the conversation picker when the capture holds several
    // connections; File ▸ Open recent lists the file once it has been read.
    return m_capture->open(path);
}

QString MainWindow::fileArgumentHelp()
{
    return tr("A scenario file (.wirestep.json or .json), an exercise pack (its folder, its pack.json or a .zip) or a packet capture (.pcap, .pcapng) to open.");
}

bool MainWindow::exportDiagram(const QString &path, QString *error) const
{
    if (!m_central->lanesShown()) return DiagramExporter(m_diagram->layout(), *m_trace).write(path, error);
    // What the window shows: both lanes side by side, each under its caption.
    const ProtocolLanesView *lanes = m_central->lanes();
    const std::vector<DiagramExporter::Lane> both{
        {&lanes->left()->layout(), &lanes->left()->trace(), lanes->leftCaption()->text()},
        {&lanes->right()->layout(), &lanes->right()->trace(), lanes->rightCaption()->text()},
    };
    return DiagramExporter(both).write(path, error);
}

bool MainWindow::exportTrace(const QString &path, QString *error) const
{
    if (path.endsWith(QLatin1String(".pcap"), Qt::CaseInsensitive)) {
        // Every segment as it left its sender: what a capture on the wire would hold.
        std::string why;
        if (PcapWriter::writeFile(*m_trace, path.toStdString(), CapturePoint::Wire, &why)) return true;
        if (error) *error = tr("Could not write %1: %2").arg(path, QString::fromStdString(why));
        return false;
    }
    QByteArray bytes;
    for (const TraceEvent &e : m_trace->events()) {
        bytes += QByteArray::fromStdString(JsonlWriter::toJson(e));
        bytes += '\n';
    }
    return SafeSave::write(path, bytes, error);
}

void MainWindow::chooseOpenFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open scenario"), QString(), tr("Scenarios (*.wirestep.json *.json)"));
    if (!path.isEmpty()) openScenarioFile(path);
}

void MainWindow::chooseSaveFile()
{
    if (!m_scenario) return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save scenario as"),
                                                      QString::fromStdString(m_scenario->id + ".wirestep.json"), tr("Scenarios (*.json)"));
    if (path.isEmpty()) return;
    QString error;
    if (!saveScenario(path, &error)) QMessageBox::warning(this, tr("Save scenario"), error);
    else m_recent->add(path);
}

bool MainWindow::saveScenario(const QString &path, QString *error) const
{
    if (!m_scenario) return false;
    Scenario s = *m_scenario;
    for (const FaultRule &r : m_linkPanel->faults()) s.link.rules.push_back(r);
    return SafeSave::write(path, QByteArray::fromStdString(ScenarioWriter::save(s)), error);
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
                                                      tr("JSON Lines (*.jsonl);;pcap capture for Wireshark (*.pcap)"));
    if (path.isEmpty()) return;
    QString error;
    if (!exportTrace(path, &error)) QMessageBox::warning(this, tr("Export trace"), error);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    m_layoutRestored = restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_player->setSpeed(settingSpeed(settings.value(QStringLiteral("player/speed"))));
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
    m_presentation->setActive(false); // the layout to remember is the window's own
    saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace wirestep
