/*
 * gosrc.c -- Go source files parsed with tree-sitter (the Go grammar of
 * tree-sitter-go 0.23.4, compiled in), kept in a small cache so that each
 * file is read and parsed at most once while its package is grouped: the
 * grouper opens a file only when an object is reported in it.
 *
 * Positions are the compiler's: 1-based lines and 1-based byte columns,
 * which are tree-sitter's 0-based rows and byte columns plus one.
 */
#include <dirent.h>
#include <stdlib.h>

#include <pthread.h>
#include <stdatomic.h>
#include <unistd.h>

#include "gosrc.h"

const TSLanguage *tree_sitter_go(void);

/* Files kept parsed at once: a package's files, and the files of a test
 * variant built right after it.  The least recently used goes first, so
 * files opened while one object is looked at (its file and at most
 * EL_GOSRC_DIR_MAX others of its directory) are never evicted under it. */
#define GOSRC_CACHE (EL_GOSRC_DIR_MAX + 8)

struct el_gofile {
	char *path;
	int pinned;                /* in the package index: never evicted */
	el_buf src;
	TSTree *tree;
	el_vec lines;              /* offset of each line start */
	unsigned long long used;   /* tick of the last use */
	int unreadable;            /* could not be read: remembered, not retried */
	/* parents found by el_gofile_parent: node id -> index in parents */
	const el_allocator *alloc;
	el_map parent_ids;
	el_vec parents;            /* pentry */
	int *nomem;                /* the cache's flag: el_gofile_parent ran out of memory */
};

typedef struct pentry {
	const void *id;
	TSNode parent;
} pentry;

struct el_gosrc {
	el_allocator alloc;
	int has_alloc;
	int nomem;                 /* a parent cache ran out of memory (el_gosrc_nomem) */
	const el_roots *roots;     /* where files may be read (borrowed), or NULL */
	TSParser *parser;
	el_gofile *files[GOSRC_CACHE];
	size_t n;
	unsigned long long tick;
	unsigned long long parsed, unreadable;
	/* the index of one package's top-level declarations (its directory's
	 * files stay parsed and pinned while it is the current one) */
	el_buf idx_dir;            /* NUL-terminated, empty: none */
	int idx_usable;            /* 0: too many files, or unreadable */
	int idx_tests;             /* _test.go files are indexed too */
	el_vec idx;                /* idx_entry */
	el_map idx_map;            /* hash of (name, method) -> index in idx */
	el_vec idx_files;          /* const el_gofile *: the package's files, tests left out */
	int idx_asm;               /* the directory holds assembly (.s files) */
	/* answers worked out about the indexed package (el_gosrc_memo) */
	el_vec memo;               /* memo_entry */
	el_map memo_map;           /* key -> index in memo */
	el_buf memo_text;          /* their texts, NUL-terminated */
	/* the module of the package being looked at (el_gosrc_set_module),
	 * and a second cache for the other packages of that module, so that
	 * looking at them never evicts a file of this one */
	el_buf mod_root;           /* with its trailing '/', NUL-terminated; empty: none */
	el_buf mod_path;           /* NUL-terminated */
	el_gosrc *other;
};

typedef struct memo_entry {
	unsigned long long key;
	int code;
	size_t text;               /* offset in memo_text */
} memo_entry;

typedef struct idx_entry {
	const el_gofile *f;
	TSNode decl;               /* the top-level declaration */
	el_str name;
	int method;
} idx_entry;

static const el_allocator *GA(const el_gosrc *g) { return g->has_alloc ? &g->alloc : NULL; }

/* See gosrc.h. */
void el_gosrc_set_roots(el_gosrc *g, const el_roots *roots)
{
	g->roots = roots;
}

el_gosrc *el_gosrc_new(const el_allocator *alloc)
{
	const el_allocator *a = alloc;
	el_gosrc *g = el_malloc(a, sizeof *g);

	if (!g)
		return NULL;
	memset(g, 0, sizeof *g);
	if (alloc) {
		g->alloc = *alloc;
		g->has_alloc = 1;
	}
	if (!(g->parser = ts_parser_new()) || !ts_parser_set_language(g->parser, tree_sitter_go())) {
		if (g->parser)
			ts_parser_delete(g->parser);
		el_free(a, g);
		return NULL;
	}
	return g;
}

static void file_free(el_gosrc *g, el_gofile *f)
{
	if (!f)
		return;
	if (f->tree)
		ts_tree_delete(f->tree);
	el_buf_release(&f->src, GA(g));
	el_vec_release(&f->lines, GA(g));
	el_map_release(&f->parent_ids, GA(g));
	el_vec_release(&f->parents, GA(g));
	el_free(GA(g), f->path);
	el_free(GA(g), f);
}

static void forget_all(el_gosrc *g)
{
	size_t i;

	for (i = 0; i < g->n; i++)
		file_free(g, g->files[i]);
	g->n = 0;
}

void el_gosrc_free(el_gosrc *g)
{
	if (!g)
		return;
	forget_all(g);
	el_buf_release(&g->idx_dir, GA(g));
	el_vec_release(&g->idx, GA(g));
	el_map_release(&g->idx_map, GA(g));
	el_vec_release(&g->idx_files, GA(g));
	el_vec_release(&g->memo, GA(g));
	el_map_release(&g->memo_map, GA(g));
	el_buf_release(&g->memo_text, GA(g));
	el_buf_release(&g->mod_root, GA(g));
	el_buf_release(&g->mod_path, GA(g));
	el_gosrc_free(g->other);
	ts_parser_delete(g->parser);
	el_free(GA(g), g);
}

