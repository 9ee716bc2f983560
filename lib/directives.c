/*
 * directives.c -- `//escapelint:` comments in a parsed Go file: the
 * suppressions and allocation assertions of directives.h, read into
 * el_directive records.
 *
 * The text is searched for the bytes "//escapelint:" and the tree walked
 * with one cursor that descends only into nodes holding the next
 * occurrence, so a file is visited along the paths to its candidates.  A
 * candidate is a directive when it starts a `comment` node: the same bytes
 * in a string literal, a block comment or the middle of another comment
 * are not one.
 *
 * The text after the prefix (trailing blanks and a CR dropped) reads
 *
 *   directive  = NAME [ blanks ARGS ]        NAME: up to the first blank
 *   ignore      file-ignore: ARGS = RULES [ blanks REASON ]
 *               RULES = RULE { "," RULE }    (one word, no empty RULE)
 *   noalloc     inline     noescape: ARGS, when present, are a comment
 *               and ignored (as the compiler ignores words after
 *               //go:noinline)
 *
 * A directive that does not fit is EL_DIR_BAD with a problem (the first
 * thing found wrong); it keeps what could be read (target, rules) for the
 * caller to point at.
 *
 * Where one applies:
 *   ignore, noescape  the comment's line when anything but blanks precedes
 *                     the comment on it, else the next line that is not
 *                     blank and does not start (after blanks) with //;
 *                     none before the end of the file makes it bad
 *   noalloc, inline   the function or method declaration whose doc comment
 *                     holds it: a comment alone on its line at the top
 *                     level, followed by comments (line or block) on
 *                     consecutive lines and then, on the next line, the
 *                     declaration; anywhere else it is bad
 */
#include <stdarg.h>
#include <stdio.h>

#include "directives.h"

#define MARK "//escapelint:"
#define MARK_LEN (sizeof(MARK) - 1)
/* A word of the comment quoted in a problem ("%.*s%s"): its first
 * QUOTE_MAX bytes, then "..." when it is longer. */
#define QUOTE_MAX 64
#define QUOTE(s, n) (int)((n) > QUOTE_MAX ? QUOTE_MAX : (n)), (s), ((n) > QUOTE_MAX ? "..." : "")

static int is_blank(char c)
{
	return c == ' ' || c == '\t';
}

static int is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\r';
}

static int is(TSNode n, const char *t)
{
	return !ts_node_is_null(n) && strcmp(ts_node_type(n), t) == 0;
}

/* See directives.h. */
int el_directives_present(const char *text, size_t len)
{
	return text && el_find(text, len, EL_LIT(MARK)) != NULL;
}

/* The offset of the first "//escapelint:" at or after from, or len. */
static size_t find_mark(const char *src, size_t len, size_t from)
{
	const char *p;

	if (from >= len)
		return len;
	p = el_find(src + from, len - from, EL_LIT(MARK));
	return p ? (size_t)(p - src) : len;
}

/* Whether only blanks precede offset off on its line. */
static int own_line(const char *src, size_t off)
{
	while (off > 0 && src[off - 1] != '\n')
		if (!is_space(src[--off]))
			return 0;
	return 1;
}

/* The first line after the one holding off (which is line) that holds
 * code: blank lines and lines holding only a // comment skipped.  0 when
 * the file ends first. */
static unsigned long next_code_line(const char *src, size_t len, size_t off, unsigned long line)
{
	const char *p = src + off, *end = src + len;

	for (;;) {
		if (!(p = memchr(p, '\n', (size_t)(end - p))))
			return 0;
		p++;
		line++;
		while (p < end && is_space(*p))
			p++;
		if (p == end)
			return 0;
		if (*p != '\n' && !el_starts(p, (size_t)(end - p), EL_LIT("//")))
			return line;
	}
}

/* A NUL-terminated copy of s[0..n) (NULL when out of memory). */
static char *dup_n(const char *s, size_t n, const el_allocator *a)
{
	char *d = el_malloc(a, n + 1);

	if (d) {
		memcpy(d, s, n);
		d[n] = '\0';
	}
	return d;
}

