/*
 * report_ci.c -- one line per finding for machines that read lines.
 *
 * gcc: `file:line:col: warning: message [rule]`, the form editors'
 * quickfix lists, errorformat and problem matchers read.  Written as the
 * findings come; input text goes through el_rep_put_text, so a newline in
 * an expression cannot start a second line.
 *
 * github: GitHub Actions workflow commands
 * (`::warning file=F,line=L,col=C,title=T::message`).  The runner turns
 * only the first 10 of each type (error, warning, notice) in a step into
 * annotations, so the writer keeps the first 10 of each level, writes them
 * at the end, errors first, and closes with one notice counting the rest.
 * Messages and properties use the runner's escapes (%25, %0D, %0A, and
 * %3A, %2C in properties), so nothing taken from the input — a file name
 * with a comma, an expression with a newline or `::` — can end a property
 * or start another command; other control characters are written as \xHH.
 */
#include <stdio.h>

#include "report_int.h"

/* ------------------------------------------------------------------ */
/* gcc                                                                */
/* ------------------------------------------------------------------ */

static el_status gcc_item(el_report *r, const el_item *it)
{
	const el_object *o = it->o;

	if (!it->has_finding)
		return EL_OK;
	el_rep_put_path(r, it->file);
	if (o->pos.col)
		el_rep_putf(r, ":%lu:%lu: ", o->pos.line, o->pos.col);
	else
		el_rep_putf(r, ":%lu: ", o->pos.line);
	el_rep_puts(r, el_level_name(it->level));
	el_rep_puts(r, ": ");
	if (it->rule)
		el_rep_put_text(r, it->message);
	else {
		el_rep_put_text(r, o->subject);
		el_rep_puts(r, el_rep_verdict_phrase(o->kind));
		el_rep_put_text(r, it->message);
	}
	el_rep_puts(r, " [");
	el_rep_puts(r, it->rule_name);
	el_rep_puts(r, "]\n");
	return EL_OK;
}

const el_emitter el_emit_gcc = { gcc_item, NULL, NULL, 0, 0 };

/* ------------------------------------------------------------------ */
/* github                                                             */
/* ------------------------------------------------------------------ */

typedef struct gh_state {
	el_buf kept[EL_LEVEL_ERROR + 1][EL_GITHUB_MAX_PER_TYPE];
	unsigned long long seen[EL_LEVEL_ERROR + 1];
	el_buf line;   /* the command being built */
	el_buf flow;
	int failed;
} gh_state;

static void gh_release(el_report *r)
{
	gh_state *g = r->state;
	const el_allocator *a = el_rep_alloc(r);
	int lv, i;

	for (lv = 0; lv <= EL_LEVEL_ERROR; lv++)
		for (i = 0; i < EL_GITHUB_MAX_PER_TYPE; i++)
			el_buf_release(&g->kept[lv][i], a);
	el_buf_release(&g->line, a);
	el_buf_release(&g->flow, a);
}

static void gh_add(el_report *r, gh_state *g, const char *s, size_t n)
{
	if (el_buf_append(&g->line, s, n, el_rep_alloc(r)) != 0)
		g->failed = 1;
}

static void gh_adds(el_report *r, gh_state *g, const char *s)
{
	gh_add(r, g, s, strlen(s));
}

/* Append s with the runner's escapes; property values also escape ':'
 * and ','.  Bytes that are not UTF-8 become U+FFFD first. */
