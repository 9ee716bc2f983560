#!/bin/sh
# regen.sh -- regenerate the logs of examples/ with the installed Go
# (Debian's golang-go, Go 1.19): run from anywhere.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
cache=$(mktemp -d)
trap 'rm -rf "$cache"' EXIT
export GOCACHE="$cache" GO111MODULE=on GOFLAGS=-mod=mod GOPROXY=off GOWORK=off GOTOOLCHAIN=local
case "$(go version)" in *go1.19*) ;; *) echo "regen.sh: warning: not Go 1.19: $(go version)" >&2 ;; esac
for dir in "$here"/*/; do
	name=$(basename "$dir")
	[ -f "$dir/go.mod" ] || continue # github/, pre-commit/: not Go programs
	( cd "$dir" && go build -gcflags=-m=2 -o /dev/null . > "$name.m2.log" 2>&1 ) ||
		{ echo "regen.sh: $name: build failed" >&2; exit 1; }
	echo "regen.sh: $name.m2.log"
done
