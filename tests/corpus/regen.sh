#!/bin/sh
# Regenerate the real-world escape-analysis corpus under tests/corpus/logs/.
#
#   sh tests/corpus/regen.sh                 # every library in the table below
#   sh tests/corpus/regen.sh mux zap         # only these (other rows of
#                                            # VERSIONS.tsv are kept as they are)
#
# For each library of the table, one go command is run in tests/corpus:
#
#   go build -gcflags='PATTERN=-m=2' ... -o /dev/null PATTERN...
#
# with -m=2 applied to exactly the library's own packages (never all=), and
# its verbatim stderr+stdout is written to logs/SHORT.m2.log, then compressed
# to logs/SHORT.m2.log.xz (xz -9, one thread, so the file is reproducible) and
# the uncompressed log removed.  Nothing is post-processed.  Each build gets a
# fresh, private GOCACHE so that no output is a cache replay (a replay keeps
# the paths of the build that filled the cache, see DIAGNOSTICS.md section 5);
# the standard library is therefore compiled again for every library.
#
# The versions are pinned by go.mod/go.sum (deps.go only keeps `go mod tidy`
# from dropping them); -mod=readonly, so a build never changes them.  Modules
# missing from the module cache are downloaded from GOPROXY before the build,
# so "go: downloading" lines never end up in a log.  The log names the files
# by their absolute module-cache path (/root/go/pkg/mod/MODULE@VERSION/...):
# run escapelint with --srcroot="$(sh tests/corpus/srcdir.sh SHORT)".
#
# logs/VERSIONS.tsv: a first comment line with `go version`, then one row per
# library: short, module, version, pattern(s) (space-separated), lines.
#
# The logs were produced with go1.26.8 linux/amd64; another toolchain works
# but writes different logs (a warning is printed).  Two runs with the same
# toolchain differ only in the order of the package blocks of a multi-package
# build (packages are compiled in parallel and printed as they finish).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
logs="$here/logs"

command -v go >/dev/null 2>&1 || { echo "regen.sh: go not found in PATH" >&2; exit 1; }
command -v xz >/dev/null 2>&1 || { echo "regen.sh: xz not found in PATH" >&2; exit 1; }

# Never let a go.work or environment setting pick another toolchain or target.
unset GOEXPERIMENT GOROOT_FINAL GOAMD64 GOARM GO386 2>/dev/null || true
unset GOOS GOARCH CGO_ENABLED 2>/dev/null || true
export GO111MODULE=on
export GOFLAGS=-mod=readonly
export GOWORK=off
export GOTOOLCHAIN=local
export LC_ALL=C

ver=$(go version)
case "$ver" in
*" go1.26.8 "*) ;;
*) echo "regen.sh: warning: expected go1.26.8, got: $ver (logs will differ from the committed ones)" >&2 ;;
esac
case "$ver" in
*" linux/amd64") ;;
*) echo "regen.sh: warning: logs were generated on linux/amd64, this is: $ver" >&2 ;;
esac

# short  module  package pattern(s): the packages built, and -m=2 applied to
# exactly these.  module/... keeps cmd/ and example packages (realistic
# input); big modules are restricted to their main packages.
table() {
	cat <<'EOF'
mux         github.com/gorilla/mux               github.com/gorilla/mux
httprouter  github.com/julienschmidt/httprouter  github.com/julienschmidt/httprouter
chi         github.com/go-chi/chi/v5             github.com/go-chi/chi/v5/...
logrus      github.com/sirupsen/logrus           github.com/sirupsen/logrus/...
zerolog     github.com/rs/zerolog                github.com/rs/zerolog/...
zap         go.uber.org/zap                      go.uber.org/zap/...
yaml        gopkg.in/yaml.v3                     gopkg.in/yaml.v3
toml        github.com/BurntSushi/toml           github.com/BurntSushi/toml/...
jsoniter    github.com/json-iterator/go          github.com/json-iterator/go/...
gjson       github.com/tidwall/gjson             github.com/tidwall/gjson
compress    github.com/klauspost/compress        github.com/klauspost/compress/zstd github.com/klauspost/compress/flate github.com/klauspost/compress/s2 github.com/klauspost/compress/snappy
snappy      github.com/golang/snappy             github.com/golang/snappy/...
prometheus  github.com/prometheus/client_golang  github.com/prometheus/client_golang/prometheus
cobra       github.com/spf13/cobra               github.com/spf13/cobra/...
pflag       github.com/spf13/pflag               github.com/spf13/pflag
urfavecli   github.com/urfave/cli/v2             github.com/urfave/cli/v2/...
websocket   github.com/gorilla/websocket         github.com/gorilla/websocket/...
uuid        github.com/google/uuid               github.com/google/uuid
humanize    github.com/dustin/go-humanize        github.com/dustin/go-humanize/...
EOF
}

