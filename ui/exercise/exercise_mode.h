#pragma once
#include "core/exercise/exercise_pack.h"
#include "core/exercise/exercise_session.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QDockWidget;

namespace wirestep {

class ExercisePanel;
class MainWindow;

// Exercises in the window (docs/exercises.md): File ▸ Open exercises opens a pack (a folder,
// its pack.json or a .zip; also `wirestep PACK`), asks the student's name and id once, and walks
// the pack's scenarios in predict mode, each run with the pack's settings; the Exercises dock
// shows where the student is. Every first answer is recorded with its time, and File ▸ Export
// results writes the results file a teacher grades with `wirestep-cli grade`. While exercises
// run, the link panel is off, so that the student answers the very questions the grader asks.
class ExerciseMode : public QObject {
    Q_OBJECT

public:
    explicit ExerciseMode(MainWindow &window);
    ~ExerciseMode() override;

    // Loads a pack and asks who the student is; a pack with problems opens a dialog listing
    // them and changes nothing. False if it did not start.
    bool open(const QString &path);
    // The sample course pack that comes with the app.
    bool openSample();
    // The sample pack, read from the app's resources.
    static ExercisePack::LoadResult loadSample();
    // Starts a loaded pack for this student at its first scenario (what open() does after the
    // dialog).
    void start(std::shared_ptr<const ExercisePack> pack, const QString &name, const QString &id);
    // Shows scenario `index` of the pack in predict mode; false if there is none.
    bool showScenario(int index);
    // Writes the results file (SafeSave: all or nothing); false with the reason otherwise.
    bool exportResults(const QString &path, QString *error = nullptr) const;
    // Ends the exercises (the answers not exported are dropped: the caller asks first).
    void stop();

    bool isActive() const { return m_session != nullptr; }
    int currentScenario() const { return m_current; }
    ExerciseSession *session() const { return m_session.get(); }
    // Tests give a fixed clock; it applies to the next start().
    void setClock(ExerciseSession::Clock clock) { m_clock = std::move(clock); }

    QAction *openAction() const { return m_openAction; }
    QAction *sampleAction() const { return m_sampleAction; }
    QAction *exportAction() const { return m_exportAction; }
    QDockWidget *dock() const { return m_dock; }
    ExercisePanel *panel() const { return m_panel; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void chooseOpen();
    void chooseExport();
    void askStop();
    void questionShown(int question);
    void questionAnswered(int question);
    // Whether the window shows the current scenario of the pack as the pack runs it.
    bool showsCurrent() const;
    void refresh();
    void retranslate();
    bool startWith(ExercisePack::LoadResult loaded, const QString &path);

    MainWindow &m_window;
    ExercisePanel *m_panel = nullptr;
    QDockWidget *m_dock = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_sampleAction = nullptr;
    QAction *m_exportAction = nullptr;
    std::shared_ptr<const ExercisePack> m_pack;
    std::unique_ptr<ExerciseSession> m_session;
    ExerciseSession::Clock m_clock;
    int m_current = -1;
};

} // namespace wirestep
