#!/bin/sh
# source.sh -- decisions escapelint takes from the Go source (tree-sitter),
# on real compiler output of tests/fixtures/source/ (Go 1.19 and 1.26 logs
# beside the programs that produced them): values that allocate nothing,
# static closures, cold and once-only code, value sizes, test code.
. "$SRCDIR/tests/testlib.sh"
src=$FIXTURES/source

# decide DIR LOG FILE:LINE SUBJECT RULE: the finding at FILE:LINE with this
# subject has RULE (with -v --tests: every level, test code included).
# One run per DIR and LOG, kept for the checks after it (the same command
# gives the same findings; under the sanitizers a run costs seconds), and
# one python3 at the end for every decision (settle_decisions).
decide() {
	case $4 in *"	"* | *"
"*) bad "decide: subject '$4' holds a tab or a newline"; return ;; esac
	d=$tmp/d.$(echo "$1.$2" | tr / _).json
	[ -s "$d" ] ||
		(cd "$src/$1" && "$el" -v --tests -f json --fail-on=never "$2") >"$d" 2>/dev/null
	cp "$d" "$tmp/d.json"
	printf '%s\t%s\t%s\t%s\t%s\n' "$d" "$3" "$4" "$5" "$1/$2" >>"$tmp/decisions"
}

# settle_decisions: count each decision: ok, or bad with what was found;
# a decision python3 could not settle (a run's output that is not JSON)
# is bad too, and so is one that has no verdict at all
settle_decisions() {
	python3 - "$tmp/decisions" >"$tmp/verdicts" <<'PY'
import json, sys
runs = {}
for req in open(sys.argv[1]):
    try:
        path, where, subject, rule, label = req.rstrip("\n").split("\t")
        if path not in runs:
            runs[path] = [json.loads(l) for l in open(path)]
        f, line = where.rsplit(":", 1)
        got = [o["rule"] for o in runs[path]
               if o["file"] == f and o["line"] == int(line) and o["subject"] == subject]
        if got == [rule]:
            print("ok")
        else:
            print("bad %s: %s %s is not %s: %s" % (label, where, subject, rule,
                                                   ",".join(got) or "no such finding"))
    except Exception as e:
        print("bad %s: %s" % (req.strip().replace("\t", " "), e))
PY
	st=$?
	[ "$st" = 0 ] || bad "settle_decisions: python3 exited $st"
	[ "$(wc -l <"$tmp/verdicts")" = "$(wc -l <"$tmp/decisions")" ] ||
		bad "settle_decisions: $(wc -l <"$tmp/decisions") decisions, $(wc -l <"$tmp/verdicts") verdicts"
	while read -r verdict why; do
		if [ "$verdict" = ok ]; then ok; else bad "$why"; fi
	done <"$tmp/verdicts"
}

# an inlined callee of a module beside the package, compiled without -m
# (no line of its own in the log): its source, found through the import
# and the directory layout, shows the capacity guard (huff0 in zstd)
decide sibling go1.19.m2.log app/app.go:17 'make(grow.Table, int(0), int(256))' lazy-init
decide sibling go1.26.m2.log app/app.go:17 'make(grow.Table, 0, 256)' lazy-init
# a constant of another package's type, as Go >= 1.22 prints it folded
decide free go1.26.m2.log levels.go:9 'level.Level(6)' constant-boxing
# Go 1.19 prints it as written: an int sum is no string concatenation
(cd "$src/free" && "$el" -v --all -f json --fail-on=never go1.19.m2.log) >"$tmp/lv.json" 2>/dev/null
grep '"file":"levels.go","line":9,' "$tmp/lv.json" | grep -q string-concat &&
	bad "level.Fatal + 1 is called a string concatenation" || ok
for v in 1.19 1.26; do
	log=go$v.m2.log
	# constants, bools, bytes and zero-size values allocate nothing
	decide free $log router.go:82 'addr(0)' constant-boxing
	decide free $log router.go:87 ok constant-boxing
	decide free $log router.go:102 'any(b)' constant-boxing
	# the variable of a one-type case of a type switch has that type (bool)
	decide free $log router.go:148 x constant-boxing
	# a one-byte conversion boxed inside another package's inlined method
	if [ $v = 1.19 ]; then sub='any(uint8(level.l))'; else sub='uint8(level.l)'; fi
	decide free $log levels.go:15 "$sub" constant-boxing
	decide free $log router.go:112 'struct {}{}' constant-boxing
	decide free $log router.go:123 'marker{}' constant-boxing
	decide free $log router.go:118 m constant-boxing
	decide free $log router.go:107 '"ready"' constant-boxing
	# the key is free; the string, the one value WithUser stores, is the
	# box context.WithValue costs (nothing to group: api-allocation)
	decide free $log router.go:62 user api-allocation
	# func literals that capture nothing are static
	decide static-closure $log server.go:37 'func literal' static-closure
	decide static-closure $log server.go:44 'func literal' static-closure
	# one that captures is allocated, here once per route: the functions
	# hand it to Handle and HandleFunc, registering a route
	decide static-closure $log server.go:58 'func literal' configuration-code
	decide static-closure $log server.go:72 'func literal' configuration-code
	decide static-closure $log server.go:98 'func literal' closure-factory
	decide static-closure $log server.go:97 n closure-capture
	# cold paths: panics, errors being built or returned
	decide cold-paths $log config.go:47 '&ParseError{...}' error-construction
	decide cold-paths $log config.go:51 '&errors.errorString{...}' error-sentinel
	decide cold-paths $log config.go:91 key panic-path
	decide cold-paths $log config.go:110 n error-construction
	decide cold-paths $log config.go:122 path panic-path
	# one finding for the values boxed for one call: entries[i].N goes with Key
	decide cold-paths $log report.go:13 'entries[i].Key' fmt-sprintf
	(cd "$src/cold-paths" && "$el" -f json --fail-on=never "$log") >"$tmp/c.json" 2>/dev/null
	grep '"line":13,' "$tmp/c.json" | grep -q '2 values boxed for fmt.Sprintf in Describe: entries\[i\].Key, entries\[i\].N (up to 2 allocations per call' &&
		ok || bad "cold-paths/$log: the two values boxed for fmt.Sprintf are not one finding"
	grep '"line":13,' "$tmp/c.json" | grep -q '"kind":"same-call","subject":"entries\[i\].N"' &&
		ok || bad "cold-paths/$log: entries[i].N is not a related location of the finding"
	# a field of an error value (errUnknown.Names = ...) builds the error
	decide cold-paths $log config.go:143 'errUnknown.Names + " " + a' error-construction
	# `return err` of an unchecked err, and a case that returns normally
	# inside a branch that fails, are no error paths
	if [ $v = 1.19 ]; then boxing=interface-boxing; else boxing=fmt-sprintf; fi
	decide cold-paths $log config.go:157 'pending[0]' $boxing
	# the function's product (returned as its any result): a note
	decide cold-paths $log config.go:170 'v + "!"' returned-object
	decide cold-paths $log config.go:172 v error-construction
	# the message of a recovered panic: if r := recover(); r != nil { ... }
	decide cold-paths $log config.go:183 name panic-path
	# package initialisation is built once
	decide package-init $log gateway.go:32 'map[string]int{...}' package-init
	decide package-init $log gateway.go:66 '&jsonCodec{...}' package-init
	# declared sizes: a 24-byte struct is a large value
	decide value-sizes $log rpc.go:90 w large-value-boxing
done
for v in 1.19 1.26; do
	log=go$v.m2.log
	# guarded allocations: once per object or on growth
	decide amortised $log codec.go:48 'make(map[string]int)' lazy-init
	decide amortised $log codec.go:60 'make([]byte, n)' lazy-init
	# zero-size, zero-length and one-byte objects allocate nothing
	decide amortised $log codec.go:73 '&nopCodec{}' zero-size-object
	decide amortised $log codec.go:78 '[]string{}' zero-size-object
	decide amortised $log codec.go:83 'string([]byte{...})' zero-size-object
	decide amortised $log codec.go:93 'int(v)' constant-boxing
	# an allocation inside an inlined call names the call
	# run once: in a function passed to (*sync.Once).Do, and sibling fields
	# set under the nil check of one of them; the unguarded one is per call
	decide amortised $log once.go:15 table lazy-init
	decide amortised $log once.go:20 'make(map[string]int, len(words))' lazy-init
	decide amortised $log once.go:32 '&[64]int{}' lazy-init
	decide amortised $log once.go:33 '&[64]int{}' lazy-init
	decide amortised $log once.go:39 '&[64]int{}' new-escape
	# assigned to a variable the function returns: its product, although
	# IntVar keeps it too
	decide amortised $log reuse.go:70 'new(int)' returned-object
	# a variable returned by its address, which boolVar keeps too; a named
	# result captured by a closure is returned by value: not a product
	decide amortised $log reuse.go:86 p returned-object
	# a pool's miss branch: x, ok := p.Get().(T); if !ok { x = ... }
	decide amortised $log reuse.go:42 '&[4096]byte{}' lazy-init
	# the request copy WithContext makes by design (it is also the result)
	decide amortised $log codec.go:103 'new(http.Request)' api-allocation
	(cd "$src/amortised" && "$el" -v -f json --fail-on=never "$log") 2>/dev/null | grep '"line":103,' |
		grep 'new(http.Request) is the copy of the request that r.WithContext makes by design' |
		grep -q '"also":\[[^]]*"returned-object"' && ok ||
		bad "amortised/$log: codec.go:103 does not name r.WithContext (with returned-object in also)"
	# an argument of a helper whose body ends in a panic
	decide amortised $log codec.go:116 s panic-path
	# a func literal whose own parameter shadows the outer name is static
	decide amortised $log codec.go:137 'func literal' static-closure
	# the body of a function that records an error
	decide amortised $log codec.go:146 'op + ": " + msg' error-construction
	# an early return when the buffer is large enough guards the make
	decide amortised $log codec.go:202 'make([]byte, n)' lazy-init
	# a value stored as an error (d.err = CorruptError(off), d.errs = append(...))
	decide amortised $log codec.go:181 'CorruptError(off)' error-construction
	# the values an error branch boxes for one call are one finding
	decide amortised $log codec.go:189 line error-construction
	grep '"file":"codec.go","line":189,.*"subject":"line"' "$tmp/d.amortised.$log.json" |
		grep '"message":"2 values for fmt.Sprintf in (\*Decoder).Warn (line, key) are allocated only when' |
		grep -q '"kind":"same-call","subject":"key"' && ok ||
		bad "amortised/$log: codec.go:189's line and key are not one error-construction finding"
done
# Go 1.26 reports append growth: amortised when the slice outlives the call
decide amortised go1.26.m2.log codec.go:23 append append-amortised
decide amortised go1.26.m2.log codec.go:31 append append-amortised
decide amortised go1.26.m2.log codec.go:39 append append-growth
decide amortised go1.26.m2.log codec.go:124 append append-presized
decide amortised go1.26.m2.log codec.go:98 'string(strconv.genericFtoa(make([]byte, 0, max(strconv.prec + 4, 24)), strconv.f, strconv.fmt, strconv.prec, strconv.bitSize))' returned-object
# Go >= 1.25 boxes constant composite literals from read-only data
decide amortised go1.26.m2.log codec.go:103 'context.backgroundCtx{}' constant-boxing
# appends into a buffer that is kept: a local copy of a field, a field
# truncated with [:0], the caller's buffer handed back by an Append method
decide amortised go1.26.m2.log reuse.go:15 append append-amortised
decide amortised go1.26.m2.log reuse.go:19 append append-amortised
decide amortised go1.26.m2.log reuse.go:33 append append-amortised
# appends into a local that holds existing storage cut to length 0
decide amortised go1.26.m2.log reuse.go:100 append append-presized
grep '"file":"reuse.go","line":100,' "$tmp/d.json" | grep -q '"kind":"same-slice"[^}]*"line":101,' &&
	ok || bad "amortised: the two appends to p in writeHeader are not one finding"
(cd "$src/amortised" && "$el" -v -f json --fail-on=never go1.26.m2.log) >"$tmp/r.json" 2>/dev/null
n=$(grep -c '"file":"reuse.go","line":50,.*"rule":"append-amortised"' "$tmp/r.json")
[ "$n" = 2 ] && ok || bad "amortised: the appends of append(append(dst, ...), ...) are not both amortised ($n)"
# a buffer too large for the stack but stored in a field of the object
# built with it and returned: its size is not why it is on the heap, it
# is part of NewReader's product (Go 1.26 prints the folded size)
(cd "$src/amortised" && "$el" --all -f json --fail-on=never go1.26.m2.log) >"$tmp/out" 2>&1
has "$tmp/out" '"subject":"make(\[\]byte, 75540)".*"rule":"returned-object"'
# a panic inside an inlined callee, from the chain alone (no source)
cp "$src/amortised/go1.26.m2.log" "$tmp/nosrc.log"
(cd "$tmp" && "$el" -v -f json --fail-on=never nosrc.log) >"$tmp/out" 2>&1
has "$tmp/out" '"line":109,"column":41,.*"rule":"panic-path"'

# Go 1.19 prints the name of a constant, Go 1.26 its value
decide free go1.19.m2.log router.go:57 routeKey constant-boxing
decide free go1.26.m2.log router.go:57 'ctxKey(1)' constant-boxing
decide free go1.19.m2.log router.go:77 'maxSize * 2' constant-boxing
decide free go1.26.m2.log router.go:77 2048 constant-boxing
# an int64-based error type is no larger than a pointer: not large-value-boxing
decide value-sizes go1.19.m2.log rpc.go:54 'Errno(code)' returned-object

# the default run hides notes and test code, and says so
(cd "$src/cold-paths" && "$el" go1.26.m2.log) >"$tmp/out" 2>&1
has "$tmp/out" "notes hidden (--min-level=note shows them)"
grep -q "panic-path" "$tmp/out" && bad "a note is shown by default" || ok
(cd "$src/cold-paths" && "$el" --cold-paths=warning -f json go1.26.m2.log) >"$tmp/out" 2>&1
grep -q '"rule":"panic-path","id":"EL127","level":"warning"' "$tmp/out" && ok ||
	bad "--cold-paths=warning does not make panic-path a warning"
