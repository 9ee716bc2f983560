#!/bin/sh
# cli.sh -- the escapelint command as users run it: modes, files and stdin,
# --help/--version, exit codes and error messages, and --stats counts that
# agree with grep on the committed fixtures.
set -u
: "${FIXTURES:?}"
. "$(dirname "$0")/testlib.sh"

m2=$FIXTURES/go1.19/04_slice_growth/m2.log

# --help and --version
expect 0 "$el" --help
has "$tmp/out" "Usage: escapelint"
has "$tmp/out" "--dump-records"
expect 0 "$el" --version
has "$tmp/out" "^escapelint [0-9][0-9.]*$"

# usage errors: exit 2 with a message on stderr and nothing on stdout
expect 2 "$el" --all </dev/null
has "$tmp/err" "no Go compiler diagnostics in the input"
expect 2 "$el" -f yaml "$m2"
has "$tmp/err" "unknown format 'yaml'"
expect 2 "$el" --color=sometimes "$m2"
has "$tmp/err" "--color takes auto, always or never"
expect 2 "$el" --srcroot="$tmp/nowhere" "$m2"
has "$tmp/err" "--srcroot $tmp/nowhere: No such file or directory"
expect 2 "$el" -f
has "$tmp/err" "option -f needs a value"
expect 2 "$el" --bogus "$m2"
has "$tmp/err" "unknown option --bogus"
expect 2 "$el" --stats --dump-records "$m2"
has "$tmp/err" "cannot be combined"
expect 2 "$el" --stats "$tmp/does-not-exist.log"
has "$tmp/err" "does-not-exist.log: No such file or directory"
expect 2 "$el" --stats "$tmp"
has "$tmp/err" "no logopt files under .*rebuild with -a"  # a directory is logopt output

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

# --- the report -------------------------------------------------------------
qs=$FIXTURES/../../examples/quickstart
(cd "$qs" && "$el" --all --fail-on=never quickstart.m2.log) >"$tmp/out" 2>"$tmp/err"; st=$?
[ "$st" = 0 ] && ok || bad "report on quickstart exited $st"
has "$tmp/out" "^example.com/quickstart$"
has "$tmp/out" "^  NewRequest$"
has "$tmp/out" "^    quickstart.go:19:2: moved to heap: r$"
has "$tmp/out" "&r (address-of) → return &r (return) → ~r0"
has "$tmp/out" "also inlined into main at quickstart.go:49:34"
has "$tmp/out" "^Summary: 9 heap objects (2 moved to heap, 7 escaping allocations); reported: 9 objects in 5 functions of 1 package"
has "$tmp/out" "^4 leaking parameters, 2 functions that cannot be inlined"
# the closure object belongs to the function that creates it
sed -n '/^  Counter$/,/^  main$/p' "$tmp/out" | grep -q 'func literal escapes to heap' && ok || bad "func literal not in Counter"
grep -q "$(printf '\033')" "$tmp/out" && bad "colour codes without a terminal" || ok

(cd "$qs" && "$el" --all --fail-on=never --color=always quickstart.m2.log) >"$tmp/out"
grep -q "$(printf '\033')\[1m" "$tmp/out" && ok || bad "--color=always has no colour"
(cd "$qs" && NO_COLOR=1 "$el" --all --fail-on=never --color=auto quickstart.m2.log) >"$tmp/out"
grep -q "$(printf '\033')" "$tmp/out" && bad "NO_COLOR ignored" || ok

# JSON: one object per line with the documented fields
(cd "$qs" && "$el" --all --fail-on=never -f json quickstart.m2.log) >"$tmp/out" || bad "json report"
python3 - "$tmp/out" <<'PY' && ok || bad "json report fields"
import json, sys
objs = [json.loads(l) for l in open(sys.argv[1])]
need = {"package", "function", "file", "line", "kind", "subject", "chain", "related", "external", "test"}
assert objs and all(need <= set(o) for o in objs), objs
r = [o for o in objs if o["kind"] == "moved" and o["subject"] == "r"][0]
assert r["function"] == "NewRequest" and r["file"] == "quickstart.go" and (r["line"], r["column"]) == (19, 2)
assert r["chain"][0]["flow"] == "~r0 = &r"
assert [n["why"] for n in r["chain"][0]["notes"]] == ["address-of", "return"]
kinds = {o["kind"] for o in objs}
assert kinds == {"moved", "escapes", "leak", "noinline"}, kinds
PY

# -m=1 input: objects without chains, and one hint
(cd "$FIXTURES/go1.19/01_return_addr" && "$el" --all --fail-on=never m1.log) >"$tmp/out" 2>"$tmp/err"; st=$?
[ "$st" = 0 ] && ok || bad "m1 report exited $st"
has "$tmp/out" "moved to heap: t"
has "$tmp/err" "no escape explanations"
[ "$(grep -c 'no escape explanations' "$tmp/err")" = 1 ] && ok || bad "m1 hint not once"

