#!/usr/bin/env python3
"""Run escapelint over the real-world corpus and summarise its findings.

usage: report.py [OPTIONS] ESCAPELINT [ESCAPELINT-ARGS...]

For every library in logs/VERSIONS.tsv the compressed log is unpacked to a
temporary file and escapelint is run on it as

    ESCAPELINT -f json --srcroot=DIR [ESCAPELINT-ARGS...] LOG

where DIR is the library's module-cache directory (srcdir.sh), so that the
library's files are its own code and everything else (GOROOT, other modules)
is external.  Exit status 0 and 1 of escapelint are both fine (1 means
findings); anything else is reported as an error and makes this script exit
with status 1 after the report.

The report: findings per library and level, warnings per library and rule,
totals, warnings per rule, and -- when the findings carry the fields
"context", "free" or "scope" (newer escapelint) -- how many warnings are in
cold or run-once code (a non-empty "context"), free, or of each scope;
findings without the field count as unknown.  A second escapelint run per log
with --stats gives the number of unrecognized input lines ("?" if that run
fails).

Options (before ESCAPELINT):
  --sample N --seed S --out FILE
        also write N warnings, picked round-robin over the libraries (in an
        order shuffled with seed S; within a library, shuffled with S too),
        as a markdown checklist for hand review: library, rule, file:line
        relative to the library, function, message, fix and the source
        lines around the position
  --only LIB,...    only these libraries (first column of VERSIONS.tsv)
  --json-dir DIR    keep each library's JSON output as DIR/LIB.json
  --logs DIR        the logs directory (default: logs/ beside this script)

Standard library only.
"""

import collections
import json
import lzma
import os
import random
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
LEVELS = ("error", "warning", "note")


def die(msg, code=2):
    print("report.py: " + msg, file=sys.stderr)
    sys.exit(code)


def parse_args(argv):
    opts = {"sample": None, "seed": None, "out": None, "only": None,
            "json_dir": None, "logs": os.path.join(HERE, "logs")}
    names = {"--sample": "sample", "--seed": "seed", "--out": "out",
             "--only": "only", "--json-dir": "json_dir", "--logs": "logs"}
    i = 0
    while i < len(argv) and argv[i].startswith("--"):
        arg = argv[i]
        if arg == "--":
            i += 1
            break
        if arg in ("--help", "-h"):
            print(__doc__.strip())
            sys.exit(0)
        key, eq, val = arg.partition("=")
        if key not in names:
            die("unknown option %s (options go before ESCAPELINT)" % arg)
        if not eq:
            i += 1
            if i >= len(argv):
                die("option %s needs a value" % arg)
            val = argv[i]
        opts[names[key]] = val
        i += 1
    if i >= len(argv):
        die("usage: report.py [--sample N --seed S --out FILE] [--only LIB,...] "
            "[--json-dir DIR] ESCAPELINT [ESCAPELINT-ARGS...]")
    opts["escapelint"] = argv[i]
    opts["args"] = argv[i + 1:]
    if opts["sample"] is not None:
        if opts["seed"] is None or opts["out"] is None:
            die("--sample needs --seed and --out")
        try:
            opts["sample"] = int(opts["sample"])
        except ValueError:
            die("--sample: not a number: %s" % opts["sample"])
    return opts


def read_versions(logs):
    path = os.path.join(logs, "VERSIONS.tsv")
    if not os.path.exists(path):
        die("no %s (run regen.sh)" % path)
    goversion, libs = "", []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("#"):
                goversion = goversion or line.lstrip("# ")
                continue
            if not line:
                continue
            short, module, version, pattern, lines = line.split("\t")
            libs.append({"short": short, "module": module, "version": version,
                         "pattern": pattern, "lines": int(lines)})
    return goversion, libs


