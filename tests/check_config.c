/*
 * check_config.c -- config.c and filter.c: .escapelint.json read, checked
 * and written back, found from a directory, bounded when loaded; path
 * globs and package patterns.
 *
 * Every error case names the exact line and column it must point at.
 * Every allocation of a full config fails once, and nothing leaks.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check_suites.h"
#include "testutil.h"

/* ------------------------------------------------------------------ */
/* Helpers                                                            */
/* ------------------------------------------------------------------ */

/* A string literal and its length. */
#define TXT(s) (s), (sizeof(s) - 1)

/* Every key, comments in and around them, a "//" and a "/ *" in strings. */
static const char HAPPY[] =
	"// escapelint settings\n"
	"{\n"
	"  \"fail-on\": \"warning\",     /* note|warning|error|never */\n"
	"  \"min-level\": \"note\",\n"
	"  \"cold-paths\": \"error\",\n"
	"  \"tests\": true,\n"
	"  \"include-external\": false,\n"
	"  \"include\": [\"internal/**\", \"http://x//y\"],   // \"//\" inside a string\n"
	"  \"exclude\": [\"cmd/**\", \"*_gen.go\", \"a/*b*/c\"],\n"
	"  \"packages\": [\"example.com/m/...\"],\n"
	"  \"baseline\": \".escapelint-baseline.json\",\n"
	"  \"rule-files\": [\"tools/rules\", \"/abs/rules\", \"./local.json\"],\n"
	"  \"rules\": { \"interface-boxing\": \"off\", \"EL124\": \"note\", "
	"\"fmt-sprintf\": \"error\", \"x\": \"on\" }\n"
	"}\n";

static el_config *parse_ok(const char *text, const char *name)
{
	el_config *c = NULL;
	el_error e;
	el_status st = el_config_parse(text, strlen(text), name, &c, &e, NULL);

	ck_assert_msg(st == EL_OK, "%s: %lu:%lu: %s", text, e.line, e.column, e.message);
	ck_assert_ptr_nonnull(c);
	return c;
}

static char *write_config(const el_config *c)
{
	tu_str s = { 0 };

	ck_assert_int_eq(el_config_write_json(c, tu_to_str, &s), EL_OK);
	ck_assert_ptr_nonnull(s.ptr);
	return s.ptr;
}

static void expect_strs(char **v, size_t n, const char *const *want)
{
	size_t i;

	for (i = 0; want[i]; i++) {
		ck_assert_uint_lt(i, n);
		ck_assert_str_eq(v[i], want[i]);
	}
	ck_assert_uint_eq(n, i);
}

static int strs_equal(char **a, size_t na, char **b, size_t nb)
{
	size_t i;

	if (na != nb)
		return 0;
	for (i = 0; i < na; i++)
		if (strcmp(a[i], b[i]) != 0)
			return 0;
	return 1;
}

/* The settings (not the file name, not the rule positions) are the same. */
static void expect_same(const el_config *a, const el_config *b)
{
	size_t i;

	ck_assert_int_eq(a->fail_on, b->fail_on);
	ck_assert_int_eq(a->min_level, b->min_level);
	ck_assert_int_eq(a->cold_paths, b->cold_paths);
	ck_assert_int_eq(a->tests, b->tests);
	ck_assert_int_eq(a->include_external, b->include_external);
	ck_assert(strs_equal(a->include, a->ninclude, b->include, b->ninclude));
	ck_assert(strs_equal(a->exclude, a->nexclude, b->exclude, b->nexclude));
	ck_assert(strs_equal(a->packages, a->npackages, b->packages, b->npackages));
	ck_assert(strs_equal(a->rule_files, a->nrule_files, b->rule_files, b->nrule_files));
	ck_assert((a->baseline == NULL) == (b->baseline == NULL));
	if (a->baseline)
		ck_assert_str_eq(a->baseline, b->baseline);
	ck_assert_uint_eq(a->nrules, b->nrules);
	for (i = 0; i < a->nrules; i++) {
		ck_assert_str_eq(a->rules[i].name, b->rules[i].name);
		ck_assert_int_eq(a->rules[i].enabled, b->rules[i].enabled);
		ck_assert_int_eq(a->rules[i].level, b->rules[i].level);
	}
}

static void make_dir(const char *path)
{
	ck_assert_msg(mkdir(path, 0700) == 0, "mkdir %s: %s", path, strerror(errno));
}

/* ------------------------------------------------------------------ */
/* Parsing                                                            */
/* ------------------------------------------------------------------ */

