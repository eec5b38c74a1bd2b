#pragma once
#include "core/exercise/exercise_pack.h"
#include "core/exercise/exercise_results.h"
#include "core/exercise/predict_quiz.h"

#include <QDateTime>

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <utility>

namespace wirestep {

// One student's work on an exercise pack: the questions shown and the answers given, each with
// the time it was given and how long it took, ready to be written as a results file. Only the
// first answer to a question counts, as in predict mode; an answer is recorded only if the
// question is the one the pack asks there (the same kind, before the same event).
class ExerciseSession {
public:
    // What time it is; tests give a fixed clock.
    using Clock = std::function<QDateTime()>;

    ExerciseSession(std::shared_ptr<const ExercisePack> pack, std::string studentName, std::string studentId,
                    Clock clock = {});

    const ExercisePack &pack() const { return *m_pack; }
    const std::string &studentName() const { return m_name; }
    const std::string &studentId() const { return m_id; }

    // The questions of scenario `scenario` as the pack asks them (never answered).
    const PredictQuiz &quiz(std::size_t scenario);
    // Question `question` (0-based) of the scenario is on screen: its time starts now, the first
    // time it is shown.
    void shown(std::size_t scenario, int question);
    // Records the answer `choice` to the question; false, recording nothing, if it was answered
    // before or is not the pack's question there.
    bool answer(std::size_t scenario, int question, PredictQuiz::Question::Kind kind, std::size_t beforeEvent, int choice);
    // The same for a question that asks for a number (Kind::Number): `value` is what was typed.
    bool answerNumber(std::size_t scenario, int question, std::size_t beforeEvent, std::int64_t value);
    bool isAnswered(std::size_t scenario, int question) const;
    int answered() const { return static_cast<int>(m_results.answers.size()); }
    int right() const;
    // How many questions the pack asks in all.
    int total();

    // The results file's content.
    const ExerciseResults &results() const { return m_results; }

private:
    std::shared_ptr<const ExercisePack> m_pack;
    std::string m_name;
    std::string m_id;
    Clock m_clock;
    std::map<std::size_t, PredictQuiz> m_quizzes;
    std::map<std::pair<std::size_t, int>, QDateTime> m_shownAt;
    ExerciseResults m_results;

    // The answer's common part: who, when, how long it took.
    ExerciseResults::Answer started(std::size_t scenario, int question, PredictQuiz::Question::Kind kind, std::size_t beforeEvent) const;
};

} // namespace wirestep