if [ $# -gt 0 ]; then
	for s in "$@"; do
		table | awk -v s="$s" '$1 == s { f = 1 } END { exit !f }' ||
			{ echo "regen.sh: no library '$s' in the table" >&2; exit 1; }
	done
	list=$*
else
	list=$(table | awk '{ print $1 }')
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/escapelint-corpus.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
trap 'exit 130' INT TERM
mkdir -p "$logs"
cd "$here"

# The previous VERSIONS.tsv, for the rows of libraries not rebuilt now.
old="$tmp/VERSIONS.old"
if [ -f "$logs/VERSIONS.tsv" ]; then cp "$logs/VERSIONS.tsv" "$old"; else : >"$old"; fi
rows="$tmp/rows"
: >"$rows"

start=$(date +%s)
n=0
for short in $list; do
	line=$(table | awk -v s="$short" '$1 == s')
	module=$(echo "$line" | awk '{ print $2 }')
	patterns=$(echo "$line" | awk '{ for (i = 3; i <= NF; i++) printf "%s%s", $i, (i < NF ? " " : "") }')
	n=$((n + 1))
	version=$(go list -m -f '{{.Version}}' "$module")

	# Download whatever is missing (output kept out of the log).
	mkdir "$tmp/listcache$n"
	# shellcheck disable=SC2086 # patterns are space-separated on purpose
	if ! GOCACHE="$tmp/listcache$n" go list -deps $patterns >/dev/null 2>"$tmp/list.err"; then
		echo "regen.sh: FAILED: go list -deps $patterns" >&2
		cat "$tmp/list.err" >&2
		exit 1
	fi

	set --
	for p in $patterns; do set -- "$@" "-gcflags=$p=-m=2"; done
	log="$logs/$short.m2.log"
	mkdir "$tmp/cache$n"
	t0=$(date +%s)
	# shellcheck disable=SC2086
	if ! GOCACHE="$tmp/cache$n" go build "$@" -o /dev/null $patterns >"$log" 2>&1; then
		echo "regen.sh: FAILED in $here: go build $* -o /dev/null $patterns" >&2
		# The log is mostly -m output: show go's own message from a
		# plain rebuild (same cache, so it is quick), else the log's end.
		# shellcheck disable=SC2086
		if ! GOCACHE="$tmp/cache$n" go build -o /dev/null $patterns >&2 2>&1; then :; else tail -n 50 "$log" >&2; fi
		rm -f "$log"
		exit 1
	fi
	t1=$(date +%s)
	rm -rf "$tmp/cache$n" "$tmp/listcache$n"
	lines=$(wc -l <"$log" | tr -d ' ')
	bytes=$(wc -c <"$log" | tr -d ' ')
	xz -9 -T1 -f "$log"
	xzbytes=$(wc -c <"$log.xz" | tr -d ' ')
	printf '%s\t%s\t%s\t%s\t%s\n' "$short" "$module" "$version" "$patterns" "$lines" >>"$rows"
	printf '  %-11s %-10s %8s lines %10s bytes %9s xz %4ss\n' \
		"$short" "$version" "$lines" "$bytes" "$xzbytes" "$((t1 - t0))"
done

# VERSIONS.tsv in table order: the rows just built, the others kept.
{
	printf '# %s\n' "$ver"
	for short in $(table | awk '{ print $1 }'); do
		if awk -F '\t' -v s="$short" '$1 == s { f = 1 } END { exit !f }' "$rows"; then
			awk -F '\t' -v s="$short" '$1 == s' "$rows"
		else
			awk -F '\t' -v s="$short" '$1 == s' "$old"
		fi
	done
} >"$tmp/VERSIONS.tsv"
mv "$tmp/VERSIONS.tsv" "$logs/VERSIONS.tsv"
echo "regen.sh: $n builds in $(($(date +%s) - start))s; $(du -cb "$logs"/*.m2.log.xz | tail -n 1 | cut -f1) bytes of xz logs"
