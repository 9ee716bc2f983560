/*
 * group.c -- from records to objects: one per heap object, leaking
 * parameter and non-inlinable function, in its enclosing function, with
 * the chains that explain it.
 *
 * A `# package` block is gathered (strings copied into an arena, records
 * into arrays that keep their capacity from block to block) and handled
 * when the next header or the end of input arrives:
 *
 *  1. functions: from `can inline` / `cannot inline` declarations (generic
 *     shape instantiations folded into one, inlined closure copies at the
 *     same position dropped), with their ends found in the Go source;
 *  2. objects: one per verdict (`moved to heap`, `escapes to heap`,
 *     `leaking param…`), duplicates at one position merged; every chain
 *     (a header and its contiguous flow/note lines) is linked to the
 *     object with its position and subject, or becomes an object of its
 *     own flagged EL_O_NO_VERDICT;
 *  3. each object is attributed to the innermost function whose extent
 *     holds its position (never by adjacency in the output), or to the
 *     function a Go 1.26 header names;
 *  4. an object reported at a call site where a same-package callee was
 *     inlined (`inlining call to F` at the same position) is folded into
 *     the callee's object with the same subject, as a related location;
 *     an object seen before in another build of the package (a test
 *     variant) is folded away by fingerprint;
 *  5. objects are delivered sorted by function, then position.
 */
#include <stdint.h>
#include <sys/stat.h>
#include <stdlib.h>

#include "callee.h"
#include "directives.h"

#define NONE SIZE_MAX

typedef struct gfunc {
	el_str name;
	el_pos pos;
	size_t end_line, end_col;  /* 0 when unknown */
	int has_end;
	int noinline;
	int dropped;               /* a duplicate at the same position */
	el_str reason;
	long cost, budget;
	long returned;             /* heap objects it returns (count_returned) */
} gfunc;

typedef struct gcall {
	el_pos pos;
	el_str callee;
} gcall;

/* Chains repeat the same few texts hundreds of thousands of times (one
 * block of the standard library has 835,698 notes with 6,820 distinct
 * texts), so steps hold interned string ids and notes are stored once,
 * referenced by id. */
typedef uint32_t sid;

typedef struct gstep {
	sid dst, ops, src;
	uint32_t first_ref, nrefs;  /* in note_refs */
} gstep;

typedef struct gchain {
	int leak;                  /* a `parameter … leaks` chain */
	int orphan;                /* flow lines without a header */
	el_str subject, dest, func;
	long derefs;
	el_pos pos;
	size_t first_step, nsteps;
	int truncated;
	size_t obj;                /* linked object, or NONE */
} gchain;

typedef struct gobj {
	el_object_kind kind;
	unsigned flags;
	el_str subject, verdict;
	el_pos pos;
	size_t func;               /* index in funcs, or NONE */
	el_str func_name;          /* from a Go 1.26 header when func is NONE */
	size_t merged_into;        /* NONE, or the object it was folded into */
	size_t noinline_func;      /* EL_OBJ_NOINLINE: its function */
	size_t first_link, nlinks; /* chains, in the sorted links */
	size_t first_rel, nrels;
	int has_copies;            /* copies inlined into callers were folded into it */
	int delivered;             /* delivered with another object (a value of the same call) */
	int in_returned;           /* stored where it is made into an inlined copy of another
	                              object that its function returns (fold_nested) */
} gobj;

typedef struct glink {
	size_t obj, item;          /* chain or related index */
	el_related_kind kind;      /* related: how item relates to obj */
} glink;

#define NLANGS 8 /* go.mod lookups remembered */

struct el_grouper {
	el_allocator alloc;
	int has_alloc;
	el_object_fn fn;
	void *ctx;
	char *srcroot;
	char *cwd;
	el_trim trim;              /* -trimpath file names */
	const el_rules *rules;     /* suppressions name its rules (may be NULL) */
	int read_sources;

	el_arena arena;            /* the block's strings */
	el_arena scratch;          /* one delivered object's views; reset after it */
	el_str package, variant;
	int block_open;            /* records since the last flush */
	size_t open_chain;         /* chain receiving flow/note lines, or NONE */

	el_vec funcs, calls, chains, steps, notes, objs, links, rels, order;
	el_vec strs, note_refs;    /* interned strings (el_str), note ids (uint32_t) */
	el_map by_key, by_name, by_pos, by_obj, by_func, by_method, str_ids, note_ids;
	el_map seen;               /* fingerprints of delivered objects, all blocks */
	el_buf path, dir, tmp;
	el_buf cdir, sdir;         /* a caller's and a callee's directory (inlined_context) */
	el_gosrc *gs;              /* parsed Go files (read_sources) */
	el_callees *callees;       /* the build's functions and the parameters they keep */
	int registering;           /* building chains for the callee index: WHERE as printed */
	el_str cur_file;           /* the file of the object being built */
	el_dirset *ds;             /* //escapelint: directives and generated files (read_sources) */
	el_buf apath;              /* an object's file, absolute (directives) */
	el_arena dirs;             /* messages about directives, for the whole run */
	/* the modules of the last directories looked up: language version,
	 * the length of the module root's path (0 no go.mod) and what program
	 * the directory's package is part of (NULL until asked) */
	struct module_dir {
		char *dir;
		int lang;
		size_t root_len;
		char *module;          /* the module path its go.mod declares, or NULL */
		const char *program;
	} langs[NLANGS];
	unsigned nlangs;
	int given_version;         /* the options named the release */
	el_roots roots;            /* where Go sources may be read */
	el_map obj_files;          /* hashes of the files the block's objects are in */

	el_group_stats stats;
	el_error error;
	int stopped;
};

static const char *const object_kind_names[EL_OBJ__COUNT] = {
	[EL_OBJ_MOVED] = "moved",
	[EL_OBJ_ESCAPES] = "escapes",
	[EL_OBJ_LEAK] = "leak",
	[EL_OBJ_NOINLINE] = "noinline",
	[EL_OBJ_DIRECTIVE] = "directive",
};

/* See escapelint.h. */
const char *el_object_scope(const el_object *obj)
{
	return obj->function.len == 0 || el_str_eq(obj->context, el_str_make(EL_LIT("init")))
	               ? "package"
	               : "function";
}

/* See escapelint.h. */
const char *el_object_kind_name(el_object_kind kind)
{
	return (unsigned)kind < EL_OBJ__COUNT ? object_kind_names[kind] : "?";
}

/* Does a position's file name no file: none, <autogenerated>, $WORK/...,
 * or ?? (Go >= 1.21 for a //line directive with an empty name)? */
static int no_file(el_str file)
{
	return file.len == 0 || file.ptr[0] == '<' || file.ptr[0] == '$' ||
	       el_str_eq(file, el_str_make(EL_LIT("??")));
}

static const el_allocator *AL(const el_grouper *g)
{
	return g->has_alloc ? &g->alloc : NULL;
}

#define FUNC(g, i) EL_VEC_AT(&(g)->funcs, gfunc, i)
#define CHAIN(g, i) EL_VEC_AT(&(g)->chains, gchain, i)
#define STEP(g, i) EL_VEC_AT(&(g)->steps, gstep, i)
#define NOTE(g, i) EL_VEC_AT(&(g)->notes, el_note, i)
#define STR(g, i) EL_VEC_AT(&(g)->strs, el_str, i)
#define NOTE_REF(g, i) EL_VEC_AT(&(g)->note_refs, uint32_t, i)
#define OBJ(g, i) EL_VEC_AT(&(g)->objs, gobj, i)
#define CALL(g, i) EL_VEC_AT(&(g)->calls, gcall, i)

/* See escapelint.h. */
el_grouper *el_grouper_new(const el_group_options *opts, el_object_fn fn, void *ctx,
                           const el_allocator *alloc)
{
	el_grouper *g = el_malloc(alloc, sizeof *g);

	if (!g)
		return NULL;
	memset(g, 0, sizeof *g);
	if (alloc) {
		g->alloc = *alloc;
		g->has_alloc = 1;
	}
	g->fn = fn;
	g->ctx = ctx;
	g->open_chain = NONE;
	/* input without a `# pkg` header (go tool compile) has no package:
	 * an empty string, never a NULL pointer used with a length */
	g->package = g->variant = el_str_make("", 0);
	g->read_sources = opts ? opts->read_sources : 0;
	if (!(g->callees = el_callees_new(alloc))) {
		el_free(alloc, g);
		return NULL;
	}
	if (g->read_sources && (!(g->gs = el_gosrc_new(alloc)) || !(g->ds = el_dirset_new(alloc)))) {
		el_grouper_free(g);
		return NULL;
	}
	g->rules = opts ? opts->rules : NULL;
	/* sources are read only below the source root, the module and the
	 * roots of external code (GOROOT, the module cache) */
	if (g->read_sources) {
		const char *dirs[4] = { opts->srcroot ? opts->srcroot : opts->cwd, opts->module_dir,
			                opts->goroot_src, opts->module_cache };
		int k;
		for (k = 0; k < 4; k++)
			if (dirs[k] && el_roots_add(&g->roots, dirs[k], alloc) != 0) {
				el_grouper_free(g);
				return NULL;
			}
		if (g->roots.n == 0) { /* no root resolves: read no file (none would be allowed) */
			if (!(g->roots.dir[0] = el_strdup("\x01no source root", alloc))) {
				el_grouper_free(g);
				return NULL;
			}
			g->roots.n = 1;
		}
		el_gosrc_set_roots(g->gs, &g->roots);
		el_dirset_set_roots(g->ds, &g->roots);
	}
	el_gover_init(&g->stats.go);
	if (opts && opts->go_version &&
	    el_gover_give(&g->stats.go, opts->go_version,
	                  opts->go_version_source ? opts->go_version_source : "the caller") != 0) {
		el_grouper_free(g);
		return NULL;
	}
	g->given_version = opts && opts->go_version;
	if (opts && opts->pgo) {
		g->stats.go.pgo = 1;
		snprintf(g->stats.go.pgo_evidence, sizeof g->stats.go.pgo_evidence, "%s", opts->pgo);
	}
	if ((opts && opts->cwd && !(g->cwd = el_strdup(opts->cwd, alloc))) ||
	    (opts && el_trim_init(&g->trim, opts->module, opts->module_dir, opts->goroot_src,
	                          opts->module_cache, alloc) != 0)) {
		el_grouper_free(g);
		return NULL;
	}
	/* the root, absolute and normalised like the file names it is
	 * compared with (lexically: a symlinked root stays as given) */
	if (opts && opts->srcroot) {
		if (el_path_absolute(&g->tmp, g->cwd,
		                     el_str_make(opts->srcroot, strlen(opts->srcroot)), alloc) != 0 ||
		    el_buf_append(&g->tmp, "", 1, alloc) != 0 ||
		    !(g->srcroot = el_strdup(g->tmp.ptr, alloc))) {
			el_grouper_free(g);
			return NULL;
		}
	}
	el_error_clear(&g->error);
	return g;
}

/* See escapelint.h. */
int el_grouper_set_go_version(el_grouper *g, const char *version, const char *source)
{
	if (g->given_version)
		return 0;
	return el_gover_give(&g->stats.go, version, source);
}

/* See escapelint.h. */
void el_grouper_free(el_grouper *g)
{
	const el_allocator *a;
	el_allocator copy;

	if (!g)
		return;
	copy = g->alloc;
	a = g->has_alloc ? &copy : NULL;
	el_arena_release(&g->arena, a);
	el_arena_release(&g->scratch, a);
	el_vec_release(&g->funcs, a);
	el_vec_release(&g->calls, a);
	el_vec_release(&g->chains, a);
	el_vec_release(&g->steps, a);
	el_vec_release(&g->notes, a);
	el_vec_release(&g->strs, a);
	el_vec_release(&g->note_refs, a);
	el_map_release(&g->str_ids, a);
	el_map_release(&g->note_ids, a);
	el_vec_release(&g->objs, a);
	el_vec_release(&g->links, a);
	el_vec_release(&g->rels, a);
	el_vec_release(&g->order, a);
	el_map_release(&g->by_key, a);
	el_map_release(&g->by_name, a);
	el_map_release(&g->by_pos, a);
	el_map_release(&g->by_obj, a);
	el_map_release(&g->by_func, a);
	el_map_release(&g->by_method, a);
	el_map_release(&g->seen, a);
	el_buf_release(&g->path, a);
	el_buf_release(&g->dir, a);
	el_buf_release(&g->tmp, a);
	el_buf_release(&g->cdir, a);
	el_buf_release(&g->sdir, a);
	el_map_release(&g->obj_files, a);
	el_gosrc_free(g->gs);
	el_callees_free(g->callees, a);
	el_dirset_free(g->ds);
	el_buf_release(&g->apath, a);
	el_arena_release(&g->dirs, a);
	for (unsigned i = 0; i < g->nlangs && i < NLANGS; i++) {
		el_free(a, g->langs[i].dir);
		el_free(a, g->langs[i].module);
	}
	el_free(a, g->srcroot);
	el_roots_release(&g->roots, a);
	el_free(a, g->cwd);
	el_trim_release(&g->trim, a);
	el_free(a, g);
}

/* See escapelint.h. */
const el_group_stats *el_grouper_stats(const el_grouper *g)
{
	return &g->stats;
}

/* See escapelint.h. */
const el_error *el_grouper_error(const el_grouper *g)
{
	return &g->error;
}

static el_status nomem(el_grouper *g)
{
	el_error_set(&g->error, EL_ERR_NOMEM, 0, 0, "out of memory");
	return EL_ERR_NOMEM;
}

/* ------------------------------------------------------------------ */
/* Gathering a block                                                  */
/* ------------------------------------------------------------------ */

/* Copy s into the block's arena; sets *failed when out of memory. */
static el_str keep(el_grouper *g, el_str s, int *failed)
{
	el_str c = el_arena_str(&g->arena, s, AL(g));
	if (s.len && !c.ptr)
		*failed = 1;
	return c;
}

/* A position with its file kept in the arena. */
static el_pos keep_pos(el_grouper *g, el_pos p, int *failed)
{
	p.file = keep(g, p.file, failed);
	return p;
}

/* The id of s among the block's interned strings (added if new). */
static sid intern(el_grouper *g, el_str s, int *failed)
{
	unsigned long long h = el_hash(s.ptr, s.len, EL_HASH_SEED);
	size_t it = 0, v;
	el_str *slot;

	while (el_map_next(&g->str_ids, h, &it, &v))
		if (el_str_eq(STR(g, v), s))
			return (sid)v;
	slot = el_vec_push(&g->strs, sizeof *slot, AL(g));
	if (!slot || el_map_put(&g->str_ids, h, g->strs.len - 1, AL(g)) != 0) {
		*failed = 1;
		return 0;
	}
	*slot = keep(g, s, failed);
	return (sid)(g->strs.len - 1);
}

/* An interned string slice (same pointer for equal texts). */
static el_str interned(el_grouper *g, el_str s, int *failed)
{
	sid id = intern(g, s, failed);
	return *failed ? el_str_make(NULL, 0) : STR(g, id);
}

/* The id of a note (where, why, at), stored once per block. */
static uint32_t note_id(el_grouper *g, const el_record *r, int *failed)
{
	el_note n = { 0 };
	unsigned long long h;
	size_t it = 0, v;
	el_note *slot;

	n.where = interned(g, r->as.note.where, failed);
	n.why = interned(g, r->as.note.why, failed);
	n.at = r->as.note.at;
	n.at.file = interned(g, r->as.note.at.file, failed);
	if (*failed)
		return 0;
	/* interned texts compare by pointer */
	h = el_hash(&n.where.ptr, sizeof n.where.ptr, EL_HASH_SEED);
	h = el_hash(&n.why.ptr, sizeof n.why.ptr, h);
	h = el_hash(&n.at.file.ptr, sizeof n.at.file.ptr, h);
	h = el_hash(&n.at.line, sizeof n.at.line, h);
	h = el_hash(&n.at.col, sizeof n.at.col, h);
	while (el_map_next(&g->note_ids, h, &it, &v)) {
		const el_note *m = &NOTE(g, v);
		if (m->where.ptr == n.where.ptr && m->why.ptr == n.why.ptr &&
		    m->at.file.ptr == n.at.file.ptr && m->at.line == n.at.line && m->at.col == n.at.col)
			return (uint32_t)v;
	}
	slot = el_vec_push(&g->notes, sizeof *slot, AL(g));
	if (!slot || el_map_put(&g->note_ids, h, g->notes.len - 1, AL(g)) != 0) {
		*failed = 1;
		return 0;
	}
	*slot = n;
	return (uint32_t)(g->notes.len - 1);
}

