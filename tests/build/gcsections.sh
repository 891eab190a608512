#!/usr/bin/env bash
# tests/build/gcsections.sh HOOD GOTEST TESTDATA — `hood build -d
# gcsections` (docs/design.md, "Stage 2: per-package objects"): each
# function in its own section, its function-table record in a section
# linked to the function's, linked with ld --gc-sections; with `-d every`
# too, so that the object holds every function of the imported packages,
# as a package's own object will, and ld drops the many nothing refers
# to. The conformance runner GOTEST compiles the testdata programs that
# print tracebacks (the function table must stay sorted and complete,
# rt/traceback.c), that read the typelinks (reflect) or depend on method
# reachability, and compares their output with gc's.
set -u
hood=$(realpath "$1")
gotest=$(realpath "$2")
testdata=$(realpath "$3")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The runner runs "COMPILER build|run ARGS": the wrapper adds the flags.
cat > "$work/hood" <<SH
#!/bin/sh
case "\${1-}" in
build | run) cmd=\$1; shift; exec "$hood" "\$cmd" -d gcsections,every "\$@" ;;
*) exec "$hood" "\$@" ;;
esac
SH
chmod +x "$work/hood"
# ld drops functions, and their records with them: a fmt hello with
# every function has fewer functions and records with --gc-sections.
cat > "$work/hello.go" <<'GO'
package main

import "fmt"

func main() { fmt.Println("hello, world") }
GO
count() { # count FLAGS: "FUNCTIONS RECORDS" of the hello built with FLAGS
    "$hood" build -d "$1" -o "$work/hello" "$work/hello.go" || return 1
    [ "$("$work/hello")" = "hello, world" ] || return 1
    local size
    size=$(readelf -SW "$work/hello" | awk '{ for (i = 1; i < NF; i++) if ($i == ".hood.functab") print $(i + 4) }')
    echo "$(nm "$work/hello" | grep -ci ' t ') $((16#$size / 80))"
}
all=$(count every) || { echo "FAIL: hello with -d every"; exit 1; }
kept=$(count gcsections,every) || { echo "FAIL: hello with -d gcsections,every"; exit 1; }
read -r fa ra <<<"$all"
read -r fk rk <<<"$kept"
if ! [ "$fk" -lt "$fa" ] || ! [ "$rk" -lt "$ra" ]; then
    echo "FAIL: --gc-sections kept $fk of $fa functions, $rk of $ra records"
    exit 1
fi
echo "hello: --gc-sections kept $fk of $fa functions, $rk of $ra records"

cd "$testdata" || exit 1
files=$( (grep -l 'goroutine 1 \[running\]' ./*.out | sed 's/\.out$/.go/'; ls reflect_*.go reach_*.go) | sort -u)
# Each program is built twice and imports more than usual: a longer limit.
exec "$gotest" -compiler "$work/hood" -timeout 60 $files
