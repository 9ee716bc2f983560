/*
 * fuzz_pipeline.c -- the whole pipeline in memory, as cmd/pipeline.c runs
 * it: text parser -> grouper -> el_rules_match with the default rules
 * (loaded once) -> fingerprints, suppressions and a baseline writer ->
 * a report in every format (text, json, sarif, github, gcc, markdown),
 * each written into a memory buffer, with a notification taken from the
 * input and el_report_finish.
 *
 * Input: the log.  When its first byte is 0x01 to 0x08 it is dropped and
 * picks a directory of the fixtures' Go sources (tests/fixtures/source/...,
 * gomod/directives) as source root and working directory, with sources
 * read (facts.c, directives, snippets, SARIF regions); otherwise no source
 * is read.  The SARIF report is given the rule set (tool.driver.rules, the
 * same 160 KiB whatever the input) for one input length in 8.
 *
 * Asserts (a violation traps):
 *  - every library call succeeds (nothing here may fail but memory);
 *  - json: valid UTF-8, and every line is a JSON object;
 *  - sarif: valid UTF-8, one JSON document with "version": "2.1.0" and
 *    one run;
 *  - github: valid UTF-8, and every line is one of escapelint's own
 *    annotation commands -- `::error `, `::warning ` or `::notice `, then
 *    properties from file=, line=, col= (digits) and title= (which says
 *    escapelint), then `::` and the message -- so no input can start
 *    another workflow command (::set-output, ::add-mask, ::stop-commands,
 *    ::add-path, ##[...]) on a line of its own; no control character (CR
 *    and the C1 controls included) appears raw, and every '%' starts one
 *    of the runner's escapes (%25 %0D %0A, and %3A %2C in properties), so
 *    the runner's one decoding pass cannot turn input text into a ',' or
 *    '::' that ends a property, nor into a line break in the log;
 *  - gcc: valid UTF-8, each line `FILE:LINE[:COL]: LEVEL: ... [RULE]`
 *    without control characters (C0, DEL, C1);
 *  - the baseline written from the findings is valid JSON, parses, holds
 *    as many entries as findings were added and gives each fingerprint
 *    back.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "fuzz.h"

#define NFORMATS 6
#define NSOURCES 8

static const char *const source_dirs[NSOURCES] = {
	"source/amortised",   "source/cold-paths",     "source/free",
	"source/package-init", "source/static-closure", "source/test-code",
	"source/value-sizes", "gomod/directives",
};
static char *sources[NSOURCES];
static el_rules *rules;

/* One run. */
typedef struct run {
	el_grouper *g;
	el_report *reports[NFORMATS];
	fz_buf out[NFORMATS];
	el_fingerprinter *fp;
	el_baseline_writer *w;
	fz_buf prints;            /* fingerprints added to the writer, NUL-separated */
	size_t added;
} run;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	int i;

	(void)argc;
	(void)argv;
	rules = el_rules_new(NULL);
	FZ_CHECK(rules != NULL && el_rules_add_defaults(rules) == EL_OK, "the default rules: %s",
	         rules ? el_rules_error(rules)->message : "out of memory");
	for (i = 0; i < NSOURCES; i++)
		sources[i] = fz_strndup(fz_fixtures(source_dirs[i]),
		                        strlen(fz_fixtures(source_dirs[i])));
	return 0;
}

static int on_object(const el_object *obj, void *ctx)
{
	run *r = ctx;
	el_finding f;
	char print[EL_FINGERPRINT_SIZE];
	int i;

	(void)el_rules_match(rules, obj, &f);
	FZ_CHECK(el_fingerprint(r->fp, &f, print) == EL_OK, "el_fingerprint");
	FZ_CHECK(memchr(print, '\0', sizeof print) != NULL, "an unterminated fingerprint");
	f.fingerprint = print;
	f.suppressed = el_grouper_suppressed(r->g, obj, f.rule, &f.justification);
	if (!f.suppressed) {
		FZ_CHECK(el_baseline_add(r->w, &f, print) == EL_OK, "el_baseline_add");
		fz_buf_append(&r->prints, print, strlen(print) + 1);
		r->added++;
	}
	for (i = 0; i < NFORMATS; i++)
		FZ_CHECK(el_report_finding(r->reports[i], &f) == EL_OK, "el_report_finding (%s)",
		         el_format_name((el_format)i));
	return 0;
}

