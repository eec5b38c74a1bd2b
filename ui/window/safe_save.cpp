#include "ui/window/safe_save.h"

#include <QSaveFile>

namespace wirestep {

bool SafeSave::write(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    const auto fail = [&]() {
        if (error) *error = tr("Could not write %1: %2").arg(path, file.errorString());
        file.cancelWriting();
        return false;
    };
    // Unbuffered: the bytes go to the file in write(), whose error QSaveFile remembers; a
    // buffered write would fail only in the flush inside commit(), which Qt does not report.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) return fail();
    if (file.write(bytes) != bytes.size()) return fail();
    if (!file.commit()) {
        if (error) *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace wirestep
