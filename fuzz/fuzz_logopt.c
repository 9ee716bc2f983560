/*
 * fuzz_logopt.c -- the logopt reader: el_logopt_file feeding a text
 * parser, as `escapelint DIR` does for the files of a -json=0,DIR build.
 *
 * Input: one or more logopt files separated by two NUL bytes; file k is
 * given as /fuzz/logopt/pK%2/fK.json, so that files of one package
 * directory and of another follow each other.  Sources named under
 * /tmp/escapelint-fx (the fixtures' build directory) are read from
 * tests/fixtures/go1.19, where the fixtures' programs are, so function
 * names come from real Go files (gosrc.c, tree-sitter).
 *
 * Asserts:
 *  - every error has a message; an EL_ERR_INVALID error names its file
 *    and is about that file only (the next file is read afresh), any other error
 *    stays (the next call returns it again);
 *  - the records the text gives are one line of valid UTF-8 JSON each;
 *  - the notices and the gc_version, when there are any, are strings.
 */
#include <stdio.h>
#include <string.h>

#include "fuzz.h"

static const char *sources;

static int on_record(const el_record *rec, void *ctx)
{
	fz_buf *b = ctx;

	b->len = 0;
	FZ_CHECK(el_record_write_json(rec, fz_buf_write, b) == EL_OK, "write_json failed");
	FZ_CHECK(fz_utf8_invalid(b->ptr, b->len) == (size_t)-1, "record JSON is not UTF-8");
	FZ_CHECK(fz_json_valid(b->ptr, b->len), "record JSON does not parse: %.*s", (int)b->len,
	         b->ptr);
	return 0;
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	static char dir[4096];

	(void)argc;
	(void)argv;
	snprintf(dir, sizeof dir, "%s", fz_fixtures("go1.19"));
	sources = dir;
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *)data, *end = s + size;
	fz_buf json = { 0 };
	el_parser *p = el_parser_new(on_record, &json, NULL);
	el_logopt *lo = p ? el_logopt_new(p, NULL) : NULL;
	el_status st = EL_OK, sticky = EL_OK;
	unsigned k = 0;
	size_t i;

	FZ_CHECK(lo != NULL, "el_logopt_new");
	FZ_CHECK(el_logopt_set_sources(lo, "/tmp/escapelint-fx", sources) == EL_OK, "set_sources");
	for (;;) {
		const char *sep = NULL, *q;
		char name[64];
		for (q = s; q + 1 < end; q++)
			if (q[0] == '\0' && q[1] == '\0') {
				sep = q;
				break;
			}
		snprintf(name, sizeof name, "/fuzz/logopt/p%u/f%u.json", k % 2, k);
		st = el_logopt_file(lo, name, s, (size_t)((sep ? sep : end) - s));
		if (sticky != EL_OK)
			FZ_CHECK(st == sticky, "the error %s did not stay (file %u gave %s)",
			         el_status_string(sticky), k, el_status_string(st));
		if (st != EL_OK) {
			const el_error *e = el_logopt_error(lo);
			FZ_CHECK(e->status == st, "error status %d, returned %d", (int)e->status,
			         (int)st);
			FZ_CHECK(e->message[0] != '\0', "an error without a message");
			FZ_CHECK(st != EL_ERR_INVALID || el_logopt_error_file(lo) != NULL,
			         "an error about no file: %s", e->message);
			if (st != EL_ERR_INVALID)
				sticky = st;
		}
		k++;
		if (!sep)
			break;
		s = sep + 2;
	}
	if (sticky == EL_OK)
		(void)el_parser_finish(p);
	for (i = 0; i < el_logopt_notice_count(lo); i++)
		FZ_CHECK(el_logopt_notice(lo, i) != NULL && strlen(el_logopt_notice(lo, i)) > 0,
		         "notice %zu", i);
	if (el_logopt_gc_version(lo))
		(void)strlen(el_logopt_gc_version(lo));
	el_logopt_free(lo);
	el_parser_free(p);
	fz_buf_free(&json);
	return 0;
}
