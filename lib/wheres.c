/*
 * wheres.c -- the source a note's WHERE stands for, when the compiler's
 * text shows names it made up (see gosrc.h).
 *
 * The compiler prints a note's WHERE from the tree it rewrote: the result
 * of a call is ~r0 (~R0 up to Go 1.21), arguments and the results of a
 * multi-value call are .autotmp_N, a wrapper's receiver and parameters
 * are .this and ~pN, and the code of a call it inlined names the callee's
 * variables (strings.s = ...) at the position of the call's '('.  The
 * shape of WHERE says which node at the note's position it stands for,
 * and WHERE is replaced only by that node:
 *
 *   return ...       the return statement at the position
 *   A = B, A := B    the assignment whose operator is there (a var spec:
 *                    at its name) with as many left-hand sides, unless
 *                    they are made up; for made-up ones also a go or defer
 *                    statement there, or the expression whose text is B
 *   F(...)           a call or conversion of the same name (its last
 *                    identifier), there or around it
 *   X op Y, op X     a binary or unary expression with that operator
 *   X.f, X[...]      a selector of that field, an index or slice
 *   ~r0, .autotmp_N  the expression there, or the one call of the
 *                    statement there
 *
 * Whatever the shape, the call whose '(' is at the position stands for a
 * WHERE that is not itself (an assignment, another callee's call): notes
 * there are about the call, its result, or the callee's code inlined --
 * which is why an assignment without made-up names is looked at too, and
 * replaced only there.  The text is put on one line the way the compiler
 * prints it: comments left out, bodies as {...}, cut after WHERE_MAX
 * bytes.  Where the grammar failed (tree-sitter-go 0.23.4 does not know
 * Go 1.26's new(expr)), the text is taken by its brackets instead.
 */
#include "gosrc.h"

/* The longest text put in place of a WHERE, in bytes (then "..."). */
#define WHERE_MAX 120
/* Enclosing nodes looked at for a call or conversion around the position. */
#define AROUND_MAX 6

typedef enum {
	W_OTHER,
	W_NAME,     /* one made-up name: ~r0, .autotmp_3 */
	W_RETURN,   /* return ... */
	W_ASSIGN,   /* A = B, A := B, A op= B */
	W_CALL,     /* F(...), a conversion T(...) */
	W_BINARY,   /* X op Y */
	W_UNARY,    /* op X */
	W_SELECTOR, /* X.f */
	W_INDEX     /* X[...] */
} wkind;

/* What WHERE's text says it is. */
typedef struct shape {
	wkind kind;
	el_str head;    /* call: the callee's last identifier; selector: the field;
	                   binary, unary: the operator */
	size_t nargs;   /* call: its arguments */
	int variadic;   /* call: the last argument is spread (x... or `... argument...`) */
	el_str rhs;     /* assignment: the right-hand side */
	size_t nlhs;    /* assignment: the left-hand sides */
	int lhs_made_up; /* assignment: every left-hand side is a made-up name */
	int one_rhs;    /* assignment: one right-hand side */
} shape;

/* Is c one of the characters of set (never the NUL byte)? */
static int one_of(char c, const char *set)
{
	return c != '\0' && strchr(set, c) != NULL;
}

static size_t digits(const char *s, size_t n)
{
	size_t i = 0;

	while (i < n && s[i] >= '0' && s[i] <= '9')
		i++;
	return i;
}

/* The length of the made-up name s starts with (~r0, ~R0, ~p1, ~b2,
 * .autotmp_5, .this, .anon0, glob..func1), or 0; prev is the byte
 * before s, or 0. */
static size_t made_up(const char *s, size_t n, char prev)
{
	size_t k, end;

	if (el_ident_byte(prev) || prev == ')' || prev == ']')
		return 0; /* x.this is a field */
	if (n >= 3 && s[0] == '~' && one_of(s[1], "rRpb") && (k = digits(s + 2, n - 2)) > 0)
		end = 2 + k;
	else if (el_starts(s, n, EL_LIT(".autotmp_")) && (k = digits(s + 9, n - 9)) > 0)
		end = 9 + k;
	else if (el_starts(s, n, EL_LIT(".anon")) && (k = digits(s + 5, n - 5)) > 0)
		end = 5 + k;
	else if (el_starts(s, n, EL_LIT(".this")))
		end = 5;
	else if (el_starts(s, n, EL_LIT("glob..")))
		for (end = 6; end < n && (el_ident_byte(s[end]) || s[end] == '.'); end++)
			;
	else
		return 0;
	return end < n && el_ident_byte(s[end]) ? 0 : end;
}

