/*
 * report.c -- the part of every report that does not depend on its
 * format: hiding external objects, counting, resolving file names against
 * the source root, reading source lines, fingerprints and notifications.
 * Each format's writer (report_*.c) gets one el_item per finding.
 */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "report_int.h"

static const char *const format_names[] = { "text", "json", "sarif", "github", "gcc", "markdown" };

/* See escapelint.h. */
const char *el_format_name(el_format format)
{
	return (unsigned)format < sizeof format_names / sizeof *format_names ? format_names[format]
	                                                                      : "?";
}

/* See escapelint.h. */
int el_format_from_name(const char *name)
{
	size_t i;

	for (i = 0; i < sizeof format_names / sizeof *format_names; i++)
		if (strcmp(name, format_names[i]) == 0)
			return (int)i;
	return -1;
}

static const el_emitter *emitter(el_format f)
{
	switch (f) {
	case EL_FMT_JSON:
		return &el_emit_json;
	case EL_FMT_SARIF:
		return &el_emit_sarif;
	case EL_FMT_GITHUB:
		return &el_emit_github;
	case EL_FMT_GCC:
		return &el_emit_gcc;
	case EL_FMT_MARKDOWN:
		return &el_emit_markdown;
	case EL_FMT_TEXT:
		break;
	}
	return &el_emit_text;
}

/* See escapelint.h. */
el_report *el_report_new(const el_report_options *opts, el_write_fn write, void *ctx,
                         const el_allocator *alloc)
{
	el_report *r = el_malloc(alloc, sizeof *r);
	el_buf tmp = { 0 };

	if (!r)
		return NULL;
	memset(r, 0, sizeof *r);
	if (opts)
		r->opts = *opts;
	if (alloc) {
		r->alloc = *alloc;
		r->has_alloc = 1;
	}
	r->write = write;
	r->ctx = ctx;
	r->em = emitter(r->opts.format);
	if (r->em->state_size) {
		if (!(r->state = el_malloc(alloc, r->em->state_size)))
			goto nomem;
		memset(r->state, 0, r->em->state_size);
	}
	r->opts.srcroot = r->opts.cwd = NULL; /* copied below; not kept borrowed */
	r->opts.module = r->opts.module_dir = r->opts.goroot_src = r->opts.module_cache = NULL;
	if (opts && el_trim_init(&r->trim, opts->module, opts->module_dir, opts->goroot_src,
	                         opts->module_cache, alloc) != 0)
		goto nomem;
	if (opts && opts->cwd)
		r->cwd = el_strdup(opts->cwd, alloc);
	else {
		char *c = getcwd(NULL, 0);
		r->cwd = el_strdup(c ? c : "/", alloc);
		free(c);
	}
	if (!r->cwd)
		goto nomem;
	if (el_path_absolute(&tmp, r->cwd,
	                     opts && opts->srcroot ? el_str_make(opts->srcroot, strlen(opts->srcroot))
	                                           : el_str_make(".", 1),
	                     alloc) != 0 ||
	    el_buf_append(&tmp, "", 1, alloc) != 0 || !(r->srcroot = el_strdup(tmp.ptr, alloc)))
		goto nomem;
	el_buf_release(&tmp, alloc);
	if (!(r->src = el_source_new(alloc)))
		goto nomem;
	/* snippets only of files below the source root; external objects'
	 * (GOROOT, the module cache) only when they are reported */
	if (el_roots_add(&r->roots, r->srcroot, alloc) != 0 ||
	    (opts && opts->include_external && opts->goroot_src &&
	     el_roots_add(&r->roots, opts->goroot_src, alloc) != 0) ||
	    (opts && opts->include_external && opts->module_cache &&
	     el_roots_add(&r->roots, opts->module_cache, alloc) != 0))
		goto nomem;
	/* a source root that cannot be resolved: no snippet at all (an
	 * empty root list would allow every file) */
	if (r->roots.n == 0) {
		if (!(r->roots.dir[0] = el_strdup("\x01no source root", alloc)))
			goto nomem;
		r->roots.n = 1;
	}
	el_source_set_roots(r->src, &r->roots);
	return r;
nomem:
	el_buf_release(&tmp, alloc);
	el_report_free(r);
	return NULL;
}

