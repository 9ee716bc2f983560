/*
 * diff_cmd.c -- `escapelint diff BASE HEAD`, and the comparison behind
 * `escapelint go --new-from-rev`: the base's findings are collected, the
 * head's are matched against them by fingerprint (line-independent), and
 * what is left over on either side is a change:
 *
 *   added    a head finding whose fingerprint the base does not have,
 *            and whose object the base does not have either;
 *   changed  the same object (el_object_key: package, function, kind,
 *            subject) with another rule, or the same finding at another
 *            level;
 *   removed  a base finding nothing in the head matched.
 *
 * Only added and changed findings count for --fail-on.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

/* One finding of the base, kept to be matched, or written if removed. */
typedef struct bentry {
	char fingerprint[EL_FINGERPRINT_SIZE];
	unsigned long long key;
	const el_rule *rule;
	el_level level;
	int taken;
	el_object_kind kind;
	unsigned flags;
	unsigned long line, col;
	char *package, *function, *file, *subject, *message, *fix;
} bentry;

struct diff_base {
	bentry *v;
	size_t n, cap;
	size_t *by_fp, *by_key;  /* indexes sorted by fingerprint, by key */
	int sealed;
	int failed;              /* out of memory while collecting */
};

/* See cli.h. */
diff_base *diff_base_new(void)
{
	return calloc(1, sizeof(diff_base));
}

/* See cli.h. */
void diff_base_free(diff_base *b)
{
	size_t i;

	if (!b)
		return;
	for (i = 0; i < b->n; i++) {
		bentry *e = &b->v[i];
		free(e->package);
		free(e->function);
		free(e->file);
		free(e->subject);
		free(e->message);
		free(e->fix);
	}
	free(b->v);
	free(b->by_fp);
	free(b->by_key);
	free(b);
}

/* The C string s as an el_str. */
static el_str str_of(const char *s)
{
	el_str r;

	r.ptr = s;
	r.len = strlen(s);
	return r;
}

/* A NUL-terminated copy of s, or NULL. */
static char *dup_str(el_str s)
{
	char *c = malloc(s.len + 1);

	if (c) {
		if (s.len)
			memcpy(c, s.ptr, s.len);
		c[s.len] = '\0';
	}
	return c;
}

/* See cli.h: keep the base's finding, never report it. */
int diff_collect(el_finding *f, void *base)
{
	diff_base *b = base;
	const el_object *o = f->object;
	bentry *e;

	/* a finding the base silenced is not one it had: if the head drops
	 * the suppression, the finding is added */
	if (f->suppressed)
		return 1;
	if (b->n == b->cap) {
		size_t cap = b->cap ? b->cap * 2 : 256;
		bentry *v = realloc(b->v, cap * sizeof *v);
		if (!v)
			return -1;
		b->v = v;
		b->cap = cap;
	}
	e = &b->v[b->n];
	memset(e, 0, sizeof *e);
	snprintf(e->fingerprint, sizeof e->fingerprint, "%s", f->fingerprint ? f->fingerprint : "");
	e->key = el_object_key(o);
	e->rule = f->rule;
	e->level = f->rule ? f->level : EL_LEVEL_NOTE;
	e->kind = o->kind;
	e->flags = o->flags & (EL_O_TEST | EL_O_EXTERNAL);
	e->line = o->pos.line;
	e->col = o->pos.col;
	e->package = dup_str(o->package);
	e->function = dup_str(o->function);
	e->file = dup_str(o->path.len ? o->path : o->pos.file);
	e->subject = dup_str(o->subject);
	e->message = dup_str(f->message);
	e->fix = dup_str(f->fix);
	b->n++; /* freed with the base even when a copy failed */
	if (!e->package || !e->function || !e->file || !e->subject || !e->message || !e->fix)
		return -1;
	return 1;
}

static const diff_base *sort_base;

static int cmp_fp(const void *x, const void *y)
{
	const bentry *a = &sort_base->v[*(const size_t *)x], *b = &sort_base->v[*(const size_t *)y];
	int c = strcmp(a->fingerprint, b->fingerprint);

	if (c)
		return c;
	return *(const size_t *)x < *(const size_t *)y ? -1 : 1;
}

static int cmp_key(const void *x, const void *y)
{
	const bentry *a = &sort_base->v[*(const size_t *)x], *b = &sort_base->v[*(const size_t *)y];

	if (a->key != b->key)
		return a->key < b->key ? -1 : 1;
	return *(const size_t *)x < *(const size_t *)y ? -1 : 1;
}

/* Sort the indexes once the base is complete; -1 out of memory. */
static int seal(diff_base *b)
{
	size_t i;

	if (b->sealed)
		return 0;
	b->by_fp = malloc((b->n + 1) * sizeof *b->by_fp);
	b->by_key = malloc((b->n + 1) * sizeof *b->by_key);
	if (!b->by_fp || !b->by_key)
		return -1;
	for (i = 0; i < b->n; i++)
		b->by_fp[i] = b->by_key[i] = i;
	sort_base = b;
	qsort(b->by_fp, b->n, sizeof *b->by_fp, cmp_fp);
	qsort(b->by_key, b->n, sizeof *b->by_key, cmp_key);
	sort_base = NULL;
	b->sealed = 1;
	return 0;
}

