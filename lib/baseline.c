/*
 * baseline.c -- baselines: the findings of a run recorded by fingerprint,
 * written sorted with one finding per line so the file diffs well, and
 * read back as a multiset that the findings of a later run take from.
 *
 * The file (see escapelint.h) is one JSON object:
 *
 *   { "version": 1,                  optional; any other number is refused
 *     "escapelint": "VERSION",       optional, for the reader
 *     "go": "VERSION",               optional, for the reader
 *     "findings": [ { "fingerprint": "HEX:N", ... }, ... ] }
 *
 * Other keys, and the members of a finding other than "fingerprint", are
 * ignored when reading.  cJSON parses a NUL-terminated copy of the text;
 * it keeps no positions, so the walker of jsonpos.c steps through the text
 * in step with cJSON's tree to find the offset of the member an error is
 * about, as for config.c.
 *
 * The writer copies each finding's strings (UTF-8 cleaned) into an arena,
 * sorts them when asked to write and escapes them itself: the layout, one
 * object per line with ", " and ": ", is not cJSON's.
 */
#include <cjson/cJSON.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "internal.h"

#define BASELINE_MAX ((size_t)256 << 20)

/* ------------------------------------------------------------------ */
/* The baseline read                                                  */
/* ------------------------------------------------------------------ */

/* One distinct fingerprint: how often the file lists it, how many of
 * those no finding has taken yet. */
typedef struct bl_entry {
	const char *fingerprint;  /* NUL-terminated, in the arena */
	size_t count;
	size_t left;
} bl_entry;

struct el_baseline {
	el_allocator alloc;
	int has_alloc;
	el_arena strings;
	el_vec entries;           /* bl_entry, one per distinct fingerprint */
	el_map index;             /* hash of a fingerprint -> index in entries */
	size_t count;             /* entries listed in the file */
	size_t unused;            /* of them not taken */
	const char *escapelint;   /* "" or in the arena */
	const char *go;
};

static const el_allocator *BA(const el_baseline *b)
{
	return b->has_alloc ? &b->alloc : NULL;
}

/* One parse: the text (j.text[j.len] is NUL), the baseline being
 * filled, where errors go. */
typedef struct bparse {
	el_jtext j;
	el_baseline *b;
	el_error *err;
} bparse;

/* Set an EL_ERR_INVALID error at offset off of P's text; returns -1. */
#define fail(P, ...) el_jtext_fail(&(P)->j, (P)->err, __VA_ARGS__)
#define nomem(err) el_error_nomem(err)

/* The text at off up to white space or a delimiter, at most 16 bytes, fit
 * for a message in d (control characters and invalid UTF-8 as '?'). */
static const char *near(const bparse *P, size_t off, char *d, size_t cap)
{
	size_t n = 0, i = 0, o = 0;

	while (n < 16 && off + n < P->j.len && (unsigned char)P->j.text[off + n] > 32 &&
	       (n == 0 || !strchr(",]}", P->j.text[off + n])))
		n++;
	while (i < n && o + 4 < cap) {
		const char *s = P->j.text + off + i;
		size_t k = (unsigned char)*s < 0x80 ? 1 : el_utf8_seq(s, n - i);
		if (k > 1) {
			if (o + k + 1 > cap)
				break;
			memcpy(d + o, s, k);
			o += k;
			i += k;
		} else {
			d[o++] = (unsigned char)*s == 0x7F || k == 0 ? '?' : *s;
			i++;
		}
	}
	d[o] = '\0';
	return d;
}

/* ------------------------------------------------------------------ */
/* Reading                                                            */
/* ------------------------------------------------------------------ */

/* The entry of fingerprint s (n bytes), or NULL. */
static bl_entry *lookup(const el_baseline *b, const char *s, size_t n, unsigned long long h)
{
	size_t it = 0, i;

	while (el_map_next(&b->index, h, &it, &i)) {
		bl_entry *e = &EL_VEC_AT(&b->entries, bl_entry, i);
		if (strncmp(e->fingerprint, s, n) == 0 && e->fingerprint[n] == '\0')
			return e;
	}
	return NULL;
}

