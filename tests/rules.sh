#!/bin/sh
# rules.sh -- the rule set as users meet it: every rule's embedded tests
# pass (built in and from rules/), the built-in set is exactly rules/*.json,
# every example under examples/ yields its rule's finding and no other
# warning, --list-rules/--explain/--enable/--disable/--fail-on behave, and
# bad rule files are reported as file:line:col with exit status 2.
set -u
: "${SRCDIR:?}"
. "$(dirname "$0")/testlib.sh"

# the embedded tests of every rule, built in and from the rule files
expect 0 "$el" --test-rules
has "$tmp/out" "^[1-9][0-9]* passed, 0 failed$"
expect 0 "$el" --no-default-rules --test-rules="$SRCDIR/rules"
has "$tmp/out" "^[1-9][0-9]* passed, 0 failed$"

# the built-in set is the rule files, one each
nfiles=$(ls "$SRCDIR"/rules/EL*.json | wc -l)
expect 0 "$el" --list-rules
[ "$(($(wc -l <"$tmp/out") - 1))" = "$nfiles" ] && ok || bad "--list-rules lists $(($(wc -l <"$tmp/out") - 1)) rules, rules/ has $nfiles"
for f in "$SRCDIR"/rules/EL*.json; do
	id=$(basename "$f" | cut -d- -f1)
	name=$(basename "$f" .json | cut -d- -f2-)
	grep -q "^$id  *$name " "$tmp/out" && ok || bad "$f is not built in as $id $name"
done

# --explain, by name and id
expect 0 "$el" --explain=return-local-address
has "$tmp/out" "^EL102 return-local-address (note, priority 80)"
has "$tmp/out" "## How to fix"
expect 0 "$el" --explain=EL102
expect 2 "$el" --explain=no-such-rule
has "$tmp/err" "no rule named 'no-such-rule'"

# every example yields its rule, and no warning from another rule but those
# its expected-also file lists with a reason
for d in "$SRCDIR"/examples/*/; do
	name=$(basename "$d")
	[ -f "$d/$name.m2.log" ] || continue
	[ "$name" = quickstart ] && continue
	(cd "$d" && "$el" -f json -v --fail-on=never "$name.m2.log") >"$tmp/ex.json" 2>"$tmp/err" ||
		{ bad "example $name: exit $?"; continue; }
	python3 - "$tmp/ex.json" "$name" "$d/expected-also" <<'PY' && ok || bad "example $name"
import json, os, sys
rule = sys.argv[2]
# expected-also: "RULE SUBJECT  # why" lines for other warnings the example
# legitimately has (a closure started with go in an inlining example, ...)
allowed = set()
if os.path.exists(sys.argv[3]):
    for line in open(sys.argv[3]):
        line = line.split("#", 1)[0].strip()
        if line:
            r, subj = line.split(None, 1)
            allowed.add((r, subj.strip()))
found = [json.loads(l) for l in open(sys.argv[1])]
mine = [f for f in found if f["rule"] == rule]
other = [f for f in found if f["rule"] != rule and f["level"] in ("warning", "error")
         and (f["rule"], f["subject"]) not in allowed]
if not mine:
    print("  no finding of %s; found: %s" % (rule, sorted({f["rule"] for f in found})))
for f in other:
    print("  unexpected %s %s at %s:%d (%s)" % (f["level"], f["rule"], f["file"], f["line"], f["subject"]))
sys.exit(0 if mine and not other else 1)
PY
done

# --fail-on and exit statuses (quickstart has warnings)
qs=$SRCDIR/examples/quickstart
(cd "$qs" && "$el" quickstart.m2.log >/dev/null 2>&1); st=$?
[ "$st" = 1 ] && ok || bad "warnings with the default --fail-on exited $st, want 1"
(cd "$qs" && "$el" --fail-on=never quickstart.m2.log >/dev/null 2>&1); st=$?
[ "$st" = 0 ] && ok || bad "--fail-on=never exited $st"
(cd "$qs" && "$el" --fail-on=error quickstart.m2.log >/dev/null 2>&1); st=$?
[ "$st" = 0 ] && ok || bad "--fail-on=error with warnings only exited $st"
expect 2 "$el" --fail-on=sometimes "$qs/quickstart.m2.log"
has "$tmp/err" "--fail-on takes note, warning, error or never"

# --disable removes a rule's findings; unknown names are errors
(cd "$qs" && "$el" -v -f json --fail-on=never quickstart.m2.log) >"$tmp/a.json"
(cd "$qs" && "$el" -v -f json --fail-on=never --disable=return-local-address quickstart.m2.log) >"$tmp/b.json"
grep -q '"rule":"return-local-address"' "$tmp/a.json" && ok || bad "quickstart lacks return-local-address"
grep -q '"rule":"return-local-address"' "$tmp/b.json" && bad "--disable did not remove the rule" || ok
expect 2 "$el" --disable=nope "$qs/quickstart.m2.log"
has "$tmp/err" "--disable: no rule named 'nope'"
expect 2 "$el" --no-default-rules "$qs/quickstart.m2.log"
has "$tmp/err" "no rules"
(cd "$qs" && "$el" --no-default-rules --all --fail-on=note quickstart.m2.log) >"$tmp/out"; st=$?
[ "$st" = 1 ] && ok || bad "--all unclassified notes with --fail-on=note exited $st"
has "$tmp/out" "\[unclassified\]"

# PCRE2's JIT and its interpreter (ESCAPELINT_NO_JIT) find the same
for d in "$SRCDIR"/examples/*/; do
	n=$(basename "$d")
	(cd "$d" && "$el" -f json --all --fail-on=never "$n.m2.log") >"$tmp/jit.json" 2>/dev/null
	(cd "$d" && ESCAPELINT_NO_JIT=1 "$el" -f json --all --fail-on=never "$n.m2.log") >"$tmp/nojit.json" 2>/dev/null
	cmp -s "$tmp/jit.json" "$tmp/nojit.json" && ok || bad "$n: JIT and interpreter disagree"
