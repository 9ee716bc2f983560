/*
 * callee.c -- the build's functions, as far as its output tells: whether
 * each can be inlined (and why not, at what cost) and which parameters it
 * keeps, with what it does with them.  The grouper registers every block's
 * functions and leaking parameters before delivering its objects, and
 * links an object whose primary chain ends in the heap at a call to the
 * function called there (el_call): the cause of the escape is then named
 * in the callee, across functions and packages of the same build.
 *
 * The index lives for the whole input: one entry per function (about 60
 * bytes and its name) and one per leaking parameter.  Packages are
 * compiled after the packages they import, so a callee of another package
 * of the build is registered before its callers are delivered.
 */
#include "callee.h"

#include <stdint.h>

#define NONE SIZE_MAX

typedef struct cfunc {
	el_str pkg;                /* import path */
	el_str name;               /* as the compiler names it: F, T.M, (*T).M */
	el_pos pos;
	int inlinable;             /* 1 can, 0 cannot */
	el_str reason;
	long cost, budget;
	size_t first_param;        /* NONE, or the first of its leaking parameters */
	/* the names of its receiver and parameters, in order, NUL-separated
	 * (nparams of them; -1: not read) */
	const char *params;
	long nparams;
} cfunc;

typedef struct cparam {
	el_str name, verdict, dest;
	el_pos pos;
	el_str keeps, keeps_why;
	el_str keeps_where;        /* the compiler's text of that note (keeps may be the source) */
	el_pos keeps_pos;
	size_t next;               /* next parameter of the same function, or NONE */
} cparam;

struct el_callees {
	el_arena arena;            /* names, reasons, texts: kept for the whole run */
	el_vec funcs, params;
	el_map by_key;             /* key(package key, name) -> funcs index */
	el_buf name;               /* a normalised callee name being looked up */
	el_call call;              /* the last link made */
	el_buf params_text;        /* parameter names of a declaration read from source */
	el_buf via_text;           /* the call the last link's callee boxes its parameter for */
};


/* Functions are found by (package, name): the package's import path for
 * calls inside it, "name:" and its name for calls from other packages. */
static unsigned long long key(int by_name, el_str pkg, el_str name)
{
	unsigned long long h = el_hash(by_name ? "n" : "p", 1, EL_HASH_SEED);
	h = el_hash(pkg.ptr, pkg.len, h);
	h = el_hash("\0", 1, h);
	return el_hash(name.ptr, name.len, h);
}

el_callees *el_callees_new(const el_allocator *a)
{
	el_callees *c = el_malloc(a, sizeof *c);

	if (c)
		memset(c, 0, sizeof *c);
	return c;
}

void el_callees_free(el_callees *c, const el_allocator *a)
{
	if (!c)
		return;
	el_arena_release(&c->arena, a);
	el_vec_release(&c->funcs, a);
	el_vec_release(&c->params, a);
	el_map_release(&c->by_key, a);
	el_buf_release(&c->name, a);
	el_buf_release(&c->params_text, a);
	el_buf_release(&c->via_text, a);
	el_free(a, c);
}

static el_str keep(el_callees *c, el_str s, int *failed, const el_allocator *a)
{
	el_str k = el_arena_str(&c->arena, s, a);
	if (!k.ptr && s.len)
		*failed = 1;
	return k;
}

static el_pos keep_pos(el_callees *c, el_pos p, int *failed, const el_allocator *a)
{
	p.file = keep(c, p.file, failed, a);
	return p;
}

/* The function (pkg, name) registered under its path, or NONE. */
static size_t find(const el_callees *c, int by_name, el_str pkg, el_str name)
{
	size_t it = 0, v;
	unsigned long long h = key(by_name, pkg, name);

	while (el_map_next(&c->by_key, h, &it, &v)) {
		const cfunc *f = &EL_VEC_AT(&c->funcs, cfunc, v);
		if (el_str_eq(f->name, name) &&
		    (by_name ? el_str_eq(el_go_package_name(f->pkg), pkg) : el_str_eq(f->pkg, pkg)))
			return v;
	}
	return NONE;
}