(cd "$src/test-code" && "$el" -f json --fail-on=never go1.26.m2.log) >"$tmp/out" 2>&1
grep -q '"test":true' "$tmp/out" && bad "test code shown without --tests" || ok
(cd "$src/test-code" && "$el" --fail-on=never go1.26.m2.log) >"$tmp/out" 2>&1
has "$tmp/out" "heap objects in test code (_test.go, example and test-helper packages); --tests shows them"
(cd "$src/test-code" && "$el" --tests -f json --fail-on=never go1.26.m2.log) >"$tmp/out" 2>&1
has "$tmp/out" '"file":"examples/basic/main.go".*"test":true'
has "$tmp/out" '"file":"internal/testutil/testutil.go".*"test":true'
# a fuzzing harness is tooling-code, a note: -v shows it, as test code
(cd "$src/test-code" && "$el" --tests -v -f json --fail-on=never go1.26.m2.log) >"$tmp/out.v" 2>&1
has "$tmp/out.v" '"file":"internal/ossfuzz/fuzz.go".*"rule":"tooling-code".*"test":true'
# a package under the module's own storetest (as zap's zaptest/observer)
has "$tmp/out" '"file":"store/storetest/observer/observer.go".*"test":true'
# Notes say what the user wrote: a WHERE that shows names the compiler made
# up (~r0, ~R0, .autotmp_N, a callee's variables inlined at a call) is
# shown as the source it stands for.
# where_is SRCDIR LOG FILE:LINE:COL TEXT: a note at that position reads TEXT
where_is() {
	(cd "$1" && "$el" -v --all --tests -f json --fail-on=never "$2") >"$tmp/w.json" 2>/dev/null
	python3 - "$tmp/w.json" "$3" "$4" <<'PY' && ok || bad "$1 $2: no note at $3 reads '$4': $(cat "$tmp/why")"
import json, sys
path, at, text = sys.argv[1:]
got = sorted({n["where"] for o in map(json.loads, open(path)) for c in o.get("chain", [])
              for n in c.get("notes", []) if "%s:%s:%s" % (n["file"], n.get("line"), n.get("column")) == at})
with open(path.rsplit("/", 1)[0] + "/why", "w") as w:
    w.write(" | ".join(got) or "no note there")
sys.exit(0 if text in got else 1)
PY
}
g=$FIXTURES/go1.19
p=$FIXTURES/probes
# the result of an inlined call (~R0 = p) is the call; sink = ~R0 the statement
where_is $g/19_m3_trace $FIXTURES/go1.19/19_m3_trace/m2.log 19_m3_trace.go:9:11 'id(&x)'
where_is $g/19_m3_trace $FIXTURES/go1.26/19_m3_trace/m2.log 19_m3_trace.go:9:7 'sink = id(&x)'
# a callee's assignments inlined at the call (strings.s, strings.prefix := t, "-")
where_is $g/24_cross_function $FIXTURES/go1.22/24_cross_function/m2.log store/store.go:28:32 'strings.TrimPrefix(t, "-")'
where_is $g/24_cross_function $FIXTURES/go1.19/24_cross_function/m2.log main.go:134:5 'var ErrShort = errors.New("short")'
# temporaries of a comma-ok assertion: the statement written
where_is $g/09_map_chan_switch $FIXTURES/go1.21/09_map_chan_switch/m2.log 09_map_chan_switch.go:36:7 'p, _ := x.(*int)'
where_is $g/09_map_chan_switch $FIXTURES/go1.24/09_map_chan_switch/m2.log 09_map_chan_switch.go:36:7 'p, _ := x.(*int)'
# uintptr(.autotmp_1) reported at the inner call's '(' (Go >= 1.21): the
# conversion around it; .autotmp_1 = unsafe.Pointer(&x) at &x: the call
where_is $g/14_notes_misc $FIXTURES/go1.21/14_notes_misc/m2.log 14_notes_misc.go:50:64 'uintptr(unsafe.Pointer(&x))'
where_is $g/14_notes_misc $FIXTURES/go1.21/14_notes_misc/m2.log 14_notes_misc.go:50:65 'unsafe.Pointer(&x)'
# a raw string over two lines, on one line
where_is $g/16_raw_strings $FIXTURES/go1.19/16_raw_strings/m2.log 16_raw_strings.go:19:13 'fmt.Println(banner(), `a b`)'
# new(expr), Go >= 1.26, which the grammar cannot parse: by its brackets
where_is $p/p8_newexpr $FIXTURES/go1.26/p8_newexpr/m2.log main.go:7:25 'return new(n + 1)'
where_is $p/p8_newexpr $FIXTURES/go1.26/p8_newexpr/m2.log main.go:7:35 'new(n + 1)'
for v in 1.19 1.26; do
	# a concatenation with a call's result, the error returned with it
	where_is $src/cold-paths go$v.m2.log config.go:41:84 '"line " + strconv.Itoa(e.Line) + ": " + e.Msg'
	where_is $src/cold-paths go$v.m2.log config.go:51:3 'return Entry{}, errors.New("empty key")'
	where_is $src/cold-paths go$v.m2.log config.go:108:22 'ParseLine(sc.Text(), n)'
