#pragma once
#include "core/exercise/exercise_pack.h"
#include "core/exercise/exercise_results.h"
#include "core/exercise/predict_quiz.h"

#include <QCoreApplication>
#include <QString>

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace wirestep {

// Marks students' results files against an exercise pack (docs/exercises.md). It reruns each
// scenario of the pack, rebuilds its questions as predict mode asks them, and works out from
// the answer given whether each answer is right: the `correct` a file claims is only checked.
// A file that does not fit the pack (another pack or another version of it, a question the
// pack does not ask, a claim that does not match the answer given), that is not a results file,
// or that comes from a student already counted, is refused with the reason and not counted.
// Reasons are in the current language.
class Grader {
    Q_DECLARE_TR_FUNCTIONS(wirestep::Grader)

public:
    // `lang` ("en", "zh_CN"): the language of the scenarios' own questions in questions().
    explicit Grader(const ExercisePack &pack, const std::string &lang = "en");

    // Reads and marks one results file.
    void addFile(const std::string &path);
    // Marks results already parsed, read from `file`.
    void addResults(const ExerciseResults &results, const std::string &file);

    struct Student {
        std::string file;
        std::string name;
        std::string id;
        int right = 0;
        int answered = 0;
    };
    struct QuestionRow {
        std::size_t scenario = 0; // index in the pack
        int number = 0;           // 1-based within the scenario
        PredictQuiz::Question::Kind kind{};
        QString prompt;           // the question, in the current language
        QString rightAnswer;      // in words
        int answered = 0;
        int right = 0;
        QString commonWrong;      // the most common wrong answer, in words; empty if none
        int commonWrongCount = 0;
    };
    struct Refused {
        std::string file;
        QString reason;
    };

    const ExercisePack &pack() const { return m_pack; }
    const std::vector<Student> &students() const { return m_students; }
    const std::vector<Refused> &refused() const { return m_refused; }
    // Every question of the pack, in order, with what the counted students answered.
    std::vector<QuestionRow> questions() const;
    // How many questions the pack asks in all.
    int totalQuestions() const;

private:
    // The reason a file's answers do not fit the pack, or nothing; fills `given` with each
    // answer's question and answer key when they do.
    std::optional<QString> check(const ExerciseResults &results, const std::string &file,
                                 std::vector<std::pair<std::pair<std::size_t, int>, std::string>> &given,
                                 int &right) const;
    void refuse(const std::string &file, const QString &reason);
    QString answerInWords(std::size_t scenario, int question, const std::string &key) const;

    const ExercisePack &m_pack;
    std::vector<PredictQuiz> m_quizzes; // one per scenario, never answered
    std::vector<Student> m_students;
    std::vector<Refused> m_refused;
    // (scenario, 0-based question) -> answer key ("c2", "n101") -> how many gave it
    std::map<std::pair<std::size_t, int>, std::map<std::string, int>> m_tally;
};

} // namespace wirestep
