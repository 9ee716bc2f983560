#!/bin/sh
# seeds.sh -- build the seed corpora of the fuzz targets from the real
# fixtures: OUT/<target>/ for every target of fuzz/ (OUT: the first
# argument, default fuzz/corpus beside this script).  Generated, not
# committed.  With ESCAPELINT set to a built escapelint, the baseline seeds
# include baselines it writes for a few fixtures.
#
#   fuzz_parser      every -m/-m=2 log of tests/fixtures/go1.*, after the two
#                    control bytes the target reads first (chunking, limits)
#   fuzz_gojson      the build.jsonl streams, after two control bytes
#   fuzz_pipeline    the logs as they are, and the source fixtures' logs after
#                    the byte that makes the target read their Go sources
#   fuzz_logopt      the logopt files of tests/fixtures/go1.2*
#   fuzz_rules       rules/*.json
#   fuzz_config      small .escapelint.json files (every key, comments)
#   fuzz_directives  the fixtures' Go sources and a file of every directive
#   fuzz_baseline    baselines (the documented example, written ones)
set -eu

here=$(cd "$(dirname "$0")" && pwd)
top=$(dirname "$here")
fx=$top/tests/fixtures
out=${1:-$here/corpus}

for t in fuzz_parser fuzz_gojson fuzz_pipeline fuzz_logopt fuzz_rules fuzz_config \
	fuzz_directives fuzz_baseline; do
	mkdir -p "$out/$t"
done

# A file name for a fixture path: its path below tests/fixtures, with '/'
# as '-'.
name() {
	echo "$1" | sed "s|^$fx/||; s|^$top/||; s|/|-|g"
}

# The two control bytes of fuzz_parser and fuzz_gojson, rotated over the
# seeds: chunk seed, then the largest chunk (65536, 7, 16, 512; no limit,
# no stop).
n=0
header() {
	n=$((n + 1))
	case $((n % 4)) in
	0) printf '\001\007' ;;
	1) printf '\002\003' ;;
	2) printf '\003\004' ;;
	3) printf '\004\006' ;;
	esac
}

for f in "$fx"/go1.*/*/*.log; do
	[ -f "$f" ] || continue
	b=$(name "$f")
	{ header; cat "$f"; } >"$out/fuzz_parser/$b"
	cp "$f" "$out/fuzz_pipeline/$b"
done

for f in "$fx"/go1.*/*/build.jsonl "$fx"/gomod/*/*.jsonl; do
	[ -f "$f" ] || continue
	{ header; cat "$f"; } >"$out/fuzz_gojson/$(name "$f")"
done

# The source fixtures, in the order of fuzz_pipeline.c's source_dirs.
i=0
for d in source/amortised source/cold-paths source/free source/package-init \
	source/static-closure source/test-code source/value-sizes gomod/directives; do
	i=$((i + 1))
	for f in "$fx/$d"/*.log; do
		[ -f "$f" ] || continue
		{ printf "\\$(printf '%03o' "$i")"; cat "$f"; } >"$out/fuzz_pipeline/src$i-$(name "$f")"
		{ header; cat "$f"; } >"$out/fuzz_parser/$(name "$f")"
	done
done

for f in "$fx"/go1.2*/*/logopt/*/*.json; do
	[ -f "$f" ] || continue
	cp "$f" "$out/fuzz_logopt/$(name "$f")"
done

for f in "$top"/rules/*.json; do
	cp "$f" "$out/fuzz_rules/$(basename "$f")"
done

for f in $(find "$fx" -name '*.go' | sort); do
	cp "$f" "$out/fuzz_directives/$(name "$f")"
done
cat >"$out/fuzz_directives/every-directive.go" <<'GO'
// A directive of every kind, good and bad.
package p

//escapelint:file-ignore EL101 boxing is fine in this file

// Keep keeps x.
//
//escapelint:noalloc
func Keep(x *int) int { return *x }

/* a block comment */
//escapelint:inline the hot path
func (t *T[K]) Get() K {
	v := t.m //escapelint:noescape
	//escapelint:ignore interface-boxing,EL124 the API needs any
	sink = any(v)
	return v
}

//escapelint:ignore
//escapelint:ignore ,x reason
//escapelint:noalloca
var s = "//escapelint:ignore all not a comment"
//escapelint:noescape
GO
printf '//escapelint:ignore all reason\r\nx := 1\r\n' >"$out/fuzz_directives/crlf.go"

cat >"$out/fuzz_config/every-key.json" <<'JSON'
{
  // the settings the command line can override
  "fail-on": "warning",
  "min-level": "note",
  "cold-paths": "note",
  "tests": true,
  "include-external": false,
  "include": ["**/*.go", "cmd/", "internal/**/x_*.go", "[abc]?.go"],
  "exclude": ["vendor/**", "*_gen.go"],
  "packages": ["example.com/m/...", "net/http"],
  "baseline": "escapelint-baseline.json",
  "rule-files": ["rules/", "../shared/extra.json"],
  /* rules by name or id */
  "rules": { "interface-boxing": "off", "EL102": "error", "closure-capture": "on" }
}
JSON
printf '{}\n' >"$out/fuzz_config/empty.json"
printf '{ "fail-on": "never", "tests": false }\r\n' >"$out/fuzz_config/crlf.json"
printf '{"rules": {"x": "warn"}}' >"$out/fuzz_config/bad-level.json"
printf '{\n  "tests": true,\n  "tests": false\n}\n' >"$out/fuzz_config/duplicate.json"

cat >"$out/fuzz_baseline/example.json" <<'JSON'
{
  "version": 1,
  "escapelint": "0.1.0",
  "go": "go1.26.8",
  "findings": [
    {"fingerprint": "848bfdab716f46fc:1", "id": "EL102", "rule": "return-local-address", "level": "warning", "package": "example.com/m", "file": "a.go", "function": "NewRequest", "subject": "r"},
    {"fingerprint": "848bfdab716f46fc:2", "id": "EL102", "rule": "return-local-address", "level": "warning", "package": "example.com/m", "file": "a.go", "function": "NewRequest", "subject": "r"},
    {"fingerprint": "0000000000000001:1", "id": "EL000", "rule": "unclassified", "level": "note", "package": "example.com/m", "file": "b\u00e9.go", "function": "(*T).M", "subject": "x"}
  ]
}
JSON
printf '{"findings": []}' >"$out/fuzz_baseline/minimal.json"
printf '{"version": 2, "findings": [{"fingerprint": 7}]}' >"$out/fuzz_baseline/bad.json"
if [ -n "${ESCAPELINT:-}" ] && [ -x "$ESCAPELINT" ]; then
	k=0
	for f in "$fx"/source/*/go1.26.m2.log "$fx"/gomod/directives/go1.26.m2.log "$fx"/go1.26/*/m2.log; do
		[ -f "$f" ] || continue
		k=$((k + 1))
		[ $k -le 12 ] || break
		b=$out/fuzz_baseline/written-$(name "$f").json
		"$ESCAPELINT" --all --fail-on=never --write-baseline="$b" "$f" >/dev/null 2>&1 || rm -f "$b"
	done
fi

for t in "$out"/*/; do
	echo "seeds: $(ls "$t" | wc -l) in $t"
done