/* See callee.h. */
int el_callees_decl(const el_callees *c, el_str text, el_str pkg_path, el_pos *pos)
{
	const char *dot = memchr(text.ptr, '.', text.len);
	size_t i = find(c, 0, pkg_path, text);

	/* pkg.Rest: the package's name, then a function or method of it */
	if (i == NONE && dot && text.ptr[0] != '(')
		i = find(c, 1, el_str_make(text.ptr, (size_t)(dot - text.ptr)),
		         el_str_make(dot + 1, text.len - (size_t)(dot - text.ptr) - 1));
	if (i == NONE)
		return 0;
	*pos = EL_VEC_AT(&c->funcs, cfunc, i).pos;
	return 1;
}

int el_callees_add_func(el_callees *c, el_str pkg, el_str name, el_pos pos, int inlinable,
                        el_str reason, long cost, long budget, const el_allocator *a)
{
	size_t i = find(c, 0, pkg, name);
	cfunc *f;
	int failed = 0;

	if (i != NONE) {
		/* a test variant compiles the package again: the same verdict */
		return 0;
	}
	i = c->funcs.len;
	if (!(f = el_vec_push(&c->funcs, sizeof *f, a)))
		return -1;
	f->pkg = keep(c, pkg, &failed, a);
	f->name = keep(c, name, &failed, a);
	f->pos = keep_pos(c, pos, &failed, a);
	f->inlinable = inlinable;
	f->reason = keep(c, reason, &failed, a);
	f->cost = cost;
	f->budget = budget;
	f->first_param = NONE;
	f->nparams = -1;
	if (failed || el_map_put(&c->by_key, key(0, pkg, name), i, a) != 0 ||
	    el_map_put(&c->by_key, key(1, el_go_package_name(pkg), name), i, a) != 0)
		return -1;
	return 0;
}

/* Is the last note of a chain in a compiler wrapper (<autogenerated>)? */
static int wrapper_chain(const el_chain *ch)
{
	size_t k;

	for (k = ch->nsteps; k-- > 0;)
		if (ch->steps[k].nnotes) {
			el_str f = ch->steps[k].notes[ch->steps[k].nnotes - 1].at.file;
			return f.len > 0 && f.ptr[0] == '<';
		}
	return 0;
}

/* The line of the last note of a chain (0 without notes). */
static unsigned long last_line(const el_chain *ch)
{
	size_t k;

	for (k = ch->nsteps; k-- > 0;)
		if (ch->steps[k].nnotes)
			return ch->steps[k].notes[ch->steps[k].nnotes - 1].at.line;
	return 0;
}

