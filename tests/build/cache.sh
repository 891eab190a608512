#!/usr/bin/env bash
# tests/build/cache.sh HOOD — hood build with package objects and the
# build cache (cmd/hood.c, build_objects; docs/design.md "Package
# objects"), in a cache directory of its own:
#
#   - a cold build fills the cache with each package's export data,
#     object and summary; a warm build compiles main alone and gives a
#     byte-identical executable, as does a build with HOOD_CACHE=off;
#   - -N builds use objects of their own;
#   - a package's object is the same whichever program compiled it;
#   - entries unused for five days are trimmed (and rebuilt when needed);
#   - a changed source file of an imported package is rebuilt;
#   - an imported function hood cannot compile is reported when reached;
#   - methods no interface call can reach are left out, and reflect's
#     Method keeps the exported ones;
#   - hood clean -cache empties the cache.
set -u
hood=$(realpath "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_CACHE_HOME="$work/cache"
unset HOOD_CACHE
fail=0
check() { # check NAME EXPECTED ACTUAL
    if [ "$2" != "$3" ]; then
        printf 'FAIL %s\n--- want\n%s\n--- got\n%s\n' "$1" "$2" "$3"
        fail=1
    fi
}
cd "$work" || exit 1
mkdir -p m/lib
cat > m/go.mod <<'GO'
module example.com/m

go 1.19
GO
cat > m/main.go <<'GO'
package main

import (
	"errors"
	"fmt"
	"os"
	"reflect"
	"strings"

	"example.com/m/lib"
)

type celsius float64

func (c celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type point struct{ X, Y int }

func (p point) Hidden() string { return "hidden" }

func main() {
	fmt.Println("hello,", lib.Name(), celsius(21.5), point{1, 2})
	err := fmt.Errorf("wrapped: %w", os.ErrNotExist)
	fmt.Println(err, errors.Is(err, os.ErrNotExist))
	fmt.Println(strings.Repeat("ab", 3), lib.Shape(lib.Square{2}))
	v := reflect.ValueOf(point{})
	fmt.Println(v.NumMethod(), v.Method(0).Call(nil)[0])
}
GO
cat > m/lib/lib.go <<'GO'
package lib

type Shaper interface{ Area() int }

type Square struct{ Side int }

func (s Square) Area() int      { return s.Side * s.Side }
func (s Square) perimeter() int { return 4 * s.Side }

func Perimeter(s Square) int { return s.perimeter() }

func Name() string { return "lib" }

func Shape(s Shaper) int { return s.Area() }
GO
want='hello, lib 21.5°C {1 2}
wrapped: file does not exist true
ababab 4
1 hidden'
(cd m && "$hood" build -o ../cold .) 2>&1 || fail=1
check "cold run" "$want" "$(./cold 2>&1)"
for what in export object summary; do
    n=$(find "$XDG_CACHE_HOME/hood" -name "*-$what" | wc -l)
    [ "$n" -ge 10 ] || { echo "FAIL cache: $n $what entries"; fail=1; }
done
(cd m && "$hood" build -o ../warm .) 2>&1 || fail=1
cmp -s cold warm || { echo "FAIL warm build differs from cold"; fail=1; }
(cd m && HOOD_CACHE=off "$hood" build -o ../nocache .) 2>&1 || fail=1
cmp -s cold nocache || { echo "FAIL HOOD_CACHE=off build differs"; fail=1; }

# -N compiles every package without optimisation: its objects are
# other entries, not the optimised ones.
(cd m && "$hood" build -N -o ../noopt .) 2>&1 || fail=1
(cd m && HOOD_CACHE=off "$hood" build -N -o ../noopt-nocache .) 2>&1 || fail=1
cmp -s noopt noopt-nocache || { echo "FAIL -N build differs from an uncached -N build"; fail=1; }
cmp -s noopt warm && { echo "FAIL -N build is the optimised one"; fail=1; }

# A package's object depends on its own imports only: sync compiled
# for a program with reflect (which reflect's ptrToThis rule reads) is
# the sync of a program without it.
cat > withreflect.go <<'GO'
package main

import (
	"fmt"
	"sync"
)

var mu sync.Mutex

func main() { mu.Lock(); fmt.Println("locked"); mu.Unlock() }
GO
cat > synconly.go <<'GO'
package main

import "sync"

var mu sync.Mutex

func main() { mu.Lock(); println("locked"); mu.Unlock() }
GO
XDG_CACHE_HOME="$work/cache2" "$hood" build -o withreflect withreflect.go || fail=1
XDG_CACHE_HOME="$work/cache2" "$hood" build -o syncafter synconly.go || fail=1
XDG_CACHE_HOME="$work/cache3" "$hood" build -o syncalone synconly.go || fail=1
cmp -s syncafter syncalone || { echo "FAIL sync's object depends on the program it was first built for"; fail=1; }

# Square.perimeter is called, but never through an interface: its
# method table's slot names runtime.unreachableMethod; Area is kept;
# point.Hidden is kept by reflect's Method.
syms=$(nm warm)
grep -q ' [tT] example.com/m/lib.Square.Area$' <<< "$syms" || { echo "FAIL Area left out"; fail=1; }
grep -q ' [tT] example.com/m/lib.Square.perimeter$' <<< "$syms" && { echo "FAIL perimeter kept"; fail=1; }
grep -q ' [tT] main.point.Hidden$' <<< "$syms" || { echo "FAIL Hidden left out"; fail=1; }

# Trimming: once a day, entries no build used for five days go; a
# build then compiles those packages again.
old=$(find "$XDG_CACHE_HOME/hood" -name '*-object' | head -3)
touch -d '7 days ago' $old
touch -d '2 days ago' "$XDG_CACHE_HOME/hood/trim.txt"
(cd m && "$hood" build -o ../trimmed .) 2>&1 || fail=1
stale=$(find "$XDG_CACHE_HOME/hood" -type f ! -newermt '5 days ago')
[ -z "$stale" ] || { echo "FAIL not trimmed: $stale"; fail=1; }
cmp -s cold trimmed || { echo "FAIL build after trimming differs"; fail=1; }

# A change to an imported package is seen.
sed -i 's/return "lib"/return "lib2"/' m/lib/lib.go
(cd m && "$hood" build -o ../changed .) 2>&1 || fail=1
check "changed run" "hello, lib2 21.5°C {1 2}" "$(./changed 2>&1 | head -1)"

# An imported function hood cannot compile (here a frame too large, as
# gc reports it) is reported at its own place when the program reaches
# it, from a cold cache and a warm one (the summary carries the message).
mkdir -p m/big m/usebig
cat > m/big/big.go <<'GO'
package big

func Big(a [1 << 31]byte) byte { return a[0] }

func UseBig() byte { var x [1 << 31]byte; return Big(x) }
GO
printf 'package main\n\nimport "example.com/m/big"\n\nfunc main() { println(big.UseBig()) }\n' > m/usebig/main.go
for pass in cold warm; do
    out=$(cd m && "$hood" build -o ../usebig ./usebig 2>&1)
    status=$?
    [ $status -eq 1 ] || { echo "FAIL usebig ($pass): status $status"; fail=1; }
    grep -q '^big/big.go:3:1: stack frame too large' <<< "$out" ||
        { echo "FAIL usebig ($pass): $out"; fail=1; }
done

# A name hood's own version of a package lacks is "not supported yet",
# also when that package comes from the cache (its check configuration
# is not in export data).
cat > lacks.go <<'GO'
package main

import "sync/atomic"

func main() { var p atomic.Pointer[int]; _ = p }
GO
first=$("$hood" build -o lacks lacks.go 2>&1)
second=$("$hood" build -o lacks lacks.go 2>&1)
check "lacking name, cached" "$first" "$second"
grep -q 'not supported yet: atomic.Pointer' <<< "$second" || { echo "FAIL lacking name: $second"; fail=1; }

"$hood" clean -cache || fail=1
[ ! -e "$XDG_CACHE_HOME/hood" ] || { echo "FAIL clean -cache left $XDG_CACHE_HOME/hood"; fail=1; }

[ $fail -eq 0 ] && echo "cache: cold, warm and uncached builds identical; unreachable methods left out; changes rebuilt"
exit $fail
