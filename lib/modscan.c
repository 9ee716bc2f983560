/*
 * modscan.c -- who imports a package inside its own module: the walk of a
 * module's directories that tells a library's internal package used only
 * by the commands shipped with it (toml's internal/tag, imported by
 * cmd/toml-test-*) from one its library code uses.
 *
 * An internal package can only be imported from within its module, so
 * the module's own Go files show every importer.  Files are found by a
 * walk of the module's tree (vendor/, testdata/ and directories starting
 * with '.' or '_' left out, as the go command does), read, and searched
 * for the import path in quotes; only the files that name it are parsed,
 * for their package clause.  A module of more than EL_MODSCAN_MAX files is
 * not walked (the standard library): the answer is unknown.
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>

#include "gosrc.h"

typedef struct walk {
	el_gosrc *g;
	const char *root;       /* the module's root, with its trailing '/' */
	size_t root_len;
	el_str quoted;          /* "import/path" */
	unsigned kinds;
	long files;
	int failed;             /* out of memory */
	int unknown;            /* too many files, or too deep */
	el_buf path, text;
} walk;

static const el_allocator *WA(walk *w) { return el_gosrc_alloc(w->g); }

static int skipped_dir(const char *name)
{
	return name[0] == '.' || name[0] == '_' || strcmp(name, "vendor") == 0 ||
	       strcmp(name, "testdata") == 0;
}

/* The file at w->path: does it import the package, and is it in a
 * package main? */
static void look_at(walk *w)
{
	const el_gofile *f;
	int rc;

	/* as every Go source: below the roots, a regular file, not huge */
	if ((rc = el_src_read(w->path.ptr, el_gosrc_roots(w->g), &w->text, WA(w))) != 0) {
		if (rc == -2)
			w->failed = 1;
		else
			w->unknown = 1; /* an importer may hide there */
		return;
	}
	if (!el_find(w->text.ptr, w->text.len, w->quoted.ptr, w->quoted.len))
		return;
	/* a package main below the root: a command shipped with the module */
	if ((rc = el_gosrc_open(w->g, w->path.ptr, &f)) == -2) {
		w->failed = 1;
		return;
	}
	if (rc != 0) {
		w->unknown = 1;
		return;
	}
	if (el_str_eq(el_gofile_package(f), el_str_make(EL_LIT("main"))) &&
	    strchr(w->path.ptr + w->root_len, '/') != NULL)
		w->kinds |= EL_IMPORTED_BY_COMMAND;
	else
		w->kinds |= EL_IMPORTED_BY_LIBRARY;
}

/* Walk the directory at w->path (with its trailing '/'), depth levels
 * below the root. */
static void walk_dir(walk *w, int depth)
{
	DIR *d;
	struct dirent *e;
	size_t base = w->path.len;

	if (depth > 32) {
		w->unknown = 1;
		return;
	}
	if ((d = opendir(w->path.ptr)) == NULL)
		return;
	while (!w->failed && !w->unknown && (e = readdir(d)) != NULL) {
		size_t n = strlen(e->d_name);
		struct stat st;
		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		w->path.len = base;
		if (el_buf_append(&w->path, e->d_name, n + 1, WA(w)) != 0) {
			w->failed = 1;
			break;
		}
		if (n > 3 && strcmp(e->d_name + n - 3, ".go") == 0) {
			if (n > 8 && strcmp(e->d_name + n - 8, "_test.go") == 0)
				continue;
			if (++w->files > EL_MODSCAN_MAX) {
				w->unknown = 1;
				break;
			}
			look_at(w);
			continue;
		}
		if (skipped_dir(e->d_name) || stat(w->path.ptr, &st) != 0 || !S_ISDIR(st.st_mode))
			continue;
		/* a nested module (its own go.mod) is not this module */
		w->path.len = base + n;
		if (el_buf_append(&w->path, "/go.mod", 8, WA(w)) != 0) {
			w->failed = 1;
			break;
		}
		if (stat(w->path.ptr, &st) == 0)
			continue;
		w->path.len = base + n;
		if (el_buf_append(&w->path, "/", 2, WA(w)) != 0) {
			w->failed = 1;
			break;
		}
		w->path.len--; /* without its NUL */
		walk_dir(w, depth + 1);
	}
	closedir(d);
	w->path.len = base;
	if (el_buf_append(&w->path, "", 1, WA(w)) == 0)
		w->path.len = base;
}

/* See gosrc.h. */
int el_module_importers(el_gosrc *g, const char *root, el_str import_path, unsigned *kinds)
{
	walk w;
	int rc;

	memset(&w, 0, sizeof w);
	w.g = g;
	w.root = root;
	w.root_len = strlen(root);
	*kinds = 0;
	if (el_buf_append(&w.text, "\"", 1, WA(&w)) != 0 ||
	    el_buf_append(&w.text, import_path.ptr, import_path.len, WA(&w)) != 0 ||
	    el_buf_append(&w.text, "\"", 1, WA(&w)) != 0 ||
	    el_buf_append(&w.path, root, w.root_len + 1, WA(&w)) != 0) {
		el_buf_release(&w.text, WA(&w));
		el_buf_release(&w.path, WA(&w));
		return -2;
	}
	/* the quoted path is kept apart from the buffer files are read into */
	w.quoted = el_str_make(w.text.ptr, w.text.len);
	w.text.ptr = NULL;
	w.text.len = w.text.cap = 0;
	w.path.len = w.root_len;
	walk_dir(&w, 0);
	*kinds = w.kinds;
	rc = w.failed ? -2 : w.unknown ? 1 : 0;
	el_free(WA(&w), (char *)w.quoted.ptr);
	el_buf_release(&w.text, WA(&w));
	el_buf_release(&w.path, WA(&w));
	return rc;
}
