/*
 * fuzz.h — what the fuzzing harnesses share (tests/fuzz/README.md).
 *
 * Each harness is one LLVMFuzzerTestOneInput that compiles its input as
 * the single file of a package, up to a stage, the way `hood build -c`
 * would: diagnostics are collected in memory, never printed and never
 * fatal. What counts as a finding is what would be a bug of hood's: a
 * crash, a sanitizer report, a hang, unbounded memory, or an internal
 * compiler error (ice) that no user error explains; those abort().
 */
#ifndef HOOD_FUZZ_H
#define HOOD_FUZZ_H

#include <stddef.h>
#include <stdint.h>

typedef enum FuzzStage {
    FUZZ_PARSE,   /* scanner and parser */
    FUZZ_CHECK,   /* ... and the type checker */
    FUZZ_COMPILE, /* ... ssagen, every pass, and assembly text in memory */
    FUZZ_EXPORT,  /* check, then export data: written, read back, written
                   * again (the same bytes), and read with bytes flipped */
} FuzzStage;

/* Compiles data[0:size] up to stage; returns 0 (libFuzzer's convention). */
int fuzz_run(const uint8_t *data, size_t size, FuzzStage stage);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#endif