/* Count one more listing of fingerprint s; -1 when out of memory. */
static int remember(el_baseline *b, const char *s)
{
	size_t n = strlen(s);
	unsigned long long h = el_hash(s, n, EL_HASH_SEED);
	bl_entry *e = lookup(b, s, n, h);
	char *copy;

	if (!e) {
		if (!(copy = el_arena_alloc(&b->strings, n + 1, BA(b))))
			return -1;
		memcpy(copy, s, n + 1);
		if (!(e = el_vec_push(&b->entries, sizeof *e, BA(b))))
			return -1;
		if (el_map_put(&b->index, h, b->entries.len - 1, BA(b)) != 0) {
			b->entries.len--;
			return -1;
		}
		e->fingerprint = copy;
	}
	e->count++;
	e->left++;
	b->count++;
	b->unused++;
	return 0;
}

/* A UTF-8 clean copy of s in the arena ("" for NULL); NULL when out of
 * memory. */
static const char *keep_version(el_baseline *b, const char *s)
{
	el_buf tmp = { 0 };
	const char *clean;
	char *copy = NULL;

	if (!s || !*s)
		return "";
	clean = el_utf8_clean(&tmp, el_str_make(s, strlen(s)), BA(b));
	if (clean && (copy = el_arena_alloc(&b->strings, tmp.len + 1, BA(b))))
		memcpy(copy, clean, tmp.len + 1);
	el_buf_release(&tmp, BA(b));
	return copy;
}

/* Whether the string at off (already parsed) holds a \u0000 escape, which
 * cJSON would turn into a shorter string. */
static int has_nul_escape(const bparse *P, size_t off)
{
	size_t end = el_jtext_skip_string(&P->j, off) - 1, i;

	for (i = off + 1; i < end; i++) {
		if (P->j.text[i] != '\\')
			continue;
		if (P->j.text[i + 1] == 'u' && i + 5 < end &&
		    memcmp(P->j.text + i + 2, "0000", 4) == 0)
			return 1;
		i++;
	}
	return 0;
}

/* The finding e at offset at. */
static int add_finding(bparse *P, const cJSON *e, size_t at)
{
	const cJSON *m, *fp = NULL;
	size_t fp_at = 0;
	el_jwalk w;

	if (!cJSON_IsObject(e))
		return fail(P, at, "a finding must be an object with a \"fingerprint\"");
	el_jwalk_open(&w, &P->j, at);
	cJSON_ArrayForEach(m, e) {
		size_t key, val;

		el_jwalk_member(&w, &key, &val);
		if (strcmp(m->string, "fingerprint") != 0)
			continue;
		if (fp)
			return fail(P, key, "duplicate key \"fingerprint\" in a finding");
		fp = m;
		fp_at = val;
	}
	if (!fp)
		return fail(P, at, "a finding without a \"fingerprint\"");
	if (!cJSON_IsString(fp))
		return fail(P, fp_at, "\"fingerprint\" must be a string");
	if (fp->valuestring[0] == '\0')
		return fail(P, fp_at, "empty \"fingerprint\"");
	if (has_nul_escape(P, fp_at))
		return fail(P, fp_at, "NUL (\\u0000) in a \"fingerprint\"");
	return remember(P->b, fp->valuestring) != 0 ? nomem(P->err) : 0;
}

/* The top-level keys read. */
enum { K_VERSION, K_ESCAPELINT, K_GO, K_FINDINGS, K__COUNT };
static const char *const keys[K__COUNT] = {
	[K_VERSION] = "version",
	[K_ESCAPELINT] = "escapelint",
	[K_GO] = "go",
	[K_FINDINGS] = "findings",
};