/* See escapelint.h. */
void el_report_free(el_report *r)
{
	el_allocator a;
	const el_allocator *ap;
	size_t i;

	if (!r)
		return;
	a = r->alloc;
	ap = r->has_alloc ? &a : NULL;
	if (r->state && r->em->release)
		r->em->release(r);
	el_free(ap, r->state);
	for (i = 0; i < r->notes.len; i++) {
		el_free(ap, EL_VEC_AT(&r->notes, el_notification, i).id);
		el_free(ap, EL_VEC_AT(&r->notes, el_notification, i).message);
	}
	el_vec_release(&r->notes, ap);
	el_source_free(r->src);
	el_free(ap, r->cwd);
	el_free(ap, r->srcroot);
	el_roots_release(&r->roots, ap);
	el_trim_release(&r->trim, ap);
	el_buf_release(&r->path, ap);
	el_buf_release(&r->scratch, ap);
	el_fingerprinter_free(r->fp);
	el_free(ap, r);
}

/* See escapelint.h. */
unsigned long long el_report_count(const el_report *r, el_object_kind kind)
{
	return (unsigned)kind < EL_OBJ__COUNT ? r->counts[kind] : 0;
}

/* See escapelint.h. */
unsigned long long el_report_level_count(const el_report *r, el_level level)
{
	return (unsigned)level <= EL_LEVEL_ERROR ? r->levels[level] : 0;
}

/* See escapelint.h. */
unsigned long long el_report_below_count(const el_report *r, el_level level)
{
	return (unsigned)level <= EL_LEVEL_ERROR ? r->below[level] : 0;
}

/* See report_int.h. */
unsigned long long el_rep_heap_objects(const el_object *obj)
{
	unsigned long long n;
	size_t i;

	if (obj->kind != EL_OBJ_MOVED && obj->kind != EL_OBJ_ESCAPES)
		return 0;
	for (n = 1, i = 0; i < obj->nrelated; i++)
		n += obj->related[i].kind != EL_REL_INLINED;
	return n;
}

void el_report_filtered(el_report *r, const el_object *obj)
{
	r->filtered += el_rep_heap_objects(obj);
}

/* See escapelint.h. */
void el_report_baselined(el_report *r, const el_object *obj)
{
	r->baselined++;
	r->quiet_heap += el_rep_heap_objects(obj);
}

/* See escapelint.h. */
void el_report_unchanged(el_report *r, const el_object *obj)
{
	r->unchanged++;
	r->quiet_heap += el_rep_heap_objects(obj);
}

const char *const el_change_names[3] = { "added", "removed", "changed" };

/* See escapelint.h. */
unsigned long long el_report_suppressed(const el_report *r)
{
	return r->suppressed;
}

/* See escapelint.h. */
unsigned long long el_report_hidden_tests(const el_report *r)
{
	return r->hidden_tests;
}

unsigned long long el_report_hidden(const el_report *r)
{
	return r->hidden;
}

/* ------------------------------------------------------------------ */
/* Helpers for the writers                                            */
/* ------------------------------------------------------------------ */

/* See report_int.h. */
void el_rep_put(el_report *r, const char *s, size_t n)
{
	if (!r->failed && n && r->write(s, n, r->ctx) != 0)
		r->failed = 1;
}

/* See report_int.h. */
void el_rep_puts(el_report *r, const char *s)
{
	el_rep_put(r, s, strlen(s));
}

/* See report_int.h. */
void el_rep_putf(el_report *r, const char *fmt, ...)
{
	char buf[512];
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	if (n > 0)
		el_rep_put(r, buf, (size_t)n < sizeof buf ? (size_t)n : sizeof buf - 1);
}

/* Is the sequence of k bytes at s a character that must not reach a
 * terminal raw: C0 and C1 controls, DEL, bidirectional overrides and
 * isolates (which reorder what the reader sees)? */
