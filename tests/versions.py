#!/usr/bin/env python3
"""versions.py -- the real output of Go 1.19 and 1.21 to 1.27 (tests/fixtures/
go1.N/, written by tests/fixtures/versions.sh) through parser, grouper and
rules:

1. every log: the Go release escapelint detects from the text contains the
   release that wrote it, and every -m=2 log is placed on the right side of
   the Go 1.25 change of the explanation headers;
2. the same program gives the same heap objects (kind, file, line; columns
   and printed subjects change between releases) in every release, except
   where the compiler's decision changed: the table CHANGED below says
   which object appears or disappears in which release, and why;
3. the advice follows the release: a program compiled by an old and a new
   Go gets, for each, the message that is true there.

The sources are in tests/fixtures/go1.19/NAME or tests/fixtures/probes/NAME;
escapelint runs there so that it reads them."""
import collections, concurrent.futures, glob, json, os, re, shutil, subprocess, sys

el = os.environ["ESCAPELINT"]
fixtures = os.environ["FIXTURES"]
failures = checked = 0
VERSIONS = [19, 21, 22, 23, 24, 25, 26, 27]


def fail(what, msg):
    global failures
    failures += 1
    print("FAIL %s: %s" % (what, msg))


def ok(cond, what, msg):
    global checked
    checked += 1
    if not cond:
        fail(what, msg)
    return cond


def source_dir(name):
    for d in ("go1.19", "probes"):
        p = os.path.join(fixtures, d, name)
        if os.path.isdir(p):
            return p
    raise RuntimeError("no source for " + name)


def log_path(minor, name, log="m2.log"):
    return os.path.join(fixtures, "go1.%d" % minor, name, log)


def run(args, cwd):
    p = subprocess.run([el] + args, cwd=cwd, capture_output=True)
    if p.returncode not in (0, 1):
        raise RuntimeError("%s in %s exited %d: %s" % (args, cwd, p.returncode,
                                                       p.stderr.decode()))
    return p.stdout.decode("utf-8")


_findings = {}


def findings(minor, name, extra=(), log="m2.log"):
    """The JSON findings of one fixture log (each run once: the sanitizer
    build runs this script too)."""
    key = (minor, name, tuple(extra), log)
    if key not in _findings:
        out = run(["-f", "json", "--all", "--fail-on=never"] + list(extra) +
                  [log_path(minor, name, log)], source_dir(name))
        _findings[key] = [json.loads(l) for l in out.splitlines()]
    return _findings[key]


_detected = {}


def detected(minor, name, log):
    """The release range the SARIF run says it assumed, as (lo, hi)."""
    key = (minor, name, log)
    if key not in _detected:
        _detected[key] = _detect(minor, name, log)
    return _detected[key]


def _detect(minor, name, log):
    out = run(["-f", "sarif", "--fail-on=never", log_path(minor, name, log)], source_dir(name))
    v = json.loads(out)["runs"][0]["invocations"][0]["properties"]["goVersion"]
    m = re.fullmatch(r"1\.(\d+)(?:\.\d+)?", v)
    if m:
        return int(m.group(1)), int(m.group(1))
    m = re.fullmatch(r"1\.(\d+) or later", v)
    if m:
        return int(m.group(1)), 27
    m = re.fullmatch(r"1\.(\d+) or earlier", v)
    if m:
        return 19, int(m.group(1))
    m = re.fullmatch(r"1\.(\d+) to 1\.(\d+)", v)
    if m:
        return int(m.group(1)), int(m.group(2))
    if v == "unknown":
        return 19, 27
    raise RuntimeError("goVersion " + v)


programs = sorted({os.path.basename(d) for m in VERSIONS
                   for d in glob.glob(os.path.join(fixtures, "go1.%d" % m, "*"))
                   if os.path.isdir(d)})

# The runs most checks below read, made first, one per CPU at once (each
# is remembered; under the sanitizers a run costs a second or more).
with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
    runs = []
    for m in VERSIONS:
        for log in glob.glob(os.path.join(fixtures, "go1.%d" % m, "*", "*.log")):
            runs.append((detected, (m, log.split(os.sep)[-2], os.path.basename(log))))
        for name in programs:
            if os.path.exists(log_path(m, name)):
                runs.append((findings, (m, name)))
                runs.append((findings, (m, name, ["--include-external"])))
    list(pool.map(lambda r: r[0](*r[1]), runs))

