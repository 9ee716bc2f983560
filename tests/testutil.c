/* testutil.c -- helpers shared by the unit tests. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

void tu_str_add(tu_str *s, const char *data, size_t n)
{
	if (s->len + n + 1 > s->cap) {
		s->cap = (s->len + n + 1) * 2;
		s->ptr = realloc(s->ptr, s->cap);
		ck_assert_ptr_nonnull(s->ptr);
	}
	memcpy(s->ptr + s->len, data, n);
	s->len += n;
	s->ptr[s->len] = '\0';
}

void tu_str_free(tu_str *s)
{
	free(s->ptr);
	s->ptr = NULL;
	s->len = s->cap = 0;
}

char *tu_read_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	tu_str s = { 0 };
	char buf[65536];
	size_t n;

	ck_assert_msg(f != NULL, "cannot open %s", path);
	while ((n = fread(buf, 1, sizeof buf, f)) > 0)
		tu_str_add(&s, buf, n);
	fclose(f);
	if (!s.ptr)
		tu_str_add(&s, "", 0);
	*len = s.len;
	return s.ptr;
}

const char *tu_fixture(const char *rel)
{
	static char path[4096];
	snprintf(path, sizeof path, "%s/%s", FIXTURES_DIR, rel);
	return path;
}

int tu_to_str(const char *buf, size_t len, void *ctx)
{
	tu_str_add(ctx, buf, len);
	return 0;
}

int tu_write_fails(const char *buf, size_t len, void *ctx)
{
	(void)buf, (void)len, (void)ctx;
	return -1;
}

void tu_make_tmpdir(char *buf, size_t cap, const char *name)
{
	snprintf(buf, cap, "/tmp/%s.XXXXXX", name);
	ck_assert_ptr_nonnull(mkdtemp(buf));
}

void tu_write_file(const char *path, const char *data, size_t len)
{
	FILE *f = fopen(path, "wb");

	ck_assert_msg(f != NULL, "cannot create %s", path);
	ck_assert_uint_eq(fwrite(data, 1, len, f), len);
	ck_assert_int_eq(fclose(f), 0);
}

/* Check's ck_assert_* records its position on every call that passes (a
 * write to the runner's pipe); in loops that run once per record or per
 * byte fed that write is most of the time of a sanitizer build, so these
 * test and only call Check when the assertion fails. */
static int collect(const el_record *r, void *ctx)
{
	el_status st = el_record_write_json(r, tu_to_str, ctx);

	if (st != EL_OK)
		ck_abort_msg("el_record_write_json: status %d", st);
	return 0;
}

char *tu_parse(const char *buf, size_t len, size_t chunk, el_stats *stats)
{
	tu_str out = { 0 };
	el_parser *p = el_parser_new(collect, &out, NULL);
	size_t off = 0;

	ck_assert_ptr_nonnull(p);
	if (chunk == 0)
		chunk = len ? len : 1;
	while (off < len) {
		size_t n = len - off < chunk ? len - off : chunk;
		if (el_parser_feed(p, buf + off, n) != EL_OK)
			ck_abort_msg("feed: %s", el_parser_error(p)->message);
		off += n;
	}
	ck_assert_msg(el_parser_finish(p) == EL_OK, "finish: %s", el_parser_error(p)->message);
	if (stats)
		*stats = *el_parser_stats(p);
	el_parser_free(p);
	if (!out.ptr)
		tu_str_add(&out, "", 0);
	return out.ptr;
}

typedef struct first_ctx {
	el_kind kind;
	tu_str json;
	int found;
} first_ctx;

static int first(const el_record *r, void *ctx)
{
	first_ctx *f = ctx;
	if (!f->found && r->kind == f->kind) {
		f->found = 1;
		ck_assert_int_eq(el_record_write_json(r, tu_to_str, &f->json), EL_OK);
	}
	return 0;
}

char *tu_first_of_kind(const char *buf, el_kind k)
{
	first_ctx f = { k, { 0 }, 0 };
	el_parser *p = el_parser_new(first, &f, NULL);

	ck_assert_ptr_nonnull(p);
	ck_assert_int_eq(el_parser_feed(p, buf, strlen(buf)), EL_OK);
	ck_assert_int_eq(el_parser_finish(p), EL_OK);
	el_parser_free(p);
	return f.json.ptr;
}

static int last_kind(const el_record *r, void *ctx)
{
	*(el_kind *)ctx = r->kind;
	return 0;
}

el_kind tu_kind_of(const char *line)
{
	el_kind k = EL_REC__COUNT;
	el_parser *p = el_parser_new(last_kind, &k, NULL);

	ck_assert_ptr_nonnull(p);
	ck_assert_int_eq(el_parser_feed(p, line, strlen(line)), EL_OK);
	ck_assert_int_eq(el_parser_finish(p), EL_OK);
	el_parser_free(p);
	return k;
}

