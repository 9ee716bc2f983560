/*
 * report_text.c -- the terminal report.  Objects arrive grouped by package
 * and function (group.c sorts them), so headings are printed when the
 * package or function changes and memory stays bounded: the summary keeps
 * counts and the ten functions with the most heap objects.  Leaks and
 * inlining failures are counted, not listed.  Under each finding comes
 * the source line with a caret under the column, when the file is
 * readable.  Input text never reaches the terminal raw (el_rep_put_text).
 */
#include <stdio.h>

#include "report_int.h"

#define SNIPPET_MAX 300   /* longer source lines are not shown */

#define put el_rep_put
#define puts_ el_rep_puts
#define putf el_rep_putf
#define put_text el_rep_put_text

/* Heap objects per function, for the summary. */
typedef struct text_state {
	el_tops tops;
} text_state;

static void text_release(el_report *r)
{
	el_tops_release(r, &((text_state *)r->state)->tops);
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
#define C_GREEN "\033[32m"
#define C_YELLOW "\033[33m"
#define C_RESET "\033[0m"

/* file:line[:col] */
static void put_pos(el_report *r, el_str file, const el_pos *p)
{
	el_rep_put_path(r, file);
	if (p->col)
		putf(r, ":%lu:%lu", p->line, p->col);
	else
		putf(r, ":%lu", p->line);
}

/* The chain as `WHERE (WHY) → WHERE (WHY) → SINK`; a WHERE that is the
 * compiler's name for the subject shows the subject (its source). */
static void put_chain(el_report *r, const el_object *o, const el_chain *c)
{
	size_t s, k;
	int first = 1;

	for (s = 0; s < c->nsteps && s < EL_MAX_CHAIN_STEPS; s++)
		for (k = 0; k < c->steps[s].nnotes; k++) {
			const el_note *n = &c->steps[s].notes[k];
			if (!first)
				puts_(r, " \xe2\x86\x92 ");
			first = 0;
			put_text(r, o->compiler_subject.len && el_str_eq(n->where, o->compiler_subject)
			                     ? o->subject
			                     : el_note_where(n));
			puts_(r, " (");
			put_text(r, n->why);
			puts_(r, ")");
		}
	if (c->nsteps > EL_MAX_CHAIN_STEPS)
		putf(r, " \xe2\x86\x92 ... (%zu more steps left out)", c->nsteps - EL_MAX_CHAIN_STEPS);
	if (c->nsteps) {
		if (!first)
			puts_(r, " \xe2\x86\x92 ");
		put_text(r, c->steps[c->nsteps - 1].dst);
	}
	if (c->truncated)
		puts_(r, " (truncated by the compiler: assignment cycle)");
}

/*
 * The source line of pos with a caret under its column:
 *
 *           19 |     r := Request{ID: id}
 *              |     ^
 *
 * Tabs are shown as four spaces on both lines, characters as one column
 * each, control characters as their escapes, so the caret stays under the
 * byte the compiler meant.
 */
static el_status put_snippet(el_report *r, el_str file, const el_pos *pos)
{
	el_str line;
	char num[24];
	size_t i, start, width = 0;
	int n, rc;

	if (!r->opts.snippets || pos->line == 0)
		return EL_OK;
	rc = el_rep_source_line(r, file, pos->line, &line);
	if (rc < 0)
		return EL_ERR_NOMEM;
	if (rc == 0 || line.len > SNIPPET_MAX || (pos->col && pos->col - 1 > line.len))
		return EL_OK;
	n = snprintf(num, sizeof num, "%lu", pos->line);
	puts_(r, "        ");
	color(r, C_DIM);
	putf(r, "%s | ", num);
	color(r, C_RESET);
	for (i = start = 0; i < line.len; i++)
		if (line.ptr[i] == '\t') {
			put_text(r, el_str_make(line.ptr + start, i - start));
			puts_(r, "    ");
			start = i + 1;
		}
	put_text(r, el_str_make(line.ptr + start, line.len - start));
	puts_(r, "\n        ");
	color(r, C_DIM);
	putf(r, "%*s | ", n, "");
	color(r, C_RESET);
	if (pos->col) {
		/* the width of the text before the column, tabs as four */
		for (i = start = 0; i < pos->col - 1; i++)
			if (line.ptr[i] == '\t') {
				width += el_rep_put_text_width(r, el_str_make(line.ptr + start, i - start), 0) + 4;
				start = i + 1;
			}
		width += el_rep_put_text_width(r, el_str_make(line.ptr + start, i - start), 0);
		for (i = 0; i < width; i++)
			puts_(r, " ");
		color(r, C_BOLD C_GREEN);
		puts_(r, "^");
		color(r, C_RESET);
	}
	puts_(r, "\n");
	return EL_OK;
}

/* Print package and function headings when they change. */
static el_status text_headings(el_report *r, text_state *t, const el_object *o)
{
	el_str fn = o->function.len ? o->function : el_str_make("(package scope)", 15);
	int rc = el_tops_enter(r, &t->tops, o->package, fn);

	if (rc < 0)
		return EL_ERR_NOMEM;
	if (rc == 2) {
		if (t->tops.packages > 1)
			puts_(r, "\n");
		color(r, C_BOLD);
		put_text(r, o->package.len ? o->package : el_str_make("(no package header)", 19));
		color(r, C_RESET);
		puts_(r, "\n");
	}
	if (rc > 0) {
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
	case EL_OBJ_DIRECTIVE:
		put_text(r, o->subject);
		puts_(r, ": ");
		put_text(r, o->verdict);
		break;
	case EL_OBJ__COUNT:
		break;
	}
}

static const char *const level_color[] = { "", "\033[36m", "\033[33m", "\033[31m" };

/* One object, with its finding when it has one. */
static el_status text_item(el_report *r, const el_item *it)
{
	const el_object *o = it->o;
	text_state *t = r->state;
	size_t i;
	el_status st;

	if (!it->has_finding && o->kind != EL_OBJ_MOVED && o->kind != EL_OBJ_ESCAPES)
		return EL_OK;
	st = text_headings(r, t, o);
	if (st != EL_OK)
		return st;
	if ((o->kind == EL_OBJ_MOVED || o->kind == EL_OBJ_ESCAPES) &&
	    it->change != EL_CHANGE_REMOVED) /* gone: not counted */
		t->tops.cur.count += el_rep_heap_objects(o);
	puts_(r, "    ");
	color(r, C_BOLD);
	put_pos(r, it->file, &o->pos);
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
	if (it->has_finding) {
		puts_(r, "        ");
		if (it->change != EL_CHANGE_NONE) {
			puts_(r, el_change_names[it->change]);
			puts_(r, " ");
		}
		color(r, level_color[it->level]);
		puts_(r, el_level_name(it->level));
		color(r, C_RESET);
		puts_(r, ": ");
		if (it->rule) {
			put_text(r, it->message);
			puts_(r, " [");
			puts_(r, it->rule_name);
			puts_(r, "]\n");
		} else {
			puts_(r, "no rule describes this object [unclassified]\n");
		}
	}
	st = o->flags & EL_O_ELSEWHERE ? EL_OK : put_snippet(r, o->pos.file, &o->pos);
	if (st != EL_OK)
		return st;
	for (i = 0; i < o->nchains && i < EL_MAX_CHAINS; i++) {
		puts_(r, "        ");
		color(r, C_DIM);
		put_chain(r, o, &o->chains[i]);
		color(r, C_RESET);
		puts_(r, "\n");
	}
	if (o->nchains > EL_MAX_CHAINS)
		putf(r, "        (%zu more chains left out)\n", o->nchains - EL_MAX_CHAINS);
	for (i = 0; i < o->nrelated; i++) {
		const el_related *rel = &o->related[i];
		if (rel->kind == EL_REL_NESTED) {
			puts_(r, "        with it: ");
			put_text(r, rel->subject);
		} else if (rel->kind == EL_REL_SAME_CALL) {
			puts_(r, "        also boxed for this call: ");
			put_text(r, rel->subject);
		} else if (rel->kind == EL_REL_SAME_SLICE) {
			puts_(r, "        also appends to this slice");
		} else if (rel->kind == EL_REL_SAME_INLINED) {
			puts_(r, "        also allocated by this call (with it, or on another path): ");
			put_text(r, rel->subject);
		} else if (rel->kind == EL_REL_SAME_OBJECT) {
			puts_(r, "        also stored into a field of the same variable: ");
			put_text(r, rel->subject);
		} else {
			puts_(r, "        also inlined into ");
			put_text(r, rel->function.len ? rel->function : el_str_make("?", 1));
			if (rel->compiler_subject.len) { /* a copy of another value of the call */
				puts_(r, " (");
				put_text(r, rel->compiler_subject);
				puts_(r, ")");
			}
		}
		puts_(r, " at ");
		put_pos(r, rel->pos.file, &rel->pos);
		puts_(r, "\n");
	}
	if (it->rule && it->fix.len) {
		puts_(r, "        fix: ");
		put_text(r, it->fix);
		puts_(r, "\n");
	}
	if (it->nalso) {
		puts_(r, "        also matches:");
		for (i = 0; i < it->nalso; i++) {
			puts_(r, i ? ", " : " ");
			puts_(r, el_rule_name(it->also[i]));
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
static el_status text_finish(el_report *r, const el_group_stats *gs)
{
	text_state *t = r->state;
	const el_tops *tp = &t->tops;
	unsigned long long moved = gs ? gs->objects[EL_OBJ_MOVED] : r->counts[EL_OBJ_MOVED];
	unsigned long long esc = gs ? gs->objects[EL_OBJ_ESCAPES] : r->counts[EL_OBJ_ESCAPES];
	unsigned long long heap = moved + esc;
	unsigned long long shown = r->shown_heap;
	int i;

	if (el_tops_done(r, &t->tops) != 0)
		return EL_ERR_NOMEM;
	if (tp->packages)
		puts_(r, "\n");
	if (r->opts.diff) {
		color(r, C_BOLD);
		putf(r, "Changes: +%llu heap allocations, -%llu", r->heap_changes[EL_CHANGE_ADDED],
		     r->heap_changes[EL_CHANGE_REMOVED]);
		color(r, C_RESET);
		putf(r, " (findings: %llu added, %llu removed, %llu changed rule or level, %llu "
		        "unchanged)\n",
		     r->changes[EL_CHANGE_ADDED], r->changes[EL_CHANGE_REMOVED],
		     r->changes[EL_CHANGE_CHANGED], r->unchanged);
	}
	color(r, C_BOLD);
	puts_(r, "Summary: ");
	color(r, C_RESET);
	put_count(r, heap, "heap object", "heap objects");
	putf(r, " (%llu moved to heap, %llu escaping allocations)", moved, esc);
	if (shown) {
		puts_(r, "; reported: ");
		put_count(r, shown, "object", "objects");
		puts_(r, " in ");
		put_count(r, tp->functions, "function", "functions");
		puts_(r, " of ");
		put_count(r, tp->packages, "package", "packages");
	}
	puts_(r, "\n");
	if (r->findings) {
		unsigned long long gone = shown + r->hidden + r->below_heap + r->hidden_tests +
		                          r->filtered + r->suppressed_heap + r->quiet_heap;
		unsigned long long quiet = heap > gone ? heap - gone : 0;
		putf(r, "Findings: %llu errors, %llu warnings", r->levels[EL_LEVEL_ERROR],
		     r->levels[EL_LEVEL_WARNING]);
		if (r->opts.min_level <= EL_LEVEL_NOTE)
			putf(r, ", %llu notes", r->levels[EL_LEVEL_NOTE]);
		if (r->below[EL_LEVEL_NOTE])
			putf(r, "; %llu notes hidden (--min-level=note shows them)", r->below[EL_LEVEL_NOTE]);
		if (r->below[EL_LEVEL_WARNING])
			putf(r, "; %llu warnings hidden (--min-level=warning shows them)",
			     r->below[EL_LEVEL_WARNING]);
		if (quiet)
			putf(r, "; %llu heap objects matched no rule (--all lists them)", quiet);
		puts_(r, "\n");
	}
	if (tp->top[0].count) {
		puts_(r, "Most heap objects: ");
		for (i = 0; i < EL_TOP_N && tp->top[i].count; i++) {
			if (i)
				puts_(r, ", ");
			put_text(r, el_str_make(tp->top[i].function.ptr, tp->top[i].function.len));
			putf(r, " (%llu)", tp->top[i].count);
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
	if (gs) {
		el_buf b = { 0 };
		if (el_rep_goversion(r, &b, &gs->go) != 0)
			return EL_ERR_NOMEM;
		puts_(r, "Assumed: ");
		put_text(r, el_str_make(b.ptr, b.len - 1));
		puts_(r, "\n");
		el_buf_release(&b, el_rep_alloc(r));
	}
	if (gs && (gs->inlined_copies || gs->variant_copies || gs->nested_objects ||
	           gs->call_values || gs->slice_appends || gs->inlined_objects || gs->object_fields)) {
		putf(r, "Folded: %llu inlined copies into their callee's object, %llu repeats from test builds",
		     gs->inlined_copies, gs->variant_copies);
		if (gs->nested_objects)
			putf(r, ", %llu objects into the object they are allocated with",
			     gs->nested_objects);
		if (gs->call_values)
			putf(r, ", %llu values into another value boxed for the same call",
			     gs->call_values);
		if (gs->slice_appends)
			putf(r, ", %llu appends into another append to the same slice",
			     gs->slice_appends);
		if (gs->inlined_objects)
			putf(r, ", %llu objects into another that the same inlined call allocates",
			     gs->inlined_objects);
		if (gs->object_fields)
			putf(r, ", %llu conversions into another stored into a field of the same variable",
			     gs->object_fields);
		puts_(r, "\n");
	}
	if (r->suppressed)
		putf(r, "Suppressed: %llu findings silenced by //escapelint:ignore in the source "
		        "(JSON and SARIF list them)\n", r->suppressed);
	if (r->filtered)
		putf(r, "Hidden: %llu heap objects left out by --include, --exclude or --packages\n",
		     r->filtered);
	if (r->baselined)
		putf(r, "Baselined: %llu findings in the baseline not reported\n",
		     r->baselined);
	if (r->hidden_tests)
		putf(r, "Hidden: %llu heap objects in test code (_test.go, example and test-helper "
		        "packages); --tests shows them\n", r->hidden_tests);
	if (gs && gs->no_source)
		putf(r, "Sources: the Go files of %llu objects were not found (relative to the directory "
		        "go build ran in): constants, closures, cold paths and sizes not checked\n",
		     gs->no_source);
	if (r->hidden)
		putf(r, "Hidden: %llu external objects (generated code, GOROOT, module cache, vendor); "
		        "--include-external shows them\n", r->hidden);
	return EL_OK;
}

const el_emitter el_emit_text = { text_item, text_finish, text_release, sizeof(text_state), 0 };
