/*
 * classify.c -- the grammar of one logical line of `go build -gcflags=-m`
 * output, turned into an el_record.
 *
 *   line     = header | POS ":" rest | other
 *   header   = "# " IMPORTPATH [" [" VARIANT "]"]  |  "# [" VARIANT "]"
 *   POS      = [DRIVE] FILE ":" LINE [":" COL]  |  "<unknown line number>"
 *   rest     = "     from " WHERE " (" WHY ") at " POS        note
 *            | "   flow: " DST (" = " | " ← ") OPS SRC ":"   flow
 *            | "   warning: truncated explanation ..."       truncated
 *            | "[" N "] " F " stmt: " ...  | label traces    -m=3 trace
 *            | " " MESSAGE
 *
 * MESSAGE is one of the forms of DIAGNOSTICS.md section 2, told apart by a
 * literal prefix (`moved to heap: `, `can inline `, ...) or, for the forms
 * that start with an expression, by a literal suffix (` escapes to heap`,
 * ` does not escape`) or infix (` capturing by value: `).  Expressions are
 * compiler IR prints: they hold spaces, quotes, braces, `:` and ` at `, so
 * every split is made at a fixed word, from the side where the expression
 * cannot interfere (notes are split from the right against the closed list
 * of reasons).  A line that fits no form is EL_REC_UNRECOGNIZED, with its
 * position when it had one.
 */
#include <ctype.h>

#include "internal.h"

/* The flow-note reasons of escape/{expr,stmt,call,assign,escape,graph}.go. */
static const struct {
	const char *s;
	size_t n;
} note_reasons[] = {
#define R(x) { x, sizeof(x) - 1 }
	R("address-of"), R("indirection"), R("dot"), R("dot of pointer"),
	R("fixed-array-index-of"), R("slice"), R("interface-converted"), R("spill"),
	R("array literal element"), R("slice-literal-element"),
	R("struct literal element"), R("map literal key"), R("map literal value"),
	R("key of map put"), R("send"), R("call parameter"), R("callee operand"),
	R("appendee slice"), R("appended slice..."), R("copied slice"),
	R("captured by a closure"), R("reference"), R("range"), R("range-deref"),
	R("switch case"), R("assign"), R("assign-pair"), R("assign-pair-dot-type"),
	R("assign-pair-mapr"), R("assign-pair-receive"), R("return"),
	R("too large for stack"), R("too aligned for stack"), R("non-constant size"),
	R("//go:uintptrescapes"), R("conversion to unsafe.Pointer"),
	R("reflect.Header.Data"),
#undef R
};

static const char *const kind_names[EL_REC__COUNT] = {
	[EL_REC_PACKAGE] = "package",
	[EL_REC_CAN_INLINE] = "can_inline",
	[EL_REC_CANNOT_INLINE] = "cannot_inline",
	[EL_REC_INLINE_CALL] = "inline_call",
	[EL_REC_CANNOT_INLINE_CALL] = "cannot_inline_call",
	[EL_REC_INLINE_BIG] = "inline_big",
	[EL_REC_INLINE_SKIP] = "inline_skip",
	[EL_REC_DEVIRTUALIZE] = "devirtualize",
	[EL_REC_DEVIRTUALIZE_FAIL] = "devirtualize_fail",
	[EL_REC_MOVED_TO_HEAP] = "moved_to_heap",
	[EL_REC_ESCAPES] = "escapes",
	[EL_REC_NO_ESCAPE] = "no_escape",
	[EL_REC_LEAK] = "leak",
	[EL_REC_LEAK_CONTENT] = "leak_content",
	[EL_REC_LEAK_RESULT] = "leak_result",
	[EL_REC_ZERO_COPY] = "zero_copy",
	[EL_REC_KEEP_ALIVE] = "keep_alive",
	[EL_REC_UINTPTR] = "uintptr",
	[EL_REC_SELF_ASSIGN] = "self_assign",
	[EL_REC_CAPTURE] = "capture",
	[EL_REC_MUTATION] = "mutation",
	[EL_REC_ESCAPE_HEADER] = "escape_header",
	[EL_REC_LEAK_HEADER] = "leak_header",
	[EL_REC_FLOW] = "flow",
	[EL_REC_NOTE] = "note",
	[EL_REC_TRUNCATED] = "truncated",
	[EL_REC_BOUNDS] = "bounds",
	[EL_REC_TRACE] = "trace",
	[EL_REC_UNRECOGNIZED] = "unrecognized",
};

/* Name of a record kind, as used in --stats and --dump-records. */
const char *el_kind_name(el_kind kind)
{
	if ((unsigned)kind >= EL_REC__COUNT)
		return "?";
	return kind_names[kind];
}

/* ------------------------------------------------------------------ */
/* Scanning helpers                                                   */
/* ------------------------------------------------------------------ */