# --- 1. the release, from the text ----------------------------------------
for m in VERSIONS:
    for log in sorted(glob.glob(os.path.join(fixtures, "go1.%d" % m, "*", "*.log"))):
        name, base = log.split(os.sep)[-2], os.path.basename(log)
        what = "go1.%d/%s/%s" % (m, name, base)
        lo, hi = detected(m, name, base)
        ok(lo <= m <= hi, what, "detected Go 1.%d..1.%d" % (lo, hi))
        with open(log, encoding="utf-8", errors="replace") as fh:
            headers = re.search(r"escapes to heap( in .*)?:$|leaks to .* with derefs=", fh.read(), re.M)
        if headers:
            ok(lo >= 25 if m >= 25 else hi <= 24, what,
               "a log with explanation headers is decided by them: got 1.%d..1.%d" % (lo, hi))

# --- 2. the same objects in every release ---------------------------------
# (program, first release with the change, +/-, kind, file, line, count, why)
CHANGED = [
    ("24_cross_function", 21, "-", "escapes", "main.go", 134, 1,
     "Go 1.21 initialises a package-level errors.New(\"short\") statically: no heap object"),
    ("02_iface_box", 21, "-", "escapes", "02_iface_box.go", 35, 1,
     "Go 1.21 devirtualizes s.Area in the inlined local(r), so r is no longer boxed"),
    ("02_iface_box", 25, "+", "escapes", "02_iface_box.go", 33, 1,
     "Go 1.25 prints the statically known value (1) of box(1) inlined into main: "
     "a subject of its own, no longer folded into box's n"),
    ("04_slice_growth", 25, "-", "escapes", "04_slice_growth.go", 12, 1,
     "Go 1.25 keeps a non-escaping make([]byte, n) in a stack buffer"),
    ("05_too_large", 24, "+", "moved", "05_too_large.go", 20, 1,
     "Go 1.24 lowered the stack limit of declared variables to 128 KiB"),
    ("22_after_closure", 21, "+", "escapes", "22_after_closure.go", 20, 1,
     "Go 1.21 reports the boxing of n in work.func1, inlined into work and work into "
     "main, at main's call (20:6) but not at the intermediate call (11:3): escapelint "
     "folds one level of inlining, so the copy stays main's object"),
    ("22_after_closure", 24, "-", "escapes", "22_after_closure.go", 20, 1,
     "Go 1.24 reports that boxing at 11:3 in work again, and main's copy folds into it"),
    ("22_after_closure", 24, "-", "escapes", "22_after_closure.go", 9, 1,
     "Go 1.24 no longer reports the boxing in work.func1 itself (9:10), only where it is "
     "inlined into work (11:3)"),
    ("22_after_closure", 24, "+", "escapes", "22_after_closure.go", 11, 1,
     "(the same: work.func1's boxing of n, at its call in work)"),
    ("22_after_closure", 25, "+", "escapes", "22_after_closure.go", 20, 2,
     "Go 1.25 prints the values it substituted in main's copies (3, make([]byte, 3)), "
     "which no longer name work's objects (n, make([]byte, n)), so they are not folded"),
    ("p10_large_var", 24, "+", "moved", "main.go", 10, 1,
     "Go 1.24: a declared 1 MiB array is over the new 128 KiB limit"),
    ("p10_large_var", 24, "+", "moved", "main.go", 20, 1,
     "Go 1.24: a 1 MiB array literal assigned to a variable is over 128 KiB"),
    ("p1_make_var", 25, "-", "escapes", "main.go", 13, 1, "stack buffer for make (1.25)"),
    ("p1_make_var", 25, "-", "escapes", "main.go", 18, 1, "stack buffer for make (1.25)"),
    ("p1_make_var", 25, "-", "escapes", "main.go", 27, 1, "stack buffer for make (1.25)"),
    ("p1_make_var", 25, "-", "escapes", "main.go", 34, 1,
     "Go 1.25 propagates size := 128: a constant-size make on the stack"),
    ("p1_make_var", 25, "-", "escapes", "main.go", 40, 1, "stack buffer for make (1.25)"),
    ("p3_iface", 25, "+", "escapes", "main.go", 45, 3,
     "Go 1.25 prints the constants box(1, \"x\", 1) passes when inlined into main "
     "(\"x\", 1, byte(1)): subjects of their own"),
]
# Every release from 1.25 on reports append's backing store itself
# (`append escapes to heap`): a new allocation site, not a changed decision.
NEW_SITES = {25: ("escapes", "append")}