/* See gosrc.h. */
int el_gosrc_set_module(el_gosrc *g, const char *root, size_t root_len, const char *path)
{
	if (path && root_len && g->mod_root.len == root_len + 1 && memcmp(g->mod_root.ptr, root, root_len) == 0 &&
	    strcmp(g->mod_path.ptr, path) == 0)
		return 0; /* the same module as the object before */
	g->mod_root.len = g->mod_path.len = 0;
	if (!path || !root_len)
		return 0;
	if (el_buf_append(&g->mod_root, root, root_len, GA(g)) != 0 ||
	    el_buf_append(&g->mod_root, "", 1, GA(g)) != 0 ||
	    el_buf_append(&g->mod_path, path, strlen(path) + 1, GA(g)) != 0) {
		g->mod_root.len = g->mod_path.len = 0;
		return -2;
	}
	return 0;
}

/* See gosrc.h. */
int el_gosrc_module_has(const el_gosrc *g, el_str imp)
{
	size_t n = g->mod_path.len ? g->mod_path.len - 1 : 0;

	if (!n)
		return -1;
	return imp.len >= n && memcmp(imp.ptr, g->mod_path.ptr, n) == 0 && (imp.len == n || imp.ptr[n] == '/');
}

/* See gosrc.h. */
int el_gosrc_module_dir(el_gosrc *g, el_str imp, el_buf *out, el_gosrc **other)
{
	size_t n = g->mod_path.len ? g->mod_path.len - 1 : 0, i;
	el_str rest;

	if (el_gosrc_module_has(g, imp) != 1 || imp.len <= n + 1)
		return 0; /* another module's, or the module's root package */
	rest = el_str_make(imp.ptr + n + 1, imp.len - n - 1);
	for (i = 0; i < rest.len; i++) /* no way out of the module's tree */
		if (rest.ptr[i] == '.' && (i == 0 || rest.ptr[i - 1] == '/'))
			return 0;
	if (!g->other) {
		if (!(g->other = el_gosrc_new(g->has_alloc ? &g->alloc : NULL)))
			return -2;
		el_gosrc_set_roots(g->other, g->roots);
	}
	out->len = 0;
	if (el_buf_append(out, g->mod_root.ptr, g->mod_root.len - 1, GA(g)) != 0 ||
	    el_buf_append(out, rest.ptr, rest.len, GA(g)) != 0 || el_buf_append(out, "/", 2, GA(g)) != 0)
		return -2;
	*other = g->other;
	return 1;
}

unsigned long long el_gosrc_parsed(const el_gosrc *g) { return g ? g->parsed : 0; }
unsigned long long el_gosrc_unreadable(const el_gosrc *g) { return g ? g->unreadable : 0; }

static int index_lines(el_gosrc *g, el_gofile *f)
{
	const char *s = f->src.ptr, *end = s + f->src.len, *p = s;
	size_t *slot;

	f->lines.len = 0;
	for (;;) {
		if (!(slot = el_vec_push(&f->lines, sizeof *slot, GA(g))))
			return -1;
		*slot = (size_t)(p - s);
		if (!(p = memchr(p, '\n', (size_t)(end - p))))
			return 0;
		p++;
	}
}

/*
 * Go 1.26's new(expr) (prometheus' `SampleCount: new(count)`,
 * `new(math.Inf(1))`): tree-sitter-go 0.23.4 takes only a type inside
 * new(...), so a call, a literal or an operator there is a syntax error
 * that spoils the tree around it.  The parser reads such a new as a
 * function of another name ("nex"), an ordinary call whose arguments are
 * expressions, through a TSInput that hands out the file's own bytes with
 * that one byte replaced; the bytes kept for the nodes' text are the
 * file's, so the call is still spelled new(...).  Nothing is allocated:
 * the prefetch threads parse through it too.
 */

static int ident_byte(unsigned char c)
{
	return c == '_' || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c >= 0x80;
}

/* The end of the name just before p (after s), spaces skipped, with its
 * start in *w (*w == the end: no name there). */
static const char *word_before(const char *s, const char *p, const char **w)
{
	const char *q = p;

	while (q > s && (q[-1] == ' ' || q[-1] == '\t'))
		q--;
	for (*w = q; *w > s && ident_byte((unsigned char)(*w)[-1]); (*w)--)
		;
	return q;
}

/* Is the text of new's parentheses, from s (after '(') to end, an
 * expression that is no type: a literal, an operator outside brackets, a
 * call (name( but func( is a type), a composite literal or a type
 * assertion?  Scans to the matching ')' (or end). */
static int expr_arg(const char *s, const char *end)
{
	const char *p = s;
	int depth = 0;

	while (p < end && (*p == ' ' || *p == '\t'))
		p++;
	if (p < end && ((*p >= '0' && *p <= '9') || *p == '"' || *p == '`' || *p == '\'' || *p == '&' ||
	                *p == '-' || *p == '+' || *p == '!' || *p == '^'))
		return 1;
	for (; p < end; p++) {
		char c = *p;
		if (c == '(' || c == '{') {
			const char *w, *q = word_before(s, p, &w);
			if (q > s && q[-1] == '.' && c == '(')
				return 1; /* x.(T) */
			if (c == '{' && ((q - w == 6 && memcmp(w, "struct", 6) == 0) ||
			                 (q - w == 9 && memcmp(w, "interface", 9) == 0))) {
				int inner = 0; /* a type's body: its fields, tags and methods */
				for (p++; p < end && (*p != '}' || inner-- > 0); p++)
					inner += *p == '{';
				continue;
			}
			if (w < q && !(q - w == 4 && memcmp(w, "func", 4) == 0))
				return 1; /* f(x), T{...} */
			depth++;
		} else if (c == '[') {
			depth++;
		} else if (c == ')' || c == ']' || c == '}') {
			if (depth-- == 0)
				return 0;
		} else if (c == '"' || c == '`' || c == '\'') {
			return 1;
		} else if (depth == 0 && (c == '+' || c == '/' || c == '%' || c == '|' || c == '&' || c == '=' ||
		                          c == '!' || c == '>' || (c == '-' && !(p > s && p[-1] == '<')) ||
		                          (c == '<' && !(p + 1 < end && p[1] == '-')))) {
			return 1;
		} else if (depth == 0 && c == '*') {
			const char *w, *q = word_before(s, p, &w); /* a product: x * 2, not *T, []*T, chan *T, func() *T */
			if (w < q && !(q - w == 4 && memcmp(w, "chan", 4) == 0))
				return 1;
		} else if (c == '\n') {
			return 0;
		}
	}
	return 0;
}

