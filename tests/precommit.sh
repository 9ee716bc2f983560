#!/bin/sh
# precommit.sh -- escapelint's pre-commit hooks (.pre-commit-hooks.yaml)
# with the real pre-commit client (Debian's) on a real Go module in a
# temporary git repository: a staged change that adds a heap escape fails
# the hook, a clean one passes.  Skipped (77) without pre-commit, git or go.
. "$SRCDIR/tests/testlib.sh"
for c in pre-commit git go; do
	command -v $c >/dev/null 2>&1 || { echo "SKIP: no $c on PATH"; exit 77; }
done
export GOTOOLCHAIN=local GOFLAGS=-mod=mod GOWORK=off PRE_COMMIT_HOME="$tmp/pc"
[ -n "$(go env GOCACHE 2>/dev/null)" ] || export GOCACHE="$tmp/gocache"
export GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@example.com GIT_COMMITTER_NAME=t \
	GIT_COMMITTER_EMAIL=t@example.com GIT_CONFIG_NOSYSTEM=1 HOME="$tmp"

# escapelint on PATH, as the hooks (language: system) expect
mkdir "$tmp/bin"
printf '#!/bin/sh\nexec "%s" "$@"\n' "$el" >"$tmp/bin/escapelint"
chmod +x "$tmp/bin/escapelint"
PATH=$tmp/bin:$PATH

# the hook repository: this repository's manifest, committed
mkdir "$tmp/hooks" && cp "$SRCDIR/.pre-commit-hooks.yaml" "$tmp/hooks/" &&
	(cd "$tmp/hooks" && git init -q && git add . && git commit -qm hooks) || exit 99

# a Go repository with a clean package
mkdir -p "$tmp/repo/calc" && cd "$tmp/repo" || exit 99
git init -q
printf 'module example.com/repo\n\ngo 1.22\n' >go.mod
cat >calc/calc.go <<'GO'
package calc

// Add does not allocate.
func Add(a, b int) int { return a + b }
GO
git add . && git commit -qm clean || exit 99

try() { pre-commit try-repo "$tmp/hooks" "$@"; }

# a clean staged change passes
cat >calc/mul.go <<'GO'
package calc

// Mul does not allocate.
func Mul(a, b int) int { return a * b }
GO
git add calc/mul.go
expect 0 try escapelint-changed
has "$tmp/out" 'Passed'
expect 0 try escapelint
git commit -qm mul

# a staged change that adds a heap escape fails both hooks
cat >calc/box.go <<'GO'
package calc

// Box keeps the address of a local in a package variable: it is moved to the heap.
func Box(v int) {
	b := v
	last = &b
}

var last *int
GO
git add calc/box.go
expect 1 try escapelint-changed
has "$tmp/out" 'Failed'
has "$tmp/out" 'calc/box.go:5:2: warning: .*\[global-store\]'
expect 1 try escapelint
has "$tmp/out" 'calc/box.go:5:2: warning'

# a suppression with a reason lets it through
sed -i 's|b := v|b := v //escapelint:ignore global-store callers keep the pointer|' calc/box.go
git add calc/box.go
expect 0 try escapelint-changed

finish
