#!/bin/sh
# check.sh [-u] NEW COMMITTED [NEW COMMITTED ...]: fails if a regenerated
# file differs from the committed one, printing the difference; with -u,
# copies each regenerated file over the committed one instead.
update=false
if [ "$1" = -u ]; then update=true; shift; fi
status=0
while [ $# -ge 2 ]; do
    if $update; then
        cmp -s "$1" "$2" || { cp "$1" "$2" && echo "rulegen: updated $2"; }
    elif ! diff -u "$2" "$1"; then
        echo "rulegen: $2 is out of date with its rules file; run: ninja -C BUILDDIR rulegen-update" >&2
        status=1
    fi
    shift 2
done
exit $status