/* The offset of the 'w' of the next new( at or after from whose argument
 * is an expression (expr_arg), or len when there is none. */
static size_t next_new_expr(const char *src, size_t len, size_t from)
{
	const char *p = src + from, *end = src + len;

	while (p + 4 <= end && (p = el_find(p, (size_t)(end - p), "new(", 4)) != NULL) {
		if ((p == src || (!ident_byte((unsigned char)p[-1]) && p[-1] != '.')) && expr_arg(p + 4, end))
			return (size_t)(p + 2 - src);
		p += 4;
	}
	return len;
}

typedef struct new_input {
	const char *src;
	size_t len;
	size_t from, next; /* next_new_expr(from) is next */
} new_input;

static const char *read_new(void *payload, uint32_t at, TSPoint pos, uint32_t *n)
{
	new_input *in = payload;
	size_t i = at;

	(void)pos;
	if (i >= in->len) {
		*n = 0;
		return "";
	}
	if (i < in->from || i > in->next) {
		in->from = i;
		in->next = next_new_expr(in->src, in->len, i);
	}
	if (i == in->next) {
		in->from = i + 1;
		in->next = next_new_expr(in->src, in->len, i + 1);
		*n = 1;
		return "x";
	}
	*n = (uint32_t)(in->next - i);
	return in->src + i;
}

/* The tree of the Go text src (NULL when out of memory). */
static TSTree *parse_go(TSParser *parser, const char *src, size_t len)
{
	new_input in;
	TSInput input;

	if (!src)
		src = "";
	in.src = src;
	in.len = len;
	in.from = 0;
	in.next = next_new_expr(src, len, 0);
	if (in.next == len)
		return ts_parser_parse_string(parser, NULL, src, (uint32_t)len);
	input.payload = &in;
	input.read = read_new;
	input.encoding = TSInputEncodingUTF8;
	return ts_parser_parse(parser, NULL, input);
}

/* Read and parse path into f; -1 unreadable, -2 out of memory. */
static int load(el_gosrc *g, el_gofile *f)
{
	int rc = el_src_read(f->path, g->roots, &f->src, GA(g));

	if (rc != 0)
		return rc;
	if (index_lines(g, f) != 0)
		return -2;
	f->tree = parse_go(g->parser, f->src.ptr, f->src.len);
	if (!f->tree)
		return -2;
	g->parsed++;
	return 0;
}

/* Put f in the cache, in place of the least recently used file that is
 * not pinned when it is full. */
static void insert(el_gosrc *g, el_gofile *f)
{
	size_t i, victim = 0;

	if (g->n < GOSRC_CACHE) {
		g->files[g->n++] = f;
		return;
	}
	for (i = 0; i < g->n; i++)
		if (!g->files[i]->pinned &&
		    (g->files[victim]->pinned || g->files[i]->used < g->files[victim]->used))
			victim = i;
	file_free(g, g->files[victim]);
	g->files[victim] = f;
}

/* Is path in the cache? */
static int cached(const el_gosrc *g, const char *path)
{
	size_t i;

	for (i = 0; i < g->n; i++)
		if (strcmp(g->files[i]->path, path) == 0)
			return 1;
	return 0;
}

/* The files a prefetch parses: threads take the next one in turn. */
typedef struct batch {
	el_gofile **files;
	size_t n;
	atomic_size_t next;
	atomic_int failed;
} batch;

static void parse_batch(batch *b, TSParser *parser)
{
	size_t i;

	while ((i = atomic_fetch_add(&b->next, 1)) < b->n) {
		el_gofile *f = b->files[i];
		f->tree = parse_go(parser, f->src.ptr, f->src.len);
		if (!f->tree)
			atomic_store(&b->failed, 1);
	}
}

static int cmp_size(const void *x, const void *y)
{
	size_t a = (*(el_gofile *const *)x)->src.len, b = (*(el_gofile *const *)y)->src.len;

	return a < b ? 1 : a > b ? -1 : 0;
}

/* See gosrc.h. */
int el_gosrc_cached(const el_gosrc *g, const char *path)
{
	return cached(g, path);
}

static void *parse_worker(void *arg)
{
	batch *b = arg;
	TSParser *parser = ts_parser_new();

	if (!parser || !ts_parser_set_language(parser, tree_sitter_go())) {
		if (parser)
			ts_parser_delete(parser);
		return NULL; /* the main thread parses the rest */
	}
	parse_batch(b, parser);
	ts_parser_delete(parser);
	return NULL;
}

