#!/bin/sh
# go.sh -- `escapelint go` with the real go on the modules of
# tests/fixtures/gomod (copied to a temporary directory): exit statuses,
# a failed build, --tests and --tags, paths from the module root, the
# config file, filters, suppressions and allocation assertions.
# Skipped (77) when there is no go.
. "$SRCDIR/tests/testlib.sh"
GO=${GO:-go}
command -v "$GO" >/dev/null 2>&1 || { echo "SKIP: no go on PATH"; exit 77; }
export GOTOOLCHAIN=local GOFLAGS=-mod=mod GOWORK=off
[ -n "$(go env GOCACHE 2>/dev/null)" ] || export GOCACHE="$tmp/gocache"
cp -R "$FIXTURES/gomod" "$tmp/m"
chmod -R u+w "$tmp/m"
m=$tmp/m

# findings DIR ARGS...: `escapelint go -f json ARGS` in DIR as
# "file:line rule [suppressed]" lines, sorted, in $tmp/f
findings() {
	d=$1; shift
	(cd "$d" && "$el" go -f json --fail-on=never "$@") >"$tmp/f.json" 2>"$tmp/f.err"
	json_findings "$tmp/f.json" >"$tmp/f"
}

# --- exit statuses ---------------------------------------------------------
cd "$m/escape" || exit 99
expect 1 "$el" go -f gcc
has "$tmp/out" '^escape.go:5:2: warning: .*\[global-store\]'
expect 0 "$el" go --fail-on=never
cd "$m/clean" && expect 0 "$el" go
cd "$m/broken" && expect 3 "$el" go
has "$tmp/err" 'undefined: undefinedName'
has "$tmp/err" 'escapelint: go build failed (exit status 1)'
# go is missing
cd "$m/escape" && expect 2 "$el" go --go="$tmp/no/such/go"
has "$tmp/err" "cannot run $tmp/no/such/go"
cd "$m/escape" && GO=no-such-go-command expect 2 "$el" go
has "$tmp/err" 'no-such-go-command: command not found on PATH'
# outside a module
mkdir "$tmp/nomod" && cd "$tmp/nomod" && GO111MODULE=on expect 2 "$el" go
has "$tmp/err" 'not inside a Go module'
# logs-only options are refused
cd "$m/escape" && expect 2 "$el" go --stats
expect 2 "$el" --tags=x /dev/null
has "$tmp/err" 'is an option of escapelint go'
expect 2 "$el" go -- -race
has "$tmp/err" 'go flags go through --go-flag=FLAG'

# --- --tests, --tags, --go-flag, file operands --------------------------------
cd "$m/withtests" && expect 0 "$el" go
expect 1 "$el" go --tests -f gcc
has "$tmp/out" '^lib_test.go:8:2: '
# an assertion in an external test package (package withtests_test) is
# checked in that package's build, not called absent from the other's
if grep -q 'unchecked-assertion' "$tmp/out"; then bad "external test package: $(cat "$tmp/out")"; else ok; fi
cd "$m/escape" && findings . --tags=special
same "$tmp/f" 'escape.go:5 global-store
tagged.go:7 global-store'
findings . --go-flag=-tags=special
same "$tmp/f" 'escape.go:5 global-store
tagged.go:7 global-store'
findings .
same "$tmp/f" 'escape.go:5 global-store'