int el_callees_add_param(el_callees *c, el_str pkg, el_str func, el_str param, el_str verdict,
                         el_pos pos, const el_chain *chains, size_t nchains,
                         el_callees_source_fn source, void *ctx, const el_allocator *a)
{
	size_t fi = find(c, 0, pkg, func), k, i;
	const el_chain *best = NULL;
	cparam *p;
	cfunc *f;
	int failed = 0;

	if (fi == NONE)
		return 0; /* -m=1 input names only the functions it can inline */
	f = &EL_VEC_AT(&c->funcs, cfunc, fi);
	for (i = f->first_param; i != NONE; i = EL_VEC_AT(&c->params, cparam, i).next)
		if (el_str_eq(EL_VEC_AT(&c->params, cparam, i).name, param))
			return 0; /* a test variant's copy */
	/* what it does with the parameter itself (fewest dereferences; a
	 * `leaking param content` keeps only what it points to), into the
	 * heap rather than into another object or a result */
	for (k = 0; k < nchains; k++) {
		const el_chain *ch = &chains[k];
		int heap = el_str_eq(ch->dest, el_str_make(EL_LIT("{heap}")));
		int best_heap = best && el_str_eq(best->dest, el_str_make(EL_LIT("{heap}")));
		if (!ch->nsteps)
			continue;
		/* a compiler wrapper's chain (<autogenerated>, calling the method
		 * it wraps) says nothing about the method: the last resort */
		if (best && wrapper_chain(ch) && !wrapper_chain(best))
			continue;
		if (best && wrapper_chain(best) && !wrapper_chain(ch)) {
			best = ch;
			continue;
		}
		/* ties: the first statement in the source (releases list the
		 * chains in different orders) */
		if (!best || ch->derefs < best->derefs ||
		    (ch->derefs == best->derefs && heap && !best_heap) ||
		    (ch->derefs == best->derefs && heap == best_heap &&
		     last_line(ch) < last_line(best)))
			best = ch;
	}
	i = c->params.len;
	if (!(p = el_vec_push(&c->params, sizeof *p, a)))
		return -1;
	p->name = keep(c, param, &failed, a);
	p->verdict = keep(c, verdict, &failed, a);
	p->pos = keep_pos(c, pos, &failed, a);
	p->next = NONE;
	if (best) {
		const el_step *s = &best->steps[best->nsteps - 1];
		p->dest = keep(c, best->dest, &failed, a);
		for (k = best->nsteps; k-- > 0;)
			if (best->steps[k].nnotes) {
				s = &best->steps[k];
				break;
			}
		if (s->nnotes) {
			const el_note *n = &s->notes[s->nnotes - 1];
			el_str shown = { "", 0 };
			if (source && source(ctx, n, &shown) != 0)
				return -1;
			p->keeps = keep(c, shown.len ? shown : n->where, &failed, a);
			p->keeps_why = keep(c, n->why, &failed, a);
			p->keeps_where = keep(c, n->where, &failed, a);
			p->keeps_pos = keep_pos(c, n->at, &failed, a);
		}
	}
	if (failed)
		return -1;
	/* append, so parameters stay in the order of their positions */
	f = &EL_VEC_AT(&c->funcs, cfunc, fi);
	if (f->first_param == NONE) {
		f->first_param = i;
	} else {
		size_t j = f->first_param;
		while (EL_VEC_AT(&c->params, cparam, j).next != NONE)
			j = EL_VEC_AT(&c->params, cparam, j).next;
		EL_VEC_AT(&c->params, cparam, j).next = i;
	}
	return 0;
}

/* See callee.h. */
el_str el_callee_of(el_str where)
{
	size_t i = 0;
	int depth = 0;

	if (where.len && where.ptr[0] == '(') {
		for (; i < where.len; i++) {
			if (where.ptr[i] == '(')
				depth++;
			else if (where.ptr[i] == ')' && --depth == 0)
				break;
		}
		i++;
	}
	for (; i < where.len; i++) {
		char c = where.ptr[i];
		if (c == '(' && i > 0 && where.ptr[i - 1] == '.') {
			/* a type assertion, fr.(flate.Resetter).Reset(...): part
			 * of the callee */
			for (depth = 0; i < where.len; i++) {
				if (where.ptr[i] == '(')
					depth++;
				else if (where.ptr[i] == ')' && --depth == 0)
					break;
			}
			continue;
		}
		if (c == '(')
			return el_str_make(where.ptr, i);
		if (c == ' ' || c == '=' || c == ',' || c == '{')
			return el_str_make(where.ptr, 0);
	}
	return el_str_make(where.ptr, 0);
}

/* The arguments of the call in where, after callee: up to max top-level
 * pieces of the parentheses; their number. */
