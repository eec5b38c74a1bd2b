#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace wirestep {

// Why a capture file could not be read, with what a one-line message needs. CaptureReader
// fills it; core/capture's CaptureErrorText turns it into a translated sentence.
struct CaptureError {
    enum class Kind {
        None,
        CannotOpen,          // the system refused: `detail` is its reason
        NotRegular,          // a FIFO, a socket or a device: reading it could block or never end
        Empty,               // zero bytes
        NotACapture,         // neither pcap nor pcapng: `detail` holds the first bytes in hex
        TruncatedHeader,     // a pcap or pcapng file that ends inside its file header
        UnsupportedLinkType, // `linkType` and its name in `detail`
        TruncatedRecord,     // packet `packet`, at byte `offset`, is cut short
        Damaged,             // libpcap could not read packet `packet` (0: the header): `detail` says why
    };
    Kind kind = Kind::None;
    std::string detail;
    std::uint64_t packet = 0;
    std::uint64_t offset = 0;
    int linkType = -1;

    explicit operator bool() const { return kind != Kind::None; }
};

// "cannot-open", "empty", "not-a-capture", "truncated-header", "unsupported-link-type",
// "truncated-record", "damaged"; "none".
std::string_view toString(CaptureError::Kind k);

} // namespace wirestep