static void gh_escaped(el_report *r, gh_state *g, el_str s, int property)
{
	const char *clean = el_utf8_clean(&r->scratch, s, el_rep_alloc(r));
	const char *p;

	if (!clean) {
		g->failed = 1;
		return;
	}
	for (p = clean; *p; p++) {
		switch (*p) {
		case '%':
			gh_adds(r, g, "%25");
			break;
		case '\r':
			gh_adds(r, g, "%0D");
			break;
		case '\n':
			gh_adds(r, g, "%0A");
			break;
		case ':':
			gh_adds(r, g, property ? "%3A" : ":");
			break;
		case ',':
			gh_adds(r, g, property ? "%2C" : ",");
			break;
		default:
			if ((unsigned char)*p < 0x20 || *p == 0x7f) {
				/* other controls (ESC, ...) would reach the log raw */
				char esc[8];
				snprintf(esc, sizeof esc, "\\x%02x", (unsigned char)*p);
				gh_adds(r, g, esc);
			} else if ((unsigned char)*p >= 0x80 &&
			           el_rep_is_control((const unsigned char *)p, el_utf8_seq(p, strlen(p)))) {
				/* C1 controls (CSI is U+009B) and bidirectional
				 * overrides: \uXXXX */
				size_t k = el_utf8_seq(p, strlen(p));
				unsigned cp = k == 2 ? (unsigned)(p[1] & 0x3f) | ((unsigned)(p[0] & 0x1f) << 6)
				                     : (unsigned)(p[2] & 0x3f) | ((unsigned)(p[1] & 0x3f) << 6) |
				                               ((unsigned)(p[0] & 0x0f) << 12);
				char esc[8];
				snprintf(esc, sizeof esc, "\\u%04x", cp);
				gh_adds(r, g, esc);
				p += k - 1;
			} else
				gh_add(r, g, p, 1);
		}
	}
}

static const char *gh_type(el_level lv)
{
	return lv == EL_LEVEL_ERROR ? "error" : lv == EL_LEVEL_WARNING ? "warning" : "notice";
}

/* The chain as `WHERE (WHY) → ... → SINK`, for the annotation body (a WHERE
 * that is the compiler's name for the subject shows the subject). */
static void gh_chain(el_report *r, gh_state *g, const el_object *o, const el_chain *c)
{
	size_t s, k;
	el_buf *b = &g->flow;
	const el_allocator *a = el_rep_alloc(r);

	b->len = 0;
	for (s = 0; s < c->nsteps && s < EL_MAX_CHAIN_STEPS; s++)
		for (k = 0; k < c->steps[s].nnotes; k++) {
			const el_note *n = &c->steps[s].notes[k];
			el_str where = o->compiler_subject.len && el_str_eq(n->where, o->compiler_subject)
			                       ? o->subject
			                       : el_note_where(n);
			if ((b->len && el_buf_append(b, " \xe2\x86\x92 ", 5, a) != 0) ||
			    el_buf_append(b, where.ptr, where.len, a) != 0 ||
			    el_buf_append(b, " (", 2, a) != 0 ||
			    el_buf_append(b, n->why.ptr, n->why.len, a) != 0 ||
			    el_buf_append(b, ")", 1, a) != 0)
				g->failed = 1;
		}
	if (c->nsteps > EL_MAX_CHAIN_STEPS) {
		char more[64];
		int n = snprintf(more, sizeof more, " \xe2\x86\x92 ... (%zu more steps left out)",
		                 c->nsteps - EL_MAX_CHAIN_STEPS);
		if (el_buf_append(b, more, (size_t)n, a) != 0)
			g->failed = 1;
	}
	if (c->nsteps) {
		el_str dst = c->steps[c->nsteps - 1].dst;
		if ((b->len && el_buf_append(b, " \xe2\x86\x92 ", 5, a) != 0) ||
		    el_buf_append(b, dst.ptr, dst.len, a) != 0)
			g->failed = 1;
	}
	gh_escaped(r, g, el_str_make(b->ptr, b->len), 0);
}

