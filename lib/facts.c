/*
 * facts.c -- what the Go source says about a heap object that the
 * compiler's text cannot: whether the value boxed into an interface
 * allocates at all (a constant, a bool or byte served from static data, a
 * zero-size value, a func literal that captures nothing), whether the
 * code runs only on failure (a panic, an error being built or returned)
 * or once (package initialisation), and the declared type and size of the
 * value.
 *
 * The object's expression is found from the compiler's position, which is
 * not always where the expression starts: a call is reported at its '(',
 * a composite literal at its '{', a binary expression at its operator and
 * a selector at its '.'.  From the smallest node at the position, the
 * walk climbs to every enclosing expression that the compiler would report
 * at that same position.
 *
 * Names are resolved lexically: declarations in the enclosing blocks and
 * function signatures, then the package's top-level declarations in this
 * file and the other files of its directory.  Anything not resolved stays
 * unknown, and unknown never makes a finding disappear.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>

#include "gosrc.h"

#define MAX_DEPTH 12

typedef struct ctx {
	el_gosrc *g;
	const el_gofile *f;   /* the object's file */
	const char *dir;
	const el_allocator *a;
	int test_file;        /* f is a _test.go file: its package sees the other test files */
	int failed;           /* out of memory */
	int destination;      /* output_place_at's answer came through an unsafe.Pointer
	                         parameter (*(*T)(ptr) = v) */
	int elsewhere;        /* looking at another package of the module (no further hop) */
} ctx;

/* A context for looking at f, of the package in dir (may be NULL). */
static void ctx_init(ctx *x, el_gosrc *g, const el_gofile *f, const char *dir)
{
	memset(x, 0, sizeof *x);
	x->g = g;
	x->f = f;
	x->dir = dir;
	x->a = el_gosrc_alloc(g);
}

/* A declaration found for a name. */
typedef enum { D_NONE, D_CONST, D_VAR, D_PARAM, D_TYPE, D_FUNC, D_SHORT } dkind;

typedef struct decl {
	dkind kind;
	const el_gofile *f;
	TSNode node;          /* the spec / parameter / declaration */
	unsigned idx;         /* position of the name among the spec's names */
} decl;

/* A type: a node in a file, or a predeclared name. */
typedef struct ty {
	const el_gofile *f;
	TSNode node;          /* null: see name */
	const char *name;     /* predeclared ("int", "bool", ...) or NULL */
} ty;


static el_str text(const el_gofile *f, TSNode n)
{
	size_t len, s, e;
	const char *src = el_gofile_text(f, &len);

	if (ts_node_is_null(n))
		return el_str_make("", 0);
	s = ts_node_start_byte(n);
	e = ts_node_end_byte(n);
	if (e > len || s > e)
		return el_str_make("", 0);
	return el_str_make(src + s, e - s);
}

static int text_is(const el_gofile *f, TSNode n, const char *lit)
{
	el_str t = text(f, n);
	return t.len == strlen(lit) && memcmp(t.ptr, lit, t.len) == 0;
}

static TSNode field(TSNode n, const char *name)
{
	return ts_node_child_by_field_name(n, name, (uint32_t)strlen(name));
}

static int pt_eq(TSPoint a, TSPoint b)
{
	return a.row == b.row && a.column == b.column;
}

static int pt_before(TSPoint a, TSPoint b)
{
	return a.row < b.row || (a.row == b.row && a.column < b.column);
}

/* The first child token of type t, or a null node. */
static TSNode token(TSNode n, const char *t)
{
	uint32_t i, c = ts_node_child_count(n);

	for (i = 0; i < c; i++) {
		TSNode k = ts_node_child(n, i);
		if (el_node_is(k, t))
			return k;
	}
	return ts_node_child(n, c); /* null */
}

/* Named children through a cursor: ts_node_named_child(n, i) walks the
 * children from the first each time, quadratic over a file's declarations. */
#define EACH_NAMED(n, cur, k)                                                        \
	for (int more_ = ((cur) = ts_tree_cursor_new(n), ts_tree_cursor_goto_first_child(&(cur))); \
	     more_ || (ts_tree_cursor_delete(&(cur)), 0);                                 \
	     more_ = ts_tree_cursor_goto_next_sibling(&(cur)))                            \
		if (((k) = ts_tree_cursor_current_node(&(cur))), !ts_node_is_named(k)) {   \
		} else

/* Is nm a Go name other packages can use (upper-case first letter)? */
static int exported_name(el_str nm)
{
	return nm.len && nm.ptr[0] >= 'A' && nm.ptr[0] <= 'Z';
}

/* The name a call's function ends in: the field of a selector (x.Flags
 * in x.Flags()), else the function's text. */
static el_str call_name(const el_gofile *f, TSNode fn)
{
	return text(f, el_node_is(fn, "selector_expression") ? field(fn, "field") : fn);
}

static int is_expr(TSNode n)
{
	static const char *const types[] = {
		"identifier", "selector_expression", "call_expression", "composite_literal",
		"unary_expression", "binary_expression", "parenthesized_expression",
		"index_expression", "slice_expression", "type_assertion_expression",
		"type_conversion_expression", "func_literal", "int_literal", "float_literal",
		"imaginary_literal", "rune_literal", "interpreted_string_literal",
		"raw_string_literal", "true", "false", "nil", "iota", NULL,
	};
	const char *t;
	size_t i;

	if (ts_node_is_null(n))
		return 0;
	t = ts_node_type(n);
	for (i = 0; types[i]; i++)
		if (strcmp(t, types[i]) == 0)
			return 1;
	return 0;
}

/* Where the compiler reports expression n. */
static TSPoint compiler_pos(TSNode n)
{
	TSNode k = ts_node_child(n, ts_node_child_count(n)); /* null */
	const char *t;

	if (ts_node_is_null(n))
		return ts_node_start_point(n);
	t = ts_node_type(n);

	if (strcmp(t, "binary_expression") == 0)
		k = field(n, "operator");
	else if (strcmp(t, "call_expression") == 0)
		k = field(n, "arguments");
	else if (strcmp(t, "composite_literal") == 0)
		k = field(n, "body");
	else if (strcmp(t, "index_expression") == 0 || strcmp(t, "slice_expression") == 0)
		k = token(n, "[");
	else if (strcmp(t, "selector_expression") == 0 || strcmp(t, "type_assertion_expression") == 0)
		k = token(n, ".");
	else if (strcmp(t, "type_conversion_expression") == 0) /* []byte(s): a call */
		k = token(n, "(");
	return ts_node_start_point(ts_node_is_null(k) ? n : k);
}

/* The expression the compiler reports at p. */
static TSNode expr_at(const el_gofile *f, unsigned long line, unsigned long col)
{
	TSNode n = el_gofile_node_at(f, line, col), par;
	TSPoint p;

	p.row = (uint32_t)(line - 1);
	p.column = (uint32_t)(col - 1);
	while (!ts_node_is_null(par = el_gofile_parent(f, n)) && is_expr(par) &&
	       pt_eq(compiler_pos(par), p))
		n = par;
	return n;
}

/* See gosrc.h. */
int el_node_is_expr(TSNode n)
{
	return is_expr(n);
}

/* See gosrc.h. */
TSPoint el_node_compiler_pos(TSNode n)
{
	return compiler_pos(n);
}

/* See gosrc.h. */
TSNode el_gofile_expr_at(const el_gofile *f, unsigned long line, unsigned long col)
{
	return expr_at(f, line, col);
}

/* See gosrc.h. */
el_str el_gofile_call_at(const el_gofile *f, unsigned long line, unsigned long col, int or_around,
                         size_t max)
{
	TSNode e = expr_at(f, line, col), a = e;
	el_str none = { "", 0 }, t;

	if (ts_node_is_null(e))
		return none;
	if (!el_node_is(e, "call_expression") &&
	    (!or_around || !el_node_is(a = ts_node_parent(e), "argument_list") ||
	     !el_node_is(a = ts_node_parent(a), "call_expression")))
		return none;
	t = text(f, field(a, "function"));
	return t.len && t.len <= max && !memchr(t.ptr, '\n', t.len) ? t : none;
}

/* See gosrc.h. */
el_str el_gofile_node_text(const el_gofile *f, TSNode n)
{
	return text(f, n);
}

static int is_func(TSNode n)
{
	return el_node_is(n, "function_declaration") || el_node_is(n, "method_declaration") ||
	       el_node_is(n, "func_literal");
}

/* ------------------------------------------------------------------ */
/* Names                                                              */
/* ------------------------------------------------------------------ */

/* Does the identifier list (or single identifier) n hold name?  Sets *idx. */
static int names_hold(const el_gofile *f, TSNode n, el_str name, unsigned *idx)
{
	uint32_t i, c;
	unsigned k = 0;

	if (ts_node_is_null(n))
		return 0;
	if (el_node_is(n, "identifier") || el_node_is(n, "type_identifier") || el_node_is(n, "field_identifier")) {
		el_str t = text(f, n);
		*idx = 0;
		return el_str_eq(t, name);
	}
	c = ts_node_named_child_count(n);
	for (i = 0; i < c; i++) {
		TSNode e = ts_node_named_child(n, i);
		if (!el_node_is(e, "identifier"))
			continue;
		if (el_str_eq(text(f, e), name)) {
			*idx = k;
			return 1;
		}
		k++;
	}
	return 0;
}

/* A spec (const_spec, var_spec, type_spec, parameter_declaration) naming
 * name: its names are the children in the "name" field. */
static int spec_names(const el_gofile *f, TSNode spec, el_str name, unsigned *idx)
{
	uint32_t i, c = ts_node_child_count(spec);
	unsigned k = 0;

	for (i = 0; i < c; i++) {
		TSNode e = ts_node_child(spec, i);
		if (!el_node_is(e, "identifier") && !el_node_is(e, "type_identifier"))
			continue;
		if (ts_node_eq(e, field(spec, "type")))
			break;
		if (el_str_eq(text(f, e), name)) {
			*idx = k;
			return 1;
		}
		k++;
	}
	return 0;
}

/* Declarations of name in statement-like node s (one statement of a block,
 * or a top-level declaration). */
static int decl_in(const el_gofile *f, TSNode s, el_str name, decl *d)
{
	const char *t;
	uint32_t i, c;

	if (ts_node_is_null(s))
		return 0;
	t = ts_node_type(s);
	if (strcmp(t, "const_declaration") == 0 || strcmp(t, "var_declaration") == 0 ||
	    strcmp(t, "type_declaration") == 0 || strcmp(t, "var_spec_list") == 0) {
		c = ts_node_named_child_count(s);
		for (i = 0; i < c; i++) {
			TSNode sp = ts_node_named_child(s, i);
			if (el_node_is(sp, "var_spec_list")) { /* var ( ... ) in newer grammars */
				if (decl_in(f, sp, name, d))
					return 1;
				continue;
			}
			if ((el_node_is(sp, "const_spec") || el_node_is(sp, "var_spec") || el_node_is(sp, "type_spec") ||
			     el_node_is(sp, "type_alias")) &&
			    spec_names(f, sp, name, &d->idx)) {
				d->kind = el_node_is(sp, "const_spec") ? D_CONST : el_node_is(sp, "var_spec") ? D_VAR : D_TYPE;
				d->f = f;
				d->node = sp;
				return 1;
			}
		}
		return 0;
	}
	if (strcmp(t, "short_var_declaration") == 0) {
		if (names_hold(f, field(s, "left"), name, &d->idx)) {
			d->kind = D_SHORT;
			d->f = f;
			d->node = s;
			return 1;
		}
		return 0;
	}
	if (strcmp(t, "function_declaration") == 0) {
		TSNode nm = field(s, "name");
		if (!ts_node_is_null(nm) && el_str_eq(text(f, nm), name)) {
			d->kind = D_FUNC;
			d->f = f;
			d->node = s;
			return 1;
		}
	}
	return 0;
}

/* Parameters (and receiver, named results) of function node fn. */
static int decl_in_params(const el_gofile *f, TSNode fn, el_str name, decl *d)
{
	static const char *const lists[] = { "parameters", "receiver", "result", NULL };
	size_t l;

	for (l = 0; lists[l]; l++) {
		TSNode pl = field(fn, lists[l]);
		uint32_t i, c;
		if (ts_node_is_null(pl) || !el_node_is(pl, "parameter_list"))
			continue;
		c = ts_node_named_child_count(pl);
		for (i = 0; i < c; i++) {
			TSNode p = ts_node_named_child(pl, i);
			if ((el_node_is(p, "parameter_declaration") || el_node_is(p, "variadic_parameter_declaration")) &&
			    spec_names(f, p, name, &d->idx)) {
				d->kind = D_PARAM;
				d->f = f;
				d->node = p;
				return 1;
			}
		}
	}
	return 0;
}

/* Top-level declaration of name in file f. */
static int decl_top(const el_gofile *f, el_str name, decl *d)
{
	TSTreeCursor cur;
	TSNode k;

	EACH_NAMED(el_gofile_root(f), cur, k)
	{
		if (decl_in(f, k, name, d)) {
			ts_tree_cursor_delete(&cur);
			return 1;
		}
	}
	return 0;
}

/* Top-level declaration of name in the package: this file, then the
 * package index of its directory. */
static int decl_package(ctx *x, el_str name, decl *d)
{
	const el_gofile *f;
	TSNode top;
	int rc;

	if (decl_top(x->f, name, d))
		return 1;
	if (!x->dir)
		return 0;
	rc = el_gosrc_lookup(x->g, x->dir, name, 0, x->test_file, &f, &top);
	if (rc == -2)
		x->failed = 1;
	return rc == 1 && decl_in(f, top, name, d);
}


/* See gosrc.h.  (Looking a builtin up would scan the whole package for
 * nothing.) */
int el_go_builtin_func(el_str name)
{
	static const char *const names[] = { "append", "cap", "clear", "close", "complex", "copy",
		                             "delete", "imag", "len", "make", "max", "min", "new",
		                             "panic", "print", "println", "real", "recover", NULL };
	size_t i;

	for (i = 0; names[i]; i++)
		if (el_str_eq(name, el_str_make(names[i], strlen(names[i]))))
			return 1;
	return 0;
}

/* The declaration of the identifier node id, looked up from where it is
 * used: enclosing blocks (statements before it), function signatures,
 * if/for/switch initialisers, then the package. */
static int resolve(ctx *x, const el_gofile *f, TSNode id, decl *d)
{
	el_str name = text(f, id);
	TSPoint use = ts_node_start_point(id);
	TSNode n = id, a;

	memset(d, 0, sizeof *d);
	if (el_go_builtin_func(name))
		return 0; /* shadowing a builtin function is rare enough */
	if (f == x->f) {
		for (a = el_gofile_parent(f, n); !ts_node_is_null(a); n = a, a = el_gofile_parent(f, a)) {
			TSTreeCursor cur;
			TSNode s;
			decl best;
			int found = 0;
			if (el_node_is(a, "source_file"))
				break;
			if (is_func(a) && decl_in_params(f, a, name, d))
				return 1;
			/* a block, a case clause, or a statement with an initialiser:
			 * the last declaration among its children before the use */
			EACH_NAMED(a, cur, s)
			{
				if (!pt_before(ts_node_start_point(s), use) || ts_node_eq(s, n))
					continue;
				memset(&best, 0, sizeof best);
				if (el_node_is(s, "range_clause")) {
					if (names_hold(f, field(s, "left"), name, &best.idx)) {
						best.kind = D_VAR; /* type unknown */
						best.f = f;
						best.node = s;
						*d = best;
						found = 1;
					}
					continue;
				}
				if (el_node_is(s, "for_clause")) {
					TSNode init = field(s, "initializer");
					if (!ts_node_is_null(init) && decl_in(f, init, name, &best)) {
						*d = best;
						found = 1;
					}
					continue;
				}
				if (decl_in(f, s, name, &best) && best.kind != D_FUNC) {
					*d = best;
					found = 1;
				}
			}
			if (found)
				return 1;
			memset(d, 0, sizeof *d);
		}
	}
	return decl_package(x, name, d);
}

/* ------------------------------------------------------------------ */
/* Types and sizes                                                    */
/* ------------------------------------------------------------------ */

static const struct {
	const char *name;
	long size, align;
	const char *kind;
} predeclared[] = {
	{ "bool", 1, 1, "basic" },            { "int8", 1, 1, "integer" },
	{ "uint8", 1, 1, "integer" },         { "byte", 1, 1, "integer" },
	{ "int16", 2, 2, "integer" },         { "uint16", 2, 2, "integer" },
	{ "int32", 4, 4, "integer" },         { "uint32", 4, 4, "integer" },
	{ "rune", 4, 4, "integer" },          { "float32", 4, 4, "basic" },
	{ "int", 8, 8, "integer" },           { "uint", 8, 8, "integer" },
	{ "int64", 8, 8, "integer" },         { "uint64", 8, 8, "integer" },
	{ "uintptr", 8, 8, "integer" },       { "float64", 8, 8, "basic" },
	{ "complex64", 8, 4, "basic" },       { "complex128", 16, 8, "basic" },
	{ "string", 16, 8, "string" },        { "error", 16, 8, "interface" },
	{ "any", 16, 8, "interface" },        { "pointer", 8, 8, "pointer" },
	{ "func", 8, 8, "func" },             { "slice", 24, 8, "slice" },
	{ "time.Duration", 8, 8, "integer" }, { "time.Time", 24, 8, "struct" },
	{ "sync.Mutex", 8, 4, "struct" },     { "sync.RWMutex", 24, 8, "struct" },
	{ "sync.Once", 12, 4, "struct" },     { "unsafe.Pointer", 8, 8, "pointer" },
	{ "context.Context", 16, 8, "interface" },
};

/* The entry of a predeclared (or well-known standard) type, or -1. */
static int predeclared_index(el_str name)
{
	size_t i;

	for (i = 0; i < sizeof predeclared / sizeof predeclared[0]; i++)
		if (name.len == strlen(predeclared[i].name) &&
		    memcmp(name.ptr, predeclared[i].name, name.len) == 0)
			return (int)i;
	return -1;
}

static int predeclared_size(el_str name, long *size, long *align)
{
	int i = predeclared_index(name);

	if (i < 0)
		return 0;
	*size = predeclared[i].size;
	*align = predeclared[i].align;
	return 1;
}

static long type_size(ctx *x, const el_gofile *f, TSNode t, long *align, int depth);
static long imported_type_size(ctx *x, const el_gofile *f, TSNode t, long *align, int depth);

/* Is f compiled only in some builds: a //go:build (or // +build) line
 * before its package clause, or a name ending in _GOOS or _GOARCH
 * (_linux.go, _amd64.go)?  Another file may then declare the same names
 * for the other builds. */
static int constrained_file(const el_gofile *f)
{
	static const char *const tags[] = { "aix", "android", "darwin", "dragonfly", "freebsd",
		                            "hurd", "illumos", "ios", "js", "linux", "nacl", "netbsd",
		                            "openbsd", "plan9", "solaris", "wasip1", "windows", "zos",
		                            "386", "amd64", "arm", "arm64", "loong64", "mips",
		                            "mipsle", "mips64", "mips64le", "ppc64", "ppc64le",
		                            "riscv64", "s390x", "wasm", NULL };
	const char *path = el_gofile_path(f), *base = strrchr(path, '/'), *end, *us;
	size_t len, i, head = 0;
	const char *src = el_gofile_text(f, &len);
	TSNode root = el_gofile_root(f);
	uint32_t k, n = ts_node_named_child_count(root);

	for (k = 0; k < n; k++)
		if (el_node_is(ts_node_named_child(root, k), "package_clause")) {
			head = ts_node_start_byte(ts_node_named_child(root, k));
			break;
		}
	for (i = 0; src && i < head && i < len; i++)
		if ((i == 0 || src[i - 1] == '\n') &&
		    ((head - i >= 10 && memcmp(src + i, "//go:build", 10) == 0) ||
		     (head - i >= 9 && memcmp(src + i, "// +build", 9) == 0)))
			return 1;
	base = base ? base + 1 : path;
	end = strstr(base, ".go");
	for (us = base; end && (us = memchr(us, '_', (size_t)(end - us))) != NULL; us++)
		for (i = 0; tags[i]; i++)
			if ((size_t)(end - us - 1) == strlen(tags[i]) && memcmp(us + 1, tags[i], strlen(tags[i])) == 0)
				return 1;
	return 0;
}

/* The expression a named constant is declared with, when identifier n
 * (of f) names one that has its own (const c = expr): 1, and *vf, *v;
 * else 0.  A constant of a file only some builds compile is not known:
 * another file may give it another value (`checks` true without the
 * release tag, false with it). */
static int const_value(ctx *x, const el_gofile *f, TSNode n, const el_gofile **vf, TSNode *v)
{
	decl d;
	TSNode vs;

	if (!el_node_is(n, "identifier") || !resolve(x, f, n, &d) || d.kind != D_CONST ||
	    constrained_file(d.f))
		return 0;
	vs = field(d.node, "value");
	if (ts_node_is_null(vs) || ts_node_named_child_count(vs) <= d.idx)
		return 0;
	*vf = d.f;
	*v = ts_node_named_child(vs, d.idx);
	return 1;
}

/* The value of an integer constant expression (literals and named
 * constants with literal values), or -1. */
static long const_int(ctx *x, const el_gofile *f, TSNode n, int depth)
{
	char buf[32];
	el_str t;
	const el_gofile *vf;
	TSNode v;

	if (depth > MAX_DEPTH || ts_node_is_null(n))
		return -1;
	if (el_node_is(n, "int_literal")) {
		t = text(f, n);
		if (t.len >= sizeof buf)
			return -1;
		memcpy(buf, t.ptr, t.len);
		buf[t.len] = '\0';
		return strtol(buf, NULL, 0);
	}
	if (el_node_is(n, "parenthesized_expression"))
		return const_int(x, f, ts_node_named_child(n, 0), depth + 1);
	if (const_value(x, f, n, &vf, &v))
		return const_int(x, vf, v, depth + 1);
	return -1;
}

/* The value of boolean constant expression e (of f): 1 true, 0 false, -1
 * not a constant or not known.  `false`, a constant declared from one in
 * any file of the package (zstd's `const debugAsserts = debug || false`),
 * and !, && and || of such. */
static int const_bool(ctx *x, const el_gofile *f, TSNode e, int depth)
{
	const el_gofile *vf;
	TSNode v;

	if (depth > 16 || ts_node_is_null(e))
		return -1;
	if (el_node_is(e, "true") || el_node_is(e, "false"))
		return el_node_is(e, "true");
	if (el_node_is(e, "parenthesized_expression"))
		return const_bool(x, f, ts_node_named_child(e, 0), depth + 1);
	if (el_node_is(e, "unary_expression") && text_is(f, field(e, "operator"), "!")) {
		int b = const_bool(x, f, field(e, "operand"), depth + 1);
		return b < 0 ? -1 : !b;
	}
	if (el_node_is(e, "binary_expression")) {
		int l = const_bool(x, f, field(e, "left"), depth + 1);
		int r = const_bool(x, f, field(e, "right"), depth + 1);
		if (text_is(f, field(e, "operator"), "&&"))
			return l == 0 || r == 0 ? 0 : l == 1 && r == 1 ? 1 : -1;
		if (text_is(f, field(e, "operator"), "||"))
			return l == 1 || r == 1 ? 1 : l == 0 && r == 0 ? 0 : -1;
		return -1;
	}
	if (const_value(x, f, e, &vf, &v))
		return const_bool(x, vf, v, depth + 1);
	return -1;
}

/* Is n (of f) in a branch the compiler removes: the body of an if
 * statement whose condition is a constant false (`if debugAsserts {`),
 * or its else when the condition is a constant true?  The search stops
 * at top. */
static int dead_branch(ctx *x, const el_gofile *f, TSNode n, TSNode top)
{
	TSNode a, child = n;

	for (a = el_gofile_parent(f, n); !ts_node_is_null(a) && !ts_node_eq(a, top);
	     child = a, a = el_gofile_parent(f, a)) {
		int v;
		if (!el_node_is(a, "if_statement") || ts_node_eq(child, field(a, "condition")) ||
		    ts_node_eq(child, field(a, "initializer")))
			continue;
		v = const_bool(x, f, field(a, "condition"), 0);
		if ((v == 0 && ts_node_eq(child, field(a, "consequence"))) ||
		    (v == 1 && ts_node_eq(child, field(a, "alternative"))))
			return 1;
	}
	return 0;
}

static long align_up(long n, long a)
{
	return a > 1 ? (n + a - 1) / a * a : n;
}

/* Size of a struct type node. */
static long struct_size(ctx *x, const el_gofile *f, TSNode st, long *align, int depth)
{
	TSNode list = ts_node_named_child(st, 0);
	uint32_t i, c;
	long size = 0, max_align = 1;

	if (ts_node_is_null(list))
		return *align = 1, 0;
	c = ts_node_named_child_count(list);
	for (i = 0; i < c; i++) {
		TSNode fd = ts_node_named_child(list, i), ft;
		uint32_t j, k = ts_node_child_count(fd);
		long fs, fa = 1, names = 0;
		if (!el_node_is(fd, "field_declaration"))
			continue;
		for (j = 0; j < k; j++)
			if (el_node_is(ts_node_child(fd, j), "field_identifier"))
				names++;
		ft = field(fd, "type");
		if (ts_node_is_null(ft))
			return -1;
		if ((fs = type_size(x, f, ft, &fa, depth + 1)) < 0)
			return -1;
		if (names == 0)
			names = 1; /* embedded */
		while (names-- > 0)
			size = align_up(size, fa) + fs;
		if (fa > max_align)
			max_align = fa;
	}
	*align = max_align;
	/* a final zero-size field is padded; ignored here (it only grows) */
	return align_up(size, max_align);
}

/* The declaration of pkg.T, node t of f (a qualified type, or a selector
 * in an expression), when pkg is another package of the module being
 * looked at (zapcore.Level in go.uber.org/zap) and T is declared, as kind
 * (D_TYPE, D_FUNC), in a file every build compiles: 1, *d, and *y a context for
 * that package (read with a cache of its own, so that its files never
 * evict this one's; its own imports are not followed), valid while dir,
 * which holds its directory, is; 0 otherwise. */
static int imported_decl(ctx *x, const el_gofile *f, TSNode t, dkind kind, ctx *y, decl *d, el_buf *dir)
{
	int qualified = el_node_is(t, "qualified_type");
	TSNode pkg = qualified ? field(t, "package") : field(t, "operand");
	TSNode name = qualified ? field(t, "name") : field(t, "field");
	el_gosrc *other;
	el_str imp;
	const el_gofile *df;
	TSNode top;
	int rc;

	if (x->elsewhere || ts_node_is_null(pkg) || ts_node_is_null(name) ||
	    el_gofile_import_path(f, text(f, pkg), &imp) != 1)
		return 0;
	if ((rc = el_gosrc_module_dir(x->g, imp, dir, &other)) == 1 &&
	    (rc = el_gosrc_lookup(other, dir->ptr, text(f, name), 0, 0, &df, &top)) == 1 &&
	    decl_in(df, top, text(f, name), d) && d->kind == kind && !constrained_file(d->f)) {
		*y = *x;
		y->g = other;
		y->f = df;
		y->dir = dir->ptr;
		y->test_file = 0;
		y->elsewhere = 1;
		return 1;
	}
	if (rc == -2)
		x->failed = 1;
	return 0;
}

/* Size of pkg.T (see imported_decl), or -1 when not known. */
static long imported_type_size(ctx *x, const el_gofile *f, TSNode t, long *align, int depth)
{
	el_buf dir = { 0 };
	ctx y;
	decl d;
	long s = -1;

	if (imported_decl(x, f, t, D_TYPE, &y, &d, &dir)) {
		s = type_size(&y, d.f, field(d.node, "type"), align, depth + 1);
		if (y.failed)
			x->failed = 1;
	}
	el_buf_release(&dir, x->a);
	return s;
}

/* Size of type node t (declared in f) on 64-bit targets, or -1. */
static long type_size(ctx *x, const el_gofile *f, TSNode t, long *align, int depth)
{
	const char *k;
	long s, n;
	decl d;

	*align = 1;
	if (depth > MAX_DEPTH || ts_node_is_null(t))
		return -1;
	k = ts_node_type(t);
	if (strcmp(k, "type_identifier") == 0 || strcmp(k, "identifier") == 0 ||
	    strcmp(k, "qualified_type") == 0 || strcmp(k, "selector_expression") == 0) {
		el_str name = text(f, t);
		if (predeclared_size(name, &s, align))
			return s;
		if (strcmp(k, "qualified_type") == 0 || strcmp(k, "selector_expression") == 0)
			return imported_type_size(x, f, t, align, depth);
		if (!resolve(x, f, t, &d) || d.kind != D_TYPE)
			return -1;
		return type_size(x, d.f, field(d.node, "type"), align, depth + 1);
	}
	if (strcmp(k, "pointer_type") == 0 || strcmp(k, "map_type") == 0 ||
	    strcmp(k, "channel_type") == 0 || strcmp(k, "function_type") == 0)
		return *align = 8, 8;
	if (strcmp(k, "slice_type") == 0)
		return *align = 8, 24;
	if (strcmp(k, "interface_type") == 0)
		return *align = 8, 16;
	if (strcmp(k, "parenthesized_type") == 0)
		return type_size(x, f, ts_node_named_child(t, 0), align, depth + 1);
	if (strcmp(k, "struct_type") == 0)
		return struct_size(x, f, t, align, depth);
	if (strcmp(k, "array_type") == 0) {
		n = const_int(x, f, field(t, "length"), depth + 1);
		s = type_size(x, f, field(t, "element"), align, depth + 1);
		if (n < 0 || s < 0 || (s > 0 && n > (1L << 40) / s))
			return -1;
		return n * s;
	}
	return -1; /* generics, type parameters, other packages' types */
}

/* The type of a declaration. */
static int decl_type(ctx *x, const decl *d, ty *out, int depth);
static int expr_type(ctx *x, const el_gofile *f, TSNode e, ty *out, int depth);
static int field_type(ctx *x, const ty *t, el_str name, ty *out, int depth);
static int element_type(ctx *x, const ty *t, ty *out, int depth);

static int named(ty *out, const char *name)
{
	out->name = name;
	out->f = NULL;
	memset(&out->node, 0, sizeof out->node);
	return 1;
}

static int is_type_name(ctx *x, const el_gofile *f, TSNode id)
{
	long s, a;
	decl d;

	if (!el_node_is(id, "identifier") && !el_node_is(id, "type_identifier"))
		return 0;
	if (predeclared_size(text(f, id), &s, &a))
		return 1;
	return resolve(x, f, id, &d) && d.kind == D_TYPE;
}

/* In `switch v := x.(type) { case T: ... v ... }` the identifier v has
 * type T inside a case that names one type: 1 and *out when e is such a
 * use. */
static int switch_case_type(const el_gofile *f, TSNode e, ty *out)
{
	TSNode a, child = e, tcase = { { 0, 0, 0, 0 }, NULL, NULL };

	for (a = el_gofile_parent(f, e); !ts_node_is_null(a) && !is_func(a);
	     child = a, a = el_gofile_parent(f, a)) {
		if (el_node_is(a, "type_case"))
			tcase = a;
		if (el_node_is(a, "type_switch_statement")) {
			TSNode alias = field(a, "alias"), t;
			uint32_t i, n, types = 0;
			if (ts_node_is_null(tcase) || ts_node_is_null(alias) ||
			    ts_node_named_child_count(alias) != 1 ||
			    !el_str_eq(text(f, ts_node_named_child(alias, 0)), text(f, e)) ||
			    !ts_node_eq(el_gofile_parent(f, tcase), a) || ts_node_eq(child, alias))
				return 0;
			/* the types are the case's children before its first statement */
			n = ts_node_child_count(tcase);
			for (i = 0; i < n; i++) {
				const char *fname = ts_node_field_name_for_child(tcase, i);
				if (fname && strcmp(fname, "type") == 0) {
					t = ts_node_child(tcase, i);
					if (ts_node_is_named(t) && types++ == 0) {
						out->f = f;
						out->node = t;
					}
				}
			}
			if (types == 1)
				return 1;
			memset(out, 0, sizeof *out);
			return 0;
		}
	}
	return 0;
}

static int expr_type(ctx *x, const el_gofile *f, TSNode e, ty *out, int depth)
{
	const char *k;
	decl d;

	memset(out, 0, sizeof *out);
	if (depth > MAX_DEPTH || ts_node_is_null(e))
		return 0;
	k = ts_node_type(e);
	if (strcmp(k, "interpreted_string_literal") == 0 || strcmp(k, "raw_string_literal") == 0)
		return named(out, "string");
	if (strcmp(k, "int_literal") == 0)
		return named(out, "int");
	if (strcmp(k, "float_literal") == 0)
		return named(out, "float64");
	if (strcmp(k, "rune_literal") == 0)
		return named(out, "rune");
	if (strcmp(k, "imaginary_literal") == 0)
		return named(out, "complex128");
	if (strcmp(k, "true") == 0 || strcmp(k, "false") == 0)
		return named(out, "bool");
	if (strcmp(k, "func_literal") == 0)
		return named(out, "func");
	if (strcmp(k, "parenthesized_expression") == 0)
		return expr_type(x, f, ts_node_named_child(e, 0), out, depth + 1);
	if (strcmp(k, "composite_literal") == 0) {
		out->f = f;
		out->node = field(e, "type");
		return !ts_node_is_null(out->node);
	}
	if (strcmp(k, "unary_expression") == 0) {
		TSNode op = field(e, "operator");
		if (text_is(f, op, "&"))
			return named(out, "pointer");
		if (text_is(f, op, "!"))
			return named(out, "bool");
		if (text_is(f, op, "<-"))
			return 0;
		return expr_type(x, f, field(e, "operand"), out, depth + 1);
	}
	if (strcmp(k, "binary_expression") == 0) {
		static const char *const cmp[] = { "==", "!=", "<", "<=", ">", ">=", "&&", "||", NULL };
		TSNode op = field(e, "operator");
		size_t i;
		for (i = 0; cmp[i]; i++)
			if (text_is(f, op, cmp[i]))
				return named(out, "bool");
		if (text_is(f, op, "<<") || text_is(f, op, ">>"))
			return expr_type(x, f, field(e, "left"), out, depth + 1);
		/* untyped constants take the other operand's type */
		if (expr_type(x, f, field(e, "left"), out, depth + 1) && !(out->name &&
		    (strcmp(out->name, "int") == 0 || strcmp(out->name, "float64") == 0)))
			return 1;
		{
			ty r;
			if (expr_type(x, f, field(e, "right"), &r, depth + 1)) {
				*out = r;
				return 1;
			}
		}
		return out->name != NULL;
	}
	if (strcmp(k, "call_expression") == 0) {
		TSNode fn = field(e, "function"), args = field(e, "arguments");
		if (el_node_is(fn, "parenthesized_expression"))
			fn = ts_node_named_child(fn, 0);
		if (is_type_name(x, f, fn)) { /* a conversion T(x) */
			out->f = f;
			out->node = fn;
			return 1;
		}
		if (el_node_is(fn, "identifier") && text_is(f, fn, "new"))
			return named(out, "pointer");
		if (el_node_is(fn, "identifier") && (text_is(f, fn, "min") || text_is(f, fn, "max")) &&
		    !resolve(x, f, fn, &d)) { /* the builtins: their operands' type */
			uint32_t i, n = ts_node_named_child_count(args);
			int have = 0;
			for (i = 0; i < n; i++) {
				ty a;
				if (!expr_type(x, f, ts_node_named_child(args, i), &a, depth + 1))
					continue;
				if (!(a.name && (strcmp(a.name, "int") == 0 || strcmp(a.name, "float64") == 0))) {
					*out = a;
					return 1;
				}
				if (!have++)
					*out = a; /* an untyped constant's default, unless another says */
			}
			return have > 0;
		}
		if (el_node_is(fn, "identifier") && text_is(f, fn, "append") &&
		    ts_node_named_child_count(args) > 0) /* the slice appended to */
			return expr_type(x, f, ts_node_named_child(args, 0), out, depth + 1);
		if (el_node_is(fn, "identifier") && resolve(x, f, fn, &d) && d.kind == D_FUNC) {
			TSNode r = field(d.node, "result");
			if (!ts_node_is_null(r) && !el_node_is(r, "parameter_list")) {
				out->f = d.f;
				out->node = r;
				return 1;
			}
		}
		(void)args;
		return 0;
	}
	if (strcmp(k, "identifier") == 0) {
		TSNode spec = el_gofile_parent(f, e);
		if (switch_case_type(f, e, out))
			return 1;
		/* the name of `var evt map[string]interface{}` itself, where the
		 * compiler reports a variable moved to the heap: its declared type */
		if (el_node_is(spec, "var_spec") && !ts_node_is_null(field(spec, "type")) &&
		    ts_node_start_byte(e) < ts_node_start_byte(field(spec, "type"))) {
			out->f = f;
			out->node = field(spec, "type");
			return 1;
		}
		if (!resolve(x, f, e, &d))
			return 0;
		return decl_type(x, &d, out, depth + 1);
	}
	if (strcmp(k, "selector_expression") == 0) {
		ty owner;
		return expr_type(x, f, field(e, "operand"), &owner, depth + 1) &&
		       field_type(x, &owner, text(f, field(e, "field")), out, depth + 1);
	}
	if (strcmp(k, "index_expression") == 0) {
		ty owner;
		return expr_type(x, f, field(e, "operand"), &owner, depth + 1) &&
		       element_type(x, &owner, out, depth + 1);
	}
	return 0;
}

/* The type of an element of t, a slice, array or map type, a pointer to
 * an array, a string (byte) or a named type of the package with such an
 * underlying type: humanize's `mag := magnitudes[n]`, pflag's m[i] of
 * `m := []int{}`. */
static int element_type(ctx *x, const ty *t, ty *out, int depth)
{
	const el_gofile *f = t->f;
	TSNode n = t->node;
	decl d;

	memset(out, 0, sizeof *out);
	if (t->name)
		return strcmp(t->name, "string") == 0 && named(out, "byte");
	for (; depth <= MAX_DEPTH && f && !ts_node_is_null(n); depth++) {
		if (el_node_is(n, "parenthesized_type")) {
			n = ts_node_named_child(n, 0);
			continue;
		}
		if (el_node_is(n, "pointer_type") && el_node_is(ts_node_named_child(n, 0), "array_type")) {
			n = ts_node_named_child(n, 0);
			continue;
		}
		if (el_node_is(n, "type_identifier") && text_is(f, n, "string"))
			return named(out, "byte");
		if (!el_node_is(n, "type_identifier") || !resolve(x, f, n, &d) || d.kind != D_TYPE ||
		    !ts_node_is_null(field(d.node, "type_parameters")))
			break;
		f = d.f;
		n = field(d.node, "type");
	}
	if (!f || ts_node_is_null(n))
		return 0;
	if (el_node_is(n, "slice_type") || el_node_is(n, "array_type") || el_node_is(n, "implicit_length_array_type"))
		out->node = field(n, "element");
	else if (el_node_is(n, "map_type"))
		out->node = field(n, "value");
	else
		return 0;
	out->f = f;
	return !ts_node_is_null(out->node);
}

/* The type of the field name of struct type t (or of what t points to,
 * following the package's named types): p.event.typ is a
 * yaml_event_type_t through parser.event, a yaml_event_t.  Fields of
 * embedded structs, methods and other packages' types are not looked
 * into: 0. */
static int field_type(ctx *x, const ty *t, el_str name, ty *out, int depth)
{
	const el_gofile *f = t->f;
	TSNode n = t->node, list, fd;
	TSTreeCursor cur;
	decl d;

	memset(out, 0, sizeof *out);
	for (; depth <= MAX_DEPTH && f && !ts_node_is_null(n); depth++) {
		if (el_node_is(n, "parenthesized_type") || el_node_is(n, "pointer_type")) {
			n = ts_node_named_child(n, 0);
			continue;
		}
		if (!el_node_is(n, "type_identifier") || !resolve(x, f, n, &d) || d.kind != D_TYPE ||
		    !ts_node_is_null(field(d.node, "type_parameters")))
			break;
		f = d.f;
		n = field(d.node, "type");
	}
	if (!f || !el_node_is(n, "struct_type") || ts_node_is_null(list = ts_node_named_child(n, 0)))
		return 0;
	EACH_NAMED(list, cur, fd)
	{
		uint32_t j, k = ts_node_child_count(fd);
		if (!el_node_is(fd, "field_declaration"))
			continue;
		for (j = 0; j < k; j++) {
			TSNode id = ts_node_child(fd, j);
			if (el_node_is(id, "field_identifier") && el_str_eq(text(f, id), name)) {
				ts_tree_cursor_delete(&cur);
				out->f = f;
				out->node = field(fd, "type");
				return !ts_node_is_null(out->node);
			}
		}
	}
	return 0;
}

static int decl_type(ctx *x, const decl *d, ty *out, int depth)
{
	TSNode t, v;

	memset(out, 0, sizeof *out);
	switch (d->kind) {
	case D_CONST:
	case D_VAR:
	case D_PARAM:
		if (el_node_is(d->node, "range_clause"))
			return 0;
		t = field(d->node, "type");
		if (!ts_node_is_null(t)) {
			if (el_node_is(d->node, "variadic_parameter_declaration"))
				return named(out, "slice");
			out->f = d->f;
			out->node = t;
			return 1;
		}
		v = field(d->node, "value");
		if (!ts_node_is_null(v) && ts_node_named_child_count(v) > d->idx)
			return expr_type(x, d->f, ts_node_named_child(v, d->idx), out, depth + 1);
		return 0;
	case D_SHORT:
		v = field(d->node, "right");
		if (!ts_node_is_null(v) &&
		    ts_node_named_child_count(v) == ts_node_named_child_count(field(d->node, "left")) &&
		    ts_node_named_child_count(v) > d->idx)
			return expr_type(x, d->f, ts_node_named_child(v, d->idx), out, depth + 1);
		return 0;
	default:
		return 0;
	}
}

static long ty_size(ctx *x, const ty *t, long *align)
{
	long s;

	if (t->name)
		return predeclared_size(el_str_make(t->name, strlen(t->name)), &s, align) ? s : -1;
	return type_size(x, t->f, t->node, align, 0);
}

/* The kind of type t's underlying type (following the package's named
 * types), and in *basic the predeclared name when it is one; "" unknown. */
static const char *ty_underlying(ctx *x, const ty *t, const char **basic)
{
	static const struct {
		const char *node, *kind;
	} kinds[] = {
		{ "struct_type", "struct" },    { "array_type", "array" },
		{ "slice_type", "slice" },      { "map_type", "map" },
		{ "pointer_type", "pointer" },  { "interface_type", "interface" },
		{ "function_type", "func" },    { "channel_type", "chan" },
	};
	const el_gofile *f = t->f;
	TSNode n = t->node;
	int depth, i;
	size_t k;
	decl d;

	*basic = "";
	if (t->name) {
		i = predeclared_index(el_str_make(t->name, strlen(t->name)));
		*basic = t->name;
		return i < 0 ? "" : predeclared[i].kind;
	}
	for (depth = 0; depth < MAX_DEPTH && !ts_node_is_null(n); depth++) {
		if (el_node_is(n, "parenthesized_type")) {
			n = ts_node_named_child(n, 0);
			continue;
		}
		for (k = 0; k < sizeof kinds / sizeof kinds[0]; k++)
			if (el_node_is(n, kinds[k].node))
				return kinds[k].kind;
		if (!el_node_is(n, "type_identifier") && !el_node_is(n, "identifier") && !el_node_is(n, "qualified_type") &&
		    !el_node_is(n, "selector_expression"))
			return "";
		if ((i = predeclared_index(text(f, n))) >= 0) {
			*basic = predeclared[i].name;
			return predeclared[i].kind;
		}
		if (el_node_is(n, "qualified_type") || el_node_is(n, "selector_expression") || !resolve(x, f, n, &d) ||
		    d.kind != D_TYPE)
			return "";
		f = d.f;
		n = field(d.node, "type");
	}
	return "";
}

/* Is type t (of its file) a struct of one field whose type is an
 * integer (zerolog's callerHook{callerSkipFrameCount int})?  The runtime
 * boxes such a value as it boxes that integer: from a static table when
 * it is 0-255. */
static int one_integer_field(ctx *x, const ty *t)
{
	const el_gofile *f = t->f;
	TSNode n = t->node, list, fd;
	const char *basic;
	int depth;
	decl d;
	ty ft;

	for (depth = 0; depth < MAX_DEPTH && el_node_is(n, "type_identifier"); depth++) {
		if (!resolve(x, f, n, &d) || d.kind != D_TYPE)
			return 0;
		f = d.f;
		n = field(d.node, "type");
	}
	if (!el_node_is(n, "struct_type"))
		return 0;
	list = ts_node_named_child(n, 0);
	if (!el_node_is(list, "field_declaration_list") || ts_node_named_child_count(list) != 1)
		return 0;
	fd = ts_node_named_child(list, 0);
	if (!el_node_is(fd, "field_declaration") || ts_node_named_child_count(fd) > 2)
		return 0;
	ft.f = f;
	ft.node = field(fd, "type");
	ft.name = NULL;
	return !ts_node_is_null(ft.node) && strcmp(ty_underlying(x, &ft, &basic), "integer") == 0;
}

/* ------------------------------------------------------------------ */
/* Constants and closures                                             */
/* ------------------------------------------------------------------ */

/* Is e a constant expression? */
static int is_constant(ctx *x, const el_gofile *f, TSNode e, int depth)
{
	const char *k;
	decl d;

	if (depth > MAX_DEPTH || ts_node_is_null(e))
		return 0;
	k = ts_node_type(e);
	if (strcmp(k, "int_literal") == 0 || strcmp(k, "float_literal") == 0 ||
	    strcmp(k, "imaginary_literal") == 0 || strcmp(k, "rune_literal") == 0 ||
	    strcmp(k, "interpreted_string_literal") == 0 || strcmp(k, "raw_string_literal") == 0 ||
	    strcmp(k, "true") == 0 || strcmp(k, "false") == 0 || strcmp(k, "iota") == 0)
		return 1;
	if (strcmp(k, "parenthesized_expression") == 0)
		return is_constant(x, f, ts_node_named_child(e, 0), depth + 1);
	if (strcmp(k, "unary_expression") == 0) {
		TSNode op = field(e, "operator");
		if (text_is(f, op, "&") || text_is(f, op, "<-") || text_is(f, op, "*"))
			return 0;
		return is_constant(x, f, field(e, "operand"), depth + 1);
	}
	if (strcmp(k, "binary_expression") == 0)
		return is_constant(x, f, field(e, "left"), depth + 1) &&
		       is_constant(x, f, field(e, "right"), depth + 1);
	if (strcmp(k, "call_expression") == 0) { /* T(c): a conversion of a constant */
		TSNode fn = field(e, "function"), args = field(e, "arguments");
		if (el_node_is(fn, "parenthesized_expression"))
			fn = ts_node_named_child(fn, 0);
		return ts_node_named_child_count(args) == 1 && is_type_name(x, f, fn) &&
		       is_constant(x, f, ts_node_named_child(args, 0), depth + 1);
	}
	if (strcmp(k, "identifier") == 0)
		return resolve(x, f, e, &d) && d.kind == D_CONST;
	return 0;
}

/* Collect into names every name declared in n (outside skip). */
static int declared_names(const el_gofile *f, TSNode n, TSNode skip, el_vec *names,
                          const el_allocator *a)
{
	TSNode par;

	if (ts_node_eq(n, skip))
		return 0;
	if (el_node_is(n, "identifier") && !ts_node_is_null(par = el_gofile_parent(f, n))) {
		const char *pt = ts_node_type(par);
		int is_decl = 0;
		if (strcmp(pt, "parameter_declaration") == 0 ||
		    strcmp(pt, "variadic_parameter_declaration") == 0 || strcmp(pt, "var_spec") == 0)
			is_decl = 1;
		else if (strcmp(pt, "expression_list") == 0) {
			TSNode gp = el_gofile_parent(f, par);
			is_decl = (el_node_is(gp, "short_var_declaration") || el_node_is(gp, "range_clause")) &&
			       ts_node_eq(field(gp, "left"), par);
		} else if (strcmp(pt, "range_clause") == 0 || strcmp(pt, "type_switch_statement") == 0 ||
		           strcmp(pt, "receive_statement") == 0)
			is_decl = 1;
		if (is_decl) {
			el_str *slot = el_vec_push(names, sizeof *slot, a);
			if (!slot)
				return -1;
			*slot = text(f, n);
		}
		return 0;
	}
	{
		TSTreeCursor cur;
		TSNode k;
		EACH_NAMED(n, cur, k)
		{
			if (declared_names(f, k, skip, names, a) != 0) {
				ts_tree_cursor_delete(&cur);
				return -1;
			}
		}
	}
	return 0;
}

static int names_have(const el_vec *names, el_str s)
{
	size_t i;

	for (i = 0; i < names->len; i++)
		if (el_str_eq(EL_VEC_AT(names, el_str, i), s))
			return 1;
	return 0;
}

/* Does an identifier used in n name one of outer? */
static int uses_any(const el_gofile *f, TSNode n, const el_vec *outer)
{

	TSTreeCursor cur;
	TSNode k;

	if (el_node_is(n, "identifier"))
		return names_have(outer, text(f, n));
	EACH_NAMED(n, cur, k)
	{
		if (uses_any(f, k, outer)) {
			ts_tree_cursor_delete(&cur);
			return 1;
		}
	}
	return 0;
}

/* Does func literal lit capture a variable of an enclosing function?
 * Every name declared in the outermost enclosing function outside lit
 * counts as a variable of it, so shadowing errs towards "captures".
 * 1 captures, 0 captures nothing, -1 out of memory. */
static int captures(const el_gofile *f, TSNode lit, const el_allocator *al)
{
	TSNode top = lit, a, null = ts_node_child(lit, ts_node_child_count(lit));
	el_vec outer = { NULL, 0, 0 }, own = { NULL, 0, 0 };
	size_t i, k;
	int r = -1;

	/* the outermost function around lit */
	for (a = el_gofile_parent(f, lit); !ts_node_is_null(a); a = el_gofile_parent(f, a))
		if (is_func(a))
			top = a;
	if (ts_node_eq(top, lit))
		return 0; /* package level: nothing to capture */
	/* the literal's own parameters and results shadow outer names in
	 * all of its body */
	if (declared_names(f, top, lit, &outer, al) != 0 ||
	    (!ts_node_is_null(field(lit, "parameters")) &&
	     declared_names(f, field(lit, "parameters"), null, &own, al) != 0) ||
	    (el_node_is(field(lit, "result"), "parameter_list") &&
	     declared_names(f, field(lit, "result"), null, &own, al) != 0))
		goto out;
	for (i = k = 0; i < outer.len; i++)
		if (!names_have(&own, EL_VEC_AT(&outer, el_str, i)))
			EL_VEC_AT(&outer, el_str, k++) = EL_VEC_AT(&outer, el_str, i);
	outer.len = k;
	r = outer.len ? uses_any(f, lit, &outer) : 0;
out:
	el_vec_release(&outer, al);
	el_vec_release(&own, al);
	return r;
}

/* ------------------------------------------------------------------ */
/* Cold and once-only code                                            */
/* ------------------------------------------------------------------ */

/* Is call c a panic or a process exit (panic, log.Fatal*, X.Panic*, os.Exit)? */
static int is_fatal_call(const el_gofile *f, TSNode c)
{
	TSNode fn = field(c, "function");

	if (el_node_is(fn, "identifier"))
		return text_is(f, fn, "panic");
	if (el_node_is(fn, "selector_expression")) {
		el_str fld = text(f, field(fn, "field"));
		TSNode op = field(fn, "operand");
		return el_starts(fld.ptr, fld.len, EL_LIT("Fatal")) ||
		       el_starts(fld.ptr, fld.len, EL_LIT("Panic")) ||
		       (text_is(f, op, "os") && el_str_eq(fld, el_str_make(EL_LIT("Exit"))));
	}
	return 0;
}

static int error_call_std(const el_gofile *f, TSNode c);

/* Does a function's name say it builds or records an error (newError,
 * ReportError, errorf, SetErr, Error)? */
static int errorish(el_str name)
{
	return el_find(name.ptr, name.len, EL_LIT("Error")) != NULL ||
	       el_find(name.ptr, name.len, EL_LIT("error")) != NULL ||
	       el_ends(name.ptr, name.len, EL_LIT("Err"));
}

/* 1: an error constructor (errors.New, fmt.Errorf, errors.Wrap...) or a
 * function or method that builds or records an error by its name
 * (ReportError, newError, SetErr, NewParseError...);
 * 2: errors.New with a constant message. */
static int error_call(const el_gofile *f, TSNode c)
{
	TSNode callee = field(c, "function");
	el_str name;

	if (el_node_is(callee, "selector_expression"))
		callee = field(callee, "field");
	name = text(f, callee);
	if ((el_node_is(callee, "identifier") || el_node_is(callee, "field_identifier")) && errorish(name) &&
	    !el_str_eq(name, el_str_make(EL_LIT("Error"))))
		return 1;
	return error_call_std(f, c);
}

/* The standard constructors, see error_call. */
static int error_call_std(const el_gofile *f, TSNode c)
{
	static const char *const fns[] = { "New", "Errorf", "Wrap", "Wrapf", "WithMessage",
		                           "WithMessagef", "WithStack", "Join", NULL };
	TSNode fn = field(c, "function"), op, args;
	el_str fld;
	size_t i;

	if (!el_node_is(fn, "selector_expression"))
		return 0;
	op = field(fn, "operand");
	fld = text(f, field(fn, "field"));
	if (text_is(f, op, "fmt"))
		return el_str_eq(fld, el_str_make(EL_LIT("Errorf")));
	if (!text_is(f, op, "errors") && !text_is(f, op, "xerrors") && !text_is(f, op, "pkgerrors"))
		return 0;
	for (i = 0; fns[i]; i++)
		if (el_str_eq(fld, el_str_make(fns[i], strlen(fns[i])))) {
			args = field(c, "arguments");
			if (i == 0 && ts_node_named_child_count(args) == 1) {
				TSNode a0 = ts_node_named_child(args, 0);
				if (el_node_is(a0, "interpreted_string_literal") || el_node_is(a0, "raw_string_literal"))
					return 2;
			}
			return 1;
		}
	return 0;
}

/* Is composite literal c of an error type (by name: FooError, ErrFoo)? */
static int error_literal(const el_gofile *f, TSNode c)
{
	TSNode t = field(c, "type");
	el_str s;

	if (el_node_is(t, "qualified_type"))
		t = field(t, "name");
	if (ts_node_is_null(t) || !el_node_is(t, "type_identifier"))
		return 0;
	s = text(f, t);
	return el_ends(s.ptr, s.len, EL_LIT("Error")) || el_ends(s.ptr, s.len, EL_LIT("Err")) ||
	       (el_starts(s.ptr, s.len, EL_LIT("Err")) && s.len > 3 && s.ptr[3] >= 'A' &&
	        s.ptr[3] <= 'Z');
}

/* The last statement of a block or case clause. */
static TSNode last_statement(TSNode b)
{
	uint32_t c = ts_node_named_child_count(b);

	while (c-- > 0) {
		TSNode s = ts_node_named_child(b, c);
		if (!el_node_is(s, "comment"))
			return s;
	}
	return ts_node_named_child(b, ts_node_named_child_count(b)); /* null */
}

/* Does function fn return an error as its last result? */
static int returns_error(const el_gofile *f, TSNode fn)
{
	TSNode r = field(fn, "result");
	uint32_t c;

	if (ts_node_is_null(r))
		return 0;
	if (!el_node_is(r, "parameter_list"))
		return text_is(f, r, "error");
	if ((c = ts_node_named_child_count(r)) == 0)
		return 0;
	return text_is(f, field(ts_node_named_child(r, c - 1), "type"), "error");
}

/* Is s a panic statement (a call that panics or exits)? */
static int is_fatal_stmt(const el_gofile *f, TSNode s)
{
	TSNode c;

	if (!el_node_is(s, "expression_statement"))
		return 0;
	c = ts_node_named_child(s, 0);
	return el_node_is(c, "call_expression") && is_fatal_call(f, c);
}

/* Is s `return ..., E` with E not nil? */
static int is_error_return(const el_gofile *f, TSNode s, TSNode branch)
{
	TSNode list, last, cond;
	uint32_t c;
	el_str name, ct;

	if (!el_node_is(s, "return_statement"))
		return 0;
	list = ts_node_named_child(s, 0);
	if (ts_node_is_null(list))
		return 0;
	c = ts_node_named_child_count(list);
	last = el_node_is(list, "expression_list") ? (c ? ts_node_named_child(list, c - 1) : list) : list;
	if (el_node_is(list, "expression_list") && c == 0)
		return 0;
	if (el_node_is(last, "nil"))
		return 0;
	/* return write(data): whatever the call returns, nil when it works;
	 * an error constructor's call (errors.New(...), fmt.Errorf(...),
	 * newSyntaxError(...)) is a failure */
	if (el_node_is(last, "call_expression"))
		return error_call(f, last) != 0;
	if (!el_node_is(last, "identifier"))
		return 1; /* &Err{...}, io.EOF */
	/* a sentinel (ErrBadHandshake, errNotFound) or a collection of errors
	 * (errs) is an error; `return err` only where err was checked:
	 * if err != nil { ...; return err } */
	name = text(f, last);
	if ((el_starts(name.ptr, name.len, EL_LIT("Err")) || el_starts(name.ptr, name.len, EL_LIT("err"))) &&
	    !el_str_eq(name, el_str_make(EL_LIT("err"))))
		return 1;
	if (!el_node_is(branch, "block") || !el_node_is(el_gofile_parent(f, branch), "if_statement"))
		return 0;
	cond = field(el_gofile_parent(f, branch), "condition");
	ct = text(f, cond);
	{
		const char *p = ct.ptr, *end = ct.ptr + ct.len;
		while ((p = el_find(p, (size_t)(end - p), name.ptr, name.len)) != NULL) {
			const char *q = p + name.len;
			while (q < end && *q == ' ')
				q++;
			if ((p == ct.ptr || !(isalnum((unsigned char)p[-1]) || p[-1] == '_' || p[-1] == '.')) &&
			    el_starts(q, (size_t)(end - q), EL_LIT("!= nil")))
				return 1;
			p += name.len;
		}
	}
	return 0;
}

/* Is b the block an if runs when an error is set, `if err != nil { ... }`
 * (also parseErr, s.err, errs: a name that ends as an error's does, not
 * ErrorStackMarshaler; and `err != nil && ...`), however the block ends (prometheus' Gatherers.Gather collects a
 * Gatherer's errors and goes on)? */
static int error_set(const el_gofile *f, TSNode c, int depth);

static int checks_error(const el_gofile *f, TSNode b)
{
	TSNode ifs = el_gofile_parent(f, b);

	if (!el_node_is(b, "block") || !el_node_is(ifs, "if_statement") || !ts_node_eq(field(ifs, "consequence"), b))
		return 0;
	return error_set(f, field(ifs, "condition"), 0);
}

/* Does condition c hold only when an error is set: `err != nil`, or a
 * conjunction with it (`err != nil && ce.ErrorOutput != nil`)? */
static int error_set(const el_gofile *f, TSNode c, int depth)
{
	TSNode l;

	while (el_node_is(c, "parenthesized_expression"))
		c = ts_node_named_child(c, 0);
	if (!el_node_is(c, "binary_expression") || depth > 16)
		return 0;
	if (text_is(f, field(c, "operator"), "&&"))
		return error_set(f, field(c, "left"), depth + 1) || error_set(f, field(c, "right"), depth + 1);
	if (!text_is(f, field(c, "operator"), "!=") || !el_node_is(field(c, "right"), "nil"))
		return 0;
	l = field(c, "left");
	if (el_node_is(l, "selector_expression"))
		l = field(l, "field");
	if (!el_node_is(l, "identifier") && !el_node_is(l, "field_identifier"))
		return 0;
	{ /* err, parseErr, lastErr, s.err, errs; not ErrorStackMarshaler */
		el_str n = text(f, l);
		return el_ends(n.ptr, n.len, EL_LIT("err")) || el_ends(n.ptr, n.len, EL_LIT("Err")) ||
		       el_ends(n.ptr, n.len, EL_LIT("errs")) || el_ends(n.ptr, n.len, EL_LIT("Errs"));
	}
}

/* Is b the block of an if that recovers a panic (if r := recover(); r !=
 * nil, if recover() != nil)? */
static int recovers(const el_gofile *f, TSNode b)
{
	TSNode ifs = el_gofile_parent(f, b);
	el_str t;

	if (!el_node_is(b, "block") || !el_node_is(ifs, "if_statement") || !ts_node_eq(field(ifs, "consequence"), b))
		return 0;
	t = text(f, field(ifs, "initializer"));
	if (el_find(t.ptr, t.len, EL_LIT("recover()")))
		return 1;
	t = text(f, field(ifs, "condition"));
	return el_find(t.ptr, t.len, EL_LIT("recover()")) != NULL;
}

static int is_branch(const el_gofile *f, TSNode b)
{
	TSNode p = el_gofile_parent(f, b);

	if (el_node_is(b, "expression_case") || el_node_is(b, "default_case") || el_node_is(b, "type_case") ||
	    el_node_is(b, "communication_case"))
		return 1;
	return el_node_is(b, "block") && el_node_is(p, "if_statement");
}

/* The function, or with method set the method (any receiver: a call
 * x.m(...) is matched by name), named name in the package. */
static int func_named(ctx *x, el_str name, int method, decl *d)
{
	const el_gofile *f;
	TSNode top;
	int rc;

	memset(d, 0, sizeof *d);
	if (!method)
		return decl_package(x, name, d) && d->kind == D_FUNC;
	if (!x->dir)
		return 0;
	rc = el_gosrc_lookup(x->g, x->dir, name, 1, x->test_file, &f, &top);
	if (rc == -2)
		x->failed = 1;
	if (rc != 1)
		return 0;
	d->kind = D_FUNC;
	d->f = f;
	d->node = top;
	return 1;
}

/* Does the call c go to a function or method of the package whose body
 * ends in a panic or exit (a helper like p.bug(...) or fail(...))? */
static int calls_fatal(ctx *x, TSNode c)
{
	TSNode fn = field(c, "function"), body, last;
	decl d;

	if (el_node_is(fn, "identifier")) {
		if (el_go_builtin_func(text(x->f, fn)) || !func_named(x, text(x->f, fn), 0, &d))
			return 0;
	} else if (el_node_is(fn, "selector_expression")) {
		if (!func_named(x, text(x->f, field(fn, "field")), 1, &d))
			return 0;
	} else {
		return 0;
	}
	body = field(d.node, "body");
	last = ts_node_is_null(body) ? body : last_statement(body);
	return !ts_node_is_null(last) && is_fatal_stmt(d.f, last);
}

/* The expression e is assigned to (the matching left-hand side of an
 * assignment holding e), or a null node. */
static TSNode assigned_to(const el_gofile *f, TSNode e)
{
	TSNode a = e, p, list, null = ts_node_child(e, ts_node_child_count(e));
	uint32_t i, c;

	while (!ts_node_is_null(p = el_gofile_parent(f, a)) &&
	       (el_node_is(p, "parenthesized_expression") || el_node_is(p, "unary_expression")))
		a = p;
	if (!el_node_is(p, "expression_list"))
		return null;
	list = el_gofile_parent(f, p);
	if (!el_node_is(list, "assignment_statement") || !ts_node_eq(field(list, "right"), p))
		return null;
	c = ts_node_named_child_count(p);
	for (i = 0; i < c; i++)
		if (ts_node_eq(ts_node_named_child(p, i), a)) {
			TSNode left = field(list, "left");
			if (ts_node_named_child_count(left) == c)
				return ts_node_named_child(left, i);
			/* fw, _ = flate.NewWriter(tw, level): a call's first
			 * result, the object (the others are an error, a bool) */
			return c == 1 && el_node_is(a, "call_expression") ? ts_node_named_child(left, 0) : null;
		}
	return null;
}

/* Does text c name t: an occurrence of t not inside a longer name or
 * selector (r in `r == nil`, not in `rctx != nil` or `x.r`); with whole
 * set, not followed by more of a name either (prefixes like `b.coders.`
 * end where the next name starts)? */
static int mentions(el_str c, el_str t, int whole)
{
	size_t i;

	if (t.len == 0 || t.len > c.len)
		return 0;
	for (i = 0; i + t.len <= c.len; i++)
		if (memcmp(c.ptr + i, t.ptr, t.len) == 0 &&
		    (i == 0 || (!el_ident_byte(c.ptr[i - 1]) && c.ptr[i - 1] != '.')) &&
		    (!whole || i + t.len == c.len || !el_ident_byte(c.ptr[i + t.len])))
			return 1;
	return 0;
}

/* Is the object allocated under a check of where it goes: `if x == nil
 * { x = make(...) }`, `if cap(x) < n { x = ... }`: once per object, or on
 * growth, not on every call? */
/* Does the condition of if-statement n check t (for nil, length or
 * capacity)? */
/* What expression n (of f) measures of t: 1 t itself (compared with
 * nil), 2 its length or capacity (len(t), cap(t), cap(t)-len(t)), 0
 * neither. */
static int measures(const el_gofile *f, TSNode n, el_str t)
{
	while (el_node_is(n, "parenthesized_expression"))
		n = ts_node_named_child(n, 0);
	if (el_str_eq(text(f, n), t))
		return 1;
	if (el_node_is(n, "call_expression") &&
	    (text_is(f, field(n, "function"), "len") || text_is(f, field(n, "function"), "cap"))) {
		TSNode args = field(n, "arguments");
		return ts_node_named_child_count(args) == 1 && el_str_eq(text(f, ts_node_named_child(args, 0)), t)
		               ? 2
		               : 0;
	}
	if (el_node_is(n, "binary_expression") && text_is(f, field(n, "operator"), "-") &&
	    measures(f, field(n, "left"), t) == 2 && measures(f, field(n, "right"), t) == 2)
		return 2; /* cap(t)-len(t): the room left */
	return 0;
}

/* How condition c (of f) tests t: bit 1 where it holds when t is missing
 * or too small (t == nil, len(t) == 0, cap(t) < n, cap(t)-len(t) < n,
 * n > cap(t), len(t) != n: the wrong size), bit 2 where it holds when t
 * is there (t != nil, len(t) > 0, cap(t) >= n); 0 when it tests nothing
 * of t (len(t) == 1 says neither). */
static int tests_room(const el_gofile *f, TSNode c, el_str t, int depth)
{
	TSNode l, r;
	el_str op;
	int lm, rm, m, r1;

	if (depth > 16 || ts_node_is_null(c))
		return 0;
	if (el_node_is(c, "parenthesized_expression"))
		return tests_room(f, ts_node_named_child(c, 0), t, depth + 1);
	if (el_node_is(c, "unary_expression") && text_is(f, field(c, "operator"), "!")) {
		r1 = tests_room(f, field(c, "operand"), t, depth + 1);
		return ((r1 & 1) << 1) | ((r1 & 2) >> 1);
	}
	if (!el_node_is(c, "binary_expression"))
		return 0;
	op = text(f, field(c, "operator"));
	l = field(c, "left");
	r = field(c, "right");
	if (el_str_eq(op, el_str_make(EL_LIT("&&"))) || el_str_eq(op, el_str_make(EL_LIT("||"))))
		return tests_room(f, l, t, depth + 1) | tests_room(f, r, t, depth + 1);
	lm = measures(f, l, t);
	rm = measures(f, r, t);
	if ((lm != 0) == (rm != 0))
		return 0;
	m = lm ? lm : rm;
	if (!lm) { /* n > cap(t): cap(t) < n */
		TSNode x = l;
		l = r;
		r = x;
		if (el_str_eq(op, el_str_make(EL_LIT("<"))))
			op = el_str_make(EL_LIT(">"));
		else if (el_str_eq(op, el_str_make(EL_LIT(">"))))
			op = el_str_make(EL_LIT("<"));
		else if (el_str_eq(op, el_str_make(EL_LIT("<="))))
			op = el_str_make(EL_LIT(">="));
		else if (el_str_eq(op, el_str_make(EL_LIT(">="))))
			op = el_str_make(EL_LIT("<="));
	}
	if (m == 1) {
		if (!text_is(f, r, "nil"))
			return 0;
		return el_str_eq(op, el_str_make(EL_LIT("=="))) ? 1 : el_str_eq(op, el_str_make(EL_LIT("!="))) ? 2 : 0;
	}
	if (el_str_eq(op, el_str_make(EL_LIT("<"))) || el_str_eq(op, el_str_make(EL_LIT("<="))))
		return 1;
	if (el_str_eq(op, el_str_make(EL_LIT(">"))) || el_str_eq(op, el_str_make(EL_LIT(">="))))
		return 2;
	/* len(t) == 0 is missing, != 0 there; len(t) != n is the wrong size
	 * (zstd's `if len(e.dictTable) != len(e.table) { e.dictTable =
	 * make(...) }`: once per size) */
	if (el_str_eq(op, el_str_make(EL_LIT("=="))))
		return text_is(f, r, "0") ? 1 : 0;
	if (el_str_eq(op, el_str_make(EL_LIT("!="))))
		return text_is(f, r, "0") ? 2 : 1;
	return 0;
}

/* Does the condition of if-statement n hold when t is missing or too
 * small (missing set: `if x == nil`, `if cap(x) < n`), or when it is
 * there (missing clear: `if cap(x) >= n { return }`)?  A condition that
 * holds when t is there is no lazy check of the other kind (httprouter's
 * `if len(n.path) > 0 || len(n.children) > 0` walks a tree that has
 * children). */
static int checks(const el_gofile *f, TSNode n, el_str t, int missing)
{
	return (tests_room(f, field(n, "condition"), t, 0) & (missing ? 1 : 2)) != 0;
}

/* Does the else branch of if-statement n run only when t is missing or
 * too small: its condition is one test that t is there (`if x != nil {
 * ... } else { x = make(...) }`)?  `if h[0] == '!' && len(h) > 1 {` fails
 * for other reasons too. */
static int checks_else(const el_gofile *f, TSNode n, el_str t)
{
	TSNode c = field(n, "condition");

	while (el_node_is(c, "parenthesized_expression"))
		c = ts_node_named_child(c, 0);
	if (el_node_is(c, "binary_expression") &&
	    (text_is(f, field(c, "operator"), "&&") || text_is(f, field(c, "operator"), "||")))
		return 0;
	return tests_room(f, c, t, 0) == 2;
}

/* The function of the call that takes n as an argument (the call's
 * arguments in *args), or a null node. */
static TSNode function_taking(const el_gofile *f, TSNode n, TSNode *args)
{
	TSNode call;

	*args = el_gofile_parent(f, n);
	if (!el_node_is(*args, "argument_list") || !el_node_is(call = el_gofile_parent(f, *args), "call_expression"))
		return ts_node_child(n, ts_node_child_count(n)); /* null */
	return field(call, "function");
}

/* Is n (a func literal) run once: passed to (*sync.Once).Do (a receiver
 * named like once), or to sync.OnceFunc, OnceValue or OnceValues? */
static int run_once(const el_gofile *f, TSNode n)
{
	TSNode args, fn = function_taking(f, n, &args);
	el_str t;

	if (ts_node_is_null(fn))
		return 0;
	t = text(f, fn);
	/* x.Do(func() {...}) with the literal alone: sync.Once's shape
	 * (singleflight's Do takes a key first, http.Client's a request) */
	if (t.len > 3 && memcmp(t.ptr + t.len - 3, ".Do", 3) == 0)
		return ts_node_named_child_count(args) == 1;
	return text_is(f, fn, "sync.OnceFunc") || text_is(f, fn, "sync.OnceValue") ||
	       text_is(f, fn, "sync.OnceValues");
}

/* Does the condition of if-statement n check a field next to the one
 * assigned (t, `b.coders.ofEnc`) for nil: `if b.coders.mlEnc == nil {
 * b.coders.ofEnc = ...; b.coders.mlEnc = ... }` initialises them all? */
static int checks_sibling(const el_gofile *f, TSNode n, el_str t)
{
	el_str c = text(f, field(n, "condition"));
	size_t dot = t.len;

	while (dot > 0 && t.ptr[dot - 1] != '.')
		dot--;
	return dot > 1 && mentions(c, el_str_make(t.ptr, dot), 0) && el_find(c.ptr, c.len, EL_LIT("nil"));
}

/* Is if-statement n the miss branch of a pool: `x, ok := p.Get().(T)` in
 * the block before it and its condition `!ok` (t: x), so the allocation
 * runs only when the pool was empty? */
static int pool_miss(const el_gofile *f, TSNode n, el_str t)
{
	el_str c = text(f, field(n, "condition")), ok;
	TSNode block = el_gofile_parent(f, n), k;
	TSTreeCursor cur;
	int found = 0;

	if (c.len < 2 || c.ptr[0] != '!' || !el_node_is(block, "block"))
		return 0;
	ok = el_str_make(c.ptr + 1, c.len - 1);
	EACH_NAMED(block, cur, k)
	{
		el_str d;
		if (ts_node_eq(k, n)) {
			ts_tree_cursor_delete(&cur);
			break;
		}
		if (!el_node_is(k, "short_var_declaration"))
			continue;
		d = text(f, k);
		if (mentions(d, t, 1) && mentions(d, ok, 1) &&
		    el_find(d.ptr, d.len, EL_LIT(".Get().(")))
			found = 1;
	}
	return found;
}

/* Is declaration or assignment d a cache lookup, `v := c.getFromCache(k)`
 * or `v, ok := cache[k]` (a callee or map whose name says cache), or
 * `v, ok := m.Load(k)` (a sync.Map's, whatever its name: prometheus'
 * addToBucket)?  Then
 * *v and *ok are the names it sets (*ok empty without one). */
static int cache_lookup(const el_gofile *f, TSNode d, el_str *v, el_str *ok)
{
	TSNode l, r, r0, src;
	el_str st;

	if (!(el_node_is(d, "short_var_declaration") || el_node_is(d, "assignment_statement")))
		return 0; /* also a null node: no initialiser */
	l = field(d, "left");
	r = field(d, "right");
	if (ts_node_named_child_count(r) != 1 || ts_node_named_child_count(l) < 1)
		return 0;
	r0 = ts_node_named_child(r, 0);
	src = el_node_is(r0, "call_expression") ? field(r0, "function")
	      : el_node_is(r0, "index_expression") ? field(r0, "operand")
	                                           : r0;
	st = text(f, src);
	if (ts_node_eq(src, r0) ||
	    (!el_find(st.ptr, st.len, EL_LIT("ache")) && /* cache, Cache, getFromCache, typeCache */
	     !(el_node_is(src, "selector_expression") && text_is(f, field(src, "field"), "Load") &&
	       ts_node_named_child_count(field(r0, "arguments")) == 1 && ts_node_named_child_count(l) == 2)))
		return 0; /* v, ok := m.Load(k): a sync.Map's lookup (atomic values' Load takes nothing) */
	*v = text(f, ts_node_named_child(l, 0));
	*ok = ts_node_named_child_count(l) > 1 ? text(f, ts_node_named_child(l, 1)) : el_str_make(NULL, 0);
	return 1;
}

/* Does block b, before its statement stmt, return what a cache holds
 * (cache_lookup, then `if v != nil { return v }` or `if ok { return ...
 * }`, the lookup also in the if's initialiser)?  The statements after
 * it run on a miss: once per key. */
static int after_cache_hit(const el_gofile *f, TSNode b, TSNode stmt)
{
	TSTreeCursor cur;
	TSNode k;
	el_str v = { NULL, 0 }, ok = { NULL, 0 };
	int found = 0;

	EACH_NAMED(b, cur, k)
	{
		if (ts_node_eq(k, stmt)) {
			ts_tree_cursor_delete(&cur);
			break;
		}
		cache_lookup(f, k, &v, &ok);
		if (el_node_is(k, "if_statement")) {
			el_str c = text(f, field(k, "condition"));
			TSNode last = last_statement(field(k, "consequence"));
			cache_lookup(f, field(k, "initializer"), &v, &ok);
			if (v.len && ((c.len == v.len + 7 && memcmp(c.ptr, v.ptr, v.len) == 0 &&
			               memcmp(c.ptr + v.len, " != nil", 7) == 0) ||
			              (ok.len && el_str_eq(c, ok))) &&
			    el_node_is(last, "return_statement") && ts_node_is_null(field(k, "alternative")))
				found = 1;
		}
	}
	return found;
}

typedef int (*statement_fn)(const el_gofile *f, TSNode st, const void *arg);
static int any_own_statement(const el_gofile *f, TSNode body, const char *type, statement_fn fn,
                             const void *arg);

/* Is assignment st `M[K] = ...` for the map expression and key (as text)
 * in arg (two el_str)? */
static int stores_at(const el_gofile *f, TSNode st, const void *arg)
{
	const el_str *mk = arg;
	TSNode l;

	if (ts_node_named_child_count(field(st, "left")) != 1)
		return 0;
	l = ts_node_named_child(field(st, "left"), 0);
	return el_node_is(l, "index_expression") && el_str_eq(text(f, field(l, "operand")), mk[0]) &&
	       el_str_eq(text(f, field(l, "index")), mk[1]);
}

static TSNode func_of(const el_gofile *f, TSNode n);

/* Is assignment st `M = ...` for the expression named *arg (an el_str)? */
static int replaces(const el_gofile *f, TSNode st, const void *arg)
{
	TSNode l = field(st, "left");

	return ts_node_named_child_count(l) == 1 && el_str_eq(text(f, ts_node_named_child(l, 0)), *(const el_str *)arg);
}

/* Is call c `clear(M)` for the expression named *arg (an el_str)? */
static int clears(const el_gofile *f, TSNode c, const void *arg)
{
	TSNode a = field(c, "arguments");

	return text_is(f, field(c, "function"), "clear") && ts_node_named_child_count(a) == 1 &&
	       el_str_eq(text(f, ts_node_named_child(a, 0)), *(const el_str *)arg);
}

/* Is if statement n the fill of a memo kept in a field: `v, ok :=
 * o.m[k]` before it (in its block, or its initialiser), its condition
 * `!ok` or `v == nil`, and its body storing into `o.m[k]` (websocket's
 * PreparedMessage.frame: `frame, ok := pm.frames[key]; if !ok { frame =
 * &preparedFrame{}; pm.frames[key] = frame }`)?  What the body makes is
 * made once per key of a map that outlives the call; a local map, or a
 * field the function makes anew or clears (filled per call), is not
 * taken. */
static int fills_memo(const el_gofile *f, TSNode n)
{
	el_str c = text(f, field(n, "condition")), v = { NULL, 0 }, ok = { NULL, 0 }, m = { NULL, 0 }, k = { NULL, 0 };
	TSNode block = el_gofile_parent(f, n), d, cand[2];
	size_t i, nc = 0;

	if (el_node_is(block, "block") || el_node_is(block, "statement_list")) {
		TSNode prev = ts_node_prev_named_sibling(n);
		while (el_node_is(prev, "comment"))
			prev = ts_node_prev_named_sibling(prev);
		if (!ts_node_is_null(prev))
			cand[nc++] = prev;
	}
	if (!ts_node_is_null(field(n, "initializer")))
		cand[nc++] = field(n, "initializer");
	for (i = 0; i < nc && !m.len; i++) {
		TSNode l, r, ix;
		d = cand[i];
		if (!el_node_is(d, "short_var_declaration") && !el_node_is(d, "assignment_statement"))
			continue;
		l = field(d, "left");
		r = field(d, "right");
		if (ts_node_named_child_count(r) != 1 || !el_node_is(ix = ts_node_named_child(r, 0), "index_expression") ||
		    !el_node_is(field(ix, "operand"), "selector_expression"))
			continue;
		v = text(f, ts_node_named_child(l, 0));
		ok = ts_node_named_child_count(l) > 1 ? text(f, ts_node_named_child(l, 1)) : el_str_make(NULL, 0);
		m = text(f, field(ix, "operand"));
		k = text(f, field(ix, "index"));
	}
	if (!m.len)
		return 0;
	if (!((ok.len && c.len == ok.len + 1 && c.ptr[0] == '!' && memcmp(c.ptr + 1, ok.ptr, ok.len) == 0) ||
	      (c.len == v.len + 7 && memcmp(c.ptr, v.ptr, v.len) == 0 && memcmp(c.ptr + v.len, " == nil", 7) == 0)))
		return 0;
	{
		el_str mk[2];
		TSNode fn = func_of(f, n);
		mk[0] = m;
		mk[1] = k;
		if (!any_own_statement(f, field(n, "consequence"), "assignment_statement", stores_at, mk))
			return 0;
		/* a map its function makes anew or clears (`d.seen =
		 * make(...)`, `clear(d.seen)`) is filled per call */
		return !ts_node_is_null(fn) && !ts_node_is_null(field(fn, "body")) &&
		       !any_own_statement(f, field(fn, "body"), "assignment_statement", replaces, &m) &&
		       !any_own_statement(f, field(fn, "body"), "call_expression", clears, &m);
	}
}

static TSNode func_of(const el_gofile *f, TSNode n);

/* Does n hold `t = nil`: the field a guard checks set back to nil
 * (websocket's joinReader.Read ends each message with r.r = nil), so
 * that what the guard makes is made again every time?  A reset in a
 * block that then returns does not count. */
static int resets_to_nil(const el_gofile *f, TSNode n, el_str t, int depth)
{
	TSTreeCursor cur;
	TSNode k;

	if (depth > 200)
		return 0;
	if (el_node_is(n, "assignment_statement") && el_str_eq(text(f, field(n, "left")), t) &&
	    text_is(f, field(n, "right"), "nil")) {
		/* a reset in a block that returns next is a bail-out (s2's
		 * ReadSeeker drops the index it failed to load) */
		TSNode last = last_statement(el_gofile_parent(f, n));
		return !el_node_is(last, "return_statement");
	}
	EACH_NAMED(n, cur, k)
	{
		if (resets_to_nil(f, k, t, depth + 1)) {
			ts_tree_cursor_delete(&cur);
			return 1;
		}
	}
	return 0;
}

/* Is n (a func literal, or the name of a function) the New of a
 * sync.Pool literal: `sync.Pool{New: func() any {...}}` or
 * `sync.Pool{New: newBuf}`?  It runs only when Get finds the pool empty.
 * (An assignment `p.New = ...` is not taken: nothing here tells a pool's
 * field from any other struct's New.) */
static int pool_new(const el_gofile *f, TSNode n)
{
	TSNode p = el_gofile_parent(f, n), lit;

	if (!el_node_is(p, "literal_element") || !el_node_is(lit = el_gofile_parent(f, p), "keyed_element") ||
	    !ts_node_eq(ts_node_named_child(lit, 1), p) || !text_is(f, ts_node_named_child(lit, 0), "New"))
		return 0;
	lit = el_gofile_parent(f, el_gofile_parent(f, lit)); /* literal_value, composite_literal */
	return el_node_is(lit, "composite_literal") && text_is(f, field(lit, "type"), "sync.Pool");
}

/* 1: e is made only once or only when a guard finds it missing (lazy),
 * 2: on a cache miss, 3: in a sync.Pool's New, 0: none of these */
static int declares_new(const el_gofile *f, TSNode st, const void *arg);
static TSNode base_of(TSNode t);
static el_str aliased_by(const el_gofile *f, TSNode target);
static int lazy_target(const el_gofile *f, TSNode e, el_str t);

static int uses_name(const el_gofile *f, TSNode n, el_str name, int depth);

/* Does a statement of block b (of f) set flag to true: `flag = true`,
 * or, with by_field, `anything.flag = true` for the field name flag? */
static int sets_flag(const el_gofile *f, TSNode b, el_str flag, int by_field)
{
	TSTreeCursor cur;
	TSNode k;

	EACH_NAMED(b, cur, k)
	{
		TSNode l = field(k, "left"), r = field(k, "right"), t;
		if (el_node_is(k, "assignment_statement") && ts_node_named_child_count(l) == 1 &&
		    ts_node_named_child_count(r) == 1 && el_node_is(ts_node_named_child(r, 0), "true") &&
		    (t = ts_node_named_child(l, 0), by_field ? el_node_is(t, "selector_expression") &&
		                                                   el_str_eq(text(f, field(t, "field")), flag)
		                                             : el_str_eq(text(f, t), flag))) {
			ts_tree_cursor_delete(&cur);
			return 1;
		}
	}
	return 0;
}

/* Is e in the body of `if !flag { flag = true; ... }`, the body setting
 * the flag it tests (s2's `if !w.wroteStreamHeader {
 * w.wroteStreamHeader = true; ... }`), also as one side of an && (`if d
 * > 0 && !h.resetScheduled {`)?  The body runs once per object
 * holding the flag; a local flag (zstd's historySent, zap's seenError) is
 * new on every call, and is not taken. */
static int once_flag(const el_gofile *f, TSNode e)
{
	TSNode a;

	for (a = el_gofile_parent(f, e); !ts_node_is_null(a) && !is_func(a); a = el_gofile_parent(f, a)) {
		TSNode cons = field(a, "consequence"), cond = field(a, "condition"), flag, k;
		TSTreeCursor cur;
		if (!el_node_is(a, "if_statement") || ts_node_is_null(cons) ||
		    !(ts_node_start_byte(e) >= ts_node_start_byte(cons) && ts_node_end_byte(e) <= ts_node_end_byte(cons)))
			continue;
		/* a conjunct of the condition (prometheus' `if d > 0 &&
		 * !h.resetScheduled {`) tests the flag just as well */
		while (el_node_is(cond, "parenthesized_expression"))
			cond = ts_node_named_child(cond, 0);
		if (el_node_is(cond, "binary_expression") && text_is(f, field(cond, "operator"), "&&")) {
			TSNode l = field(cond, "left"), r = field(cond, "right");
			cond = el_node_is(r, "unary_expression") && text_is(f, field(r, "operator"), "!") ? r : l;
		}
		/* a field: a local flag is set anew on every call */
		if (!el_node_is(cond, "unary_expression") || !text_is(f, field(cond, "operator"), "!") ||
		    !el_node_is(flag = field(cond, "operand"), "selector_expression"))
			continue;
		if (sets_flag(f, cons, text(f, flag), 0))
			return 1;
		/* `if !parser.stream_start_produced { return
		 * yaml_parser_fetch_stream_start(parser) }`: the function called
		 * there, in this file, sets the flag (the same field) */
		k = ts_node_named_child(cons, 0);
		if (ts_node_named_child_count(cons) == 1 &&
		    (el_node_is(k, "return_statement") || el_node_is(k, "expression_statement")))
			k = ts_node_named_child(el_node_is(k, "return_statement") ? ts_node_named_child(k, 0) : k, 0);
		if (ts_node_named_child_count(cons) == 1 && el_node_is(k, "call_expression") &&
		    el_node_is(field(k, "function"), "identifier")) {
			TSNode fd;
			el_str callee = text(f, field(k, "function"));
			EACH_NAMED(el_gofile_root(f), cur, fd)
			{
				if (el_node_is(fd, "function_declaration") &&
				    el_str_eq(text(f, field(fd, "name")), callee) && !ts_node_is_null(field(fd, "body")) &&
				    sets_flag(f, field(fd, "body"), text(f, field(flag, "field")), 1)) {
					ts_tree_cursor_delete(&cur);
					return 1;
				}
			}
		}
	}
	return 0;
}

/* What a nil check or a setter call names as its target: the first
 * argument of `t.UnsafeIsNil(ptr)`, `t.UnsafeSet(ptr, v)`, or the
 * receiver of `v.IsNil()`, `v.Set(x)` (reflect's); with setter set, the
 * call takes a value after the target (one argument: the receiver's). */
static el_str nil_target(const el_gofile *f, TSNode call, int setter)
{
	TSNode fn = field(call, "function"), args = field(call, "arguments");
	uint32_t n = ts_node_is_null(args) ? 0 : ts_node_named_child_count(args);
	el_str none = { NULL, 0 };

	if (!el_node_is(fn, "selector_expression"))
		return none;
	if (n > (setter ? 1u : 0u))
		return text(f, ts_node_named_child(args, 0));
	return n == (setter ? 1u : 0u) ? text(f, field(fn, "operand")) : none;
}

static int names_call(const el_gofile *f, TSNode c, const char *suffix)
{
	el_str nm;

	if (!el_node_is(c, "call_expression") || !el_node_is(field(c, "function"), "selector_expression"))
		return 0;
	nm = text(f, field(field(c, "function"), "field"));
	return el_ends(nm.ptr, nm.len, suffix, strlen(suffix));
}

/* Is e made for a setter under a nil check of the same target: `if
 * mapType.UnsafeIsNil(ptr) { mapType.UnsafeSet(ptr,
 * mapType.UnsafeMakeMap(0)) }` (jsoniter's map decoder), `if v.IsNil() {
 * v.Set(reflect.MakeMap(t)) }`, e an argument of the setter or a local
 * declared in the check's body whose address the setter takes?  The
 * decoder fills a nil destination, once per destination. */
static int nil_set(const el_gofile *f, TSNode e)
{
	TSNode a, c, cons;

	for (a = el_gofile_parent(f, e); !ts_node_is_null(a) && !is_func(a); a = el_gofile_parent(f, a)) {
		TSNode cond, k;
		TSTreeCursor cur;
		el_str key;
		if (!el_node_is(a, "if_statement") || ts_node_is_null(cons = field(a, "consequence")) ||
		    !(ts_node_start_byte(e) >= ts_node_start_byte(cons) && ts_node_end_byte(e) <= ts_node_end_byte(cons)))
			continue;
		cond = field(a, "condition");
		if (!names_call(f, cond, "IsNil") || !(key = nil_target(f, cond, 0)).len)
			continue;
		/* a setter of the target among the body's statements */
		EACH_NAMED(cons, cur, k)
		{
			c = el_node_is(k, "expression_statement") ? ts_node_named_child(k, 0) : k;
			if (!names_call(f, c, "Set") || !el_str_eq(nil_target(f, c, 1), key))
				continue;
			if ((ts_node_start_byte(e) >= ts_node_start_byte(c) && ts_node_end_byte(e) <= ts_node_end_byte(c)) ||
			    (el_node_is(e, "identifier") && uses_name(f, field(c, "arguments"), text(f, e), 0))) {
				ts_tree_cursor_delete(&cur);
				return 1;
			}
		}
	}
	return 0;
}

static int lazy(const el_gofile *f, TSNode e)
{
	TSNode target = assigned_to(f, e), a, stmt = e, fn;
	el_str t;

	/* anything allocated in a function run once */
	for (a = el_gofile_parent(f, e); !ts_node_is_null(a) && !is_func(a); a = el_gofile_parent(f, a))
		;
	if (!ts_node_is_null(a) && el_node_is(a, "func_literal") && run_once(f, a))
		return 1;
	if (!ts_node_is_null(a) && el_node_is(a, "func_literal") && pool_new(f, a))
		return 3;
	/* on the miss path of a cache */
	for (a = el_gofile_parent(f, e); !ts_node_is_null(a) && !is_func(a); stmt = a, a = el_gofile_parent(f, a))
		if ((el_node_is(a, "block") && after_cache_hit(f, a, stmt)) ||
		    (el_node_is(a, "if_statement") && ts_node_eq(stmt, field(a, "consequence")) && fills_memo(f, a)))
			return 2;
	stmt = e;
	if (nil_set(f, e))
		return 1;
	if (once_flag(f, e))
		return 4;
	if (ts_node_is_null(target)) {
		/* t2 := make(...); ...; t = t2 (zstd's DecodeAll grows dst):
		 * made under a check of t */
		TSNode p = el_gofile_parent(f, e), st = el_gofile_parent(f, p), l;
		el_str alias;
		if (!el_node_is(p, "expression_list") || ts_node_named_child_count(p) != 1 ||
		    !el_node_is(st, "short_var_declaration") || !ts_node_eq(field(st, "right"), p) ||
		    ts_node_named_child_count(l = field(st, "left")) != 1)
			return 0;
		alias = aliased_by(f, ts_node_named_child(l, 0));
		return alias.len && lazy_target(f, e, alias);
	}
	t = text(f, target);
	fn = func_of(f, e);
	if (!ts_node_is_null(fn) && !ts_node_is_null(field(fn, "body"))) {
		TSNode base = base_of(target);
		el_str b = text(f, base);
		if (resets_to_nil(f, field(fn, "body"), t, 0))
			return 0;
		/* a field of an object the function has just made (his :=
		 * &dto.Histogram{...}; if len(his.PositiveSpan) == 0 {...}):
		 * empty on every call, so the check guards nothing across calls */
		if (!ts_node_eq(base, target) && el_node_is(base, "identifier") &&
		    any_own_statement(f, field(fn, "body"), "short_var_declaration", declares_new, &b))
			return 0;
	}
	return lazy_target(f, e, t);
}

/* Is short variable declaration st `name := &T{...}`, `T{...}` or
 * `new(T)` for the name *arg (an el_str)? */
static int declares_new(const el_gofile *f, TSNode st, const void *arg)
{
	TSNode l = field(st, "left"), r = field(st, "right"), v;

	if (ts_node_named_child_count(l) != 1 || ts_node_named_child_count(r) != 1 ||
	    !el_str_eq(text(f, ts_node_named_child(l, 0)), *(const el_str *)arg))
		return 0;
	v = ts_node_named_child(r, 0);
	if (el_node_is(v, "unary_expression") && text_is(f, field(v, "operator"), "&"))
		v = field(v, "operand");
	return el_node_is(v, "composite_literal") ||
	       (el_node_is(v, "call_expression") && text_is(f, field(v, "function"), "new"));
}

/* The name a local declared as target (`t2 := make(...)`) is assigned to
 * by a later statement of the same block (`t = t2`), or empty. */
static el_str aliased_by(const el_gofile *f, TSNode target)
{
	el_str none = { NULL, 0 }, t = text(f, target);
	TSNode st = el_gofile_parent(f, el_gofile_parent(f, target)), b, k;
	TSTreeCursor cur;
	int after = 0;

	if (!el_node_is(target, "identifier") || !el_node_is(st, "short_var_declaration") ||
	    !el_node_is(b = el_gofile_parent(f, st), "block"))
		return none;
	EACH_NAMED(b, cur, k)
	{
		TSNode l = field(k, "left"), r = field(k, "right");
		if (ts_node_eq(k, st)) {
			after = 1;
			continue;
		}
		if (after && el_node_is(k, "assignment_statement") && text_is(f, field(k, "operator"), "=") &&
		    ts_node_named_child_count(l) == 1 && ts_node_named_child_count(r) == 1 &&
		    el_str_eq(text(f, ts_node_named_child(r, 0)), t) &&
		    el_node_is(ts_node_named_child(l, 0), "identifier")) {
			el_str a = text(f, ts_node_named_child(l, 0));
			ts_tree_cursor_delete(&cur);
			return a;
		}
	}
	return none;
}

/* Is e, assigned to what is spelled t, made under a check of t (lazy)? */
static int lazy_target(const el_gofile *f, TSNode e, el_str t)
{
	TSNode a, stmt = e;

	for (a = el_gofile_parent(f, e); !ts_node_is_null(a) && !is_func(a); stmt = a, a = el_gofile_parent(f, a)) {
		if (el_node_is(a, "if_statement") &&
		    ((ts_node_eq(field(a, "consequence"), stmt) && checks(f, a, t, 1)) ||
		     (ts_node_eq(field(a, "alternative"), stmt) && checks_else(f, a, t)) ||
		     checks_sibling(f, a, t) || pool_miss(f, a, t)))
			return 1; /* if x == nil { x = make(...) } */
		if (el_node_is(a, "block")) {
			/* if cap(x) >= n { return }; x = make(...) */
			TSTreeCursor cur;
			TSNode k;
			int found = 0;
			EACH_NAMED(a, cur, k)
			{
				if (ts_node_eq(k, stmt)) {
					ts_tree_cursor_delete(&cur);
					break;
				}
				if (!found && el_node_is(k, "if_statement") && checks(f, k, t, 0)) {
					TSNode last = last_statement(field(k, "consequence"));
					found = el_node_is(last, "return_statement");
				}
			}
			if (found)
				return 1;
		}
	}
	return 0;
}

/* Is the local of d declared with make and a capacity (x := make([]T,
 * 0, n)): an append to it grows only past that capacity? */
/* Is c `make(T, n, capacity)`? */
static int make_with_capacity(const el_gofile *f, TSNode c)
{
	return el_node_is(c, "call_expression") && text_is(f, field(c, "function"), "make") &&
	       ts_node_named_child_count(field(c, "arguments")) == 3;
}

static int presized(const decl *d)
{
	TSNode v = field(d->node, d->kind == D_SHORT ? "right" : "value");

	if (ts_node_is_null(v) || ts_node_named_child_count(v) <= d->idx)
		return 0;
	return make_with_capacity(d->f, ts_node_named_child(v, d->idx));
}

/* Is s a slice of existing storage cut to length 0 (x[:0])? */
static int cut_to_zero(const el_gofile *f, TSNode s)
{
	return el_node_is(s, "slice_expression") && ts_node_is_null(field(s, "start")) &&
	       text_is(f, field(s, "end"), "0") && ts_node_is_null(field(s, "capacity"));
}

/* Does fn hold for a statement of type type in body, not counting the
 * bodies of closures in it? */
static int any_own_statement(const el_gofile *f, TSNode body, const char *type, statement_fn fn,
                             const void *arg)
{
	TSNode stack[64], k;
	TSTreeCursor cur;
	size_t n = 0;

	stack[n++] = body;
	while (n > 0) {
		TSNode b = stack[--n];
		EACH_NAMED(b, cur, k)
		{
			if (el_node_is(k, type)) {
				if (fn(f, k, arg)) {
					ts_tree_cursor_delete(&cur);
					return 1;
				}
			} else if (!is_func(k) && ts_node_named_child_count(k) > 0 &&
			           n < sizeof stack / sizeof *stack) {
				stack[n++] = k;
			}
		}
	}
	return 0;
}

/* Is return statement st one that returns no built error: anything but
 * `return fmt.Errorf(...)`, `return errors.New(...)` or another error
 * constructor (error_call_std)? */
static int returns_other(const el_gofile *f, TSNode st, const void *arg)
{
	TSNode list = ts_node_named_child(st, 0);

	(void)arg;
	if (el_node_is(list, "expression_list")) {
		if (ts_node_named_child_count(list) != 1)
			return 1;
		list = ts_node_named_child(list, 0);
	}
	return !el_node_is(list, "call_expression") || !error_call_std(f, list);
}

static int returns_built(const el_gofile *f, TSNode st, const void *arg)
{
	return !returns_other(f, st, arg);
}

/* Does function fn (of f) build an error: its one result is error and
 * every return statement of its own returns an error it constructs
 * (toml's `func (md *MetaData) e(format string, args ...any) error`
 * ending in `return fmt.Errorf(f+format, args...)`)?  Its body runs, and
 * what it is handed is made, only when something failed. */
static int builds_error(const el_gofile *f, TSNode fn)
{
	TSNode r = field(fn, "result"), body = field(fn, "body");

	if (ts_node_is_null(r) || ts_node_is_null(body))
		return 0;
	if (el_node_is(r, "parameter_list")) {
		if (ts_node_named_child_count(r) != 1 || ts_node_named_child_count(ts_node_named_child(r, 0)) != 1)
			return 0; /* one unnamed result */
		r = field(ts_node_named_child(r, 0), "type");
	}
	return text_is(f, r, "error") && any_own_statement(f, body, "return_statement", returns_built, NULL) &&
	       !any_own_statement(f, body, "return_statement", returns_other, NULL);
}

/* Is assignment st `name = name[:0]`? (arg: the el_str name) */
static int cuts_itself(const el_gofile *f, TSNode st, const void *arg)
{
	el_str name = *(const el_str *)arg;
	TSNode l = field(st, "left"), r = field(st, "right");

	return ts_node_named_child_count(l) == 1 && ts_node_named_child_count(r) == 1 &&
	       el_str_eq(text(f, ts_node_named_child(l, 0)), name) &&
	       cut_to_zero(f, ts_node_named_child(r, 0)) &&
	       el_str_eq(text(f, field(ts_node_named_child(r, 0), "operand")), name);
}

/* Does return statement st return the variable name (by_address: &name)? */
typedef struct returned_name {
	el_str name;
	int by_address;
} returned_name;

static int returns_it(const el_gofile *f, TSNode st, const void *arg)
{
	const returned_name *rn = arg;
	/* return p / return p, nil */
	TSNode v = ts_node_named_child(st, 0);
	uint32_t i, c;

	if (!ts_node_is_null(v) && !el_node_is(v, "expression_list"))
		v = st; /* a single result: st's one child */
	c = ts_node_is_null(v) ? 0 : ts_node_named_child_count(v);
	for (i = 0; i < c; i++) {
		TSNode r = ts_node_named_child(v, i);
		/* return p (a pointer variable), return &p (a moved one) */
		int amp = el_node_is(r, "unary_expression") && text_is(f, field(r, "operator"), "&");
		if (amp)
			r = field(r, "operand");
		if (amp == rn->by_address && el_node_is(r, "identifier") && el_str_eq(text(f, r), rn->name))
			return 1;
	}
	return 0;
}

/* Does the function around decl (a local's declaration) reuse the storage
 * the local holds: `p = p[:0]` (or `p := buf[:0]` at the declaration),
 * the idiom of a buffer whose capacity is kept and refilled? */
static int reused_local(const el_gofile *f, TSNode dn, TSNode init, el_str name)
{
	TSNode fn, body;

	if (cut_to_zero(f, init))
		return 1;
	for (fn = dn; !ts_node_is_null(fn) && !is_func(fn); fn = el_gofile_parent(f, fn))
		;
	if (ts_node_is_null(fn) || ts_node_is_null(body = field(fn, "body")))
		return 0;
	return any_own_statement(f, body, "assignment_statement", cuts_itself, &name);
}

/* Does assignment st, before the node arg->at and in a block around it
 * (not under a condition of its own), replace the field arg->at names
 * with a value not made from it (`p.context = keyContext` before
 * `p.context = append(p.context, ...)`)?  Sets arg->presized when that
 * value is a make with a capacity. */
typedef struct replaced_arg {
	TSNode at;
	el_str field;
	int presized;
} replaced_arg;

static int replaces_field(const el_gofile *f, TSNode st, const void *arg)
{
	replaced_arg *ra = (replaced_arg *)arg;
	TSNode l = field(st, "left"), r = field(st, "right"), b = el_gofile_parent(f, st), v;
	el_str rt;

	if (ts_node_start_byte(st) >= ts_node_start_byte(ra->at) || ts_node_named_child_count(l) != 1 ||
	    ts_node_named_child_count(r) != 1 || !el_str_eq(text(f, ts_node_named_child(l, 0)), ra->field) ||
	    ts_node_start_byte(ra->at) >= ts_node_end_byte(b))
		return 0;
	v = ts_node_named_child(r, 0);
	rt = text(f, v);
	if (el_find(rt.ptr, rt.len, ra->field.ptr, ra->field.len))
		return 0;
	ra->presized = make_with_capacity(f, v);
	return 1;
}

/* Is v a buffer taken from a pool: P.Get().([]T) (or .(*[]T), or *
 * of either), where the file also puts something back with P.Put(...)?
 * The pool keeps the capacity an append grows (zerolog's diode Writer:
 * `p = append(bufPool.Get().([]byte), p...)`, put back when written). */
static int pooled(const el_gofile *f, TSNode v)
{
	TSNode call, fn;
	el_str pool;
	size_t len;
	const char *src;
	char put[160];

	/* also cut: inbuf := w.buffers.Get().([]byte)[:4] (s2's Writer) */
	while (el_node_is(v, "parenthesized_expression") ||
	       (el_node_is(v, "unary_expression") && text_is(f, field(v, "operator"), "*")) ||
	       (el_node_is(v, "slice_expression") && ts_node_is_null(field(v, "start"))))
		v = el_node_is(v, "unary_expression") || el_node_is(v, "slice_expression") ? field(v, "operand")
		                                                                           : ts_node_named_child(v, 0);
	if (!el_node_is(v, "type_assertion_expression"))
		return 0;
	call = field(v, "operand");
	fn = field(call, "function");
	if (!el_node_is(call, "call_expression") || !el_node_is(fn, "selector_expression") ||
	    !text_is(f, field(fn, "field"), "Get") ||
	    ts_node_named_child_count(field(call, "arguments")) != 0)
		return 0;
	pool = text(f, field(fn, "operand"));
	if (pool.len == 0 || pool.len + 6 > sizeof put)
		return 0;
	memcpy(put, pool.ptr, pool.len);
	memcpy(put + pool.len, ".Put(", 6);
	src = el_gofile_text(f, &len);
	/* the whole name: not tmp.Put( for p.Put(, nor x.p.Put( */
	for (const char *at = src; src && (at = el_find(at, len - (size_t)(at - src), put, pool.len + 5));
	     at++)
		if (at == src || (!el_ident_byte(at[-1]) && at[-1] != '.'))
			return 1;
	return 0;
}

/* Where the value of expression v is kept: a parameter, a field or an
 * element of something, a local or a package-level variable. */
static const char *owner_of(ctx *x, TSNode v)
{
	decl d;

	while (el_node_is(v, "parenthesized_expression") || el_node_is(v, "slice_expression"))
		v = el_node_is(v, "slice_expression") ? field(v, "operand") : ts_node_named_child(v, 0);
	/* *emitter.output_buffer: the slice a pointer kept in a field leads
	 * to, the caller's (yaml's write handler appends to the output of
	 * Marshal); through a parameter (a flag value's *k) it stays the
	 * parameter's business */
	if (el_node_is(v, "unary_expression") && text_is(x->f, field(v, "operator"), "*") &&
	    el_node_is(field(v, "operand"), "selector_expression"))
		return strcmp(owner_of(x, field(v, "operand")), "field") == 0 ? "field" : "";
	if (el_node_is(v, "selector_expression")) {
		/* a field the function itself has just replaced keeps no
		 * capacity from the last call: "replaced" */
		TSNode fn = func_of(x->f, v);
		replaced_arg ra;
		ra.at = v;
		ra.field = text(x->f, v);
		ra.presized = 0;
		if (!ts_node_is_null(fn) && !ts_node_is_null(field(fn, "body")) &&
		    any_own_statement(x->f, field(fn, "body"), "assignment_statement", replaces_field, &ra))
			return ra.presized ? "presized" : "replaced";
		return "field";
	}
	if (el_node_is(v, "index_expression"))
		return "element";
	if (pooled(x->f, v))
		return "pooled";
	if (el_node_is(v, "call_expression")) {
		/* append(e.AppendString(dst, key), ':'), append(append(dst, ...),
		 * ...): an Append-style call hands back the buffer it was given */
		TSNode fn = field(v, "function"), args = field(v, "arguments");
		el_str name = call_name(x->f, fn);
		if (((name.len > 6 && memcmp(name.ptr, "Append", 6) == 0) ||
		     el_str_eq(name, el_str_make(EL_LIT("append")))) &&
		    !ts_node_is_null(args) && ts_node_named_child_count(args) > 0)
			return owner_of(x, ts_node_named_child(args, 0));
		return "";
	}
	if (!el_node_is(v, "identifier") || !resolve(x, x->f, v, &d))
		return "";
	if (d.kind == D_PARAM)
		return "parameter";
	if (d.kind == D_VAR || d.kind == D_SHORT) {
		TSNode a, init = field(d.node, d.kind == D_SHORT ? "right" : "value");
		/* out := s.out (or s.out[:0]): the local is the field's buffer;
		 * buf := pool.Get().([]byte): the pool's */
		if (!ts_node_is_null(init) && ts_node_named_child_count(init) > d.idx) {
			TSNode i0 = ts_node_named_child(init, d.idx);
			if (d.f == x->f && pooled(x->f, i0))
				return "pooled";
			while (el_node_is(i0, "slice_expression") || el_node_is(i0, "parenthesized_expression"))
				i0 = el_node_is(i0, "slice_expression") ? field(i0, "operand")
				                                : ts_node_named_child(i0, 0);
			if (el_node_is(i0, "selector_expression") && d.f == x->f)
				return "field";
		}
		for (a = d.node; !ts_node_is_null(a); a = el_gofile_parent(x->f, a))
			if (is_func(a)) {
				TSNode i0;
				memset(&i0, 0, sizeof i0); /* null: no initializer */
				if (!ts_node_is_null(init) && ts_node_named_child_count(init) > d.idx)
					i0 = ts_node_named_child(init, d.idx);
				if (presized(&d))
					return "presized";
				if (d.f != x->f)
					return "global";
				return reused_local(x->f, d.node, i0, text(x->f, v)) ? "reused" : "local";
			}
		return "global";
	}
	return "";
}

/* Does n (of f) call name.Grow(...), outside func literals? */
static int grows(const el_gofile *f, TSNode n, el_str name, int depth)
{
	TSTreeCursor cur;
	TSNode k;

	if (depth > 100 || el_node_is(n, "func_literal"))
		return 0;
	if (el_node_is(n, "call_expression")) {
		TSNode fn = field(n, "function");
		if (el_node_is(fn, "selector_expression") && text_is(f, field(fn, "field"), "Grow") &&
		    el_str_eq(text(f, field(fn, "operand")), name))
			return 1;
	}
	EACH_NAMED(n, cur, k)
	{
		if (grows(f, k, name, depth + 1)) {
			ts_tree_cursor_delete(&cur);
			return 1;
		}
	}
	return 0;
}

/* Is identifier id (of x->f) a buffer its function declares empty
 * (`var out strings.Builder`, `sb := strings.Builder{}`, `b :=
 * &bytes.Buffer{}`) and never sizes with Grow: whatever its methods
 * append starts from nothing on every call? */
static int fresh_buffer(ctx *x, TSNode id)
{
	TSNode init, fn;
	decl d;

	if (!el_node_is(id, "identifier") || !resolve(x, x->f, id, &d) || d.f != x->f ||
	    (d.kind != D_VAR && d.kind != D_SHORT))
		return 0;
	init = field(d.node, d.kind == D_SHORT ? "right" : "value");
	if (!ts_node_is_null(init)) {
		if (ts_node_named_child_count(init) <= d.idx)
			return 0;
		init = ts_node_named_child(init, d.idx);
		if (el_node_is(init, "unary_expression") && text_is(x->f, field(init, "operator"), "&"))
			init = field(init, "operand");
		if (!el_node_is(init, "composite_literal") ||
		    ts_node_named_child_count(field(init, "body")) > 0)
			return 0;
	}
	fn = func_of(x->f, d.node);
	return !ts_node_is_null(fn) && !ts_node_is_null(field(fn, "body")) &&
	       !grows(x->f, field(fn, "body"), text(x->f, id), 0);
}

/* The first append call in n (of f), not looking into func literals,
 * or a null node. */
static TSNode first_append(const el_gofile *f, TSNode n, int depth)
{
	TSTreeCursor cur;
	TSNode k, r = { { 0, 0, 0, 0 }, NULL, NULL };

	if (depth > 100 || (depth > 0 && el_node_is(n, "func_literal")))
		return r;
	if (el_node_is(n, "call_expression") && text_is(f, field(n, "function"), "append"))
		return n;
	EACH_NAMED(n, cur, k)
	{
		r = first_append(f, k, depth + 1);
		if (!ts_node_is_null(r)) {
			ts_tree_cursor_delete(&cur);
			return r;
		}
	}
	return r;
}

/* Does id (of x->f) name a closure kept in a local (`add := func(i
 * int) { at = append(at, i) }`) whose first append grows a local of the
 * function that captures it (owner_of's "local"), which starts again on
 * every call?  An append inside an inlined call of it (`add(i)`) grows
 * that local, not a buffer kept between calls. */
static int closure_append_local(ctx *x, TSNode id)
{
	TSNode init, a;
	decl d;

	if (!resolve(x, x->f, id, &d) || d.f != x->f || d.kind != D_SHORT)
		return 0;
	init = field(d.node, "right");
	if (ts_node_named_child_count(init) <= d.idx ||
	    !el_node_is(init = ts_node_named_child(init, d.idx), "func_literal"))
		return 0;
	a = first_append(x->f, field(init, "body"), 0);
	return !ts_node_is_null(a) && ts_node_named_child_count(field(a, "arguments")) > 0 &&
	       strcmp(owner_of(x, ts_node_named_child(field(a, "arguments"), 0)), "local") == 0;
}

/* Is n one of the targets on the left of an assignment (m[k] = v)? */
static int assigned_to_left(const el_gofile *f, TSNode n)
{
	TSNode list = el_gofile_parent(f, n), st;

	if (!el_node_is(list, "expression_list"))
		return 0;
	st = el_gofile_parent(f, list);
	return el_node_is(st, "assignment_statement") && ts_node_eq(field(st, "left"), list);
}

/* Does function fn return the variable name: `return name` (by_address:
 * `return &name`) in its own body (not a closure's), or, for a named
 * result, any return? */
static int returns_var(ctx *x, TSNode fn, el_str name, int by_address)
{
	TSNode body, res;

	if (ts_node_is_null(fn) || ts_node_is_null(body = field(fn, "body")))
		return 0;
	/* a named result: what every return hands back */
	res = field(fn, "result");
	if (!by_address && el_node_is(res, "parameter_list")) {
		uint32_t i, c = ts_node_named_child_count(res);
		for (i = 0; i < c; i++) {
			TSNode pd = ts_node_named_child(res, i);
			uint32_t j, m = ts_node_named_child_count(pd);
			for (j = 0; j < m; j++) {
				TSNode id = ts_node_named_child(pd, j);
				if (el_node_is(id, "identifier") && el_str_eq(text(x->f, id), name))
					return 1;
			}
		}
	}
	/* the function's own return statements (not those of closures) */
	{
		const returned_name rn = { name, by_address };
		return any_own_statement(x->f, body, "return_statement", returns_it, &rn);
	}
}

/* The function (declaration or literal) around n. */
static TSNode func_of(const el_gofile *f, TSNode n)
{
	for (n = el_gofile_parent(f, n); !ts_node_is_null(n) && !is_func(n); n = el_gofile_parent(f, n))
		;
	return n;
}

/* Where the value e goes when it is assigned or declared: assigned_to's
 * left-hand side, or the one name `v := e` declares; a null node
 * otherwise. */
static TSNode stored_in(const el_gofile *f, TSNode e)
{
	TSNode t = assigned_to(f, e), q = el_gofile_parent(f, e);

	if (ts_node_is_null(t) && el_node_is(q, "expression_list") &&
	    el_node_is(el_gofile_parent(f, q), "short_var_declaration") && ts_node_named_child_count(q) == 1)
		t = ts_node_named_child(field(el_gofile_parent(f, q), "left"), 0);
	return t;
}

/* The variable a field or element expression starts from (his in
 * his.Bucket[i]), or t itself. */
static TSNode base_of(TSNode t)
{
	while (el_node_is(t, "selector_expression") || el_node_is(t, "index_expression"))
		t = field(t, "operand");
	return t;
}

static int carries(const el_gofile *f, TSNode r, el_str name);

/* Does a statement of function fn store the local name into a field or
 * element of a variable fn returns, directly or through another local
 * stored there (`labelPairs := make(...); ...; e.Label = labelPairs;
 * return e`, prometheus' newExemplar), or append it to a slice fn
 * returns (`result = append(result, ext)`)?  The value is then part of
 * the result. */
typedef struct result_arg {
	ctx *x;
	TSNode fn;
	el_str name;
	int depth;
} result_arg;

static int stored_into_result(ctx *x, TSNode fn, el_str name, int depth);

static int stores_to_result(const el_gofile *f, TSNode st, const void *arg)
{
	const result_arg *ra = arg;
	TSNode left = field(st, "left"), right = field(st, "right");
	uint32_t i, c = ts_node_named_child_count(right);

	if (ts_node_named_child_count(left) != c)
		return 0;
	for (i = 0; i < c; i++) {
		TSNode l = ts_node_named_child(left, i), base;
		el_str bn;
		TSNode r = ts_node_named_child(right, i);
		if (!carries(f, r, ra->name))
			continue;
		/* result = append(result, ext): an element of the slice it
		 * returns (websocket's parseExtensions) */
		if (el_node_is(l, "identifier") && el_node_is(r, "call_expression") &&
		    !el_str_eq(text(f, l), ra->name) && returns_var(ra->x, ra->fn, text(f, l), 0))
			return 1;
		base = base_of(l);
		if (ts_node_eq(base, l) || !el_node_is(base, "identifier"))
			continue;
		bn = text(f, base);
		if (el_str_eq(bn, ra->name))
			continue;
		if (returns_var(ra->x, ra->fn, bn, 0) ||
		    (ra->depth < 2 && stored_into_result(ra->x, ra->fn, bn, ra->depth + 1)))
			return 1;
	}
	return 0;
}

static int returns_holding(const el_gofile *f, TSNode st, const void *arg);

static int stored_into_result(ctx *x, TSNode fn, el_str name, int depth)
{
	result_arg ra;

	if (ts_node_is_null(fn) || ts_node_is_null(field(fn, "body")))
		return 0;
	ra.x = x;
	ra.fn = fn;
	ra.name = name;
	ra.depth = depth;
	return any_own_statement(x->f, field(fn, "body"), "assignment_statement", stores_to_result, &ra);
}

/* Is the object made by e assigned to a variable its function returns
 * (1: `p := new(T); f.Register(p); return p`, the function's product
 * whatever else keeps it), or stored into an element or a field of what it
 * returns (2: `ret[key] = v`, `w.buf = make(...)` in a constructor that
 * returns w)? */
static int returned_local(ctx *x, TSNode e)
{
	TSNode target = assigned_to(x->f, e), list, svd;

	/* p := new(T): the name declared for it */
	if (ts_node_is_null(target) && el_node_is(list = el_gofile_parent(x->f, e), "expression_list") &&
	    el_node_is(svd = el_gofile_parent(x->f, list), "short_var_declaration") &&
	    ts_node_eq(field(svd, "right"), list)) {
		uint32_t i, c = ts_node_named_child_count(list);
		TSNode left = field(svd, "left");
		for (i = 0; i < c; i++)
			if (ts_node_eq(ts_node_named_child(list, i), e) &&
			    ts_node_named_child_count(left) == c)
				target = ts_node_named_child(left, i);
	}
	/* m[k] = v, or the key k of m[k] = ...: an element of a map or slice
	 * the function returns (a decoder's result map) */
	if (ts_node_is_null(target)) {
		TSNode p = el_gofile_parent(x->f, e);
		if (el_node_is(p, "index_expression") && ts_node_eq(field(p, "index"), e) &&
		    assigned_to_left(x->f, p))
			target = p;
	}
	/* a variable moved to the heap: the name declared, returned by its
	 * address (return p copies the value, which is not the variable) */
	int by_address = 0;
	if (ts_node_is_null(target) && el_node_is(e, "identifier")) {
		target = e;
		by_address = 1;
	}
	/* m[k] = v, x.f = v: an element or a field of what the function
	 * returns (a decoder's result map, a constructor's object), also
	 * deeper down (h.counts[1] = v: an element of an array field of the
	 * histogram newHistogram returns) */
	if (el_node_is(target, "index_expression") || el_node_is(target, "selector_expression")) {
		do
			target = field(target, "operand");
		while (el_node_is(target, "index_expression") || el_node_is(target, "selector_expression"));
		return el_node_is(target, "identifier") &&
		                       returns_var(x, func_of(x->f, e), text(x->f, target), 0)
		               ? 2
		               : 0;
	}
	if (!el_node_is(target, "identifier"))
		return 0;
	if (returns_var(x, func_of(x->f, e), text(x->f, target), by_address))
		return 1;
	/* a local stored into a field or element of what it returns */
	return !by_address && stored_into_result(x, func_of(x->f, e), text(x->f, target), 0) ? 2 : 0;
}

/* The slice v is appended to when v is a later argument of append
 * (append(s, v): s), or a null node. */
static TSNode appended_to(const el_gofile *f, TSNode v)
{
	TSNode q = el_gofile_parent(f, v), call, null = ts_node_child(v, ts_node_child_count(v));

	if (!el_node_is(q, "argument_list") || ts_node_eq(ts_node_named_child(q, 0), v) ||
	    !el_node_is(call = el_gofile_parent(f, q), "call_expression") ||
	    !text_is(f, field(call, "function"), "append"))
		return null;
	return ts_node_named_child(q, 0);
}

/* The outermost composite literal (or its address) that e is an element
 * or field value of, or e itself. */
static TSNode outer_literal(const el_gofile *f, TSNode e)
{
	TSNode q;

	while (!ts_node_is_null(q = el_gofile_parent(f, e)) &&
	       (el_node_is(q, "literal_element") || el_node_is(q, "keyed_element") ||
	        el_node_is(q, "literal_value") || el_node_is(q, "composite_literal") ||
	        (el_node_is(q, "unary_expression") && text_is(f, field(q, "operator"), "&"))))
		e = q;
	return e;
}


static int output_place_at(ctx *x, TSNode t, int depth);
static int local_name(ctx *x, TSNode id);

/* Is expression t (a place stored into) a field or element of the only
 * parameter of its function, which points to another package's type
 * (`out.Summary`, `out.Label[i]`, `*pb`), or of one of several that
 * points to another module's type: the object a caller passes in to be
 * filled, such as prometheus' *dto.Metric, whose contents are the
 * function's output?  A receiver is the function's own object, and a
 * parameter of the package's own type (a tree's node, a registry) is a
 * long-lived object kept by the package: neither is output.  A parameter
 * among others is output too when every caller of its (unexported)
 * function hands it the caller's own output or an object the caller
 * returns (fed_output: prometheus' populateMetric(..., out, ...)). */
static int output_place(ctx *x, TSNode t)
{
	return output_place_at(x, t, 0);
}

/* Does return statement st hand back a value for which holds(f, value,
 * name) is true? */
static int returns_value(const el_gofile *f, TSNode st, el_str name, int (*holds)(const el_gofile *, TSNode, el_str))
{
	TSNode v = ts_node_named_child(st, 0);
	uint32_t i, c;

	if (!ts_node_is_null(v) && !el_node_is(v, "expression_list"))
		v = st;
	c = ts_node_is_null(v) ? 0 : ts_node_named_child_count(v);
	for (i = 0; i < c; i++)
		if (holds(f, ts_node_named_child(v, i), name))
			return 1;
	return 0;
}

/* Is r a composite literal (or its address) holding the local name? */
static int literal_holding(const el_gofile *f, TSNode r, el_str name)
{
	if (el_node_is(r, "unary_expression") && text_is(f, field(r, "operator"), "&"))
		r = field(r, "operand");
	return el_node_is(r, "composite_literal") && carries(f, r, name);
}

/* Does return statement st hand back a composite literal holding the
 * local name (`return &constMetric{metric: metric}, nil`)? */
static int returns_holding(const el_gofile *f, TSNode st, const void *arg)
{
	return returns_value(f, st, *(const el_str *)arg, literal_holding);
}

/* The uses of name in x's package into refs (*n of them), when every one
 * is in view: an indexed package, no assembly or linkname, at least one
 * and at most cap uses. */
static int every_use(ctx *x, el_str name, el_ref *refs, size_t cap, size_t *n)
{
	int opaque, rc = el_gosrc_references(x->g, x->dir, name, refs, cap, n, &opaque);

	if (rc == -2)
		x->failed = 1;
	return rc == 1 && !opaque && *n > 0 && *n <= cap;
}

/* Is parameter number idx of the unexported function fn (of x->f) given,
 * by every call in its package, the caller's own output (output_place)
 * or a local the caller returns, by itself or in a literal: the object
 * fn fills for them (populateMetric's m, from a Write(out) method or from
 * NewConstMetric's `metric := &dto.Metric{}; ...; return
 * &constMetric{metric: metric}`)?  Answers are remembered per package. */
#define FED_MAX_REFS 16
static int fed_output(ctx *x, TSNode fn, uint32_t idx, int depth)
{
	el_str nm = text(x->f, field(fn, "name"));
	el_ref refs[FED_MAX_REFS];
	size_t n, i;
	int rc, memo, calls = 0;
	const char *memo_text;
	unsigned long long key;

	if (depth > 1 || !nm.len || (nm.ptr[0] >= 'A' && nm.ptr[0] <= 'Z') ||
	    !el_node_is(fn, "function_declaration"))
		return 0;
	key = el_hash(el_gofile_path(x->f), strlen(el_gofile_path(x->f)),
	              EL_HASH_SEED ^ 0x6f7574707574ull ^ ((unsigned long long)ts_node_start_byte(fn) << 8) ^ idx);
	if (el_gosrc_memo(x->g, x->dir, key, &memo, &memo_text) == 1)
		return memo == 1;
	if (!every_use(x, nm, refs, FED_MAX_REFS, &n))
		return 0;
	for (i = 0; i < n; i++) {
		const el_ref *r = &refs[i];
		TSNode call = ts_node_parent(r->node), arg, caller;
		ctx y = *x;
		y.f = r->f;
		if (el_node_is(r->node, "identifier") && local_name(&y, r->node))
			continue;
		if (!el_node_is(call, "call_expression") || !ts_node_eq(field(call, "function"), r->node))
			break; /* kept as a value, or a method spelled the same */
		if (ts_node_eq(r->top, fn) && r->f == x->f)
			continue; /* recursion */
		arg = ts_node_named_child(field(call, "arguments"), idx);
		caller = func_of(r->f, call);
		if (ts_node_is_null(arg) || ts_node_is_null(caller))
			break;
		if (output_place_at(&y, arg, depth + 1)) {
			calls++;
		} else {
			el_str an = text(r->f, arg);
			TSNode body = field(caller, "body");
			if (!el_node_is(arg, "identifier") || ts_node_is_null(body) ||
			    !(returns_var(&y, caller, an, 0) ||
			      any_own_statement(r->f, body, "return_statement", returns_holding, &an)))
				break;
			calls++;
		}
		if (y.failed) {
			x->failed = 1;
			return 0;
		}
	}
	rc = i == n && calls > 0;
	if (el_gosrc_remember(x->g, x->dir, key, rc ? 1 : 2, "") != 0)
		x->failed = 1;
	return rc;
}

/* The function (of x->f) whose parameter identifier id names, not its
 * receiver nor a named result, with the declaration in *d; or a null
 * node. */
static TSNode param_of(ctx *x, TSNode id, decl *d)
{
	TSNode pl, fn, null = { { 0, 0, 0, 0 }, NULL, NULL };

	if (!resolve(x, x->f, id, d) || d->kind != D_PARAM || d->f != x->f)
		return null;
	pl = el_gofile_parent(x->f, d->node);
	fn = el_gofile_parent(x->f, pl);
	return !ts_node_is_null(fn) && ts_node_eq(field(fn, "parameters"), pl) ? fn : null;
}

/* Is t (of x->f) the conversion of a pointer, (*T)(p), the way
 * `*(*T)(ptr) = v` spells a store through an unsafe.Pointer (the grammar
 * reads `*(*[]byte)(ptr)` as a conversion to the type `*(*[]byte)`)?
 * Its operand in *operand. */
static int pointer_conversion(ctx *x, TSNode t, TSNode *operand)
{
	if (el_node_is(t, "type_conversion_expression")) {
		TSNode tt = field(t, "type");
		while (el_node_is(tt, "parenthesized_type"))
			tt = ts_node_named_child(tt, 0);
		if (!el_node_is(tt, "pointer_type"))
			return 0;
		*operand = field(t, "operand");
		return 1;
	}
	if (el_node_is(t, "call_expression")) {
		TSNode fn = field(t, "function"), args = field(t, "arguments");
		while (el_node_is(fn, "parenthesized_expression") || el_node_is(fn, "parenthesized_type"))
			fn = ts_node_named_child(fn, 0);
		if ((el_node_is(fn, "pointer_type") ||
		     (el_node_is(fn, "unary_expression") && text_is(x->f, field(fn, "operator"), "*"))) &&
		    ts_node_named_child_count(args) == 1) {
			*operand = ts_node_named_child(args, 0);
			return 1;
		}
	}
	return 0;
}

/* Is parameter declaration pd of type unsafe.Pointer? */
static int unsafe_pointer_param(ctx *x, TSNode pd)
{
	return el_str_eq(text(x->f, field(pd, "type")), el_str_make(EL_LIT("unsafe.Pointer")));
}

/* Is import path imp the standard library's: no dot in its first
 * element (net/http, encoding/json)? */
static int standard_path(el_str imp)
{
	const char *slash = memchr(imp.ptr, '/', imp.len);
	size_t first = slash ? (size_t)(slash - imp.ptr) : imp.len;

	return memchr(imp.ptr, '.', first) == NULL;
}

/* How many names parameter (or result) declaration pd declares: one
 * for an unnamed one. */
static uint32_t param_names(TSNode pd)
{
	uint32_t j, k = ts_node_child_count(pd), names = 0;

	for (j = 0; j < k; j++)
		if (el_node_is(ts_node_child(pd, j), "identifier"))
			names++;
	return names ? names : 1;
}

static int output_place_at(ctx *x, TSNode t, int depth)
{
	TSNode pl, pt, fn, conv;
	decl d;
	int through = 0; /* stored through a conversion of the pointer */

	while (el_node_is(t, "selector_expression") || el_node_is(t, "index_expression") ||
	       el_node_is(t, "parenthesized_expression") ||
	       (el_node_is(t, "unary_expression") && text_is(x->f, field(t, "operator"), "*")) ||
	       pointer_conversion(x, t, &conv)) {
		if (el_node_is(t, "parenthesized_expression"))
			t = ts_node_named_child(t, 0);
		else if (el_node_is(t, "selector_expression") || el_node_is(t, "index_expression") ||
		         el_node_is(t, "unary_expression"))
			t = field(t, "operand");
		else {
			t = conv;
			through = 1;
		}
	}
	if (!el_node_is(t, "identifier") || ts_node_is_null(fn = param_of(x, t, &d)))
		return 0;
	/* `*(*T)(ptr) = v` through an unsafe.Pointer parameter: the memory
	 * the caller hands in to be filled (jsoniter's ValDecoder.Decode(ptr
	 * unsafe.Pointer, iter), the destination of a decoded field) */
	if (through && unsafe_pointer_param(x, d.node)) {
		x->destination = 1;
		return 1;
	}
	pl = el_gofile_parent(x->f, d.node);
	pt = field(d.node, "type");
	/* a map of another package's pointers that the caller passes in to
	 * be filled (prometheus' processMetric adds each new
	 * *dto.MetricFamily to metricFamiliesByName) */
	if (el_node_is(pt, "map_type")) {
		TSNode v = field(pt, "value");
		return el_node_is(v, "pointer_type") && el_node_is(ts_node_named_child(v, 0), "qualified_type");
	}
	if (!el_node_is(pt, "pointer_type") || !el_node_is(ts_node_named_child(pt, 0), "qualified_type"))
		return 0;
	/* its only parameter: a handler's request among other arguments
	 * (ServeHTTP's req) is its input, not what it fills */
	if (ts_node_named_child_count(pl) == 1 && ts_node_named_child_count(d.node) == 2)
		return 1;
	/* one among others of a type of another module (a protocol-buffer
	 * message: prometheus' checkMetricConsistency sorts a copy of the
	 * labels into dtoMetric.Label), not of the standard library, whose
	 * *http.Request is a handler's input */
	{
		el_str imp;
		TSNode q = ts_node_named_child(pt, 0);
		if (el_gofile_import_path(x->f, text(x->f, field(q, "package")), &imp) == 1 && !standard_path(imp) &&
		    el_gosrc_module_has(x->g, imp) == 0)
			return 1;
	}
	{ /* one among others that every caller feeds its own output */
		uint32_t i, c = ts_node_named_child_count(pl), idx = 0;
		for (i = 0; i < c && !ts_node_eq(ts_node_named_child(pl, i), d.node); i++)
			idx += param_names(ts_node_named_child(pl, i));
		return i < c && fed_output(x, fn, idx + d.idx, depth);
	}
}

/* Does a statement of the function store the local name into its output
 * (output_place), directly or through another local stored there
 * (`sum.Quantile = qs; out.Summary = sum`)? */
typedef struct output_arg {
	ctx *x;
	el_str name;
	int depth;
} output_arg;

static int output_local(ctx *x, TSNode fn, el_str name, int depth);

/* Does the value of expression r hold the local name: name, &name,
 * append(s, ..., name, ...), or a literal with name as an element
 * (`&dto.Histogram{Bucket: name}`)? */
static int carries(const el_gofile *f, TSNode r, el_str name)
{
	TSNode k;
	TSTreeCursor cur;

	if (el_node_is(r, "unary_expression") && text_is(f, field(r, "operator"), "&"))
		r = field(r, "operand");
	if (el_node_is(r, "identifier"))
		return el_str_eq(text(f, r), name);
	if (el_node_is(r, "call_expression") && text_is(f, field(r, "function"), "append")) {
		int first = 1;
		EACH_NAMED(field(r, "arguments"), cur, k)
		{
			if (!first && el_node_is(k, "identifier") && el_str_eq(text(f, k), name)) {
				ts_tree_cursor_delete(&cur);
				return 1;
			}
			first = 0;
		}
		return 0;
	}
	if (el_node_is(r, "composite_literal")) {
		EACH_NAMED(field(r, "body"), cur, k)
		{
			TSNode v = k;
			if (el_node_is(v, "keyed_element"))
				v = ts_node_named_child(v, 1);
			if (el_node_is(v, "literal_element"))
				v = ts_node_named_child(v, 0);
			if (el_node_is(v, "identifier") && el_str_eq(text(f, v), name)) {
				ts_tree_cursor_delete(&cur);
				return 1;
			}
		}
	}
	return 0;
}

/* Is short variable declaration st `name := p.f` with p.f an output
 * place (an alias of the output's part: `h := pb.Histogram`)? */
static int aliases_output(const el_gofile *f, TSNode st, const void *arg)
{
	const output_arg *oa = arg;
	TSNode left = field(st, "left"), right = field(st, "right");

	(void)f;
	return ts_node_named_child_count(left) == 1 && ts_node_named_child_count(right) == 1 &&
	       el_str_eq(text(oa->x->f, ts_node_named_child(left, 0)), oa->name) &&
	       output_place(oa->x, ts_node_named_child(right, 0));
}

static int stores_to_output(const el_gofile *f, TSNode st, const void *arg)
{
	const output_arg *oa = arg;
	TSNode left = field(st, "left"), right = field(st, "right");
	uint32_t i, c = ts_node_named_child_count(right);

	(void)f;
	if (ts_node_named_child_count(left) != c)
		return 0;
	for (i = 0; i < c; i++) {
		TSNode r = ts_node_named_child(right, i), l = ts_node_named_child(left, i), base;
		if (!carries(oa->x->f, r, oa->name))
			continue;
		if (output_place(oa->x, l))
			return 1;
		/* a field or element of another local that goes there */
		base = base_of(l);
		if (!ts_node_eq(base, l) && el_node_is(base, "identifier") && oa->depth < 2 &&
		    !el_str_eq(text(oa->x->f, base), oa->name) &&
		    output_local(oa->x, func_of(oa->x->f, st), text(oa->x->f, base), oa->depth + 1))
			return 1;
	}
	return 0;
}

static int output_local(ctx *x, TSNode fn, el_str name, int depth)
{
	TSNode body;
	output_arg oa;

	if (ts_node_is_null(fn) || ts_node_is_null(body = field(fn, "body")))
		return 0;
	oa.x = x;
	oa.name = name;
	oa.depth = depth;
	return any_own_statement(x->f, body, "assignment_statement", stores_to_output, &oa) ||
	       any_own_statement(x->f, body, "short_var_declaration", aliases_output, &oa);
}

/* Does the object made by e go into its function's output (output_place):
 * stored there (`pb.TimestampMs = new(...)`), into a field of a local that
 * goes there (`sum.SampleCount = new(s.cnt)`), assigned to such a local
 * (`sum := &dto.Summary{...}`), or appended to a slice that goes there
 * (`qs = append(qs, &dto.Quantile{...})`, with the values of its
 * fields)? */
static int into_output(ctx *x, TSNode e)
{
	TSNode lit = outer_literal(x->f, e), q, target, base, fn = func_of(x->f, e);

	if (!ts_node_is_null(q = appended_to(x->f, lit)))
		lit = el_gofile_parent(x->f, el_gofile_parent(x->f, lit)); /* append(s, v): v goes where s does */
	if (el_node_is(lit, "call_expression") && text_is(x->f, field(lit, "function"), "append")) {
		TSNode s = ts_node_named_child(field(lit, "arguments"), 0);
		if (output_place(x, s))
			return 1;
		s = base_of(s); /* his.Exemplars: where his goes */
		return el_node_is(s, "identifier") && output_local(x, fn, text(x->f, s), 0);
	}
	target = stored_in(x->f, lit);
	if (ts_node_is_null(target))
		return 0;
	if (output_place(x, target))
		return 1;
	base = base_of(target);
	return el_node_is(base, "identifier") && output_local(x, fn, text(x->f, base), 0);
}

/* Is the object made by e part of a composite literal that its function
 * assigns whole to what a pointer parameter points to (`*parser =
 * yaml_parser_t{raw_buffer: make(...), ...}`, not the receiver): the
 * function initialises the object its caller passes in, C-style, and
 * what it makes there is part of that object, made once per object
 * initialised?  A method that resets its own receiver (`*d =
 * Decoder{...}` in a Reset, which exists to reuse the object) keeps its
 * findings. */
static int initialises_param(ctx *x, TSNode e)
{
	TSNode lit = outer_literal(x->f, e), target, p;
	decl d;

	if (ts_node_eq(lit, e) || !el_node_is(lit, "composite_literal"))
		return 0; /* the literal itself is the value stored, not an object */
	target = assigned_to(x->f, lit);
	if (!el_node_is(target, "unary_expression") || !text_is(x->f, field(target, "operator"), "*"))
		return 0;
	p = field(target, "operand");
	while (el_node_is(p, "parenthesized_expression"))
		p = ts_node_named_child(p, 0);
	return el_node_is(p, "identifier") && !ts_node_is_null(param_of(x, p, &d)) &&
	       el_node_is(field(d.node, "type"), "pointer_type");
}

/* Is the object made by e returned as it is made (`return &T{...}`,
 * `return make(...), nil`) by its function? */
static int returned_directly(const el_gofile *f, TSNode e)
{
	TSNode p;

	while (!ts_node_is_null(p = el_gofile_parent(f, e)) &&
	       (el_node_is(p, "parenthesized_expression") ||
	        (el_node_is(p, "unary_expression") && text_is(f, field(p, "operator"), "&"))))
		e = p;
	return el_node_is(p, "expression_list") &&
	       el_node_is(el_gofile_parent(f, p), "return_statement");
}

/* Is v, the slice an append starts from, one without room to grow:
 * nil, []T(nil), slices.Clip(s) or s[i:j:j]?  The append then copies
 * into a new array by construction. */
static int no_room(const el_gofile *f, TSNode v)
{
	while (el_node_is(v, "parenthesized_expression"))
		v = ts_node_named_child(v, 0);
	if (el_node_is(v, "nil"))
		return 1;
	if (el_node_is(v, "type_conversion_expression")) /* []byte(nil) */
		return el_node_is(field(v, "operand"), "nil");
	if (el_node_is(v, "slice_expression"))
		return !ts_node_is_null(field(v, "capacity")) && !ts_node_is_null(field(v, "end")) &&
		       el_str_eq(text(f, field(v, "end")), text(f, field(v, "capacity")));
	if (el_node_is(v, "call_expression")) {
		TSNode args = field(v, "arguments");
		el_str fn = text(f, field(v, "function"));
		if (ts_node_named_child_count(args) != 1)
			return 0;
		return el_str_eq(fn, el_str_make(EL_LIT("slices.Clip"))) ||
		       (fn.len > 2 && fn.ptr[0] == '[' && fn.ptr[1] == ']' && /* ([]T)(nil) */
		        el_node_is(ts_node_named_child(args, 0), "nil"));
	}
	return 0;
}

/* Is e (of x->f) a conversion string(r.f[i:j]) of a window of a field
 * of its method's receiver (jsoniter's ReadString: `ret =
 * string(iter.buf[iter.head:i])`): bytes of a buffer the receiver
 * refills, or its caller owns, which the string cannot alias? */
static int receiver_window(ctx *x, TSNode e)
{
	TSNode a, s, pl, fn;
	decl d;

	/* the compiler puts the conversion at its operand's '[' */
	if (el_node_is(e, "slice_expression") && el_node_is(a = el_gofile_parent(x->f, e), "argument_list"))
		e = el_gofile_parent(x->f, a);
	if (!el_node_is(e, "call_expression") || !text_is(x->f, field(e, "function"), "string") ||
	    ts_node_named_child_count(field(e, "arguments")) != 1)
		return 0;
	a = ts_node_named_child(field(e, "arguments"), 0);
	while (el_node_is(a, "parenthesized_expression"))
		a = ts_node_named_child(a, 0);
	if (!el_node_is(a, "slice_expression") || !el_node_is(s = field(a, "operand"), "selector_expression") ||
	    !el_node_is(s = field(s, "operand"), "identifier") || !resolve(x, x->f, s, &d) ||
	    d.kind != D_PARAM || d.f != x->f)
		return 0;
	pl = el_gofile_parent(x->f, d.node);
	fn = el_gofile_parent(x->f, pl);
	return el_node_is(fn, "method_declaration") && ts_node_eq(field(fn, "receiver"), pl);
}

/* Does n (a statement or expression) hold an append whose slice is
 * spelled t? */
static int appends_to(const el_gofile *f, TSNode n, el_str t, int depth)
{
	TSTreeCursor cur;
	TSNode k;

	if (depth > 200)
		return 1; /* too deep to tell: say it may */
	if (el_node_is(n, "call_expression") && text_is(f, field(n, "function"), "append") &&
	    ts_node_named_child_count(field(n, "arguments")) > 0 &&
	    el_str_eq(text(f, ts_node_named_child(field(n, "arguments"), 0)), t))
		return 1;
	EACH_NAMED(n, cur, k)
	{
		if (appends_to(f, k, t, depth + 1)) {
			ts_tree_cursor_delete(&cur);
			return 1;
		}
	}
	return 0;
}

/* Is append call e a copy: it starts from a slice without room
 * (no_room), outside the loops of its function, and what it makes,
 * assigned to t, is not appended to again in the function (the slog
 * handler's `h2.groups = append(slices.Clip(h.groups), name)`, yaml's
 * `parser.head_comment = append([]byte(nil), ...)`)?  One allocation,
 * the new slice itself.  In a loop, `acc = append(acc[:len(acc):len(acc)],
 * x)` copies the whole slice on every iteration. */
static const char *loop_of(const el_gofile *f, TSNode n);

static int copies(const el_gofile *f, TSNode e)
{
	TSNode p = el_gofile_parent(f, e), st, fn;
	const char *loop = loop_of(f, e);

	if (strcmp(loop, "for") == 0 || strcmp(loop, "range") == 0)
		return 0;

	if (!no_room(f, ts_node_named_child(field(e, "arguments"), 0)) || !el_node_is(p, "expression_list") ||
	    ts_node_named_child_count(p) != 1)
		return 0;
	st = el_gofile_parent(f, p);
	if (!(el_node_is(st, "assignment_statement") || el_node_is(st, "short_var_declaration")) ||
	    !ts_node_eq(field(st, "right"), p) || ts_node_named_child_count(field(st, "left")) != 1)
		return 0;
	fn = func_of(f, e);
	return !ts_node_is_null(fn) && !ts_node_is_null(field(fn, "body")) &&
	       !appends_to(f, field(fn, "body"), text(f, field(st, "left")), 0);
}

/* Is e (of x->f) assigned as it is to a named result of its function
 * or of a function around its closure (`out = float64(v)` in yaml's
 * resolve, in the deferred closure that captures out)? */
static int assigned_to_result(ctx *x, TSNode e)
{
	TSNode r = el_gofile_parent(x->f, e), st, l, pl, fn;
	decl d;

	if (!el_node_is(r, "expression_list") || ts_node_named_child_count(r) != 1)
		return 0;
	st = el_gofile_parent(x->f, r);
	if (!el_node_is(st, "assignment_statement") || !text_is(x->f, field(st, "operator"), "=") ||
	    !ts_node_eq(field(st, "right"), r))
		return 0;
	l = field(st, "left");
	if (ts_node_named_child_count(l) != 1 || !el_node_is(l = ts_node_named_child(l, 0), "identifier") ||
	    !resolve(x, x->f, l, &d) || d.kind != D_PARAM || d.f != x->f)
		return 0;
	pl = ts_node_parent(d.node);
	fn = ts_node_is_null(pl) ? pl : ts_node_parent(pl);
	return el_node_is(pl, "parameter_list") && !ts_node_is_null(fn) && is_func(fn) &&
	       ts_node_eq(field(fn, "result"), pl);
}

/* Where the object made by expression e goes: for append, the slice
 * appended to, or "copy" (see copies); "result" when its function
 * returns it (as it is made, or through a local it returns); otherwise a
 * field or element it is stored into directly (T{f: e}, x.f = e). */
/* Is e (of x->f) a call that its function returns as it is, of a
 * function of its package whose result is a named func type (cobra's
 * ExactValidArgs: `return MatchAll(ExactArgs(n), OnlyValidArgs)`, whose
 * PositionalArgs closure keeps its variadic slice)?  What the call is
 * given for the closure is made with it, once per closure made.  (A
 * variable a returned func literal captures keeps its own finding: the
 * function may run per request, as a handler made per response does.) */
static int closure_state(ctx *x, TSNode e)
{
	const el_gofile *f = x->f;
	TSNode c, t;
	decl d, td;

	if (!el_node_is(e, "call_expression") || !returned_directly(f, e) ||
	    !el_node_is(c = field(e, "function"), "identifier") || !resolve(x, f, c, &d) || d.kind != D_FUNC ||
	    !el_node_is(d.node, "function_declaration"))
		return 0;
	t = field(d.node, "result");
	return el_node_is(t, "type_identifier") && resolve(x, d.f, t, &td) && td.kind == D_TYPE &&
	       el_node_is(field(td.node, "type"), "function_type");
}

/* Is append call e (of x->f) `append(s[:k], v...)` to a local made for
 * it, `s := make([]T, C + len(v))` with C a constant or a name (s2's
 * Dict.Bytes: make([]byte, binary.MaxVarintLen16+len(d.dict)), then
 * append(dst[:binary.PutUvarint(dst, ...)], d.dict...)): the array has
 * room for v after a prefix of up to C elements, so the append does not
 * grow it; the make is the allocation. */
static int sized_for(ctx *x, TSNode e)
{
	const el_gofile *f = x->f;
	TSNode args = field(e, "arguments"), base, last, sv, mk, n, l, r;
	decl d;
	uint32_t c = ts_node_named_child_count(args);
	el_str v;
	char want[160];
	int i;

	if (c != 2 || !el_node_is(last = ts_node_named_child(args, 1), "variadic_argument") ||
	    !el_node_is(base = ts_node_named_child(args, 0), "slice_expression") ||
	    !ts_node_is_null(field(base, "start")) || !ts_node_is_null(field(base, "capacity")) ||
	    !el_node_is(sv = field(base, "operand"), "identifier") || !resolve(x, f, sv, &d) || d.f != f ||
	    d.kind != D_SHORT)
		return 0;
	v = text(f, ts_node_named_child(last, 0));
	mk = field(d.node, "right");
	if (ts_node_named_child_count(mk) <= d.idx ||
	    !el_node_is(mk = ts_node_named_child(mk, d.idx), "call_expression") ||
	    !text_is(f, field(mk, "function"), "make") ||
	    ts_node_named_child_count(field(mk, "arguments")) < 2)
		return 0;
	/* the capacity: make's last argument */
	n = ts_node_named_child(field(mk, "arguments"), ts_node_named_child_count(field(mk, "arguments")) - 1);
	if (!el_node_is(n, "binary_expression") || !text_is(f, field(n, "operator"), "+") ||
	    v.len + 6 > sizeof want)
		return 0;
	i = snprintf(want, sizeof want, "len(%.*s)", (int)v.len, v.ptr);
	l = field(n, "left");
	r = field(n, "right");
	if (el_str_eq(text(f, r), el_str_make(want, (size_t)i)))
		return el_node_is(l, "int_literal") || el_node_is(l, "identifier") || el_node_is(l, "selector_expression");
	if (el_str_eq(text(f, l), el_str_make(want, (size_t)i)))
		return el_node_is(r, "int_literal") || el_node_is(r, "identifier") || el_node_is(r, "selector_expression");
	return 0;
}

static int argument_index(TSNode c, TSNode e);
static int method_decl(ctx *x, el_str t, el_str nm, const el_gofile **mf, TSNode *m);

/* The declaration in *d, and the parameter in *param, that argument e
 * (of x->f) of a call is passed for, when the call goes to a function of
 * the package (`f(...)`) or to a method on the receiver of the method
 * around it (`e.emitScalar(...)`, resolved on the receiver's type: a
 * call through another value may be dynamic); 0 otherwise. */
static int static_param(ctx *x, TSNode e, decl *d, TSNode *param)
{
	const el_gofile *f = x->f;
	TSNode args = el_gofile_parent(f, e), fn, pl;
	uint32_t i, c;
	int idx, k = 0;

	if (!el_node_is(args, "argument_list") || (idx = argument_index(el_gofile_parent(f, args), e)) < 0)
		return 0;
	fn = field(el_gofile_parent(f, args), "function");
	if (el_node_is(fn, "identifier")) {
		if (el_go_builtin_func(text(f, fn)) || !func_named(x, text(f, fn), 0, d))
			return 0;
	} else if (el_node_is(fn, "selector_expression")) {
		TSNode top = func_of(f, e), rl;
		el_str recv;
		while (!ts_node_is_null(top) && !el_node_is(top, "method_declaration"))
			top = func_of(f, top);
		if (ts_node_is_null(top) || ts_node_is_null(rl = field(top, "receiver")) ||
		    !(recv = text(f, field(ts_node_named_child(rl, 0), "name"))).len ||
		    !el_str_eq(text(f, field(fn, "operand")), recv))
			return 0;
		memset(d, 0, sizeof *d);
		d->kind = D_FUNC;
		if (!method_decl(x, el_gofile_receiver_type(f, top), text(f, field(fn, "field")), &d->f, &d->node))
			return 0;
	} else {
		return 0;
	}
	if (ts_node_is_null(pl = field(d->node, "parameters")) || ts_node_is_null(field(d->node, "body")))
		return 0;
	/* `anchor, tag []byte` share a type: count names */
	c = ts_node_named_child_count(pl);
	for (i = 0; i < c; i++) {
		TSNode pd = ts_node_named_child(pl, i);
		uint32_t j, m = ts_node_named_child_count(pd);
		for (j = 0; j < m; j++) {
			TSNode id = ts_node_named_child(pd, j);
			if (el_node_is(id, "identifier") && k++ == idx) {
				*param = id;
				return 1;
			}
		}
	}
	return 0;
}

/* Is assignment st a store of the parameter name (arg) into a field:
 * `e.event.head_comment = head`, or as a keyed element of a literal
 * assigned through a pointer or to a field (`*event =
 * yaml_event_t{anchor: anchor, ...}`)? */
static int stores_param_field(const el_gofile *f, TSNode st, const void *arg)
{
	const el_str *name = arg;
	TSNode l = field(st, "left"), r = field(st, "right"), body;
	uint32_t i, c;

	if (ts_node_named_child_count(l) != 1 || ts_node_named_child_count(r) != 1)
		return 0;
	l = ts_node_named_child(l, 0);
	r = ts_node_named_child(r, 0);
	if (!el_node_is(l, "selector_expression") &&
	    !(el_node_is(l, "unary_expression") && text_is(f, field(l, "operator"), "*")))
		return 0;
	if (el_node_is(r, "identifier"))
		return el_node_is(l, "selector_expression") && el_str_eq(text(f, r), *name);
	if (!el_node_is(r, "composite_literal") || ts_node_is_null(body = field(r, "body")))
		return 0;
	c = ts_node_named_child_count(body);
	for (i = 0; i < c; i++) {
		TSNode el = ts_node_named_child(body, i), v;
		if (!el_node_is(el, "keyed_element"))
			continue;
		v = ts_node_named_child(el, 1);
		if (el_node_is(v, "literal_element"))
			v = ts_node_named_child(v, 0);
		if (el_node_is(v, "identifier") && el_str_eq(text(f, v), *name))
			return 1;
	}
	return 0;
}

/* Is e a []byte(s) conversion whose bytes become a []byte field of a
 * struct: assigned to a field (`e.event.head_comment =
 * []byte(node.HeadComment)`), or passed for a []byte parameter of a
 * function of the package that stores the parameter into a field
 * (yaml's `yaml_scalar_event_initialize(&e.event, []byte(anchor), ...)`,
 * inlined, which sets `*event = yaml_event_t{anchor: anchor, ...}`;
 * emitScalar's `e.event.head_comment = head`)?  A []byte field owns its
 * bytes (whoever holds the struct may write to them), so a string stored
 * there must be copied: the copy comes with the field's type, and no
 * unsafe view of the string may take its place. */
static int byte_field(ctx *x, TSNode e)
{
	const el_gofile *f = x->f;
	TSNode t = field(e, "type"), target, param, pt;
	decl d;
	ty ft;
	el_str nm;

	if (!el_node_is(e, "type_conversion_expression") || !el_node_is(t, "slice_type") ||
	    !text_is(f, field(t, "element"), "byte"))
		return 0;
	target = assigned_to(f, e);
	if (el_node_is(target, "selector_expression"))
		return expr_type(x, f, target, &ft, 0) && !ts_node_is_null(ft.node) &&
		       el_node_is(ft.node, "slice_type") && text_is(ft.f, field(ft.node, "element"), "byte");
	if (!static_param(x, e, &d, &param))
		return 0;
	pt = field(el_gofile_parent(d.f, param), "type");
	nm = text(d.f, param);
	return el_node_is(pt, "slice_type") && text_is(d.f, field(pt, "element"), "byte") &&
	       any_own_statement(d.f, field(d.node, "body"), "assignment_statement", stores_param_field, &nm);
}

/* Is t a container of values of any type, the node type of a document
 * of arbitrary shape: map[string]any, []any, []map[string]any (any or
 * interface{}, a key of string or any)? */
static int generic_container(const ty *t)
{
	static const char *const forms[] = { "map[string]any", "map[string]interface{}", "[]any", "[]interface{}",
		                             "[]map[string]any", "[]map[string]interface{}", "map[any]any",
		                             "map[interface{}]interface{}", NULL };
	char buf[48];
	el_str tx;
	size_t i, n = 0;

	if (ts_node_is_null(t->node))
		return 0;
	tx = text(t->f, t->node);
	for (i = 0; i < tx.len && n < sizeof buf - 1; i++)
		if (tx.ptr[i] != ' ' && tx.ptr[i] != '\t' && tx.ptr[i] != '\n')
			buf[n++] = tx.ptr[i];
	if (i < tx.len)
		return 0;
	buf[n] = '\0';
	for (i = 0; forms[i]; i++)
		if (strcmp(buf, forms[i]) == 0)
			return 1;
	return 0;
}

/* Is expression c (of x->f) of a generic container type? */
static int generic_expr_at(ctx *x, TSNode c, int depth);

static int generic_expr(ctx *x, TSNode c)
{
	return generic_expr_at(x, c, 0);
}

static int generic_expr_at(ctx *x, TSNode c, int depth)
{
	TSNode fn = field(c, "function"), args = field(c, "arguments");
	decl d;
	ty t;

	/* hash := topHash, hash, ok := v.([]map[string]any): what the
	 * local is declared from */
	if (el_node_is(c, "identifier") && depth < 4 && resolve(x, x->f, c, &d) && d.f == x->f &&
	    (d.kind == D_SHORT || (d.kind == D_VAR && ts_node_is_null(field(d.node, "type"))))) {
		/* var ( topHash = make(map[string]any) ) too */
		TSNode r = field(d.node, d.kind == D_SHORT ? "right" : "value");
		uint32_t n = ts_node_is_null(r) ? 0 : ts_node_named_child_count(r);
		if (n == 0)
			return 0;
		r = n == 1 ? ts_node_named_child(r, 0) : d.idx < n ? ts_node_named_child(r, d.idx) : r;
		if (el_node_is(r, "type_assertion_expression")) {
			memset(&t, 0, sizeof t);
			t.f = x->f;
			t.node = field(r, "type");
			return generic_container(&t);
		}
		if (el_node_is(r, "identifier") || el_node_is(r, "call_expression"))
			return generic_expr_at(x, r, depth + 1);
	}

	/* append(hash, ...): the slice appended to */
	if (el_node_is(c, "call_expression") && text_is(x->f, fn, "append") && ts_node_named_child_count(args) > 0 &&
	    depth < 4)
		return generic_expr_at(x, ts_node_named_child(args, 0), depth + 1);
	/* make(map[string]any): the type made */
	if (el_node_is(c, "call_expression") && text_is(x->f, fn, "make") &&
	    ts_node_named_child_count(args) > 0) {
		memset(&t, 0, sizeof t);
		t.f = x->f;
		t.node = ts_node_named_child(args, 0);
		return generic_container(&t);
	}
	return expr_type(x, x->f, c, &t, 0) && generic_container(&t);
}

/* Is assignment st `m[k] = v` (arg: the name v) with m of a generic
 * container type? */
typedef struct element_arg {
	ctx *x;
	el_str name;
} element_arg;

static int stores_generic_element(const el_gofile *f, TSNode st, const void *arg)
{
	const element_arg *ea = arg;
	TSNode l = field(st, "left"), r = field(st, "right");

	if (ts_node_named_child_count(l) != 1 || ts_node_named_child_count(r) != 1)
		return 0;
	l = ts_node_named_child(l, 0);
	r = ts_node_named_child(r, 0);
	if (!el_node_is(l, "index_expression") || !el_node_is(r, "identifier") || !el_str_eq(text(f, r), ea->name))
		return 0;
	if (f != ea->x->f)
		return 1; /* in another file: the name of a parameter of type any */
	return generic_expr(ea->x, field(l, "operand"));
}

/* Is the object made by e a node of a document of arbitrary shape that
 * its function builds: a generic container (map[string]any, []any,
 * []map[string]any) stored as an element of another (toml's parser:
 * `hashContext[k] = make(map[string]any)`, `h = make(...); hash[c] = h`),
 * appended to a slice of them (`append(hash, make(map[string]any))`),
 * the slice grown that way stored back (`hashContext[k] = append(hash,
 * ...)`), or passed for an any parameter of a function of the package
 * that stores it as an element (`p.setValue(k, make(map[string]any))`,
 * which ends in `hash[key] = value`)?  A document of arbitrary shape is
 * made of such nodes: each is the document itself, not a cost a type
 * could avoid (a map[string]any the function fills and hands to an
 * encoder is not nested, and keeps its finding). */
static int document_node(ctx *x, TSNode e)
{
	const el_gofile *f = x->f;
	TSNode target, s, fn, param, pt;
	element_arg ea;
	decl d;

	if (!generic_expr(x, e))
		return 0;
	target = assigned_to(f, e);
	if (el_node_is(target, "index_expression"))
		return generic_expr(x, field(target, "operand"));
	if (el_node_is(target, "identifier")) {
		ea.x = x;
		ea.name = text(f, target);
		fn = func_of(f, e);
		return !ts_node_is_null(fn) && !ts_node_is_null(field(fn, "body")) &&
		       any_own_statement(f, field(fn, "body"), "assignment_statement", stores_generic_element, &ea);
	}
	s = appended_to(f, e);
	if (!ts_node_is_null(s))
		return generic_expr(x, s);
	if (!static_param(x, e, &d, &param))
		return 0;
	pt = field(el_gofile_parent(d.f, param), "type");
	ea.x = x;
	ea.name = text(d.f, param);
	return (text_is(d.f, pt, "any") || text_is(d.f, pt, "interface{}")) &&
	       any_own_statement(d.f, field(d.node, "body"), "assignment_statement", stores_generic_element, &ea);
}

/* Is r a func() literal that uses the local name?  (returns_closure_of:
 * does return statement st hand back one, for *arg, an el_str?) */
static int done_closure_of(const el_gofile *f, TSNode r, el_str name)
{
	return el_node_is(r, "func_literal") && ts_node_named_child_count(field(r, "parameters")) == 0 &&
	       ts_node_is_null(field(r, "result")) && uses_name(f, field(r, "body"), name, 0);
}

static int returns_closure_of(const el_gofile *f, TSNode st, const void *arg)
{
	return returns_value(f, st, *(const el_str *)arg, done_closure_of);
}

/* Is the object made by e the value of a local (`dFns := make(...)`)
 * that a func() literal its function returns beside other results
 * captures: a done or cleanup func handed back with the data, as
 * prometheus' MultiTRegistry.Gather returns `(mfs, func() { for _, d :=
 * range dFns { d() } }, err)` (TransactionalGatherer's API)?  The closure
 * is part of the result, and so is what it captures.  A closure that is
 * the only result (a handler or a counter made per call) is not taken:
 * a struct with a method may replace it. */
static int captured_by_returned_closure(ctx *x, TSNode e)
{
	TSNode target = stored_in(x->f, e), fn = func_of(x->f, e), res;
	el_str name;
	decl d;
	uint32_t i, n, done = 0, results = 0;

	if (ts_node_is_null(fn) || ts_node_is_null(field(fn, "body")) ||
	    !el_node_is(res = field(fn, "result"), "parameter_list"))
		return 0;
	for (i = 0, n = ts_node_named_child_count(res); i < n; i++) {
		results += param_names(ts_node_named_child(res, i));
		done += text_is(x->f, field(ts_node_named_child(res, i), "type"), "func()");
	}
	if (results < 2 || done == 0)
		return 0;
	if (!el_node_is(target, "identifier"))
		return 0;
	/* assigned to a local of the function (one `v := e` declares is) */
	if (!el_node_is(el_gofile_parent(x->f, el_gofile_parent(x->f, target)), "short_var_declaration") &&
	    (!resolve(x, x->f, target, &d) || d.f != x->f || !(d.kind == D_SHORT || d.kind == D_VAR) ||
	     !ts_node_eq(func_of(x->f, d.node), fn)))
		return 0;
	name = text(x->f, target);
	return any_own_statement(x->f, field(fn, "body"), "return_statement", returns_closure_of, &name);
}

/* Is type node t (of x->f) an interface type: interface{...}, any, or a
 * named type of the package or of another package of the module declared
 * as one (prometheus' Metric)? */
static int interface_type_node(ctx *x, TSNode t)
{
	el_buf dir = { 0 };
	ctx y;
	decl d;
	int ok = 0;

	while (el_node_is(t, "parenthesized_type"))
		t = ts_node_named_child(t, 0);
	if (el_node_is(t, "interface_type") || text_is(x->f, t, "any"))
		return 1;
	if (el_node_is(t, "type_identifier"))
		return resolve(x, x->f, t, &d) && d.kind == D_TYPE && el_node_is(field(d.node, "type"), "interface_type");
	if (el_node_is(t, "qualified_type")) {
		ok = imported_decl(x, x->f, t, D_TYPE, &y, &d, &dir) && el_node_is(field(d.node, "type"), "interface_type");
		el_buf_release(&dir, x->a);
	}
	return ok;
}

/* What sent_on_api_channel looks for: a send of the local name (the
 * value itself, or a call that takes it as an argument). */
typedef struct sent_arg {
	ctx *x;
	el_str name;
} sent_arg;

/* Is send statement st one on a parameter of a channel-of-interface type
 * (`ch chan<- Metric`: a Collector's Collect) whose value is v, given as
 * a node (arg NULL) or, through a sent_arg, as a local's name, by itself
 * or as an argument of the call sent (`ch <-
 * MustNewConstSummary(desc, count, sum, quantiles)`)? */
static int api_channel_send(ctx *x, TSNode st, TSNode v, const el_str *name)
{
	TSNode ch = field(st, "channel"), val = field(st, "value"), t, args;
	decl d;
	uint32_t i, n;

	if (!el_node_is(st, "send_statement") || !el_node_is(ch, "identifier") || ts_node_is_null(param_of(x, ch, &d)))
		return 0;
	t = field(d.node, "type");
	if (!el_node_is(t, "channel_type") || !interface_type_node(x, field(t, "value")))
		return 0;
	while (el_node_is(val, "parenthesized_expression"))
		val = ts_node_named_child(val, 0);
	if (!name)
		return ts_node_eq(val, v);
	if (el_node_is(val, "identifier"))
		return el_str_eq(text(x->f, val), *name);
	if (!el_node_is(val, "call_expression"))
		return 0;
	args = field(val, "arguments");
	for (i = 0, n = ts_node_named_child_count(args); i < n; i++)
		if (el_node_is(ts_node_named_child(args, i), "identifier") &&
		    el_str_eq(text(x->f, ts_node_named_child(args, i)), *name))
			return 1;
	return 0;
}

static int sends_name(const el_gofile *f, TSNode st, const void *arg)
{
	const sent_arg *sa = arg;
	TSNode null = { { 0, 0, 0, 0 }, NULL, NULL };

	(void)f;
	return api_channel_send(sa->x, st, null, &sa->name);
}

/* Is the object made by e sent on its function's channel parameter of an
 * interface type, or held by what is sent: sent itself (`ch <-
 * &wrappingMetric{...}`), or made into a local that is sent or passed to
 * the call whose result is sent (go_collector's quantiles map, the
 * constSummary's)?  Whatever such a channel carries lives on the heap,
 * and its type is the API's (prometheus' Collector). */
static int sent_on_api_channel(ctx *x, TSNode e)
{
	TSNode v = e, p, fn = func_of(x->f, e), target;
	sent_arg sa;

	while (!ts_node_is_null(p = el_gofile_parent(x->f, v)) &&
	       (el_node_is(p, "parenthesized_expression") ||
	        (el_node_is(p, "unary_expression") && text_is(x->f, field(p, "operator"), "&"))))
		v = p;
	if (el_node_is(p, "send_statement") && api_channel_send(x, p, v, NULL))
		return 1;
	target = stored_in(x->f, v);
	if (!el_node_is(target, "identifier") || ts_node_is_null(fn) || ts_node_is_null(field(fn, "body")))
		return 0;
	sa.x = x;
	sa.name = text(x->f, target);
	return any_own_statement(x->f, field(fn, "body"), "send_statement", sends_name, &sa);
}

static const char *owner_of_object(ctx *x, TSNode e)
{
	TSNode p, target;

	x->destination = 0;
	if (el_node_is(e, "call_expression") && text_is(x->f, field(e, "function"), "append")) {
		if (into_output(x, e))
			return x->destination ? "destination" : "output";
		if (copies(x->f, e))
			return "copy";
		if (sized_for(x, e))
			return "presized";
		if (document_node(x, e))
			return "document-node"; /* hashContext[k] = append(hash, ...) */
		return owner_of(x, ts_node_named_child(field(e, "arguments"), 0));
	}
	switch (returned_local(x, e)) {
	case 1:
		return "result";
	case 2:
		return "result-element"; /* ret[key] = v, w.f = v in a function that returns ret, w */
	}
	if (returned_directly(x->f, e) || assigned_to_result(x, e))
		return "result";
	{ /* a field or element of a literal its function returns (md :=
	   * MetaData{decoded: make(...)}; return md), or returns as it is */
		TSNode lit = outer_literal(x->f, e);
		if (!ts_node_eq(lit, e) && (returned_directly(x->f, lit) || returned_local(x, lit) == 1))
			return "result-element";
	}
	{ /* an element appended to a slice that is, or goes into, what
	   * its function returns (labelPairs = append(labelPairs, &dto.LabelPair{...})) */
		TSNode s = appended_to(x->f, outer_literal(x->f, e));
		if (el_node_is(s, "identifier")) {
			TSNode fn = func_of(x->f, e);
			el_str sn = text(x->f, s);
			/* also a slice the result holds: return
			 * multiLevelWriter{lwriters} (zerolog's MultiLevelWriter;
			 * a &T{...} local held there could be embedded, and keeps
			 * its finding) */
			if (returns_var(x, fn, sn, 0) || stored_into_result(x, fn, sn, 0) ||
			    (!ts_node_is_null(fn) &&
			     any_own_statement(x->f, field(fn, "body"), "return_statement", returns_holding, &sn)))
				return "result-element";
		}
	}
	if (captured_by_returned_closure(x, e))
		return "result-closure";
	if (into_output(x, e))
		return x->destination ? "destination" : "output"; /* what the function fills for its caller */
	if (sent_on_api_channel(x, e))
		return "sent";
	if (initialises_param(x, e))
		return "initialised";
	if (byte_field(x, e))
		return "byte-field";
	if (document_node(x, e))
		return "document-node";
	p = el_gofile_parent(x->f, e);
	if (el_node_is(p, "literal_element"))
		p = el_gofile_parent(x->f, p);
	if (el_node_is(p, "keyed_element") || el_node_is(p, "literal_value"))
		return "field";
	target = assigned_to(x->f, e);
	if (el_node_is(target, "selector_expression"))
		return "field";
	if (el_node_is(target, "index_expression"))
		return "element";
	return "";
}

/* Is e part of the value assigned to something named as an error
 * (f.err = ..., d.terrors = append(d.terrors, ...))? */
/* A name that holds an error by Go's conventions: err, errs, errFoo,
 * lastErr, parseErrors. */
static int err_name(el_str name)
{
	return el_starts(name.ptr, name.len, EL_LIT("err")) || el_find(name.ptr, name.len, EL_LIT("Err")) ||
	       el_ends(name.ptr, name.len, EL_LIT("errors"));
}

static int error_store(const el_gofile *f, TSNode e)
{
	TSNode a, child = e, left, right, t;
	uint32_t i, c;

	for (a = el_gofile_parent(f, e); !ts_node_is_null(a) && !el_node_is(a, "block") && !is_func(a);
	     child = a, a = el_gofile_parent(f, a))
		if (el_node_is(a, "assignment_statement"))
			break;
	if (!el_node_is(a, "assignment_statement") || !ts_node_eq(child, field(a, "right")))
		return 0;
	/* the left-hand side that e's right-hand element goes to */
	left = field(a, "left");
	right = child;
	c = ts_node_named_child_count(right);
	if (ts_node_named_child_count(left) != c)
		return 0; /* n, err = f(x): the call's results, not e */
	for (i = 0; i < c; i++) {
		TSNode r = ts_node_named_child(right, i);
		if (ts_node_start_byte(r) <= ts_node_start_byte(e) &&
		    ts_node_end_byte(e) <= ts_node_end_byte(r))
			break;
	}
	if (i == c)
		return 0;
	t = ts_node_named_child(left, i);
	if (el_node_is(t, "selector_expression")) {
		/* a field of an error value: errUnknown.Flags = ... */
		TSNode base = field(t, "operand");
		if (el_node_is(base, "identifier") && err_name(text(f, base)))
			return 1;
		t = field(t, "field");
	}
	if (!el_node_is(t, "identifier") && !el_node_is(t, "field_identifier"))
		return 0;
	return err_name(text(f, t));
}

/* Is block b the body of an if statement that runs only with debugging
 * output switched on: its condition names a debug or verbose switch
 * (`if debug {`, `if d.debugOut != nil {`, `if o.DebugOut != nil &&
 * ...`, `if verbose {`), not negated? */
static int debug_branch(const el_gofile *f, TSNode b)
{
	TSNode st = el_gofile_parent(f, b), cond;
	el_str c;
	size_t i;

	if (!el_node_is(b, "block") || !el_node_is(st, "if_statement") ||
	    !ts_node_eq(field(st, "consequence"), b))
		return 0;
	cond = field(st, "condition");
	/* the switch is the condition, or the first operand of its && */
	while (el_node_is(cond, "binary_expression") && text_is(f, field(cond, "operator"), "&&"))
		cond = field(cond, "left");
	if (el_node_is(cond, "binary_expression") && text_is(f, field(cond, "operator"), "!=") &&
	    text_is(f, field(cond, "right"), "nil"))
		cond = field(cond, "left");
	if (!el_node_is(cond, "identifier") && !el_node_is(cond, "selector_expression"))
		return 0;
	if (el_node_is(cond, "selector_expression"))
		cond = field(cond, "field");
	c = text(f, cond);
	{
		char low[64];
		size_t n = c.len < sizeof low - 1 ? c.len : sizeof low - 1;
		for (i = 0; i < n; i++)
			low[i] = (char)tolower((unsigned char)c.ptr[i]);
		low[n] = '\0';
		return strstr(low, "debug") != NULL || strstr(low, "verbose") != NULL;
	}
}

/* Is call c (of x->f) a logger's Error with a constant message
 * (zap's `s.base.Error(_oddNumberErrMsg, Any("ignored", args[i]))`):
 * it reports something that went wrong?  A method named exactly Error
 * with no argument is an error's text. */
static int logs_error(ctx *x, TSNode c)
{
	TSNode fn = field(c, "function"), args = field(c, "arguments");

	return el_node_is(fn, "selector_expression") && text_is(x->f, field(fn, "field"), "Error") &&
	       !ts_node_is_null(args) && ts_node_named_child_count(args) >= 1 &&
	       is_constant(x, x->f, ts_node_named_child(args, 0), 0);
}

/* Is w (of f), the writer of an Fprintf, one for error reports: a
 * variable or field named for error output (zap's ce.ErrorOutput,
 * log.errorOutput, where zap reports its own misuse and failures)?
 * os.Stderr is not: commands print their usage and debug output there. */
static int error_output(const el_gofile *f, TSNode w)
{
	el_str t;
	char low[64];
	size_t i;

	if (el_node_is(w, "selector_expression"))
		t = text(f, field(w, "field"));
	else if (el_node_is(w, "identifier"))
		t = text(f, w);
	else
		return 0;
	if (t.len >= sizeof low)
		return 0;
	for (i = 0; i < t.len; i++)
		low[i] = (char)tolower((unsigned char)t.ptr[i]);
	low[i] = 0;
	return strstr(low, "erroroutput") != NULL || strstr(low, "erroutput") != NULL ||
	       strcmp(low, "errout") == 0 || strcmp(low, "errw") == 0;
}

/* Is call c (of f) an fmt.Fprint, Fprintf or Fprintln to an error output
 * (error_output: zap's `fmt.Fprintf(ce.ErrorOutput, "%v Unsafe
 * CheckedEntry re-use near Entry %+v.\n", ...)`)? */
static int reports_error(const el_gofile *f, TSNode c)
{
	TSNode args = field(c, "arguments");
	el_str nm = text(f, field(c, "function"));

	return !ts_node_is_null(args) && ts_node_named_child_count(args) >= 2 &&
	       (el_str_eq(nm, el_str_make(EL_LIT("fmt.Fprintf"))) || el_str_eq(nm, el_str_make(EL_LIT("fmt.Fprintln"))) ||
	        el_str_eq(nm, el_str_make(EL_LIT("fmt.Fprint")))) &&
	       error_output(f, ts_node_named_child(args, 0));
}

/* Is call c (of x->f) to a function or method of the package that
 * builds an error (builds_error; a method is found by its name)? */
static int calls_error_builder(ctx *x, TSNode c)
{
	TSNode fn = field(c, "function");
	decl d;
	int method = 0;

	if (el_node_is(fn, "selector_expression")) {
		fn = field(fn, "field");
		method = 1;
	}
	if (!el_node_is(fn, "identifier") && !el_node_is(fn, "field_identifier"))
		return 0;
	return func_named(x, text(x->f, fn), method, &d) && builds_error(d.f, d.node);
}

/* Is e (of x->f), stored into a field of its method's receiver
 * (`i.info = make(...)` in s2's Index.allocInfos), made only under a check
 * of that field at every call of the method in its package (Index.Load's
 * `if cap(i.info) < entries { i.allocInfos(entries) }`, lazy_target with
 * the caller's name for the receiver): a helper that grows the field on
 * demand, once per object or per growth.  Unexported methods only (an
 * exported one has callers elsewhere), with every use a call. */
#define LAZY_MAX_REFS 8
static int lazy_via_callers(ctx *x, TSNode e)
{
	const el_gofile *f = x->f;
	TSNode target = assigned_to(f, e), base, top, recv;
	el_str t, rn, nm;
	el_ref refs[LAZY_MAX_REFS];
	size_t n, i;
	int opaque, rc;

	if (!el_node_is(target, "selector_expression") || !el_node_is(base = base_of(target), "identifier") ||
	    (el_node_is(e, "call_expression") && text_is(f, field(e, "function"), "append")))
		return 0; /* an append grows the field: append's own rules */
	top = func_of(f, e);
	if (!el_node_is(top, "method_declaration") || ts_node_is_null(field(top, "body")))
		return 0;
	nm = text(f, field(top, "name"));
	recv = ts_node_named_child(field(top, "receiver"), 0);
	rn = text(f, field(recv, "name"));
	t = text(f, target);
	if (!nm.len || (nm.ptr[0] >= 'A' && nm.ptr[0] <= 'Z') || !rn.len || !el_str_eq(text(f, base), rn) ||
	    loop_of(f, e)[0])
		return 0;
	rc = el_gosrc_references(x->g, x->dir, nm, refs, LAZY_MAX_REFS, &n, &opaque);
	if (rc == -2) {
		x->failed = 1;
		return 0;
	}
	/* opaque (assembly in the directory, s2's) is no matter for a
	 * method: assembly calls functions, not methods */
	(void)opaque;
	if (rc != 1 || n == 0 || n > LAZY_MAX_REFS)
		return 0;
	for (i = 0; i < n; i++) {
		TSNode sel = ts_node_parent(refs[i].node), call;
		el_str op;
		char buf[256];
		if (!el_node_is(sel, "selector_expression") ||
		    !el_node_is(call = ts_node_parent(sel), "call_expression") ||
		    !ts_node_eq(field(call, "function"), sel))
			return 0; /* a method value, or kept */
		op = text(refs[i].f, field(sel, "operand"));
		if (op.len + t.len - rn.len >= sizeof buf)
			return 0;
		memcpy(buf, op.ptr, op.len);
		memcpy(buf + op.len, t.ptr + rn.len, t.len - rn.len);
		if (!lazy_target(refs[i].f, call, el_str_make(buf, op.len + t.len - rn.len)))
			return 0;
	}
	return 1;
}

static int seeds_free_list(ctx *x, TSNode e);

/* Is package-level map variable name (declared at top-level node decl of
 * x->f) a table: written only where it is declared and in the package's
 * init functions, and elsewhere only read (m[k], range m, len(m))?
 * Answers need every use in view (an indexed package, no assembly). */
#define TABLE_MAX_REFS 32
static int init_only_table(ctx *x, el_str name)
{
	el_ref refs[TABLE_MAX_REFS];
	size_t n, i;

	if (!x->dir)
		return 0;
	if (!every_use(x, name, refs, TABLE_MAX_REFS, &n))
		return 0;
	for (i = 0; i < n; i++) {
		const el_ref *r = &refs[i];
		TSNode p = ts_node_parent(r->node), q;
		if (el_node_is(r->top, "var_declaration") ||
		    (el_node_is(r->top, "function_declaration") && text_is(r->f, field(r->top, "name"), "init")))
			continue;
		if (!el_node_is(r->node, "identifier"))
			return 0;
		/* m[k] read: not on the left of an assignment, nor &m[k] */
		if (el_node_is(p, "index_expression") && ts_node_eq(field(p, "operand"), r->node)) {
			q = ts_node_parent(p);
			if (el_node_is(q, "expression_list") && el_node_is(ts_node_parent(q), "assignment_statement") &&
			    ts_node_eq(field(ts_node_parent(q), "left"), q))
				return 0;
			if (el_node_is(q, "inc_statement") || el_node_is(q, "dec_statement") ||
			    (el_node_is(q, "unary_expression") && text_is(r->f, field(q, "operator"), "&")))
				return 0;
			continue;
		}
		/* range m, len(m) */
		if (el_node_is(p, "range_clause") && ts_node_eq(field(p, "right"), r->node))
			continue;
		if (el_node_is(p, "argument_list") && el_node_is(q = ts_node_parent(p), "call_expression") &&
		    text_is(r->f, field(q, "function"), "len"))
			continue;
		return 0;
	}
	return 1;
}

/* Is e in the consequence of `if !ok {...}`, where `v, ok := m[k]` looks
 * k up in m, a package-level map that only its declaration and the
 * package's init functions fill (zap's `s, ok :=
 * _levelToCapitalColorString[l]; if !ok { s = _unknownLevelColor.Add(...)
 * }`, the table filled from every defined level)?  The branch runs for a
 * key outside the values the package defines. */
static int table_miss(ctx *x, TSNode e)
{
	const el_gofile *f = x->f;
	TSNode a, cond, okid, r, m;
	decl d, md;

	for (a = el_gofile_parent(f, e); !ts_node_is_null(a) && !is_func(a); a = el_gofile_parent(f, a)) {
		TSNode ifs = el_gofile_parent(f, a);
		uint32_t n;
		if (!el_node_is(a, "block") || !el_node_is(ifs, "if_statement") ||
		    !ts_node_eq(field(ifs, "consequence"), a))
			continue;
		cond = field(ifs, "condition");
		if (!el_node_is(cond, "unary_expression") || !text_is(f, field(cond, "operator"), "!") ||
		    !el_node_is(okid = field(cond, "operand"), "identifier") || !resolve(x, f, okid, &d) ||
		    d.f != f || d.kind != D_SHORT || d.idx != 1)
			continue;
		r = field(d.node, "right");
		n = ts_node_is_null(r) ? 0 : ts_node_named_child_count(r);
		if (n != 1 || !el_node_is(r = ts_node_named_child(r, 0), "index_expression") ||
		    !el_node_is(m = field(r, "operand"), "identifier") || !resolve(x, f, m, &md) || md.kind != D_VAR)
			continue;
		/* declared at the top level: var m = ..., var ( m = ... ) */
		{
			TSNode vd = el_gofile_parent(md.f, md.node);
			if (el_node_is(vd, "var_spec_list"))
				vd = el_gofile_parent(md.f, vd);
			if (!el_node_is(vd, "var_declaration") || !el_node_is(el_gofile_parent(md.f, vd), "source_file"))
				continue;
		}
		return init_only_table(x, text(f, m));
	}
	return 0;
}

static const char *context_of(ctx *x, TSNode e)
{
	const el_gofile *f = x->f;
	const char *branch = "", *value = "";
	TSNode a, child = e, fn;
	int in_func = 0, returns = 0, reports = 0;

	for (a = e; !ts_node_is_null(a); child = a, a = el_gofile_parent(x->f, a)) {
		if (is_func(a) && !ts_node_eq(a, e)) {
			in_func = 1;
			break;
		}
		if (el_node_is(a, "call_expression")) {
			int inside_args = ts_node_eq(child, field(a, "arguments")) || ts_node_eq(a, e);
			int ec;
			if (inside_args && !ts_node_eq(a, e) && (is_fatal_call(f, a) || calls_fatal(x, a)))
				return "panic";
			if ((ec = error_call(f, a)) != 0 && (inside_args || ts_node_eq(a, e)) && !*value)
				value = ec == 2 ? "error-sentinel" : "error-value";
			else if (inside_args && !ts_node_eq(a, e) && !*value && calls_error_builder(x, a))
				value = "error-value"; /* md.e("unsupported type %s", rv.Kind()) */
			if (inside_args && !*value && logs_error(x, a))
				value = "error-log";
			if (inside_args && !ts_node_eq(a, e) && reports_error(f, a))
				reports = 1;
		}
		if (el_node_is(a, "composite_literal") && error_literal(f, a) && !*value)
			value = "error-value";
		if (!*branch && !returns && is_branch(x->f, a)) {
			TSNode last = last_statement(a);
			if (debug_branch(f, a))
				branch = "debug";
			else if (!ts_node_is_null(last) && is_fatal_stmt(f, last))
				branch = "panic";
			else if (recovers(f, a))
				branch = "panic"; /* if r := recover(); r != nil { ... } */
			else if (!ts_node_is_null(last) && is_error_return(f, last, a))
				branch = "error"; /* confirmed against the function below */
			else if (checks_error(f, a))
				branch = "error-check"; /* if err != nil { ... } */
			else if (!ts_node_is_null(last) && el_node_is(last, "return_statement"))
				returns = 1; /* a branch that returns normally: not cold */
		}
	}
	fn = a;
	if (el_node_is(e, "unary_expression") && el_node_is(field(e, "operand"), "composite_literal") &&
	    error_literal(f, field(e, "operand")) && !*value)
		value = "error-value";
	/* the body of an Error() method, or of a function that builds or
	 * records an error (newError, ReportError), runs when something fails */
	if (in_func && !el_node_is(fn, "func_literal") && !*value &&
	    (errorish(text(f, field(fn, "name"))) || builds_error(f, fn)))
		value = "error-value";
	/* stored as an error: f.err = ..., d.terrors = append(...) */
	if (!*value && error_store(f, e))
		value = "error-value";
	if (in_func && el_node_is(fn, "function_declaration") && text_is(f, field(fn, "name"), "init") &&
	    !*value && !*branch)
		return "init";
	if (in_func && !*branch && !*value && !returns) {
		TSNode body = field(fn, "body"), last = ts_node_is_null(body) ? body : last_statement(body);
		if (!ts_node_is_null(last) && is_fatal_stmt(f, last))
			return "panic";
	}
	if (*value)
		return value;
	if (strcmp(branch, "error") == 0 && !(in_func && returns_error(f, fn)))
		branch = "";
	if (*branch)
		return branch;
	if (reports)
		return "error-log"; /* written to an error output */
	if (!in_func)
		return "init";
	switch (lazy(f, e)) {
	case 1:
		return "lazy";
	case 2:
		return "cache-miss";
	case 3:
		return "pool-new";
	case 4:
		return "once";
	}
	if (lazy_via_callers(x, e))
		return "lazy-caller";
	if (table_miss(x, e))
		return "table-miss";
	if (seeds_free_list(x, e))
		return "free-list";
	return "";
}

/* Does e (of x->f) seed a free list: is it sent as it is on a channel
 * the function makes with a capacity (`toRead := make(chan []byte, n)`),
 * in a loop `for i := 0; i < n; i++` of as many iterations, whose body
 * only sends?  s2's DecodeConcurrent fills its buffer channels before its
 * workers start; they then recycle the buffers through them: n objects
 * per call, not one per message. */
static int seeds_free_list(ctx *x, TSNode e)
{
	const el_gofile *f = x->f;
	TSNode send = el_gofile_parent(f, e), body, loop, clause, cond, ch, v, st;
	uint32_t i, n;
	decl d;

	if (!el_node_is(send, "send_statement") || !ts_node_eq(field(send, "value"), e) ||
	    !el_node_is(ch = field(send, "channel"), "identifier"))
		return 0;
	body = el_gofile_parent(f, send);
	if (el_node_is(body, "statement_list"))
		body = el_gofile_parent(f, body);
	loop = el_gofile_parent(f, body);
	if (!el_node_is(body, "block") || !el_node_is(loop, "for_statement"))
		return 0;
	clause = ts_node_named_child(loop, 0);
	if (!el_node_is(clause, "for_clause") || !el_node_is(cond = field(clause, "condition"), "binary_expression") ||
	    !text_is(f, field(cond, "operator"), "<"))
		return 0;
	st = ts_node_named_child(body, 0);
	if (el_node_is(st, "statement_list"))
		body = st;
	for (i = 0, n = ts_node_named_child_count(body); i < n; i++)
		if (!el_node_is(ts_node_named_child(body, i), "send_statement"))
			return 0;
	if (!resolve(x, f, ch, &d) || d.f != f || d.kind != D_SHORT ||
	    ts_node_is_null(v = field(d.node, "right")) || ts_node_named_child_count(v) <= d.idx)
		return 0;
	v = ts_node_named_child(v, d.idx);
	if (!el_node_is(v, "call_expression") || !text_is(f, field(v, "function"), "make") ||
	    ts_node_named_child_count(field(v, "arguments")) != 2)
		return 0;
	return el_str_eq(text(f, ts_node_named_child(field(v, "arguments"), 1)), text(f, field(cond, "right")));
}

/* ------------------------------------------------------------------ */

/* Is s, as the compiler prints it, a composite literal without elements
 * (T{}, pkg.T{})? */
/* A subject the compiler prints only for a constant it folded: a
 * conversion of a number, string or rune literal to a named type
 * (zapcore.Level(6), ctxKey(1), time.Duration(-5), pkg.Kind("x")). */
static int printed_constant(el_str s)
{
	size_t i = 0, open;

	while (i < s.len && (isalnum((unsigned char)s.ptr[i]) || s.ptr[i] == '_' || s.ptr[i] == '.'))
		i++;
	if (i == 0 || i >= s.len || s.ptr[i] != '(' || s.ptr[s.len - 1] != ')' ||
	    !(isalpha((unsigned char)s.ptr[0]) || s.ptr[0] == '_'))
		return 0;
	open = ++i;
	if (i < s.len && (s.ptr[i] == '"' || s.ptr[i] == '\'')) {
		char q = s.ptr[i];
		for (i++; i < s.len - 1 && s.ptr[i] != q; i++)
			if (s.ptr[i] == '\\')
				i++;
		return i == s.len - 2 && s.ptr[i] == q;
	}
	if (i < s.len && s.ptr[i] == '-')
		i++;
	if (i >= s.len - 1 || !isdigit((unsigned char)s.ptr[i]))
		return 0;
	for (; i < s.len - 1; i++)
		if (!(isalnum((unsigned char)s.ptr[i]) || s.ptr[i] == '.' || s.ptr[i] == '+' ||
		      s.ptr[i] == '-'))
			return 0;
	return i > open;
}

/* A subject printed as a conversion to a one-byte type, uint8(x) (Go
 * 1.19: any(uint8(x))): boxed from runtime.staticuint64s, whatever x is. */
static int printed_one_byte(el_str s)
{
	static const char *const wrap[] = { "any(", "interface {}(", NULL };
	static const char *const types[] = { "uint8(", "byte(", "int8(", "bool(", NULL };
	size_t i;

	for (i = 0; wrap[i]; i++)
		if (el_starts(s.ptr, s.len, wrap[i], strlen(wrap[i])) && s.len > strlen(wrap[i]) &&
		    s.ptr[s.len - 1] == ')') {
			s = el_str_make(s.ptr + strlen(wrap[i]), s.len - strlen(wrap[i]) - 1);
			break;
		}
	for (i = 0; types[i]; i++) {
		size_t n = strlen(types[i]), k;
		int depth = 1;
		if (!el_starts(s.ptr, s.len, types[i], n) || s.ptr[s.len - 1] != ')')
			continue;
		for (k = n; k < s.len && depth > 0; k++)
			depth += s.ptr[k] == '(' ? 1 : s.ptr[k] == ')' ? -1 : 0;
		return depth == 0 && k == s.len; /* the type's parenthesis closes last */
	}
	return 0;
}

static int empty_literal_text(el_str s)
{
	size_t i;

	if (s.len < 3 || memcmp(s.ptr + s.len - 2, "{}", 2) != 0)
		return 0;
	for (i = 0; i < s.len - 2; i++)
		if (!(s.ptr[i] == '_' || s.ptr[i] == '.' || (s.ptr[i] >= 'a' && s.ptr[i] <= 'z') ||
		      (s.ptr[i] >= 'A' && s.ptr[i] <= 'Z') || (s.ptr[i] >= '0' && s.ptr[i] <= '9')))
			return 0;
	return 1;
}

/* Is e a composite literal of a struct or array whose elements are all
 * constants (or absent)? */
static int constant_literal(ctx *x, TSNode e, int depth)
{
	TSTreeCursor cur;
	TSNode k;
	int ok = 1;

	if (depth > MAX_DEPTH || !el_node_is(e, "composite_literal") || el_node_is(field(e, "type"), "slice_type") ||
	    el_node_is(field(e, "type"), "map_type"))
		return 0;
	EACH_NAMED(field(e, "body"), cur, k)
	{
		TSNode v = el_node_is(k, "keyed_element") ? ts_node_named_child(k, 1) : k;
		if (el_node_is(v, "literal_element"))
			v = ts_node_named_child(v, 0);
		if (!is_constant(x, x->f, v, 0) && !constant_literal(x, v, depth + 1)) {
			ok = 0;
			ts_tree_cursor_delete(&cur);
			break;
		}
	}
	return ok;
}

/* Is e (of x->f) a slice literal of one or more constants (`[]byte{'!'}`,
 * `[]string{"a", "b"}`)?  Each evaluation makes a new backing array,
 * since a slice's elements can be written; where nothing writes them,
 * one array declared at package level can be shared. */
static int constant_slice(ctx *x, TSNode e)
{
	TSTreeCursor cur;
	TSNode k;
	int n = 0;

	if (!el_node_is(e, "composite_literal") || !el_node_is(field(e, "type"), "slice_type"))
		return 0;
	EACH_NAMED(field(e, "body"), cur, k)
	{
		TSNode v = k;
		if (el_node_is(v, "keyed_element") || !el_node_is(v, "literal_element") ||
		    !is_constant(x, x->f, ts_node_named_child(v, 0), 0)) {
			ts_tree_cursor_delete(&cur);
			return 0;
		}
		n++;
	}
	return n > 0;
}

/* Is e an imported protocol-buffer enum constant, the generated code's
 * `pkg.Type_VALUE` (dto.MetricType_COUNTER, MetricType_GAUGE_HISTOGRAM):
 * the receiver of the generated Enum method, which returns a new pointer
 * to that constant on every call? */
static int proto_enum_constant(const el_gofile *f, TSNode e)
{
	TSNode q;
	el_str v;
	size_t k, i;

	if (!el_node_is(e, "selector_expression") || !el_node_is(q = field(e, "operand"), "identifier") ||
	    !el_gofile_imports(f, text(f, q)))
		return 0;
	v = text(f, field(e, "field"));
	k = v.len && isupper((unsigned char)v.ptr[0]) ? 1 : v.len;
	while (k < v.len && v.ptr[k] != '_')
		k++;
	if (k + 1 >= v.len)
		return 0;
	for (i = k + 1; i < v.len; i++)
		if (!isupper((unsigned char)v.ptr[i]) && !isdigit((unsigned char)v.ptr[i]) && v.ptr[i] != '_')
			return 0;
	return 1;
}

/* Record call c as the inlined call an object is allocated in, and
 * whether all its arguments are constants (inlined_args): a method
 * without arguments counts when its receiver is a protocol-buffer enum
 * constant (dto.MetricType_COUNTER.Enum(): one pointer per value could be
 * shared). */
static void inlined_call(ctx *x, TSNode c, el_facts *out)
{
	const el_gofile *f = x->f;
	el_str fn = text(f, field(c, "function"));
	size_t n = fn.len < sizeof out->inlined - 1 ? fn.len : sizeof out->inlined - 1;
	TSNode args = field(c, "arguments");
	uint32_t i, na = ts_node_named_child_count(args);

	if (!fn.len || el_go_builtin_func(fn) || memchr(fn.ptr, '\n', fn.len))
		return;
	memcpy(out->inlined, fn.ptr, n);
	out->inlined[n] = '\0';
	for (i = 0; i < na && is_constant(x, f, ts_node_named_child(args, i), 0); i++)
		;
	out->inlined_args = na > 0 && i == na ? "constant" : "";
	if (na == 0 && el_node_is(field(c, "function"), "selector_expression") &&
	    text_is(f, field(field(c, "function"), "field"), "Enum") &&
	    proto_enum_constant(f, field(field(c, "function"), "operand"))) {
		out->inlined_args = "constant";
		return;
	}
	{ /* a method's result depends on its receiver too: v.Text('f', -1)
	   * on v (an imported package's name, strings.Repeat, is none); a
	   * call made for what it stores, h.Set("Content-Type", "text/plain"),
	   * allocates from its arguments */
		TSNode fnode = field(c, "function"), recv;
		if (*out->inlined_args && el_node_is(fnode, "selector_expression") &&
		    !el_node_is(el_gofile_parent(f, c), "expression_statement") &&
		    !ts_node_is_null(recv = field(fnode, "operand")) &&
		    !(el_node_is(recv, "identifier") && el_gofile_imports(f, text(f, recv))) &&
		    !is_constant(x, f, recv, 0))
			out->inlined_args = "";
	}
}

/* Is the type of e one byte wide and unsigned (byte, uint8, bool, or a
 * named type of them)? */
static int byte_valued(ctx *x, TSNode e)
{
	const char *basic;
	ty t;

	if (!expr_type(x, x->f, e, &t, 0))
		return 0;
	ty_underlying(x, &t, &basic);
	return strcmp(basic, "byte") == 0 || strcmp(basic, "uint8") == 0 ||
	       strcmp(basic, "bool") == 0;
}

/* Why allocation e allocates nothing: "zero-size" (&T{}, new(T) of a
 * zero-size T: zerobase), "empty" ([]T{} or make with constant length
 * and capacity 0: a zero-length allocation is zerobase), "byte" (a
 * one-byte string(...) or an integer conversion of a byte, from the
 * runtime's static table), "nil" (T(nil) boxed: a nil slice is boxed
 * as the runtime's static zero value), or "". */
static const char *free_allocation(ctx *x, TSNode e)
{
	const el_gofile *f = x->f;
	long align;

	if (el_node_is(e, "unary_expression") && text_is(f, field(e, "operator"), "&") &&
	    el_node_is(field(e, "operand"), "composite_literal")) {
		TSNode lit = field(e, "operand");
		return type_size(x, f, field(lit, "type"), &align, 0) == 0 ? "zero-size" : "";
	}
	if (el_node_is(e, "composite_literal")) {
		TSNode t = field(e, "type");
		return el_node_is(t, "slice_type") && ts_node_named_child_count(field(e, "body")) == 0 ? "empty"
		                                                                                : "";
	}
	if (el_node_is(e, "binary_expression") && text_is(f, field(e, "operator"), "&")) {
		/* x & 3: an integer below 256, boxed from the runtime's static
		 * table of small values (convT16/32/64) */
		long c = const_int(x, f, field(e, "right"), 0);
		if (c < 0 || c > 255)
			c = const_int(x, f, field(e, "left"), 0);
		return c >= 0 && c <= 255 ? "byte" : "";
	}
	if (el_node_is(e, "call_expression")) {
		TSNode fn = field(e, "function"), args = field(e, "arguments");
		uint32_t n = ts_node_named_child_count(args), i;
		TSNode a0 = ts_node_named_child(args, 0);
		if (text_is(f, fn, "new") && n == 1)
			return type_size(x, f, a0, &align, 0) == 0 ? "zero-size" : "";
		if (text_is(f, fn, "make") && n >= 2 && el_node_is(a0, "slice_type")) {
			for (i = 1; i < n; i++)
				if (const_int(x, f, ts_node_named_child(args, i), 0) != 0)
					return "";
			return "empty";
		}
		if (text_is(f, fn, "string") && n == 1 && el_node_is(a0, "composite_literal") &&
		    ts_node_named_child_count(field(a0, "body")) == 1)
			return "byte"; /* string([]byte{b}): one byte, from static data */
		if (n == 1 && text_is(f, a0, "nil") &&
		    (is_type_name(x, f, fn) || el_node_is(fn, "parenthesized_expression") ||
		     el_node_is(fn, "parenthesized_type")))
			return "nil"; /* T(nil) of a slice type: convTslice boxes it as a static zero value;
			                 other nil conversions are pointer-shaped and not boxed at all */
		if (n == 1 && is_type_name(x, f, fn) && byte_valued(x, a0)) {
			ty t;
			const char *basic;
			if (expr_type(x, f, e, &t, 0) && strcmp(ty_underlying(x, &t, &basic), "integer") == 0)
				return "byte"; /* int(b): a value below 256, from static data */
		}
	}
	return "";
}

/* Does the text of n, without blanks, equal the compiler's subject
 * without blanks (a composite literal's `{...}` matching any body)? */
static int same_text(const el_gofile *f, TSNode n, el_str subject)
{
	el_str t = text(f, n);
	size_t i = 0, j = 0;

	for (;;) {
		while (i < t.len && (t.ptr[i] == ' ' || t.ptr[i] == '\t' || t.ptr[i] == '\n'))
			i++;
		while (j < subject.len && subject.ptr[j] == ' ')
			j++;
		if (i == t.len || j == subject.len)
			return i == t.len && j == subject.len;
		if (t.ptr[i] == '{' && subject.len - j >= 5 && memcmp(subject.ptr + j, "{...}", 5) == 0) {
			/* the compiler prints a literal's body as {...} */
			int depth = 0;
			for (; i < t.len; i++) {
				depth += t.ptr[i] == '{';
				if (t.ptr[i] == '}' && --depth == 0)
					break;
			}
			if (i == t.len)
				return 0;
			i++;
			j += 5;
			continue;
		}
		if (t.ptr[i] != subject.ptr[j])
			return 0;
		i++;
		j++;
	}
}

/* See gosrc.h. */
int el_gofile_same_text(const el_gofile *f, TSNode n, el_str printed)
{
	return same_text(f, n, printed);
}

/* Is e, at the object's position, the call or literal the compiler
 * printed with other arguments (Go >= 1.25 substitutes constants:
 * `make([]byte, 76494)` for make([]byte, maxLen+4))?  Same function or
 * type, then `(` or `{`. */
static int same_head(const el_gofile *f, TSNode e, el_str subject)
{
	TSNode head;
	el_str h;
	char open;

	if (el_node_is(e, "call_expression")) {
		head = field(e, "function");
		open = '(';
	} else if (el_node_is(e, "composite_literal")) {
		head = field(e, "type");
		open = '{';
	} else {
		return 0;
	}
	h = text(f, head);
	if (!h.len || subject.len <= h.len || memcmp(subject.ptr, h.ptr, h.len) != 0 ||
	    subject.ptr[h.len] != open)
		return 0;
	/* of the builtins, only the allocating ones name the object */
	return !el_go_builtin_func(h) || el_str_eq(h, el_str_make(EL_LIT("make"))) ||
	       el_str_eq(h, el_str_make(EL_LIT("new")));
}

/* The expression in n (depth first) whose text is the subject. */
static TSNode find_subject(const el_gofile *f, TSNode n, el_str subject, int depth)
{

	if (depth > 64)
		return ts_node_child(n, ts_node_child_count(n)); /* null */
	TSTreeCursor cur;
	TSNode k;

	if (is_expr(n) && same_text(f, n, subject))
		return n;
	EACH_NAMED(n, cur, k)
	{
		TSNode r = find_subject(f, k, subject, depth + 1);
		if (!ts_node_is_null(r)) {
			ts_tree_cursor_delete(&cur);
			return r;
		}
	}
	return ts_node_child(n, ts_node_child_count(n));
}

/* Is n a composite literal (or its address) that the compiler printed
 * as subject with the package's own name where the source has an
 * import's alias (`&io_prometheus_client.Summary{...}` for
 * `&dto.Summary{...}`)?  The same text once every qualifier (`name.`) is
 * left out of both. */
static int same_literal_unqualified(const el_gofile *f, TSNode n, el_str subject)
{
	char a[256], b[256];
	el_str t = text(f, n);
	TSNode lit = n;
	size_t i, j;

	if (el_node_is(lit, "unary_expression"))
		lit = field(lit, "operand");
	if (!el_node_is(lit, "composite_literal"))
		return 0;
	/* &dto.Metric{...}, or an empty &dto.Metric{} as written */
	if (!el_find(subject.ptr, subject.len, EL_LIT("{...}")) &&
	    !(el_ends(subject.ptr, subject.len, EL_LIT("{}")) && text_is(f, field(lit, "body"), "{}")))
		return 0;
	/* the source's type up to its '{', then the printed body */
	t.len = ts_node_start_byte(field(lit, "body")) - ts_node_start_byte(n);
	for (int k = 0; k < 2; k++) {
		el_str in = k ? subject : t;
		char *out = k ? b : a;
		size_t start = 0;
		for (i = j = 0; i < in.len && j < sizeof a - 1; i++) {
			char c = in.ptr[i];
			int word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
			if (!word && c == '.' && j > start) {
				j = start; /* drop the qualifier just copied */
				continue;
			}
			if (c == '{')
				break;
			out[j++] = c;
			if (!word)
				start = j;
		}
		out[j] = '\0';
	}
	return a[0] && strcmp(a, b) == 0;
}

/* The compiler reports some values at their statement (`settings[k] = l`
 * at `settings`): when the expression at the position is not the
 * subject, look for the subject in the enclosing statement. */
static TSNode subject_node(const el_gofile *f, TSNode e, el_str subject)
{
	TSNode s = e, p;
	char conv[256];

	/* the compiler prints a conversion to a type that is not a name with
	 * the type in parentheses: ([]byte)(s) for []byte(s) */
	if (subject.len > 4 && subject.len < sizeof conv && subject.ptr[0] == '(' &&
	    (subject.ptr[1] == '[' || subject.ptr[1] == '*')) {
		size_t i;
		int depth = 0;
		for (i = 0; i < subject.len; i++) {
			depth += subject.ptr[i] == '(';
			if (subject.ptr[i] == ')' && --depth == 0)
				break;
		}
		if (i + 1 < subject.len && subject.ptr[i + 1] == '(') {
			memcpy(conv, subject.ptr + 1, i - 1);
			memcpy(conv + i - 1, subject.ptr + i + 1, subject.len - i - 1);
			subject = el_str_make(conv, subject.len - 2);
		}
	}

	if (same_text(f, e, subject) || same_head(f, e, subject) ||
	    same_literal_unqualified(f, e, subject))
		return e;
	while (!ts_node_is_null(p = el_gofile_parent(f, s)) && !el_node_is(p, "block") && !el_node_is(p, "source_file") &&
	       !el_node_is(p, "expression_case") && !el_node_is(p, "default_case") && !el_node_is(p, "type_case") &&
	       !el_node_is(p, "communication_case") && !is_func(p))
		s = p;
	return find_subject(f, s, subject, 0);
}

/* See gosrc.h. */
static int facts_find(el_gosrc *g, const el_gofile *f, const char *dir, el_object_kind kind,
                      unsigned long line, unsigned long col, el_str subject, unsigned flags,
                      el_facts *out);

/* Does the package declare method nm on type t: its declaration in *mf,
 * *m?  The object's own file first: a type's methods are usually declared
 * with it (and a package of more than EL_GOSRC_DIR_MAX files has no
 * index: pflag's 76). */
static int method_decl(ctx *x, el_str t, el_str nm, const el_gofile **mf, TSNode *m)
{
	TSNode root = el_gofile_root(x->f);
	uint32_t i, c = ts_node_named_child_count(root);
	int rc;

	for (i = 0; i < c; i++) {
		*m = ts_node_named_child(root, i);
		if (el_node_is(*m, "method_declaration") && el_str_eq(text(x->f, field(*m, "name")), nm) &&
		    el_str_eq(el_gofile_receiver_type(x->f, *m), t)) {
			*mf = x->f;
			return 1;
		}
	}
	if ((rc = el_gosrc_method_of(x->g, x->dir, t, nm, x->test_file, mf, m)) == -2)
		x->failed = 1;
	return rc == 1;
}

/* Does the package declare method name on type t with n parameters, the
 * first of type first (NULL: any)? */
static int has_method(ctx *x, el_str t, const char *name, uint32_t n, const char *first)
{
	const el_gofile *mf;
	TSNode m, params, p0;

	if (!method_decl(x, t, el_str_make(name, strlen(name)), &mf, &m) ||
	    ts_node_is_null(params = field(m, "parameters")) || ts_node_named_child_count(params) != n)
		return 0;
	if (!first)
		return 1;
	p0 = ts_node_named_child(params, 0);
	return text_is(mf, field(p0, "type"), first) && ts_node_named_child_count(p0) <= 2;
}

/* Does a method of type t declared in the object's own file return a
 * FlagSet (a command-line command type: cobra's Command.Flags, urfave's
 * App.newFlagSet)? */
static int returns_flagset(ctx *x, el_str t)
{
	TSNode root = el_gofile_root(x->f), m;
	uint32_t i, c = ts_node_named_child_count(root);

	for (i = 0; i < c; i++) {
		el_str out;
		m = ts_node_named_child(root, i);
		if (!el_node_is(m, "method_declaration") ||
		    !el_str_eq(el_gofile_receiver_type(x->f, m), t))
			continue;
		out = text(x->f, field(m, "result"));
		if (el_find(out.ptr, out.len, EL_LIT("FlagSet")))
			return 1;
	}
	return 0;
}

/* Is the package of x->f a command-line package?  It must declare a
 * command-line type: one with a method whose receiver or result is a
 * FlagSet (pflag's FlagSet itself, cobra's Command.Flags, urfave/cli's
 * Context.lookupFlagSet) or an Apply method taking one (urfave/cli's and
 * altsrc's flag definitions), and, so that a library which only lets a
 * configuration type hand out its flags is not taken for one, more than
 * half of its methods must belong to such types or to flag values (types
 * with Set and String methods).  Such a package's code runs when a program
 * defines, parses or runs its command line or prints its help.  A package
 * that only defines a flag.Value (zap's Level) or functions that take a
 * FlagSet (klog's InitFlags) is not one.  Answers are remembered per
 * package. */
#define CLI_MAX_FILES EL_GOSRC_DIR_MAX
#define CLI_MAX_TYPES 64
static int cli_package(ctx *x)
{
	const el_gofile *files[CLI_MAX_FILES];
	el_str types[CLI_MAX_TYPES], sets[CLI_MAX_TYPES];
	size_t nfiles, ntypes = 0, nsets = 0, methods = 0, cli = 0, i, k, pass;
	int rc, memo, found;
	const char *memo_text;
	unsigned long long key = el_hash(x->dir, strlen(x->dir), EL_HASH_SEED ^ 0x636c69706b67ull);

	if (el_gosrc_memo(x->g, x->dir, key, &memo, &memo_text) == 1)
		return memo == 1;
	rc = el_gosrc_files(x->g, x->dir, files, CLI_MAX_FILES, &nfiles);
	if (rc == -2) {
		x->failed = 1;
		return 0;
	}
	if (rc != 1 || nfiles > CLI_MAX_FILES)
		return 0;
	/* pass 0: the command-line types and the types with a Set(string)
	 * method; pass 1: count the methods, and those of such types */
	for (pass = 0; pass < 2; pass++)
		for (i = 0; i < nfiles; i++) {
			const el_gofile *f = files[i];
			TSNode root = el_gofile_root(f);
			uint32_t c = ts_node_named_child_count(root), m;
			for (m = 0; m < c; m++) {
				TSNode top = ts_node_named_child(root, m);
				el_str rt, nm, sig, out, recv;
				int mine = 0;
				if (!el_node_is(top, "method_declaration") || !(rt = el_gofile_receiver_type(f, top)).len)
					continue;
				nm = text(f, field(top, "name"));
				if (pass == 1) {
					methods++;
					for (k = 0; k < ntypes && !mine; k++)
						mine = el_str_eq(types[k], rt);
					for (k = 0; k < nsets && !mine; k++)
						mine = el_str_eq(sets[k], rt) && has_method(x, rt, "String", 0, NULL);
					cli += mine;
					continue;
				}
				sig = text(f, field(top, "parameters"));
				out = text(f, field(top, "result"));
				recv = text(f, field(top, "receiver"));
				if (el_find(recv.ptr, recv.len, EL_LIT("FlagSet")) ||
				    el_find(out.ptr, out.len, EL_LIT("FlagSet")) ||
				    (el_str_eq(nm, el_str_make(EL_LIT("Apply"))) && el_find(sig.ptr, sig.len, EL_LIT("FlagSet")))) {
					for (k = 0; k < ntypes && !el_str_eq(types[k], rt); k++)
						;
					if (k == ntypes && ntypes < CLI_MAX_TYPES)
						types[ntypes++] = rt;
				} else if (el_str_eq(nm, el_str_make(EL_LIT("Set"))) && nsets < CLI_MAX_TYPES &&
				           ts_node_named_child_count(field(top, "parameters")) == 1 &&
				           text_is(f, field(ts_node_named_child(field(top, "parameters"), 0), "type"), "string")) {
					sets[nsets++] = rt;
				}
			}
		}
	found = ntypes > 0 && cli * 2 > methods;
	if (el_gosrc_remember(x->g, x->dir, key, found ? 1 : 2, "") != 0)
		x->failed = 1;
	return found;
}

/* What kind of parameter type node t (of f) is for HTTP code: 1 a
 * handler (http.Handler, http.HandlerFunc, a func type or slice of them
 * that takes or returns a handler or a ResponseWriter, such as a
 * middleware's func(http.Handler) http.Handler, or a type of the package
 * declared as one, or an interface holding ServeHTTP or http.Handler),
 * 2 a request's own (http.ResponseWriter, *http.Request), 0 neither. */
static int http_param_kind(ctx *x, const el_gofile *f, TSNode t, int depth)
{
	el_str tt = text(f, t);
	decl d;

	if (depth > 2 || ts_node_is_null(t))
		return 0;
	if (el_node_is(t, "pointer_type") && el_str_eq(text(f, ts_node_named_child(t, 0)), el_str_make(EL_LIT("http.Request"))))
		return 2;
	if (el_str_eq(tt, el_str_make(EL_LIT("http.ResponseWriter"))))
		return 2;
	if (el_str_eq(tt, el_str_make(EL_LIT("http.Handler"))) || el_str_eq(tt, el_str_make(EL_LIT("http.HandlerFunc"))))
		return 1;
	if (el_node_is(t, "slice_type"))
		return http_param_kind(x, f, field(t, "element"), depth + 1) == 1;
	if (el_node_is(t, "function_type"))
		return el_find(tt.ptr, tt.len, EL_LIT("http.Handler")) ||
		       el_find(tt.ptr, tt.len, EL_LIT("http.ResponseWriter"));
	if (el_node_is(t, "interface_type"))
		return el_find(tt.ptr, tt.len, EL_LIT("ServeHTTP(")) || el_find(tt.ptr, tt.len, EL_LIT("http.Handler"));
	if (el_node_is(t, "type_identifier") && resolve(x, f, t, &d) && d.kind == D_TYPE &&
	    !el_node_is(d.node, "type_alias"))
		return http_param_kind(x, d.f, field(d.node, "type"), depth + 1) == 1;
	return 0;
}

/* Does function or method top take an HTTP handler and nothing of a
 * request: route registration (Handle(pattern, h), Use(mw...)) or a
 * middleware's constructor (Logger(next http.Handler) http.Handler)? */
static int takes_handler(ctx *x, TSNode top)
{
	TSNode pl = field(top, "parameters"), pd;
	TSTreeCursor cur;
	int handler = 0;

	if (ts_node_is_null(pl) || !el_gofile_imports(x->f, el_str_make(EL_LIT("http"))))
		return 0;
	EACH_NAMED(pl, cur, pd)
	{
		int k = http_param_kind(x, x->f, field(pd, "type"), 0);
		if (k == 2) {
			ts_tree_cursor_delete(&cur);
			return 0;
		}
		handler |= k == 1;
	}
	return handler;
}

/* Is type node t (of x->f) a middleware: a func type that takes an HTTP
 * handler and returns one (func(next http.Handler) http.Handler, named or
 * not: mux's MiddlewareFunc), not a
 * handler itself (func(w http.ResponseWriter, r *http.Request))? */
static int middleware_type(ctx *x, const el_gofile *f, TSNode t, int depth)
{
	TSNode pl, pd, res;
	TSTreeCursor cur;
	int takes = 0;
	decl d;

	if (el_node_is(t, "type_identifier") && depth == 0 && resolve(x, f, t, &d) && d.kind == D_TYPE &&
	    !el_node_is(d.node, "type_alias"))
		return middleware_type(x, d.f, field(d.node, "type"), 1); /* chi's Middlewares, mux's MiddlewareFunc */
	if (!el_node_is(t, "function_type") || ts_node_is_null(pl = field(t, "parameters")) ||
	    ts_node_is_null(res = field(t, "result")) || el_node_is(res, "parameter_list") ||
	    http_param_kind(x, f, res, 0) != 1)
		return 0;
	EACH_NAMED(pl, cur, pd)
	{
		takes |= http_param_kind(x, f, field(pd, "type"), 0) == 1;
	}
	return takes;
}

/* Does function or method top return a middleware (func(http.Handler)
 * http.Handler) and take nothing of a request: a middleware's
 * constructor (chi's AllowContentType(types ...string) func(next
 * http.Handler) http.Handler), run once per route?  One that returns a
 * handler may run per request (chi's methodNotAllowedHandler, per 405
 * response). */
static int returns_handler(ctx *x, TSNode top)
{
	TSNode pl = field(top, "parameters"), res = field(top, "result"), pd;
	TSTreeCursor cur;

	if (ts_node_is_null(res) || el_node_is(res, "parameter_list") ||
	    !el_gofile_imports(x->f, el_str_make(EL_LIT("http"))) || !middleware_type(x, x->f, res, 0))
		return 0;
	if (ts_node_is_null(pl))
		return 1;
	EACH_NAMED(pl, cur, pd)
	{
		if (http_param_kind(x, x->f, field(pd, "type"), 0) == 2) {
			ts_tree_cursor_delete(&cur);
			return 0;
		}
	}
	return 1;
}

/* Is operand (of x->f) a FlagSet: a value whose type names one
 * (pflag's CommandLine, a *flag.FlagSet variable) or the result of a
 * method named ...Flags or ...FlagSet (cobra's c.Flags())? */
static int flagset_operand(ctx *x, TSNode operand)
{
	const el_gofile *f = x->f;
	el_str nm;
	decl d;
	ty t;

	if (el_node_is(operand, "identifier") && resolve(x, f, operand, &d) && d.kind == D_VAR &&
	    el_node_is(d.node, "var_spec")) {
		/* var commandLine = flag.NewFlagSet(...): another package's
		 * function, whose result type is not looked up */
		TSNode values = field(d.node, "value");
		if (!ts_node_is_null(values) && ts_node_named_child_count(values) > d.idx &&
		    el_node_is(ts_node_named_child(values, d.idx), "call_expression")) {
			f = d.f;
			operand = ts_node_named_child(values, d.idx);
		}
	}
	if (el_node_is(operand, "call_expression")) {
		TSNode fn = field(operand, "function");
		nm = call_name(f, fn);
		return (nm.len >= 5 && memcmp(nm.ptr + nm.len - 5, "Flags", 5) == 0) ||
		       (nm.len >= 7 && memcmp(nm.ptr + nm.len - 7, "FlagSet", 7) == 0);
	}
	if (!expr_type(x, f, operand, &t, 0) || !t.f)
		return 0;
	nm = text(t.f, t.node);
	return el_find(nm.ptr, nm.len, EL_LIT("FlagSet")) != NULL;
}

/* Does function or method top build something for a type: take a
 * reflect.Type (or reflect2.Type) and nothing of a value (no
 * reflect.Value, unsafe.Pointer or interface parameter) and return what
 * it builds (jsoniter's decoderOfType and describeStruct, yaml's
 * getStructInfo), or take a type's descriptor (a type named
 * ...Descriptor, or a pointer to one) and nothing of a value, returning
 * what it builds or nothing (jsoniter's extension hooks
 * UpdateStructDescriptor, which rename a struct's fields while its codec
 * is built)?  Such code runs once per type when its result is cached. */
static int builds_per_type(ctx *x, TSNode top)
{
	const el_gofile *f = x->f;
	TSNode pl = field(top, "parameters"), pd;
	TSTreeCursor cur;
	int type = 0, value = 0, descriptor = 0;

	if (ts_node_is_null(pl))
		return 0;
	EACH_NAMED(pl, cur, pd)
	{
		el_str t = text(f, field(pd, "type"));
		if (t.len && t.ptr[0] == '*') {
			t.ptr++;
			t.len--;
		}
		if (el_str_eq(t, el_str_make(EL_LIT("reflect.Type"))) ||
		    el_str_eq(t, el_str_make(EL_LIT("reflect2.Type"))))
			type = 1;
		else if (t.len > 10 && memcmp(t.ptr + t.len - 10, "Descriptor", 10) == 0)
			descriptor = 1;
		else if (el_str_eq(t, el_str_make(EL_LIT("reflect.Value"))) ||
		         el_str_eq(t, el_str_make(EL_LIT("unsafe.Pointer"))) ||
		         el_str_eq(t, el_str_make(EL_LIT("interface{}"))) || el_str_eq(t, el_str_make(EL_LIT("any"))))
			value = 1;
	}
	return !value && ((type && !ts_node_is_null(field(top, "result"))) || descriptor);
}

static TSNode first_result(TSNode top);

/* Is type node t (of x->f), or the type it points to, a named type its
 * package declares as an integer (an enumeration: zap's and logrus'
 * Level) or as a func type (zap's TimeEncoder)? */
static int setting_type(ctx *x, TSNode t)
{
	TSNode u;
	decl d;
	int i, ok;

	if (el_node_is(t, "pointer_type"))
		t = ts_node_named_child(t, 0);
	if (el_node_is(t, "qualified_type")) { /* another package's of the module: zapcore.Level in zap */
		el_buf dir = { 0 };
		ctx y;
		ok = imported_decl(x, x->f, t, D_TYPE, &y, &d, &dir);
		el_buf_release(&dir, x->a); /* d's nodes live in y's cache, not in dir */
	} else {
		ok = el_node_is(t, "type_identifier") && resolve(x, x->f, t, &d) && d.kind == D_TYPE;
	}
	if (!ok || !el_node_is(el_gofile_parent(d.f, d.node), "type_declaration"))
		return 0;
	u = field(d.node, "type");
	return el_node_is(u, "function_type") ||
	       (el_node_is(u, "type_identifier") && (i = predeclared_index(text(d.f, u))) >= 0 &&
	        strcmp(predeclared[i].kind, "integer") == 0);
}

/* Does top read a setting from its text: a method UnmarshalText,
 * UnmarshalJSON, UnmarshalYAML or UnmarshalTOML of a setting_type (zap's
 * TimeEncoder.UnmarshalYAML, zerolog's Level.UnmarshalText), or a
 * function or method named Parse..., parse..., Decode... or decode...
 * whose first result is one (zap's, logrus' and zerolog's ParseLevel;
 * zap's decodePutJSON, which reads the level a PUT to its level
 * endpoint sets)?  A level or an encoder is named in
 * a configuration and read once, when the program is set up. */
static int wraps_setting(ctx *x, TSNode top);

static int parses_setting(ctx *x, TSNode top)
{
	el_str nm = text(x->f, field(top, "name"));

	if (el_node_is(top, "method_declaration") &&
	    (el_str_eq(nm, el_str_make(EL_LIT("UnmarshalText"))) || el_str_eq(nm, el_str_make(EL_LIT("UnmarshalJSON"))) ||
	     el_str_eq(nm, el_str_make(EL_LIT("UnmarshalYAML"))) || el_str_eq(nm, el_str_make(EL_LIT("UnmarshalTOML")))))
		return setting_type(x, field(ts_node_named_child(field(top, "receiver"), 0), "type"));
	if (!(el_starts(nm.ptr, nm.len, EL_LIT("Parse")) || el_starts(nm.ptr, nm.len, EL_LIT("parse")) ||
	      el_starts(nm.ptr, nm.len, EL_LIT("Decode")) || el_starts(nm.ptr, nm.len, EL_LIT("decode"))))
		return 0;
	return setting_type(x, first_result(top)) || (!x->elsewhere && wraps_setting(x, top));
}

/* Does function top (of x->f) parse its setting with a setting parser of
 * its module (parses_setting): a statement of its body, outside loops,
 * that assigns the results of a call of one (zap's ParseAtomicLevel:
 * `l, err := zapcore.ParseLevel(text)`, then a.SetLevel(l))? */
static int wraps_setting(ctx *x, TSNode top)
{
	TSNode body = field(top, "body");
	uint32_t i, n = ts_node_is_null(body) ? 0 : ts_node_named_child_count(body);

	for (i = 0; i < n; i++) {
		TSNode st = ts_node_named_child(body, i), r, c, fn;
		if (!el_node_is(st, "short_var_declaration") && !el_node_is(st, "assignment_statement"))
			continue;
		r = field(st, "right");
		c = ts_node_named_child(r, 0);
		if (ts_node_named_child_count(r) != 1 || !el_node_is(c, "call_expression"))
			continue;
		fn = field(c, "function");
		if (el_node_is(fn, "selector_expression")) { /* pkg.ParseX: another package of the module */
			el_buf dir = { 0 };
			ctx y;
			decl d;
			int ok = 0;
			if (imported_decl(x, x->f, fn, D_FUNC, &y, &d, &dir)) {
				ok = parses_setting(&y, d.node);
				if (y.failed)
					x->failed = 1;
			}
			el_buf_release(&dir, x->a);
			if (ok)
				return 1;
		} else if (el_node_is(fn, "identifier")) {
			decl d;
			ctx y = *x;
			if (resolve(x, x->f, fn, &d) && d.kind == D_FUNC && !ts_node_eq(d.node, top)) {
				y.f = d.f;
				y.elsewhere = 1; /* one level: no wrapper of a wrapper */
				if (parses_setting(&y, d.node))
					return 1;
			}
		}
	}
	return 0;
}

static int holds_call(const el_gofile *f, TSNode n, int (*is_call)(const el_gofile *, TSNode), int literals,
                      int depth);

/* Is call c (of f) of a method named Enabled or IsLevelEnabled, the level
 * check of a logger (zapgrpc's l.levelEnabler.Enabled(zapcore.InfoLevel),
 * logrus' h.logger.IsLevelEnabled(level))? */
static int level_check_call(const el_gofile *f, TSNode c)
{
	TSNode fn = field(c, "function");

	return el_node_is(fn, "selector_expression") &&
	       (text_is(f, field(fn, "field"), "Enabled") || text_is(f, field(fn, "field"), "IsLevelEnabled"));
}

/* Is if statement st (of f) a level check that the position *arg (a
 * TSNode) passes before it runs: in its consequence, or after it when
 * the consequence returns (`if !h.logger.IsLevelEnabled(level) { return
 * nil }`)? */
static int level_checked(const el_gofile *f, TSNode st, const void *arg)
{
	const TSNode *e = arg;
	TSNode cons = field(st, "consequence"), last;

	if (!holds_call(f, field(st, "condition"), level_check_call, 1, 0))
		return 0;
	if (ts_node_start_byte(*e) >= ts_node_start_byte(cons) && ts_node_end_byte(*e) <= ts_node_end_byte(cons))
		return 1;
	last = last_statement(cons);
	return ts_node_start_byte(*e) >= ts_node_end_byte(st) && !ts_node_is_null(last) &&
	       el_node_is(last, "return_statement");
}

/* Is nm, the name of a called function or func field, a logging call's:
 * Log, Print, Info, Warn, Warning, Error, Debug, Trace, alone or with f
 * or ln, in either case of its first letter (zapgrpc's printer calls its
 * func field print)? */
static int logging_name(el_str nm)
{
	static const char *const verbs[] = { "Log", "Print", "Info", "Warn", "Warning", "Error", "Debug", "Trace", NULL };
	size_t i, n;

	for (i = 0; verbs[i]; i++) {
		n = strlen(verbs[i]);
		if (nm.len >= n && tolower((unsigned char)nm.ptr[0]) == tolower((unsigned char)verbs[i][0]) &&
		    memcmp(nm.ptr + 1, verbs[i] + 1, n - 1) == 0 &&
		    (nm.len == n || el_str_eq(el_str_make(nm.ptr + n, nm.len - n), el_str_make(EL_LIT("f"))) ||
		     el_str_eq(el_str_make(nm.ptr + n, nm.len - n), el_str_make(EL_LIT("ln")))))
			return 1;
	}
	return 0;
}

/* Is e (of x->f, in method top) in a call that forwards to another
 * logger, in its statement: a logging function or method (logging_name)
 * of something other than top's receiver (zapgrpc's
 * `l.delegate.Info(sprintln(args))`, the slog handler's
 * `entry.Log(level, record.Message)`), or a func field of the receiver
 * (`v.print(...)`)?  A method of top's own receiver (logrus' Entry.Log
 * calling entry.log) is the logger itself, not an adapter. */
static int in_logging_call(ctx *x, TSNode top, TSNode e)
{
	const el_gofile *f = x->f;
	TSNode a;
	el_str recv = text(f, field(ts_node_named_child(field(top, "receiver"), 0), "name"));

	for (a = e; !ts_node_is_null(a) && !is_func(a) && !el_node_is(a, "block"); a = el_gofile_parent(f, a)) {
		const el_gofile *mf;
		TSNode fn, m, md;
		if (!el_node_is(a, "call_expression"))
			continue;
		fn = field(a, "function");
		m = el_node_is(fn, "selector_expression") ? field(fn, "field") : fn;
		if (!logging_name(text(f, m)))
			continue;
		if (el_node_is(fn, "selector_expression") && recv.len &&
		    el_str_eq(text(f, field(fn, "operand")), recv) &&
		    method_decl(x, el_gofile_receiver_type(f, top), text(f, m), &mf, &md))
			continue; /* the receiver's own method */
		return 1;
	}
	return 0;
}

/* Is method top (of f) a logging adapter that e runs in once the level
 * check has passed: a method named like a logging call (Info, Infoln,
 * Warningf, Print, Println, ...: zapgrpc's Logger implements
 * grpclog.LoggerV2 over zap's SugaredLogger), or a Handle taking a
 * slog.Record (logrus' slog handler), holding a level check that e is
 * behind (level_checked)?  What it makes there is what the logger it
 * forwards to takes (an ...interface{} argument, an entry, its fields),
 * once per line logged. */
static int log_adapter(ctx *x, TSNode top, TSNode e)
{
	const el_gofile *f = x->f;
	el_str nm = text(f, field(top, "name")), params = text(f, field(top, "parameters"));
	int named = nm.len && nm.ptr[0] >= 'A' && nm.ptr[0] <= 'Z' && logging_name(nm);

	if (!el_node_is(top, "method_declaration") || ts_node_is_null(field(top, "body")))
		return 0;
	if (!named && !(el_str_eq(nm, el_str_make(EL_LIT("Handle"))) &&
	                el_find(params.ptr, params.len, EL_LIT("slog.Record"))))
		return 0;
	/* only what the forwarding call takes: a map or frame the adapter
	 * builds beside it may be reused (logrus clones an Entry's Data) */
	return in_logging_call(x, top, e) &&
	       any_own_statement(f, field(top, "body"), "if_statement", level_checked, &e);
}

/* Is call c (of f) a logger's Check at a level, with the message
 * (zap's `w.Log.Check(w.Level, string(b))`: the entry is made only
 * when the level is enabled, but its message is made before)? */
static int check_at_level(const el_gofile *f, TSNode c)
{
	TSNode fn = field(c, "function"), args = field(c, "arguments");
	el_str a0;

	if (!el_node_is(fn, "selector_expression") || !text_is(f, field(fn, "field"), "Check") ||
	    ts_node_named_child_count(args) != 2)
		return 0;
	a0 = text(f, ts_node_named_child(args, 0));
	return el_find(a0.ptr, a0.len, EL_LIT("Level")) || el_find(a0.ptr, a0.len, EL_LIT("level")) ||
	       el_find(a0.ptr, a0.len, EL_LIT("Lvl")) || el_find(a0.ptr, a0.len, EL_LIT("lvl"));
}

/* Is e (of x->f, in method top) string(p) handed to a logging call as
 * its message, in top, the Write method of an io.Writer ((p []byte)
 * (int, error)) that turns what is written into log lines (zap's
 * loggerWriter for the standard logger: `l.logFunc(string(p))`;
 * zerolog's Logger.Write: `...Msg(string(p))`)?  Write must not keep p
 * (io.Writer's contract), and the logger may keep its message (hooks,
 * cores, buffered entries), so the copy is what the adapter costs, once
 * per write.  A copy stored elsewhere (a map the writer builds) keeps its
 * finding. */
static int writer_message(ctx *x, TSNode top, TSNode e)
{
	const el_gofile *f = x->f;
	TSNode pl = field(top, "parameters"), pd, args, call, fn;
	el_str nm, res = text(f, field(top, "result")), p;

	int write;

	if (!el_node_is(top, "method_declaration") ||
	    ts_node_named_child_count(pl) != 1 || !el_node_is(pd = ts_node_named_child(pl, 0), "parameter_declaration") ||
	    ts_node_named_child_count(pd) != 2 || !text_is(f, field(pd, "type"), "[]byte"))
		return 0;
	write = text_is(f, field(top, "name"), "Write");
	if (write && !(el_str_eq(res, el_str_make(EL_LIT("(int, error)"))) ||
	               el_str_eq(res, el_str_make(EL_LIT("(n int, err error)")))))
		return 0;
	/* or a helper of the writer's, taking the line it was written
	 * (zapio's Writer.log(b []byte), called for each line Write splits
	 * off) */
	if (!write && !has_method(x, el_gofile_receiver_type(f, top), "Write", 1, "[]byte"))
		return 0;
	p = text(f, field(pd, "name"));
	if (el_node_is(e, "identifier")) /* reported at the operand: string(p) at p */
		e = el_gofile_parent(f, el_gofile_parent(f, e));
	if (!el_node_is(e, "call_expression") || !text_is(f, field(e, "function"), "string") ||
	    ts_node_named_child_count(args = field(e, "arguments")) != 1 ||
	    !el_str_eq(text(f, ts_node_named_child(args, 0)), p) ||
	    !el_node_is(el_gofile_parent(f, e), "argument_list"))
		return 0;
	call = el_gofile_parent(f, el_gofile_parent(f, e));
	fn = field(call, "function");
	nm = call_name(f, fn);
	return el_node_is(call, "call_expression") &&
	       (logging_name(nm) || el_str_eq(nm, el_str_make(EL_LIT("Msg"))) ||
	        el_find(nm.ptr, nm.len, EL_LIT("log")) || el_find(nm.ptr, nm.len, EL_LIT("Log")) ||
	        check_at_level(f, call));
}

/* Does top open a resource: an exported function or method named Open
 * or Open... whose last result is an error, as opening can fail (zap's
 * Open, which opens or creates each sink its URLs name; os.Open,
 * sql.Open)?  Once per file or sink, next to the system calls that open
 * it.  (An Open that returns nothing only makes something.) */
static int opens_resource(const el_gofile *f, TSNode top)
{
	el_str nm = text(f, field(top, "name"));
	TSNode res = field(top, "result");
	uint32_t n;

	if (!el_starts(nm.ptr, nm.len, EL_LIT("Open")) || (nm.len > 4 && !(nm.ptr[4] >= 'A' && nm.ptr[4] <= 'Z')))
		return 0;
	if (el_node_is(res, "parameter_list") && (n = ts_node_named_child_count(res)) > 0)
		res = field(ts_node_named_child(res, n - 1), "type");
	return text_is(f, res, "error");
}

/* Is method top a route builder: a method of a type that takes its
 * handler (a Handler or HandlerFunc method: gorilla/mux's Route) and
 * returns a pointer to its receiver's type for chaining (Route.Methods,
 * Route.Path)?  Routes are configured once, when the server is built. */
static int route_builder(ctx *x, TSNode top)
{
	const el_gofile *f = x->f;
	TSNode res = field(top, "result");
	el_str t;

	if (!el_node_is(top, "method_declaration") || !el_node_is(res, "pointer_type") ||
	    !(t = el_gofile_receiver_type(f, top)).len ||
	    !el_str_eq(text(f, ts_node_named_child(res, 0)), t))
		return 0;
	return has_method(x, t, "Handler", 1, "http.Handler") || has_method(x, t, "HandlerFunc", 1, NULL);
}

/* Is name a dial function's: Dial or dial as a word of it, at its end or
 * before an upper-case letter (net.Dial, DialContext, netDial,
 * forwardDial, dialTLS; not Dialer, dialect)? */
static int dial_name(el_str nm)
{
	size_t i;

	for (i = 0; i + 4 <= nm.len; i++)
		if ((memcmp(nm.ptr + i, "Dial", 4) == 0 || (i == 0 && memcmp(nm.ptr, "dial", 4) == 0)) &&
		    (i + 4 == nm.len || isupper((unsigned char)nm.ptr[i + 4])))
			return 1;
	return 0;
}

/* Does n (of f) hold a call that is_call accepts, looking into func
 * literals only when literals is set? */
static int holds_call(const el_gofile *f, TSNode n, int (*is_call)(const el_gofile *, TSNode), int literals,
                      int depth)
{
	TSTreeCursor cur;
	TSNode k;

	if (depth > 100 || (!literals && el_node_is(n, "func_literal")))
		return 0;
	if (el_node_is(n, "call_expression") && is_call(f, n))
		return 1;
	EACH_NAMED(n, cur, k)
	{
		if (holds_call(f, k, is_call, literals, depth + 1)) {
			ts_tree_cursor_delete(&cur);
			return 1;
		}
	}
	return 0;
}

/* Is call c (of f) a call of a dial function (see dial_name)? */
static int dial_call(const el_gofile *f, TSNode c)
{
	return dial_name(call_name(f, field(c, "function")));
}

/* The name a call c (of f) calls, `P.Name(...)`, when P is the name
 * file f imports the package path under (any alias: zstd's rdebug for
 * runtime/debug); an empty string otherwise. */
static el_str package_call(const el_gofile *f, TSNode c, const char *path)
{
	TSNode fn = field(c, "function"), op;
	el_str p;

	if (!el_node_is(fn, "selector_expression"))
		return el_str_make("", 0);
	op = field(fn, "operand");
	if (!el_node_is(op, "identifier") || el_gofile_import_path(f, text(f, op), &p) != 1 ||
	    !el_str_eq(p, el_str_make(path, strlen(path))))
		return el_str_make("", 0);
	return text(f, field(fn, "field"));
}

/* Does n (of f) hold a call of a json.Decoder option method on the
 * variable name (`d.UseNumber()`, `d.DisallowUnknownFields()`)? */
static int sets_decoder_option(const el_gofile *f, TSNode n, el_str name, int depth)
{
	TSTreeCursor cur;
	TSNode k, fn;

	if (depth > 100)
		return 0;
	if (el_node_is(n, "call_expression") && el_node_is(fn = field(n, "function"), "selector_expression") &&
	    el_node_is(field(fn, "operand"), "identifier") && el_str_eq(text(f, field(fn, "operand")), name) &&
	    (text_is(f, field(fn, "field"), "UseNumber") || text_is(f, field(fn, "field"), "DisallowUnknownFields")))
		return 1;
	EACH_NAMED(n, cur, k)
	{
		if (sets_decoder_option(f, k, name, depth + 1)) {
			ts_tree_cursor_delete(&cur);
			return 1;
		}
	}
	return 0;
}

/* Is call c (of f) a json.NewDecoder whose result the function keeps in
 * a variable and sets an option on that only a Decoder has (zerolog's
 * ConsoleWriter.Write: `d := json.NewDecoder(bytes.NewReader(p));
 * d.UseNumber()`)?  json.Unmarshal then cannot replace it, and a Decoder
 * has no Reset: one per input is the cost of decoding that way. */
static int decoder_with_options(const el_gofile *f, TSNode c)
{
	TSNode v, fn;

	if (!el_str_eq(package_call(f, c, "encoding/json"), el_str_make(EL_LIT("NewDecoder"))) ||
	    !el_node_is(v = stored_in(f, c), "identifier") || ts_node_is_null(fn = func_of(f, c)) ||
	    ts_node_is_null(field(fn, "body")))
		return 0;
	return sets_decoder_option(f, field(fn, "body"), text(f, v), 0);
}

/* Is call c (of f) the String or Text method of a buffer or scanner
 * (`l.buf.String()`, `scanner.Text()`), whose string is handed, as it is
 * or trimmed by the strings package, to a print or logging call (a name
 * like Print, Info, Log, or a func value named print...): chi's
 * `l.Logger.Print(l.buf.String())`, logrus' `printFunc(strings.TrimRight(
 * scanner.Text(), "\r\n"))`?  The line is the message of a call that
 * takes values, so the string is what printing it costs. */
static int printed_line(const el_gofile *f, TSNode c)
{
	TSNode fn = field(c, "function"), p, call;
	el_str m, nm;

	if (!el_node_is(c, "call_expression") || !el_node_is(fn, "selector_expression") ||
	    ts_node_named_child_count(field(c, "arguments")) != 0)
		return 0;
	m = text(f, field(fn, "field"));
	if (!el_str_eq(m, el_str_make(EL_LIT("String"))) && !el_str_eq(m, el_str_make(EL_LIT("Text"))))
		return 0;
	for (;;) {
		p = el_gofile_parent(f, c);
		if (!el_node_is(p, "argument_list") || !el_node_is(call = el_gofile_parent(f, p), "call_expression"))
			return 0;
		nm = package_call(f, call, "strings");
		if (!el_starts(nm.ptr, nm.len, EL_LIT("Trim")))
			break;
		c = call; /* strings.TrimRight(s, "\r\n"): the same line */
	}
	nm = call_name(f, field(call, "function"));
	if (package_call(f, call, "fmt").len && !el_starts(nm.ptr, nm.len, EL_LIT("Print")))
		return 0; /* fmt.Errorf, fmt.Sprint...: a value, not a line printed */
	return logging_name(nm) || (nm.len >= 5 && (nm.ptr[0] == 'p' || nm.ptr[0] == 'P') &&
	                            memcmp(nm.ptr + 1, "rint", 4) == 0);
}

/* Is call c (of f) one that reads a whole named file: os.ReadFile or
 * ioutil.ReadFile?  (Opening a file to stream it, os.Open, is what a
 * file server does per request, where a copy buffer is worth pooling.) */
static int file_call(const el_gofile *f, TSNode c)
{
	return el_str_eq(package_call(f, c, "os"), el_str_make(EL_LIT("ReadFile"))) ||
	       el_str_eq(package_call(f, c, "io/ioutil"), el_str_make(EL_LIT("ReadFile")));
}

/* Is return statement st `return os.ReadFile(...)`: the file's contents
 * are what its function returns? */
static int returns_file_read(const el_gofile *f, TSNode st, const void *arg)
{
	TSNode l = ts_node_named_child(st, 0);

	(void)arg;
	if (el_node_is(l, "expression_list"))
		l = ts_node_named_child(l, 0);
	return el_node_is(l, "call_expression") && file_call(f, l);
}

/* Is return statement st of the function declared by *arg (a TSNode)
 * one that may return early on the path that matters: anything but a
 * return of a non-nil error (see is_error_return: `return nil, nil,
 * err` under `if err != nil {`, `return nil, errMalformedURL`), as the
 * last result of a function whose last result is an error?  A bare
 * `return err` elsewhere may return nil (s2's writeFull returns
 * writeSync's error on its path without goroutines). */
static int early_return(const el_gofile *f, TSNode st, const void *arg)
{
	TSNode top = *(const TSNode *)arg, res = field(top, "result");
	uint32_t n;

	if (el_node_is(res, "parameter_list")) {
		if (!(n = ts_node_named_child_count(res)))
			return 1;
		res = field(ts_node_named_child(res, n - 1), "type");
	}
	return !text_is(f, res, "error") || !is_error_return(f, st, el_gofile_parent(f, st));
}

/* The parts of statement st of a function's body that run whenever the
 * body does, into out: the statement itself when it is a declaration,
 * an assignment, an expression, a return or a go statement; an if statement's
 * initialiser and condition (`if err := readConfig(p); err != nil {`).
 * Returns how many. */
static size_t unconditional_parts(TSNode st, TSNode out[2])
{
	size_t n = 0;

	if (el_node_is(st, "short_var_declaration") || el_node_is(st, "assignment_statement") ||
	    el_node_is(st, "expression_statement") || el_node_is(st, "return_statement")) {
		out[n++] = st;
	} else if (el_node_is(st, "go_statement")) {
		out[n++] = st;
	} else if (el_node_is(st, "if_statement")) {
		if (!ts_node_is_null(field(st, "initializer")))
			out[n++] = field(st, "initializer");
		if (!ts_node_is_null(field(st, "condition")))
			out[n++] = field(st, "condition");
	}
	return n;
}

/* Does part (of x->f), a part of a statement, do something (arg: what
 * the function needs)? */
typedef int (*part_fn)(ctx *x, TSNode part, const void *arg);

/* Does a statement of top's body (not under an if, a loop or a switch,
 * and outside func literals: see unconditional_parts), before any
 * statement that may return early other than with an error (`if v, ok :=
 * cache[k]; ok { return v, nil }`: see early_return), pass holds? */
static int body_does(ctx *x, TSNode top, part_fn holds, const void *arg)
{
	TSNode body = field(top, "body"), st, parts[2];
	TSTreeCursor cur;
	size_t n, i;

	if (ts_node_is_null(body))
		return 0;
	EACH_NAMED(body, cur, st)
	{
		for (n = unconditional_parts(st, parts), i = 0; i < n; i++)
			if (holds(x, parts[i], arg)) {
				ts_tree_cursor_delete(&cur);
				return 1;
			}
		if (any_own_statement(x->f, st, "return_statement", early_return, &top)) {
			ts_tree_cursor_delete(&cur);
			break;
		}
	}
	return 0;
}

/* What part_calls needs: the calls it looks for. */
typedef struct {
	int (*is_call)(const el_gofile *, TSNode);
} call_kind;

/* A part_fn: does part hold, outside func literals, a call that the
 * call_kind arg accepts? */
static int part_calls(ctx *x, TSNode part, const void *arg)
{
	return holds_call(x->f, part, ((const call_kind *)arg)->is_call, 0, 0);
}

/* A part_fn: is part a go statement that runs a named function or
 * method (`go dw.poll()`), not a func literal? */
static int part_starts_goroutine(ctx *x, TSNode part, const void *arg)
{
	TSNode c;

	(void)x, (void)arg;
	if (!el_node_is(part, "go_statement") || !el_node_is(c = ts_node_named_child(part, 0), "call_expression"))
		return 0;
	c = field(c, "function");
	while (el_node_is(c, "parenthesized_expression"))
		c = ts_node_named_child(c, 0);
	return !el_node_is(c, "func_literal");
}

/* Does top start a worker goroutine on every call: a go statement of its
 * body (see body_does) that runs a named function or method (logrus'
 * Entry.WriterLevel: `go entry.writerScanner(reader, printFunc)`,
 * zerolog's diode.NewWriter: `go dw.poll()`)?  What it allocates comes
 * once per goroutine started, next to the goroutine's own stack.  A func
 * literal started per call is often a short task beside other work, and
 * what its function makes keeps its rules (go-call covers the literal). */
static int starts_goroutine(ctx *x, TSNode top)
{
	return body_does(x, top, part_starts_goroutine, NULL);
}

/* Is call c (of f) one of the standard library's setters of
 * process-wide state: the standard logger's SetOutput, SetFlags or
 * SetPrefix, os.Setenv, Unsetenv or Chdir, runtime/debug's
 * SetGCPercent, SetMemoryLimit, SetMaxThreads or SetMaxStack, or
 * signal.Notify?  (runtime.GOMAXPROCS(0) only reads the setting: s2's
 * writers size their concurrency with it.) */
static int process_setter(const el_gofile *f, TSNode c)
{
	static const struct {
		const char *path, *name;
	} calls[] = {
		{ "log", "SetOutput" },         { "log", "SetFlags" },         { "log", "SetPrefix" },
		{ "os", "Setenv" },             { "os", "Unsetenv" },          { "os", "Chdir" },
		{ "runtime/debug", "SetGCPercent" },
		{ "runtime/debug", "SetMemoryLimit" }, { "runtime/debug", "SetMaxThreads" },
		{ "runtime/debug", "SetMaxStack" },    { "os/signal", "Notify" },
	};
	size_t i;

	for (i = 0; i < sizeof calls / sizeof *calls; i++)
		if (el_str_eq(package_call(f, c, calls[i].path), el_str_make(calls[i].name, strlen(calls[i].name))))
			return 1;
	return 0;
}

/* Does the function or func literal fn change process-wide state on
 * every call: a statement of its body (see body_does) calls a setter of
 * it (process_setter; zap's redirectStdLogAt sets the standard logger's
 * flags, prefix and output, and returns a func literal that sets them
 * back)?  Such code configures the process, at start-up or around a
 * test, not per request. */
static int sets_process(ctx *x, TSNode fn)
{
	static const call_kind setters = { process_setter };

	return body_does(x, fn, part_calls, &setters);
}

/* Does top open a network connection on every call: a statement of its
 * body (see body_does) that calls a dial function (gorilla/websocket's
 * Dialer.DialContext: `netConn, err := netDial("tcp", hostPort)`)?  What
 * it allocates comes once per connection, next to network round trips.
 * A dial under a condition (a pool's miss) leaves the function alone. */
static int dials(ctx *x, TSNode top)
{
	static const call_kind dial = { dial_call };

	return body_does(x, top, part_calls, &dial);
}

static int opens_file(ctx *x, TSNode top, int depth);

/* Does n (of x->f, outside func literals) call a function that opens or
 * reads a named file (file_call), or one of its package's functions that
 * does (opens_file, depth levels down)? */
static int calls_file_opener(ctx *x, TSNode n, int depth, int walk)
{
	TSTreeCursor cur;
	TSNode k, fn;

	if (walk > 100 || el_node_is(n, "func_literal"))
		return 0;
	if (el_node_is(n, "call_expression")) {
		if (file_call(x->f, n))
			return 1;
		fn = field(n, "function");
		if (el_node_is(fn, "identifier") && depth < 2) {
			const el_gofile *tf;
			TSNode td;
			int rc = el_gosrc_lookup(x->g, x->dir, text(x->f, fn), 0, x->test_file, &tf, &td);
			if (rc == -2)
				x->failed = 1;
			if (rc == 1 && el_node_is(td, "function_declaration")) {
				ctx y = *x;
				int yes;
				y.f = tf;
				yes = opens_file(&y, td, depth + 1);
				x->failed |= y.failed;
				if (yes)
					return 1;
			}
		}
	}
	EACH_NAMED(n, cur, k)
	{
		if (calls_file_opener(x, k, depth, walk + 1)) {
			ts_tree_cursor_delete(&cur);
			return 1;
		}
	}
	return 0;
}

/* A part_fn: does part call a file opener (arg: the depth, an int)? */
static int part_opens_file(ctx *x, TSNode part, const void *arg)
{
	return calls_file_opener(x, part, *(const int *)arg, 0);
}

/* Does top read a whole named file on every call: a statement of its
 * body (see body_does) calls os.ReadFile or ioutil.ReadFile, or a
 * function of its package that does so in turn (urfave/cli's altsrc
 * NewYamlSourceFromFile calls readCommandYaml, which calls
 * loadDataFrom); a function called that way (depth > 0) may do it under
 * a condition when it returns what it reads (loadDataFrom: `return
 * os.ReadFile(filePath)` for a path, the body of an HTTP response for a
 * URL), not when it keeps it (a file opened once into a package
 * variable)?  What top allocates comes once per file, next to the system
 * calls and the buffer that reading the whole file takes. */
static int opens_file(ctx *x, TSNode top, int depth)
{
	TSNode body = field(top, "body");

	if (depth > 0 && !ts_node_is_null(body) &&
	    any_own_statement(x->f, body, "return_statement", returns_file_read, NULL))
		return 1;
	return body_does(x, top, part_opens_file, &depth);
}

static const char *loop_of(const el_gofile *f, TSNode n);

/* Is name a registration function's: Register... or MustRegister...
 * (jsoniter's RegisterExtension, prometheus' MustRegister)? */
static int register_name(el_str nm)
{
	return el_starts(nm.ptr, nm.len, EL_LIT("Register")) || el_starts(nm.ptr, nm.len, EL_LIT("MustRegister"));
}

/* Is assignment st `v = append(...)` to a package-level slice v of
 * funcs or interfaces, in an exported function and outside its loops (a
 * registry: logrus' DeferExitHandler prepends to its exit handlers)?  An
 * unexported function may be a free list's put, run per use, and a slice
 * of records (an exported Accept keeping each connection) is no
 * registry. */
static int appends_to_package_var(ctx *x, TSNode st)
{
	TSNode l = field(st, "left"), r = field(st, "right"), p, fn = func_of(x->f, st);
	el_str nm = text(x->f, field(fn, "name"));
	decl d;

	if (!el_node_is(fn, "function_declaration") || !nm.len || !isupper((unsigned char)nm.ptr[0]) ||
	    *loop_of(x->f, st))
		return 0;
	if (ts_node_named_child_count(l) != 1 || ts_node_named_child_count(r) != 1)
		return 0;
	l = ts_node_named_child(l, 0);
	r = ts_node_named_child(r, 0);
	if (!el_node_is(l, "identifier") || !el_node_is(r, "call_expression") ||
	    !text_is(x->f, field(r, "function"), "append") || !resolve(x, x->f, l, &d) || d.kind != D_VAR)
		return 0;
	for (p = el_gofile_parent(d.f, d.node); !ts_node_is_null(p) && !el_node_is(p, "var_declaration");
	     p = el_gofile_parent(d.f, p))
		;
	if (ts_node_is_null(p) || !el_node_is(el_gofile_parent(d.f, p), "source_file"))
		return 0;
	/* a slice of funcs or interfaces: handlers, hooks, extensions (a
	 * slice of records made per call, such as accepted connections, is
	 * no registry) */
	{
		TSNode t = field(d.node, "type"), e;
		decl td;
		if (ts_node_is_null(t)) { /* var handlers = []func(){} */
			TSNode v = field(d.node, "value");
			if (el_node_is(v, "expression_list"))
				v = ts_node_named_child(v, d.idx);
			t = el_node_is(v, "composite_literal") ? field(v, "type") : v;
		}
		if (!el_node_is(t, "slice_type"))
			return 0;
		e = field(t, "element");
		if (el_node_is(e, "function_type") || el_node_is(e, "interface_type"))
			return 1;
		return el_node_is(e, "type_identifier") && resolve(x, d.f, e, &td) && td.kind == D_TYPE &&
		       (el_node_is(field(td.node, "type"), "function_type") ||
		        el_node_is(field(td.node, "type"), "interface_type"));
	}
}

/* What the code of top outside its func literals registers:
 * "registers-handler" when it passes a handler literal (a func literal taking an
 * http.ResponseWriter) to a call (httprouter's ServeFiles:
 * r.GET(path, func(w, req, ps) {...})), "flag-set" when it calls a
 * method of a FlagSet (pflag's TextVar: CommandLine.VarP(...)),
 * "register" when it calls a Register... function (jsoniter's
 * SetNamingStrategy: RegisterExtension(&namingStrategyExtension{...}))
 * or appends to a package-level slice (logrus' DeferExitHandler), or
 * NULL.  Such a function defines routes or flags, or registers something
 * with its package: set-up code. */
static const char *registers(ctx *x, TSNode n, int depth)
{
	const el_gofile *f = x->f;
	TSTreeCursor cur;
	TSNode k;
	const char *r = NULL;

	if (depth > 200 || el_node_is(n, "func_literal"))
		return NULL;
	if (el_node_is(n, "assignment_statement") && appends_to_package_var(x, n))
		return "register";
	if (el_node_is(n, "call_expression")) {
		TSNode fn = field(n, "function"), a;
		if (el_node_is(fn, "selector_expression") && flagset_operand(x, field(fn, "operand")))
			return "flag-set";
		if (register_name(call_name(f, fn)))
			return "register";
		if (!text_is(f, fn, "http.HandlerFunc") && !ts_node_is_null(field(n, "arguments"))) {
			EACH_NAMED(field(n, "arguments"), cur, a)
			{
				el_str ps = text(f, field(a, "parameters"));
				if (el_node_is(a, "func_literal") &&
				    el_find(ps.ptr, ps.len, EL_LIT("http.ResponseWriter"))) {
					ts_tree_cursor_delete(&cur);
					return "registers-handler";
				}
			}
		}
	}
	EACH_NAMED(n, cur, k)
	{
		if ((r = registers(x, k, depth + 1)) != NULL) {
			ts_tree_cursor_delete(&cur);
			return r;
		}
	}
	return NULL;
}

/* Is e inside a func literal of top (a handler top returns, which runs
 * per request)?  e itself may be one. */
static int in_literal_of(const el_gofile *f, TSNode top, TSNode e)
{
	TSNode n;

	for (n = el_gofile_parent(f, e); !ts_node_is_null(n) && !ts_node_eq(n, top); n = el_gofile_parent(f, n))
		if (el_node_is(n, "func_literal"))
			return 1;
	return 0;
}

/* Does type name nm end in Option (zap's Option, zstd's EOption)? */
static int option_name(el_str nm)
{
	return nm.len >= 6 && memcmp(nm.ptr + nm.len - 6, "Option", 6) == 0;
}

/* Does return statement st return the result of a call to a function of
 * the package whose result type is named ...Option (zap's OnFatal returns
 * WithFatalHook(action)): an option made by another option's constructor?
 * arg is the ctx. */
static int returns_option_call(const el_gofile *f, TSNode st, const void *arg)
{
	ctx *x = (ctx *)(uintptr_t)arg;
	TSNode v = ts_node_named_child(st, 0), fn, res;
	el_str rt;
	decl d;

	if (el_node_is(v, "expression_list") && ts_node_named_child_count(v) == 1)
		v = ts_node_named_child(v, 0);
	if (!el_node_is(v, "call_expression") || !el_node_is(fn = field(v, "function"), "identifier") ||
	    !resolve(x, f, fn, &d) || d.kind != D_FUNC || ts_node_is_null(res = field(d.node, "result")))
		return 0;
	rt = text(d.f, res);
	return option_name(rt);
}

/* Does return statement st return a func literal as it is made (or
 * converted: optionFunc(func(...) {...}))? */
static int returns_literal(const el_gofile *f, TSNode st, const void *arg)
{
	TSNode v = ts_node_named_child(st, 0);

	(void)f;
	(void)arg;
	while (el_node_is(v, "expression_list") || el_node_is(v, "parenthesized_expression") ||
	       (el_node_is(v, "call_expression") &&
	        ts_node_named_child_count(field(v, "arguments")) == 1))
		v = el_node_is(v, "call_expression") ? ts_node_named_child(field(v, "arguments"), 0)
		                                     : ts_node_named_child(v, 0);
	return el_node_is(v, "func_literal");
}

static int declared_as(ctx *x, TSNode t, const char *kind);

/* The names of method top's parameters of a func type (a function_type,
 * or a type of the package declared as one: chi's EncoderFunc), for
 * stores_callback, and the receiver's name. */
typedef struct callback_params {
	el_str recv;
	el_str names[8];
	size_t n;
} callback_params;

/* Is assignment st `recv.field[key] = fn` for a func parameter fn of
 * arg (a callback_params)? */
static int stores_callback_param(const el_gofile *f, TSNode st, const void *arg)
{
	const callback_params *cp = arg;
	TSNode l = field(st, "left"), r = field(st, "right"), sel;
	el_str v;
	size_t i;

	if (ts_node_named_child_count(l) != 1 || ts_node_named_child_count(r) != 1)
		return 0;
	l = ts_node_named_child(l, 0);
	v = text(f, ts_node_named_child(r, 0));
	if (!el_node_is(l, "index_expression") || !el_node_is(sel = field(l, "operand"), "selector_expression") ||
	    !el_str_eq(text(f, field(sel, "operand")), cp->recv))
		return 0;
	for (i = 0; i < cp->n; i++)
		if (el_str_eq(v, cp->names[i]))
			return 1;
	return 0;
}

/* Does method top register a callback: store a parameter of a func type
 * into a map or slice field of its receiver, by key (chi's
 * Compressor.SetEncoder(encoding, fn): c.encoders[encoding] = fn)?  Such
 * a method fills a registry at set-up; the callback runs later, per use,
 * and is judged where it is defined. */
static int stores_callback(ctx *x, TSNode top)
{
	TSNode rl = field(top, "receiver"), pl = field(top, "parameters"), body = field(top, "body"), rn;
	callback_params cp;
	uint32_t i, n = ts_node_is_null(pl) ? 0 : ts_node_named_child_count(pl);

	if (!el_node_is(top, "method_declaration") || ts_node_is_null(body) || ts_node_is_null(rl) ||
	    ts_node_named_child_count(rl) != 1 || ts_node_is_null(rn = field(ts_node_named_child(rl, 0), "name")))
		return 0;
	cp.recv = text(x->f, rn);
	cp.n = 0;
	for (i = 0; i < n && cp.n < 8; i++) {
		TSNode pd = ts_node_named_child(pl, i), t = field(pd, "type");
		uint32_t k, c = ts_node_named_child_count(pd);
		int fn = el_node_is(t, "function_type") || declared_as(x, t, "function_type");
		if (!fn || !el_node_is(pd, "parameter_declaration"))
			continue;
		for (k = 0; k < c && cp.n < 8; k++)
			if (el_node_is(ts_node_named_child(pd, k), "identifier"))
				cp.names[cp.n++] = text(x->f, ts_node_named_child(pd, k));
	}
	return cp.n > 0 && any_own_statement(x->f, body, "assignment_statement", stores_callback_param, &cp);
}

/* The type node of function top's first result (null when none). */
static TSNode first_result(TSNode top)
{
	TSNode t = field(top, "result");

	return el_node_is(t, "parameter_list") ? field(ts_node_named_child(t, 0), "type") : t;
}

/* Is type node t (of x->f) a type name its package declares as a node
 * of type kind ("interface_type", "struct_type", "function_type")? */
static int declared_as(ctx *x, TSNode t, const char *kind)
{
	decl d;

	return el_node_is(t, "type_identifier") && resolve(x, x->f, t, &d) && d.kind == D_TYPE &&
	       el_node_is(field(d.node, "type"), kind);
}

/* Is the first result of function top an interface type of its
 * package (prometheus' HistogramVec.CurryWith returns an ObserverVec,
 * zap's sampler.With a Core)? */
static int returns_interface(ctx *x, TSNode top)
{
	return declared_as(x, first_result(top), "interface_type");
}

/* Is e (of x->f), an object function top returns, a new handle that a
 * method derives from its receiver and wraps around what a call has just
 * made: top is a method on *T whose first result is *T, and e is
 * `&T{...}` holding a call's result, directly or through a local the
 * function assigns from one (prometheus' CounterVec.CurryWith: `vec, err
 * := v.MetricVec.CurryWith(labels); return &CounterVec{vec}, err`; zap's
 * SugaredLogger.WithOptions wraps s.base.clone()).  The wrapped object is
 * made per call either way, and the caller keeps the handle: inlining
 * the method would not keep the wrapper on its stack. */
static int derived_handle(ctx *x, TSNode top, TSNode e)
{
	const el_gofile *f = x->f;
	TSNode recv, rt, res, lit, body, k;
	TSTreeCursor cur;
	int wraps = 0;

	if (!el_node_is(top, "method_declaration") || !el_node_is(e, "unary_expression") ||
	    !el_node_is(lit = field(e, "operand"), "composite_literal"))
		return 0;
	recv = field(ts_node_named_child(field(top, "receiver"), 0), "type");
	res = first_result(top);
	if (!el_node_is(recv, "pointer_type") || !el_node_is(res, "pointer_type"))
		return 0;
	rt = ts_node_named_child(recv, 0);
	if (!el_node_is(rt, "type_identifier") || !el_str_eq(text(f, rt), text(f, ts_node_named_child(res, 0))) ||
	    !el_str_eq(text(f, rt), text(f, field(lit, "type"))))
		return 0;
	body = field(lit, "body");
	EACH_NAMED(body, cur, k)
	{
		TSNode v = el_node_is(k, "keyed_element") ? ts_node_named_child(k, 1) : k;
		decl d;
		if (el_node_is(v, "literal_element"))
			v = ts_node_named_child(v, 0);
		if (el_node_is(v, "identifier") && resolve(x, f, v, &d) && d.f == f && d.kind == D_SHORT) {
			TSNode init = field(d.node, "right");
			v = ts_node_named_child_count(init) == 1 ? ts_node_named_child(init, 0) : init;
		}
		if (el_node_is(v, "call_expression") && !text_is(f, field(v, "function"), "make") &&
		    !text_is(f, field(v, "function"), "new") && !text_is(f, field(v, "function"), "append"))
			wraps = 1;
	}
	return wraps;
}

/* Is top an object's constructor: an exported function or method named
 * New or New... (prometheus' V2.NewCounterVec), or a method named Build,
 * whose first result is a pointer to a
 * struct type its package declares (zstd's NewReader returns a *Decoder,
 * zap's Config.Build a *Logger) or to another package's type (zap's
 * NewStdLog wraps a *log.Logger around its writer)?  1 yes, 2 when what
 * it returns is a configuration (config_type: zap's NewDevelopmentConfig
 * returns a Config by value), 0 no.  A value result (uuid's
 * NewMD5 returns a UUID) is a product made per call, and so may be what an
 * interface result holds (prometheus' NewConstMetric, made per scrape);
 * an unexported newParser is judged by its callers (yaml makes a parser
 * per Unmarshal).  Its loops run once per object too: over its input
 * (v2.NewDesc's labels) or what it describes (NewGoCollector's metrics). */
static int takes_options(ctx *x, TSNode top);
static int config_type(ctx *x, TSNode t);
static int exported_name(el_str nm);

/* Is method top one of a configuration type (config_type: jsoniter's
 * Config) whose first result is an interface type of the package (Froze
 * returns the API it builds) or a pointer to a struct type of the
 * package other than the configuration's own?  Not an error, a string or
 * a pointer to one (a Describe that formats the configuration per use),
 * nor a copy of the configuration (WithX returning *Config). */
static int configures(ctx *x, TSNode top)
{
	TSNode rl = field(top, "receiver"), t = first_result(top);

	if (ts_node_is_null(rl) || ts_node_named_child_count(rl) != 1 ||
	    !config_type(x, field(ts_node_named_child(rl, 0), "type")))
		return 0;
	if (el_node_is(t, "pointer_type")) {
		t = ts_node_named_child(t, 0);
		return !config_type(x, t) && declared_as(x, t, "struct_type");
	}
	return declared_as(x, t, "interface_type");
}

/* Does function top take a configuration (config_type) as a parameter? */
static int takes_config(ctx *x, TSNode top)
{
	TSNode pl = field(top, "parameters");
	uint32_t i, n = ts_node_is_null(pl) ? 0 : ts_node_named_child_count(pl);

	for (i = 0; i < n; i++) {
		TSNode pd = ts_node_named_child(pl, i);
		if (el_node_is(pd, "parameter_declaration") && config_type(x, field(pd, "type")))
			return 1;
	}
	return 0;
}

static int constructor(ctx *x, TSNode top)
{
	el_str nm = text(x->f, field(top, "name"));
	TSNode t = first_result(top);

	/* a function that takes functional options and returns the func
	 * literal they configure (zstd's ZipCompressor(opts ...EOption)
	 * returns the compressor zip libraries register): once per factory;
	 * the literal runs per use and keeps its findings */
	if (el_node_is(field(top, "result"), "function_type") && takes_options(x, top) &&
	    !ts_node_is_null(field(top, "body")) &&
	    any_own_statement(x->f, field(top, "body"), "return_statement", returns_literal, NULL))
		return 1;
	/* a Build... function configured by an options struct (zstd's
	 * BuildDict(o BuilderOptions) builds a dictionary offline) */
	if (el_node_is(top, "function_declaration") && nm.len > 5 && memcmp(nm.ptr, "Build", 5) == 0 &&
	    isupper((unsigned char)nm.ptr[5]) && takes_config(x, top))
		return 1;
	/* an exported method of a configuration that returns what it
	 * configures: a pointer, or a struct or interface type of the package
	 * (jsoniter's Config.Froze returns the API it builds) */
	if (el_node_is(top, "method_declaration") && exported_name(nm) && configures(x, top))
		return 1;
	/* a builder's Build (zap's Config.Build returns the *Logger it
	 * configures) */
	if (!(el_node_is(top, "method_declaration") && el_str_eq(nm, el_str_make(EL_LIT("Build")))) &&
	    (nm.len < 3 || memcmp(nm.ptr, "New", 3) != 0 || (nm.len > 3 && islower((unsigned char)nm.ptr[3]))))
		return 0;
	/* one that takes functional options configures what it builds,
	 * whatever it returns (prometheus' NewGoCollector returns a
	 * Collector, zerolog's NewConsoleWriter a ConsoleWriter): a product
	 * made per call takes no options */
	if (!ts_node_is_null(t) && takes_options(x, top))
		return 1;
	if (config_type(x, t))
		return 2;
	if (!el_node_is(t, "pointer_type"))
		return 0;
	t = ts_node_named_child(t, 0);
	/* another package's type: a wrapper builds one (zap's NewStdLog
	 * returns the *log.Logger that log.New makes around its writer) */
	if (el_node_is(t, "qualified_type"))
		return 1;
	/* a generic type's instance, *Pool[T] (zap's internal pool.New) */
	if (el_node_is(t, "generic_type"))
		t = field(t, "type");
	return declared_as(x, t, "struct_type");
}

/* Is result type node t (of x->f) a configuration: a struct type of the
 * package, or a pointer to one, whose name ends in Config, Options, Opts
 * or Settings (zap's Config, which NewDevelopmentConfig returns by
 * value)? */
static int config_type(ctx *x, TSNode t)
{
	static const char *const ends[] = { "Config", "Options", "Opts", "Settings" };
	el_str nm;
	decl d;
	size_t i;

	if (el_node_is(t, "pointer_type"))
		t = ts_node_named_child(t, 0);
	if (!el_node_is(t, "type_identifier"))
		return 0;
	nm = text(x->f, t);
	for (i = 0; i < sizeof ends / sizeof ends[0]; i++) {
		size_t n = strlen(ends[i]);
		if (nm.len >= n && memcmp(nm.ptr + nm.len - n, ends[i], n) == 0)
			return resolve(x, x->f, t, &d) && d.kind == D_TYPE &&
			       el_node_is(field(d.node, "type"), "struct_type");
	}
	return 0;
}

/* Does function top take functional options: a last, variadic
 * parameter of a func type that takes one pointer and returns nothing or
 * an error (`opts ...func(o *internal.GoCollectorOptions)`), or of a
 * named type of the package declared as such (`opts ...Option` with
 * `type Option func(*config)`)? */
static int takes_options(ctx *x, TSNode top)
{
	TSNode pl = field(top, "parameters"), pd, t, pt, res;
	uint32_t n = ts_node_is_null(pl) ? 0 : ts_node_named_child_count(pl);
	const el_gofile *tf = x->f;
	decl d;

	if (n == 0 || !el_node_is(pd = ts_node_named_child(pl, n - 1), "variadic_parameter_declaration"))
		return 0;
	t = field(pd, "type");
	/* the package's named type, in any of its files (zstd's DOption is
	 * declared in decoder_options.go) */
	if (el_node_is(t, "type_identifier") && resolve(x, x->f, t, &d) && d.kind == D_TYPE) {
		tf = d.f;
		t = field(d.node, "type");
	}
	if (!el_node_is(t, "function_type") || ts_node_is_null(pl = field(t, "parameters")) ||
	    ts_node_named_child_count(pl) != 1)
		return 0;
	pt = field(ts_node_named_child(pl, 0), "type");
	res = field(t, "result");
	return el_node_is(pt, "pointer_type") &&
	       (ts_node_is_null(res) || text_is(tf, res, "error"));
}

/* Is type node t (of x->f) an unnamed functional option's type: a func
 * type that takes one pointer to a struct type of its package and
 * returns nothing (zerolog's ConsoleTestWriter returns a func(w
 * *ConsoleWriter))? */
static int option_func_type(ctx *x, TSNode t)
{
	TSNode pl, pd, pt;
	decl d;

	if (!el_node_is(t, "function_type") || !ts_node_is_null(field(t, "result")))
		return 0;
	pl = field(t, "parameters");
	if (ts_node_is_null(pl) || ts_node_named_child_count(pl) != 1)
		return 0;
	pd = ts_node_named_child(pl, 0);
	pt = field(pd, "type");
	if (!el_node_is(pd, "parameter_declaration") || ts_node_named_child_count(pd) > 2 ||
	    !el_node_is(pt, "pointer_type"))
		return 0;
	pt = ts_node_named_child(pt, 0);
	return el_node_is(pt, "type_identifier") && resolve(x, x->f, pt, &d) && d.kind == D_TYPE &&
	       el_node_is(field(d.node, "type"), "struct_type");
}

/* What the code around e is for, by its shape: "flag-value" in a method
 * of a type that implements flag.Value (Set(string) and String()
 * methods: command-line parsing and help), "flag-set" in a method of a
 * FlagSet, of a flag type whose Apply takes a *flag.FlagSet or of a
 * command type with a method returning a FlagSet (cobra's Command), or in
 * a function that takes or returns a FlagSet (defining and parsing flags)
 * or calls a method of one, "registers-handler" outside the func literals
 * of a function that hands a handler literal to a call (see registers),
 * "per-type" outside those of a function that builds something for a
 * type (see builds_per_type), "route-builder" outside those of a method
 * that configures a route for chaining (see route_builder), "connection"
 * outside those of a function that dials on every call (see dials),
 * "register" in a function or
 * method named Register..., register... or MustRegister... (registration
 * at set-up), "init" in a method named init..., Init... or ...Initialize
 * (its object's set-up),
 * "option" in a function that returns a func literal as a functional
 * option (its result type is named ...Option, or is a func type taking
 * one pointer to a struct type of the package: func(w *ConsoleWriter)):
 * the literal and what top makes for it, "route" outside the func
 * literals of a function that takes an HTTP handler, or returns a
 * middleware, and takes no request (route registration, a middleware's
 * constructor: once per route), "constructor" outside the
 * func literals of an exported function New... that returns a pointer to
 * a struct type (once per object made; see constructor),
 * "config-constructor" outside those of one that returns a configuration
 * (a ...Config or ...Options struct: what it returns is set-up too),
 * "cli-package" anywhere in a command-line package (see cli_package), or
 * "". */
static const char *role_of(ctx *x, TSNode top, TSNode e)
{
	const el_gofile *f = x->f;
	TSNode res;
	el_str rt;

	if (el_node_is(top, "method_declaration")) {
		el_str t = el_gofile_receiver_type(f, top);
		if (t.len && has_method(x, t, "Set", 1, "string") && has_method(x, t, "String", 0, NULL))
			return "flag-value";
		/* a method of a FlagSet, or of a flag definition type whose
		 * Apply takes a *flag.FlagSet (urfave/cli's Flag) */
		if (el_str_eq(t, el_str_make(EL_LIT("FlagSet"))) ||
		    (t.len && (has_method(x, t, "Apply", 1, "*flag.FlagSet") ||
		               has_method(x, t, "Apply", 1, "*pflag.FlagSet") ||
		               returns_flagset(x, t))))
			return "flag-set";
	}
	{ /* a function or method that takes or returns a FlagSet */
		el_str sig = text(f, field(top, "parameters")), out = text(f, field(top, "result"));
		if (el_find(sig.ptr, sig.len, EL_LIT("FlagSet")) || el_find(out.ptr, out.len, EL_LIT("FlagSet")))
			return "flag-set";
	}
	{ /* a method init, initDeflate, Init, InitDefaults: sets up its
	   * object (functions are left alone: yaml's yaml_parser_initialize
	   * runs for every Unmarshal, REVIEW-9) */
		el_str nm = text(f, field(top, "name"));
		/* Register, RegisterTypeDecoder, MustRegister, register...:
		 * registration, done once at set-up */
		if (register_name(nm) || el_starts(nm.ptr, nm.len, EL_LIT("register")) ||
		    (exported_name(nm) && !in_literal_of(f, top, e) && stores_callback(x, top)))
			return "register";
		/* Unregister, unregister...: the other end of registration
		 * (prometheus' wrappingRegisterer.Unregister) */
		if (el_starts(nm.ptr, nm.len, EL_LIT("Unregister")) || el_starts(nm.ptr, nm.len, EL_LIT("unregister")))
			return "unregister";
		if (el_node_is(top, "method_declaration") &&
		    ((nm.len >= 4 && (memcmp(nm.ptr, "init", 4) == 0 || memcmp(nm.ptr, "Init", 4) == 0) &&
		      (nm.len == 4 || !(nm.ptr[4] >= 'a' && nm.ptr[4] <= 'z') ||
		       el_str_eq(nm, el_str_make(EL_LIT("initialize"))))) ||
		     (nm.len >= 10 && memcmp(nm.ptr + nm.len - 10, "Initialize", 10) == 0)))
			return "init";
	}
	{ /* the function or func literal around e changes process-wide state */
		TSNode fn = func_of(f, e);
		if (!ts_node_is_null(fn) && !*loop_of(f, e) && sets_process(x, fn))
			return "process-config";
	}
	if (!in_literal_of(f, top, e)) {
		const char *reg;
		if (takes_handler(x, top) || returns_handler(x, top))
			return "route";
		if (!ts_node_is_null(field(top, "body")) && (reg = registers(x, field(top, "body"), 0)))
			return reg;
		if (builds_per_type(x, top))
			return "per-type";
		if (route_builder(x, top))
			return "route-builder";
		if (dials(x, top))
			return "connection";
		if (opens_resource(f, top))
			return "opens";
		if (log_adapter(x, top, e))
			return "log-adapter";
		if (writer_message(x, top, e))
			return "writer-message";
		if (parses_setting(x, top))
			return "setting";
		if (!*loop_of(f, e) && opens_file(x, top, 0))
			return "file";
		if (!*loop_of(f, e) && starts_goroutine(x, top))
			return "goroutine";
		switch (constructor(x, top)) {
		case 1:
			return "constructor";
		case 2:
			return "config-constructor";
		}
	}
	/* a functional option: a func literal top returns, and what top
	 * makes for it outside (a parameter the literal captures, WithEncoderConcurrency's n) */
	if (!ts_node_is_null(res = field(top, "result"))) {
		if (el_node_is(res, "pointer_type"))
			res = ts_node_named_child(res, 0);
		if (el_node_is(res, "qualified_type"))
			res = field(res, "name");
		rt = text(f, res);
		el_str nm = text(f, field(top, "name"));
		int named = option_name(rt);
		if ((named || (exported_name(nm) && option_func_type(x, res))) &&
		    !ts_node_is_null(field(top, "body")) &&
		    (any_own_statement(f, field(top, "body"), "return_statement", returns_literal, NULL) ||
		     (named && any_own_statement(f, field(top, "body"), "return_statement", returns_option_call, x))))
			return "option";
	}
	if (cli_package(x))
		return "cli-package";
	return "";
}

/* Who uses the function or method declared by top (of x->f), in its
 * package: "setup", "none" or "" as el_facts.callers, with the names of
 * the functions that use it in names (size bytes) for "setup".  A use is
 * set-up code when it is in a function with a role, in init, in a package
 * variable's initialiser that calls it, or in a function whose own uses
 * are all set-up code.  An exported name is used outside the package
 * too: "".  A function of package main that nothing uses is not "none"
 * but "": a program's unused function is most often there to be looked
 * at.  Names are matched by spelling, so a method shares the uses of
 * every method and field spelled the same.  A function kept as a value
 * (in a table, a field, a result) may be called from anywhere: "".
 * Answers are remembered per package.  Functions on a cycle of uses
 * (mutually recursive helpers) are set-up code together unless a use
 * from outside the cycle is not; an answer worked out while assuming that
 * of a function still being worked out is not remembered. */
enum {
	CALLERS_UNKNOWN, CALLERS_SETUP, CALLERS_NONE, CALLERS_COLD,
	CALLERS_BUSY,   /* being worked out (+ CALLERS_BUSY_STEP * its depth in the memo) */
	CALLERS_RETRY,  /* worked out on a cycle's assumption: work it out again */
	CALLERS_GO,     /* only go statements start it: a goroutine's body */
	CALLERS_DEAD,   /* used only in branches the compiler removes (if debugAsserts {) */
	CALLERS_TRACE   /* used only after a capture of the goroutine's stack (debug.Stack()) */
};
#define CALLERS_BUSY_STEP 16 /* the memo of a function being worked out: BUSY + STEP * depth */
#define CALLERS_MAX_REFS 64
#define CALLERS_MAX_DEPTH 24 /* a frame holds CALLERS_MAX_REFS references */
#define CALLERS_NO_CYCLE 1000

/* Is call c (of f) a capture of the running goroutine's stack:
 * runtime/debug's Stack or PrintStack (under any import name: zstd's
 * rdebug.PrintStack), or runtime.Stack? */
static int stack_capture_call(const el_gofile *f, TSNode c)
{
	el_str nm = package_call(f, c, "runtime/debug");

	if (nm.len)
		return el_str_eq(nm, el_str_make(EL_LIT("Stack"))) ||
		       el_str_eq(nm, el_str_make(EL_LIT("PrintStack")));
	return el_str_eq(package_call(f, c, "runtime"), el_str_make(EL_LIT("Stack")));
}

/* Does n (of f) hold a stack capture (stack_capture_call), outside func
 * literals (a closure's capture runs when the closure does)? */
static int holds_stack_capture(const el_gofile *f, TSNode n)
{
	return holds_call(f, n, stack_capture_call, 0, 0);
}

/* Does the goroutine's stack get captured before use (of f, in the
 * declaration top) runs: in the part of a statement before it in a block
 * around it that runs whenever that statement does (see
 * unconditional_parts; chi's printPrettyStack: `debugStack :=
 * debug.Stack()`, then `s.parse(debugStack, ...)`), not under an if, a
 * loop or a switch, nor deferred or in a go statement, or as another
 * argument of the call it is in (`logEntry.Panic(rvr, debug.Stack())`)?
 * Code that prints or keeps a stack trace is a panic's or a debugger's
 * report.  A func literal between them runs later, and is not looked
 * through. */
static int after_stack_capture(const el_gofile *f, TSNode top, TSNode use)
{
	TSNode n = use, p, s, parts[2];
	size_t k, np;

	for (; !ts_node_is_null(n) && !ts_node_eq(n, top) && !el_node_is(n, "func_literal"); n = p) {
		p = el_gofile_parent(f, n);
		if (ts_node_is_null(p))
			return 0;
		if (el_node_is(p, "block") || el_node_is(p, "statement_list"))
			for (s = ts_node_prev_named_sibling(n); !ts_node_is_null(s); s = ts_node_prev_named_sibling(s))
				for (np = unconditional_parts(s, parts), k = 0; k < np; k++)
					if (!el_node_is(parts[k], "go_statement") && holds_stack_capture(f, parts[k]))
						return 1;
		if (el_node_is(p, "argument_list") && holds_stack_capture(f, p))
			return 1; /* another argument of the call: evaluated before it */
		if (el_node_is(p, "call_expression") && ts_node_eq(n, field(p, "function")) &&
		    holds_stack_capture(f, field(p, "arguments")))
			return 1; /* the function called: its arguments are evaluated first */
	}
	return 0;
}

/* Is identifier id (of x->f) a variable, constant or parameter rather
 * than the package's function of that name: one it declares (`wrap :=
 * ...`, a parameter, a range variable) or one declared around it? */
static int local_name(ctx *x, TSNode id)
{
	TSNode p = el_gofile_parent(x->f, id), pp;
	decl d;

	if (el_node_is(p, "var_spec") || el_node_is(p, "const_spec") ||
	    el_node_is(p, "parameter_declaration") || el_node_is(p, "variadic_parameter_declaration"))
		return 1;
	if (el_node_is(p, "expression_list") &&
	    (el_node_is(pp = el_gofile_parent(x->f, p), "short_var_declaration") ||
	     el_node_is(pp, "range_clause")) &&
	    ts_node_eq(field(pp, "left"), p))
		return 1;
	return resolve(x, x->f, id, &d) && d.kind != D_FUNC && d.kind != D_NONE;
}

/* Add fname to the list names (size bytes, used so far). */
static size_t add_name(char *names, size_t size, size_t used, const char *fname)
{
	if (used < size && !el_find(names, used, fname, strlen(fname)))
		used += (size_t)snprintf(names + used, size - used, "%s%s", used ? ", " : "", fname);
	return used;
}

/* callers_code for the function top at this depth of the walk; *low
 * is set to the least depth of a function on a cycle this answer
 * assumed to be cold (CALLERS_NO_CYCLE when none): an answer that rests
 * on a function still being worked out is not remembered. */
/* Is var_spec spec (of f) an exported variable's, callable by importers? */
static int exported_var(const el_gofile *f, TSNode spec)
{
	return exported_name(text(f, field(spec, "name")));
}

/* Is identifier id (of x->f) a use of the package variable that var_spec
 * top declares (not its declaration)? */
static int names_var(ctx *x, TSNode id, TSNode top)
{
	decl d;

	return el_node_is(top, "var_spec") && !el_node_is(el_gofile_parent(x->f, id), "var_spec") &&
	       resolve(x, x->f, id, &d) && d.kind == D_VAR && ts_node_eq(d.node, top);
}

/* Is nm the name of a method the standard library calls through its
 * interfaces (fmt's String, io's Write, sort's Less, net/http's
 * ServeHTTP, the Marshal and Unmarshal methods)? */
static int interface_method(el_str nm)
{
	static const char *const names[] = {
		"String", "GoString", "Error", "Format", "Write", "WriteString", "WriteTo", "Read",
		"ReadFrom", "Close", "ServeHTTP", "Len", "Less", "Swap", "Push", "Pop", "Unwrap",
		"Is", "As", "Scan", "Value", NULL,
	};
	size_t i;

	if (el_starts(nm.ptr, nm.len, EL_LIT("Marshal")) || el_starts(nm.ptr, nm.len, EL_LIT("Unmarshal")) ||
	    el_starts(nm.ptr, nm.len, EL_LIT("Append")))
		return 1;
	for (i = 0; names[i]; i++)
		if (el_str_eq(nm, el_str_make(names[i], strlen(names[i]))))
			return 1;
	return 0;
}

/* Does an exported declaration of x->dir's package hand out the
 * unexported type named t, so that importers can call its methods
 * directly: a parameter or result of an exported function or method, an
 * exported type (a field, an embedding, an alias) or variable of it, or
 * an embedding in any struct (its methods are promoted)?  Also when that
 * cannot be told. */
static int type_exposed(ctx *x, el_str t)
{
	el_ref refs[64];
	size_t n, i;
	int opaque, rc = el_gosrc_references(x->g, x->dir, t, refs, 64, &n, &opaque);

	if (rc == -2)
		x->failed = 1;
	if (rc != 1 || n > 64)
		return 1;
	for (i = 0; i < n; i++) {
		TSNode top = refs[i].top, a, p = ts_node_parent(refs[i].node);
		const el_gofile *f = refs[i].f;
		el_str nm;
		if (el_node_is(p, "pointer_type"))
			p = ts_node_parent(p);
		if (el_node_is(p, "field_declaration") && ts_node_is_null(field(p, "name")))
			return 1; /* embedded: its methods are promoted */
		if (el_node_is(top, "function_declaration") || el_node_is(top, "method_declaration")) {
			nm = text(f, field(top, "name"));
			if (!exported_name(nm))
				continue;
			for (a = refs[i].node; !ts_node_is_null(a) && !ts_node_eq(a, top); a = ts_node_parent(a))
				if (ts_node_eq(a, field(top, "parameters")) || ts_node_eq(a, field(top, "result")))
					return 1;
			continue;
		}
		if (el_node_is(top, "type_declaration") || el_node_is(top, "var_declaration") ||
		    el_node_is(top, "const_declaration")) {
			for (a = refs[i].node; !ts_node_is_null(a) && !ts_node_eq(a, top); a = ts_node_parent(a))
				if (el_node_is(a, "type_spec") || el_node_is(a, "type_alias") || el_node_is(a, "var_spec")) {
					nm = text(f, field(a, "name"));
					if (exported_name(nm))
						return 1;
					break;
				}
		}
	}
	return 0;
}

/* The var_spec whose only value is name reference n (`var FlagStringer
 * FlagStringFunc = stringifyFlag`, one name), or a null node. */
static TSNode held_by_var(TSNode n)
{
	TSNode l = ts_node_parent(n), spec = ts_node_is_null(l) ? l : ts_node_parent(l);

	if (!el_node_is(l, "expression_list") || ts_node_named_child_count(l) != 1 ||
	    !el_node_is(spec, "var_spec") || !ts_node_eq(field(spec, "value"), l) ||
	    !(el_node_is(ts_node_parent(spec), "var_declaration") ||
	      (el_node_is(ts_node_parent(spec), "var_spec_list") &&
	       el_node_is(ts_node_parent(ts_node_parent(spec)), "var_declaration"))))
		return ts_node_child(n, ts_node_child_count(n)); /* null */
	{
		TSTreeCursor cur;
		TSNode k;
		int names = 0;
		EACH_NAMED(spec, cur, k)
		{
			names += el_node_is(k, "identifier");
		}
		if (names != 1)
			return ts_node_child(n, ts_node_child_count(n));
	}
	return spec;
}

static int callers_walk(ctx *x, TSNode top, char *names, size_t size, int depth, int *low)
{
	el_str nm = text(x->f, field(top, "name"));
	unsigned long long key;
	el_ref refs[CALLERS_MAX_REFS];
	size_t n, i, used = 0;
	int opaque, rc, code = CALLERS_NONE, memo, cold = 0, go = 0, dead = 0, exported = 0;
	int trace = 0, other = 0; /* uses after a stack capture, and other set-up or cold uses */
	char dead_names[128] = "";
	size_t dead_used = 0;
	const char *memo_text;

	names[0] = '\0';
	*low = CALLERS_NO_CYCLE;
	if (!nm.len)
		return CALLERS_UNKNOWN;
	if (nm.ptr[0] >= 'A' && nm.ptr[0] <= 'Z') {
		/* an exported method of an unexported type (urfave/cli's
		 * commandCategories.AddCommand) is called in its package, or
		 * through an interface from anywhere: only uses that are all
		 * set-up code say something, and only while no exported
		 * declaration hands out the type and the name is no common
		 * interface method's (fmt calls String, io.Copy Write); an
		 * exported variable holding a function is called from
		 * anywhere, like an exported function */
		el_str rt = el_node_is(top, "method_declaration") ? el_gofile_receiver_type(x->f, top)
		                                                   : el_str_make("", 0);
		if (!rt.len || !(rt.ptr[0] >= 'a' && rt.ptr[0] <= 'z') || interface_method(nm) ||
		    type_exposed(x, rt))
			return CALLERS_UNKNOWN;
		exported = 1;
	}
	if (el_str_eq(nm, el_str_make(EL_LIT("init"))) || el_str_eq(nm, el_str_make(EL_LIT("main"))))
		return CALLERS_UNKNOWN; /* run by the runtime */
	key = el_hash(el_gofile_path(x->f), strlen(el_gofile_path(x->f)),
	              EL_HASH_SEED ^ (unsigned long long)ts_node_start_byte(top));
	if (el_gosrc_memo(x->g, x->dir, key, &memo, &memo_text) == 1 && memo != CALLERS_RETRY) {
		if (memo % CALLERS_BUSY_STEP == CALLERS_BUSY) {
			/* on a cycle of uses: cold unless a use outside it is not */
			*low = memo / CALLERS_BUSY_STEP;
			return CALLERS_BUSY;
		}
		if (memo == CALLERS_SETUP || memo == CALLERS_COLD || memo == CALLERS_GO || memo == CALLERS_DEAD ||
		    memo == CALLERS_TRACE)
			snprintf(names, size, "%s", memo_text);
		return memo;
	}
	if (depth > CALLERS_MAX_DEPTH)
		return CALLERS_UNKNOWN; /* not remembered: a shallower walk may settle it */
	rc = el_gosrc_references(x->g, x->dir, nm, refs, CALLERS_MAX_REFS, &n, &opaque);
	if (rc == -2) {
		x->failed = 1;
		return CALLERS_UNKNOWN;
	}
	if (rc != 1 || n > CALLERS_MAX_REFS || (opaque && n == 0))
		return CALLERS_UNKNOWN;
	if (el_gosrc_remember(x->g, x->dir, key, CALLERS_BUSY + CALLERS_BUSY_STEP * depth, "") != 0) {
		x->failed = 1;
		return CALLERS_UNKNOWN;
	}
	for (i = 0; i < n && code != CALLERS_UNKNOWN; i++) {
		const el_ref *r = &refs[i];
		TSNode p = ts_node_parent(r->node), spec;
		int is_call, sub_low;
		ctx y = *x;
		const char *where, *role;
		char sub[128], fname[128];
		y.f = r->f;
		if (el_node_is(r->node, "identifier") && local_name(&y, r->node) && !names_var(&y, r->node, top))
			continue; /* a variable spelled the same (pflag's wrap := ...) */
		if (dead_branch(&y, r->f, r->node, r->top)) {
			/* under `if debugAsserts {`, a constant false: compiled out
			 * (a use in its own body is no caller) */
			if (ts_node_eq(r->top, top) && r->f == x->f)
				continue;
			if (el_gofile_func_name(r->f, r->top, fname, sizeof fname) < 0) {
				x->failed = 1;
				return CALLERS_UNKNOWN;
			}
			dead = 1;
			dead_used = add_name(dead_names, sizeof dead_names, dead_used, fname);
			continue;
		}
		/* f(...), x.f(...): a call; g(f): handed to a call, which runs
		 * it there (a converter, a visitor); anything else keeps the
		 * function as a value, to be called from anywhere */
		if (pool_new(r->f, r->node)) {
			/* sync.Pool{New: newBuf}: called only when the pool is
			 * empty, a miss path */
			cold = other = 1;
			code = code == CALLERS_NONE ? CALLERS_SETUP : code;
			used = add_name(names, size, used, "a sync.Pool's New");
			continue;
		}
		if (el_node_is(p, "selector_expression"))
			p = ts_node_parent(p);
		is_call = el_node_is(p, "call_expression");
		if (!is_call && el_node_is(r->top, "var_declaration") &&
		    !ts_node_is_null(spec = held_by_var(r->node)) && !exported_var(r->f, spec)) {
			/* var FlagStringer FlagStringFunc = stringifyFlag:
			 * called where the variable is */
			int c = callers_walk(&y, spec, sub, sizeof sub, depth + 1, &sub_low);
			if (y.failed) {
				x->failed = 1;
				return CALLERS_UNKNOWN;
			}
			if (sub_low < *low)
				*low = sub_low;
			if (c != CALLERS_SETUP && c != CALLERS_COLD && c != CALLERS_TRACE) {
				code = CALLERS_UNKNOWN;
				continue;
			}
			cold |= c == CALLERS_COLD || c == CALLERS_TRACE;
			trace |= c == CALLERS_TRACE;
			other |= c != CALLERS_TRACE && c != CALLERS_BUSY; /* a cycle's assumption */
			code = CALLERS_SETUP;
			used = add_name(names, size, used, sub);
			continue;
		}
		if (!is_call && !el_node_is(p, "argument_list")) {
			code = CALLERS_UNKNOWN;
			continue;
		}
		if (ts_node_eq(r->top, top) && r->f == x->f)
			continue; /* recursion */
		if (is_call && el_node_is(ts_node_parent(p), "go_statement") &&
		    (el_node_is(r->top, "function_declaration") || el_node_is(r->top, "method_declaration"))) {
			/* go e.writerScanner(r, print): started as a goroutine */
			if (el_gofile_func_name(r->f, r->top, fname, sizeof fname) < 0) {
				x->failed = 1;
				return CALLERS_UNKNOWN;
			}
			go = 1;
			used = add_name(names, size, used, fname);
			continue;
		}
		if (el_node_is(r->top, "var_declaration") || el_node_is(r->top, "const_declaration")) {
			if (!is_call) {
				code = CALLERS_UNKNOWN; /* kept in a table: called from anywhere */
			} else {
				code = CALLERS_SETUP; /* once, at package initialisation */
				other = 1;
				used = add_name(names, size, used, "package initialisation");
			}
			continue;
		}
		if (!el_node_is(r->top, "function_declaration") && !el_node_is(r->top, "method_declaration")) {
			code = CALLERS_UNKNOWN;
			continue;
		}
		if (el_gofile_func_name(r->f, r->top, fname, sizeof fname) < 0) {
			x->failed = 1;
			return CALLERS_UNKNOWN;
		}
		role = role_of(&y, r->top, r->node);
		if (!is_call && *role && strcmp(role, "flag-set") != 0 && strcmp(role, "flag-value") != 0 &&
		    strcmp(role, "cli-package") != 0) {
			/* a function that set-up code hands on as a value is
			 * registered to run later (a handler:
			 * http.HandlerFunc(mx.routeHTTP); an encoder:
			 * c.SetEncoder("deflate", encoderDeflate)), per
			 * request for all we know; flag code's callbacks run
			 * while the command line is parsed */
			code = CALLERS_UNKNOWN;
			continue;
		}
		if (*role || text_is(r->f, field(r->top, "name"), "init")) {
			/* set-up code itself */
			other = 1;
		} else if (after_stack_capture(r->f, r->top, r->node)) {
			/* printing or keeping a stack trace: a panic's or a
			 * debugger's report */
			trace = cold = 1;
		} else if (strcmp(where = context_of(&y, r->node), "lazy") == 0 ||
		           strcmp(where, "cache-miss") == 0 || strcmp(where, "pool-new") == 0 ||
		           strcmp(where, "once") == 0) {
			/* on its caller's lazy path (a cache miss, a nil check);
			 * error and panic contexts are left out: `err =
			 * c.writeBufs(b)` stores a call's error, nil on the path
			 * that matters, and a main ending in os.Exit is a panic
			 * path as a whole */
			cold = other = 1;
			if (y.failed) {
				x->failed = 1;
				return CALLERS_UNKNOWN;
			}
		} else {
			int c = callers_walk(&y, r->top, sub, sizeof sub, depth + 1, &sub_low);
			if (y.failed) {
				x->failed = 1;
				return CALLERS_UNKNOWN;
			}
			if (sub_low < *low)
				*low = sub_low;
			if (c == CALLERS_UNKNOWN || c == CALLERS_GO) {
				/* a goroutine's body may call it in its loop */
				code = CALLERS_UNKNOWN;
				continue;
			}
			if (c == CALLERS_NONE)
				continue; /* used only by unused code */
			if (c == CALLERS_DEAD) {
				dead = 1; /* used only by compiled-out code */
				dead_used = add_name(dead_names, sizeof dead_names, dead_used, fname);
				continue;
			}
			cold |= c == CALLERS_COLD || c == CALLERS_TRACE;
			trace |= c == CALLERS_TRACE;
			other |= c != CALLERS_TRACE && c != CALLERS_BUSY; /* a cycle's assumption */
		}
		code = CALLERS_SETUP;
		used = add_name(names, size, used, fname);
	}
	/* a program's unused function is most often one written to be looked
	 * at (a probe of escape analysis, an example): it keeps its warning */
	if (code == CALLERS_NONE && !dead && el_str_eq(el_gofile_package(x->f), el_str_make(EL_LIT("main"))))
		code = CALLERS_UNKNOWN;
	if (code == CALLERS_SETUP && cold)
		code = CALLERS_COLD;
	if (code == CALLERS_COLD && trace && !other)
		code = CALLERS_TRACE; /* every use comes after a stack capture */
	/* every use is compiled out, or in code only compiled-out code uses
	 * (those names, not the others); a go statement's use runs */
	if (code == CALLERS_NONE && dead && !go) {
		code = CALLERS_DEAD;
		used = dead_used;
		snprintf(names, size, "%s", dead_names);
	}
	/* only go statements start it: its body runs once per goroutine (a
	 * use of another kind as well leaves it unknown) */
	if (go)
		code = code == CALLERS_NONE ? CALLERS_GO : CALLERS_UNKNOWN;
	if (exported && code != CALLERS_SETUP && code != CALLERS_COLD && code != CALLERS_TRACE)
		code = CALLERS_UNKNOWN; /* unused here, or dead here, may be used elsewhere */
	if (used >= size && size > 4)
		strcpy(names + size - 4, "...");
	if (code != CALLERS_SETUP && code != CALLERS_COLD && code != CALLERS_GO && code != CALLERS_DEAD &&
	    code != CALLERS_TRACE)
		names[0] = '\0';
	if (*low >= depth)
		*low = CALLERS_NO_CYCLE; /* the cycles it assumed are its own: settled */
	if (el_gosrc_remember(x->g, x->dir, key, *low < depth && code != CALLERS_UNKNOWN ? CALLERS_RETRY : code,
	                      names) != 0)
		x->failed = 1;
	return code;
}

/* Who uses the function or method declared by top: see callers_walk. */
static int callers_code(ctx *x, TSNode top, char *names, size_t size)
{
	int low, c = callers_walk(x, top, names, size, 0, &low);

	return c == CALLERS_BUSY ? CALLERS_UNKNOWN : c;
}

/* Does the doc comment of declaration d (the comments on the lines right
 * above it, lower case, blanks squeezed) hold one of phrases? */
static int doc_says(const el_gofile *f, TSNode d, const char *const *phrases)
{
	TSNode lines[16], c = ts_node_prev_named_sibling(d);
	uint32_t row = ts_node_start_point(d).row;
	char buf[1024];
	size_t n = 0, k = 0, i;

	/* the comment block that ends on the line above, one comment a line */
	for (; el_node_is(c, "comment") && ts_node_end_point(c).row + 1 == row && n < 16;
	     c = ts_node_prev_named_sibling(c)) {
		lines[n++] = c;
		row = ts_node_start_point(c).row;
	}
	/* in source order, lower case, without the slashes, blanks squeezed */
	while (n-- > 0) {
		el_str t = text(f, lines[n]);
		for (i = 0; i <= t.len && k < sizeof buf - 1; i++) {
			char ch = i == t.len || t.ptr[i] == '\n' || t.ptr[i] == '/' || t.ptr[i] == '\t'
			                  ? ' '
			                  : (char)tolower((unsigned char)t.ptr[i]);
			if (!(ch == ' ' && k > 0 && buf[k - 1] == ' '))
				buf[k++] = ch;
		}
	}
	buf[k] = '\0';
	for (i = 0; phrases[i]; i++)
		if (strstr(buf, phrases[i]))
			return 1;
	return 0;
}

/* Does the doc comment of declaration d say that it is for tests: "for
 * testing purposes", "only be used for testing", "helpful in tests", "not
 * fast enough for production use" (zap's MapObjectEncoder)? */
static int doc_says_test(const el_gofile *f, TSNode d)
{
	static const char *const phrases[] = {
		"for testing purposes", "only be used for testing", "only for testing", "only used in tests",
		"helpful in tests", "useful in tests", "useful to test", "writes to testing.tb",
		"substitutes a fake", "not fast enough for production",
		"not designed for production", "not intended for production", "not meant for production",
		NULL,
	};

	return doc_says(f, d, phrases);
}

/* Does the doc comment of function d say that it is for debugging
 * (jsoniter's CurrentBuffer: "for debugging purpose")? */
static int doc_says_debug(const el_gofile *f, TSNode d)
{
	static const char *const phrases[] = {
		"for debugging", "debugging purpose", "only used for debugging", NULL,
	};

	return doc_says(f, d, phrases);
}

/* Is name used in a non-test file of the package other than x->f,
 * outside declarations whose doc comment says they are for tests?  Also
 * when that cannot be told (the package is not indexed, or uses it too
 * often to look at). */
static int used_elsewhere(ctx *x, el_str name)
{
	el_ref refs[64];
	size_t n, i;
	int opaque, rc = el_gosrc_references(x->g, x->dir, name, refs, 64, &n, &opaque);

	if (rc == -2)
		x->failed = 1;
	if (rc != 1 || n > 64)
		return 1;
	for (i = 0; i < n; i++)
		if (refs[i].f != x->f && !doc_says_test(refs[i].f, refs[i].top))
			return 1;
	return 0;
}

/* Like same_head, and for make and new also the same type: the allocation
 * the compiler printed with other arguments (Go 1.19: make([]byte,
 * int(0), int(500)) for make([]byte, 0, 500)). */
/* The length of the type the compiler prints at the start of p for
 * source type text src, or 0 when p does not start with it: the
 * compiler qualifies the types of another package, so huff0's
 * `make(cTable, ...)`, inlined into zstd, is printed `make(huff0.cTable,
 * ...)` (a qualifier the source lacks is skipped). */
static size_t printed_type_len(el_str src, el_str p)
{
	size_t i = 0, j = 0;

	while (i < src.len) {
		if (j >= p.len)
			return 0;
		if (el_ident_byte(p.ptr[j]) && (j == 0 || !el_ident_byte(p.ptr[j - 1])) &&
		    (i == 0 || !el_ident_byte(src.ptr[i - 1]))) {
			/* an identifier starts in both: a qualifier in p that
			 * src does not have is skipped */
			size_t pe = j, se = i;
			while (pe < p.len && el_ident_byte(p.ptr[pe]))
				pe++;
			while (se < src.len && el_ident_byte(src.ptr[se]))
				se++;
			if (pe < p.len && p.ptr[pe] == '.' && !(se < src.len && src.ptr[se] == '.') &&
			    !(pe - j == se - i && memcmp(p.ptr + j, src.ptr + i, se - i) == 0)) {
				j = pe + 1;
				continue;
			}
		}
		if (p.ptr[j] != src.ptr[i])
			return 0;
		i++;
		j++;
	}
	return j;
}

static int same_alloc_head(const el_gofile *f, TSNode e, el_str subject)
{
	TSNode fn, t;
	el_str ft, tt;
	size_t n;

	if (!same_head(f, e, subject))
		return 0;
	if (!el_node_is(e, "call_expression"))
		return 1;
	fn = field(e, "function");
	ft = text(f, fn);
	if (!el_str_eq(ft, el_str_make(EL_LIT("make"))) && !el_str_eq(ft, el_str_make(EL_LIT("new"))))
		return 1;
	t = ts_node_named_child(field(e, "arguments"), 0);
	tt = text(f, t);
	if (!tt.len || subject.len <= ft.len + 1)
		return 0;
	n = printed_type_len(tt, el_str_make(subject.ptr + ft.len + 1, subject.len - ft.len - 1));
	return n && ft.len + 1 + n < subject.len &&
	       (subject.ptr[ft.len + 1 + n] == ',' || subject.ptr[ft.len + 1 + n] == ')');
}

/* The only expression in n whose head is the subject's (same_alloc_head),
 * or a null node when there is none or more than one. */
static TSNode find_alloc_head(const el_gofile *f, TSNode n, el_str subject)
{
	TSNode stack[64], found, k;
	TSTreeCursor cur;
	size_t sp = 0;
	int count = 0;

	memset(&found, 0, sizeof found);
	stack[sp++] = n;
	while (sp > 0) {
		TSNode b = stack[--sp];
		if (same_alloc_head(f, b, subject) && count++ == 0)
			found = b;
		EACH_NAMED(b, cur, k)
		{
			if (!is_func(k) && sp < sizeof stack / sizeof *stack)
				stack[sp++] = k;
		}
	}
	if (count != 1)
		memset(&found, 0, sizeof found);
	return found;
}

/* See gosrc.h. */
const char *el_facts_callee_context(el_gosrc *g, const el_gofile *f, const char *dir,
                                    unsigned long line, unsigned long col, el_str subject,
                                    int *failed)
{
	TSNode fn = el_gofile_node_at(f, line, col), body, alloc;
	const char *c;
	ctx x;

	while (!ts_node_is_null(fn) && !is_func(fn))
		fn = el_gofile_parent(f, fn);
	if (ts_node_is_null(fn) || ts_node_is_null(body = field(fn, "body")))
		return "";
	alloc = find_subject(f, body, subject, 0);
	if (ts_node_is_null(alloc))
		alloc = find_alloc_head(f, body, subject);
	if (ts_node_is_null(alloc))
		return "";
	ctx_init(&x, g, f, dir);
	c = context_of(&x, alloc);
	*failed = x.failed;
	return c;
}

/* See gosrc.h. */
const char *el_facts_owner_at(el_gosrc *g, const el_gofile *f, const char *dir, unsigned long line,
                              unsigned long col, int *failed)
{
	TSNode e = el_gofile_node_at(f, line, col), p;
	const char *o;
	ctx x;

	while (!ts_node_is_null(e) && !el_node_is(e, "composite_literal") && !is_func(e))
		e = el_gofile_parent(f, e);
	if (ts_node_is_null(e) || is_func(e))
		return "";
	p = el_gofile_parent(f, e);
	if (el_node_is(p, "unary_expression") && text_is(f, field(p, "operator"), "&"))
		e = p;
	ctx_init(&x, g, f, dir);
	o = owner_of_object(&x, e);
	*failed = x.failed;
	return o;
}

/* See gosrc.h. */
int el_facts_only_formatted(const el_gofile *f, unsigned long line, unsigned long col, el_str param)
{
	TSNode fn = el_gofile_node_at(f, line, col), body, stack[64], k;
	TSTreeCursor cur;
	size_t sp = 0;
	int uses = 0;

	while (!ts_node_is_null(fn) && !el_node_is(fn, "function_declaration") &&
	       !el_node_is(fn, "method_declaration"))
		fn = el_gofile_parent(f, fn);
	if (ts_node_is_null(fn) || ts_node_is_null(body = field(fn, "body")) || !param.len)
		return 0;
	stack[sp++] = body;
	while (sp > 0) {
		TSNode n = stack[--sp];
		if (el_node_is(n, "identifier") && el_str_eq(text(f, n), param)) {
			TSNode a = el_gofile_parent(f, n), arg = n;
			el_str nm;
			int to;
			if (el_node_is(a, "variadic_argument")) {
				arg = a;
				a = el_gofile_parent(f, a);
			}
			if (!el_node_is(a, "argument_list") ||
			    !(nm = package_call(f, el_gofile_parent(f, a), "fmt")).len)
				return 0;
			/* a value formatted, not the writer or buffer written to */
			to = el_starts(nm.ptr, nm.len, EL_LIT("Fprint")) || el_starts(nm.ptr, nm.len, EL_LIT("Append"));
			if (!(to || el_starts(nm.ptr, nm.len, EL_LIT("Sprint")) ||
			      el_starts(nm.ptr, nm.len, EL_LIT("Print"))) ||
			    (to && ts_node_eq(ts_node_named_child(a, 0), arg)))
				return 0;
			uses++;
			continue;
		}
		EACH_NAMED(n, cur, k)
		{
			if (sp == sizeof stack / sizeof *stack) {
				ts_tree_cursor_delete(&cur);
				return 0; /* too deep to tell */
			}
			stack[sp++] = k;
		}
	}
	return uses > 0;
}

/* The statement holding the position line:col of f that assigns or
 * declares (an assignment, a short variable declaration), or a null node. */
static TSNode assignment_at(const el_gofile *f, unsigned long line, unsigned long col)
{
	TSNode n = el_gofile_node_at(f, line, col);

	while (!ts_node_is_null(n) && !is_func(n) && !el_node_is(n, "assignment_statement") &&
	       !el_node_is(n, "short_var_declaration"))
		n = el_gofile_parent(f, n);
	if (ts_node_is_null(n) || is_func(n)) {
		TSNode null = { { 0, 0, 0, 0 }, NULL, NULL };
		return null;
	}
	return n;
}

/* The statement of a block holding the position line:col of f, or a
 * null node. */
static TSNode statement_at(const el_gofile *f, unsigned long line, unsigned long col)
{
	TSNode n = el_gofile_node_at(f, line, col), p, null = { { 0, 0, 0, 0 }, NULL, NULL };

	for (; !ts_node_is_null(n) && !is_func(n); n = p) {
		p = el_gofile_parent(f, n);
		if (el_node_is(p, "block") || el_node_is(p, "statement_list"))
			return n;
	}
	return null;
}

/* Does n (of f) hold a goto statement? */
static int holds_goto(const el_gofile *f, TSNode n, int depth)
{
	TSTreeCursor cur;
	TSNode k;

	if (el_node_is(n, "goto_statement") || depth > 200)
		return 1;
	EACH_NAMED(n, cur, k)
	{
		if (holds_goto(f, k, depth + 1)) {
			ts_tree_cursor_delete(&cur);
			return 1;
		}
	}
	return 0;
}

/* See gosrc.h. */
int el_facts_reordered(el_gosrc *g, const el_gofile *f, unsigned long wline, unsigned long wcol,
                       unsigned long rline, unsigned long rcol, el_str var)
{
	TSNode w = assignment_at(f, wline, wcol), r = assignment_at(f, rline, rcol), fn, loop, id;

	if (ts_node_is_null(r)) /* a call that reads it: w.orderFields(fields) */
		r = statement_at(f, rline, rcol);
	TSTreeCursor cur;
	TSNode k;
	ctx x;
	decl d;
	int found = 0;

	if (ts_node_is_null(w) || ts_node_is_null(r) || ts_node_start_byte(r) >= ts_node_start_byte(w))
		return 0;
	fn = func_of(f, w);
	if (ts_node_is_null(fn) || !ts_node_eq(fn, func_of(f, r)) || ts_node_is_null(field(fn, "body")) ||
	    holds_goto(f, field(fn, "body"), 0))
		return 0;
	/* var on the left of w */
	EACH_NAMED(field(w, "left"), cur, k)
	{
		if (el_node_is(k, "identifier") && el_str_eq(text(f, k), var)) {
			id = k;
			found = 1;
		}
	}
	if (!found)
		return 0;
	ctx_init(&x, g, f, NULL);
	if (!resolve(&x, f, id, &d) || d.f != f || !(d.kind == D_SHORT || d.kind == D_VAR) ||
	    !ts_node_eq(func_of(f, d.node), fn))
		return 0;
	/* the innermost loop holding both: var must be declared in its body,
	 * or a turn would read what the turn before it stored */
	for (loop = el_gofile_parent(f, w); !ts_node_is_null(loop) && !ts_node_eq(loop, fn);
	     loop = el_gofile_parent(f, loop))
		if (el_node_is(loop, "for_statement") && ts_node_start_byte(loop) <= ts_node_start_byte(r) &&
		    ts_node_end_byte(r) <= ts_node_end_byte(loop))
			break;
	if (!ts_node_is_null(loop) && el_node_is(loop, "for_statement")) {
		TSNode body = field(loop, "body");
		if (!(ts_node_start_byte(body) <= ts_node_start_byte(d.node) &&
		      ts_node_end_byte(d.node) <= ts_node_end_byte(body)))
			return 0;
	}
	return !x.failed && ts_node_start_byte(d.node) < ts_node_start_byte(r);
}

/* See gosrc.h. */
int el_facts_find(el_gosrc *g, const el_gofile *f, const char *dir, el_object_kind kind,
                  unsigned long line, unsigned long col, el_str subject, unsigned flags,
                  el_facts *out)
{
	int rc = facts_find(g, f, dir, kind, line, col, subject, flags, out);

	return el_gosrc_nomem(g) ? -2 : rc;
}

/* Is subject a name the compiler made up: the result of an inlined call
 * (~R0 up to Go 1.21, ~r0 after), a temporary (.autotmp_N), a wrapper's
 * receiver (.this, ~p0) or unnamed parameter (~p1; .anon0 up to Go
 * 1.20)? */
static int temporary(el_str subject)
{
	return el_find(subject.ptr, subject.len, EL_LIT("~R")) ||
	       el_find(subject.ptr, subject.len, EL_LIT("~r")) ||
	       el_find(subject.ptr, subject.len, EL_LIT("~p")) ||
	       el_find(subject.ptr, subject.len, EL_LIT(".autotmp_")) ||
	       el_starts(subject.ptr, subject.len, EL_LIT(".anon")) ||
	       el_str_eq(subject, el_str_make(EL_LIT(".this")));
}

/* The source text of n into out (size bytes): its first line, cut at a
 * character boundary with "..." when longer. */
static void copy_source(const el_gofile *f, TSNode n, char *out, size_t size)
{
	el_str t = text(f, n);
	const char *nl = memchr(t.ptr, '\n', t.len);
	size_t len = nl ? (size_t)(nl - t.ptr) : t.len;
	int cut = nl != NULL;

	if (len > size - 4) {
		len = size - 4;
		while (len > 0 && ((unsigned char)t.ptr[len] & 0xc0) == 0x80)
			len--;
		cut = 1;
	}
	memcpy(out, t.ptr, len);
	strcpy(out + len, cut ? "..." : "");
}

/* Is n the func literal a go statement calls (go func() {...}()), or
 * the one argument of a WaitGroup's or errgroup's Go method? */
static int go_literal(const el_gofile *f, TSNode n)
{
	TSNode call = el_gofile_parent(f, n), args, fn;

	/* wg.Go(func() {...}): sync.WaitGroup's (Go 1.25) or an errgroup's
	 * Go runs its one argument in a new goroutine */
	fn = function_taking(f, n, &args);
	if (el_node_is(n, "func_literal") && el_node_is(fn, "selector_expression") &&
	    text_is(f, field(fn, "field"), "Go") && ts_node_named_child_count(args) == 1)
		return 1;

	while (el_node_is(call, "parenthesized_expression"))
		call = el_gofile_parent(f, call);
	return el_node_is(n, "func_literal") && el_node_is(call, "call_expression") &&
	       ts_node_start_byte(field(call, "function")) <= ts_node_start_byte(n) &&
	       ts_node_end_byte(n) <= ts_node_end_byte(field(call, "function")) &&
	       el_node_is(el_gofile_parent(f, call), "go_statement");
}

/* Does the func literal or any node below n use the identifier name? */
static int uses_name(const el_gofile *f, TSNode n, el_str name, int depth)
{
	TSTreeCursor cur;
	TSNode k;

	if (el_node_is(n, "identifier"))
		return el_str_eq(text(f, n), name);
	if (depth > 64)
		return 1; /* too deep to tell: as if it did */
	EACH_NAMED(n, cur, k)
	{
		if (uses_name(f, k, name, depth + 1)) {
			ts_tree_cursor_delete(&cur);
			return 1;
		}
	}
	return 0;
}

static TSNode variable_of(const el_gofile *f, TSNode e);

/* Is func literal n called by a defer statement (defer func() {...}())? */
static int deferred_literal(const el_gofile *f, TSNode n)
{
	TSNode call = el_gofile_parent(f, n);

	while (el_node_is(call, "parenthesized_expression"))
		call = el_gofile_parent(f, call);
	return el_node_is(call, "call_expression") && ts_node_eq(field(call, "function"), n) &&
	       el_node_is(el_gofile_parent(f, call), "defer_statement");
}

/* How often the function of func literal lit (of f), kept in a local
 * (`name := func(...) {...}`), calls it, when every later use of the
 * local is a call that ok accepts (with arg); 0 when the literal is not
 * kept so, or a use is something else (the closure passed on, stored, or
 * called where ok refuses). */
static int calls_of_local(const el_gofile *f, TSNode lit, int (*ok)(void *arg, TSNode call), void *arg)
{
	TSNode list = el_gofile_parent(f, lit), sv = el_gofile_parent(f, list), left, fn, stack[64], k;
	TSTreeCursor cur;
	el_str name;
	int top = 0, calls = 0;

	if (!el_node_is(list, "expression_list") || ts_node_named_child_count(list) != 1 ||
	    !el_node_is(sv, "short_var_declaration"))
		return 0;
	left = field(sv, "left");
	if (ts_node_named_child_count(left) != 1 || !el_node_is(ts_node_named_child(left, 0), "identifier"))
		return 0;
	name = text(f, ts_node_named_child(left, 0));
	fn = func_of(f, sv);
	if (ts_node_is_null(fn) || ts_node_is_null(field(fn, "body")))
		return 0;
	stack[top++] = field(fn, "body");
	while (top > 0) {
		TSNode n = stack[--top];
		if (ts_node_eq(n, lit))
			continue;
		if (el_node_is(n, "identifier") && el_str_eq(text(f, n), name) &&
		    ts_node_start_byte(n) > ts_node_end_byte(sv)) {
			TSNode c = el_gofile_parent(f, n);
			if (!el_node_is(c, "call_expression") || !ts_node_eq(field(c, "function"), n) || !ok(arg, c))
				return 0; /* called elsewhere, or the closure is passed on */
			calls++;
			continue;
		}
		EACH_NAMED(n, cur, k)
		{
			if (top == 64) {
				ts_tree_cursor_delete(&cur);
				return 0; /* too deep to tell */
			}
			stack[top++] = k;
		}
	}
	return calls;
}

/* Is call c (of the file arg) a go statement's? */
static int go_statement_call(void *arg, TSNode c)
{
	return el_node_is(el_gofile_parent((const el_gofile *)arg, c), "go_statement");
}

/* Is func literal lit (of f) kept in a local whose every use in its
 * function is a go statement calling it (prometheus' Registry.Gather:
 * `collectWorker := func() {...}`, then `go collectWorker()` for each
 * worker it starts)?  The literal is then a goroutine's closure, as
 * `go func() {...}()` is. */
static int go_called_only(const el_gofile *f, TSNode lit)
{
	return calls_of_local(f, lit, go_statement_call, (void *)f) > 0;
}

/* Is the variable declared at identifier id captured by func literals of
 * its function only where a go statement calls them (go func() {...}()):
 * moved to the heap with the goroutine's closure, once per goroutine?  1
 * if so; 2 if some of those literals are closures kept in variables that
 * only such go literals capture in turn (s2's DecodeConcurrent: aErr is
 * captured by setErr := func(...) {...}, which the goroutines call):
 * state shared with the goroutines; 0 otherwise. */
static int captured_only_by_go(const el_gofile *f, TSNode id, int depth)
{
	TSNode fn = func_of(f, id), stack[64], k, v;
	TSTreeCursor cur;
	el_str name = text(f, id);
	size_t n = 0;
	int found = 0;

	if (ts_node_is_null(fn) || ts_node_is_null(stack[0] = field(fn, "body")))
		return 0;
	n = 1;
	while (n > 0) {
		TSNode b = stack[--n];
		EACH_NAMED(b, cur, k)
		{
			if (el_node_is(k, "func_literal")) {
				if (!uses_name(f, field(k, "body"), name, 0))
					continue;
				if (go_literal(f, k)) {
					found = found ? found : 1;
				} else if (go_called_only(f, k)) {
					found = 2; /* a worker closure the go statements share */
				} else if (deferred_literal(f, k)) {
					continue; /* runs at the return, on this goroutine */
				} else if (depth < 2 && !ts_node_is_null(v = variable_of(f, k)) &&
				           !el_str_eq(text(f, v), name) && captured_only_by_go(f, v, depth + 1)) {
					found = 2;
				} else {
					ts_tree_cursor_delete(&cur);
					return 0;
				}
			} else if (ts_node_named_child_count(k) > 0) {
				if (n == sizeof stack / sizeof *stack) {
					ts_tree_cursor_delete(&cur);
					return 0;
				}
				stack[n++] = k;
			}
		}
	}
	return found;
}

/* Is n an argument of the call a go statement makes (go s.scan(r, n))? */
static int go_argument(const el_gofile *f, TSNode n)
{
	TSNode p = el_gofile_parent(f, n), call;

	while (el_node_is(p, "parenthesized_expression"))
		p = el_gofile_parent(f, p);
	if (!el_node_is(p, "argument_list"))
		return 0;
	call = el_gofile_parent(f, p);
	return el_node_is(call, "call_expression") && el_node_is(el_gofile_parent(f, call), "go_statement");
}

/* The identifier a value is put in: the matching left-hand side of an
 * assignment or short variable declaration holding e on its right, or a
 * null node. */
static TSNode variable_of(const el_gofile *f, TSNode e)
{
	TSNode p = el_gofile_parent(f, e), s, left, null = ts_node_child(e, ts_node_child_count(e));
	uint32_t i, c;

	if (!el_node_is(p, "expression_list"))
		return null;
	s = el_gofile_parent(f, p);
	if ((!el_node_is(s, "assignment_statement") && !el_node_is(s, "short_var_declaration")) ||
	    !ts_node_eq(field(s, "right"), p) || ts_node_is_null(left = field(s, "left")))
		return null;
	c = ts_node_named_child_count(p);
	for (i = 0; i < c; i++)
		if (ts_node_eq(ts_node_named_child(p, i), e))
			break;
	if (i == c || ts_node_named_child_count(left) != c ||
	    !el_node_is(ts_node_named_child(left, i), "identifier"))
		return null;
	return ts_node_named_child(left, i);
}

/* Below n, is every use of the identifier name either assigned to or an
 * argument of a go statement's call?  Sets *found for such an argument;
 * 0 at the first other use. */
static int read_only_by_go(const el_gofile *f, TSNode n, el_str name, int *found, int depth)
{
	TSTreeCursor cur;
	TSNode k;

	if (depth > 200)
		return 0;
	if (el_node_is(n, "identifier") && el_str_eq(text(f, n), name)) {
		TSNode list = el_gofile_parent(f, n), s = el_gofile_parent(f, list);
		if (el_node_is(list, "expression_list") &&
		    (el_node_is(s, "assignment_statement") || el_node_is(s, "short_var_declaration")) &&
		    ts_node_eq(field(s, "left"), list))
			return 1;
		if (go_argument(f, n))
			return *found = 1;
		return 0;
	}
	EACH_NAMED(n, cur, k)
	{
		if (!read_only_by_go(f, k, name, found, depth + 1)) {
			ts_tree_cursor_delete(&cur);
			return 0;
		}
	}
	return 1;
}

/* Is the value e made to be handed to a goroutine: an argument of a go
 * statement's call (go s.scan(r, s.Print)), or put in a variable that is
 * read only as such arguments (print := s.Print; ...; go s.scan(r,
 * print)), kept as long as the goroutine runs? */
static int handed_to_go(const el_gofile *f, TSNode e)
{
	TSNode v, fn;
	int found = 0;

	if (go_argument(f, e))
		return 1;
	if (ts_node_is_null(v = variable_of(f, e)) || ts_node_is_null(fn = func_of(f, e)) ||
	    ts_node_is_null(field(fn, "body")))
		return 0;
	return read_only_by_go(f, field(fn, "body"), text(f, v), &found, 0) && found;
}

/* Is call c `context.WithValue(...)`? */
static int with_value_call(const el_gofile *f, TSNode c)
{
	return el_node_is(c, "call_expression") && text_is(f, field(c, "function"), "context.WithValue");
}

/* How many context.WithValue calls the body of fn holds (nested func
 * literals included), counting up to 2. */
static int count_with_values(const el_gofile *f, TSNode n, int found)
{
	TSTreeCursor cur;
	TSNode k;

	if (found >= 2)
		return found;
	if (with_value_call(f, n))
		found++;
	EACH_NAMED(n, cur, k)
	{
		if ((found = count_with_values(f, k, found)) >= 2) {
			ts_tree_cursor_delete(&cur);
			return found;
		}
	}
	return found;
}

/* For a value e passed to context.WithValue (as the call's argument, or
 * inside it: an any(x) conversion): "one" when e's function calls
 * context.WithValue once, "several" when more often (values that could
 * be grouped into one struct), "" when e is not such a value. */
static const char *with_values_of(const el_gofile *f, TSNode e)
{
	TSNode a, fn;

	for (a = el_gofile_parent(f, e); !ts_node_is_null(a) && !is_func(a); a = el_gofile_parent(f, a))
		if (with_value_call(f, a))
			break;
	if (ts_node_is_null(a) || is_func(a) || ts_node_is_null(fn = func_of(f, a)) ||
	    ts_node_is_null(field(fn, "body")))
		return "";
	return count_with_values(f, field(fn, "body"), 0) >= 2 ? "several" : "one";
}

/* For a variable moved to the heap (declared at identifier id): the
 * with_values_of its address (&l) where a context.WithValue call holds
 * it (zerolog's `return context.WithValue(ctx, ctxKey{}, &l)`), or "". */
static const char *address_with_values(const el_gofile *f, TSNode n, el_str name, int depth)
{
	TSTreeCursor cur;
	TSNode k;
	const char *r = "";

	if (depth > 200)
		return "";
	if (el_node_is(n, "unary_expression") && text_is(f, field(n, "operator"), "&") &&
	    el_node_is(field(n, "operand"), "identifier") && el_str_eq(text(f, field(n, "operand")), name) &&
	    *(r = with_values_of(f, n)))
		return r;
	EACH_NAMED(n, cur, k)
	{
		if (*(r = address_with_values(f, k, name, depth + 1))) {
			ts_tree_cursor_delete(&cur);
			return r;
		}
	}
	return "";
}

/* The type as written into out->type (cut to its size). */
static void put_type(el_facts *out, const ty *t)
{
	el_str tt = t->name ? el_str_make(t->name, strlen(t->name)) : text(t->f, t->node);
	size_t n = tt.len < sizeof out->type - 1 ? tt.len : sizeof out->type - 1;

	memcpy(out->type, tt.ptr, n);
	out->type[n] = '\0';
}

/* Does condition c (of x->f) hold only when identifier name is below
 * 256: `name < C` or `name <= C`, `C > name`, either side of an &&? */
static int below_256(ctx *x, TSNode c, el_str name, int depth)
{
	TSNode l, r;
	el_str op;
	long k;

	while (el_node_is(c, "parenthesized_expression"))
		c = ts_node_named_child(c, 0);
	if (depth > 8 || !el_node_is(c, "binary_expression"))
		return 0;
	l = field(c, "left");
	r = field(c, "right");
	op = text(x->f, field(c, "operator"));
	if (el_str_eq(op, el_str_make(EL_LIT("&&"))))
		return below_256(x, l, name, depth + 1) || below_256(x, r, name, depth + 1);
	if (el_node_is(l, "identifier") && el_str_eq(text(x->f, l), name) &&
	    (k = const_int(x, x->f, r, 0)) >= 0)
		return el_str_eq(op, el_str_make(EL_LIT("<"))) ? k <= 256
		       : el_str_eq(op, el_str_make(EL_LIT("<="))) ? k <= 255 : 0;
	if (el_node_is(r, "identifier") && el_str_eq(text(x->f, r), name) &&
	    (k = const_int(x, x->f, l, 0)) >= 0)
		return el_str_eq(op, el_str_make(EL_LIT(">"))) ? k <= 256
		       : el_str_eq(op, el_str_make(EL_LIT(">="))) ? k <= 255 : 0;
	return 0;
}

/* Is unsigned identifier e used where a condition bounds it below 256
 * (the body of `if s < 10 {`, a `case s < 10:` of a switch without a
 * tag)?  Its box then points into the runtime's table of small values. */
static int bounded_below_256(ctx *x, TSNode e)
{
	TSNode a, child = e;
	el_str name = text(x->f, e);

	for (a = el_gofile_parent(x->f, e); !ts_node_is_null(a) && !is_func(a);
	     child = a, a = el_gofile_parent(x->f, a)) {
		if (el_node_is(a, "if_statement") && ts_node_eq(field(a, "consequence"), child) &&
		    below_256(x, field(a, "condition"), name, 0))
			return 1;
		if (el_node_is(a, "expression_case") && !ts_node_is_null(field(a, "value")) &&
		    !ts_node_eq(field(a, "value"), child) &&
		    ts_node_named_child_count(field(a, "value")) == 1 &&
		    below_256(x, ts_node_named_child(field(a, "value"), 0), name, 0))
			return 1;
	}
	return 0;
}

/* Is func literal n an iteration callback: an argument of a call whose
 * name says it calls it per element (ForEach, Each, Range, Walk, or a
 * name ending in CB: gjson's res.ForEach, jsoniter's iter.ReadArrayCB)? */
static int iteration_callback(const el_gofile *f, TSNode n)
{
	TSNode args, fn = function_taking(f, n, &args);
	el_str nm;

	if (ts_node_is_null(fn))
		return 0;
	nm = call_name(f, fn);
	return (nm.len >= 4 && memcmp(nm.ptr + nm.len - 4, "Each", 4) == 0) ||
	       el_str_eq(nm, el_str_make(EL_LIT("Range"))) || el_str_eq(nm, el_str_make(EL_LIT("Walk"))) ||
	       (nm.len > 2 && memcmp(nm.ptr + nm.len - 2, "CB", 2) == 0);
}

/* "for" or "range" when n is in the body of a loop of its own function
 * (the walk stops at a func literal or declaration: a closure's body runs
 * when the closure is called, not per iteration of a loop around it),
 * "callback" in the body of an iteration callback (see
 * iteration_callback) outside such loops, or "" otherwise. */
static const char *loop_of(const el_gofile *f, TSNode n)
{
	TSNode par;

	for (; !ts_node_is_null(n); n = par) {
		par = el_gofile_parent(f, n);
		if (ts_node_is_null(par) || el_node_is(par, "function_declaration") ||
		    el_node_is(par, "method_declaration"))
			return "";
		if (el_node_is(par, "func_literal") && ts_node_eq(field(par, "body"), n))
			return iteration_callback(f, par) ? "callback" : "";
		if (el_node_is(par, "for_statement") && ts_node_eq(field(par, "body"), n)) {
			uint32_t i, c = ts_node_named_child_count(par);
			for (i = 0; i < c; i++)
				if (el_node_is(ts_node_named_child(par, i), "range_clause"))
					return "range";
			return "for";
		}
	}
	return "";
}

/* Does n (the body of a loop, or a node in it) hold a break of that
 * loop: an unlabeled break outside the loops, switches and selects
 * nested in it, or any labeled break? */
static int breaks_loop(const el_gofile *f, TSNode n, int depth)
{
	TSTreeCursor cur;
	TSNode k;

	if (el_node_is(n, "break_statement"))
		return 1;
	if (depth > 64 || el_node_is(n, "func_literal"))
		return 0;
	if (depth > 0 && (el_node_is(n, "for_statement") || el_node_is(n, "expression_switch_statement") ||
	                  el_node_is(n, "type_switch_statement") || el_node_is(n, "select_statement")))
		return 0; /* its unlabeled breaks are its own (labeled ones: rare, ignored) */
	EACH_NAMED(n, cur, k)
	{
		if (breaks_loop(f, k, depth + 1)) {
			ts_tree_cursor_delete(&cur);
			return 1;
		}
	}
	return 0;
}

/* Does for statement loop (of f) run until something it reads ends it,
 * rather than for a count known when it starts?  `for {` and `for cond
 * {` (neither a range nor a for clause), and three for clauses: one
 * without a condition (gjson's `for ; ; i++`, left by a break), one
 * whose post statement fetches the next item (toml's `for ; name.typ !=
 * itemTableEnd; name = p.next()`: an assignment from a call), and one
 * whose condition is only a fixed limit that a break in the body comes
 * to first (yaml's comment scanner, `for ; peek < 512; peek++`). */
static int open_loop(const el_gofile *f, TSNode loop)
{
	TSTreeCursor cur;
	TSNode k, fc = { { 0, 0, 0, 0 }, NULL, NULL }, cond, post;

	EACH_NAMED(loop, cur, k)
	{
		if (el_node_is(k, "range_clause")) {
			ts_tree_cursor_delete(&cur);
			return 0;
		}
		if (el_node_is(k, "for_clause"))
			fc = k;
	}
	if (ts_node_is_null(fc))
		return 1;
	cond = field(fc, "condition");
	post = field(fc, "update");
	if (ts_node_is_null(cond))
		return 1;
	if (el_node_is(post, "assignment_statement") &&
	    el_node_is(ts_node_named_child(field(post, "right"), 0), "call_expression"))
		return 1;
	return el_node_is(cond, "binary_expression") && el_node_is(field(cond, "right"), "int_literal") &&
	       breaks_loop(f, field(loop, "body"), 0);
}

static int scan_loop_above(ctx *x, TSNode n, TSNode decl_node, int depth);

/* Is func literal lit (of x->f) a closure kept in a local (`procQuery
 * := func(...) {...}`) that its function calls, and calls only inside
 * loops that scan_loop_above accepts (gjson's parseArray calls
 * procQuery for each match its `for i < len(c.json)+1` loop finds)? */
typedef struct scan_call_arg {
	ctx *x;
	TSNode decl_node;
	int depth;
} scan_call_arg;

static int in_scan_call(void *arg, TSNode c)
{
	const scan_call_arg *a = arg;

	return scan_loop_above(a->x, c, a->decl_node, a->depth + 1);
}

static int called_in_scan_loops(ctx *x, TSNode lit, TSNode decl_node, int depth)
{
	scan_call_arg a;

	a.x = x;
	a.decl_node = decl_node;
	a.depth = depth;
	return calls_of_local(x->f, lit, in_scan_call, &a) > 0;
}

/* Is n (of x->f) in the body of an open loop (open_loop) of its own
 * function, declared after decl_node when that is set, or in a closure
 * that its function calls only in such loops? */
static int scan_loop_above(ctx *x, TSNode n, TSNode decl_node, int depth)
{
	const el_gofile *f = x->f;
	TSNode par;

	for (; !ts_node_is_null(n); n = par) {
		par = el_gofile_parent(f, n);
		if (ts_node_is_null(par) || el_node_is(par, "function_declaration") ||
		    el_node_is(par, "method_declaration"))
			return 0;
		if (el_node_is(par, "func_literal"))
			return depth < 2 && ts_node_eq(field(par, "body"), n) &&
			       called_in_scan_loops(x, par, decl_node, depth);
		if (el_node_is(par, "for_statement") && ts_node_eq(field(par, "body"), n) && open_loop(f, par) &&
		    (ts_node_is_null(decl_node) || ts_node_start_byte(decl_node) < ts_node_start_byte(par)))
			return 1;
	}
	return 0;
}

/* Is e (of x->f) in the body of a loop that runs until something it
 * reads ends it (open_loop: a scanner's `for !is_blankz(...)`,
 * websocket's `for {` over a header's tokens, toml's token loop), or in
 * a closure called only in such loops?  What such a loop collects has a
 * count known only when it ends.  For an append to a local, the loop
 * must hold the appends of many iterations: the local is declared
 * outside it (a slice declared inside is started again on every
 * iteration). */
static int in_scan_loop(ctx *x, TSNode e)
{
	const el_gofile *f = x->f;
	TSNode decl_node = { { 0, 0, 0, 0 }, NULL, NULL };
	decl d;

	if (el_node_is(e, "call_expression") && text_is(f, field(e, "function"), "append")) {
		TSNode s = ts_node_named_child(field(e, "arguments"), 0);
		if (el_node_is(s, "identifier") && resolve(x, f, s, &d) && d.f == f &&
		    (d.kind == D_SHORT || d.kind == D_VAR))
			decl_node = d.node;
	}
	return scan_loop_above(x, e, decl_node, 0);
}

/* Is the statement holding identifier n (of x->f) one that grows the
 * local s it names: `s = append(s, ...)` or `s = f(..., s, ...)` (yaml's
 * `s = read(parser, s)`)? */
static int grows_local(ctx *x, TSNode n, el_str s)
{
	TSNode args = el_gofile_parent(x->f, n), call, list, st;

	if (!el_node_is(args, "argument_list") || !el_node_is(call = el_gofile_parent(x->f, args), "call_expression") ||
	    !el_node_is(list = el_gofile_parent(x->f, call), "expression_list") ||
	    ts_node_named_child_count(list) != 1 || !el_node_is(st = el_gofile_parent(x->f, list), "assignment_statement") ||
	    !ts_node_eq(field(st, "right"), list) || ts_node_named_child_count(field(st, "left")) != 1)
		return 0;
	return el_str_eq(text(x->f, ts_node_named_child(field(st, "left"), 0)), s);
}

/* Does append call e (of x->f), outside the loops of its function, seed a
 * local that a later scan loop (scan_loop_above) of the function goes on
 * growing (yaml's tag URI scanner: `var s []byte; if len(head) > 1 { s =
 * append(s, head[1:]...) }`, then `s = read(parser, s)` per character in
 * `for is_alpha(...) || ... {`)?  The first append is the first of the
 * loop's doublings, and the count is known only when the loop ends. */
static int seeds_scan_loop(ctx *x, TSNode e)
{
	const el_gofile *f = x->f;
	TSNode sv, fn, stack[64], k;
	TSTreeCursor cur;
	decl d;
	el_str name;
	int top = 0;

	if (!el_node_is(e, "call_expression") || !text_is(f, field(e, "function"), "append"))
		return 0;
	sv = ts_node_named_child(field(e, "arguments"), 0);
	if (!el_node_is(sv, "identifier") || !resolve(x, f, sv, &d) || d.f != f ||
	    !(d.kind == D_SHORT || d.kind == D_VAR) || !grows_local(x, sv, name = text(f, sv)))
		return 0;
	fn = func_of(f, e);
	if (ts_node_is_null(fn) || ts_node_is_null(field(fn, "body")))
		return 0;
	stack[top++] = field(fn, "body");
	while (top > 0) {
		TSNode n = stack[--top];
		if (ts_node_end_byte(n) <= ts_node_end_byte(e))
			continue;
		if (el_node_is(n, "func_literal"))
			continue;
		if (el_node_is(n, "identifier") && el_str_eq(text(f, n), name) && grows_local(x, n, name) &&
		    scan_loop_above(x, n, d.node, 0))
			return 1;
		EACH_NAMED(n, cur, k)
		{
			if (top == 64) {
				ts_tree_cursor_delete(&cur);
				return 0; /* too deep to tell */
			}
			stack[top++] = k;
		}
	}
	return 0;
}

/* Is identifier id declared by a for clause's initializer (for i := ...)
 * or a range clause (for k, v := range ...)? */
static int loop_variable(const el_gofile *f, TSNode id)
{
	TSNode n = el_gofile_parent(f, id);
	int depth;

	for (depth = 0; depth < 3 && !ts_node_is_null(n); depth++) {
		if (el_node_is(n, "range_clause"))
			return ts_node_start_byte(id) < ts_node_start_byte(field(n, "right"));
		if (el_node_is(n, "short_var_declaration")) {
			TSNode fc = el_gofile_parent(f, n);
			return !ts_node_is_null(fc) && el_node_is(fc, "for_clause") &&
			       ts_node_eq(field(fc, "initializer"), n) &&
			       ts_node_start_byte(id) < ts_node_start_byte(field(n, "right"));
		}
		if (!el_node_is(n, "expression_list"))
			return 0;
		n = el_gofile_parent(f, n);
	}
	return 0;
}

/* Is nm the name of a logging call that ends the program or panics
 * (zerolog's Logger.Fatal and Panic, a package-level Fatalf)?  DPanic,
 * which panics only in development, is not. */
static int fatal_name(el_str nm)
{
	static const char *const names[] = {
		"Fatal", "Fatalf", "Fatalln", "Fatalw", "Panic", "Panicf", "Panicln", "Panicw", NULL,
	};
	size_t i;

	for (i = 0; names[i]; i++)
		if (el_str_eq(nm, el_str_make(names[i], strlen(names[i]))))
			return 1;
	return 0;
}

/* Does n (of f), closures included, hold a call that ends the program
 * or panics: panic, os.Exit, a ...Fatal... or ...Panic... method (what a
 * Fatal logging function does, or hands on to the one that does)? */
static int holds_fatal_call(const el_gofile *f, TSNode n)
{
	return holds_call(f, n, is_fatal_call, 1, 0);
}

/* Is top (of f) the String or GoString method of an unexported type:
 * what fmt calls to print a value of a type no other package can hold
 * (debug output, error text)? */
static int unexported_stringer(const el_gofile *f, TSNode top)
{
	el_str nm = text(f, field(top, "name")), rt;
	TSNode pl = field(top, "parameters");

	if (!el_node_is(top, "method_declaration") ||
	    !(el_str_eq(nm, el_str_make(EL_LIT("String"))) || el_str_eq(nm, el_str_make(EL_LIT("GoString")))) ||
	    (!ts_node_is_null(pl) && ts_node_named_child_count(pl) > 0) ||
	    !text_is(f, field(top, "result"), "string"))
		return 0;
	rt = el_gofile_receiver_type(f, top);
	return rt.len > 0 && ((rt.ptr[0] >= 'a' && rt.ptr[0] <= 'z') || rt.ptr[0] == '_');
}

/* The index of argument e in call c's arguments, or -1. */
static int argument_index(TSNode c, TSNode e)
{
	TSNode args = field(c, "arguments");
	uint32_t i, n = ts_node_is_null(args) ? 0 : ts_node_named_child_count(args);

	for (i = 0; i < n; i++)
		if (ts_node_eq(ts_node_named_child(args, i), e))
			return (int)i;
	return -1;
}

/* The parameter declaration of parameter list pl (a func type's, a
 * method's) that receives argument idx of a call: a declaration may name
 * several parameters, and a variadic one takes the rest; a null node when
 * there is none. */
static TSNode param_for_arg(TSNode pl, int idx)
{
	TSNode pd, null = { { 0, 0, 0, 0 }, NULL, NULL };
	TSTreeCursor cur;
	int at = 0;

	if (ts_node_is_null(pl))
		return null;
	EACH_NAMED(pl, cur, pd)
	{
		uint32_t k = ts_node_named_child_count(pd), names = k > 1 ? k - 1 : 1;
		if (el_node_is(pd, "comment"))
			continue;
		if ((idx >= at && idx < at + (int)names) ||
		    (el_node_is(pd, "variadic_parameter_declaration") && idx >= at)) {
			ts_tree_cursor_delete(&cur);
			return pd;
		}
		at += (int)names;
	}
	return null;
}

/* Is e (of x->f) an argument of a call through a value of an exported
 * func type whose parameter there is an interface (zerolog's `fn(field)`
 * with `var fn Formatter` and `type Formatter func(interface{})
 * string`)?  The box comes with the package's API: a func type its users
 * write values of. */
static int api_callback(ctx *x, TSNode e)
{
	const el_gofile *f = x->f;
	TSNode c = el_gofile_parent(f, e), fn, pd, pt, t;
	el_str tn;
	decl d;
	ty vt;
	int idx;

	if (!el_node_is(c, "argument_list"))
		return 0;
	c = el_gofile_parent(f, c);
	if (!el_node_is(c, "call_expression") || (idx = argument_index(c, e)) < 0)
		return 0;
	fn = field(c, "function");
	if (!(el_node_is(fn, "identifier") || el_node_is(fn, "selector_expression")) ||
	    !expr_type(x, f, fn, &vt, 0) || !vt.f || !el_node_is(vt.node, "type_identifier"))
		return 0;
	tn = text(vt.f, vt.node);
	if (!exported_name(tn) || !resolve(x, vt.f, vt.node, &d) ||
	    d.kind != D_TYPE || el_node_is(d.node, "type_alias"))
		return 0;
	t = field(d.node, "type");
	if (!el_node_is(t, "function_type") || ts_node_is_null(pd = param_for_arg(field(t, "parameters"), idx)))
		return 0;
	pt = field(pd, "type");
	return el_node_is(pt, "interface_type") || text_is(d.f, pt, "any");
}

/* Is func literal e (of x->f) handed to a method of an interface type
 * its package declares, for a parameter of func type (yaml's
 * `u.UnmarshalYAML(func(v interface{}) error {...})` for its
 * obsoleteUnmarshaler)?  Users implement that method: the closure is
 * what the interface's signature costs. */
static int interface_callback(ctx *x, TSNode e)
{
	const el_gofile *f = x->f;
	TSNode c = el_gofile_parent(f, e), fn, it, m, pd;
	TSTreeCursor cur;
	decl d;
	ty vt;
	int idx, found = 0;

	if (!el_node_is(e, "func_literal") || !el_node_is(c, "argument_list") ||
	    !el_node_is(c = el_gofile_parent(f, c), "call_expression") || (idx = argument_index(c, e)) < 0 ||
	    !el_node_is(fn = field(c, "function"), "selector_expression") ||
	    !expr_type(x, f, field(fn, "operand"), &vt, 0) || !vt.f || !el_node_is(vt.node, "type_identifier") ||
	    !resolve(x, vt.f, vt.node, &d) || d.kind != D_TYPE || !el_node_is(it = field(d.node, "type"), "interface_type"))
		return 0;
	EACH_NAMED(it, cur, m)
	{
		if (el_node_is(m, "method_elem") && el_str_eq(text(d.f, field(m, "name")), text(f, field(fn, "field")))) {
			found = 1;
			ts_tree_cursor_delete(&cur);
			break;
		}
	}
	return found && !ts_node_is_null(pd = param_for_arg(field(m, "parameters"), idx)) &&
	       el_node_is(field(pd, "type"), "function_type");
}

/* Is e (of x->f) an argument of a call through a field that an exported
 * function or method of the package sets from its own parameter
 * (websocket's `c.handlePong(string(payload))`, with SetPongHandler(h
 * func(appData string) error) storing h into c.handlePong)?  The callee
 * is a user's function, which may keep what it is given, and the field's
 * func type is the package's API. */
static int user_callback(ctx *x, TSNode e)
{
	const el_gofile *f = x->f;
	TSNode c = el_gofile_parent(f, e), fn;
	el_ref refs[64];
	size_t n, i;
	int opaque, rc;

	if (!el_node_is(c, "argument_list") || !el_node_is(c = el_gofile_parent(f, c), "call_expression") ||
	    !el_node_is(fn = field(c, "function"), "selector_expression"))
		return 0;
	{ /* a method of that name (of any type of the package) may be what
	   * is called: names are matched by spelling */
		const el_gofile *mf;
		TSNode md;
		rc = el_gosrc_lookup(x->g, x->dir, text(f, field(fn, "field")), 1, x->test_file, &mf, &md);
		if (rc == -2)
			x->failed = 1;
		if (rc != 0)
			return 0;
	}
	rc = el_gosrc_references(x->g, x->dir, text(f, field(fn, "field")), refs, 64, &n, &opaque);
	if (rc == -2)
		x->failed = 1;
	if (rc != 1 || n > 64)
		return 0;
	for (i = 0; i < n; i++) {
		TSNode sel = ts_node_parent(refs[i].node), l = ts_node_parent(sel), st = ts_node_parent(l), r;
		ctx y = *x;
		decl d;
		if (!el_node_is(sel, "selector_expression") || !el_node_is(l, "expression_list") ||
		    !el_node_is(st, "assignment_statement") || !ts_node_eq(field(st, "left"), l) ||
		    ts_node_named_child_count(l) != 1 || !text_is(refs[i].f, field(st, "operator"), "=") ||
		    !(el_node_is(refs[i].top, "function_declaration") || el_node_is(refs[i].top, "method_declaration")) ||
		    !exported_name(text(refs[i].f, field(refs[i].top, "name"))))
			continue;
		r = field(st, "right");
		if (ts_node_named_child_count(r) != 1 || !el_node_is(r = ts_node_named_child(r, 0), "identifier"))
			continue;
		y.f = refs[i].f;
		if (resolve(&y, refs[i].f, r, &d) && d.kind == D_PARAM &&
		    ts_node_eq(el_gofile_parent(refs[i].f, d.node), field(refs[i].top, "parameters")))
			return 1; /* a parameter, not the receiver or a result */
	}
	return 0;
}

/* Does call c hand the variable arg (an el_str name) to an encoder:
 * enc.Encode(name), json.Marshal(name), json.MarshalIndent(name, ...)? */
static int encodes_name(const el_gofile *f, TSNode c, const void *arg)
{
	el_str name = *(const el_str *)arg, cn = call_name(f, field(c, "function"));
	TSNode args = field(c, "arguments");
	uint32_t n = ts_node_is_null(args) ? 0 : ts_node_named_child_count(args);

	/* enc.Encode(v), json.Marshal(v), json.MarshalIndent(v, prefix,
	 * indent); not base64's Encode(dst, src) */
	if (!(((el_str_eq(cn, el_str_make(EL_LIT("Encode"))) || el_str_eq(cn, el_str_make(EL_LIT("Marshal")))) &&
	       n == 1) ||
	      (el_str_eq(cn, el_str_make(EL_LIT("MarshalIndent"))) && n == 3)))
		return 0;
	return el_str_eq(text(f, ts_node_named_child(args, 0)), name);
}

/* Is the map variable id (of x->f) of a named type, as it is declared
 * (`data := make(Fields, n)`, `var data Fields`): a type an API gives
 * the map, not an ad-hoc map[string]any that a struct could replace? */
static int named_map(ctx *x, TSNode id)
{
	const el_gofile *f = x->f;
	TSNode t = { { 0, 0, 0, 0 }, NULL, NULL }, v;
	decl d;

	if (!el_node_is(id, "identifier") || !resolve(x, f, id, &d) || d.f != f ||
	    (d.kind != D_SHORT && d.kind != D_VAR))
		return 0;
	if (d.kind == D_VAR)
		t = field(d.node, "type");
	if (ts_node_is_null(t)) {
		v = field(d.node, d.kind == D_SHORT ? "right" : "value");
		if (ts_node_is_null(v) || ts_node_named_child_count(v) <= d.idx)
			return 0;
		v = ts_node_named_child(v, d.idx);
		if (el_node_is(v, "call_expression") && text_is(f, field(v, "function"), "make"))
			t = ts_node_named_child(field(v, "arguments"), 0);
		else if (el_node_is(v, "composite_literal"))
			t = field(v, "type");
	}
	return el_node_is(t, "type_identifier") || el_node_is(t, "qualified_type");
}

/* Is e (of f) stored into an element of a map variable that its
 * function hands to an encoder (logrus' JSONFormatter: `data[key] =
 * entry.Message`, then `encoder.Encode(data)`)?  The map is the document
 * a reflection-based encoder takes, and each value put into it is boxed. */
static int encoder_document(ctx *x, TSNode e)
{
	const el_gofile *f = x->f;
	TSNode r = el_gofile_parent(f, e), st, l, fn;
	el_str m;

	if (!el_node_is(r, "expression_list") || ts_node_named_child_count(r) != 1)
		return 0;
	st = el_gofile_parent(f, r);
	if (!el_node_is(st, "assignment_statement") || !text_is(f, field(st, "operator"), "=") ||
	    !ts_node_eq(field(st, "right"), r))
		return 0;
	l = field(st, "left");
	if (ts_node_named_child_count(l) != 1 || !el_node_is(l = ts_node_named_child(l, 0), "index_expression") ||
	    !el_node_is(field(l, "operand"), "identifier"))
		return 0;
	m = text(f, field(l, "operand"));
	if (!named_map(x, field(l, "operand")))
		return 0;
	fn = func_of(f, st);
	return !ts_node_is_null(fn) && !ts_node_is_null(field(fn, "body")) &&
	       any_own_statement(f, field(fn, "body"), "call_expression", encodes_name, &m);
}

static int encoded_var(const el_gofile *f, TSNode body, el_str v, int depth);

/* What passes_on needs: the function's body, the variable, the depth. */
typedef struct {
	TSNode body;
	el_str v;
	int depth;
} pass_on;

/* Is assignment st `w = v`, with a variable w that its function hands to
 * an encoder (encoded_var)?  (arg: a pass_on) */
static int passes_on(const el_gofile *f, TSNode st, const void *arg)
{
	const pass_on *p = arg;
	TSNode l = field(st, "left"), r = field(st, "right");

	if (ts_node_named_child_count(l) != 1 || ts_node_named_child_count(r) != 1 ||
	    !el_node_is(l = ts_node_named_child(l, 0), "identifier") ||
	    !el_str_eq(text(f, ts_node_named_child(r, 0)), p->v) || el_str_eq(text(f, l), p->v))
		return 0;
	return encoded_var(f, p->body, text(f, l), p->depth + 1);
}

/* Does body (of f, its closures aside) hand variable v to an encoder
 * (`encoder.Encode(v)`, `json.Marshal(v)`), itself or after `w = v`
 * (logrus' `data = newData` under its DataKey option)? */
static int encoded_var(const el_gofile *f, TSNode body, el_str v, int depth)
{
	pass_on p;

	if (any_own_statement(f, body, "call_expression", encodes_name, &v))
		return 1;
	if (depth >= 2)
		return 0;
	p.body = body;
	p.v = v;
	p.depth = depth;
	return any_own_statement(f, body, "assignment_statement", passes_on, &p);
}

/* Is e (of x->f) the map or slice of a named type (`make(Fields, n)`,
 * `Fields{}`) that is stored into a variable its function hands to an
 * encoder (logrus' JSONFormatter: `data := make(Fields, n)`, then
 * `encoder.Encode(data)`)?  The encoder takes its document as an
 * interface, so the document is on the heap by that API, whichever other
 * way the compiler's chain names; a map assigned to such a variable
 * (`data = newData`) is the document too. */
static int encoder_input(ctx *x, TSNode e)
{
	const el_gofile *f = x->f;
	TSNode t, r, st, l, fn;
	el_str v;

	if (el_node_is(e, "call_expression") && text_is(f, field(e, "function"), "make"))
		t = ts_node_named_child(field(e, "arguments"), 0);
	else if (el_node_is(e, "composite_literal"))
		t = field(e, "type");
	else
		return 0;
	{ /* a map or slice type its package declares (logrus' Fields) */
		decl td;
		TSNode u;
		if (!el_node_is(t, "type_identifier") || !resolve(x, f, t, &td) || td.kind != D_TYPE)
			return 0;
		u = field(td.node, "type");
		if (!el_node_is(u, "map_type") && !el_node_is(u, "slice_type"))
			return 0;
	}
	r = el_gofile_parent(f, e);
	if (!el_node_is(r, "expression_list") || ts_node_named_child_count(r) != 1)
		return 0;
	st = el_gofile_parent(f, r);
	if (!el_node_is(st, "short_var_declaration") && !el_node_is(st, "assignment_statement"))
		return 0;
	l = field(st, "left");
	if (!ts_node_eq(field(st, "right"), r) || ts_node_named_child_count(l) != 1 ||
	    !el_node_is(l = ts_node_named_child(l, 0), "identifier"))
		return 0;
	v = text(f, l);
	fn = func_of(f, st);
	return !ts_node_is_null(fn) && !ts_node_is_null(field(fn, "body")) && encoded_var(f, field(fn, "body"), v, 0);
}

/* Is identifier e (of x->f) a parameter of the function it is in, not
 * its receiver nor a named result (uuid's NewHash(h hash.Hash, space
 * UUID, ...))? */
static int own_param(ctx *x, TSNode e)
{
	decl d;
	TSNode fn = param_of(x, e, &d);

	return !ts_node_is_null(fn) && ts_node_eq(fn, func_of(x->f, e));
}

/* Does return statement st (of f) hand back the bytes or string of the
 * buffer named *arg (`return buff.Bytes(), nil`)? */
static int returns_bytes_of(const el_gofile *f, TSNode st, const void *arg)
{
	const el_str *name = arg;
	TSNode list = ts_node_named_child(st, 0), c, fn;
	uint32_t i, n = ts_node_is_null(list) ? 0 : ts_node_named_child_count(list);

	for (i = 0; i < n; i++)
		if (el_node_is(c = ts_node_named_child(list, i), "call_expression") &&
		    el_node_is(fn = field(c, "function"), "selector_expression") &&
		    el_str_eq(text(f, field(fn, "operand")), *name) &&
		    (text_is(f, field(fn, "field"), "Bytes") || text_is(f, field(fn, "field"), "String")))
			return 1;
	return 0;
}

/* Is call c (of x->f) `New...(v)` of the package (a plain identifier)
 * whose result's method is called at once (`NewDecoder(r).Decode(v)`)? */
static int stream_constructor(ctx *x, TSNode c)
{
	TSNode fn = field(c, "function"), sel = el_gofile_parent(x->f, c);
	el_str nm = text(x->f, fn);

	return el_node_is(c, "call_expression") && el_node_is(fn, "identifier") &&
	       el_starts(nm.ptr, nm.len, EL_LIT("New")) && nm.len > 3 && el_node_is(sel, "selector_expression") &&
	       ts_node_eq(field(sel, "operand"), c) &&
	       el_node_is(el_gofile_parent(x->f, sel), "call_expression");
}

/* Is e (of x->f) the reader or writer that a function without a receiver
 * makes only to hand what it is given, or the buffer whose bytes it
 * returns, to its package's streaming API: toml's Unmarshal,
 * `NewDecoder(bytes.NewReader(data)).Decode(v)`, and Marshal, `buff :=
 * new(bytes.Buffer); NewEncoder(buff).Encode(v); return buff.Bytes()`? */
static int stream_wrapper(ctx *x, TSNode e)
{
	const el_gofile *f = x->f;
	TSNode fn = func_of(f, e), args, v, body;
	el_str nm;

	if (!el_node_is(fn, "function_declaration") || ts_node_is_null(body = field(fn, "body")))
		return 0;
	if (el_node_is(e, "call_expression") &&
	    ((nm = package_call(f, e, "bytes")).len || (nm = package_call(f, e, "strings")).len)) {
		/* NewDecoder(bytes.NewReader(data)).Decode(v), data a parameter */
		args = field(e, "arguments");
		return el_str_eq(nm, el_str_make(EL_LIT("NewReader"))) && ts_node_named_child_count(args) == 1 &&
		       el_node_is(v = ts_node_named_child(args, 0), "identifier") && own_param(x, v) &&
		       el_node_is(el_gofile_parent(f, e), "argument_list") &&
		       stream_constructor(x, el_gofile_parent(f, el_gofile_parent(f, e)));
	}
	if (el_node_is(e, "call_expression") && text_is(f, field(e, "function"), "new") &&
	    text_is(f, ts_node_named_child(field(e, "arguments"), 0), "bytes.Buffer") &&
	    el_node_is(v = stored_in(f, e), "identifier")) {
		/* buff := new(bytes.Buffer); NewEncoder(buff).Encode(v);
		 * return buff.Bytes() */
		el_str name = text(f, v);
		TSNode stack[64], k;
		TSTreeCursor cur;
		size_t sp = 0;
		int handed = 0;
		stack[sp++] = body;
		while (sp > 0 && !handed) {
			TSNode n = stack[--sp];
			if (el_node_is(n, "identifier") && el_str_eq(text(f, n), name) &&
			    el_node_is(el_gofile_parent(f, n), "argument_list") &&
			    stream_constructor(x, el_gofile_parent(f, el_gofile_parent(f, n))))
				handed = 1;
			EACH_NAMED(n, cur, k)
			{
				if (sp < sizeof stack / sizeof *stack && !el_node_is(k, "func_literal"))
					stack[sp++] = k;
			}
		}
		return handed && any_own_statement(f, body, "return_statement", returns_bytes_of, &name);
	}
	return 0;
}

/* Does function fn (of f) take a reflect.Value parameter (a decoder's
 * destination)? */
static int takes_reflect_value(const el_gofile *f, TSNode fn)
{
	TSNode pl = field(fn, "parameters"), pd;
	TSTreeCursor cur;

	if (ts_node_is_null(pl))
		return 0;
	EACH_NAMED(pl, cur, pd)
	{
		if (text_is(f, field(pd, "type"), "reflect.Value")) {
			ts_tree_cursor_delete(&cur);
			return 1;
		}
	}
	return 0;
}

/* Is n (of f) in the body of a `case reflect.Interface:` of a switch on a
 * kind (`switch out.Kind()`, `switch keyType`), inside its function? */
static int in_interface_case(const el_gofile *f, TSNode n)
{
	TSNode p;

	for (p = el_gofile_parent(f, n); !ts_node_is_null(p) && !is_func(p); p = el_gofile_parent(f, p))
		if (el_node_is(p, "expression_case")) {
			el_str v = text(f, field(p, "value"));
			if (el_find(v.ptr, v.len, EL_LIT("reflect.Interface")))
				return 1;
		}
	return 0;
}

/* Is e (of x->f) what a decoder stores into its destination, the
 * decoded value itself: a string or bytes handed to a reflect.Value's
 * SetString or SetBytes (toml's `rv.SetString(strconv.FormatFloat(f,
 * 'g', -1, 64))` into a json.Number), or anything made or boxed under
 * `case reflect.Interface:` of a function that takes a reflect.Value,
 * where the interface destination holds it (toml's
 * `rvkey.Set(reflect.ValueOf(k))`, yaml's generic sequence
 * `make([]interface{}, l)`)?  A box under another case (a struct copied
 * by Set) dies with the call. */
static int decoded_value(ctx *x, TSNode e)
{
	const el_gofile *f = x->f;
	TSNode fn = func_of(f, e), a = el_gofile_parent(f, e), c, sel;

	if (ts_node_is_null(fn) || !takes_reflect_value(f, fn))
		return 0;
	if (el_node_is(a, "argument_list") && el_node_is(c = el_gofile_parent(f, a), "call_expression") &&
	    el_node_is(sel = field(c, "function"), "selector_expression") &&
	    (text_is(f, field(sel, "field"), "SetString") || text_is(f, field(sel, "field"), "SetBytes")) &&
	    ts_node_named_child_count(a) == 1)
		return 1;
	return in_interface_case(f, e);
}

/* Does subject, as the compiler prints it, make an object (make, new, a
 * composite literal or its address, a func literal) rather than name a
 * value that is boxed or converted?  An inlined callee's allocation at a
 * call's '(' (strconv.Quote's make) is its own, not the argument's. */
static int made_here(el_str subject)
{
	return el_starts(subject.ptr, subject.len, EL_LIT("make(")) ||
	       el_starts(subject.ptr, subject.len, EL_LIT("new(")) ||
	       el_starts(subject.ptr, subject.len, EL_LIT("&")) ||
	       el_find(subject.ptr, subject.len, EL_LIT("{")) ||
	       el_str_eq(subject, el_str_make(EL_LIT("func literal")));
}

/* The type facts of expression e (of x->f): its type, size and
 * underlying kind ("integer-struct" for a struct of one integer field,
 * "constant-slice" for a slice literal of constants); 0 when its type is
 * not known. */
static int type_facts(ctx *x, TSNode e, el_facts *out)
{
	const char *basic;
	long align;
	ty t;

	if (!expr_type(x, x->f, e, &t, 0))
		return 0;
	put_type(out, &t);
	out->size = ty_size(x, &t, &align);
	out->underlying = ty_underlying(x, &t, &basic);
	if (strcmp(out->underlying, "struct") == 0 && out->size > 1 && out->size <= 8 && one_integer_field(x, &t))
		out->underlying = "integer-struct";
	else if (strcmp(out->underlying, "slice") == 0 && constant_slice(x, e))
		out->underlying = "constant-slice";
	return 1;
}

/* Does n (of f) hold a call of fmt's formatting functions that spreads
 * the local name (`fmt.Sprintf(mag.Format, args...)`) with a format that
 * is not a constant (a field, a parameter: data)? */
static int formats_with(ctx *x, TSNode n, el_str name, int depth)
{
	TSTreeCursor cur;
	TSNode k;
	int found = 0;

	if (depth > 200)
		return 0;
	if (el_node_is(n, "call_expression")) {
		el_str fn = package_call(x->f, n, "fmt");
		TSNode args = field(n, "arguments"), last;
		uint32_t c = ts_node_is_null(args) ? 0 : ts_node_named_child_count(args), fi;
		fi = el_starts(fn.ptr, fn.len, EL_LIT("F")) ? 1 : 0; /* Fprintf(w, format, ...) */
		if ((el_str_eq(fn, el_str_make(EL_LIT("Sprintf"))) || el_str_eq(fn, el_str_make(EL_LIT("Printf"))) ||
		     el_str_eq(fn, el_str_make(EL_LIT("Fprintf"))) || el_str_eq(fn, el_str_make(EL_LIT("Errorf")))) &&
		    c == fi + 2 && el_node_is(last = ts_node_named_child(args, c - 1), "variadic_argument") &&
		    el_str_eq(text(x->f, ts_node_named_child(last, 0)), name) &&
		    !is_constant(x, x->f, ts_node_named_child(args, fi), 0))
			return 1;
	}
	EACH_NAMED(n, cur, k)
	{
		if (!el_node_is(k, "func_literal") && formats_with(x, k, name, depth + 1)) {
			found = 1;
			ts_tree_cursor_delete(&cur);
			break;
		}
	}
	return found;
}

/* Is e (of x->f) appended to a local slice (`args = append(args, lbl)`)
 * that its function hands whole to a fmt call whose format is data
 * (humanize's CustomRelTime: `fmt.Sprintf(mag.Format, args...)`, the
 * format a field of the caller's table)?  The format decides which
 * values it prints, so they go through fmt's ...any. */
static int format_args(ctx *x, TSNode e)
{
	TSNode p = el_gofile_parent(x->f, e), call, s, fn;
	decl d;

	if (!el_node_is(p, "argument_list") || !el_node_is(call = el_gofile_parent(x->f, p), "call_expression") ||
	    !text_is(x->f, field(call, "function"), "append") ||
	    !el_node_is(s = ts_node_named_child(p, 0), "identifier") || ts_node_eq(s, e) ||
	    !resolve(x, x->f, s, &d) || d.f != x->f || !(d.kind == D_SHORT || d.kind == D_VAR))
		return 0;
	fn = func_of(x->f, e);
	if (ts_node_is_null(fn) || !ts_node_eq(func_of(x->f, d.node), fn) || ts_node_is_null(field(fn, "body")))
		return 0;
	return formats_with(x, field(fn, "body"), text(x->f, s), 0);
}

/* What an API fixes about a value boxed at e (of x->f): the box for a
 * call through an exported func type ("api-callback"), a value put into
 * the map an encoder is handed ("encoder-document"), a value for a
 * user's callback ("user-callback"), a value collected for a format that
 * is data ("format-args"), into out->context when it is empty. */
static void api_context(ctx *x, TSNode e, el_facts *out)
{
	if (*out->context || !is_expr(e))
		return;
	if (api_callback(x, e))
		out->context = "api-callback";
	else if (encoder_document(x, e))
		out->context = "encoder-document";
	else if (user_callback(x, e))
		out->context = "user-callback";
	else if (format_args(x, e))
		out->context = "format-args";
}

static int facts_find(el_gosrc *g, const el_gofile *f, const char *dir, el_object_kind kind,
                      unsigned long line, unsigned long col, el_str subject, unsigned flags,
                      el_facts *out)
{
	ctx x;
	TSNode e;
	ty t;
	long size = -1;
	int debug_doc = 0;
	TSNode topd = { { 0, 0, 0, 0 }, NULL, NULL };

	memset(out, 0, sizeof *out);
	out->context = out->free = out->underlying = out->owner = out->declared = out->in_loop = "";
	out->func_result = "";
	out->role = out->inlined_args = out->callers = out->with_values = "";
	out->size = -1;
	if (line == 0 || col == 0 || el_gofile_offset(f, line, col) == (size_t)-1)
		return 0;
	ctx_init(&x, g, f, dir);
	{
		const char *p = el_gofile_path(f);
		size_t n = strlen(p);
		x.test_file = n > 8 && strcmp(p + n - 8, "_test.go") == 0;
	}
	e = expr_at(f, line, col);
	if (kind == EL_OBJ_NOINLINE) {
		/* a function that returns an interface hands its objects out
		 * behind it (see inline-budget's allocation count) */
		size_t off = el_gofile_offset(f, line, col);
		TSNode top = ts_node_first_child_for_byte(el_gofile_root(f), (uint32_t)off);
		if (!ts_node_is_null(top) && ts_node_start_byte(top) <= off &&
		    (el_node_is(top, "function_declaration") || el_node_is(top, "method_declaration")) &&
		    returns_interface(&x, top))
			out->func_result = "interface";
		return x.failed ? -2 : 0;
	}
	if (kind == EL_OBJ_LEAK) {
		/* a parameter without a name (~p1, go.shape.~p1: the wrapper
		 * Go generates for a method expression of an interface, at the
		 * method's declaration): named by its type as written */
		TSNode pd = e;
		while (!ts_node_is_null(pd) && !el_node_is(pd, "parameter_declaration") && !is_func(pd) &&
		       !el_node_is(pd, "source_file"))
			pd = el_gofile_parent(f, pd);
		if (temporary(subject) && el_node_is(pd, "parameter_declaration") &&
		    ts_node_is_null(field(pd, "name")) && !ts_node_is_null(field(pd, "type")) &&
		    el_node_is(el_gofile_parent(f, el_gofile_parent(f, pd)), "method_elem")) {
			char tname[sizeof out->subject - 20];
			copy_source(f, field(pd, "type"), tname, sizeof tname);
			snprintf(out->subject, sizeof out->subject, "the %s parameter", tname);
		}
		return 0;
	}
	{ /* the top-level declaration holding the position */
		size_t off = el_gofile_offset(f, line, col);
		TSNode top = ts_node_first_child_for_byte(el_gofile_root(f), (uint32_t)off);
		if (!ts_node_is_null(top) && ts_node_start_byte(top) <= off &&
		    (el_node_is(top, "function_declaration") || el_node_is(top, "method_declaration"))) {
			if (el_gofile_func_name(f, top, out->function, sizeof out->function) < 0)
				return -2;
			out->role = role_of(&x, top, e);
			if (returns_interface(&x, top))
				out->func_result = "interface";
			else if (derived_handle(&x, top, e))
				out->func_result = "derived";
			topd = top;
			debug_doc = doc_says_debug(f, top);
			el_str rt = el_gofile_receiver_type(f, top);
			out->for_tests = doc_says_test(f, top);
			if (!out->for_tests && rt.len) {
				/* the receiver type's doc comment */
				const el_gofile *tf;
				TSNode td;
				int rc = el_gosrc_lookup(g, dir, rt, 0, x.test_file, &tf, &td);
				if (rc == -2)
					return -2;
				out->for_tests = rc == 1 && doc_says_test(tf, td);
			}
			/* what another file of the package uses is no test helper,
			 * whatever its comment says (zap's console encoder uses the
			 * sliceArrayEncoder documented as not for production) */
			if (out->for_tests &&
			    used_elsewhere(&x, rt.len ? rt : text(f, field(top, "name"))))
				out->for_tests = 0;
			/* set-up or cold callers say when top runs, not when the
			 * func literals it makes run (jsoniter's useNumber, called
			 * once by Froze, registers a decoder literal run per
			 * value); a literal itself is made when top runs */
			int in_lit = in_literal_of(f, top, e) &&
			             !el_str_eq(subject, el_str_make(EL_LIT("func literal")));
			if (!*out->role && !x.test_file) {
				switch (callers_code(&x, top, out->called_from, sizeof out->called_from)) {
				case CALLERS_SETUP:
					if (!in_lit)
						out->callers = "setup";
					break;
				case CALLERS_COLD:
					if (!in_lit)
						out->callers = "cold";
					break;
				case CALLERS_NONE:
					out->callers = "none";
					break;
				case CALLERS_GO:
					out->callers = "goroutine";
					break;
				case CALLERS_DEAD:
					out->callers = "dead";
					break;
				case CALLERS_TRACE:
					out->callers = "stack-trace";
					break;
				}
			}
		}
	}
	if (kind == EL_OBJ_ESCAPES && el_str_eq(subject, el_str_make(EL_LIT("func literal"))) &&
	    go_literal(f, e))
		out->role = "go-call"; /* go func() {...}(): the goroutine's closure */
	if (kind == EL_OBJ_MOVED && el_node_is(e, "identifier")) {
		switch (captured_only_by_go(f, e, 0)) {
		case 1:
			out->role = "go-call"; /* moved with the goroutine's closure */
			break;
		case 2:
			out->role = "go-shared"; /* captured by closures only goroutines call */
			break;
		}
	}
	if (kind == EL_OBJ_ESCAPES && !*out->role && el_node_is(e, "func_literal") &&
	    el_str_eq(subject, el_str_make(EL_LIT("func literal")))) {
		/* setErr := func(...) {...}, captured only by the goroutines'
		 * closures: a closure they share */
		TSNode v = variable_of(f, e);
		if (!ts_node_is_null(v) && captured_only_by_go(f, v, 0))
			out->role = "go-shared";
		else if (go_called_only(f, e))
			out->role = "go-call"; /* w := func() {...}; go w() */
	}
	if (kind == EL_OBJ_ESCAPES && !*out->role && is_expr(e) && !el_node_is(e, "func_literal") &&
	    handed_to_go(f, e))
		out->role = "go-call"; /* an argument of the goroutine's call */
	if (kind == EL_OBJ_ESCAPES && el_str_eq(subject, el_str_make(EL_LIT("func literal")))) {
		/* go x.f(a), go func(k string) {...}(k): the compiler wraps the
		 * call in a closure holding its arguments, at the statement (a
		 * position in a literal is the literal's own) */
		TSNode s = e;
		while (!ts_node_is_null(s) && !el_node_is(s, "go_statement") && !el_node_is(s, "block") &&
		       !el_node_is(s, "func_literal"))
			s = el_gofile_parent(f, s);
		if (el_node_is(s, "go_statement") && el_node_is(ts_node_named_child(s, 0), "call_expression"))
			out->role = "go-call";
	}
	out->context = context_of(&x, e);
	if (!*out->context && debug_doc)
		out->context = "debug-function";
	if (kind == EL_OBJ_ESCAPES && !made_here(subject))
		api_context(&x, e, out); /* a call's result (~R0, or printed otherwise:
		                            time.Time.Format(t, f)) has no place of its own below */
	if (!*out->context && !ts_node_is_null(topd)) {
		if (fatal_name(text(f, field(topd, "name"))) && !ts_node_is_null(field(topd, "body")) &&
		    holds_fatal_call(f, field(topd, "body")))
			out->context = "fatal-function";
		else if (!*out->role && unexported_stringer(f, topd))
			out->context = "stringer";
		else if (after_stack_capture(f, topd, e))
			out->context = "stack-trace";
	}
	out->in_loop = loop_of(f, e);
	if ((strcmp(out->in_loop, "for") == 0 || !*out->in_loop) && in_scan_loop(&x, e))
		out->in_loop = "scan";
	else if (!*out->in_loop && seeds_scan_loop(&x, e))
		out->in_loop = "scan"; /* the first of a scan loop's doublings */
	if (kind == EL_OBJ_ESCAPES)
		out->with_values = with_values_of(f, e);
	else if (kind == EL_OBJ_MOVED && el_node_is(e, "identifier")) {
		TSNode fn = func_of(f, e);
		if (!ts_node_is_null(fn) && !ts_node_is_null(field(fn, "body")))
			out->with_values = address_with_values(f, field(fn, "body"), text(f, e), 0);
	}
	if (kind == EL_OBJ_MOVED && el_node_is(e, "identifier") && loop_variable(f, e))
		out->declared = "loop";
	else if (kind == EL_OBJ_MOVED && el_node_is(e, "identifier") && own_param(&x, e))
		out->declared = "param";
	TSNode new_call; /* new(expr) for its temporary: the object's expression */
	memset(&new_call, 0, sizeof new_call);
	if (kind == EL_OBJ_MOVED && el_starts(subject.ptr, subject.len, EL_LIT(".autotmp_"))) {
		/* new(expr), Go >= 1.26: the temporary, at the call's '(' */
		TSNode call = e;
		int up;
		for (up = 0; up < 4 && !ts_node_is_null(call) &&
		             !(el_node_is(call, "call_expression") && text_is(f, field(call, "function"), "new"));
		     up++)
			call = el_gofile_parent(f, call);
		if (!ts_node_is_null(call) && el_node_is(call, "call_expression") &&
		    text_is(f, field(call, "function"), "new")) {
			/* to the matching ')': grammars before new(expr) may
			 * parse the argument as a type and stop early */
			size_t len, i, start = ts_node_start_byte(call);
			const char *src = el_gofile_text(f, &len);
			int depth = 0;
			for (i = start; i < len; i++) {
				if (src[i] == '(')
					depth++;
				else if (src[i] == ')' && --depth == 0)
					break;
				else if (src[i] == '\n')
					break;
			}
			if (i < len && src[i] == ')' && depth == 0) {
				if (i - start < sizeof out->subject - 1) {
					memcpy(out->subject, src + start, i + 1 - start);
					out->subject[i + 1 - start] = '\0';
				} else {
					copy_source(f, call, out->subject, sizeof out->subject);
				}
				new_call = call;
			}
		}
	}
	if ((kind == EL_OBJ_ESCAPES || kind == EL_OBJ_MOVED) && temporary(subject) &&
	    !out->subject[0]) {
		/* a result of the call in `return f()` is reported at the
		 * statement, as a note's WHERE would be */
		TSNode s = is_expr(e) ? e : el_gofile_where_node(f, line, col, subject);
		if (is_expr(s) && !el_node_is(s, "identifier"))
			copy_source(f, s, out->subject, sizeof out->subject);
	}
	if (!out->subject[0] && el_find(subject.ptr, subject.len, EL_LIT("... argument..."))) {
		/* a variadic call's result, printed with its implicit slice
		 * (`fmt.Sprintf("%s", ... argument...)`, at its '('): the call
		 * as written */
		TSNode c = e;
		TSPoint p;
		p.row = (uint32_t)(line - 1);
		p.column = (uint32_t)(col - 1);
		while (!ts_node_is_null(c) && !(el_node_is(c, "call_expression") && pt_eq(compiler_pos(c), p)) &&
		       !el_node_is(c, "block") && !is_func(c))
			c = el_gofile_parent(f, c);
		if (el_node_is(c, "call_expression"))
			copy_source(f, c, out->subject, sizeof out->subject);
	}
	if (el_str_eq(subject, el_str_make(EL_LIT("... argument")))) {
		/* the implicit slice: no value of its own; the slice of a
		 * returned call whose result is a closure lives with it */
		TSNode c = e;
		while (!ts_node_is_null(c) && !el_node_is(c, "call_expression") && !el_node_is(c, "block"))
			c = el_gofile_parent(f, c);
		if (el_node_is(c, "call_expression") && closure_state(&x, c))
			out->owner = "closure";
		return x.failed ? -2 : 0;
	}
	/* Go >= 1.25 reports append growth as `append escapes to heap` at
	 * the call's '(' */
	if (el_str_eq(subject, el_str_make(EL_LIT("append")))) {
		TSNode c = e;
		TSPoint p;
		p.row = (uint32_t)(line - 1);
		p.column = (uint32_t)(col - 1);
		while (!ts_node_is_null(c) && !el_node_is(c, "call_expression") && !el_node_is(c, "block"))
			c = el_gofile_parent(f, c);
		if (!el_node_is(c, "call_expression") || !pt_eq(compiler_pos(c), p))
			return x.failed ? -2 : 0;
		if (text_is(f, field(c, "function"), "append")) {
			ty st;
			out->owner = owner_of_object(&x, c);
			if (expr_type(&x, f, c, &st, 0))
				put_type(out, &st); /* the slice's type, for its elements */
		} else {
			TSNode fn = field(c, "function");
			inlined_call(&x, c, out); /* an append inside the inlined call */
			/* of a method of a buffer the function declares empty
			 * (var out strings.Builder; out.WriteByte('[')): nothing
			 * keeps its capacity between calls */
			if (el_node_is(fn, "selector_expression") &&
			    el_node_is(field(fn, "operand"), "identifier") &&
			    fresh_buffer(&x, field(fn, "operand")))
				out->owner = "fresh-buffer";
			else if (el_node_is(fn, "identifier") && closure_append_local(&x, fn))
				out->owner = "local";
		}
		return x.failed ? -2 : 0;
	}
	if (!el_node_is(e, "func_literal")) {
		TSPoint at;
		TSNode s;
		at.row = (uint32_t)(line - 1);
		at.column = (uint32_t)(col - 1);
		/* a binary expression is reported at its operator, which no other
		 * expression shares: the printed text may differ (Go >= 1.22
		 * prints h>>1&3 as h >> uint(1) & blockHeader(3), without the
		 * parentheses) */
		if (el_node_is(e, "binary_expression") && pt_eq(compiler_pos(e), at) &&
		    !printed_constant(subject)) {
			/* ([]byte)(prefix + "x"): Go 1.26 reports the conversion
			 * at its operand's operator */
			TSNode cv = el_gofile_parent(f, e);
			s = el_node_is(cv, "type_conversion_expression") && ts_node_eq(field(cv, "operand"), e) &&
			            subject.len > 1 && subject.ptr[0] == '('
			        ? cv
			        : e;
		}
		else if (!ts_node_is_null(new_call))
			s = new_call;
		else
			s = subject_node(f, e, subject);
		if (ts_node_is_null(s) && (el_starts(subject.ptr, subject.len, EL_LIT("([]byte)(")) ||
		                           el_starts(subject.ptr, subject.len, EL_LIT("([]rune)(")))) {
			/* []byte(magicChunk) printed with the constant's value,
			 * ([]byte)("\xff\x06..."): the conversion of a constant
			 * the source names, which copies it all the same */
			TSNode cv = e;
			int up;
			for (up = 0; up < 3 && !ts_node_is_null(cv) && !el_node_is(cv, "type_conversion_expression"); up++)
				cv = el_gofile_parent(f, cv);
			if (el_node_is(cv, "type_conversion_expression") &&
			    is_constant(&x, f, field(cv, "operand"), 0) &&
			    text(f, field(cv, "type")).len == 6 &&
			    memcmp(text(f, field(cv, "type")).ptr, subject.ptr + 1, 6) == 0)
				s = cv;
		}
		if (ts_node_is_null(s)) {
			/* not in the source as printed: a value the compiler
			 * substituted (Go >= 1.22 prints ctxKey(1) for routeKey),
			 * an allocation inside an inlined call, or a temporary */
			TSPoint p;
			p.row = (uint32_t)(line - 1);
			p.column = (uint32_t)(col - 1);
			if (kind == EL_OBJ_ESCAPES &&
			    ((is_expr(e) && is_constant(&x, f, e, 0)) || printed_constant(subject)))
				out->free = "constant";
			else if (kind == EL_OBJ_ESCAPES && printed_one_byte(subject))
				out->free = "byte"; /* uint8(pkg.c) inside an inlined call */
			else if (kind == EL_OBJ_ESCAPES && (flags & EL_FACTS_STATIC_VALUES) &&
			         empty_literal_text(subject))
				out->free = "constant"; /* T{} boxed by an inlined callee */
			else if (kind == EL_OBJ_ESCAPES &&
			         (el_str_eq(subject, el_str_make(EL_LIT("([]byte)(\"\")"))) ||
			          el_str_eq(subject, el_str_make(EL_LIT("([]rune)(\"\")")))))
				out->free = "empty"; /* bytes.NewBufferString("") inlined */
			else if (el_node_is(e, "call_expression") && pt_eq(compiler_pos(e), p)) {
				inlined_call(&x, e, out); /* reported at the call's '(' */
				if (kind == EL_OBJ_ESCAPES && !*out->context && printed_line(f, e))
					out->context = "printed-line";
				else if (kind == EL_OBJ_ESCAPES && !*out->context && decoder_with_options(f, e))
					out->context = "decoder-options";
				else if (kind == EL_OBJ_ESCAPES && !*out->context && stream_wrapper(&x, e))
					out->context = "stream-wrapper";
				else if (kind == EL_OBJ_ESCAPES && !*out->context && decoded_value(&x, e))
					out->context = "decoded-value";
				/* where the call's result goes, which its result
				 * (or a part of it) the object may be: the rules
				 * read it with the chain's first flow */
				out->owner = owner_of_object(&x, e);
				/* the call's result itself boxed (~r0, ~R0:
				 * zerolog's Hook(newCallerHook(n))): its type */
				if (kind == EL_OBJ_ESCAPES && subject.len > 1 && subject.ptr[0] == '~')
					type_facts(&x, e, out);
			}
			return x.failed ? -2 : 0;
		}
		/* the compiler may report at the statement (Go 1.19: d.err = X
		 * at d): the subject's own place says more */
		if (!ts_node_eq(s, e) && !*out->context)
			out->context = context_of(&x, s);
		e = s;
	}
	/* any(x), interface{}(x), error(x): the value boxed is x */
	if (el_node_is(e, "call_expression") && ts_node_named_child_count(field(e, "arguments")) == 1) {
		TSNode fn = field(e, "function");
		if (el_node_is(fn, "parenthesized_expression"))
			fn = ts_node_named_child(fn, 0);
		if (el_node_is(fn, "interface_type") || (el_node_is(fn, "identifier") && (text_is(f, fn, "any") ||
		                                                          text_is(f, fn, "error"))))
			e = ts_node_named_child(field(e, "arguments"), 0);
	}
	if (kind == EL_OBJ_ESCAPES && !made_here(subject))
		api_context(&x, e, out); /* the value's own place (Go 1.19: the call's '(') */
	else if (kind == EL_OBJ_ESCAPES && !*out->context && encoder_input(&x, e))
		out->context = "encoder-input";
	out->owner = owner_of_object(&x, e);
	if (kind == EL_OBJ_ESCAPES && !*out->context && stream_wrapper(&x, e))
		out->context = "stream-wrapper";
	else if ((kind == EL_OBJ_ESCAPES || kind == EL_OBJ_MOVED) && !*out->context && decoded_value(&x, e))
		out->context = "decoded-value";
	if (kind == EL_OBJ_ESCAPES && strcmp(out->owner, "result") == 0 && receiver_window(&x, e))
		out->declared = "receiver-buffer"; /* the bytes the string copies */
	else if (kind == EL_OBJ_ESCAPES && strcmp(out->owner, "result") == 0 && el_node_is(e, "identifier")) {
		/* a local or parameter boxed into an interface result (toml's
		 * valueArray: return array, tomlArray), not a package-level
		 * variable */
		decl d;
		if (resolve(&x, f, e, &d) && d.f == f && (d.kind == D_SHORT || d.kind == D_VAR || d.kind == D_PARAM) &&
		    ts_node_eq(func_of(f, d.node), func_of(f, e)))
			out->declared = "local";
	}
	if (kind == EL_OBJ_ESCAPES) {
		int cap;
		if (el_node_is(e, "func_literal") && el_str_eq(subject, el_str_make(EL_LIT("func literal")))) {
			if ((cap = captures(f, e, x.a)) < 0)
				return -2;
			if (cap == 0)
				out->free = "static-closure";
			else if (!*out->context && interface_callback(&x, e))
				out->context = "interface-callback";
		} else if (is_expr(e) && is_constant(&x, f, e, 0)) {
			out->free = "constant";
		} else if ((flags & EL_FACTS_STATIC_VALUES) && constant_literal(&x, e, 0)) {
			out->free = "constant";
		} else {
			out->free = free_allocation(&x, e);
		}
	}
	if (is_expr(e) && !el_node_is(e, "func_literal") && type_facts(&x, e, out)) {
		const char *basic;
		expr_type(&x, f, e, &t, 0);
		size = out->size;
		ty_underlying(&x, &t, &basic);
		if (kind == EL_OBJ_ESCAPES && !*out->free) {
			if (size == 0)
				out->free = "zero-size";
			else if (strcmp(basic, "bool") == 0)
				out->free = "bool";
			else if (size == 1)
				out->free = "byte";
			else if (strncmp(basic, "uint", 4) == 0 && el_node_is(e, "identifier") &&
			         bounded_below_256(&x, e))
				out->free = "byte"; /* if s < 10 { ... s ... }: from static data */
		}
	}
	return x.failed ? -2 : 0;
}
