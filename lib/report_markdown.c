/*
 * report_markdown.c -- a summary for GitHub job summaries
 * ($GITHUB_STEP_SUMMARY) and pull-request comments: totals, findings by
 * rule, the functions with the most findings, the top findings with their
 * fix, and the run's notifications.  Only counts and the first few
 * findings of each level are kept, so memory does not grow with the input.
 * Text from the input is escaped for markdown (or put in code spans with a
 * long enough fence), so it cannot open links, HTML or table cells.
 */
#include <stdio.h>
#include <stdlib.h>

#include "report_int.h"

#define MD_TOP_FINDINGS 10

typedef struct md_rule {
	const char *name;
	const char *id;
	el_level level;
	unsigned long long count;
} md_rule;

typedef struct md_state {
	el_vec rules;                                  /* md_rule */
	el_tops tops;                                  /* findings per function */
	el_buf kept[EL_LEVEL_ERROR + 1][MD_TOP_FINDINGS];
	unsigned long long seen[EL_LEVEL_ERROR + 1];
	el_buf out;                                    /* a finding being formatted */
	int failed;
} md_state;

static void md_release(el_report *r)
{
	md_state *m = r->state;
	const el_allocator *a = el_rep_alloc(r);
	int i, lv;

	el_vec_release(&m->rules, a);
	el_tops_release(r, &m->tops);
	for (lv = 0; lv <= EL_LEVEL_ERROR; lv++)
		for (i = 0; i < MD_TOP_FINDINGS; i++)
			el_buf_release(&m->kept[lv][i], a);
	el_buf_release(&m->out, a);
}

/* ------------------------------------------------------------------ */
/* Escaping into a buffer                                             */
/* ------------------------------------------------------------------ */

static void md_add(el_report *r, md_state *m, el_buf *b, const char *s, size_t n)
{
	if (el_buf_append(b, s, n, el_rep_alloc(r)) != 0)
		m->failed = 1;
}

static void md_adds(el_report *r, md_state *m, el_buf *b, const char *s)
{
	md_add(r, m, b, s, strlen(s));
}

/* The length of the control character at p (valid UTF-8, not ASCII): a C1
 * control (CSI is U+009B) or a bidirectional override; 0 for others. */
static size_t is_c1(const char *p)
{
	size_t k;

	if ((unsigned char)*p < 0x80)
		return 0;
	k = el_utf8_seq(p, strlen(p));
	return el_rep_is_control((const unsigned char *)p, k) ? k : 0;
}

/* Input text as markdown prose (never at the start of a line): the
 * characters that could start emphasis, code, links, HTML, entities,
 * strikethrough or a table cell are backslash-escaped, line breaks and other control
 * characters (C1 included) become spaces, invalid UTF-8 becomes U+FFFD. */
static void md_text(el_report *r, md_state *m, el_buf *b, el_str s)
{
	const char *clean = el_utf8_clean(&r->scratch, s, el_rep_alloc(r)), *p;

	if (!clean) {
		m->failed = 1;
		return;
	}
	for (p = clean; *p; p++) {
		unsigned char c = (unsigned char)*p;
		if (c < 0x20 || c == 0x7f || is_c1(p)) {
			md_add(r, m, b, " ", 1);
			p += is_c1(p) ? is_c1(p) - 1 : 0;
		} else if (strchr("\\`*_[]<>|~&", c)) {
			md_add(r, m, b, "\\", 1);
			md_add(r, m, b, p, 1);
		} else
			md_add(r, m, b, p, 1);
	}
}

/* Input text as a code span: the fence is one backtick longer than the
 * longest run inside; in a table cell `|` is escaped, because cells are
 * split before code spans are read (elsewhere the backslash would show). */