done

# bad rule files: file:line:col and exit 2
printf '{\n  "id": "EL900",\n  oops\n}\n' >"$tmp/EL900-bad.json"
expect 2 "$el" --rules="$tmp/EL900-bad.json" --list-rules
has "$tmp/err" "EL900-bad.json:3:[0-9]*: invalid JSON"
sed -e 's/"EL102"/"EL901"/' -e 's/"return-local-address"/"bad-regex"/' -e 's/"\^address-of\$"/"^(address-of$"/' \
	"$SRCDIR/rules/EL102-return-local-address.json" >"$tmp/EL901.json"
expect 2 "$el" --rules="$tmp/EL901.json" --list-rules
has "$tmp/err" "EL901.json:[0-9]*:[0-9]*: bad regex in match.steps: why: missing closing parenthesis"
sed -e 's/"EL102"/"EL902"/' -e 's/"return-local-address"/"bad-var"/' -e 's/the address of ${subject},/the address of ${nope},/' \
	"$SRCDIR/rules/EL102-return-local-address.json" >"$tmp/EL902.json"
expect 2 "$el" --rules="$tmp/EL902.json" --list-rules
has "$tmp/err" 'EL902.json:[0-9]*:[0-9]*: "message": unknown variable ${nope}'
sed -e 's/"EL102"/"EL903"/' -e 's/"return-local-address"/"typo"/' -e 's/"priority"/"prority"/' \
	"$SRCDIR/rules/EL102-return-local-address.json" >"$tmp/EL903.json"
expect 2 "$el" --rules="$tmp/EL903.json" --list-rules
has "$tmp/err" 'unknown member "prority" in the rule'
# numbers out of range are errors, not undefined casts
sed -e 's/"EL119"/"EL905"/' -e 's/"large-value-boxing"/"huge-size"/' -e 's/"min": 9/"min": 1e300/' \
	"$SRCDIR/rules/EL119-large-value-boxing.json" >"$tmp/EL905.json"
expect 2 "$el" --rules="$tmp/EL905.json" --list-rules
has "$tmp/err" 'EL905.json:[0-9]*:[0-9]*: match.size: min and max are whole numbers from 0 to 2^40'
sed -e 's/"EL121"/"EL906"/' -e 's/"inline-budget"/"huge-budget"/' -e 's/"max": [0-9]*/"max": 1e300/' \
	"$SRCDIR/rules/EL121-inline-budget.json" >"$tmp/EL906.json"
expect 2 "$el" --rules="$tmp/EL906.json" --list-rules
has "$tmp/err" 'EL906.json:[0-9]*:[0-9]*: match.over_budget: min and max are whole numbers'
# one_of takes match objects, not nested one_of
sed -e 's/"EL128"/"EL907"/' -e 's/"package-init"/"bad-one-of"/' -e 's/"one_of": \[/"one_of": [{"one_of": [{}]},/' \
	"$SRCDIR/rules/EL128-package-init.json" >"$tmp/EL907.json"
expect 2 "$el" --rules="$tmp/EL907.json" --list-rules
has "$tmp/err" 'EL907.json:[0-9]*:[0-9]*: match.one_of cannot be nested'
# an alternative of one_of says its own message: EL149's moved and escapes
# cases of 24_cross_function (Handle's u is moved, New's &Store{...} escapes)
python3 - "$SRCDIR/rules/EL149-returned-object.json" "$tmp/EL911.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
d.update(id="EL911", name="alt-messages", level="warning", priority=1000)
d["match"]["one_of"][0]["message"] = "moved: ${subject}"
for alt in d["match"]["one_of"][1:]:
    alt["message"] = "escapes: ${subject}"
    alt["fix"] = "fix of escapes"
