/*
 * fingerprint.c -- line-independent fingerprints of findings ("HEX:N"),
 * shared by the reports (JSON, SARIF), baselines and escapelint diff.
 */
#include <stdio.h>

#include "internal.h"

struct el_fingerprinter {
	el_allocator alloc;
	int has_alloc;
	el_buf package;            /* the package the counts are for */
	el_map seen;               /* hash -> index in counts */
	el_vec counts;             /* size_t occurrences */
};

static const el_allocator *FA(const el_fingerprinter *fp)
{
	return fp->has_alloc ? &fp->alloc : NULL;
}

/* See escapelint.h. */
el_fingerprinter *el_fingerprinter_new(const el_allocator *alloc)
{
	el_fingerprinter *fp = el_malloc(alloc, sizeof *fp);

	if (!fp)
		return NULL;
	memset(fp, 0, sizeof *fp);
	if (alloc) {
		fp->alloc = *alloc;
		fp->has_alloc = 1;
	}
	return fp;
}

/* See escapelint.h. */
void el_fingerprinter_free(el_fingerprinter *fp)
{
	if (!fp)
		return;
	el_buf_release(&fp->package, FA(fp));
	el_map_release(&fp->seen, FA(fp));
	el_vec_release(&fp->counts, FA(fp));
	el_free(FA(fp), fp);
}

/* Hash s with runs of white space as one space, so a re-indented
 * expression keeps its fingerprint. */
static unsigned long long hash_normalised(el_str s, unsigned long long h)
{
	size_t i, start = 0;
	int space = 0;

	for (i = 0; i < s.len; i++) {
		char c = s.ptr[i];
		if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
			if (i > start)
				h = el_hash(s.ptr + start, i - start, h);
			if (!space && i > 0)
				h = el_hash(" ", 1, h);
			space = 1;
			start = i + 1;
		} else
			space = 0;
	}
	if (s.len > start)
		h = el_hash(s.ptr + start, s.len - start, h);
	return h;
}

/* The object's identity without its rule: package, function, kind and
 * normalised subject. */
static unsigned long long object_hash(const el_object *o, unsigned long long h)
{
	const char *kind = el_object_kind_name(o->kind);

	h = el_hash(o->package.ptr, o->package.len, h);
	h = el_hash("\0", 1, h);
	h = el_hash(o->function.ptr, o->function.len, h);
	h = el_hash("\0", 1, h);
	h = el_hash(kind, strlen(kind) + 1, h);
	return hash_normalised(o->compiler_subject.len ? o->compiler_subject : o->subject, h);
}

/* See escapelint.h. */
unsigned long long el_object_key(const el_object *o)
{
	return object_hash(o, EL_HASH_SEED);
}

/*
 * See escapelint.h.  "HEX:N": a hash of the rule, package, function,
 * object kind and normalised subject (never a line or column, so findings
 * keep their fingerprint when code moves), and N, the occurrence of that
 * hash in the package in input order (two `x escapes to heap` in one
 * function).
 */
el_status el_fingerprint(el_fingerprinter *fp, const el_finding *f, char *out)
{
	const el_object *o = f->object;
	const char *id = f->rule ? el_rule_id(f->rule) : "EL000";
	unsigned long long h = EL_HASH_SEED;
	size_t iter = 0, val, n = 1;

	h = el_hash(id, strlen(id) + 1, h);
	h = object_hash(o, h);
	if (!el_str_eq(o->package, el_str_make(fp->package.ptr, fp->package.len))) {
		el_map_clear(&fp->seen);
		fp->counts.len = 0;
		fp->package.len = 0;
		if (el_buf_append(&fp->package, o->package.ptr, o->package.len, FA(fp)) != 0)
			return EL_ERR_NOMEM;
	}
	if (el_map_next(&fp->seen, h, &iter, &val)) {
		n = ++EL_VEC_AT(&fp->counts, size_t, val);
	} else {
		size_t *count = el_vec_push(&fp->counts, sizeof *count, FA(fp));
		if (!count || el_map_put(&fp->seen, h, fp->counts.len - 1, FA(fp)) != 0)
			return EL_ERR_NOMEM;
		*count = 1;
	}
	snprintf(out, EL_FINGERPRINT_SIZE, "%016llx:%zu", h, n);
	return EL_OK;
}
