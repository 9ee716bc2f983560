/*
 * check_readers.c -- gojson.c and logopt.c: the other forms of the
 * compiler's diagnostics give what its text gives.
 *
 *  - `go build -json` streams: every build.jsonl fixture (Go >= 1.24) fed
 *    at chunk sizes 1, 7 and whole gives the records of the m2.log of the
 *    same build; build-fail events are counted, test events skipped;
 *    malformed events are errors at their line and column.
 *  - logopt directories: every fixture with logopt/ and m2.log gives the
 *    heap objects of m2.log (see `inherent` for what logopt does not
 *    carry); empty, missing and colliding directories; malformed files.
 *  - both survive the failure of each allocation.
 *
 * Hand-written input is used only for malformed input; the rest is read
 * from the fixtures of tests/fixtures/go1.2N (tests/fixtures/versions.sh).
 */
#include <errno.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check_suites.h"
#include "testutil.h"

#define LIT(s) (s), (sizeof(s) - 1)
/* snprintf into an array, the whole text or the test fails */
#define FMT(buf, ...) ck_assert_int_lt(snprintf(buf, sizeof buf, __VA_ARGS__), (int)sizeof buf)

#define MAX_DIRS 1024

/* Fixture program directories (FIXTURES_DIR/go1.N/PROG) with m2.log and
 * logopt/, and those with build.jsonl too. */
static char *logopt_dirs[MAX_DIRS], *jsonl_dirs[MAX_DIRS];
static int nlogopt, njsonl;