/*
 * A function name without generic shape arguments: every `[...]` group
 * that mentions `go.shape.` is dropped (`(*Stack[go.shape.int_0]).Push`
 * is `(*Stack).Push`).  Copied into the arena.
 */
static el_str fold_name(el_grouper *g, el_str name, int *failed)
{
	const char *s = name.ptr;
	size_t n = name.len, i = 0;
	char *out;
	size_t o = 0;

	if (n == 0 || !memchr(s, '[', n))
		return keep(g, name, failed);
	out = el_arena_alloc(&g->arena, n, AL(g));
	if (!out) {
		*failed = 1;
		return el_str_make(NULL, 0);
	}
	while (i < n) {
		if (s[i] == '[') {
			size_t j = i, depth = 0;
			do {
				if (s[j] == '[')
					depth++;
				else if (s[j] == ']')
					depth--;
				j++;
			} while (j < n && depth > 0);
			if (depth == 0 && j - i > 10) {
				/* look for go.shape. inside the group */
				size_t k;
				int shape = 0;
				for (k = i; k + 9 <= j; k++)
					if (memcmp(s + k, "go.shape.", 9) == 0) {
						shape = 1;
						break;
					}
				if (shape) {
					i = j;
					continue;
				}
			}
		}
		out[o++] = s[i++];
	}
	return el_str_make(out, o);
}

static int pos_eq(el_pos a, el_pos b)
{
	return a.line == b.line && a.col == b.col && el_str_eq(a.file, b.file);
}

static unsigned long long pos_hash(el_pos p, unsigned long long h)
{
	h = el_hash(p.file.ptr, p.file.len, h);
	h = el_hash(&p.line, sizeof p.line, h);
	return el_hash(&p.col, sizeof p.col, h);
}

/* Close the chain that receives continuation lines. */
static void close_chain(el_grouper *g)
{
	g->open_chain = NONE;
}

/* Start a chain at pos (a header, or flow lines without one). */
static gchain *new_chain(el_grouper *g, el_pos pos, int *failed)
{
	gchain *c = el_vec_push(&g->chains, sizeof *c, AL(g));

	if (!c) {
		*failed = 1;
		return NULL;
	}
	c->pos = keep_pos(g, pos, failed);
	c->derefs = -1;
	c->first_step = g->steps.len;
	c->obj = NONE;
	g->open_chain = g->chains.len - 1;
	return c;
}

/* The open chain if it is at pos, else a new orphan chain there. */
static gchain *chain_at(el_grouper *g, el_pos pos, int *failed)
{
	gchain *c;

	if (g->open_chain != NONE && pos_eq(CHAIN(g, g->open_chain).pos, pos))
		return &CHAIN(g, g->open_chain);
	c = new_chain(g, pos, failed);
	if (c)
		c->orphan = 1;
	return c;
}

/* Add a flow step to the chain at pos. */
static void add_step(el_grouper *g, const el_record *r, int *failed)
{
	gchain *c = chain_at(g, r->pos, failed);
	gstep *s;

	if (!c)
		return;
	s = el_vec_push(&g->steps, sizeof *s, AL(g));
	if (!s) {
		*failed = 1;
		return;
	}
	c = &CHAIN(g, g->open_chain);
	s->dst = intern(g, r->as.flow.dst, failed);
	s->ops = intern(g, r->as.flow.ops, failed);
	s->src = intern(g, r->as.flow.src, failed);
	s->first_ref = (uint32_t)g->note_refs.len;
	c->nsteps++;
}

/* Add a note to the last step of the chain at pos. */
static void add_note(el_grouper *g, const el_record *r, int *failed)
{
	gchain *c = chain_at(g, r->pos, failed);
	uint32_t id, *ref;

	if (!c)
		return;
	if (c->nsteps == 0) { /* a note without a flow line: an empty step */
		gstep *s = el_vec_push(&g->steps, sizeof *s, AL(g));
		if (!s) {
			*failed = 1;
			return;
		}
		s->dst = s->ops = s->src = intern(g, el_str_make("", 0), failed);
		s->first_ref = (uint32_t)g->note_refs.len;
		c = &CHAIN(g, g->open_chain);
		c->nsteps = 1;
	}
	id = note_id(g, r, failed);
	ref = *failed ? NULL : el_vec_push(&g->note_refs, sizeof *ref, AL(g));
	if (!ref) {
		*failed = 1;
		return;
	}
	*ref = id;
	STEP(g, c->first_step + c->nsteps - 1).nrefs++;
}

/* A new object; NULL when out of memory. */
static gobj *new_obj(el_grouper *g, el_object_kind kind, el_pos pos, el_str subject, int *failed)
{
	gobj *o = el_vec_push(&g->objs, sizeof *o, AL(g));

	if (!o) {
		*failed = 1;
		return NULL;
	}
	o->kind = kind;
	o->pos = keep_pos(g, pos, failed);
	o->subject = keep(g, subject, failed);
	o->func = o->merged_into = o->noinline_func = NONE;
	return o;
}

/* A function declaration line. */
static void add_func(el_grouper *g, const el_record *r, int *failed)
{
	gfunc *f = el_vec_push(&g->funcs, sizeof *f, AL(g));

	if (!f) {
		*failed = 1;
		return;
	}
	f->name = fold_name(g, r->as.inl.func, failed);
	f->pos = keep_pos(g, r->pos, failed);
	f->cost = r->as.inl.cost;
	f->budget = r->as.inl.budget;
	if (r->kind == EL_REC_CANNOT_INLINE) {
		f->noinline = 1;
		f->reason = keep(g, r->as.inl.reason, failed);
	}
}

/* Append text to an object's verdict (leaks gather several lines). */
static void add_verdict(el_grouper *g, gobj *o, el_str text, int *failed)
{
	char *p;

	if (o->verdict.len == 0) {
		o->verdict = keep(g, text, failed);
		return;
	}
	p = el_arena_alloc(&g->arena, o->verdict.len + 2 + text.len, AL(g));
	if (!p) {
		*failed = 1;
		return;
	}
	memcpy(p, o->verdict.ptr, o->verdict.len);
	memcpy(p + o->verdict.len, "; ", 2);
	memcpy(p + o->verdict.len + 2, text.ptr, text.len);
	o->verdict = el_str_make(p, o->verdict.len + 2 + text.len);
}

static el_status flush(el_grouper *g);

/* See escapelint.h. */
el_status el_grouper_add(el_grouper *g, const el_record *r)
{
	int failed = 0;

	if (g->error.status != EL_OK)
		return g->error.status;
	if (r->kind == EL_REC_PACKAGE) {
		el_status st = flush(g);
		if (st != EL_OK)
			return st;
		g->stats.packages++;
		g->block_open = 1;
		g->package = keep(g, r->package, &failed);
		g->variant = keep(g, r->variant, &failed);
		return failed ? nomem(g) : EL_OK;
	}
	if (!g->block_open) {
		g->block_open = 1; /* input without a header (go tool compile) */
		g->stats.packages++;
	}
	if (r->kind != EL_REC_UNRECOGNIZED && r->kind != EL_REC_TRACE)
		g->stats.diagnostics++;
	el_gover_record(&g->stats.go, r);
	switch (r->kind) {
	case EL_REC_FLOW:
		add_step(g, r, &failed);
		break;
	case EL_REC_NOTE:
		add_note(g, r, &failed);
		break;
	case EL_REC_TRUNCATED: {
		gchain *c = chain_at(g, r->pos, &failed);
		if (c)
			c->truncated = 1;
		break;
	}
	case EL_REC_ESCAPE_HEADER:
	case EL_REC_LEAK_HEADER: {
		gchain *c = new_chain(g, r->pos, &failed);
		g->stats.chains++;
		if (!c)
			break;
		c->leak = r->kind == EL_REC_LEAK_HEADER;
		c->subject = keep(g, r->as.header.subject, &failed);
		c->dest = keep(g, r->as.header.dest, &failed);
		c->func = fold_name(g, r->as.header.func, &failed);
		c->derefs = c->leak ? r->as.header.derefs : -1;
		break;
	}
	default:
		close_chain(g);
		switch (r->kind) {
		case EL_REC_CAN_INLINE:
			g->stats.can_inline++;
			/* fall through */
		case EL_REC_CANNOT_INLINE:
			add_func(g, r, &failed);
			break;
		case EL_REC_INLINE_CALL: {
			gcall *c = el_vec_push(&g->calls, sizeof *c, AL(g));
			if (!c) {
				failed = 1;
				break;
			}
			c->pos = keep_pos(g, r->pos, &failed);
			c->callee = fold_name(g, r->as.inl.func, &failed);
			break;
		}
		case EL_REC_MOVED_TO_HEAP:
		case EL_REC_ESCAPES:
			g->stats.verdicts++;
			new_obj(g, r->kind == EL_REC_MOVED_TO_HEAP ? EL_OBJ_MOVED : EL_OBJ_ESCAPES,
			        r->pos, r->as.subject.expr, &failed);
			break;
		case EL_REC_LEAK:
		case EL_REC_LEAK_CONTENT:
		case EL_REC_LEAK_RESULT: {
			gobj *o = new_obj(g, EL_OBJ_LEAK, r->pos, r->as.leak.param, &failed);
			if (o)
				o->verdict = keep(g, r->text.len ? el_str_make(r->text.ptr + 1, r->text.len - 1)
				                                 : r->text, &failed);
			break;
		}
		case EL_REC_NO_ESCAPE:
			g->stats.no_escape++;
			break;
		case EL_REC_UNRECOGNIZED:
			g->stats.unrecognized++;
			break;
		default:
			break;
		}
	}
	return failed ? nomem(g) : EL_OK;
}

/* ------------------------------------------------------------------ */
/* Functions and their extents                                        */
/* ------------------------------------------------------------------ */

static int cmp_pos(const el_pos *a, const el_pos *b)
{
	size_t n = a->file.len < b->file.len ? a->file.len : b->file.len;
	int c = n ? memcmp(a->file.ptr, b->file.ptr, n) : 0;

	if (c)
		return c;
	if (a->file.len != b->file.len)
		return a->file.len < b->file.len ? -1 : 1;
	if (a->line != b->line)
		return a->line < b->line ? -1 : 1;
	if (a->col != b->col)
		return a->col < b->col ? -1 : 1;
	return 0;
}

static int cmp_func(const void *a, const void *b)
{
	return cmp_pos(&((const gfunc *)a)->pos, &((const gfunc *)b)->pos);
}

/* The parsed Go file named file in the input (g->path holds its absolute
 * name): 0, -1 when it cannot be read or is not a file, -2 out of memory. */
static int open_source(el_grouper *g, el_str file, const el_gofile **out)
{
	*out = NULL;
	if (!g->gs || no_file(file))
		return -1;
	if (el_path_resolve(&g->path, g->cwd, &g->trim, file, AL(g)) != 0 ||
	    el_buf_append(&g->path, "", 1, AL(g)) != 0)
		return -2;
	return el_gosrc_open(g->gs, g->path.ptr, out);
}

static unsigned long long file_hash(el_str file)
{
	return el_hash(file.ptr, file.len, EL_HASH_SEED);
}

/* Does an object of the block lie in file? */
static int has_objects(el_grouper *g, el_str file)
{
	size_t it = 0, v;
	unsigned long long h = file_hash(file);

	while (el_map_next(&g->obj_files, h, &it, &v))
		if (el_str_eq(OBJ(g, v).pos.file, file))
			return 1;
	return 0;
}

/* Find the ends of the functions funcs[from..to), all in one file, when
 * an object lies in that file (only those files are parsed).  A file that
 * cannot be read leaves them unknown; -1 when out of memory. */
static int find_ends(el_grouper *g, size_t from, size_t to)
{
	const el_gofile *src;
	size_t i;
	int rc;

	if (!has_objects(g, FUNC(g, from).pos.file))
		return 0;
	rc = open_source(g, FUNC(g, from).pos.file, &src);
	if (rc != 0)
		return rc == -2 ? -1 : 0;
	for (i = from; i < to; i++) {
		gfunc *f = &FUNC(g, i);
		unsigned long el, ec;
		if (el_gofile_func_end(src, f->pos.line, f->pos.col, &el, &ec)) {
			f->end_line = el;
			f->end_col = ec;
		} else {
			/* not a function of the source (a closure cgo generated):
			 * it holds nothing, its objects go to the function around */
			f->end_line = f->pos.line;
			f->end_col = f->pos.col;
		}
		f->has_end = 1;
	}
	return el_gosrc_nomem(g->gs) ? -1 : 0;
}

/* Does function f's extent hold p (f starts at or before p)? */
static int func_holds(const gfunc *f, el_pos p)
{
	if (!f->has_end)
		return 1;
	return p.line < f->end_line || (p.line == f->end_line && p.col <= f->end_col);
}

/* The innermost function of funcs (sorted) holding p, or NONE.  With
 * outside set, a function that starts exactly at p does not hold it (a
 * `func literal` belongs to the function that creates it). */
