#!/bin/sh
# action.sh -- the GitHub Action: scripts/github-action.sh (the step of
# action.yml that runs escapelint go) with the Actions environment
# (RUNNER_TEMP, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_WORKSPACE) in a
# temporary directory.  A stand-in escapelint that records its arguments
# checks the command line each input makes, bad inputs, the step outputs
# and the exit status; then the real escapelint and go (skipped without
# go) on a copy of tests/fixtures/gomod/escape check the SARIF, the
# annotations and the job summary.  When ACTION_VALIDATOR names the
# action-validator command (npm @action-validator/cli; CI installs it),
# action.yml and examples/github/escapelint.yml are validated against the
# published schemas for actions and workflows.
. "$SRCDIR/tests/testlib.sh"
script=$SRCDIR/scripts/github-action.sh
unset INPUT_PACKAGES INPUT_FAIL_ON INPUT_MIN_LEVEL INPUT_BASELINE INPUT_NEW_FROM_REV \
	INPUT_SARIF_CATEGORY INPUT_TESTS GITHUB_OUTPUT GITHUB_STEP_SUMMARY GITHUB_WORKSPACE \
	RUNNER_TEMP FAKE_STATUS FAKE_SARIF E

# the workspace (a repository checkout) and the runner's directory
mkdir "$tmp/ws" "$tmp/rt" || exit 99
ws=$(cd "$tmp/ws" && pwd -P)
rt=$tmp/rt

# a stand-in escapelint: its arguments one per line in $tmp/argv, the SARIF
# $FAKE_SARIF copied to the -f sarif:PATH file, exit status $FAKE_STATUS
cat >"$tmp/fake" <<EOF
#!/bin/sh
: >"$tmp/argv"
for a; do printf '%s\n' "\$a" >>"$tmp/argv"; done
for a; do
	case \$a in sarif:*) [ -z "\${FAKE_SARIF:-}" ] || cp "\$FAKE_SARIF" "\${a#sarif:}" ;; esac
done
exit "\${FAKE_STATUS:-0}"
EOF
chmod +x "$tmp/fake"
# three results, one suppressed
cat >"$tmp/three.sarif" <<'EOF'
{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "escapelint"}}, "results": [
 {"ruleId": "EL102", "message": {"text": "a"}},
 {"ruleId": "EL102", "message": {"text": "b"}, "suppressions": []},
 {"ruleId": "EL106", "message": {"text": "c"}, "suppressions": [{"kind": "inSource"}]}]}]}
EOF

# action STATUS [VAR=VALUE]...: run the script in the current directory with
# the inputs (and FAKE_*) VAR=VALUE and the stand-in (or $E), in a fresh
# Actions environment; expect exit STATUS (output in $tmp/out, $tmp/err)
action() {
	want=$1; shift
	rm -rf "$rt" "$tmp/argv" && mkdir "$rt" && : >"$rt/output" && : >"$rt/summary" || exit 99
	expect "$want" env RUNNER_TEMP="$rt" GITHUB_OUTPUT="$rt/output" GITHUB_STEP_SUMMARY="$rt/summary" \
		GITHUB_WORKSPACE="$tmp/ws" ESCAPELINT="${E:-$tmp/fake}" "$@" sh "$script"
}
# lines FILE LINE...: FILE holds exactly these lines
lines() {
	f=$1; shift
	printf '%s\n' "$@" >"$tmp/want"
	if cmp -s "$f" "$tmp/want"; then ok; else bad "$f differs:"; diff "$tmp/want" "$f" | head -20; fi
}
# lacks FILE PATTERN: no line of FILE matches PATTERN
lacks() { if grep -q -- "$2" "$1"; then bad "$1 has '$2'"; grep -- "$2" "$1" | head -5; else ok; fi; }

# --- the command line ---------------------------------------------------------
cd "$tmp/ws" || exit 99
action 0
lines "$tmp/argv" go "--srcroot=$ws" -f "sarif:$rt/escapelint.sarif" -f github \
	-f "markdown:$rt/summary" ./...
# no SARIF written: no sarif-file, no findings
lines "$rt/output" exit-code=0
has "$tmp/out" "^::group::"

