#include "core/i18n/load_error_text.h"

#include <QCoreApplication>

namespace wirestep {

QString LoadErrorText::message(const LoadError &error)
{
    if (error.pattern.empty()) return QString::fromStdString(error.message);
    const QString translated = QCoreApplication::translate(kLoadMessageContext, error.pattern.c_str());
    return QString::fromStdString(LoadError::fill(translated.toStdString(), error.args));
}

QString LoadErrorText::fill(std::string_view pattern, const std::vector<std::string> &args)
{
    const QString translated = QCoreApplication::translate(kLoadMessageContext, std::string(pattern).c_str());
    return QString::fromStdString(LoadError::fill(translated.toStdString(), args));
}

QString LoadErrorText::line(const LoadError &error)
{
    LoadError shown = error;
    shown.message = message(error).toStdString();
    return QString::fromStdString(shown.toString());
}

QStringList LoadErrorText::lines(const LoadResult &result)
{
    QStringList out;
    for (const LoadError &e : result.errors) out << line(e);
    if (result.moreErrors > 0) out << fill(LoadResult::kMoreErrorsPattern, {std::to_string(result.moreErrors)});
    return out;
}

} // namespace wirestep