# --- directives ----------------------------------------------------------------
want_directives='absent_plan9.go:3 unchecked-assertion
directives.go:14 returned-object
directives.go:21 noalloc-violation
directives.go:29 noalloc-violation
directives.go:47 closure-capture
directives.go:47 inline-violation
directives.go:49 closure-capture
directives.go:56 noescape-violation
directives.go:64 global-store suppressed
directives.go:66 bad-directive
directives.go:67 interface-boxing
directives.go:68 global-store
directives.go:68 unused-suppression
directives.go:69 bad-directive
directives.go:72 bad-directive
inner/fileignore.go:8 global-store suppressed'
findings "$m/directives" -v
same "$tmp/f" "$want_directives"
# a suppression naming a rule that is switched off cannot tell whether it
# is used; one in a file the build leaves out (absent_plan9.go) is never
# called unused
findings "$m/directives" -v --disable=closure-capture
if grep -q 'directives.go:68 unused-suppression' "$tmp/f"; then bad "a suppression of a disabled rule is called unused"; else ok; fi
# paths stay relative to the module root from a subdirectory, and a file
# operand names its package
findings "$m/directives/inner" -v ./...
same "$tmp/f" 'inner/fileignore.go:8 global-store suppressed'
findings "$m/directives" -v inner/fileignore.go
same "$tmp/f" 'inner/fileignore.go:8 global-store suppressed'
# many staged files of a few packages (more than the 64 a list may hold)
ops=$(i=0; while [ $i -lt 80 ]; do printf ' inner/fileignore.go'; i=$((i + 1)); done)
findings "$m/directives" -v $ops directives.go
has "$tmp/f" 'inner/fileignore.go:8 global-store suppressed'
# generated code is external
findings "$m/directives" --include-external ./inner
same "$tmp/f" 'inner/fileignore.go:8 global-store suppressed
inner/gen.go:8 global-store'
# the text report counts suppressed findings and hides them
cd "$m/directives" && expect 1 "$el" go
has "$tmp/out" '^Suppressed: 2 findings silenced by //escapelint:ignore'
has "$tmp/out" 'error: Leaky is marked //escapelint:noalloc (line 19), but p is allocated on the heap here \[noalloc-violation\]'
has "$tmp/out" 'error: Inlined is marked //escapelint:noalloc (line 27), but &point{...} is allocated'
has "$tmp/out" 'the compiler cannot inline Deferring: unhandled op DEFER \[inline-violation\]'
# SARIF: in-source suppressions with their justification
expect 1 "$el" go -f sarif
python3 - "$tmp/out" <<'PY' && ok || bad "SARIF suppressions"
import json, sys
run = json.load(open(sys.argv[1]))["runs"][0]
sup = [r for r in run["results"] if "suppressions" in r]
assert len(sup) == 2, sup
assert {s["suppressions"][0]["justification"] for s in sup} == {
    "the cache keeps one point per call", "this package's sinks are test scaffolding"}
assert all(s["suppressions"][0]["kind"] == "inSource" for s in sup)
PY
# suppressed findings never fail the run
cd "$m/directives/inner" && expect 0 "$el" go .

# --- filters --------------------------------------------------------------------
findings "$m/directives" --exclude='directives.go' --exclude='absent_*'
same "$tmp/f" 'inner/fileignore.go:8 global-store suppressed'
findings "$m/directives" --include='inner/**'
same "$tmp/f" 'inner/fileignore.go:8 global-store suppressed'
findings "$m/directives" --packages='example.com/directives/...' --exclude='*.go'
if [ -s "$tmp/f" ]; then bad "--exclude='*.go' left: $(cat "$tmp/f")"; else ok; fi
findings "$m/directives" --packages='example.com/directives/inner'
same "$tmp/f" 'inner/fileignore.go:8 global-store suppressed'

# --- the config file ----------------------------------------------------------------
cd "$m/escape" || exit 99
cat >.escapelint.json <<'EOF'
{
  // this module's escapes are accepted
  "fail-on": "never",
  "rules": { "global-store": "error" }
}
EOF
expect 0 "$el" go -f gcc
has "$tmp/out" 'escape.go:5:2: error: .*\[global-store\]'
expect 1 "$el" go --fail-on=error
expect 1 "$el" go --no-config
expect 0 "$el" go --print-config
has "$tmp/out" '"fail-on": "never"'
has "$tmp/out" '"global-store": "error"'
printf '{\n  "fail-on": "never",\n  "min_level": "note"\n}\n' >.escapelint.json
expect 2 "$el" go
has "$tmp/err" '\.escapelint\.json:3:3: unknown key "min_level"'
expect 2 "$el" go --config="$m/escape/../clean/go.mod"
has "$tmp/err" 'go.mod:1:1'
rm .escapelint.json