static int exists(const char *dir, const char *name)
{
	char path[4096];
	struct stat st;

	if (snprintf(path, sizeof path, "%s/%s", dir, name) >= (int)sizeof path)
		return 0;
	return stat(path, &st) == 0;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void load_dirs(void)
{
	static const char *const versions[] = { "go1.21", "go1.22", "go1.23", "go1.24",
		                                 "go1.25", "go1.26", "go1.27" };
	size_t v;

	if (nlogopt)
		return;
	for (v = 0; v < sizeof versions / sizeof versions[0]; v++) {
		char top[4096];
		struct dirent *e;
		DIR *d;

		int n = snprintf(top, sizeof top, "%s/%s", FIXTURES_DIR, versions[v]);
		if (n >= (int)sizeof top || !(d = opendir(top)))
			continue;
		while ((e = readdir(d)) != NULL) {
			char dir[4096];
			if (e->d_name[0] == '.')
				continue;
			if (snprintf(dir, sizeof dir, "%s/%s", top, e->d_name) >= (int)sizeof dir ||
			    !exists(dir, "m2.log"))
				continue;
			/* 24_cross_function calls log.Printf (a closure of another
			 * package, named with its hash only in the text) and
			 * compares structs (type..eq wrappers), and Go >= 1.26 text
			 * names an inlined call's result ~r0 where logopt shows the
			 * call: logopt gaps listed in lib/logopt.c, not tested here */
			if (exists(dir, "logopt") && nlogopt < MAX_DIRS &&
			    strcmp(e->d_name, "24_cross_function") != 0)
				logopt_dirs[nlogopt++] = strdup(dir);
			if (exists(dir, "build.jsonl") && njsonl < MAX_DIRS)
				jsonl_dirs[njsonl++] = strdup(dir);
		}
		closedir(d);
	}
	qsort(logopt_dirs, (size_t)nlogopt, sizeof(char *), cmp_str);
	qsort(jsonl_dirs, (size_t)njsonl, sizeof(char *), cmp_str);
}

/* A file of a fixture directory, read whole. */
static char *read_in(const char *dir, const char *name, size_t *len)
{
	char path[4096];

	FMT(path, "%s/%s", dir, name);
	return tu_read_file(path, len);
}

static int to_json(const el_record *r, void *ctx)
{
	ck_assert_int_eq(el_record_write_json(r, tu_to_str, ctx), EL_OK);
	return 0;
}

/* ------------------------------------------------------------------ */
/* go build -json                                                     */
/* ------------------------------------------------------------------ */

/* The records of a go -json stream fed in chunk-byte pieces (0: whole),
 * as JSON lines; the reader's failed packages in *failed. */
static char *gojson_records(const char *buf, size_t len, size_t chunk, size_t *failed)
{
	tu_str out = { 0 };
	el_parser *p = el_parser_new(to_json, &out, NULL);
	el_gojson *j = el_gojson_new(p, NULL);
	size_t off = 0;

	ck_assert(p && j);
	if (chunk == 0)
		chunk = len ? len : 1;
	while (off < len) {
		size_t n = len - off < chunk ? len - off : chunk;
		ck_assert_msg(el_gojson_feed(j, buf + off, n) == EL_OK, "feed: %s",
		              el_gojson_error(j)->message);
		off += n;
	}
	ck_assert_msg(el_gojson_finish(j) == EL_OK, "finish: %s", el_gojson_error(j)->message);
	ck_assert_int_eq(el_parser_finish(p), EL_OK);
	if (failed)
		*failed = el_gojson_failed_count(j);
	el_gojson_free(j);
	el_parser_free(p);
	if (!out.ptr)
		tu_str_add(&out, "", 0);
	return out.ptr;
}

START_TEST(gojson_gives_the_text_records)
{
	static const size_t chunks[] = { 0, 1, 7 };
	const char *dir = jsonl_dirs[_i];
	size_t len, tlen, i, failed;
	char *buf = read_in(dir, "build.jsonl", &len), *text = read_in(dir, "m2.log", &tlen);
	char *want = tu_parse(text, tlen, 0, NULL);

	tu_str crlf = { 0 };
	char *got;

	ck_assert(el_gojson_detect(buf, len < 65536 ? len : 65536));
	for (i = 0; i < sizeof chunks / sizeof chunks[0]; i++) {
		got = gojson_records(buf, len, chunks[i], &failed);
		ck_assert_msg(strcmp(got, want) == 0, "%s: records differ at chunk size %zu", dir,
		              chunks[i]);
		ck_assert_uint_eq(failed, 0);
		free(got);
	}
	/* the same events ended by CRLF, a CR and its LF in two feeds */
	for (i = 0; i < len; i++)
		tu_str_add(&crlf, buf[i] == '\n' ? "\r\n" : buf + i, buf[i] == '\n' ? 2 : 1);
	got = gojson_records(crlf.ptr, crlf.len, 3, NULL);
	ck_assert_msg(strcmp(got, want) == 0, "%s: records differ with CRLF", dir);
	free(got);
	tu_str_free(&crlf);
	free(want);
	free(text);
	free(buf);
}
END_TEST

/* A failed build as go 1.26 writes it, then go test -json events around
 * a build-output whose text is a diagnostic (test output is not fed). */
static const char failed_build[] =
	"{\"ImportPath\":\"example.com/broken\",\"Action\":\"build-output\",\"Output\":\"# "
	"example.com/broken\\n\"}\n"
	"{\"ImportPath\":\"example.com/broken\",\"Action\":\"build-output\",\"Output\":\"./"
	"broken.go:4:9: undefined: undefinedName\\n\"}\n"
	"{\"ImportPath\":\"example.com/broken\",\"Action\":\"build-fail\"}\r\n"
	"\n"
	"{\"Time\":\"2026-11-30T10:00:00Z\",\"Action\":\"start\",\"Package\":\"example.com/ok\"}\n"
	"{\"Time\":\"2026-11-30T10:00:00Z\",\"Action\":\"run\",\"Package\":\"example.com/ok\","
	"\"Test\":\"TestX\"}\n"
	"{\"Time\":\"2026-11-30T10:00:00Z\",\"Action\":\"output\",\"Package\":\"example.com/ok\","
	"\"Test\":\"TestX\",\"Output\":\"./ok.go:3:6: moved to heap: x\\n\"}\n"
	"{\"ImportPath\":\"example.com/ok\",\"Action\":\"build-output\",\"Output\":\"# "
	"example.com/ok\\n./ok.go:3:6: moved to heap: y\\n\"}\n"
	"{\"Time\":\"2026-11-30T10:00:00Z\",\"Action\":\"pass\",\"Package\":\"example.com/ok\","
	"\"Test\":\"TestX\",\"Elapsed\":0}\n"
	"{\"ImportPath\":\"example.com/other\",\"Action\":\"build-fail\"}";

START_TEST(gojson_counts_failed_builds)
{
	size_t chunk;

	for (chunk = 0; chunk < 8; chunk += 7) {
		tu_str out = { 0 };
		el_parser *p = el_parser_new(to_json, &out, NULL);
		el_gojson *j = el_gojson_new(p, NULL);
		size_t off = 0, len = sizeof failed_build - 1, step = chunk ? chunk : len;

		for (; off < len; off += step)
			ck_assert_int_eq(el_gojson_feed(j, failed_build + off,
			                                len - off < step ? len - off : step),
			                 EL_OK);
		ck_assert_int_eq(el_gojson_finish(j), EL_OK);
		ck_assert_int_eq(el_parser_finish(p), EL_OK);
		ck_assert_uint_eq(el_gojson_failed_count(j), 2);
		ck_assert_str_eq(el_gojson_failed(j, 0), "example.com/broken");
		ck_assert_str_eq(el_gojson_failed(j, 1), "example.com/other");
		ck_assert_ptr_null(el_gojson_failed(j, 2));
		/* the build's own lines only: y, not the test's x */
		ck_assert_ptr_nonnull(strstr(out.ptr, "undefined: undefinedName"));
		ck_assert_ptr_nonnull(strstr(out.ptr, "\"subject\":\"y\""));
		ck_assert_ptr_null(strstr(out.ptr, "\"subject\":\"x\""));
		ck_assert_uint_eq(el_parser_stats(p)->kinds[EL_REC_MOVED_TO_HEAP], 1);
		/* feeding after the end */
		ck_assert_int_eq(el_gojson_feed(j, "{}", 2), EL_ERR_STATE);
		el_gojson_free(j);
		el_parser_free(p);
		tu_str_free(&out);
	}
}
END_TEST

/* Malformed go -json input: the status and where. */
static const struct {
	const char *text;
	size_t len;                /* 0: strlen */
	el_status status;
	unsigned long line, col;
} bad_events[] = {
	{ "# example.com/x\n", 0, EL_ERR_INVALID, 1, 1 },
	{ "{\"Action\":\"build-output\",\"Output\":\"x\\n\"}\n  [1]\n", 0, EL_ERR_INVALID, 2, 3 },
	{ "{\"Action\":\"build-output\",\"Output\":\"x\\n\"}\n{\"Action\":\"build-out", 0,
	  EL_ERR_INVALID, 2, 21 },
	{ "{\"Action\":\"build\0\"}\n", 20, EL_ERR_INVALID, 1, 17 },
	{ "{\"Action\":\"\xff\"}\n", 0, EL_ERR_INVALID, 1, 12 },
	{ "\r\n{\"ImportPath\":\"x\"}\r\n", 0, EL_ERR_INVALID, 2, 1 },
	{ "{\"ImportPath\":\"x\",\"Action\":3}\n", 0, EL_ERR_INVALID, 1, 28 },
	{ "{\"Action\":\"build-output\",\"Output\":null}\n", 0, EL_ERR_INVALID, 1, 35 },
	{ "{\"Action\":\"start\"} x\n", 0, EL_ERR_INVALID, 1, 20 },
};

START_TEST(gojson_malformed_events)
{
	size_t chunk;

	for (chunk = 1; chunk <= 64; chunk *= 64) {
		el_parser *p = el_parser_new(NULL, NULL, NULL);
		el_gojson *j = el_gojson_new(p, NULL);
		const char *t = bad_events[_i].text;
		size_t len = bad_events[_i].len ? bad_events[_i].len : strlen(t), off;
		el_status st = EL_OK;
		const el_error *e;

		for (off = 0; off < len && st == EL_OK; off += chunk)
			st = el_gojson_feed(j, t + off, len - off < chunk ? len - off : chunk);
		if (st == EL_OK)
			st = el_gojson_finish(j);
		e = el_gojson_error(j);
		ck_assert_msg(st == bad_events[_i].status, "%zu: status %d: %s", (size_t)_i, st,
		              e->message);
		ck_assert_int_eq(e->status, st);
		ck_assert_msg(e->line == bad_events[_i].line && e->column == bad_events[_i].col,
		              "%zu: at %lu:%lu, not %lu:%lu: %s", (size_t)_i, e->line, e->column,
		              bad_events[_i].line, bad_events[_i].col, e->message);
		/* the error stays */
		ck_assert_int_eq(el_gojson_feed(j, "\n", 1), st);
		el_gojson_free(j);
		el_parser_free(p);
	}
}
END_TEST

START_TEST(gojson_event_too_long)
{
	size_t big = EL_DEFAULT_MAX_LINE, off;
	char *buf = malloc(1 << 20);
	el_parser *p = el_parser_new(NULL, NULL, NULL);
	el_gojson *j = el_gojson_new(p, NULL);
	el_status st = EL_OK;

	ck_assert(buf && p && j);
	memset(buf, 'x', 1 << 20);
	ck_assert_int_eq(el_gojson_feed(j, "{\"Action\":\"start\"}\n{\"Output\":\"", 30), EL_OK);
	for (off = 0; off <= big && st == EL_OK; off += 1 << 20)
		st = el_gojson_feed(j, buf, 1 << 20);
	ck_assert_int_eq(st, EL_ERR_LIMIT);
	ck_assert_uint_eq(el_gojson_error(j)->line, 2);
	el_gojson_free(j);
	el_parser_free(p);
	free(buf);
}
END_TEST

START_TEST(gojson_detects_streams)
{
	size_t len;
	char *jsonl = read_in(jsonl_dirs[0], "build.jsonl", &len), *text;

	ck_assert(el_gojson_detect(jsonl, len < 200 ? len : 200));
	ck_assert(el_gojson_detect(LIT("\xEF\xBB\xBF \n{\"Action\" : \"start\"}")));
	ck_assert(el_gojson_detect(LIT("{\"Time\":\"x\",\"ImportPath\":\"a\"")));
	free(jsonl);
	text = read_in(jsonl_dirs[0], "m2.log", &len);
	ck_assert(!el_gojson_detect(text, len));
	free(text);
	ck_assert(!el_gojson_detect(LIT("{}\n{\"Action\":\"start\"}")));
	ck_assert(!el_gojson_detect(LIT("{\"Output\":\"\\\"Action\\\"\"}")));
	ck_assert(!el_gojson_detect(LIT("{\"version\":0,\"package\":\"main\",\"file\":\"x\"}")));
	ck_assert(!el_gojson_detect("", 0));
}
END_TEST

static int stop_at_first(const el_record *r, void *ctx)
{
	(void)r;
	(void)ctx;
	return 1;
}

START_TEST(gojson_stop_propagates)
{
	size_t len;
	char *buf = read_in(jsonl_dirs[0], "build.jsonl", &len);
	el_parser *p = el_parser_new(stop_at_first, NULL, NULL);
	el_gojson *j = el_gojson_new(p, NULL);

	ck_assert_int_eq(el_gojson_feed(j, buf, len), EL_ERR_STOPPED);
	ck_assert_int_eq(el_gojson_error(j)->status, EL_ERR_STOPPED);
	ck_assert_int_eq(el_gojson_feed(j, buf, len), EL_ERR_STOPPED);
	ck_assert_int_eq(el_gojson_finish(j), EL_ERR_STOPPED);
	el_gojson_free(j);
	el_parser_free(p);
	free(buf);
}
END_TEST

/* ------------------------------------------------------------------ */
/* logopt: the objects of the text                                    */
/* ------------------------------------------------------------------ */

typedef struct strs {
	char **v;
	size_t n;
} strs;

static void strs_add(strs *s, const char *text)
{
	s->v = realloc(s->v, (s->n + 1) * sizeof *s->v);
	ck_assert_ptr_nonnull(s->v);
	s->v[s->n++] = strdup(text);
}

static void strs_free(strs *s)
{
	size_t i;

	for (i = 0; i < s->n; i++)
		free(s->v[i]);
	free(s->v);
	s->v = NULL;
	s->n = 0;
}

/* One side of the comparison: the objects of m2.log or of logopt/. */
typedef struct side {
	int logopt;
	const char *build;         /* logopt: the directory the fixture was built in, "/" ended */
	int minor;                 /* Go 1.minor */
	strs full;                 /* compared: kind, base:line:col, subject, function, chains,
	                              verdict, flags */
	strs loose;                /* kind, subject, function: m2 objects at //line positions;
	                              logopt: one per full line */
	strs autogen;              /* the objects at <autogenerated>:1, function left out */
} side;

static int starts(el_str s, const char *lit)
{
	size_t n = strlen(lit);
	return s.len >= n && memcmp(s.ptr, lit, n) == 0;
}

static int ends(el_str s, const char *lit)
{
	size_t n = strlen(lit);
	return s.len >= n && memcmp(s.ptr + s.len - n, lit, n) == 0;
}

/* An expression with a constant Go >= 1.25 rewrote an operand to: 1,
 * "x", byte(1), make([]byte, 32768). */
static int literal(el_str s)
{
	size_t i;

	for (i = 0; i < s.len; i++)
		if ((s.ptr[i] >= '0' && s.ptr[i] <= '9') || s.ptr[i] == '"' || s.ptr[i] == '\'' ||
		    s.ptr[i] == '`')
			return 1;
	return 0;
}

/*
 * What the text prints and logopt does not carry: the objects of these
 * forms are left out of the comparison (m2 side unless said).
 *  - generic code of other packages compiled into the fixture (files
 *    outside its directory: the module cache's GOROOT): its paths name the
 *    machine that built it, and its logopt files collide (p6_rangefunc's
 *    maps/iter.go is overwritten by slices/iter.go; logopt_collision);
 *  - <autogenerated>:1 (wrappers, type eq/hash functions): the text names
 *    the function declared there, logopt names none, so the function is
 *    not compared there, and `cannot inline type..eq.T` is left out; the
 *    text's `inlining call to F` lines there (logopt has them only for
 *    inlined positions) may fold a wrapper's leaking parameter into F's:
 *    logopt may have more leaks there (logopt_gives_the_text_objects);
 *  - `cannot inline F: recursive` (Go <= 1.23, CanInlineSCC) is printed,
 *    not logged: the reader declares F so only where diagnostics lie in
 *    it (both sides);
 *  - `leaking param: p` of a function without body (assembly): the tag of
 *    the declaration, without explanation, is not logged;
 *  - Go >= 1.25 prints the verdict of an expression whose operand it
 *    rewrote to a constant with the constant (`1 escapes to heap`, explained
 *    as `i escapes to heap in main:`); logopt's verdict has no text and
 *    takes the explanation's (the text's is an object without chain);
 *  - //line directives: the text prints the directive's file and line,
 *    logopt the real position; such an object is matched by kind, subject
 *    and function instead.
 */
static int inherent(const side *sd, const el_object *o)
{
	el_str f = o->pos.file;
	int recursive = o->kind == EL_OBJ_NOINLINE && o->reason.len == 9 &&
	                memcmp(o->reason.ptr, "recursive", 9) == 0;

	if (sd->logopt)
		return recursive || (!starts(f, "<autogenerated>") && !starts(f, sd->build));
	if (starts(f, "/") || recursive)
		return 1;
	if (o->kind == EL_OBJ_NOINLINE && starts(f, "<autogenerated>"))
		return 1;
	if (o->kind == EL_OBJ_LEAK && (o->flags & EL_O_NO_CHAIN))
		return 1;
	return sd->minor >= 25 && o->kind == EL_OBJ_ESCAPES && (o->flags & EL_O_NO_CHAIN) &&
	       literal(o->subject);
}

static int on_object(const el_object *o, void *ctx)
{
	side *sd = ctx;
	el_str f = o->pos.file;
	const char *base = f.ptr + f.len;
	char line[8192], shape[2048] = "", loose[4096];
	int autogen = starts(f, "<autogenerated>");
	size_t i, j;

	if (inherent(sd, o))
		return 0;
	while (base > f.ptr && base[-1] != '/')
		base--;
	for (i = 0; i < o->nchains && strlen(shape) < 1900; i++) {
		char t[32];
		FMT(t, "%s%zu[", i ? " " : "", o->chains[i].nsteps);
		strcat(shape, t);
		for (j = 0; j < o->chains[i].nsteps && strlen(shape) < 1900; j++) {
			FMT(t, "%s%zu", j ? "," : "", o->chains[i].steps[j].nnotes);
			strcat(shape, t);
		}
		strcat(shape, "]");
	}
	FMT(loose, "%s %.*s | %.*s", el_object_kind_name(o->kind),
	         (int)o->subject.len, o->subject.ptr, (int)o->function.len, o->function.ptr);
	if (!sd->logopt && !autogen && !ends(f, ".go")) {
		strs_add(&sd->loose, loose); /* //line */
		return 0;
	}
	FMT(line, "%s %.*s:%lu:%lu %.*s | %.*s | %s | %.*s | %x",
	         el_object_kind_name(o->kind), (int)(f.ptr + f.len - base), base, o->pos.line,
	         o->pos.col, (int)o->subject.len, o->subject.ptr,
	         autogen ? 1 : (int)o->function.len, autogen ? "-" : o->function.ptr, shape,
	         (int)o->verdict.len, o->verdict.ptr,
	         o->flags & (EL_O_NO_VERDICT | EL_O_NO_CHAIN | EL_O_TRUNCATED));
	if (autogen) {
		strs_add(&sd->autogen, line);
		return 0;
	}
	strs_add(&sd->full, line);
	if (sd->logopt)
		strs_add(&sd->loose, loose);
	return 0;
}

static int to_grouper(const el_record *r, void *ctx)
{
	return el_grouper_add(ctx, r) != EL_OK;
}

/* Group the m2.log of dir, or its logopt/ (sources read under the
 * fixture's source directory), into sd. */
static void group_side(const char *dir, side *sd)
{
	el_group_options go = { 0 };
	el_grouper *g;
	el_parser *p;

	go.srcroot = go.cwd = "/nonexistent";
	g = el_grouper_new(&go, on_object, sd, NULL);
	p = el_parser_new(to_grouper, g, NULL);
	ck_assert(g && p);
	if (!sd->logopt) {
		size_t len;
		char *text = read_in(dir, "m2.log", &len);
		ck_assert_int_eq(el_parser_feed(p, text, len), EL_OK);
		free(text);
	} else {
		char lodir[4096], src[4096];
		const char *prog = strrchr(dir, '/') + 1;
		el_logopt *lo = el_logopt_new(p, NULL);

		FMT(lodir, "%s/logopt", dir);
		FMT(src, "%s/go1.19/%s/", FIXTURES_DIR, prog);
		if (access(src, F_OK) != 0)
			FMT(src, "%s/probes/%s/", FIXTURES_DIR, prog);
		ck_assert_int_eq(el_logopt_set_sources(lo, sd->build, src), EL_OK);
		ck_assert_msg(el_logopt_dir(lo, lodir) == EL_OK, "%s: %s: %s", lodir,
		              el_logopt_error_file(lo), el_logopt_error(lo)->message);
		ck_assert_ptr_nonnull(el_logopt_gc_version(lo));
		ck_assert_int_eq(strncmp(el_logopt_gc_version(lo), strrchr(dir, '/') - 6, 6), 0);
		el_logopt_free(lo);
	}
	ck_assert_int_eq(el_parser_finish(p), EL_OK);
	ck_assert_int_eq(el_parser_stats(p)->kinds[EL_REC_UNRECOGNIZED], 0);
	ck_assert_int_eq(el_grouper_finish(g), EL_OK);
	el_parser_free(p);
	el_grouper_free(g);
}

/* Call fn(text, arg) with the text of each file in the directories of
 * dir/logopt (read whole), until fn returns nonzero. */
static void each_logopt_file(const char *dir, int (*fn)(const char *text, void *arg), void *arg)
{
	char lodir[4096];
	struct dirent *e;
	DIR *d;
	int done = 0;

	FMT(lodir, "%s/logopt", dir);
	ck_assert_ptr_nonnull(d = opendir(lodir));
	while (!done && (e = readdir(d)) != NULL) {
		char pk[4096];
		struct dirent *f;
		DIR *sub;
		if (e->d_name[0] == '.')
			continue;
		FMT(pk, "%s/%s", lodir, e->d_name);
		if (!(sub = opendir(pk)))
			continue;
		while (!done && (f = readdir(sub)) != NULL) {
			char path[8192], *text;
			size_t len;
			if (f->d_name[0] == '.')
				continue;
			FMT(path, "%s/%s", pk, f->d_name);
			text = tu_read_file(path, &len);
			done = fn(text, arg);
			free(text);
		}
		closedir(sub);
	}
	closedir(d);
}

typedef struct found_path {
	const char *prog;  /* build_dir: the program's name */
	const char *build; /* missing_source: the build directory */
	char *buf;
	size_t cap;
} found_path;

/* Where the fixture of dir was built: the directory of its logopt
 * headers' files ("TMPDIR/escapelint-fx/PROG/"), in buf. */
static int header_build_dir(const char *text, void *arg)
{
	found_path *fp = arg;
	const char *at = strstr(text, "\"file\":\"/"), *end = at ? strstr(at, "/escapelint-fx/") : NULL;

	if (end && strncmp(end + 15, fp->prog, strlen(fp->prog)) == 0) {
		int n = (int)(end + 15 - (at + 8));
		n = snprintf(fp->buf, fp->cap, "%.*s%s/", n, at + 8, fp->prog);
		ck_assert_int_lt(n, (int)fp->cap);
	}
	return fp->buf[0] != '\0';
}

static void build_dir(const char *dir, char *buf, size_t cap)
{
	found_path fp = { strrchr(dir, '/') + 1, NULL, buf, cap };

	buf[0] = '\0';
	each_logopt_file(dir, header_build_dir, &fp);
	ck_assert_msg(buf[0], "%s: no header names the build directory", dir);
}

/* A source file the logopt output of dir names outside its build
 * directory (an inlined standard-library function, in the toolchain that
 * built the fixture) that this machine does not have, in buf; "" when all
 * are here.  The reader names inlined copies from those sources, so a
 * comparison with the text that fails without them is skipped, saying
 * so (p6_rangefunc of Go 1.27 needs slices/iter.go of go1.27.3). */
static int absent_source(const char *text, void *arg)
{
	found_path *fp = arg;
	const char *at;

	for (at = text; !fp->buf[0] && (at = strstr(at, "\"uri\":\"file:///")) != NULL; at++) {
		const char *p = at + 14, *q = strchr(p, '"');
		int n = q ? (int)(q - p) : 0;
		if (n <= 0 || (size_t)n >= fp->cap || strncmp(p, fp->build, strlen(fp->build)) == 0)
			continue;
		snprintf(fp->buf, fp->cap, "%.*s", n, p);
		if (access(fp->buf, F_OK) == 0)
			fp->buf[0] = '\0';
	}
	return fp->buf[0] != '\0';
}

static void missing_source(const char *dir, const char *build, char *buf, size_t cap)
{
	found_path fp = { NULL, build, buf, cap };

	buf[0] = '\0';
	each_logopt_file(dir, absent_source, &fp);
}

static void sides_free(side *m2, side *lo, tu_str *a, tu_str *b)
{
	tu_str_free(a);
	tu_str_free(b);
	strs_free(&m2->full);
	strs_free(&m2->loose);
	strs_free(&m2->autogen);
	strs_free(&lo->full);
	strs_free(&lo->loose);
	strs_free(&lo->autogen);
}

START_TEST(logopt_gives_the_text_objects)
{
	const char *dir = logopt_dirs[_i];
	char build[4096], missing[4096];
	side m2 = { 0 }, lo = { 0 };
	tu_str a = { 0 }, b = { 0 };
	size_t i, k;

	build_dir(dir, build, sizeof build);
	missing_source(dir, build, missing, sizeof missing);
	m2.minor = lo.minor = atoi(strrchr(dir, '/') - 2);
	lo.logopt = 1;
	lo.build = build;
	group_side(dir, &m2);
	group_side(dir, &lo);
	/* //line: by kind, subject and function */
	for (i = 0; i < m2.loose.n; i++) {
		for (k = 0; k < lo.full.n; k++)
			if (lo.loose.v[k][0] && strcmp(lo.loose.v[k], m2.loose.v[i]) == 0)
				break;
		if (k == lo.full.n && missing[0]) {
			fprintf(stderr, "skipped %s: it differs, and its logopt output names %s, not on this machine\n",
			        dir, missing);
			sides_free(&m2, &lo, &a, &b);
			return;
		}
		ck_assert_msg(k < lo.full.n, "%s: no logopt object for %s (//line)", dir,
		              m2.loose.v[i]);
		lo.loose.v[k][0] = '\0';
		lo.full.v[k][0] = '\0';
	}
	if (m2.full.n)
		qsort(m2.full.v, m2.full.n, sizeof(char *), cmp_str);
	if (lo.full.n)
		qsort(lo.full.v, lo.full.n, sizeof(char *), cmp_str);
	for (i = 0; i < m2.full.n; i++) {
		tu_str_add(&a, m2.full.v[i], strlen(m2.full.v[i]));
		tu_str_add(&a, "\n", 1);
	}
	for (i = 0; i < lo.full.n; i++) {
		if (!lo.full.v[i][0])
			continue;
		tu_str_add(&b, lo.full.v[i], strlen(lo.full.v[i]));
		tu_str_add(&b, "\n", 1);
	}
	ck_assert_msg(a.ptr || m2.loose.n, "%s: no objects", dir);
	if (strcmp(a.ptr ? a.ptr : "", b.ptr ? b.ptr : "") != 0 && missing[0]) {
		fprintf(stderr, "skipped %s: it differs, and its logopt output names %s, not on this machine\n",
		        dir, missing);
		sides_free(&m2, &lo, &a, &b);
		return;
	}
	ck_assert_msg(strcmp(a.ptr ? a.ptr : "", b.ptr ? b.ptr : "") == 0,
	              "%s:\nm2.log:\n%s\nlogopt:\n%s", dir, a.ptr ? a.ptr : "", b.ptr ? b.ptr : "");
	/* <autogenerated>: every object of the text, and logopt's other ones
	 * are leaks the text folded */
	for (i = 0; i < m2.autogen.n; i++) {
		for (k = 0; k < lo.autogen.n; k++)
			if (strcmp(lo.autogen.v[k], m2.autogen.v[i]) == 0)
				break;
		ck_assert_msg(k < lo.autogen.n, "%s: no logopt object for %s", dir,
		              m2.autogen.v[i]);
		lo.autogen.v[k][0] = '\0';
	}
	for (k = 0; k < lo.autogen.n; k++)
		ck_assert_msg(!lo.autogen.v[k][0] || strncmp(lo.autogen.v[k], "leak ", 5) == 0,
		              "%s: logopt has more: %s", dir, lo.autogen.v[k]);
	sides_free(&m2, &lo, &a, &b);
}
END_TEST

START_TEST(there_are_fixtures)
{
	load_dirs();
	/* go1.21 ... go1.27, some 30 programs each */
	ck_assert_int_ge(nlogopt, 150);
	ck_assert_int_ge(njsonl, 80);
}
END_TEST

/* ------------------------------------------------------------------ */
/* logopt: directories, files, errors                                 */
/* ------------------------------------------------------------------ */

/* Copy the fixture file rel to path. */
static void copy_fixture(const char *rel, const char *path)
{
	size_t len;
	char *text = tu_read_file(tu_fixture(rel), &len);

	tu_write_file(path, text, len);
	free(text);
}

static void remove_tree(const char *dir)
{
	char cmd[4200];

	FMT(cmd, "rm -rf '%s'", dir);
	ck_assert_int_eq(system(cmd), 0);
}

START_TEST(logopt_empty_dir)
{
	char dir[256], path[512];
	el_parser *p = el_parser_new(NULL, NULL, NULL);
	el_logopt *lo = el_logopt_new(p, NULL);
	const el_error *e;

	tu_make_tmpdir(dir, sizeof dir, "el-logopt");
	FMT(path, "%s/main", dir);
	ck_assert_int_eq(mkdir(path, 0755), 0);
	FMT(path, "%s/main/notes.txt", dir);
	tu_write_file(path, "x", 1);
	ck_assert_int_eq(el_logopt_dir(lo, dir), EL_ERR_INVALID);
	e = el_logopt_error(lo);
	ck_assert_ptr_nonnull(strstr(e->message, "no logopt files under"));
	ck_assert_ptr_nonnull(strstr(e->message, dir));
	ck_assert_ptr_nonnull(strstr(e->message, "cache"));
	ck_assert_ptr_nonnull(strstr(e->message, "rebuild with -a"));
	ck_assert_str_eq(el_logopt_error_file(lo), dir);
	ck_assert_uint_eq(el_parser_stats(p)->records, 0);
	ck_assert_ptr_null(el_logopt_gc_version(lo));
	el_logopt_free(lo);
	el_parser_free(p);
	remove_tree(dir);
}
END_TEST

START_TEST(logopt_missing_or_not_a_dir)
{
	char dir[256], path[512];
	el_logopt *lo = el_logopt_new(NULL, NULL);

	tu_make_tmpdir(dir, sizeof dir, "el-logopt");
	FMT(path, "%s/nothing", dir);
	ck_assert_int_eq(el_logopt_dir(lo, path), EL_ERR_INVALID);
	ck_assert_ptr_nonnull(strstr(el_logopt_error(lo)->message, strerror(ENOENT)));
	ck_assert_str_eq(el_logopt_error_file(lo), path);
	FMT(path, "%s/file.json", dir);
	tu_write_file(path, "{}", 2);
	ck_assert_int_eq(el_logopt_dir(lo, path), EL_ERR_INVALID);
	ck_assert_ptr_nonnull(strstr(el_logopt_error(lo)->message, "not a directory"));
	FMT(path, "%s/file.json/main", dir);
	ck_assert_int_eq(el_logopt_dir(lo, path), EL_ERR_INVALID);
	ck_assert_ptr_nonnull(strstr(el_logopt_error(lo)->message, strerror(ENOTDIR)));
	if (geteuid() != 0) { /* root reads anything */
		FMT(path, "%s/closed", dir);
		ck_assert_int_eq(mkdir(path, 0), 0);
		ck_assert_int_eq(el_logopt_dir(lo, path), EL_ERR_INVALID);
		ck_assert_ptr_nonnull(strstr(el_logopt_error(lo)->message, strerror(EACCES)));
		chmod(path, 0755);
	}
	el_logopt_free(lo);
	remove_tree(dir);
}
END_TEST

/* Symbolic links to a FIFO, a directory and a missing file named *.json
 * are passed over without blocking; one to a regular file is read. */
START_TEST(logopt_reads_regular_files_only)
{
	char dir[256], top[512], path[512], target[512];
	el_parser *p = el_parser_new(NULL, NULL, NULL);
	el_logopt *lo = el_logopt_new(p, NULL);

	tu_make_tmpdir(dir, sizeof dir, "el-logopt");
	FMT(top, "%s/lo", dir);
	ck_assert_int_eq(mkdir(top, 0755), 0);
	FMT(path, "%s/main", top);
	ck_assert_int_eq(mkdir(path, 0755), 0);
	FMT(target, "%s/fifo", dir);
	ck_assert_int_eq(mkfifo(target, 0644), 0);
	FMT(path, "%s/main/a.json", top);
	ck_assert_int_eq(symlink(target, path), 0);
	FMT(path, "%s/main/b.json", top);
	ck_assert_int_eq(symlink(dir, path), 0);
	FMT(path, "%s/main/c.json", top);
	ck_assert_int_eq(symlink("/nonexistent/x.json", path), 0);
	FMT(path, "%s/main/fifo.json", top);
	ck_assert_int_eq(mkfifo(path, 0644), 0);
	ck_assert_int_eq(el_logopt_dir(lo, top), EL_ERR_INVALID); /* none read */
	ck_assert_ptr_nonnull(strstr(el_logopt_error(lo)->message, "no logopt files"));
	FMT(target, "%s/real.json", dir);
	copy_fixture("go1.22/01_return_addr/logopt/main/01_return_addr.json", target);
	FMT(path, "%s/main/d.json", top);
	ck_assert_int_eq(symlink(target, path), 0);
	ck_assert_msg(el_logopt_dir(lo, top) == EL_OK, "%s", el_logopt_error(lo)->message);
	ck_assert_uint_eq(el_parser_stats(p)->kinds[EL_REC_MOVED_TO_HEAP], 1);
	ck_assert_str_eq(el_logopt_gc_version(lo), "go1.22.12");
	el_logopt_free(lo);
	el_parser_free(p);
	remove_tree(dir);
}
END_TEST

/* go writes one file per basename in a package: the p6_rangefunc build
 * compiles generic code of slices/iter.go and maps/iter.go into main, and
 * the second iter.json overwrote the first.  Copied into a directory of
 * its own, the reader says so. */
START_TEST(logopt_collision)
{
	static const char *const versions[] = { "go1.25", "go1.26", "go1.27" };
	size_t v;

	for (v = 0; v < sizeof versions / sizeof versions[0]; v++) {
		char dir[256], path[512], rel[256];
		el_parser *p = el_parser_new(NULL, NULL, NULL);
		el_logopt *lo = el_logopt_new(p, NULL);
		const char *n;

		FMT(rel, "%s/p6_rangefunc/logopt/main/iter.json", versions[v]);
		if (access(tu_fixture(rel), F_OK) != 0)
			continue;
		tu_make_tmpdir(dir, sizeof dir, "el-logopt");
		FMT(path, "%s/main", dir);
		ck_assert_int_eq(mkdir(path, 0755), 0);
		FMT(path, "%s/main/iter.json", dir);
		copy_fixture(rel, path);
		FMT(rel, "%s/p6_rangefunc/logopt/main/main.json", versions[v]);
		FMT(path, "%s/main/main.json", dir);
		copy_fixture(rel, path);
		ck_assert_int_eq(el_logopt_dir(lo, dir), EL_OK);
		ck_assert_uint_eq(el_logopt_notice_count(lo), 1);
		n = el_logopt_notice(lo, 0);
		ck_assert_ptr_nonnull(strstr(n, "/main/iter.json: "));
		ck_assert_ptr_nonnull(strstr(n, "/src/slices/iter.go and "));
		ck_assert_ptr_nonnull(strstr(n, "/src/maps/iter.go were overwritten and are lost"));
		ck_assert_ptr_null(el_logopt_notice(lo, 1));
		el_logopt_free(lo);
		el_parser_free(p);
		remove_tree(dir);
	}
}
END_TEST

/* Malformed logopt files: the status, line, column (name is the file). */
static const struct {
	const char *text;
	size_t len;
	unsigned long line, col;
	const char *says;
} bad_files[] = {
	{ "", 0, 1, 1, "empty" },
	{ "not json\n", 0, 1, 1, "not a JSON object" },
	{ "{\"version\":1,\"package\":\"main\",\"file\":\"/x.go\"}\n", 0, 1, 12, "version" },
	{ "{\"version\":0,\"package\":\"main\"}\n", 0, 1, 1, "\"file\"" },
	{ "{\"version\":0,\"package\":7,\"file\":\"/x.go\"}\n", 0, 1, 24, "\"package\"" },
	{ "{\"version\":0,\"package\":\"main\",\"file\":\"/x.go\"}\n"
	  "{\"range\":\"x\",\"code\":\"escape\",\"message\":\"\"}\n",
	  0, 2, 10, "\"range\"" },
	{ "{\"version\":0,\"package\":\"main\",\"file\":\"/x.go\"}\n"
	  "{\"range\":{\"start\":{\"line\":-1,\"character\":0}},\"code\":\"escape\"}\n",
	  0, 2, 27, "\"line\"" },
	{ "{\"version\":0,\"package\":\"main\",\"file\":\"/x.go\"}\n"
	  "{\"range\":{\"start\":{\"line\":3,\"character\":1}},\"code\":\"escape\","
	  "\"relatedInformation\":{}}\n",
	  0, 2, 82, "\"relatedInformation\"" },
	{ "{\"version\":0,\"package\":\"main\",\"file\":\"/x.go\"}\n"
	  "{\"range\":{\"start\":{\"line\":3,\"character\":1}},\"code\":\"escape\","
	  "\"relatedInformation\":[{\"location\":{\"uri\":\"file:///x.go\"},\"message\":\"m\"}]}\n",
	  0, 2, 95, "\"range\"" },
	{ "{\"version\":0,\"package\":\"main\",\"file\":\"/x.go\"}\n"
	  "{\"range\":{\"start\":{\"line\":3,\"character\":1}},\"code\":\"esc\0pe\"}\n",
	  107, 2, 56, "NUL" },
	{ "{\"version\":0,\"package\":\"main\",\"file\":\"/x.go\"}\r\n"
	  "{\"range\":{\"start\":{\"line\":3,\"character\":1}},\"code\":\"\xc3\"}\r\n",
	  0, 2, 53, "UTF-8" },
	{ "{\"version\":0,\"package\":\"main\",\"file\":\"/x.go\"}\n"
	  "{\"range\":{\"start\":{\"line\":3,\"character\":1}},\"code\":\"escape\"",
	  0, 2, 60, "cut short" },
	{ "{\"version\":0,\"package\":\"main\",\"file\":\"/x.go\"}\n\n", 0, 2, 1, "empty line" },
};

START_TEST(logopt_malformed_files)
{
	el_parser *p = el_parser_new(NULL, NULL, NULL);
	el_logopt *lo = el_logopt_new(p, NULL);
	const char *t = bad_files[_i].text;
	size_t len = bad_files[_i].len ? bad_files[_i].len : strlen(t);
	const el_error *e;

	ck_assert_int_eq(el_logopt_file(lo, "DIR/main/x.json", t, len), EL_ERR_INVALID);
	e = el_logopt_error(lo);
	ck_assert_msg(e->line == bad_files[_i].line && e->column == bad_files[_i].col,
	              "%zu: at %lu:%lu, not %lu:%lu: %s", (size_t)_i, e->line, e->column,
	              bad_files[_i].line, bad_files[_i].col, e->message);
	ck_assert_msg(strstr(e->message, bad_files[_i].says) != NULL, "%zu: %s", (size_t)_i,
	              e->message);
	ck_assert_str_eq(el_logopt_error_file(lo), "DIR/main/x.json");
	ck_assert_uint_eq(el_parser_stats(p)->records, 0);
	el_logopt_free(lo);
	el_parser_free(p);
}
END_TEST

START_TEST(logopt_detects_headers)
{
	size_t len;
	const char *f = "go1.22/01_return_addr/logopt/main/01_return_addr.json";
	char *text = tu_read_file(tu_fixture(f), &len);

	ck_assert(el_logopt_detect(text, len));
	free(text);
	text = tu_read_file(tu_fixture("go1.22/01_return_addr/m2.log"), &len);
	ck_assert(!el_logopt_detect(text, len));
	free(text);
	ck_assert(!el_logopt_detect(LIT("{\"ImportPath\":\"x\",\"Action\":\"start\"}")));
	ck_assert(!el_logopt_detect("", 0));
}
END_TEST

#define DIR15 "go1.22/15_multipkg/logopt"

/* A file read on its own after another of the same package: one `# `
 * line; the stop of the parser's callback ends the reading. */
START_TEST(logopt_files_one_by_one)
{
#define UTIL "go1.22/15_multipkg/logopt/example.com%2F15_multipkg%2Futil/"
	static const char *const files[] = { UTIL "util.json", UTIL "util_linux.json" };
#undef UTIL
	el_parser *p = el_parser_new(NULL, NULL, NULL);
	el_logopt *lo = el_logopt_new(p, NULL);
	size_t i, len;

	for (i = 0; i < 2; i++) {
		char *text = tu_read_file(tu_fixture(files[i]), &len);
		ck_assert_int_eq(el_logopt_file(lo, files[i], text, len), EL_OK);
		free(text);
	}
	ck_assert_uint_eq(el_parser_stats(p)->kinds[EL_REC_PACKAGE], 1);
	ck_assert_uint_eq(el_logopt_notice_count(lo), 0);
	el_logopt_free(lo);
	el_parser_free(p);

	p = el_parser_new(stop_at_first, NULL, NULL);
	lo = el_logopt_new(p, NULL);
	ck_assert_int_eq(el_logopt_dir(lo, tu_fixture(DIR15)), EL_ERR_STOPPED);
	ck_assert_int_eq(el_logopt_error(lo)->status, EL_ERR_STOPPED);
	ck_assert_int_eq(el_logopt_dir(lo, tu_fixture(DIR15)), EL_ERR_STOPPED);
	el_logopt_free(lo);
	el_parser_free(p);
}
END_TEST

/* Functions are named from the Go source (the fixture's, read where the
 * logopt files say it was built) and `func@LINE:COL` without it. */
#define AT(pos) "\"line\":" pos ",\"function\":"
START_TEST(logopt_names_functions)
{
	static const char *const lodir = "go1.22/03_closure_capture/logopt";
	int with;

	for (with = 0; with < 2; with++) {
		tu_str out = { 0 };
		el_parser *p = el_parser_new(to_json, &out, NULL);
		el_logopt *lo = el_logopt_new(p, NULL);
		char build[4096];
		const char *src;

		build_dir(tu_fixture("go1.22/03_closure_capture"), build, sizeof build);
		src = with ? tu_fixture("go1.19/03_closure_capture") : "/nonexistent/03_closure";
		ck_assert_int_eq(el_logopt_set_sources(lo, build, src), EL_OK);
		ck_assert_int_eq(el_logopt_dir(lo, tu_fixture(lodir)), EL_OK);
		ck_assert_int_eq(el_parser_finish(p), EL_OK);
		if (with) {
			ck_assert_ptr_nonnull(strstr(out.ptr, AT("5,\"column\":6") "\"counter\""));
			ck_assert_ptr_nonnull(
				strstr(out.ptr, AT("39,\"column\":10") "\"nested.func1.1\""));
			ck_assert_ptr_null(strstr(out.ptr, "func@"));
		} else {
			ck_assert_ptr_nonnull(strstr(out.ptr, AT("5,\"column\":6") "\"func@5:6\""));
		}
		el_logopt_free(lo);
		el_parser_free(p);
		tu_str_free(&out);
	}
}
END_TEST

/* ------------------------------------------------------------------ */
/* Allocation failures                                                */
/* ------------------------------------------------------------------ */

/* Copy where an error went into err. */
static el_status failed(el_error *err, el_status st, const el_error *e)
{
	*err = *e;
	return st;
}

static el_status gojson_run(el_allocator *alloc, el_error *err, void *ctx)
{
	const char *text = ctx;
	el_parser *p = el_parser_new(NULL, NULL, alloc);
	el_gojson *j = p ? el_gojson_new(p, alloc) : NULL;
	el_status st;

	memset(err, 0, sizeof *err);
	if (!j) {
		el_parser_free(p);
		err->status = EL_ERR_NOMEM;
		return EL_ERR_NOMEM;
	}
	st = el_gojson_feed(j, text, strlen(text));
	if (st == EL_OK)
		st = el_gojson_finish(j);
	if (st != EL_OK)
		failed(err, st, el_gojson_error(j));
	else if ((st = el_parser_finish(p)) != EL_OK)
		failed(err, st, el_parser_error(p));
	el_gojson_free(j);
	el_parser_free(p);
	return st;
}

START_TEST(gojson_allocation_failures)
{
	size_t len;
	char *text = tu_read_file(tu_fixture("go1.24/p1_make_var/build.jsonl"), &len);
	tu_str s = { 0 };

	tu_str_add(&s, text, len);
	tu_str_add(&s, failed_build, sizeof failed_build - 1);
	ck_assert_int_gt(tu_fail_each_allocation(gojson_run, s.ptr, EL_OK), 2);
	tu_str_free(&s);
	free(text);
}
END_TEST

/* A fixture's logopt directory, sources mapped. */
typedef struct lo_case {
	char dir[4096], src[4096], build[4096];
} lo_case;

static el_status logopt_run(el_allocator *alloc, el_error *err, void *ctx)
{
	const lo_case *c = ctx;
	el_parser *p = el_parser_new(NULL, NULL, alloc);
	el_logopt *lo = p ? el_logopt_new(p, alloc) : NULL;
	el_status st;

	memset(err, 0, sizeof *err);
	if (!lo) {
		el_parser_free(p);
		err->status = EL_ERR_NOMEM;
		return EL_ERR_NOMEM;
	}
	st = el_logopt_set_sources(lo, c->build, c->src);
	if (st == EL_OK)
		st = el_logopt_dir(lo, c->dir);
	if (st != EL_OK)
		failed(err, st, el_logopt_error(lo));
	else if ((st = el_parser_finish(p)) != EL_OK)
		failed(err, st, el_parser_error(p));
	el_logopt_free(lo);
	el_parser_free(p);
	return st;
}

START_TEST(logopt_allocation_failures)
{
	static const char *const progs[] = { "01_return_addr", "03_closure_capture",
		                              "15_multipkg", "21_autogen_alloc" };
	size_t i;

	for (i = 0; i < sizeof progs / sizeof progs[0]; i++) {
		lo_case c;
		char fx[4096];
		FMT(fx, "%s/go1.26/%s", FIXTURES_DIR, progs[i]);
		build_dir(fx, c.build, sizeof c.build);
		FMT(c.dir, "%s/logopt", fx);
		FMT(c.src, "%s/go1.19/%s/", FIXTURES_DIR, progs[i]);
		ck_assert_int_gt(tu_fail_each_allocation(logopt_run, &c, EL_OK), 5);
	}
}
END_TEST

Suite *readers_suite(void)
{
	Suite *s = suite_create("readers");
	TCase *tj = tcase_create("gojson");
	TCase *tl = tcase_create("logopt");

	load_dirs();
	tcase_set_timeout(tj, 120);
	tcase_set_timeout(tl, 300);
	tcase_add_test(tj, there_are_fixtures);
	tcase_add_loop_test(tj, gojson_gives_the_text_records, 0, njsonl);
	tcase_add_test(tj, gojson_counts_failed_builds);
	tcase_add_loop_test(tj, gojson_malformed_events, 0,
	                    (int)(sizeof bad_events / sizeof bad_events[0]));
	tcase_add_test(tj, gojson_event_too_long);
	tcase_add_test(tj, gojson_detects_streams);
	tcase_add_test(tj, gojson_stop_propagates);
	tcase_add_test(tj, gojson_allocation_failures);
	tcase_add_loop_test(tl, logopt_gives_the_text_objects, 0, nlogopt);
	tcase_add_test(tl, logopt_empty_dir);
	tcase_add_test(tl, logopt_missing_or_not_a_dir);
	tcase_add_test(tl, logopt_reads_regular_files_only);
	tcase_add_test(tl, logopt_collision);
	tcase_add_loop_test(tl, logopt_malformed_files, 0,
	                    (int)(sizeof bad_files / sizeof bad_files[0]));
	tcase_add_test(tl, logopt_detects_headers);
	tcase_add_test(tl, logopt_files_one_by_one);
	tcase_add_test(tl, logopt_names_functions);
	tcase_add_test(tl, logopt_allocation_failures);
	suite_add_tcase(s, tj);
	suite_add_tcase(s, tl);
	return s;
}
