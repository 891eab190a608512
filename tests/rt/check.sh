#!/usr/bin/env bash
# check.sh — runs a hand-linked hood runtime test program and checks it.
#
#   check.sh run BIN STATUS EXPECTED   run BIN; its exit status must be
#                                      STATUS, stdout empty, and stderr
#                                      must match EXPECTED line by line (a
#                                      line "re:PATTERN" is a POSIX extended
#                                      regular expression matched against
#                                      the whole line, \t meaning a tab;
#                                      any other line matches exactly)
#   check.sh nm NM READELF BIN         BIN is static, has no undefined
#                                      symbols and nothing from a libc
#   check.sh differ BIN                run BIN twice; both must exit 0 with
#                                      empty stdout, and their stderr must
#                                      differ (a per-process random seed)
#   check.sh su LIMIT DIR              every function in DIR/*.su (gcc's
#                                      -fstack-usage) uses at most LIMIT
#                                      bytes of stack and none is dynamic
#                                      (rt/HACKING.md); skipped (77) when
#                                      the compiler wrote no .su files
set -u
tab=$'\t'

run() {
    local bin=$1 status=$2 expected=$3
    local out err
    out=$(mktemp) err=$(mktemp)
    timeout 60 "$bin" >"$out" 2>"$err"
    local rc=$? ok=1
    if [ "$rc" -ne "$status" ]; then echo "exit status $rc, want $status"; ok=0; fi
    if [ -s "$out" ]; then echo "unexpected stdout:"; cat "$out"; ok=0; fi
    # Both sides are compared as lists of lines, the last one possibly empty.
    mapfile -t want < <(cat "$expected"; echo)
    mapfile -t got < <(cat "$err"; echo)
    if [ "${#got[@]}" -ne "${#want[@]}" ]; then
        echo "${#got[@]} lines of stderr, want ${#want[@]}"; ok=0
    fi
    local i n=${#want[@]}
    [ "${#got[@]}" -lt "$n" ] && n=${#got[@]}
    for ((i = 0; i < n; i++)); do
        local w=${want[i]} g=${got[i]}
        if [[ $w == re:* ]]; then
            local re=${w#re:}
            re=${re//\\t/$tab}
            [[ $g =~ ^($re)$ ]] || { echo "line $((i + 1)): got '$g', want /$re/"; ok=0; }
        elif [ "$w" != "$g" ]; then
            echo "line $((i + 1)): got '$g', want '$w'"; ok=0
        fi
    done
    if [ "$ok" -ne 1 ]; then echo "--- stderr ---"; cat "$err"; fi
    rm -f "$out" "$err"
    [ "$ok" -eq 1 ]
}

# Symbols whose presence means a C library was linked in.
libc_symbols='^(__libc_start_main|printf|malloc|free|_IO_.*|errno|__errno_location|abort)$'

nm_check() {
    local nm=$1 readelf=$2 bin=$3 ok=1
    local undef
    undef=$("$nm" -u "$bin")
    if [ -n "$undef" ]; then echo "undefined symbols: $undef"; ok=0; fi
    local libc
    libc=$("$nm" "$bin" | awk '{print $NF}' | grep -E "$libc_symbols")
    if [ -n "$libc" ]; then echo "libc symbols: $libc"; ok=0; fi
    local headers
    headers=$("$readelf" -lW "$bin")
    for bad in INTERP DYNAMIC; do
        if grep -q "$bad" <<<"$headers"; then echo "program header $bad: not a static binary"; ok=0; fi
    done
    if grep -q RWE <<<"$headers"; then echo "a segment is writable and executable"; ok=0; fi
    [ "$ok" -eq 1 ]
}

stack_usage() {
    local limit=$1 dir=$2 ok=1
    shopt -s nullglob
    local files=("$dir"/*.su)
    if [ "${#files[@]}" -eq 0 ]; then
        echo "no .su files: the compiler does not support -fstack-usage"
        exit 77
    fi
    local where size kind
    while IFS=$'\t' read -r where size kind; do
        if [ "$size" -gt "$limit" ] || [[ $kind == *dynamic* ]]; then
            echo "$where: $size bytes ($kind), limit $limit"; ok=0
        fi
    done < <(cat "${files[@]}")
    [ "$ok" -eq 1 ]
}

differ() {
    local bin=$1 a b
    a=$(timeout 60 "$bin" 2>&1 >/dev/null) || { echo "first run failed"; return 1; }
    b=$(timeout 60 "$bin" 2>&1 >/dev/null) || { echo "second run failed"; return 1; }
    if [ -z "$a" ]; then echo "no output"; return 1; fi
    if [ "$a" = "$b" ]; then echo "two runs printed the same:"; echo "$a"; return 1; fi
}

case ${1:-} in
run) shift; run "$@" ;;
nm) shift; nm_check "$@" ;;
su) shift; stack_usage "$@" ;;
differ) shift; differ "$@" ;;
*) echo "usage: check.sh run|nm|su|differ ..." >&2; exit 2 ;;
esac