done
# the results of a multi-value call (e, err := Entry(.autotmp_8), .autotmp_9)
where_is $src/cold-paths go1.26.m2.log config.go:108:10 'e, err := ParseLine(sc.Text(), n)'
# the callee's code inlined at a call made at package initialisation
where_is $src/package-init go1.26.m2.log gateway.go:66:10 'Register(&jsonCodec{...})'
# no note nor message of any release's fixtures shows a made-up name where
# the source is read (<autogenerated> wrappers have none to read)
: >"$tmp/all.json"
for log in "$FIXTURES"/go1.*/*/m2.log; do
	name=$(basename "$(dirname "$log")")
	dir=$g/$name; [ -d "$dir" ] || dir=$p/$name; [ -d "$dir" ] || continue
	(cd "$dir" && "$el" -v --all --tests -f json --fail-on=never "$log") >>"$tmp/all.json" 2>/dev/null
done
# a value masked below 256 and a comparison are boxed from static data;
# the compiler prints them without the source's parentheses (and, from Go
# 1.22, with its constants converted): the operator's position finds them
decide free go1.19.m2.log header.go:12 'h >> 1 & 3' constant-boxing
decide free go1.19.m2.log header.go:12 'h & 1 == 1' constant-boxing
decide free go1.26.m2.log header.go:12 'h >> uint(1) & header(3)' constant-boxing
decide free go1.26.m2.log header.go:12 'h & header(1) == header(1)' constant-boxing
# the size can allocate: not free, but the String of an unexported type
# (zstd's blockHeader) is debug output
decide free go1.26.m2.log header.go:12 'h >> uint(3)' debug-output
# an allocation of a callee inlined from another package of the module,
# under that callee's own capacity check (Go 1.19 prints the make with
# int(0), int(500)): once per logger
decide amortised go1.19.m2.log tag.go:14 'make([]byte, int(0), int(500))' lazy-init
decide amortised go1.26.m2.log tag.go:14 'make([]byte, 0, 500)' lazy-init
(cd "$src/amortised" && "$el" -v -f json --fail-on=never go1.26.m2.log) 2>/dev/null |
	grep '"file":"tag.go","line":14,' | grep '"context":"lazy-inlined"' | grep -q "l.Update's own code" && ok ||
	bad "amortised/go1.26.m2.log: tag.go:14 does not name the guard in the inlined callee"
# a middleware's request copy, passed on to the next handler (a dynamic
# call): net/http's API, a note
decide amortised go1.19.m2.log tag.go:23 'new(http.Request)' api-allocation
decide amortised go1.26.m2.log tag.go:23 'new(http.Request)' api-allocation
# runtime.CallersFrames' Frames points into itself
decide amortised go1.19.m2.log tag.go:31 '&runtime.Frames{...}' api-allocation
decide amortised go1.26.m2.log tag.go:31 '&runtime.Frames{...}' api-allocation
for v in 1.19 1.26; do
	# a constant header value's slice could be shared: the warning, with
	# that fix; a per-request value's slice is net/http's API: a note
	decide amortised go$v.m2.log tag.go:39 '[]string{...}' inlined-allocation
	grep '"line":39,' "$tmp/d.json" | grep -q '"fix":"share one slice' && ok ||
		bad "amortised/go$v: the constant header does not offer a shared slice"
	decide amortised go$v.m2.log tag.go:40 '[]string{...}' api-allocation
	decide amortised go$v.m2.log bignum.go:8 'new(big.Int)' returned-object
done
decide amortised go1.19.m2.log bignum.go:8 'make(big.nat, int(1))' api-allocation
decide amortised go1.26.m2.log bignum.go:8 'make(big.nat, 1)' api-allocation
# the closure the compiler wraps go l.Update(s) in
decide amortised go1.19.m2.log tag.go:46 'func literal' api-allocation
decide amortised go1.26.m2.log tag.go:46 'func literal' api-allocation
# an object too large for the stack that its function returns is the
# function's product; one used as scratch space is too-large-for-stack
for v in 1.19 1.26; do
	decide value-sizes go$v.m2.log tables.go:12 '&table{}' returned-object
	decide value-sizes go$v.m2.log tables.go:18 '&table{}' too-large-for-stack
done
# a command shipped with a library (package main below the root of a
# module whose root package is tally; the root's gen.go is a package main
# generator behind //go:build ignore): tooling-code, the library keeps its
# warning; in_loop marks what runs per iteration of a loop of its function
for v in 1.19 1.26; do
	log=go$v.m2.log
	decide command $log tally.go:25 kind fmt-sprintf
	decide command $log cmd/tally/main.go:21 'fmt.Sprintf("last: %d", c.Count("x"))' tooling-code
	(cd "$src/command" && "$el" -v -f json --fail-on=never $log) >"$tmp/cmd$v.json" 2>/dev/null
	python3 - "$tmp/cmd$v.json" <<'PY' && ok || bad "command/$log: program and in_loop: $(cat "$tmp/why")"
import json, sys
got = {(o["file"], o["line"], o["subject"]): (o.get("program", ""), o.get("in_loop", ""))
       for o in map(json.loads, open(sys.argv[1]))}
want = {("tally.go", 25, "kind"): ("", ""), ("cmd/tally/main.go", 21, 'fmt.Sprintf("last: %d", c.Count(\"x\"))'): ("command", ""),
        # per element of a range loop; the func literal is made per element,
        # what its body boxes is per call of it
        ("tally.go", 41, "k"): ("", "range"), ("tally.go", 42, "func literal"): ("", "range"),
        ("tally.go", 42, "k"): ("", "")}
# the inlined copy of tally's box in main's scanning loop
# (`for sc.Scan() {` runs until a condition ends it: scan)
want[("cmd/tally/main.go", 19, "any(tally.kind)" if "1.19" in sys.argv[1] else "tally.kind")] = ("command", "scan")
bad = {k: (got.get(k), v) for k, v in want.items() if got.get(k) != v}
open(sys.argv[1].rsplit("/", 1)[0] + "/why", "w").write(repr(bad))
sys.exit(1 if bad else 0)
PY
	# a flag value's method (Kinds has Set(string) and String()) and a
	# functional option (WithPrefix returns an Option) are configuration;
	# a method of a type without them keeps its warning
	decide command $log tally.go:63 'p + "/" + c.last' configuration-code
	decide command $log tally.go:62 'func literal' configuration-code
	decide command $log tally.go:71 'make(map[string]int, len(kinds))' new-escape
	# so is a parameter the option's closure captures by reference
	decide command $log options.go:7 n configuration-code
	[ $v = 1.26 ] && decide command $log tally.go:52 append configuration-code
	# one concatenation kept outside a loop is a note; one per iteration
	# of a loop is the warning
	decide command $log tally.go:77 'kind + "/" + c.last' single-concat
	decide command $log tally.go:82 'c.last + "/" + s' string-concat
	# what a function returns through a named result: the map, and each
	# value boxed into an element of it
	decide command $log tally.go:89 'make(map[string]any, len(c.counts))' returned-object
	decide command $log tally.go:91 n returned-object
	# the keys and values boxed into a map[any]any it returns, too
	decide command $log tally.go:131 k returned-object
	decide command $log tally.go:131 n returned-object
	# a field of the object a constructor returns is part of its result
	decide command $log tally.go:100 'make(map[string]int, n)' returned-object
	# three appends to one local slice: one finding, the others related
	if [ $v = 1.26 ]; then
		# an append from a slice without room, not appended to again, is
		# a copy by construction; one appended to again grows
		decide command $log copies.go:15 append append-amortised
		decide command $log copies.go:22 append append-amortised
		grep '"file":"copies.go","line":22,' "$tmp/cmd$v.json" | grep -q '"owner":"copy"' && ok ||
			bad "command/$log: copies.go:22's append([]byte(nil), ...) is not a copy"
		decide command $log copies.go:28 append append-growth
		# a copy in a loop copies the whole slice on every iteration
		decide command $log copies.go:38 append append-growth
		# an append to a buffer from a pool the file puts back into: the
		# pool keeps the grown array (zerolog's diode); one that nothing
		# puts back grows a new array each time
		decide command $log diode.go:18 append append-amortised
		decide command $log diode.go:28 append append-amortised
		grep '"file":"diode.go","line":28,' "$tmp/cmd$v.json" | grep -q '"owner":"pooled"' && ok ||
			bad "command/$log: diode.go:28's append to bufs.Get().([]byte) is not owner pooled"
		decide command $log diode.go:51 append append-growth
		# also cut to a header first (s2's `w.buffers.Get().([]byte)[:4]`)
		decide command $log diode.go:60 append append-amortised
		grep '"file":"diode.go","line":60,' "$tmp/cmd$v.json" | grep -q '"owner":"pooled"' && ok ||
			bad "command/$log: diode.go:60's append to bufs.Get().([]byte)[:4] is not owner pooled"
		decide command $log tally.go:120 append append-growth
		grep '"line":120,' "$tmp/d.json" | grep -q '"kind":"same-slice"[^}]*"line":121,.*"kind":"same-slice"[^}]*"line":122,' &&
			ok || bad "command/$log: the appends to b are not one finding"
	fi
	# a field of a literal the function returns by value
	decide command $log tally.go:152 'make(map[string]int, len(c.counts))' returned-object
	# a function that takes a FlagSet defines flags: flag code
	decide command $log flags.go:10 name configuration-code
	# a method of a command type that owns a FlagSet (Flags() *flag.FlagSet)
	decide command $log flags.go:23 c.Name configuration-code
	# a Register... function registers once, at set-up
	decide command $log tally.go:140 '&Counter{...}' configuration-code
	# what an init method stores into its object: once per object
	decide command $log tally.go:107 'make(map[string]int, 64)' configuration-code
	# an unexported helper only set-up code uses is set-up code: used by a
	# flag value's method, handed to a call by flag code, called by a
	# package variable's initialiser; one nothing uses is unused code; one
	# used by an exported function, kept in a table, or used by both
	# keeps its warning
	decide command $log helpers.go:23 'len(l)' configuration-code
	decide command $log helpers.go:38 n configuration-code
	decide command $log helpers.go:45 n configuration-code
	decide command $log helpers.go:50 n unused-code
	decide command $log helpers.go:59 n fmt-sprintf
	decide command $log helpers.go:66 n fmt-sprintf
	decide command $log helpers.go:71 n fmt-sprintf
	# two helpers that call each other: set-up code together when only a
	# flag value's method uses them, warnings when an exported function does
	decide command $log helpers.go:85 n configuration-code
	decide command $log helpers.go:92 n configuration-code
	decide command $log helpers.go:103 n fmt-sprintf
	decide command $log helpers.go:110 n fmt-sprintf
	# a local variable spelled like the helper is no use of it
	decide command $log helpers.go:121 n configuration-code
	grep '"line":23,' "$tmp/cmd$v.json" | grep -q '"callers":"setup","called_from":"(\*Levels).String"' &&
		grep '"line":45,' "$tmp/cmd$v.json" | grep -q '"called_from":"package initialisation"' &&
		grep '"line":50,' "$tmp/cmd$v.json" | grep -q '"callers":"none"' &&
		! grep '"file":"helpers.go","line":7[01],' "$tmp/cmd$v.json" | grep -q '"callers"' && ok ||
		bad "command/$log: callers and called_from of the helpers"
	# what a method stores into the object its caller passes in to be
	# filled (a parameter pointing to another package's type) is its
	# output: directly, through a local stored there, or appended to a
	# slice that goes there; a node of the package's own type is not
	decide command $log fill.go:8 '&metric.Summary{...}' returned-object
	decide command $log fill.go:11 '&metric.Pair{...}' returned-object
	decide command $log fill.go:14 '&metric.Pair{...}' returned-object
	[ $v = 1.26 ] && decide command $log fill.go:14 append returned-object
	decide command $log fill.go:22 '&Node{}' pointer-append
	grep '"file":"fill.go","line":11,' "$tmp/cmd$v.json" | grep -q '"owner":"output"' &&
		! grep '"file":"fill.go","line":22,' "$tmp/cmd$v.json" | grep -q '"owner":"output"' && ok ||
		bad "command/$log: owner output"
	# a function or type whose doc comment says it is for tests ("helpful
	# in tests", "for testing purposes") is test code: hidden without
	# --tests; the same code documented for a person keeps its warning
	! grep -q '^{"package":"[^"]*","function":"[^"]*","scope":"function","file":"recorder.go","line":1[27],"column":[0-9]*,"kind":"escapes"' "$tmp/cmd$v.json" &&
		grep '"file":"recorder.go","line":22,' "$tmp/cmd$v.json" | grep -q '"rule":"fmt-sprintf"' && ok ||
		bad "command/$log: code documented as for tests is not test code"
	decide command $log recorder.go:17 'len(events)' fmt-sprintf
	# a writer documented as writing to testing.TB is test support
	grep '"file":"recorder.go","line":31,' "$tmp/cmd$v.json" | grep -q '"kind":"escapes"' &&
		bad "command/$log: TBWriter (writes to testing.TB) is not test code" || ok
	grep '"file":"recorder.go","line":12,' "$tmp/d.json" | grep -q '"test":true' && ok ||
		bad "command/$log: Recorder.Record is not flagged test"
	# ... unless another file of the package uses it (scratchList, used by
	# Collect in collect.go): the comment does not make it test code
	decide command $log scratch.go:8 n interface-boxing
	grep '"file":"scratch.go","line":8,' "$tmp/d.json" | grep '"rule":"interface-boxing"' | grep -q '"test":false' && ok ||
		bad "command/$log: scratchList, used by another file, is flagged test"
	# a go statement's closures (the literal, and the one Go wraps a call
	# with arguments in) and what only they capture are part of starting
	# the goroutine; a variable a kept closure captures too stays a warning
	decide command $log workers.go:8 wg api-allocation
	decide command $log workers.go:10 sum api-allocation
	decide command $log workers.go:31 'func literal' api-allocation
	decide command $log workers.go:29 total closure-capture
	decide command $log workers.go:30 'func literal' closure-capture
	n=$(grep -c '"file":"workers.go","line":13,"column":[0-9]*,"kind":"escapes","subject":"func literal","rule":"api-allocation"' "$tmp/cmd$v.json")
	[ "$n" = 2 ] && ok || bad "command/$log: $n go-call closures at workers.go:13 (want the literal and its wrapper)"
	# diagnostics under a debug switch (if o.DebugOut != nil) are
	# debug-output; output under another condition keeps its warning
	decide command $log debug.go:19 k debug-output
	decide command $log debug.go:22 k fmt-sprintf
	# a function whose doc comment says it is for debugging
	decide command $log debug.go:29 'len(c.counts)' debug-output
	# a helper only `if debugAsserts {` (a constant false, declared in
	# switches.go from another constant) calls is compiled-out code; one
	# that also runs elsewhere keeps its warning
	decide command $log debug.go:46 'len(c.counts)' debug-output
	grep '"file":"debug.go","line":46,' "$tmp/cmd$v.json" | grep -q '"callers":"dead","called_from":"(\*Counter).Settle"' && ok ||
		bad "command/$log: debug.go:46 is not called compiled-out code"
	decide command $log debug.go:69 'len(c.counts)' fmt-sprintf
	# a constant whose file only some builds compile (checks_on.go,
	# //go:build !release) may be true: what it guards is not dead
	decide command $log debug.go:81 'len(c.counts)' fmt-sprintf
	decide command $log debug.go:107 'len(c.counts)' fmt-sprintf
	# a goroutine's body also called under a compiled-out switch is still
	# a goroutine's body
	decide command $log debug.go:94 'len(c.counts)' api-allocation
	# an error branch's values for one call: one note, the call named as
	# written (Go 1.26's fmt.Errorf hands them to fmt.errorf inside)
	decide command $log debug.go:38 k error-construction
	grep '"file":"debug.go","line":38,.*"subject":"k"' "$tmp/cmd$v.json" |
		grep '"message":"2 values for fmt.Errorf in (\*Counter).checkCounts (k, n) are allocated only when' |
		grep -q '"kind":"same-call","subject":"n"' && ok ||
		bad "command/$log: debug.go:38's k and n are not one note naming fmt.Errorf"
	# a callee that boxes its slice parameter for sort.Slice keeps it
	# (zerolog's orderFields): the caller's slice escapes there, and the
	# message and fix name the call; an insertion sort keeps it local
	decide command $log order/order.go:36 'make([]string, 0, 8)' callee-leak
	grep '"file":"order/order.go","line":36,' "$tmp/cmd$v.json" |
		grep 'byName converts its parameter names to an interface for sort.Slice (order/order.go:20)' |
		grep 'slices.SortFunc' | grep -q '"via":"sort.Slice","via_kind":"boxed"' && ok ||
		bad "command/$log: order.go:36's slice is not named as boxed by byName for sort.Slice"
	grep -q '"file":"order/order.go","line":46,' "$tmp/cmd$v.json" &&
		bad "command/$log: order.go:46's slice, sorted without an interface, has a finding" || ok
	# a New... that takes functional options is a constructor whatever it
	# returns (NewConsoleWriter returns a value); a function applying
	# options on every call is not
	decide command $log order/order.go:65 s configuration-code
	grep '"file":"order/order.go","line":65,' "$tmp/cmd$v.json" | grep -q '"role":"constructor"' && ok ||
		bad "command/$log: order.go:65's s in NewSorter is not a constructor's"
	decide command $log order/order.go:75 s interface-argument
	# a lazy check tests that the target is missing or too small: a size
	# that changed (len(t) != n), an else branch of a test that it is
	# big enough; an else branch of a test that fails for other reasons
	# too is no lazy check (yaml's scan_tag)
	decide command $log order/order.go:93 'make([]int, n)' lazy-init
	decide command $log order/order.go:103 'make([]byte, n)' lazy-init
	decide command $log order/order.go:115 '[]byte{...}' new-escape
	grep '"file":"order/order.go","line":124,' "$tmp/cmd$v.json" | grep '"level":"warning"' | grep -vq '"context":"lazy"' && ok ||
		bad "command/$log: order.go:124's make under a test that the table is there is no warning"
	# the values of one call of a local closure, on a debug branch: one
	# note that names the closure as the source calls it
	decide command $log order/order.go:136 n debug-output
	grep '"file":"order/order.go","line":136,' "$tmp/cmd$v.json" |
		grep -q '"message":"2 values for printf in (\*Buffer).Dump (n, len(b.table)) are allocated only when debugging' && ok ||
		bad "command/$log: order.go:136's values for printf are not one note naming it"
	# a command-line package (a command type whose method returns its
	# FlagSet: cobra, urfave/cli) runs while a program parses its command
	# line or prints its help; a package that only defines a flag.Value
	# keeps its warnings (order.Label, the same Sprintf)
	decide command $log cli/cli.go:32 name configuration-code
	decide command $log cli/cli.go:40 '"--" + w' configuration-code
	grep '"file":"cli/cli.go","line":32,' "$tmp/cmd$v.json" | grep -q '"role":"cli-package"' && ok ||
		bad "command/$log: cli.go:32's Sprintf is not in a command-line package"
	decide command $log order/label.go:27 name fmt-sprintf
	# a constructor's loop runs over what its object is made from, once
	# per object; the same loop in a method runs per call
	decide command $log order/label.go:40 '"$" + k' configuration-code
	decide command $log order/label.go:48 '"$" + k' string-concat
	# a New... returning another package's pointer builds one (zap's
	# NewStdLog); the unexported twin is judged by its callers
	if [ $v = 1.26 ]; then
		decide command $log order/label.go:59 '&prefixWriter{...}' configuration-code
		decide command $log order/label.go:64 '&prefixWriter{...}' new-escape
	fi
	# a New... returning a ...Config builds a configuration, what it
	# returns included; a ServerState is made per call for all we know
	decide command $log order/label.go:78 '[]string{...}' configuration-code
	decide command $log order/label.go:79 name configuration-code
	grep '"file":"order/label.go","line":78,' "$tmp/cmd$v.json" | grep -q '"role":"config-constructor"' && ok ||
		bad "command/$log: label.go:78's slice is not a config constructor's"
	decide command $log order/label.go:91 name fmt-sprintf
	# buffers sent, in a loop of n sends, on a channel made with room for
	# n seed a free list (s2's DecodeConcurrent); one sent per job is
	# per message
	decide command $log order/label.go:100 'make([]byte, 0, 4096)' lazy-init
	grep '"file":"order/label.go","line":100,' "$tmp/cmd$v.json" | grep -q '"context":"free-list"' && ok ||
		bad "command/$log: label.go:100's buffer does not seed a free list"
	grep '"file":"order/label.go","line":112,' "$tmp/cmd$v.json" | grep -q '"level":"warning"' && ok ||
		bad "command/$log: label.go:112's buffer per job is no warning"
	# a Build... function taking an options struct builds once (zstd's
	# BuildDict); BuildName takes none; Unregister undoes a registration
	decide command $log order/label.go:123 o.Name configuration-code
	decide command $log order/label.go:128 name fmt-sprintf
	decide command $log order/label.go:139 '&entry{...}' configuration-code
	grep '"file":"order/label.go","line":139,' "$tmp/cmd$v.json" | grep -q '"role":"unregister"' && ok ||
		bad "command/$log: label.go:139's entry is not unregistration's"
	decide command $log order/label.go:142 '&entry{...}' interface-argument
	# a ...Option function returning what another option constructor
	# makes (zap's OnFatal) makes an option; a method boxing per call
	# does not
	decide command $log order/label.go:185 'ruleName(name)' configuration-code
	decide command $log order/label.go:188 'ruleName(name)' interface-boxing
	# a configuration's method returning what it configures builds it
	# once (jsoniter's Config.Froze), and so do the helpers only it uses;
	# the literal such a helper registers runs per value; a configuration's
	# method returning a string builds nothing
	decide command $log order/label.go:229 '&handler{...}' configuration-code
	decide command $log order/label.go:230 s fmt-sprintf
	decide command $log order/label.go:237 name fmt-sprintf
	# a struct of one int is boxed as that int is: free for 0-255, and the
	# message says so (zerolog's callerHook); a struct of two fields is not
	# a function just over the budget that returns its object behind an
	# interface of its package hands out its product: trimming it keeps
	# no object on a caller's stack (zap's sampler.With, prometheus'
	# CurryWith); the same body returning the pointer is returned-allocation
	decide command $log order/label.go:290 '&rect{...}' returned-object
	decide command $log order/label.go:316 '&rect{...}' returned-allocation
	grep '"file":"order/label.go","line":268,' "$tmp/cmd$v.json" | grep '"func_result":"interface"' |
		grep -q 'goes out behind an interface' && ok ||
		bad "command/$log: label.go:268's inline-budget note counts allocations it returns behind an interface"
	# an element of an array field of the object the function returns is
	# part of it (prometheus' newHistogram's counts); the same store into
	# a package variable keeps new-escape
	decide command $log order/label.go:327 '&bucketCounts{...}' returned-object
	decide command $log order/label.go:336 '&bucketCounts{...}' new-escape
	# an exported method that stores a func parameter into its receiver's
	# map by key registers it (chi's SetEncoder); the same append in a
	# method without one runs per call
	decide command $log order/label.go:352 '[]string{...}' configuration-code
	grep '"file":"order/label.go","line":352,.*"subject":"\[\]string{...}"' "$tmp/cmd$v.json" | grep -q '"role":"register"' && ok ||
		bad "command/$log: label.go:352's slice is not registration's"
	decide command $log order/label.go:357 '[]string{...}' new-escape
	# a function taking functional options that returns the func they
	# configure is built once (zstd's ZipCompressor); the func it returns
	# runs per use
	decide command $log order/label.go:364 seen configuration-code
	decide command $log order/label.go:365 '&Picker{}' configuration-code
	decide command $log order/label.go:371 'len(seen)' fmt-sprintf
	decide command $log order/label.go:250 h interface-boxing
	grep '"file":"order/label.go","line":250,.*"subject":"h"' "$tmp/cmd$v.json" | grep '"underlying":"integer-struct"' |
		grep -q 'every conversion of a value outside 0-255 allocates' && ok ||
		bad "command/$log: label.go:250's one-int struct is not boxed as an int"
	grep '"file":"order/label.go","line":256,.*"subject":"h"' "$tmp/cmd$v.json" | grep -q 'outside 0-255' &&
		bad "command/$log: label.go:256's two-field struct is said to box free" || ok
	grep '"file":"order/label.go","line":230,' "$tmp/cmd$v.json" | grep -q '"callers"' &&
		bad "command/$log: label.go:230's box in a registered literal has callers" || ok
	# an append in a loop that runs until a condition ends it collects a
	# count known only at the end (yaml's scanners); one per element of a
	# range has len(in) for a bound (Go 1.25+ report appends)
	if [ $v = 1.26 ]; then
		decide command $log order/label.go:153 append append-amortised
		grep '"file":"order/label.go","line":153,' "$tmp/cmd$v.json" | grep -q '"in_loop":"scan"' && ok ||
			bad "command/$log: label.go:153's append is not in a scan loop"
		decide command $log order/label.go:166 append append-growth
		# a slice started again on every turn of a `for {` loop holds
		# one turn's appends: no scan loop for it
		decide command $log order/label.go:200 append append-growth
		grep '"file":"order/label.go","line":200,' "$tmp/cmd$v.json" | grep -q '"in_loop":"for"' && ok ||
			bad "command/$log: label.go:200's append is not in_loop for"
		# loops with a for clause that still run until what they read
		# ends them: a post statement fetching the next token (toml's
		# topLevel), a fixed limit a break comes to first (yaml's comment
		# scanner), and a closure called only in a scan loop (gjson's
		# procQuery); a len() bound and a range keep append-growth
		decide command $log order/label.go:380 append append-amortised
		decide command $log order/label.go:393 append append-amortised
		decide command $log order/label.go:405 append append-growth
		decide command $log order/label.go:419 append append-amortised
		decide command $log order/label.go:441 append append-growth
		for at in 380 393 419; do
			grep "\"file\":\"order/label.go\",\"line\":$at," "$tmp/cmd$v.json" | grep -q '"in_loop":"scan"' && ok ||
				bad "command/$log: label.go:$at's append is not in a scan loop"
		done
		# an append inside an inlined method of a builder the function
		# declares empty grows it from nothing on every call (gjson's
		# @keys); sized with Grow, or the caller's buffer, it does not;
		# nor does an inlined closure's append to a local (prometheus'
		# appendDelta) outlive the call
		decide command $log order/buffers.go:12 append inlined-allocation
		grep '"file":"order/buffers.go","line":12,.*"subject":"append"' "$tmp/cmd$v.json" |
			grep '"owner":"fresh-buffer"' | grep -q 'never sized with Grow' && ok ||
			bad "command/$log: buffers.go:12's builder is not a fresh buffer"
		decide command $log order/buffers.go:27 append append-amortised
		# the first append to a local that a scan loop then goes on
		# growing (yaml's tag URI: `s = append(s, head[1:]...)`, then
		# `s = read(parser, s)` per character) is the first of the
		# loop's doublings; before a range it keeps append-growth
		decide command $log order/scanner.go:21 append append-amortised
		grep '"file":"order/scanner.go","line":21,' "$tmp/cmd$v.json" | grep -q '"in_loop":"scan"' && ok ||
			bad "command/$log: scanner.go:21 does not seed a scan loop"
		decide command $log order/scanner.go:35 append append-growth
		decide command $log order/label.go:464 append inlined-allocation
		grep '"file":"order/label.go","line":464,.*"subject":"append"' "$tmp/cmd$v.json" |
			grep -q 'append inside the closure add, inlined into Tally, grows a local slice' && ok ||
			bad "command/$log: label.go:464's inlined closure append is not a local's growth"
	fi
	# a method on *T returning a new *T wrapped around what a call has
	# just made derives a handle (prometheus' CurryWith): its product, not
	# an allocation inlining would save; curry's own &seriesMap{...} wraps
	# no call's result and, 6 units over the budget in Go 1.19, stays
	# returned-allocation
	decide command $log order/label.go:489 '&Vec{...}' returned-object
	grep '"file":"order/label.go","line":489,.*"subject":"&Vec{...}"' "$tmp/cmd$v.json" |
		grep -q '"func_result":"derived"' && ok || bad "command/$log: label.go:489's &Vec{...} is not a derived handle"
	grep '"file":"order/label.go","line":481,.*"subject":"&seriesMap{...}"' "$tmp/cmd$v.json" |
		grep -q '"func_result":"derived"' && bad "command/$log: label.go:481's &seriesMap{...} is a derived handle" || ok
	if [ $v = 1.19 ]; then
		decide command $log order/label.go:481 '&seriesMap{...}' returned-allocation
	fi
	# a method taking a type's descriptor runs while the codec of the
	# type is built (jsoniter's UpdateStructDescriptor hooks): per type;
	# the same store into a field of a value is per value
	decide command $log order/buffers.go:63 '[]string{...}' configuration-code
	grep '"file":"order/buffers.go","line":63,' "$tmp/cmd$v.json" | grep -q '"role":"per-type"' && ok ||
		bad "command/$log: buffers.go:63 is not per-type"
	decide command $log order/buffers.go:70 '[]string{...}' new-escape
	# a Parse... of an enumeration reads a setting (zap's ParseLevel);
	# the same conversion in a Parse... of a struct reads data; an
	# Open... opens resources, and its helper's closure and slices are
	# set-up, unlike the same helper under another name
	decide command $log order/setting.go:16 '([]byte)(text)' configuration-code
	grep '"file":"order/setting.go","line":16,' "$tmp/cmd$v.json" | grep -q '"role":"setting"' && ok ||
		bad "command/$log: setting.go:16 is not a setting"
	decide command $log order/setting.go:42 '([]byte)(text)' string-bytes-conversion
	decide command $log order/setting.go:54 closers configuration-code
	grep '"file":"order/setting.go","line":54,' "$tmp/cmd$v.json" | grep -q '"called_from":"OpenSinks"' && ok ||
		bad "command/$log: setting.go:54's callers are not OpenSinks"
	decide command $log order/setting.go:79 closers closure-capture
	# a slice literal of constants is a new array each time: the fix
	# offers one shared at package level (yaml's []byte{'!'}, zerolog's
	# dst.Write([]byte{':'})); one holding a parameter is not constant
	decide command $log order/label.go:505 '[]byte{...}' new-escape
	grep '"file":"order/label.go","line":505,' "$tmp/cmd$v.json" | grep '"underlying":"constant-slice"' |
		grep -q "declare it once at package level" && ok || bad "command/$log: label.go:505 offers no shared slice"
	decide command $log order/label.go:508 '[]byte{...}' new-escape
	grep '"file":"order/label.go","line":508,' "$tmp/cmd$v.json" | grep -q 'constant-slice' &&
		bad "command/$log: label.go:508's slice holding a parameter is a constant slice" || ok
	decide command $log order/label.go:512 '[]byte{...}' interface-argument
	grep '"file":"order/label.go","line":512,.*"subject":"\[\]byte{...}"' "$tmp/cmd$v.json" |
		grep -q "an io.Writer must not modify or keep the slice" && ok || bad "command/$log: label.go:512 offers no shared slice"
	# an inlined call's result boxed at the call's '(' has the call's
	# type: a one-int struct boxed free for 0-255 (zerolog's
	# Hook(newCallerHook(n)), REVIEW-23 #64)
	decide command $log order/label.go:522 'newFrameHook(n)' interface-boxing
	grep '"file":"order/label.go","line":522,.*"subject":"newFrameHook(n)"' "$tmp/cmd$v.json" |
		grep '"underlying":"integer-struct"' | grep -q 'outside 0-255' && ok ||
		bad "command/$log: label.go:522's call result is not boxed as an int"
	# a generic constructor returning *Pool[T] is a constructor (zap's
	# internal pool.New): its pool is made once per pool; Wrap, which
	# returns a closure, is not.  Go 1.19 prints the positions of another
	# package's instantiated generics by absolute path (the log names the
	# checkout it was made in), so only Go 1.26's log is read here
	if [ $v = 1.26 ]; then
		grep '"file":"pool/pool.go","line":12,' "$tmp/cmd$v.json" | grep -q '"role":"constructor"' && ok ||
			bad "command/$log: pool.go:12's generic New is not a constructor"
		grep '"file":"pool/pool.go","line":23,' "$tmp/cmd$v.json" | grep -q '"role":"constructor"' &&
			bad "command/$log: pool.go:23's Wrap is a constructor" || ok
	fi
	# a method called through a type assertion is named whole
	# (websocket's fr.(flate.Resetter).Reset, once named "fr.")
	decide command $log order/label.go:532 '&strReader{...}' interface-argument
	grep '"file":"order/label.go","line":532,.*"subject":"&strReader{...}"' "$tmp/cmd$v.json" |
		grep -q 'passed to x.(resetter).Reset (order/label.go:532)' && ok ||
		bad "command/$log: label.go:532's callee is not x.(resetter).Reset"
	# a logging adapter (zapgrpc's Infoln, logrus' slog Handle) makes
	# what the logger it forwards to takes, once its level check has
	# passed; the same forwarding without a level check keeps its warning
	decide command $log order/adapter.go:35 'fmt.Sprintln(args...)' api-allocation
	decide command $log order/adapter.go:65 r.Message api-allocation
	grep '"file":"order/adapter.go","line":65,' "$tmp/cmd$v.json" | grep -q '"role":"log-adapter"' && ok ||
		bad "command/$log: adapter.go:65 is not in a logging adapter"
	decide command $log order/adapter.go:42 'fmt.Sprintln(args...)' fmt-sprintf
	# only what the forwarding call takes: the map of attributes the
	# handler builds beside it keeps its warning (REVIEW-25's C7: logrus
	# clones an Entry's Data, so its handler's map could be reused), and
	# so does a logger's own method calling its own Info
	decide command $log order/adapter.go:59 'make(map[string]string, len(r.Attrs))' new-escape
	decide command $log order/adapter.go:99 'fmt.Sprintf(format, args...)' fmt-sprintf
	# an Fprintf to a writer named for error output reports a failure
	# (zap's ce.ErrorOutput when an entry is written twice); the same
	# Fprintf to another writer is output
	decide command $log order/adapter.go:82 e.Time error-construction
	grep '"file":"order/adapter.go","line":82,' "$tmp/cmd$v.json" | grep -q '"context":"error-log"' && ok ||
		bad "command/$log: adapter.go:82 is not an error report"
	decide command $log order/adapter.go:92 e.Time fmt-sprintf
	# a value made into an inlined copy of the callee's object, which
	# the function returns, is part of its result (jsoniter's
	# wrapArray(mappedAll) in Get: the box reflect.ValueOf keeps in the
	# returned arrayAny); into one the function keeps, it is not.  Go
	# 1.19 does not inline wrap
	if [ $v = 1.26 ]; then
		decide command $log order/wrap.go:19 picked returned-object
		grep '"file":"order/wrap.go","line":19,' "$tmp/cmd$v.json" | grep -q '"owner":"result-element"' && ok ||
			bad "command/$log: wrap.go:19 is not part of Pick's result"
		decide command $log order/wrap.go:24 'items[:len(items):len(items)]' reflection
	fi
	# the string time.Duration.String builds (inlined from Go 1.2x on)
	# is what text output of a Duration costs: no append form exists;
	# bytes.Buffer.String, which Bytes avoids, keeps its warning
	if [ $v = 1.26 ]; then
		decide command $log order/duration.go:13 'string(time.arr[time.n:])' api-allocation
	fi
	decide command $log order/duration.go:17 'string(bytes.b.buf[bytes.b.off:])' inlined-allocation
	# a receiver's field that an unexported method makes, called only
	# under a capacity check of that field (s2's allocInfos), is made on
	# growth; the same make behind a call without a check is per call
	decide command $log order/table.go:12 'make([]int64, 0, n)' lazy-init
	grep '"file":"order/table.go","line":12,' "$tmp/cmd$v.json" | grep -q '"context":"lazy-caller"' && ok ||
		bad "command/$log: table.go:12 is not lazy-caller"
	grep '"file":"order/table.go","line":23,' "$tmp/cmd$v.json" | grep -q '"context":"lazy' &&
		bad "command/$log: table.go:23, called without a check, is lazy" || ok
	# an append of v to a prefix of a local made with room for it,
	# make([]T, C+len(v)) (s2's Dict.Bytes), does not grow it; with room
	# for the prefix only it does (appends are reported from Go 1.25 on)
	if [ $v = 1.26 ]; then
		decide command $log order/table.go:32 append append-presized
		decide command $log order/table.go:38 append append-growth
	fi
	# a func literal kept in a local that only go statements call is a
	# goroutine's closure, and what it captures is shared with the
	# goroutines (prometheus' Registry.Gather: go collectWorker()); one
	# that is also called directly is not
	decide command $log order/gather.go:20 'func literal' api-allocation
	grep '"file":"order/gather.go","line":20,' "$tmp/cmd$v.json" | grep -q '"role":"go-call"' && ok ||
		bad "command/$log: gather.go:20 is not a goroutine's closure"
	decide command $log order/gather.go:16 wg api-allocation
	decide command $log order/gather.go:41 'func literal' closure-capture
	decide command $log order/gather.go:40 n closure-capture
	# a box appended to a slice that the returned literal holds (zerolog's
	# MultiLevelWriter: return multiLevelWriter{lwriters}) is part of the
	# result; appended to a package-level list it keeps its finding
	decide command $log order/tee.go:35 'lineAdapter{...}' returned-object
	grep '"file":"order/tee.go","line":35,' "$tmp/cmd$v.json" | grep -q '"owner":"result-element"' && ok ||
		bad "command/$log: tee.go:35 is not part of Tee's result"
	decide command $log order/tee.go:46 'lineAdapter{...}' large-value-boxing
	# []byte of a constant copies it whenever it escapes (chi's
	# Heartbeat: w.Write([]byte("."))): no static data stands in for it
	decide command $log order/tee.go:55 '([]byte)(".")' string-bytes-conversion
	# a conversion for a callee that stores its parameter into a []byte
	# field (yaml's emitScalar: e.event.head_comment = head) comes with
	# the field's type; one that appends it to a [][]byte does not
	decide command $log order/tee.go:101 '([]byte)(head)' api-allocation
	grep '"file":"order/tee.go","line":101,' "$tmp/cmd$v.json" | grep -q '"owner":"byte-field"' && ok ||
		bad "command/$log: tee.go:101 is not owner byte-field"
	decide command $log order/tee.go:102 '([]byte)(note)' string-bytes-conversion
	# a call through an interface is no call of the method its name
	# matches: the implementation may keep the bytes anywhere
	decide command $log order/tee.go:112 '([]byte)(head)' string-bytes-conversion
	# nodes of a document of arbitrary shape (toml's parser: tables as
	# map[string]any under the root, arrays of tables) are the document;
	# a typed map stored into the root is not one of them
	decide command $log order/tree.go:29 'make(map[string]any)' api-allocation
	grep '"file":"order/tree.go","line":29,' "$tmp/cmd$v.json" | grep -q '"owner":"document-node"' && ok ||
		bad "command/$log: tree.go:29 is not a document node"
	decide command $log order/tree.go:41 'make(map[string]any)' api-allocation
	decide command $log order/tree.go:44 'make(map[string]any)' api-allocation
	decide command $log order/tree.go:57 'make(map[string]any)' api-allocation
	decide command $log order/tree.go:68 'make(map[string]int)' map-store
	# the miss branch of a look-up in a package-level table that only its
	# declaration and init fill (zap's level colours) runs for a key
	# outside the package's definitions; a table written at run time is
	# no such table
	decide command $log order/shade.go:23 name lazy-init
	grep '"file":"order/shade.go","line":23,' "$tmp/cmd$v.json" | grep -q '"context":"table-miss"' && ok ||
		bad "command/$log: shade.go:23 is not a table miss"
	decide command $log order/shade.go:36 name fmt-sprintf
	# what a setter stores under a nil check of the same target (jsoniter's
	# map decoder: if t.UnsafeIsNil(ptr) { t.UnsafeSet(ptr,
	# t.UnsafeMakeMap(0)) }) is made once per nil destination; the same
	# setter without the check runs per call
	decide command $log order/nilset.go:13 'make(map[string]int, dest.n + dest.d.Size)' lazy-init
	decide command $log order/nilset.go:20 'make(map[string]int, dest.n + dest.d.Size)' inlined-allocation
	# a []byte of a constant that Go 1.26 prints with the constant's value
	# (s2's []byte(magicChunk)) copies it, found in the source all the
	# same: in the body of `if !s.wroteHeader { s.wroteHeader = true ...
	# }` once per stream; in a branch that ends in `return s.write(b)`,
	# the call's own result and no failure, per call
	[ $v = 1.26 ] && conv='([]byte)("\xff\x06\x00\x00sTrEaM")' || conv='([]byte)(streamMagic)'
	decide command $log order/stream.go:25 "$conv" lazy-init
	grep '"file":"order/stream.go","line":25,' "$tmp/cmd$v.json" | grep -q '"context":"once"' && ok ||
		bad "command/$log: stream.go:25 is not under a once flag"
	decide command $log order/stream.go:37 "$conv" string-bytes-conversion
	# the flag may be one side of an && (prometheus' `if d > 0 &&
	# !h.resetScheduled { h.resetScheduled = true; ... }`)
	decide command $log order/reset.go:20 l.reset lazy-init
	grep '"file":"order/reset.go","line":20,' "$tmp/cmd$v.json" | grep -q '"context":"once"' && ok ||
		bad "command/$log: reset.go:20 is not under a once flag"
	decide command $log order/reset.go:27 l.reset method-value
	# a local flag is new on every call: its body runs per call
	decide command $log order/stream.go:52 "$conv" string-bytes-conversion
	# a local whose address becomes a bufio.Writer's writer, to reach the
	# writer's buffer (websocket's bufioWriterBuffer): AvailableBuffer is
	# the change; an address a callee of the build keeps names the callee
	decide command $log order/reader.go:20 h address-taken-local
	grep '"file":"order/reader.go","line":20,' "$tmp/cmd$v.json" | grep -q 'bw.AvailableBuffer()' && ok ||
		bad "command/$log: reader.go:20 does not offer AvailableBuffer"
	decide command $log order/reader.go:42 elem callee-leak
	decide command $log order/reader.go:62 number callee-leak
	# what a function stores into a parameter of another module's type,
	# one among several (prometheus' checkMetricConsistency: dtoMetric.Label
	# = copiedLabels; example.org/dto is a nested module the fixture
	# replaces), is what the caller gathers; a standard-library
	# *http.Request is a handler's input
	decide command $log order/consistency.go:13 'make([]*dto.LabelPair, len(m.Label))' returned-object
	grep '"file":"order/consistency.go","line":13,' "$tmp/cmd$v.json" | grep -q '"owner":"output"' && ok ||
		bad "command/$log: consistency.go:13 is not output"
	decide command $log order/consistency.go:26 'string(fixed)' string-bytes-conversion
	# what a func() literal that the function returns beside its data
	# captures (prometheus' MultiTRegistry.Gather: its done func ranges
	# over dFns) is part of the result
	decide command $log order/done.go:15 'make([]func(), 0, len(m.gs))' returned-object
	grep '"file":"order/done.go","line":15,' "$tmp/cmd$v.json" | grep -q '"owner":"result-closure"' && ok ||
		bad "command/$log: done.go:15 is not captured by the returned closure"
	# a closure that is the only result keeps closure-capture (Go 1.19
	# reports the make by its non-constant size)
	if [ $v = 1.26 ]; then
		decide command $log order/done.go:31 'make([]func(), 0, len(m.gs))' closure-capture
	fi
	# io.MultiReader made per message to put a fixed tail after a reader
	# (websocket's joinReader): its fix reads the tail after the EOF
	grep '"file":"order/joiner.go","line":21,"column":24,' "$tmp/cmd$v.json" | grep '"rule":"inlined-allocation"' |
		grep -q 'read the tail in the type' && ok || bad "command/$log: joiner.go:21 does not offer reading the tail"
	# values collected for a fmt call whose format is data (humanize's
	# CustomRelTime: fmt.Sprintf(mag.Format, args...)) go through fmt's
	# ...any as the format says; with a constant format they keep
	# interface-boxing
	decide command $log order/relfmt.go:21 lbl api-allocation
	grep '"file":"order/relfmt.go","line":21,' "$tmp/cmd$v.json" | grep -q '"context":"format-args"' && ok ||
		bad "command/$log: relfmt.go:21 is not collected for a format"
	decide command $log order/relfmt.go:23 'n / mag.DivBy' api-allocation
	decide command $log order/relfmt.go:37 lbl interface-boxing
	# the string a buffer's String or a scanner's Text makes for a print
	# call that takes values (chi's l.Logger.Print(l.buf.String()),
	# logrus' printFunc(strings.TrimRight(scanner.Text(), ...))) is the
	# line printed; the same string for a func value that keeps strings
	# keeps inlined-allocation
	decide command $log order/printline.go:24 'string(bytes.b.buf[bytes.b.off:])' api-allocation
	decide command $log order/printline.go:31 'string(bufio.s.token)' api-allocation
	grep '"file":"order/printline.go","line":31,' "$tmp/cmd$v.json" | grep -q '"context":"printed-line"' && ok ||
		bad "command/$log: printline.go:31 is not a printed line"
	decide command $log order/printline.go:40 'string(bufio.s.token)' inlined-allocation
	# a conversion boxed for a call is two objects from Go 1.22 on, the
	# box and the bytes it holds (uuid's Scan(string(src))): one finding,
	# the bytes a nested location of it
	decide command $log order/boxedconv.go:12 'string(b)' string-bytes-conversion
	if [ $v = 1.26 ]; then
		grep '"file":"order/boxedconv.go","line":12,' "$tmp/cmd$v.json" |
			grep -q '"kind":"nested","subject":"string(b)".*"column":44' && ok ||
			bad "command/$log: boxedconv.go:12's bytes are not nested in its box"
	fi
	# the parameter of an interface's method written without a name (the
	# wrapper Go makes for its use through a type parameter leaks ~p1, Go
	# 1.19 .anon0) is named by its type
	(cd "$src/command" && "$el" -v --all -f json --fail-on=never $log) 2>/dev/null |
		grep '"file":"order/marshal.go","line":10,' | grep -q '"subject":"the FieldEncoder parameter"' && ok ||
		bad "command/$log: marshal.go:10's parameter is not named by its type"
	# what a collector sends on its channel of an interface type
	# (prometheus' Collect(ch chan<- Metric)), or what the value sent
	# holds, lives on the heap by the API's type; a channel of a concrete
	# pointer type keeps channel-send, whose fix can apply
	decide command $log order/collector.go:24 'make(map[float64]float64)' api-allocation
	grep '"file":"order/collector.go","line":24,' "$tmp/cmd$v.json" | grep -q '"owner":"sent"' && ok ||
		bad "command/$log: collector.go:24 is not sent"
	decide command $log order/collector.go:29 '&quantiles{...}' api-allocation
	decide command $log order/collector.go:35 '&quantiles{...}' channel-send
	# a reflect.Value boxed for a call (jsoniter's objectAny.WriteTo:
	# stream.WriteVal(any.val)) copies the Value, not what it refers to:
	# the fix offers Interface(); another 24-byte struct does not get it
	decide command $log order/anyval.go:23 w.val interface-boxing
	grep '"file":"order/anyval.go","line":23,' "$tmp/cmd$v.json" | grep -q 'pass w.val.Interface()' && ok ||
		bad "command/$log: anyval.go:23 does not offer Interface()"
	decide command $log order/anyval.go:32 h.val interface-boxing
	grep '"file":"order/anyval.go","line":32,' "$tmp/cmd$v.json" | grep -q 'Interface()' &&
		bad "command/$log: anyval.go:32 offers Interface()" || ok
	# string(b) of fresh bytes handed to reflect (yaml's !!binary scalar):
	# unsafe.String saves the copy (Go 1.26 inlines ValueOf, and the value
	# is the result)
	if [ $v = 1.19 ]; then
		decide command $log order/anyval.go:39 'string(data)' reflection
		grep '"file":"order/anyval.go","line":39,' "$tmp/cmd$v.json" | grep -q 'unsafe.String(unsafe.SliceData(b), len(b))' && ok ||
			bad "command/$log: anyval.go:39 does not offer unsafe.String"
	fi
	# the message an io.Writer's Write hands to a logger (zap's writer
	# behind RedirectStdLog, zerolog's Logger.Write) must be a copy: Write
	# must not keep p; a copy put in a map that a sink reads keeps its rule
	decide command $log order/writer.go:21 'string(p)' api-allocation
	decide command $log order/writer.go:31 'string(p)' api-allocation
	grep '"file":"order/writer.go","line":31,' "$tmp/cmd$v.json" | grep -q '"role":"writer-message"' && ok ||
		bad "command/$log: writer.go:31 is not a writer's log message"
	# a logger that may drop the line is tested before converting
	grep '"file":"order/writer.go","line":31,' "$tmp/cmd$v.json" | grep -q 'test that before converting' && ok ||
		bad "command/$log: writer.go:31 does not offer a check before the conversion"
	decide command $log order/writer.go:41 'string(p)' string-bytes-conversion
	# a method of the writer that Write hands each line to, logging it
	# with Check at a level (zapio's Writer.log), is the writer's message
	# copy too; the same call in a type with no Write keeps its warning
	decide command $log order/writer.go:91 'string(b)' api-allocation
	grep '"file":"order/writer.go","line":91,' "$tmp/cmd$v.json" | grep -q '"role":"writer-message"' && ok ||
		bad "command/$log: order/writer.go:91 is not writer-message"
	decide command $log order/writer.go:104 'string(b)' string-bytes-conversion
	# a struct whose sole field is a one-byte type of another package of
	# the module (zap's payload{Level zapcore.Level}) is boxed from static
	# data: its size is read from that package; a two-byte one allocates
	decide command $log order/level.go:18 'payload{...}' constant-boxing
	grep '"file":"order/level.go","line":18,' "$tmp/cmd$v.json" | grep -q '"free":"byte"' && ok ||
		bad "command/$log: level.go:18 is not a free one-byte box"
	decide command $log order/level.go:27 'payload{...}' reflection
	grep '"file":"order/level.go","line":27,' "$tmp/cmd$v.json" | grep -q '"size":2' && ok ||
		bad "command/$log: level.go:27 does not have the size of lvl.Span"
	# a level decoded from a request to a level endpoint (zap's
	# decodePutJSON) is a setting, whose type is another package's; a
	# span decoded the same way is data
	decide command $log order/level.go:33 pld configuration-code
	decide command $log order/level.go:36 '&json.Decoder{...}' configuration-code
	decide command $log order/level.go:47 pld reflection
	decide command $log order/level.go:50 '&json.Decoder{...}' inlined-allocation
	# a Parse... function that reads its setting with a setting parser
	# of another package of the module (zap's ParseAtomicLevel calls
	# zapcore.ParseLevel, inlined): the parser's conversion is set-up too;
	# a span read the same way is data (LookupSpan, inlined from Go 1.2x)
	decide command $log order/level.go:66 '([]byte)(lvl.text)' configuration-code
	if [ $v = 1.26 ]; then
		decide command $log order/level.go:77 '([]byte)(lvl.text)' inlined-allocation
	fi
	# an append through a pointer to the caller's slice, kept in a field
	# (yaml's write handler: *emitter.output_buffer = append(...)) grows
	# a slice that outlives the call; a local's appends keep append-growth
	# (appends are reported from Go 1.25 on)
	if [ $v = 1.26 ]; then
		decide command $log order/sinker.go:16 append append-amortised
		grep '"file":"order/sinker.go","line":16,' "$tmp/cmd$v.json" | grep -q '"owner":"field"' && ok ||
			bad "command/$log: sinker.go:16 does not append to a field's slice"
		decide command $log order/sinker.go:24 append append-growth
	fi
	# a variable of a generic type that json decodes into (zerolog's
	# ConsoleWriter, prometheus' expvar collector): its cell is nothing
	# next to the generic document; a struct destination keeps reflection
	decide command $log order/document.go:12 evt api-allocation
	grep '"file":"order/document.go","line":12,' "$tmp/cmd$v.json" | grep -q '"type":"map\[string\]interface{}"' && ok ||
		bad "command/$log: document.go:12's evt has not its declared type"
	decide command $log order/document.go:23 v api-allocation
	decide command $log order/document.go:35 pld reflection
	# a local or parameter boxed into an interface result as it is
	# returned is the function's product (toml's valueArray: `return
	# array, tomlArray`); the package-level kind beside it keeps the
	# interface-boxing fix (declare it with the interface type)
	decide command $log order/document.go:78 array returned-object
	decide command $log order/document.go:59 text returned-object
	decide command $log order/document.go:78 listKind interface-boxing
	# a chain that goes backwards through a loop's statements, to a read
	# of a variable declared anew in each turn, is a flow the program
	# never takes (klauspost's StatelessDeflate: `todo = combined` then
	# `uncompressed := todo`, which runs first); declared outside the
	# loop, the next turn reads it, and the flow is real.  Go 1.19 puts
	# any make of a size known at run time on the heap
	if [ $v = 1.26 ]; then
		decide command $log order/reorder.go:46 'make([]byte, len(todo) + len(dict))' callee-leak
		grep '"file":"order/reorder.go","line":46,' "$tmp/cmd$v.json" |
			grep -q 'a flow the program never takes: its chain goes from `todo = joined` (line 49) to `plain := todo` (line 44), which runs before it' && ok ||
			bad "command/$log: reorder.go:46's chain is not reordered"
		grep '"file":"order/reorder.go","line":71,' "$tmp/cmd$v.json" | grep -q '"reordered"' &&
			bad "command/$log: reorder.go:71's flow through the next turn is reordered" || ok
	else
		decide command $log order/reorder.go:46 'make([]byte, len(todo) + len(dict))' nonconstant-make
	fi
	# a store through an unsafe.Pointer parameter, `*(*T)(ptr) = v`,
	# fills the caller's destination (jsoniter's ValDecoder.Decode): the
	# value stored is the function's product; the same store through the
	# receiver's own unsafe.Pointer keeps its finding
	decide command $log order/destination.go:13 'make([]byte, 0, len(raw))' returned-object
	decide command $log order/destination.go:35 'Numeral(text)' returned-object
	grep '"file":"order/destination.go","line":35,' "$tmp/cmd$v.json" | grep '"owner":"destination"' |
		grep -q 'is stored through its unsafe.Pointer parameter into the memory its caller hands in' && ok ||
		bad "command/$log: destination.go:35's box is not the destination"
	grep '"file":"order/destination.go","line":45,' "$tmp/cmd$v.json" | grep -q '"owner":"\(output\|destination\)"' &&
		bad "command/$log: destination.go:45's store through the receiver is output" || ok
	# a string(b) of a window of the receiver's buffer that a method
	# returns is its result (jsoniter's ReadString); of a buffer the
	# function filled itself it keeps the unsafe.String fix
	decide command $log order/destination.go:66 'string(s.buf[s.head:i])' returned-object
	grep '"file":"order/destination.go","line":66,' "$tmp/cmd$v.json" | grep -q '"declared":"receiver-buffer"' && ok ||
		bad "command/$log: destination.go:66 does not copy the receiver's buffer"
	decide command $log order/destination.go:94 'string(buf[0:len(buf)])' string-bytes-conversion
	# a callee that boxes another field of what its parameter points to
	# leaks all of it (escape analysis does not tell fields apart: toml's
	# PrimitiveDecode, REVIEW-23 #28); Go 1.19 inlines e into unify
	if [ $v = 1.26 ]; then
		decide command $log order/meta.go:13 'make(map[string]struct {})' callee-leak
		grep '"file":"order/meta.go","line":13,' "$tmp/cmd$v.json" |
			grep -q 'converts md.context to an interface that escapes, and escape analysis does not tell the fields of what md points to apart' && ok ||
			bad "command/$log: meta.go:13 does not blame the field-insensitive leak"
	fi
	# after a cache hit returns, the rest runs on a miss (once per key),
	# and so does a helper only the miss path uses; a map that is no
	# cache by its name keeps the warning
	decide command $log cache.go:18 kind lazy-init
	grep '"file":"cache.go","line":18,.*"subject":"kind"' "$tmp/cmd$v.json" |
		grep '"message":"2 values for (\*sync.Map).Store in Label (kind, l) are allocated in Label only on a cache miss' |
		grep -q '"kind":"same-call","subject":"l"' && ok ||
		bad "command/$log: cache.go:18's kind and l are not one cache-miss finding"
	decide command $log cache.go:23 kind lazy-init
	decide command $log cache.go:34 code fmt-sprintf
	# v, ok := m.Load(k) on a sync.Map of any name, the hit returning:
	# what follows runs per key; without the return it runs per call
	decide command $log cache.go:45 fresh lazy-init
	decide command $log cache.go:46 key lazy-init
	decide command $log cache.go:58 fresh address-taken-local
	decide command $log cache.go:59 key interface-boxing
	# the block of `if err != nil` handles a failure however it ends (a
	# continue here); a branch on another condition is no error path
	decide command $log cache.go:70 i error-construction
	grep '"file":"cache.go","line":70,.*"subject":"i"' "$tmp/cmd$v.json" | grep -q '"context":"error-check"' && ok ||
		bad "command/$log: cache.go:70 is not in context error-check"
	decide command $log cache.go:76 total fmt-sprintf
	# err != nil && more: still the error's branch; a func variable named
	# ErrorSink holds no error
	decide command $log cache.go:102 code error-construction
	decide command $log cache.go:105 'code + 1' fmt-sprintf
	# a method that builds every error it returns (toml's MetaData.e):
	# its body and what it is handed run only on failure; one that may
	# return nil (check) is called on every call
	decide command $log cache.go:120 l.name error-construction
	decide command $log cache.go:148 n error-construction
	grep '"file":"cache.go","line":150,.*"subject":"n"' "$tmp/cmd$v.json" | grep -q '"level":"warning"' && ok ||
		bad "command/$log: cache.go:150, handed to a check that may return nil, is no warning"
	# a buffer grown under a capacity check through a second local (dst2
	# := make; dst = dst2) is lazy; a check of a field of an object the
	# function has just made guards nothing across calls
	decide command $log cache.go:159 'make([]byte, len(dst), len(dst) + n)' lazy-init
	decide command $log cache.go:178 'make(map[string]int, len(names))' new-escape
	# a function that assigns a whole literal through its pointer
	# parameter (yaml's *parser = yaml_parser_t{...}) initialises its
	# caller's object; a method that resets its receiver so keeps its
	# warning
	decide command $log cache.go:200 'make([]byte, 0, 512)' returned-object
	decide command $log cache.go:201 'make([]int, 0, 16)' returned-object
	decide command $log cache.go:208 'make([]byte, 0, 512)' new-escape
	grep '"file":"cache.go","line":200,' "$tmp/cmd$v.json" | grep -q '"owner":"initialised"' && ok ||
		bad "command/$log: cache.go:200's owner is not initialised"
	# a field of an element of a named slice type is typed too
	grep '"file":"cache.go","line":90,.*"subject":"w.width"' "$tmp/cmd$v.json" | grep 'outside 0-255' | grep -q '"type":"int"' && ok ||
		bad "command/$log: cache.go:90's w.width (of ss[0]) is not an int with the 0-255 text"
	grep '"file":"cache.go","line":18,' "$tmp/cmd$v.json" | grep -q '"context":"cache-miss"' &&
		grep '"file":"cache.go","line":23,' "$tmp/cmd$v.json" | grep -q '"callers":"cold","called_from":"Label"' && ok ||
		bad "command/$log: cache-miss context and cold callers"
	# an internal package only a command shipped with the library imports
	# is the command's (tool-support); one the library imports is not
	decide command $log internal/pad/pad.go:8 n tooling-code
	decide command $log internal/norm/norm.go:8 n fmt-sprintf
	grep '"file":"internal/pad/pad.go","line":8,' "$tmp/cmd$v.json" | grep -q '"program":"tool-support"' && ok ||
		bad "command/$log: internal/pad is not tool-support"
	# one only _test.go files import holds test cases (zerolog's
	# internal): test code, hidden without --tests
	decide command $log internal/cases/cases.go:12 buf reflection
	grep '"file":"internal/cases/cases.go","line":12,' "$tmp/d.json" | grep '"program":"test-support"' |
		grep -q '"test":true' && ok || bad "command/$log: internal/cases is not test-support"
	grep -q '"file":"internal/cases/cases.go","line":12,' "$tmp/cmd$v.json" &&
		bad "command/$log: internal/cases's findings are shown without --tests" || ok
	# a helper's parameter that every caller feeds its own output (a
	# Write method's out) or an object it returns is output too; one fed
	# an object the caller keeps is not
	decide command $log populate.go:9 '&metric.Pair{...}' returned-object
	# a box made for a function that only hands its parameter to fmt
	# (zerolog's colorize): a concrete type there would only move the
	# box, so the fix is to format without fmt in it; a function that
	# returns a string before fmt (logrus' appendValue) keeps the plain fix
	decide command $log order/colorize.go:23 level interface-boxing
	grep '"file":"order/colorize.go","line":23,' "$tmp/cmd$v.json" |
		grep 'for colorize, which only hands its parameter s to fmt.Sprintf (order/colorize.go:' |
		grep -q 'format without fmt there' && ok || bad "command/$log: order/colorize.go:23 does not name colorize's fmt call"
	# a variadic call's result is named as written, not with the
	# compiler's `... argument...`
	decide command $log order/colorize.go:29 'fmt.Sprintf("%s", i)' interface-boxing
	decide command $log order/colorize.go:45 name interface-boxing
	grep '"file":"order/colorize.go","line":45,' "$tmp/cmd$v.json" | grep -q '"via_kind":"formatted"' &&
		bad "command/$log: order/colorize.go:45's plainValue counts as only formatting" || ok
	# a slice assigned to the variable only after the call that leaks it
	# never reaches that call (zerolog's writeFields: orderFields(fields),
	# then fields = xfields); the slice made before the call does
	decide command $log order/fields.go:43 '[]string{...}' callee-leak
	grep '"file":"order/fields.go","line":43,' "$tmp/cmd$v.json" |
		grep -q '"reordered":"`fields = append(\[\]string{...}, fields...)` (line 43) to `Console.orderFields(c, fields)` (line 36), which runs before it"' &&
		ok || bad "command/$log: order/fields.go:43 is not reordered"
	if [ $v = 1.26 ]; then
		grep '"file":"order/fields.go","line":44,' "$tmp/cmd$v.json" | grep -q '"reordered":"`fields = xfields` (line 50)' &&
			ok || bad "command/$log: order/fields.go:44 is not reordered"
		decide command $log order/fields.go:31 'make([]string, 0, len(evt))' callee-leak
		# sorting with slices.SortFunc frees it only up to a few dozen
		# bytes: its size is known at run time
		grep '"file":"order/fields.go","line":31,' "$tmp/cmd$v.json" | grep -q 'slices.SortFunc.*stays on the heap above a few dozen bytes even then' &&
			ok || bad "command/$log: order/fields.go:31's fix does not say a run-time size stays on the heap"
		grep '"file":"order/fields.go","line":31,' "$tmp/cmd$v.json" | grep -q '"reordered"' &&
			bad "command/$log: order/fields.go:31 is reordered" || ok
	fi
	# a json.Decoder made per input with an option only a Decoder has
	# (zerolog's ConsoleWriter.Write: d.UseNumber()) cannot be replaced
	# by json.Unmarshal: its fix keeps one Decoder over a reader reset per
	# input (REVIEW-31); one without options gets json.Unmarshal
	decide command $log order/entry.go:12 '&json.Decoder{...}' inlined-allocation
	grep '"file":"order/entry.go","line":12,' "$tmp/cmd$v.json" | grep '"context":"decoder-options"' |
		grep -q 'keep one Decoder over a reader you reset for each input' && ok ||
		bad "command/$log: order/entry.go:12 is not decoder-options with the kept Decoder's fix"
	decide command $log order/entry.go:22 '&json.Decoder{...}' inlined-allocation
	grep '"file":"order/entry.go","line":22,' "$tmp/cmd$v.json" | grep -q 'decode it with json.Unmarshal' && ok ||
		bad "command/$log: order/entry.go:22's fix does not offer json.Unmarshal"
	# the reader or writer a function without a receiver wraps around what
	# it is handed for its package's streaming API (toml's Unmarshal,
	# Marshal): the change is an entry point taking the bytes; a method
	# doing the same keeps the plain callee-leak text
	for at in 31 54; do
		grep '"file":"order/codec.go","line":'$at, "$tmp/cmd$v.json" | grep '"rule":"callee-leak"' |
			grep -q '"context":"stream-wrapper"' && ok || bad "command/$log: order/codec.go:$at is not stream-wrapper"
	done
	decide command $log order/codec.go:66 '&bytes.Reader{...}' callee-leak
	grep '"file":"order/codec.go","line":66,' "$tmp/cmd$v.json" | grep -q 'stream-wrapper' &&
		bad "command/$log: order/codec.go:66 (a method) is stream-wrapper" || ok
	# what a decoder stores into its destination is the decoded value:
	# a key boxed under `case reflect.Interface:` (toml's unifyMap), a
	# string handed to SetString (unifyString's json.Number); a struct
	# boxed for Set, copied out, keeps its warning
	decide command $log order/unify.go:26 k returned-object
	grep '"file":"order/unify.go","line":26,' "$tmp/cmd$v.json" | grep -q '"context":"decoded-value"' && ok ||
		bad "command/$log: order/unify.go:26 is not decoded-value"
	if [ $v = 1.26 ]; then
		grep '"file":"order/unify.go","line":38,' "$tmp/cmd$v.json" | grep '"rule":"returned-object"' |
			grep -q '"context":"decoded-value"' && ok || bad "command/$log: order/unify.go:38 is not decoded-value"
	fi
	decide command $log order/unify.go:45 'Primitive{...}' reflection
	# a callee that wraps its parameter in a bufio.Reader does not keep it
	# itself: the reader calls it through io.Reader (zerolog's
	# Cbor2JsonManyObjects); the message says so
	decide command $log order/frames.go:33 '&bytes.Reader{...}' callee-leak
	grep '"file":"order/frames.go","line":33,' "$tmp/cmd$v.json" |
		grep -q 'wraps it in a bufio reader or writer, whose reads and writes call it through' && ok ||
		bad "command/$log: order/frames.go:33 does not say the bufio reader calls it through the interface"
	# a func literal handed to a method of the package's own interface,
	# for a parameter of func type (yaml's obsoleteUnmarshaler), is what
	# the interface costs; one handed to a func field keeps its warning
	decide command $log order/unmarshaler.go:27 'func literal' api-allocation
	grep '"file":"order/unmarshaler.go","line":27,' "$tmp/cmd$v.json" | grep -q '"context":"interface-callback"' && ok ||
		bad "command/$log: order/unmarshaler.go:27 is not interface-callback"
	decide command $log order/unmarshaler.go:39 'func literal' interface-argument
	# a flag checked before calling a function that sets it (yaml's
	# `if !parser.stream_start_produced { return
	# yaml_parser_fetch_stream_start(parser) }`): the callee runs once per
	# object; a callee that never sets the flag keeps its warning
	decide command $log order/scanstart.go:15 'make(map[int]int)' lazy-init
	grep '"file":"order/scanstart.go","line":15,' "$tmp/cmd$v.json" | grep -q '"called_from":"fetchNext"' && ok ||
		bad "command/$log: order/scanstart.go:15 is not called once from fetchNext"
	decide command $log order/scanstart.go:35 'make(map[int]int)' new-escape
	# what a callee puts into an object it stores into its caller's
	# output (prometheus' populateMetric: ct into the &dto.Counter{...}
	# of the *dto.Metric passed in) is part of that output; a callee that
	# keeps it in a package variable keeps callee-leak
	decide command $log order/stamped.go:29 '&dto.Timestamp{...}' returned-object
	grep '"file":"order/stamped.go","line":29,' "$tmp/cmd$v.json" | grep -q '"owner":"callee-output"' && ok ||
		bad "command/$log: order/stamped.go:29 is not callee-output"
	decide command $log order/stamped.go:48 '&dto.Timestamp{...}' callee-leak
	decide command $log populate.go:33 '&metric.Pair{...}' pointer-append
	grep '"file":"populate.go","line":9,"column":28,' "$tmp/cmd$v.json" | grep -q '"owner":"output"' && ok ||
		bad "command/$log: populate's m is not output"
	# a function only go statements start: what it makes before its loop
	# comes once per goroutine; its loop's allocations, and those of one
	# also called directly, keep their warnings
	decide command $log pump.go:9 'make([]byte, 0, 512)' api-allocation
	decide command $log pump.go:12 '([]byte)(s)' string-bytes-conversion
	decide command $log pump.go:24 'make([]byte, 0, 64)' interface-argument
	grep '"file":"pump.go","line":9,' "$tmp/cmd$v.json" | grep -q '"callers":"goroutine","called_from":"(\*Counter).Pump"' && ok ||
		bad "command/$log: pump is not a goroutine's body"
	# an inlined callee's result stored into the object a constructor
	# returns is part of its result; stored into a receiver, it is not
	decide command $log buffered.go:16 '&bufio.Writer{...}' returned-object
	decide command $log buffered.go:23 '&bufio.Writer{...}' inlined-allocation
	# what one inlined call allocates at its position is one finding: the
	# Writer with its buffer (Go 1.19: same-inlined; Go 1.26 prints the
	# buffer's flow into the literal: nested), io.Pipe's three objects
	python3 - "$tmp/cmd$v.json" <<'PY' && ok || bad "command/$log: one inlined call's objects are not one finding: $(cat "$tmp/why")"
import json, sys
obs = [json.loads(l) for l in open(sys.argv[1])]
at = lambda f, l: [o for o in obs if o["file"] == f and o["line"] == l and o["kind"] == "escapes"]
w, p = at("buffered.go", 23), at("piped.go", 29)
rel = lambda o: sorted(r["subject"] for r in o.get("related", []) if r["kind"] in ("same-inlined", "nested"))
why = []
if [o["subject"] for o in w] != ["&bufio.Writer{...}"] or rel(w[0]) != ["make([]byte, bufio.size)"]:
    why.append("buffered.go:23: %s" % [(o["subject"], rel(o)) for o in w])
if len(p) != 1 or (len(rel(p[0])) + 1 != 3 and "1.19" in sys.argv[1]):
    why.append("piped.go:29: %s" % [(o["subject"], rel(o)) for o in p])
open(sys.argv[1].rsplit("/", 1)[0] + "/why", "w").write("; ".join(why))
sys.exit(1 if why else 0)
PY
	# a function that takes an HTTP handler and nothing of a request sets
	# up a route (once per route), and so do helpers only it uses; the
	# handler it returns or registers as a method value runs per request
	decide command $log router.go:30 '&route{...}' configuration-code
	decide command $log router.go:37 'path + "/"' configuration-code
	decide command $log router.go:49 'func literal' configuration-code
	decide command $log router.go:43 req.URL.Path fmt-sprintf
	decide command $log router.go:50 req.URL.Path fmt-sprintf
	grep '"file":"router.go","line":37,' "$tmp/cmd$v.json" | grep -q '"role":"route"' &&
		grep '"file":"router.go","line":30,' "$tmp/cmd$v.json" | grep -q '"callers":"setup","called_from":"(\*Router).Handle"' &&
		! grep '"file":"router.go","line":43,' "$tmp/cmd$v.json" | grep -q '"callers"' && ok ||
		bad "command/$log: route set-up and its helpers"
	# an exported New... returning a pointer to the package's struct type
	# makes what it allocates once per object, in its loop too (once per
	# name it is made from); a function it registers (run per use) and a
	# constructor returning an interface keep their warnings
	decide command $log ctor.go:20 'len(names)' configuration-code
	decide command $log ctor.go:22 n configuration-code
	decide command $log ctor.go:33 'make([]byte, 16)' interface-argument
	decide command $log ctor.go:41 n fmt-sprintf
	# a constructor method New... (prometheus' V2.NewCounterVec)
	decide command $log ctor.go:68 name configuration-code
	# a builder's Build method is a constructor; another method is not
	decide command $log ctor.go:51 'len(c.Names)' configuration-code
	decide command $log ctor.go:57 'len(c.Names)' fmt-sprintf
	grep '"file":"ctor.go","line":20,' "$tmp/cmd$v.json" | grep -q '"role":"constructor"' &&
		! grep '"file":"ctor.go","line":33,' "$tmp/cmd$v.json" | grep -q '"callers"' && ok ||
		bad "command/$log: NewPool is no constructor, or pad is set-up code"
	# the one value a function stores with context.WithValue: nothing to
	# group (api-allocation); two values in one function: context-value
	decide command $log ctxvalue.go:15 user api-allocation
	decide command $log ctxvalue.go:21 user context-value
	decide command $log ctxvalue.go:22 trace context-value
	# a variable whose address is the one value stored moves with it;
	# two such addresses could share one struct and keep their warnings
	decide command $log ctxvalue.go:41 s api-allocation
	decide command $log ctxvalue.go:46 a address-taken-local
	grep '"file":"ctxvalue.go","line":15,' "$tmp/cmd$v.json" | grep '"subject":"user"' | grep -q '"with_values":"one"' &&
		grep '"file":"ctxvalue.go","line":21,' "$tmp/cmd$v.json" | grep '"subject":"user"' | grep -q '"with_values":"several"' && ok ||
		bad "command/$log: with_values of ctxvalue.go"
	# made on a pool's miss path (fw, _ = flate.NewWriter(...) under if fw
	# == nil after Get): once per pooled object (Go 1.19 does not inline
	# NewWriter, and reports nothing there)
	[ $v = 1.26 ] && decide command $log poolmiss.go:16 flate.dw lazy-init
	# the guard is the caller's `if fw == nil`, not one in flate.NewWriter
	if [ $v = 1.26 ]; then
		grep '"file":"poolmiss.go","line":16,' "$tmp/cmd$v.json" | grep '"rule":"lazy-init"' |
			grep -q 'only when CompressTo finds it missing' && ok ||
			bad "command/$log: poolmiss.go:16 does not name CompressTo's guard"
	fi
	# a named string type converted from bytes is a string conversion, not
	# an interface box
	decide command $log number.go:11 'Number(([]byte)(s))' string-bytes-conversion
	# a field path's one-byte type is boxed from static data
	decide command $log events.go:25 want constant-boxing
	grep '"file":"events.go","line":25,.*"subject":"want"' "$tmp/cmd$v.json" | grep '"free":"byte"' |
		grep -q '"kind":"same-call","subject":"p.ev.typ"' && ok ||
		bad "command/$log: events.go:25's p.ev.typ is not boxed from static data with want"
	decide command $log events.go:25 p.ev.size fmt-sprintf
	# a value made to be handed to the goroutine a go statement starts
	# (directly, or through a variable read only there) comes with it
	decide command $log piped.go:30 s.Print api-allocation
	decide command $log piped.go:32 s.Warn api-allocation
	# a function that hands a handler literal to a call registers a route;
	# one that calls a method of a FlagSet variable defines a flag; a
	# function that does neither keeps its rule
	decide command $log registrar.go:18 '&http.fileHandler{...}' configuration-code
	decide command $log registrar.go:19 'func literal' configuration-code
	decide command $log registrar.go:38 'textValue{...}' configuration-code
	decide command $log registrar.go:43 'textValue{...}' returned-object
	# a method of a route type (one with a Handler method) that returns the
	# route for chaining configures it; a method that does not runs per use
	decide command $log registrar.go:80 'methodSet(ms)' configuration-code
	decide command $log registrar.go:88 'methodSet(extra)' interface-boxing
	# a function that dials on every call allocates once per connection;
	# one that dials only on a pool's miss keeps its warnings
	decide command $log dial.go:22 name configuration-code
	decide command $log dial.go:29 name fmt-sprintf
	# dialect() dials nothing: Dial and dial count as words of a name
	decide command $log dial.go:57 d fmt-sprintf
	# an append collecting what an iteration callback is handed: the count
	# is known only at the end (bytes keep append-growth: len bounds them)
	if [ $v = 1.26 ]; then
		decide command $log collect.go:31 append append-amortised
		decide command $log collect.go:42 append append-growth
		grep '"file":"collect.go","line":31,' "$tmp/cmd$v.json" | grep -q '"in_loop":"callback"' && ok ||
			bad "command/$log: collect.go:31 is not in a callback"
		# what a closure appends to a slice that its function boxes into
		# the result is part of that result (jsoniter's arrayLazyAny.Get):
		# folded into the box, with its place as a nested location
		decide command $log collect.go:62 names returned-object
		python3 - "$tmp/cmd$v.json" <<'PY' && ok || bad "command/$log: collect.go:59's append is not nested in 62's box"
import json, sys
objs = [json.loads(l) for l in open(sys.argv[1])]
assert not [o for o in objs if o.get("file") == "collect.go" and o.get("line") == 59 and o.get("subject") == "append"]
box = [o for o in objs if o.get("file") == "collect.go" and o.get("line") == 62 and o.get("subject") == "names"]
assert len(box) == 1 and any(r["kind"] == "nested" and r["line"] == 59 and r["function"] == "(*Counter).Wrapped.func1"
                             for r in box[0].get("related", [])), box
PY
	fi
	# a guard whose field the function sets back to nil makes its object
	# again each time: no lazy initialisation
	decide command $log linereader.go:19 '&strings.Reader{...}' inlined-allocation
	# an inlined Reset that stores into its receiver's field keeps the
	# receiver's buffer (bufio: if b.buf == nil)
	[ $v = 1.19 ] && decide command $log linereader.go:35 'make([]byte, int(4096))' lazy-init
	[ $v = 1.26 ] && decide command $log linereader.go:35 'make([]byte, 4096)' lazy-init
	# a guard on bufs is no guard on buf: a name is matched whole
	grep '"file":"dial.go","line":47,' "$tmp/cmd$v.json" | grep -q 'lazy' &&
		bad "command/$log: dial.go:47 taken for lazy initialisation (bufs == nil guards buf)" || ok
	# a function that takes a type and nothing of a value builds something
	# for the type (cached: once per type); one that takes a value runs
	# per value
	decide command $log codec.go:21 '&fieldsEncoder{}' configuration-code
	decide command $log codec.go:23 't.Name()' configuration-code
	[ $v = 1.26 ] && decide command $log codec.go:43 append append-growth
	# a function that is a sync.Pool's New runs only when the pool is empty
	decide command $log pooled.go:19 frameSize lazy-init
	# three conversions for one call the compiler inlined (yaml's
	# emitScalar): one finding that names the call, the others related;
	# the call stores them into the event's []byte fields, so the copies
	# come with the fields' type (owner byte-field)
	decide command $log events2.go:23 '([]byte)(anchor)' api-allocation
	grep '"file":"events2.go","line":23,' "$tmp/cmd$v.json" | grep -q '"owner":"byte-field"' && ok ||
		bad "command/$log: events2.go:23 is not owner byte-field"
	grep '"file":"events2.go","line":23,' "$tmp/cmd$v.json" |
		grep '"message":"3 conversions for initScalar in (\*emitter).Scalar' |
		grep -q '"kind":"same-call","subject":"(\[\]byte)(tag)".*"kind":"same-call","subject":"(\[\]byte)(value)"' && ok ||
		bad "command/$log: the conversions for the inlined initScalar are not one finding naming it"
	# look-alikes: two conversions in an assignment of the code's own
	# (no inlined call) stay two findings; a struct's New field is no
	# pool's; a pool nothing puts back into (only a longer name's Put)
	[ "$(grep -c '"file":"lookalikes.go","line":14,.*"rule":"string-bytes-conversion"' "$tmp/cmd$v.json")" = 2 ] &&
		ok || bad "command/$log: lookalikes.go:14's two conversions are not two findings"
	grep '"file":"lookalikes.go","line":27,' "$tmp/cmd$v.json" | grep -q '"context":"pool-new"' &&
		bad "command/$log: lookalikes.go:27, a struct's New, is called a pool's" || ok
	[ $v = 1.26 ] && decide command $log lookalikes.go:36 append append-growth
	# fmt's scanner: the input string it moves to the heap and the local
	# whose address it is given; strconv or the type's parser is the fix
	decide command $log scan.go:21 fmt.str inlined-allocation
	decide command $log scan.go:20 port address-taken-local
	decide command $log scan.go:28 '&big.Rat{}' new-escape
	for at in '"line":21,"column":[0-9]*,"kind":"moved","subject":"fmt.str"' '"line":20,"column":[0-9]*,"kind":"moved","subject":"port"' \
		'"line":28,"column":[0-9]*,"kind":"escapes","subject":"&big.Rat{}"'; do
		grep "\"file\":\"scan.go\",$at" "$tmp/cmd$v.json" | grep -q '"fix":"parse with strconv' && ok ||
			bad "command/$log: scan.go ($at) does not offer strconv for fmt.Sscanf"
	done
	# a func literal that is a sync.Pool's New runs on pool misses, not at
	# package initialisation (Go 1.22+ names it init.func1, Go 1.19
	# glob..func1, which no message may show)
	decide command $log diode.go:12 'make([]byte, 0, 500)' lazy-init
	grep '"file":"diode.go","line":12,' "$tmp/cmd$v.json" | grep -q '"context":"pool-new"' && ok ||
		bad "command/$log: diode.go:12 is not in a pool's New"
	# what an API fixes: a box for a call through an exported func type
	# taking interface{} (not the package's own unexported one), a value
	# put into the map handed to an encoder (not into a parameter's map)
	decide command $log apis.go:36 name api-allocation
	decide command $log apis.go:37 value interface-boxing
	# a call's result boxed for it too, but not what the inlined call
	# makes at its '(' (Go 1.19 inlines strconv.Quote's buffer there)
	decide command $log apis.go:38 'strconv.Quote(value)' api-allocation
	grep '"file":"apis.go","line":38,.*"subject":"make(' "$tmp/cmd$v.json" | grep -q '"context":"api-callback"' &&
		bad "command/$log: apis.go:38's inlined make is called the argument's box" || ok
	decide command $log apis.go:193 msg api-allocation
	decide command $log apis.go:194 level api-allocation
	# the document map itself, of its named type, and one assigned to the
	# variable that is encoded (logrus' DataKey); not an ad-hoc map
	decide command $log apis.go:192 'make(Doc, 4)' api-allocation
	decide command $log apis.go:201 'make(Doc, 2)' api-allocation
	decide command $log apis.go:204 'make(Doc, 1)' api-allocation
	grep '"file":"apis.go","line":204,' "$tmp/cmd$v.json" | grep '"context":"encoder-input"' |
		grep -q 'is the document EncodeNested builds for a reflection-based encoder' && ok ||
		bad "command/$log: apis.go:204's outer map is not the encoder's input"
	decide command $log apis.go:63 'make(map[string]interface {}, 4)' new-escape
	# an ad-hoc map[string]any handed to an encoder could be a struct
	decide command $log apis.go:64 msg interface-boxing
	decide command $log apis.go:65 level interface-boxing
	decide command $log apis.go:71 msg interface-boxing
	grep '"file":"apis.go","line":36,' "$tmp/cmd$v.json" | grep -q '"context":"api-callback"' &&
		grep '"file":"apis.go","line":193,' "$tmp/cmd$v.json" | grep -q '"context":"encoder-document"' && ok ||
		bad "command/$log: apis.go:36 is not api-callback or apis.go:193 not encoder-document"
	# set-up by shape: a func(*Console) option, a middleware's
	# constructor (not one that takes the request)
	decide command $log apis.go:56 'logOut{...}' configuration-code
	decide command $log apis.go:123 'make(map[string]struct {}, len(methods))' configuration-code
	decide command $log apis.go:140 'make(map[string]struct {}, len(methods) + 1)' closure-capture
	# a named middleware type is a middleware; a handler per response is not
	decide command $log apis.go:171 'make(map[string]struct {}, len(methods))' configuration-code
	decide command $log apis.go:155 'make(map[string]struct {}, len(methods))' closure-capture
	# on the way out: a Fatal's closure (not DPanic's); the String of an
	# unexported type (not an exported one's); a fuzzing harness
	decide command $log apis.go:88 'func literal' panic-path
	decide command $log apis.go:96 'func literal' callee-leak
	decide command $log apis.go:105 s.lo debug-output
	decide command $log apis.go:112 s.Lo fmt-sprintf
	decide command $log apis.go:117 'len(data)' tooling-code
	# conversions into the fields of one variable are one finding (yaml's
	# encoder.node); two variables' fields and an element are not.  A
	# []byte field owns its bytes: the copies into fields are
	# api-allocation notes, the one into an element of a [][]byte keeps
	# string-bytes-conversion
	grep '"file":"events3.go","line":29,' "$tmp/cmd$v.json" |
		grep '"message":"3 conversions into fields of e.event in (\*docEmitter).Node' |
		grep -q '"kind":"same-object","subject":"(\[\]byte)(line)".*"kind":"same-object","subject":"(\[\]byte)(foot)"' && ok ||
		bad "command/$log: events3.go's conversions into e.event are not one finding"
	[ "$(grep -c '^{"package":"[^"]*","function":"[^"]*","scope":"[^"]*","file":"events3.go","line":\(30\|32\),' "$tmp/cmd$v.json")" = 0 ] && ok ||
		bad "command/$log: events3.go's grouped conversions are findings of their own too"
	(cd "$src/command" && "$el" --fail-on=never -v "$log") | grep -q 'also stored into a field of the same variable: (\[\]byte)(line) at events3.go:30' &&
		ok || bad "command/$log: the text output does not list events3.go:30 with its variable's other conversion"
	decide command $log events3.go:40 '([]byte)(name)' api-allocation
	decide command $log events3.go:41 '([]byte)(anchor)' api-allocation
	decide command $log events3.go:42 '([]byte)(anchor)' string-bytes-conversion
	# an exported method of an unexported type that only set-up code of
	# its package calls is set-up code (urfave/cli's AddCommand); one a
	# hot function calls, or one reached only through an interface, is not
	decide command $log catalog.go:18 '&entry{...}' configuration-code
	grep '"file":"catalog.go","line":18,.*"subject":"&entry{...}"' "$tmp/cmd$v.json" | grep -q '"called_from":"DefineCommands"' &&
		ok || bad "command/$log: catalog.go:18 does not name DefineCommands as its caller"
	decide command $log catalog.go:34 '&entry{...}' pointer-append
	decide command $log catalog.go:53 '&entry{...}' pointer-append
	# an unexported type an exported function hands out may be used anywhere
	decide command $log catalog.go:95 '&entry{...}' pointer-append
	# a function held by a package variable is called where the variable
	# is (urfave/cli's stringifyFlag, called as FlagStringer by help), when
	# the variable is unexported: importers may call an exported one
	decide command $log catalog.go:62 name configuration-code
	grep '"file":"catalog.go","line":62,.*"subject":"name"' "$tmp/cmd$v.json" | grep -q '"called_from":"HelpLines"' &&
		ok || bad "command/$log: catalog.go:62 does not name HelpLines as its caller"
	decide command $log catalog.go:79 name fmt-sprintf
	# a logger's Error with a constant message reports something wrong
	# (zap's sweetenFields); Info, or Error with a message built here, not
	decide command $log sweeten.go:30 '... argument' error-construction
	grep '"file":"sweeten.go","line":30,' "$tmp/cmd$v.json" | grep -q '"context":"error-log"' && ok ||
		bad "command/$log: sweeten.go:30 is not an error report"
	decide command $log sweeten.go:32 '... argument' variadic-slice
	decide command $log sweeten.go:33 '... argument' variadic-slice
	# a deferred closure that sets its function's named result (yaml's
	# resolve) stores the function's result, like the returns do
	decide command $log deferred.go:14 'float64(n)' returned-object
	decide command $log deferred.go:21 n returned-object
	grep '"file":"deferred.go","line":14,' "$tmp/cmd$v.json" | grep -q '"owner":"result"' && ok ||
		bad "command/$log: deferred.go:14 is not owner result"
	# an unexported function returning a func(*T) is a visitor, not an
	# option; a Fatal that neither exits nor panics is no fatal path; a
	# function held by a variable of a grouped var block is followed too
	decide command $log deferred.go:28 '([]byte)(prefix + "x")' api-allocation
	decide command $log deferred.go:42 'func literal' callee-leak
	grep '"file":"deferred.go","line":47,.*"subject":"name"' "$tmp/cmd$v.json" | grep -q '"callers":"setup","called_from":"HelpFor"' &&
		ok || bad "command/$log: deferred.go:47 is not called from HelpFor through its grouped variable"
	# what runs only after a capture of the goroutine's stack formats a
	# panic's or a debugger's report (chi's prettyStack); what runs before
	# the capture, in a closure that captures it later, or on another path
	# too, keeps its warning
	decide command $log traces.go:20 '&bytes.Buffer{}' debug-output
	decide command $log traces.go:22 'string(st)' debug-output
	decide command $log traces.go:30 l debug-output
	decide command $log traces.go:45 n debug-output
	grep '"file":"traces.go","line":30,' "$tmp/cmd$v.json" | grep '"callers":"stack-trace","called_from":"traceLines"' |
		grep -q 'a helper used only by traceLines, which run only after a capture of the goroutine' &&
		ok || bad "command/$log: traces.go:30 does not name traceLines as its caller after the capture"
	grep '"file":"traces.go","line":84,' "$tmp/cmd$v.json" | grep '"context":"stack-trace"' |
		grep -q 'allocated after reportMixed captures the goroutine' && ok ||
		bad "command/$log: traces.go:84, after reportMixed's capture, is not context stack-trace"
	decide command $log traces.go:60 l fmt-sprintf
	decide command $log traces.go:76 l fmt-sprintf
	decide command $log traces.go:89 l fmt-sprintf
	# a function that reads a named file on every call, itself or through
	# its package's helpers (urfave/cli's altsrc loaders), allocates once
	# per file; one that may return before reading (a cache hit), or
	# reads only under a condition, does not
	decide command $log files.go:13 m configuration-code
	decide command $log files.go:17 '&Settings{...}' configuration-code
	grep '"file":"files.go","line":13,' "$tmp/cmd$v.json" | grep -q '"role":"file"' && ok ||
		bad "command/$log: files.go:13 is not role file"
	[ "$(grep '"file":"files.go","line":47,' "$tmp/cmd$v.json" | grep -c '"role":"file"')" = 0 ] && ok ||
		bad "command/$log: files.go:47, before a cache hit's return, is role file"
	# (its map[string]any, decoded generically, is api-allocation's;
	# what matters here is that it is not role file)
	decide command $log files.go:59 m api-allocation
	grep '"file":"files.go","line":59,' "$tmp/cmd$v.json" | grep -q '"role":"file"' &&
		bad "command/$log: files.go:59, read under a condition, is role file" || ok
	# filling a map kept in a field for a key it lacks makes one object
	# per key (websocket's PreparedMessage.frame); a store under another
	# key, or into a map of the call's own, is no memo
	decide command $log memo.go:25 '&memoFrame{}' lazy-init
	grep '"file":"memo.go","line":25,' "$tmp/cmd$v.json" | grep -q '"context":"cache-miss"' && ok ||
		bad "command/$log: memo.go:25 is not context cache-miss"
	decide command $log memo.go:36 '&memoFrame{}' map-store
	decide command $log memo.go:48 '&memoFrame{}' new-escape
	# a call through a field that an exported setter fills from its
	# parameter calls a user's function, whose type is the API
	# (websocket's ping and pong handlers); the package's own hook is not
	decide command $log callbacks.go:20 'string(payload)' api-allocation
	grep '"file":"callbacks.go","line":20,' "$tmp/cmd$v.json" | grep -q '"context":"user-callback"' && ok ||
		bad "command/$log: callbacks.go:20 is not context user-callback"
	decide command $log callbacks.go:28 'string(payload)' string-bytes-conversion
	# the variadic slice of a returned call whose result, a named func
	# type, keeps it comes with that closure (cobra's ExactValidArgs); a
	# variable a returned literal captures keeps its warning (the
	# function may run per request), and so does a closure stored per call
	decide command $log factory.go:34 '... argument' closure-factory
	grep '"file":"factory.go","line":34,' "$tmp/cmd$v.json" | grep -q '"owner":"closure"' && ok ||
		bad "command/$log: factory.go:34 is not owner closure"
	decide command $log factory.go:40 '[]string{...}' closure-capture
	decide command $log factory.go:46 '[]string{...}' closure-capture
	decide command $log factory.go:47 'func literal' closure-capture
	# a function that starts a goroutine on every call makes what it
	# makes outside its loops once per goroutine (logrus' WriterLevel);
	# one that starts it only under a condition does not
	decide command $log memo.go:74 'make([]string, 0, 64)' api-allocation
	grep '"file":"memo.go","line":74,' "$tmp/cmd$v.json" | grep -q '"role":"goroutine"' && ok ||
		bad "command/$log: memo.go:74 is not role goroutine"
	decide command $log memo.go:82 'make([]string, 0, 64)' new-escape
	# look-alikes a code review found: a stack captured under a condition
	# or deferred; a file's per-line records in a loop, and a helper that
	# reads a file only once; a memo's map made anew per call (and a
	# comment before the check, which changes nothing); a method spelled
	# like a user's callback field; Encode(dst, src), which takes no document
	decide command $log traces.go:105 id fmt-sprintf
	decide command $log traces.go:115 id fmt-sprintf
	decide command $log files.go:47 'path + ":" + key' returned-object
	decide command $log files.go:72 'string(b)' configuration-code
	[ "$(grep '"file":"files.go","line":73,.*"subject":"&Settings{...}"' "$tmp/cmd$v.json" | grep -c '"role":"file"')" = 0 ] && ok ||
		bad "command/$log: files.go:73, in a loop, is role file"
	decide command $log files.go:93 '&Settings{...}' pointer-append
	decide command $log memo.go:94 '&memoFrame{}' map-store
	decide command $log memo.go:106 '&memoFrame{}' lazy-init
	decide command $log callbacks.go:45 'string(b)' string-bytes-conversion
	[ "$(grep -c '"file":"apis.go","line":223,.*"rule":"api-allocation"' "$tmp/cmd$v.json")" = 0 ] && ok ||
		bad "command/$log: apis.go:223's Encode(dst, src) destination is called an encoder's document"
	# a small parameter of the function moved to the heap for a dynamic
	# call comes with the interface (uuid's NewHash); a 64-byte one and a
	# local keep their warnings
	decide command $log apis.go:231 id api-allocation
	decide command $log apis.go:235 block interface-argument
	decide command $log apis.go:240 id interface-argument
	grep '"file":"apis.go","line":231,' "$tmp/cmd$v.json" | grep -q '"declared":"param"' &&
		! grep '"file":"apis.go","line":240,' "$tmp/cmd$v.json" | grep -q '"declared":' && ok ||
		bad "command/$log: apis.go:231's parameter is not declared param, or 240's local is"
	# a function or func literal that changes process-wide state (zap's
	# redirectStdLogAt and the func it returns) configures the process;
	# one that only reads the environment does not
	decide command $log files.go:102 '&Settings{...}' configuration-code
	decide command $log files.go:105 '&Settings{...}' configuration-code
	grep '"file":"files.go","line":105,.*"subject":"&Settings{...}"' "$tmp/cmd$v.json" | grep -q '"role":"process-config"' &&
		ok || bad "command/$log: files.go:105, in the literal that sets the variable back, is not role process-config"
	decide command $log files.go:111 '&Settings{...}' pointer-append
	# an unsigned value that a guard bounds below 256 is boxed from static
	# data; a signed one may be negative
	decide command $log small.go:10 n constant-boxing
	decide command $log small.go:19 n fmt-sprintf
	grep '"file":"small.go","line":19,' "$tmp/cmd$v.json" | grep '"underlying":"integer"' |
		grep -q 'allocated on the heap on every call where the value is outside 0-255' && ok ||
		bad "command/$log: small.go:19's message does not say that 0-255 are boxed from static data"
	# the literal handed to a Go method (errgroup, WaitGroup) runs in the
	# goroutine it starts, with what only it captures
	decide command $log piped.go:73 'func literal' api-allocation
	decide command $log piped.go:72 p api-allocation
	# two strings converted for one call that keeps both: one finding
	grep '"file":"header.go","line":12,' "$tmp/cmd$v.json" | grep '"rule":"string-bytes-conversion"' |
		grep -q '"message":"2 conversions for keepHeader in SetHeader' &&
		[ "$(grep -c '"file":"header.go","line":12,.*"rule":"string-bytes-conversion"' "$tmp/cmd$v.json")" = 1 ] && ok ||
		bad "command/$log: header.go:12's two conversions for keepHeader are not one finding"
	# an append growth the compiler does not explain says so, instead of
	# an empty "()"
	if [ $v = 1.26 ]; then
		grep '"file":"push.go","line":10,' "$tmp/cmd$v.json" | grep '"rule":"append-growth"' |
			grep -q 'heap (the compiler printed no explanation)"' && ok ||
			bad "command/$log: push.go:10's unexplained append growth"
	fi
	# what goes into a caller's map of another package's pointers is the
	# function's output (the package imported under another name, and an
	# empty literal); a metric only written and read is not
	decide command $log families.go:21 '&metric.Summary{}' returned-object
	decide command $log families.go:22 n returned-object
	decide command $log families.go:15 '&metric.Metric{}' interface-argument
	# the []byte json.Unmarshal decodes is its data, not an interface
	# argument, and Unmarshal only reads it (prometheus' expvar collector)
	decide command $log vars.go:12 '([]byte)(text)' reflection
	grep '"file":"vars.go","line":12,' "$tmp/cmd$v.json" | grep -q 'copies a string into the \[\]byte that json.Unmarshal decodes.*unsafe.Slice' && ok ||
		bad "command/$log: vars.go:12's conversion for json.Unmarshal is called an interface argument"
	# a protocol-buffer enum's Enum() on a constant: one pointer could be
	# shared, so it stays a warning with that fix (prometheus' processMetric)
	decide command $log families.go:26 'new(metric.Kind)' inlined-allocation
	grep '"file":"families.go","line":26,' "$tmp/cmd$v.json" | grep -q 'share one pointer per value' && ok ||
		bad "command/$log: families.go:26's Enum() pointer is not offered a shared pointer"
	grep '"file":"families.go","line":37,' "$tmp/cmd$v.json" | grep -q '"owner":"result"' && ok ||
		bad "command/$log: families.go:37's empty literal of a renamed package is not found"
	# a package function called in an inlined body (atomic.StorePointer
	# in (*log.Logger).SetPrefix) is no dynamic call, though the file's
	# comment names the package
	if [ $v = 1.26 ]; then
		decide command $log prefix.go:10 log.prefix inlined-allocation
	fi
	# a field the function has just replaced keeps no capacity from the
	# last call (toml's p.context), unless it was made to size; a field
	# made only when nil, or kept, grows amortised (Go 1.19 prints no
	# append)
	if [ $v = 1.26 ]; then
		decide command $log keypath.go:16 append append-growth
		decide command $log keypath.go:21 append append-amortised
		decide command $log keypath.go:28 append append-presized
		decide command $log keypath.go:38 append append-amortised
	fi
	# state shared with goroutines through a closure only theirs capture
	# (a deferred closure aside); not when another closure captures it
	decide command $log shared.go:10 mu api-allocation
	decide command $log shared.go:11 first api-allocation
	decide command $log shared.go:12 'func literal' api-allocation
	decide command $log shared.go:19 wg api-allocation
	grep '"file":"shared.go","line":12,' "$tmp/cmd$v.json" | grep -q '"role":"go-shared"' && ok ||
		bad "command/$log: shared.go:12's setErr closure is not go-shared"
	decide command $log shared.go:42 first closure-capture
	decide command $log shared.go:43 'func literal' closure-capture
	# registration: an exported function prepending to a package-level
	# slice, and a function calling a Register... function
	decide command $log hooks.go:9 '[]func(){...}' configuration-code
	decide command $log hooks.go:29 '&prefixer{...}' configuration-code
	decide command $log hooks.go:70 '[]func() error{...}' configuration-code
	grep '"file":"hooks.go","line":29,' "$tmp/cmd$v.json" | grep -q '"role":"register"' && ok ||
		bad "command/$log: UsePrefix, which calls RegisterExtension, is not registration"
	# a package-level slice of records made per call is no registry
	decide command $log hooks.go:62 '&session{...}' pointer-append
	# an unexported free list's put appends per use: no registration
	grep '"file":"hooks.go","line":37,' "$tmp/cmd$v.json" | grep -q '"role":"register"' &&
		bad "command/$log: a free list's put is called registration" || ok
	# a slice collected in a local and stored into a field of the object
	# the function returns is part of its result, and so are the objects
	# appended to it; the same slice kept in a package variable is not
	decide command $log product.go:18 'make([]*Pair, 0, len(labels))' returned-object
	decide command $log product.go:20 '&Pair{...}' returned-object
	decide command $log product.go:23 'make(map[string]int)' returned-object
	decide command $log product.go:33 '&Pair{...}' pointer-append
	decide command $log product.go:45 'map[string]string{...}' returned-object
	# a recursive parser's cases (toml's parser.value): each value boxed by
	# its own return is its product, also an inlined call's result, though
	# the chain goes on in the caller analysed with it; the same inlined
	# call's result kept in a package variable stays a warning
	decide command $log product.go:58 'ValueList(item, depth + 1)' returned-object
	decide command $log product.go:60 'trimNL(item)' returned-object
	decide command $log product.go:62 'item[1:]' returned-object
	decide command $log product.go:81 'trimNL(item[i:])' interface-boxing
	# a nil slice boxed is the runtime's static zero value; a slice is not
	decide command $log piped.go:51 'Labels(nil)' constant-boxing
	decide command $log piped.go:54 'Labels(names)' interface-boxing
	# a package main in a module whose root holds no library is an
	# application's (test-code's examples/basic: example code by its path)
	(cd "$src/test-code" && "$el" -v --all --tests -f json --fail-on=never $log) >"$tmp/app.json" 2>/dev/null
	! grep -q '"program":"command"' "$tmp/app.json" &&
		grep -q '"file":"examples/basic/main.go".*"program":"main"' "$tmp/app.json" && ok ||
		bad "test-code/$log: a package main of a module without a root library is judged a command"
done
# a method's receiver is an argument of its call: v.Text('f', -1) is no
# call of constants (no shared package-level fix for it)
for v in 1.19 1.26; do
	(cd "$src/amortised" && "$el" -f json --fail-on=never go$v.m2.log) >"$tmp/ft.json" 2>/dev/null
	grep '"file":"floattext.go","line":13,' "$tmp/ft.json" | grep -q '"rule":"inlined-allocation"' &&
		! grep '"file":"floattext.go","line":13,' "$tmp/ft.json" | grep -q '"inlined_args"' && ok ||
		bad "amortised/go$v.m2.log: v.Text('f', -1) is called a call of constants"
done
# new(expr) of Go 1.26, which the grammar reads as new(type): the text of
# the assignment around it says where the value goes (the output of
# Write, also after the parse error; a package variable in Keep)
decide newexpr go1.26.m2.log gauge.go:12 'new(g.v * 2)' returned-object
decide newexpr go1.26.m2.log gauge.go:14 'new(g.n + 1)' returned-object
decide newexpr go1.26.m2.log gauge.go:24 'new(g.v + 1)' address-taken-local
# a literal holding new(call) that goes into the output, and what is set
# in it after a defer (prometheus' histogram.Write; check_srcmap.c has the
# parse)
decide newexpr go1.26.m2.log gauge.go:33 '&msg.Hist{...}' returned-object
decide newexpr go1.26.m2.log gauge.go:38 'new(zero)' returned-object
decide newexpr go1.26.m2.log gauge.go:40 '[]*int64{...}' returned-object
# the builtin max of ints is an int: only values outside 0-255 allocate
decide newexpr go1.26.m2.log gauge.go:49 digits interface-boxing
grep '"file":"gauge.go","line":49,.*"subject":"digits"' "$tmp/d.newexpr.go1.26.m2.log.json" | grep 'outside 0-255' | grep -q '"type":"int"' && ok ||
	bad "newexpr: gauge.go:49's digits (max of ints) is not an int with the 0-255 text"
for log in "$src"/*/go1.*.m2.log; do
	(cd "$(dirname "$log")" && "$el" -v --all --tests -f json --fail-on=never "$log") >>"$tmp/all.json" 2>/dev/null
