#pragma once
#include "core/live/lab_options.h"
#include "core/live/live_lab.h"

#include "core/trace/trace_sink.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace wirestep {

// The live labs the CLI and the GUI can list and run.
class LabRegistry {
    Q_DECLARE_TR_FUNCTIONS(wirestep::LabRegistry)

public:
    using Factory = std::function<std::unique_ptr<LiveLab>(TraceSink &, const LabOptions &)>;
    struct Entry {
        QString id;              // "echo"
        const char *description; // untranslated; see describe()
        Factory create;
    };

    // Every lab, in the order they are taught.
    static std::vector<Entry> labs();
    // The lab with this id, or nullptr (with `sink` and `options`).
    static std::unique_ptr<LiveLab> create(const QString &id, TraceSink &sink, const LabOptions &options);
    // The lab's one-line description in the current language.
    static QString describe(const Entry &entry);
};

} // namespace wirestep
