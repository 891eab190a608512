#!/usr/bin/env bash
# tests/layout/layout.sh HOOD — the compiler's half of rt/layout.def: a
# package that declares a struct the runtime shares (time.runtimeTimer)
# with another layout than the runtime's cannot be imported, and the
# message says what differs; the same package with the runtime's layout
# builds and runs. The package is given by its file (hood build -package
# time=FILE), so it does not depend on GOROOT's time.
set -u
hood=$(realpath "$1")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 1
status=0

printf 'package main\n\nimport "time"\n\nfunc main() { println(time.F()) }\n' > main.go

# expect NAME WANT: builds main.go against a package time whose
# runtimeTimer has the fields read from stdin. WANT is a fixed string the
# failing build's output must contain, or "" for a build that must
# succeed and print 1.
expect() {
    { printf 'package time\n\ntype runtimeTimer struct {\n'; cat; printf '}\n\nfunc F() int { return 1 }\n'; } > time.go
    out=$("$hood" build -package time=time.go -o prog main.go 2>&1)
    rc=$?
    if [ -z "$2" ]; then
        if [ $rc != 0 ] || [ "$(./prog 2>&1)" != 1 ]; then
            echo "FAIL $1: build or run failed: $out"
            status=1
        fi
    elif [ $rc != 1 ] || [[ "$out" != *"$2"* ]]; then
        echo "FAIL $1: exit $rc, want 1 and \"$2\", got: $out"
        status=1
    fi
}

expect same "" <<'EOF'
	pp uintptr; when int64; period int64; f func(any, uintptr); arg any
	seq uintptr; nextwhen int64; status uint32
EOF
expect size "main.go:3:8: not supported yet: import \"time\" (time.runtimeTimer is 24 bytes, the runtime's 72 (rt/layout.def))" <<'EOF'
	pp uintptr; when int64; period int64
EOF
expect offset "time.runtimeTimer.when is at offset 16, the runtime's at 8 (rt/layout.def)" <<'EOF'
	pp uintptr; period int64; when int64; f func(any, uintptr); arg any
	seq uintptr; nextwhen int64; status uint32
EOF
expect field "time.runtimeTimer has no field status, which the runtime uses (rt/layout.def)" <<'EOF'
	pp uintptr; when int64; period int64; f func(any, uintptr); arg any
	seq uintptr; nextwhen int64; state uint32
EOF

printf 'package time\n\ntype runtimeTimer int\n\nfunc F() int { return 1 }\n' > time.go
out=$("$hood" build -package time=time.go -o prog main.go 2>&1)
if [[ "$out" != *"time.runtimeTimer is not a struct type, as the runtime expects (rt/layout.def)"* ]]; then
    echo "FAIL notstruct: $out"
    status=1
fi
[ $status = 0 ] && echo ok
exit $status
