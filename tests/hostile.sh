#!/bin/sh
# hostile.sh -- hostile input end to end (the robustness issue): a line
# longer than the line-length limit, a million flow lines under one
# explanation, NUL bytes and invalid UTF-8, terminal escape sequences and
# C0/C1 controls, workflow-command injection, a catastrophic regex in a
# rule file, wrong types and huge numbers in rule and config files,
# unreadable/device/FIFO/symlinked inputs and sources, awkward output paths,
# SIGPIPE/SIGINT in the middle of a run, and positions that point off the
# code in logs with their Go source.  Every case checks the exit
# status and the output.  The big inputs are generated here from real lines
# of the committed logs.  Skipped (77) without python3, timeout, mkfifo or awk.
set -u
: "${FIXTURES:?}" "${SRCDIR:?}"
. "$(dirname "$0")/testlib.sh"

for c in python3 timeout mkfifo awk; do
	command -v "$c" >/dev/null 2>&1 || { echo "SKIP: no $c on PATH"; exit 77; }
done

qs=$SRCDIR/examples/quickstart
log01=$FIXTURES/go1.19/01_return_addr/m2.log
log02=$FIXTURES/go1.19/02_iface_box/m2.log
log16=$FIXTURES/go1.19/16_raw_strings/m2.log
for f in "$qs/quickstart.m2.log" "$log01" "$log02" "$log16" "$SRCDIR/rules/EL101-interface-boxing.json"; do
	[ -r "$f" ] || { bad "missing $f"; finish; exit 1; }
done

# background processes of this script, stopped at exit
bgpids=
cleanup() {
	for p in $bgpids; do kill "$p" 2>/dev/null; done
	rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
# reap: stop the background processes still running (a FIFO writer or
# reader whose other end was never opened) and wait for them
reap() {
	for p in $bgpids; do alive "$p" && kill "$p" 2>/dev/null; done
	for p in $bgpids; do wait "$p" 2>/dev/null; done
	bgpids=
}
# alive PID: PID runs and is not a zombie (without /proc: kill -0)
alive() {
	if [ -r "/proc/$1/stat" ]; then
		[ "$(sed 's/^.*) //' "/proc/$1/stat" 2>/dev/null | cut -c1)" != Z ] && [ -e "/proc/$1" ]
	else
		kill -0 "$1" 2>/dev/null
	fi
}

# measure CMD...: run CMD with its user and system seconds (first line) and
# its peak RSS in KiB (last line) in $tmp/rss when GNU time is there (0
# otherwise); the status is CMD's
if [ -x /usr/bin/time ] && /usr/bin/time -o /dev/null -f %M true 2>/dev/null; then
	measure() { /usr/bin/time -o "$tmp/rss" -f '%U %S
%M' "$@"; }
else
	echo "note: no GNU /usr/bin/time: peak memory is not checked"
	measure() { echo 0 >"$tmp/rss"; "$@"; }
fi
# rss_below KIB WHAT: the last measure stayed below KIB
rss_below() {
	kib=$(tail -n 1 "$tmp/rss" 2>/dev/null | tr -cd 0-9)
	[ -n "$kib" ] || kib=0
	if [ "$kib" -lt "$1" ]; then ok; else bad "$2: peak RSS ${kib} KiB, want below $1 KiB"; fi
}
now_ms() { python3 -c 'import time; print(int(time.monotonic() * 1000))'; }
# within MS START WHAT: the last measure used less than MS milliseconds of
# CPU time (user + system), which other work on the machine does not
# inflate as it does the wall clock (a bound against runaway work, not a
# benchmark); without GNU time, less than MS milliseconds since START
within() {
	# (GNU time writes "Command exited with non-zero status N" first)
	cpu_ms=$(awk 'NF == 2 && $1 ~ /^[0-9.]+$/ && $2 ~ /^[0-9.]+$/ { ms = int(($1 + $2) * 1000) } END { if (ms != "") print ms }' "$tmp/rss" 2>/dev/null)
	if [ -n "$cpu_ms" ]; then
		if [ "$cpu_ms" -lt "$1" ]; then ok; else bad "$3 used ${cpu_ms} ms of CPU time, want below $1 ms"; fi
		return
	fi
	el_ms=$(($(now_ms) - $2))
	if [ "$el_ms" -lt "$1" ]; then ok; else bad "$3 took ${el_ms} ms, want below $1 ms"; fi
}
# status_in STATUS LIST WHAT
status_in() {
	case " $2 " in
	*" $1 "*) ok ;;
	*) bad "$3 exited $1, want one of: $2" ;;
	esac
}
# empty FILE WHAT
empty() { if [ -s "$1" ]; then bad "$2: $1 is not empty"; head -c 300 "$1" | sed 's/^/  | /'; echo; else ok; fi; }
# absent PATH WHAT
absent() { if [ -e "$1" ] || [ -L "$1" ]; then bad "$2: $1 exists"; rm -rf "$1"; else ok; fi; }
# no_temps DIR WHAT: no temporary output file (.NAME.XXXXXX) left in DIR
no_temps() {
	left=$(find "$1" -maxdepth 1 -name '.*.??????' 2>/dev/null | head -5)
	if [ -n "$left" ]; then bad "$2: temporary files left: $left"; else ok; fi
}

# Checkers in python: the output formats as their readers see them.
cat >"$tmp/check.py" <<'PY'
import json, re, sys

def fail(msg):
    print("  " + msg)
    return 1

def scan(path, bad):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        return fail("%s: not UTF-8: %r at byte %d" % (path, data[e.start:e.end], e.start))
    for n, line in enumerate(text.split("\n"), 1):
        m = re.search(bad, line)
        if m:
            return fail("%s:%d: raw U+%04X in %r" % (path, n, ord(m.group()),
                        line[max(0, m.start() - 30):m.end() + 30]))
    return 0

def controls(path):
    """Valid UTF-8 (a lone 0x9B is an 8-bit CSI) and no raw C0 control but
    tab and newline, no DEL, no C1 control (U+0080-U+009F)."""
    return scan(path, "[\x00-\x08\x0b-\x1f\x7f\x80-\x9f]")

def bidi(path):
    """No raw bidirectional override or isolate (they reorder what the
    reader sees; the text writer escapes them)."""
    return scan(path, "[\u202a-\u202e\u2066-\u2069]")

def strings_ok(v):
    if isinstance(v, str):
        v.encode("utf-8")  # a lone surrogate (\ud800) raises
    elif isinstance(v, list):
        for x in v:
            strings_ok(x)
    elif isinstance(v, dict):
        for k, x in v.items():
            strings_ok(k)
            strings_ok(x)

def jsonl(path):
    """One JSON value per line, strict UTF-8, no lone surrogates."""
    try:
        text = open(path, "rb").read().decode("utf-8")
        lines = text.split("\n")
        if lines[-1] != "":
            return fail("%s: the last line has no newline" % path)
        for n, line in enumerate(lines[:-1], 1):
            strings_ok(json.loads(line))
    except Exception as e:
        return fail("%s: %s" % (path, e))
    return 0

