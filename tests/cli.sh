#!/bin/sh
# cli.sh -- the escapelint command as users run it: modes, files and stdin,
# --help/--version, exit codes and error messages, and --stats counts that
# agree with grep on the committed fixtures.
set -u
: "${ESCAPELINT:?}" "${FIXTURES:?}"
el=$ESCAPELINT
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
pass=0 failn=0

ok() { pass=$((pass + 1)); }
bad() { failn=$((failn + 1)); echo "FAIL: $*"; }
# expect STATUS CMD...: run and check the exit status; output in $tmp/out, $tmp/err
expect() {
	want=$1; shift
	"$@" >"$tmp/out" 2>"$tmp/err"; got=$?
	if [ "$got" = "$want" ]; then ok; else bad "$* exited $got, want $want"; cat "$tmp/err"; fi
}
has() { if grep -q -- "$2" "$1"; then ok; else bad "$1 lacks '$2'"; sed 's/^/  | /' "$1" | head -20; fi; }

m2=$FIXTURES/go1.19/04_slice_growth/m2.log

# --help and --version
expect 0 "$el" --help
has "$tmp/out" "Usage: escapelint"
has "$tmp/out" "--dump-records"
expect 0 "$el" --version
has "$tmp/out" "^escapelint [0-9][0-9.]*$"

# usage errors: exit 2 with a message on stderr and nothing on stdout
expect 2 "$el"
has "$tmp/err" "no mode given"
expect 2 "$el" --bogus "$m2"
has "$tmp/err" "unknown option --bogus"
expect 2 "$el" --stats --dump-records "$m2"
has "$tmp/err" "cannot be combined"
expect 2 "$el" --stats "$tmp/does-not-exist.log"
has "$tmp/err" "does-not-exist.log: No such file or directory"
expect 2 "$el" --stats "$tmp"
has "$tmp/err" "Is a directory"

# stdin, '-' and files give the same counts
"$el" --stats "$m2" >"$tmp/a" || bad "stats on file"
"$el" --stats <"$m2" >"$tmp/b" || bad "stats on stdin"
"$el" --stats - <"$m2" >"$tmp/c" || bad "stats on -"
cmp -s "$tmp/a" "$tmp/b" && cmp -s "$tmp/a" "$tmp/c" && ok || bad "stdin/file stats differ"
has "$tmp/a" "^lines: $(wc -l <"$m2" | tr -d ' ')$"
has "$tmp/a" "^unrecognized: 0$"

# two files add up
"$el" --stats "$m2" "$m2" >"$tmp/d"
has "$tmp/d" "^lines: $((2 * $(wc -l <"$m2")))$"

# --dump-records: one JSON object per record
expect 0 "$el" --dump-records "$m2"
[ "$(wc -l <"$tmp/out")" = "$(wc -l <"$m2")" ] && ok || bad "dump-records line count"
has "$tmp/out" '^{"kind":"package","input_line":1,"package":"example.com/04_slice_growth"'
has "$tmp/out" '"kind":"note","input_line":[0-9]*,"package":"example.com/04_slice_growth","file":"./04_slice_growth.go","line":12,"column":13,"where":"make(\[\]byte, n)","why":"non-constant size"'

# every fixture: zero unrecognized, and counts agree with grep
for log in "$FIXTURES"/go1.19/*/*.log "$FIXTURES"/newer/*.log; do
	"$el" --stats "$log" >"$tmp/s" || { bad "$log: exit $?"; continue; }
	grep -q '^unrecognized: 0$' "$tmp/s" && ok || bad "$log has unrecognized lines"
	for pair in "moved_to_heap|: moved to heap: " "inline_call|: inlining call to " \
	            "leak_content|: leaking param content: " "bounds|: index bounds check elided$" \
	            "truncated|:   warning: truncated explanation"; do
		name=${pair%%|*} re=${pair#*|}
		want=$(grep -c -- "$re" "$log")
		got=$(sed -n "s/^$name: //p" "$tmp/s")
		[ "$got" = "$want" ] && ok || bad "$log: $name $got, grep says $want"
	done
done

# malformed input: garbage, NUL bytes, invalid UTF-8, no final newline
printf 'garbage\n\000\377\376 x\n./x.go:1:2: moved to heap: \377' >"$tmp/bad.log"
expect 0 "$el" --stats "$tmp/bad.log"
has "$tmp/out" "^unrecognized: 2$"
has "$tmp/out" "^moved_to_heap: 1$"
has "$tmp/out" "^lines: 2$"
expect 0 "$el" --dump-records "$tmp/bad.log"
if command -v python3 >/dev/null 2>&1; then
	python3 -c 'import json,sys
for l in open(sys.argv[1], encoding="utf-8"): json.loads(l)' "$tmp/out" && ok || bad "dump of bad input is not valid UTF-8 JSON"
fi

# a write error is an error (exit 2), not a silent truncation
if [ -w /dev/full ]; then
	"$el" --dump-records "$m2" >/dev/full 2>"$tmp/err"; st=$?
	[ "$st" = 2 ] && ok || bad "write to /dev/full exited $st, want 2"
	has "$tmp/err" "error writing standard output"
	"$el" --stats "$m2" >/dev/full 2>"$tmp/err"; st=$?
	[ "$st" = 2 ] && ok || bad "stats to /dev/full exited $st, want 2"
fi

echo "$pass passed, $failn failed"
[ "$failn" = 0 ]
