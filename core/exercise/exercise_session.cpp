#include "core/exercise/exercise_session.h"

#include <algorithm>
#include <cmath>

namespace wirestep {

ExerciseSession::ExerciseSession(std::shared_ptr<const ExercisePack> pack, std::string studentName, std::string studentId,
                                 Clock clock)
    : m_pack(std::move(pack)), m_name(std::move(studentName)), m_id(std::move(studentId)), m_clock(std::move(clock))
{
    if (!m_clock) m_clock = [] { return QDateTime::currentDateTime(); };
    m_results.studentName = m_name;
    m_results.studentId = m_id;
    m_results.packId = m_pack->id();
    m_results.packDigest = m_pack->digest();
    m_results.appVersion = WIRESTEP_VERSION;
}

const PredictQuiz &ExerciseSession::quiz(std::size_t scenario)
{
    auto it = m_quizzes.find(scenario);
    if (it == m_quizzes.end()) it = m_quizzes.emplace(scenario, m_pack->quiz(scenario)).first;
    return it->second;
}

int ExerciseSession::total()
{
    int n = 0;
    for (std::size_t i = 0; i < m_pack->size(); ++i) n += quiz(i).total();
    return n;
}

void ExerciseSession::shown(std::size_t scenario, int question)
{
    const std::pair<std::size_t, int> key{scenario, question};
    if (!m_shownAt.count(key)) m_shownAt.emplace(key, m_clock());
}

bool ExerciseSession::isAnswered(std::size_t scenario, int question) const
{
    const std::string &file = m_pack->entries().at(scenario).file;
    return std::any_of(m_results.answers.begin(), m_results.answers.end(),
                       [&](const ExerciseResults::Answer &a) { return a.scenario == file && a.question == question + 1; });
}

bool ExerciseSession::answer(std::size_t scenario, int question, PredictQuiz::Question::Kind kind, std::size_t beforeEvent, int choice)
{
    if (scenario >= m_pack->size() || isAnswered(scenario, question)) return false;
    PredictQuiz reference = quiz(scenario);
    if (question < 0 || question >= reference.total()) return false;
    const PredictQuiz::Question &q = reference.questions()[static_cast<std::size_t>(question)];
    if (q.kind != kind || q.kind == PredictQuiz::Question::Kind::Number || q.index != beforeEvent || choice < 0 ||
        choice >= static_cast<int>(q.choices.size()))
        return false;
    ExerciseResults::Answer a = started(scenario, question, kind, beforeEvent);
    a.choice = choice;
    a.correct = reference.answer(question, choice);
    m_results.answers.push_back(std::move(a));
    return true;
}

bool ExerciseSession::answerNumber(std::size_t scenario, int question, std::size_t beforeEvent, std::int64_t value)
{
    if (scenario >= m_pack->size() || isAnswered(scenario, question)) return false;
    PredictQuiz reference = quiz(scenario);
    if (question < 0 || question >= reference.total()) return false;
    const PredictQuiz::Question &q = reference.questions()[static_cast<std::size_t>(question)];
    if (q.kind != PredictQuiz::Question::Kind::Number || q.index != beforeEvent) return false;
    ExerciseResults::Answer a = started(scenario, question, q.kind, beforeEvent);
    a.number = value;
    a.correct = reference.answerNumber(question, value);
    m_results.answers.push_back(std::move(a));
    return true;
}

ExerciseResults::Answer ExerciseSession::started(std::size_t scenario, int question, PredictQuiz::Question::Kind kind,
                                                 std::size_t beforeEvent) const
{
    const QDateTime now = m_clock();
    const auto shown = m_shownAt.find({scenario, question});
    const QDateTime from = shown == m_shownAt.end() ? now : shown->second;
    ExerciseResults::Answer a;
    a.scenario = m_pack->entries()[scenario].file;
    a.question = question + 1;
    a.kind = std::string(ExerciseResults::kindToken(kind));
    a.beforeEvent = beforeEvent;
    // ISO 8601 with the local offset from UTC, to the second.
    a.answeredAt = now.toOffsetFromUtc(now.offsetFromUtc()).toString(Qt::ISODate).toStdString();
    a.seconds = std::round(std::max<qint64>(0, from.msecsTo(now)) / 100.0) / 10.0;
    return a;
}

int ExerciseSession::right() const
{
    return static_cast<int>(std::count_if(m_results.answers.begin(), m_results.answers.end(),
                                          [](const ExerciseResults::Answer &a) { return a.correct; }));
}

} // namespace wirestep
