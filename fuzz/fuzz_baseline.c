/*
 * fuzz_baseline.c -- the baseline reader, el_baseline_parse, and a round
 * trip through the writer: the findings the input lists (their
 * fingerprint, package, file, function and subject, read with cJSON) are
 * added to an el_baseline_writer, written, and parsed back.
 *
 * Asserts:
 *  - a parse succeeds with a baseline and no error, or fails with no
 *    baseline and an error that has a message and a line within the text;
 *  - a baseline starts with every entry unused, takes each fingerprint the
 *    file lists as often as it is listed and no more (unused goes down by
 *    one per take, to 0), and has version strings;
 *  - what the writer writes is valid UTF-8 and JSON, parses as a baseline
 *    with as many entries as were added, and every added fingerprint that
 *    is valid UTF-8 is taken from it.
 */
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "fuzz.h"

/* The lines of text[0..n) (1 + the newlines). */
static unsigned long count_lines(const char *text, size_t n)
{
	unsigned long lines = 1;
	size_t i;

	for (i = 0; i < n; i++)
		lines += text[i] == '\n';
	return lines;
}

/* The string member name of o, or "". */
static const char *member(const cJSON *o, const char *name)
{
	const cJSON *m = cJSON_GetObjectItemCaseSensitive(o, name);

	return cJSON_IsString(m) && m->valuestring ? m->valuestring : "";
}

static el_str str_of(const char *s)
{
	el_str v = { s, strlen(s) };

	return v;
}

/* Write the findings of doc (parsed by cJSON as the reader does) as a
 * baseline and read it back. */
static void round_trip(const cJSON *doc, const char *go)
{
	const cJSON *list = cJSON_GetObjectItemCaseSensitive(doc, "findings"), *e;
	const cJSON *arr = cJSON_IsArray(list) ? list : NULL;
	el_baseline_writer *w = el_baseline_writer_new(go[0] ? go : NULL, NULL);
	el_baseline *b = NULL;
	el_error err;
	fz_buf out = { 0 };
	size_t added = 0;

	FZ_CHECK(w != NULL, "el_baseline_writer_new");
	cJSON_ArrayForEach(e, arr) {
		el_object o;
		el_finding f;
		const char *fp = member(e, "fingerprint");

		if (!cJSON_IsObject(e))
			continue;
		memset(&o, 0, sizeof o);
		memset(&f, 0, sizeof f);
		o.kind = EL_OBJ_ESCAPES;
		o.package = str_of(member(e, "package"));
		o.pos.file = str_of(member(e, "file"));
		o.function = str_of(member(e, "function"));
		o.subject = str_of(member(e, "subject"));
		f.object = &o;
		f.level = EL_LEVEL_WARNING;
		FZ_CHECK(el_baseline_add(w, &f, fp) == EL_OK, "el_baseline_add");
		added++;
	}
	FZ_CHECK(el_baseline_writer_count(w) == added, "%zu added, %zu counted", added,
	         el_baseline_writer_count(w));
	FZ_CHECK(el_baseline_write(w, fz_buf_write, &out) == EL_OK, "el_baseline_write");
	FZ_CHECK(fz_utf8_invalid(out.ptr, out.len) == (size_t)-1,
	         "the baseline written is not UTF-8");
	FZ_CHECK(fz_json_valid(out.ptr, out.len), "the baseline written is not JSON:\n%.*s",
	         (int)out.len, out.ptr);
	FZ_CHECK(el_baseline_parse(out.ptr, out.len, &b, &err, NULL) == EL_OK,
	         "the baseline written does not parse: %lu:%lu: %s\n%.*s", err.line, err.column,
	         err.message, (int)out.len, out.ptr);
	FZ_CHECK(el_baseline_count(b) == added, "%zu written, %zu read back", added,
	         el_baseline_count(b));
	cJSON_ArrayForEach(e, arr) {
		const char *fp = member(e, "fingerprint");
		if (cJSON_IsObject(e) && fz_utf8_invalid(fp, strlen(fp)) == (size_t)-1)
			FZ_CHECK(el_baseline_take(b, fp) == 1,
			         "%s was written but is not in the baseline", fp);
	}
	el_baseline_free(b);
	el_baseline_writer_free(w);
	fz_buf_free(&out);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *text = (const char *)data;
	el_baseline *b = NULL;
	el_error err;
	el_status st;
	char *copy;
	cJSON *doc, *list, *arr, *e;
	size_t listed = 0, taken = 0, count;

	st = el_baseline_parse(text, size, &b, &err, NULL);
	FZ_CHECK(err.status == st, "error status %d, returned %d", (int)err.status, (int)st);
	if (st != EL_OK) {
		FZ_CHECK(b == NULL, "a failed parse gave a baseline");
		FZ_CHECK(err.message[0] != '\0', "an error without a message");
		FZ_CHECK(err.line <= count_lines(text, size), "error at line %lu of %lu", err.line,
		         count_lines(text, size));
		return 0;
	}
	FZ_CHECK(b != NULL, "a parse without a baseline");
	count = el_baseline_count(b);
	FZ_CHECK(el_baseline_unused(b) == count, "%zu unused of %zu at the start",
	         el_baseline_unused(b), count);
	FZ_CHECK(el_baseline_escapelint_version(b) && el_baseline_go_version(b), "versions");

	/* the reader parses a NUL-terminated copy with cJSON: so does this */
	copy = fz_strndup(text, size);
	doc = cJSON_Parse(copy);
	list = doc ? cJSON_GetObjectItemCaseSensitive(doc, "findings") : NULL;
	arr = cJSON_IsArray(list) ? list : NULL;
	cJSON_ArrayForEach(e, arr) {
		const cJSON *fp = cJSON_GetObjectItemCaseSensitive(e, "fingerprint");
		if (!cJSON_IsString(fp) || !fp->valuestring)
			continue;
		listed++;
		if (el_baseline_take(b, fp->valuestring)) {
			taken++;
			FZ_CHECK(el_baseline_unused(b) == count - taken,
			         "unused %zu after %zu takes of %zu", el_baseline_unused(b), taken,
			         count);
		}
	}
	FZ_CHECK(taken <= count, "%zu taken of %zu", taken, count);
	if (listed == count)
		FZ_CHECK(taken == count && el_baseline_unused(b) == 0,
		         "%zu of %zu listed fingerprints taken", taken, count);
	FZ_CHECK(el_baseline_take(b, "0000000000000000:0") == 0 || taken < count,
	         "a take beyond the entries");
	if (doc)
		round_trip(doc, el_baseline_go_version(b));
	cJSON_Delete(doc);
	free(copy);
	el_baseline_free(b);
	return 0;
}