/* Is all of s one made-up name? */
static int is_made_up(el_str s)
{
	return s.len && made_up(s.ptr, s.len, 0) == s.len;
}

/* s without blanks around it. */
static el_str trim(el_str s)
{
	while (s.len && s.ptr[0] == ' ') {
		s.ptr++;
		s.len--;
	}
	while (s.len && s.ptr[s.len - 1] == ' ')
		s.len--;
	return s;
}

/* The last identifier of s: Put of (*sync.Pool).Put, byte of ([]byte). */
static el_str last_ident(el_str s)
{
	size_t end = s.len, start;

	while (end > 0 && !el_ident_byte(s.ptr[end - 1]))
		end--;
	for (start = end; start > 0 && el_ident_byte(s.ptr[start - 1]); start--)
		;
	return el_str_make(s.ptr + start, end - start);
}

/* The binding strength of binary operator op (Go's), 0 when it is none. */
static int precedence(el_str op)
{
	static const char *const ops[] = { "||", "&&", "==", "!=", "<",  "<=", ">",  ">=", "+",
		                           "-",  "|",  "^",  "*",  "/",  "%",  "<<", ">>", "&",
		                           "&^", NULL };
	static const int prec[] = { 1, 2, 3, 3, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 5, 5, 5 };
	size_t i;

	for (i = 0; ops[i]; i++)
		if (op.len == strlen(ops[i]) && memcmp(op.ptr, ops[i], op.len) == 0)
			return prec[i];
	return 0;
}

static int op_char(char c)
{
	return one_of(c, "=:+-*/%&|^<>!");
}

/* How many top-level comma-separated pieces s has; *made_up_all is set
 * when each is a made-up name (or _). */
static size_t pieces(el_str s, int *made_up_all)
{
	size_t i, start = 0, n = 0, skip;
	int depth = 0;

	*made_up_all = 1;
	for (i = 0; i <= s.len; i++) {
		if (i < s.len && (skip = el_skip_literal(s.ptr + i, s.len - i)) > 0) {
			i += skip - 1;
			continue;
		}
		if (i < s.len && one_of(s.ptr[i], "([{"))
			depth++;
		else if (i < s.len && one_of(s.ptr[i], ")]}"))
			depth--;
		else if (i == s.len || (s.ptr[i] == ',' && depth == 0)) {
			el_str p = trim(el_str_make(s.ptr + start, i - start));
			if (!is_made_up(p) && !(p.len == 1 && p.ptr[0] == '_'))
				*made_up_all = 0;
			n++;
			start = i + 1;
		}
	}
	return n;
}

