#pragma once
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace wirestep {

// The Exercises dock: the pack and the student, its scenarios in order with how many of each
// one's questions are answered, and the way on (previous, next, export the results, stop).
// It only shows what ExerciseMode gives it and says what the student asked for.
class ExercisePanel : public QWidget {
    Q_OBJECT

public:
    explicit ExercisePanel(QWidget *parent = nullptr);

    // The pack's title and who answers.
    void setHeader(const QString &text);
    // One line per scenario; `current` is the one shown.
    void setScenarios(const QStringList &lines, int current);
    // The progress line: answered, right so far.
    void setProgress(const QString &text);

    QListWidget *list() const { return m_list; }
    QPushButton *previousButton() const { return m_previous; }
    QPushButton *nextButton() const { return m_next; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *closeButton() const { return m_close; }
    QLabel *progressLabel() const { return m_progress; }
    QLabel *headerLabel() const { return m_header; }

Q_SIGNALS:
    void scenarioChosen(int index);
    void exportRequested();
    void closeRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_header = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_progress = nullptr;
    QPushButton *m_previous = nullptr;
    QPushButton *m_next = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace wirestep
