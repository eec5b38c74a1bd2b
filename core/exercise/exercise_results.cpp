#include "core/exercise/exercise_results.h"

#include "core/io/input_file.h"
#include "core/scenario/json_field_reader.h"
#include "core/scenario/json_parser.h"
#include "core/scenario/json_writer.h"
#include "core/scenario/scenario_loader.h"
#include "core/scenario/translate_noop.h"

#include <cmath>
#include <limits>

namespace wirestep {

std::string_view ExerciseResults::kindToken(PredictQuiz::Question::Kind kind)
{
    using K = PredictQuiz::Question::Kind;
    switch (kind) {
    case K::Segment: return "segment";
    case K::State: return "state";
    case K::Choice: return "choice";
    case K::Number: return "number";
    }
    return "?";
}

std::string ExerciseResults::toJson() const
{
    JsonValue root = JsonValue::object();
    root.insert("format", JsonValue::string(std::string(kFormat)));
    JsonValue student = JsonValue::object();
    student.insert("name", JsonValue::string(studentName));
    student.insert("id", JsonValue::string(studentId));
    root.insert("student", std::move(student));
    JsonValue pack = JsonValue::object();
    pack.insert("id", JsonValue::string(packId));
    pack.insert("digest", JsonValue::string(packDigest));
    root.insert("pack", std::move(pack));
    root.insert("app_version", JsonValue::string(appVersion));
    JsonValue list = JsonValue::array();
    for (const Answer &a : answers) {
        JsonValue v = JsonValue::object();
        v.insert("scenario", JsonValue::string(a.scenario));
        v.insert("question", JsonValue::integer(a.question));
        v.insert("kind", JsonValue::string(a.kind));
        v.insert("before_event", JsonValue::unsignedInteger(a.beforeEvent));
        if (a.choice) v.insert("choice", JsonValue::integer(*a.choice));
        if (a.number) v.insert("number", JsonValue::integer(*a.number));
        v.insert("correct", JsonValue::boolean(a.correct));
        v.insert("answered_at", JsonValue::string(a.answeredAt));
        v.insert("seconds", JsonValue::real(a.seconds));
        list.append(std::move(v));
    }
    root.insert("answers", std::move(list));
    return JsonWriter::write(root);
}

ExerciseResults::ParseResult ExerciseResults::parse(std::string_view text, const std::string &fileName)
{
    ParseResult result;
    const JsonParser::Result parsed = JsonParser::parse(text);
    if (!parsed.ok()) {
        const auto &e = parsed.error;
        result.errors.push_back(LoadError{fileName, e.line, e.column, {}, e.message, e.pattern, e.args});
        return result;
    }
    const JsonValue &root = *parsed.value;
    JsonFieldReader reader(fileName);
    reader.setMaxKept(100);
    ExerciseResults r;
    if (reader.expectObject(root, {})) {
        // The format first: a file of another kind gets one line, not a list of missing keys.
        if (const JsonValue *v = reader.require(root, {}, "format")) {
            const auto f = reader.string(*v, "format");
            if (f && *f != kFormat) {
                reader.error(*v, "format", WS_TRANSLATE_NOOP("ScenarioFile", "unknown format \"%1\"; expected \"%2\""),
                             {*f, std::string(kFormat)});
            }
        }
        if (!reader.hasErrors()) {
            reader.checkKeys(root, {}, {"format", "student", "pack", "app_version", "answers"});
            if (const JsonValue *v = reader.require(root, {}, "student"); v && reader.expectObject(*v, "student")) {
                reader.checkKeys(*v, "student", {"name", "id"});
                if (const JsonValue *n = v->find("name"))
                    if (const auto s = reader.string(*n, "student.name")) r.studentName = *s;
                if (const JsonValue *n = v->find("id"))
                    if (const auto s = reader.string(*n, "student.id")) r.studentId = *s;
                if (r.studentName.empty() && r.studentId.empty())
                    reader.error(*v, "student", WS_TRANSLATE_NOOP("ScenarioFile", "needs the student's name or id"));
            }
            if (const JsonValue *v = reader.require(root, {}, "pack"); v && reader.expectObject(*v, "pack")) {
                reader.checkKeys(*v, "pack", {"id", "digest"});
                if (const JsonValue *n = reader.require(*v, "pack", "id"))
                    if (const auto s = reader.string(*n, "pack.id")) r.packId = *s;
                if (const JsonValue *n = reader.require(*v, "pack", "digest"))
                    if (const auto s = reader.string(*n, "pack.digest")) r.packDigest = *s;
            }
            if (const JsonValue *v = root.find("app_version"))
                if (const auto s = reader.string(*v, "app_version")) r.appVersion = *s;
            if (const JsonValue *v = reader.require(root, {}, "answers"); v && reader.expectArray(*v, "answers")) {
                if (v->size() > kMaxAnswers)
                    reader.error(*v, "answers", WS_TRANSLATE_NOOP("ScenarioFile", "holds more than %1 answers"),
                                 {std::to_string(kMaxAnswers)});
                for (std::size_t i = 0; i < v->size() && i < kMaxAnswers; ++i) {
                    const JsonValue &a = v->at(i);
                    const std::string path = "answers[" + std::to_string(i) + "]";
                    if (!reader.expectObject(a, path)) continue;
                    reader.checkKeys(a, path, {"scenario", "question", "kind", "before_event", "choice", "number", "correct",
                                               "answered_at", "seconds"});
                    Answer answer;
                    answer.line = a.line();
                    answer.column = a.column();
                    if (const JsonValue *f = reader.require(a, path, "scenario"))
                        if (const auto s = reader.string(*f, path + ".scenario")) answer.scenario = *s;
                    if (const JsonValue *f = reader.require(a, path, "question"))
                        if (const auto n = reader.integer(*f, path + ".question", 1, std::numeric_limits<int>::max()))
                            answer.question = static_cast<int>(*n);
                    if (const JsonValue *f = reader.require(a, path, "kind"))
                        if (const auto s = reader.string(*f, path + ".kind")) answer.kind = *s;
                    if (const JsonValue *f = reader.require(a, path, "before_event"))
                        if (const auto n = reader.unsignedInteger(*f, path + ".before_event", UINT32_MAX)) answer.beforeEvent = *n;
                    if (const JsonValue *f = a.find("choice"))
                        if (const auto n = reader.integer(*f, path + ".choice", 0, 1000)) answer.choice = static_cast<int>(*n);
                    if (const JsonValue *f = a.find("number"))
                        if (const auto n = reader.integer(*f, path + ".number", std::numeric_limits<std::int64_t>::min(),
                                                          std::numeric_limits<std::int64_t>::max()))
                            answer.number = *n;
                    if (!a.contains("choice") && !a.contains("number"))
                        reader.error(a, path, WS_TRANSLATE_NOOP("ScenarioFile", "needs the answer given: \"choice\" or \"number\""));
                    if (const JsonValue *f = reader.require(a, path, "correct"))
                        if (const auto b = reader.boolean(*f, path + ".correct")) answer.correct = *b;
                    if (const JsonValue *f = reader.require(a, path, "answered_at"))
                        if (const auto s = reader.string(*f, path + ".answered_at")) answer.answeredAt = *s;
                    if (const JsonValue *f = reader.require(a, path, "seconds"))
                        if (const auto d = reader.number(*f, path + ".seconds", 0, 1e9)) answer.seconds = *d;
                    r.answers.push_back(std::move(answer));
                }
            }
        }
    }
    if (reader.hasErrors()) {
        result.errors = reader.sortedErrors();
        return result;
    }
    result.results = std::move(r);
    return result;
}

ExerciseResults::ParseResult ExerciseResults::loadFile(const std::string &path)
{
    InputFile::Result file = InputFile::read(path, kMaxFileBytes);
    if (!file.ok()) {
        ParseResult r;
        r.errors = ScenarioLoader::loadFile(path).errors; // the loader's words for the same problem
        if (r.errors.empty())
            r.errors.push_back(LoadError::make(path, 0, 0, {}, WS_TRANSLATE_NOOP("ScenarioFile", "file not found")));
        return r;
    }
    return parse(file.data, path);
}

} // namespace wirestep