/* Read WHERE's shape: its top-level operators and brackets. */
static void read_shape(el_str w, shape *s)
{
	size_t i, skip, open = (size_t)-1, dot = (size_t)-1;
	size_t bin = 0, bin_len = 0;
	int depth = 0, bin_prec = 0;

	memset(s, 0, sizeof *s);
	if (el_starts(w.ptr, w.len, EL_LIT("return")) && (w.len == 6 || w.ptr[6] == ' ')) {
		s->kind = W_RETURN;
		return;
	}
	for (i = 0; i < w.len; i++) {
		char c = w.ptr[i];
		if ((skip = el_skip_literal(w.ptr + i, w.len - i)) > 0) {
			i += skip - 1;
			continue;
		}
		if (c == '(' || c == '[' || c == '{') {
			if (depth++ == 0)
				open = i;
			continue;
		}
		if (c == ')' || c == ']' || c == '}') {
			depth--;
			continue;
		}
		if (depth != 0)
			continue;
		if (c == '.' && i + 1 < w.len && el_ident_byte(w.ptr[i + 1]))
			dot = i;
		if (c == ' ' && i + 1 < w.len && op_char(w.ptr[i + 1])) {
			size_t k = i + 1;
			el_str op;
			while (k < w.len && op_char(w.ptr[k]))
				k++;
			if (k >= w.len || w.ptr[k] != ' ')
				continue;
			op = el_str_make(w.ptr + i + 1, k - i - 1);
			if (op.ptr[op.len - 1] == '=' && !precedence(op) && op.len <= 3) {
				/* =, :=, +=, <<=, ...: the first is the statement's */
				el_str lhs = el_str_make(w.ptr, i);
				s->kind = W_ASSIGN;
				s->nlhs = pieces(lhs, &s->lhs_made_up);
				s->rhs = trim(el_str_make(w.ptr + k, w.len - k));
				s->one_rhs = pieces(s->rhs, &(int){ 0 }) == 1;
				return;
			}
			/* the loosest binding, the last of equals: the outermost */
			if (precedence(op) && (!bin_prec || precedence(op) <= bin_prec)) {
				bin_prec = precedence(op);
				bin = i + 1;
				bin_len = op.len;
			}
			i = k - 1;
		}
	}
	if (bin_prec) {
		s->kind = W_BINARY;
		s->head = el_str_make(w.ptr + bin, bin_len);
	} else if (is_made_up(w)) {
		s->kind = W_NAME;
	} else if (w.len > 1 && one_of(w.ptr[0], "&*-+!^")) {
		s->kind = W_UNARY;
		s->head = el_str_make(w.ptr, 1);
	} else if (el_starts(w.ptr, w.len, EL_LIT("<-"))) {
		s->kind = W_UNARY;
		s->head = el_str_make(w.ptr, 2);
	} else if (w.len && w.ptr[w.len - 1] == ')' && open != (size_t)-1 && open > 0 &&
	           w.ptr[open] == '(') {
		el_str args = el_str_make(w.ptr + open + 1, w.len - open - 2);
		s->kind = W_CALL;
		s->head = last_ident(el_str_make(w.ptr, open));
		s->nargs = trim(args).len ? pieces(args, &(int){ 0 }) : 0;
		s->variadic = el_ends(args.ptr, args.len, EL_LIT("..."));
	} else if (w.len && w.ptr[w.len - 1] == ']' && open != (size_t)-1 && open > 0) {
		s->kind = W_INDEX;
	} else if (dot != (size_t)-1 && dot + 1 < w.len) {
		el_str field = el_str_make(w.ptr + dot + 1, w.len - dot - 1);
		if (last_ident(field).len == field.len) {
			s->kind = W_SELECTOR;
			s->head = field;
		}
	}
}

/* Does WHERE show a made-up name (outside its literals)? */
static int has_made_up(el_str where)
{
	size_t i, skip;

	for (i = 0; i < where.len; i++) {
		if ((skip = el_skip_literal(where.ptr + i, where.len - i)) > 0)
			i += skip - 1;
		else if (made_up(where.ptr + i, where.len - i, i ? where.ptr[i - 1] : 0))
			return 1;
	}
	return 0;
}

/* See gosrc.h. */
int el_where_needs_source(el_str where)
{
	shape s;

	if (has_made_up(where))
		return 1;
	/* an assignment may be a callee's, inlined at a call */
	read_shape(where, &s);
	return s.kind == W_ASSIGN;
}

/* ------------------------------------------------------------------ */
/* The node WHERE stands for                                          */
/* ------------------------------------------------------------------ */


static int pt_eq(TSPoint a, TSPoint b)
{
	return a.row == b.row && a.column == b.column;
}

static TSNode none(void)
{
	TSNode n = { { 0, 0, 0, 0 }, NULL, NULL };

	return n;
}

static el_str field_text(const el_gofile *f, TSNode n, const char *name)
{
	return el_gofile_node_text(f, ts_node_child_by_field_name(n, name, (uint32_t)strlen(name)));
}

/* Where the compiler puts statement s: an assignment at its operator, a
 * var spec at its name, a return, go or defer statement at its keyword;
 * row UINT32_MAX for any other node. */
static TSPoint statement_pos(TSNode s)
{
	TSPoint p = { UINT32_MAX, 0 };
	uint32_t i, n;

	if (el_node_is(s, "assignment_statement") || el_node_is(s, "short_var_declaration")) {
		for (n = ts_node_child_count(s), i = 0; i < n; i++) {
			TSNode k = ts_node_child(s, i);
			if (!ts_node_is_named(k))
				return ts_node_start_point(k);
		}
	} else if (el_node_is(s, "var_spec") || el_node_is(s, "return_statement") || el_node_is(s, "go_statement") ||
	           el_node_is(s, "defer_statement")) {
		return ts_node_start_point(s);
	}
	return p;
}

/* The statement the compiler puts at p, from the smallest node n there. */
static TSNode statement_at(const el_gofile *f, TSNode n, TSPoint p)
{
	if (el_node_is(n, "identifier") && el_node_is(el_gofile_parent(f, n), "var_spec"))
		n = el_gofile_parent(f, n);
	return pt_eq(statement_pos(n), p) ? n : none();
}