/* Check the parsed root (at offset off) and fill the baseline. */
static int fill(bparse *P, const cJSON *root, size_t off)
{
	const cJSON *item[K__COUNT] = { NULL }, *e;
	size_t at[K__COUNT] = { 0 };
	char buf[40];
	el_jwalk w;
	int k;

	if (!cJSON_IsObject(root))
		return fail(P, off, "a baseline must be a JSON object ({\"findings\": [...]})");
	el_jwalk_open(&w, &P->j, off);
	cJSON_ArrayForEach(e, root) {
		size_t key, val;

		el_jwalk_member(&w, &key, &val);
		for (k = 0; k < K__COUNT && strcmp(keys[k], e->string) != 0; k++)
			;
		if (k == K__COUNT)
			continue;
		if (item[k])
			return fail(P, key, "duplicate key \"%s\"", keys[k]);
		item[k] = e;
		at[k] = val;
	}
	e = item[K_VERSION];
	if (e && !(cJSON_IsNumber(e) && e->valuedouble == 1))
		return fail(P, at[K_VERSION],
		            "unsupported baseline version %s (escapelint %s reads version 1)",
		            near(P, at[K_VERSION], buf, sizeof buf), el_version());
	e = item[K_FINDINGS];
	if (!e)
		return fail(P, off, "no \"findings\" array in the baseline");
	if (!cJSON_IsArray(e))
		return fail(P, at[K_FINDINGS], "\"findings\" must be an array");
	el_jwalk_open(&w, &P->j, at[K_FINDINGS]);
	cJSON_ArrayForEach(e, item[K_FINDINGS])
		if (add_finding(P, e, el_jwalk_elem(&w)) != 0)
			return -1;
	for (k = K_ESCAPELINT; k <= K_GO; k++) {
		const char *v = cJSON_IsString(item[k]) ? item[k]->valuestring : NULL;
		const char *copy = keep_version(P->b, v);
		if (!copy)
			return nomem(P->err);
		*(k == K_ESCAPELINT ? &P->b->escapelint : &P->b->go) = copy;
	}
	return 0;
}

/* Report the syntax error cJSON found at off (past the end: at the end). */
static void syntax_error(bparse *P, size_t off)
{
	char buf[40];

	off = el_jtext_syntax_error(&P->j, P->err, off, "not a baseline: the file is empty");
	if (off != (size_t)-1)
		fail(P, off, "JSON syntax error near \"%s\"", near(P, off, buf, sizeof buf));
}

/* An empty baseline. */
static el_baseline *baseline_new(const el_allocator *alloc)
{
	el_baseline *b = el_malloc(alloc, sizeof *b);

	if (!b)
		return NULL;
	memset(b, 0, sizeof *b);
	if (alloc) {
		b->alloc = *alloc;
		b->has_alloc = 1;
	}
	b->escapelint = b->go = "";
	return b;
}

/* Parse text, which has a NUL at text[len]. */
static el_status parse_text(const char *text, size_t len, el_baseline **out, el_error *err,
                            const el_allocator *alloc)
{
	bparse P = { .j = { .text = text, .len = len }, .err = err };
	const char *end = NULL, *nul;
	cJSON *root = NULL;
	size_t off;
	int rc = -1;

	if (!(P.b = baseline_new(alloc))) {
		nomem(err);
		return EL_ERR_NOMEM;
	}
	if ((nul = memchr(text, '\0', len)) != NULL) {
		fail(&P, (size_t)(nul - text), "NUL byte in the file");
		goto done;
	}
	/* The terminating NUL is passed too: cJSON takes it for whitespace,
	 * so running out of text is an error at the end, not at the last byte. */
	root = cJSON_ParseWithLengthOpts(text, len + 1, &end, 0);
	if (!root) {
		syntax_error(&P, end ? (size_t)(end - text) : 0);
		goto done;
	}
	off = el_jtext_skip_ws(&P.j, (size_t)(end - text));
	if (off < len) {
		fail(&P, off, "JSON syntax error: text after the end of the JSON value");
		goto done;
	}
	off = el_starts(text, len, EL_LIT("\xEF\xBB\xBF")) ? 3 : 0;
	rc = fill(&P, root, el_jtext_skip_ws(&P.j, off));
done:
	cJSON_Delete(root);
	if (rc != 0) {
		el_baseline_free(P.b);
		return err->status;
	}
	*out = P.b;
	return EL_OK;
}

