#pragma once
#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace wirestep {

// Writes a whole file or nothing: the bytes go to a temporary file in the target's folder, which
// replaces the target only after every write and the final flush succeeded (QSaveFile). A full
// disk leaves the old file as it was and returns false with a message that says why.
class SafeSave {
    Q_DECLARE_TR_FUNCTIONS(wirestep::SafeSave)

public:
    static bool write(const QString &path, const QByteArray &bytes, QString *error);
};

} // namespace wirestep