/* See report_int.h. */
int el_rep_is_control(const unsigned char *s, size_t k)
{
	if (k == 1)
		return s[0] < 0x20 || s[0] == 0x7f;
	if (k == 2)
		return s[0] == 0xc2 && s[1] < 0xa0;
	if (k == 3 && s[0] == 0xe2)
		return (s[1] == 0x80 && s[2] >= 0xaa && s[2] <= 0xae) ||
		       (s[1] == 0x81 && s[2] >= 0xa6 && s[2] <= 0xa9);
	return 0;
}

/* See report_int.h. */
void el_rep_put_path(el_report *r, el_str file)
{
	/* a line that starts with `::` is a workflow command to the Actions
	 * runner (which trims leading blanks): a path shown first on a line
	 * (gcc, text) never starts so */
	if (file.len && file.ptr[0] == ':')
		el_rep_puts(r, "./");
	el_rep_put_text(r, file);
}

/* See report_int.h. */
size_t el_rep_put_text_width(el_report *r, el_str s, int write)
{
	const unsigned char *p = (const unsigned char *)s.ptr;
	size_t i = 0, start = 0, width = 0;

	while (i < s.len) {
		size_t k, j;
		if (p[i] >= 0x20 && p[i] < 0x7f && !(p[i] == '[' && i >= 2 && p[i - 1] == '#' &&
		                                     p[i - 2] == '#')) {
			/* printable ASCII, the common case; not the `[` of `##[`,
			 * the Actions runner's other command form */
			i++;
			width++;
			continue;
		}
		if (p[i] == '[') {
			if (write) {
				el_rep_put(r, s.ptr + start, i - start);
				el_rep_put(r, "\\[", 2);
			}
			width += 2;
			start = ++i;
			continue;
		}
		k = el_utf8_seq(s.ptr + i, s.len - i);
		if (k > 0 && !el_rep_is_control(p + i, k)) {
			i += k;
			width++;
			continue;
		}
		if (write)
			el_rep_put(r, s.ptr + start, i - start);
		if (k == 1 && p[i] == '\n') {
			if (write)
				el_rep_put(r, "\\n", 2);
			width += 2;
		} else if (k == 1 && p[i] == '\t') {
			if (write)
				el_rep_put(r, "\\t", 2);
			width += 2;
		} else {
			if (k == 0)
				k = 1; /* invalid UTF-8 or NUL: the byte */
			for (j = 0; j < k; j++) {
				char esc[8];
				snprintf(esc, sizeof esc, "\\x%02x", p[i + j]);
				if (write)
					el_rep_put(r, esc, 4);
				width += 4;
			}
		}
		i += k;
		start = i;
	}
	if (write)
		el_rep_put(r, s.ptr + start, s.len - start);
	return width;
}

/* See report_int.h. */
void el_rep_put_text(el_report *r, el_str s)
{
	el_rep_put_text_width(r, s, 1);
}

/* See report_int.h. */
int el_rep_resolve(el_report *r, el_str file, el_str *abs, el_str *below)
{
	*abs = el_str_make(NULL, 0);
	if (below)
		*below = el_str_make(NULL, 0);
	if (file.len == 0 || file.ptr[0] == '<' || file.ptr[0] == '$')
		return 0;
	if (el_path_resolve(&r->path, r->cwd, &r->trim, file, el_rep_alloc(r)) != 0)
		return -1;
	*abs = el_str_make(r->path.ptr, r->path.len);
	if (below)
		*below = el_path_below(el_str_make(r->srcroot, strlen(r->srcroot)), *abs);
	return 1;
}

/* See report_int.h. */
int el_rep_source_line(el_report *r, el_str file, unsigned long line, el_str *text)
{
	el_str abs;
	int rc;

	*text = el_str_make(NULL, 0);
	if (!r->opts.read_sources)
		return 0;
	rc = el_rep_resolve(r, file, &abs, NULL);
	if (rc <= 0)
		return rc;
	return el_source_line(r->src, abs, line, text);
}

