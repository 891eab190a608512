#!/bin/sh
# tests/math/diff.sh HOOD — the differential test of package math: builds
# tests/math/diff.go with gc and with hood, runs both and requires the
# same output, line for line: math.Float64bits of some 200,000 results
# of math's functions (those gc runs in assembly, which hood's runtime
# provides in rt/math.c, and the Go ones over them) and of math/bits.
# Skipped (77) when gc's go command is not on PATH.
set -eu
hood=${1:?usage: diff.sh HOOD}
command -v go >/dev/null 2>&1 || { echo "go not found: skipped"; exit 77; }
src=$(cd "$(dirname "$0")" && pwd)/diff.go
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && GO111MODULE=off GOFLAGS= go build -o gc.exe "$src")
"$hood" build -o "$tmp/hood.exe" "$src"
"$tmp/gc.exe" >"$tmp/gc.out" 2>&1
"$tmp/hood.exe" >"$tmp/hood.out" 2>&1
if ! cmp -s "$tmp/gc.out" "$tmp/hood.out"; then
    echo "hood's results differ from gc's ($(diff "$tmp/gc.out" "$tmp/hood.out" | grep -c '^<') lines):"
    diff "$tmp/gc.out" "$tmp/hood.out" | head -20
    exit 1
fi
echo "$(wc -l <"$tmp/gc.out") results, all equal to gc's"
