#!/usr/bin/env bash
# tests/fuzz/run.sh — a fuzzing campaign: HARNESS (parse, check or
# compile) under libFuzzer for MINUTES minutes.
#
# Sets up build-fuzz (clang, AddressSanitizer, UndefinedBehaviorSanitizer,
# coverage for libFuzzer) at the top of the repository if it is missing,
# builds the harness and runs it niced, seeded from corpus/ and regress/.
# New inputs go to tests/fuzz/work/corpus-HARNESS (not committed; merge
# the useful ones into corpus/ with -merge=1), findings to
# tests/fuzz/work/ as crash-*, timeout-*, oom-* files.
#
# The harness gives back all the compiler's memory after each input
# (fuzz.c), so a session can run long; the campaign still runs as a
# series of libFuzzer sessions of at most SESSION seconds (default 600),
# each restarting from the corpus, so that a finding does not end it.
#
# SANITIZE=undefined builds and runs the harness with UndefinedBehavior-
# Sanitizer alone (build-fuzz-ub), as OSS-Fuzz runs its undefined-
# behaviour builds: about 1.5 times the executions per second, at the
# price of AddressSanitizer's memory checks. Crashes, hangs, memory
# limits and internal compiler errors are found by both.
set -u
cd "$(dirname "$0")/../.."
harness=${1:?usage: run.sh parse|check|compile MINUTES}
minutes=${2:?usage: run.sh parse|check|compile MINUTES}
session=${SESSION:-600}
sanitize=${SANITIZE:-address,undefined}
case $sanitize in
address,undefined) build=${FUZZ_BUILD_DIR:-build-fuzz} ;;
undefined) build=${FUZZ_BUILD_DIR:-build-fuzz-ub} ;;
*) echo "run.sh: SANITIZE is address,undefined or undefined" >&2; exit 2 ;;
esac
work=tests/fuzz/work
mkdir -p "$work/corpus-$harness"

if [ ! -f "$build/build.ninja" ]; then
    CC=clang CFLAGS=-fsanitize=fuzzer-no-link \
        meson setup "$build" -Db_sanitize="$sanitize" -Db_lundef=false -Dfuzz=true || exit 1
fi
ninja -C "$build" "tests/fuzz/fuzz_$harness" || exit 1

end=$(( $(date +%s) + minutes * 60 ))
while [ "$(date +%s)" -lt "$end" ]; do
    left=$(( end - $(date +%s) ))
    [ $left -gt "$session" ] && left=$session
    ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
    nice -n 10 "$build/tests/fuzz/fuzz_$harness" \
        -max_total_time=$left -timeout=10 -rss_limit_mb=2048 -malloc_limit_mb=1024 \
        -max_len=8192 -entropic=0 -dict=tests/fuzz/go.dict -print_final_stats=1 \
        -artifact_prefix="$work/" \
        "$work/corpus-$harness" tests/fuzz/corpus tests/fuzz/regress
    rc=$?
    # libFuzzer exits non-zero after a finding; go on with the next session
    # so that one campaign collects several, unless it keeps failing fast.
    [ $rc -ne 0 ] && echo "run.sh: session ended with status $rc (finding in $work/)"
done