/* See report_int.h. */
const char *el_rep_verdict_phrase(el_object_kind kind)
{
	switch (kind) {
	case EL_OBJ_MOVED:
		return " is moved to heap; ";
	case EL_OBJ_ESCAPES:
		return " escapes to heap; ";
	case EL_OBJ_LEAK:
		return " leaks; ";
	case EL_OBJ_NOINLINE:
		return " cannot be inlined; ";
	case EL_OBJ_DIRECTIVE:
		return ": ";
	case EL_OBJ__COUNT:
		break;
	}
	return "; ";
}

/* See report_int.h. */
const char *el_rep_flow(el_report *r, el_buf *b, const el_step *s)
{
	const el_allocator *a = el_rep_alloc(r);

	b->len = 0;
	if (el_buf_append(b, s->dst.ptr, s->dst.len, a) != 0 || el_buf_append(b, " = ", 3, a) != 0 ||
	    el_buf_append(b, s->ops.ptr, s->ops.len, a) != 0 ||
	    el_buf_append(b, s->src.ptr, s->src.len, a) != 0 || el_buf_append(b, "", 1, a) != 0)
		return NULL;
	b->len--;
	return b->ptr;
}

/* Rank the current function among the top ones; -1 when out of memory. */
static int tops_offer(el_report *r, el_tops *t)
{
	const el_allocator *a = el_rep_alloc(r);
	int i, slot = -1;
	el_top_fn tmp;

	if (!t->have_cur || t->cur.count == 0)
		return 0;
	for (i = 0; i < EL_TOP_N; i++)
		if (t->top[i].count < t->cur.count) {
			slot = i;
			break;
		}
	if (slot < 0)
		return 0;
	/* the last entry's buffers are reused for the new one */
	tmp = t->top[EL_TOP_N - 1];
	memmove(&t->top[slot + 1], &t->top[slot], (size_t)(EL_TOP_N - 1 - slot) * sizeof tmp);
	tmp.package.len = tmp.function.len = 0;
	tmp.count = t->cur.count;
	t->top[slot] = tmp;
	if (el_buf_append(&t->top[slot].package, t->cur.package.ptr, t->cur.package.len, a) != 0 ||
	    el_buf_append(&t->top[slot].function, t->cur.function.ptr, t->cur.function.len, a) != 0) {
		t->top[slot].count = 0;
		return -1;
	}
	return 0;
}

/* See report_int.h. */
int el_tops_enter(el_report *r, el_tops *t, el_str package, el_str function)
{
	const el_allocator *a = el_rep_alloc(r);
	int new_pkg = !t->have_cur ||
	              !el_str_eq(package, el_str_make(t->cur.package.ptr, t->cur.package.len));

	if (!new_pkg && el_str_eq(function, el_str_make(t->cur.function.ptr, t->cur.function.len)))
		return 0;
	if (tops_offer(r, t) != 0)
		return -1;
	t->cur.count = 0;
	t->cur.function.len = 0;
	t->have_cur = 1;
	t->functions++;
	if (el_buf_append(&t->cur.function, function.ptr, function.len, a) != 0)
		return -1;
	if (!new_pkg)
		return 1;
	t->packages++;
	t->cur.package.len = 0;
	if (el_buf_append(&t->cur.package, package.ptr, package.len, a) != 0)
		return -1;
	return 2;
}

/* See report_int.h. */
int el_tops_done(el_report *r, el_tops *t)
{
	int rc = tops_offer(r, t);

	t->have_cur = 0;
	return rc;
}

/* See report_int.h. */
void el_tops_release(el_report *r, el_tops *t)
{
	const el_allocator *a = el_rep_alloc(r);
	int i;

	for (i = 0; i < EL_TOP_N; i++) {
		el_buf_release(&t->top[i].package, a);
		el_buf_release(&t->top[i].function, a);
	}
	el_buf_release(&t->cur.package, a);
	el_buf_release(&t->cur.function, a);
}

