#!/usr/bin/env python3
"""sarif_check.py SCHEMA FILE... -- validate SARIF logs written by escapelint.

Each FILE is checked against the official SARIF 2.1.0 schema (jsonschema,
Draft 4) and against what the schema cannot say but GitHub code scanning
and the SARIF spec require:
  - results is an array (upload-sarif rejects a run without it);
  - ruleIndex points to the rule whose id is ruleId;
  - every artifact URI is a URI reference: percent-encoded, no spaces;
    relative ones carry uriBaseId %SRCROOT%, which originalUriBaseIds
    defines with a URI ending in '/';
  - every [text](N) link of a message names a relatedLocations id;
  - $schema is the final 2.1.0 schema (GitHub flags the rtm drafts);
  - partialFingerprints are present and unique;
  - levels of results and notifications are SARIF's.
Prints one line per problem; exit 0 when all files are good, 1 otherwise,
2 when a file or the schema cannot be read.
"""
import json
import re
import sys

try:
    import jsonschema
except ImportError:
    print("sarif_check.py: python3 has no jsonschema module "
          "(Debian: apt-get install python3-jsonschema)", file=sys.stderr)
    sys.exit(2)

URI_REF = re.compile(r"^(?:[A-Za-z0-9\-._~/:@!$&'()*+,;=]|%[0-9A-Fa-f]{2})+$")
LINK = re.compile(r"(?<!\\)\[((?:[^\]\\]|\\.)*)\]\((\d+)\)")
LEVELS = {"none", "note", "warning", "error"}
FINAL_SCHEMAS = {
    "https://json.schemastore.org/sarif-2.1.0.json",
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json",
}


def check(path, validator):
    problems = []
    try:
        with open(path, encoding="utf-8") as f:
            log = json.load(f)
    except (OSError, ValueError) as e:
        return [f"unreadable: {e}"], 2
    for e in sorted(validator.iter_errors(log), key=lambda e: list(e.absolute_path)):
        where = "/".join(map(str, e.absolute_path))
        problems.append(f"schema: /{where}: {e.message[:200]}")
    if problems:
        return problems, 1
    if log.get("$schema") not in FINAL_SCHEMAS:
        problems.append(f"$schema {log.get('$schema')!r} is not the final SARIF 2.1.0 schema")
    if len(log["runs"]) != 1:
        problems.append(f"{len(log['runs'])} runs, want 1")
    for run in log["runs"]:
        rules = run["tool"]["driver"].get("rules", [])
        bases = run.get("originalUriBaseIds", {})
        if "results" not in run:
            problems.append("run without a results array")
        if run.get("results") and "columnKind" not in run:
            problems.append("results without columnKind")
        for name, base in bases.items():
            if not base.get("uri", "").endswith("/"):
                problems.append(f"originalUriBaseIds {name} does not end with '/'")
        fingerprints = set()
        for i, res in enumerate(run.get("results", [])):
            where = f"results[{i}]"
            idx = res.get("ruleIndex")
            if idx is None or idx >= len(rules) or rules[idx]["id"] != res.get("ruleId"):
                problems.append(f"{where}: ruleIndex {idx} does not name rule {res.get('ruleId')}")
            if res.get("level") not in LEVELS:
                problems.append(f"{where}: level {res.get('level')!r}")
            if not res.get("locations"):
                problems.append(f"{where}: no location")
            locs = list(res.get("locations", [])) + list(res.get("relatedLocations", []))
            for flow in res.get("codeFlows", []):
                for tf in flow["threadFlows"]:
                    locs += [t["location"] for t in tf["locations"] if "location" in t]
            for loc in locs:
                art = loc.get("physicalLocation", {}).get("artifactLocation")
                if not art:
                    continue
                uri = art.get("uri", "")
                if not URI_REF.match(uri):
                    problems.append(f"{where}: artifact uri {uri!r} is not a URI reference")
                if uri.startswith("file:"):
                    if "uriBaseId" in art:
                        problems.append(f"{where}: absolute uri {uri!r} with a uriBaseId")
                elif art.get("uriBaseId") not in bases:
                    problems.append(f"{where}: relative uri {uri!r} without a known uriBaseId")
            ids = {loc["id"] for loc in res.get("relatedLocations", []) if "id" in loc}
            text = res["message"].get("text")
            if not text:
                problems.append(f"{where}: message without text (GitHub needs message.text)")
            for _, ref in LINK.findall(text or ""):
                if int(ref) not in ids:
                    problems.append(f"{where}: message links to location {ref}, which is not there")
            fp = res.get("partialFingerprints", {}).get("escapelint/v1")
            if not fp:
                problems.append(f"{where}: no escapelint/v1 fingerprint")
            elif fp in fingerprints:
                problems.append(f"{where}: fingerprint {fp} repeats")
            fingerprints.add(fp)
        for inv in run.get("invocations", []):
            for n in inv.get("toolExecutionNotifications", []):
                if n.get("level") not in LEVELS:
                    problems.append(f"notification level {n.get('level')!r}")
    return problems, 1 if problems else 0


def main():
    if len(sys.argv) < 3:
        print(__doc__.strip().splitlines()[0], file=sys.stderr)
        return 2
    try:
        with open(sys.argv[1], encoding="utf-8") as f:
            schema = json.load(f)
    except (OSError, ValueError) as e:
        print(f"{sys.argv[1]}: {e}", file=sys.stderr)
        return 2
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    validator = cls(schema, format_checker=cls.FORMAT_CHECKER)
    worst = 0
    for path in sys.argv[2:]:
        problems, rc = check(path, validator)
        for p in problems:
            print(f"{path}: {p}")
        if not problems:
            print(f"{path}: valid")
        worst = max(worst, rc)
    return worst


if __name__ == "__main__":
    sys.exit(main())