/* The first untaken entry with this fingerprint, or NULL. */
static bentry *find_fp(diff_base *b, const char *fp)
{
	size_t lo = 0, hi = b->n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (strcmp(b->v[b->by_fp[mid]].fingerprint, fp) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (; lo < b->n && strcmp(b->v[b->by_fp[lo]].fingerprint, fp) == 0; lo++)
		if (!b->v[b->by_fp[lo]].taken)
			return &b->v[b->by_fp[lo]];
	return NULL;
}

/* The first untaken entry whose fingerprint has the hash of fp (the part
 * before ':N': the same rule and object, numbered differently because an
 * earlier one of its kind changed), or NULL. */
static bentry *find_hash(diff_base *b, const char *fp)
{
	size_t n = strcspn(fp, ":"), lo = 0, hi = b->n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (strncmp(b->v[b->by_fp[mid]].fingerprint, fp, n) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (; lo < b->n && strncmp(b->v[b->by_fp[lo]].fingerprint, fp, n) == 0 &&
	       b->v[b->by_fp[lo]].fingerprint[n] == ':';
	     lo++)
		if (!b->v[b->by_fp[lo]].taken)
			return &b->v[b->by_fp[lo]];
	return NULL;
}

/* The first untaken entry of this object, or NULL. */
static bentry *find_key(diff_base *b, unsigned long long key)
{
	size_t lo = 0, hi = b->n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (b->v[b->by_key[mid]].key < key)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (; lo < b->n && b->v[b->by_key[lo]].key == key; lo++)
		if (!b->v[b->by_key[lo]].taken)
			return &b->v[b->by_key[lo]];
	return NULL;
}

/* See cli.h: a head finding the base has is left out; the others are
 * added or changed. */
int diff_compare(el_finding *f, void *base)
{
	diff_base *b = base;
	el_level level = f->rule ? f->level : EL_LEVEL_NOTE;
	bentry *e;

	if (seal(b) != 0)
		return -1;
	if ((e = find_fp(b, f->fingerprint ? f->fingerprint : "")) != NULL ||
	    (e = find_hash(b, f->fingerprint ? f->fingerprint : "")) != NULL) {
		e->taken = 1;
		if (e->level == level)
			return 1;
		f->change = "changed";
		return 0;
	}
	if ((e = find_key(b, el_object_key(f->object))) != NULL) {
		e->taken = 1;
		f->change = "changed";
		return 0;
	}
	f->change = "added";
	return 0;
}

/* See cli.h. */
int diff_report_removed(diff_base *b, options *o)
{
	size_t i;
	int k;

	if (seal(b) != 0) {
		errorf("out of memory");
		return -1;
	}
	for (i = 0; i < b->n; i++) {
		bentry *e = &b->v[b->by_fp[i]];
		el_object obj;
		el_finding f;
		if (e->taken)
			continue;
		memset(&obj, 0, sizeof obj);
		memset(&f, 0, sizeof f);
		obj.kind = e->kind;
		obj.flags = e->flags | EL_O_NO_CHAIN | EL_O_ELSEWHERE; /* the base's line */
		obj.package = str_of(e->package);
		obj.function = str_of(e->function);
		obj.pos.file = obj.path = str_of(e->file);
		obj.pos.line = e->line;
		obj.pos.col = e->col;
		obj.subject = str_of(e->subject);
		obj.cost = obj.budget = obj.size = -1;
		f.object = &obj;
		f.rule = e->rule;
		f.level = e->level;
		f.message = str_of(e->message);
		f.fix = str_of(e->fix);
		f.fingerprint = e->fingerprint;
		f.change = "removed";
		for (k = 0; k < o->nouts; k++)
			if (el_report_finding(o->outs[k].report, &f) != EL_OK) {
				errorf("error writing the report");
				return -1;
			}
	}
	return 0;
}

/* See cli.h. */
int diff_command(options *o, el_rules *rs)
{
	diff_base *b = diff_base_new();
	pipeline *p;
	char *cwd = getcwd(NULL, 0);
	const char *srcroot = o->srcroot ? o->srcroot : ".";
	const char *base_root = o->base_srcroot ? o->base_srcroot : srcroot;
	int ok, status;

	if (!b || !cwd) {
		errorf(!cwd ? "cannot get the current directory: %s" : "out of memory",
		       strerror(errno));
		diff_base_free(b);
		free(cwd);
		return EXIT_TROUBLE;
	}
	/* the base: collected, never written */
	p = pipeline_new(o, rs, base_root, o->base_srcroot ? o->base_srcroot : cwd, PIPE_QUIET);
	if (!p) {
		diff_base_free(b);
		free(cwd);
		return EXIT_TROUBLE;
	}
	pipeline_set_hook(p, diff_collect, b);
	ok = pipeline_read_path(p, o->args[0]) == 0;
	status = pipeline_finish(p, ok);
	pipeline_free(p);
	if (status != EXIT_CLEAN) {
		errorf("note: the base %s could not be read", o->args[0]);
		diff_base_free(b);
		free(cwd);
		return EXIT_TROUBLE;
	}
	/* the head: compared, and written */
	p = pipeline_new(o, rs, srcroot, cwd, PIPE_DIFF);
	free(cwd);
	if (!p) {
		diff_base_free(b);
		return EXIT_TROUBLE;
	}
	pipeline_set_hook(p, diff_compare, b);
	ok = pipeline_read_path(p, o->args[1]) == 0;
	if (ok && diff_report_removed(b, o) != 0)
		ok = 0;
	status = pipeline_finish(p, ok);
	pipeline_free(p);
	diff_base_free(b);
	return status;
}