t = json.load(open(sys.argv[1]))["tests"]
d["tests"] = t
json.dump(d, open(sys.argv[2], "w"))
PY
(cd "$FIXTURES/go1.19/24_cross_function" && "$el" --no-default-rules --rules="$tmp/EL911.json" -f json --fail-on=never m2.log) >"$tmp/alt.json"
grep -q '"subject":"&Store{...}".*"message":"escapes: &Store{...}","fix":"fix of escapes"' "$tmp/alt.json" && ok || bad "one_of alternative message (escapes)"
grep -q '"message":"moved: ' "$tmp/alt.json" && bad "a moved object took another alternative's message" || ok
sed -e 's/"EL102"/"EL912"/' -e 's/"return-local-address"/"bad-alt"/' -e 's/"kind": "moved",/"kind": "moved", "one_of": [{"message": "${nope}"}],/' \
	"$SRCDIR/rules/EL102-return-local-address.json" >"$tmp/EL912.json"
expect 2 "$el" --rules="$tmp/EL912.json" --list-rules
has "$tmp/err" 'EL912.json.*"one_of message": unknown variable \${nope}'
# an alternative's message_values: checked when loaded, and the message of
# a group of values for one call (24_cross_function's status, written and
# dur for log.Printf) when that alternative holds; the rule's otherwise
sed -e 's/"EL102"/"EL913"/' -e 's/"return-local-address"/"bad-alt-values"/' -e 's/"kind": "moved",/"kind": "moved", "one_of": [{"message_values": "${nope}"}],/' \
	"$SRCDIR/rules/EL102-return-local-address.json" >"$tmp/EL913.json"
expect 2 "$el" --rules="$tmp/EL913.json" --list-rules
has "$tmp/err" 'EL913.json.*"one_of message_values": unknown variable \${nope}'
python3 - "$SRCDIR/rules/EL101-interface-boxing.json" "$tmp/EL914.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
d.update(id="EL914", name="alt-values", priority=1000)
d["match"] = {"kind": "escapes", "one_of": [{"function": "^logRequest$", "message_values": "alt: ${nvalues} for ${callee}: ${values}"}, {"function": "."}]}
d["message_values"] = "rule: ${nvalues}"
json.dump(d, open(sys.argv[2], "w"))
PY
(cd "$FIXTURES/go1.19/24_cross_function" && "$el" --no-default-rules --rules="$tmp/EL914.json" -f json --fail-on=never m2.log) >"$tmp/altv.json"
grep -q '"subject":"status".*"message":"alt: 3 for log.Printf: status, written, dur"' "$tmp/altv.json" && ok ||
	bad "one_of alternative message_values"
grep -q '"message":"rule: 2"' "$tmp/altv.json" && ok || bad "the rule's message_values where the alternative has none"
# text after the rule's object (a second object, a stray brace) is an error
{ sed -e 's/"EL102"/"EL908"/' -e 's/"return-local-address"/"trailing"/' \
	"$SRCDIR/rules/EL102-return-local-address.json"; echo '}'; } >"$tmp/EL908.json"
expect 2 "$el" --rules="$tmp/EL908.json" --list-rules
has "$tmp/err" "EL908.json:$(($(wc -l <"$SRCDIR/rules/EL102-return-local-address.json") + 1)):1: text after the rule's JSON object"
# version conditions: Go versions as strings, min not above max
sed -e 's/"EL102"/"EL909"/' -e 's/"return-local-address"/"bad-go"/' -e 's/"kind": "moved",/"kind": "moved", "go": {"min": 25},/' \
	"$SRCDIR/rules/EL102-return-local-address.json" >"$tmp/EL909.json"
expect 2 "$el" --rules="$tmp/EL909.json" --list-rules
has "$tmp/err" 'EL909.json:[0-9]*:[0-9]*: match.go.min must be a Go version such as "1.25"'
sed -e 's/"EL102"/"EL910"/' -e 's/"return-local-address"/"bad-range"/' -e 's/"kind": "moved",/"kind": "moved", "lang": {"min": "1.24", "max": "1.22"},/' \
	"$SRCDIR/rules/EL102-return-local-address.json" >"$tmp/EL910.json"
expect 2 "$el" --rules="$tmp/EL910.json" --list-rules
has "$tmp/err" 'EL910.json:[0-9]*:[0-9]*: match.lang: min is above max'
expect 2 "$el" --rules="$SRCDIR/rules/EL102-return-local-address.json" --list-rules
has "$tmp/err" "already loaded"
expect 2 "$el" --rules="$tmp/missing.json" --list-rules
has "$tmp/err" "No such file or directory"

