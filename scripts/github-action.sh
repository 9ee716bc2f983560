#!/bin/sh
# github-action.sh -- the step of escapelint's GitHub Action (action.yml)
# that runs `escapelint go`: builds its command line from the action's
# inputs, passed as INPUT_* environment variables (a composite action sets
# none itself), runs it in the current directory and records the results.
#
#   INPUT_PACKAGES      whitespace-separated packages (default ./...)
#   INPUT_FAIL_ON       note|warning|error|never  (empty: the config file's,
#   INPUT_MIN_LEVEL     note|warning|error         else escapelint's default)
#   INPUT_BASELINE      --baseline=FILE
#   INPUT_NEW_FROM_REV  --new-from-rev=REV
#   INPUT_SARIF_CATEGORY --sarif-category=NAME
#   INPUT_TESTS         true|false (--tests)
#
# Writes SARIF to $RUNNER_TEMP/escapelint.sarif (escapelint-CATEGORY.sarif
# with a category, so two runs in one job keep two files), workflow
# commands (annotations) to standard output and a markdown summary to
# $GITHUB_STEP_SUMMARY; appends sarif-file (when the SARIF was written),
# findings (its results that are not suppressed) and exit-code to
# $GITHUB_OUTPUT.  Paths are shown from $GITHUB_WORKSPACE (what annotations
# and code scanning expect) when the current directory is inside it.
#
# ESCAPELINT overrides the command (default: escapelint on PATH).
# Exit status: escapelint's (0 clean, 1 findings at or above --fail-on,
# 2 usage or I/O error, 3 the Go build failed); 2 for a bad input.
set -u

# output NAME VALUE: a step output (nothing outside Actions)
output() {
	if [ -n "${GITHUB_OUTPUT:-}" ]; then printf '%s=%s\n' "$1" "$2" >>"$GITHUB_OUTPUT"; fi
}

# input_error MESSAGE: report a bad input as an error annotation (%, CR and
# LF escaped, so a value cannot start a workflow command) and exit 2
input_error() {
	printf '%s' "$1" | awk '{ gsub(/%/, "%25"); gsub(/\r/, "%0D")
		printf "%s%s", NR == 1 ? "::error title=escapelint action::" : "%0A", $0 }
		END { print "" }'
	output exit-code 2
	exit 2
}

# one_of NAME VALUE CHOICES...: VALUE is empty or one of CHOICES
one_of() {
	name=$1 value=$2
	shift 2
	[ -z "$value" ] && return 0
	for c in "$@"; do [ "$value" = "$c" ] && return 0; done
	input_error "input $name is '$value'; it must be one of: $*"
}

fail_on=${INPUT_FAIL_ON:-}
min_level=${INPUT_MIN_LEVEL:-}
tests=${INPUT_TESTS:-false}
baseline=${INPUT_BASELINE:-}
rev=${INPUT_NEW_FROM_REV:-}
category=${INPUT_SARIF_CATEGORY:-}
packages=${INPUT_PACKAGES:-}
one_of fail-on "$fail_on" note warning error never
one_of min-level "$min_level" note warning error
one_of tests "$tests" true false
case $rev in -*) input_error "input new-from-rev is '$rev': a git revision cannot start with '-'" ;; esac
for v in "$baseline" "$rev" "$category"; do
	case $v in *'
'*) input_error "inputs baseline, new-from-rev and sarif-category are one line each" ;; esac
done

tmpdir=${RUNNER_TEMP:-${TMPDIR:-/tmp}}
case $category in
'') sarif=$tmpdir/escapelint.sarif ;;
*) sarif=$tmpdir/escapelint-$(printf '%s' "$category" | tr -c 'A-Za-z0-9._-' '-').sarif ;;
esac
# never leave an earlier run's file to be uploaded as this one's
rm -f "$sarif"

# the command line, built in "$@"
set -f # packages are patterns for go, not for the shell
set -- go
[ -n "$fail_on" ] && set -- "$@" "--fail-on=$fail_on"
[ -n "$min_level" ] && set -- "$@" "--min-level=$min_level"
[ -n "$baseline" ] && set -- "$@" "--baseline=$baseline"
[ -n "$rev" ] && set -- "$@" "--new-from-rev=$rev"
[ -n "$category" ] && set -- "$@" "--sarif-category=$category"
[ "$tests" = true ] && set -- "$@" --tests
if [ -n "${GITHUB_WORKSPACE:-}" ] && ws=$(cd "$GITHUB_WORKSPACE" 2>/dev/null && pwd -P); then
	case $(pwd -P)/ in "$ws"/*) set -- "$@" "--srcroot=$ws" ;; esac
fi
set -- "$@" -f "sarif:$sarif" -f github
[ -n "${GITHUB_STEP_SUMMARY:-}" ] && set -- "$@" -f "markdown:$GITHUB_STEP_SUMMARY"
n=0
for p in $packages; do
	case $p in -*) input_error "input packages: '$p' is not a package (options go in .escapelint.json)" ;; esac
	set -- "$@" "$p"
	n=$((n + 1))
done
[ "$n" = 0 ] && set -- "$@" ./...
set +f

el=${ESCAPELINT:-escapelint}
printf '%s\n' "::group::escapelint's command line" "$el $*" "::endgroup::"
"$el" "$@"
status=$?
case $status in
126 | 127)
	printf '::error title=escapelint action::cannot run %s (exit status %s)\n' "$el" "$status"
	status=2
	;;
esac

if [ -f "$sarif" ]; then
	output sarif-file "$sarif"
	count=$(python3 - "$sarif" 2>/dev/null <<'PY'
import json, sys
runs = json.load(open(sys.argv[1], encoding="utf-8"))["runs"]
print(sum(1 for run in runs for r in run.get("results", []) if not r.get("suppressions")))
PY
) || count=$(jq '[.runs[].results[] | select((.suppressions // []) == [])] | length' "$sarif" 2>/dev/null) || count=
	[ -n "$count" ] && output findings "$count"
fi
output exit-code "$status"
exit "$status"