static int on_record(const el_record *rec, void *ctx)
{
	run *r = ctx;

	FZ_CHECK(el_grouper_add(r->g, rec) == EL_OK, "el_grouper_add: %s",
	         el_grouper_error(r->g)->message);
	return 0;
}

/* Is s[0..n) valid UTF-8?  Trap with what when not, showing the bytes
 * around the first bad one. */
FZ_NOCOV static void check_utf8(const char *what, const char *s, size_t n)
{
	size_t at = fz_utf8_invalid(s, n), i, from, to, k = 0;
	char around[600];

	if (at == (size_t)-1)
		return;
	from = at > 80 ? at - 80 : 0;
	to = n - at > 40 ? at + 40 : n;
	for (i = from; i < to && k + 5 < sizeof around; i++) {
		unsigned char c = (unsigned char)s[i];
		k += (size_t)snprintf(around + k, sizeof around - k,
		                      c >= 0x20 && c < 0x7f ? "%c" : "\\x%02x", c);
	}
	around[k] = '\0';
	FZ_CHECK(0, "%s: invalid UTF-8 at byte %zu: ...%s...", what, at, around);
}

/* Every line of the JSON output is a JSON object. */
FZ_NOCOV static void check_json(const fz_buf *b)
{
	size_t i = 0;

	check_utf8("json", b->ptr, b->len);
	while (i < b->len) {
		const char *line = b->ptr + i, *nl = memchr(line, '\n', b->len - i);
		size_t n;
		FZ_CHECK(nl != NULL, "json: the last line has no newline");
		n = (size_t)(nl - line);
		FZ_CHECK(n > 0 && line[0] == '{' && fz_json_valid(line, n),
		         "json: a line that is not a JSON object: %.*s", (int)n, line);
		i += n + 1;
	}
}

/* The SARIF log is one JSON document: version 2.1.0, one run. */
FZ_NOCOV static void check_sarif(const fz_buf *b)
{
	char *copy;
	cJSON *doc, *runs;
	const cJSON *v;

	check_utf8("sarif", b->ptr, b->len);
	FZ_CHECK(fz_json_valid(b->ptr, b->len), "sarif: not JSON");
	copy = fz_strndup(b->ptr, b->len);
	doc = cJSON_Parse(copy);
	FZ_CHECK(doc != NULL, "sarif: not JSON");
	v = cJSON_GetObjectItemCaseSensitive(doc, "version");
	runs = cJSON_GetObjectItemCaseSensitive(doc, "runs");
	FZ_CHECK(cJSON_IsString(v) && strcmp(v->valuestring, "2.1.0") == 0, "sarif: version");
	FZ_CHECK(cJSON_IsArray(runs) && cJSON_GetArraySize(runs) == 1, "sarif: not one run");
	cJSON_Delete(doc);
	free(copy);
}

/* Does s[0..n) start with a C1 control (U+0080-U+009F, CSI among them)? */
FZ_NOCOV static int is_c1(const char *s, size_t n)
{
	return n >= 2 && (unsigned char)s[0] == 0xc2 && (unsigned char)s[1] >= 0x80 &&
	       (unsigned char)s[1] < 0xa0;
}

/* s[0..n) has no control byte and every '%' starts one of the runner's
 * escapes (property: also %3A and %2C). */
FZ_NOCOV static void check_escaped(const char *s, size_t n, int property, const char *line,
                                   size_t len)
{
	size_t i;

	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		FZ_CHECK(c >= 0x20 && c != 0x7f, "github: a raw control byte 0x%02x in: %.*s", c,
		         (int)len, line);
		FZ_CHECK(!is_c1(s + i, n - i), "github: a raw C1 control in: %.*s", (int)len, line);
		if (c != '%')
			continue;
		FZ_CHECK(i + 3 <= n &&
		                 (memcmp(s + i, "%25", 3) == 0 || memcmp(s + i, "%0D", 3) == 0 ||
		                  memcmp(s + i, "%0A", 3) == 0 ||
		                  (property && (memcmp(s + i, "%3A", 3) == 0 ||
		                                memcmp(s + i, "%2C", 3) == 0))),
		         "github: a '%%' that is not an escape in a %s: %.*s",
		         property ? "property" : "message", (int)len, line);
	}
}

/* Is s[0..n) a number (n > 0, digits only)? */
FZ_NOCOV static int all_digits(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return 0;
	return n > 0;
}