/* The number of left-hand sides of an assignment or var spec. */
static uint32_t lhs_count(TSNode s)
{
	TSNode left = ts_node_child_by_field_name(s, EL_LIT("left"));
	uint32_t i, n = 0, c;

	if (!ts_node_is_null(left))
		return ts_node_named_child_count(left);
	for (c = ts_node_child_count(s), i = 0; i < c; i++)
		n += strcmp(ts_node_field_name_for_child(s, i) ? ts_node_field_name_for_child(s, i) : "",
		            "name") == 0;
	return n;
}

/* Does expression n have WHERE's shape (kind, and callee, operator or
 * field); with args, also its number of arguments (a spread last one
 * standing for any more)? */
static int has_shape(const el_gofile *f, TSNode n, const shape *w, int args)
{
	el_str head;

	switch (w->kind) {
	case W_CALL:
		if (el_node_is(n, "call_expression"))
			head = field_text(f, n, "function");
		else if (el_node_is(n, "type_conversion_expression"))
			head = field_text(f, n, "type");
		else
			return 0;
		if (!el_str_eq(last_ident(head), w->head))
			return 0;
		if (args && el_node_is(n, "call_expression")) {
			size_t got = ts_node_named_child_count(
				ts_node_child_by_field_name(n, EL_LIT("arguments")));
			return got == w->nargs || (w->variadic && got > w->nargs);
		}
		return 1;
	case W_BINARY:
	case W_UNARY:
		return el_node_is(n, w->kind == W_BINARY ? "binary_expression" : "unary_expression") &&
		       el_str_eq(field_text(f, n, "operator"), w->head);
	case W_SELECTOR:
		return el_node_is(n, "selector_expression") && el_str_eq(field_text(f, n, "field"), w->head);
	case W_INDEX:
		return el_node_is(n, "index_expression") || el_node_is(n, "slice_expression");
	default:
		return 0;
	}
}

/* Can the walk out from an expression go on to n (no statement, no other
 * function)? */
static int inside_statement(TSNode n)
{
	return !ts_node_is_null(n) &&
	       ((el_node_is_expr(n) && !el_node_is(n, "func_literal")) || el_node_is(n, "argument_list") ||
	        el_node_is(n, "expression_list") || el_node_is(n, "literal_value") || el_node_is(n, "keyed_element") ||
	        el_node_is(n, "literal_element"));
}

/* The expression from e out (e included, within its statement) that has
 * WHERE's shape, or whose text is printed when that is set. */
static TSNode around(const el_gofile *f, TSNode e, const shape *w, el_str printed)
{
	int depth;

	for (depth = 0; depth <= AROUND_MAX && inside_statement(e); depth++) {
		if (el_node_is_expr(e) && (printed.len ? el_gofile_same_text(f, e, printed)
		                                       : has_shape(f, e, w, depth > 0)))
			return e;
		e = el_gofile_parent(f, e);
	}
	return none();
}

/* The one call on the right of statement s (return f(), a, b := f()), or
 * a null node. */
static TSNode single_call(TSNode s)
{
	TSNode right;

	if (ts_node_is_null(s))
		return s;
	right = ts_node_child_by_field_name(s, EL_LIT("right"));
	if (el_node_is(s, "return_statement"))
		right = ts_node_named_child(s, 0);
	if (el_node_is(right, "expression_list") && ts_node_named_child_count(right) == 1)
		right = ts_node_named_child(right, 0);
	return el_node_is(right, "call_expression") ? right : none();
}

/* The node at line:col of f that WHERE (with names it made up when
 * made) stands for, or a null node. */
