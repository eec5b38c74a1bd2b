#pragma once
#include "core/scenario/scenario.h"
#include "core/trace/trace.h"
#include "ui/panels/packet_inspector.h"

#include <QMainWindow>

#include <memory>
#include <optional>
#include <string>
#include <vector>

class QAction;
class QLabel;
class QActionGroup;
class QDockWidget;
class QMenu;
class QToolBar;

namespace wirestep {

class CaptureOpener;
class CentralViews;
class EventList;
class ExerciseMode;
class FirstStartTour;
class HelpMenu;
class LegendView;
class LinkPanel;
class LiveMode;
class NarrationCaption;
class PanelDocks;
class Player;
class PlayerBar;
class PresentationMode;
class RecentFiles;
class ScenarioLibrary;
class SequenceDiagram;
class Translator;
class ZoomControl;

// The desktop window: the sequence diagram in the middle, the scenario library, the link panel
// and the event list in docks around it, the player in the toolbar.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // The smallest window the layout is made for, and the size from which the panels have a
    // column on each side of the diagram (narrower, they share one column on the right).
    static constexpr QSize kSmallest{1024, 768};
    static constexpr int kWideWidth = 1400;
    static constexpr int kWideHeight = 900;
    // The size of a first start: 1600x1000, or less on a smaller screen, at least kSmallest.
    QSize defaultSize() const;

    void setScenarios(std::vector<Scenario> scenarios);
    // Shows a scenario of the library by id; false if there is none.
    bool showScenarioById(const std::string &id);
    // Runs and shows any scenario (a file, a test's); the link panel's faults are cleared.
    void showScenario(const Scenario &scenario);
    // Shows a trace that no scenario produced (the link panel cannot re-run it); `frames` gives
    // the inspector the real packets of a capture's trace.
    void showTrace(Trace trace, const QString &title, PacketInspector::FrameSource frames = {});
    // Loads a scenario file; a bad one opens a dialog listing every error and changes nothing.
    // A file that loads goes to File ▸ Open recent; one that does not leaves it.
    bool openScenarioFile(const QString &path);
    // Opens what the file is, by its name: an exercise pack (a folder, a .zip, a pack.json), a
    // capture (.pcap, .pcapng) or a scenario (anything else). `wirestep FILE`, the desktop's Open With and File ▸ Open recent come here.
    bool openFile(const QString &path);
    // A packet capture, as File ▸ Open capture opens it (CaptureOpener): the picker when it holds
    // several connections; a file that cannot be read gets one line in a message box and leaves
    // File ▸ Open recent. False if nothing was shown.
    bool openCaptureFile(const QString &path);
    // A capture by its name (.pcap, .pcapng, .cap) or, whatever its name, by its first bytes.
    static bool isCaptureFile(const QString &path);
    // The help of `wirestep FILE` (the command line's positional argument), translated.
    static QString fileArgumentHelp();
    RecentFiles *recentFiles() const { return m_recent; }
    // What the centre shows: the diagram, or both lanes side by side under their captions.
    bool exportDiagram(const QString &path, QString *error = nullptr) const;
    bool exportTrace(const QString &path, QString *error = nullptr) const;
    // Writes the scenario with the link panel's faults added to its rules; false without one.
    bool saveScenario(const QString &path, QString *error = nullptr) const;
    // Restores the geometry, docks, speed and last scenario saved by the previous session.
    void restoreSettings();
    // Switches every text to "en" or "zh_CN" at once and remembers the choice (QSettings
    // "ui/language"; the first start follows the system's locale). False for other languages.
    bool setLanguage(const QString &language);
    // Live traces label sequence numbers relative to each side's ISN, as Wireshark does, unless
    // this is on (the Live menu's "Absolute sequence numbers"); scenarios keep their own numbers.
    void setAbsoluteLiveSequenceNumbers(bool absolute);
    // The dark theme (View menu), remembered in QSettings "ui/darkTheme"; export stays light.
    void setDarkTheme(bool dark);
    QAction *darkThemeAction() const { return m_darkThemeAction; }
    QString language() const;
    // The zoom of the diagrams and the panels' fonts (View menu, Ctrl+=, Ctrl+-, Ctrl+0,
    // Ctrl+wheel), remembered in QSettings "ui/zoom".
    ZoomControl *zoom() const { return m_zoom; }
    // Presentation mode (F11): full screen, docks hidden, large type, the narration caption.
    PresentationMode *presentation() const { return m_presentation; }
    NarrationCaption *caption() const { return m_caption; }
    // The legend under the diagram (View ▸ Legend, Ctrl+Shift+G), remembered in "ui/legend".
    LegendView *legend() const { return m_legend; }
    QAction *legendAction() const { return m_legendAction; }
    QMenu *languageMenu() const { return m_languageMenu; }
    HelpMenu *helpMenu() const { return m_helpMenu; }
    // The first-start tour (main() starts it on the very first start; Help ▸ Show the tour again).
    FirstStartTour *tour() const { return m_tour; }