/* See internal.h. */
const char *el_find(const char *s, size_t n, const char *lit, size_t litlen)
{
	const char *end, *p = s;

	if (litlen == 0 || n < litlen)
		return NULL; /* before s + n: s may be NULL when n is 0 */
	end = s + n;
	while ((p = memchr(p, lit[0], (size_t)(end - p) - litlen + 1)) != NULL) {
		if (memcmp(p, lit, litlen) == 0)
			return p;
		if (++p > end - litlen)
			break;
	}
	return NULL;
}

/* Find lit in s[0..n), last occurrence; NULL when absent. */
static const char *rfind(const char *s, size_t n, const char *lit, size_t litlen)
{
	size_t i;

	if (litlen == 0 || n < litlen)
		return NULL;
	for (i = n - litlen + 1; i-- > 0;)
		if (s[i] == lit[0] && memcmp(s + i, lit, litlen) == 0)
			return s + i;
	return NULL;
}

/* See internal.h. */
size_t el_skip_literal(const char *s, size_t n)
{
	size_t i = 1;

	if (n == 0)
		return 0;
	switch (s[0]) {
	case '"':
		while (i < n && s[i] != '"')
			i += s[i] == '\\' ? 2 : 1;
		return i < n ? i + 1 : n;
	case '`': {
		const char *q = memchr(s + 1, '`', n - 1);
		return q ? (size_t)(q - s) + 1 : n;
	}
	case '\'':
		/* Only a well-formed rune literal: prose uses apostrophes. */
		if (i < n && s[i] == '\\') {
			i += 2;
			while (i < n && i < 10 && s[i] != '\'')
				i++;
		} else {
			i++;
			while (i < n && ((unsigned char)s[i] & 0xC0) == 0x80)
				i++;
		}
		return i < n && s[i] == '\'' ? i + 1 : 0;
	}
	return 0;
}

/*
 * Find the first occurrence of lit at bracket depth 0 and outside
 * literals, in s[0..n).  Brackets are () [] {}.  NULL when absent.
 */
static const char *find_top(const char *s, size_t n, const char *lit, size_t litlen)
{
	size_t i = 0, skip;
	int depth = 0;

	while (i < n) {
		char c = s[i];

		if (depth == 0 && c == lit[0] && n - i >= litlen &&
		    memcmp(s + i, lit, litlen) == 0)
			return s + i;
		if (c == '(' || c == '[' || c == '{') {
			depth++;
		} else if (c == ')' || c == ']' || c == '}') {
			if (depth > 0)
				depth--;
		} else if ((c == '"' || c == '`' || c == '\'') &&
		           (skip = el_skip_literal(s + i, n - i)) > 0) {
			i += skip;
			continue;
		}
		i++;
	}
	return NULL;
}

/* Length of the bracketed group that s starts with ('{' or '('), or 0. */
static size_t group_len(const char *s, size_t n)
{
	size_t i = 0, skip;
	int depth = 0;

	while (i < n) {
		char c = s[i];

		if (c == '(' || c == '[' || c == '{') {
			depth++;
		} else if (c == ')' || c == ']' || c == '}') {
			if (--depth == 0)
				return i + 1;
		} else if ((c == '"' || c == '`' || c == '\'') &&
		           (skip = el_skip_literal(s + i, n - i)) > 0) {
			i += skip;
			continue;
		}
		i++;
	}
	return 0;
}

/* Parse an optionally negative decimal number filling all of s[0..n). */
static int parse_long(const char *s, size_t n, long *out)
{
	long v = 0;
	size_t i = 0;
	int neg = 0;

	if (n > 0 && s[0] == '-') {
		neg = 1;
		i = 1;
	}
	if (i == n || n - i > 18)
		return 0;
	for (; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return 0;
		v = v * 10 + (s[i] - '0');
	}
	*out = neg ? -v : v;
	return 1;
}

/* Parse digits at s[*i..n) into *out, advancing *i; 0 if there are none. */
static int parse_digits(const char *s, size_t n, size_t *i, unsigned long *out)
{
	unsigned long v = 0;
	size_t j = *i;

	if (j >= n || s[j] < '0' || s[j] > '9')
		return 0;
	while (j < n && s[j] >= '0' && s[j] <= '9' && j - *i < 18)
		v = v * 10 + (unsigned long)(s[j++] - '0');
	if (j < n && s[j] >= '0' && s[j] <= '9')
		return 0;
	*out = v;
	*i = j;
	return 1;
}

/* ------------------------------------------------------------------ */
/* Positions                                                          */
/* ------------------------------------------------------------------ */

/*
 * Try to read `LINE[:COL]` (or `LINE[orig]` from -L) after the colon at
 * s[colon]; the position must then end the text (whole) or be followed by
 * ':'.  Returns the end offset, 0 when it does not fit, or -1 (as SIZE_MAX)
 * when the number is too long to be a line number.  *close caches where
 * the next ']' is, so that a line of `a:1[` repeated stays linear.
 */