static size_t arguments(el_str where, size_t callee_len, el_str *out, size_t max)
{
	size_t i = callee_len, start, n = 0;
	int depth = 0;
	char quote = 0;

	if (i >= where.len || where.ptr[i] != '(')
		return 0;
	start = ++i;
	for (; i < where.len; i++) {
		char ch = where.ptr[i];
		if (quote) {
			if (ch == '\\' && quote != '`')
				i++;
			else if (ch == quote)
				quote = 0;
			continue;
		}
		if (ch == '"' || ch == '\'' || ch == '`') {
			quote = ch;
		} else if (ch == '(' || ch == '[' || ch == '{') {
			depth++;
		} else if ((ch == ')' || ch == ']' || ch == '}') && depth > 0) {
			depth--;
		} else if ((ch == ',' || ch == ')') && depth == 0) {
			el_str a = el_str_make(where.ptr + start, i - start);
			while (a.len && a.ptr[0] == ' ')
				a.ptr++, a.len--;
			if (n < max && (a.len || ch == ','))
				out[n] = a;
			if (a.len || ch == ',')
				n++;
			if (ch == ')')
				break;
			start = i + 1;
		}
	}
	return n;
}


/* The names of the receiver and parameters of the function declared at
 * pos (its name's position), in order, into c->params_text as
 * NUL-separated names; their number, 0 when unknown, -1 out of memory. */
static long param_names(el_callees *c, const el_gofile *f, el_pos pos, const el_allocator *a)
{
	TSNode n = el_gofile_node_at(f, pos.line, pos.col);
	const char *text;
	size_t len;
	long count = 0;
	int depth;
	static const char *const lists[] = { "receiver", "parameters" };
	unsigned l;

	text = el_gofile_text(f, &len);
	for (depth = 0; depth < 4 && !ts_node_is_null(n); depth++) {
		const char *t = ts_node_type(n);
		if (strcmp(t, "function_declaration") == 0 || strcmp(t, "method_declaration") == 0)
			break;
		n = el_gofile_parent(f, n);
	}
	if (ts_node_is_null(n) || depth == 4)
		return 0;
	c->params_text.len = 0;
	for (l = 0; l < 2; l++) {
		TSNode pl = ts_node_child_by_field_name(n, lists[l], (uint32_t)strlen(lists[l]));
		uint32_t i, np;
		if (ts_node_is_null(pl))
			continue;
		np = ts_node_named_child_count(pl);
		for (i = 0; i < np; i++) {
			TSNode d = ts_node_named_child(pl, i);
			uint32_t j, nc = ts_node_child_count(d);
			int named = 0;
			for (j = 0; j < nc; j++) {
				TSNode nm = ts_node_child(d, j);
				const char *fn = ts_node_field_name_for_child(d, j);
				/* `a, b int`: the comma between the names is no name */
				if (!fn || strcmp(fn, "name") != 0 || !ts_node_is_named(nm))
					continue;
				if (el_buf_append(&c->params_text, text + ts_node_start_byte(nm),
				                  ts_node_end_byte(nm) - ts_node_start_byte(nm), a) != 0 ||
				    el_buf_append(&c->params_text, "", 1, a) != 0)
					return -1;
				named = 1;
				count++;
			}
			if (!named) { /* an unnamed parameter: a place all the same */
				if (el_buf_append(&c->params_text, "_", 2, a) != 0)
					return -1;
				count++;
			}
		}
	}
	return count;
}

/* The name the log's callee text gives (pkg NULL: the calling package's
 * own function; else the package name): the function's index or NONE.
 * kind is set to "static" when the text can only be a static call. */
