/*
 * fuzz_compile.c — libFuzzer harness: the whole compiler. Parse, check,
 * ssagen, every SSA pass (the verifier after each) and the assembly text,
 * in memory; no assembler, no linker.
 */
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return fuzz_run(data, size, FUZZ_COMPILE);
}
