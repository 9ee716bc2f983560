/*
 * report.c -- the text and JSON reports of heap objects.
 *
 * Text: objects arrive grouped by package and function (group.c sorts
 * them), so headings are printed when the package or function changes and
 * memory stays bounded: the summary keeps counts and the ten functions
 * with the most heap objects.  Leaks and inlining failures are counted,
 * not listed.  Input text never reaches the terminal raw: control
 * characters are written as escapes.
 *
 * JSON: one object per line with package, function, file, line, column,
 * kind, subject, chain, related, external and test (see escapelint(1)).
 */
#include <cjson/cJSON.h>
#include <stdio.h>

#include "internal.h"

#define TOP_N 10

typedef struct top_entry {
	el_buf package;
	el_buf function;
	unsigned long long count;
} top_entry;

struct el_report {
	el_report_options opts;
	el_allocator alloc;
	int has_alloc;
	el_write_fn write;
	void *ctx;
	int failed;               /* a write failed */

	el_buf cur_package, cur_function;   /* headings printed last */
	int have_package, have_function;
	unsigned long long cur_count;       /* heap objects of the current function */
	top_entry top[TOP_N];
	unsigned long long counts[EL_OBJ__COUNT];
	unsigned long long levels[EL_LEVEL_ERROR + 1];
	unsigned long long hidden;
	int findings;                       /* findings were written (rules in use) */
	unsigned long long functions;       /* functions with heap objects */
	unsigned long long packages;        /* packages with heap objects */
	el_buf scratch;
};

static const el_allocator *RA(const el_report *r)
{
	return r->has_alloc ? &r->alloc : NULL;
}

/* See escapelint.h. */
el_report *el_report_new(const el_report_options *opts, el_write_fn write, void *ctx,
                         const el_allocator *alloc)
{
	el_report *r = el_malloc(alloc, sizeof *r);

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
	return r;
}

