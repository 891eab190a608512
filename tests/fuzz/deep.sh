#!/usr/bin/env bash
# tests/fuzz/deep.sh — deeply nested programs compile, or are rejected
# with a nesting diagnostic; the compiler never overflows its stack.
#
# gc compiles every one of these programs (its goroutine stacks grow to
# 1 GB); hood runs its compiler on a thread with a large stack
# (cmd/hood.c) and the parser limits nesting (compiler/syntax/parser.c),
# so each must compile within the time limit, except the programs past
# the parser's limit (toodeep), which must fail with exit status 1 and the
# "nesting too deep" message. Constructs that hood does not support yet
# (closures, some composite literals) may instead fail with exit status
# 1 and "not supported yet". Nested ifs, fors, else-ifs and indexes are
# still quadratic in the checker or the back end (docs/reliability.md),
# so they run at a tenth of the depth.
#
# Usage: deep.sh HOOD [DEPTH]   (DEPTH defaults to 50000)
#        deep.sh -gen DIR [DEPTH]  only writes the programs into DIR
set -u
gen_only=false
if [ "${1:-}" = -gen ]; then gen_only=true; shift; fi
hood=$1
n=${2:-50000}

# rep S N: S repeated N times.
rep() { local s=$1 n=$2 out=$1; while [ ${#out} -lt $(( ${#s} * n )) ]; do out=$out$out; done; printf '%s' "${out:0:$(( ${#s} * n ))}"; }

# gen NAME BODY... writes NAME.go: package main, then the text.
gen() {
    local name=$1; shift
    { printf 'package main\n\n'; printf '%s' "$@"; printf '\n'; } > "$dir/$name.go"
}

if $gen_only; then dir=$hood; mkdir -p "$dir"; else dir=$(mktemp -d); trap 'rm -rf "$dir"' EXIT; fi

gen parens  'func main() { x := 1; println(' "$(rep '(' $n)" x "$(rep ')' $n)" ') }'
gen blocks  'func main() { ' "$(rep '{' $n)" "$(rep '}' $n)" ' }'
# Quadratic today at this depth (docs/reliability.md): a tenth of it.
m=$(( n / 10 ))
gen ifs     'func main() { x := 1; ' "$(rep 'if x > 0 { ' $m)" 'x++; ' "$(rep '}' $m)" '; println(x) }'
gen fors    'func main() { x := 1; ' "$(rep 'for x < 0 { ' $m)" 'x++; ' "$(rep '}' $m)" '; println(x) }'
gen elseifs 'func main() { x := 1; if x == 0 { x++ }' "$(rep ' else if x == 0 { x++ }' $m)" '; println(x) }'
gen index   'var a [1]int' $'\n' 'func main() { println(' "$(rep 'a[' $m)" 0 "$(rep ']' $m)" ') }'
gen nots    'func main() { x := true; println(' "$(rep '!' $n)" 'x) }'
gen negs    'func main() { x := 1; println(' "$(rep '- ' $n)" 'x) }'
gen types   'var x ' "$(rep '[]' $n)" 'int' $'\n' 'func main() { println(len(x)) }'
gen ptrs    'var x ' "$(rep '*' $n)" 'int' $'\n' 'func main() { println(x == nil) }'
gen calls   'func f(x int) int { return x }' $'\n' 'func main() { println(' "$(rep 'f(' $n)" 1 "$(rep ')' $n)" ') }'
gen complit 'type T struct{ p *T }' $'\n' 'func main() { x := ' "$(rep '&T{p: ' $n)" nil "$(rep '}' $n)" '; println(x != nil) }'
gen complit_elided 'func main() { x := ' "$(rep '[]' $n)" 'int' "$(rep '{' $n)" "$(rep '}' $n)" '; println(len(x)) }'
gen funclits 'func main() { x := 1; ' "$(rep 'func() { ' $n)" 'x++; ' "$(rep '}(); ' $n)" ' println(x) }'
gen sum     'func main() { x := 1; y := x' "$(rep ' + x' $(( n * 2 / 5 )))" '; println(y) }'
# a chain of package variables, each initialised from the next: the
# initialisation order and the package scope must stay near-linear
m=$(( n / 5 ))
gen vars "$(seq 0 $(( m - 1 )) | awk '{ printf "var a%d = a%d\n", $1, $1 + 1 }')" $'\n'"var a$m = 1" $'\nfunc main() { println(a0) }'
gen toodeep 'func main() { x := 1; println(' "$(rep '(' $(( n * 3 )))" x "$(rep ')' $(( n * 3 )))" ') }'

$gen_only && exit 0

status=0
for f in "$dir"/*.go; do
    name=$(basename "$f" .go)
    start=$(date +%s%N)
    out=$(timeout 120 "$hood" build -c -o "$dir/$name.o" "$f" 2>&1)
    rc=$?
    ms=$(( ($(date +%s%N) - start) / 1000000 ))
    if [ $rc -eq 0 ] || { [ $rc -eq 1 ] && printf '%s' "$out" | grep -qE 'nesting too deep|not supported yet'; }; then
        printf 'ok   %-15s %6d ms  exit %d\n' "$name" $ms $rc
    else
        printf 'FAIL %-15s %6d ms  exit %d: %s\n' "$name" $ms $rc "$(printf '%s' "$out" | head -c 300)"
        status=1
    fi
done
exit $status
