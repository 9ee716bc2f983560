#!/bin/sh
# deps.sh -- find (and with "install", install) what escapelint needs to build
# and test, and fetch the pinned Go grammar for tree-sitter with npm.
# Usage: scripts/deps.sh check|install
# Exit 0 when everything is there, 1 when something is missing and could not
# be installed (the package names for apt, dnf and brew are printed).
set -u
mode=${1:-check}

missing=""
need_cmd() { command -v "$1" >/dev/null 2>&1 || missing="$missing $2"; }
need_pc() {
	command -v pkg-config >/dev/null 2>&1 && pkg-config --exists "$1" 2>/dev/null ||
		missing="$missing $2"
}

probe() {
	missing=""
	need_cmd autoreconf autoconf
	need_cmd automake automake
	need_cmd libtoolize libtool
	need_cmd pkg-config pkg-config
	need_cmd xz xz-utils
	need_cmd python3 python3
	python3 -c 'import jsonschema' >/dev/null 2>&1 || missing="$missing python3-jsonschema"
	need_pc libpcre2-8 libpcre2-dev
	need_pc libcjson libcjson-dev
	need_pc check check
	need_pc tree-sitter libtree-sitter-dev
	need_cmd npm npm
}

# The Go grammar: tree-sitter-go 0.23.4, pinned with its integrity hash in
# deps/tree-sitter-go/package-lock.json; only its generated C sources are
# used (no install scripts, no node binding).
grammar=deps/tree-sitter-go/node_modules/tree-sitter-go/src/parser.c
fetch_grammar() {
	[ -f "$grammar" ] && return 0
	echo "deps: fetching tree-sitter-go 0.23.4 (npm ci)"
	(cd deps/tree-sitter-go && npm ci --ignore-scripts --omit=peer --no-audit --no-fund --silent) ||
		{ echo "deps: npm ci failed: the Go grammar (tree-sitter-go 0.23.4) could not be fetched" >&2; return 1; }
}

cd "$(dirname "$0")/.." || exit 1
probe
if [ -z "$missing" ]; then
	[ "$mode" = install ] || [ -f "$grammar" ] || {
		echo "escapelint needs the Go grammar: run 'make setup' (or scripts/deps.sh install)" >&2
		exit 1
	}
	[ "$mode" = install ] && { fetch_grammar || exit 1; }
	exit 0
fi

if [ "$mode" = install ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
	echo "deps: installing with apt-get:$missing"
	DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null ||
		{ echo "deps: apt-get install failed" >&2; exit 1; }
	probe
	[ -z "$missing" ] && { fetch_grammar || exit 1; exit 0; }
fi

cat >&2 <<MSG
escapelint needs these to build and test; please install them:
  Debian/Ubuntu: apt-get install autoconf automake libtool pkg-config libpcre2-dev libcjson-dev check libtree-sitter-dev npm xz-utils python3 python3-jsonschema
  Fedora:        dnf install autoconf automake libtool pkgconf-pkg-config pcre2-devel cjson-devel check-devel libtree-sitter-devel npm xz python3 python3-jsonschema
  macOS:         brew install autoconf automake libtool pkg-config pcre2 cjson check tree-sitter node xz python3; pip3 install jsonschema
(missing here:$missing)
Then fetch the Go grammar: cd deps/tree-sitter-go && npm ci --ignore-scripts --omit=peer
MSG
[ "$mode" = install ] && [ "$(id -u)" != 0 ] && echo "(run as root to let 'make setup' install them with apt-get)" >&2
exit 1