def objects(minor, name):
    c = collections.Counter()
    for o in findings(minor, name):
        if o["kind"] in ("moved", "escapes") and not o["external"] and not o["test"]:
            if minor >= 25 and o["subject"] == "append":
                continue
            c[(o["kind"], os.path.basename(o["file"]), o["line"])] += 1
            # objects allocated with this one are folded into its finding
            for rel in o["related"]:
                if rel["kind"] in ("nested", "same-call", "same-slice"):
                    c[(rel["object_kind"], os.path.basename(rel["file"]), rel["line"])] += 1
    return c


for name in programs:
    have = [m for m in VERSIONS if os.path.exists(log_path(m, name))]
    prev = None
    for m in have:
        cur = objects(m, name)
        if prev is not None:
            pm, pc = prev
            want = collections.Counter(pc)
            for (p, first, sign, kind, f, line, n, why) in CHANGED:
                if p == name and pm < first <= m:
                    key = (kind, f, line)
                    if sign == "+":
                        want[key] += n
                    else:
                        want[key] -= n
            want = +want
            extra, missing = cur - want, want - cur
            ok(not extra and not missing, "%s go1.%d -> go1.%d" % (name, pm, m),
               "objects appeared %s, disappeared %s (not in CHANGED)" %
               (sorted(extra.items()), sorted(missing.items())))
        prev = (m, cur)
    # the append sites exist from 1.25 on wherever the program appends
    if name in ("p2_append", "04_slice_growth"):
        for m in have:
            n = sum(1 for o in findings(m, name) if o["subject"] == "append")
            ok((n > 0) == (m >= 25), "%s go1.%d" % (name, m),
               "%d `append` objects (expected %s)" % (n, "some" if m >= 25 else "none"))

# --- 3. the advice follows the release --------------------------------------


def at(minor, name, line, kind=None, extra=()):
    return [o for o in findings(minor, name, extra)
            if o["line"] == line and (kind is None or o["kind"] == kind)]


def rule_at(minor, name, line, kind=None, extra=()):
    return [(o["rule"], o["message"], o["fix"]) for o in at(minor, name, line, kind, extra)]


# too large for the stack: 10 MiB for a declared variable up to 1.23, 128 KiB
# from 1.24.  Told the release (as escapelint go is), the message gives its
# limits; from the text alone, what the text decides, or both limits.
BOTH = "10 MiB up to Go 1.23 and 128 KiB from Go 1.24"
for m in VERSIONS:
    for given in (True, False):
        extra = ["--go-version=1.%d" % m] if given else []
        r = rule_at(m, "05_too_large", 6, "moved", extra)
        what = "05_too_large go1.%d%s" % (m, " --go-version" if given else "")
        if not ok(len(r) == 1 and r[0][0] == "too-large-for-stack", what, r):
            continue
        lo, hi = (m, m) if given else detected(m, "05_too_large", "m2.log")
        want = ("10 MiB for a declared variable" if hi <= 23 else
                "128 KiB for a declared variable" if lo >= 24 else BOTH)
        ok(want in r[0][1], what, "message %r lacks %r" % (r[0][1], want))
        if m >= 25 and not given:
            ok(want != BOTH, what, "a Go 1.25 log decides the limit")
for m in (23, 24):
    r = rule_at(m, "p10_large_var", 10, "moved", ["--go-version=1.%d" % m])
    ok(bool(r) == (m >= 24), "p10_large_var go1.%d" % m, r)
    if m >= 24 and r:
        ok("stayed on the stack up to Go 1.23" in r[0][2], "p10_large_var go1.24", r[0][2])

