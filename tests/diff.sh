#!/bin/sh
# diff.sh -- baselines, escapelint diff and escapelint go --new-from-rev on
# a real Go module in a real git repository, with the real go and git:
# a baseline hides today's findings; a commit that adds an escape fails
# again and the diff reports exactly that one; a commit that only moves
# lines keeps every fingerprint; a callee that starts keeping its
# parameter makes the unchanged caller's object an added finding; the
# temporary worktree never stays behind.  Skipped (77) without go or git.
. "$SRCDIR/tests/testlib.sh"
for c in go git; do
	command -v $c >/dev/null 2>&1 || { echo "SKIP: no $c on PATH"; exit 77; }
done
export GOTOOLCHAIN=local GOFLAGS=-mod=mod GOWORK=off TMPDIR="$tmp"
[ -n "$(go env GOCACHE 2>/dev/null)" ] || export GOCACHE="$tmp/gocache"
export GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@example.com GIT_COMMITTER_NAME=t \
	GIT_COMMITTER_EMAIL=t@example.com GIT_CONFIG_NOSYSTEM=1 HOME="$tmp"

# changes FILE: the "change rule file:line" lines of a JSON report, sorted
changes() {
	python3 -c '
import json, sys
for line in open(sys.argv[1]):
    o = json.loads(line)
    print("%s %s %s:%d" % (o.get("change", "-"), o["rule"], o["file"], o["line"]))
' "$1" | sort
}
commit() { git add -A && git commit -qm "$1" || exit 99; }
worktrees() { git worktree list | wc -l | tr -d ' '; }

mkdir -p "$tmp/repo/store" && cd "$tmp/repo" || exit 99
git init -q
printf 'module example.com/repo\n\ngo 1.22\n' >go.mod
cat >store/store.go <<'GO'
package store

var sink *int

// Keep stores the address of a local: it is moved to the heap.
func Keep(v int) {
	x := v
	sink = &x
}

func peek(p *int) int { return *p }

// Peek passes the address of a local to peek, which does not keep it.
func Peek(v int) int {
	c := v
	return peek(&c)
}
GO
commit one

# --- baselines -------------------------------------------------------------------
expect 1 "$el" go
expect 0 "$el" go --write-baseline=escapelint-baseline.json
has "$tmp/err" 'wrote 1 findings to the baseline escapelint-baseline.json'
has escapelint-baseline.json '"go": "go'
has escapelint-baseline.json '"rule": "global-store", "level": "warning", "package": "example.com/repo/store", "file": "store/store.go", "function": "Keep", "subject": "x"'
if grep -q '"line"' escapelint-baseline.json; then bad "the baseline records line numbers"; else ok; fi
# a baseline that cannot be written replaces no output file
expect 2 "$el" go --write-baseline="$tmp/no/such/dir/b.json" -f sarif:"$tmp/wb.sarif"
[ -e "$tmp/wb.sarif" ] && bad "an output was written although the baseline was not" || ok
expect 0 "$el" go --baseline=escapelint-baseline.json
has "$tmp/out" '^Baselined: 1 findings in the baseline'
# the config file's baseline
printf '{ "baseline": "escapelint-baseline.json" }\n' >.escapelint.json
expect 0 "$el" go
expect 1 "$el" go --no-config
commit baseline

# --- a commit that only moves lines: every fingerprint stays -------------------------
sed -i 's|^// Keep stores|// Something above.\n//\n// Keep stores|' store/store.go
commit shift
expect 0 "$el" go
expect 0 "$el" go --new-from-rev=HEAD~1
has "$tmp/out" '^Changes: +0 heap allocations, -0 (findings: 0 added, 0 removed, 0 changed rule or level, 1 unchanged)'
[ "$(worktrees)" = 1 ] && ok || bad "a worktree stayed behind: $(git worktree list)"

# --- a commit that adds an escape ---------------------------------------------------
cat >store/box.go <<'GO'
package store

// Box keeps the address of a local in a package variable: it is moved to the heap.
func Box(v int) {
	b := v
	last = &b
}

