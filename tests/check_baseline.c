/*
 * check_baseline.c -- baseline.c: findings written as a baseline (the
 * exact layout, sorted whatever the order they were added in, every byte
 * escaped) and read back as a multiset of fingerprints; every error with
 * its line and column; loading bounded to regular files; every
 * allocation failing once without a leak.
 */
#include <cjson/cJSON.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>

#include "check_suites.h"
#include "testutil.h"

/* ------------------------------------------------------------------ */
/* Helpers                                                            */
/* ------------------------------------------------------------------ */

/* A string literal and its length. */
#define TXT(s) (s), (sizeof(s) - 1)

/* The default rules, without JIT (valgrind cannot follow JIT code). */
static el_rules *default_rules(void)
{
	el_rules *rs = el_rules_new(NULL);

	ck_assert_ptr_nonnull(rs);
	el_rules_set_jit(rs, 0);
	ck_assert_int_eq(el_rules_add_defaults(rs), EL_OK);
	return rs;
}

static const el_rule *rule(const el_rules *rs, const char *name)
{
	const el_rule *r = el_rules_find(rs, name);

	ck_assert_msg(r != NULL, "no rule %s", name);
	return r;
}

static el_str S(const char *s)
{
	el_str r = { s, strlen(s) };
	return r;
}

/* One finding to add: its object's strings, its rule and fingerprint. */
typedef struct spec {
	const char *package, *path, *file, *function;
	el_str subject;
	const char *rule;      /* NULL: unclassified */
	el_level level;
	const char *fingerprint;
} spec;

/* Add the finding of sp to w (the object and finding live only for the
 * call: the writer must copy). */
static el_status add_spec(el_baseline_writer *w, const el_rules *rs, const spec *sp)
{
	el_object o;
	el_finding f;

	memset(&o, 0, sizeof o);
	memset(&f, 0, sizeof f);
	o.kind = EL_OBJ_ESCAPES;
	o.package = S(sp->package);
	o.path = S(sp->path);
	o.pos.file = S(sp->file);
	o.pos.line = 12;
	o.pos.col = 7;
	o.function = S(sp->function);
	o.subject = sp->subject;
	o.cost = o.budget = o.size = -1;
	f.object = &o;
	f.rule = sp->rule ? rule(rs, sp->rule) : NULL;
	f.level = sp->level;
	return el_baseline_add(w, &f, sp->fingerprint);
}

/* The baseline of the n findings of specs, added in the order of idx
 * (NULL: in order), as text (caller frees). */
static char *baseline_of(const el_rules *rs, const spec *specs, const size_t *idx, size_t n,
                         const char *go)
{
	el_baseline_writer *w = el_baseline_writer_new(go, NULL);
	tu_str out = { 0 };
	size_t i;

	ck_assert_ptr_nonnull(w);
	for (i = 0; i < n; i++)
		ck_assert_int_eq(add_spec(w, rs, &specs[idx ? idx[i] : i]), EL_OK);
	ck_assert_uint_eq(el_baseline_writer_count(w), n);
	ck_assert_int_eq(el_baseline_write(w, tu_to_str, &out), EL_OK);
	el_baseline_writer_free(w);
	tu_str_add(&out, "", 1);
	return out.ptr;
}

static el_baseline *parse_ok(const char *text, size_t len)
{
	el_baseline *b = NULL;
	el_error e;
	el_status st = el_baseline_parse(text, len, &b, &e, NULL);

	ck_assert_msg(st == EL_OK, "%lu:%lu: %s", e.line, e.column, e.message);
	ck_assert_ptr_nonnull(b);
	ck_assert_int_eq(e.status, EL_OK);
	return b;
}

/* Subject bytes: quotes, a backslash, control characters, DEL, a NUL,
 * a lone continuation byte and a cut two-byte sequence. */
static const char NASTY[] = "\"q\" \\ \t\n\r\b\f\x01\x1f\x7f \0 \xff\xc3(";

