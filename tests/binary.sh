#!/usr/bin/env bash
# tests/binary.sh HOOD — properties of the binaries hood writes, and of
# how it writes them:
#   * determinism: compiling the same input twice, from different working
#     directories, with different environments and output paths, gives
#     byte-identical assembly and binaries (for every testdata program,
#     built whole and from package objects, these from two build caches
#     filled apart);
#   * no segment is both writable and executable, and the stack is not
#     executable (PT_GNU_STACK without X);
#   * unbounded recursion ends with gc's "goroutine stack exceeds" fatal
#     error and exit status 2, never a silent SIGSEGV;
#   * hood leaves no temporary directory behind, after a build, a failed
#     build or a SIGTERM in the middle of one.
set -u
hood=$(realpath "$1")
cd "$(dirname "$0")/.."
root=$PWD
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
fail() { echo "FAIL: $*"; status=1; }

# --- Determinism -----------------------------------------------------------
mkdir -p "$tmp/a/deep/er" "$tmp/b" "$tmp/home"
n=0
for f in testdata/*.go; do
    head -1 "$f" | grep -q '^// run$' || continue
    n=$((n + 1))
    base=$(basename "$f" .go)
    (cd "$tmp/a/deep/er" && env -i PATH="$PATH" HOME=/nonexistent LANG=C \
        "$hood" build -S -o "$tmp/a/$base" "$root/$f" >/dev/null 2>&1)
    (cd "$tmp/b" && env PATH="$PATH" LANG=C.UTF-8 TZ=Asia/Tokyo HOOD_UNUSED=$RANDOM \
        "$hood" build -S -o "$tmp/b/$base.bin" "$root/$f" >/dev/null 2>&1)
    [ -f "$tmp/a/$base" ] || { fail "$f did not build"; continue; }
    cmp -s "$tmp/a/$base.s" "$tmp/b/$base.bin.s" || fail "$f: assembly differs between two builds"
    cmp -s "$tmp/a/$base" "$tmp/b/$base.bin" || fail "$f: binary differs between two builds"
    # package objects, from two caches filled apart
    (cd "$tmp/a/deep/er" && env -i PATH="$PATH" HOME="$tmp/home" LANG=C \
        "$hood" build -o "$tmp/a/$base.pkg" "$root/$f" >/dev/null 2>&1)
    (cd "$tmp/b" && env PATH="$PATH" LANG=C.UTF-8 TZ=Asia/Tokyo \
        "$hood" build -o "$tmp/b/$base.pkg" "$root/$f" >/dev/null 2>&1)
    cmp -s "$tmp/a/$base.pkg" "$tmp/b/$base.pkg" || fail "$f: package-object binary differs between two builds"
done
[ "$n" -gt 0 ] || fail "no testdata programs found"
echo "determinism: $n programs built twice, identical assembly and binaries, whole and from package objects (two caches filled apart)"

# --- Segments ----------------------------------------------------------------
bin=$tmp/a/hello
if [ -f "$bin" ]; then
    segs=$(readelf -lW "$bin")
    wx=$(echo "$segs" | awk '$1 == "LOAD" && $(NF-1) ~ /W/ && $(NF-1) ~ /E/')
    [ -z "$wx" ] || fail "a LOAD segment is writable and executable: $wx"
    stack=$(echo "$segs" | awk '$1 == "GNU_STACK" { print $(NF-1) }')
    [ -n "$stack" ] || fail "no PT_GNU_STACK header (the kernel would make the stack executable)"
    [[ $stack == *E* ]] && fail "the stack is executable ($stack)"
    echo "segments: no W+X segment, stack $stack"
else
    fail "testdata/hello.go did not build"
fi

# --- Stack overflow ------------------------------------------------------------
cat >"$tmp/rec.go" <<'GO'
package main

func f(n int) int {
	return f(n+1) + 1
}

func main() {
	println(f(0))
}
GO
if "$hood" build -o "$tmp/rec" "$tmp/rec.go"; then
    timeout 60 "$tmp/rec" >"$tmp/rec.out" 2>"$tmp/rec.err"
    rc=$?
    [ "$rc" -eq 2 ] || fail "unbounded recursion: exit status $rc, want 2"
    head -1 "$tmp/rec.err" | grep -qx 'runtime: goroutine stack exceeds 1000000000-byte limit' ||
        fail "unbounded recursion: first line '$(head -1 "$tmp/rec.err")'"
    grep -qx 'fatal error: stack overflow' "$tmp/rec.err" || fail "unbounded recursion: no 'fatal error: stack overflow'"
    echo "stack overflow: exit $rc, gc's fatal error"
else
    fail "the recursion program did not build"
fi
# --- Temporary directories ------------------------------------------------------
work=$tmp/work
mkdir -p "$work"
TMPDIR=$work "$hood" build -o "$tmp/h" testdata/hello.go >/dev/null 2>&1
TMPDIR=$work "$hood" build -o "$tmp/h" testdata/err_undefined.go >/dev/null 2>&1
[ -z "$(ls -A "$work")" ] || fail "a build left $(ls "$work") in TMPDIR"
# A program big enough that the build is still running when the work
# directory appears; the signal comes then.
{
    echo 'package main'
    echo 'func f(x int) int {'
    echo '	switch x {'
    for ((i = 0; i < 20000; i++)); do printf '\tcase %d:\n\t\treturn %d\n' $i $i; done
    echo '	}'
    echo '	return -1'
    echo '}'
    echo 'func main() { println(f(3)) }'
} >"$tmp/big.go"
TMPDIR=$work "$hood" build -o "$tmp/big" "$tmp/big.go" >/dev/null 2>&1 &
pid=$!
for ((i = 0; i < 1000; i++)); do
    [ -n "$(ls -A "$work")" ] && break
    kill -0 $pid 2>/dev/null || break
    sleep 0.01
done
if [ -n "$(ls -A "$work")" ]; then
    kill -TERM $pid
    wait $pid
    rc=$?
    [ "$rc" -eq 143 ] || fail "hood killed by SIGTERM: exit status $rc, want 143"
    [ -z "$(ls -A "$work")" ] || fail "hood killed by SIGTERM left $(ls "$work") in TMPDIR"
    echo "temporary directories: removed after a build, a failed build and a SIGTERM"
else
    wait $pid
    echo "temporary directories: removed after a build and a failed build (the big build ended before a signal could be sent)"
fi
exit $status
