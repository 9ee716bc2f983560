/*
 * fuzz_gojson.c -- the `go build -json` reader: el_gojson_feed in chunks
 * the input chooses, then el_gojson_finish and el_parser_finish, with the
 * records going to a text parser; and the same stream fed whole.
 *
 * Input: two control bytes (byte 0 seeds the chunk sizes, byte 1 picks the
 * largest chunk, see fz_chunks), then the event stream.
 *
 * Asserts:
 *  - fed in chunks and fed whole, the reader gives the same status and
 *    error (message, line, column), the same records (every field,
 *    through el_record_write_json) and the same build-fail packages;
 *  - an error has a message; a record is one line of valid UTF-8 JSON;
 *    el_gojson_failed holds exactly el_gojson_failed_count strings.
 */
#include <string.h>

#include "fuzz.h"

/* What one run gave. */
typedef struct run {
	fz_buf json;      /* the records, one JSON line each */
	fz_buf failed;    /* the build-fail import paths, NUL-separated */
	el_status st;
	el_error err;
} run;

static int on_record(const el_record *rec, void *ctx)
{
	fz_buf *b = ctx;
	size_t start = b->len;

	FZ_CHECK(el_record_write_json(rec, fz_buf_write, b) == EL_OK, "write_json failed");
	FZ_CHECK(fz_utf8_invalid(b->ptr + start, b->len - start) == (size_t)-1,
	         "record JSON is not UTF-8");
	FZ_CHECK(fz_json_valid(b->ptr + start, b->len - start), "record JSON does not parse: %.*s",
	         (int)(b->len - start), b->ptr + start);
	return 0;
}

/* Read s[0..n) in pieces from ch (NULL: whole) into r. */
static void read_stream(const char *s, size_t n, fz_chunks *ch, run *r)
{
	el_parser *p = el_parser_new(on_record, &r->json, NULL);
	el_gojson *j = p ? el_gojson_new(p, NULL) : NULL;
	el_status st = EL_OK;
	size_t off = 0, i, k;

	FZ_CHECK(j != NULL, "el_gojson_new");
	while (st == EL_OK && off < n) {
		k = ch ? fz_chunks_next(ch, n - off) : n - off;
		st = el_gojson_feed(j, s + off, k);
		off += k;
	}
	if (st == EL_OK)
		st = el_gojson_finish(j);
	r->st = st;
	r->err = *el_gojson_error(j);
	FZ_CHECK(st == EL_OK || r->err.message[0], "an error without a message (%d)", (int)st);
	if (st == EL_OK)
		(void)el_parser_finish(p);
	k = el_gojson_failed_count(j);
	for (i = 0; i < k; i++) {
		const char *f = el_gojson_failed(j, i);
		FZ_CHECK(f != NULL, "failed %zu of %zu is NULL", i, k);
		fz_buf_append(&r->failed, f, strlen(f) + 1);
	}
	FZ_CHECK(el_gojson_failed(j, k) == NULL, "a failed package past the count");
	el_gojson_free(j);
	el_parser_free(p);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	run whole, split;
	fz_chunks ch;

	if (size < 2)
		return 0;
	memset(&whole, 0, sizeof whole);
	memset(&split, 0, sizeof split);
	fz_chunks_init(&ch, data[0], data[1]);
	(void)el_gojson_detect((const char *)data + 2, size - 2);
	read_stream((const char *)data + 2, size - 2, NULL, &whole);
	read_stream((const char *)data + 2, size - 2, &ch, &split);
	FZ_CHECK(whole.st == split.st, "whole: %s (%s), in chunks: %s (%s)",
	         el_status_string(whole.st), whole.err.message, el_status_string(split.st),
	         split.err.message);
	FZ_CHECK(whole.err.line == split.err.line && whole.err.column == split.err.column &&
	                 strcmp(whole.err.message, split.err.message) == 0,
	         "errors differ: whole %lu:%lu: %s, chunks %lu:%lu: %s", whole.err.line,
	         whole.err.column, whole.err.message, split.err.line, split.err.column,
	         split.err.message);
	FZ_CHECK(fz_buf_eq(&whole.json, &split.json),
	         "the records differ between whole and chunked feeding");
	FZ_CHECK(fz_buf_eq(&whole.failed, &split.failed),
	         "the build-fail packages differ between whole and chunked feeding");
	fz_buf_free(&whole.json);
	fz_buf_free(&split.json);
	fz_buf_free(&whole.failed);
	fz_buf_free(&split.failed);
	return 0;
}