/* See escapelint.h. */
el_status el_baseline_parse(const char *text, size_t len, el_baseline **out, el_error *err,
                            const el_allocator *alloc)
{
	el_error local;
	el_status st;
	char *copy;

	if (!err)
		err = &local;
	el_error_clear(err);
	*out = NULL;
	if (len == SIZE_MAX || !(copy = el_malloc(alloc, len + 1))) {
		nomem(err);
		return EL_ERR_NOMEM;
	}
	if (len)
		memcpy(copy, text, len);
	copy[len] = '\0';
	st = parse_text(copy, len, out, err, alloc);
	el_free(alloc, copy);
	return st;
}

/* See escapelint.h. */
el_status el_baseline_load(const char *path, el_baseline **out, el_error *err,
                           const el_allocator *alloc)
{
	el_error local;
	el_buf b = { 0 };
	el_status status;

	if (!err)
		err = &local;
	el_error_clear(err);
	*out = NULL;
	status = el_file_read(path, BASELINE_MAX, "a regular file", &b, err, alloc);
	if (status == EL_OK && el_buf_append(&b, "", 1, alloc) != 0) {
		status = EL_ERR_NOMEM;
		nomem(err);
	}
	if (status == EL_OK)
		status = parse_text(b.ptr, b.len - 1, out, err, alloc);
	el_buf_release(&b, alloc);
	return status;
}

/* See escapelint.h. */
int el_baseline_take(el_baseline *b, const char *fingerprint)
{
	size_t n;
	bl_entry *e;

	if (!b || !fingerprint)
		return 0;
	n = strlen(fingerprint);
	e = lookup(b, fingerprint, n, el_hash(fingerprint, n, EL_HASH_SEED));
	if (!e || e->left == 0)
		return 0;
	e->left--;
	b->unused--;
	return 1;
}

/* See escapelint.h. */
size_t el_baseline_count(const el_baseline *b)
{
	return b ? b->count : 0;
}

/* See escapelint.h. */
size_t el_baseline_unused(const el_baseline *b)
{
	return b ? b->unused : 0;
}

/* See escapelint.h. */
const char *el_baseline_escapelint_version(const el_baseline *b)
{
	return b ? b->escapelint : "";
}

/* See escapelint.h. */
const char *el_baseline_go_version(const el_baseline *b)
{
	return b ? b->go : "";
}

/* See escapelint.h. */
void el_baseline_free(el_baseline *b)
{
	if (!b)
		return;
	el_arena_release(&b->strings, BA(b));
	el_vec_release(&b->entries, BA(b));
	el_map_release(&b->index, BA(b));
	el_free(BA(b), b);
}

/* ------------------------------------------------------------------ */
/* Writing                                                            */
/* ------------------------------------------------------------------ */

/* The members of a finding, in the order they are written. */
enum { W_FINGERPRINT, W_ID, W_RULE, W_LEVEL, W_PACKAGE, W_FILE, W_FUNCTION, W_SUBJECT,
       W__COUNT };
static const char *const members[W__COUNT] = {
	[W_FINGERPRINT] = "fingerprint",
	[W_ID] = "id",
	[W_RULE] = "rule",
	[W_LEVEL] = "level",
	[W_PACKAGE] = "package",
	[W_FILE] = "file",
	[W_FUNCTION] = "function",
	[W_SUBJECT] = "subject",
};

/* The order findings are sorted in: package, file, function, fingerprint,
 * then the rest, so that the order never depends on the order added. */
static const int sort_order[W__COUNT] = {
	W_PACKAGE, W_FILE, W_FUNCTION, W_FINGERPRINT, W_ID, W_RULE, W_LEVEL, W_SUBJECT,
};