/* See gosrc.h. */
int el_gosrc_prefetch(el_gosrc *g, const char *const *paths, size_t n)
{
	el_gofile *files[GOSRC_CACHE / 2];
	pthread_t threads[EL_GOSRC_THREADS];
	size_t i, k = 0, nthreads = 0;
	long cpus = sysconf(_SC_NPROCESSORS_ONLN);
	size_t room = 0;
	batch b;
	int rc = 0;

	for (i = 0; i < g->n; i++)
		room += !g->files[i]->pinned;
	room = (room + GOSRC_CACHE - g->n) / 2; /* never evict what this batch reads */
	if (room > GOSRC_CACHE / 2)
		room = GOSRC_CACHE / 2;
	/* read on this thread (the allocator need not be thread-safe), at
	 * most half the cache so that nothing in use is evicted */
	for (i = 0; i < n && k < room; i++) {
		el_gofile *f;
		size_t j;
		int dup = cached(g, paths[i]);
		for (j = 0; j < k && !dup; j++)
			dup = strcmp(files[j]->path, paths[i]) == 0;
		if (dup)
			continue;
		if (!(f = el_malloc(GA(g), sizeof *f))) {
			rc = -2;
			break;
		}
		memset(f, 0, sizeof *f);
		f->alloc = GA(g);
		f->nomem = &g->nomem;
		f->used = g->tick;
		if (!(f->path = el_strdup(paths[i], GA(g)))) {
			el_free(GA(g), f);
			rc = -2;
			break;
		}
		files[k++] = f;
		rc = el_src_read(f->path, g->roots, &f->src, GA(g));
		if (rc == -1) { /* remembered as unreadable, as by el_gosrc_open */
			g->unreadable++;
			f->unreadable = 1;
			el_buf_release(&f->src, GA(g));
			rc = 0;
			k--;
			insert(g, f);
			continue;
		}
		if (rc != 0 || index_lines(g, f) != 0) {
			rc = -2;
			break;
		}
	}
	if (rc != 0) {
		for (i = 0; i < k; i++)
			file_free(g, files[i]);
		return rc;
	}
	b.files = files;
	b.n = k;
	atomic_init(&b.next, 0);
	atomic_init(&b.failed, 0);
	/* one thread per other processor, a few files each at least */
	/* the largest first: the threads end together */
	qsort(files, k, sizeof *files, cmp_size);
	while (cpus > 1 && nthreads + 1 < (size_t)cpus && nthreads < EL_GOSRC_THREADS &&
	       nthreads + 1 < k &&
	       pthread_create(&threads[nthreads], NULL, parse_worker, &b) == 0)
		nthreads++;
	parse_batch(&b, g->parser);
	for (i = 0; i < nthreads; i++)
		pthread_join(threads[i], NULL);
	if (atomic_load(&b.failed)) {
		for (i = 0; i < k; i++)
			file_free(g, files[i]);
		return -2;
	}
	for (i = 0; i < k; i++) {
		g->parsed++;
		insert(g, files[i]);
	}
	return 0;
}

/* See internal.h. */
int el_gosrc_open(el_gosrc *g, const char *path, const el_gofile **out)
{
	el_gofile *f;
	size_t i;
	int rc;

	*out = NULL;
	g->tick++;
	for (i = 0; i < g->n; i++) {
		f = g->files[i];
		if (strcmp(f->path, path) == 0) {
			f->used = g->tick;
			if (f->unreadable)
				return -1;
			*out = f;
			return 0;
		}
	}
	if (!(f = el_malloc(GA(g), sizeof *f)))
		return -2;
	memset(f, 0, sizeof *f);
	f->alloc = GA(g);
	f->nomem = &g->nomem;
	if (!(f->path = el_strdup(path, GA(g)))) {
		el_free(GA(g), f);
		return -2;
	}
	f->used = g->tick;
	rc = load(g, f);
	if (rc == -2) {
		file_free(g, f);
		return -2;
	}
	if (rc != 0) { /* remembered as unreadable: no retry, no memory */
		g->unreadable++;
		f->unreadable = 1;
		el_buf_release(&f->src, GA(g));
		el_vec_release(&f->lines, GA(g));
	}
	insert(g, f);
	if (rc != 0)
		return -1;
	*out = f;
	return 0;
}

const el_allocator *el_gosrc_alloc(const el_gosrc *g) { return GA(g); }

/* See gosrc.h. */
const el_roots *el_gosrc_roots(const el_gosrc *g) { return g->roots; }

const char *el_gofile_path(const el_gofile *f) { return f->path; }

const char *el_gofile_text(const el_gofile *f, size_t *len)
{
	*len = f->src.len;
	return f->src.ptr ? f->src.ptr : "";
}

TSNode el_gofile_root(const el_gofile *f)
{
	return ts_tree_root_node(f->tree);
}

size_t el_gofile_offset(const el_gofile *f, unsigned long line, unsigned long col)
{
	size_t off;

	if (line == 0 || line > f->lines.len || col == 0)
		return (size_t)-1;
	off = EL_VEC_AT(&f->lines, size_t, line - 1) + col - 1;
	return off <= f->src.len ? off : (size_t)-1;
}

/* The smallest named node starting at or holding the byte at line:col. */
static unsigned long long id_hash(const void *id)
{
	return el_hash(&id, sizeof id, EL_HASH_SEED);
}

/* The parent recorded for n, or a null node. */
static TSNode known_parent(const el_gofile *f, TSNode n)
{
	size_t it = 0, v;
	TSNode none = { { 0, 0, 0, 0 }, NULL, NULL };

	while (el_map_next(&f->parent_ids, id_hash(n.id), &it, &v))
		if (EL_VEC_AT(&f->parents, pentry, v).id == n.id)
			return EL_VEC_AT(&f->parents, pentry, v).parent;
	return none;
}

/* See gosrc.h. */
int el_gosrc_nomem(el_gosrc *g)
{
	int was = g->nomem || (g->other && el_gosrc_nomem(g->other));

	g->nomem = 0;
	return was;
}

/* See gosrc.h.  ts_node_parent walks down from the root on every call;
 * here one walk down to n records the parent of every node on the way,
 * so the walk up from n (and from its neighbours) finds them. */
TSNode el_gofile_parent(const el_gofile *cf, TSNode n)
{
	el_gofile *f = (el_gofile *)cf;
	TSNode p = known_parent(f, n), root = ts_tree_root_node(f->tree), cur;
	TSTreeCursor c;
	uint32_t b = ts_node_start_byte(n);
	int failed = 0;

	if (!ts_node_is_null(p) || n.id == root.id)
		return p;
	c = ts_tree_cursor_new(root);
	cur = root;
	while (!failed && cur.id != n.id && ts_tree_cursor_goto_first_child_for_byte(&c, b) >= 0) {
		TSNode child = ts_tree_cursor_current_node(&c);
		if (ts_node_is_null(known_parent(f, child))) {
			pentry *e = el_vec_push(&f->parents, sizeof *e, f->alloc);
			if (!e || el_map_put(&f->parent_ids, id_hash(child.id), f->parents.len - 1,
			                     f->alloc) != 0) {
				if (e)
					f->parents.len--;
				failed = *f->nomem = 1; /* the slow way; the caller is told */
			} else {
				e->id = child.id;
				e->parent = cur;
			}
		}
		cur = child;
	}
	ts_tree_cursor_delete(&c);
	p = known_parent(f, n);
	return ts_node_is_null(p) ? ts_node_parent(n) : p;
}

