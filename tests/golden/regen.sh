#!/bin/sh
# regen.sh ESCAPELINT -- write the golden outputs of every format for the
# quick-start example (examples/quickstart, real Go 1.19 output).
# tests/formats.sh compares the command's output with these files; after a
# deliberate change of a format, run this and review the diff before
# committing it.  The example's absolute directory, which SARIF records,
# is written as @EXAMPLE@.
set -eu
el=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
here=$(cd "$(dirname "$0")" && pwd)
cd "$here/../../examples/quickstart"
enc=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$PWD")
for f in text json sarif github gcc markdown; do
	"$el" --color=never -f "$f" quickstart.m2.log 2>/dev/null |
		sed "s|file://$enc/|file://@EXAMPLE@/|g" >"$here/quickstart.$f" || true
done