START_TEST(every_field)
{
	el_config *c = parse_ok(HAPPY, "/proj/.escapelint.json");
	static const char *const include[] = { "internal/**", "http://x//y", NULL };
	static const char *const exclude[] = { "cmd/**", "*_gen.go", "a/*b*/c", NULL };
	static const char *const packages[] = { "example.com/m/...", NULL };
	static const char *const rule_files[] = { "/proj/tools/rules", "/abs/rules",
		                                   "/proj/local.json", NULL };

	ck_assert_str_eq(c->path, "/proj/.escapelint.json");
	ck_assert_int_eq(c->fail_on, EL_LEVEL_WARNING);
	ck_assert_int_eq(c->min_level, EL_LEVEL_NOTE);
	ck_assert_int_eq(c->cold_paths, EL_LEVEL_ERROR);
	ck_assert_int_eq(c->tests, 1);
	ck_assert_int_eq(c->include_external, 0);
	expect_strs(c->include, c->ninclude, include);
	expect_strs(c->exclude, c->nexclude, exclude);
	expect_strs(c->packages, c->npackages, packages);
	ck_assert_str_eq(c->baseline, "/proj/.escapelint-baseline.json");
	expect_strs(c->rule_files, c->nrule_files, rule_files);
	ck_assert_uint_eq(c->nrules, 4);
	ck_assert_str_eq(c->rules[0].name, "interface-boxing");
	ck_assert_int_eq(c->rules[0].enabled, 0);
	ck_assert_int_eq(c->rules[0].level, -1);
	ck_assert_uint_eq(c->rules[0].line, 13);
	ck_assert_uint_eq(c->rules[0].column, 14);
	ck_assert_str_eq(c->rules[1].name, "EL124");
	ck_assert_int_eq(c->rules[1].enabled, 1);
	ck_assert_int_eq(c->rules[1].level, EL_LEVEL_NOTE);
	ck_assert_uint_eq(c->rules[1].line, 13);
	ck_assert_uint_eq(c->rules[1].column, 41);
	ck_assert_str_eq(c->rules[2].name, "fmt-sprintf");
	ck_assert_int_eq(c->rules[2].enabled, 1);
	ck_assert_int_eq(c->rules[2].level, EL_LEVEL_ERROR);
	ck_assert_str_eq(c->rules[3].name, "x");
	ck_assert_int_eq(c->rules[3].enabled, 1);
	ck_assert_int_eq(c->rules[3].level, -1);
	el_config_free(c);
}
END_TEST

START_TEST(nothing_given)
{
	el_config *c = parse_ok("{}", NULL);

	ck_assert_ptr_null(c->path);
	ck_assert_int_eq(c->fail_on, -1);
	ck_assert_int_eq(c->min_level, -1);
	ck_assert_int_eq(c->cold_paths, -1);
	ck_assert_int_eq(c->tests, -1);
	ck_assert_int_eq(c->include_external, -1);
	ck_assert_ptr_null(c->include);
	ck_assert_uint_eq(c->ninclude, 0);
	ck_assert_ptr_null(c->exclude);
	ck_assert_ptr_null(c->packages);
	ck_assert_ptr_null(c->baseline);
	ck_assert_ptr_null(c->rule_files);
	ck_assert_ptr_null(c->rules);
	ck_assert_uint_eq(c->nrules, 0);
	el_config_free(c);

	/* empty arrays and objects are as good as not given; never is a level */
	c = parse_ok("\xEF\xBB\xBF/* BOM */ {\"include\": [], \"rules\": {},"
	             " \"fail-on\": \"never\"}",
	             "x.json");
	ck_assert_str_eq(c->path, "x.json");
	ck_assert_uint_eq(c->ninclude, 0);
	ck_assert_uint_eq(c->nrules, 0);
	ck_assert_int_eq(c->fail_on, EL_LEVEL_NONE);
	el_config_free(c);
	el_config_free(NULL);
}
END_TEST

START_TEST(comments_and_strings)
{
	/* comment markers inside strings are text; quotes inside comments are
	 * not strings; an escaped quote does not end a string */
	el_config *c = parse_ok("{ // \"tests\": 1, \"x\n"
	                        "  \"include\": [\"//a\", \"/*b*/\", \"c\\\"//\", \"d\\\\\"],"
	                        " /* \" */\n"
	                        "  /* multi\n     line \" */ \"exclude\": [\"\\u00e9\\/x\"]\n"
	                        "} // end, no newline",
	                        NULL);
	static const char *const include[] = { "//a", "/*b*/", "c\"//", "d\\", NULL };
	static const char *const exclude[] = { "\xC3\xA9/x", NULL };

	expect_strs(c->include, c->ninclude, include);
	expect_strs(c->exclude, c->nexclude, exclude);
	ck_assert_int_eq(c->tests, -1);
	el_config_free(c);
}
END_TEST