/* Make d bad with the formatted problem; 0, or -2 when out of memory. */
static EL_PRINTF(3, 4) int bad(el_directive *d, const el_allocator *a, const char *fmt, ...)
{
	char msg[320];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	d->kind = EL_DIR_BAD;
	return (d->problem = el_strdup(msg, a)) ? 0 : -2;
}

/* Split the rule list s[0..n) at ',' into d->rules: 0, 1 when a name is
 * empty (nothing kept), -2 out of memory. */
static int split_rules(el_directive *d, const char *s, size_t n, const el_allocator *a)
{
	const char *end = s + n, *p, *q;
	size_t count = 1, i;

	for (i = 0; i < n; i++)
		if (s[i] == ',') {
			if (i == 0 || s[i - 1] == ',' || i == n - 1)
				return 1;
			count++;
		}
	if (!(d->rules = el_malloc(a, count * sizeof *d->rules)))
		return -2;
	for (p = s; p < end; p = q + 1) {
		if (!(q = memchr(p, ',', (size_t)(end - p))))
			q = end;
		if (!(d->rules[d->nrules] = dup_n(p, (size_t)(q - p), a)))
			return -2;
		d->nrules++;
	}
	return 0;
}

/* //escapelint:ignore and //escapelint:file-ignore with args[0..n). */
static int suppression(el_directive *d, const char *name, const char *args, size_t n,
                       const el_allocator *a)
{
	const char *end = args + n, *w = args, *r;
	int rc;

	while (w < end && !is_blank(*w))
		w++;
	if (n == 0)
		return bad(d, a, "%s%s needs a rule: %s%s RULE[,RULE] reason", MARK, name, MARK,
		           name);
	if ((rc = split_rules(d, args, (size_t)(w - args), a)) != 0)
		return rc < 0 ? rc
		              : bad(d, a,
		                    "empty rule name in \"%.*s%s\": %s%s RULE[,RULE] reason "
		                    "(no spaces in the list)",
		                    QUOTE(args, (size_t)(w - args)), MARK, name);
	for (r = w; r < end && is_blank(*r); r++)
		;
	if (r == end)
		return bad(d, a, "a suppression needs a reason: %s%s RULE reason", MARK, name);
	return (d->reason = dup_n(r, (size_t)(end - r), a)) ? 0 : -2;
}

/*
 * The declaration whose doc comment holds the comment at the cursor
 * (depth below the root): the comment stands on its own line at the top
 * level, and the siblings after it are comments on consecutive lines and
 * then a function or method declaration on the next line.  1 and *decl,
 * or 0.
 */
static int doc_decl(const TSTreeCursor *cur, unsigned depth, const char *src, TSNode comment,
                    TSNode *decl)
{
	TSTreeCursor c;
	uint32_t last = ts_node_end_point(comment).row;
	int found = 0;

	if (depth != 1 || !own_line(src, ts_node_start_byte(comment)))
		return 0;
	c = ts_tree_cursor_copy(cur);
	while (ts_tree_cursor_goto_next_sibling(&c)) {
		TSNode k = ts_tree_cursor_current_node(&c);
		if (!ts_node_is_named(k))
			continue;
		if (ts_node_start_point(k).row != last + 1)
			break;
		if (is(k, "comment")) {
			last = ts_node_end_point(k).row;
			continue;
		}
		if (is(k, "function_declaration") || is(k, "method_declaration")) {
			*decl = k;
			found = 1;
		}
		break;
	}
	ts_tree_cursor_delete(&c);
	return found;
}

/* The receiver's base type name in t (pointer and parentheses removed,
 * type arguments left out); *ptr set for a pointer.  0 when unreadable. */
static int receiver_type(TSNode t, int *ptr, TSNode *base)
{
	while (!ts_node_is_null(t)) {
		if (is(t, "type_identifier")) {
			*base = t;
			return 1;
		}
		if (is(t, "generic_type")) {
			t = ts_node_child_by_field_name(t, EL_LIT("type"));
		} else if (is(t, "pointer_type")) {
			if (*ptr)
				return 0; /* **T is no receiver */
			*ptr = 1;
			t = ts_node_named_child(t, 0);
		} else if (is(t, "parenthesized_type")) {
			t = ts_node_named_child(t, 0);
		} else {
			return 0;
		}
	}
	return 0;
}

