#include "core/capture/conversation.h"

namespace wirestep {

std::string toString(const ConversationEndpoint &e)
{
    const std::string address = toString(e.address);
    return (e.address.version == 6 ? "[" + address + "]" : address) + ":" + std::to_string(e.port);
}

} // namespace wirestep