START_TEST(relative_paths)
{
	static const struct {
		const char *name, *value, *want;
	} cases[] = {
		{ "/etc/p/.escapelint.json", "b.json", "/etc/p/b.json" },
		{ "/etc/p/.escapelint.json", "./b.json", "/etc/p/b.json" },
		{ "/etc/p/.escapelint.json", "../b.json", "/etc/p/../b.json" },
		{ "/etc/p/.escapelint.json", "/var/b.json", "/var/b.json" },
		{ "/etc/p/.escapelint.json", ".", "/etc/p" },
		{ "/etc/p/.escapelint.json", "./", "/etc/p" },
		{ "sub/.escapelint.json", "b.json", "sub/b.json" },
		{ "/.escapelint.json", "b.json", "/b.json" },
		{ "/.escapelint.json", ".", "/" },
		{ ".escapelint.json", "./b.json", "./b.json" },
		{ NULL, "b.json", "b.json" },
	};
	size_t i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char text[256];
		el_config *c;

		snprintf(text, sizeof text, "{\"baseline\": \"%s\", \"rule-files\": [\"%s\"]}",
		         cases[i].value, cases[i].value);
		c = parse_ok(text, cases[i].name);
		ck_assert_msg(strcmp(c->baseline, cases[i].want) == 0, "case %zu: %s", i,
		              c->baseline);
		ck_assert_str_eq(c->rule_files[0], cases[i].want);
		el_config_free(c);
	}
}
END_TEST

/* An error case: text (len bytes, 0: strlen), where and what. */
typedef struct bad_case {
	const char *text;
	size_t len;
	unsigned long line, column;
	const char *message;
} bad_case;

static const bad_case bad_cases[] = {
	/* keys */
	{ "{\"fail_on\": \"warning\"}", 0, 1, 2,
	  "unknown key \"fail_on\" (keys: fail-on, min-level, cold-paths, tests, include-external, "
	  "include, exclude, packages, baseline, rule-files, rules)" },
	{ "{\n  \"tests\": true,\n  \"tests\": false\n}", 0, 3, 3,
	  "duplicate key \"tests\" (first on line 2)" },
	/* types and words */
	{ "{\n  \"tests\": \"yes\"\n}", 0, 2, 12, "\"tests\" must be true or false" },
	{ "{\"include-external\": 1}", 0, 1, 22, "\"include-external\" must be true or false" },
	{ "{\"fail-on\": \"warn\"}", 0, 1, 13,
	  "\"fail-on\" must be note, warning, error or never, not \"warn\"" },
	{ "{\"fail-on\": 3}", 0, 1, 13, "\"fail-on\" must be note, warning, error or never" },
	{ "{\"min-level\": \"never\"}", 0, 1, 15,
	  "\"min-level\" must be note, warning or error, not \"never\"" },
	{ "{\"cold-paths\": \"never\"}", 0, 1, 16,
	  "\"cold-paths\" must be note, warning or error" },
	{ "{\"fail-on\": \"Warning\"}", 0, 1, 13, "not \"Warning\"" },
	{ "{\"exclude\": \"cmd/**\"}", 0, 1, 13, "\"exclude\" must be an array of strings" },
	{ "{\"include\": [\"a\", 7]}", 0, 1, 19, "the elements of \"include\" must be strings" },
	{ "{\"include\": [\"a\", [\"b\"]]}", 0, 1, 19,
	  "the elements of \"include\" must be strings" },
	{ "{\"packages\": [\"\"]}", 0, 1, 15, "empty string in \"packages\"" },
	{ "{\"rule-files\": [\"a\", null]}", 0, 1, 22,
	  "the elements of \"rule-files\" must be strings" },
	{ "{\"baseline\": \"\"}", 0, 1, 14, "\"baseline\" must not be empty" },
	{ "{\"baseline\": true}", 0, 1, 14, "\"baseline\" must be a string" },
	/* rules */
	{ "{\"rules\": {\"x\": \"warn\"}}", 0, 1, 17,
	  "rule \"x\" must be on, off, note, warning or error, not \"warn\"" },
	{ "{\"rules\": {\"x\": false}}", 0, 1, 17,
	  "rule \"x\" must be on, off, note, warning or error" },
	{ "{\"rules\": {\"x\": \"never\"}}", 0, 1, 17, "not \"never\"" },
	{ "{\"rules\": [\"x\"]}", 0, 1, 11, "\"rules\" must be an object" },
	{ "{\"rules\": {\n  \"x\": \"on\",\n  \"x\": \"off\"}}", 0, 3, 3,
	  "duplicate rule \"x\" in \"rules\" (first on line 2)" },
	{ "{\"rules\": {\"\": \"on\"}}", 0, 1, 12, "empty rule name in \"rules\"" },
	/* the right occurrence of a key: nested, after strings, after comments */
	{ "{\"rules\": {\"tests\": \"on\"}, \"tests\": 1}", 0, 1, 37, "\"tests\" must be true" },
	{ "{\"include\": [\"{[\\\"x\", \"]}\"], \"tests\": 0}", 0, 1, 39,
	  "\"tests\" must be true" },
	{ "{\n  // \"tests\": 1,\n  /* \"tests\": 2 */ \"tests\": 3\n}", 0, 3, 29,
	  "\"tests\" must be true" },
	{ "{\r\n  \"tests\": 1\r\n}", 0, 2, 12, "\"tests\" must be true" },
	{ "\xEF\xBB\xBF{\"tests\": 1}", 0, 1, 14, "\"tests\" must be true" },
	{ "{\"include\": [\"\xC3\xA9\", 1]}", 0, 1, 20, "must be strings" },
	/* the top level */
	{ "  [\"a\"]", 0, 1, 3, "must be a JSON object" },
	{ "\n\"x\"", 0, 2, 1, "must be a JSON object" },
	{ "", 0, 1, 1, "the file is empty" },
	{ "// nothing\n", 0, 2, 1, "the file is empty" },
	/* syntax */
	{ "{\n  \"tests\": tru\n}", 0, 2, 12, "JSON syntax error" },
	{ "{\n  \"tests\": true,\n}", 0, 2, 16, "trailing comma" },
	{ "{\"include\": [\"a\",]}", 0, 1, 17, "trailing comma" },
	{ "{\"tests\": true", 0, 1, 15, "unexpected end of file" },
	{ "{\n", 0, 2, 1, "unexpected end of file" },
	{ "{} {}", 0, 1, 4, "text after the end of the JSON value" },
	{ "{'tests': true}", 0, 1, 2, "double quotes" },
	{ "{\"tests\" true}", 0, 1, 10, "JSON syntax error" },
	{ "{\"a\": 1 \"b\": 2}", 0, 1, 9, "JSON syntax error" },
	{ "{\"tests\": true, 7: 1}", 0, 1, 17, "JSON syntax error" },
	/* comments */
	{ "{\n  /* open\n  \"tests\": true }", 0, 2, 3, "unterminated /* comment" },
	{ "{} /*/", 0, 1, 4, "unterminated /* comment" },
	{ "{} / x", 0, 1, 4, "text after the end" },
	/* bytes */
	{ "{\"tests\":\0 true}", 16, 1, 10, "NUL byte" },
	{ "{ // a\0b\n}", 10, 1, 7, "NUL byte" },
	{ "{ /* a\n\0 */}", 12, 2, 1, "NUL byte" },
	{ "{\"include\": [\"a\0\"]}", 19, 1, 16, "NUL byte" },
	{ "{\"include\": [\"a\xff" "b\"]}", 0, 1, 16, "invalid UTF-8 in a string" },
	{ "{\"include\": [\"a\xC3\"]}", 0, 1, 16, "invalid UTF-8 in a string" },
	{ "{\"include\": [\"a\xED\xA0\x80\"]}", 0, 1, 16, "invalid UTF-8 in a string" },
	{ "{\"include\": [\"a\tb\"]}", 0, 1, 16, "control character 0x09 in a string" },
	{ "{\"include\": [\"a\n\"]}", 0, 1, 14, "unterminated string" },
	{ "{\"include\": [\"a", 0, 1, 14, "unterminated string" },
	{ "{\"include\": [\"a\\", 0, 1, 14, "unterminated string" },
	{ "{\"include\": [\"a\\u0000\"]}", 0, 1, 16, "NUL (\\u0000) in a string" },
	{ "{\"include\": [\"a\\u00g0\"]}", 0, 1, 16, "bad \\u escape" },
	{ "{\"include\": [\"a\\qb\"]}", 0, 1, 16, "bad escape in a string" },
	{ "{\"include\": [\"\\ud800\"]}", 0, 1, 15, "JSON syntax error" },
};