static size_t func_at(el_grouper *g, el_pos p, int outside, int *nearest)
{
	size_t lo = 0, hi = g->funcs.len, i;

	/* the first function after p */
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (cmp_pos(&FUNC(g, mid).pos, &p) <= 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (i = lo; i-- > 0;) {
		gfunc *f = &FUNC(g, i);
		if (!el_str_eq(f->pos.file, p.file))
			break;
		if (f->dropped || (outside && pos_eq(f->pos, p)))
			continue;
		if (func_holds(f, p)) {
			*nearest = !f->has_end;
			return i;
		}
	}
	return NONE;
}

/* Parse the files that hold the block's objects, from the file of
 * funcs[from] on, at once (in parallel, see el_gosrc_prefetch: as many as
 * the cache has room for) before their functions' ends are looked up;
 * funcs are sorted by file.  -1 when out of memory. */
static int prefetch(el_grouper *g, size_t from)
{
	el_vec paths = { 0 };
	el_buf names = { 0 };
	size_t i, j, n = g->funcs.len, k;
	int rc = 0;

	for (i = from; i < n && rc == 0 && paths.len < 64; i = j) {
		el_str file = FUNC(g, i).pos.file;
		for (j = i + 1; j < n && el_str_eq(FUNC(g, j).pos.file, file); j++)
			;
		if (no_file(file) ||
		    !has_objects(g, file))
			continue;
		if (el_path_resolve(&g->path, g->cwd, &g->trim, file, AL(g)) != 0 ||
		    el_buf_append(&g->path, "", 1, AL(g)) != 0 ||
		    !el_vec_push(&paths, sizeof(size_t), AL(g)))
			rc = -1;
		else {
			EL_VEC_AT(&paths, size_t, paths.len - 1) = names.len;
			rc = el_buf_append(&names, g->path.ptr, g->path.len, AL(g));
		}
	}
	if (rc == 0 && paths.len > 1) {
		const char **list = el_malloc(AL(g), paths.len * sizeof *list);
		if (!list)
			rc = -1;
		for (k = 0; list && k < paths.len; k++)
			list[k] = names.ptr + EL_VEC_AT(&paths, size_t, k);
		if (list && el_gosrc_prefetch(g->gs, list, paths.len) != 0)
			rc = -1;
		el_free(AL(g), list);
	}
	el_vec_release(&paths, AL(g));
	el_buf_release(&names, AL(g));
	return rc;
}

/* Sort functions, find their ends, drop duplicates at one position. */
static int prepare_funcs(el_grouper *g)
{
	size_t i, j, n = g->funcs.len;

	if (n == 0)
		return 0;
	qsort(g->funcs.ptr, n, sizeof(gfunc), cmp_func);
	el_map_clear(&g->obj_files);
	if (g->read_sources)
		for (i = 0; i < g->objs.len; i++)
			if (el_map_put(&g->obj_files, file_hash(OBJ(g, i).pos.file), i, AL(g)) != 0)
				return -1;
	if (g->read_sources)
		for (i = 0; i < n; i = j) {
			el_str file = FUNC(g, i).pos.file;
			for (j = i + 1; j < n && el_str_eq(FUNC(g, j).pos.file, file); j++)
				;
			if (has_objects(g, file) && !no_file(file)) {
				if (el_path_resolve(&g->path, g->cwd, &g->trim, file, AL(g)) != 0 ||
				    el_buf_append(&g->path, "", 1, AL(g)) != 0)
					return -1;
				if (!el_gosrc_cached(g->gs, g->path.ptr) && prefetch(g, i) != 0)
					return -1;
			}
			if (find_ends(g, i, j) != 0)
				return -1;
		}
	/* Same position: generic instantiations (same folded name) and
	 * closure copies made by inlining (`main.func3` at a closure of
	 * `counter`): keep the one named after the enclosing function. */
	for (i = 0; i < n; i = j) {
		size_t keep = i, k;
		int nearest;
		for (j = i + 1; j < n && pos_eq(FUNC(g, j).pos, FUNC(g, i).pos); j++)
			;
		if (j - i > 1) {
			size_t outer;
			for (k = i; k < j; k++)
				FUNC(g, k).dropped = 1;
			outer = func_at(g, FUNC(g, i).pos, 1, &nearest);
			for (k = i; outer != NONE && k < j; k++) {
				el_str on = FUNC(g, outer).name, kn = FUNC(g, k).name;
				if (kn.len > on.len && memcmp(kn.ptr, on.ptr, on.len) == 0 &&
				    kn.ptr[on.len] == '.') {
					keep = k;
					break;
				}
			}
			for (k = i; k < j; k++)
				FUNC(g, k).dropped = k != keep;
			/* noinline if any instantiation is */
			for (k = i; k < j; k++)
				if (FUNC(g, k).noinline && !FUNC(g, keep).noinline) {
					FUNC(g, keep).noinline = 1;
					FUNC(g, keep).reason = FUNC(g, k).reason;
					FUNC(g, keep).cost = FUNC(g, k).cost;
					FUNC(g, keep).budget = FUNC(g, k).budget;
				}
		}
	}
	/* names, for inlined-callee look-ups (dropped aliases map to the kept) */
	for (i = 0; i < n; i++) {
		size_t target = i;
		while (FUNC(g, target).dropped && target > 0 && pos_eq(FUNC(g, target - 1).pos, FUNC(g, i).pos))
			target--;
		for (j = i; FUNC(g, target).dropped && j < n && pos_eq(FUNC(g, j).pos, FUNC(g, i).pos); j++)
			if (!FUNC(g, j).dropped)
				target = j;
		if (el_map_put(&g->by_name, el_hash(FUNC(g, i).name.ptr, FUNC(g, i).name.len, EL_HASH_SEED),
		               target, AL(g)) != 0)
			return -1;
	}
	return 0;
}

/* The function named name (folded), or NONE. */
static size_t func_named(el_grouper *g, el_str name)
{
	size_t it = 0, v;
	unsigned long long h = el_hash(name.ptr, name.len, EL_HASH_SEED);

	while (el_map_next(&g->by_name, h, &it, &v))
		if (el_str_eq(FUNC(g, v).name, name))
			return v;
	return NONE;
}

/* ------------------------------------------------------------------ */
/* Objects                                                            */
/* ------------------------------------------------------------------ */

/* Key of an object: kind class, position and subject. */
static unsigned long long obj_key(int leak, el_pos p, el_str subject)
{
	unsigned long long h = pos_hash(p, EL_HASH_SEED ^ (unsigned long long)leak);
	return el_hash(subject.ptr, subject.len, h);
}

/* The object (not a leak unless leak) at p with subject, or NONE. */
static size_t find_obj(el_grouper *g, int leak, el_pos p, el_str subject)
{
	size_t it = 0, v;
	unsigned long long h = obj_key(leak, p, subject);

	while (el_map_next(&g->by_key, h, &it, &v)) {
		gobj *o = &OBJ(g, v);
		if ((o->kind == EL_OBJ_LEAK) == leak && pos_eq(o->pos, p) &&
		    el_str_eq(o->subject, subject))
			return v;
	}
	return NONE;
}

/* Do two chains have the same steps and notes? */
static int chain_same(el_grouper *g, const gchain *a, const gchain *b)
{
	size_t i, k;

	/* a parameter moved to heap has a leak chain and an escape chain
	 * with the same steps: the same explanation */
	if (a->nsteps != b->nsteps)
		return 0;
	for (i = 0; i < a->nsteps; i++) {
		const gstep *x = &STEP(g, a->first_step + i), *y = &STEP(g, b->first_step + i);
		if (x->dst != y->dst || x->src != y->src || x->ops != y->ops || x->nrefs != y->nrefs)
			return 0;
		for (k = 0; k < x->nrefs; k++)
			if (NOTE_REF(g, x->first_ref + k) != NOTE_REF(g, y->first_ref + k))
				return 0;
	}
	return 1;
}

/* Does hay contain needle? */
static int str_contains(el_str hay, el_str needle)
{
	return needle.len == 0 || el_find(hay.ptr, hay.len, needle.ptr, needle.len) != NULL;
}

/* Merge duplicate verdicts (one object per position and subject). */
static int index_objects(el_grouper *g)
{
	size_t i, n = g->objs.len;

	for (i = 0; i < n; i++) {
		gobj *o = &OBJ(g, i);
		int leak = o->kind == EL_OBJ_LEAK;
		size_t prev = find_obj(g, leak, o->pos, o->subject);

		if (prev != NONE) {
			gobj *p = &OBJ(g, prev);
			int failed = 0;
			o->merged_into = prev;
			if (leak) {
				/* several leak lines for one parameter; skip exact repeats */
				if (!str_contains(p->verdict, o->verdict))
					add_verdict(g, p, o->verdict, &failed);
				if (failed)
					return -1;
			}
			continue;
		}
		if (el_map_put(&g->by_key, obj_key(leak, o->pos, o->subject), i, AL(g)) != 0)
			return -1;
	}
	return 0;
}

/* Go 1.26 names an append's object `append(s, x)` in the header and
 * `append` in the verdict. */
static el_str verdict_subject(el_str s)
{
	if (s.len > 7 && memcmp(s.ptr, "append(", 7) == 0 && s.ptr[s.len - 1] == ')')
		return el_str_make(s.ptr, 6);
	return s;
}

/* Attach chain c to object o unless o already has the same chain. */
static int link_chain(el_grouper *g, size_t c, size_t o)
{
	size_t it = 0, prev;
	unsigned long long h = el_hash(&o, sizeof o, EL_HASH_SEED);
	glink *l;

	while (el_map_next(&g->by_obj, h, &it, &prev))
		if (CHAIN(g, prev).obj == o && chain_same(g, &CHAIN(g, prev), &CHAIN(g, c)))
			return 0; /* a duplicate (generic instantiations) */
	CHAIN(g, c).obj = o;
	if (el_map_put(&g->by_obj, h, c, AL(g)) != 0)
		return -1;
	l = el_vec_push(&g->links, sizeof *l, AL(g));
	if (!l)
		return -1;
	l->obj = o;
	l->item = c;
	if (CHAIN(g, c).truncated)
		OBJ(g, o).flags |= EL_O_TRUNCATED;
	return 0;
}

/* Link every chain to its object, creating objects for chains without a
 * verdict. */
static int link_chains(el_grouper *g)
{
	size_t c, nchains = g->chains.len;

	for (c = 0; c < nchains; c++) {
		gchain *ch = &CHAIN(g, c);
		size_t o = NONE;
		int failed = 0;

		if (ch->orphan) {
			/* flow lines without a header: any object at that position */
			size_t i;
			for (i = 0; i < g->objs.len && o == NONE; i++)
				if (OBJ(g, i).merged_into == NONE && pos_eq(OBJ(g, i).pos, ch->pos))
					o = i;
		} else if (ch->leak) {
			o = find_obj(g, 1, ch->pos, ch->subject);
			if (o == NONE) /* a parameter that is itself moved to heap */
				o = find_obj(g, 0, ch->pos, ch->subject);
		} else {
			o = find_obj(g, 0, ch->pos, ch->subject);
			if (o == NONE) /* Go 1.26: `append(s, x)` explains `append` */
				o = find_obj(g, 0, ch->pos, verdict_subject(ch->subject));
		}
		if (o == NONE && ch->orphan)
			continue; /* flow lines of no header and no verdict: nothing to name */
		if (o == NONE) {
			gobj *n = new_obj(g, ch->leak ? EL_OBJ_LEAK : EL_OBJ_ESCAPES, ch->pos,
			                  ch->subject, &failed);
			if (!n)
				return -1;
			n->flags |= EL_O_NO_VERDICT;
			o = g->objs.len - 1;
			ch = &CHAIN(g, c);
			if (el_map_put(&g->by_key, obj_key(ch->leak, n->pos, n->subject), o, AL(g)) != 0)
				return -1;
		}
		if (ch->func.len && OBJ(g, o).func_name.len == 0)
			OBJ(g, o).func_name = ch->func;
		if (link_chain(g, c, o) != 0)
			return -1;
	}
	return 0;
}

/* The object o was folded into, at the end of the folding. */
static size_t root_of(el_grouper *g, size_t o)
{
	while (OBJ(g, o).merged_into != NONE)
		o = OBJ(g, o).merged_into;
	return o;
}

/* Key of an object by function, kind and subject. */
static unsigned long long func_key(size_t func, el_object_kind kind, el_str subject)
{
	unsigned long long h = el_hash(&func, sizeof func, EL_HASH_SEED);
	h = el_hash(&kind, sizeof kind, h);
	return el_hash(subject.ptr, subject.len, h);
}

/* Fold objects reported at call sites of inlined same-package callees into
 * the callee's object with the same kind and subject. */
static int fold_inlined(el_grouper *g)
{
	size_t i, n = g->objs.len;

	for (i = 0; i < g->calls.len; i++)
		if (el_map_put(&g->by_pos, pos_hash(CALL(g, i).pos, EL_HASH_SEED), i, AL(g)) != 0)
			return -1;
	for (i = 0; i < n; i++) {
		gobj *o = &OBJ(g, i);
		if (o->merged_into == NONE && o->func != NONE &&
		    el_map_put(&g->by_func, func_key(o->func, o->kind, o->subject), i, AL(g)) != 0)
			return -1;
	}
	for (i = 0; i < n; i++) {
		gobj *o = &OBJ(g, i);
		size_t it = 0, c;
		unsigned long long h;

		if (o->merged_into != NONE || o->kind == EL_OBJ_NOINLINE)
			continue;
		h = pos_hash(o->pos, EL_HASH_SEED);
		while (el_map_next(&g->by_pos, h, &it, &c)) {
			size_t f, j;
			if (!pos_eq(CALL(g, c).pos, o->pos))
				continue;
			f = func_named(g, CALL(g, c).callee);
			if (f == NONE)
				continue; /* another package's function: the copy is the caller's */
			size_t it2 = 0;
			unsigned long long fk = func_key(f, o->kind, o->subject);
			while (el_map_next(&g->by_func, fk, &it2, &j)) {
				gobj *t = &OBJ(g, j);
				if (j != i && t->merged_into == NONE && t->func == f && t->kind == o->kind &&
				    el_str_eq(t->subject, o->subject)) {
					glink *l = el_vec_push(&g->rels, sizeof *l, AL(g));
					if (!l)
						return -1;
					l->obj = j;
					l->item = i; /* the related location is object i's */
					OBJ(g, i).merged_into = j;
					g->stats.inlined_copies++;
					break;
				}
			}
			if (OBJ(g, i).merged_into != NONE)
				break;
		}
	}
	/* nested inlining: relate copies to the final object */
	for (i = 0; i < g->rels.len; i++) {
		glink *l = &EL_VEC_AT(&g->rels, glink, i);
		l->obj = root_of(g, l->obj);
	}
	return 0;
}

/* The subject X of a chain's sink `{storage for X}`, or an empty slice. */
static el_str storage_of(el_str dst)
{
	static const char pre[] = "{storage for ";

	if (dst.len > sizeof pre && memcmp(dst.ptr, pre, sizeof pre - 1) == 0 &&
	    dst.ptr[dst.len - 1] == '}')
		return el_str_make(dst.ptr + sizeof pre - 1, dst.len - sizeof pre);
	return el_str_make("", 0);
}

/* Does the primary chain of object o end in its function's result (a
 * note `return ...`)? */
static int chain_returns(el_grouper *g, const gobj *o)
{
	const gchain *c;
	size_t k;
	uint32_t r;

	if (o->nlinks == 0)
		return 0;
	c = &CHAIN(g, EL_VEC_AT(&g->links, glink, o->first_link).item);
	for (k = 0; k < c->nsteps; k++) {
		const gstep *st = &STEP(g, c->first_step + k);
		for (r = 0; r < st->nrefs; r++)
			if (el_str_eq(NOTE(g, NOTE_REF(g, st->first_ref + r)).why, el_str_make(EL_LIT("return"))))
				return 1;
	}
	return 0;
}

/* The function that declares closure f (F for F.func1), or NONE (not a
 * closure, or a closure inside a closure: F.func1.1). */
static size_t enclosing_func(el_grouper *g, size_t f)
{
	el_str n = FUNC(g, f).name;
	size_t i = n.len;

	while (i > 0 && n.ptr[i - 1] >= '0' && n.ptr[i - 1] <= '9')
		i--;
	if (i == n.len || i < 6 || memcmp(n.ptr + i - 5, ".func", 5) != 0)
		return NONE;
	return func_named(g, el_str_make(n.ptr, i - 5));
}

/* Fold an object allocated inside another heap object of its function
 * into that object's finding, as a related location: its primary chain
 * ends in the other's storage (a make(map...) field of an escaping
 * &T{...}, an inlined bufio.NewReader's buffer inside &Conn{...}), or goes
 * there from the variable it is assigned to (arr = append(arr, v), then
 * arr boxed), so it is on the heap because the parent is, and goes with
 * it.  After the
 * chains are linked (set_ranges of links), before related ranges. */
static int fold_nested(el_grouper *g)
{
	size_t i, n = g->objs.len;

	/* an object with inlined copies is reported where they are: not
	 * folded into a parent, which has its own copies */
	for (i = 0; i < g->rels.len; i++)
		OBJ(g, EL_VEC_AT(&g->rels, glink, i).obj).has_copies = 1;

	for (i = 0; i < n; i++) {
		gobj *o = &OBJ(g, i);
		const gchain *c;
		el_str parent;
		size_t it, j, best = NONE, pf;
		int pass;
		unsigned long at_line;

		if (o->merged_into != NONE || o->nlinks == 0 || o->func == NONE || o->has_copies ||
		    (o->kind != EL_OBJ_ESCAPES && o->kind != EL_OBJ_MOVED))
			continue;
		c = &CHAIN(g, EL_VEC_AT(&g->links, glink, o->first_link).item);
		if (c->nsteps == 0)
			continue;
		/* stored in the parent where it is made (the first hop), or the
		 * chain ends there; the parent is the one on the line of that
		 * hop's last note (`T{...} (struct literal element)`, `... argument
		 * (slice-literal-element)`): several share a subject */
		{
			const gstep *hop = &STEP(g, c->first_step);
			parent = storage_of(STR(g, hop->dst));
			if (parent.len == 0 && c->nsteps > 1) {
				hop = &STEP(g, c->first_step + 1);
				parent = storage_of(STR(g, hop->dst));
			}
			if (parent.len == 0) {
				hop = &STEP(g, c->first_step + c->nsteps - 1);
				parent = storage_of(STR(g, hop->dst));
			}
			at_line = hop->nrefs ? NOTE(g, NOTE_REF(g, hop->first_ref + hop->nrefs - 1)).at.line
			                     : o->pos.line;
		}
		/* a closure's captured variables are explained by the closure's
		 * capture (closure-capture), not folded into it */
		if (parent.len == 0 || el_str_eq(parent, el_str_make(EL_LIT("func literal"))))
			continue;
		/* in its own function or, for an object of a closure, in the
		 * function that declares it (jsoniter's Get.func1 appends to
		 * the arr that Get boxes into its result) */
		for (pass = 0, pf = o->func; best == NONE && pf != NONE && pass < 2;
		     pass++, pf = enclosing_func(g, o->func)) {
			it = 0;
			while (el_map_next(&g->by_func, func_key(pf, EL_OBJ_ESCAPES, parent), &it, &j)) {
				const gobj *p = &OBJ(g, j);
				/* the same subject is another object when it is elsewhere:
				 * the bytes of string(src) boxed into an interface go into
				 * the box, reported one column before them */
				if (j == i || p->func != pf || p->kind != EL_OBJ_ESCAPES ||
				    !el_str_eq(p->subject, parent) || p->pos.line != at_line ||
				    (el_str_eq(parent, o->subject) && p->pos.col == o->pos.col))
					continue;
				/* an inlined copy of the callee's object (jsoniter's
				 * wrapArray: its &arrayAny{...}, inlined into Get) is
				 * reported with the callee's, in the callee's terms; what
				 * is made into it here stays, and is part of the result
				 * when this function returns the copy */
				if (p->merged_into != NONE) {
					if (chain_returns(g, p))
						o->in_returned = 1;
					continue;
				}
				best = j;
			}
		}
		if (best == NONE || OBJ(g, best).merged_into != NONE)
			continue;
		{
			glink *l = el_vec_push(&g->rels, sizeof *l, AL(g));
			if (!l)
				return -1;
			l->obj = best;
			l->item = i;
			l->kind = EL_REL_NESTED;
			OBJ(g, i).merged_into = best;
			g->stats.nested_objects++;
		}
	}
	return 0;
}

/* The method name of a function name (`T.M`, `(*T).M`,
 * `strings.(*Builder).WriteString`): M, or an empty slice for functions
 * (`F`), closures (`F.func1`, `glob..func1`) and package functions. */
static el_str method_name(el_str f)
{
	const char *dot = NULL, *p;
	size_t dots = 0, i;
	int paren = 0;

	for (i = 0; i < f.len; i++) {
		if (f.ptr[i] == '(')
			paren++;
		else if (f.ptr[i] == ')')
			paren--;
		else if (f.ptr[i] == '.' && paren == 0) {
			dots++;
			dot = f.ptr + i;
		}
	}
	if (!dot || (dots != 1 && !(dot > f.ptr && dot[-1] == ')')))
		return el_str_make(NULL, 0);
	p = dot + 1;
	if (p >= f.ptr + f.len || (f.ptr + f.len - p > 4 && memcmp(p, "func", 4) == 0 &&
	                           p[4] >= '0' && p[4] <= '9'))
		return el_str_make(NULL, 0);
	/* one dot and no receiver parens: T.M only if T is not a package,
	 * which declaration names never are (they are unqualified) */
	return el_str_make(p, (size_t)(f.ptr + f.len - p));
}

/* Flag objects whose subject `x.M` is a method value: M is a method
 * declared in the block.  (Go 1.19 prints a method value and a boxed
 * field the same way.) */
static int flag_method_values(el_grouper *g)
{
	size_t i, it, v;

	for (i = 0; i < g->funcs.len; i++) {
		el_str m = method_name(FUNC(g, i).name);
		if (m.ptr && el_map_put(&g->by_method, el_hash(m.ptr, m.len, EL_HASH_SEED), i, AL(g)) != 0)
			return -1;
	}
	for (i = 0; i < g->objs.len; i++) {
		gobj *o = &OBJ(g, i);
		const char *dot;
		el_str last;
		if (o->kind != EL_OBJ_ESCAPES || o->subject.len == 0 ||
		    memchr(o->subject.ptr, ' ', o->subject.len) ||
		    o->subject.ptr[o->subject.len - 1] == ')')
			continue;
		for (dot = o->subject.ptr + o->subject.len; dot > o->subject.ptr && dot[-1] != '.'; dot--)
			;
		if (dot == o->subject.ptr)
			continue;
		last = el_str_make(dot, (size_t)(o->subject.ptr + o->subject.len - dot));
		it = 0;
		while (el_map_next(&g->by_method, el_hash(last.ptr, last.len, EL_HASH_SEED), &it, &v))
			if (el_str_eq(method_name(FUNC(g, v).name), last)) {
				o->flags |= EL_O_METHOD_VALUE;
				break;
			}
	}
	return 0;
}

/* Attribute every object to its function. */
static void attribute(el_grouper *g)
{
	size_t i;

	for (i = 0; i < g->objs.len; i++) {
		gobj *o = &OBJ(g, i);
		int nearest = 0;

		if (o->kind == EL_OBJ_NOINLINE) {
			o->func = o->noinline_func;
			continue;
		}
		if (o->func_name.len) {
			size_t f = func_named(g, o->func_name);
			if (f != NONE) {
				o->func = f;
				continue;
			}
		}
		/* by position; a Go 1.26 name stays for display when no
		 * declaration line names that function */
		o->func = func_at(g, o->pos, el_str_eq(o->subject, el_str_make("func literal", 12)),
		                  &nearest);
		if (o->func != NONE && nearest)
			o->flags |= EL_O_NEAREST_FUNC;
		if (o->func == NONE && o->func_name.len == 0 &&
		    el_str_eq(o->pos.file, el_str_make("<autogenerated>", 15)))
			o->func_name = el_str_make("<autogenerated wrapper>", 23);
	}
}

/* Delivery order: function (package scope first; functions are sorted by
 * position), the function's own noinline entry first, then position. */
typedef struct order_key {
	size_t func;      /* NONE sorts first */
	int noinline;
	const el_pos *pos;
	size_t obj;
} order_key;

static int cmp_order(const void *a, const void *b)
{
	const order_key *x = a, *y = b;
	int c;

	if (x->func != y->func) {
		if (x->func == NONE || y->func == NONE)
			return x->func == NONE ? -1 : 1;
		return x->func < y->func ? -1 : 1;
	}
	if (x->noinline != y->noinline)
		return x->noinline ? -1 : 1;
	c = cmp_pos(x->pos, y->pos);
	if (c)
		return c;
	return x->obj < y->obj ? -1 : 1;
}

static int cmp_link(const void *a, const void *b)
{
	const glink *x = a, *y = b;
	if (x->obj != y->obj)
		return x->obj < y->obj ? -1 : 1;
	return (x->item > y->item) - (x->item < y->item);
}

/* Set first/count ranges of sorted links on the objects. */
static void set_ranges(el_grouper *g, el_vec *v, int rel)
{
	size_t i;

	if (v->len == 0)
		return;
	qsort(v->ptr, v->len, sizeof(glink), cmp_link);
	for (i = 0; i < v->len; i++) {
		glink *l = &EL_VEC_AT(v, glink, i);
		gobj *o = &OBJ(g, l->obj);
		if (rel) {
			if (o->nrels++ == 0)
				o->first_rel = i;
		} else if (o->nlinks++ == 0) {
			o->first_link = i;
		}
	}
}


/* Is file below the source root?  Sets *below to the part under it (a
 * slice of g->path, valid until the next call) or to ptr NULL when it is
 * not; -1 when out of memory. */
static int below_root(el_grouper *g, el_str file, el_str *below)
{
	*below = el_str_make(NULL, 0);
	if (no_file(file) || !g->srcroot)
		return 0;
	if (el_path_resolve(&g->path, g->cwd, &g->trim, file, AL(g)) != 0)
		return -1;
	*below = el_path_below(el_str_make(g->srcroot, strlen(g->srcroot)),
	                       el_str_make(g->path.ptr, g->path.len));
	return 0;
}

/* file below the source root (in the scratch arena), or file as printed;
 * ptr NULL when out of memory. */
static el_str display_path(el_grouper *g, el_str file)
{
	el_str below;

	if (below_root(g, file, &below) != 0)
		return el_str_make(NULL, 0);
	return below.ptr ? el_arena_str(&g->scratch, below, AL(g)) : file;
}

/* Is the import path a test helper package: its last element a test
 * helper (httptest, testutil, testhelpers, ...) or a fuzzing harness
 * (ossfuzz), or any element the test package of an element before it
 * (go.uber.org/zap/zaptest/observer: zaptest is zap's)? */
static int test_helper_package(el_str pkg)
{
	static const char *const names[] = { "testutil", "testutils", "testhelper", "testhelpers",
		                             "testing", "testdata", NULL };
	el_str elems[64], last = pkg;
	size_t n = 0, i, k, start = 0;

	for (i = 0; i <= pkg.len && n < 64; i++)
		if (i == pkg.len || pkg.ptr[i] == '/') {
			elems[n++] = el_str_make(pkg.ptr + start, i - start);
			start = i + 1;
		}
	if (n)
		last = elems[n - 1];
	if (el_ends(last.ptr, last.len, EL_LIT("test")) || el_ends(last.ptr, last.len, EL_LIT("fuzz")))
		return 1;
	for (i = 0; names[i]; i++)
		if (el_str_eq(last, el_str_make(names[i], strlen(names[i]))))
			return 1;
	for (i = 1; i < n; i++) {
		el_str e = elems[i];
		if (e.len <= 4 || !el_ends(e.ptr, e.len, EL_LIT("test")))
			continue;
		for (k = 0; k < i; k++)
			if (elems[k].len == e.len - 4 && memcmp(elems[k].ptr, e.ptr, e.len - 4) == 0)
				return 1;
	}
	return 0;
}

/* Is the file in example or test-data code (an examples/, example/,
 * _examples/ or testdata/ directory)? */
static int example_path(el_str f)
{
	static const char *const dirs[] = { "examples/", "example/", "_examples/", "testdata/", NULL };
	size_t i;

	for (i = 0; dirs[i]; i++) {
		size_t n = strlen(dirs[i]);
		if (el_starts(f.ptr, f.len, dirs[i], n))
			return 1;
		if (f.len > n) {
			const char *p = f.ptr;
			while ((p = el_find(p, f.len - (size_t)(p - f.ptr), dirs[i], n)) != NULL) {
				if (p > f.ptr && p[-1] == '/')
					return 1;
				p++;
			}
		}
	}
	return 0;
}

static int abs_file(el_grouper *g, el_str file);

/* External and test flags, and the path below the source root. */
static el_str classify_file(el_grouper *g, gobj *o, el_str pkg)
{
	el_str f = o->pos.file, below = { NULL, 0 };

	if ((pkg.len > 5 && memcmp(pkg.ptr + pkg.len - 5, "_test", 5) == 0) ||
	    (pkg.len > 5 && memcmp(pkg.ptr + pkg.len - 5, ".test", 5) == 0) ||
	    (f.len > 8 && memcmp(f.ptr + f.len - 8, "_test.go", 8) == 0) ||
	    (f.len > 12 && memcmp(f.ptr + f.len - 12, "_testmain.go", 12) == 0) ||
	    test_helper_package(pkg))
		o->flags |= EL_O_TEST;
	if (el_starts(f.ptr, f.len, EL_LIT("/tmp/go-build"))) {
		o->flags |= EL_O_EXTERNAL;
		return f;
	}
	if (below_root(g, f, &below) != 0)
		return el_str_make(NULL, 0);
	if (!below.ptr) { /* outside the source root */
		o->flags |= EL_O_EXTERNAL;
		return f;
	}
	if (g->ds) {
		int rc = abs_file(g, f);
		if (rc < 0)
			return el_str_make(NULL, 0);
		if (rc == 0 && el_dirset_generated(g->ds, g->apath.ptr))
			o->flags |= EL_O_EXTERNAL; /* `// Code generated ... DO NOT EDIT.` */
	}
	if (example_path(below))
		o->flags |= EL_O_TEST;
	if (el_starts(below.ptr, below.len, EL_LIT("vendor/")) ||
	    str_contains(below, el_str_make(EL_LIT("/vendor/"))) ||
	    str_contains(below, el_str_make(EL_LIT("/pkg/mod/"))))
		o->flags |= EL_O_EXTERNAL;
	return el_arena_str(&g->scratch, below, AL(g));
}

/* A note's WHERE that shows names the compiler made up: the source it
 * stands for, when the file can be read (*where is left alone otherwise);
 * -1 when out of memory. */
static int source_where(el_grouper *g, const el_note *n, el_str *where)
{
	const el_gofile *f;
	int rc;

	/* only in the file of the object being built, which is parsed for it
	 * anyway: a note elsewhere (a callee's code, another package) keeps
	 * the compiler's text rather than cost a parse (and the cache) */
	if (!g->gs || g->registering || n->at.line == 0 || !el_where_needs_source(n->where) ||
	    !el_str_eq(n->at.file, g->cur_file))
		return 0;
	rc = open_source(g, n->at.file, &f);
	if (rc == -2)
		return -1;
	if (rc != 0)
		return 0;
	rc = el_where_source(f, n->at.line, n->at.col, n->where, &g->tmp, AL(g));
	if (rc == -2)
		return -1;
	if (rc == 1 && !(*where = el_arena_str(&g->scratch, el_str_make(g->tmp.ptr, g->tmp.len),
	                                       AL(g))).ptr)
		return -1;
	return 0;
}

/* A step's notes with their files as displayed. */
static const el_note *build_notes(el_grouper *g, const gstep *s)
{
	el_note *out = el_arena_alloc(&g->scratch, s->nrefs * sizeof *out, AL(g));
	size_t k;

	if (!out)
		return NULL;
	for (k = 0; k < s->nrefs; k++) {
		const el_note *n = &NOTE(g, NOTE_REF(g, s->first_ref + k));
		out[k] = *n;
		/* the callee index keeps the log's names (shown relative later) */
		out[k].at.file = g->registering ? n->at.file : display_path(g, n->at.file);
		if (!out[k].at.file.ptr && n->at.file.len)
			return NULL;
		if (source_where(g, n, &out[k].source) != 0)
			return NULL;
	}
	return out;
}

/* Copy an object's chains into el_chain/el_step arrays in the arena. */
static const el_chain *build_chains(el_grouper *g, const gobj *o)
{
	el_chain *out = el_arena_alloc(&g->scratch, o->nlinks * sizeof *out + 1, AL(g));
	size_t i, k;

	if (!out)
		return NULL;
	for (i = 0; i < o->nlinks; i++) {
		const gchain *c = &CHAIN(g, EL_VEC_AT(&g->links, glink, o->first_link + i).item);
		el_step *steps = el_arena_alloc(&g->scratch, c->nsteps * sizeof *steps + 1, AL(g));
		if (!steps)
			return NULL;
		for (k = 0; k < c->nsteps; k++) {
			const gstep *s = &STEP(g, c->first_step + k);
			steps[k].dst = STR(g, s->dst);
			steps[k].ops = STR(g, s->ops);
			steps[k].src = STR(g, s->src);
			steps[k].notes = s->nrefs ? build_notes(g, s) : NULL;
			if (s->nrefs && !steps[k].notes)
				return NULL;
			steps[k].nnotes = s->nrefs;
		}
		out[i].dest = c->dest;
		out[i].derefs = c->derefs;
		out[i].steps = steps;
		out[i].nsteps = c->nsteps;
		out[i].truncated = c->truncated;
	}
	return out;
}

/* Copy an object's related locations. */
static const el_related *build_related(el_grouper *g, const gobj *o)
{
	el_related *out = el_arena_alloc(&g->scratch, o->nrels * sizeof *out + 1, AL(g));
	size_t i;

	if (!out)
		return NULL;
	for (i = 0; i < o->nrels; i++) {
		const gobj *copy = &OBJ(g, EL_VEC_AT(&g->rels, glink, o->first_rel + i).item);
		memset(&out[i], 0, sizeof out[i]);
		out[i].kind = EL_VEC_AT(&g->rels, glink, o->first_rel + i).kind;
		out[i].subject = copy->subject;
		out[i].object_kind = copy->kind;
		out[i].pos = copy->pos;
		out[i].pos.file = display_path(g, copy->pos.file);
		if (!out[i].pos.file.ptr && copy->pos.file.len)
			return NULL;
		out[i].function = copy->func != NONE ? FUNC(g, copy->func).name : copy->func_name;
		out[i].package = g->package;
	}
	return out;
}

/* Fingerprint for folding test variants: the block's import path, kind,
 * position and subject. */
static unsigned long long fingerprint(el_grouper *g, const gobj *o)
{
	unsigned long long h = el_hash(g->package.ptr, g->package.len, EL_HASH_SEED);
	h = el_hash(&o->kind, sizeof o->kind, h);
	h = pos_hash(o->pos, h);
	return el_hash(o->subject.ptr, o->subject.len, h);
}

/* Has an object with o's fingerprint been delivered?  Records it if not;
 * -1 when out of memory (taken as not seen, the error is kept). */
static int seen_before(el_grouper *g, const gobj *o)
{
	unsigned long long fp = fingerprint(g, o);
	size_t it = 0, v;

	if (el_map_next(&g->seen, fp, &it, &v))
		return 1;
	if (el_map_put(&g->seen, fp, 0, AL(g)) != 0)
		nomem(g);
	return 0;
}

/* The call the compiler inlined at p (`inlining call to F` there), as 1 +
 * its index among the block's calls; 0 when none. */
static uint32_t call_at(el_grouper *g, el_pos p)
{
	size_t it = 0, c;

	while (el_map_next(&g->by_pos, pos_hash(p, EL_HASH_SEED), &it, &c))
		if (pos_eq(CALL(g, c).pos, p))
			return (uint32_t)c + 1;
	return 0;
}

/* Did the compiler inline a call at p? */
static int inlined_at(el_grouper *g, el_pos p)
{
	return call_at(g, p) != 0;
}

/* What the Go source says about the object (EL_O_SOURCE); external
 * objects are not looked at.  -1 when out of memory. */
/* The language version of the module that holds directory dir (absolute,
 * ending in '/'): the `go` line of the nearest go.mod above it, 0 when
 * none; -1 when out of memory.  The last few directories are remembered. */
/* The module of directory dir (with its trailing '/'): the go.mod found
 * in it or above it, remembered for the last NLANGS directories.  NULL
 * out of memory. */
static struct module_dir *module_of(el_grouper *g, const char *dir)
{
	unsigned i, slot;
	el_buf *b = &g->tmp;
	size_t n = strlen(dir);
	int lang = 0;
	size_t root_len = 0;
	char *module = NULL;

	for (i = 0; i < g->nlangs && i < NLANGS; i++)
		if (strcmp(g->langs[i].dir, dir) == 0)
			return &g->langs[i];
	while (n > 0) {
		el_buf mod = { 0 };
		el_error err;
		b->len = 0;
		if (el_buf_append(b, dir, n, AL(g)) != 0 || el_buf_append(b, "go.mod", 7, AL(g)) != 0)
			return NULL;
		if (el_file_read(b->ptr, (size_t)1 << 20, "go.mod", &mod, &err, AL(g)) == EL_OK) {
			el_str mp = el_gomod_path(mod.ptr, mod.len);
			lang = el_golang_read(mod.ptr, mod.len);
			root_len = n;
			if (mp.len && (module = el_malloc(AL(g), mp.len + 1)) == NULL) {
				el_buf_release(&mod, AL(g));
				return NULL;
			}
			if (module) {
				memcpy(module, mp.ptr, mp.len);
				module[mp.len] = '\0';
			}
			el_buf_release(&mod, AL(g));
			if (lang && !g->stats.go.lang) {
				g->stats.go.lang = lang;
				snprintf(g->stats.go.lang_file, sizeof g->stats.go.lang_file, "%s", b->ptr);
			}
			break;
		}
		el_buf_release(&mod, AL(g));
		if (err.status == EL_ERR_NOMEM)
			return NULL;
		/* up one directory: dir[0..n) ends in '/' */
		while (n > 1 && dir[n - 2] != '/')
			n--;
		n--;
	}
	slot = g->nlangs++ % NLANGS;
	el_free(AL(g), g->langs[slot].dir);
	if (!(g->langs[slot].dir = el_strdup(dir, AL(g)))) {
		el_free(AL(g), module);
		return NULL;
	}
	g->langs[slot].lang = lang;
	g->langs[slot].root_len = root_len;
	el_free(AL(g), g->langs[slot].module);
	g->langs[slot].module = module;
	g->langs[slot].program = NULL;
	return &g->langs[slot];
}

/* "tool-support" (in m->program) when m's directory holds an internal
 * package of its module (an element `internal` below the module's root)
 * that only commands shipped with the module import (package main below
 * its root): toml's internal/tag, for cmd/toml-test-*; "test-support"
 * when no file of the module but its _test.go files imports it
 * (zerolog's internal, its test cases).  Only the module itself can
 * import an internal package, so its files show every user.  "" otherwise;
 * NULL out of memory. */
static const char *tool_support(el_grouper *g, struct module_dir *m)
{
	const char *rel = m->dir + m->root_len;
	size_t n = strlen(rel);
	unsigned kinds;
	int rc;

	if (!m->module || m->root_len == 0 || n == 0 ||
	    !(el_starts(rel, n, EL_LIT("internal/")) || el_find(rel, n, EL_LIT("/internal/"))) ||
	    strcmp(m->module, "std") == 0 || strcmp(m->module, "cmd") == 0)
		return m->program; /* the standard library is too large to walk */
	g->tmp.len = 0;
	if (el_buf_append(&g->tmp, m->module, strlen(m->module), AL(g)) != 0 ||
	    el_buf_append(&g->tmp, "/", 1, AL(g)) != 0 ||
	    el_buf_append(&g->tmp, rel, n - 1, AL(g)) != 0 || /* without its '/' */
	    el_buf_append(&g->tmp, "", 1, AL(g)) != 0)
		return NULL;
	{
		char *imp = el_strdup(g->tmp.ptr, AL(g)), *root;
		if (!imp)
			return NULL;
		if (!(root = el_malloc(AL(g), m->root_len + 1))) {
			el_free(AL(g), imp);
			return NULL;
		}
		memcpy(root, m->dir, m->root_len);
		root[m->root_len] = '\0';
		rc = el_module_importers(g->gs, root, el_str_make(imp, strlen(imp)), &kinds);
		el_free(AL(g), root);
		el_free(AL(g), imp);
	}
	if (rc == -2)
		return NULL;
	if (rc == 0 && kinds == EL_IMPORTED_BY_COMMAND)
		m->program = "tool-support";
	else if (rc == 0 && kinds == 0)
		m->program = "test-support"; /* only _test.go files import it */
	return m->program;
}

/* What program the package of src (in m's directory) is part of:
 * "command" for a package main below the root of a module whose root
 * package is not main -- a tool, generator or example shipped with a
 * library --, "main" for another package main (an application's), ""
 * for any other package.  NULL out of memory. */
static const char *program_of(el_grouper *g, struct module_dir *m, const el_gofile *src)
{
	char root_pkg[64];
	int rc;

	if (m->program)
		return m->program;
	m->program = "";
	if (!el_str_eq(el_gofile_package(src), el_str_make(EL_LIT("main"))))
		return tool_support(g, m);
	m->program = "main";
	if (m->root_len == 0 || m->root_len == strlen(m->dir))
		return m->program;
	g->tmp.len = 0;
	if (el_buf_append(&g->tmp, m->dir, m->root_len, AL(g)) != 0 ||
	    el_buf_append(&g->tmp, "", 1, AL(g)) != 0)
		return NULL;
	if ((rc = el_gosrc_dir_package(g->gs, g->tmp.ptr, root_pkg, sizeof root_pkg)) == -2)
		return NULL;
	if (rc == 1 && strcmp(root_pkg, "main") != 0)
		m->program = "command";
	return m->program;
}

/* The directory of file path, with its trailing '/', into out (a
 * string): 0, -1 out of memory. */
static int dir_of(el_grouper *g, const char *path, el_buf *out)
{
	const char *slash = strrchr(path, '/');

	out->len = 0;
	return el_buf_append(out, path, slash ? (size_t)(slash - path) + 1 : 0, AL(g)) != 0 ||
	               el_buf_append(out, "", 1, AL(g)) != 0
	       ? -1
	       : 0;
}

/* Does import path suffix s ("/a/b") hold an element "." or ".."? */
static int dot_element(el_str s)
{
	size_t i = 0, e;

	while (i < s.len) {
		i++; /* the '/' */
		for (e = i; e < s.len && s.ptr[e] != '/'; e++)
			;
		if ((e - i == 1 && s.ptr[i] == '.') || (e - i == 2 && s.ptr[i] == '.' && s.ptr[i + 1] == '.'))
			return 1;
		i = e;
	}
	return 0;
}

/* The directory of the package imported as imp, from the directory dir
 * (absolute, with its trailing '/') of the package pkg, when both are in
 * one tree laid out by import path: the path elements pkg has after the
 * ones it shares with imp are the last ones of dir, and imp's follow
 * (github.com/klauspost/compress/huff0 beside .../compress@v1.20.4/zstd/
 * is .../compress@v1.20.4/huff0/; zstd/internal/xxhash is below zstd/).
 * Written to out as a string with its trailing '/': 1; 0 when they share
 * no element, are the same package, or dir does not end so; -1 out of
 * memory. */
static int sibling_dir(el_grouper *g, el_str pkg, const char *dir, el_str imp, el_buf *out)
{
	size_t common = 0, i, dl = strlen(dir), rest, root;
	el_str below;

	for (i = 0; i <= pkg.len && i <= imp.len; i++) {
		int pe = i == pkg.len || pkg.ptr[i] == '/', ie = i == imp.len || imp.ptr[i] == '/';
		if (pe && ie)
			common = i; /* both end an element here */
		if (i == pkg.len || i == imp.len || pkg.ptr[i] != imp.ptr[i])
			break;
	}
	rest = pkg.len - common; /* "/zstd", or "" when imp is below pkg */
	below = el_str_make(imp.ptr + common, imp.len - common);
	if (common == 0 || (rest == 0 && below.len == 0) || dot_element(below) || dl < rest + 2 ||
	    memcmp(dir + dl - 1 - rest, pkg.ptr + common, rest) != 0)
		return 0;
	root = dl - 1 - rest; /* dir without pkg's own elements and the '/' */
	out->len = 0;
	if (el_buf_append(out, dir, root, AL(g)) != 0 || el_buf_append(out, below.ptr, below.len, AL(g)) != 0 ||
	    el_buf_append(out, "/", 2, AL(g)) != 0)
		return -1;
	return 1;
}

/* The declaration of an inlined callee of another package of the build
 * that the build's index does not hold (its package is compiled without
 * -m, or not in this log): huff0.(*Scratch).TransferCTable, inlined into
 * zstd, found in the directory of the import the caller's file names
 * huff0 (sibling_dir), which goes to g->sdir.  1 and *file, *decl; 0 not
 * found; -2 out of memory.  The caller's file is src, in directory cdir. */
static int callee_in_source(el_grouper *g, const el_gofile *src, const char *cdir, el_str callee,
                            const el_gofile **file, TSNode *decl)
{
	const char *dot = memchr(callee.ptr, '.', callee.len);
	el_str q, rest, type = { NULL, 0 }, name, imp;
	int rc;

	if (!dot || dot == callee.ptr || !g->package.len)
		return 0;
	q = el_str_make(callee.ptr, (size_t)(dot - callee.ptr));
	rest = el_str_make(dot + 1, callee.len - q.len - 1);
	if (rest.len > 2 && rest.ptr[0] == '(' && rest.ptr[1] == '*') { /* (*T).M */
		const char *close = memchr(rest.ptr, ')', rest.len);
		if (!close || (size_t)(rest.ptr + rest.len - close) < 2 || close[1] != '.')
			return 0;
		type = el_str_make(rest.ptr + 2, (size_t)(close - rest.ptr - 2));
		name = el_str_make(close + 2, (size_t)(rest.ptr + rest.len - close - 2));
	} else if ((dot = memchr(rest.ptr, '.', rest.len)) != NULL) { /* T.M */
		type = el_str_make(rest.ptr, (size_t)(dot - rest.ptr));
		name = el_str_make(dot + 1, (size_t)(rest.ptr + rest.len - dot - 1));
	} else {
		name = rest;
	}
	if (!name.len || memchr(name.ptr, '.', name.len) || !el_gofile_import_path(src, q, &imp))
		return 0;
	if ((rc = sibling_dir(g, g->package, cdir, imp, &g->sdir)) != 1)
		return rc < 0 ? -2 : 0;
	return type.len ? el_gosrc_method_of(g->gs, g->sdir.ptr, type, name, 0, file, decl)
	                : el_gosrc_lookup(g->gs, g->sdir.ptr, name, 0, 0, file, decl);
}

/* An object allocated by a callee inlined at its position: the context of
 * the allocation in the callee's own code, from the callee's source (found
 * through the build's index of functions), when the object's has none --
 * zerolog's UpdateContext makes its buffer only under `if cap(l.context)
 * == 0`, so every caller that inlines it allocates once per logger.  -1
 * when out of memory. */
static int inlined_context(el_grouper *g, el_object *obj)
{
	el_str subject = obj->compiler_subject.len ? obj->compiler_subject : obj->subject;
	size_t it = 0, c;

	while (el_map_next(&g->by_pos, pos_hash(obj->pos, EL_HASH_SEED), &it, &c)) {
		const gcall *call = &CALL(g, c);
		const el_gofile *src;
		const char *ctx;
		el_pos decl;
		unsigned long line, col;
		int rc, failed = 0;
		if (!pos_eq(call->pos, obj->pos))
			continue;
		if (el_callees_decl(g->callees, call->callee, g->package, &decl)) {
			if ((rc = open_source(g, decl.file, &src)) == -2)
				return -1;
			if (rc != 0)
				continue;
			if (dir_of(g, g->path.ptr, &g->sdir) != 0)
				return -1;
			line = decl.line;
			col = decl.col;
		} else {
			/* not in the build's index: another package of the tree */
			const el_gofile *caller;
			TSNode d;
			if ((rc = open_source(g, obj->pos.file, &caller)) == -2)
				return -1;
			if (rc != 0)
				continue;
			if (dir_of(g, g->path.ptr, &g->cdir) != 0)
				return -1;
			rc = callee_in_source(g, caller, g->cdir.ptr, call->callee, &src, &d);
			if (rc == -2)
				return -1;
			if (rc != 1)
				continue;
			line = ts_node_start_point(d).row + 1;
			col = ts_node_start_point(d).column + 1;
		}
		ctx = el_facts_callee_context(g->gs, src, g->sdir.ptr, line, col, subject, &failed);
		if (failed)
			return -1;
		if (*ctx) {
			/* the guard is the callee's own, not one around the call */
			if (strcmp(ctx, "lazy") == 0)
				ctx = "lazy-inlined";
			obj->context = el_str_make(ctx, strlen(ctx));
			return 0;
		}
	}
	return 0;
}

static int add_facts(el_grouper *g, el_object *obj)
{
	const el_gofile *src;
	struct module_dir *m;
	el_facts fx;
	int rc;

	if (!g->gs || (obj->flags & EL_O_EXTERNAL))
		return 0;
	rc = open_source(g, obj->pos.file, &src);
	if (rc == -2)
		return -1;
	if (rc != 0) {
		if (obj->kind != EL_OBJ_NOINLINE)
			g->stats.no_source++;
		return 0;
	}
	if (dir_of(g, g->path.ptr, &g->dir) != 0 || !(m = module_of(g, g->dir.ptr)) ||
	    el_gosrc_set_module(g->gs, m->dir, m->root_len, m->module) != 0)
		return -1; /* its module: other packages of it are read for their types */
	if (el_facts_find(g->gs, src, g->dir.ptr, obj->kind, obj->pos.line, obj->pos.col,
	                  obj->subject, g->stats.go.lo >= 25 ? EL_FACTS_STATIC_VALUES : 0, &fx) != 0)
		return -1;
	if (obj->kind == EL_OBJ_NOINLINE) {
		/* a function: only whether it returns an interface (what its
		 * size costs its callers, inline-budget) */
		obj->func_result = el_str_make(fx.func_result, strlen(fx.func_result));
		return 0;
	}
	obj->flags |= EL_O_SOURCE;
	{
		const char *program;
		if (!(program = program_of(g, m, src)))
			return -1;
		obj->lang = m->lang;
		obj->program = el_str_make(program, strlen(program));
		if (strcmp(program, "test-support") == 0)
			obj->flags |= EL_O_TEST; /* a package only tests import */
	}
	obj->context = el_str_make(fx.context, strlen(fx.context));
	obj->free = el_str_make(fx.free, strlen(fx.free));
	obj->type = el_arena_str(&g->scratch, el_str_make(fx.type, strlen(fx.type)), AL(g));
	/* the source names a call there; the log says whether it was inlined */
	if (fx.inlined[0] && !inlined_at(g, obj->pos))
		fx.inlined[0] = '\0';
	obj->inlined = el_arena_str(&g->scratch, el_str_make(fx.inlined, strlen(fx.inlined)), AL(g));
	obj->size = fx.size;
	/* -m input names only inlinable functions: the source names the rest */
	if (obj->function.len == 0 && fx.function[0] &&
	    !(obj->function = el_arena_str(&g->scratch, el_str_make(fx.function, strlen(fx.function)),
	                                   AL(g))).ptr)
		return -1;
	obj->underlying = el_str_make(fx.underlying, strlen(fx.underlying));
	obj->owner = el_str_make(fx.owner, strlen(fx.owner));
	obj->declared = el_str_make(fx.declared, strlen(fx.declared));
	obj->in_loop = el_str_make(fx.in_loop, strlen(fx.in_loop));
	obj->func_result = el_str_make(fx.func_result, strlen(fx.func_result));
	obj->role = el_str_make(fx.role, strlen(fx.role));
	obj->callers = el_str_make(fx.callers, strlen(fx.callers));
	obj->with_values = el_str_make(fx.with_values, strlen(fx.with_values));
	if (fx.for_tests)
		obj->flags |= EL_O_TEST; /* its doc comment says it is for tests */
	if (fx.called_from[0] &&
	    !(obj->called_from = el_arena_str(&g->scratch,
	                                      el_str_make(fx.called_from, strlen(fx.called_from)), AL(g)))
	             .ptr)
		return -1;
	obj->inlined_args = el_str_make(fx.inlined_args, strlen(fx.inlined_args));
	if (fx.subject[0]) {
		obj->compiler_subject = obj->subject;
		if (!(obj->subject = el_arena_str(&g->scratch,
		                                  el_str_make(fx.subject, strlen(fx.subject)), AL(g)))
		             .ptr)
			return -1;
	}
	if ((fx.type[0] && !obj->type.ptr) || (fx.inlined[0] && !obj->inlined.ptr))
		return -1;
	if (obj->inlined.len && !obj->context.len && obj->kind == EL_OBJ_ESCAPES &&
	    inlined_context(g, obj) != 0)
		return -1;
	g->stats.sources_parsed = el_gosrc_parsed(g->gs);
	return 0;
}

/* ------------------------------------------------------------------ */
/* Directives                                                          */
/* ------------------------------------------------------------------ */

/* The absolute name of file in g->apath, NUL-terminated: 0, 1 when it has
 * none (<autogenerated>), -1 when out of memory. */
static int abs_file(el_grouper *g, el_str file)
{
	if (no_file(file))
		return 1;
	if (el_path_resolve(&g->apath, g->cwd, &g->trim, file, AL(g)) != 0 ||
	    el_buf_append(&g->apath, "", 1, AL(g)) != 0)
		return -1;
	return 0;
}

/* Is the absolute file in the directory dir (with its trailing '/')? */
static int in_dir(const char *file, const char *dir, size_t n)
{
	return strncmp(file, dir, n) == 0 && strchr(file + n, '/') == NULL;
}

/* The assertion a heap object or a non-inlinable function breaks, with
 * the directive's words in obj (scratch arena); -1 when out of memory. */
static int assert_object(el_grouper *g, const gobj *o, el_object *obj)
{
	el_dirent *e = NULL;
	char msg[512];
	int rc;

	if (!g->ds || (rc = abs_file(g, o->pos.file)) > 0)
		return 0;
	if (rc < 0)
		return -1;
	if (o->kind == EL_OBJ_MOVED || o->kind == EL_OBJ_ESCAPES) {
		if ((e = el_dirset_function(g->ds, g->apath.ptr, o->pos.line, EL_DIR_NOALLOC)) != NULL) {
			obj->assertion = el_str_make(EL_LIT("noalloc"));
			snprintf(msg, sizeof msg, "%s is marked //escapelint:noalloc (line %lu)",
			         e->d.func ? e->d.func : "the function", e->d.line);
		} else if ((e = el_dirset_noescape(g->ds, g->apath.ptr, o->pos.line)) != NULL) {
			obj->assertion = el_str_make(EL_LIT("noescape"));
			if (e->d.target == e->d.line)
				snprintf(msg, sizeof msg, "line %lu is marked //escapelint:noescape",
				         e->d.line);
			else
				snprintf(msg, sizeof msg,
				         "line %lu is marked //escapelint:noescape (on line %lu)",
				         e->d.target, e->d.line);
		}
	} else if (o->kind == EL_OBJ_NOINLINE &&
	           (e = el_dirset_function(g->ds, g->apath.ptr, o->pos.line, EL_DIR_INLINE)) != NULL) {
		obj->assertion = el_str_make(EL_LIT("inline"));
		snprintf(msg, sizeof msg, "%s is marked //escapelint:inline (line %lu)",
		         e->d.func ? e->d.func : "the function", e->d.line);
	}
	if (!e)
		return 0;
	e->found = 1;
	obj->directive = el_arena_str(&g->scratch, el_str_make(msg, strlen(msg)), AL(g));
	return obj->directive.ptr ? 0 : -1;
}

/* Is p in a function marked //escapelint:noalloc?  (-1 out of memory) */
static int in_noalloc(el_grouper *g, el_pos p)
{
	int rc;

	if (!g->ds || (rc = abs_file(g, p.file)) > 0)
		return 0;
	if (rc < 0)
		return -1;
	return el_dirset_function(g->ds, g->apath.ptr, p.line, EL_DIR_NOALLOC) != NULL;
}

/* Deliver an object about the directive e itself. */
static el_status deliver_directive(el_grouper *g, el_dirent *e, const char *assertion,
                                   const char *verdict)
{
	el_object obj;
	el_str file = el_str_make(e->file, strlen(e->file)), below;

	e->reported = 1;
	if (g->error.status != EL_OK)
		return g->error.status;
	el_arena_reset(&g->scratch);
	memset(&obj, 0, sizeof obj);
	obj.kind = EL_OBJ_DIRECTIVE;
	obj.package = el_str_make(e->package, strlen(e->package));
	obj.function = e->d.func ? el_str_make(e->d.func, strlen(e->d.func)) : el_str_make("", 0);
	obj.pos.file = file;
	obj.pos.line = e->d.line;
	obj.pos.col = e->d.col;
	obj.flags = EL_O_NO_CHAIN;
	if (below_root(g, file, &below) != 0)
		return nomem(g);
	if (below.ptr && !(obj.path = el_arena_str(&g->scratch, below, AL(g))).ptr)
		return nomem(g);
	if (!below.ptr) {
		obj.path = file;
		obj.flags |= EL_O_EXTERNAL;
	}
	if (el_ends(file.ptr, file.len, EL_LIT("_test.go")))
		obj.flags |= EL_O_TEST;
	obj.subject = el_str_make(e->text, strlen(e->text));
	obj.verdict = el_str_make(verdict, strlen(verdict));
	obj.assertion = el_str_make(assertion, strlen(assertion));
	obj.directive = obj.subject;
	obj.cost = obj.budget = obj.size = -1;
	obj.go_lo = g->stats.go.lo;
	obj.go_hi = g->stats.go.hi;
	g->stats.objects[EL_OBJ_DIRECTIVE]++;
	if (g->fn && g->fn(&obj, g->ctx) != 0) {
		el_error_set(&g->error, EL_ERR_STOPPED, 0, 0, "stopped by the object callback");
		return EL_ERR_STOPPED;
	}
	return EL_OK;
}

/* Is the function the directive e is on in this block?  -1 out of memory. */
static int func_in_block(el_grouper *g, const el_dirent *e)
{
	size_t i;
	int rc;

	for (i = 0; i < g->funcs.len; i++) {
		const gfunc *f = &FUNC(g, i);
		if (f->pos.line != e->d.decl_line)
			continue;
		if ((rc = abs_file(g, f->pos.file)) < 0)
			return -1;
		if (rc == 0 && strcmp(g->apath.ptr, e->file) == 0)
			return 1;
	}
	return 0;
}

/* Does the block have a function in the absolute file?  -1 out of memory. */
static int file_in_block(el_grouper *g, const char *file)
{
	size_t i;
	int rc;

	for (i = 0; i < g->funcs.len; i++) {
		if ((rc = abs_file(g, FUNC(g, i).pos.file)) < 0)
			return -1;
		if (rc == 0 && strcmp(g->apath.ptr, file) == 0)
			return 1;
	}
	return 0;
}

/* The directory of the block's Go files (with its trailing '/') in
 * g->dir: the first function's or object's file that exists (not the
 * generated _testmain.go of a test build); 0, 1 when none, -1 out of
 * memory. */
static int block_dir(el_grouper *g)
{
	size_t i, n = g->funcs.len + g->objs.len;
	struct stat st;
	const char *slash;
	int rc;

	for (i = 0; i < n; i++) {
		el_str file = i < g->funcs.len ? FUNC(g, i).pos.file : OBJ(g, i - g->funcs.len).pos.file;
		if (el_ends(file.ptr, file.len, EL_LIT("_testmain.go")) ||
		    (rc = abs_file(g, file)) > 0)
			continue;
		if (rc < 0)
			return -1;
		if (stat(g->apath.ptr, &st) != 0 || !S_ISREG(st.st_mode) ||
		    (slash = strrchr(g->apath.ptr, '/')) == NULL)
			continue;
		g->dir.len = 0;
		if (el_buf_append(&g->dir, g->apath.ptr, (size_t)(slash - g->apath.ptr) + 1, AL(g)) != 0 ||
		    el_buf_append(&g->dir, "", 1, AL(g)) != 0)
			return -1;
		return 0;
	}
	return 1;
}

/* The first rule a suppression names that the rule set does not have
 * ("all" names every rule), or NULL. */
static const char *unknown_rule(const el_grouper *g, const el_dirent *e)
{
	size_t k;

	for (k = 0; g->rules && k < e->d.nrules; k++)
		if (strcmp(e->d.rules[k], "all") != 0 && strcmp(e->d.rules[k], "unclassified") != 0 &&
		    strcmp(e->d.rules[k], "EL000") != 0 && !el_rules_find(g->rules, e->d.rules[k]))
			return e->d.rules[k];
	return NULL;
}

/* Read the directives of the block's directory and say what is wrong
 * with them at once (bad directives, unknown rules); what a later build
 * of the package may still settle (an assertion's function not in this
 * build, a suppression not used yet) is left to the end of the input. */
static el_status check_directives(el_grouper *g)
{
	size_t i, n;
	int rc, m1;

	if (!g->ds)
		return EL_OK;
	if ((rc = block_dir(g)) != 0)
		return rc < 0 ? nomem(g) : EL_OK;
	n = strlen(g->dir.ptr);
	if (el_dirset_load(g->ds, g->gs, g->dir.ptr, g->variant.len > 0, g->package) != 0)
		return nomem(g);
	/* -m output has no `cannot inline` lines and no explanations */
	m1 = g->chains.len == 0;
	for (i = 0; i < g->funcs.len && m1; i++)
		m1 = !FUNC(g, i).noinline;
	for (i = 0; i < el_dirset_count(g->ds); i++) {
		el_dirent *e = el_dirset_at(g->ds, i);
		char msg[512];
		el_status st = EL_OK;

		if (!in_dir(e->file, g->dir.ptr, n))
			continue;
		if (!e->built && (rc = file_in_block(g, e->file)) != 0) {
			if (rc < 0)
				return nomem(g);
			e->built = 1;
		}
		if (e->reported)
			continue;
		if (e->d.kind == EL_DIR_BAD) {
			st = deliver_directive(g, e, "bad-directive", e->d.problem ? e->d.problem : "");
		} else if (e->d.kind == EL_DIR_IGNORE || e->d.kind == EL_DIR_FILE_IGNORE) {
			const char *unknown = unknown_rule(g, e);
			if (unknown) {
				snprintf(msg, sizeof msg,
				         "no rule named '%.100s' (escapelint --list-rules lists them)",
				         unknown);
				st = deliver_directive(g, e, "bad-directive", msg);
			}
		} else if (e->d.kind == EL_DIR_NOALLOC || e->d.kind == EL_DIR_INLINE) {
			if ((rc = func_in_block(g, e)) < 0)
				return nomem(g);
			if (rc)
				e->found = 1;
			else if (m1)
				e->m1 = 1;
		}
		if (st != EL_OK)
			return st;
	}
	return EL_OK;
}

/* Is a rule the suppression names switched off (so it may fire in other
 * runs)? */
static int names_disabled_rule(const el_grouper *g, const el_dirent *e)
{
	size_t k;

	for (k = 0; g->rules && k < e->d.nrules; k++) {
		const el_rule *r = el_rules_find(g->rules, e->d.rules[k]);
		if (r && !el_rule_enabled(r))
			return 1;
	}
	return 0;
}

/* At the end of the input: assertions no build could check, and the
 * suppressions that silenced nothing in the files that were built. */
static el_status report_unused(el_grouper *g)
{
	size_t i;

	for (i = 0; g->ds && i < el_dirset_count(g->ds); i++) {
		el_dirent *e = el_dirset_at(g->ds, i);
		char msg[512];
		el_status st = EL_OK;
		if (e->reported)
			continue;
		if ((e->d.kind == EL_DIR_NOALLOC || e->d.kind == EL_DIR_INLINE) && !e->found) {
			if (e->m1)
				snprintf(msg, sizeof msg,
				         "%s cannot be checked: the input is -m output (no `cannot inline` "
				         "lines, no explanations); build with -gcflags=-m=2",
				         e->text);
			else
				snprintf(msg, sizeof msg,
				         "%s cannot be checked: %s is not in the build of %s (a build "
				         "constraint, or a file the build leaves out)",
				         e->text, e->d.func ? e->d.func : "the function", e->package);
			st = deliver_directive(g, e, "unchecked", msg);
		} else if ((e->d.kind == EL_DIR_IGNORE || e->d.kind == EL_DIR_FILE_IGNORE) &&
		           !e->d.used && e->built && g->stats.chains && !names_disabled_rule(g, e)) {
			/* -m output: the rules that need chains cannot fire, so an
			 * unused suppression says nothing; nor does one in a file no
			 * build compiled, or one naming a rule switched off */
			st = deliver_directive(g, e, "unused-suppression",
			                       e->d.kind == EL_DIR_IGNORE
			                               ? "no finding of these rules on the line it applies to"
			                               : "no finding of these rules in this file");
		}
		if (st != EL_OK)
			return st;
	}
	return EL_OK;
}

/* See escapelint.h. */
int el_grouper_suppressed(el_grouper *g, const el_object *obj, const el_rule *rule,
                          el_str *reason)
{
	el_dirent *e;
	int rc;

	if (!g || !g->ds || obj->kind == EL_OBJ_DIRECTIVE)
		return 0;
	if ((rc = abs_file(g, obj->pos.file)) != 0) {
		if (rc < 0)
			nomem(g); /* the grouper's next call reports it */
		return 0;
	}
	e = el_dirset_suppression(g->ds, g->apath.ptr, obj->pos.line,
	                          rule ? el_rule_name(rule) : "unclassified",
	                          rule ? el_rule_id(rule) : "EL000");
	if (!e)
		return 0;
	*reason = e->d.reason ? el_str_make(e->d.reason, strlen(e->d.reason)) : el_str_make("", 0);
	return 1;
}

/* Deliver object index oi to the callback. */
/* el_callees_open_fn over open_source. */
static int open_for_callees(void *ctx, el_str file, const el_gofile **out)
{
	el_grouper *g = ctx;

	/* only files of the block, which are parsed for its objects anyway:
	 * a callee's file in another package would cost a parse (and push
	 * the block's files out of the cache) for one question */
	*out = NULL;
	if (!has_objects(g, file))
		return -1;
	return open_source(g, file, out);
}

/* el_callees_source_fn: the source of the one note that says what a
 * callee does with a parameter (the chains were built without). */
static int source_for_callees(void *ctx, const el_note *n, el_str *out)
{
	el_grouper *g = ctx;
	int was = g->registering, rc;

	g->registering = 0;
	rc = source_where(g, n, out);
	g->registering = was;
	return rc;
}

/* Tell the callee index about the block's functions and the parameters
 * they keep, before its objects are delivered: a call inside the package
 * is linked to its callee like a call into another package of the build. */
static int register_callees(el_grouper *g)
{
	size_t i;

	for (i = 0; i < g->funcs.len; i++) {
		const gfunc *f = &FUNC(g, i);
		/* the compiler's wrappers (<autogenerated>) pass on to the method
		 * they wrap, which is the one registered */
		if (no_file(f->pos.file))
			continue;
		if (!f->dropped && el_callees_add_func(g->callees, g->package, f->name, f->pos,
		                                       !f->noinline, f->reason, f->cost, f->budget,
		                                       AL(g)) != 0)
			return -1;
	}
	for (i = 0; i < g->objs.len; i++) {
		const gobj *o = &OBJ(g, i);
		const el_chain *chains;
		int rc;
		if (o->kind != EL_OBJ_LEAK || o->merged_into != NONE || o->func == NONE)
			continue;
		el_arena_reset(&g->scratch);
		g->registering = 1;
		g->cur_file = o->pos.file;
		chains = build_chains(g, o);
		g->registering = 0;
		if (!chains)
			return -1;
		if (g->gs) { /* the parameters' names, from the file the leak is in */
			const el_gofile *f;
			int orc = open_source(g, FUNC(g, o->func).pos.file, &f);
			if (orc == -2 || (orc == 0 && el_callees_read_params(g->callees, g->package,
			                                                     FUNC(g, o->func).name, f,
			                                                     AL(g)) != 0))
				return -1;
		}
		rc = el_callees_add_param(g->callees, g->package, FUNC(g, o->func).name, o->subject,
		                          o->verdict, o->pos, chains, o->nlinks, source_for_callees, g,
		                          AL(g));
		if (rc != 0)
			return -1;
	}
	el_arena_reset(&g->scratch);
	return 0;
}

/* Link obj to the call its escape is decided in (obj->call), and give it
 * its function's inlining verdict; -1 when out of memory. */
static int link_call(el_grouper *g, const gobj *o, el_object *obj)
{
	const el_call *c;
	el_call *copy;
	int failed = 0;

	obj->func_inlinable = -1;
	obj->func_cost = obj->func_budget = -1;
	if (o->func != NONE) {
		const gfunc *f = &FUNC(g, o->func);
		obj->func_inlinable = !f->noinline;
		obj->func_reason = f->reason;
		obj->func_cost = f->cost;
		obj->func_budget = f->budget;
	}
	c = el_callees_link(g->callees, obj, g->package, g->gs ? open_for_callees : NULL, g, AL(g),
	                    &failed);
	if (failed)
		return -1;
	if (!c)
		return 0;
	if (!(copy = el_arena_alloc(&g->scratch, sizeof *copy, AL(g))))
		return -1;
	*copy = *c;
	/* a parameter name read from the source lives in the index's buffer */
	copy->param = el_arena_str(&g->scratch, c->param, AL(g));
	if (c->param.len && !copy->param.ptr)
		return -1;
	/* so does the call a callee boxes its parameter for */
	copy->via = el_arena_str(&g->scratch, c->via, AL(g));
	if (c->via.len && !copy->via.ptr)
		return -1;
	copy->decl.file = display_path(g, c->decl.file);
	copy->keeps_pos.file = display_path(g, c->keeps_pos.file);
	copy->via_pos.file = display_path(g, c->via_pos.file);
	if ((c->keeps_pos.file.len && !copy->keeps_pos.file.ptr) ||
	    (c->via_pos.file.len && !copy->via_pos.file.ptr))
		return -1;
	copy->param_pos.file = display_path(g, c->param_pos.file);
	if ((c->decl.file.len && !copy->decl.file.ptr) ||
	    (c->param_pos.file.len && !copy->param_pos.file.ptr))
		return -1;
	obj->call = copy;
	if (!obj->owner.len && g->gs && el_str_eq(c->kind, el_str_make(EL_LIT("static"))) &&
	    storage_of(c->dest).len && c->keeps_pos.line) {
		/* a parameter the callee puts into an object that goes into
		 * what the callee fills for its caller (prometheus'
		 * populateMetric: ct into the &dto.Counter{...} it stores
		 * into its *dto.Metric parameter) is part of that output */
		const el_gofile *src;
		const char *owner;
		int rc = open_source(g, c->keeps_pos.file, &src);
		if (rc == -2 || (rc == 0 && dir_of(g, g->path.ptr, &g->sdir) != 0))
			return -1;
		if (rc == 0) {
			owner = el_facts_owner_at(g->gs, src, g->sdir.ptr, c->keeps_pos.line, c->keeps_pos.col,
			                          &failed);
			if (failed)
				return -1;
			if (strcmp(owner, "output") == 0 || strcmp(owner, "destination") == 0)
				obj->owner = el_str_make(EL_LIT("callee-output"));
		}
	}
	return 0;
}

/* Count, per function, the heap objects whose primary chain ends in a
 * result (`~r0 = ...` by return): gfunc.returned.  One pass per block. */
static void count_returned(el_grouper *g)
{
	size_t i;

	for (i = 0; i < g->funcs.len; i++)
		FUNC(g, i).returned = 0;
	for (i = 0; i < g->objs.len; i++) {
		const gobj *o = &OBJ(g, i);
		const gchain *c;
		const gstep *last;
		el_str dst;
		if (o->func == NONE || o->merged_into != NONE || o->nlinks == 0 ||
		    (o->kind != EL_OBJ_ESCAPES && o->kind != EL_OBJ_MOVED))
			continue;
		c = &CHAIN(g, EL_VEC_AT(&g->links, glink, o->first_link).item);
		if (c->nsteps == 0)
			continue;
		last = &STEP(g, c->first_step + c->nsteps - 1);
		dst = STR(g, last->dst);
		if (last->nrefs &&
		    el_str_eq(NOTE(g, NOTE_REF(g, last->first_ref + last->nrefs - 1)).why,
		              el_str_make(EL_LIT("return"))) &&
		    dst.len && dst.ptr[0] != '{')
			FUNC(g, o->func).returned++;
	}
}

/* Is subject an allocation (not a value boxed into an interface)? */
static int allocation_subject(el_str s)
{
	static const char *const heads[] = { "&", "new(", "make(", "[]", "map[", "func literal",
		                             "... argument", NULL };
	size_t i;

	for (i = 0; heads[i]; i++)
		if (s.len >= strlen(heads[i]) && memcmp(s.ptr, heads[i], strlen(heads[i])) == 0)
			return 1;
	return 0;
}

/* The first note of step st with reason why, or NULL. */
static const el_note *note_why(const el_step *st, const char *why)
{
	size_t i;

	for (i = 0; i < st->nnotes; i++)
		if (el_str_eq(st->notes[i].why, el_str_make(why, strlen(why))))
			return &st->notes[i];
	return NULL;
}

/* obj->reordered: two steps of the primary chain `B = A` then `C = B`
 * (or a call that B is passed to) whose statements, in obj's file, run
 * in the other order (`C := B` before `B = A`, el_facts_reordered), as
 * "`B = A` (line L) to `C := B` (line M), which runs before it".  0, -1
 * when out of memory. */
static int reordered_flow(el_grouper *g, el_object *obj)
{
	const el_chain *c = &obj->chains[0];
	const el_gofile *src;
	size_t i;
	int rc;

	if (!g->gs || !(obj->flags & EL_O_SOURCE) || obj->kind != EL_OBJ_ESCAPES)
		return 0;
	for (i = 0; i + 1 < c->nsteps; i++) {
		const el_step *a = &c->steps[i], *b = &c->steps[i + 1];
		const el_note *w, *r;
		char buf[512];
		int n;
		if (!a->dst.len || !el_str_eq(a->dst, b->src) || a->ops.len || b->ops.len ||
		    !(w = note_why(a, "assign")) ||
		    !((r = note_why(b, "assign")) || (r = note_why(b, "call parameter"))) ||
		    !el_str_eq(w->at.file, r->at.file) ||
		    !(el_str_eq(w->at.file, obj->pos.file) || el_str_eq(w->at.file, obj->path)) ||
		    r->at.line >= w->at.line)
			continue;
		if ((rc = open_source(g, obj->pos.file, &src)) == -2)
			return -1;
		if (rc != 0 ||
		    !el_facts_reordered(g->gs, src, w->at.line, w->at.col, r->at.line, r->at.col, a->dst))
			continue;
		n = snprintf(buf, sizeof buf, "`%.*s` (line %lu) to `%.*s` (line %lu), which runs before it",
		             (int)w->where.len, w->where.ptr, w->at.line, (int)r->where.len, r->where.ptr,
		             r->at.line);
		if (n < 0 || (size_t)n >= sizeof buf)
			continue; /* statements too long to quote */
		if (!(obj->reordered = el_arena_str(&g->scratch, el_str_make(buf, (size_t)n), AL(g))).ptr)
			return -1;
		return 0;
	}
	return 0;
}

/* Build the object oi into *out, in the scratch arena (not reset): 0, -1
 * when out of memory. */
static int build_object(el_grouper *g, size_t oi, el_object *out)
{
	gobj *o = &OBJ(g, oi);
	el_object obj;

	memset(&obj, 0, sizeof obj);
	g->cur_file = o->pos.file;
	obj.kind = o->kind;
	obj.package = g->package;
	obj.variant = g->variant;
	obj.function = o->func != NONE ? FUNC(g, o->func).name : o->func_name;
	obj.pos = o->pos;
	obj.path = classify_file(g, o, g->package);
	obj.flags = o->flags;
	obj.subject = o->subject;
	obj.verdict = o->verdict;
	obj.cost = obj.budget = -1;
	obj.size = -1;
	obj.go_lo = g->stats.go.lo;
	obj.go_hi = g->stats.go.hi;
	if (add_facts(g, &obj) != 0 || assert_object(g, o, &obj) != 0)
		return -1;
	/* made into an inlined copy of what the function returns */
	if (o->in_returned && !obj.owner.len)
		obj.owner = el_str_make(EL_LIT("result-element"));
	if (o->kind == EL_OBJ_NOINLINE) {
		const gfunc *f = &FUNC(g, o->noinline_func);
		obj.reason = f->reason;
		obj.cost = f->cost;
		obj.budget = f->budget;
		obj.returned_allocs = f->returned;
	} else if (o->nlinks == 0) {
		obj.flags |= EL_O_NO_CHAIN;
	}
	obj.chains = build_chains(g, o);
	obj.nchains = o->nlinks;
	if (obj.chains && (link_call(g, o, &obj) != 0 || (obj.nchains && reordered_flow(g, &obj) != 0)))
		return -1;
	/* a copy delivered on its own has no related locations */
	obj.related = o->merged_into == NONE ? build_related(g, o) : NULL;
	obj.nrelated = o->merged_into == NONE ? o->nrels : 0;
	if (!obj.chains || (o->merged_into == NONE && !obj.related) || !obj.path.ptr)
		return -1;
	*out = obj;
	return 0;
}

/* Hand a built object to the callback. */
static el_status emit_object(el_grouper *g, const el_object *obj)
{
	size_t i;

	g->stats.objects[obj->kind]++;
	for (i = 0; i < obj->nrelated; i++) /* heap objects reported with this one */
		if (obj->related[i].kind != EL_REL_INLINED)
			g->stats.objects[obj->related[i].object_kind]++;
	if (g->fn && g->fn(obj, g->ctx) != 0) {
		el_error_set(&g->error, EL_ERR_STOPPED, 0, 0, "stopped by the object callback");
		return EL_ERR_STOPPED;
	}
	return EL_OK;
}

static el_status deliver_one(el_grouper *g, size_t oi)
{
	el_object obj;

	if (g->error.status != EL_OK)
		return g->error.status;
	el_arena_reset(&g->scratch);
	if (build_object(g, oi, &obj) != 0)
		return nomem(g);
	return emit_object(g, &obj);
}

/* Values boxed or converted for one call (log.Printf("...", a, b, c);
 * emitScalar(e, v, []byte(head), []byte(line), []byte(foot))) are one
 * finding: the id of the note of the call a value is passed to, when its
 * primary chain goes through the call's `... argument` and ends at it, or
 * is one step from the value's spill (its box or copy) to that call, or
 * starts with the spill into an inlined call's parameter (assign-pair). */
static int boxed_for_call(el_grouper *g, const gobj *o, uint32_t *id)
{
	const gchain *c;
	const gstep *last;
	size_t k, r;
	int variadic = 0;
	uint32_t n;

	if (o->kind != EL_OBJ_ESCAPES || o->merged_into != NONE || o->nlinks == 0 ||
	    allocation_subject(o->subject))
		return 0;
	c = &CHAIN(g, EL_VEC_AT(&g->links, glink, o->first_link).item);
	if (c->nsteps == 0)
		return 0;
	{
		/* a call the compiler inlined there: the value's box or copy
		 * goes straight into the callee's parameter (assign-pair at the
		 * call), and the note is the call's, once per block; yaml's
		 * yaml_scalar_event_initialize(&e.event, []byte(anchor),
		 * []byte(tag), []byte(value), ...) */
		const gstep *first = &STEP(g, c->first_step);
		const el_note *pair = first->nrefs == 2 ? &NOTE(g, NOTE_REF(g, first->first_ref + 1)) : NULL;
		/* not a multi-assignment of the code's own (`a, b :=
		 * []byte(x), []byte(y)`, no call inlined there) nor the
		 * results of an inlined call (`~r0, ~r1 = ...`) */
		if (pair && el_str_eq(NOTE(g, NOTE_REF(g, first->first_ref)).why, el_str_make(EL_LIT("spill"))) &&
		    el_str_eq(pair->why, el_str_make(EL_LIT("assign-pair"))) && pair->where.len &&
		    pair->where.ptr[0] != '~' && call_at(g, pair->at)) {
			*id = NOTE_REF(g, first->first_ref + 1);
			return 1;
		}
	}
	last = &STEP(g, c->first_step + c->nsteps - 1);
	if (last->nrefs == 0)
		return 0;
	n = NOTE_REF(g, last->first_ref + last->nrefs - 1);
	if (!el_str_eq(NOTE(g, n).why, el_str_make(EL_LIT("call parameter"))))
		return 0;
	for (k = 0; k < c->nsteps && !variadic; k++) {
		const gstep *s = &STEP(g, c->first_step + k);
		for (r = 0; r < s->nrefs; r++) {
			const el_note *m = &NOTE(g, NOTE_REF(g, s->first_ref + r));
			if (el_str_eq(m->why, el_str_make(EL_LIT("slice-literal-element"))) &&
			    el_str_eq(m->where, el_str_make(EL_LIT("... argument"))))
				variadic = 1;
		}
	}
	*id = n;
	if (!variadic && c->nsteps == 1 && last->nrefs == 2 &&
	    el_str_eq(NOTE(g, NOTE_REF(g, last->first_ref)).why, el_str_make(EL_LIT("spill"))))
		return 1; /* the value's own box or copy, handed to the call */
	return variadic;
}

#define CALL_VALUES_MAX 32

/* The slice an append object (Go >= 1.25: `append escapes to heap`)
 * appends to, as its chain names it: the variable of its first flow
 * (`s = &{storage for append(s, ...)}`), or the left side of the first
 * `X = append(...)` assignment; empty for any other object.  Appends to
 * the same slice in one function are one growth path. */
static el_str append_slice(el_grouper *g, const gobj *o)
{
	el_str none = { "", 0 };
	const gchain *c;
	size_t k, r;

	if (o->kind != EL_OBJ_ESCAPES || o->merged_into != NONE || o->nlinks == 0 ||
	    !el_str_eq(o->subject, el_str_make(EL_LIT("append"))))
		return none;
	c = &CHAIN(g, EL_VEC_AT(&g->links, glink, o->first_link).item);
	if (c->nsteps == 0)
		return none;
	{
		el_str dst = STR(g, STEP(g, c->first_step).dst);
		if (dst.len && dst.ptr[0] != '{' && dst.ptr[0] != '~' && dst.ptr[0] != '.')
			return dst;
	}
	for (k = 0; k < c->nsteps; k++) {
		const gstep *s = &STEP(g, c->first_step + k);
		for (r = 0; r < s->nrefs; r++) {
			const el_note *m = &NOTE(g, NOTE_REF(g, s->first_ref + r));
			static const char pat[] = " = append(";
			size_t at;
			if (!el_str_eq(m->why, el_str_make(EL_LIT("assign"))))
				continue;
			for (at = 0; at + sizeof pat - 1 <= m->where.len; at++)
				if (memcmp(m->where.ptr + at, pat, sizeof pat - 1) == 0)
					return el_str_make(m->where.ptr, at);
			return none;
		}
	}
	return none;
}

/* The variable whose field a conversion is stored into, as its chain
 * names it: o is `([]byte)(s)` whose only flow is its
 * spill and an assignment `X.f = ([]byte)(s)` to the heap (yaml's
 * `e.event.head_comment = []byte(node.HeadComment)` gives e.event);
 * empty otherwise.  Conversions into the fields of one variable in one
 * function come from one design: the []byte fields of that type. */
static el_str stored_object(el_grouper *g, const gobj *o)
{
	el_str none = { "", 0 }, w;
	const gchain *c;
	const gstep *s;
	size_t i, dot = 0;

	if (o->kind != EL_OBJ_ESCAPES || o->merged_into != NONE || o->nlinks == 0 ||
	    !el_starts(o->subject.ptr, o->subject.len, EL_LIT("([]byte)(")))
		return none;
	c = &CHAIN(g, EL_VEC_AT(&g->links, glink, o->first_link).item);
	if (c->nsteps != 1)
		return none;
	s = &STEP(g, c->first_step);
	if (s->nrefs != 2 || !el_str_eq(STR(g, s->dst), el_str_make(EL_LIT("{heap}"))) ||
	    !el_str_eq(NOTE(g, NOTE_REF(g, s->first_ref)).why, el_str_make(EL_LIT("spill"))) ||
	    !el_str_eq(NOTE(g, NOTE_REF(g, s->first_ref + 1)).why, el_str_make(EL_LIT("assign"))))
		return none;
	/* X.f = ...: X a chain of names (no call, index or temporary) */
	w = NOTE(g, NOTE_REF(g, s->first_ref + 1)).where;
	for (i = 0; i < w.len && w.ptr[i] != ' '; i++) {
		if (w.ptr[i] == '.')
			dot = i;
		else if (!el_ident_byte(w.ptr[i]))
			return none;
	}
	if (dot == 0 || i + 3 > w.len || memcmp(w.ptr + i, " = ", 3) != 0 || !el_ident_byte(w.ptr[0]) ||
	    (w.ptr[0] >= '0' && w.ptr[0] <= '9'))
		return none;
	return el_str_make(w.ptr, dot);
}

/* The inlined call at o's position that allocates it, as 1 + its index
 * among the calls (0: none): o is an allocation (&T{}, new, make, a
 * literal) the compiler reports at the position of a call it inlined
 * there, so the callee's code made it (template.New's *Template, its
 * common and its maps, all at the call's '('). */
static uint32_t inlined_call_of(el_grouper *g, const gobj *o)
{
	if (o->kind != EL_OBJ_ESCAPES || o->merged_into != NONE || !allocation_subject(o->subject) ||
	    el_str_eq(o->subject, el_str_make(EL_LIT("func literal"))) ||
	    el_str_eq(o->subject, el_str_make(EL_LIT("... argument"))))
		return 0;
	return call_at(g, o->pos);
}

/* What groups o with other objects of its function, as kind: the call it
 * is boxed for (EL_REL_SAME_CALL), the slice it appends to
 * (EL_REL_SAME_SLICE), the inlined call that allocates it at its
 * position (EL_REL_SAME_INLINED), or the variable whose field a
 * conversion is stored into (EL_REL_SAME_OBJECT, in slice); 0 when o has
 * no such key. */
typedef struct group_key {
	uint32_t call;
	el_str slice;
} group_key;

static int group_key_of(el_grouper *g, const gobj *o, el_related_kind kind, group_key *key)
{
	key->call = 0;
	key->slice = el_str_make("", 0);
	if (kind == EL_REL_SAME_CALL)
		return boxed_for_call(g, o, &key->call);
	if (kind == EL_REL_SAME_INLINED)
		return (key->call = inlined_call_of(g, o)) != 0;
	if (kind == EL_REL_SAME_OBJECT) {
		key->slice = stored_object(g, o);
		return key->slice.len > 0;
	}
	key->slice = append_slice(g, o);
	return key->slice.len > 0;
}

/* Does name hold a closure's compiler name (BuildDict.func1): not what
 * the source writes at a call of it? */
static int names_closure(el_str name)
{
	size_t i;

	for (i = 0; i + 5 < name.len; i++)
		if (memcmp(name.ptr + i, ".func", 5) == 0 && name.ptr[i + 5] >= '0' && name.ptr[i + 5] <= '9')
			return 1;
	return 0;
}

/* *name := the function the call at p calls as the source writes it
 * (`printf` for a local closure the compiler names BuildDict.func1),
 * copied into the scratch arena; empty when the source does not show a
 * call there.  0, -1 out of memory. */
static int written_call(el_grouper *g, el_pos p, el_str *name)
{
	const el_gofile *f;
	int rc = open_source(g, p.file, &f);

	*name = el_str_make("", 0);
	if (rc == -2)
		return -1;
	if (rc != 0 || !f)
		return 0;
	*name = el_gofile_call_at(f, p.line, p.col, 0, 64);
	if (!name->len)
		return 0;
	*name = el_arena_str(&g->scratch, *name, AL(g));
	return name->ptr ? 0 : -1;
}

/* Do a and b go into one finding of a group: the same answer to what
 * they allocate (free) and where they run (context)?  Values that
 * allocate and run on the function's own path are one class; so are the
 * values an error branch boxes for one call, and the constants boxed for
 * it. */
static int same_class(const el_object *a, const el_object *b)
{
	return el_str_eq(a->free, b->free) && el_str_eq(a->context, b->context);
}

/* Make objs[lead] carry the members of its class that follow it (not
 * yet taken, marked in taken) as related locations of kind, with their
 * copies inlined into callers; the number taken in *nsame. */
static el_status gather_class(el_grouper *g, el_object *objs, size_t n, size_t lead, char *taken,
                              el_related_kind kind, size_t *nsame)
{
	el_object *o = &objs[lead];
	size_t k, ncopies = 0, m = o->nrelated, c, same = 0;
	el_related *rel;

	for (k = lead + 1; k < n; k++)
		if (!taken[k] && same_class(o, &objs[k])) {
			same++;
			ncopies += objs[k].nrelated;
		}
	*nsame = same;
	if (same == 0)
		return EL_OK;
	rel = el_arena_alloc(&g->scratch, (o->nrelated + same + ncopies) * sizeof *rel, AL(g));
	if (!rel)
		return nomem(g);
	if (o->nrelated)
		memcpy(rel, o->related, o->nrelated * sizeof *rel);
	for (k = lead + 1; k < n; k++) {
		const el_object *v = &objs[k];
		if (taken[k] || !same_class(o, v))
			continue;
		taken[k] = 1;
		memset(&rel[m], 0, sizeof rel[m]);
		rel[m].kind = kind;
		rel[m].subject = v->subject;
		rel[m].compiler_subject = v->compiler_subject;
		rel[m].object_kind = v->kind;
		rel[m].pos = v->pos;
		rel[m].pos.file = display_path(g, v->pos.file);
		if (!rel[m].pos.file.ptr && v->pos.file.len)
			return nomem(g);
		rel[m].function = v->function;
		rel[m].package = v->package;
		m++;
		/* its copies inlined into callers, named by its subject */
		for (c = 0; c < v->nrelated; c++) {
			rel[m] = v->related[c];
			rel[m].compiler_subject = v->compiler_subject.len ? v->compiler_subject : v->subject;
			m++;
		}
	}
	o->related = rel;
	o->nrelated = m;
	return EL_OK;
}

/* Deliver the values boxed for one call, or the appends to one slice
 * (members, in order), as one object per class (same_class: the values
 * that allocate on the function's path, those of one cold context, the
 * free ones of one kind), with the others of its class as related
 * locations of kind (EL_REL_SAME_CALL, EL_REL_SAME_SLICE, ...). */
static el_status deliver_group(el_grouper *g, const size_t *members, size_t n,
                               el_related_kind kind)
{
	el_object *objs;
	char *taken;
	size_t k, nsame;
	el_status st;

	el_arena_reset(&g->scratch);
	if (!(objs = el_arena_alloc(&g->scratch, n * sizeof *objs, AL(g))) ||
	    !(taken = el_arena_alloc(&g->scratch, n, AL(g))))
		return nomem(g);
	memset(taken, 0, n);
	for (k = 0; k < n; k++)
		if (build_object(g, members[k], &objs[k]) != 0)
			return nomem(g);
	for (k = 0; k < n; k++) {
		el_object *o = &objs[k];
		if (taken[k])
			continue;
		if ((st = gather_class(g, objs, n, k, taken, kind, &nsame)) != EL_OK)
			return st;
		if (nsame == 0)
			continue;
		if (kind == EL_REL_SAME_CALL) {
			/* the call the values go to, by the name written
			 * there, when it was inlined there and the chain shows
			 * only its inside (Go 1.26's fmt.Errorf hands them to
			 * fmt.errorf) */
			group_key key;
			uint32_t call;
			if (group_key_of(g, &OBJ(g, members[k]), kind, &key) &&
			    (call = call_at(g, NOTE(g, key.call).at)) != 0) {
				o->values_call = CALL(g, call - 1).callee;
				/* a local closure (BuildDict's printf := func(...)):
				 * the name the source calls it by, or the chain's */
				if (names_closure(o->values_call) &&
				    written_call(g, NOTE(g, key.call).at, &o->values_call) != 0)
					return nomem(g);
			}
			g->stats.call_values += nsame;
		}
		else if (kind == EL_REL_SAME_INLINED)
			g->stats.inlined_objects += nsame;
		else if (kind == EL_REL_SAME_OBJECT) {
			group_key key;
			if (group_key_of(g, &OBJ(g, members[k]), kind, &key))
				o->fields_of = key.slice;
			g->stats.object_fields += nsame;
		}
		else
			g->stats.slice_appends += nsame;
	}
	for (k = 0; k < n; k++)
		if (!taken[k] && (st = emit_object(g, &objs[k])) != EL_OK)
			return st;
	return EL_OK;
}

/* Deliver the block's objects in order. */
static el_status deliver(el_grouper *g)
{
	size_t i;
	order_key *order;

	for (i = 0; i < g->objs.len; i++) {
		gobj *o = &OBJ(g, i);
		order_key *k;
		if (o->merged_into != NONE)
			continue;
		k = el_vec_push(&g->order, sizeof *k, AL(g));
		if (!k)
			return nomem(g);
		k->func = o->func;
		k->noinline = o->kind == EL_OBJ_NOINLINE;
		k->pos = &o->pos;
		k->obj = i;
	}
	order = g->order.ptr;
	if (g->order.len)
		qsort(order, g->order.len, sizeof *order, cmp_order);
	for (i = 0; i < g->order.len; i++) {
		size_t o = order[i].obj, k;
		el_status st;

		if (OBJ(g, o).delivered)
			continue;
		if (seen_before(g, &OBJ(g, o))) {
			/* Delivered from another build of the package.  Copies
			 * inlined into this build's own code (its tests) are
			 * still new: deliver them as objects of their own. */
			g->stats.variant_copies++;
			for (k = 0; k < OBJ(g, o).nrels; k++) {
				size_t copy = EL_VEC_AT(&g->rels, glink, OBJ(g, o).first_rel + k).item;
				if (!seen_before(g, &OBJ(g, copy)) && (st = deliver_one(g, copy)) != EL_OK)
					return st;
			}
			continue;
		}
		{
			/* the other values boxed for the same call, the other
			 * appends to the same slice, later in the function, or
			 * the other objects the same inlined call allocates */
			static const el_related_kind kinds[] = { EL_REL_SAME_CALL, EL_REL_SAME_SLICE,
				                                 EL_REL_SAME_INLINED, EL_REL_SAME_OBJECT };
			size_t members[CALL_VALUES_MAX], n = 0, j, t;
			for (t = 0; t < sizeof kinds / sizeof *kinds && n < 2; t++) {
				group_key key, other;
				if (!group_key_of(g, &OBJ(g, o), kinds[t], &key))
					continue;
				members[0] = o;
				n = 1;
				for (j = i + 1; j < g->order.len && order[j].func == order[i].func &&
				                n < CALL_VALUES_MAX; j++) {
					size_t p = order[j].obj;
					if (OBJ(g, p).delivered ||
					    !group_key_of(g, &OBJ(g, p), kinds[t], &other) ||
					    other.call != key.call || !el_str_eq(other.slice, key.slice))
						continue;
					OBJ(g, p).delivered = 1;
					if (!seen_before(g, &OBJ(g, p)))
						members[n++] = p;
				}
			}
			if (n > 1) {
				if ((st = deliver_group(g, members, n, kinds[t - 1])) != EL_OK)
					return st;
				continue;
			}
		}
		if ((st = deliver_one(g, o)) != EL_OK)
			return st;
		/* copies inlined into a function marked noalloc break its
		 * assertion there: delivered as objects of their own; the
		 * others were reported with o, so another build of the package
		 * (its test variant) does not deliver them again */
		for (k = 0; k < OBJ(g, o).nrels; k++) {
			size_t copy = EL_VEC_AT(&g->rels, glink, OBJ(g, o).first_rel + k).item;
			int in = g->ds && EL_VEC_AT(&g->rels, glink, OBJ(g, o).first_rel + k).kind ==
			                          EL_REL_INLINED
			                 ? in_noalloc(g, OBJ(g, copy).pos)
			                 : 0;
			if (in < 0)
				return nomem(g);
			/* once, also when a test build of the package repeats it */
			if (!seen_before(g, &OBJ(g, copy)) && in && (st = deliver_one(g, copy)) != EL_OK)
				return st;
		}
	}
	return EL_OK;
}

/* Forget the block, keeping the memory. */
static void reset_block(el_grouper *g)
{
	el_arena_reset(&g->arena);
	g->funcs.len = g->calls.len = g->chains.len = g->steps.len = g->notes.len = 0;
	g->strs.len = g->note_refs.len = 0;
	el_map_clear(&g->str_ids);
	el_map_clear(&g->note_ids);
	g->objs.len = g->links.len = g->rels.len = g->order.len = 0;
	el_map_clear(&g->by_key);
	el_map_clear(&g->by_name);
	el_map_clear(&g->by_pos);
	el_map_clear(&g->by_obj);
	el_map_clear(&g->by_func);
	el_map_clear(&g->by_method);
	g->open_chain = NONE;
	g->package = g->variant = (el_str){ "", 0 };
	g->block_open = 0;
}

/* Handle the gathered block: steps 1-5 of the comment at the top. */
static el_status flush(el_grouper *g)
{
	size_t i;
	el_status st;

	if (!g->block_open)
		return EL_OK;
	if (prepare_funcs(g) != 0 || index_objects(g) != 0)
		return nomem(g);
	for (i = 0; i < g->funcs.len; i++) {
		gfunc *f = &FUNC(g, i);
		int failed = 0;
		if (f->noinline && !f->dropped) {
			gobj *o = new_obj(g, EL_OBJ_NOINLINE, f->pos, f->name, &failed);
			if (!o)
				return nomem(g);
			o->noinline_func = i;
		}
	}
	if (link_chains(g) != 0)
		return nomem(g);
	attribute(g);
	if (flag_method_values(g) != 0 || fold_inlined(g) != 0)
		return nomem(g);
	set_ranges(g, &g->links, 0);
	if (fold_nested(g) != 0)
		return nomem(g);
	set_ranges(g, &g->rels, 1);
	if (register_callees(g) != 0)
		return nomem(g);
	count_returned(g);
	st = check_directives(g);
	if (st == EL_OK)
		st = deliver(g);
	reset_block(g);
	return st;
}

/* See escapelint.h. */
el_status el_grouper_finish(el_grouper *g)
{
	el_status st;

	if (g->error.status != EL_OK)
		return g->error.status;
	st = flush(g);
	return st == EL_OK ? report_unused(g) : st;
}