static size_t pos_tail(const char *s, size_t n, size_t colon, int whole, el_pos *pos,
                       const char **close)
{
	size_t i = colon + 1, start = i;
	unsigned long line, col = 0;

	if (!parse_digits(s, n, &i, &line)) {
		/* a run of digits too long for a line number: not a position */
		while (i < n && s[i] >= '0' && s[i] <= '9')
			i++;
		return i - start > 18 ? (size_t)-1 : 0;
	}
	if (i < n && s[i] == '[') { /* -L: file:L[orig:L:C] */
		if (*close != s + n && (*close == NULL || *close < s + i)) {
			const char *q = memchr(s + i, ']', n - i);
			*close = q ? q : s + n;
		}
		if (*close == s + n)
			return 0;
		i = (size_t)(*close - s) + 1;
	}
	if (i + 1 < n && s[i] == ':') {
		size_t k = i + 1;
		unsigned long c;
		if (parse_digits(s, n, &k, &c) && (whole ? k == n : (k < n && s[k] == ':'))) {
			i = k;
			col = c;
		}
	}
	if (whole ? i != n : (i >= n || s[i] != ':'))
		return 0;
	pos->file = el_str_make(s, colon);
	pos->line = line;
	pos->col = col;
	return i;
}

/* See escapelint.h. */
size_t el_pos_parse(const char *s, size_t n, int whole, el_pos *pos)
{
	static const char unknown[] = "<unknown line number>";
	const char *close = NULL;
	size_t i = 0, end;

	if (el_starts(s, n, EL_LIT(unknown))) {
		size_t k = sizeof unknown - 1;
		if (whole ? k != n : (k >= n || s[k] != ':'))
			return 0;
		pos->file = el_str_make(s, k);
		pos->line = pos->col = 0;
		return k;
	}
	/* A Windows drive letter's colon is part of the file. */
	if (n >= 3 && isalpha((unsigned char)s[0]) && s[1] == ':' &&
	    (s[2] == '\\' || s[2] == '/'))
		i = 2;
	/* The file ends at the first colon that starts a LINE; a colon
	 * followed by a space ends the search (it separates a message). */
	for (;;) {
		const char *c = memchr(s + i, ':', n - i);
		if (!c)
			return 0;
		i = (size_t)(c - s);
		if (i + 1 < n && s[i + 1] == ' ')
			return 0;
		end = pos_tail(s, n, i, whole, pos, &close);
		if (end == (size_t)-1)
			return 0;
		if (end != 0)
			return end;
		i++;
	}
}

/* ------------------------------------------------------------------ */
/* Message forms                                                      */
/* ------------------------------------------------------------------ */

/* `can inline F`, `can inline F with cost N as: BODY`. */
static int msg_can_inline(const char *m, size_t n, el_record *r)
{
	const char *w;

	m += 11, n -= 11; /* "can inline " */
	r->kind = EL_REC_CAN_INLINE;
	w = find_top(m, n, EL_LIT(" with cost "));
	if (!w) {
		r->as.inl.func = el_str_make(m, n);
		return n > 0;
	}
	{
		const char *num = w + 11, *end = m + n;
		const char *as = el_find(num, (size_t)(end - num), EL_LIT(" as: "));
		const char *stop = as ? as : end;
		if (!parse_long(num, (size_t)(stop - num), &r->as.inl.cost))
			return 0;
		r->as.inl.func = el_str_make(m, (size_t)(w - m));
		if (as)
			r->as.inl.body = el_str_make(as + 5, (size_t)(end - as - 5));
	}
	return 1;
}

/* `cannot inline F: REASON`, `cannot inline F into G: REASON`. */
static int msg_cannot_inline(const char *m, size_t n, el_record *r)
{
	const char *colon, *into, *reason;
	size_t rn;

	m += 14, n -= 14; /* "cannot inline " */
	colon = find_top(m, n, EL_LIT(": "));
	if (!colon || colon == m)
		return 0;
	reason = colon + 2;
	rn = (size_t)(m + n - reason);
	into = find_top(m, (size_t)(colon - m), EL_LIT(" into "));
	if (into) {
		r->kind = EL_REC_CANNOT_INLINE_CALL;
		r->as.inl.func = el_str_make(m, (size_t)(into - m));
		r->as.inl.caller = el_str_make(into + 6, (size_t)(colon - into - 6));
	} else {
		r->kind = EL_REC_CANNOT_INLINE;
		r->as.inl.func = el_str_make(m, (size_t)(colon - m));
	}
	r->as.inl.reason = el_str_make(reason, rn);
	/* function too complex: cost N exceeds budget M */
	if (el_starts(reason, rn, EL_LIT("function too complex: cost "))) {
		const char *num = reason + 27;
		const char *ex = el_find(num, (size_t)(reason + rn - num), EL_LIT(" exceeds budget "));
		if (ex) {
			parse_long(num, (size_t)(ex - num), &r->as.inl.cost);
			parse_long(ex + 16, (size_t)(reason + rn - ex - 16), &r->as.inl.budget);
		}
	}
	return 1;
}

