/*
 * fuzz_parse.c — libFuzzer harness: the scanner and the parser.
 */
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return fuzz_run(data, size, FUZZ_PARSE);
}