static TSNode where_node(const el_gofile *f, unsigned long line, unsigned long col,
                         const shape *w, int made)
{
	TSNode n = el_gofile_node_at(f, line, col), st, e, call, r;
	TSPoint p;

	p.row = (uint32_t)(line - 1);
	p.column = (uint32_t)(col - 1);
	st = statement_at(f, n, p);
	e = el_gofile_expr_at(f, line, col);
	if (!el_node_is_expr(e) || !pt_eq(el_node_compiler_pos(e), p))
		e = none();
	call = el_node_is(e, "call_expression") || el_node_is(e, "type_conversion_expression") ? e : none();
	if (!made) /* an assignment: only the callee's, inlined at the call */
		return call;
	switch (w->kind) {
	case W_RETURN:
		return el_node_is(st, "return_statement") ? st : none();
	case W_ASSIGN:
		if ((el_node_is(st, "assignment_statement") || el_node_is(st, "short_var_declaration") ||
		     el_node_is(st, "var_spec")) &&
		    (w->lhs_made_up || w->nlhs == lhs_count(st)))
			return el_node_is(st, "var_spec") && el_node_is(el_gofile_parent(f, st), "var_declaration")
			               ? el_gofile_parent(f, st)
			               : st;
		if ((el_node_is(st, "go_statement") || el_node_is(st, "defer_statement")) && w->lhs_made_up)
			return st;
		if (w->lhs_made_up && el_node_is(e, "func_literal")) {
			/* .autotmp_7 = func literal at the literal of go func(k
			 * string) {...}(k) (Go 1.19): the statement */
			TSNode c = el_gofile_parent(f, e), gs = el_gofile_parent(f, c);
			if (el_node_is(c, "call_expression") &&
			    (el_node_is(gs, "go_statement") || el_node_is(gs, "defer_statement")))
				return gs;
		}
		if (!ts_node_is_null(call))
			return call;
		if (w->lhs_made_up && w->one_rhs && !ts_node_is_null(e))
			return around(f, e, w, w->rhs); /* .autotmp_1 = unsafe.Pointer(&x) at &x */
		return none();
	case W_NAME:
		if (!ts_node_is_null(e))
			return e;
		if (el_node_is(st, "go_statement") || el_node_is(st, "defer_statement"))
			return st;
		return single_call(st); /* return .autotmp_3, .autotmp_4 of return f() */
	default:
		r = around(f, ts_node_is_null(e) ? n : e, w, el_str_make("", 0));
		return ts_node_is_null(r) ? call : r;
	}
}

/* Text being put on one line. */
typedef struct oneline {
	el_buf *out;
	const el_allocator *a;
	int blank;   /* a space is due before the next byte */
	int failed;  /* out of memory */
} oneline;

/* Append token t to the line: runs of blanks as one space, none after an
 * opening or before a closing bracket or a comma, and no trailing comma
 * left by a line break before a closing one. */
static void put(oneline *l, el_str t)
{
	size_t i;

	for (i = 0; i < t.len && !l->failed && l->out->len <= WHERE_MAX; i++) {
		char c = t.ptr[i];
		el_buf *o = l->out;
		char last = o->len ? o->ptr[o->len - 1] : '(';
		if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
			l->blank = 1;
			continue;
		}
		if (i == 0 && l->blank && last == ',' && t.len == 1 && one_of(c, ")]}"))
			o->len--; /* f(a,\n) */
		if (l->blank && (i > 0 || !(one_of(last, "([") || one_of(c, ")],"))) &&
		    el_buf_append(o, " ", 1, l->a) != 0)
			l->failed = 1;
		l->blank = 0;
		if (!l->failed && el_buf_append(o, &c, 1, l->a) != 0)
			l->failed = 1;
	}
}

/* End the line: cut at a character boundary with "..." after WHERE_MAX
 * bytes; -1 when out of memory. */
static int line_end(oneline *l)
{
	el_buf *o = l->out;
	size_t cut = WHERE_MAX;

	if (l->failed)
		return -1;
	if (o->len <= WHERE_MAX)
		return 0;
	while (cut > 0 && ((unsigned char)o->ptr[cut] & 0xc0) == 0x80)
		cut--;
	while (cut > 0 && o->ptr[cut - 1] == ' ')
		cut--;
	o->len = cut;
	return el_buf_append(o, EL_LIT("..."), l->a) != 0 ? -1 : 0;
}

/* Is n shown as {...}: the body of a func literal or the elements of a
 * composite literal, as the compiler prints them? */
static int elided(const el_gofile *f, TSNode n)
{
	return (el_node_is(n, "literal_value") && ts_node_named_child_count(n) > 0) ||
	       (el_node_is(n, "block") && el_node_is(el_gofile_parent(f, n), "func_literal"));
}

/* The text of n into out on one line (see put): comments left out,
 * bodies {...}, cut at a character boundary with "..." after WHERE_MAX
 * bytes; -1 when out of memory. */
