#pragma once
#include "ui/window/tour_callout.h"

#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace wirestep {

class MainWindow;

// The first-start tour: five callouts, one after the other, pointing at what a student needs in
// the first minute: the scenario list, the player, the diagram's arrows and state bands, the
// lossy link (and the right-click that drops a segment), the Events narration. The application
// starts it on the very first start (showIfFirstStart, called by main() only, so that tests and
// wirestep-shots never see it); once closed or finished it is remembered in QSettings
// "ui/tourSeen", and Help ▸ Show the tour again brings it back. Its texts follow the language.
class FirstStartTour : public QObject {
    Q_OBJECT

public:
    static constexpr int kSteps = 5;

    explicit FirstStartTour(MainWindow &window);
    ~FirstStartTour() override;

    // Whether the tour has been closed or finished once (QSettings "ui/tourSeen").
    static bool seen();
    // Starts the tour unless it has been seen; true if it started.
    bool showIfFirstStart();
    // Starts at the first callout (Help ▸ Show the tour again).
    void start();
    void next();
    void back();
    // Closes the tour and remembers that it has been seen.
    void dismiss();

    bool isActive() const;
    int step() const { return m_step; }
    // The widget the callout of `step` points into.
    QWidget *target(int step) const;
    TourCallout *callout() const { return m_callout; }
    QAction *showAgainAction() const { return m_again; }
    // Sets the menu entry's and the callout's texts in the current language.
    void retranslate();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showStep();
    void point();

    MainWindow &m_window;
    QAction *m_again = nullptr;
    QPointer<TourCallout> m_callout;
    QPointer<QWidget> m_watched; // the current target, watched for moves and resizes
    int m_step = 0;
};

} // namespace wirestep