/* `inlining call to F`, `inlining call to F with score N`. */
static int msg_inline_call(const char *m, size_t n, el_record *r)
{
	const char *w;

	m += 17, n -= 17; /* "inlining call to " */
	r->kind = EL_REC_INLINE_CALL;
	w = rfind(m, n, EL_LIT(" with score "));
	if (w && parse_long(w + 12, (size_t)(m + n - w - 12), &r->as.inl.score))
		n = (size_t)(w - m);
	r->as.inl.func = el_str_make(m, n);
	return n > 0;
}

/* Split `X to T` at the last " to " into call and target. */
static int split_to(const char *m, size_t n, el_record *r)
{
	const char *to = rfind(m, n, EL_LIT(" to "));

	if (!to || to == m || to + 4 == m + n)
		return 0;
	r->as.devirt.call = el_str_make(m, (size_t)(to - m));
	r->as.devirt.target = el_str_make(to + 4, (size_t)(m + n - to - 4));
	return 1;
}

/* The devirtualization forms, successful and failed. */
static int msg_devirt(const char *m, size_t n, el_record *r)
{
	r->kind = EL_REC_DEVIRTUALIZE;
	if (el_starts(m, n, EL_LIT("devirtualizing ")))
		return split_to(m + 15, n - 15, r);
	if (el_starts(m, n, EL_LIT("partially devirtualizing "))) {
		r->flags |= EL_F_PARTIAL;
		return split_to(m + 25, n - 25, r);
	}
	if (el_starts(m, n, EL_LIT("PGO devirtualizing "))) {
		r->flags |= EL_F_PGO;
		m += 19, n -= 19;
		if (el_starts(m, n, EL_LIT("interface call ")))
			return split_to(m + 15, n - 15, r);
		if (el_starts(m, n, EL_LIT("function call ")))
			return split_to(m + 14, n - 14, r);
		return 0;
	}
	r->kind = EL_REC_DEVIRTUALIZE_FAIL;
	if (el_starts(m, n, EL_LIT("failed to devirtualize ")) && el_ends(m, n, EL_LIT(")"))) {
		const char *open = rfind(m, n, EL_LIT(" ("));
		if (!open || open < m + 23)
			return 0;
		r->as.devirt.call = el_str_make(m + 23, (size_t)(open - m - 23));
		r->as.devirt.target = el_str_make(open + 2, (size_t)(m + n - open - 3));
		return 1;
	}
	if (el_starts(m, n, EL_LIT("cannot devirtualize ")) ||
	    el_starts(m, n, EL_LIT("should not PGO devirtualize "))) {
		size_t skip = m[0] == 'c' ? 20 : 28;
		const char *colon = rfind(m + skip, n - skip, EL_LIT(": "));
		if (!colon)
			return 0;
		if (m[0] == 's')
			r->flags |= EL_F_PGO;
		r->as.devirt.call = el_str_make(m + skip, (size_t)(colon - m - skip));
		r->as.devirt.target = el_str_make(colon + 2, (size_t)(m + n - colon - 2));
		return 1;
	}
	return 0;
}

/* `leaking param: P`, `leaking param: P to result R level=N`,
 * `leaking param content: P`. */
static int msg_leak(const char *m, size_t n, el_record *r)
{
	const char *to, *lv;

	if (el_starts(m, n, EL_LIT("leaking param content: "))) {
		r->kind = EL_REC_LEAK_CONTENT;
		r->as.leak.param = el_str_make(m + 23, n - 23);
		return n > 23;
	}
	if (!el_starts(m, n, EL_LIT("leaking param: ")))
		return 0;
	m += 15, n -= 15;
	to = el_find(m, n, EL_LIT(" to result "));
	if (!to) {
		r->kind = EL_REC_LEAK;
		r->as.leak.param = el_str_make(m, n);
		return n > 0 && !memchr(m, ' ', n);
	}
	lv = rfind(to, (size_t)(m + n - to), EL_LIT(" level="));
	if (!lv || lv <= to + 11 || !parse_long(lv + 7, (size_t)(m + n - lv - 7), &r->as.leak.level))
		return 0;
	r->kind = EL_REC_LEAK_RESULT;
	r->as.leak.param = el_str_make(m, (size_t)(to - m));
	r->as.leak.result = el_str_make(to + 11, (size_t)(lv - to - 11));
	return 1;
}

/* `assuming P is unsafe uintptr`, `marking P as escaping [...]uintptr`. */
static int msg_uintptr(const char *m, size_t n, el_record *r)
{
	r->kind = EL_REC_UINTPTR;
	if (el_starts(m, n, EL_LIT("assuming ")) && el_ends(m, n, EL_LIT(" is unsafe uintptr"))) {
		r->as.subject.expr = el_str_make(m + 9, n - 9 - 18);
		return n > 27;
	}
	if (el_starts(m, n, EL_LIT("marking "))) {
		const char *as = el_find(m + 8, n - 8, EL_LIT(" as escaping "));
		if (!as || !(el_ends(m, n, EL_LIT(" as escaping uintptr")) ||
		             el_ends(m, n, EL_LIT(" as escaping ...uintptr"))))
			return 0;
		r->flags |= EL_F_MARKING;
		r->as.subject.expr = el_str_make(m + 8, (size_t)(as - m - 8));
		return as > m + 8;
	}
	return 0;
}