# --- the build cache replays the compiler's output --------------------------------
cd "$m/escape" && "$el" go --fail-on=never >"$tmp/first" 2>&1 && "$el" go --fail-on=never >"$tmp/second" 2>&1
if cmp -s "$tmp/first" "$tmp/second"; then ok; else bad "a cached build reports differently"; fi

# --- the Go release, -json, the language version, a profile --------------------
minor=$("$GO" env GOVERSION | sed -n 's/^go1\.\([0-9]*\).*/\1/p')
printf '#!/bin/sh\nprintf "%%s\\n" "$*" >>"%s/goargs"\nexec "%s" "$@"\n' "$tmp" "$(command -v "$GO")" >"$tmp/gowrap"
chmod +x "$tmp/gowrap"
cd "$m/escape" && expect 1 "$el" go --go="$tmp/gowrap"
has "$tmp/out" "^Assumed: Go $("$GO" env GOVERSION | sed 's/^go//') (from go env GOVERSION); module language go 1.22 (go.mod); no profile-guided optimisation seen"
if [ "$minor" -ge 24 ]; then
	has "$tmp/goargs" '^build -json -trimpath -gcflags=-m=2 -o /dev/null \./\.\.\.$'
	# compile errors come in build-output events, go's own on its stderr
	cd "$m/broken" && expect 3 "$el" go
	has "$tmp/err" 'undefined: undefinedName'
else
	has "$tmp/goargs" '^build -trimpath -gcflags=-m=2'
fi
cd "$m/escape" && expect 1 "$el" go --go-version=1.21
has "$tmp/out" '^Assumed: Go 1.21 (from --go-version)'
expect 2 "$el" go --go-version=1.x
has "$tmp/err" 'go-version=1.x: give the Go release'
# a default.pgo (a real CPU profile) makes the build profile-guided (Go >= 1.21)
mkdir "$tmp/pgo" && cd "$tmp/pgo" && cat >go.mod <<'EOF2'
module example.com/pgo

go 1.21
EOF2
cat >main.go <<'EOF2'
package main

import (
	"os"
	"runtime/pprof"
	"time"
)

var sink []byte

func main() {
	f, err := os.Create(os.Args[1])
	if err != nil {
		panic(err)
	}
	pprof.StartCPUProfile(f)
	for t := time.Now(); time.Since(t) < 300*time.Millisecond; {
		sink = make([]byte, len(os.Args[1])+len(sink)%7)
	}
	pprof.StopCPUProfile()
	f.Close()
}
EOF2
if "$GO" run . "$tmp/pgo/default.pgo" 2>"$tmp/pgo.err" && [ "$minor" -ge 21 ]; then
	expect 1 "$el" go
	has "$tmp/out" 'profile-guided build (default.pgo, used by go build for the main package there)'
	expect 1 "$el" go --go-flag=-pgo=off
	has "$tmp/out" 'no profile-guided optimisation seen'
else
	bad "could not write a CPU profile: $(cat "$tmp/pgo.err")"
fi

# --- no line of a file outside the module reaches a report ----------------------
# (the code under build controls the paths: a //line directive naming any
# file, a symbolic link in the tree)
mkdir -p "$tmp/outside" "$tmp/leak" && cd "$tmp/leak" || exit 99
printf 'SECRET-LINE-1 x\n' >"$tmp/outside/secret.txt"
printf 'package leak\n\n// SECRET-LINE-2\nfunc G(x int) { sink = x }\n' >"$tmp/outside/linked.go"
ln -s "$tmp/outside/linked.go" evil.go
printf 'module example.com/leak\n\ngo 1.21\n' >go.mod
printf 'package leak\n\nvar sink any\n\n//line %s:1\nfunc F(x int) { sink = x }\n' "$tmp/outside/secret.txt" >leak.go
for f in text github markdown sarif json; do
	expect 1 "$el" go --include-external -f "$f"
	grep -q 'SECRET-LINE' "$tmp/out" && bad "-f $f shows a line of a file outside the module" || ok
done
has "$tmp/out" '"file":"evil.go"'  # the linked file's object is reported, without its lines
expect 1 "$el" go --include-external -f text
has "$tmp/out" 'secret.txt:1'

finish