static size_t resolve(el_callees *c, el_str callee, el_str pkg_path, el_str *kind,
                      const el_gofile *caller, const el_allocator *a, int *failed)
{
	el_str name = callee;
	size_t i, dot = NONE, ndots = 0;

	/* generic instantiations are registered without their shapes */
	c->name.len = 0;
	for (i = 0; i < callee.len; i++) {
		if (callee.ptr[i] == '[') {
			int depth = 0;
			for (; i < callee.len; i++) {
				if (callee.ptr[i] == '[')
					depth++;
				else if (callee.ptr[i] == ']' && --depth == 0)
					break;
			}
			continue;
		}
		if (el_buf_append(&c->name, callee.ptr + i, 1, a) != 0) {
			*failed = 1;
			return NONE;
		}
	}
	name = el_str_make(c->name.ptr, c->name.len);
	if (name.len && name.ptr[0] == '(') {
		/* (*T).M or (*pkg.T).M: a method, called statically */
		const char *close = memchr(name.ptr, ')', name.len);
		const char *t = name.ptr + 1, *pd;
		*kind = el_str_make(EL_LIT("static"));
		if (!close)
			return NONE;
		if (*t == '*')
			t++;
		pd = memchr(t, '.', (size_t)(close - t));
		{
			/* registered as (*T).M under the package's path (unqualified)
			 * or name (pkg.T); a pointer method that is only the
			 * compiler's wrapper of a value method is that method, T.M */
			el_str pkgname = pd ? el_str_make(t, (size_t)(pd - t)) : el_str_make("", 0);
			const char *tn = pd ? pd + 1 : t;
			size_t fi;
			el_buf *b = &c->params_text; /* scratch for the names tried */
			int star;
			for (star = 1; star >= 0; star--) {
				b->len = 0;
				if ((star && el_buf_append(b, name.ptr, (size_t)(t - name.ptr), a) != 0) ||
				    el_buf_append(b, tn, (size_t)(close - tn), a) != 0 ||
				    (star && el_buf_append(b, ")", 1, a) != 0) ||
				    el_buf_append(b, close + 1, (size_t)(name.ptr + name.len - close - 1), a) != 0) {
					*failed = 1;
					return NONE;
				}
				fi = pd ? find(c, 1, pkgname, el_str_make(b->ptr, b->len))
				        : find(c, 0, pkg_path, el_str_make(b->ptr, b->len));
				if (fi != NONE)
					return fi;
				if (t == name.ptr + 1) /* (T).M: no pointer form to strip */
					break;
			}
			return NONE;
		}
	}
	for (i = 0; i < name.len; i++)
		if (name.ptr[i] == '.') {
			if (dot == NONE)
				dot = i;
			ndots++;
		}
	if (ndots == 0) {
		if (el_go_builtin_func(name)) {
			*kind = el_str_make(EL_LIT("builtin"));
			return NONE;
		}
		i = find(c, 0, pkg_path, name);
		if (i != NONE)
			*kind = el_str_make(EL_LIT("static"));
		else if (caller)
			/* -m=2 gives every function of the package an inlining
			 * verdict: a bare name with none is a variable of func
			 * type (printFunc(...), a callback field copied to a
			 * local) */
			*kind = el_str_make(EL_LIT("dynamic"));
		return i;
	}
	if (name.len > 2 && name.ptr[0] == '~') {
		*kind = el_str_make(EL_LIT("dynamic")); /* ~p0.M: a wrapper's interface call */
		return NONE;
	}
	/* pkg.F, pkg.T.M, T.M, or x.M / x.f / x.y.M (dynamic) */
	i = find(c, 1, el_str_make(name.ptr, dot), el_str_make(name.ptr + dot + 1, name.len - dot - 1));
	if (i == NONE)
		i = find(c, 0, pkg_path, name);
	if (i != NONE) {
		*kind = el_str_make(EL_LIT("static"));
		return i;
	}
	if (caller) {
		el_str q = el_str_make(name.ptr, dot);
		/* an imported package's function, or one in the body of an
		 * inlined callee (atomic.StorePointer from log.SetPrefix): a
		 * qualifier the caller's file never names is no variable of
		 * its own, and one dot leaves no room for a variable's method
		 * there (an inlined local's would be atomic.x.M) */
		int imp = el_gofile_imports(caller, q) || (ndots == 1 && !el_gofile_names(caller, q));
		*kind = imp ? el_str_make(EL_LIT("static")) : el_str_make(EL_LIT("dynamic"));
	}
	return NONE;
}