# a package that allocates nothing is clean, not an error (real lines of a log)
grep -E ': (can inline|inlining call to|.* does not escape$)' "$FIXTURES/go1.19/04_slice_growth/m2.log" >"$tmp/clean.log"
expect 0 "$el" "$tmp/clean.log"
has "$tmp/out" "^Summary: 0 heap objects"

# compile errors only: exit 2, and the lines are shown
printf '# example.com/x\n./x.go:3:2: undefined: foo\n' >"$tmp/err.log"
expect 2 "$el" --all --fail-on=never "$tmp/err.log"
has "$tmp/err" "the build failed"
has "$tmp/err" "undefined: foo"

# an allocation inlined into a generated wrapper folds into its method's object
(cd "$FIXTURES/go1.19/21_autogen_alloc" && "$el" --all --fail-on=never m2.log) >"$tmp/out"
has "$tmp/out" "^  Node.Copy$"
has "$tmp/out" "also inlined into <autogenerated wrapper> at <autogenerated>:1"
has "$tmp/out" "^Summary: 2 heap objects"

# raw strings spanning lines: control characters never reach the terminal raw
(cd "$FIXTURES/go1.19/16_raw_strings" && "$el" --all --fail-on=never m2.log) >"$tmp/out"
has "$tmp/out" '`raw\\nstr` escapes to heap'

# --srcroot: paths relative to it; files outside it are external
(cd "$qs" && "$el" --all --fail-on=never --srcroot=.. quickstart.m2.log) >"$tmp/out"
has "$tmp/out" "quickstart/quickstart.go:19:2: moved to heap: r"
(cd "$qs" && "$el" --all --fail-on=never --srcroot="$FIXTURES" quickstart.m2.log) >"$tmp/out"
has "$tmp/out" "^Summary: 9 heap objects (2 moved to heap, 7 escaping allocations)$"
has "$tmp/out" "^Hidden: 9 external objects"

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

# output paths: a symbolic link is written through (the link stays), a
# device or FIFO is written to (never replaced), a directory is refused
touch "$tmp/real.json" && ln -s real.json "$tmp/link.json"
(cd "$qs" && "$el" --fail-on=never -o "$tmp/link.json" quickstart.m2.log) 2>"$tmp/err"
[ -L "$tmp/link.json" ] && ok || bad "-o through a symbolic link replaced the link"
[ -s "$tmp/real.json" ] && ok || bad "-o through a symbolic link did not write its target"
(cd "$qs" && "$el" --fail-on=never -o /dev/null quickstart.m2.log) && [ -c /dev/null ] && ok ||
	bad "-o /dev/null did not write the device"
if mkfifo "$tmp/fifo" 2>/dev/null; then
	wc -l <"$tmp/fifo" >"$tmp/fifo.count" &
	(cd "$qs" && "$el" --fail-on=never -f gcc:"$tmp/fifo" quickstart.m2.log)
	wait
	[ -p "$tmp/fifo" ] && [ "$(cat "$tmp/fifo.count")" -gt 0 ] && ok || bad "a FIFO output was not written to"
fi
expect 2 "$el" --fail-on=never -o "$tmp" "$qs/quickstart.m2.log"
has "$tmp/err" "it is a directory"

# flow lines under no header and no verdict name nothing: no object without a subject
printf '# example.com/x\n./x.go:3:4:   flow: {heap} = &x:\n./x.go:3:4:     from x (spill) at ./x.go:3:4\n' >"$tmp/orphan.log"
expect 0 "$el" --all -f json --fail-on=note "$tmp/orphan.log"
[ -s "$tmp/out" ] && bad "an object from flow lines alone: $(cat "$tmp/out")" || ok
# after an input error, no summary on standard output (it would count a part)
expect 2 "$el" "$m2" "$tmp/does-not-exist.log"
has "$tmp/err" "does-not-exist.log: No such file or directory"
grep -q '^Summary:' "$tmp/out" && bad "a summary after an input error" || ok
# a write error on standard output names its own cause
if [ -w /dev/full ]; then
	expect 2 sh -c '"$0" "$1" >/dev/full' "$el" "$m2"
	has "$tmp/err" "error writing standard output: No space left on device"
fi

# a package built twice (its test variant): inlined copies reported once
cd "$FIXTURES/gomod/variant" || exit 99
expect 0 "$el" --fail-on=never -f gcc go1.26.test.m2.log
[ "$(cut -d: -f1-3 "$tmp/out" | tr '\n' ' ')" = "lib/lib.go:5:26 app/main.go:5:22 " ] && ok ||
	bad "variant build: $(cat "$tmp/out")"
expect 0 "$el" --fail-on=never -f gcc --tests go1.26.test.m2.log
[ "$(grep -c . "$tmp/out")" = 3 ] && has "$tmp/out" '^lib/lib_test.go:5:33:' || bad "--tests: $(cat "$tmp/out")"
cd "$tmp" || exit 99

finish
