/*
 * fuzz_check.c — libFuzzer harness: the scanner, the parser and the type checker.
 */
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return fuzz_run(data, size, FUZZ_CHECK);
}