# non-constant make: the heap up to 1.24 (said so, with the 1.25 change); no finding from 1.25
for m in VERSIONS:
    if not os.path.exists(log_path(m, "p1_make_var")):
        continue
    r = rule_at(m, "p1_make_var", 13)
    if m <= 24:
        ok(len(r) == 1 and r[0][0] == "nonconstant-make" and "Go 1.25 and later keep" in r[0][1],
           "p1_make_var go1.%d" % m, r)
    else:
        ok(r == [], "p1_make_var go1.%d" % m, r)

# loop variables: keyed on the module's go line, not on the toolchain
for m in VERSIONS:
    if os.path.exists(log_path(m, "p5_loopvar_old")):
        r = rule_at(m, "p5_loopvar_old", 8, "moved")
        ok(len(r) == 1 and r[0][0] == "loop-variable-capture" and "go line at 1.21" in r[0][1],
           "p5_loopvar_old go1.%d" % m, r)
    if os.path.exists(log_path(m, "p5_loopvar_new")):
        ok(rule_at(m, "p5_loopvar_new", 8, "moved") == [], "p5_loopvar_new go1.%d" % m,
           "a per-iteration loop variable is not moved to the heap")
        # &i still escapes, and is not blamed on the go line
        r = rule_at(m, "p5_loopvar_new", 16, "moved")
        ok(len(r) == 1 and r[0][0] != "loop-variable-capture", "p5_loopvar_new go1.%d &i" % m, r)

# append: 1.25 allocates at every growth, 1.26 grows on the stack and copies
# once; the text of 1.25 to 1.27 does not tell them apart (the message then
# says what holds for both)
for m in (25, 26, 27):
    r = rule_at(m, "p2_append", 18, "escapes", ["--go-version=1.%d" % m])
    want = "every growth past the capacity" if m == 25 else "copies it to the heap where it escapes"
    ok(len(r) == 1 and r[0][0] == "append-growth" and want in r[0][1], "p2_append go1.%d" % m, r)
    r = rule_at(m, "p2_append", 18, "escapes")
    ok(len(r) == 1 and r[0][0] == "append-growth" and "the new backing array escapes" in r[0][1],
       "p2_append go1.%d from the text" % m, r)

# closures: the budget of 80 up to 1.23, 800 from 1.24 (a closure of cost 110)
for m in VERSIONS:
    if not os.path.exists(log_path(m, "p11_closure_budget")):
        continue
    r = [(o["rule"], o["message"]) for o in findings(m, "p11_closure_budget")
         if o["kind"] == "noinline" and o["subject"] == "main.func1"]
    if m <= 23:
        ok(len(r) == 1 and r[0][0] == "closure-budget" and "budget of 800" in r[0][1],
           "p11_closure_budget go1.%d" % m, r)
    else:
        ok(r == [], "p11_closure_budget go1.%d" % m, "inlined from Go 1.24: %s" % r)

# statically known values (1.25): a literal subject allocates nothing
r = rule_at(25, "p3_iface", 33, "escapes")
ok(len(r) == 1 and r[0][0] == "constant-boxing", "p3_iface go1.25 v := 1000", r)
r = rule_at(24, "p3_iface", 33, "escapes")
ok(len(r) == 1 and r[0][0] != "constant-boxing", "p3_iface go1.24 v := 1000", r)

# new(expr) (1.26): the temporary is shown as the source expression
for m in (26, 27):
    r = at(m, "p8_newexpr", 7, "moved")
    ok(len(r) == 1 and r[0]["subject"] == "new(n + 1)" and ".autotmp" not in r[0]["message"],
       "p8_newexpr go1.%d" % m, [(o["subject"], o["message"]) for o in r])

# the release and the module's language version are stated
for m in (21, 25, 27):
    out = run(["--fail-on=never", log_path(m, "p5_loopvar_old")], source_dir("p5_loopvar_old"))
    ok("module language go 1.21 (go.mod)" in out, "summary go1.%d" % m, out[-400:])
out = run(["--fail-on=never", "--go-version=go1.25.3", log_path(25, "p2_append")],
          source_dir("p2_append"))
ok("Assumed: Go 1.25.3 (from --go-version)" in out, "summary --go-version", out[-400:])

# --- 5. each text change, on the release that made it -------------------------


def records(minor, name, log="m2.log"):
    out = run(["--dump-records", log_path(minor, name, log)], source_dir(name))
    return [json.loads(l) for l in out.splitlines()]


