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

#include "gosrc.h"

const TSLanguage *tree_sitter_go(void);

/* Files kept parsed at once: a package's files, and the files of a test
 * variant built right after it.  The least recently used goes first, so
 * files opened while one object is looked at (its file and at most
 * EL_GOSRC_DIR_MAX others of its directory) are never evicted under it. */
#define GOSRC_CACHE (EL_GOSRC_DIR_MAX + 8)

struct el_gofile {
	char *path;
	el_buf src;
	TSTree *tree;
	el_vec lines;              /* offset of each line start */
	unsigned long long used;   /* tick of the last use */
	int unreadable;            /* could not be read: remembered, not retried */
};

struct el_gosrc {
	el_allocator alloc;
	int has_alloc;
	TSParser *parser;
	el_gofile *files[GOSRC_CACHE];
	size_t n;
	unsigned long long tick;
	unsigned long long parsed, unreadable;
	el_buf dir;                /* the directory last counted */
	long dir_files;            /* its .go files */
};

static const el_allocator *GA(const el_gosrc *g) { return g->has_alloc ? &g->alloc : NULL; }

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
	el_buf_release(&g->dir, GA(g));
	ts_parser_delete(g->parser);
	el_free(GA(g), g);
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

/* Read and parse path into f; -1 unreadable, -2 out of memory. */
static int load(el_gosrc *g, el_gofile *f)
{
	int rc = el_src_read(f->path, &f->src, GA(g));

	if (rc != 0)
		return rc;
	if (index_lines(g, f) != 0)
		return -2;
	f->tree = ts_parser_parse_string(g->parser, NULL, f->src.ptr ? f->src.ptr : "",
	                                 (uint32_t)f->src.len);
	if (!f->tree)
		return -2;
	g->parsed++;
	return 0;
}

/* See internal.h. */
int el_gosrc_open(el_gosrc *g, const char *path, const el_gofile **out)
{
	el_gofile *f;
	size_t i, victim = 0;
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
		if (f->used < g->files[victim]->used)
			victim = i;
	}
	if (!(f = el_malloc(GA(g), sizeof *f)))
		return -2;
	memset(f, 0, sizeof *f);
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
	if (g->n == GOSRC_CACHE) {
		file_free(g, g->files[victim]);
		g->files[victim] = f;
	} else {
		g->files[g->n++] = f;
	}
	if (rc != 0)
		return -1;
	*out = f;
	return 0;
}

const el_allocator *el_gosrc_alloc(const el_gosrc *g) { return GA(g); }

const char *el_gofile_path(const el_gofile *f) { return f->path; }

/* See gosrc.h. */
long el_gosrc_dir_files(el_gosrc *g, const char *dir)
{
	DIR *d;
	struct dirent *e;
	size_t n = strlen(dir);

	if (g->dir.len == n + 1 && memcmp(g->dir.ptr, dir, n) == 0)
		return g->dir_files;
	g->dir.len = 0;
	if (el_buf_append(&g->dir, dir, n + 1, GA(g)) != 0)
		return -2;
	g->dir_files = -1;
	if ((d = opendir(dir)) == NULL)
		return -1;
	g->dir_files = 0;
	while ((e = readdir(d)) != NULL) {
		size_t len = strlen(e->d_name);
		if (len > 3 && strcmp(e->d_name + len - 3, ".go") == 0)
			g->dir_files++;
	}
	closedir(d);
	return g->dir_files;
}

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
TSNode el_gofile_node_at(const el_gofile *f, unsigned long line, unsigned long col)
{
	TSPoint p;

	p.row = (uint32_t)(line ? line - 1 : 0);
	p.column = (uint32_t)(col ? col - 1 : 0);
	return ts_node_named_descendant_for_point_range(ts_tree_root_node(f->tree), p, p);
}

static int is_type(TSNode n, const char *t)
{
	return strcmp(ts_node_type(n), t) == 0;
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
	for (; !ts_node_is_null(n); n = ts_node_parent(n)) {
		int decl = is_type(n, "function_declaration") || is_type(n, "method_declaration");
		if (decl) {
			/* a function is declared at its name, a method at its
			 * receiver's '(': anywhere in the signature's first line */
			TSPoint s = ts_node_start_point(n);
			TSNode body = ts_node_child_by_field_name(n, "body", 4);
			if (s.row != p.row ||
			    (!ts_node_is_null(body) && !(p.row < ts_node_start_point(body).row ||
			                                 p.column < ts_node_start_point(body).column)))
				return 0;
		} else if (!(is_type(n, "func_literal") && starts_at(n, p))) {
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