var last *int
GO
commit box
expect 1 "$el" go -f gcc
has "$tmp/out" '^store/box.go:5:2: warning: .*\[global-store\]'
if grep -q 'store.go' "$tmp/out"; then bad "the baselined finding came back"; else ok; fi
"$el" go --fail-on=never --new-from-rev=HEAD~1 -f json >"$tmp/new.json"
changes "$tmp/new.json" >"$tmp/c"
same "$tmp/c" 'added global-store store/box.go:5'
expect 1 "$el" go --new-from-rev=HEAD~1
# escapelint diff on two logs gives the same
git stash -q 2>/dev/null; git checkout -q HEAD~1
go build -gcflags=-m=2 -o /dev/null ./... 2>"$tmp/base.log"
git checkout -q -
go build -gcflags=-m=2 -o /dev/null ./... 2>"$tmp/head.log"
(cd "$tmp/repo" && "$el" diff --fail-on=never -f json "$tmp/base.log" "$tmp/head.log") >"$tmp/d.json"
changes "$tmp/d.json" >"$tmp/c"
same "$tmp/c" 'added global-store store/box.go:5'
expect 1 "$el" diff "$tmp/base.log" "$tmp/head.log"
has "$tmp/out" '^Changes: +1 heap allocations, -0'
expect 0 "$el" diff "$tmp/head.log" "$tmp/head.log"
# removed: the other way round; nothing added, so the gate passes
expect 0 "$el" diff -f json "$tmp/head.log" "$tmp/base.log"
changes "$tmp/out" >"$tmp/c"
same "$tmp/c" 'removed global-store store/box.go:5'
expect 0 "$el" diff -f sarif "$tmp/head.log" "$tmp/base.log"
python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["runs"][0]["results"]; sys.exit(len(r) != 0)' \
	"$tmp/out" && ok || bad "SARIF of a diff carries removed findings"
# the markdown comment
expect 1 "$el" diff -f markdown "$tmp/base.log" "$tmp/head.log"
has "$tmp/out" '^\*\*+1 heap allocation, −0\*\*'

# --- a callee that starts keeping its parameter: the caller's object is added --------
sed -i 's|func peek(p \*int) int { return \*p }|func peek(p *int) int { sink = p; return *p }|' store/store.go
"$el" go --fail-on=never --new-from-rev=HEAD -f json >"$tmp/callee.json"
changes "$tmp/callee.json" >"$tmp/c"
same "$tmp/c" 'added global-store store/store.go:17'
has "$tmp/callee.json" '"function":"Peek"'
git checkout -q store/store.go

# --- matching details ------------------------------------------------------------
# a suppression the head drops: the finding is added
mkdir -p "$tmp/sb/s" "$tmp/sh/s"
printf 'module example.com/s\n\ngo 1.22\n' >"$tmp/sb/go.mod"
cp "$tmp/sb/go.mod" "$tmp/sh/go.mod"
cat >"$tmp/sb/s/s.go" <<'GO'
package s

var sink *int

// Keep keeps x.
func Keep(v int) {
	x := v //escapelint:ignore global-store kept on purpose
	sink = &x
}
GO
sed 's| //escapelint:ignore global-store kept on purpose||' "$tmp/sb/s/s.go" >"$tmp/sh/s/s.go"
(cd "$tmp/sb" && go build -gcflags=-m=2 -o /dev/null ./... 2>"$tmp/sb.log")
(cd "$tmp/sh" && go build -gcflags=-m=2 -o /dev/null ./... 2>"$tmp/sh.log")
(cd "$tmp/sh" && "$el" diff --fail-on=never -f json --base-srcroot="$tmp/sb" "$tmp/sb.log" "$tmp/sh.log") >"$tmp/sd.json"
changes "$tmp/sd.json" >"$tmp/c"
same "$tmp/c" 'added global-store s/s.go:7'
# two objects of one kind and subject in a function, the first changes
# rule: the second stays unchanged (its fingerprint is renumbered)
mkdir -p "$tmp/tb/t" "$tmp/th/t"
printf 'module example.com/t\n\ngo 1.22\n' >"$tmp/tb/go.mod"
cp "$tmp/tb/go.mod" "$tmp/th/go.mod"
cat >"$tmp/tb/t/t.go" <<'GO'
package t

var a, b *[2]int

// Two keeps two arrays named p.
func Two(x int) {
	{
		p := [2]int{x, x}
		a = &p
	}
	{
		p := [2]int{x, 1}
		b = &p
	}
}
GO
cat >"$tmp/th/t/t.go" <<'GO'
package t

var a, b *[2]int

var ch = make(chan *[2]int, 1)