/* One line of the github output is one of escapelint's annotations. */
FZ_NOCOV static void check_command(const char *s, size_t n)
{
	static const char *const types[3] = { "::error ", "::warning ", "::notice " };
	size_t i, k, t;
	int title = 0;

	for (t = 0; t < 3; t++)
		if (n >= strlen(types[t]) && memcmp(s, types[t], strlen(types[t])) == 0)
			break;
	FZ_CHECK(t < 3, "github: a line that is not an escapelint annotation: %.*s", (int)n, s);
	i = strlen(types[t]);
	for (;;) {
		size_t ks = i, vs;
		while (i < n && s[i] != '=' && s[i] != ',' && s[i] != ':')
			i++;
		FZ_CHECK(i < n && s[i] == '=', "github: a property without '=': %.*s", (int)n, s);
		k = i - ks;
		FZ_CHECK((k == 4 && memcmp(s + ks, "file", 4) == 0) ||
		                 (k == 4 && memcmp(s + ks, "line", 4) == 0) ||
		                 (k == 3 && memcmp(s + ks, "col", 3) == 0) ||
		                 (k == 5 && memcmp(s + ks, "title", 5) == 0),
		         "github: an unknown property %.*s: %.*s", (int)k, s + ks, (int)n, s);
		vs = ++i;
		while (i < n && s[i] != ',' && s[i] != ':')
			i++;
		check_escaped(s + vs, i - vs, 1, s, n);
		if (k == 4 && memcmp(s + ks, "line", 4) == 0)
			FZ_CHECK(all_digits(s + vs, i - vs),
			         "github: line= is not a number: %.*s", (int)n, s);
		if (k == 3)
			FZ_CHECK(all_digits(s + vs, i - vs),
			         "github: col= is not a number: %.*s", (int)n, s);
		if (k == 5) {
			FZ_CHECK(i - vs >= 10 && memcmp(s + vs, "escapelint", 10) == 0,
			         "github: a title that is not escapelint's: %.*s", (int)n, s);
			title = 1;
		}
		FZ_CHECK(i < n, "github: properties without the '::' that ends them: %.*s", (int)n,
		         s);
		if (s[i] == ',') {
			i++;
			continue;
		}
		FZ_CHECK(i + 1 < n && s[i + 1] == ':', "github: a lone ':' in the properties: %.*s",
		         (int)n, s);
		i += 2;
		break;
	}
	FZ_CHECK(title, "github: an annotation without escapelint's title: %.*s", (int)n, s);
	check_escaped(s + i, n - i, 0, s, n);
}

/* Every line of the github output is one of escapelint's annotations. */
FZ_NOCOV static void check_github(const fz_buf *b)
{
	size_t i = 0;

	check_utf8("github", b->ptr, b->len);
	while (i < b->len) {
		const char *line = b->ptr + i, *nl = memchr(line, '\n', b->len - i);
		FZ_CHECK(nl != NULL, "github: the last line has no newline");
		check_command(line, (size_t)(nl - line));
		i += (size_t)(nl - line) + 1;
	}
}

/* Every line of the gcc output is FILE:LINE[:COL]: LEVEL: MESSAGE [RULE]. */
FZ_NOCOV static void check_gcc(const fz_buf *b)
{
	size_t i = 0, k;

	check_utf8("gcc", b->ptr, b->len);
	while (i < b->len) {
		const char *line = b->ptr + i, *nl = memchr(line, '\n', b->len - i);
		size_t n;
		char *copy;
		FZ_CHECK(nl != NULL, "gcc: the last line has no newline");
		n = (size_t)(nl - line);
		for (k = 0; k < n; k++)
			FZ_CHECK((unsigned char)line[k] >= 0x20 && line[k] != 0x7f &&
			                 !is_c1(line + k, n - k),
			         "gcc: a control character in: %.*s", (int)n, line);
		copy = fz_strndup(line, n);
		FZ_CHECK((strstr(copy, ": note: ") || strstr(copy, ": warning: ") ||
		          strstr(copy, ": error: ")) &&
		                 n > 0 && line[n - 1] == ']',
		         "gcc: not a diagnostic line: %s", copy);
		free(copy);
		i += n + 1;
	}
}