TSNode el_gofile_node_at(const el_gofile *f, unsigned long line, unsigned long col)
{
	TSPoint p;

	p.row = (uint32_t)(line ? line - 1 : 0);
	p.column = (uint32_t)(col ? col - 1 : 0);
	return ts_node_named_descendant_for_point_range(ts_tree_root_node(f->tree), p, p);
}

/* See gosrc.h. */
int el_node_is(TSNode n, const char *t)
{
	return !ts_node_is_null(n) && strcmp(ts_node_type(n), t) == 0;
}

static int starts_at(TSNode n, TSPoint p)
{
	TSPoint s = ts_node_start_point(n);
	return s.row == p.row && s.column == p.column;
}

/* See internal.h. */
int el_gofile_func_end(const el_gofile *f, unsigned long line, unsigned long col,
                       unsigned long *end_line, unsigned long *end_col)
{
	TSNode n = el_gofile_node_at(f, line, col);
	TSPoint p, e;

	p.row = (uint32_t)(line - 1);
	p.column = (uint32_t)(col - 1);
	for (; !ts_node_is_null(n); n = el_gofile_parent(f, n)) {
		int decl = el_node_is(n, "function_declaration") || el_node_is(n, "method_declaration");
		if (decl) {
			/* a function is declared at its name, a method at its
			 * receiver's '(': anywhere in the signature's first line */
			TSPoint s = ts_node_start_point(n);
			TSNode body = ts_node_child_by_field_name(n, "body", 4);
			if (s.row != p.row ||
			    (!ts_node_is_null(body) && !(p.row < ts_node_start_point(body).row ||
			                                 p.column < ts_node_start_point(body).column)))
				return 0;
		} else if (!(el_node_is(n, "func_literal") && starts_at(n, p))) {
			continue;
		}
		e = ts_node_end_point(n);
		if (e.column == 0) /* cannot happen for a '}' or a signature */
			return 0;
		*end_line = e.row + 1;
		*end_col = e.column; /* 1-based column of the last byte */
		return 1;
	}
	return 0;
}

/* ------------------------------------------------------------------ */
/* The package index                                                  */
/* ------------------------------------------------------------------ */

static unsigned long long name_hash(el_str name, int method)
{
	return el_hash(name.ptr, name.len, method ? EL_HASH_SEED + 1 : EL_HASH_SEED);
}

static int add_entry(el_gosrc *g, const el_gofile *f, TSNode decl, TSNode name, int method)
{
	idx_entry *e = el_vec_push(&g->idx, sizeof *e, GA(g));
	uint32_t s = ts_node_start_byte(name), end = ts_node_end_byte(name);

	if (!e)
		return -2;
	e->f = f;
	e->decl = decl;
	e->name = el_str_make(f->src.ptr + s, end - s);
	e->method = method;
	return el_map_put(&g->idx_map, name_hash(e->name, method), g->idx.len - 1, GA(g)) != 0 ? -2 : 0;
}

/* The names of spec children (const_spec, var_spec, type_spec, nested
 * var_spec_list) of a top-level declaration. */
static int add_specs(el_gosrc *g, const el_gofile *f, TSNode top, TSNode n)
{
	uint32_t i, c = ts_node_named_child_count(n);

	for (i = 0; i < c; i++) {
		TSNode k = ts_node_named_child(n, i);
		const char *t = ts_node_type(k);
		if (strcmp(t, "var_spec_list") == 0) {
			if (add_specs(g, f, top, k) != 0)
				return -2;
		} else if (strcmp(t, "const_spec") == 0 || strcmp(t, "var_spec") == 0 ||
		           strcmp(t, "type_spec") == 0 || strcmp(t, "type_alias") == 0) {
			TSNode type = ts_node_child_by_field_name(k, "type", 4);
			uint32_t j, m = ts_node_child_count(k);
			for (j = 0; j < m; j++) {
				TSNode nm = ts_node_child(k, j);
				if (ts_node_eq(nm, type))
					break;
				if ((el_node_is(nm, "identifier") || el_node_is(nm, "type_identifier")) &&
				    add_entry(g, f, top, nm, 0) != 0)
					return -2;
			}
		}
	}
	return 0;
}

static int index_file(el_gosrc *g, const el_gofile *f)
{
	TSNode root = ts_tree_root_node(f->tree);
	TSTreeCursor cur = ts_tree_cursor_new(root);
	int rc = 0;

	if (ts_tree_cursor_goto_first_child(&cur))
		do {
			TSNode k = ts_tree_cursor_current_node(&cur);
			const char *t = ts_node_type(k);
			if (strcmp(t, "function_declaration") == 0 || strcmp(t, "method_declaration") == 0) {
				TSNode nm = ts_node_child_by_field_name(k, "name", 4);
				if (!ts_node_is_null(nm))
					rc = add_entry(g, f, k, nm, t[0] == 'm');
			} else if (strcmp(t, "const_declaration") == 0 ||
			           strcmp(t, "var_declaration") == 0 ||
			           strcmp(t, "type_declaration") == 0) {
				rc = add_specs(g, f, k, k);
			}
		} while (rc == 0 && ts_tree_cursor_goto_next_sibling(&cur));
	ts_tree_cursor_delete(&cur);
	return rc;
}

/* Open the Go file name of directory dir (with its trailing '/') into
 * *f, with *path as the buffer for its path: as el_gosrc_open (1 when name
 * is not a .go file, or a _test.go file without tests). */
