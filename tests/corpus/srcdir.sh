#!/bin/sh
# Print the module-cache directory of one corpus library's sources.
#
#   sh tests/corpus/srcdir.sh SHORT          # e.g. mux -> /root/go/pkg/mod/github.com/gorilla/mux@v1.8.1
#   escapelint --srcroot="$(sh tests/corpus/srcdir.sh mux)" tests/corpus/logs/mux.m2.log
#
# SHORT is the first column of logs/VERSIONS.tsv, which names the module and
# the version the log was built with.  The module is downloaded into the
# module cache if it is not there yet (`go mod download -json MODULE@VERSION`,
# whose "Dir" is printed).  The logs name files by these absolute paths, so
# escapelint counts them as the library's own code only with this --srcroot.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
versions="$here/logs/VERSIONS.tsv"

[ $# -eq 1 ] || { echo "usage: srcdir.sh LIB-SHORT" >&2; exit 2; }
[ -f "$versions" ] || { echo "srcdir.sh: no $versions (run regen.sh)" >&2; exit 1; }
command -v go >/dev/null 2>&1 || { echo "srcdir.sh: go not found in PATH" >&2; exit 1; }

row=$(awk -F '\t' -v s="$1" '!/^#/ && $1 == s { print $2 "@" $3; exit }' "$versions")
[ -n "$row" ] || {
	echo "srcdir.sh: no library '$1' in $versions; one of:" $(awk -F '\t' '!/^#/ { print $1 }' "$versions") >&2
	exit 1
}

export GOTOOLCHAIN=local GOWORK=off GOFLAGS=-mod=mod LC_ALL=C
# Outside any module, so that go.mod plays no part; the JSON is flat, one
# "Key": "value" per line.
json=$(cd / && go mod download -json "$row") || { echo "srcdir.sh: go mod download $row failed" >&2; echo "$json" >&2; exit 1; }
dir=$(printf '%s\n' "$json" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",\{0,1\}$/\1/p')
[ -n "$dir" ] && [ -d "$dir" ] || { echo "srcdir.sh: no Dir for $row:" >&2; printf '%s\n' "$json" >&2; exit 1; }
printf '%s\n' "$dir"
