#!/usr/bin/env bash
# tests/load/golist.sh HOOD — the package loader (compiler/load/) against
# the go command, the oracle for which files a package builds.
#
# For every package of `go list std`, `hood list` must print the same
# import path, directory, package name, .go files, .s files and imports as
# `go list` prints for hood's build context (GOOS=linux GOARCH=amd64
# CGO_ENABLED=0, tags purego,math_big_pure_go,osusergo,netgo,hood), and
# `hood list -deps` must give the closure of fmt, os and encoding/json in
# go list -deps's order. hood's overlay is turned off (HOOD_OVERLAY=) so
# that every package comes from GOROOT, as go list's do.
#
# The one deliberate difference: the go command always sets the tool tags
# goexperiment.regabiwrappers and goexperiment.regabiargs on amd64 and
# cannot be told not to; hood does not claim them (docs/design.md, "The
# package loader"), so internal/goexperiment builds their _off files.
#
# Skipped (exit 77) when go is not installed: hood itself never runs go.
set -u
if ! command -v go >/dev/null 2>&1; then
    echo "go is not installed: skipped"
    exit 77
fi
hood=$(realpath "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
export CGO_ENABLED=0 GOOS=linux GOARCH=amd64 GOFLAGS= GO111MODULE=on
[ -n "$(go env GOCACHE 2>/dev/null)" ] || export GOCACHE="$work/gocache"
HOOD_GOROOT=$(go env GOROOT)
export HOOD_GOROOT HOOD_OVERLAY=
tags=purego,math_big_pure_go,osusergo,netgo,hood
format='{{.ImportPath}} {{.Dir}}
	package {{.Name}}
	go:{{range .GoFiles}} {{.}}{{end}}{{if .SFiles}}
	s:{{range .SFiles}} {{.}}{{end}}{{end}}{{if .Imports}}
	imports:{{range .Imports}} {{.}}{{end}}{{end}}'

# One line per package: its lines joined with " | ".
records() { awk '/^\t/ { sub(/^\t/, ""); line = line " | " $0; next }
                 { if (line != "") print line; line = $0 }
                 END { if (line != "") print line }'; }
tool_tags() { sed -e '/^internal\/goexperiment /s/exp_regabiargs_on\.go/exp_regabiargs_off.go/' \
                  -e '/^internal\/goexperiment /s/exp_regabiwrappers_on\.go/exp_regabiwrappers_off.go/'; }

status=0

# The std pattern and every std package.
go list -tags "$tags" -f "$format" std | records | tool_tags > want || { echo "go list failed"; exit 1; }
"$hood" list std | records > got || { echo "hood list std failed"; status=1; }
total=$(wc -l < want)
same=$(comm -12 <(sort want) <(sort got) | wc -l)
echo "std: $same of $total packages match go list"
if ! diff <(cut -d' ' -f1 want) <(cut -d' ' -f1 got) > paths.diff; then
    echo "hood list std and go list std list different packages (< go, > hood):"
    cat paths.diff
    status=1
fi
if [ "$same" -ne "$total" ]; then
    echo "packages that differ (< go, > hood):"
    diff want got | tr '|' '\n' | head -60
    status=1
fi

# Import closures, in order.
for root in fmt os encoding/json; do
    go list -deps -tags "$tags" -f "$format" "$root" | records | tool_tags > want
    "$hood" list -deps "$root" | records > got
    if diff want got > deps.diff; then
        echo "$root: closure of $(wc -l < want) packages matches go list -deps, in order"
    else
        echo "$root: closure differs from go list -deps (< go, > hood):"
        head -40 deps.diff
        status=1
    fi
done
exit $status