/* `mutates param: P derefs=N`, `calls param: P derefs=N`. */
static int msg_mutation(const char *m, size_t n, el_record *r)
{
	const char *colon = el_find(m, n, EL_LIT(" param: "));
	const char *d = rfind(m, n, EL_LIT(" derefs="));

	if (!colon || !d || d <= colon + 8)
		return 0;
	if (!parse_long(d + 8, (size_t)(m + n - d - 8), &r->as.mutation.derefs))
		return 0;
	r->kind = EL_REC_MUTATION;
	r->as.mutation.what = el_str_make(m, (size_t)(colon - m));
	r->as.mutation.param = el_str_make(colon + 8, (size_t)(d - colon - 8));
	return 1;
}

/* `parameter P leaks to D [for F] with derefs=N:` (explanation header). */
static int msg_leak_header(const char *m, size_t n, el_record *r)
{
	const char *sp, *w, *d, *end;
	size_t dl;

	if (!el_ends(m, n, EL_LIT(":")))
		return 0;
	m += 10, n -= 11; /* "parameter ", trailing ':' */
	sp = memchr(m, ' ', n);
	if (!sp || !el_starts(sp, (size_t)(m + n - sp), EL_LIT(" leaks to ")))
		return 0;
	w = rfind(sp, (size_t)(m + n - sp), EL_LIT(" with derefs="));
	if (!w || !parse_long(w + 13, (size_t)(m + n - w - 13), &r->as.header.derefs))
		return 0;
	d = sp + 10;
	end = w;
	if (d >= end)
		return 0;
	dl = *d == '{' ? group_len(d, (size_t)(end - d)) : 0;
	if (dl == 0) {
		const char *s2 = memchr(d, ' ', (size_t)(end - d));
		dl = s2 ? (size_t)(s2 - d) : (size_t)(end - d);
	}
	if (d + dl < end) {
		if (!el_starts(d + dl, (size_t)(end - d - dl), EL_LIT(" for ")) ||
		    d + dl + 5 >= end)
			return 0;
		r->flags |= EL_F_NEW_FORM;
		r->as.header.func = el_str_make(d + dl + 5, (size_t)(end - d - dl - 5));
	}
	r->kind = EL_REC_LEAK_HEADER;
	r->as.header.subject = el_str_make(m, (size_t)(sp - m));
	r->as.header.dest = el_str_make(d, dl);
	return 1;
}

/* `F capturing by value|ref: X (addr=B assign=B width=N)`. */
static int msg_capture(const char *m, size_t n, const char *cap, el_record *r)
{
	const char *name, *paren, *p, *end = m + n;
	int ref = cap[14] == 'r';
	long width;

	name = cap + (ref ? 19 : 21); /* " capturing by ref: " / " capturing by value: " */
	paren = rfind(name, (size_t)(end - name), EL_LIT(" (addr="));
	if (!paren || !el_ends(m, n, EL_LIT(")")))
		return 0;
	p = paren + 7;
	if (el_starts(p, (size_t)(end - p), EL_LIT("true")))
		r->flags |= EL_F_ADDR, p += 4;
	else if (el_starts(p, (size_t)(end - p), EL_LIT("false")))
		p += 5;
	else
		return 0;
	if (!el_starts(p, (size_t)(end - p), EL_LIT(" assign=")))
		return 0;
	p += 8;
	if (el_starts(p, (size_t)(end - p), EL_LIT("true")))
		r->flags |= EL_F_ASSIGN, p += 4;
	else if (el_starts(p, (size_t)(end - p), EL_LIT("false")))
		p += 5;
	else
		return 0;
	if (!el_starts(p, (size_t)(end - p), EL_LIT(" width=")) ||
	    !parse_long(p + 7, (size_t)(end - p - 8), &width))
		return 0;
	r->kind = EL_REC_CAPTURE;
	if (ref)
		r->flags |= EL_F_BY_REF;
	r->as.capture.func = el_str_make(m, (size_t)(cap - m));
	r->as.capture.name = el_str_make(name, (size_t)(paren - name));
	r->as.capture.width = width;
	return cap > m;
}

/* The forms that start with an expression: verdicts and escape headers,
 * told apart by their suffix; captures and self-assignments by infix. */