static el_status gh_item(el_report *r, const el_item *it)
{
	gh_state *g = r->state;
	const el_object *o = it->o;
	el_str file = it->file;
	el_buf *slot;
	char num[64];

	if (!it->has_finding)
		return EL_OK;
	if (g->seen[it->level]++ >= EL_GITHUB_MAX_PER_TYPE)
		return EL_OK;
	g->failed = 0;
	g->line.len = 0;
	gh_adds(r, g, "::");
	gh_adds(r, g, gh_type(it->level));
	while (file.len > 2 && file.ptr[0] == '.' && file.ptr[1] == '/')
		file.ptr += 2, file.len -= 2;
	if (file.len && file.ptr[0] != '<' && file.ptr[0] != '$') {
		gh_adds(r, g, " file=");
		gh_escaped(r, g, file, 1);
		if (o->pos.line) {
			snprintf(num, sizeof num, ",line=%lu", o->pos.line);
			gh_adds(r, g, num);
			if (o->pos.col) {
				snprintf(num, sizeof num, ",col=%lu", o->pos.col);
				gh_adds(r, g, num);
			}
		}
		gh_adds(r, g, ",");
	} else
		gh_adds(r, g, " ");
	gh_adds(r, g, "title=");
	gh_escaped(r, g, el_str_make(EL_LIT("escapelint: ")), 1);
	gh_escaped(r, g, el_str_make(it->rule_name, strlen(it->rule_name)), 1);
	gh_adds(r, g, " (");
	gh_adds(r, g, it->rule_id);
	gh_adds(r, g, ")::");
	if (!it->rule) {
		gh_escaped(r, g, o->subject, 0);
		gh_adds(r, g, el_rep_verdict_phrase(o->kind));
	}
	gh_escaped(r, g, it->message, 0);
	if (o->nchains && o->chains[0].nsteps) {
		gh_adds(r, g, "%0A%0Aescape chain: ");
		gh_chain(r, g, o, &o->chains[0]);
	}
	if (it->fix.len) {
		gh_adds(r, g, "%0A%0Afix: ");
		gh_escaped(r, g, it->fix, 0);
	}
	gh_adds(r, g, "\n");
	if (g->failed)
		return EL_ERR_NOMEM;
	slot = &g->kept[it->level][g->seen[it->level] - 1];
	slot->len = 0;
	if (el_buf_append(slot, g->line.ptr, g->line.len, el_rep_alloc(r)) != 0)
		return EL_ERR_NOMEM;
	return EL_OK;
}

static el_status gh_finish(el_report *r, const el_group_stats *gs)
{
	gh_state *g = r->state;
	unsigned long long rest[EL_LEVEL_ERROR + 1] = { 0 }, total = 0;
	unsigned long long keep;
	int lv, i, capped = 0;

	(void)gs;
	for (lv = EL_LEVEL_NOTE; lv <= EL_LEVEL_ERROR; lv++)
		if (g->seen[lv] > EL_GITHUB_MAX_PER_TYPE)
			capped = 1;
	for (lv = EL_LEVEL_ERROR; lv >= EL_LEVEL_NOTE; lv--) {
		/* with a closing notice, one notice slot is taken by it */
		keep = EL_GITHUB_MAX_PER_TYPE - (capped && lv == EL_LEVEL_NOTE);
		if (keep > g->seen[lv])
			keep = g->seen[lv];
		for (i = 0; (unsigned long long)i < keep; i++)
			el_rep_put(r, g->kept[lv][i].ptr, g->kept[lv][i].len);
		rest[lv] = g->seen[lv] - keep;
		total += rest[lv];
	}
	if (total)
		el_rep_putf(r,
		            "::notice title=escapelint::%llu more findings are not shown as annotations "
		            "(%llu errors, %llu warnings, %llu notes): GitHub shows %d of each type per "
		            "step. Upload the SARIF output (-f sarif:FILE) or read the text report.\n",
		            total, rest[EL_LEVEL_ERROR], rest[EL_LEVEL_WARNING], rest[EL_LEVEL_NOTE],
		            EL_GITHUB_MAX_PER_TYPE);
	return EL_OK;
}

const el_emitter el_emit_github = { gh_item, gh_finish, gh_release, sizeof(gh_state), 0 };
