#!/bin/sh
# formats.sh -- the output formats end to end: a golden file per format for
# the quick-start example; the SARIF of every example valid against the
# official schema (tests/sarif_check.py) and, when SARIF_MULTITOOL names
# Microsoft's SARIF multitool (CI installs it), with GitHub's rules too;
# the counts of every format agreeing; -f FORMAT:PATH, -o and atomic file
# replacement; workflow-command injection.
set -u
: "${SRCDIR:?}"
. "$(dirname "$0")/testlib.sh"

schema=$SRCDIR/tests/sarif/sarif-schema-2.1.0.json
check=$SRCDIR/tests/sarif_check.py
golden=$SRCDIR/tests/golden
qs=$SRCDIR/examples/quickstart
if ! python3 -c 'import jsonschema' 2>/dev/null; then
	echo "FAIL: python3 has no jsonschema module (Debian: apt-get install python3-jsonschema)"
	exit 1
fi
enc() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$1"; }

# --- golden files: every format on the quick-start example -------------
(
	cd "$qs" || exit 1
	e=$(enc "$PWD")
	for f in text json sarif github gcc markdown; do
		"$el" --color=never -f "$f" quickstart.m2.log 2>/dev/null |
			sed "s|file://$e/|file://@EXAMPLE@/|g" >"$tmp/golden.$f"
	done
)
for f in text json sarif github gcc markdown; do
	if cmp -s "$golden/quickstart.$f" "$tmp/golden.$f"; then ok; else
		bad "-f $f differs from tests/golden/quickstart.$f (tests/golden/regen.sh rewrites it):"
		diff -u "$golden/quickstart.$f" "$tmp/golden.$f" | head -30
	fi
done