# every input; packages are split on blanks and newlines, never globbed
mkdir "$tmp/ws/c" && : >"$tmp/ws/c/c.go" || exit 99
action 0 FAKE_SARIF="$tmp/three.sarif" INPUT_PACKAGES='
	./a/...  ./b
./c/*' INPUT_FAIL_ON=error INPUT_MIN_LEVEL=note INPUT_BASELINE=.escapelint-baseline.json \
	INPUT_NEW_FROM_REV=origin/main INPUT_SARIF_CATEGORY='go/x 1' INPUT_TESTS=true
lines "$tmp/argv" go --fail-on=error --min-level=note --baseline=.escapelint-baseline.json \
	--new-from-rev=origin/main '--sarif-category=go/x 1' --tests "--srcroot=$ws" \
	-f "sarif:$rt/escapelint-go-x-1.sarif" -f github -f "markdown:$rt/summary" ./a/... ./b './c/*'
lines "$rt/output" "sarif-file=$rt/escapelint-go-x-1.sarif" findings=2 exit-code=0
# empty inputs are left to the config file; tests=false adds nothing
action 0 INPUT_PACKAGES=' ' INPUT_FAIL_ON= INPUT_MIN_LEVEL= INPUT_TESTS=false INPUT_SARIF_CATEGORY=
lines "$tmp/argv" go "--srcroot=$ws" -f "sarif:$rt/escapelint.sarif" -f github \
	-f "markdown:$rt/summary" ./...
for l in note warning never; do
	action 0 INPUT_FAIL_ON=$l
	has "$tmp/argv" "^--fail-on=$l\$"
done

# in a subdirectory of the workspace (a module there): paths from the
# workspace; outside it, escapelint's own srcroot
mkdir -p "$tmp/ws/svc" "$tmp/elsewhere"
cd "$tmp/ws/svc" && action 0
has "$tmp/argv" "^--srcroot=$ws\$"
cd "$tmp/elsewhere" && action 0
lacks "$tmp/argv" "^--srcroot"
# outside Actions: no summary, no outputs, SARIF in TMPDIR
mkdir "$tmp/t"
expect 0 env TMPDIR="$tmp/t" ESCAPELINT="$tmp/fake" sh "$script"
lines "$tmp/argv" go -f "sarif:$tmp/t/escapelint.sarif" -f github ./...
cd "$tmp/ws" || exit 99

# --- exit status and outputs ------------------------------------------------------
for s in 1 2 3; do
	action $s FAKE_STATUS=$s FAKE_SARIF="$tmp/three.sarif"
	lines "$rt/output" "sarif-file=$rt/escapelint.sarif" findings=2 exit-code=$s
done
action 3 FAKE_STATUS=3
lines "$rt/output" exit-code=3
# an earlier run's SARIF is not this run's
rm -rf "$rt" && mkdir "$rt" && echo '{}' >"$rt/escapelint.sarif" && : >"$rt/output"
expect 3 env FAKE_STATUS=3 RUNNER_TEMP="$rt" GITHUB_OUTPUT="$rt/output" ESCAPELINT="$tmp/fake" sh "$script"
lines "$rt/output" exit-code=3
if [ -e "$rt/escapelint.sarif" ]; then bad "a stale SARIF file was left"; else ok; fi
# escapelint missing
E=$tmp/no/such/escapelint
action 2
unset E
has "$tmp/out" "^::error title=escapelint action::cannot run $tmp/no/such/escapelint"
lines "$rt/output" exit-code=2

# --- bad inputs: an error annotation, exit 2, escapelint not run --------------------
bad_input() {
	msg=$1; shift
	action 2 "$@"
	has "$tmp/out" "^::error title=escapelint action::$msg"
	lines "$rt/output" exit-code=2
	if [ -e "$tmp/argv" ]; then bad "escapelint ran for $*"; else ok; fi
}
bad_input "input fail-on is 'warn'; it must be one of: note warning error never" INPUT_FAIL_ON=warn
bad_input "input fail-on is 'Warning'" INPUT_FAIL_ON=Warning
bad_input "input min-level is 'never'; it must be one of: note warning error" INPUT_MIN_LEVEL=never
bad_input "input tests is 'yes'; it must be one of: true false" INPUT_TESTS=yes
bad_input "input packages: '-race' is not a package" INPUT_PACKAGES='./... -race'
bad_input "input new-from-rev is '--output=x'" INPUT_NEW_FROM_REV=--output=x
bad_input "inputs baseline, new-from-rev and sarif-category are one line each" INPUT_BASELINE='a
b'
# a value cannot inject a workflow command: CR, LF and % are escaped
bad_input "input fail-on is 'x%0A::warning::injected%0D%25'" INPUT_FAIL_ON="x
::warning::injected$(printf '\r')%"
lacks "$tmp/out" "^::warning"

# --- the real escapelint and go ------------------------------------------------------
if ! command -v go >/dev/null 2>&1; then
	echo "note: no go on PATH: the action's script was not run with the real escapelint"
else
	export GOTOOLCHAIN=local GOFLAGS=-mod=mod GOWORK=off
	[ -n "$(go env GOCACHE 2>/dev/null)" ] || export GOCACHE="$tmp/gocache"
	E=$el
	# sarif_results FILE N: FILE is JSON, its one run has N results, the
	# first (if any) at URI
	sarif_results() {
		python3 - "$@" <<'PY' && ok || bad "SARIF $1: not $2 results${3:+ at $3}"
import json, sys
runs = json.load(open(sys.argv[1], encoding="utf-8"))["runs"]
assert len(runs) == 1, len(runs)
results = runs[0]["results"]
assert len(results) == int(sys.argv[2]), len(results)
if len(sys.argv) > 3:
    uri = results[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == sys.argv[3], uri
PY
	}
	rm -rf "$tmp/ws" && cp -R "$FIXTURES/gomod/escape" "$tmp/ws" && chmod -R u+w "$tmp/ws"
	cd "$tmp/ws" || exit 99
	action 1
	has "$tmp/out" '^::warning file=escape.go,line=5,col=2,title=escapelint%3A global-store (EL106)::'
	has "$rt/summary" '^## escapelint'
	has "$rt/summary" 'global-store'
	lines "$rt/output" "sarif-file=$rt/escapelint.sarif" findings=1 exit-code=1
	sarif_results "$rt/escapelint.sarif" 1 escape.go
	action 0 INPUT_FAIL_ON=never
	lines "$rt/output" "sarif-file=$rt/escapelint.sarif" findings=1 exit-code=0
	# hidden findings still fail the run, and are not in the SARIF
	action 1 INPUT_MIN_LEVEL=error
	lines "$rt/output" "sarif-file=$rt/escapelint.sarif" findings=0 exit-code=1
	lacks "$tmp/out" '^::warning file='
	action 0 INPUT_PACKAGES=./... INPUT_FAIL_ON=error INPUT_TESTS=true INPUT_SARIF_CATEGORY=esc
	sarif_results "$rt/escapelint-esc.sarif" 1 escape.go
	# a failed build: status 3, no SARIF
	action 3 INPUT_PACKAGES=./nosuchdir
	lines "$rt/output" exit-code=3
	# the module in a subdirectory: paths from the repository root
	rm -rf "$tmp/ws" && mkdir "$tmp/ws" && cp -R "$FIXTURES/gomod/escape" "$tmp/ws/svc" && chmod -R u+w "$tmp/ws"
	cd "$tmp/ws/svc" || exit 99
	action 1
	has "$tmp/out" '^::warning file=svc/escape.go,line=5,col=2,'
	sarif_results "$rt/escapelint.sarif" 1 svc/escape.go

	help=$("$el" go --help 2>&1)
	# the job summary: escapelint appends to it (other steps' summaries stay)
	case $help in
	*GITHUB_STEP_SUMMARY*)
		rm -rf "$rt" && mkdir "$rt" && echo '# earlier' >"$rt/summary"
		expect 1 env RUNNER_TEMP="$rt" GITHUB_STEP_SUMMARY="$rt/summary" ESCAPELINT="$el" sh "$script"
		has "$rt/summary" '^# earlier$'
		has "$rt/summary" '^## escapelint'
		;;
	*) echo "note: escapelint go --help does not say it appends to \$GITHUB_STEP_SUMMARY: not checked" ;;
	esac
	# a baseline that records the finding
	case $help in
	*--write-baseline=*)
		"$el" go --write-baseline="$tmp/baseline.json" >/dev/null 2>&1
		action 0 INPUT_BASELINE="$tmp/baseline.json"
		lines "$rt/output" "sarif-file=$rt/escapelint.sarif" findings=0 exit-code=0
		action 2 INPUT_BASELINE="$tmp/no-such-baseline.json"
		;;
	*) echo "note: escapelint go --help lists no --write-baseline: the baseline input not run" ;;
	esac
	# new-from-rev: the escape is added by the last commit
	case $help in
	*--new-from-rev=*)
		if command -v git >/dev/null 2>&1; then
			export GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@example.com GIT_COMMITTER_NAME=t \
				GIT_COMMITTER_EMAIL=t@example.com GIT_CONFIG_NOSYSTEM=1 HOME="$tmp"
			cd "$tmp/ws" && git init -q && cp svc/escape.go "$tmp/escape.go" &&
				printf 'package escape\n\n// Counter returns a copy.\nfunc Counter(start int) int {\n\tn := start\n\treturn n\n}\n' >svc/escape.go &&
				git add . && git commit -qm clean && cp "$tmp/escape.go" svc/escape.go &&
				git commit -qam escape && cd svc || exit 99
			action 1 INPUT_NEW_FROM_REV=HEAD~1
			lines "$rt/output" "sarif-file=$rt/escapelint.sarif" findings=1 exit-code=1
			has "$tmp/out" '^::warning file=svc/escape.go,line=5,'
			action 0 INPUT_NEW_FROM_REV=HEAD
			lines "$rt/output" "sarif-file=$rt/escapelint.sarif" findings=0 exit-code=0
			action 2 INPUT_NEW_FROM_REV=no-such-rev
		else
			echo "note: no git on PATH: the new-from-rev input not run"
		fi
		;;
	*) echo "note: escapelint go --help lists no --new-from-rev: the new-from-rev input not run" ;;
	esac
fi

# --- action.yml and the example workflow against the published schemas ----------------
if [ -n "${ACTION_VALIDATOR:-}" ] && [ -x "$ACTION_VALIDATOR" ]; then
	for f in action.yml examples/github/escapelint.yml; do
		expect 0 "$ACTION_VALIDATOR" "$SRCDIR/$f"
	done
	# (it does reject a broken one)
	mkdir "$tmp/bad" && sed 's/using: composite/using: compost/' "$SRCDIR/action.yml" >"$tmp/bad/action.yml"
	expect 1 "$ACTION_VALIDATOR" "$tmp/bad/action.yml"
else
	echo "note: ACTION_VALIDATOR is not set: action.yml and examples/github/escapelint.yml are validated in CI (.ci/run)"
fi
# what the action passes to the script is what the script reads
python3 - "$SRCDIR/action.yml" "$script" <<'PY' && ok || bad "action.yml and scripts/github-action.sh disagree"
import re, sys
action, script = open(sys.argv[1]).read(), open(sys.argv[2]).read()
inputs = re.findall(r"^  ([a-z-]+):\n    description:", action.split("\noutputs:")[0], re.M)
passed = dict(re.findall(r"^        (INPUT_[A-Z_]+): \$\{\{ inputs\.([a-z-]+) \}\}$", action, re.M))
read = set(re.findall(r"\$\{(INPUT_[A-Z_]+):-", script))
for name in inputs:
    if name == "working-directory":
        continue
    var = "INPUT_" + name.upper().replace("-", "_")
    assert passed.get(var) == name, (var, passed)
    assert var in read, var
assert set(passed) == read, (set(passed), read)
outputs = re.findall(r"steps\.run\.outputs\.([a-z-]+)", action)
for o in outputs:
    assert "output %s " % o in script, o
PY

finish
