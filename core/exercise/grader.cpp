#include "core/exercise/grader.h"

#include "core/i18n/load_error_text.h"

#include <set>

namespace wirestep {

namespace {

// Who a results file is from: the id if it has one, else the name, in any case and spacing.
QString studentKey(const ExerciseResults &r)
{
    const QString id = QString::fromStdString(r.studentId).simplified().toCaseFolded();
    if (!id.isEmpty()) return QStringLiteral("id:") + id;
    return QStringLiteral("name:") + QString::fromStdString(r.studentName).simplified().toCaseFolded();
}

QString q(const std::string &s) { return QString::fromStdString(s); }

} // namespace

Grader::Grader(const ExercisePack &pack, const std::string &lang) : m_pack(pack)
{
    m_quizzes.reserve(pack.size());
    for (std::size_t i = 0; i < pack.size(); ++i) m_quizzes.push_back(pack.quiz(i, lang));
}

int Grader::totalQuestions() const
{
    int n = 0;
    for (const PredictQuiz &quiz : m_quizzes) n += quiz.total();
    return n;
}

void Grader::refuse(const std::string &file, const QString &reason) { m_refused.push_back({file, reason}); }

void Grader::addFile(const std::string &path)
{
    const ExerciseResults::ParseResult parsed = ExerciseResults::loadFile(path);
    if (!parsed.ok()) {
        // The first problem says what is wrong with the file; the rest would only add to it.
        refuse(path, LoadErrorText::line(parsed.errors.front()));
        return;
    }
    addResults(*parsed.results, path);
}

std::optional<QString> Grader::check(const ExerciseResults &r, const std::string &file,
                                     std::vector<std::pair<std::pair<std::size_t, int>, std::string>> &given, int &right) const
{
    if (r.packId != m_pack.id())
        return tr("%1: made for the pack \"%2\", not for \"%3\"").arg(q(file), q(r.packId), q(m_pack.id()));
    if (r.packDigest != m_pack.digest())
        return tr("%1: made for another version of the pack \"%2\" (its digest %3 is not this pack's %4), or edited")
            .arg(q(file), q(r.packId), q(r.packDigest), q(m_pack.digest()));
    std::set<std::pair<std::size_t, int>> seen;
    for (std::size_t i = 0; i < r.answers.size(); ++i) {
        const ExerciseResults::Answer &a = r.answers[i];
        const QString where = tr("%1:%2:%3: answers[%4]").arg(q(file)).arg(a.line).arg(a.column).arg(i);
        const std::optional<std::size_t> s = m_pack.indexOf(a.scenario);
        if (!s) return tr("%1: the scenario %2 is not in the pack").arg(where, q(a.scenario));
        PredictQuiz quiz = m_quizzes[*s];
        if (a.question < 1 || a.question > quiz.total())
            return tr("%1: %2 has no question %3 (it asks %4)").arg(where, q(a.scenario)).arg(a.question).arg(quiz.total());
        const int n = a.question - 1;
        const PredictQuiz::Question &question = quiz.questions()[static_cast<std::size_t>(n)];
        const std::string kind(ExerciseResults::kindToken(question.kind));
        if (a.kind != kind)
            return tr("%1: question %2 of %3 is a %4 question, not %5").arg(where).arg(a.question).arg(q(a.scenario), q(kind), q(a.kind));
        if (a.beforeEvent != question.index)
            return tr("%1: question %2 of %3 is asked before event %4, not %5")
                .arg(where)
                .arg(a.question)
                .arg(q(a.scenario))
                .arg(question.index)
                .arg(a.beforeEvent);
        if (!seen.insert({*s, n}).second)
            return tr("%1: question %2 of %3 is answered twice").arg(where).arg(a.question).arg(q(a.scenario));
        if (question.kind == PredictQuiz::Question::Kind::Number) {
            if (!a.number || a.choice)
                return tr("%1: question %2 of %3 takes a number").arg(where).arg(a.question).arg(q(a.scenario));
            const bool isRight = quiz.answerNumber(n, *a.number);
            if (a.correct != isRight)
                return isRight ? tr("%1: marked wrong, but the answer given to question %2 of %3 is right").arg(where).arg(a.question).arg(q(a.scenario))
                               : tr("%1: marked right, but the answer given to question %2 of %3 is wrong").arg(where).arg(a.question).arg(q(a.scenario));
            if (isRight) ++right;
            given.push_back({{*s, n}, "n" + std::to_string(*a.number)});
            continue;
        }
        if (!a.choice || a.number)
            return tr("%1: question %2 of %3 takes a choice").arg(where).arg(a.question).arg(q(a.scenario));
        const int choices = static_cast<int>(question.choices.size());
        if (*a.choice < 0 || *a.choice >= choices)
            return tr("%1: choice %2 is not one of the %3 choices of question %4 of %5")
                .arg(where)
                .arg(*a.choice)
                .arg(choices)
                .arg(a.question)
                .arg(q(a.scenario));
        const bool isRight = quiz.answer(n, *a.choice);
        if (a.correct != isRight)
            return isRight ? tr("%1: marked wrong, but the answer given to question %2 of %3 is right").arg(where).arg(a.question).arg(q(a.scenario))
                           : tr("%1: marked right, but the answer given to question %2 of %3 is wrong").arg(where).arg(a.question).arg(q(a.scenario));
        if (isRight) ++right;
        given.push_back({{*s, n}, "c" + std::to_string(*a.choice)});
    }
    return std::nullopt;
}

void Grader::addResults(const ExerciseResults &r, const std::string &file)
{
    std::vector<std::pair<std::pair<std::size_t, int>, std::string>> given;
    int right = 0;
    if (const std::optional<QString> why = check(r, file, given, right)) {
        refuse(file, *why);
        return;
    }
    const QString key = studentKey(r);
    for (const Student &s : m_students) {
        ExerciseResults other;
        other.studentName = s.name;
        other.studentId = s.id;
        if (studentKey(other) == key) {
            const QString who = r.studentId.empty() ? q(r.studentName) : q(r.studentId);
            refuse(file, tr("%1: the same student (%2) as %3, which is counted").arg(q(file), who, q(s.file)));
            return;
        }
    }
    for (const auto &[question, answer] : given) ++m_tally[question][answer];
    m_students.push_back({file, r.studentName, r.studentId, right, static_cast<int>(given.size())});
}

QString Grader::answerInWords(std::size_t scenario, int question, const std::string &key) const
{
    if (key.size() > 1 && key[0] == 'c') return m_quizzes[scenario].choiceText(question, std::stoi(key.substr(1)));
    if (key.size() > 1 && key[0] == 'n') return q(key.substr(1));
    return q(key);
}

std::vector<Grader::QuestionRow> Grader::questions() const
{
    std::vector<QuestionRow> rows;
    for (std::size_t s = 0; s < m_quizzes.size(); ++s) {
        const PredictQuiz &quiz = m_quizzes[s];
        for (int n = 0; n < quiz.total(); ++n) {
            const PredictQuiz::Question &question = quiz.questions()[static_cast<std::size_t>(n)];
            QuestionRow row;
            row.scenario = s;
            row.number = n + 1;
            row.kind = question.kind;
            row.prompt = quiz.prompt(n);
            // A number question's answer is the number itself: answers are tallied by what was typed.
            const std::string rightKey = question.kind == PredictQuiz::Question::Kind::Number
                                             ? "n" + std::to_string(*question.asked->number)
                                             : "c" + std::to_string(question.correct);
            row.rightAnswer = answerInWords(s, n, rightKey);
            if (const auto it = m_tally.find({s, n}); it != m_tally.end()) {
                for (const auto &[answer, count] : it->second) {
                    row.answered += count;
                    if (answer == rightKey) {
                        row.right += count;
                    } else if (count > row.commonWrongCount) { // ties: the first in the order of the keys
                        row.commonWrongCount = count;
                        row.commonWrong = answerInWords(s, n, answer);
                    }
                }
            }
            rows.push_back(std::move(row));
        }
    }
    return rows;
}

} // namespace wirestep
