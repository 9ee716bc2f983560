#!/bin/sh
# deps.sh -- find (and with "install", install) what escapelint needs to build
# and test.  Usage: scripts/deps.sh check|install
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
}

probe
[ -z "$missing" ] && exit 0

if [ "$mode" = install ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
	echo "deps: installing with apt-get:$missing"
	DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null ||
		{ echo "deps: apt-get install failed" >&2; exit 1; }
	probe
	[ -z "$missing" ] && exit 0
fi

cat >&2 <<MSG
escapelint needs these to build and test; please install them:
  Debian/Ubuntu: apt-get install autoconf automake libtool pkg-config libpcre2-dev libcjson-dev check xz-utils python3 python3-jsonschema
  Fedora:        dnf install autoconf automake libtool pkgconf-pkg-config pcre2-devel cjson-devel check-devel xz python3 python3-jsonschema
  macOS:         brew install autoconf automake libtool pkg-config pcre2 cjson check xz python3; pip3 install jsonschema
(missing here:$missing)
MSG
[ "$mode" = install ] && [ "$(id -u)" != 0 ] && echo "(run as root to let 'make setup' install them with apt-get)" >&2
exit 1
