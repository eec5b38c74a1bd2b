#pragma once
#include "core/trace/trace.h"
#include "core/exercise/predict_quiz.h"

#include <QWidget>

#include <memory>
#include <vector>

class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace wirestep {

class Player;

// Predict mode: while active, the player stops before every segment sent and every state change
// and the panel asks what comes next; the student's choice is checked and explained with the
// narration of what really happened, and the score is kept. The player cannot move past an
// unanswered question, nor begin to show its event (Player::setLimit), so no view shows the
// answer before it is given.
class PredictPanel : public QWidget {
    Q_OBJECT

public:
    explicit PredictPanel(Player &player, QWidget *parent = nullptr);

    void setTrace(std::shared_ptr<const Trace> trace);
    // The scenario's own questions, asked with the next trace set (none for a live trace).
    void setScenarioQuestions(std::vector<ScenarioQuestion> questions) { m_own = std::move(questions); }
    // The language of the scenario's own texts ("en", "zh_CN").
    void setLanguage(const std::string &lang);
    bool isActive() const { return m_active; }
    const PredictQuiz &quiz() const { return m_quiz; }
    // The question on screen, -1 if none.
    int currentQuestion() const { return m_current; }
    const std::vector<QPushButton *> &choiceButtons() const { return m_buttons; }
    QPushButton *continueButton() const { return m_continue; }
    QLabel *feedbackLabel() const { return m_feedback; }
    QLabel *scoreLabel() const { return m_score; }
    // A question that asks for a number: where it is typed, and the button that checks it.
    QLineEdit *numberEdit() const { return m_number; }
    QPushButton *checkButton() const { return m_check; }

public Q_SLOTS:
    // Turns predict mode on (the player goes back to the start and the score to zero) or off.
    void setActive(bool active);
    // Answers the question on screen with choice `index`.
    void choose(int index);
    // Answers the number question on screen with what is typed.
    void checkNumber();
    // Moves past the answered question.
    void proceed();

Q_SIGNALS:
    void activeChanged(bool active);
    // Question `question` of quiz() is on screen, not yet answered (again after each redraw).
    void questionShown(int question);
    // The student has just answered question `question` of quiz().
    void answered(int question);

protected:
    void changeEvent(QEvent *event) override;

private:
    void playerMoved(int shown, double progress);
    // Moves the player back to `shown` once the current move has reached every view.
    void holdAt(int shown);
    // The player may not show (nor start to animate) the event of the first unanswered question.
    void updateLimit();
    void ask(int question);
    void showQuestion();
    void showIdle();
    void clearChoices();
    void retranslate();

    Player &m_player;
    std::shared_ptr<const Trace> m_trace;
    PredictQuiz m_quiz;
    bool m_active = false;
    int m_current = -1;

    QLabel *m_intro = nullptr;
    QLabel *m_context = nullptr;
    QLabel *m_prompt = nullptr;
    QVBoxLayout *m_choices = nullptr;
    std::vector<QPushButton *> m_buttons;
    QLabel *m_feedback = nullptr;
    QPushButton *m_continue = nullptr;
    QLineEdit *m_number = nullptr;
    QPushButton *m_check = nullptr;
    std::vector<ScenarioQuestion> m_own;
    std::string m_lang = "en";
    QPushButton *m_restart = nullptr;
    QLabel *m_score = nullptr;
};

} // namespace wirestep