/* One finding: its members, valid UTF-8 without NUL, in the arena. */
typedef struct bw_entry {
	el_str m[W__COUNT];
} bw_entry;

struct el_baseline_writer {
	el_allocator alloc;
	int has_alloc;
	el_arena strings;
	el_vec entries;           /* bw_entry */
	el_str go;                /* ptr NULL: unknown */
	el_buf clean;             /* scratch: UTF-8 cleaning */
};

static const el_allocator *WA(const el_baseline_writer *w)
{
	return w->has_alloc ? &w->alloc : NULL;
}

/* A UTF-8 clean copy of s in w's arena (ptr NULL when out of memory). */
static el_str writer_keep(el_baseline_writer *w, el_str s)
{
	if (!el_utf8_clean(&w->clean, s, WA(w)))
		return el_str_make(NULL, 0);
	return el_arena_str(&w->strings, el_str_make(w->clean.ptr, w->clean.len), WA(w));
}

/* See escapelint.h. */
el_baseline_writer *el_baseline_writer_new(const char *go_version, const el_allocator *alloc)
{
	el_baseline_writer *w = el_malloc(alloc, sizeof *w);

	if (!w)
		return NULL;
	memset(w, 0, sizeof *w);
	if (alloc) {
		w->alloc = *alloc;
		w->has_alloc = 1;
	}
	if (go_version && *go_version) {
		w->go = writer_keep(w, el_str_make(go_version, strlen(go_version)));
		if (!w->go.ptr) {
			el_baseline_writer_free(w);
			return NULL;
		}
	}
	return w;
}

/* A C string as a slice. */
static el_str cstr(const char *s)
{
	return el_str_make(s, strlen(s));
}

/* See escapelint.h. */
el_status el_baseline_add(el_baseline_writer *w, const el_finding *f, const char *fingerprint)
{
	const el_object *o;
	el_str v[W__COUNT];
	bw_entry e, *slot;
	int i;

	if (!w || !f || !f->object || !fingerprint)
		return EL_ERR_INVALID;
	o = f->object;
	v[W_FINGERPRINT] = cstr(fingerprint);
	v[W_ID] = cstr(f->rule ? el_rule_id(f->rule) : "EL000");
	v[W_RULE] = cstr(f->rule ? el_rule_name(f->rule) : "unclassified");
	v[W_LEVEL] = cstr(el_level_name(f->level));
	v[W_PACKAGE] = o->package;
	v[W_FILE] = o->path.len ? o->path : o->pos.file;
	v[W_FUNCTION] = o->function;
	v[W_SUBJECT] = o->subject;
	for (i = 0; i < W__COUNT; i++)
		if (!(e.m[i] = writer_keep(w, v[i])).ptr)
			return EL_ERR_NOMEM;
	if (!(slot = el_vec_push(&w->entries, sizeof *slot, WA(w))))
		return EL_ERR_NOMEM;
	*slot = e;
	return EL_OK;
}

/* See escapelint.h. */
size_t el_baseline_writer_count(const el_baseline_writer *w)
{
	return w ? w->entries.len : 0;
}

/* Byte order of two slices (a prefix first). */
static int str_cmp(el_str a, el_str b)
{
	int c = memcmp(a.ptr, b.ptr, a.len < b.len ? a.len : b.len);

	if (c != 0)
		return c;
	return a.len < b.len ? -1 : a.len > b.len;
}

/* qsort's comparison of two bw_entry, in sort_order. */
static int entry_cmp(const void *pa, const void *pb)
{
	const bw_entry *a = pa, *b = pb;
	int i, c;

	for (i = 0; i < W__COUNT; i++)
		if ((c = str_cmp(a->m[sort_order[i]], b->m[sort_order[i]])) != 0)
			return c;
	return 0;
}

/* Output on its way to the write callback, flushed in large pieces. */
typedef struct wout {
	el_baseline_writer *w;
	el_write_fn write;
	void *ctx;
	el_buf buf;
	el_status status;
} wout;

