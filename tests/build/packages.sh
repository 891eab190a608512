#!/usr/bin/env bash
# tests/build/packages.sh HOOD — `hood build` and `hood run` given packages
# (directories, import paths of the main module, `.`, `./...`) rather than
# .go files, as the go command takes them (cmd/hood.c, find_packages; the
# loader, compiler/load, resolves them).
#
# In a module made here: the executable is named after the package's
# import path; a package of the module imported by main is compiled from
# its directory (its _test.go files left out); `./...` builds every
# package and keeps nothing; a package that is not main is compiled and
# discarded by build, refused by run; errors in the module's packages are
# reported as they are, at their own places. Where go is installed, each
# program's output is also compared with `go run`'s.
set -u
hood=$(realpath "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail=0
check() { # check NAME EXPECTED ACTUAL
    if [ "$2" != "$3" ]; then
        printf 'FAIL %s\n--- want\n%s\n--- got\n%s\n' "$1" "$2" "$3"
        fail=1
    fi
}
cd "$work" || exit 1
mkdir -p m/cmd/tool m/lib m/empty
cat > m/go.mod <<'GO'
module example.com/m

go 1.19
GO
cat > m/main.go <<'GO'
package main

import (
	"example.com/m/lib"
	renamed "example.com/m/lib"
)

func main() { println("main:", lib.Name(), renamed.X) }
GO
cat > m/lib/lib.go <<'GO'
package lib

var X = 7

func Name() string { return "lib" }
GO
cat > m/lib/lib_test.go <<'GO'
package lib

this file is not compiled by build
GO
cat > m/cmd/tool/tool.go <<'GO'
package main

import "example.com/m/lib"

func main() { println("tool:", lib.X*6) }
GO
cd m || exit 1

"$hood" build . && check "build ." "main: lib 7" "$(./m 2>&1)"
"$hood" build ./cmd/tool && check "build ./cmd/tool" "tool: 42" "$(./tool 2>&1)"
rm -f m tool
check "run import path" "tool: 42" "$("$hood" run example.com/m/cmd/tool 2>&1)"
check "run dir with args" "tool: 42" "$("$hood" run ./cmd/tool a b 2>&1)"
(cd cmd/tool && "$hood" build) && check "build in the package's directory" "tool: 42" "$(cmd/tool/tool 2>&1)"
rm -f cmd/tool/tool
"$hood" build ./lib
check "build a package that is not main: status" "0" "$?"
check "build ./...: status" "0" "$("$hood" build ./... >/dev/null 2>&1; echo $?)"
check "build ./... keeps nothing" "" "$(ls m tool lib/lib cmd/tool/tool 2>/dev/null)"
out=$("$hood" run ./lib 2>&1)
check "run a package that is not main: status" "1" "$?"
check "run a package that is not main" "hood: package lib is not a main package" "$out"
printf 'package lib\n\nfunc f() { undefined() }\n' > lib/bad.go
out=$("$hood" build . 2>&1)
check "error in an imported package of the module: status" "1" "$?"
check "error in an imported package of the module" "lib/bad.go:3:12: undefined: undefined" "$out"
out=$("$hood" build ./... 2>&1)
check "build ./... with an error: status" "1" "$?"
rm lib/bad.go
"$hood" build -o /dev/null . && check "-o /dev/null leaves the device alone" "c" "$(stat -c %F /dev/null | cut -c1)"
out=$("$hood" build main.go lib 2>&1)
check "files and packages mixed: status" "2" "$?"

# A body-less function: gc's "missing function body", unless the package
# has assembly files, which hood does not assemble yet: then "not
# supported yet", naming the function and the file (build constraints
# choose the files, as the go command does).
mkdir -p asm nobody
printf 'module asm\n\ngo 1.19\n' > asm/go.mod
printf 'package main\n\nfunc jump()\n\nfunc main() { jump() }\n' > asm/main.go
printf '//go:build amd64\n\n#include "textflag.h"\n\nTEXT ·jump(SB),NOSPLIT,$0\n\tRET\n' > asm/jump_amd64.s
printf '//go:build arm64\n\npackage main\n\nfunc jump() {}\n' > asm/jump_arm64.go
cp asm/go.mod asm/main.go nobody/
out=$(cd asm && "$hood" build . 2>&1)
check "a function in assembly" "main.go:3:6: not supported yet: function main.jump in assembly (jump_amd64.s)" "$out"
out=$(cd nobody && "$hood" build . 2>&1)
check "a function without a body" "main.go:3:6: missing function body" "$out"

if command -v go >/dev/null 2>&1; then
    export GOFLAGS= GO111MODULE=on
    [ -n "$(go env GOCACHE 2>/dev/null)" ] || export GOCACHE="$work/gocache"
    check "gc: run ." "$(go run . 2>&1)" "$("$hood" run . 2>&1)"
    check "gc: run ./cmd/tool" "$(go run ./cmd/tool 2>&1)" "$("$hood" run ./cmd/tool 2>&1)"
fi
exit $fail