def srcdir(short):
    r = subprocess.run(["sh", os.path.join(HERE, "srcdir.sh"), short],
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if r.returncode != 0:
        die("srcdir.sh %s failed:\n%s" % (short, r.stderr.strip()))
    return r.stdout.strip()


def run_lib(opts, lib, tmpdir):
    """Run escapelint on one library's log; returns (findings, error, unrecognized)."""
    xzlog = os.path.join(opts["logs"], lib["short"] + ".m2.log.xz")
    if not os.path.exists(xzlog):
        return [], "no log %s" % xzlog, None
    log = os.path.join(tmpdir, lib["short"] + ".m2.log")
    with lzma.open(xzlog, "rb") as src, open(log, "wb") as dst:
        while True:
            chunk = src.read(1 << 20)
            if not chunk:
                break
            dst.write(chunk)
    d = lib["dir"]
    cmd = [opts["escapelint"], "-f", "json", "--srcroot=" + d] + opts["args"] + [log]
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    error = None
    if r.returncode not in (0, 1):
        error = "exit %d: %s" % (r.returncode, r.stderr.decode("utf-8", "replace").strip())
    findings = []
    for n, line in enumerate(r.stdout.decode("utf-8", "replace").splitlines(), 1):
        line = line.strip()
        if not line:
            continue
        try:
            obj = json.loads(line)
        except ValueError as e:
            error = (error + "; " if error else "") + "bad JSON on line %d: %s" % (n, e)
            break
        if isinstance(obj, dict):
            findings.append(obj)
    if opts["json_dir"]:
        os.makedirs(opts["json_dir"], exist_ok=True)
        with open(os.path.join(opts["json_dir"], lib["short"] + ".json"), "wb") as f:
            f.write(r.stdout)
    unrec = None
    s = subprocess.run([opts["escapelint"], "--stats", "--srcroot=" + d, log],
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if s.returncode in (0, 1):
        for line in s.stdout.decode("utf-8", "replace").splitlines():
            k, _, v = line.partition(":")
            if k.strip() == "unrecognized":
                try:
                    unrec = int(v.strip())
                except ValueError:
                    pass
    os.unlink(log)
    return findings, error, unrec


def table(headers, rows, align=None):
    """Plain-text table; numbers right-aligned."""
    cols = len(headers)
    cells = [[str(c) for c in headers]] + [[str(c) for c in r] for r in rows]
    width = [max(len(r[i]) for r in cells) for i in range(cols)]
    if align is None:
        align = ["<"] + [">"] * (cols - 1)
    out = []
    for k, r in enumerate(cells):
        out.append("  ".join(("{:%s%d}" % (align[i], width[i])).format(r[i])
                             for i in range(cols)).rstrip())
        if k == 0:
            out.append("  ".join("-" * w for w in width).rstrip())
    return "\n".join(out)


def pct(a, b):
    return "%.1f%%" % (100.0 * a / b) if b else "-"


def rule_key(f):
    return f.get("rule") or "?"


def report(goversion, libs, results, escapelint_args):
    print("escapelint corpus report: %d libraries, logs from %s; escapelint args: %s"
          % (len(libs), goversion or "an unknown go", " ".join(escapelint_args) or "(none)"))
    print()

    # Findings per library and level.
    rows, tot = [], collections.Counter()
    for lib in libs:
        fs, err, unrec = results[lib["short"]]
        c = collections.Counter(f.get("level", "?") for f in fs)
        ext = sum(1 for f in fs if f.get("external"))
        row = [lib["short"], lib["version"], lib["lines"], c["error"], c["warning"],
               c["note"], ext, "?" if unrec is None else unrec,
               ("ERROR: " + err.splitlines()[0][:60]) if err else ""]
        rows.append(row)
        tot.update(c)
        tot["lines"] += lib["lines"]
        tot["external"] += ext
        tot["unrec"] += unrec or 0
    rows.append(["total", "", tot["lines"], tot["error"], tot["warning"], tot["note"],
                 tot["external"], tot["unrec"], ""])
    print("Findings per library")
    print(table(["library", "version", "log lines", "errors", "warnings", "notes",
                 "external", "unrecognized", ""], rows,
                ["<", "<", ">", ">", ">", ">", ">", ">", "<"]))
    print()

    # Warnings per library and rule (columns: the rules with warnings).
    warn = {lib["short"]: [f for f in results[lib["short"]][0] if f.get("level") == "warning"]
            for lib in libs}
    per_rule = collections.Counter(rule_key(f) for fs in warn.values() for f in fs)
    ids = {}
    for fs in warn.values():
        for f in fs:
            ids.setdefault(rule_key(f), f.get("id") or rule_key(f))
    rules = sorted(per_rule, key=lambda r: (ids.get(r, r), r))
    if rules:
        rows = []
        for lib in libs:
            c = collections.Counter(rule_key(f) for f in warn[lib["short"]])
            rows.append([lib["short"]] + [c[r] or "." for r in rules] + [sum(c.values())])
        rows.append(["total"] + [per_rule[r] for r in rules] + [sum(per_rule.values())])
        print("Warnings per library and rule")
        print(table(["library"] + [ids[r] for r in rules] + ["total"], rows))
        print("  " + "; ".join("%s %s" % (ids[r], r) for r in rules))
        print()

    # Totals.
    allf = [f for lib in libs for f in results[lib["short"]][0]]
    print("Totals: %d findings: %d errors, %d warnings, %d notes (%d log lines, %d libraries)"
          % (len(allf), tot["error"], tot["warning"], tot["note"], tot["lines"], len(libs)))
    print()
    print("Warnings per rule")
    print(table(["rule", "id", "warnings", "share", "libraries"],
                [[r, ids[r], n, pct(n, tot["warning"]),
                  sum(1 for fs in warn.values() if any(rule_key(f) == r for f in fs))]
                 for r, n in per_rule.most_common()]))
    notes = collections.Counter(rule_key(f) for f in allf if f.get("level") == "note")
    if notes:
        print()
        print("Notes per rule")
        print(table(["rule", "notes"], [[r, n] for r, n in notes.most_common()]))

    # context / free / scope, when the findings carry them (newer escapelint).
    # A finding without the field counts as unknown; escapelint may leave the
    # field out when it is empty, so "no field" is also "not cold / not free".
    allw = [f for fs in warn.values() for f in fs]
    has = {k: any(k in f for f in allf) for k in ("context", "free", "scope")}
    # contexts that say what an API fixes about a value, not that the code
    # is cold or runs once: counted under "w api" instead
    api_contexts = {"api-callback", "user-callback", "encoder-document", "encoder-input",
                    "format-args", "printed-line", "decoder-options", "stream-wrapper",
                    "decoded-value", "interface-callback"}

    def cold(f):
        return bool(f.get("context")) and f.get("context") not in api_contexts
    if has["context"] or has["free"]:
        print()
        print("Cold/once code (non-empty \"context\") and free objects (non-empty \"free\");"
              " no field: unknown")
        rows = []
        for lib in libs + [None]:
            fs = allf if lib is None else results[lib["short"]][0]
            ws = [f for f in fs if f.get("level") == "warning"]
            ns = [f for f in fs if f.get("level") != "warning"]
            row = ["total" if lib is None else lib["short"], len(ws)]
            for key in ("context", "free"):
                if not has[key]:
                    continue
                nofield = sum(1 for f in ws if key not in f)
                hit = cold if key == "context" else (lambda f: bool(f.get("free")))
                n = sum(1 for f in ws if hit(f))
                row += [n, pct(n, len(ws)), nofield, sum(1 for f in ns if hit(f))]
                if key == "context":
                    row.append(sum(1 for f in ws if f.get("context") in api_contexts))
            rows.append(row)
        hdr = ["library", "warnings"]
        if has["context"]:
            hdr += ["w cold/once", "share", "w no ctx", "other levels cold/once", "w api"]
        if has["free"]:
            hdr += ["w free", "share", "w no free", "other levels free"]
        print(table(hdr, rows))
        for key in ("context", "free"):
            if not has[key]:
                continue
            c = collections.Counter((str(f[key]), f.get("level", "?"))
                                    for f in allf if f.get(key))
            if c:
                print("  %s: " % key + ", ".join("%s (%s) %d" % (v, lvl, n)
                                                  for (v, lvl), n in c.most_common()))
        print("  (findings on cold/once paths may be demoted below warning by escapelint's"
              " defaults; pass its option that keeps them warnings to see their share)")
    if has["scope"]:
        print()
        print("Warnings per scope (no field: unknown)")
        c = collections.Counter(str(f["scope"]) if "scope" in f else "(unknown)" for f in allw)
        print(table(["scope", "warnings", "share"],
                    [[k, n, pct(n, len(allw))] for k, n in c.most_common()]))


def relpath(lib, f):
    p = f.get("file") or "?"
    if os.path.isabs(p):
        d = lib["dir"].rstrip("/") + "/"
        if p.startswith(d):
            p = p[len(d):]
    return p


def snippet(lib, f, around=3):
    p = f.get("file")
    line = f.get("line")
    if not p or not isinstance(line, int) or line < 1:
        return None
    path = p if os.path.isabs(p) else os.path.join(lib["dir"], p)
    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            src = fh.read().splitlines()
    except OSError:
        return None
    lo, hi = max(1, line - around), min(len(src), line + around)
    w = len(str(hi))
    out = []
    for n in range(lo, hi + 1):
        out.append("%s %*d | %s" % (">" if n == line else " ", w, n, src[n - 1].expandtabs(4)))
    return "\n".join(out)


def sample(opts, libs, results, goversion):
    rng = random.Random(opts["seed"])
    pools = []
    for lib in libs:
        ws = [f for f in results[lib["short"]][0] if f.get("level") == "warning"]
        # Independent of the order of the package blocks in the log.
        ws.sort(key=lambda f: (str(f.get("file")), f.get("line") or 0, f.get("column") or 0,
                               rule_key(f), str(f.get("function")), str(f.get("message"))))
        rng.shuffle(ws)
        if ws:
            pools.append((lib, ws))
    rng.shuffle(pools)
    picked, i = [], 0
    while len(picked) < opts["sample"] and any(pools_left for _, pools_left in pools):
        lib, ws = pools[i % len(pools)]
        if ws:
            picked.append((lib, ws.pop(0)))
        i += 1
    nlibs = len({lib["short"] for lib, _ in picked})
    if nlibs < 8:
        print("report.py: warning: the sample covers only %d libraries (fewer than 8 have warnings)"
              % nlibs, file=sys.stderr)

    out = []
    out.append("# escapelint corpus: %d warnings for hand review" % len(picked))
    out.append("")
    out.append("Picked round-robin over %d libraries (seed %s), from `report.py %s`; logs from %s."
               % (nlibs, opts["seed"],
                  " ".join([os.path.basename(opts["escapelint"])] + opts["args"]),
                  goversion or "an unknown go"))
    out.append("Mark each: **TP** (a real heap allocation worth fixing where it is), "
               "**FP** (wrong or not actionable), **?** (unsure), with a note.")
    out.append("")
    for k, (lib, f) in enumerate(picked, 1):
        rule = rule_key(f)
        rid = f.get("id")
        out.append("## %d. %s: %s%s" % (k, lib["short"], rule, " (%s)" % rid if rid else ""))
        out.append("")
        out.append("- [ ] verdict: TP / FP / ? -- note:")
        out.append("- library: %s@%s" % (lib["module"], lib["version"]))
        out.append("- position: `%s:%s%s`" % (relpath(lib, f), f.get("line", "?"),
                                              ":%s" % f["column"] if f.get("column") else ""))
        out.append("- function: `%s`" % f.get("function", "?"))
        out.append("- message: %s" % f.get("message", ""))
        extra = []
        for key in ("context", "free", "scope"):
            if key in f:
                extra.append("%s=%s" % (key, json.dumps(f[key])))
        if extra:
            out.append("- " + ", ".join(extra))
        if f.get("fix"):
            out.append("- fix: %s" % f["fix"])
        snip = snippet(lib, f)
        out.append("")
        if snip is None:
            out.append("(source not available)")
        else:
            out.append("```go")
            out.append(snip)
            out.append("```")
        out.append("")
    with open(opts["out"], "w", encoding="utf-8") as fh:
        fh.write("\n".join(out))
    print("report.py: wrote %d warnings from %d libraries to %s"
          % (len(picked), nlibs, opts["out"]), file=sys.stderr)


def main():
    opts = parse_args(sys.argv[1:])
    goversion, libs = read_versions(opts["logs"])
    if opts["only"]:
        want = opts["only"].split(",")
        unknown = [w for w in want if w not in {lib["short"] for lib in libs}]
        if unknown:
            die("not in VERSIONS.tsv: %s" % ", ".join(unknown))
        libs = [lib for lib in libs if lib["short"] in want]
    results, failed = {}, False
    with tempfile.TemporaryDirectory(prefix="escapelint-corpus-") as tmpdir:
        for lib in libs:
            lib["dir"] = srcdir(lib["short"])
            findings, err, unrec = run_lib(opts, lib, tmpdir)
            if err:
                failed = True
                print("report.py: %s: %s" % (lib["short"], err), file=sys.stderr)
            results[lib["short"]] = (findings, err, unrec)
    report(goversion, libs, results, opts["args"])
    if opts["sample"] is not None:
        sample(opts, libs, results, goversion)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