/* The first named child of type t of n, or a null node. */
static TSNode child_of_type(TSNode n, const char *t)
{
	uint32_t i, c = ts_node_named_child_count(n);

	for (i = 0; i < c; i++) {
		TSNode k = ts_node_named_child(n, i);
		if (is(k, t))
			return k;
	}
	return ts_node_named_child(n, c); /* null */
}

/* Fill d's function from decl: where the compiler declares it and its
 * name.  0, 1 when the declaration cannot be read, -2 out of memory. */
static int function(el_directive *d, const char *src, TSNode decl, const el_allocator *a)
{
	TSNode name = ts_node_child_by_field_name(decl, EL_LIT("name")), at = name, base;
	TSPoint p, e = ts_node_end_point(decl);
	uint32_t ns, ne, bs = 0, be = 0;
	int ptr = 0;
	el_buf b = { NULL, 0, 0 };

	if (ts_node_is_null(name))
		return 1;
	if (is(decl, "method_declaration")) {
		TSNode recv = ts_node_child_by_field_name(decl, EL_LIT("receiver"));
		if (ts_node_is_null(recv))
			return 1;
		at = recv;
		recv = child_of_type(recv, "parameter_declaration");
		if (ts_node_is_null(recv) ||
		    !receiver_type(ts_node_child_by_field_name(recv, EL_LIT("type")), &ptr, &base))
			return 1;
		bs = ts_node_start_byte(base);
		be = ts_node_end_byte(base);
	}
	p = ts_node_start_point(at);
	d->decl_line = p.row + 1;
	d->decl_col = p.column + 1;
	d->end_line = e.row + 1;
	d->end_col = e.column ? e.column : 1; /* the 1-based column of the last byte */
	ns = ts_node_start_byte(name);
	ne = ts_node_end_byte(name);
	/* F, T.M or (*T).M */
	if (el_buf_append(&b, "(*", ptr ? 2 : 0, a) != 0 ||
	    el_buf_append(&b, src + bs, be - bs, a) != 0 ||
	    el_buf_append(&b, ptr ? ")." : ".", be == bs ? 0 : ptr ? 2 : 1, a) != 0 ||
	    el_buf_append(&b, src + ns, ne - ns, a) != 0 || el_buf_append(&b, "", 1, a) != 0) {
		el_buf_release(&b, a);
		return -2;
	}
	d->func = b.ptr;
	return 0;
}

/* See gosrc.h. */
int el_gofile_func_name(const el_gofile *f, TSNode decl, char *buf, size_t size)
{
	el_directive d;
	size_t len;
	const char *src = el_gofile_text(f, &len);
	int rc;

	memset(&d, 0, sizeof d);
	buf[0] = '\0';
	rc = function(&d, src, decl, NULL);
	if (rc != 0)
		return rc == -2 ? -2 : 0;
	snprintf(buf, size, "%s", d.func);
	el_free(NULL, d.func);
	return buf[0] != '\0';
}

/* //escapelint:noalloc and //escapelint:inline. */
static int assertion(el_directive *d, const char *name, const char *src, const TSTreeCursor *cur,
                     unsigned depth, TSNode comment, const el_allocator *a)
{
	TSNode decl;
	int rc;

	if (!doc_decl(cur, depth, src, comment, &decl))
		return bad(d, a,
		           "%s%s must be in the doc comment of a function (the comments directly "
		           "above its func line)",
		           MARK, name);
	if ((rc = function(d, src, decl, a)) > 0)
		return bad(d, a, "%s%s: the declaration below cannot be read", MARK, name);
	return rc;
}

/* The directive names and what each reads as. */
static const struct {
	const char *name;
	el_directive_kind kind;
} names[] = {
	{ "ignore", EL_DIR_IGNORE },   { "file-ignore", EL_DIR_FILE_IGNORE },
	{ "noalloc", EL_DIR_NOALLOC }, { "inline", EL_DIR_INLINE },
	{ "noescape", EL_DIR_NOESCAPE },
};

