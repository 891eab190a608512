#!/usr/bin/env bash
# tests/layers.sh — the compiler's layers include one way only.
#
# Each layer is a static library whose include path lists only itself and
# the layers below it (meson.build, docs/design.md "Layers"), so an
# `#include "name.h"` of a header from a layer above fails to compile.
# That holds only if every include names a header by file name alone:
# a path ("../codegen/codegen.h", "ssa/ssa.h") would be found relative to
# the including file and slip past the include path. This check forbids
# such paths, and checks that header names are unique across the layers
# (a duplicate would make the bare name ambiguous).
set -u
cd "$(dirname "$0")/.."
status=0
dirs="compiler ssa codegen cmd tests/unit tests/fuzz"
existing=""
for d in $dirs; do [ -d "$d" ] && existing="$existing $d"; done

bad=$(grep -rnE '^[[:space:]]*#[[:space:]]*include[[:space:]]+"[^"]*/' \
        --include='*.c' --include='*.h' --include='*.def' $existing)
if [ -n "$bad" ]; then
    echo "includes must name a header, not a path (the layer's include path finds it):"
    echo "$bad"
    status=1
fi

dups=$(find compiler ssa codegen cmd \( -name '*.h' -o -name '*.def' \) -printf '%f\n' | sort | uniq -d)
if [ -n "$dups" ]; then
    echo "header names used in more than one layer: $dups"
    status=1
fi

[ $status -eq 0 ] && echo "layers: every include names a header; header names are unique"
exit $status