static void md_code(el_report *r, md_state *m, el_buf *b, el_str s, int in_table)
{
	const char *clean = el_utf8_clean(&r->scratch, s, el_rep_alloc(r)), *p;
	size_t run = 0, longest = 0, i;
	int pad;

	if (!clean) {
		m->failed = 1;
		return;
	}
	for (p = clean; *p; p++) {
		run = *p == '`' ? run + 1 : 0;
		if (run > longest)
			longest = run;
	}
	pad = clean[0] == '`' || (p > clean && p[-1] == '`') || clean[0] == '\0';
	for (i = 0; i <= longest; i++)
		md_add(r, m, b, "`", 1);
	if (pad)
		md_add(r, m, b, " ", 1);
	for (p = clean; *p; p++) {
		unsigned char c = (unsigned char)*p;
		if (c < 0x20 || c == 0x7f || is_c1(p)) {
			md_add(r, m, b, " ", 1);
			p += is_c1(p) ? is_c1(p) - 1 : 0;
		} else if (c == '|' && in_table)
			md_add(r, m, b, "\\|", 2);
		else
			md_add(r, m, b, p, 1);
	}
	if (pad)
		md_add(r, m, b, " ", 1);
	for (i = 0; i <= longest; i++)
		md_add(r, m, b, "`", 1);
}

/* ------------------------------------------------------------------ */

static el_status md_item(el_report *r, const el_item *it)
{
	md_state *m = r->state;
	const el_allocator *a = el_rep_alloc(r);
	const el_object *o = it->o;
	md_rule *mr = NULL;
	el_buf *b;
	size_t i;
	char num[64];

	if (!it->has_finding)
		return EL_OK;
	m->failed = 0;
	/* per rule and per function; a removed finding is listed, not
	 * counted: it is gone */
	if (it->change != EL_CHANGE_REMOVED) {
		for (i = 0; i < m->rules.len; i++)
			if (EL_VEC_AT(&m->rules, md_rule, i).name == it->rule_name)
				mr = &EL_VEC_AT(&m->rules, md_rule, i);
		if (!mr) {
			if (!(mr = el_vec_push(&m->rules, sizeof *mr, a)))
				return EL_ERR_NOMEM;
			mr->name = it->rule_name;
			mr->id = it->rule_id;
			mr->level = it->level;
		}
		mr->count++;
		/* objects arrive grouped by function */
		if (el_tops_enter(r, &m->tops, o->package, o->function) < 0)
			return EL_ERR_NOMEM;
		m->tops.cur.count += el_rep_heap_objects(o) ? el_rep_heap_objects(o) : 1;
	}
	/* the first findings of each level */
	if (m->seen[it->level]++ >= MD_TOP_FINDINGS)
		return EL_OK;
	b = &m->kept[it->level][m->seen[it->level] - 1];
	b->len = 0;
	md_adds(r, m, b, "**");
	if (it->change != EL_CHANGE_NONE) {
		md_adds(r, m, b, el_change_names[it->change]);
		md_adds(r, m, b, " ");
	}
	md_adds(r, m, b, el_level_name(it->level));
	md_adds(r, m, b, "** ");
	if (o->pos.col)
		snprintf(num, sizeof num, ":%lu:%lu", o->pos.line, o->pos.col);
	else
		snprintf(num, sizeof num, ":%lu", o->pos.line);
	m->out.len = 0;
	md_add(r, m, &m->out, it->file.ptr, it->file.len);
	md_adds(r, m, &m->out, num);
	md_code(r, m, b, el_str_make(m->out.ptr, m->out.len), 0);
	md_adds(r, m, b, " in ");
	md_code(r, m, b, o->function.len ? o->function : el_str_make(EL_LIT("(package scope)")), 0);
	md_adds(r, m, b, " \xc2\xb7 ");
	md_adds(r, m, b, it->rule_name);
	md_adds(r, m, b, "  \n   ");
	if (!it->rule) {
		md_code(r, m, b, o->subject, 0);
		md_adds(r, m, b, el_rep_verdict_phrase(o->kind));
	}
	md_text(r, m, b, it->message);
	if (it->fix.len) {
		md_adds(r, m, b, "  \n   *Fix:* ");
		md_text(r, m, b, it->fix);
	}
	md_adds(r, m, b, "\n");
	return m->failed ? EL_ERR_NOMEM : EL_OK;
}

