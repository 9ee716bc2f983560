/*
 * parse.c -- the push parser: turns a byte stream fed in arbitrary pieces
 * into logical lines and hands each, typed by classify.c, to the caller.
 *
 * Framing rules:
 *  - a physical line ends at LF; a CR right before the LF is dropped (also
 *    when the CR ended one feed and the LF starts the next); a lone CR is
 *    content.  `lines` counts LFs, as `wc -l` does.
 *  - a UTF-8 byte order mark at the very start of the input is skipped.
 *  - NUL bytes and invalid UTF-8 are content like any other byte.
 *  - the compiler prints raw string literals as they are, newlines
 *    included, so a positioned line that ends inside a raw string (an odd
 *    backtick outside "..." and '...' literals) continues on the next
 *    physical lines, whatever they look like, until the literal closes.
 *    Those lines are joined (with LF) into one record -- if the result
 *    is a known form.  A stray backtick (in a test's failure message, say)
 *    must not swallow what follows: a joined record that fits no form, one
 *    longer than EL_RAW_MAX_LINES lines or EL_RAW_MAX_BYTES bytes, and one
 *    still open at the end of input are delivered line by line instead;
 *    and a continuation line that is itself a positioned diagnostic of a
 *    known form ends the gathering (raw strings in Go code hold SQL,
 *    templates and text, not compiler diagnostics).
 *  - a last line without LF is delivered by el_parser_finish.
 *
 * Hot path: a complete line inside the caller's buffer is classified in
 * place, without copying; only a line split across feeds or a raw-string
 * record is gathered in p->pend, a buffer that is reused, never freed per
 * line.
 */
#include "internal.h"

#define EL_RAW_MAX_LINES 10000
#define EL_RAW_MAX_BYTES ((size_t)16 << 20)

struct el_parser {
	el_allocator alloc;
	int has_alloc;
	el_record_fn fn;
	void *ctx;
	size_t max_line;

	el_buf pend;          /* partial physical line, or a raw-string record */
	size_t phys_start;    /* offset in pend where the current physical line starts */
	int raw_open;         /* pend holds a record that ends inside a raw string */
	unsigned long rec_line;   /* first line of the record in pend */
	unsigned long rec_nlines; /* complete physical lines in that record */

	unsigned long line;   /* physical lines completed so far */
	int finished;
	int stopped;

	el_buf package;       /* current `# ` block: import path */
	el_buf variant;       /* and test variant */

	el_stats stats;
	el_error error;
};

/* The allocator to pass to mem.c helpers. */
static const el_allocator *alloc_of(const el_parser *p)
{
	return p->has_alloc ? &p->alloc : NULL;
}

/* See escapelint.h. */
el_parser *el_parser_new(el_record_fn fn, void *ctx, const el_allocator *alloc)
{
	el_parser *p = el_malloc(alloc, sizeof *p);

	if (!p)
		return NULL;
	memset(p, 0, sizeof *p);
	if (alloc) {
		p->alloc = *alloc;
		p->has_alloc = 1;
	}
	p->fn = fn;
	p->ctx = ctx;
	p->max_line = EL_DEFAULT_MAX_LINE;
	el_error_clear(&p->error);
	return p;
}

/* See escapelint.h. */
void el_parser_set_max_line(el_parser *p, size_t max)
{
	p->max_line = max;
}

/* See escapelint.h. */
void el_parser_free(el_parser *p)
{
	el_allocator a;
	int has;

	if (!p)
		return;
	a = p->alloc;
	has = p->has_alloc;
	el_buf_release(&p->pend, alloc_of(p));
	el_buf_release(&p->package, alloc_of(p));
	el_buf_release(&p->variant, alloc_of(p));
	el_free(has ? &a : NULL, p);
}

/* See escapelint.h. */
const el_stats *el_parser_stats(const el_parser *p)
{
	return &p->stats;
}

/* See escapelint.h. */
const el_error *el_parser_error(const el_parser *p)
{
	return &p->error;
}

/* Record an allocation failure at the current line. */
static el_status fail_nomem(el_parser *p)
{
	el_error_set(&p->error, EL_ERR_NOMEM, p->line + 1, 0, "out of memory");
	return EL_ERR_NOMEM;
}

/* Record that the logical line starting at line is over the limit. */
static el_status fail_limit(el_parser *p, unsigned long line)
{
	el_error_set(&p->error, EL_ERR_LIMIT, line, 0,
	             "line longer than %zu bytes (the line-length limit); is this compiler output?",
	             p->max_line);
	return EL_ERR_LIMIT;
}

/*
 * Does a line that starts outside any literal end inside a raw string?
 * Only called for lines with a backtick, which are rare.  raw is the
 * state at the start of s.
 */
static int ends_in_raw(const char *s, size_t n, int raw)
{
	size_t i = 0;

	while (i < n) {
		if (raw) {
			const char *q = memchr(s + i, '`', n - i);
			if (!q)
				return 1;
			i = (size_t)(q - s) + 1;
			raw = 0;
			continue;
		}
		if (s[i] == '`') {
			raw = 1;
			i++;
		} else if (s[i] == '"' || s[i] == '\'') {
			size_t skip = el_skip_literal(s + i, n - i);
			i += skip ? skip : 1;
		} else {
			i++;
		}
	}
	return raw;
}