def jsondoc(path):
    try:
        strings_ok(json.loads(open(path, "rb").read().decode("utf-8")))
    except Exception as e:
        return fail("%s: %s" % (path, e))
    return 0

def github(path):
    """Every line one of escapelint's commands: ::error|warning|notice,
    properties key=value with no raw ':' ',' CR or LF, every % an escape."""
    cmd = re.compile(r"::(error|warning|notice) ([^:]*)::(.*)")
    keys = {"file", "line", "col", "endLine", "endColumn", "title"}
    text = open(path, "rb").read().decode("utf-8", "replace")
    lines = text.split("\n")
    if lines[-1] != "":
        return fail("%s: the last line has no newline" % path)
    for n, line in enumerate(lines[:-1], 1):
        m = cmd.fullmatch(line)
        if not m:
            return fail("%s:%d: not one of escapelint's commands: %r" % (path, n, line[:120]))
        if "\r" in line:
            return fail("%s:%d: raw CR" % (path, n))
        seen = set()
        for prop in m.group(2).split(","):
            k, sep, v = prop.partition("=")
            if not sep or k not in keys or k in seen:
                return fail("%s:%d: bad property %r" % (path, n, prop[:80]))
            seen.add(k)
            if k in ("line", "col", "endLine", "endColumn") and not v.isdigit():
                return fail("%s:%d: %s=%r" % (path, n, k, v))
        m2 = re.search(r"%(?!25|0A|0D|3A|2C)", line)
        if m2:
            return fail("%s:%d: unescaped %% in %r" % (path, n, line[max(0, m2.start() - 20):m2.start() + 20]))
    return 0

def ci_start(path):
    """No line the Actions runner reads as a command: '::' at the start
    after leading white space (the runner trims it)."""
    text = open(path, "rb").read().decode("utf-8", "replace")
    for n, line in enumerate(text.split("\n"), 1):
        if line.lstrip().startswith("::"):
            return fail("%s:%d: starts a workflow command: %r" % (path, n, line[:120]))
    return 0

def ci_legacy(path):
    """No legacy '##[command]' (the runner finds it anywhere in a line)."""
    text = open(path, "rb").read().decode("utf-8", "replace")
    for n, line in enumerate(text.split("\n"), 1):
        if "##[" in line:
            at = line.index("##[")
            return fail("%s:%d: holds a legacy ##[ command: %r" % (path, n, line[max(0, at - 40):at + 40]))
    return 0

mode, paths = sys.argv[1], sys.argv[2:]
sys.exit(max([globals()[mode](p) for p in paths] or [0]))
PY
chk() { python3 "$tmp/check.py" "$@"; }

# ---------------------------------------------------------------------------
echo "case 1: a 100 MB line (limit 64 MiB) on stdin and in a file: exit 2 naming the line, no report, RSS < 400 MB; a 60 MiB line and an unclosed raw string + 100 MB: read"
n01=$(wc -l <"$log01" | tr -d ' ')
gen_long() { # gen_long BYTES NEWLINE: a moved-to-heap line of BYTES bytes
	python3 -c '
import sys
n, nl = int(sys.argv[1]), sys.argv[2] == "1"
head = b"./01_return_addr.go:8:2: moved to heap: "
out = sys.stdout.buffer
out.write(head)
left, chunk = n - len(head), b"t" * (1 << 20)
try:
    while left > 0:
        out.write(chunk[:min(left, len(chunk))])
        left -= len(chunk)
    if nl:
        out.write(b"\n")
    out.flush()
except BrokenPipeError:
    pass
' "$1" "$2" 2>/dev/null
}
t0=$(now_ms)
{ cat "$log01"; gen_long 104857600 0; } | measure "$el" >"$tmp/out" 2>"$tmp/err"; st=$?
[ "$st" = 2 ] && ok || { bad "100 MB line on stdin exited $st, want 2"; head -5 "$tmp/err"; }
grep -Eq "<stdin>:$((n01 + 1)): .*(line longer than|line too long|limit)" "$tmp/err" && ok ||
	{ bad "100 MB line on stdin: no line-length message naming <stdin>:$((n01 + 1))"; head -3 "$tmp/err"; }
empty "$tmp/out" "100 MB line: standard output"
rss_below 409600 "100 MB line on stdin"
within 20000 "$t0" "100 MB line on stdin"
# the same through a file, with --stats: the file and line are named
{ cat "$log01"; gen_long 104857600 0; } >"$tmp/long.log"
expect 2 "$el" --stats "$tmp/long.log"
grep -Eq "long.log:$((n01 + 1)): .*(line longer than|line too long|limit)" "$tmp/err" && ok ||
	{ bad "100 MB line in a file: no line-length message naming long.log:$((n01 + 1))"; head -3 "$tmp/err"; }