def has(recs, **want):
    return any(all(r.get(k) == v for k, v in want.items()) for r in recs)


for m in VERSIONS:
    if m == 19:
        continue
    new = m >= 25
    r = records(m, "01_return_addr")
    # 1.25: `escapes to heap in F:`, `leaks to D for F`, flows with ←
    ok(has(r, kind="escape_header", subject="t", function="newT") == new and
       has(r, kind="escape_header", subject="t", new_form=True) == new,
       "go1.%d header" % m, "escapes to heap in newT: only from 1.25")
    ok(has(r, kind="flow", dst="~r0", ops="&", src="t") and
       has(r, kind="flow", dst="~r0", new_form=True) == new, "go1.%d flow" % m, "← from 1.25")
    # 1.22: the inlined result ~R0 becomes ~r0
    ok(has(r, kind="escapes", subject="~R0" if m <= 21 else "~r0"), "go1.%d ~R0" % m,
       [x.get("subject") for x in r if x["kind"] == "escapes"])
    r = records(m, "06_leak_params")
    ok(has(r, kind="leak_header", new_form=True) == new and has(r, kind="leak_header"),
       "go1.%d leak header" % m, "`leaks to D for F` from 1.25")
    r = records(m, "02_iface_box")
    # 1.22: the <autogenerated> wrapper's receiver .this becomes ~p0
    ok(has(r, kind="leak_header", param=".this" if m <= 21 else "~p0"), "go1.%d .this" % m,
       [x.get("param") for x in r if x["kind"] == "leak_header"])
    # 1.22: constants folded in subjects; the rule still sees the size
    f = [o for o in findings(m, "04_slice_growth") if o["line"] == 22 and o["kind"] == "escapes"]
    ok(len(f) == 1 and f[0]["subject"] == ("make([]byte, 1 << 20)" if m <= 21 else
                                          "make([]byte, 1048576)") and
       f[0]["rule"] == "too-large-for-stack", "go1.%d folded constant" % m,
       [(o["subject"], o["rule"]) for o in f])
    # 1.25: append verdicts
    r = records(m, "p2_append")
    ok(has(r, kind="escapes", subject="append") == new and
       has(r, kind="no_escape", subject="append") == new, "go1.%d append verdicts" % m, "")
    # 1.22: go/defer wrappers named .gowrapN / .deferwrapN
    r = records(m, "08_inline_reasons")
    ok(has(r, kind="can_inline", function="withGo.gowrap1") == (m >= 22), "go1.%d gowrap" % m, "")
    # 1.24: `cannot inline F: recursive` gone, `repeated recursive cycle` at calls
    r = records(m, "p7_inline")
    ok(has(r, kind="cannot_inline", function="recursive", reason="recursive") == (m <= 23) and
       has(r, kind="cannot_inline_call", reason="repeated recursive cycle") == (m >= 24),
       "go1.%d recursion" % m, "")
    # 1.21: generic shapes without _N; 1.27: inlined closures keep their name + #hash#
    r = records(m, "07_generics")
    ok(has(r, kind="can_inline", function="Max[go.shape.int]"), "go1.%d shapes" % m,
       sorted({x.get("function") for x in r if x["kind"] == "can_inline"})[:8])
    f = findings(m, "03_closure_capture")
    ok(all("#" not in o["function"] for o in f) and
       any(o["function"] == "nested.func1" for o in f), "go1.%d closure names" % m,
       sorted({o["function"] for o in f}))
    if m >= 22:  # zero-copy []byte(s)
        ok(has(records(m, "p4_strconv"), kind="zero_copy", line=9), "go1.%d zero-copy" % m, "")
    if m >= 23:  # range-over-func: -rangeN bodies, #state, a capture without a position
        r = records(m, "p6_rangefunc")
        ok(has(r, kind="can_inline", function="sum-range1") and
           not any(x["kind"] == "unrecognized" for x in r), "go1.%d range-over-func" % m, "")
        ok(has(r, kind="capture", name="#next") == (m == 23) or m > 23, "go1.%d #next" % m, "")
        # generic std code instantiated here: GOROOT paths, external
        f = findings(m, "p6_rangefunc", ["--include-external"])
        ok(any(o["file"].endswith("/src/slices/iter.go") and o["external"] for o in f),
           "go1.%d GOROOT paths" % m, "")
    if m >= 24:  # b.Loop bodies: not inlined into on 1.24-1.25; kept alive from 1.26
        r = records(m, "p9_bloop", "test.m2.log")
        ok(has(r, kind="inline_skip") == (m <= 25) and has(r, kind="keep_alive") == (m >= 26),
           "go1.%d b.Loop" % m, "")
        p = subprocess.run([el, "--fail-on=never", "--tests", log_path(m, "p9_bloop", "test.m2.log")],
                           cwd=source_dir("p9_bloop"), capture_output=True)
        ok(("do not inline calls in for b.Loop() bodies" in p.stderr.decode()) == (m <= 25),
           "go1.%d b.Loop note" % m, p.stderr.decode()[-300:])

