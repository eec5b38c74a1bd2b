#include "cli/grade_report.h"

#include "cli/text_ladder.h"
#include "core/scenario/json_writer.h"

#include <algorithm>
#include <vector>

namespace wirestep {

namespace {

using Row = std::vector<std::string>;

std::string s(const QString &text) { return text.toStdString(); }

// A table with its columns padded to their widest cell (CJK characters count two columns);
// the last column is not padded.
void writeTable(std::ostream &out, const std::vector<Row> &rows)
{
    std::vector<int> widths;
    for (const Row &r : rows)
        for (std::size_t c = 0; c < r.size(); ++c) {
            if (widths.size() <= c) widths.push_back(0);
            widths[c] = std::max(widths[c], TextLadder::displayWidth(r[c]));
        }
    for (const Row &r : rows) {
        std::string line = "  ";
        for (std::size_t c = 0; c < r.size(); ++c) {
            line += r[c];
            if (c + 1 < r.size()) line += std::string(static_cast<std::size_t>(widths[c] - TextLadder::displayWidth(r[c]) + 2), ' ');
        }
        while (!line.empty() && line.back() == ' ') line.pop_back();
        out << line << '\n';
    }
}

// RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled.
std::string csvField(const std::string &f)
{
    if (f.find_first_of(",\"\r\n") == std::string::npos) return f;
    std::string out = "\"";
    for (const char c : f) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

void writeCsvRow(std::ostream &out, const Row &r)
{
    for (std::size_t c = 0; c < r.size(); ++c) out << (c ? "," : "") << csvField(r[c]);
    out << "\r\n";
}

} // namespace

QString GradeReport::kindName(PredictQuiz::Question::Kind kind)
{
    using K = PredictQuiz::Question::Kind;
    switch (kind) {
    case K::Segment: return tr("segment");
    case K::State: return tr("state");
    case K::Choice: return tr("choice");
    case K::Number: return tr("number");
    }
    return {};
}

void GradeReport::writeText(std::ostream &out) const
{
    const ExercisePack &pack = m_grader.pack();
    const int total = m_grader.totalQuestions();
    out << s(tr("Exercise pack: %1 (%2), %3 scenarios, %4 questions")
                 .arg(QString::fromStdString(pack.titleIn(m_lang)), QString::fromStdString(pack.id()))
                 .arg(pack.size())
                 .arg(total))
        << '\n';
    const std::size_t given = m_grader.students().size() + m_grader.refused().size();
    out << s(tr("Results files: %1 given, %2 counted, %3 refused").arg(given).arg(m_grader.students().size()).arg(m_grader.refused().size()))
        << "\n\n";

    out << s(tr("Students")) << '\n';
    if (m_grader.students().empty()) {
        out << "  " << s(tr("none counted")) << '\n';
    } else {
        std::vector<Row> rows{{s(tr("Name")), s(tr("Id")), s(tr("Score")), s(tr("Answered")), s(tr("File"))}};
        for (const Grader::Student &st : m_grader.students())
            rows.push_back({st.name.empty() ? "-" : st.name, st.id.empty() ? "-" : st.id,
                            s(tr("%1 right").arg(st.right)), s(tr("%1 of %2").arg(st.answered).arg(total)), st.file});
        writeTable(out, rows);
    }
    out << '\n' << s(tr("Questions")) << '\n';
    std::vector<Row> rows{{s(tr("Scenario")), s(tr("No.")), s(tr("Kind")), s(tr("Right")), s(tr("Most common wrong answer"))}};
    for (const Grader::QuestionRow &q : m_grader.questions()) {
        const std::string wrong = q.commonWrong.isEmpty() ? "-" : s(tr("%1 (%2)").arg(q.commonWrong).arg(q.commonWrongCount));
        rows.push_back({pack.entries()[q.scenario].file, std::to_string(q.number), s(kindName(q.kind)),
                        s(tr("%1 of %2").arg(q.right).arg(q.answered)), wrong});
    }
    writeTable(out, rows);
    if (!m_grader.refused().empty()) {
        out << '\n' << s(tr("Refused, not counted")) << '\n';
        for (const Grader::Refused &r : m_grader.refused()) out << "  " << s(r.reason) << '\n';
    }
}

void GradeReport::writeCsv(std::ostream &out) const
{
    const ExercisePack &pack = m_grader.pack();
    const int total = m_grader.totalQuestions();
    writeCsvRow(out, {"file", "name", "id", "right", "answered", "questions"});
    for (const Grader::Student &st : m_grader.students())
        writeCsvRow(out, {st.file, st.name, st.id, std::to_string(st.right), std::to_string(st.answered), std::to_string(total)});
    out << "\r\n";
    writeCsvRow(out, {"scenario", "question", "kind", "prompt", "right_answer", "answered", "right", "most_common_wrong", "wrong_count"});
    for (const Grader::QuestionRow &q : m_grader.questions())
        writeCsvRow(out, {pack.entries()[q.scenario].file, std::to_string(q.number), std::string(ExerciseResults::kindToken(q.kind)),
                          s(q.prompt), s(q.rightAnswer), std::to_string(q.answered), std::to_string(q.right), s(q.commonWrong),
                          std::to_string(q.commonWrongCount)});
    out << "\r\n";
    writeCsvRow(out, {"refused_file", "reason"});
    for (const Grader::Refused &r : m_grader.refused()) writeCsvRow(out, {r.file, s(r.reason)});
}

void GradeReport::writeJson(std::ostream &out) const
{
    const ExercisePack &pack = m_grader.pack();
    JsonValue root = JsonValue::object();
    root.insert("format", JsonValue::string("wirestep-grades/1"));
    JsonValue p = JsonValue::object();
    p.insert("id", JsonValue::string(pack.id()));
    p.insert("title", JsonValue::string(pack.titleIn(m_lang)));
    p.insert("digest", JsonValue::string(pack.digest()));
    p.insert("scenarios", JsonValue::unsignedInteger(pack.size()));
    p.insert("questions", JsonValue::integer(m_grader.totalQuestions()));
    root.insert("pack", std::move(p));
    JsonValue students = JsonValue::array();
    for (const Grader::Student &st : m_grader.students()) {
        JsonValue v = JsonValue::object();
        v.insert("file", JsonValue::string(st.file));
        v.insert("name", JsonValue::string(st.name));
        v.insert("id", JsonValue::string(st.id));
        v.insert("right", JsonValue::integer(st.right));
        v.insert("answered", JsonValue::integer(st.answered));
        students.append(std::move(v));
    }
    root.insert("students", std::move(students));
    JsonValue questions = JsonValue::array();
    for (const Grader::QuestionRow &q : m_grader.questions()) {
        JsonValue v = JsonValue::object();
        v.insert("scenario", JsonValue::string(pack.entries()[q.scenario].file));
        v.insert("question", JsonValue::integer(q.number));
        v.insert("kind", JsonValue::string(std::string(ExerciseResults::kindToken(q.kind))));
        v.insert("prompt", JsonValue::string(s(q.prompt)));
        v.insert("right_answer", JsonValue::string(s(q.rightAnswer)));
        v.insert("answered", JsonValue::integer(q.answered));
        v.insert("right", JsonValue::integer(q.right));
        v.insert("most_common_wrong", q.commonWrong.isEmpty() ? JsonValue::null() : JsonValue::string(s(q.commonWrong)));
        v.insert("most_common_wrong_count", JsonValue::integer(q.commonWrongCount));
        questions.append(std::move(v));
    }
    root.insert("questions", std::move(questions));
    JsonValue refused = JsonValue::array();
    for (const Grader::Refused &r : m_grader.refused()) {
        JsonValue v = JsonValue::object();
        v.insert("file", JsonValue::string(r.file));
        v.insert("reason", JsonValue::string(s(r.reason)));
        refused.append(std::move(v));
    }
    root.insert("refused", std::move(refused));
    out << JsonWriter::write(root);
}

} // namespace wirestep