rm -f "$tmp/long.log"
# a 60 MiB line is below the limit: read, counted as not a diagnostic, and
# the real lines after it are reported
{ python3 -c '
import sys
sys.stdout.buffer.write(b"y" * (60 << 20) + b"\n")'; cat "$qs/quickstart.m2.log"; } |
	(cd "$qs" && measure "$el" --fail-on=warning) >"$tmp/out" 2>"$tmp/err"; st=$?
[ "$st" = 1 ] && ok || { bad "60 MiB line + quickstart exited $st, want 1"; head -5 "$tmp/err"; }
has "$tmp/err" "1 input lines were not compiler diagnostics"
has "$tmp/out" "^Summary: 9 heap objects"
rss_below 409600 "60 MiB line"
# a raw string opened and never closed, then 1 Mi lines (100 MB): given up
# on (bounded), not gathered into one record
{ head -n 8 "$log16"; echo './16_raw_strings.go:17:2: `raw escapes to heap:'; python3 -c '
import sys
sys.stdout.buffer.write((b"x" * 99 + b"\n") * (1 << 20))'; } |
	measure "$el" --fail-on=never >"$tmp/out" 2>"$tmp/err"; st=$?
[ "$st" = 0 ] && ok || { bad "unclosed raw string + 100 MB exited $st, want 0"; head -5 "$tmp/err"; }
has "$tmp/err" "not compiler diagnostics"
rss_below 409600 "unclosed raw string + 100 MB"

# ---------------------------------------------------------------------------
echo "case 2: a million flow lines under one header: exit 0/1 in < 30 s of CPU time, text/json/github/sarif small, chain capped (steps left out)"
# 01_return_addr's t escapes through v1 = &t, v2 = v1, ... ~r0 = v999999:
# 1,000,000 flow steps with one note each (2,000,000 lines)
nsteps=1000000
awk -v n="$nsteps" '
$0 == "./01_return_addr.go:8:2: t escapes to heap:" {
	print; p = "./01_return_addr.go:8:2:"
	printf "%s   flow: v1 = &t:\n%s     from &t (address-of) at ./01_return_addr.go:9:9\n", p, p
	for (i = 2; i < n; i++)
		printf "%s   flow: v%d = v%d:\n%s     from v%d := v%d (assign) at ./01_return_addr.go:9:2\n", p, i, i - 1, p, i, i - 1
	printf "%s   flow: ~r0 = v%d:\n%s     from return v%d (return) at ./01_return_addr.go:9:2\n", p, n - 1, p, n - 1
	next
}
/^\.\/01_return_addr\.go:8:2:   / { next }
{ print }' "$log01" >"$tmp/flow.log"
grep -q '^./01_return_addr.go:8:2: moved to heap: t$' "$tmp/flow.log" && ok || bad "flow.log lacks the verdict"
t0=$(now_ms)
(cd "$FIXTURES/go1.19/01_return_addr" && measure "$el" -v -f text:"$tmp/f.txt" -f json:"$tmp/f.json" \
	-f github:"$tmp/f.gh" -f sarif:"$tmp/f.sarif" "$tmp/flow.log") >"$tmp/out" 2>"$tmp/err"; st=$?
status_in "$st" "0 1" "a million flow lines"
within 30000 "$t0" "a million flow lines"
echo "  (peak RSS $(tail -n 1 "$tmp/rss") KiB)"
rm -f "$tmp/flow.log"
left=$((nsteps - 100))  # EL_MAX_CHAIN_STEPS steps are shown
for f in f.txt f.json f.gh f.sarif; do
	sz=$(wc -c <"$tmp/$f" | tr -d ' ')
	if [ "$sz" -gt 0 ] && [ "$sz" -lt 1048576 ]; then ok; else bad "a million flow lines: $f is $sz bytes"; fi
done
has "$tmp/f.txt" "$left more steps left out"
has "$tmp/f.gh" "$left more steps left out"
has "$tmp/f.json" "\"steps_left_out\":$left"
chk jsonl "$tmp/f.json" && ok || bad "a million flow lines: JSON lines"
chk jsondoc "$tmp/f.sarif" && ok || bad "a million flow lines: SARIF"
python3 - "$tmp/f.sarif" <<'PY' && ok || bad "a million flow lines: SARIF thread flow not capped"
import json, sys
doc = json.load(open(sys.argv[1]))
for run in doc["runs"]:
    for res in run.get("results", []):
        for cf in res.get("codeFlows", []):
            for tf in cf["threadFlows"]:
                assert len(tf["locations"]) <= 1000, len(tf["locations"])
PY

# ---------------------------------------------------------------------------
# cases 3 and 4 share a generator: the quick-start log with hostile bytes
# in the package path, function names, expressions and file names (a file
# that exists, under a hostile name, and one that does not), and hostile
# bytes in the Go source the snippets are read from.
cat >"$tmp/hostile.py" <<'PY'
import os, sys
qs, out, kind = sys.argv[1], sys.argv[2], sys.argv[3]
if kind == "bytes":   # NUL and invalid UTF-8: lone bytes, overlong, surrogate, > U+10FFFF, truncated
    H = b"\x00\xff\xfe\xc0\xaf\xed\xa0\x80\xf4\x90\x80\x80\xe2\x82"
    F = b"\xff\xfe\xc0\xaf\xed\xa0\x80"        # a file name cannot hold NUL
else:                 # terminal sequences and C0/C1 controls
    H = (b"\x1b[31m\x1b[2J\xc2\x9b1;31m\x9b2J\x1b]0;owned\x07\x1b]8;;http://x/\x1b\\"
         b"\xc2\x9d0;t\xc2\x9c\x01\x08\x0b\x0c\r\x7f\xc2\x85\xe2\x80\xae")
    F = b"\x1b[31m\xc2\x9b2J\x9b\x1b]0;t\x07\x01\x7f\xc2\x85\xe2\x80\xae"
log = open(os.path.join(qs, "quickstart.m2.log"), "rb").read()
src = open(os.path.join(qs, "quickstart.go"), "rb").read()
os.makedirs(out, exist_ok=True)
def hostile(text, fname):
    for ident in (b"NewRequest", b"Describe", b"Method", b"Counter", b"make([]string, 0, n)"):
        text = text.replace(ident, ident[:3] + H + ident[3:])
    text = text.replace(b"# example.com/quickstart", b"# example.com/quick" + H + fname)
    return text.replace(b"./quickstart.go", b"./" + fname + b".go")
# package 1: a source file under a hostile name that exists, with hostile
# bytes in comments on the lines the snippets show
lines = src.split(b"\n")
for n in (19, 25, 30, 39):
    lines[n - 1] += b" // " + H.replace(b"\x00", b"").replace(b"\r", b"")
open(os.path.join(out, os.fsdecode(b"q" + F + b".go")), "wb").write(b"\n".join(lines))
text = hostile(log, b"q" + F)
# package 2: a file name the disk cannot hold (NUL), so no source
text += hostile(log, b"n" + H).replace(b"example.com/quick", b"example.com/other", 1)
open(os.path.join(out, "h.log"), "wb").write(text)
PY
# run_all DIR WHAT: every format (and --dump-records, --stats) on DIR/h.log
run_all() {
	for f in text json sarif github gcc markdown; do
		(cd "$1" && timeout 30 "$el" --all -f "$f" h.log) >"$tmp/h.$f" 2>"$tmp/h.$f.err"; st=$?
		status_in "$st" "0 1" "$2: -f $f"
	done
	(cd "$1" && timeout 30 "$el" --dump-records h.log) >"$tmp/h.dump" 2>"$tmp/h.dump.err"; st=$?
	status_in "$st" "0" "$2: --dump-records"
	(cd "$1" && timeout 30 "$el" --stats h.log) >"$tmp/h.stats" 2>"$tmp/h.stats.err"; st=$?
	status_in "$st" "0" "$2: --stats"
}

echo "case 3: NUL bytes and invalid UTF-8 in names, expressions and file names: no crash, JSON/SARIF strict UTF-8 JSON, no raw controls in text"
python3 "$tmp/hostile.py" "$qs" "$tmp/c3" bytes
run_all "$tmp/c3" "NUL and invalid UTF-8"
has "$tmp/h.text" "^Summary: 18 heap objects"
chk jsonl "$tmp/h.json" && ok || bad "NUL and invalid UTF-8: JSON findings are not strict UTF-8 JSON lines"
chk jsonl "$tmp/h.dump" && ok || bad "NUL and invalid UTF-8: --dump-records is not strict UTF-8 JSON lines"
chk jsondoc "$tmp/h.sarif" && ok || bad "NUL and invalid UTF-8: SARIF is not a strict UTF-8 JSON document"
chk controls "$tmp/h.text" "$tmp/h.gcc" "$tmp/h.github" "$tmp/h.markdown" && ok ||
	bad "NUL and invalid UTF-8: raw control bytes or invalid UTF-8 in text/gcc/github/markdown"
chk controls "$tmp/h.text.err" "$tmp/h.stats" && ok || bad "NUL and invalid UTF-8: raw control bytes on standard error"
grep -q '\\x00' "$tmp/h.text" && ok || bad "NUL and invalid UTF-8: the NUL is not shown as \\x00 in text"
grep -q '| .*\\xff' "$tmp/h.text" && ok || bad "NUL and invalid UTF-8: no source snippet from the file with the hostile name"

echo "case 4: ANSI/CSI/OSC sequences, C0/C1 controls, U+202E in names, expressions, file names and sources: nothing raw in text/gcc/github/markdown"
python3 "$tmp/hostile.py" "$qs" "$tmp/c4" controls
run_all "$tmp/c4" "controls"
has "$tmp/h.text" "^Summary: 18 heap objects"
for f in text gcc github markdown; do
	chk controls "$tmp/h.$f" && ok || bad "controls: a raw control character in -f $f"
	chk bidi "$tmp/h.$f" && ok || bad "controls: a raw bidirectional override (U+202E) in -f $f"
done
chk controls "$tmp/h.text.err" "$tmp/h.gcc.err" "$tmp/h.stats" && ok || bad "controls: raw control characters on standard error"
chk jsonl "$tmp/h.json" && ok || bad "controls: JSON findings"
chk jsonl "$tmp/h.dump" && ok || bad "controls: --dump-records"
chk jsondoc "$tmp/h.sarif" && ok || bad "controls: SARIF"
grep -q '| .*\\x1b\[31m' "$tmp/h.text" && ok || bad "controls: no escaped source snippet from the hostile file"
# the same with colour on: escapelint's own sequences only
(cd "$tmp/c4" && "$el" --all --color=always h.log) >"$tmp/h.color" 2>/dev/null
python3 - "$tmp/h.color" <<'PY' && ok || bad "controls: --color=always lets a foreign sequence through"
import re, sys
text = open(sys.argv[1], "rb").read().decode("utf-8")
text = re.sub("\x1b\\[[0-9;]*m", "", text)  # SGR: escapelint's colours
m = re.search("[\x00-\x08\x0b-\x1f\x7f\x80-\x9f]", text)
assert not m, repr(text[max(0, m.start() - 40):m.end() + 40])
PY

# ---------------------------------------------------------------------------
echo "case 5: workflow-command injection (raw-string newlines, ::set-output, ::add-mask::, ::stop-commands::, %0A, ##[): github lines are our commands only; gcc/text start none"
# 16_raw_strings: a raw string whose continuation lines are commands (the
# compiler prints raw strings as they are, newlines included); file names
# with , : % and ::; a Go string literal holding the legacy ##[ form
mkdir "$tmp/c5" && cp "$FIXTURES/go1.19/16_raw_strings/16_raw_strings.go" "$tmp/c5/"
python3 - "$log16" "$tmp/c5/h.log" <<'PY'
import sys
log = open(sys.argv[1], "rb").read()
inj = (b"`raw\n::set-output name=x::y\n::add-mask::secret\n  ::stop-commands::token\n"
       b"%0A::error::pwned %25 %3A\n::error file=x,line=1::forged\n##[error]legacy\nstr`")
assert b"`raw\nstr`" in log
log = log.replace(b"`raw\nstr`", inj)
log += (b"./a,b::set-output name=x::y%0A::error::z.go:3:2: moved to heap: q\n"
        b"./::error title=x::pwned.go:8:2: moved to heap: t\n"
        b"./c.go:4:2: ::add-mask::m,x escapes to heap\n"
        b"./d.go:5:2: \"##[error]pwned\" + msg escapes to heap\n")
open(sys.argv[2], "wb").write(log)
PY
(cd "$tmp/c5" && "$el" --all -f github h.log) >"$tmp/c5.gh" 2>"$tmp/err"; st=$?
status_in "$st" "0 1" "injection: -f github"
chk github "$tmp/c5.gh" && ok || bad "injection: -f github has a line that is not one of escapelint's commands"
has "$tmp/c5.gh" '%0A::set-output name=x::y%0A::add-mask::secret%0A  ::stop-commands::token%0A%250A::error::pwned %2525 %253A%0A'
has "$tmp/c5.gh" '^::notice file=a%2Cb%3A%3Aset-output name=x%3A%3Ay%250A%3A%3Aerror%3A%3Az.go,line=3,col=2,'
has "$tmp/c5.gh" '^::notice file=%3A%3Aerror title=x%3A%3Apwned.go,line=8,col=2,'
# the formats meant for CI logs (gcc for problem matchers, text) must not
# start a command either: the runner trims leading blanks before '::' and
# finds the legacy '##[' anywhere in a line
for f in gcc text; do
	(cd "$tmp/c5" && "$el" --all -f "$f" h.log) >"$tmp/c5.$f" 2>"$tmp/err"; st=$?
	status_in "$st" "0 1" "injection: -f $f"
	chk ci_start "$tmp/c5.$f" && ok || bad "injection: a line of -f $f starts a workflow command (::)"
	chk ci_legacy "$tmp/c5.$f" && ok || bad "injection: a line of -f $f holds a legacy ##[ workflow command"
done

# ---------------------------------------------------------------------------
echo "case 6: ^(a+)+\$ in a user rule on 400 subjects of 3000+ a's: exit 0/1 in < 10 s of CPU time (JIT and not), \"match limit\" on stderr, the rule still matches"
mkdir "$tmp/c6"
python3 - "$SRCDIR/rules/EL101-interface-boxing.json" "$tmp/c6" "$log02" <<'PY'
import json, os, sys
rule = json.load(open(sys.argv[1]))
out = sys.argv[2]
rule.update(id="EL901", name="catastrophic-regex", priority=1000, message="${subject} is all a's", fix="none")
rule["match"] = {"kind": "escapes", "subject": "^(a+)+$"}
snip = ("# example.com/02_iface_box\n"
        "./02_iface_box.go:14:6: can inline box with cost 4 as: func(int) { sink = n }\n"
        "./02_iface_box.go:15:2: %s escapes to heap:\n"
        "./02_iface_box.go:15:2:   flow: {heap} = &{storage for %s}:\n"
        "./02_iface_box.go:15:2:     from %s (spill) at ./02_iface_box.go:15:2\n"
        "./02_iface_box.go:15:2:     from sink = %s (assign) at ./02_iface_box.go:15:7\n"
        "./02_iface_box.go:15:2: %s escapes to heap\n")
rule["tests"] = {"positive": [snip % (("aaa",) * 5)], "negative": [snip % (("n",) * 5)]}
json.dump(rule, open(os.path.join(out, "cat.json"), "w"), indent=2)
# 02_iface_box's `n escapes to heap` object, again at 400 columns with a
# subject of thousands of a's and a final '!' (exponential backtracking),
# and once as "aaa" (a match)
log = open(sys.argv[3]).read().split("\n")
lines = log[:3]
for i in range(401):
    a = "aaa" if i == 400 else "a" * (3000 + i) + "!"
    p = "./02_iface_box.go:15:%d:" % (2 + i)
    lines += [p + " " + a + " escapes to heap:",
              p + "   flow: {heap} = &{storage for " + a + "}:",
              p + "     from " + a + " (spill) at " + p[:-1],
              p + "     from sink = " + a + " (assign) at ./02_iface_box.go:15:7",
              p + " " + a + " escapes to heap"]
open(os.path.join(out, "cat.log"), "w").write("\n".join(lines) + "\n")
PY
(cd "$tmp/c6" && "$el" --test-rules=cat.json --no-default-rules) >"$tmp/out" 2>"$tmp/err"; st=$?
[ "$st" = 0 ] && ok || { bad "catastrophic rule: its own tests exited $st"; head -5 "$tmp/out" "$tmp/err"; }
for jit in "" 1; do
	t0=$(now_ms)
	(cd "$tmp/c6" && export ESCAPELINT_NO_JIT="$jit" && measure timeout 60 "$el" --rules=cat.json -f json cat.log) >"$tmp/out" 2>"$tmp/err"; st=$?
	status_in "$st" "0 1" "catastrophic regex (ESCAPELINT_NO_JIT=$jit)"
	within 10000 "$t0" "catastrophic regex (ESCAPELINT_NO_JIT=$jit)"
	has "$tmp/err" "match limit"
	grep -q '"subject":"aaa".*"rule":"catastrophic-regex"' "$tmp/out" && ok ||
		bad "catastrophic regex (ESCAPELINT_NO_JIT=$jit): the rule did not match \"aaa\""
	[ "$(wc -l <"$tmp/out" | tr -d ' ')" = 401 ] && ok || bad "catastrophic regex: $(wc -l <"$tmp/out") findings, want 401"
done

# ---------------------------------------------------------------------------
echo "case 7: wrong types, huge numbers, duplicates, trailing text, NUL, 10 MB rule and 2 MB config, /dev/zero: exit 2 with FILE:LINE:COL, nothing written"
mkdir "$tmp/c7"
# rule files: NAME.json, and NAME.pos: the line (regex) the message must name
python3 - "$SRCDIR/rules/EL101-interface-boxing.json" "$tmp/c7" <<'PY'
import json, os, sys
base = json.load(open(sys.argv[1]))
base.update(id="EL901", name="hostile-rule")
out = sys.argv[2]
def write(name, text, line):
    open(os.path.join(out, name + ".json"), "w").write(text)
    open(os.path.join(out, name + ".pos"), "w").write(line + "\n")
def line_of(text, needle, nth=0):
    at = -1
    for _ in range(nth + 1):
        at = text.index(needle, at + 1)
    return str(text.count("\n", 0, at) + 1)
def variant(name, key, value, mark=None):
    r = json.loads(json.dumps(base))
    r[key] = value
    text = json.dumps(r, indent=2)
    write(name, text, line_of(text, mark or '"%s"' % key))
variant("prio-string", "priority", "x")
variant("prio-huge", "priority", 1e300)
variant("prio-fraction", "priority", 1.5)
variant("level-number", "level", 5)
r = json.loads(json.dumps(base))
r["match"] = {"kind": "noinline", "over_budget": {"min": 1e300}}
text = json.dumps(r, indent=2)
write("over-budget-huge", text, "(%s|%s)" % (line_of(text, '"over_budget"'), line_of(text, '"min"')))
text = json.dumps(base, indent=2) + '\n{"id": "EL902"}\n'
write("trailing", text, str(text.count("\n", 0, len(json.dumps(base, indent=2))) + 2))
# the error at the end of 10 MB: 5 Mi newlines and 5 Mi blanks
r = json.loads(json.dumps(base)); del r["priority"]
text = json.dumps(r, indent=2)
text = text[:-2] + "," + "\n" * (5 << 20) + " " * (5 << 20) + '"priority": "x"\n}\n'
write("ten-mb", text, line_of(text, '"priority"'))
write("nested-ten-mb", "[" * (10 << 20), "1")
# a second "priority" that would be wrong: a duplicate key is an error
text = json.dumps(base, indent=2)
text = text[:-2] + ',\n  "priority": "x"\n}\n'
write("duplicate-key", text, line_of(text, '"priority"', 1))
PY
for r in prio-string prio-huge prio-fraction level-number over-budget-huge trailing ten-mb nested-ten-mb duplicate-key; do
	rf=$tmp/c7/$r.json
	(cd "$qs" && timeout 30 "$el" --rules="$rf" -o "$tmp/c7/out.txt" quickstart.m2.log) >"$tmp/out" 2>"$tmp/err"; st=$?
	[ "$st" = 2 ] && ok || bad "rule file $r: exit $st, want 2"
	line=$(cat "$tmp/c7/$r.pos")
	case $r in
	*ten-mb) # over the size cap: refused whole, no position to name
		grep -q "$rf: larger than 4 MiB, not a rule file" "$tmp/err" && ok ||
			{ bad "rule file $r: the message does not name the cap"; head -3 "$tmp/err"; } ;;
	*) grep -Eq "$rf:$line:[0-9]+: " "$tmp/err" && ok ||
			{ bad "rule file $r: the message does not name $rf:$line:COL"; head -3 "$tmp/err"; } ;;
	esac
	empty "$tmp/out" "rule file $r: standard output"
	absent "$tmp/c7/out.txt" "rule file $r: -o"