START_TEST(errors)
{
	const bad_case *b = &bad_cases[_i];
	size_t len = b->len ? b->len : strlen(b->text);
	el_config *c = (el_config *)1;
	el_error e;
	el_status st = el_config_parse(b->text, len, "/p/.escapelint.json", &c, &e, NULL);

	ck_assert_msg(st == EL_ERR_INVALID, "case %d: status %d", _i, st);
	ck_assert_ptr_null(c);
	ck_assert_int_eq(e.status, EL_ERR_INVALID);
	ck_assert_msg(strstr(e.message, b->message) != NULL, "case %d: message \"%s\", want \"%s\"",
	              _i, e.message, b->message);
	ck_assert_msg(e.line == b->line && e.column == b->column,
	              "case %d (%s): at %lu:%lu, want %lu:%lu", _i, e.message, e.line, e.column,
	              b->line, b->column);
}
END_TEST

START_TEST(long_names_in_messages)
{
	char text[600], key[300];
	el_config *c;
	el_error e;

	memset(key, 'k', 200);
	key[200] = '\0';
	snprintf(text, sizeof text, "{\"%s\": 1}", key);
	ck_assert_int_eq(el_config_parse(text, strlen(text), NULL, &c, &e, NULL), EL_ERR_INVALID);
	/* the user's text is cut, the list of keys is not */
	ck_assert_ptr_nonnull(strstr(e.message, "...\" (keys: fail-on"));
	ck_assert_ptr_nonnull(strstr(e.message, "rules)"));
	/* control characters from escapes are not written raw */
	ck_assert_int_eq(el_config_parse(TXT("{\"a\\nb\": 1}"), NULL, &c, &e, NULL),
	                 EL_ERR_INVALID);
	ck_assert_ptr_nonnull(strstr(e.message, "unknown key \"a?b\""));
	/* err may be NULL */
	ck_assert_int_eq(el_config_parse(TXT("{\"x\": 1}"), NULL, &c, NULL, NULL),
	                 EL_ERR_INVALID);
	ck_assert_ptr_null(c);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Writing                                                            */
/* ------------------------------------------------------------------ */

START_TEST(write_round_trip)
{
	el_config *c = parse_ok(HAPPY, "c.json"), *again;
	char *json = write_config(c), *json2;

	ck_assert_str_eq(json, "{\n"
	                       "  \"fail-on\": \"warning\",\n"
	                       "  \"min-level\": \"note\",\n"
	                       "  \"cold-paths\": \"error\",\n"
	                       "  \"tests\": true,\n"
	                       "  \"include-external\": false,\n"
	                       "  \"include\": [\n"
	                       "    \"internal/**\",\n"
	                       "    \"http://x//y\"\n"
	                       "  ],\n"
	                       "  \"exclude\": [\n"
	                       "    \"cmd/**\",\n"
	                       "    \"*_gen.go\",\n"
	                       "    \"a/*b*/c\"\n"
	                       "  ],\n"
	                       "  \"packages\": [\n"
	                       "    \"example.com/m/...\"\n"
	                       "  ],\n"
	                       "  \"baseline\": \".escapelint-baseline.json\",\n"
	                       "  \"rule-files\": [\n"
	                       "    \"tools/rules\",\n"
	                       "    \"/abs/rules\",\n"
	                       "    \"./local.json\"\n"
	                       "  ],\n"
	                       "  \"rules\": {\n"
	                       "    \"interface-boxing\": \"off\",\n"
	                       "    \"EL124\": \"note\",\n"
	                       "    \"fmt-sprintf\": \"error\",\n"
	                       "    \"x\": \"on\"\n"
	                       "  }\n"
	                       "}\n");
	again = parse_ok(json, "c.json");
	expect_same(c, again);
	json2 = write_config(again);
	ck_assert_str_eq(json, json2);
	free(json);
	free(json2);
	el_config_free(again);
	el_config_free(c);

	/* escapes, and a config with only some keys */
	c = parse_ok("{\"tests\": false, \"fail-on\": \"never\","
	             " \"exclude\": [\"a\\\"b\\\\c\\td\\u00e9\"],"
	             " \"rules\": {\"q\\\"r\": \"warning\"}}",
	             NULL);
	json = write_config(c);
	ck_assert_str_eq(json, "{\n"
	                       "  \"fail-on\": \"never\",\n"
	                       "  \"tests\": false,\n"
	                       "  \"exclude\": [\n"
	                       "    \"a\\\"b\\\\c\\td\xC3\xA9\"\n"
	                       "  ],\n"
	                       "  \"rules\": {\n"
	                       "    \"q\\\"r\": \"warning\"\n"
	                       "  }\n"
	                       "}\n");
	again = parse_ok(json, NULL);
	expect_same(c, again);
	free(json);
	el_config_free(again);
	el_config_free(c);

	/* nothing set */
	c = parse_ok("{}", NULL);
	json = write_config(c);
	ck_assert_str_eq(json, "{}\n");
	free(json);
	ck_assert_int_eq(el_config_write_json(c, tu_write_fails, NULL), EL_ERR_IO);
	el_config_free(c);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Loading and finding                                                */
/* ------------------------------------------------------------------ */

static void expect_load_error(const char *path, const char *message)
{
	el_config *c = (el_config *)1;
	el_error e;

	ck_assert_int_eq(el_config_load(path, &c, &e, NULL), EL_ERR_INVALID);
	ck_assert_ptr_null(c);
	ck_assert_msg(strstr(e.message, message) != NULL, "%s: \"%s\", want \"%s\"", path,
	              e.message, message);
	ck_assert_uint_eq(e.line, 0);
}

START_TEST(load_files)
{
	char dir[64], path[128], base[128];
	const size_t max = (size_t)1 << 20;
	char *big = malloc(max + 1);
	el_config *c;
	el_error e;

	ck_assert_ptr_nonnull(big);
	tu_make_tmpdir(dir, sizeof dir, "check_config");

	snprintf(path, sizeof path, "%s/.escapelint.json", dir);
	tu_write_file(path, HAPPY, strlen(HAPPY));
	ck_assert_int_eq(el_config_load(path, &c, &e, NULL), EL_OK);
	ck_assert_str_eq(c->path, path);
	snprintf(base, sizeof base, "%s/.escapelint-baseline.json", dir);
	ck_assert_str_eq(c->baseline, base);
	el_config_free(c);

	/* a syntax error keeps its position */
	tu_write_file(path, "{\n  \"tests\": 1\n}\n", 17);
	ck_assert_int_eq(el_config_load(path, &c, &e, NULL), EL_ERR_INVALID);
	ck_assert_uint_eq(e.line, 2);
	ck_assert_uint_eq(e.column, 12);

	/* exactly 1 MiB is fine, one byte more is not */
	memset(big, ' ', max + 1);
	big[0] = '{';
	big[max - 2] = '}';
	big[max - 1] = '\n';
	tu_write_file(path, big, max);
	ck_assert_int_eq(el_config_load(path, &c, &e, NULL), EL_OK);
	el_config_free(c);
	tu_write_file(path, big, max + 1);
	expect_load_error(path, "larger than 1 MiB");
	ck_assert_int_eq(unlink(path), 0);

	/* not regular files: refused before anything is read */
	expect_load_error(dir, "is a directory");
	expect_load_error("/dev/zero", "not a regular file");
	snprintf(path, sizeof path, "%s/fifo", dir);
	ck_assert_int_eq(mkfifo(path, 0600), 0);
	expect_load_error(path, "not a regular file"); /* and does not wait for a writer */
	ck_assert_int_eq(unlink(path), 0);
	expect_load_error(path, "cannot open: ");

	ck_assert_int_eq(rmdir(dir), 0);
	free(big);
}
END_TEST

START_TEST(find_in_tree)
{
	char tmp[64], root[PATH_MAX], p[PATH_MAX + 64], want[PATH_MAX + 64];
	char *found = NULL;

	tu_make_tmpdir(tmp, sizeof tmp, "check_config");
	ck_assert_ptr_nonnull(realpath(tmp, root));
	/* root/.escapelint.json   above the module: never seen from inside it
	 * root/mod/go.mod
	 * root/mod/sub/.escapelint.json/   a directory: skipped
	 * root/mod/sub/deep/
	 * root/loose/a/b/          no go.mod: up to root's config */
	snprintf(p, sizeof p, "%s/.escapelint.json", root);
	tu_write_file(p, "{}", 2);
	snprintf(p, sizeof p, "%s/mod", root);
	make_dir(p);
	snprintf(p, sizeof p, "%s/mod/go.mod", root);
	tu_write_file(p, "module m\n", 9);
	snprintf(p, sizeof p, "%s/mod/sub", root);
	make_dir(p);
	snprintf(p, sizeof p, "%s/mod/sub/.escapelint.json", root);
	make_dir(p);
	snprintf(p, sizeof p, "%s/mod/sub/deep", root);
	make_dir(p);
	snprintf(p, sizeof p, "%s/loose", root);
	make_dir(p);
	snprintf(p, sizeof p, "%s/loose/a", root);
	make_dir(p);
	snprintf(p, sizeof p, "%s/loose/a/b", root);
	make_dir(p);

	/* the module root has no config: the one above it is not used */
	snprintf(p, sizeof p, "%s/mod/sub/deep", root);
	ck_assert_int_eq(el_config_find(p, &found), 0);
	ck_assert_ptr_null(found);
	snprintf(p, sizeof p, "%s/mod", root);
	ck_assert_int_eq(el_config_find(p, &found), 0);

	/* one in the module root is found from below, through a relative name */
	snprintf(want, sizeof want, "%s/mod/.escapelint.json", root);
	tu_write_file(want, "{}", 2);
	snprintf(p, sizeof p, "%s/mod/sub/deep", root);
	ck_assert_int_eq(el_config_find(p, &found), 1);
	ck_assert_str_eq(found, want);
	free(found);
	snprintf(p, sizeof p, "%s/mod/sub/deep/../../sub/./deep", tmp);
	ck_assert_int_eq(el_config_find(p, &found), 1);
	ck_assert_str_eq(found, want);
	free(found);

	/* without a go.mod the walk goes up to the nearest config */
	snprintf(p, sizeof p, "%s/loose/a/b", root);
	snprintf(want, sizeof want, "%s/.escapelint.json", root);
	ck_assert_int_eq(el_config_find(p, &found), 1);
	ck_assert_str_eq(found, want);
	free(found);

	/* a directory that does not exist has no config */
	snprintf(p, sizeof p, "%s/nonexistent", root);
	ck_assert_int_eq(el_config_find(p, &found), 0);
	ck_assert_ptr_null(found);

	snprintf(p, sizeof p, "%s/mod/.escapelint.json", root);
	unlink(p);
	snprintf(p, sizeof p, "%s/mod/go.mod", root);
	unlink(p);
	snprintf(p, sizeof p, "%s/.escapelint.json", root);
	unlink(p);
	snprintf(p, sizeof p, "%s/mod/sub/deep", root);
	rmdir(p);
	snprintf(p, sizeof p, "%s/mod/sub/.escapelint.json", root);
	rmdir(p);
	snprintf(p, sizeof p, "%s/mod/sub", root);
	rmdir(p);
	snprintf(p, sizeof p, "%s/mod", root);
	rmdir(p);
	snprintf(p, sizeof p, "%s/loose/a/b", root);
	rmdir(p);
	snprintf(p, sizeof p, "%s/loose/a", root);
	rmdir(p);
	snprintf(p, sizeof p, "%s/loose", root);
	rmdir(p);
	ck_assert_int_eq(rmdir(root), 0);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Allocation failures                                                */
/* ------------------------------------------------------------------ */

/* What to parse: text, or the file path when not NULL. */
typedef struct source {
	const char *text, *path;
} source;

/* tu_alloc_fn: parse or load the source ctx with alloc. */
static el_status parse_source(el_allocator *alloc, el_error *err, void *ctx)
{
	const source *src = ctx;
	el_config *c = (el_config *)1;
	el_status st;

	if (src->path)
		st = el_config_load(src->path, &c, err, alloc);
	else
		st = el_config_parse(src->text, strlen(src->text), "/p/.escapelint.json", &c, err,
		                     alloc);
	if (st == EL_ERR_NOMEM)
		ck_assert_ptr_null(c);
	el_config_free(c == (el_config *)1 ? NULL : c);
	return st;
}

/* Make each allocation of parsing text (or loading path) fail in turn:
 * want on success, EL_ERR_NOMEM on failure, never a leak. */
static void fail_each_allocation(const char *text, const char *path, el_status want)
{
	source src = { text, path };

	ck_assert_int_gt(tu_fail_each_allocation(parse_source, &src, want), 10);
}

START_TEST(allocation_failures)
{
	char dir[64], path[128];

	fail_each_allocation(HAPPY, NULL, EL_OK);
	/* an error found late, after rules and arrays were made */
	fail_each_allocation("{\"include\": [\"a\", \"b\"], \"baseline\": \"b\",\n"
	                     " \"rules\": {\"a\": \"on\", \"b\": \"off\", \"a\": \"note\"}}",
	                     NULL, EL_ERR_INVALID);
	tu_make_tmpdir(dir, sizeof dir, "check_config");
	snprintf(path, sizeof path, "%s/.escapelint.json", dir);
	tu_write_file(path, HAPPY, strlen(HAPPY));
	fail_each_allocation(NULL, path, EL_OK);
	unlink(path);
	rmdir(dir);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Path globs and package patterns                                    */
/* ------------------------------------------------------------------ */

static const struct {
	const char *pattern, *path;
	int match;
} glob_cases[] = {
	/* no '/': the base name, anywhere */
	{ "*.go", "c.go", 1 },
	{ "*.go", "a/b/c.go", 1 },
	{ "*.go", "/abs/c.go", 1 },
	{ "*_gen.go", "x/y_gen.go", 1 },
	{ "*.go", "a/b/c.c", 0 },
	{ "*.go", "x.go/y", 0 },
	{ "x?.go", "d/x1.go", 1 },
	{ "x?.go", "d/x12.go", 0 },
	{ "[ab].go", "a.go", 1 },
	{ "[!ab].go", "c.go", 1 },
	{ "[ab].go", "c.go", 0 },
	{ ".*", "a/.hidden", 1 },
	{ "*", "x.go", 1 },
	{ "main.go", "cmd/app/main.go", 1 },
	{ "main.go", "cmd/app/main.go.orig", 0 },
	/* with '/': anchored at the start of the path */
	{ "internal/*.go", "internal/x.go", 1 },
	{ "internal/*.go", "internal/a/b.go", 0 },
	{ "internal/*.go", "a/internal/x.go", 0 },
	{ "cmd/*/main.go", "cmd/app/main.go", 1 },
	{ "cmd/*/main.go", "cmd/main.go", 0 },
	{ "a//b/*.go", "a/b/c.go", 1 },
	{ "a/b/*.go", "a//b/c.go", 1 },
	/* ** */
	{ "internal/**", "internal/x.go", 1 },
	{ "internal/**", "internal/a/b/c.go", 1 },
	{ "internal/**", "internal", 1 },
	{ "internal/**", "internals/x.go", 0 },
	{ "internal/**", "a/internal/x.go", 0 },
	{ "**/testdata/**", "testdata/x.go", 1 },
	{ "**/testdata/**", "a/b/testdata/c/x.go", 1 },
	{ "**/testdata/**", "a/testdatax/x.go", 0 },
	{ "a/**/b.go", "a/b.go", 1 },
	{ "a/**/b.go", "a/x/y/b.go", 1 },
	{ "a/**/b.go", "a/b/c.go", 0 },
	{ "a/**/x/**/y.go", "a/1/x/2/x/3/y.go", 1 },
	{ "a/**/x/**/y.go", "a/1/x/2/z/3/y.go", 1 },
	{ "a/**/x/**/y.go", "a/1/z/2/z/3/y.go", 0 },
	{ "**", "a/b", 1 },
	{ "**/x.go", "/abs/x.go", 1 },
	{ "a**b/c", "axxb/c", 1 },
	/* './' is ignored on both sides */
	{ "./internal/*.go", "internal/x.go", 1 },
	{ "internal/*.go", "./internal/x.go", 1 },
	{ "././*.go", "./a/x.go", 1 },
	/* absolute patterns match absolute paths only, and the other way round */
	{ "/abs/**", "/abs/x.go", 1 },
	{ "/abs/**", "abs/x.go", 0 },
	{ "abs/**", "/abs/x.go", 0 },
	/* a trailing '/': everything under the directory */
	{ "vendor/", "vendor/a/b.go", 1 },
	{ "vendor/", "x/vendor/a.go", 1 },
	{ "vendor/", "vendor", 0 },
	{ "vendor/", "vendors/a.go", 0 },
	{ "internal/x/", "internal/x/y.go", 1 },
	{ "internal/x/", "internal/x", 0 },
	{ "internal/x/", "a/internal/x/y.go", 0 },
	/* nothing */
	{ "", "x", 0 },
	{ "/", "x", 0 },
};

START_TEST(glob_table)
{
	ck_assert_msg(el_glob_match(glob_cases[_i].pattern, glob_cases[_i].path) ==
	                  glob_cases[_i].match,
	              "el_glob_match(\"%s\", \"%s\") != %d", glob_cases[_i].pattern,
	              glob_cases[_i].path, glob_cases[_i].match);
}
END_TEST

START_TEST(glob_is_not_exponential)
{
	char pattern[512] = "", path[4096] = "";
	int i;

	for (i = 0; i < 40; i++)
		strcat(pattern, "**/a/");
	strcat(pattern, "b");
	for (i = 0; i < 1000; i++)
		strcat(path, "a/");
	strcat(path, "c");
	ck_assert_int_eq(el_glob_match(pattern, path), 0);
	path[strlen(path) - 1] = 'b';
	ck_assert_int_eq(el_glob_match(pattern, path), 1);
}
END_TEST

static const struct {
	const char *pattern, *path;
	int match;
} package_cases[] = {
	{ "fmt", "fmt", 1 },
	{ "fmt", "fmt/x", 0 },
	{ "fmt", "fm", 0 },
	{ "net/...", "net", 1 },
	{ "net/...", "net/http", 1 },
	{ "net/...", "net/http/httptest", 1 },
	{ "net/...", "netx", 0 },
	{ "net/...", "network/x", 0 },
	{ "...", "anything/at/all", 1 },
	{ "...", "", 1 },
	{ "example.com/m/...", "example.com/m/internal/x", 1 },
	{ "example.com/m/...", "example.com/m", 1 },
	{ "example.com/m/...", "example.com/mm", 0 },
	{ "example.com/.../x", "example.com/a/b/x", 1 },
	{ "example.com/.../x", "example.com/a/b/y", 0 },
	{ "net/.../httptest", "net/http/httptest", 1 },
	{ "net/.../httptest", "net/httptest", 0 },
	{ "...x", "abcx", 1 },
	{ "...x", "abcxy", 0 },
	{ "a...", "a", 1 },
	{ "a...", "ba", 0 },
	{ "a/...b", "a/xb", 1 },
	{ "a/...b", "a", 0 },
	{ "a.b", "a.b", 1 },
	{ "a.b", "axb", 0 },
};

START_TEST(package_table)
{
	ck_assert_msg(el_package_match(package_cases[_i].pattern, package_cases[_i].path) ==
	                  package_cases[_i].match,
	              "el_package_match(\"%s\", \"%s\") != %d", package_cases[_i].pattern,
	              package_cases[_i].path, package_cases[_i].match);
}
END_TEST

Suite *config_suite(void)
{
	Suite *s = suite_create("config");
	TCase *tc = tcase_create("config");
	TCase *tf = tcase_create("filter");

	tcase_add_test(tc, every_field);
	tcase_add_test(tc, nothing_given);
	tcase_add_test(tc, comments_and_strings);
	tcase_add_test(tc, relative_paths);
	tcase_add_loop_test(tc, errors, 0, (int)(sizeof bad_cases / sizeof bad_cases[0]));
	tcase_add_test(tc, long_names_in_messages);
	tcase_add_test(tc, write_round_trip);
	tcase_add_test(tc, load_files);
	tcase_add_test(tc, find_in_tree);
	tcase_add_test(tc, allocation_failures);
	tcase_add_test(tc, glob_is_not_exponential);
	suite_add_tcase(s, tc);
	tcase_add_loop_test(tf, glob_table, 0, (int)(sizeof glob_cases / sizeof glob_cases[0]));
	tcase_add_loop_test(tf, package_table, 0,
	                    (int)(sizeof package_cases / sizeof package_cases[0]));
	suite_add_tcase(s, tf);
	return s;
}