# a failing embedded test fails --test-rules (exit 1) and says which
sed -e 's/"EL102"/"EL904"/' -e 's/"return-local-address"/"wrong-test"/' -e 's/"kind": "moved"/"kind": "leak"/' \
	"$SRCDIR/rules/EL102-return-local-address.json" >"$tmp/EL904.json"
expect 1 "$el" --no-default-rules --test-rules="$tmp/EL904.json"
has "$tmp/out" "^FAIL wrong-test .* positive test 1: no finding of this rule"
has "$tmp/out" "^1 passed, 1 failed$"

# corpus_lines LIB POS: the package headers and the lines at FILE:LINE:COL:
# POS of a corpus log (real Go 1.26 output)
corpus_lines() {
	python3 -c '
import lzma, sys
for l in lzma.open(sys.argv[1], "rt"):
    if l.startswith("# ") or sys.argv[2] in l:
        sys.stdout.write(l)
' "$SRCDIR/tests/corpus/logs/$1.m2.log.xz" "$2"
}

# the rules as the corpus meets them (Go 1.26 output of prometheus, in the
# corpus logs): the delete idiom append(s[:i], s[i+1:]...) never grows, so it
# is a zero-size-object note and no append-growth warning
corpus_lines prometheus vec.go:375:24: >"$tmp/delete.log"
expect 0 "$el" -f json -v --fail-on=never --include-external "$tmp/delete.log"
has "$tmp/out" '"line":375,.*"rule":"zero-size-object","id":"EL131","level":"note"'
grep -q '"rule":"append-growth"' "$tmp/out" && bad "the delete idiom is an append-growth warning" || ok
# a slice boxed for sort.Sort (yaml's keyList, Go 1.26 output): the fix is
# the generic slices functions, which take the slice itself
corpus_lines yaml encode.go:189:13: >"$tmp/sort.log"
expect 1 "$el" -f json --include-external "$tmp/sort.log"
has "$tmp/out" '"line":189,.*"rule":"interface-boxing".*"message":"[^"]*boxes keys into an interface for `sort.Sort(keys)`.*"fix":"sort with the generic functions of the slices package'
# the address of a local passed to a callee whose parameter escapes
# (compress's sync.Pool.Put(&b), Go 1.26 output): said as a call, with
# the pool's own fix
corpus_lines compress enc_jobs.go:137: >"$tmp/put.log"
expect 1 "$el" -f json --include-external "$tmp/put.log"
has "$tmp/out" '"rule":"address-taken-local".*"message":"b in (\*jobState).putInputBuf is moved to the heap because its address is passed to (\*sync.Pool).Put .*"fix":"[^"]*put back the pointer Get returned'
# three addresses whose working change is not the generic one (Go 1.26
# output of the corpus): a bufio.Writer's writer set to reach its buffer
# (websocket), a pointer stored through typedmemmove (jsoniter's
# textUnmarshalerDecoder), a json.Number read with ReadVal (jsoniter's
# fuzzy decoders)
corpus_lines websocket server.go:357: >"$tmp/bufio.log"
expect 1 "$el" -f json --include-external "$tmp/bufio.log"
has "$tmp/out" '"rule":"address-taken-local".*"message":"wh in bufioWriterBuffer is moved to the heap because its address becomes the writer of a bufio.Writer.*"fix":"[^"]*bw.AvailableBuffer()'
corpus_lines jsoniter reflect_marshaler.go:215: >"$tmp/memmove.log"
expect 1 "$el" -f json --include-external "$tmp/memmove.log"
has "$tmp/out" '"rule":"address-taken-local".*"fix":"[^"]*store it directly, \*(\*unsafe.Pointer)(ptr) = elem'
# (the variable's type, json.Number, comes from the source: the module is
# fetched into the module cache, and the check is left out when it cannot be)
corpus_lines jsoniter fuzzy_decoder.go:203: >"$tmp/number.log"
if jsrc=$(sh "$SRCDIR/tests/corpus/srcdir.sh" jsoniter 2>/dev/null); then
	expect 1 "$el" -f json --srcroot="$jsrc" "$tmp/number.log"
	has "$tmp/out" '"rule":"address-taken-local".*"fix":"read the number with iter.ReadNumber().*"type":"json.Number"'
	expect 1 "$el" -f json --include-external "$tmp/number.log"
	grep -q 'ReadNumber' "$tmp/out" && bad "ReadNumber offered without the variable's type" || ok
else
	echo "rules.sh: jsoniter's source not in reach; its json.Number check left out"
fi
# messages name the source's variables, not the compiler's results (~r0)
(cd "$qs" && "$el" -v -f json --fail-on=never quickstart.m2.log) >"$tmp/qs.json"
has "$tmp/qs.json" '"rule":"return-local-address"'
grep '"rule":"return-local-address"' "$tmp/qs.json" | grep -q '"message":"[^"]*~r[0-9]' && bad "return-local-address names ~r0" || ok

finish