/* The item's fingerprint: the finding's own (el_finding.fingerprint),
 * else computed here. */
static int fingerprint(el_report *r, el_item *it, const el_finding *f)
{
	if (f->fingerprint) {
		snprintf(it->fingerprint, sizeof it->fingerprint, "%s", f->fingerprint);
		return 0;
	}
	if (!r->fp && !(r->fp = el_fingerprinter_new(el_rep_alloc(r))))
		return -1;
	return el_fingerprint(r->fp, f, it->fingerprint) == EL_OK ? 0 : -1;
}

/* ------------------------------------------------------------------ */

static const char unclassified_message[] = "no rule describes this object";

/* Write o (and its finding f, when not NULL). */
static el_status report(el_report *r, const el_object *o, const el_finding *f)
{
	el_item it;
	el_status st;

	if ((o->flags & EL_O_EXTERNAL) && !r->opts.include_external) {
		r->hidden += el_rep_heap_objects(o);
		return EL_OK;
	}
	if ((o->flags & EL_O_TEST) && !r->opts.include_tests) {
		r->hidden_tests += el_rep_heap_objects(o);
		return EL_OK;
	}
	memset(&it, 0, sizeof it);
	it.o = o;
	it.change = EL_CHANGE_NONE;
	if (f && f->change) {
		int k;
		for (k = 0; k < 3; k++)
			if (strcmp(f->change, el_change_names[k]) == 0)
				it.change = k;
		if (it.change != EL_CHANGE_NONE) {
			r->changes[it.change]++;
			if (o->kind == EL_OBJ_MOVED || o->kind == EL_OBJ_ESCAPES)
				r->heap_changes[it.change]++;
		}
		/* SARIF and annotations carry what a change adds */
		if (it.change == EL_CHANGE_REMOVED &&
		    (r->opts.format == EL_FMT_SARIF || r->opts.format == EL_FMT_GITHUB ||
		     r->opts.format == EL_FMT_GCC))
			return EL_OK;
	}
	it.has_finding = f != NULL;
	it.rule = f ? f->rule : NULL;
	it.level = f ? (f->rule ? f->level : EL_LEVEL_NOTE) : EL_LEVEL_NONE;
	if (f && f->suppressed) {
		/* counted, never failing; only JSON and SARIF can say so */
		r->suppressed++;
		r->suppressed_heap += el_rep_heap_objects(o);
		if (r->opts.format != EL_FMT_JSON && r->opts.format != EL_FMT_SARIF)
			return EL_OK;
		it.suppressed = 1;
		it.justification = f->justification;
	} else if (f && it.level < r->opts.min_level) {
		if (it.change != EL_CHANGE_REMOVED)
			r->below[it.level]++;
		r->below_heap += el_rep_heap_objects(o);
		return EL_OK;
	}
	it.rule_name = it.rule ? el_rule_name(it.rule) : "unclassified";
	it.rule_id = it.rule ? el_rule_id(it.rule) : "EL000";
	it.message = it.rule ? f->message : el_str_make(unclassified_message,
	                                                 sizeof unclassified_message - 1);
	it.fix = it.rule ? f->fix : el_str_make("", 0);
	it.also = f ? f->also : NULL;
	it.nalso = f ? f->nalso : 0;
	it.file = o->path.len ? o->path : o->pos.file;
	it.below_root = o->path.len != 0;
	if (f && r->em->fingerprints && fingerprint(r, &it, f) != 0)
		return EL_ERR_NOMEM;
	if (it.suppressed) {
		st = r->em->item(r, &it);
		if (st != EL_OK)
			return st;
		return r->failed ? EL_ERR_IO : EL_OK;
	}
	r->counts[o->kind]++;
	r->shown_heap += el_rep_heap_objects(o);
	if (f) {
		r->findings = 1;
		if (it.change != EL_CHANGE_REMOVED) /* what is gone does not fail a run */
			r->levels[it.level]++;
	}
	st = r->em->item(r, &it);
	if (st != EL_OK)
		return st;
	return r->failed ? EL_ERR_IO : EL_OK;
}

