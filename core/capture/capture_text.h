#pragma once
#include "core/wire/capture_error.h"
#include "core/wire/capture_reader.h"
#include "core/wire/link_type.h"

#include <QCoreApplication>
#include <QString>

#include <cstdint>

namespace wirestep {

// The translated words for captures: the one line a user reads when a file cannot be read (or
// breaks off part-way), as docs/captures.md lists them, and the names of formats and link types.
class CaptureText {
    Q_DECLARE_TR_FUNCTIONS(wirestep::CaptureText)

public:
    // `file` as the user named it. For a truncated or damaged record, `packetsRead` is how many
    // packets before it were read.
    static QString errorLine(const CaptureError &error, const QString &file, std::uint64_t packetsRead = 0);
    static QString formatName(CaptureReader::Format format); // "pcap", "pcapng"
    static QString linkTypeName(LinkType link);              // "Ethernet", "Linux cooked (SLL2)" ...
};

} // namespace wirestep