    const Trace &trace() const { return *m_trace; }
    const std::optional<Scenario> &scenario() const { return m_scenario; }
    SequenceDiagram *diagram() const { return m_diagram; }
    Player *player() const { return m_player; }
    PlayerBar *playerBar() const { return m_playerBar; }
    LinkPanel *linkPanel() const { return m_linkPanel; }
    EventList *eventList() const { return m_eventList; }
    ScenarioLibrary *library() const { return m_library; }
    // The state diagram and packet inspector docks.
    PanelDocks *panels() const { return m_panels; }
    // The middle: the diagram, or TCP and UDP (or live and simulated) side by side.
    CentralViews *centralViews() const { return m_central; }
    // The Live dock and menu: labs on loopback sockets.
    LiveMode *liveMode() const { return m_live; }
    // File ▸ Open capture and the connection picker.
    CaptureOpener *captureOpener() const { return m_capture; }
    // Exercise packs answered in predict mode (File ▸ Open exercises, Export results).
    ExerciseMode *exercises() const { return m_exercises; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    // The first show arranges the docks for the window's size unless a saved layout was restored.
    void showEvent(QShowEvent *event) override;

private:
    void buildDocks();
    void arrangeDocks();
    void buildMenus();
    void rerun();
    void setTrace(std::shared_ptr<const Trace> trace, PacketInspector::FrameSource frames = {});
    void saveSettings() const;
    void chooseOpenFile();
    void chooseSaveFile();
    void chooseExportDiagram();
    void chooseExportTrace();
    QAction *makeAction(const QKeySequence &key);
    // Sets every text of the window itself (menus, actions, docks' titles) in the current language.
    void retranslate();
    void updateWindowTitle();
    void updateStatus();
    // The action's text, and its tooltip with the shortcut: "Open scenario (Ctrl+O)".
    void setActionText(QAction *action, const QString &text);
    // Scales the diagrams and the panels' fonts.
    void applyZoom(double zoom);

    SequenceDiagram *m_diagram = nullptr;
    Player *m_player = nullptr;
    PlayerBar *m_playerBar = nullptr;
    LinkPanel *m_linkPanel = nullptr;
    EventList *m_eventList = nullptr;
    ScenarioLibrary *m_library = nullptr;
    QDockWidget *m_libraryDock = nullptr;
    QDockWidget *m_linkDock = nullptr;
    QDockWidget *m_eventsDock = nullptr;
    PanelDocks *m_panels = nullptr;
    CentralViews *m_central = nullptr;
    LiveMode *m_live = nullptr;
    CaptureOpener *m_capture = nullptr;
    ExerciseMode *m_exercises = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_exportDiagramAction = nullptr;
    QAction *m_exportTraceAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_darkThemeAction = nullptr;
    ZoomControl *m_zoom = nullptr;
    PresentationMode *m_presentation = nullptr;
    RecentFiles *m_recent = nullptr;
    NarrationCaption *m_caption = nullptr;
    LegendView *m_legend = nullptr;
    QAction *m_legendAction = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    HelpMenu *m_helpMenu = nullptr;
    FirstStartTour *m_tour = nullptr;
    QToolBar *m_fileBar = nullptr;
    std::unique_ptr<Translator> m_translator;
    QString m_traceTitle; // the title given to showTrace()
    QString m_stopNote;   // why the last run ended early (a limit of the simulator), or empty
    std::optional<Scenario> m_scenario;
    std::shared_ptr<const Trace> m_trace;
    bool m_layoutRestored = false; // restoreSettings() found a saved dock layout
    bool m_arranged = false;       // the first show has happened
    TimerProfile m_profile = TimerProfile::Classroom; // the client's, as the trace was run
    bool m_absoluteLiveSeq = false;
    QLabel *m_profileStatus = nullptr;
};

} // namespace wirestep