/* See escapelint.h. */
void el_report_free(el_report *r)
{
	el_allocator a;
	const el_allocator *ap;
	int i;

	if (!r)
		return;
	a = r->alloc;
	ap = r->has_alloc ? &a : NULL;
	for (i = 0; i < TOP_N; i++) {
		el_buf_release(&r->top[i].package, ap);
		el_buf_release(&r->top[i].function, ap);
	}
	el_buf_release(&r->cur_package, ap);
	el_buf_release(&r->cur_function, ap);
	el_buf_release(&r->scratch, ap);
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
unsigned long long el_report_hidden(const el_report *r)
{
	return r->hidden;
}

/* ------------------------------------------------------------------ */
/* Writing                                                            */
/* ------------------------------------------------------------------ */

static void put(el_report *r, const char *s, size_t n)
{
	if (!r->failed && n && r->write(s, n, r->ctx) != 0)
		r->failed = 1;
}

static void puts_(el_report *r, const char *s)
{
	put(r, s, strlen(s));
}

static void putf(el_report *r, const char *fmt, ...) EL_PRINTF(2, 3);

static void putf(el_report *r, const char *fmt, ...)
{
	char buf[512];
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	if (n > 0)
		put(r, buf, (size_t)n < sizeof buf ? (size_t)n : sizeof buf - 1);
}

/* Input text for the terminal: control characters as escapes. */
static void put_text(el_report *r, el_str s)
{
	size_t i, start = 0;

	for (i = 0; i < s.len; i++) {
		unsigned char c = (unsigned char)s.ptr[i];
		if (c < 0x20 || c == 0x7f) {
			char esc[8];
			put(r, s.ptr + start, i - start);
			if (c == '\n')
				put(r, "\\n", 2);
			else if (c == '\t')
				put(r, "\\t", 2);
			else {
				snprintf(esc, sizeof esc, "\\x%02x", c);
				put(r, esc, 4);
			}
			start = i + 1;
		}
	}
	put(r, s.ptr + start, s.len - start);
}

/* ANSI colour on, when enabled. */
static void color(el_report *r, const char *code)
{
	if (r->opts.color)
		puts_(r, code);
}

#define C_BOLD "\033[1m"
#define C_DIM "\033[2m"
#define C_CYAN "\033[36m"
#define C_YELLOW "\033[33m"
#define C_RESET "\033[0m"

/* The file name to show: below the source root when it is. */
static el_str shown_file(const el_object *o)
{
	return o->path.len ? o->path : o->pos.file;
}

/* file:line[:col] */
static void put_pos(el_report *r, el_str file, const el_pos *p)
{
	put_text(r, file);
	if (p->col)
		putf(r, ":%lu:%lu", p->line, p->col);
	else
		putf(r, ":%lu", p->line);
}

/* The chain as `WHERE (WHY) → WHERE (WHY) → SINK`. */
static void put_chain(el_report *r, const el_chain *c)
{
	size_t s, k;
	int first = 1;

	for (s = 0; s < c->nsteps; s++)
		for (k = 0; k < c->steps[s].nnotes; k++) {
			const el_note *n = &c->steps[s].notes[k];
			if (!first)
				puts_(r, " \xe2\x86\x92 ");
			first = 0;
			put_text(r, n->where);
			puts_(r, " (");
			put_text(r, n->why);
			puts_(r, ")");
		}
	if (c->nsteps) {
		if (!first)
			puts_(r, " \xe2\x86\x92 ");
		put_text(r, c->steps[c->nsteps - 1].dst);
	}
	if (c->truncated)
		puts_(r, " (truncated by the compiler: assignment cycle)");
}

/* Keep the function just finished if it is among the top ten. */
static void top_offer(el_report *r)
{
	int i, slot = -1;
	top_entry tmp;

	if (!r->have_function || r->cur_count == 0)
		return;
	for (i = 0; i < TOP_N; i++)
		if (r->top[i].count < r->cur_count) {
			slot = i;
			break;
		}
	if (slot < 0)
		return;
	/* the last entry's buffers are reused for the new one */
	tmp = r->top[TOP_N - 1];
	memmove(&r->top[slot + 1], &r->top[slot], (size_t)(TOP_N - 1 - slot) * sizeof tmp);
	tmp.package.len = tmp.function.len = 0;
	if (el_buf_append(&tmp.package, r->cur_package.ptr, r->cur_package.len, RA(r)) != 0 ||
	    el_buf_append(&tmp.function, r->cur_function.ptr, r->cur_function.len, RA(r)) != 0)
		tmp.count = 0;
	else
		tmp.count = r->cur_count;
	r->top[slot] = tmp;
}

/* Print package and function headings when they change. */
static el_status text_headings(el_report *r, const el_object *o)
{
	int new_pkg = !r->have_package || !el_str_eq(o->package, el_str_make(r->cur_package.ptr,
	                                                                      r->cur_package.len));
	el_str fn = o->function.len ? o->function : el_str_make("(package scope)", 15);

	if (new_pkg || !r->have_function ||
	    !el_str_eq(fn, el_str_make(r->cur_function.ptr, r->cur_function.len))) {
		top_offer(r);
		r->cur_function.len = 0;
		if (el_buf_append(&r->cur_function, fn.ptr, fn.len, RA(r)) != 0)
			return EL_ERR_NOMEM;
		r->have_function = 1;
		r->cur_count = 0;
		r->functions++;
		if (new_pkg) {
			r->cur_package.len = 0;
			if (el_buf_append(&r->cur_package, o->package.ptr, o->package.len, RA(r)) != 0)
				return EL_ERR_NOMEM;
			r->have_package = 1;
			r->packages++;
			if (r->packages > 1)
				puts_(r, "\n");
			color(r, C_BOLD);
			put_text(r, o->package.len ? o->package : el_str_make("(no package header)", 19));
			color(r, C_RESET);
			puts_(r, "\n");
		}
		puts_(r, "  ");
		color(r, C_BOLD C_CYAN);
		put_text(r, fn);
		color(r, C_RESET);
		puts_(r, "\n");
	}
	return EL_OK;
}

/* The object's own line: what the compiler says about it. */
static void text_verdict(el_report *r, const el_object *o)
{
	switch (o->kind) {
	case EL_OBJ_MOVED:
		puts_(r, "moved to heap: ");
		put_text(r, o->subject);
		break;
	case EL_OBJ_ESCAPES:
		put_text(r, o->subject);
		puts_(r, " escapes to heap");
		break;
	case EL_OBJ_LEAK:
		if (o->verdict.len)
			put_text(r, o->verdict);
		else {
			puts_(r, "parameter ");
			put_text(r, o->subject);
			puts_(r, " leaks");
		}
		break;
	case EL_OBJ_NOINLINE:
		puts_(r, "cannot inline ");
		put_text(r, o->subject);
		puts_(r, ": ");
		put_text(r, o->reason);
		break;
	case EL_OBJ__COUNT:
		break;
	}
}

static const char *const level_color[] = { "", "\033[36m", "\033[33m", "\033[31m" };

/* One object, with its finding when f is not NULL, in the text report. */
static el_status text_object(el_report *r, const el_object *o, const el_finding *f)
{
	size_t i;
	el_status st;

	if (!f && o->kind != EL_OBJ_MOVED && o->kind != EL_OBJ_ESCAPES)
		return EL_OK;
	st = text_headings(r, o);
	if (st != EL_OK)
		return st;
	if (o->kind == EL_OBJ_MOVED || o->kind == EL_OBJ_ESCAPES)
		r->cur_count++;
	puts_(r, "    ");
	color(r, C_BOLD);
	put_pos(r, shown_file(o), &o->pos);
	color(r, C_RESET);
	puts_(r, ": ");
	color(r, C_YELLOW);
	text_verdict(r, o);
	color(r, C_RESET);
	if (o->flags & EL_O_NO_VERDICT)
		puts_(r, " (explained, no verdict)");
	if (o->flags & EL_O_TEST)
		puts_(r, " [test]");
	if (o->flags & EL_O_EXTERNAL)
		puts_(r, " [external]");
	puts_(r, "\n");
	if (f) {
		el_level lv = f->rule ? f->level : EL_LEVEL_NOTE;
		puts_(r, "        ");
		color(r, level_color[lv]);
		puts_(r, el_level_name(lv));
		color(r, C_RESET);
		puts_(r, ": ");
		if (f->rule) {
			put_text(r, f->message);
			puts_(r, " [");
			puts_(r, el_rule_name(f->rule));
			puts_(r, "]\n");
		} else {
			puts_(r, "no rule describes this object [unclassified]\n");
		}
	}
	for (i = 0; i < o->nchains; i++) {
		puts_(r, "        ");
		color(r, C_DIM);
		put_chain(r, &o->chains[i]);
		color(r, C_RESET);
		puts_(r, "\n");
	}
	for (i = 0; i < o->nrelated; i++) {
		const el_related *rel = &o->related[i];
		puts_(r, "        also inlined into ");
		put_text(r, rel->function.len ? rel->function : el_str_make("?", 1));
		puts_(r, " at ");
		put_pos(r, rel->pos.file, &rel->pos);
		puts_(r, "\n");
	}
	if (f && f->rule && f->fix.len) {
		puts_(r, "        fix: ");
		put_text(r, f->fix);
		puts_(r, "\n");
	}
	if (f && f->nalso) {
		puts_(r, "        also matches:");
		for (i = 0; i < f->nalso; i++) {
			puts_(r, i ? ", " : " ");
			puts_(r, el_rule_name(f->also[i]));
		}
		puts_(r, "\n");
	}
	return EL_OK;
}

/* "1 heap object" / "2 heap objects" */
static void put_count(el_report *r, unsigned long long n, const char *one, const char *many)
{
	putf(r, "%llu %s", n, n == 1 ? one : many);
}

/* The summary at the end of the text report.  Totals come from the
 * grouper (every object), the rest from what was reported. */
static void text_summary(el_report *r, const el_group_stats *gs)
{
	unsigned long long moved = gs ? gs->objects[EL_OBJ_MOVED] : r->counts[EL_OBJ_MOVED];
	unsigned long long esc = gs ? gs->objects[EL_OBJ_ESCAPES] : r->counts[EL_OBJ_ESCAPES];
	unsigned long long heap = moved + esc;
	unsigned long long shown = r->counts[EL_OBJ_MOVED] + r->counts[EL_OBJ_ESCAPES];
	int i;

	top_offer(r);
	r->have_function = 0;
	if (r->packages)
		puts_(r, "\n");
	color(r, C_BOLD);
	puts_(r, "Summary: ");
	color(r, C_RESET);
	put_count(r, heap, "heap object", "heap objects");
	putf(r, " (%llu moved to heap, %llu escaping allocations)", moved, esc);
	if (shown) {
		puts_(r, "; reported: ");
		put_count(r, shown, "object", "objects");
		puts_(r, " in ");
		put_count(r, r->functions, "function", "functions");
		puts_(r, " of ");
		put_count(r, r->packages, "package", "packages");
	}
	puts_(r, "\n");
	if (r->findings) {
		unsigned long long quiet = heap > shown + r->hidden ? heap - shown - r->hidden : 0;
		putf(r, "Findings: %llu errors, %llu warnings, %llu notes", r->levels[EL_LEVEL_ERROR],
		     r->levels[EL_LEVEL_WARNING], r->levels[EL_LEVEL_NOTE]);
		if (quiet)
			putf(r, "; %llu heap objects matched no rule (--all lists them)", quiet);
		puts_(r, "\n");
	}
	if (r->top[0].count) {
		puts_(r, "Most heap objects: ");
		for (i = 0; i < TOP_N && r->top[i].count; i++) {
			if (i)
				puts_(r, ", ");
			put_text(r, el_str_make(r->top[i].function.ptr, r->top[i].function.len));
			putf(r, " (%llu)", r->top[i].count);
		}
		puts_(r, "\n");
	}
	put_count(r, gs ? gs->objects[EL_OBJ_LEAK] : r->counts[EL_OBJ_LEAK], "leaking parameter",
	          "leaking parameters");
	puts_(r, ", ");
	put_count(r, gs ? gs->objects[EL_OBJ_NOINLINE] : r->counts[EL_OBJ_NOINLINE],
	          "function that cannot be inlined", "functions that cannot be inlined");
	if (gs) {
		puts_(r, ", ");
		put_count(r, gs->no_escape, "value that does not escape", "values that do not escape");
	}
	puts_(r, "\n");
	if (gs && (gs->inlined_copies || gs->variant_copies)) {
		putf(r, "Folded: %llu inlined copies into their callee's object, %llu repeats from test builds\n",
		     gs->inlined_copies, gs->variant_copies);
	}
	if (r->hidden)
		putf(r, "Hidden: %llu external objects (generated code, GOROOT, module cache, vendor); "
		        "--include-external shows them\n", r->hidden);
}

/* ------------------------------------------------------------------ */
/* JSON                                                               */
/* ------------------------------------------------------------------ */

typedef struct jctx {
	el_report *r;
	int failed;
} jctx;

/* A string member from input text (UTF-8 cleaned). */
static void jstr(jctx *j, cJSON *o, const char *name, el_str s)
{
	const char *clean = el_utf8_clean(&j->r->scratch, s, RA(j->r));
	if (!clean || !cJSON_AddStringToObject(o, name, clean))
		j->failed = 1;
}

static void jnum(jctx *j, cJSON *o, const char *name, double v)
{
	if (!cJSON_AddNumberToObject(o, name, v))
		j->failed = 1;
}

static void jbool(jctx *j, cJSON *o, const char *name, int v)
{
	if (!cJSON_AddBoolToObject(o, name, v != 0))
		j->failed = 1;
}

/* Add item to array, or fail. */
static void jpush(jctx *j, cJSON *arr, cJSON *item)
{
	if (!item || !cJSON_AddItemToArray(arr, item)) {
		cJSON_Delete(item);
		j->failed = 1;
	}
}

/* `DST = OPSSRC` as the compiler prints it. */
static void jflow(jctx *j, cJSON *o, const el_step *s)
{
	{
		size_t n = s->dst.len + 3 + s->ops.len + s->src.len;
		char *p = el_malloc(RA(j->r), n + 1);
		if (!p) {
			j->failed = 1;
			return;
		}
		memcpy(p, s->dst.ptr, s->dst.len);
		memcpy(p + s->dst.len, " = ", 3);
		memcpy(p + s->dst.len + 3, s->ops.ptr, s->ops.len);
		memcpy(p + s->dst.len + 3 + s->ops.len, s->src.ptr, s->src.len);
		jstr(j, o, "flow", el_str_make(p, n));
		el_free(RA(j->r), p);
	}
}

/* A chain as an array of {flow, notes}. */
static cJSON *jchain(jctx *j, const el_chain *c)
{
	cJSON *arr = cJSON_CreateArray();
	size_t s, k;

	if (!arr) {
		j->failed = 1;
		return NULL;
	}
	for (s = 0; s < c->nsteps; s++) {
		cJSON *step = cJSON_CreateObject(), *notes = cJSON_CreateArray();
		if (!step || !notes) {
			cJSON_Delete(step);
			cJSON_Delete(notes);
			j->failed = 1;
			break;
		}
		jflow(j, step, &c->steps[s]);
		for (k = 0; k < c->steps[s].nnotes; k++) {
			const el_note *n = &c->steps[s].notes[k];
			cJSON *note = cJSON_CreateObject();
			if (!note) {
				j->failed = 1;
				break;
			}
			jstr(j, note, "where", n->where);
			jstr(j, note, "why", n->why);
			jstr(j, note, "file", n->at.file);
			jnum(j, note, "line", (double)n->at.line);
			if (n->at.col)
				jnum(j, note, "column", (double)n->at.col);
			jpush(j, notes, note);
		}
		if (!cJSON_AddItemToObject(step, "notes", notes)) {
			cJSON_Delete(notes);
			j->failed = 1;
		}
		jpush(j, arr, step);
	}
	return arr;
}

/* One object (with its finding when f is not NULL) as one line of JSON. */
static el_status json_object(el_report *r, const el_object *o, const el_finding *f)
{
	jctx j = { r, 0 };
	cJSON *obj = cJSON_CreateObject(), *rel;
	char *out;
	size_t i;

	if (!obj)
		return EL_ERR_NOMEM;
	jstr(&j, obj, "package", o->package);
	if (o->variant.len)
		jstr(&j, obj, "variant", o->variant);
	jstr(&j, obj, "function", o->function);
	jstr(&j, obj, "file", shown_file(o));
	jnum(&j, obj, "line", (double)o->pos.line);
	if (o->pos.col)
		jnum(&j, obj, "column", (double)o->pos.col);
	if (!cJSON_AddStringToObject(obj, "kind", el_object_kind_name(o->kind)))
		j.failed = 1;
	jstr(&j, obj, "subject", o->subject);
	if (f) {
		const el_rule *ru = f->rule;
		cJSON *also = cJSON_CreateArray();
		if (!cJSON_AddStringToObject(obj, "rule", ru ? el_rule_name(ru) : "unclassified") ||
		    !cJSON_AddStringToObject(obj, "id", ru ? el_rule_id(ru) : "EL000") ||
		    !cJSON_AddStringToObject(obj, "level", el_level_name(ru ? f->level : EL_LEVEL_NOTE)))
			j.failed = 1;
		jstr(&j, obj, "message", ru ? f->message : el_str_make("no rule describes this object", 29));
		jstr(&j, obj, "fix", ru ? f->fix : el_str_make("", 0));
		for (i = 0; also && i < f->nalso; i++)
			jpush(&j, also, cJSON_CreateString(el_rule_name(f->also[i])));
		if (!also || !cJSON_AddItemToObject(obj, "also", also)) {
			cJSON_Delete(also);
			j.failed = 1;
		}
	}
	if (o->verdict.len)
		jstr(&j, obj, "verdict", o->verdict);
	if (o->kind == EL_OBJ_NOINLINE) {
		jstr(&j, obj, "reason", o->reason);
		if (o->cost >= 0)
			jnum(&j, obj, "cost", (double)o->cost);
		if (o->budget >= 0)
			jnum(&j, obj, "budget", (double)o->budget);
	}
	{
		cJSON *chain = o->nchains ? jchain(&j, &o->chains[0]) : cJSON_CreateArray();
		if (!chain || !cJSON_AddItemToObject(obj, "chain", chain)) {
			cJSON_Delete(chain);
			j.failed = 1;
		}
		if (o->nchains > 1) {
			cJSON *more = cJSON_CreateArray();
			for (i = 1; more && i < o->nchains; i++)
				jpush(&j, more, jchain(&j, &o->chains[i]));
			if (!more || !cJSON_AddItemToObject(obj, "more_chains", more)) {
				cJSON_Delete(more);
				j.failed = 1;
			}
		}
		if (o->kind == EL_OBJ_LEAK && o->nchains) {
			cJSON *to = cJSON_CreateArray();
			for (i = 0; to && i < o->nchains; i++) {
				cJSON *d = cJSON_CreateObject();
				if (d) {
					jstr(&j, d, "dest", o->chains[i].dest);
					jnum(&j, d, "derefs", (double)o->chains[i].derefs);
				}
				jpush(&j, to, d);
			}
			if (!to || !cJSON_AddItemToObject(obj, "leaks_to", to)) {
				cJSON_Delete(to);
				j.failed = 1;
			}
		}
	}
	rel = cJSON_CreateArray();
	for (i = 0; rel && i < o->nrelated; i++) {
		cJSON *x = cJSON_CreateObject();
		if (x) {
			if (!cJSON_AddStringToObject(x, "kind", "inlined"))
				j.failed = 1;
			jstr(&j, x, "function", o->related[i].function);
			jstr(&j, x, "file", o->related[i].pos.file);
			jnum(&j, x, "line", (double)o->related[i].pos.line);
			if (o->related[i].pos.col)
				jnum(&j, x, "column", (double)o->related[i].pos.col);
		}
		jpush(&j, rel, x);
	}
	if (!rel || !cJSON_AddItemToObject(obj, "related", rel)) {
		cJSON_Delete(rel);
		j.failed = 1;
	}
	jbool(&j, obj, "external", o->flags & EL_O_EXTERNAL);
	jbool(&j, obj, "test", o->flags & EL_O_TEST);
	if (o->flags & EL_O_METHOD_VALUE)
		jbool(&j, obj, "method_value", 1);
	if (o->flags & EL_O_NO_VERDICT)
		jbool(&j, obj, "no_verdict", 1);
	if (o->flags & EL_O_NO_CHAIN && o->kind != EL_OBJ_NOINLINE)
		jbool(&j, obj, "no_chain", 1);
	out = j.failed ? NULL : cJSON_PrintUnformatted(obj);
	cJSON_Delete(obj);
	if (!out)
		return EL_ERR_NOMEM;
	put(r, out, strlen(out));
	put(r, "\n", 1);
	cJSON_free(out);
	return EL_OK;
}

/* ------------------------------------------------------------------ */

/* Write o (and its finding f, when not NULL). */
static el_status report(el_report *r, const el_object *o, const el_finding *f)
{
	el_status st;

	if ((o->flags & EL_O_EXTERNAL) && !r->opts.include_external) {
		if (o->kind == EL_OBJ_MOVED || o->kind == EL_OBJ_ESCAPES)
			r->hidden++;
		return EL_OK;
	}
	r->counts[o->kind]++;
	if (f) {
		r->findings = 1;
		r->levels[f->rule ? f->level : EL_LEVEL_NOTE]++;
	}
	st = r->opts.format == EL_FMT_JSON ? json_object(r, o, f) : text_object(r, o, f);
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
el_status el_report_finish(el_report *r, const el_group_stats *gs)
{
	if (r->opts.format == EL_FMT_TEXT)
		text_summary(r, gs);
	return r->failed ? EL_ERR_IO : EL_OK;
}
