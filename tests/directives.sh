#!/bin/sh
# directives.sh -- //escapelint: directives on piped logs: the committed
# Go 1.26 output of tests/fixtures/gomod/directives (regen.sh) at -m=2
# gives every finding escapelint go gives (tests/go.sh), and at -m the
# assertions that need -m=2 are unchecked warnings.
. "$SRCDIR/tests/testlib.sh"
dir=$FIXTURES/gomod/directives

# findings LOG ARGS...: "file:line rule [suppressed]" lines, sorted, in $tmp/f
findings() {
	log=$1; shift
	(cd "$dir" && "$el" -f json --fail-on=never -v "$@" "$log") >"$tmp/f.json" 2>"$tmp/f.err"
	json_findings "$tmp/f.json" >"$tmp/f"
}

findings go1.26.m2.log
same "$tmp/f" 'absent_plan9.go:3 unchecked-assertion
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

# -m output: no `cannot inline` lines, so inline and absent functions are
# unchecked; noalloc and noescape are still checked; unused suppressions
# are not reported (the rules that need chains cannot fire; the source
# still says newPoint returns what it makes)
findings go1.26.m1.log
grep -v 'package-init\|unclassified' "$tmp/f" >"$tmp/f2"
same "$tmp/f2" 'absent_plan9.go:3 unchecked-assertion
directives.go:14 returned-object
directives.go:21 noalloc-violation
directives.go:29 noalloc-violation
directives.go:46 unchecked-assertion
directives.go:56 noescape-violation
directives.go:66 bad-directive
directives.go:69 bad-directive
directives.go:72 bad-directive'
has "$tmp/f.json" 'the input is -m output'

# exit statuses: errors fail at every --fail-on but never; suppressed
# findings never do
cd "$dir" || exit 99
expect 1 "$el" --fail-on=error go1.26.m2.log
has "$tmp/out" '^Suppressed: 2 findings silenced by //escapelint:ignore'
expect 0 "$el" --fail-on=never go1.26.m2.log
# only the directives' rules give errors here
expect 0 "$el" --fail-on=error --disable=noalloc-violation,noescape-violation,inline-violation,bad-directive,unchecked-assertion go1.26.m2.log
# the message names the function, the directive's line and the object
"$el" --fail-on=never -f gcc go1.26.m2.log >"$tmp/gcc"
has "$tmp/gcc" '^directives.go:29:17: error: Inlined is marked //escapelint:noalloc (line 27), but &point{...} is allocated on the heap here \[noalloc-violation\]'
has "$tmp/gcc" "^directives.go:69:12: error: no rule named 'no-such-rule'"
# without the sources there are no directives (and nothing to say)
cp "$dir/go1.26.m2.log" "$tmp/m2.log"
(cd "$tmp" && "$el" -f gcc --fail-on=never m2.log) >"$tmp/nosrc"
if grep -q 'escapelint:' "$tmp/nosrc"; then bad "directives read without sources"; else ok; fi

finish
