# testlib.sh -- helpers of the shell tests (sourced): a temporary directory,
# pass/fail counting and the summary line.
: "${ESCAPELINT:?}"
el=$ESCAPELINT
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
pass=0 failn=0
# python3 as the interpreter itself, resolved once and put first in PATH:
# a version manager's shim (pyenv) is a shell script that costs a third of
# a second per call, and these tests call python3 hundreds of times
# (not a virtual environment's: its python3 finds its packages only by the
# path it is called by)
if py=$(python3 -c 'import sys; print(sys.executable if sys.prefix == sys.base_prefix else "")' 2>/dev/null) &&
	[ -n "$py" ] && [ -x "$py" ] &&
	mkdir "$tmp/.bin" && ln -s "$py" "$tmp/.bin/python3"; then
	PATH=$tmp/.bin:$PATH
fi

ok() { pass=$((pass + 1)); }
bad() { failn=$((failn + 1)); echo "FAIL: $*"; }
# expect STATUS CMD...: run CMD and check its exit status; output in $tmp/out, $tmp/err
expect() {
	want=$1; shift
	"$@" >"$tmp/out" 2>"$tmp/err"; got=$?
	if [ "$got" = "$want" ]; then ok; else bad "$* exited $got, want $want"; head -20 "$tmp/out" "$tmp/err"; fi
}
# has FILE PATTERN: FILE has a line matching PATTERN (grep)
has() { if grep -q -- "$2" "$1"; then ok; else bad "$1 lacks '$2'"; sed 's/^/  | /' "$1" | head -20; fi; }
# same FILE TEXT: FILE holds exactly TEXT (and a newline)
same() {
	printf '%s\n' "$2" >"$tmp/want"
	if cmp -s "$1" "$tmp/want"; then ok; else bad "$1 differs:"; diff "$tmp/want" "$1" | head -20; fi
}
# json_findings JSON: escapelint's JSON findings as sorted lines
# "file:line rule", with " suppressed" for the suppressed ones
json_findings() {
	python3 -c '
import json, sys
for line in open(sys.argv[1]):
    o = json.loads(line)
    print("%s:%d %s%s" % (o["file"], o["line"], o["rule"], " suppressed" if "suppressed" in o else ""))
' "$1" | sort
}
# finish: the summary line and the exit status
finish() {
	echo "$pass passed, $failn failed"
	[ "$failn" = 0 ]
}
