// One libFuzzer program per entry point of fuzz_targets.h; WIRESTEP_FUZZ_TARGET names it.
#include "fuzz/fuzz_targets.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace {

wirestep::fuzz::Target g_target = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv); // CliApp's translators need one
    const std::string_view name = WIRESTEP_FUZZ_TARGET;
    g_target = wirestep::fuzz::targetByName(name);
    if (!g_target) std::abort();
    if (name == "cli_args") wirestep::fuzz::cliSandbox();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string broken = g_target({data, size});
    if (!broken.empty()) {
        std::fprintf(stderr, "%s: invariant broken: %s\n", WIRESTEP_FUZZ_TARGET, broken.c_str());
        std::abort();
    }
    return 0;
}