/* Three findings of two packages: unclassified, control bytes, no path,
 * a UTF-8 function name, package scope. */
static const spec SMALL[] = {
	{ "example.com/m", "a.go", "/src/m/a.go", "NewRequest", { "r", 1 }, "interface-boxing",
	  EL_LEVEL_WARNING, "848bfdab716f46fc:1" },
	{ "example.com/m", "", "./b.go", "h\xc3\xa9llo", { NASTY, sizeof NASTY - 1 }, NULL,
	  EL_LEVEL_NOTE, "00000000000000ff:1" },
	{ "example.com/a", "z.go", "/src/a/z.go", "", { "x", 1 }, "interface-boxing",
	  EL_LEVEL_ERROR, "0000000000000001:2" },
};

static const char SMALL_TEXT[] =
	"{\n"
	"  \"version\": 1,\n"
	"  \"escapelint\": \"" EL_VERSION_STRING "\",\n"
	"  \"go\": \"go1.26.8\",\n"
	"  \"findings\": [\n"
	"    {\"fingerprint\": \"0000000000000001:2\", \"id\": \"EL101\", "
	"\"rule\": \"interface-boxing\", \"level\": \"error\", \"package\": \"example.com/a\", "
	"\"file\": \"z.go\", \"function\": \"\", \"subject\": \"x\"},\n"
	"    {\"fingerprint\": \"00000000000000ff:1\", \"id\": \"EL000\", "
	"\"rule\": \"unclassified\", \"level\": \"note\", \"package\": \"example.com/m\", "
	"\"file\": \"./b.go\", \"function\": \"h\xc3\xa9llo\", "
	"\"subject\": \"\\\"q\\\" \\\\ \\t\\n\\r\\b\\f\\u0001\\u001f\x7f \xef\xbf\xbd "
	"\xef\xbf\xbd\xef\xbf\xbd(\"},\n"
	"    {\"fingerprint\": \"848bfdab716f46fc:1\", \"id\": \"EL101\", "
	"\"rule\": \"interface-boxing\", \"level\": \"warning\", \"package\": \"example.com/m\", "
	"\"file\": \"a.go\", \"function\": \"NewRequest\", \"subject\": \"r\"}\n"
	"  ]\n"
	"}\n";

/* ------------------------------------------------------------------ */
/* Writing                                                            */
/* ------------------------------------------------------------------ */

START_TEST(write_exact)
{
	static const size_t reverse[] = { 2, 1, 0 };
	el_rules *rs = default_rules();
	char *text = baseline_of(rs, SMALL, NULL, 3, "go1.26.8");
	char *again = baseline_of(rs, SMALL, reverse, 3, "go1.26.8");
	cJSON *root = cJSON_Parse(text), *subject;

	ck_assert_str_eq(text, SMALL_TEXT);
	ck_assert_str_eq(again, SMALL_TEXT);
	/* valid JSON, and the subject decodes to the cleaned bytes */
	ck_assert_ptr_nonnull(root);
	subject = cJSON_GetObjectItem(cJSON_GetArrayItem(cJSON_GetObjectItem(root, "findings"), 1),
	                              "subject");
	ck_assert(cJSON_IsString(subject));
	ck_assert_str_eq(subject->valuestring, "\"q\" \\ \t\n\r\b\f\x01\x1f\x7f \xef\xbf\xbd "
	                                       "\xef\xbf\xbd\xef\xbf\xbd(");
	cJSON_Delete(root);
	free(text);
	free(again);
	el_rules_free(rs);
}
END_TEST