/* Swap the saved copy of the current block's names for new ones. */
static el_status set_block(el_parser *p, const el_record *r)
{
	if (r->as.package.name.len > 0) {
		p->package.len = 0;
		if (el_buf_append(&p->package, r->as.package.name.ptr, r->as.package.name.len,
		                  alloc_of(p)) != 0)
			return fail_nomem(p);
	}
	/* A variant-only header (`# [p.test]`) keeps the name. */
	p->variant.len = 0;
	if (el_buf_append(&p->variant, r->as.package.variant.ptr, r->as.package.variant.len,
	                  alloc_of(p)) != 0)
		return fail_nomem(p);
	return EL_OK;
}

/* Classify one logical line and hand it to the callback. */
static el_status emit(el_parser *p, const char *s, size_t n, unsigned long line,
                      unsigned long nlines)
{
	el_record r;

	if (p->max_line && n > p->max_line)
		return fail_limit(p, line);
	el_classify(s, n, &r);
	r.line = line;
	r.nlines = nlines;
	if (nlines > 1)
		r.flags |= EL_F_CONTINUED;
	if (r.kind == EL_REC_PACKAGE) {
		el_status st = set_block(p, &r);
		if (st != EL_OK)
			return st;
	}
	r.package = el_str_make(p->package.ptr, p->package.len);
	r.variant = el_str_make(p->variant.ptr, p->variant.len);
	p->stats.records++;
	p->stats.kinds[r.kind]++;
	if (p->fn && p->fn(&r, p->ctx) != 0) {
		p->stopped = 1;
		el_error_set(&p->error, EL_ERR_STOPPED, line, 0, "stopped by the record callback");
		return EL_ERR_STOPPED;
	}
	return EL_OK;
}


/* Forget the record gathered in pend. */
static void pend_reset(el_parser *p)
{
	p->pend.len = 0;
	p->phys_start = 0;
	p->raw_open = 0;
}

/* Deliver the first n bytes of gathered lines in pend one physical line
 * at a time (a raw string that was not one). */
static el_status emit_each(el_parser *p, size_t n)
{
	size_t off = 0;
	unsigned long line = p->rec_line;
	el_status st = EL_OK;

	while (off < n && st == EL_OK) {
		const char *nl = memchr(p->pend.ptr + off, '\n', n - off);
		size_t len = nl ? (size_t)(nl - p->pend.ptr) - off : n - off;
		st = emit(p, p->pend.ptr + off, len, line++, 1);
		off += len + 1;
	}
	return st;
}

/* emit_each, then forget pend. */
static el_status emit_lines(el_parser *p, size_t n)
{
	el_status st = emit_each(p, n);
	pend_reset(p);
	return st;
}

/* Is s[0..n) on its own a positioned diagnostic of a known form? */
static int is_diagnostic(const char *s, size_t n)
{
	el_record probe;

	el_classify(s, n, &probe);
	return (probe.flags & EL_F_HAS_POS) && probe.kind != EL_REC_UNRECOGNIZED &&
	       probe.kind != EL_REC_TRACE;
}

/* The raw string of the record in pend closed: deliver it joined when it
 * is a known form, else line by line. */
static el_status emit_joined(el_parser *p)
{
	el_record probe;

	el_classify(p->pend.ptr, p->pend.len, &probe);
	if (probe.kind == EL_REC_UNRECOGNIZED)
		return emit_lines(p, p->pend.len);
	{
		el_status st = emit(p, p->pend.ptr, p->pend.len, p->rec_line, p->rec_nlines);
		pend_reset(p);
		return st;
	}
}

static el_status fresh_line(el_parser *p, const char *s, size_t n, int in_pend);
static el_status too_long(el_parser *p, unsigned long line);

/*
 * A complete physical line s[0..n) (without its LF), which is either in
 * the caller's buffer (in_pend 0, pend empty) or the tail of pend.
 */
static el_status line_done(el_parser *p, const char *s, size_t n, int in_pend)
{
	el_status st;

	p->line++;
	if (n > 0 && s[n - 1] == '\r') {
		n--;
		if (in_pend)
			p->pend.len--;
	}
	if (p->line == 1 && n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0) {
		s += 3, n -= 3;
		if (in_pend) {
			memmove(p->pend.ptr, p->pend.ptr + 3, n);
			p->pend.len -= 3;
			s = p->pend.ptr;
		}
	}

	if (p->raw_open) {
		if (p->max_line && n > p->max_line)
			return too_long(p, p->line);
		if (is_diagnostic(s, n)) {
			/* the backtick was stray: deliver what was gathered
			 * line by line, then take this line afresh */
			st = emit_each(p, p->phys_start - 1);
			memmove(p->pend.ptr, s, n);
			p->pend.len = n;
			p->phys_start = 0;
			p->raw_open = 0;
			if (st != EL_OK)
				return st;
			return fresh_line(p, p->pend.ptr, n, 1);
		}
		p->rec_nlines++;
		if (!ends_in_raw(s, n, 1))
			return emit_joined(p);
		if (p->rec_nlines >= EL_RAW_MAX_LINES || p->pend.len >= EL_RAW_MAX_BYTES)
			return emit_lines(p, p->pend.len);
		if (el_buf_append(&p->pend, "\n", 1, alloc_of(p)) != 0)
			return fail_nomem(p);
		p->phys_start = p->pend.len;
		return EL_OK;
	}

	return fresh_line(p, s, n, in_pend);
}