# --- SARIF of every example: schema + GitHub's rules ---------------------
mt=${SARIF_MULTITOOL:-}
# (and 24_cross_function: the callee, nested objects and values of a call
# as related locations; source/command's Go 1.26 log: appends to one slice)
for log in "$SRCDIR"/examples/*/*.m2.log "$FIXTURES/go1.19/24_cross_function/m2.log" \
	"$FIXTURES/source/command/go1.26.m2.log"; do
	dir=$(dirname "$log")
	name=$(basename "$dir")
	(cd "$dir" && "$el" --all -f "sarif:$tmp/$name.sarif" -f "json:$tmp/$name.json" "$(basename "$log")" 2>/dev/null)
	[ $? -le 1 ] || { bad "$name: escapelint failed"; continue; }
	if python3 "$check" "$schema" "$tmp/$name.sarif" >"$tmp/check.out" 2>&1; then ok; else
		bad "$name: SARIF invalid"; head -20 "$tmp/check.out"
	fi
	if [ -n "$mt" ]; then
		# the multitool exits 0 even when it reports errors: read its output
		"$mt" validate "$tmp/$name.sarif" --rule-kind "Sarif;Gh" >"$tmp/mt.out" 2>&1
		if grep -q ': error ' "$tmp/mt.out"; then
			bad "$name: the SARIF multitool reports errors"; grep ': error ' "$tmp/mt.out" | head
		else ok; fi
	fi
	# one SARIF result per JSON finding (--all: every object is one)
	n_json=$(grep -c . "$tmp/$name.json")
	n_sarif=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["runs"][0]["results"]))' "$tmp/$name.sarif")
	[ "$n_json" = "$n_sarif" ] && ok || bad "$name: $n_sarif SARIF results for $n_json findings"
done
if [ -n "$mt" ]; then echo "multitool: $mt"; else
	echo "note: SARIF_MULTITOOL is not set; GitHub's SARIF rules are checked in CI (.ci/run)"
fi

# the checker itself fails on broken logs (so a pass above means something)
python3 - "$tmp/quickstart.sarif" "$tmp" <<'PY'
import json, sys
log = json.load(open(sys.argv[1]))
def out(name, mutate):
    d = json.loads(json.dumps(log)); mutate(d)
    json.dump(d, open(f"{sys.argv[2]}/bad-{name}.sarif", "w"))
r = lambda d: d["runs"][0]["results"][0]
out("ruleindex", lambda d: r(d).__setitem__("ruleIndex", r(d)["ruleIndex"] + 1))
out("space", lambda d: r(d)["locations"][0]["physicalLocation"]["artifactLocation"].__setitem__("uri", "a b.go"))
out("noresults", lambda d: d["runs"][0].pop("results"))
out("level", lambda d: r(d).__setitem__("level", "critical"))
out("link", lambda d: r(d)["message"].__setitem__("text", "see [there](9)"))
out("schema", lambda d: d.__setitem__("$schema", "https://schemastore.azurewebsites.net/schemas/json/sarif-2.1.0-rtm.5.json"))
PY
for b in ruleindex space noresults level link schema; do
	if python3 "$check" "$schema" "$tmp/bad-$b.sarif" >/dev/null 2>&1; then
		bad "sarif_check.py accepts a log with a broken $b"
	else ok; fi
done

# --- every format counts the same findings -------------------------------
(cd "$qs" && "$el" -f json:"$tmp/q.json" -f gcc:"$tmp/q.gcc" -f sarif:"$tmp/q.sarif" \
	-f markdown:"$tmp/q.md" -f github quickstart.m2.log >"$tmp/q.github" 2>/dev/null)
[ $? = 1 ] && ok || bad "quick start with five formats: want exit 1 (findings)"
n=$(grep -c . "$tmp/q.json")
[ "$n" -gt 0 ] && ok || bad "no findings in the quick start"
[ "$(grep -c . "$tmp/q.gcc")" = "$n" ] && ok || bad "gcc lines != JSON findings"
grep -Evq '^[^:]+:[0-9]+(:[0-9]+)?: (error|warning|note): .+ \[[a-z0-9-]+\]$' "$tmp/q.gcc" &&
	bad "a gcc line does not match file:line:col: level: message [rule]" || ok
has "$tmp/q.md" "^\*\*$n findings\*\*"
warn=$(grep -c '"level":"warning"' "$tmp/q.json")
[ "$(grep -c '^::warning ' "$tmp/q.github")" = "$warn" ] && ok || bad "github warnings != JSON warnings ($warn)"
# the same findings as in a run with one format
(cd "$qs" && "$el" -f json quickstart.m2.log 2>/dev/null) | cmp -s - "$tmp/q.json" && ok ||
	bad "-f json:PATH differs from -f json on stdout"

# --- nothing found: an empty results array, exit 0 ------------------------
all_rules=$("$el" --list-rules | awk 'NR > 1 { printf "%s%s", sep, $2; sep = "," }')
(cd "$qs" && "$el" --disable="$all_rules" -f sarif:"$tmp/clean.sarif" -f markdown:"$tmp/clean.md" \
	-f github quickstart.m2.log >"$tmp/clean.gh" 2>/dev/null)
[ $? = 0 ] && ok || bad "no enabled rule: want exit 0"
python3 "$check" "$schema" "$tmp/clean.sarif" >/dev/null 2>&1 && ok || bad "clean SARIF is invalid"
python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["runs"][0]; sys.exit(r["results"] != [] or len(r["tool"]["driver"]["rules"]) == 0)' \
	"$tmp/clean.sarif" && ok || bad "clean SARIF: results is not [] (or no rules listed)"
[ -s "$tmp/clean.gh" ] && bad "github: output without findings" || ok
has "$tmp/clean.md" "^No findings in the escape analysis of"

# --- -o, -f FORMAT:PATH and atomic replacement -------------------------
cd "$qs" || exit 1
expect 1 "$el" -o "$tmp/o.sarif" quickstart.m2.log
python3 "$check" "$schema" "$tmp/o.sarif" >/dev/null 2>&1 && ok || bad "-o x.sarif is not SARIF"
[ -s "$tmp/out" ] && bad "-o PATH also wrote to stdout" || ok
expect 1 "$el" -o "$tmp/o.md" quickstart.m2.log
has "$tmp/o.md" "^## escapelint"
expect 1 "$el" -f gcc -o "$tmp/o.txt" quickstart.m2.log
cmp -s "$tmp/o.txt" "$tmp/q.gcc" && ok || bad "-f gcc -o PATH is not the gcc format"
expect 2 "$el" -f sarif -f json quickstart.m2.log
has "$tmp/err" "only one format can go to standard output"
expect 2 "$el" -f sarif:"$tmp/x" -f json:"$tmp/x" quickstart.m2.log
has "$tmp/err" "is named by two -f options"
expect 2 "$el" -f sarif -f json -o "$tmp/x" quickstart.m2.log
has "$tmp/err" "use -f FORMAT:PATH for each"
expect 2 "$el" -f xml:"$tmp/x" quickstart.m2.log
has "$tmp/err" "unknown format 'xml'"
expect 2 "$el" -f sarif: quickstart.m2.log
has "$tmp/err" "empty file name"
expect 2 "$el" -f sarif:"$tmp/no/such/dir/x.sarif" quickstart.m2.log
has "$tmp/err" "cannot write $tmp/no/such/dir/x.sarif"

# an input error leaves existing files as they were, and no temporary file
mkdir "$tmp/keep"
echo "previous run" >"$tmp/keep/r.sarif"
expect 2 "$el" -f sarif:"$tmp/keep/r.sarif" quickstart.m2.log "$tmp/missing.log"
has "$tmp/err" "r.sarif not written"
[ "$(cat "$tmp/keep/r.sarif")" = "previous run" ] && ok || bad "an input error replaced the output file"
expect 2 "$el" -f sarif:"$tmp/keep/r.sarif" /dev/null
[ "$(cat "$tmp/keep/r.sarif")" = "previous run" ] && ok || bad "input without diagnostics replaced the output file"
[ "$(ls -A "$tmp/keep")" = "r.sarif" ] && ok || bad "temporary files left: $(ls -A "$tmp/keep")"
# success replaces it, with the umask's permissions
(umask 027 && "$el" -f sarif:"$tmp/keep/r.sarif" quickstart.m2.log >/dev/null 2>&1)
python3 "$check" "$schema" "$tmp/keep/r.sarif" >/dev/null 2>&1 && ok || bad "the output file was not replaced"
[ "$(stat -c %a "$tmp/keep/r.sarif")" = 640 ] && ok || bad "mode $(stat -c %a "$tmp/keep/r.sarif"), want 640 (umask 027)"
[ "$(ls -A "$tmp/keep")" = "r.sarif" ] && ok || bad "temporary files left: $(ls -A "$tmp/keep")"
# a signal while reading removes the temporary file
mkfifo "$tmp/fifo"
"$el" -f sarif:"$tmp/keep/s.sarif" "$tmp/fifo" 2>/dev/null &
pid=$!
exec 3>"$tmp/fifo"
i=0
while [ $i -lt 50 ] && ! ls -A "$tmp/keep" | grep -q '^\.s\.sarif\.'; do sleep 0.1; i=$((i + 1)); done
ls -A "$tmp/keep" | grep -q '^\.s\.sarif\.' && ok || bad "no temporary file while the input is open"
kill -TERM "$pid"
wait "$pid" 2>/dev/null
exec 3>&-
[ "$(ls -A "$tmp/keep")" = "r.sarif" ] && ok || bad "after SIGTERM: $(ls -A "$tmp/keep")"
# a write error on stdout is an error
if [ -w /dev/full ]; then
	"$el" -f sarif quickstart.m2.log >/dev/full 2>"$tmp/err"
	[ $? = 2 ] && ok || bad "a write error on stdout: want exit 2"
	has "$tmp/err" "error writing standard output"
fi

# --- workflow commands cannot be injected --------------------------------
# Hand-written hostile input: a file name with , : and %; a raw string
# literal whose continuation line starts with ::error:: and holds a CR.
printf '# example.com/x\n./a,b:c%%d.go:3:2: moved to heap: x\n./q.go:4:5: `a\n::error::x\r` escapes to heap\n' >"$tmp/hostile.log"
expect 0 "$el" --all -f github "$tmp/hostile.log"
[ "$(grep -c . "$tmp/out")" = 2 ] && ok || bad "hostile input: $(grep -c . "$tmp/out") lines, want 2"
grep -v '^::notice ' "$tmp/out" | grep -q . && bad "a line that is not one of our notices" || ok
has "$tmp/out" '^::notice file=a%2Cb%3Ac%25d.go,line=3,col=2,title='
has "$tmp/out" '::`a%0A::error::x%0D` is built once'
expect 0 "$el" --all -f gcc "$tmp/hostile.log"
[ "$(grep -c . "$tmp/out")" = 2 ] && ok || bad "gcc: hostile input spans more than one line per finding"
has "$tmp/out" 'q.go:4:5: note: `a\\n::error::x\\x0d` is built once'

# more than 10 findings of a type: the first 10, then one notice for the rest
# (every example's log in one input: more than 10 warnings and notes)
cd "$SRCDIR/examples" || exit 1
cat */*.m2.log | "$el" -v -f github -f json:"$tmp/f.json" >"$tmp/f.gh" 2>/dev/null
w=$(grep -c '"level":"warning"' "$tmp/f.json")
nn=$(grep -c '"level":"note"' "$tmp/f.json")
if [ "$w" -gt 10 ] && [ "$nn" -gt 10 ]; then
	[ "$(grep -c '^::warning ' "$tmp/f.gh")" = 10 ] && ok || bad "github: not 10 warnings annotated"
	[ "$(grep -c '^::notice file=' "$tmp/f.gh")" = 9 ] && ok || bad "github: not 9 notes besides the closing notice"
	has "$tmp/f.gh" "^::notice title=escapelint::$((w - 10 + nn - 9)) more findings are not shown as annotations (0 errors, $((w - 10)) warnings, $((nn - 9)) notes)"
	[ "$(tail -n 1 "$tmp/f.gh" | cut -c1-26)" = "::notice title=escapelint:" ] && ok || bad "the closing notice is not last"
	grep -n '^::' "$tmp/f.gh" | awk -F'[: ]' '{print $4}' | uniq | tr '\n' ' ' | grep -qx 'warning notice ' && ok ||
		bad "github: warnings do not all come before notices"
else
	bad "all examples together have $w warnings and $nn notes; the cap test needs more than 10 of each"
fi

finish