# PGO: a profile-guided build is noted (real Go 1.25.6 output of a public page)
out = run(["--fail-on=never", "-v", os.path.join(fixtures, "newer", "010_ph16-pgo-devirt-go1.25.6.log")],
          fixtures)
ok("profile-guided build (a PGO devirtualization" in out, "PGO", out[-300:])

# --- 4. the other forms of the same build -----------------------------------
# go build -json events (Go >= 1.24) and logopt directories give the findings
# of the text form: same rule, position (file base name, line, column) and
# message; logopt files name absolute paths (the directory the fixture was
# built in), so their objects are outside the source root: compared with
# --include-external.


FX = "/tmp/escapelint-fx"  # where tests/fixtures/versions.sh builds
made_fx = not os.path.exists(FX)


def logopt_lacks(k):
    """What logopt does not carry (lib/logopt.c): <autogenerated> wrappers'
    names and the type eq/hash functions, and the functions only the text
    names as not inlinable without a diagnostic inside them."""
    rule, f, line, col, kind, subject = k
    return f == "<autogenerated>" or (kind == "noinline" and subject.startswith("func@"))


LITERAL = re.compile(r'-?[0-9]+|"(?:[^"\\]|\\.)*"|byte\([0-9]+\)')


def missing_source(lo, built):
    """A source file the logopt output in lo names outside the directory
    the program was built in (an inlined standard-library function, in the
    module cache of the toolchain that built the fixture) that this machine
    lacks, or None.  The reader classifies inlined copies by those sources
    (p6_rangefunc of Go 1.27 inlines slices/iter.go of go1.27.3), so a
    comparison that differs without them is skipped, saying so."""
    for root, _, files in os.walk(lo):
        for f in files:
            with open(os.path.join(root, f), encoding="utf-8", errors="replace") as fh:
                for path in re.findall(r'"uri":"file://(/[^"]*)"', fh.read()):
                    if not path.startswith(FX + "/") and not os.path.exists(path):
                        return path
    return None


def keyed(objs, external=False):
    """(rule, file, line, column, kind, subject) of the objects in the
    program's own files (generic standard-library code instantiated in it
    is external, and logopt loses some of it to file-name collisions)."""
    return sorted((o["rule"], os.path.basename(o["file"]), o["line"], o.get("column", 0), o["kind"],
                   o["subject"]) for o in objs if o["kind"] != "directive" and (external or not o["external"]))