static int open_in_dir(el_gosrc *g, el_buf *path, const char *dir, const char *name, int tests,
                       const el_gofile **f)
{
	size_t len = strlen(name);

	if (len <= 3 || strcmp(name + len - 3, ".go") != 0 ||
	    (!tests && len > 8 && strcmp(name + len - 8, "_test.go") == 0))
		return 1;
	path->len = 0;
	if (el_buf_append(path, dir, strlen(dir), GA(g)) != 0 ||
	    el_buf_append(path, name, len + 1, GA(g)) != 0)
		return -2;
	return el_gosrc_open(g, path->ptr, f);
}

/* See gosrc.h. */
el_str el_go_package_name(el_str path)
{
	const char *p = path.ptr, *end = path.ptr + path.len, *slash, *s;
	el_str last;
	size_t i;

	slash = end;
	while (slash > p && slash[-1] != '/')
		slash--;
	last = el_str_make(slash, (size_t)(end - slash));
	if (last.len >= 2 && last.ptr[0] == 'v' && last.ptr[1] >= '0' && last.ptr[1] <= '9' &&
	    slash > p + 1) {
		end = slash - 1;
		slash = end;
		while (slash > p && slash[-1] != '/')
			slash--;
		last = el_str_make(slash, (size_t)(end - slash));
	}
	for (i = 0; i + 2 < last.len; i++)
		if (last.ptr[i] == '.' && last.ptr[i + 1] == 'v' && last.ptr[i + 2] >= '0' &&
		    last.ptr[i + 2] <= '9') {
			last.len = i;
			break;
		}
	s = NULL;
	for (i = 0; i < last.len; i++)
		if (last.ptr[i] == '-')
			s = last.ptr + i + 1;
	if (s)
		last = el_str_make(s, (size_t)(last.ptr + last.len - s));
	return last;
}

/* See gosrc.h. */
int el_gofile_imports(const el_gofile *f, el_str name)
{
	el_str path;

	return el_gofile_import_path(f, name, &path);
}

/* See gosrc.h. */
int el_gofile_import_path(const el_gofile *f, el_str name, el_str *out)
{
	TSNode root = el_gofile_root(f);
	size_t len;
	const char *text = el_gofile_text(f, &len);
	uint32_t i, j, k, n = ts_node_named_child_count(root);

	for (i = 0; i < n; i++) {
		TSNode d = ts_node_named_child(root, i);
		uint32_t nd;
		if (strcmp(ts_node_type(d), "import_declaration") != 0)
			continue;
		nd = ts_node_named_child_count(d);
		for (j = 0; j < nd; j++) {
			TSNode specs = ts_node_named_child(d, j);
			uint32_t ns = strcmp(ts_node_type(specs), "import_spec_list") == 0
			                      ? ts_node_named_child_count(specs)
			                      : 1;
			for (k = 0; k < ns; k++) {
				TSNode s = ns == 1 && strcmp(ts_node_type(specs), "import_spec") == 0
				                   ? specs
				                   : ts_node_named_child(specs, k);
				TSNode alias, path;
				el_str nm, ps = { NULL, 0 };
				if (strcmp(ts_node_type(s), "import_spec") != 0)
					continue;
				alias = ts_node_child_by_field_name(s, "name", 4);
				path = ts_node_child_by_field_name(s, "path", 4);
				if (!ts_node_is_null(path) && ts_node_end_byte(path) - ts_node_start_byte(path) >= 2)
					ps = el_str_make(text + ts_node_start_byte(path) + 1,
					                 ts_node_end_byte(path) - ts_node_start_byte(path) - 2);
				if (!ts_node_is_null(alias)) {
					nm = el_str_make(text + ts_node_start_byte(alias),
					                 ts_node_end_byte(alias) - ts_node_start_byte(alias));
				} else if (ps.len) {
					nm = el_go_package_name(ps);
				} else {
					continue;
				}
				if (el_str_eq(nm, name)) {
					*out = ps;
					return 1;
				}
			}
		}
	}
	(void)len;
	return 0;
}

/* See gosrc.h. */
el_str el_gofile_package(const el_gofile *f)
{
	TSNode root = el_gofile_root(f);
	uint32_t i, n = ts_node_named_child_count(root);

	for (i = 0; i < n; i++) {
		TSNode c = ts_node_named_child(root, i), id;
		uint32_t j, m;
		if (!el_node_is(c, "package_clause"))
			continue;
		m = ts_node_named_child_count(c);
		for (j = 0; j < m; j++)
			if (el_node_is(id = ts_node_named_child(c, j), "package_identifier"))
				return el_gofile_node_text(f, id);
		break;
	}
	return el_str_make("", 0);
}

/* See gosrc.h. */
int el_gosrc_dir_package(el_gosrc *g, const char *dir, char *out, size_t cap)
{
	DIR *d;
	struct dirent *e;
	el_buf path = { NULL, 0, 0 };
	int rc = 0, found = 0;

	out[0] = '\0';
	if ((d = opendir(dir)) == NULL)
		return 0;
	while (rc == 0 && !(found && strcmp(out, "main") != 0) && (e = readdir(d)) != NULL) {
		const el_gofile *f;
		el_str name;
		rc = open_in_dir(g, &path, dir, e->d_name, 0, &f);
		if (rc == -1 || rc == 1) {
			rc = 0; /* not a package file, or unreadable */
			continue;
		}
		if (rc == 0 && (name = el_gofile_package(f)).len > 0 && name.len < cap &&
		    (!found || strcmp(out, "main") == 0)) {
			memcpy(out, name.ptr, name.len);
			out[name.len] = '\0';
			found = 1;
		}
	}
	closedir(d);
	el_buf_release(&path, GA(g));
	return rc == -2 ? -2 : found;
}

