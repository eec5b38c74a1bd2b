#pragma once
#include "core/exercise/predict_quiz.h"
#include "core/scenario/load_error.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace wirestep {

// A student's answers to an exercise pack, as File ▸ Export results writes them and
// `wirestep-cli grade` reads them: JSON of format `wirestep-results/1` (docs/exercises.md).
// It names the student, the pack (its id and digest) and the app's version, and for each
// answer the question (scenario file, number, kind, the trace event it is asked before), the
// answer given, whether it was right, when it was given and how long it took.
//
// Whether an answer was right is recorded for the student's own use only: the grader works it
// out again from the answer given.
class ExerciseResults {
public:
    static constexpr std::string_view kFormat = "wirestep-results/1";
    static constexpr std::size_t kMaxFileBytes = 16 * 1024 * 1024;
    static constexpr std::size_t kMaxAnswers = 100'000;

    struct Answer {
        std::string scenario;       // the scenario file, as pack.json names it
        int question = 0;           // 1-based, in the scenario's predict-mode questions
        std::string kind;           // kindToken() of the question
        std::size_t beforeEvent = 0; // the trace index the question is asked before
        std::optional<int> choice;  // the index of the choice given, from 0
        std::optional<std::int64_t> number; // the number typed (a question that asks for one)
        bool correct = false;
        std::string answeredAt;     // ISO 8601 with the offset from UTC
        double seconds = 0;         // from the question shown to the answer
        int line = 0;               // where the answer starts in the file it was read from
        int column = 0;
        bool operator==(const Answer &o) const
        {
            return scenario == o.scenario && question == o.question && kind == o.kind && beforeEvent == o.beforeEvent &&
                   choice == o.choice && number == o.number && correct == o.correct && answeredAt == o.answeredAt &&
                   seconds == o.seconds;
        }
    };

    std::string studentName;
    std::string studentId;
    std::string packId;
    std::string packDigest;
    std::string appVersion;
    std::vector<Answer> answers;

    // "segment", "state", ...: the kind of a predict-mode question as the file names it.
    static std::string_view kindToken(PredictQuiz::Question::Kind kind);

    // The document, pretty-printed, ending with a newline.
    std::string toJson() const;

    struct ParseResult; // below
    static ParseResult parse(std::string_view text, const std::string &fileName);
    static ParseResult loadFile(const std::string &path);

    bool operator==(const ExerciseResults &) const = default;
};

// The results read from a file, or every problem found (never both).
struct ExerciseResults::ParseResult {
    std::optional<ExerciseResults> results;
    std::vector<LoadError> errors; // file:line:column: path: message (context kLoadMessageContext)
    bool ok() const { return results.has_value(); }
};

} // namespace wirestep
