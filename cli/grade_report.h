#pragma once
#include "core/exercise/grader.h"

#include <QCoreApplication>

#include <ostream>
#include <string>

namespace wirestep {

// What `wirestep-cli grade` prints of a Grader (docs/exercises.md): the class summary, per
// student (score, answered) and per question (how many got it right, the most common wrong
// answer in words), then the refused files with their reasons; as a text table in the current
// language, as CSV or as JSON (`wirestep-grades/1`).
class GradeReport {
    Q_DECLARE_TR_FUNCTIONS(wirestep::GradeReport)

public:
    GradeReport(const Grader &grader, std::string lang) : m_grader(grader), m_lang(std::move(lang)) {}

    void writeText(std::ostream &out) const;
    void writeCsv(std::ostream &out) const;
    void writeJson(std::ostream &out) const;

    // The kind of a question in words: "segment", "state" ...
    static QString kindName(PredictQuiz::Question::Kind kind);

private:
    const Grader &m_grader;
    std::string m_lang;
};

} // namespace wirestep