/* Build the index of dir (with its trailing '/'); -2 out of memory. */
static int build_index(el_gosrc *g, const char *dir, int tests)
{
	DIR *d;
	struct dirent *e;
	el_buf path = { NULL, 0, 0 };
	size_t i, n = strlen(dir);
	long files = 0;
	int rc = 0;

	for (i = 0; i < g->n; i++)
		g->files[i]->pinned = 0;
	g->idx.len = 0;
	g->idx_files.len = 0;
	g->idx_asm = 0;
	g->memo.len = 0;
	g->memo_text.len = 0;
	el_map_clear(&g->memo_map);
	el_map_clear(&g->idx_map);
	g->idx_usable = 0;
	g->idx_tests = tests;
	g->idx_dir.len = 0;
	if (el_buf_append(&g->idx_dir, dir, n + 1, GA(g)) != 0)
		return -2;
	if ((d = opendir(dir)) == NULL)
		return 0;
	while ((e = readdir(d)) != NULL) {
		size_t len = strlen(e->d_name);
		/* the files indexed: a package's _test.go files only with tests */
		files += len > 3 && strcmp(e->d_name + len - 3, ".go") == 0 &&
		         (tests || len <= 8 || strcmp(e->d_name + len - 8, "_test.go") != 0);
		g->idx_asm |= len > 2 && strcmp(e->d_name + len - 2, ".s") == 0;
	}
	if (files > EL_GOSRC_DIR_MAX) {
		closedir(d);
		return 0;
	}
	rewinddir(d);
	while (rc == 0 && (e = readdir(d)) != NULL) {
		const el_gofile *f;
		rc = open_in_dir(g, &path, dir, e->d_name, tests, &f);
		if (rc == -1 || rc == 1) {
			rc = 0; /* not a package file, or unreadable: its names stay unknown */
			continue;
		}
		if (rc == 0) {
			const el_gofile **slot;
			size_t len = strlen(e->d_name);
			((el_gofile *)f)->pinned = 1;
			rc = index_file(g, f);
			if (rc == 0 && (len <= 8 || strcmp(e->d_name + len - 8, "_test.go") != 0)) {
				if ((slot = el_vec_push(&g->idx_files, sizeof *slot, GA(g))) == NULL)
					rc = -2;
				else
					*slot = f;
			}
		}
	}
	closedir(d);
	el_buf_release(&path, GA(g));
	g->idx_usable = rc == 0;
	return rc;
}

/* See gosrc.h. */
el_str el_gofile_receiver_type(const el_gofile *f, TSNode decl)
{
	TSNode r = ts_node_child_by_field_name(decl, "receiver", 8), p, t;

	if (!el_node_is(decl, "method_declaration") || ts_node_is_null(r) ||
	    ts_node_named_child_count(r) != 1)
		return el_str_make("", 0);
	p = ts_node_named_child(r, 0);
	t = ts_node_child_by_field_name(p, "type", 4);
	if (el_node_is(t, "pointer_type"))
		t = ts_node_named_child(t, 0);
	if (el_node_is(t, "generic_type"))
		t = ts_node_child_by_field_name(t, "type", 4);
	return el_node_is(t, "type_identifier") ? el_gofile_node_text(f, t) : el_str_make("", 0);
}

/* The top-level declaration name in the package of dir (method: a method,
 * of the receiver type type when it is not empty): as el_gosrc_lookup. */
static int find_decl(el_gosrc *g, const char *dir, el_str name, int method, el_str type,
                     int tests, const el_gofile **file, TSNode *decl)
{
	size_t it = 0, v;

	if (!(g->idx_dir.len && strcmp(g->idx_dir.ptr, dir) == 0 && g->idx_tests == tests) &&
	    build_index(g, dir, tests) != 0)
		return -2;
	if (!g->idx_usable)
		return 0;
	while (el_map_next(&g->idx_map, name_hash(name, method), &it, &v)) {
		const idx_entry *e = &EL_VEC_AT(&g->idx, idx_entry, v);
		if (e->method == method && el_str_eq(e->name, name) &&
		    (!type.len || el_str_eq(el_gofile_receiver_type(e->f, e->decl), type))) {
			*file = e->f;
			*decl = e->decl;
			return 1;
		}
	}
	return 0;
}

/* See gosrc.h. */
int el_gosrc_method_of(el_gosrc *g, const char *dir, el_str type, el_str name, int tests,
                       const el_gofile **file, TSNode *decl)
{
	return type.len ? find_decl(g, dir, name, 1, type, tests, file, decl) : 0;
}

/* See gosrc.h. */
int el_gosrc_lookup(el_gosrc *g, const char *dir, el_str name, int method, int tests,
                    const el_gofile **file, TSNode *decl)
{
	return find_decl(g, dir, name, method, el_str_make("", 0), tests, file, decl);
}

/* See gosrc.h. */
int el_gosrc_memo(el_gosrc *g, const char *dir, unsigned long long key, int *code,
                  const char **text)
{
	size_t it = 0, v;

	if (!(g->idx_dir.len && strcmp(g->idx_dir.ptr, dir) == 0))
		return 0;
	while (el_map_next(&g->memo_map, key, &it, &v)) {
		const memo_entry *m = &EL_VEC_AT(&g->memo, memo_entry, v);
		if (m->key == key) {
			*code = m->code;
			*text = g->memo_text.ptr + m->text;
			return 1;
		}
	}
	return 0;
}

/* See gosrc.h. */
int el_gosrc_remember(el_gosrc *g, const char *dir, unsigned long long key, int code,
                      const char *text)
{
	memo_entry *m;
	size_t off = g->memo_text.len, it = 0, v;

	if (!(g->idx_dir.len && strcmp(g->idx_dir.ptr, dir) == 0))
		return 0;
	if (el_buf_append(&g->memo_text, text, strlen(text) + 1, GA(g)) != 0)
		return -2;
	while (el_map_next(&g->memo_map, key, &it, &v)) {
		m = &EL_VEC_AT(&g->memo, memo_entry, v);
		if (m->key == key) { /* a new answer for it */
			m->code = code;
			m->text = off;
			return 0;
		}
	}
	if ((m = el_vec_push(&g->memo, sizeof *m, GA(g))) == NULL)
		return -2;
	m->key = key;
	m->code = code;
	m->text = off;
	return el_map_put(&g->memo_map, key, g->memo.len - 1, GA(g)) != 0 ? -2 : 0;
}

