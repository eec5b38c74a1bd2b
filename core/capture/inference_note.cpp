#include "core/capture/inference_note.h"

namespace wirestep {

std::string_view toString(InferenceNote::Kind k)
{
    switch (k) {
    case InferenceNote::Kind::MidConnection: return "mid-connection";
    case InferenceNote::Kind::Silent: return "silent";
    case InferenceNote::Kind::ResetIgnored: return "reset-ignored";
    }
    return "?";
}

} // namespace wirestep
