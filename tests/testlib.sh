# testlib.sh -- helpers of the shell tests (sourced): a temporary directory,
# pass/fail counting and the summary line.
: "${ESCAPELINT:?}"
el=$ESCAPELINT
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
pass=0 failn=0

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
# finish: the summary line and the exit status
finish() {
	echo "$pass passed, $failn failed"
	[ "$failn" = 0 ]
}