done
python3 - "$tmp/all.json" >"$tmp/made" <<'PY'
import json, re, sys
made = re.compile(r"~[rRpb][0-9]|\.autotmp_[0-9]|(?<![\w)\]])\.this\b|\.anon[0-9]|glob\.\.")
n = 0
for o in map(json.loads, open(sys.argv[1])):
    n += 1
    for c in o.get("chain", []):
        for note in c.get("notes", []):
            if made.search(note["where"]) and note["file"] != "<autogenerated>":
                print("note", note["file"], note.get("line"), note["where"])
    # a leaking parameter's verdict names the result it leaks to (~r0)
    if o["kind"] != "leak" and made.search(o["message"]):
        print("message", o["file"], o["line"], o["message"])
print(n, "findings", file=sys.stderr)
PY
[ -s "$tmp/made" ] && bad "made-up names shown: $(head -5 "$tmp/made")" || ok
# --fail-on counts hidden notes
(cd "$src/package-init" && "$el" --fail-on=note go1.26.m2.log >/dev/null 2>&1); st=$?
[ "$st" = 1 ] && ok || bad "--fail-on=note with hidden notes exited $st, want 1"
(cd "$src/package-init" && "$el" go1.26.m2.log >/dev/null 2>&1); st=$?
[ "$st" = 0 ] && ok || bad "package-init only: the default run exited $st, want 0"
# without the sources: the log alone, and the summary says what was not checked
cp "$src/free/go1.26.m2.log" "$tmp/nosrc.log"
(cd "$tmp" && "$el" nosrc.log) >"$tmp/out" 2>&1
has "$tmp/out" "were not found .*constants, closures, cold paths and sizes not checked"
settle_decisions
finish