static int msg_expr(const char *m, size_t n, el_record *r)
{
	const char *w;

	if (el_ends(m, n, EL_LIT(" escapes to heap"))) {
		r->kind = EL_REC_ESCAPES;
		r->as.subject.expr = el_str_make(m, n - 16);
		return n > 16;
	}
	if (el_ends(m, n, EL_LIT(" does not escape"))) {
		r->kind = EL_REC_NO_ESCAPE;
		r->as.subject.expr = el_str_make(m, n - 16);
		return n > 16;
	}
	if (el_ends(m, n, EL_LIT(":")) && (w = rfind(m, n, EL_LIT(" escapes to heap"))) != NULL) {
		const char *rest = w + 16, *end = m + n - 1;
		r->kind = EL_REC_ESCAPE_HEADER;
		r->as.header.subject = el_str_make(m, (size_t)(w - m));
		if (rest < end) {
			if (!el_starts(rest, (size_t)(end - rest), EL_LIT(" in ")) || rest + 4 >= end)
				return 0;
			r->flags |= EL_F_NEW_FORM;
			r->as.header.func = el_str_make(rest + 4, (size_t)(end - rest - 4));
		}
		return w > m;
	}
	if (el_ends(m, n, EL_LIT(" will be kept alive"))) {
		r->kind = EL_REC_KEEP_ALIVE;
		r->as.subject.expr = el_str_make(m, n - 19);
		return n > 19;
	}
	if (el_ends(m, n, EL_LIT(" does not escape, mutate, or call"))) {
		r->kind = EL_REC_MUTATION;
		r->as.mutation.what = el_str_make("none", 4);
		r->as.mutation.param = el_str_make(m, n - 33);
		r->as.mutation.derefs = -1;
		return n > 33;
	}
	if ((w = el_find(m, n, EL_LIT(" capturing by "))) != NULL &&
	    (el_starts(w, (size_t)(m + n - w), EL_LIT(" capturing by value: ")) ||
	     el_starts(w, (size_t)(m + n - w), EL_LIT(" capturing by ref: "))))
		return msg_capture(m, n, w, r);
	if ((w = el_find(m, n, EL_LIT(" ignoring self-assignment in "))) != NULL) {
		r->kind = EL_REC_SELF_ASSIGN;
		r->as.self_assign.func = el_str_make(m, (size_t)(w - m));
		r->as.self_assign.stmt = el_str_make(w + 29, (size_t)(m + n - w - 29));
		return w > m && w + 29 < m + n;
	}
	return 0;
}

/* A top-level message (after "POS: "): prefix forms first, then the
 * expression forms.  Returns 0 when it fits none. */
static int classify_message(const char *m, size_t n, el_record *r)
{
	if (n == 0)
		return 0;
	switch (m[0]) {
	case 'A':
	case 'B':
		if (el_starts(m, n, EL_LIT("Before inlining")) ||
		    el_starts(m, n, EL_LIT("After inlining"))) {
			r->kind = EL_REC_TRACE;
			return 1;
		}
		break;
	case 'P':
		if (el_starts(m, n, EL_LIT("PGO devirtualizing ")) && msg_devirt(m, n, r))
			return 1;
		break;
	case 'a':
		if (el_starts(m, n, EL_LIT("assuming ")) && msg_uintptr(m, n, r))
			return 1;
		break;
	case 'c':
		if (el_starts(m, n, EL_LIT("can inline ")) && msg_can_inline(m, n, r))
			return 1;
		if (el_starts(m, n, EL_LIT("cannot inline ")) && msg_cannot_inline(m, n, r))
			return 1;
		if (el_starts(m, n, EL_LIT("cannot devirtualize ")) && msg_devirt(m, n, r))
			return 1;
		if (el_starts(m, n, EL_LIT("calls param: ")) && msg_mutation(m, n, r))
			return 1;
		break;
	case 'd':
		if (el_starts(m, n, EL_LIT("devirtualizing ")) && msg_devirt(m, n, r))
			return 1;
		break;
	case 'f':
		if (el_starts(m, n, EL_LIT("failed to devirtualize ")) && msg_devirt(m, n, r))
			return 1;
		if (el_starts(m, n, EL_LIT("function ")) &&
		    el_ends(m, n, EL_LIT(" considered 'big'; reducing max cost of inlinees")) &&
		    n > 9 + 48) {
			r->kind = EL_REC_INLINE_BIG;
			r->as.inl.func = el_str_make(m + 9, n - 9 - 48);
			return 1;
		}
		break;
	case 'i':
		if (el_starts(m, n, EL_LIT("inlining call to ")) && msg_inline_call(m, n, r))
			return 1;
		if (n == 25 && el_starts(m, n, EL_LIT("index bounds check elided"))) {
			r->kind = EL_REC_BOUNDS;
			return 1;
		}
		break;
	case 'l':
		if (el_starts(m, n, EL_LIT("leaking param")) && msg_leak(m, n, r))
			return 1;
		break;
	case 'm':
		if (el_starts(m, n, EL_LIT("moved to heap: ")) && n > 15) {
			r->kind = EL_REC_MOVED_TO_HEAP;
			r->as.subject.expr = el_str_make(m + 15, n - 15);
			return 1;
		}
		if (el_starts(m, n, EL_LIT("marking ")) && msg_uintptr(m, n, r))
			return 1;
		if (el_starts(m, n, EL_LIT("mutates param: ")) && msg_mutation(m, n, r))
			return 1;
		break;
	case 'p':
		if (el_starts(m, n, EL_LIT("parameter ")) && msg_leak_header(m, n, r))
			return 1;
		if (el_starts(m, n, EL_LIT("partially devirtualizing ")) && msg_devirt(m, n, r))
			return 1;
		break;
	case 's':
		if (el_starts(m, n, EL_LIT("skip inlining within ")) && n > 21) {
			const char *f = el_find(m + 21, n - 21, EL_LIT(" for "));
			r->kind = EL_REC_INLINE_SKIP;
			r->as.inl.func = el_str_make(m + 21, f ? (size_t)(f - m - 21) : n - 21);
			if (f)
				r->as.inl.reason = el_str_make(f + 5, (size_t)(m + n - f - 5));
			return 1;
		}
		if (el_starts(m, n, EL_LIT("should not PGO devirtualize ")) && msg_devirt(m, n, r))
			return 1;
		break;
	case 'z':
		if (n == 35 && el_starts(m, n, EL_LIT("zero-copy string->[]byte conversion"))) {
			r->kind = EL_REC_ZERO_COPY;
			return 1;
		}
		break;
	}
	/* A prefix matcher may have set fields before it gave up. */
	memset(&r->as, 0, sizeof r->as);
	r->flags &= EL_F_HAS_POS;
	r->as.inl.cost = r->as.inl.budget = r->as.inl.score = -1;
	if (msg_expr(m, n, r))
		return 1;
	memset(&r->as, 0, sizeof r->as);
	r->flags &= EL_F_HAS_POS;
	return 0;
}