START_TEST(write_empty)
{
	static const char want[] = "{\n"
	                           "  \"version\": 1,\n"
	                           "  \"escapelint\": \"" EL_VERSION_STRING "\",\n"
	                           "  \"findings\": []\n"
	                           "}\n";
	char *text = baseline_of(NULL, NULL, NULL, 0, NULL);
	char *empty_go = baseline_of(NULL, NULL, NULL, 0, "");
	el_baseline *b;

	ck_assert_str_eq(text, want);
	ck_assert_str_eq(empty_go, want);
	b = parse_ok(text, strlen(text));
	ck_assert_uint_eq(el_baseline_count(b), 0);
	ck_assert_uint_eq(el_baseline_unused(b), 0);
	ck_assert_str_eq(el_baseline_escapelint_version(b), EL_VERSION_STRING);
	ck_assert_str_eq(el_baseline_go_version(b), "");
	ck_assert_int_eq(el_baseline_take(b, "848bfdab716f46fc:1"), 0);
	el_baseline_free(b);
	free(text);
	free(empty_go);
}
END_TEST

/* Findings that differ in one sort key at a time, and two that share
 * package, file and function. */
static const spec MANY[] = {
	{ "p/b", "x.go", "x.go", "F", { "a", 1 }, "interface-boxing", EL_LEVEL_WARNING, "01:1" },
	{ "p/a", "y.go", "y.go", "G", { "b", 1 }, "interface-boxing", EL_LEVEL_WARNING, "02:1" },
	{ "p/a", "x.go", "x.go", "G", { "c", 1 }, "interface-boxing", EL_LEVEL_WARNING, "03:1" },
	{ "p/a", "x.go", "x.go", "F", { "d", 1 }, "interface-boxing", EL_LEVEL_WARNING, "05:1" },
	{ "p/a", "x.go", "x.go", "F", { "e", 1 }, NULL, EL_LEVEL_NOTE, "04:1" },
	{ "p/a", "", "x.go", "F", { "f", 1 }, NULL, EL_LEVEL_NOTE, "04:2" },
	{ "p", "x.go", "x.go", "F", { "g", 1 }, NULL, EL_LEVEL_NOTE, "06:1" },
	/* the same fingerprint twice, differing elsewhere */
	{ "p/c", "x.go", "x.go", "F", { "h", 1 }, NULL, EL_LEVEL_NOTE, "07:1" },
	{ "p/c", "x.go", "x.go", "F", { "i", 1 }, "interface-boxing", EL_LEVEL_WARNING, "07:1" },
};
#define NMANY (sizeof MANY / sizeof MANY[0])

START_TEST(sorted_whatever_the_order)
{
	static const size_t reverse[NMANY] = { 8, 7, 6, 5, 4, 3, 2, 1, 0 };
	static const size_t shuffled[NMANY] = { 4, 8, 0, 6, 2, 7, 1, 5, 3 };
	/* package, then file, then function, then fingerprint */
	static const char *const order[] = { "\"06:1\"", "\"04:1\"", "\"04:2\"", "\"05:1\"",
	                                     "\"03:1\"", "\"02:1\"", "\"01:1\"", "\"07:1\"",
	                                     NULL };
	el_rules *rs = default_rules();
	char *a = baseline_of(rs, MANY, NULL, NMANY, "go1.22");
	char *b = baseline_of(rs, MANY, reverse, NMANY, "go1.22");
	char *c = baseline_of(rs, MANY, shuffled, NMANY, "go1.22");
	const char *at = a;
	size_t i;

	ck_assert_str_eq(a, b);
	ck_assert_str_eq(a, c);
	for (i = 0; order[i]; i++) {
		const char *next = strstr(at, order[i]);
		ck_assert_msg(next != NULL, "%s not in order in\n%s", order[i], a);
		at = next + 1;
	}
	/* the two findings of 07:1: unclassified (EL000) before EL101 */
	ck_assert_ptr_nonnull(strstr(a, "\"subject\": \"i\""));
	ck_assert(strstr(a, "\"subject\": \"h\"") < strstr(a, "\"subject\": \"i\""));
	free(a);
	free(b);
	free(c);
	el_rules_free(rs);
}
END_TEST