/* See gosrc.h. */
int el_ident_byte(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
	       c == '_' || (unsigned char)c >= 0x80;
}

/* See gosrc.h. */
int el_gofile_names(const el_gofile *f, el_str w)
{
	size_t len;
	const char *src = el_gofile_text(f, &len);
	TSNode root = el_gofile_root(f);
	TSTreeCursor cur;
	int found = 0, down = 1;

	if (!src || ts_node_is_null(root))
		return 1;
	cur = ts_tree_cursor_new(root);
	while (!found) {
		TSNode n = ts_tree_cursor_current_node(&cur);
		const char *t = ts_node_type(n);
		if (down && ts_node_child_count(n) == 0 && strstr(t, "identifier") &&
		    ts_node_end_byte(n) - ts_node_start_byte(n) == w.len &&
		    memcmp(src + ts_node_start_byte(n), w.ptr, w.len) == 0)
			found = 1;
		else if (down && ts_tree_cursor_goto_first_child(&cur))
			continue;
		else if (ts_tree_cursor_goto_next_sibling(&cur))
			down = 1;
		else if (ts_tree_cursor_goto_parent(&cur))
			down = 0;
		else
			break;
	}
	ts_tree_cursor_delete(&cur);
	return found;
}

/* Is identifier node id the name its declaration declares (a function's
 * or method's, a struct field's, an interface method's)? */
static int declared_name(TSNode id)
{
	TSNode p = ts_node_parent(id);
	const char *t = ts_node_is_null(p) ? "" : ts_node_type(p);

	if (strcmp(t, "function_declaration") == 0 || strcmp(t, "method_declaration") == 0 ||
	    strcmp(t, "method_elem") == 0 || strcmp(t, "method_spec") == 0)
		return ts_node_eq(ts_node_child_by_field_name(p, "name", 4), id);
	return strcmp(t, "field_declaration") == 0;
}

/* See gosrc.h. */
int el_gosrc_files(el_gosrc *g, const char *dir, const el_gofile **out, size_t cap, size_t *n)
{
	size_t i;

	*n = 0;
	if (!(g->idx_dir.len && strcmp(g->idx_dir.ptr, dir) == 0) && build_index(g, dir, 0) != 0)
		return -2;
	if (!g->idx_usable)
		return 0;
	for (i = 0; i < g->idx_files.len; i++)
		if (i < cap)
			out[i] = EL_VEC_AT(&g->idx_files, const el_gofile *, i);
	*n = g->idx_files.len;
	return 1;
}

/* See gosrc.h. */
int el_gosrc_references(el_gosrc *g, const char *dir, el_str name, el_ref *out, size_t cap,
                        size_t *n, int *opaque)
{
	size_t i;

	*n = 0;
	*opaque = 0;
	if (!name.len)
		return 0;
	if (!(g->idx_dir.len && strcmp(g->idx_dir.ptr, dir) == 0) && build_index(g, dir, 0) != 0)
		return -2;
	if (!g->idx_usable)
		return 0;
	*opaque = g->idx_asm;
	for (i = 0; i < g->idx_files.len; i++) {
		const el_gofile *f = EL_VEC_AT(&g->idx_files, const el_gofile *, i);
		const char *src = f->src.ptr, *p = src, *end = src + f->src.len;
		TSNode root = ts_tree_root_node(f->tree);
		while ((p = el_find(p, (size_t)(end - p), name.ptr, name.len)) != NULL) {
			size_t off = (size_t)(p - src);
			TSNode id;
			p += name.len;
			if ((off > 0 && el_ident_byte(src[off - 1])) || (p < end && el_ident_byte(*p)))
				continue;
			id = ts_node_descendant_for_byte_range(root, (uint32_t)off,
			                                       (uint32_t)(off + name.len));
			if (el_node_is(id, "comment")) {
				/* //go:linkname name: reached from another package */
				el_str c = el_gofile_node_text(f, id);
				if (el_find(c.ptr, c.len, EL_LIT("go:linkname")))
					*opaque = 1;
				continue;
			}
			if (!(el_node_is(id, "identifier") || el_node_is(id, "field_identifier") ||
			      el_node_is(id, "type_identifier")) ||
			    ts_node_start_byte(id) != off || declared_name(id))
				continue;
			if (*n < cap) {
				out[*n].f = f;
				out[*n].node = id;
				out[*n].top = ts_node_first_child_for_byte(root, (uint32_t)off);
			}
			++*n;
		}
	}
	return 1;
}

/* See gosrc.h. */
size_t el_gofile_balanced_end(const el_gofile *f, size_t off)
{
	const char *s = f->src.ptr;
	size_t i, n = f->src.len, skip, max = off + EL_GOSRC_SCAN_MAX < n ? off + EL_GOSRC_SCAN_MAX : n;
	int depth = 0, group = off < n && (s[off] == '(' || s[off] == '[' || s[off] == '{');

	for (i = off; i < max; i++) {
		char c = s[i];
		if ((skip = el_skip_literal(s + i, max - i)) > 0) {
			i += skip - 1;
			continue;
		}
		if (c == '(' || c == '[' || c == '{') {
			depth++;
		} else if (c == ')' || c == ']' || c == '}') {
			if (depth == 0)
				return group ? (size_t)-1 : i;
			if (--depth == 0 && group)
				return i + 1;
		} else if (depth == 0 && (c == '\n' || c == ';')) {
			return i;
		} else if (depth == 0 && c == '/' && i + 1 < max && (s[i + 1] == '/' || s[i + 1] == '*')) {
			return i; /* a comment after the statement */
		}
	}
	return group || i < n ? (size_t)-1 : i; /* not closed, or too long */
}