/* The leaking parameter of f that receives argument idx (text arg) of a
 * call (method: the method expression form, receiver first): by the name
 * read from the declaration (*pname), else, without the source, the one
 * parameter f keeps, the variadic (last) one for a `... argument`, the
 * receiver for a method's first argument.  NULL when none. */
static const cparam *param_of(const el_callees *c, const cfunc *f, long idx, el_str arg,
                              int method, el_str *pname)
{
	const cparam *firstp = NULL, *lastp = NULL;
	size_t pi, nleak = 0;

	*pname = el_str_make("", 0);
	if (idx >= 0 && f->nparams > 0) {
		const char *q = f->params;
		long k;
		for (k = 0; k < (idx < f->nparams ? idx : f->nparams - 1); k++)
			q += strlen(q) + 1;
		*pname = el_str_make(q, strlen(q));
	}
	for (pi = f->first_param; pi != NONE; pi = EL_VEC_AT(&c->params, cparam, pi).next) {
		const cparam *q = &EL_VEC_AT(&c->params, cparam, pi);
		if (pname->len && el_str_eq(q->name, *pname))
			return q;
		if (!firstp)
			firstp = q;
		lastp = q;
		nleak++;
	}
	if (pname->len)
		return NULL;
	if (nleak == 1)
		return firstp;
	if (el_str_eq(arg, el_str_make(EL_LIT("... argument"))))
		return lastp;
	if (idx == 0 && method)
		return firstp;
	return NULL;
}

static void set_keeps(el_call *out, const cparam *p)
{
	out->keeps = p->keeps;
	out->keeps_why = p->keeps_why;
	out->keeps_pos = p->keeps_pos;
	out->dest = p->dest;
}

/* The index of argument text arg among the call's in where (whose callee
 * text is callee), or -1. */
static long arg_index(el_str where, el_str callee, el_str arg)
{
	el_str args[64];
	size_t n = arguments(where, callee.len, args, sizeof args / sizeof *args), k;

	for (k = 0; k < n && k < sizeof args / sizeof *args; k++) {
		el_str t = args[k];
		if (t.len > 3 && memcmp(t.ptr + t.len - 3, "...", 3) == 0)
			t.len -= 3; /* f(xs...) */
		if (el_str_eq(t, arg))
			return (long)k;
	}
	return -1;
}

/* The callee passes the value on (what it keeps is a `call parameter`):
 * follow the calls through the functions the build describes, up to the
 * one that keeps it, or to a dynamic call (out->via, via_kind "dynamic"),
 * which is then the cause.  0, -1 out of memory. */
static int follow(el_callees *c, el_call *out, const cfunc *f, const cparam *p,
                  el_callees_open_fn open, void *ctx, const el_allocator *a, int *failed)
{
	int hops;

	for (hops = 0; hops < 8; hops++) {
		el_str ce, kind = { "", 0 }, pname;
		const el_gofile *file = NULL;
		const cparam *q;
		const cfunc *g2;
		size_t fi;

		if (!el_str_eq(p->keeps_why, el_str_make(EL_LIT("call parameter"))) ||
		    !(ce = el_callee_of(p->keeps_where)).len)
			return 0;
		/* is x.M(...) a package's function or a dynamic call? the
		 * callee's own file says */
		if (open && f->pos.file.len && open(ctx, f->pos.file, &file) == -2) {
			*failed = 1;
			return -1;
		}
		fi = resolve(c, ce, f->pkg, &kind, file, a, failed);
		if (*failed)
			return -1;
		if (el_str_eq(kind, el_str_make(EL_LIT("dynamic")))) {
			/* a function value in a temporary (.autotmp_4(...)): the
			 * call the source writes there */
			if (ce.len && ce.ptr[0] == '.') {
				el_str src = el_callee_of(p->keeps);
				ce = src.len ? src : el_str_make(EL_LIT("a function value"));
			}
			out->via = ce;
			out->via_kind = kind;
			out->via_pos = p->keeps_pos;
			return 0;
		}
		if (fi == NONE)
			return 0;
		g2 = &EL_VEC_AT(&c->funcs, cfunc, fi);
		if (g2 == f) /* recursion: the function itself keeps it */
			return 0;
		q = param_of(c, g2, arg_index(p->keeps_where, ce, p->name), p->name,
		             ce.ptr[0] == '(', &pname);
		if (!q)
			return 0;
		out->via = ce;
		out->via_kind = kind;
		out->via_pos = p->keeps_pos;
		set_keeps(out, q);
		f = g2;
		p = q;
	}
	return 0;
}