#define FLUSH_AT ((size_t)64 << 10)

/* Append n bytes of s. */
static void put(wout *o, const char *s, size_t n)
{
	if (o->status == EL_OK && el_buf_append(&o->buf, s, n, WA(o->w)) != 0)
		o->status = EL_ERR_NOMEM;
}

/* Hand what is kept to the callback (when there is enough, or force). */
static void flush(wout *o, int force)
{
	if (o->status != EL_OK || o->buf.len == 0 || (!force && o->buf.len < FLUSH_AT))
		return;
	if (o->write(o->buf.ptr, o->buf.len, o->ctx) != 0)
		o->status = EL_ERR_IO;
	o->buf.len = 0;
}

/* s (valid UTF-8, no NUL) as a JSON string. */
static void put_string(wout *o, el_str s)
{
	size_t i, start = 0;

	put(o, "\"", 1);
	for (i = 0; i < s.len; i++) {
		unsigned char c = (unsigned char)s.ptr[i];
		char u[8];
		const char *esc;

		if (c == '"')
			esc = "\\\"";
		else if (c == '\\')
			esc = "\\\\";
		else if (c == '\n')
			esc = "\\n";
		else if (c == '\r')
			esc = "\\r";
		else if (c == '\t')
			esc = "\\t";
		else if (c == '\b')
			esc = "\\b";
		else if (c == '\f')
			esc = "\\f";
		else if (c < 0x20)
			snprintf(u, sizeof u, "\\u%04x", c), esc = u;
		else
			continue;
		put(o, s.ptr + start, i - start);
		put(o, esc, strlen(esc));
		start = i + 1;
	}
	put(o, s.ptr + start, s.len - start);
	put(o, "\"", 1);
}

/* A literal. */
#define PUT(o, lit) put((o), EL_LIT(lit))

/* "    {...}" for one finding, without what follows it. */
static void put_entry(wout *o, const bw_entry *e)
{
	int i;

	PUT(o, "    {");
	for (i = 0; i < W__COUNT; i++) {
		if (i > 0)
			PUT(o, ", ");
		put_string(o, cstr(members[i]));
		PUT(o, ": ");
		put_string(o, e->m[i]);
	}
	PUT(o, "}");
}

/* See escapelint.h. */
el_status el_baseline_write(el_baseline_writer *w, el_write_fn write, void *ctx)
{
	wout o = { w, write, ctx, { 0 }, EL_OK };
	size_t i, n;

	if (!w || !write)
		return EL_ERR_INVALID;
	n = w->entries.len;
	if (n > 1)
		qsort(w->entries.ptr, n, sizeof(bw_entry), entry_cmp);
	PUT(&o, "{\n  \"version\": 1,\n  \"escapelint\": ");
	put_string(&o, cstr(el_version()));
	PUT(&o, ",\n");
	if (w->go.ptr) {
		PUT(&o, "  \"go\": ");
		put_string(&o, w->go);
		PUT(&o, ",\n");
	}
	if (n)
		PUT(&o, "  \"findings\": [\n");
	else
		PUT(&o, "  \"findings\": []\n");
	for (i = 0; i < n; i++) {
		put_entry(&o, &EL_VEC_AT(&w->entries, bw_entry, i));
		if (i + 1 < n)
			PUT(&o, ",\n");
		else
			PUT(&o, "\n");
		flush(&o, 0);
	}
	if (n)
		PUT(&o, "  ]\n}\n");
	else
		PUT(&o, "}\n");
	flush(&o, 1);
	el_buf_release(&o.buf, WA(w));
	return o.status;
}

/* See escapelint.h. */
void el_baseline_writer_free(el_baseline_writer *w)
{
	if (!w)
		return;
	el_arena_release(&w->strings, WA(w));
	el_vec_release(&w->entries, WA(w));
	el_buf_release(&w->clean, WA(w));
	el_free(WA(w), w);
}
