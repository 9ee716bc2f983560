#!/bin/sh
# crossfn.sh -- causes in another function, objects inside objects and
# values boxed for one call, on the real compiler output of
# tests/fixtures/*/24_cross_function (Go 1.19, the oldest release, and Go
# 1.27, the newest; the Go source is in tests/fixtures/go1.19/): the callee
# a heap object is passed to, what the callee does with it and whether it
# is inlined (callee-leak, variadic-slice, interface-argument), results of
# functions just over the inlining budget (returned-allocation), objects
# folded into the object they are allocated with, one finding per call.
. "$SRCDIR/tests/testlib.sh"
prog=$FIXTURES/go1.19/24_cross_function

# check LOG FILE:LINE SUBJECT PYTHON-CONDITION WHAT: the finding at
# FILE:LINE with this subject (JSON, -v: every level) satisfies the
# condition on f (the finding) and c (its "call", {} when none)
check() {
	python3 - "$tmp/f.json" "$2" "$3" "$4" <<'PY' && ok || bad "$1 $2 $3: $5: $(cat "$tmp/why")"
import json, sys
path, where, subject, cond = sys.argv[1:]
f, line = where.rsplit(":", 1)
got = [o for o in map(json.loads, open(path))
       if o.get("file") == f and o.get("line") == int(line) and o.get("subject") == subject]
with open(path.rsplit("/", 1)[0] + "/why", "w") as w:
    w.write(json.dumps(got)[:600] or "no such finding")
ok = len(got) == 1 and eval(cond, {}, {"f": got[0], "c": got[0].get("call", {})})
sys.exit(0 if ok else 1)
PY
}