/* See escapelint.h. */
el_status el_report_object(el_report *r, const el_object *o)
{
	return report(r, o, NULL);
}

/* See escapelint.h. */
el_status el_report_finding(el_report *r, const el_finding *f)
{
	return report(r, f->object, f);
}

/* See escapelint.h. */
el_status el_report_notify(el_report *r, el_level level, const char *id, const char *message)
{
	const el_allocator *a = el_rep_alloc(r);
	el_notification *n;

	if (r->notes.len >= EL_MAX_NOTIFICATIONS) {
		r->notes_dropped++;
		return EL_OK;
	}
	if ((n = el_vec_push(&r->notes, sizeof *n, a)) == NULL)
		return EL_ERR_NOMEM;
	n->level = level;
	n->id = el_strdup(id, a);
	n->message = el_strdup(message, a);
	if (!n->id || !n->message) {
		el_free(a, n->id);
		el_free(a, n->message);
		r->notes.len--;
		return EL_ERR_NOMEM;
	}
	return EL_OK;
}

/* See escapelint.h. */
el_status el_report_finish(el_report *r, const el_group_stats *gs)
{
	el_status st = r->em->finish ? r->em->finish(r, gs) : EL_OK;

	if (st != EL_OK)
		return st;
	return r->failed ? EL_ERR_IO : EL_OK;
}

/* See report_int.h. */
int el_rep_goversion(el_report *r, el_buf *b, const el_goversion *v)
{
	const el_allocator *a = el_rep_alloc(r);
	char range[48], tmp[600];
	int n;

	b->len = 0;
	el_goversion_range(v, range, sizeof range);
	if (v->source[0])
		n = snprintf(tmp, sizeof tmp, "Go %s (from %s)", range, v->source);
	else if (v->evidence[0][0] && v->evidence[1][0])
		n = snprintf(tmp, sizeof tmp, "Go %s (from the output: %s, so 1.%d or later; %s, so 1.%d "
		             "or earlier)", range, v->evidence[0], v->lo, v->evidence[1], v->hi);
	else if (v->evidence[0][0] || v->evidence[1][0])
		n = snprintf(tmp, sizeof tmp, "Go %s (from the output: %s)", range,
		             v->evidence[0][0] ? v->evidence[0] : v->evidence[1]);
	else
		n = snprintf(tmp, sizeof tmp,
		             "Go release unknown: no form specific to a release in the input, so advice "
		             "that depends on it holds for Go 1.%d to 1.%d (--go-version=1.N sets it)",
		             EL_GO_OLDEST, EL_GO_NEWEST);
	if (el_buf_append(b, tmp, (size_t)n < sizeof tmp ? (size_t)n : sizeof tmp - 1, a) != 0)
		return -1;
	if (v->lang) {
		el_str f = el_str_make(v->lang_file, strlen(v->lang_file));
		el_str below = r->srcroot ? el_path_below(el_str_make(r->srcroot, strlen(r->srcroot)), f)
		                          : el_str_make(NULL, 0);
		if (below.ptr)
			f = below;
		n = snprintf(tmp, sizeof tmp, "; module language go 1.%d (%.*s)", v->lang, (int)f.len,
		             f.ptr);
	}
	else
		n = snprintf(tmp, sizeof tmp, "; module language version unknown (no go.mod found)");
	if (el_buf_append(b, tmp, (size_t)n < sizeof tmp ? (size_t)n : sizeof tmp - 1, a) != 0)
		return -1;
	if (v->pgo)
		n = snprintf(tmp, sizeof tmp, "; profile-guided build (%s): inlining budgets differ",
		             v->pgo_evidence);
	else
		n = snprintf(tmp, sizeof tmp, "; no profile-guided optimisation seen");
	if (el_buf_append(b, tmp, (size_t)n < sizeof tmp ? (size_t)n : sizeof tmp - 1, a) != 0 ||
	    el_buf_append(b, "", 1, a) != 0)
		return -1;
	return 0;
}
