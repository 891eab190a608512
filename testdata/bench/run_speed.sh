#!/usr/bin/env bash
# run_speed.sh — runs the benchmark programs in testdata/bench/prog/ built
# by hood and by gc, side by side, and prints the ratio of executed
# instructions (valgrind --tool=callgrind: stable from run to run, unlike
# wall time on a shared machine) and of wall time. Both binaries are
# checked to print the same output first. Not a test: run it by hand and
# record the figures in docs/performance.md.
#
#   testdata/bench/run_speed.sh [HOOD [PROGRAM...]]
#
# HOOD defaults to build/cmd/hood; PROGRAMs (names in prog/, without .go)
# pick some of the programs, all of them by default.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
hood=${1:-$root/build/cmd/hood}
shift || true
srcs=("$here"/prog/*.go)
if (( $# > 0 )); then
    srcs=()
    for name in "$@"; do srcs+=("$here/prog/$name.go"); done
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
command -v go >/dev/null || { echo "run_speed: needs gc (apt-get install golang-go)"; exit 1; }
command -v valgrind >/dev/null || { echo "run_speed: needs valgrind"; exit 1; }

# instructions BINARY: instructions executed by one run.
instructions() {
    # gc 1.19 reads the time stamp counter with RDTSCP, which valgrind 3.19
    # cannot run, and its preemption signals trip callgrind: the switches
    # make it use RDTSC and send none (hood binaries ignore them).
    GODEBUG=cpu.rdtscp=off,asyncpreemptoff=1 valgrind --tool=callgrind --callgrind-out-file="$work/cg.out" "$1" 2>&1 >/dev/null |
        sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}

# ms BINARY: wall-clock milliseconds of the fastest of three runs.
ms() {
    local best=999999999 t0 t1 i
    for i in 1 2 3; do
        t0=$(date +%s%N); "$1" >/dev/null 2>&1; t1=$(date +%s%N)
        (( (t1 - t0) / 1000000 < best )) && best=$(( (t1 - t0) / 1000000 ))
    done
    echo "$best"
}

echo "run speed, hood vs gc ($(go version | cut -d' ' -f3)), $(date -u +%F)"
printf '%-10s %14s %14s %7s %9s %9s\n' program "hood instrs" "gc instrs" ratio "hood ms" "gc ms"
for src in "${srcs[@]}"; do
    name=$(basename "$src" .go)
    "$hood" build -o "$work/$name.hood" "$src"
    (cd "$work" && GO111MODULE=off GOCACHE="$work/gocache" go build -o "$work/$name.gc" "$src")
    if ! cmp -s <("$work/$name.hood" 2>&1) <("$work/$name.gc" 2>&1); then
        echo "$name: outputs differ"; exit 1
    fi
    hi=$(instructions "$work/$name.hood"); gi=$(instructions "$work/$name.gc")
    printf '%-10s %14d %14d %7s %9d %9d\n' "$name" "$hi" "$gi" \
        "$(awk -v a="$hi" -v b="$gi" 'BEGIN { printf "%.2f", a / b }')" \
        "$(ms "$work/$name.hood")" "$(ms "$work/$name.gc")"
done
echo "(ratio = hood instructions / gc instructions; below 1.00 hood executes fewer)"
