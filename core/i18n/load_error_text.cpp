#include "core/i18n/load_error_text.h"

#include <QCoreApplication>

namespace wirestep {

QString LoadErrorText::message(const LoadError &error)
{
    if (error.pattern.empty()) return QString::fromStdString(error.message);
    const QString translated = QCoreApplication::translate(kLoadMessageContext, error.pattern.c_str());
    return QString::fromStdString(LoadError::fill(translated.toStdString(), error.args));
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
    return out;
}

} // namespace wirestep
