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
# (a duplicate would make the bare name ambiguous), and that each layer's
# library depends only on the layers below it in the diagram.
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

# The layer diagram of docs/design.md: each layer's meson.build may name
# only the libraries (NAME_dep) of the layers it is drawn above. The
# include path follows from those dependencies, so this is where a new
# edge between layers would first appear.
layer_deps="
compiler/base:
compiler/link: base
compiler/syntax: base
compiler/load: syntax base
compiler/types: syntax base
compiler/export: types syntax base
ssa: types syntax base
compiler/ssagen: ssa types syntax base
codegen: ssa types syntax base
cmd: ssagen codegen load export link ssa types syntax base"
while IFS=: read -r layer allowed; do
    [ -n "$layer" ] || continue
    self=$(basename "$layer")
    for dep in $(grep -o '\b[a-z_]*_dep\b' "$layer/meson.build" | sort -u); do
        name=${dep%_dep}
        [ "$name" = "$self" ] && continue
        case " $allowed " in
        *" $name "*) ;;
        *) echo "$layer/meson.build uses ${dep}, a layer it is not drawn above (docs/design.md)"
           status=1 ;;
        esac
    done
done <<< "$layer_deps"

[ $status -eq 0 ] && echo "layers: every include names a header; header names are unique; layers use only the layers below"
exit $status