/* The baseline of the findings parses and gives their fingerprints back. */
static void check_baseline(run *r)
{
	fz_buf out = { 0 };
	el_baseline *b = NULL;
	el_error err;
	size_t i = 0;

	FZ_CHECK(el_baseline_write(r->w, fz_buf_write, &out) == EL_OK, "el_baseline_write");
	check_utf8("baseline", out.ptr, out.len);
	FZ_CHECK(fz_json_valid(out.ptr, out.len), "the baseline is not JSON");
	FZ_CHECK(el_baseline_parse(out.ptr, out.len, &b, &err, NULL) == EL_OK,
	         "the baseline does not parse: %lu:%lu: %s", err.line, err.column, err.message);
	FZ_CHECK(el_baseline_count(b) == r->added, "%zu findings, %zu in the baseline", r->added,
	         el_baseline_count(b));
	while (i < r->prints.len) {
		const char *p = r->prints.ptr + i;
		FZ_CHECK(el_baseline_take(b, p) == 1, "%s is not in the baseline", p);
		i += strlen(p) + 1;
	}
	FZ_CHECK(el_baseline_unused(b) == 0, "baseline entries left over");
	el_baseline_free(b);
	fz_buf_free(&out);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *log = (const char *)data, *src = NULL;
	el_report_options ro;
	el_group_options go;
	el_parser *p;
	run r;
	char note[160];
	size_t n = size, k;
	int i;

	if (n > 0 && data[0] >= 1 && data[0] <= NSOURCES) {
		src = sources[data[0] - 1];
		log++;
		n--;
	}
	memset(&r, 0, sizeof r);
	memset(&go, 0, sizeof go);
	go.srcroot = src;
	go.cwd = src;
	go.read_sources = src != NULL;
	go.rules = rules;
	memset(&ro, 0, sizeof ro);
	ro.include_external = 1;
	ro.include_tests = 1;
	ro.min_level = EL_LEVEL_NONE;
	ro.snippets = 1;
	ro.read_sources = src != NULL;
	ro.srcroot = src;
	ro.cwd = src;
	ro.unclassified = 1;
	ro.automation_id = "fuzz/pipeline";
	ro.max_results = 200; /* the SARIF cap is reached now and then */
	for (i = 0; i < NFORMATS; i++) {
		ro.format = (el_format)i;
		ro.color = i == EL_FMT_TEXT;
		/* SARIF describes every rule of the set when given it */
		ro.rules = i != EL_FMT_SARIF || size % 8 == 0 ? rules : NULL;
		r.reports[i] = el_report_new(&ro, fz_buf_write, &r.out[i], NULL);
		FZ_CHECK(r.reports[i] != NULL, "el_report_new");
	}
	r.g = el_grouper_new(&go, on_object, &r, NULL);
	r.fp = el_fingerprinter_new(NULL);
	r.w = el_baseline_writer_new(NULL, NULL);
	p = el_parser_new(on_record, &r, NULL);
	FZ_CHECK(r.g && r.fp && r.w && p, "out of memory");

	FZ_CHECK(el_parser_feed(p, log, n) == EL_OK, "el_parser_feed: %s",
	         el_parser_error(p)->message);
	FZ_CHECK(el_parser_finish(p) == EL_OK, "el_parser_finish: %s", el_parser_error(p)->message);
	FZ_CHECK(el_grouper_finish(r.g) == EL_OK, "el_grouper_finish: %s",
	         el_grouper_error(r.g)->message);

	/* a notification with input text, as the command's unrecognized-lines one */
	for (k = 0; k < n && k < sizeof note - 1 && log[k] && log[k] != '\n'; k++)
		note[k] = log[k];
	note[k] = '\0';
	for (i = 0; i < NFORMATS; i++) {
		FZ_CHECK(el_report_notify(r.reports[i], EL_LEVEL_NOTE, "fuzz-input", note) == EL_OK,
		         "el_report_notify");
		FZ_CHECK(el_report_finish(r.reports[i], el_grouper_stats(r.g)) == EL_OK,
		         "el_report_finish (%s)", el_format_name((el_format)i));
	}
	check_json(&r.out[EL_FMT_JSON]);
	check_sarif(&r.out[EL_FMT_SARIF]);
	check_github(&r.out[EL_FMT_GITHUB]);
	check_gcc(&r.out[EL_FMT_GCC]);
	check_baseline(&r);

	el_parser_free(p);
	el_grouper_free(r.g);
	for (i = 0; i < NFORMATS; i++) {
		el_report_free(r.reports[i]);
		fz_buf_free(&r.out[i]);
	}
	el_fingerprinter_free(r.fp);
	el_baseline_writer_free(r.w);
	fz_buf_free(&r.prints);
	return 0;
}