/* `     from WHERE (WHY) at POS`, split from the right. */
static int classify_note(const char *s, size_t n, el_record *r)
{
	size_t i;

	int tries = 0;

	/* Candidates: the ") at " from the right whose tail is a position.
	 * File names do not hold ") at ", so the first one or two decide;
	 * trying only a few keeps hostile lines linear. */
	for (i = n; i-- > 5;) {
		size_t k, wn = 0;
		const char *why = NULL;

		if (s[i - 5] != ')' || memcmp(s + i - 4, " at ", 4) != 0)
			continue;
		if (++tries > 4)
			return 0;
		if (!el_pos_parse(s + i, n - i, 1, &r->as.note.at))
			continue;
		/* s[0..i-5) ends with "(WHY"; try the known reasons first. */
		for (k = 0; k < sizeof note_reasons / sizeof note_reasons[0]; k++) {
			size_t len = note_reasons[k].n, close = i - 5;
			if (close >= len + 2 && s[close - len - 1] == '(' &&
			    s[close - len - 2] == ' ' &&
			    memcmp(s + close - len, note_reasons[k].s, len) == 0 &&
			    len > wn) {
				why = s + close - len;
				wn = len;
			}
		}
		if (!why) {
			/* An unknown reason: back up to the balancing '('. */
			size_t j = i - 5;
			int depth = 0;
			for (;;) {
				if (s[j] == ')')
					depth++;
				else if (s[j] == '(' && --depth == 0)
					break;
				if (j == 0)
					return 0;
				j--;
			}
			if (j == 0 || s[j - 1] != ' ')
				return 0;
			why = s + j + 1;
			wn = i - 5 - j - 1;
			r->flags |= EL_F_UNKNOWN_WHY;
		}
		r->kind = EL_REC_NOTE;
		r->as.note.why = el_str_make(why, wn);
		r->as.note.where = el_str_make(s, (size_t)(why - 2 - s));
		return 1;
	}
	return 0;
}

/* `   flow: DST = OPSSRC:` or, from Go 1.26, `DST ← OPSSRC:`. */
static int classify_flow(const char *s, size_t n, el_record *r)
{
	size_t dl, i;
	const char *src;

	if (!el_ends(s, n, EL_LIT(":")) || n < 2)
		return 0;
	n--;
	dl = s[0] == '{' ? group_len(s, n) : 0;
	if (s[0] == '{' && !el_starts(s + dl, n - dl, EL_LIT(" = ")) &&
	    !el_starts(s + dl, n - dl, EL_LIT(" \xe2\x86\x90 "))) {
		/* the compiler cuts long string constants at `...` and drops their
		 * closing quote, so the braces need not balance: take the first
		 * `} ← ` or `} = ` */
		const char *arrow = el_find(s, n, EL_LIT("} \xe2\x86\x90 "));
		const char *eq = el_find(s, n, EL_LIT("} = "));
		const char *end = arrow && (!eq || arrow < eq) ? arrow : eq;
		if (end)
			dl = (size_t)(end - s) + 1;
	}
	if (dl == 0) {
		const char *sp = memchr(s, ' ', n);
		if (!sp)
			return 0;
		dl = (size_t)(sp - s);
	}
	if (el_starts(s + dl, n - dl, EL_LIT(" = "))) {
		src = s + dl + 3;
	} else if (el_starts(s + dl, n - dl, EL_LIT(" \xe2\x86\x90 "))) {
		src = s + dl + 5;
		r->flags |= EL_F_NEW_FORM;
	} else {
		return 0;
	}
	r->kind = EL_REC_FLOW;
	r->as.flow.dst = el_str_make(s, dl);
	n -= (size_t)(src - s);
	i = 0;
	if (n > 0 && src[0] == '&')
		i = 1;
	else
		while (i < n && src[i] == '*')
			i++;
	r->as.flow.ops = el_str_make(src, i);
	r->as.flow.src = el_str_make(src + i, n - i);
	return n > i && dl > 0;
}

