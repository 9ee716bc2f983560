#!/bin/sh
# stdlib.sh -- parse the whole Go 1.19 standard library log (-m=2, 220 MB)
# and check: nothing unrecognized, and each record count equals `grep -c`
# of its message form.  Skipped (exit 77) when ../shared is absent.
set -u
log="${SHARED:-../shared}/bench/std-go1.19.m2.log.xz"
if [ ! -f "$log" ]; then
	echo "SKIP: $log not found (the shared data sits beside the repository)"
	exit 77
fi
XZ=${XZ:-xz}
: "${ESCAPELINT:?}"
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
"$XZ" -dc "$log" > "$tmp/std.log" || { echo "FAIL: cannot decompress $log"; exit 1; }
"$ESCAPELINT" --stats "$tmp/std.log" > "$tmp/stats" || { echo "FAIL: escapelint exited $?"; exit 1; }
cat "$tmp/stats"

fail=0
stat() { sed -n "s/^$1: //p" "$tmp/stats"; }
# compare NAME (a --stats line) with the grep count of an extended regex
same() {
	want=$(grep -cE -- "$2" "$tmp/std.log")
	got=$(stat "$1")
	if [ "$got" = "$want" ]; then
		echo "ok   $1: $got = grep -cE '$2'"
	else
		echo "FAIL $1: $got, but grep -cE '$2' counts $want"; fail=1
	fi
}
pos='^([A-Za-z]:[\\/])?[^:]*:[0-9]+(:[0-9]+)?:'
same lines '.*'
same package '^# '
same unrecognized 'match nothing^'
same note "$pos     from .* \\(.*\\) at "
same flow "$pos   flow: "
same truncated "$pos   warning: truncated explanation"
same escape_header "$pos .* escapes to heap:$"
same leak_header "$pos parameter .* leaks to .* with derefs=-?[0-9]+:$"
same escapes "$pos .* escapes to heap$"
same no_escape "$pos .* does not escape$"
same moved_to_heap "$pos moved to heap: "
same leak "$pos leaking param: [^ ]+$"
same leak_content "$pos leaking param content: "
same leak_result "$pos leaking param: .* to result .* level=[0-9]+$"
same can_inline "$pos can inline "
same cannot_inline "$pos cannot inline [^ ]+: "
same inline_call "$pos inlining call to "
same devirtualize "$pos devirtualizing "
same capture "$pos .* capturing by (value|ref): "
same self_assign "$pos .* ignoring self-assignment in "
same uintptr "$pos (assuming .* is unsafe uintptr|marking .* as escaping (\\.\\.\\.)?uintptr)$"
same bounds "$pos index bounds check elided$"
records=$(stat records); lines=$(stat lines)
if [ "$records" != "$lines" ]; then
	echo "FAIL records ($records) != lines ($lines): this log has no multi-line records"; fail=1
fi
[ "$fail" = 0 ] && echo "PASS: standard library log fully recognized"

# Attribution: every heap object except package-level initialisers is in a
# function.  Needs the Go 1.19 sources the log was built from (function
# ends are read from them); Debian's golang-1.19-go and golang-1.19-src.
goroot=/usr/lib/go-1.19/src
if [ -f "$goroot/runtime/proc.go" ] && command -v python3 >/dev/null 2>&1; then
	"$ESCAPELINT" -f json --all --tests --fail-on=never --srcroot="$goroot" --include-external "$tmp/std.log" >"$tmp/std.json" ||
		{ echo "FAIL: report on the standard library exited $?"; exit 1; }
	python3 - "$tmp/std.json" "$goroot" <<'PY' || fail=1
import json, sys
objs = [json.loads(l) for l in open(sys.argv[1])]
root = sys.argv[2] + "/"
heap = [o for o in objs if o["kind"] in ("moved", "escapes")]
src = {}
def top_level(path, line):
    """Is line outside every func of the file?  (Package-level code.)"""
    if path not in src:
        src[path] = open(root + path, encoding="utf-8", errors="replace").read().split("\n")
    lines = src[path]
    for i in range(line - 1, -1, -1):
        s = lines[i]
        if s.startswith("func "):
            return False
        if i < line - 1 and (s.startswith("}") or s.startswith(")")):
            return True
        if s.startswith(("var ", "var(", "const", "type ")):
            return True
    return True
nofunc = [o for o in heap if not o["function"]]
wrong = [o for o in nofunc if not top_level(o["file"], o["line"])]
print("attribution: %d heap objects, %d in functions (%.2f%%), %d package-level initialisers"
      % (len(heap), len(heap) - len(nofunc), 100.0 * (len(heap) - len(nofunc)) / len(heap), len(nofunc)))
for o in wrong[:10]:
    print("FAIL not attributed: %s:%d %s" % (o["file"], o["line"], o["subject"]))
# and the other way round: package-level code after a method is not
# given to it (a method is declared at its receiver's '(': io.go:506:6)
misplaced = [o for o in heap if o["file"] == "io/io.go" and o["line"] in (518, 519)
             and o["function"]]
for o in misplaced:
    print("FAIL package-level object given to %s: %s:%d %s" % (o["function"], o["file"], o["line"], o["subject"]))
if not [o for o in heap if o["file"] == "io/io.go" and o["line"] == 519]:
    print("FAIL io/io.go:519 errOffset not reported"); misplaced = [1]
sys.exit(1 if wrong or misplaced or not heap else 0)
PY
else
	echo "note: $goroot not installed; attribution check skipped"
fi
exit $fail