/* Read the directive comment at the cursor into a new record of out. */
static int directive(const el_gofile *f, const TSTreeCursor *cur, unsigned depth, TSNode comment,
                     el_vec *out, const el_allocator *a)
{
	size_t len, s = ts_node_start_byte(comment), i, n;
	const char *src = el_gofile_text(f, &len);
	const char *t = src + s + MARK_LEN, *end = src + ts_node_end_byte(comment), *w, *args;
	TSPoint p = ts_node_start_point(comment);
	el_directive *d = el_vec_push(out, sizeof *d, a);
	int rc;

	if (!d)
		return -2;
	d->line = p.row + 1;
	d->col = p.column + 1;
	while (end > t && is_space(end[-1]))
		end--;
	for (w = t; w < end && !is_blank(*w); w++)
		;
	for (args = w; args < end && is_blank(*args); args++)
		;
	n = (size_t)(w - t);
	for (i = 0; i < sizeof names / sizeof names[0]; i++)
		if (strlen(names[i].name) == n && memcmp(names[i].name, t, n) == 0)
			break;
	if (i == sizeof names / sizeof names[0])
		return bad(d, a,
		           "unknown directive %s%.*s%s "
		           "(ignore, file-ignore, noalloc, inline, noescape)",
		           MARK, QUOTE(t, n));
	d->kind = names[i].kind;
	switch (d->kind) {
	case EL_DIR_IGNORE:
	case EL_DIR_NOESCAPE:
		d->target = own_line(src, s) ? next_code_line(src, len, s, d->line) : d->line;
		if (d->kind == EL_DIR_IGNORE &&
		    ((rc = suppression(d, names[i].name, args, (size_t)(end - args), a)) != 0 ||
		     d->kind == EL_DIR_BAD))
			return rc;
		if (d->target == 0)
			return bad(d, a, "%s%s stands above no line of code", MARK, names[i].name);
		return 0;
	case EL_DIR_FILE_IGNORE:
		return suppression(d, names[i].name, args, (size_t)(end - args), a);
	default:
		return assertion(d, names[i].name, src, cur, depth, comment, a);
	}
}

/* See directives.h. */
int el_directives_scan(const el_gofile *f, el_vec *out, const el_allocator *a)
{
	size_t len;
	const char *src = el_gofile_text(f, &len);
	size_t next = find_mark(src, len, 0);
	TSTreeCursor cur;
	unsigned depth = 0;
	int rc = 0;

	if (next == len)
		return 0;
	cur = ts_tree_cursor_new(el_gofile_root(f));
	for (;;) {
		TSNode n = ts_tree_cursor_current_node(&cur);
		size_t s = ts_node_start_byte(n), e = ts_node_end_byte(n);

		if (s > next) {
			/* a candidate outside every node: look at n again */
			if ((next = find_mark(src, len, s)) == len)
				break;
			continue;
		}
		if (e > next) {
			if (is(n, "comment")) {
				if (s == next && (rc = directive(f, &cur, depth, n, out, a)) != 0)
					break;
			} else if (ts_tree_cursor_goto_first_child(&cur)) {
				depth++;
				continue;
			}
			/* a comment, or a token holding the bytes (a string) */
			if ((next = find_mark(src, len, e)) == len)
				break;
		}
		/* on to the node after n */
		while (!ts_tree_cursor_goto_next_sibling(&cur)) {
			if (depth == 0 || !ts_tree_cursor_goto_parent(&cur))
				goto done;
			depth--;
		}
	}
done:
	ts_tree_cursor_delete(&cur);
	return rc;
}

/* See directives.h. */
void el_directive_clear(el_directive *d, const el_allocator *a)
{
	size_t j;

	for (j = 0; j < d->nrules; j++)
		el_free(a, d->rules[j]);
	el_free(a, d->rules);
	el_free(a, d->func);
	el_free(a, d->reason);
	el_free(a, d->problem);
	memset(d, 0, sizeof *d);
}

/* See directives.h. */
void el_directives_release(el_vec *v, const el_allocator *a)
{
	size_t i;

	for (i = 0; i < v->len; i++)
		el_directive_clear(&EL_VEC_AT(v, el_directive, i), a);
	el_vec_release(v, a);
}
