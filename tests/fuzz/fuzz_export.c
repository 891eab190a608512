/*
 * fuzz_export.c — libFuzzer harness: the type checker, then export data
 * (compiler/export/): each package that checks is exported, read back
 * and exported again, which must give the same bytes, and read with
 * bytes changed, which must never crash the reader.
 */
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return fuzz_run(data, size, FUZZ_EXPORT);
}