/* A physical line that does not continue a raw string. */
static el_status fresh_line(el_parser *p, const char *s, size_t n, int in_pend)
{
	el_status st;

	/* Lines that could open a raw string: positioned, with a backtick. */
	if (memchr(s, '`', n) && el_pos_parse(s, n, 0, &(el_pos){ { 0, 0 }, 0, 0 }) &&
	    ends_in_raw(s, n, 0)) {
		if (!in_pend && el_buf_append(&p->pend, s, n, alloc_of(p)) != 0)
			return fail_nomem(p);
		if (el_buf_append(&p->pend, "\n", 1, alloc_of(p)) != 0)
			return fail_nomem(p);
		p->phys_start = p->pend.len;
		p->raw_open = 1;
		p->rec_line = p->line;
		p->rec_nlines = 1;
		return EL_OK;
	}
	st = emit(p, s, n, p->line, 1);
	if (in_pend)
		pend_reset(p);
	return st;
}

/* The length of the physical line gathered so far at the end of pend,
 * as the limit sees it (a byte order mark at the start of the input is
 * not part of the first line). */
static size_t partial_length(const el_parser *p)
{
	size_t n = p->pend.len - p->phys_start;

	if (p->line == 0 && p->phys_start == 0 && n >= 3 && memcmp(p->pend.ptr, "\xEF\xBB\xBF", 3) == 0)
		n -= 3;
	/* nor is the CR of a CRLF whose LF has not come yet (a lone CR is
	 * content: emit counts it when the line is complete) */
	if (n > 0 && p->pend.ptr[p->pend.len - 1] == '\r')
		n--;
	return n;
}

/* The physical line at the end of pend is over the limit: the lines held
 * before it for a raw string that did not close are delivered first (as
 * when the input ends there), then the error names that line.  Whether the
 * line arrives whole or in pieces, the records are the same. */
static el_status too_long(el_parser *p, unsigned long line)
{
	if (p->raw_open && p->phys_start > 0) {
		el_status st = emit_each(p, p->phys_start - 1);
		if (st != EL_OK)
			return st;
	}
	return fail_limit(p, line);
}

/* Refuse calls on a parser that has finished, stopped or failed. */
static el_status check_usable(el_parser *p)
{
	if (p->error.status != EL_OK)
		return p->error.status;
	if (p->finished) {
		el_error_set(&p->error, EL_ERR_STATE, 0, 0, "parser already finished");
		return EL_ERR_STATE;
	}
	return EL_OK;
}

/* See escapelint.h. */
el_status el_parser_feed(el_parser *p, const char *buf, size_t len)
{
	el_status st = check_usable(p);

	if (st != EL_OK)
		return st;
	p->stats.bytes += len;
	while (len > 0) {
		const char *nl = memchr(buf, '\n', len);
		size_t n;

		if (!nl) {
			if (el_buf_append(&p->pend, buf, len, alloc_of(p)) != 0)
				return fail_nomem(p);
			if (p->max_line && partial_length(p) > p->max_line)
				return too_long(p, p->line + 1);
			return EL_OK;
		}
		n = (size_t)(nl - buf);
		p->stats.lines++;
		if (p->pend.len == 0) {
			st = line_done(p, buf, n, 0);
		} else {
			if (el_buf_append(&p->pend, buf, n, alloc_of(p)) != 0)
				return fail_nomem(p);
			st = line_done(p, p->pend.ptr + p->phys_start, p->pend.len - p->phys_start, 1);
		}
		if (st != EL_OK)
			return st;
		buf = nl + 1;
		len -= n + 1;
	}
	return EL_OK;
}

/* See escapelint.h. */
el_status el_parser_finish(el_parser *p)
{
	el_status st = check_usable(p);

	if (st != EL_OK)
		return st;
	p->finished = 1;
	/* A last physical line without LF (it is not counted in lines). */
	if (p->pend.len > p->phys_start || (p->pend.len > 0 && !p->raw_open)) {
		st = line_done(p, p->pend.ptr + p->phys_start, p->pend.len - p->phys_start, 1);
		if (st != EL_OK)
			return st;
	}
	/* A raw string never closed: it was not one. */
	if (p->raw_open) {
		size_t n = p->pend.len;
		if (n > 0 && p->pend.ptr[n - 1] == '\n')
			n--;
		st = emit_lines(p, n);
	}
	return st;
}