for m in VERSIONS:
    for name in programs:
        if not os.path.exists(log_path(m, name)):
            continue
        text = findings(m, name, ["--include-external"])
        # `cannot inline F: recursive` (Go <= 1.23): logopt says it only
        # where F holds a diagnostic of its own
        recursive = {(o["subject"], o["line"]) for o in text
                     if o["kind"] == "noinline" and o.get("reason") == "recursive"}
        # leaks the text reports for a function without a body (assembly):
        # a tag with no explanation, which logopt does not write
        bodyless = {k for k, o in zip(keyed(text), sorted(
            (o for o in text if o["kind"] != "directive" and not o["external"]),
            key=lambda o: (o["rule"], os.path.basename(o["file"]), o["line"], o.get("column", 0),
                           o["kind"], o["subject"]))) if o["kind"] == "leak" and not o["chain"]
            and name == "08_inline_reasons"}
        if os.path.exists(log_path(m, name, "build.jsonl")):
            js = findings(m, name, ["--include-external"], "build.jsonl")
            ok(keyed(js) == keyed(text), "go1.%d/%s build.jsonl" % (m, name),
               "differs from m2.log: %s" % sorted(set(keyed(js)) ^ set(keyed(text)))[:6])
        lo = os.path.join(fixtures, "go1.%d" % m, name, "logopt")
        # 24_cross_function: logopt names the variable of an inlined call
        # (Handle's u in main) by the call, and has no box for the inlined
        # result ~r0 (gaps listed in lib/logopt.c); tests/check_readers.c
        # leaves it out too
        if os.path.isdir(lo) and name != "24_cross_function":
            # logopt names no functions: they come from the sources at the
            # paths it gives, where versions.sh built the program
            built = os.path.join(FX, name)
            if not os.path.exists(built):
                shutil.copytree(source_dir(name), built)
            out = run(["-f", "json", "--all", "--fail-on=never", "--include-external", lo], built)
            lj = [json.loads(l) for l in out.splitlines()]
            lk = [k for k in keyed(lj) if not logopt_lacks(k)]
            # what only the text has: verdicts whose operand Go >= 1.25
            # rewrote to a constant, tags of functions without a body (asm)
            tk = [k for k in keyed(text) if not logopt_lacks(k) and
                  (k in lk or not ((m >= 25 and k[4] == "escapes" and LITERAL.fullmatch(k[5])) or
                                   (k[4] == "leak" and k in bodyless) or
                                   (k[4] == "noinline" and (k[5], k[2]) in recursive)))]
            if name == "13_line_directive":  # logopt positions ignore //line: the same
                # objects, wherever each form puts them (a //line file is external)
                lk = sorted(k[:1] + k[4:] for k in keyed(lj, True) if not logopt_lacks(k))
                tk = sorted(k[:1] + k[4:] for k in keyed(text, True) if not logopt_lacks(k))
            gone = missing_source(lo, built)
            if lk != tk and gone:
                print("skip go1.%d/%s logopt: it differs, and it names %s, not on this machine"
                      % (m, name, gone))
            else:
                ok(lk == tk, "go1.%d/%s logopt" % (m, name),
                   "differs from m2.log: %s" % sorted(set(lk) ^ set(tk))[:6])

# the release comes from the logopt header, from any form of evidence
out = run(["--fail-on=never", os.path.join(fixtures, "go1.23", "02_iface_box", "logopt")],
          source_dir("02_iface_box"))
ok("Assumed: Go 1.23.12 (from the logopt header's gc_version)" in out, "logopt version", out[-300:])

# --- 6. errors of the other forms --------------------------------------------
import tempfile


def status(args, cwd, stdin=None):
    p = subprocess.run([el] + args, cwd=cwd, capture_output=True, input=stdin)
    return p.returncode, p.stdout.decode(), p.stderr.decode()


broken = os.path.join(fixtures, "gomod", "broken")
with open(os.path.join(broken, "go1.26.build.jsonl"), "rb") as fh:
    events = fh.read()
rc, out, err = status([], broken, events)  # piped, as go build -json | escapelint
ok(rc == 3 and "./broken.go:4:9: undefined: undefinedName" in err and
   "the build of 1 package failed (build-fail events in the go -json input): example.com/broken"
   in err, "build-fail", (rc, err))
with tempfile.TemporaryDirectory() as d:
    rc, out, err = status(["--logopt-dir=" + d], d)
    ok(rc == 2 and "rebuild with -a" in err, "empty logopt dir", (rc, err))
    rc, out, err = status([os.path.join(d, "missing")], d)
    ok(rc == 2 and "missing" in err, "missing input", (rc, err))
    rc, out, err = status(["go", "--logopt-dir=" + d], d)
    ok(rc == 2 and "--logopt-dir" in err, "go --logopt-dir", (rc, err))
    rc, out, err = status(["--go-version=2.0"], d, b"")
    ok(rc == 2 and "--go-version=2.0" in err, "bad --go-version", (rc, err))
    # a go -json stream cut in the middle of an event
    rc, out, err = status([], d, events[:150])
    ok(rc == 2 and "<stdin>:2:" in err, "truncated event", (rc, err))

if made_fx:
    shutil.rmtree(FX, ignore_errors=True)
print("%d checks, %d failures" % (checked, failures))
sys.exit(1 if failures else 0)