// Two keeps two arrays named p.
func Two(x int) {
	{
		p := [2]int{x, x}
		ch <- &p
	}
	{
		p := [2]int{x, 1}
		b = &p
	}
}
GO
(cd "$tmp/tb" && go build -gcflags=-m=2 -o /dev/null ./... 2>"$tmp/tb.log")
(cd "$tmp/th" && go build -gcflags=-m=2 -o /dev/null ./... 2>"$tmp/th.log")
(cd "$tmp/th" && "$el" diff --fail-on=never -f json --base-srcroot="$tmp/tb" "$tmp/tb.log" "$tmp/th.log") >"$tmp/td.json"
changes "$tmp/td.json" >"$tmp/c"
same "$tmp/c" 'changed channel-send t/t.go:10'
(cd "$tmp/th" && "$el" diff --fail-on=never --base-srcroot="$tmp/tb" "$tmp/tb.log" "$tmp/th.log") >"$tmp/td.txt"
has "$tmp/td.txt" '1 changed rule or level, 1 unchanged'

# --- failures: the worktree is removed ---------------------------------------------
expect 2 "$el" go --new-from-rev=no-such-revision
has "$tmp/err" 'git worktree add no-such-revision failed'
[ "$(worktrees)" = 1 ] && ok || bad "a worktree stayed behind after a bad revision"
printf 'package store\n\nfunc Broken() int { return undefinedName }\n' >store/broken.go
commit broken
git rm -q store/broken.go && commit fixed
expect 3 "$el" go --new-from-rev=HEAD~1
has "$tmp/err" 'note: that was the build of HEAD~1 (--new-from-rev)'
[ "$(worktrees)" = 1 ] && ok || bad "a worktree stayed behind after a failed build"
ls "$tmp" | grep -q '^escapelint-rev' && bad "a temporary directory stayed behind" || ok
# interrupted while REV builds (a go that hangs): the worktree goes too
cat >"$tmp/slowgo" <<'SH'
#!/bin/sh
case "$1" in
build|test) echo "# example.com/slow" >&2; exec sleep 60 ;;
*) exec go "$@" ;;
esac
SH
chmod +x "$tmp/slowgo"
"$el" go --no-config --go="$tmp/slowgo" --new-from-rev=HEAD >"$tmp/int.out" 2>&1 &
pid=$!
n=0
while [ "$(worktrees)" = 1 ] && [ $n -lt 100 ]; do sleep 0.1; n=$((n + 1)); done
[ "$(worktrees)" = 2 ] && ok || bad "the worktree for REV did not appear"
kill -INT $pid
wait $pid
st=$?
[ "$st" = 130 ] && ok || bad "interrupted escapelint go exited $st, want 130 (SIGINT)"
[ "$(worktrees)" = 1 ] && ok || bad "a worktree stayed behind after SIGINT: $(git worktree list)"
ls "$tmp" | grep -q '^escapelint-rev' && bad "a temporary directory stayed behind after SIGINT" || ok
# outside a git repository
mkdir "$tmp/nogit" && cp -R "$tmp/repo/store" "$tmp/repo/go.mod" "$tmp/nogit/" &&
	rm -rf "$tmp/nogit/.git" && cd "$tmp/nogit" && GIT_CEILING_DIRECTORIES="$tmp" expect 2 "$el" go --new-from-rev=HEAD
has "$tmp/err" 'needs a git repository'
cd "$tmp/repo" || exit 99

# --- baseline entries that are gone ------------------------------------------------
sed -i 's|sink = &x|_ = x|' store/store.go
expect 1 "$el" go --baseline=escapelint-baseline.json
has "$tmp/out" 'box.go:5:2: moved to heap: b'
has "$tmp/err" '1 baselined findings are gone: run --write-baseline to prune'
git checkout -q store/store.go

# --- markdown appends to the job summary ----------------------------------------------
printf 'earlier step\n' >"$tmp/summary.md"
GITHUB_STEP_SUMMARY=$tmp/summary.md expect 1 "$el" go --no-config -f markdown:"$tmp/summary.md"
has "$tmp/summary.md" '^earlier step$'
has "$tmp/summary.md" '^## escapelint$'
# the same file however it is spelled; nothing is appended after an error
printf 'earlier step\n' >"$tmp/summary2.md"
GITHUB_STEP_SUMMARY=$tmp/summary2.md expect 1 "$el" go --no-config -f markdown:"$tmp/./summary2.md"
has "$tmp/summary2.md" '^earlier step$'
printf 'kept\n' >"$tmp/third.md"
expect 2 "$el" --no-config --append -f markdown:"$tmp/third.md" "$tmp/head.log" "$tmp/no-such.log"
same "$tmp/third.md" 'kept'
printf 'kept\n' >"$tmp/other.md"
expect 1 "$el" go --no-config --append -f markdown:"$tmp/other.md"
has "$tmp/other.md" '^kept$'
expect 1 "$el" go --no-config -f markdown:"$tmp/other.md"
if grep -q '^kept$' "$tmp/other.md"; then bad "markdown without --append kept the old content"; else ok; fi

finish