START_TEST(round_trip)
{
	el_rules *rs = default_rules();
	char *text = baseline_of(rs, MANY, NULL, NMANY, "go1.26.8");
	el_baseline *b = parse_ok(text, strlen(text));
	size_t i;

	ck_assert_uint_eq(el_baseline_count(b), NMANY);
	ck_assert_uint_eq(el_baseline_unused(b), NMANY);
	ck_assert_str_eq(el_baseline_escapelint_version(b), EL_VERSION_STRING);
	ck_assert_str_eq(el_baseline_go_version(b), "go1.26.8");
	for (i = 0; i < NMANY; i++)
		ck_assert_msg(el_baseline_take(b, MANY[i].fingerprint) == 1, "%s not taken",
		              MANY[i].fingerprint);
	ck_assert_uint_eq(el_baseline_unused(b), 0);
	/* each entry covers one finding: a third 07:1 is new */
	for (i = 0; i < NMANY; i++)
		ck_assert_int_eq(el_baseline_take(b, MANY[i].fingerprint), 0);
	ck_assert_uint_eq(el_baseline_count(b), NMANY);
	ck_assert_int_eq(el_baseline_take(b, "99:1"), 0);
	ck_assert_int_eq(el_baseline_take(b, "01"), 0);
	ck_assert_int_eq(el_baseline_take(b, "01:1x"), 0);
	ck_assert_int_eq(el_baseline_take(b, ""), 0);
	el_baseline_free(b);
	free(text);
	el_rules_free(rs);
}
END_TEST

START_TEST(duplicates_and_counts)
{
	el_baseline *b = parse_ok(TXT("{\"findings\": [{\"fingerprint\": \"a:1\"},"
	                              " {\"fingerprint\": \"b:1\", \"id\": \"EL101\"},"
	                              " {\"fingerprint\": \"a:1\"}, {\"fingerprint\": \"c:1\"}]}"));

	/* no version, no versions: fine */
	ck_assert_str_eq(el_baseline_escapelint_version(b), "");
	ck_assert_str_eq(el_baseline_go_version(b), "");
	ck_assert_uint_eq(el_baseline_count(b), 4);
	ck_assert_uint_eq(el_baseline_unused(b), 4);
	ck_assert_int_eq(el_baseline_take(b, "a:1"), 1);
	ck_assert_uint_eq(el_baseline_unused(b), 3);
	ck_assert_int_eq(el_baseline_take(b, "a:1"), 1);
	ck_assert_int_eq(el_baseline_take(b, "a:1"), 0);
	ck_assert_uint_eq(el_baseline_unused(b), 2);
	ck_assert_int_eq(el_baseline_take(b, "c:1"), 1);
	ck_assert_uint_eq(el_baseline_unused(b), 1);
	ck_assert_uint_eq(el_baseline_count(b), 4);
	el_baseline_free(b);

	/* unknown keys and members are for other readers; version 1 as 1.0 */
	b = parse_ok(TXT("\xEF\xBB\xBF{\"note\": {\"findings\": 1}, \"version\": 1.0,\r\n"
	                 " \"go\": \"go1.\xff\", \"escapelint\": 7,\r\n"
	                 " \"findings\": [{\"x\": [\"{\", {\"fingerprint\": 1}],"
	                 " \"fingerprint\": \"\\u00e9:1\"}]}"));
	ck_assert_str_eq(el_baseline_go_version(b), "go1.\xef\xbf\xbd");
	ck_assert_str_eq(el_baseline_escapelint_version(b), "");
	ck_assert_int_eq(el_baseline_take(b, "\xc3\xa9:1"), 1);
	el_baseline_free(b);

	/* NULLs */
	ck_assert_uint_eq(el_baseline_count(NULL), 0);
	ck_assert_uint_eq(el_baseline_unused(NULL), 0);
	ck_assert_int_eq(el_baseline_take(NULL, "a"), 0);
	el_baseline_free(NULL);
	el_baseline_writer_free(NULL);
}
END_TEST

