#!/usr/bin/env bash
# compile_speed.sh — compares hood's compile time with gc's, side by side in
# one run, on the testdata programs and on a generated 20,000-line program.
# Prints lines per second for both. Not a test: run it by hand, and record
# the figures in docs/performance.md.
#
#   testdata/bench/compile_speed.sh [HOOD]     (default: build/cmd/hood)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
hood=${1:-$root/build/cmd/hood}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
command -v go >/dev/null || { echo "compile_speed: needs gc (apt-get install golang-go)"; exit 1; }

# now_ns: wall-clock nanoseconds.
now_ns() { date +%s%N; }

# gen N: a program of about N lines made of functions using what hood
# supports (integers, strings, loops, switches, calls).
gen() {
    local n=$1 i=0
    echo "package main"
    echo
    local funcs=$((n / 20))
    for ((i = 0; i < funcs; i++)); do
        cat <<GO
func f$i(a, b int) (int, string) {
	s := "x"
	for j := 0; j < a; j++ {
		switch {
		case j%3 == 0:
			b += j * $i
		case j%3 == 1:
			b -= j >> 1
		default:
			b ^= j << 2
		}
		if b > 1000 {
			s = s + "y"
		}
	}
	return b + len(s), s
}

GO
    done
    echo "func main() {"
    echo "	t := 0"
    for ((i = 0; i < funcs; i += 50)); do
        echo "	if v, _ := f$i($i, 1); v > 0 {"
        echo "		t += v"
        echo "	}"
    done
    echo "	println(t)"
    echo "}"
}

# measure NAME FILES...: compiles FILES with both compilers, prints a row.
measure() {
    local name=$1; shift
    local lines
    lines=$(cat "$@" | wc -l)
    local t0 t1 t2
    t0=$(now_ns)
    if ! "$hood" build -o "$work/hood.out" "$@" >/dev/null 2>&1; then
        printf '%-28s %8d lines   hood: compile error   \n' "$name" "$lines"
        return
    fi
    t1=$(now_ns)
    (cd "$work" && GOCACHE="$work/gocache" GO111MODULE=off go build -o "$work/gc.out" "$@" >/dev/null 2>&1)
    t2=$(now_ns)
    rm -rf "$work/gocache"
    local hs=$(( (t1 - t0) / 1000000 )) gs=$(( (t2 - t1) / 1000000 ))
    local hl=$(( lines * 1000 / (hs > 0 ? hs : 1) )) gl=$(( lines * 1000 / (gs > 0 ? gs : 1) ))
    printf '%-28s %8d lines   hood %6d ms %9d lines/s   gc %6d ms %9d lines/s\n' \
        "$name" "$lines" "$hs" "$hl" "$gs" "$gl"
}

gen 20000 > "$work/gen20k.go"
echo "compile speed, hood vs gc ($(go version | cut -d' ' -f3)), $(date -u +%F)"
measure "generated 20k lines" "$work/gen20k.go"
total_files=()
for f in "$root"/testdata/*.go; do
    head -1 "$f" | grep -q '^// run' || continue
    total_files+=("$f")
done
# All testdata programs one by one, summed: many small compiles.
hsum=0; gsum=0; lsum=0; n=0
for f in "${total_files[@]}"; do
    l=$(wc -l < "$f")
    t0=$(now_ns)
    "$hood" build -o "$work/h" "$f" >/dev/null 2>&1 || continue
    t1=$(now_ns)
    (cd "$work" && GOCACHE="$work/gocache" GO111MODULE=off go build -o "$work/g" "$f" >/dev/null 2>&1) || continue
    t2=$(now_ns)
    rm -rf "$work/gocache"
    hsum=$((hsum + (t1 - t0) / 1000000)); gsum=$((gsum + (t2 - t1) / 1000000))
    lsum=$((lsum + l)); n=$((n + 1))
done
if [ "$n" -gt 0 ]; then
    printf '%-28s %8d lines   hood %6d ms %9d lines/s   gc %6d ms %9d lines/s\n' \
        "testdata ($n programs)" "$lsum" "$hsum" $((lsum * 1000 / (hsum > 0 ? hsum : 1))) \
        "$gsum" $((lsum * 1000 / (gsum > 0 ? gsum : 1)))
fi