static int cmp_rules(const void *x, const void *y)
{
	const md_rule *a = x, *b = y;

	if (a->count != b->count)
		return a->count < b->count ? 1 : -1;
	return strcmp(a->id, b->id);
}

static const char *plural(unsigned long long n, const char *one, const char *many)
{
	return n == 1 ? one : many;
}

static el_status md_finish(el_report *r, const el_group_stats *gs)
{
	md_state *m = r->state;
	unsigned long long total, heap, moved, esc, shown = 0;
	size_t i;
	int lv, n;

	m->failed = 0;
	if (el_tops_done(r, &m->tops) != 0)
		return EL_ERR_NOMEM;
	total = r->levels[EL_LEVEL_ERROR] + r->levels[EL_LEVEL_WARNING] + r->levels[EL_LEVEL_NOTE];
	moved = gs ? gs->objects[EL_OBJ_MOVED] : r->counts[EL_OBJ_MOVED];
	esc = gs ? gs->objects[EL_OBJ_ESCAPES] : r->counts[EL_OBJ_ESCAPES];
	heap = moved + esc;
	el_rep_puts(r, "## escapelint\n\n");
	if (r->opts.diff)
		el_rep_putf(r, "**+%llu heap %s, \xe2\x88\x92%llu** (findings: %llu added, %llu removed, "
		               "%llu changed rule or level)\n\n",
		            r->heap_changes[EL_CHANGE_ADDED],
		            plural(r->heap_changes[EL_CHANGE_ADDED], "allocation", "allocations"),
		            r->heap_changes[EL_CHANGE_REMOVED], r->changes[EL_CHANGE_ADDED],
		            r->changes[EL_CHANGE_REMOVED], r->changes[EL_CHANGE_CHANGED]);
	if (total == 0)
		el_rep_puts(r, "No findings");
	else
		el_rep_putf(r, "**%llu %s** (%llu %s, %llu %s, %llu %s)", total,
		            plural(total, "finding", "findings"), r->levels[EL_LEVEL_ERROR],
		            plural(r->levels[EL_LEVEL_ERROR], "error", "errors"),
		            r->levels[EL_LEVEL_WARNING],
		            plural(r->levels[EL_LEVEL_WARNING], "warning", "warnings"),
		            r->levels[EL_LEVEL_NOTE], plural(r->levels[EL_LEVEL_NOTE], "note", "notes"));
	el_rep_putf(r, " in the escape analysis of %llu heap %s (%llu moved to heap, %llu escaping "
	               "%s).\n",
	            heap, plural(heap, "object", "objects"), moved, esc,
	            plural(esc, "allocation", "allocations"));
	if (r->hidden)
		el_rep_putf(r, "%llu external heap %s (generated code, GOROOT, module cache, vendor) "
		               "%s not reported.\n",
		            r->hidden, plural(r->hidden, "object", "objects"),
		            plural(r->hidden, "was", "were"));
	if (r->below[EL_LEVEL_NOTE])
		el_rep_putf(r, "%llu %s not shown (`--min-level=note` shows them).\n",
		            r->below[EL_LEVEL_NOTE], plural(r->below[EL_LEVEL_NOTE], "note was", "notes were"));
	if (r->filtered)
		el_rep_putf(r, "%llu heap %s left out by `--include`, `--exclude` or `--packages`.\n",
		            r->filtered, plural(r->filtered, "object was", "objects were"));
	if (r->baselined)
		el_rep_putf(r, "%llu %s in the baseline not reported.\n", r->baselined,
		            plural(r->baselined, "finding", "findings"));
	if (r->suppressed)
		el_rep_putf(r, "%llu %s silenced by `//escapelint:ignore` in the source.\n",
		            r->suppressed, plural(r->suppressed, "finding was", "findings were"));
	if (r->hidden_tests)
		el_rep_putf(r, "%llu heap %s in test code %s not reported (`--tests` shows them).\n",
		            r->hidden_tests, plural(r->hidden_tests, "object", "objects"),
		            plural(r->hidden_tests, "was", "were"));
	if (gs) {
		el_buf b = { 0 };
		if (el_rep_goversion(r, &b, &gs->go) != 0)
			return EL_ERR_NOMEM;
		m->out.len = 0;
		md_adds(r, m, &m->out, "Judged for ");
		md_text(r, m, &m->out, el_str_make(b.ptr, b.len - 1));
		md_adds(r, m, &m->out, ".\n");
		el_buf_release(&b, el_rep_alloc(r));
		if (m->failed)
			return EL_ERR_NOMEM;
		el_rep_put(r, m->out.ptr, m->out.len);
	}
	if (m->rules.len) {
		qsort(m->rules.ptr, m->rules.len, sizeof(md_rule), cmp_rules);
		el_rep_puts(r, "\n### Findings by rule\n\n| Rule | Id | Level | Findings |\n"
		               "|---|---|---|--:|\n");
		for (i = 0; i < m->rules.len; i++) {
			const md_rule *mr = &EL_VEC_AT(&m->rules, md_rule, i);
			el_rep_putf(r, "| %s | %s | %s | %llu |\n", mr->name, mr->id, el_level_name(mr->level),
			            mr->count);
		}
	}
	if (m->tops.top[0].count) {
		el_rep_puts(r, "\n### Functions with the most findings\n\n| Function | Package | Findings |\n"
		               "|---|---|--:|\n");
		for (i = 0; i < EL_TOP_N && m->tops.top[i].count; i++) {
			const el_top_fn *f = &m->tops.top[i];
			m->out.len = 0;
			md_adds(r, m, &m->out, "| ");
			md_code(r, m, &m->out,
			        f->function.len ? el_str_make(f->function.ptr, f->function.len)
			                        : el_str_make(EL_LIT("(package scope)")),
			        1);
			md_adds(r, m, &m->out, " | ");
			md_code(r, m, &m->out, el_str_make(f->package.ptr, f->package.len), 1);
			md_adds(r, m, &m->out, " | ");
			if (m->failed)
				return EL_ERR_NOMEM;
			el_rep_put(r, m->out.ptr, m->out.len);
			el_rep_putf(r, "%llu |\n", f->count);
		}
	}
	if (total) {
		el_rep_puts(r, "\n### Top findings\n\n");
		n = 0;
		for (lv = EL_LEVEL_ERROR; lv >= EL_LEVEL_NOTE; lv--)
			for (i = 0; i < MD_TOP_FINDINGS && i < m->seen[lv] && n < MD_TOP_FINDINGS; i++) {
				el_rep_putf(r, "%d. ", ++n);
				el_rep_put(r, m->kept[lv][i].ptr, m->kept[lv][i].len);
				shown++;
			}
		if (shown < total)
			el_rep_putf(r, "\n%llu more %s in the full report.\n", total - shown,
			            plural(total - shown, "finding", "findings"));
	}
	if (r->notes.len) {
		el_rep_puts(r, "\n### About this run\n\n");
		for (i = 0; i < r->notes.len; i++) {
			const el_notification *nt = &EL_VEC_AT(&r->notes, el_notification, i);
			m->out.len = 0;
			md_adds(r, m, &m->out, "- ");
			md_adds(r, m, &m->out, el_level_name(nt->level));
			md_adds(r, m, &m->out, ": ");
			md_text(r, m, &m->out, el_str_make(nt->message, strlen(nt->message)));
			md_adds(r, m, &m->out, "\n");
			if (m->failed)
				return EL_ERR_NOMEM;
			el_rep_put(r, m->out.ptr, m->out.len);
		}
	}
	return EL_OK;
}

const el_emitter el_emit_markdown = { md_item, md_finish, md_release, sizeof(md_state), 0 };
