#!/usr/bin/env python3
"""objects.py -- every heap object of every fixture log is reported exactly
once.  The expected objects are derived from the log itself: each
`moved to heap: X` / `X escapes to heap` verdict and each `X escapes to
heap:` explanation header (through the parser's --dump-records) must be
covered by exactly one reported object, as its location or as a related
location (an inlined copy); no two objects share a location and subject;
at -m=2 every verdict has its chain, at -m=1 none has."""
import concurrent.futures, glob, json, os, subprocess, sys

el = os.environ["ESCAPELINT"]
fixtures = os.environ["FIXTURES"]
failures = 0
checked = 0

def norm(f):
    return f[2:] if f.startswith("./") else f

def run(args, cwd):
    p = subprocess.run([el] + args, cwd=cwd, capture_output=True)
    if p.returncode != 0:
        raise RuntimeError("%s exited %d: %s" % (args, p.returncode, p.stderr.decode()))
    return [json.loads(l) for l in p.stdout.decode("utf-8").splitlines()]

def fail(log, msg):
    global failures
    failures += 1
    print("FAIL %s: %s" % (log, msg))

logs = sorted(glob.glob(fixtures + "/go1.*/*/*.log") + glob.glob(fixtures + "/newer/*.log"))


def both_runs(log):
    """The parser's records and the reported objects of one log."""
    cwd = os.path.dirname(log)
    return (run(["--dump-records", log], cwd),
            run(["-f", "json", "--all", "--tests", "--fail-on=never", "--include-external", log], cwd))


# two runs per log, one log per CPU at once (under the sanitizers a run
# costs a second or more); the checks below read them in order
pool = concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 1)
for log, (recs, objs) in zip(logs, pool.map(both_runs, logs)):
    expected = {}
    for r in recs:
        if r["kind"] in ("moved_to_heap", "escapes", "escape_header"):
            subj = r["subject"]
            if r["kind"] == "escape_header" and subj.startswith("append(") and subj.endswith(")"):
                subj = "append"  # Go 1.26: header names the call, verdict says `append`
            # the package too: two test mains print the same _testmain.go:45
            key = (r.get("package", ""), norm(r["file"]), r["line"], r.get("column", 0), subj)
            expected.setdefault(key, set()).add(r["kind"])
    heap = [o for o in objs if o["kind"] in ("moved", "escapes")]
    covered = {}
    primary = set()
    for o in heap:
        subj = o.get("compiler_subject", o["subject"])  # the log's name, not the source's
        key = (o["package"], norm(o["file"]), o["line"], o.get("column", 0), subj)
        if key in primary:
            fail(log, "two objects at %s" % (key,))
        primary.add(key)
        covered[key] = covered.get(key, 0) + 1
        for rel in o["related"]:
            # a nested object (allocated with this one) has its own subject
            rk = (rel.get("package", o["package"]), norm(rel["file"]), rel["line"], rel.get("column", 0),
                  rel.get("compiler_subject", rel.get("subject", subj)))
            covered[rk] = covered.get(rk, 0) + 1
        if key not in expected:
            fail(log, "object %s is not in the log" % (key,))
        is_m2 = any(r["kind"] in ("escape_header", "leak_header") for r in recs)
        if is_m2 and not o["chain"] and not o.get("no_verdict"):
            # a verdict without an explanation at -m=2: allowed only where the
            # log has no header at that position
            if "escape_header" in expected.get(key, ()):
                fail(log, "object %s lost its chain" % (key,))
        if not is_m2 and o["chain"]:
            fail(log, "-m=1 object %s has a chain" % (key,))
    for key in expected:
        n = covered.get(key, 0)
        if n != 1:
            fail(log, "%s reported %d times" % (key, n))
    checked += len(expected)

pool.shutdown()
print("%d objects checked in %d logs" % (checked, len(logs)))
print("%d passed, %d failed" % (len(logs) - min(failures, len(logs)), failures))
sys.exit(1 if failures else 0)