/* `# NAME`, `# NAME [VARIANT]`, `# [VARIANT]`. */
static int classify_header(const char *s, size_t n, el_record *r)
{
	const char *sp;

	s += 2, n -= 2;
	if (n == 0)
		return 0;
	r->kind = EL_REC_PACKAGE;
	if (s[0] == '[') {
		if (!el_ends(s, n, EL_LIT("]")) || n < 3)
			return 0;
		r->as.package.variant = el_str_make(s + 1, n - 2);
		return 1;
	}
	sp = memchr(s, ' ', n);
	if (!sp) {
		r->as.package.name = el_str_make(s, n);
		return 1;
	}
	if (!el_starts(sp, (size_t)(s + n - sp), EL_LIT(" [")) || !el_ends(s, n, EL_LIT("]")) ||
	    s + n - sp < 4 || memchr(sp + 2, ' ', (size_t)(s + n - sp - 3)))
		return 0;
	r->as.package.name = el_str_make(s, (size_t)(sp - s));
	r->as.package.variant = el_str_make(sp + 2, (size_t)(s + n - sp - 3));
	return 1;
}

/* -m=3 lines without a position: IR dumps and inliner substitutions. */
static int is_unpositioned_trace(const char *s, size_t n)
{
	return n == 0 || el_starts(s, n, EL_LIT(".   ")) ||
	       el_starts(s, n, EL_LIT("substituting ")) ||
	       el_starts(s, n, EL_LIT("not substituting ")) ||
	       el_starts(s, n, EL_LIT("inlvar ")) ||
	       el_starts(s, n, EL_LIT("typecheck import ")) ||
	       el_starts(s, n, EL_LIT("hot-"));
}

/* -m=3 lines with a position: `[D] F stmt: S`, labels. */
static int is_positioned_trace(const char *t, size_t n)
{
	if (n > 0 && t[0] == '[') {
		const char *c = memchr(t, ']', n);
		return c && el_find(c, (size_t)(t + n - c), EL_LIT(" stmt: ")) != NULL;
	}
	return el_ends(t, n, EL_LIT(" non-looping label")) ||
	       el_ends(t, n, EL_LIT(" looping label"));
}

/* See internal.h. */
void el_classify(const char *s, size_t n, el_record *r)
{
	size_t plen;
	const char *t;
	size_t tn;

	r->flags = 0;
	memset(&r->as, 0, sizeof r->as);
	r->as.inl.cost = r->as.inl.budget = r->as.inl.score = -1;
	r->pos.file = el_str_make(s, 0);
	r->pos.line = r->pos.col = 0;
	r->text = el_str_make(s, n);
	r->kind = EL_REC_UNRECOGNIZED;

	if (n >= 2 && s[0] == '#' && s[1] == ' ') {
		if (!classify_header(s, n, r)) {
			memset(&r->as, 0, sizeof r->as);
			r->kind = EL_REC_UNRECOGNIZED;
		}
		return;
	}
	/* IR dumps (-m=3) end in `# file.go:L:C`: not a prefix. */
	plen = el_starts(s, n, EL_LIT(".   ")) ? 0 : el_pos_parse(s, n, 0, &r->pos);
	if (plen == 0) {
		/* Go 1.23+ prints some captures of range-over-func
		 * variables (#next) without a position */
		if (el_find(s, n, EL_LIT(" capturing by ")) && msg_expr(s, n, r) &&
		    r->kind == EL_REC_CAPTURE)
			return;
		memset(&r->as, 0, sizeof r->as);
		r->kind = is_unpositioned_trace(s, n) ? EL_REC_TRACE : EL_REC_UNRECOGNIZED;
		return;
	}
	r->flags |= EL_F_HAS_POS;
	t = s + plen + 1;
	tn = n - plen - 1;
	r->text = el_str_make(t, tn);
	if (tn == 0)
		return;
	if (t[0] != ' ') {
		if (is_positioned_trace(t, tn))
			r->kind = EL_REC_TRACE;
		return;
	}
	/* Continuation lines of explanations: 3 and 5 spaces. */
	if (tn > 10 && memcmp(t, "     from ", 10) == 0) {
		if (classify_note(t + 10, tn - 10, r))
			return;
	} else if (tn > 9 && memcmp(t, "   flow: ", 9) == 0) {
		if (classify_flow(t + 9, tn - 9, r))
			return;
	} else if (el_starts(t, tn, EL_LIT("   warning: truncated explanation"))) {
		r->kind = EL_REC_TRUNCATED;
		return;
	} else if (tn > 1 && t[1] != ' ') {
		if (classify_message(t + 1, tn - 1, r))
			return;
	}
	memset(&r->as, 0, sizeof r->as);
	r->flags &= EL_F_HAS_POS;
	r->kind = is_positioned_trace(t, tn) ? EL_REC_TRACE : EL_REC_UNRECOGNIZED;
}