/* Many distinct fingerprints: the index grows and still finds each one. */
START_TEST(many_entries)
{
	tu_str text = { 0 };
	char fp[32];
	el_baseline *b;
	int i;

	tu_str_add(&text, TXT("{\"findings\": [\n"));
	for (i = 0; i < 3000; i++) {
		char line[64];
		int n = snprintf(line, sizeof line, "%s{\"fingerprint\": \"%x:%d\"}",
		                 i ? ",\n" : "", i * 7919, 1 + i % 3);
		tu_str_add(&text, line, (size_t)n);
	}
	tu_str_add(&text, TXT("\n]}"));
	b = parse_ok(text.ptr, text.len);
	ck_assert_uint_eq(el_baseline_count(b), 3000);
	for (i = 2999; i >= 0; i--) {
		snprintf(fp, sizeof fp, "%x:%d", i * 7919, 1 + i % 3);
		ck_assert_int_eq(el_baseline_take(b, fp), 1);
	}
	ck_assert_uint_eq(el_baseline_unused(b), 0);
	el_baseline_free(b);
	tu_str_free(&text);
}
END_TEST

START_TEST(write_errors)
{
	el_rules *rs = default_rules();
	el_baseline_writer *w = el_baseline_writer_new(NULL, NULL);
	el_finding f;

	ck_assert_ptr_nonnull(w);
	/* a failing sink, with and without findings */
	ck_assert_int_eq(el_baseline_write(w, tu_write_fails, NULL), EL_ERR_IO);
	ck_assert_int_eq(add_spec(w, rs, &SMALL[0]), EL_OK);
	ck_assert_int_eq(el_baseline_write(w, tu_write_fails, NULL), EL_ERR_IO);
	/* bad arguments change nothing */
	memset(&f, 0, sizeof f);
	ck_assert_int_eq(el_baseline_add(w, &f, "a:1"), EL_ERR_INVALID);
	ck_assert_int_eq(el_baseline_add(w, NULL, "a:1"), EL_ERR_INVALID);
	ck_assert_uint_eq(el_baseline_writer_count(w), 1);
	el_baseline_writer_free(w);
	el_rules_free(rs);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Errors                                                             */
/* ------------------------------------------------------------------ */

typedef struct bad_case {
	const char *text;
	size_t len;                 /* 0: strlen */
	unsigned long line, column;
	const char *message;
} bad_case;

static const bad_case bad_cases[] = {
	/* not JSON */
	{ "nonsense", 0, 1, 1, "JSON syntax error near \"nonsense\"" },
	{ "", 0, 1, 1, "the file is empty" },
	{ "\n", 0, 2, 1, "the file is empty" },
	{ "{\"findings\": [", 0, 1, 15, "unexpected end of file" },
	{ "{\"findings\": [{\"fingerprint\": \"a\"},\n]}", 0, 1, 35, "trailing comma" },
	{ "{\"findings\": [], 7: 1}", 0, 1, 18, "JSON syntax error" },
	{ "{\"findings\": [{\"fingerprint\": \"\xc3\xa9\", \"x\": tru}]}", 0, 1, 42,
	  "JSON syntax error near \"tru\"" },
	{ "{\"findings\": []} x", 0, 1, 18, "text after the end of the JSON value" },
	{ "{\"findings\":\0 []}", 17, 1, 13, "NUL byte" },
	/* the top level */
	{ "[]", 0, 1, 1, "a baseline must be a JSON object" },
	{ "  \"x\"", 0, 1, 3, "a baseline must be a JSON object" },
	{ "{\"version\": 1}", 0, 1, 1, "no \"findings\" array" },
	{ "{\n  \"findings\": {}\n}", 0, 2, 15, "\"findings\" must be an array" },
	{ "{\r\n  \"findings\": 1\r\n}", 0, 2, 15, "\"findings\" must be an array" },
	{ "\xEF\xBB\xBF{\"findings\": 3}", 0, 1, 17, "\"findings\" must be an array" },
	{ "{\"findings\": [], \"findings\": []}", 0, 1, 18, "duplicate key \"findings\"" },
	{ "{\n  \"version\": 2,\n  \"findings\": []\n}", 0, 2, 14,
	  "unsupported baseline version 2 (escapelint " EL_VERSION_STRING " reads version 1)" },
	{ "{\"version\": \"1\", \"findings\": []}", 0, 1, 13,
	  "unsupported baseline version \"1\"" },
	/* entries */
	{ "{\"findings\": [\"abc\"]}", 0, 1, 15, "a finding must be an object" },
	{ "{\"findings\": [\n    {\"id\": \"EL101\"}\n  ]}", 0, 2, 5,
	  "a finding without a \"fingerprint\"" },
	{ "{\"findings\": [\n    {\"fingerprint\": 7}\n  ]}", 0, 2, 21,
	  "\"fingerprint\" must be a string" },
	{ "{\"findings\": [{\"fingerprint\": null}]}", 0, 1, 31,
	  "\"fingerprint\" must be a string" },
	{ "{\"findings\": [{\"fingerprint\": \"\"}]}", 0, 1, 31, "empty \"fingerprint\"" },
	{ "{\"findings\": [{\"fingerprint\": \"a\\u0000b\"}]}", 0, 1, 31,
	  "NUL (\\u0000) in a \"fingerprint\"" },
	{ "{\"findings\": [{\"fingerprint\": \"a\", \"fingerprint\": \"b\"}]}", 0, 1, 36,
	  "duplicate key \"fingerprint\"" },
	/* the right entry after strings and nesting that look like JSON */
	{ "{\"findings\": [{\"fingerprint\": \"a}]\\\"\", \"x\": [1, {\"y\": 2}]}, {\"x\": 1}]}", 0,
	  1, 61, "a finding without a \"fingerprint\"" },
	{ "{\"x\": {\"findings\": 1}, \"findings\": [\n{\"fingerprint\": \"a\"},\n"
	  "{\"fingerprint\": \"b\"},\n  {\"fingerprint\": [\"c\"]}]}",
	  0, 4, 19, "\"fingerprint\" must be a string" },
};

START_TEST(errors)
{
	const bad_case *c = &bad_cases[_i];
	size_t len = c->len ? c->len : strlen(c->text);
	el_baseline *b = (el_baseline *)1;
	el_error e;
	el_status st = el_baseline_parse(c->text, len, &b, &e, NULL);

	ck_assert_msg(st == EL_ERR_INVALID, "case %d: status %d", _i, st);
	ck_assert_ptr_null(b);
	ck_assert_int_eq(e.status, EL_ERR_INVALID);
	ck_assert_msg(strstr(e.message, c->message) != NULL, "case %d: message \"%s\", want \"%s\"",
	              _i, e.message, c->message);
	ck_assert_msg(e.line == c->line && e.column == c->column,
	              "case %d (%s): at %lu:%lu, want %lu:%lu", _i, e.message, e.line, e.column,
	              c->line, c->column);
}
END_TEST

START_TEST(error_may_be_null)
{
	el_baseline *b = (el_baseline *)1;

	ck_assert_int_eq(el_baseline_parse(TXT("[]"), &b, NULL, NULL), EL_ERR_INVALID);
	ck_assert_ptr_null(b);
	ck_assert_int_eq(el_baseline_load("/nonexistent/baseline.json", &b, NULL, NULL),
	                 EL_ERR_INVALID);
	ck_assert_ptr_null(b);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Loading                                                            */
/* ------------------------------------------------------------------ */

static void expect_load_error(const char *path, const char *message)
{
	el_baseline *b = (el_baseline *)1;
	struct timeval t0, t1;
	el_error e;

	gettimeofday(&t0, NULL);
	ck_assert_int_eq(el_baseline_load(path, &b, &e, NULL), EL_ERR_INVALID);
	gettimeofday(&t1, NULL);
	ck_assert_ptr_null(b);
	ck_assert_msg(strstr(e.message, message) != NULL, "%s: \"%s\", want \"%s\"", path,
	              e.message, message);
	ck_assert_uint_eq(e.line, 0);
	/* refused before anything much is read */
	ck_assert_int_lt((t1.tv_sec - t0.tv_sec) * 1000000L + (t1.tv_usec - t0.tv_usec), 2000000L);
}

START_TEST(load_files)
{
	char dir[64], path[128];
	el_baseline *b;
	el_error e;
	int fd;

	tu_make_tmpdir(dir, sizeof dir, "check_baseline");
	snprintf(path, sizeof path, "%s/baseline.json", dir);
	tu_write_file(path, TXT(SMALL_TEXT));
	ck_assert_int_eq(el_baseline_load(path, &b, &e, NULL), EL_OK);
	ck_assert_uint_eq(el_baseline_count(b), 3);
	ck_assert_str_eq(el_baseline_go_version(b), "go1.26.8");
	ck_assert_int_eq(el_baseline_take(b, "00000000000000ff:1"), 1);
	el_baseline_free(b);

	/* a syntax error keeps its position */
	tu_write_file(path, TXT("{\n  \"findings\": [\n    {\"fingerprint\": \"a\"}\n    {}]}\n"));
	ck_assert_int_eq(el_baseline_load(path, &b, &e, NULL), EL_ERR_INVALID);
	ck_assert_ptr_null(b);
	ck_assert_uint_eq(e.line, 4);
	ck_assert_uint_eq(e.column, 5);
	/* an empty file */
	tu_write_file(path, "", 0);
	ck_assert_int_eq(el_baseline_load(path, &b, &e, NULL), EL_ERR_INVALID);
	ck_assert_ptr_nonnull(strstr(e.message, "the file is empty"));

	/* more than 256 MiB (a sparse file): refused from its size */
	fd = open(path, O_WRONLY | O_TRUNC);
	ck_assert_int_ge(fd, 0);
	ck_assert_int_eq(ftruncate(fd, ((off_t)256 << 20) + 1), 0);
	ck_assert_int_eq(close(fd), 0);
	expect_load_error(path, "larger than 256 MiB");
	ck_assert_int_eq(unlink(path), 0);

	/* not regular files: refused before anything is read */
	expect_load_error(dir, "is a directory");
	expect_load_error("/dev/zero", "not a regular file");
	snprintf(path, sizeof path, "%s/fifo", dir);
	ck_assert_int_eq(mkfifo(path, 0600), 0);
	expect_load_error(path, "not a regular file"); /* and does not wait for a writer */
	ck_assert_int_eq(unlink(path), 0);
	expect_load_error(path, "cannot open: ");
	expect_load_error(path, strerror(ENOENT));

	ck_assert_int_eq(rmdir(dir), 0);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Allocation failures                                                */
/* ------------------------------------------------------------------ */

/* What to parse: text, or the file path when not NULL. */
typedef struct source {
	const char *text, *path;
} source;

/* tu_alloc_fn: parse or load the source ctx with alloc (SMALL_TEXT when
 * it succeeds). */
static el_status parse_source(el_allocator *alloc, el_error *err, void *ctx)
{
	const source *src = ctx;
	el_baseline *b = (el_baseline *)1;
	el_status st;

	if (src->path)
		st = el_baseline_load(src->path, &b, err, alloc);
	else
		st = el_baseline_parse(src->text, strlen(src->text), &b, err, alloc);
	if (st == EL_ERR_NOMEM)
		ck_assert_ptr_null(b);
	if (st == EL_OK) {
		ck_assert_uint_eq(el_baseline_count(b), 3);
		ck_assert_int_eq(el_baseline_take(b, "848bfdab716f46fc:1"), 1);
	}
	el_baseline_free(b == (el_baseline *)1 ? NULL : b);
	return st;
}

/* Make each allocation of parsing text (or loading path) fail in turn:
 * want on success, EL_ERR_NOMEM on failure, never a leak. */
static void parse_failing(const char *text, const char *path, el_status want)
{
	source src = { text, path };

	ck_assert_int_gt(tu_fail_each_allocation(parse_source, &src, want), 3);
}

START_TEST(parse_allocation_failures)
{
	char dir[64], path[128];

	parse_failing(SMALL_TEXT, NULL, EL_OK);
	/* an error found after entries were kept */
	parse_failing("{\"findings\": [{\"fingerprint\": \"a\"}, {\"fingerprint\": \"b\"},"
	              " {\"fingerprint\": 3}]}",
	              NULL, EL_ERR_INVALID);
	tu_make_tmpdir(dir, sizeof dir, "check_baseline");
	snprintf(path, sizeof path, "%s/baseline.json", dir);
	tu_write_file(path, TXT(SMALL_TEXT));
	parse_failing(NULL, path, EL_OK);
	unlink(path);
	rmdir(dir);
}
END_TEST

START_TEST(writer_allocation_failures)
{
	el_rules *rs = default_rules();
	char *want = baseline_of(rs, MANY, NULL, NMANY, "go1.26.8");
	long k;

	for (k = 0; k < 1000; k++) {
		tu_failing cnt;
		el_allocator a;
		el_baseline_writer *w;
		el_status st = EL_OK;
		tu_str out = { 0 };
		size_t i;

		tu_failing_init(&cnt, k, &a);
		w = el_baseline_writer_new("go1.26.8", &a);
		if (!w) {
			ck_assert(cnt.failed);
			ck_assert_int_eq(cnt.live, 0);
			continue;
		}
		for (i = 0; i < NMANY && st == EL_OK; i++)
			st = add_spec(w, rs, &MANY[i]);
		if (st == EL_OK)
			st = el_baseline_write(w, tu_to_str, &out);
		if (cnt.failed) {
			ck_assert_msg(st == EL_ERR_NOMEM, "allocation %ld: status %d", k, st);
		} else {
			ck_assert_int_eq(st, EL_OK);
			tu_str_add(&out, "", 1);
			ck_assert_str_eq(out.ptr, want);
		}
		el_baseline_writer_free(w);
		tu_str_free(&out);
		ck_assert_msg(cnt.live == 0, "allocation %ld: %ld blocks leaked", k, cnt.live);
		if (!cnt.failed)
			break;
	}
	ck_assert_int_gt(k, 3);
	ck_assert_int_lt(k, 1000);
	free(want);
	el_rules_free(rs);
}
END_TEST

Suite *baseline_suite(void)
{
	Suite *s = suite_create("baseline");
	TCase *tw = tcase_create("write");
	TCase *tr = tcase_create("read");

	tcase_add_test(tw, write_exact);
	tcase_add_test(tw, write_empty);
	tcase_add_test(tw, sorted_whatever_the_order);
	tcase_add_test(tw, write_errors);
	tcase_add_test(tw, writer_allocation_failures);
	suite_add_tcase(s, tw);
	tcase_add_test(tr, round_trip);
	tcase_add_test(tr, duplicates_and_counts);
	tcase_add_test(tr, many_entries);
	tcase_add_loop_test(tr, errors, 0, (int)(sizeof bad_cases / sizeof bad_cases[0]));
	tcase_add_test(tr, error_may_be_null);
	tcase_add_test(tr, load_files);
	tcase_add_test(tr, parse_allocation_failures);
	suite_add_tcase(s, tr);
	return s;
}