/* The callee keeps the parameter by converting it to an interface
 * (`fields (interface-converted)` into `{storage for fields}`): name the
 * call the box is made for, read in the callee's source (out->via,
 * via_kind "boxed", at the conversion): ConsoleWriter.orderFields boxes
 * its slice for sort.Slice.  0, -1 out of memory. */
static int boxed_for(el_callees *c, el_call *out, el_callees_open_fn open, void *ctx,
                     const el_allocator *a)
{
	const el_gofile *f = NULL;
	el_str t;
	int rc;

	if (out->via.len || !open || !out->keeps_pos.file.len ||
	    !el_str_eq(out->keeps_why, el_str_make(EL_LIT("interface-converted"))))
		return 0;
	if ((rc = open(ctx, out->keeps_pos.file, &f)) == -2)
		return -1;
	if (rc != 0 || !f)
		return 0;
	t = el_gofile_call_at(f, out->keeps_pos.line, out->keeps_pos.col, 1, 120);
	if (!t.len)
		return 0;
	c->via_text.len = 0;
	if (el_buf_append(&c->via_text, t.ptr, t.len, a) != 0)
		return -1;
	out->via = el_str_make(c->via_text.ptr, t.len);
	out->via_kind = el_str_make(EL_LIT("boxed"));
	out->via_pos = out->keeps_pos;
	return 0;
}

/* The callee only formats the parameter with fmt (`fmt.Sprintf("%s", s)`
 * on every use, read in its declaration): name that call (out->via,
 * via_kind "formatted", at the keeping note), as zerolog's colorize and
 * chi's cW hand their interface parameters to fmt, so a concrete type
 * there would only move the box.  0, -1 out of memory. */
static int formatted_by(el_call *out, el_callees_open_fn open, void *ctx)
{
	const el_gofile *f = NULL;
	int rc;

	if (out->via.len || !open || !out->decl.file.len || !out->param.len ||
	    !el_str_eq(out->keeps_why, el_str_make(EL_LIT("call parameter"))) ||
	    !el_starts(out->keeps.ptr, out->keeps.len, EL_LIT("fmt.")))
		return 0;
	if ((rc = open(ctx, out->decl.file, &f)) == -2)
		return -1;
	if (rc != 0 || !f || !el_facts_only_formatted(f, out->decl.line, out->decl.col, out->param))
		return 0;
	out->via = el_callee_of(out->keeps);
	out->via_kind = el_str_make(EL_LIT("formatted"));
	out->via_pos = out->keeps_pos;
	return 0;
}

