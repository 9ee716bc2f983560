/*
 * fuzz_parser.c -- the text parser: el_parser_new / feed / finish.
 *
 * Input: two control bytes, then the log.  Byte 0 seeds the chunk sizes;
 * byte 1 picks the largest chunk (bits 0-2, see fz_chunks), a line-length
 * limit (bits 3-4: the default, 64 bytes, 1 KiB, none) and a record after
 * which the callback stops the parser (bits 5-7: never, or after 4^N).
 *
 * Asserts:
 *  - the log fed in those chunks and fed whole give the same records
 *    (every field, compared through el_record_write_json), the same status
 *    and error (message and line), and, when both succeed, the same
 *    counters (bytes, lines, records, records per kind);
 *  - every record is written as one line of JSON that parses and is valid
 *    UTF-8 (el_record_write_json promises U+FFFD for bad bytes);
 *  - records come in input order: each starts on a line after the lines
 *    of the one before (line >= previous line + previous nlines), spans at
 *    least one line, and no record starts after the last line;
 *  - when the run succeeds, every record was counted (records == the
 *    callbacks, and the kinds add up to it) and bytes is the log's size.
 */
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"

/* What one run heard. */
typedef struct run {
	fz_buf json;              /* the records, one JSON line each */
	unsigned long long n;     /* callbacks */
	unsigned long long stop;  /* stop after this many (0: never) */
	unsigned long next_line;  /* the first line the next record may start on */
	int validate;             /* check each record's JSON (once is enough: the runs
	                             must give the same bytes) */
} run;

FZ_NOCOV static int on_record(const el_record *rec, void *ctx)
{
	run *r = ctx;
	size_t start = r->json.len;

	FZ_CHECK(rec->kind >= 0 && rec->kind < EL_REC__COUNT, "kind %d", (int)rec->kind);
	FZ_CHECK(rec->line >= r->next_line && rec->nlines >= 1,
	         "record %llu at line %lu (+%lu), expected at %lu or later", r->n, rec->line,
	         rec->nlines, r->next_line);
	r->next_line = rec->line + rec->nlines;
	FZ_CHECK(el_record_write_json(rec, fz_buf_write, &r->json) == EL_OK, "write_json failed");
	FZ_CHECK(r->json.len > start && r->json.ptr[r->json.len - 1] == '\n',
	         "record JSON without its newline");
	FZ_CHECK(memchr(r->json.ptr + start, '\n', r->json.len - start - 1) == NULL,
	         "record JSON spans lines");
	if (r->validate) {
		FZ_CHECK(fz_utf8_invalid(r->json.ptr + start, r->json.len - start) == (size_t)-1,
		         "record JSON is not UTF-8: %.*s", (int)(r->json.len - start),
		         r->json.ptr + start);
		FZ_CHECK(fz_json_valid(r->json.ptr + start, r->json.len - start),
		         "record JSON does not parse: %.*s", (int)(r->json.len - start),
		         r->json.ptr + start);
	}
	r->n++;
	return r->stop && r->n >= r->stop;
}

/* Parse log[0..n) in pieces from ch (NULL: whole) into r; the status. */
static el_status parse(const char *log, size_t n, fz_chunks *ch, size_t max_line, run *r,
                       el_error *err, el_stats *stats)
{
	el_parser *p = el_parser_new(on_record, r, NULL);
	el_status st = EL_OK;
	size_t off = 0;

	FZ_CHECK(p != NULL, "el_parser_new");
	if (max_line != (size_t)-1)
		el_parser_set_max_line(p, max_line);
	while (st == EL_OK && off < n) {
		size_t k = ch ? fz_chunks_next(ch, n - off) : n - off;
		st = el_parser_feed(p, log + off, k);
		off += k;
	}
	if (st == EL_OK)
		st = el_parser_finish(p);
	*err = *el_parser_error(p);
	*stats = *el_parser_stats(p);
	FZ_CHECK(err->status == st, "error status %d, returned %d", (int)err->status, (int)st);
	FZ_CHECK(st == EL_OK || err->message[0], "an error without a message (%d)", (int)st);
	if (st == EL_OK)
		FZ_CHECK(el_parser_feed(p, "x", 1) == EL_ERR_STATE, "feed after finish");
	el_parser_free(p);
	return st;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const size_t limits[4] = { (size_t)-1, 64, 1024, 0 };
	const char *log = (const char *)data + 2;
	size_t n = size - 2, max_line;
	run whole, split;
	el_error ew, es;
	el_stats sw, ss;
	el_status a, b;
	fz_chunks ch;
	int k;

	if (size < 2)
		return 0;
	memset(&whole, 0, sizeof whole);
	memset(&split, 0, sizeof split);
	fz_chunks_init(&ch, data[0], data[1]);
	max_line = limits[(data[1] >> 3) & 3];
	whole.stop = split.stop = (data[1] >> 5) ? 1ull << (2 * (data[1] >> 5)) : 0;
	whole.next_line = split.next_line = 1;
	whole.validate = 1;

	a = parse(log, n, NULL, max_line, &whole, &ew, &sw);
	b = parse(log, n, &ch, max_line, &split, &es, &ss);

	FZ_CHECK(a == b, "whole: %s (%s), in chunks: %s (%s)", el_status_string(a), ew.message,
	         el_status_string(b), es.message);
	FZ_CHECK(ew.line == es.line && strcmp(ew.message, es.message) == 0,
	         "errors differ: whole %lu: %s, chunks %lu: %s", ew.line, ew.message, es.line,
	         es.message);
	FZ_CHECK(whole.n == split.n, "%llu records whole, %llu in chunks", whole.n, split.n);
	FZ_CHECK(fz_buf_eq(&whole.json, &split.json),
	         "the records differ between whole and chunked feeding");
	if (a == EL_OK) {
		unsigned long long sum = 0;
		FZ_CHECK(memcmp(&sw, &ss, sizeof sw) == 0, "counters differ");
		FZ_CHECK(sw.records == whole.n, "%llu records counted, %llu delivered", sw.records,
		         whole.n);
		for (k = 0; k < EL_REC__COUNT; k++)
			sum += sw.kinds[k];
		FZ_CHECK(sum == sw.records, "kinds add up to %llu of %llu", sum, sw.records);
		FZ_CHECK(sw.bytes == n, "%llu bytes counted of %zu", sw.bytes, n);
		FZ_CHECK(whole.next_line <= sw.lines + 2,
		         "a record past the last line (%lu, %llu lines)", whole.next_line,
		         sw.lines);
	}
	fz_buf_free(&whole.json);
	fz_buf_free(&split.json);
	return 0;
}
