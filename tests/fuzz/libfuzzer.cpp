// libFuzzer entry for one target, chosen at build time with
// OPC_FUZZ_TARGET (see tests/fuzz/CMakeLists.txt; needs clang's
// -fsanitize=fuzzer).
#include "fuzztargets.h"

#include <QCoreApplication>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const opc::fuzz::Target *target = [] {
        const opc::fuzz::Target *t = opc::fuzz::find(QStringLiteral(OPC_FUZZ_TARGET));
        if (!t)
            std::abort();
        return t;
    }();
    target->run(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