done
# a device as rule file: refused (bounded), not read until memory runs out
# (no ulimit -v: it starves AddressSanitizer's shadow memory in the
# sanitizer build; the RSS check below bounds the read instead)
(cd "$qs" && measure timeout 10 "$el" --rules=/dev/zero -o "$tmp/c7/out.txt" quickstart.m2.log) >"$tmp/out" 2>"$tmp/err"; st=$?
[ "$st" = 2 ] && ok || bad "--rules=/dev/zero: exit $st, want 2"
grep -v 'out of memory' "$tmp/err" | grep -q '/dev/zero' && ok || { bad "--rules=/dev/zero: no message naming it (other than out of memory)"; head -3 "$tmp/err"; }
rss_below 409600 "--rules=/dev/zero"
absent "$tmp/c7/out.txt" "--rules=/dev/zero: -o"
# config files
printf '{\n  "fail-on": 7\n}\n' >"$tmp/c7/fail-on-number.cfg"
printf '{\n  "min-level": "note",\n  "fail-on": 1e999\n}\n' >"$tmp/c7/fail-on-huge.cfg"
printf '{\n  "fail-on": "never",\n  "tests": "yes"\n}\n' >"$tmp/c7/tests-string.cfg"
printf '{\n  "rules": {\n    "EL101": 5\n  }\n}\n' >"$tmp/c7/rules-number.cfg"
printf '{\n  "rule-files": 5\n}\n' >"$tmp/c7/rule-files-number.cfg"
printf '{\n  "fail-on": "nev\000er"\n}\n' >"$tmp/c7/nul-in-string.cfg"
printf '{\n  "fail-on": "never"\n}\n\000\n' >"$tmp/c7/nul-after.cfg"
printf '{\n  "fail-on": "never"\n}\n{}\n' >"$tmp/c7/trailing.cfg"
printf '{\n  "fail-on": "never",\n  "fail-on": 7\n}\n' >"$tmp/c7/duplicate.cfg"
for c in fail-on-number:2 fail-on-huge:3 tests-string:3 rules-number:3 rule-files-number:2 \
	nul-in-string:2 nul-after:4 trailing:4 duplicate:3; do
	name=${c%:*} line=${c#*:} cf=$tmp/c7/${c%:*}.cfg
	(cd "$qs" && "$el" --config="$cf" -o "$tmp/c7/out.txt" quickstart.m2.log) >"$tmp/out" 2>"$tmp/err"; st=$?
	[ "$st" = 2 ] && ok || bad "config $name: exit $st, want 2"
	grep -q "$cf:$line:[0-9][0-9]*: " "$tmp/err" && ok || { bad "config $name: the message does not name $cf:$line:COL"; head -3 "$tmp/err"; }
	empty "$tmp/out" "config $name: standard output"
	absent "$tmp/c7/out.txt" "config $name: -o"
done
# a 2 MB config (valid but for its size): refused; a size has no position,
# so FILE: larger than ... is accepted as well as FILE:LINE:COL
python3 -c '
import sys
open(sys.argv[1], "w").write("{\n  \"min-level\": \"note\",\n  // " + "x" * (2 << 20) + "\n  \"fail-on\": \"never\"\n}\n")' "$tmp/c7/big.cfg"
(cd "$qs" && "$el" --config="$tmp/c7/big.cfg" -o "$tmp/c7/out.txt" quickstart.m2.log) >"$tmp/out" 2>"$tmp/err"; st=$?
[ "$st" = 2 ] && ok || bad "2 MB config: exit $st, want 2"
grep -Eq "$tmp/c7/big.cfg(:[0-9]+:[0-9]+:|: .*(larger|too large|limit))" "$tmp/err" && ok || { bad "2 MB config: message"; head -3 "$tmp/err"; }
empty "$tmp/out" "2 MB config: standard output"
absent "$tmp/c7/out.txt" "2 MB config: -o"
# the config found on the way up (no --config)
mkdir "$tmp/c7/found" && cp "$qs/quickstart.m2.log" "$tmp/c7/fail-on-number.cfg" "$tmp/c7/found/" &&
	mv "$tmp/c7/found/fail-on-number.cfg" "$tmp/c7/found/.escapelint.json"
(cd "$tmp/c7/found" && "$el" -o out.txt quickstart.m2.log) >"$tmp/out" 2>"$tmp/err"; st=$?
[ "$st" = 2 ] && ok || bad "found .escapelint.json with \"fail-on\": 7: exit $st, want 2"
grep -q '\.escapelint\.json:2:[0-9][0-9]*: ' "$tmp/err" && ok || { bad "found .escapelint.json: no FILE:2:COL"; head -3 "$tmp/err"; }
absent "$tmp/c7/found/out.txt" "found .escapelint.json: -o"
(cd "$qs" && timeout 10 "$el" --config=/dev/zero quickstart.m2.log) >"$tmp/out" 2>"$tmp/err"; st=$?
[ "$st" = 2 ] && ok || bad "--config=/dev/zero: exit $st, want 2"
has "$tmp/err" "/dev/zero"
rm -f "$tmp/c7"/*.json

# ---------------------------------------------------------------------------
echo "case 8: unreadable, device and FIFO inputs; sources that are links out of the root, FIFOs, devices: exit status, no hang, no foreign line shown"
mkdir "$tmp/c8"
if [ "$(id -u)" = 0 ]; then
	echo "  note: running as root: the mode-000 input is skipped (root reads it anyway)"
else
	cp "$qs/quickstart.m2.log" "$tmp/c8/noread.log" && chmod 000 "$tmp/c8/noread.log"
	expect 2 "$el" "$tmp/c8/noread.log"
	has "$tmp/err" "noread.log: Permission denied"
	empty "$tmp/out" "mode-000 input: standard output"
fi
# a file that opens but cannot be read (EIO), readable even by root
if [ -r /proc/self/mem ]; then
	expect 2 timeout 10 "$el" /proc/self/mem
	has "$tmp/err" "/proc/self/mem: Input/output error"
	empty "$tmp/out" "/proc/self/mem: standard output"
fi
expect 2 timeout 10 "$el" /dev/null
has "$tmp/err" "no Go compiler diagnostics"
empty "$tmp/out" "/dev/null input: standard output"
measure timeout 10 "$el" /dev/zero >"$tmp/out" 2>"$tmp/err"; st=$?
[ "$st" = 2 ] && ok || bad "/dev/zero input: exit $st, want 2"
has "$tmp/err" "/dev/zero:1: line longer than"
rss_below 409600 "/dev/zero input"
empty "$tmp/out" "/dev/zero input: standard output"
# a FIFO input is legitimate: read what a writer writes (nothing, then a log)
mkfifo "$tmp/c8/in.fifo"
(: >"$tmp/c8/in.fifo") & bgpids="$bgpids $!"
expect 2 timeout 10 "$el" "$tmp/c8/in.fifo"
has "$tmp/err" "no Go compiler diagnostics"
(cat "$qs/quickstart.m2.log" >"$tmp/c8/in.fifo") & bgpids="$bgpids $!"
(cd "$qs" && timeout 10 "$el" -f gcc "$tmp/c8/in.fifo") >"$tmp/c8/fifo.gcc" 2>"$tmp/err"; st=$?
[ "$st" = 1 ] && ok || bad "FIFO input with a writer: exit $st, want 1"
(cd "$qs" && "$el" -f gcc quickstart.m2.log) >"$tmp/c8/file.gcc" 2>/dev/null
cmp -s "$tmp/c8/fifo.gcc" "$tmp/c8/file.gcc" && ok || bad "FIFO input: not the same report as the file"
reap
# sources: the log names files that are symbolic links out of the source
# root (to /etc/passwd and to a file with a marker), a FIFO, /dev/zero,
# absolute and ../ paths out of the root; go.mod is a FIFO and, in a
# sub-directory, a link to /dev/zero.  Nothing may hang, and no line of
# those files may reach any output.
mkdir "$tmp/c8/src" "$tmp/c8/outside" "$tmp/c8/src/z"
printf 'package main\n\nvar secret = "TOPSECRET-MARKER-1"\nvar other = "TOPSECRET-MARKER-2"\n' >"$tmp/c8/outside/secret.go"
ln -s ../outside/secret.go "$tmp/c8/src/secret.go"
ln -s /etc/passwd "$tmp/c8/src/passwd.go"
ln -s /dev/zero "$tmp/c8/src/zero.go"
ln -s /dev/urandom "$tmp/c8/src/random.go"
mkfifo "$tmp/c8/src/fifo.go" "$tmp/c8/src/go.mod"
ln -s /dev/zero "$tmp/c8/src/z/go.mod"
cp "$qs/quickstart.go" "$tmp/c8/src/" && cp "$qs/quickstart.go" "$tmp/c8/src/z/x.go"
{
	echo '# example.com/hostile'
	echo './secret.go:3:5: moved to heap: secret'
	echo './passwd.go:1:1: moved to heap: root'
	echo './passwd.go:2:1: moved to heap: daemon'
	echo './fifo.go:1:1: moved to heap: f'
	echo './zero.go:1:1: moved to heap: z'
	echo './random.go:1:1: moved to heap: u'
	echo '/etc/passwd:2:1: moved to heap: daemon'
	echo '../outside/secret.go:4:5: moved to heap: other'
	echo '../../../../../../../../etc/passwd:3:1: moved to heap: bin'
	echo './z/x.go:19:2: moved to heap: r'
	grep -v '^#' "$qs/quickstart.m2.log"
} >"$tmp/c8/src/h.log"
grep -v '^$' /etc/passwd >"$tmp/c8/passwd.lines" 2>/dev/null || : >"$tmp/c8/passwd.lines"
echo TOPSECRET-MARKER >>"$tmp/c8/passwd.lines"
for f in text json sarif github gcc markdown; do
	(cd "$tmp/c8/src" && timeout 10 "$el" --all --include-external -f "$f" h.log) >"$tmp/c8/o.$f" 2>"$tmp/c8/e.$f"; st=$?
	status_in "$st" "0 1" "hostile sources: -f $f"
	if grep -F -q -f "$tmp/c8/passwd.lines" "$tmp/c8/o.$f" "$tmp/c8/e.$f"; then
		bad "hostile sources: -f $f shows a line of a file outside the source root:"
		grep -F -h -f "$tmp/c8/passwd.lines" "$tmp/c8/o.$f" "$tmp/c8/e.$f" | head -3
	else ok; fi
done
has "$tmp/c8/o.text" "19 |     r := Request{Method: method, Path: path}"  # a regular file is still read
(cd "$tmp/c8/src" && timeout 10 "$el" --all --include-external --srcroot=z -f text h.log) >"$tmp/out" 2>"$tmp/err"; st=$?
status_in "$st" "0 1" "hostile sources with --srcroot=z"
grep -F -q -f "$tmp/c8/passwd.lines" "$tmp/out" "$tmp/err" && bad "hostile sources with --srcroot=z: a line of a file outside the root" || ok

# ---------------------------------------------------------------------------
echo "case 9: output paths: /dev/full, /dev/null, a FIFO, a symlink, /dev/stdout, a missing directory, an input error: status, message, what is written"
mkdir "$tmp/c9"
(cd "$qs" && "$el" --fail-on=never -f text quickstart.m2.log) >"$tmp/c9/want.txt" 2>/dev/null
(cd "$qs" && "$el" --fail-on=never -f json quickstart.m2.log) >"$tmp/c9/want.json" 2>/dev/null
if [ -w /dev/full ]; then
	(cd "$qs" && "$el" --fail-on=never -o /dev/full quickstart.m2.log) >"$tmp/out" 2>"$tmp/err"; st=$?
	[ "$st" = 2 ] && ok || bad "-o /dev/full: exit $st, want 2"
	grep -q "/dev/full.*No space left on device" "$tmp/err" && ok ||
		{ bad "-o /dev/full: no 'No space left on device' message naming /dev/full"; sed 's/^/  | /' "$tmp/err" | head -3; }
	[ -c /dev/full ] && ok || bad "-o /dev/full replaced the device"
	(cd "$qs" && "$el" --fail-on=never -f json:/dev/full -f text quickstart.m2.log) >"$tmp/out" 2>"$tmp/err"; st=$?
	[ "$st" = 2 ] && ok || bad "-f json:/dev/full: exit $st, want 2"
	grep -q "/dev/full.*No space left on device" "$tmp/err" && ok ||
		{ bad "-f json:/dev/full -f text: no 'No space left on device' message naming /dev/full"; sed 's/^/  | /' "$tmp/err" | head -3; }
fi
(cd "$qs" && "$el" --fail-on=never -o /dev/null quickstart.m2.log) >"$tmp/out" 2>"$tmp/err"; st=$?
[ "$st" = 0 ] && ok || bad "-o /dev/null: exit $st, want 0"
[ -c /dev/null ] && ok || bad "-o /dev/null: /dev/null is no longer a character device"
empty "$tmp/out" "-o /dev/null: standard output"
mkfifo "$tmp/c9/out.fifo"
(cat "$tmp/c9/out.fifo" >"$tmp/c9/fifo.got") & bgpids="$bgpids $!"
(cd "$qs" && timeout 10 "$el" --fail-on=never -f json:"$tmp/c9/out.fifo" quickstart.m2.log) >"$tmp/out" 2>"$tmp/err"; st=$?
sleep 0.2
reap
[ "$st" = 0 ] && ok || bad "FIFO output: exit $st, want 0"
[ -p "$tmp/c9/out.fifo" ] && ok || bad "FIFO output: no longer a FIFO"
cmp -s "$tmp/c9/fifo.got" "$tmp/c9/want.json" && ok || bad "FIFO output: the reader did not get the JSON report"
echo old >"$tmp/c9/real.json" && ln -s real.json "$tmp/c9/link.json"
(cd "$qs" && "$el" --fail-on=never -o "$tmp/c9/link.json" quickstart.m2.log) >"$tmp/out" 2>"$tmp/err"; st=$?
[ "$st" = 0 ] && ok || bad "symlink output: exit $st, want 0"
[ -L "$tmp/c9/link.json" ] && ok || bad "symlink output: the link was replaced"
cmp -s "$tmp/c9/real.json" "$tmp/c9/want.json" && ok || bad "symlink output: the target does not hold the JSON report"
(cd "$qs" && "$el" --fail-on=never -o /dev/stdout quickstart.m2.log) >"$tmp/c9/stdout.txt" 2>"$tmp/err"; st=$?
[ "$st" = 0 ] && ok || bad "-o /dev/stdout: exit $st, want 0"
cmp -s "$tmp/c9/stdout.txt" "$tmp/c9/want.txt" && ok || bad "-o /dev/stdout: not the text report"
(cd "$qs" && "$el" --fail-on=never -o "$tmp/c9/nodir/sub/out.json" quickstart.m2.log) >"$tmp/out" 2>"$tmp/err"; st=$?
[ "$st" = 2 ] && ok || bad "-o in a missing directory: exit $st, want 2"
has "$tmp/err" "nodir/sub/out.json: No such file or directory"
absent "$tmp/c9/nodir" "-o in a missing directory"
# an input error leaves an existing output as it was, and no temporary
echo old >"$tmp/c9/keep.json"
(cd "$qs" && "$el" --fail-on=never -o "$tmp/c9/keep.json" quickstart.m2.log /dev/null /dev/zero) >"$tmp/out" 2>"$tmp/err"; st=$?
[ "$st" = 2 ] && ok || bad "input error with -o: exit $st, want 2"
[ "$(cat "$tmp/c9/keep.json")" = old ] && ok || bad "input error with -o: the output file was replaced"
no_temps "$tmp/c9" "output paths"

# ---------------------------------------------------------------------------
echo "case 10: SIGPIPE (| head, a FIFO reader leaving) and SIGINT/SIGTERM on a slow stdin: no temporary left, no half-written output"
mkdir "$tmp/c10"
# 500 copies of the quick-start package, each its own package and directory
awk -v n=500 '
BEGIN {
	while ((getline l < ARGV[1]) > 0) L[++c] = l
	for (i = 1; i <= n; i++)
		for (j = 1; j <= c; j++) {
			s = L[j]
			if (j == 1) s = s i
			gsub(/\.\/quickstart\.go/, "./p" i "/quickstart.go", s)
			print s
		}
	exit
}' "$qs/quickstart.m2.log" >"$tmp/c10/big.log"
"$el" -f json "$tmp/c10/big.log" >"$tmp/c10/ref.json" 2>/dev/null
nref=$(wc -l <"$tmp/c10/ref.json" | tr -d ' ')
"$el" -f text "$tmp/c10/big.log" 2>/dev/null | wc -c >"$tmp/c10/text.size"
[ "$(cat "$tmp/c10/text.size")" -gt 1048576 ] && ok || bad "SIGPIPE: the text report is only $(cat "$tmp/c10/text.size") bytes"
# out.json: absent, or complete
complete_or_absent() {
	if [ -e "$1" ]; then
		chk jsonl "$1" && [ "$(wc -l <"$1" | tr -d ' ')" = "$nref" ] && ok || bad "$2: $1 is half-written"
	else ok; fi
}
{ "$el" -f text -f json:"$tmp/c10/out.json" "$tmp/c10/big.log" 2>"$tmp/err"; echo $? >"$tmp/c10/st"; } | head -c 100 >"$tmp/out"
status_in "$(cat "$tmp/c10/st")" "141 2" "| head -c 100"
[ "$(wc -c <"$tmp/out" | tr -d ' ')" = 100 ] && ok || bad "| head -c 100: not 100 bytes read"
no_temps "$tmp/c10" "| head -c 100"
complete_or_absent "$tmp/c10/out.json" "| head -c 100"
# a FIFO output whose reader goes away
rm -f "$tmp/c10/out.json"
mkfifo "$tmp/c10/out.fifo"
(head -c 100 "$tmp/c10/out.fifo" >/dev/null) & bgpids="$bgpids $!"
timeout 30 "$el" -f text:"$tmp/c10/out.fifo" -f json:"$tmp/c10/out.json" "$tmp/c10/big.log" >/dev/null 2>"$tmp/err"; st=$?
reap
status_in "$st" "141 2" "a FIFO output closed by its reader"
no_temps "$tmp/c10" "a FIFO output closed by its reader"
complete_or_absent "$tmp/c10/out.json" "a FIFO output closed by its reader"
# SIGINT (and SIGTERM) while reading a slow standard input: the writer
# sends a third of the log, then waits
for sig in INT TERM; do
	rm -f "$tmp/c10/in.fifo" "$tmp/c10/int.json" "$tmp/c10/int.txt"
	mkfifo "$tmp/c10/in.fifo"
	python3 -c '
import sys, time
data = open(sys.argv[1], "rb").read()
with open(sys.argv[2], "wb") as f:
    f.write(data[:len(data) // 3])
    f.flush()
    time.sleep(30)
    f.write(data[len(data) // 3:])
' "$tmp/c10/big.log" "$tmp/c10/in.fifo" 2>/dev/null &
	wpid=$!
	bgpids="$bgpids $wpid"
	# as a foreground job would: SIGINT not ignored
	python3 -c 'import os, signal, sys
signal.signal(signal.SIGINT, signal.SIG_DFL)
os.execvp(sys.argv[1], sys.argv[1:])' "$el" -f text:"$tmp/c10/int.txt" -f json:"$tmp/c10/int.json" \
		<"$tmp/c10/in.fifo" >"$tmp/out" 2>"$tmp/err" &
	epid=$!
	bgpids="$bgpids $epid"
	# wait until the outputs are open (their temporary files exist)
	i=0
	while [ "$i" -lt 100 ] && [ -z "$(find "$tmp/c10" -maxdepth 1 -name '.int.json.*')" ]; do
		sleep 0.1; i=$((i + 1))
	done
	[ "$i" -lt 100 ] && ok || bad "SIG$sig: no temporary output file appeared"
	sleep 0.3
	kill -"$sig" "$epid" 2>/dev/null
	# up to 5 s to die; then the writer goes (an escapelint that ignored
	# the signal reads to the end of its input and exits on its own)
	i=0
	while [ "$i" -lt 50 ] && alive "$epid"; do sleep 0.1; i=$((i + 1)); done
	kill "$wpid" 2>/dev/null
	wait "$epid"; st=$?
	wait "$wpid" 2>/dev/null
	bgpids=
	if [ "$sig" = INT ]; then want=130; else want=143; fi
	[ "$st" = "$want" ] && ok || bad "SIG$sig while reading a slow stdin: exit $st, want $want"
	no_temps "$tmp/c10" "SIG$sig"
	absent "$tmp/c10/int.json" "SIG$sig"
	absent "$tmp/c10/int.txt" "SIG$sig"
done

echo "case 11: positions that point off the code (past a line's end, past the file's end, line or column 0, a line before) in real logs with their Go source: exit 0, every report written"
# Each log line's FILE:LINE:COL is moved; the source is read for every
# finding (facts, notes' source text, callee parameters), and a position
# that lands on no expression must not reach tree-sitter as a null node
# (it dereferenced it: the fuzz_pipeline crash position-past-line-end).
mkdir -p "$tmp/c11"
for d in "$FIXTURES"/source/*/; do
	for log in "$d"go*.m2.log; do
		[ -r "$log" ] || continue
		for how in col+200 line+100000 zero line-1; do
			python3 - "$log" "$how" >"$tmp/c11/in.log" <<'PY'
import re, sys
how = sys.argv[2]
pos = re.compile(r"^([^ :]+\.go):(\d+):(\d+):")
def move(m):
    ln, col = int(m.group(2)), int(m.group(3))
    if how == "col+200": col += 200
    elif how == "line+100000": ln += 100000
    elif how == "zero": ln, col = (0, col) if ln % 2 else (ln, 0)
    else: ln = max(ln - 1, 1)
    return "%s:%d:%d:" % (m.group(1), ln, col)
for line in open(sys.argv[1], errors="surrogateescape"):
    sys.stdout.write(pos.sub(move, line, count=1))
PY
			name=$(basename "$d")/$(basename "$log")
			(cd "$d" && "$el" -v --all --tests --fail-on=never -f json:"$tmp/c11/out.json" \
				-f sarif:"$tmp/c11/out.sarif" -f text:"$tmp/c11/out.txt" "$tmp/c11/in.log") \
				>"$tmp/out" 2>"$tmp/err"
			st=$?
			[ "$st" = 0 ] && ok || bad "$name with $how positions: exit $st: $(tail -3 "$tmp/err")"
			python3 -c 'import json, sys; json.load(open(sys.argv[1]))' "$tmp/c11/out.sarif" 2>/dev/null &&
				ok || bad "$name with $how positions: the SARIF report is not JSON"
		done
	done
done

finish