typedef struct group_ctx {
	el_grouper *g;
	el_report *r;
} group_ctx;

static int to_grouper(const el_record *rec, void *ctx)
{
	return el_grouper_add(((group_ctx *)ctx)->g, rec) != EL_OK;
}

static int to_report(const el_object *o, void *ctx)
{
	return el_report_object(ctx, o) != EL_OK;
}

/* Group len bytes of buf as from directory dir; the JSON report lines. */
static char *group_text(const char *buf, size_t len, const char *dir, int read_sources,
                        el_group_stats *gs)
{
	tu_str out = { 0 };
	el_group_options go = { 0 };
	el_report_options ro = { 0 };
	group_ctx gc;
	el_parser *p;

	ro.format = EL_FMT_JSON;
	ro.include_external = 1;
	ro.include_tests = 1;
	go.srcroot = dir;
	go.cwd = dir;
	go.read_sources = read_sources;
	gc.r = el_report_new(&ro, tu_to_str, &out, NULL);
	gc.g = el_grouper_new(&go, to_report, gc.r, NULL);
	p = el_parser_new(to_grouper, &gc, NULL);
	ck_assert(gc.r && gc.g && p);
	ck_assert_int_eq(el_parser_feed(p, buf, len), EL_OK);
	ck_assert_int_eq(el_parser_finish(p), EL_OK);
	ck_assert_int_eq(el_grouper_finish(gc.g), EL_OK);
	if (gs)
		*gs = *el_grouper_stats(gc.g);
	el_parser_free(p);
	el_grouper_free(gc.g);
	el_report_free(gc.r);
	if (!out.ptr)
		tu_str_add(&out, "", 0);
	return out.ptr;
}

char *tu_group(const char *rel, int read_sources, el_group_stats *gs)
{
	char dir[4096], *slash, *buf, *out;
	size_t len;

	snprintf(dir, sizeof dir, "%s", tu_fixture(rel));
	buf = tu_read_file(dir, &len);
	slash = strrchr(dir, '/');
	*slash = '\0';
	out = group_text(buf, len, dir, read_sources, gs);
	free(buf);
	return out;
}

char *tu_group_text(const char *text, el_group_stats *gs)
{
	return group_text(text, strlen(text), "/", 0, gs);
}

char *tu_line_with(const char *report, const char *const frags[])
{
	const char *line = report;

	while (*line) {
		const char *nl = strchr(line, '\n');
		size_t n = nl ? (size_t)(nl - line) : strlen(line);
		char *copy = strndup(line, n);
		size_t i;
		int all = 1;
		for (i = 0; frags[i] && all; i++)
			all = strstr(copy, frags[i]) != NULL;
		if (all)
			return copy;
		free(copy);
		line += n + (nl ? 1 : 0);
	}
	return NULL;
}

static void *f_malloc(size_t n, void *ctx)
{
	tu_failing *f = ctx;
	if (f->countdown-- == 0) {
		f->failed = 1;
		return NULL;
	}
	f->live++;
	return malloc(n);
}

static void *f_realloc(void *p, size_t n, void *ctx)
{
	tu_failing *f = ctx;
	void *q;
	if (f->countdown-- == 0) {
		f->failed = 1;
		return NULL;
	}
	q = realloc(p, n);
	if (q && !p)
		f->live++;
	return q;
}

static void f_free(void *p, void *ctx)
{
	tu_failing *f = ctx;
	if (p)
		f->live--;
	free(p);
}

void tu_failing_init(tu_failing *f, long countdown, el_allocator *alloc)
{
	f->countdown = countdown;
	f->failed = 0;
	f->live = 0;
	alloc->malloc = f_malloc;
	alloc->realloc = f_realloc;
	alloc->free = f_free;
	alloc->ctx = f;
}

long tu_fail_each_allocation(tu_alloc_fn fn, void *ctx, el_status want)
{
	long k;

	for (k = 0; k < 1000; k++) {
		tu_failing cnt;
		el_allocator a;
		el_error e;
		el_status st;

		tu_failing_init(&cnt, k, &a);
		st = fn(&a, &e, ctx);
		if (cnt.failed) {
			ck_assert_msg(st == EL_ERR_NOMEM, "allocation %ld: status %d (%s)", k, st,
			              e.message);
			ck_assert_int_eq(e.status, EL_ERR_NOMEM);
		} else {
			ck_assert_int_eq(st, want);
		}
		ck_assert_msg(cnt.live == 0, "allocation %ld: %ld blocks leaked", k, cnt.live);
		if (!cnt.failed)
			break;
	}
	ck_assert_int_lt(k, 1000);
	return k;
}