static int one_line(const el_gofile *f, TSNode n, el_buf *out, const el_allocator *a)
{
	TSTreeCursor c = ts_tree_cursor_new(n);
	uint32_t prev = ts_node_start_byte(n);
	oneline l = { out, a, 0, 0 };
	int more = 1;

	out->len = 0;
	while (more && !l.failed && out->len <= WHERE_MAX) {
		TSNode k = ts_tree_cursor_current_node(&c);
		int comment = el_node_is(k, "comment"), body = !comment && elided(f, k);
		if (!comment && !body && ts_tree_cursor_goto_first_child(&c))
			continue;
		l.blank |= ts_node_start_byte(k) > prev || comment;
		if (body)
			put(&l, el_str_make(EL_LIT("{...}")));
		else if (!comment)
			put(&l, el_gofile_node_text(f, k));
		prev = ts_node_end_byte(k);
		while (more && !ts_tree_cursor_goto_next_sibling(&c))
			more = ts_tree_cursor_goto_parent(&c);
	}
	ts_tree_cursor_delete(&c);
	return line_end(&l);
}

/* Text t on one line into out (see put); -1 when out of memory. */
static int put_text(el_str t, el_buf *out, const el_allocator *a)
{
	oneline l = { out, a, 0, 0 };

	out->len = 0;
	put(&l, t);
	return line_end(&l);
}

/* The node WHERE stands for, parsed well or not. */
static TSNode find(const el_gofile *f, unsigned long line, unsigned long col, el_str where,
                   shape *w)
{
	read_shape(where, w); /* also when the position is not in f: text_span reads it */
	if (line == 0 || col == 0 || el_gofile_offset(f, line, col) == (size_t)-1)
		return none();
	return where_node(f, line, col, w, has_made_up(where));
}

/* See gosrc.h. */
TSNode el_gofile_where_node(const el_gofile *f, unsigned long line, unsigned long col,
                            el_str where)
{
	shape w;
	TSNode n = find(f, line, col, where, &w);

	return ts_node_is_null(n) || ts_node_has_error(n) ? none() : n;
}

/* Is the smallest node at line:col, or one around it, a part the grammar
 * could not parse? */
static int in_error(const el_gofile *f, unsigned long line, unsigned long col)
{
	TSNode k = el_gofile_node_at(f, line, col);
	int depth;

	for (depth = 0; depth < 4 && !ts_node_is_null(k); depth++, k = el_gofile_parent(f, k))
		if (el_node_is(k, "ERROR"))
			return 1;
	return 0;
}

/* Where the grammar failed (Go 1.26's new(expr) is not in tree-sitter-go
 * 0.23.4), the span of the text WHERE stands for, by its brackets: the
 * call whose '(' is at the position, the statement n starts, or the
 * assignment statement of the line whose operator is there. */
static int text_span(const el_gofile *f, unsigned long line, unsigned long col, TSNode n,
                     const shape *w, size_t *start, size_t *end)
{
	size_t len, off = el_gofile_offset(f, line, col);
	const char *src = el_gofile_text(f, &len);
	int ignored;

	if (!ts_node_is_null(n)) {
		*start = ts_node_start_byte(n);
		*end = el_gofile_balanced_end(f, el_node_is(n, "call_expression") && src[off] == '(' ? off
		                                                                           : *start);
	} else if (w->kind == W_ASSIGN && off < len && one_of(src[off], "=:") &&
	           in_error(f, line, col)) {
		for (*start = off; *start > 0 && src[*start - 1] != '\n'; (*start)--)
			;
		while (*start < off && (src[*start] == ' ' || src[*start] == '\t'))
			(*start)++;
		if (!w->lhs_made_up &&
		    pieces(el_str_make(src + *start, off - *start), &ignored) != w->nlhs)
			return 0;
		*end = el_gofile_balanced_end(f, *start);
	} else {
		return 0;
	}
	return *end != (size_t)-1 && *end > *start;
}

/* See gosrc.h. */
int el_where_source(const el_gofile *f, unsigned long line, unsigned long col, el_str where,
                    el_buf *out, const el_allocator *a)
{
	shape w;
	TSNode n = find(f, line, col, where, &w);
	size_t start, end, len;

	out->len = 0;
	if (!ts_node_is_null(n) && !ts_node_has_error(n)) {
		if (one_line(f, n, out, a) != 0)
			return -2;
	} else if (text_span(f, line, col, n, &w, &start, &end)) {
		if (put_text(el_str_make(el_gofile_text(f, &len) + start, end - start), out, a) != 0)
			return -2;
	}
	return out->len > 0;
}