const el_call *el_callees_link(el_callees *c, const el_object *obj, el_str pkg_path,
                               el_callees_open_fn open, void *ctx, const el_allocator *a,
                               int *failed)
{
	const el_chain *ch;
	const el_step *last;
	const el_note *call = NULL, *before = NULL;
	el_str callee, arg, kind = { "", 0 };
	size_t k, fi;
	long idx;
	el_call *out = &c->call;
	const el_gofile *caller = NULL;
	int rc;

	*failed = 0;
	if ((obj->kind != EL_OBJ_ESCAPES && obj->kind != EL_OBJ_MOVED) || obj->nchains == 0)
		return NULL;
	ch = &obj->chains[0];
	if (ch->nsteps == 0)
		return NULL;
	last = &ch->steps[ch->nsteps - 1];
	if (!el_str_eq(last->dst, el_str_make(EL_LIT("{heap}"))))
		return NULL;
	/* Go >= 1.25 ends `{temp} <- s: from f(s) (call parameter)` and
	 * `{heap} <- *{temp}:` with no note: the call is the last note */
	for (k = ch->nsteps; last->nnotes == 0 && k-- > 1;) {
		const el_step *prev = &ch->steps[k - 1];
		if (!el_str_eq(prev->dst, el_str_make(EL_LIT("{temp}"))))
			return NULL;
		last = prev;
	}
	if (last->nnotes == 0)
		return NULL;
	call = &last->notes[last->nnotes - 1];
	if (!el_str_eq(call->why, el_str_make(EL_LIT("call parameter"))))
		return NULL;
	callee = el_callee_of(call->where);
	if (callee.len == 0)
		return NULL;
	if (last->nnotes >= 2)
		before = &last->notes[last->nnotes - 2];
	arg = before ? before->where : last->src;
	if (open && obj->pos.file.len) {
		/* the call is written in the object's file (the note's name
		 * for it is the one shown, relative to the source root) */
		rc = open(ctx, obj->pos.file, &caller);
		if (rc == -2) {
			*failed = 1;
			return NULL;
		}
	}
	fi = resolve(c, callee, pkg_path, &kind, caller, a, failed);
	if (*failed)
		return NULL;
	if (el_str_eq(kind, el_str_make(EL_LIT("builtin"))))
		return NULL;
	memset(out, 0, sizeof *out);
	out->callee = callee;
	out->kind = kind;
	out->at = call->at;
	out->inlinable = -1;
	out->cost = out->budget = -1;
	/* which argument: its text among the call's */
	idx = arg_index(call->where, callee, arg);
	if (fi == NONE)
		return out;
	{
		const cfunc *f = &EL_VEC_AT(&c->funcs, cfunc, fi);
		const cparam *p;
		el_str pname;

		out->inlinable = f->inlinable;
		out->reason = f->reason;
		out->cost = f->cost;
		out->budget = f->budget;
		out->decl = f->pos;
		p = param_of(c, f, idx, arg, callee.len && callee.ptr[0] == '(', &pname);
		if (!p) {
			out->param = pname;
			return out;
		}
		out->param = p->name;
		out->verdict = p->verdict;
		out->param_pos = p->pos;
		set_keeps(out, p);
		if (follow(c, out, f, p, open, ctx, a, failed) != 0)
			return NULL;
		if (boxed_for(c, out, open, ctx, a) != 0 || formatted_by(out, open, ctx) != 0) {
			*failed = 1;
			return NULL;
		}
	}
	return out;
}

int el_callees_read_params(el_callees *c, el_str pkg, el_str func, const el_gofile *f,
                           const el_allocator *a)
{
	size_t i = find(c, 0, pkg, func);
	cfunc *cf;
	long n;
	char *copy;

	if (i == NONE || EL_VEC_AT(&c->funcs, cfunc, i).nparams >= 0)
		return 0;
	n = param_names(c, f, EL_VEC_AT(&c->funcs, cfunc, i).pos, a);
	if (n < 0)
		return -1;
	cf = &EL_VEC_AT(&c->funcs, cfunc, i);
	cf->nparams = 0;
	if (n == 0)
		return 0;
	if (!(copy = el_arena_alloc(&c->arena, c->params_text.len, a)))
		return -1;
	memcpy(copy, c->params_text.ptr, c->params_text.len);
	cf->params = copy;
	cf->nparams = n;
	return 0;
}