for v in 1.19 1.27; do
	log=$FIXTURES/go$v/24_cross_function/m2.log
	(cd "$prog" && "$el" -v -f json --fail-on=never "$log") >"$tmp/f.json" 2>"$tmp/err" ||
		bad "go$v: exit $?: $(cat "$tmp/err")"
	# check keeps u in the *CheckError it returns; check is not inlined
	check go$v main.go:89 u 'f["rule"] == "callee-leak" and c["callee"] == "check" and c["kind"] == "static" and c["param"] == "u" and c["keeps_line"] == 69 and c["dest"] == "{storage for &CheckError{...}}" and c["inlinable"] is False and "check is not inlined (function too complex: cost" in f["message"] and "puts it in &CheckError{...}" in f["message"]' "check keeps u"
	# another package's method keeps what its receiver points to
	check go$v main.go:18 'make(map[string]int)' 'f["rule"] == "callee-leak" and c["callee"] == "(*store.Store).Put" and c["param"] == "s" and c["verdict"] == "leaking param content: s" and "keeps what its parameter s points to" in f["message"] and c["decl_file"] == "store/store.go"' "(*store.Store).Put keeps s's content"
	# the variadic slice of a call whose callee keeps it
	check go$v main.go:19 '... argument' 'f["rule"] == "variadic-slice" and c["param"] == "tags" and c["verdict"] == "leaking param: tags"' "Put keeps its ...string"
	# a buffer passed to a method of an interface value
	check go$v main.go:95 'make([]byte, 0, 64)' 'f["rule"] == "interface-argument" and c["callee"] == "w.Write" and c["kind"] == "dynamic"' "w.Write is a dynamic call"
	# a constructor 7 units over the budget
	check go$v main.go:32 '&decoder{...}' 'f["rule"] == "returned-allocation" and f["function_inlining"]["inlinable"] is False and "trim newDecoder by" in f["fix"]' "newDecoder is just over the budget"
	# the inline-budget note counts what the function's size costs
	check go$v main.go:31 newDecoder 'f["rule"] == "inline-budget" and f["returned_allocs"] == 1 and "what it returns from 1 allocation site is heap-allocated" in f["message"]' "newDecoder's size costs its result"
	# an inlinable constructor's result: a note
	check go$v store/store.go:20 '&Store{...}' 'f["rule"] == "returned-object" and f["level"] == "note" and "New can be inlined" in f["message"]' "New's result"
	# objects allocated inside &Conn{...} go with it
	check go$v main.go:116 '&Conn{...}' 'sorted(r["subject"] for r in f["related"] if r["kind"] == "nested") == ["make(map[string]string)", "new(bufio.Reader)"]' "nested in &Conn{...}"
	grep -q '"line":116,"column":35,"kind":"escapes","subject":"new(bufio.Reader)"' "$tmp/f.json" &&
		bad "go$v: new(bufio.Reader) is a finding of its own" || ok
	# the address of a local kept in a field; help output is tooling
	check go$v main.go:149 c 'f["rule"] == "address-taken-local" and f["level"] == "warning" and "s.cfg = &c" in f["message"]' "&c kept in s.cfg"
	check go$v main.go:156 name 'f["rule"] == "tooling-code" and f["level"] == "note"' "printUsage is help output"
	# passed on through forward (not inlined) to a method of an interface:
	# the dynamic call is the cause
	# a function value (a variable of func type, not a function of the
	# package): a dynamic call
	check go$v main.go:177 '&User{...}' 'f["rule"] == "interface-argument" and c["callee"] == "apply" and c["kind"] == "dynamic" and "a function value" in f["message"]' "apply is a function value"
	check go$v main.go:169 '&User{...}' 'f["rule"] == "callee-leak" and c["callee"] == "forward" and c["via"] == "s.Put" and c["via_kind"] == "dynamic" and c["via_line"] == 165 and "forward passes it on to s.Put (main.go:165), a dynamic call" in f["message"]' "forward passes u on to s.Put"
	# three values boxed for one call: one finding
	check go$v main.go:103 status '[r["subject"] for r in f["related"] if r["kind"] == "same-call"] == ["written", "dur"] and f["message"].startswith("3 values boxed for ")' "one finding for the call"
	# two bools boxed for one call from static data: one note
	check go$v main.go:20 'len(os.Args) > 1' '[r["subject"] for r in f["related"] if r["kind"] == "same-call"] == ["s != nil"] and f["message"].startswith("2 values converted to interfaces for fmt.Println in fill")' "one note for the call's free boxes"
	n=$(grep -c '"line":103,' "$tmp/f.json")
	[ "$n" = 1 ] && ok || bad "go$v: $n findings at main.go:103"
done

# without the source a call x.M(...) cannot be told from a package's pkg.F(...)
(cd "$prog" && "$el" -v -f json --fail-on=never --srcroot=/nonexistent-dir m2.log) >"$tmp/f.json" 2>/dev/null
grep '"subject":"make(\[\]byte, 0, 64)"' "$tmp/f.json" | grep -q interface-argument &&
	bad "interface-argument without the source" || ok

# the text report names the callee's statement and the values of the call
(cd "$prog" && "$el" --fail-on=never m2.log) >"$tmp/out"
has "$tmp/out" "u in Handle is heap-allocated because check keeps its parameter u: \`CheckError{...}\` (main.go:69) puts it in &CheckError{...}"
has "$tmp/out" "with it: new(bufio.Reader) at main.go:116:35"
has "$tmp/out" "also boxed for this call: written at main.go:103:13"
has "$tmp/out" "^Folded: .* 3 objects into the object they are allocated with, 3 values into another value boxed for the same call"

# SARIF: the nested objects and the values of the call are related locations
(cd "$prog" && "$el" --fail-on=never -f sarif m2.log) >"$tmp/s.sarif"
python3 - "$tmp/s.sarif" <<'PY' && ok || bad "SARIF related locations"
import json, sys
res = json.load(open(sys.argv[1]))["runs"][0]["results"]
msgs = [m["message"]["text"] for r in res for m in r.get("relatedLocations", [])]
sys.exit(0 if "allocated with it: new(bufio.Reader)" in msgs and "also boxed for this call: dur" in msgs
         and "kept by check: CheckError{...}" in msgs else 1)
PY
finish
