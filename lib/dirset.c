/*
 * dirset.c -- the `//escapelint:` directives of a run: the grouper loads
 * the directory of each package it reads, and asks here which assertion
 * covers an object and which suppression silences a finding.  Entries
 * live for the whole run (a package built twice, as itself and as its
 * test variant, reads its files once), so a directive is reported once
 * and a suppression counts as used when any build used it.
 *
 * Every .go file of the directory is read (regular files of at most
 * EL_SRC_MAX bytes, see srcmap.c) to learn whether it is generated; only
 * files that hold "//escapelint:" are parsed.
 */
#include <dirent.h>

#include "directives.h"

/* A file read by a load. */
typedef struct dfile {
	unsigned long long hash;     /* of the absolute path */
	int generated;
	int tests;                   /* read by a load with tests */
} dfile;

struct el_dirset {
	el_allocator alloc;
	int has_alloc;
	el_vec entries;              /* el_dirent */
	el_map by_file;              /* hash of the file -> entry */
	el_vec files;                /* dfile */
	el_map file_ids;             /* hash of the file -> index in files */
	el_buf path, text;
	el_vec scanned;              /* el_directive, from one file */
	const el_roots *roots;       /* where files may be read (borrowed), or NULL */
};

/* See directives.h. */
void el_dirset_set_roots(el_dirset *d, const el_roots *roots)
{
	d->roots = roots;
}

static const el_allocator *DA(const el_dirset *d)
{
	return d->has_alloc ? &d->alloc : NULL;
}

static unsigned long long file_hash(const char *file)
{
	return el_hash(file, strlen(file), EL_HASH_SEED);
}

/* See directives.h. */
el_dirset *el_dirset_new(const el_allocator *a)
{
	el_dirset *d = el_malloc(a, sizeof *d);

	if (!d)
		return NULL;
	memset(d, 0, sizeof *d);
	if (a) {
		d->alloc = *a;
		d->has_alloc = 1;
	}
	return d;
}

static void free_entry(el_dirset *d, el_dirent *e)
{
	el_directive_clear(&e->d, DA(d));
	el_free(DA(d), e->file);
	el_free(DA(d), e->text);
	el_free(DA(d), e->package);
}

/* See directives.h. */
void el_dirset_free(el_dirset *d)
{
	size_t i;

	if (!d)
		return;
	for (i = 0; i < d->entries.len; i++)
		free_entry(d, &EL_VEC_AT(&d->entries, el_dirent, i));
	el_vec_release(&d->entries, DA(d));
	el_vec_release(&d->files, DA(d));
	el_map_release(&d->by_file, DA(d));
	el_map_release(&d->file_ids, DA(d));
	el_buf_release(&d->path, DA(d));
	el_buf_release(&d->text, DA(d));
	el_directives_release(&d->scanned, DA(d));
	el_free(DA(d), d);
}

/* The file read before, or NULL. */
static dfile *find_file(const el_dirset *d, const char *file)
{
	unsigned long long h = file_hash(file);
	size_t it = 0, v;

	while (el_map_next(&d->file_ids, h, &it, &v))
		if (EL_VEC_AT(&d->files, dfile, v).hash == h)
			return &EL_VEC_AT(&d->files, dfile, v);
	return NULL;
}

/* Does the text say it is generated: a line `// Code generated ... DO
 * NOT EDIT.` before the package clause (the Go convention)? */
static int is_generated(const char *t, size_t n)
{
	size_t i = 0;

	while (i < n) {
		size_t e = i;
		while (e < n && t[e] != '\n')
			e++;
		if (el_starts(t + i, e - i, EL_LIT("package ")))
			return 0;
		if (el_starts(t + i, e - i, EL_LIT("// Code generated "))) {
			size_t m = e;
			if (m > i && t[m - 1] == '\r')
				m--;
			if (el_ends(t + i, m - i, EL_LIT(" DO NOT EDIT.")))
				return 1;
		}
		i = e + 1;
	}
	return 0;
}

/* The comment at line:col of text, to the end of its line (at most 200
 * bytes, control bytes as '?'); NULL when out of memory. */
static char *comment_text(el_dirset *d, const char *t, size_t n, unsigned long line,
                          unsigned long col)
{
	size_t i = 0, e, k;
	unsigned long l = 1;
	char *out;

	while (i < n && l < line)
		if (t[i++] == '\n')
			l++;
	i += col > 0 ? col - 1 : 0;
	if (i > n)
		i = n;
	for (e = i; e < n && t[e] != '\n' && t[e] != '\r' && e - i < 200; e++)
		;
	if ((out = el_malloc(DA(d), e - i + 1)) == NULL)
		return NULL;
	for (k = i; k < e; k++)
		out[k - i] = (unsigned char)t[k] < 0x20 ? '?' : t[k];
	out[e - i] = '\0';
	return out;
}

/* Keep the directives scanned from the file at path. */
static int keep(el_dirset *d, const el_gofile *f, const char *path, el_str package)
{
	size_t i, len;
	const char *t = el_gofile_text(f, &len);
	unsigned long long h = file_hash(path);

	for (i = 0; i < d->scanned.len; i++) {
		el_directive *sd = &EL_VEC_AT(&d->scanned, el_directive, i);
		el_dirent *e = el_vec_push(&d->entries, sizeof *e, DA(d));
		if (!e)
			return -2;
		e->d = *sd;
		memset(sd, 0, sizeof *sd); /* the entry owns the strings now */
		e->file = el_strdup(path, DA(d));
		e->text = comment_text(d, t, len, e->d.line, e->d.col);
		e->package = el_malloc(DA(d), package.len + 1);
		if (!e->file || !e->text || !e->package ||
		    el_map_put(&d->by_file, h, d->entries.len - 1, DA(d)) != 0)
			return -2;
		memcpy(e->package, package.ptr, package.len);
		e->package[package.len] = '\0';
	}
	d->scanned.len = 0;
	return 0;
}

/* Read one file of a load. */
static int load_file(el_dirset *d, el_gosrc *gs, int tests, el_str package)
{
	const char *path = d->path.ptr;
	dfile *df = find_file(d, path);
	const el_gofile *f;
	int rc;

	if (df)
		return 0;
	if ((df = el_vec_push(&d->files, sizeof *df, DA(d))) == NULL ||
	    el_map_put(&d->file_ids, file_hash(path), d->files.len - 1, DA(d)) != 0)
		return -2;
	df->hash = file_hash(path);
	df->tests = tests;
	rc = el_src_read(path, d->roots, &d->text, DA(d));
	if (rc == -2)
		return -2;
	if (rc != 0)
		return 0;
	df->generated = is_generated(d->text.ptr, d->text.len);
	if (!el_directives_present(d->text.ptr, d->text.len))
		return 0;
	rc = el_gosrc_open(gs, path, &f);
	if (rc == -2)
		return -2;
	if (rc != 0)
		return 0;
	if (el_directives_scan(f, &d->scanned, DA(d)) != 0)
		return -2;
	return keep(d, f, path, package);
}

/* See directives.h. */
int el_dirset_load(el_dirset *d, el_gosrc *gs, const char *dir, int tests, el_str package)
{
	DIR *dp = opendir(dir);
	struct dirent *de;
	size_t n = strlen(dir);
	int rc = 0;

	if (!dp)
		return 0;
	while (rc == 0 && (de = readdir(dp)) != NULL) {
		size_t len = strlen(de->d_name);
		if (len <= 3 || strcmp(de->d_name + len - 3, ".go") != 0 || de->d_name[0] == '.' ||
		    (!tests && len > 8 && strcmp(de->d_name + len - 8, "_test.go") == 0))
			continue;
		d->path.len = 0;
		if (el_buf_append(&d->path, dir, n, DA(d)) != 0 ||
		    el_buf_append(&d->path, de->d_name, len + 1, DA(d)) != 0)
			rc = -2;
		else
			rc = load_file(d, gs, tests, package);
	}
	closedir(dp);
	return rc;
}

/* See directives.h. */
int el_dirset_generated(const el_dirset *d, const char *file)
{
	const dfile *df = find_file(d, file);

	return df && df->generated;
}

/* See directives.h. */
size_t el_dirset_count(const el_dirset *d)
{
	return d->entries.len;
}

/* See directives.h. */
el_dirent *el_dirset_at(el_dirset *d, size_t i)
{
	return &EL_VEC_AT(&d->entries, el_dirent, i);
}

/* Iterate the entries of file: start with *it = 0. */
static el_dirent *next_of(el_dirset *d, const char *file, unsigned long long h, size_t *it)
{
	size_t v;

	while (el_map_next(&d->by_file, h, it, &v)) {
		el_dirent *e = &EL_VEC_AT(&d->entries, el_dirent, v);
		if (strcmp(e->file, file) == 0)
			return e;
	}
	return NULL;
}

/* See directives.h. */
el_dirent *el_dirset_function(el_dirset *d, const char *file, unsigned long line,
                              el_directive_kind kind)
{
	unsigned long long h = file_hash(file);
	size_t it = 0;
	el_dirent *e;

	while ((e = next_of(d, file, h, &it)) != NULL) {
		if (e->d.kind != kind)
			continue;
		if (kind == EL_DIR_INLINE ? e->d.decl_line == line
		                          : e->d.decl_line <= line && line <= e->d.end_line)
			return e;
	}
	return NULL;
}

/* See directives.h. */
el_dirent *el_dirset_noescape(el_dirset *d, const char *file, unsigned long line)
{
	unsigned long long h = file_hash(file);
	size_t it = 0;
	el_dirent *e;

	while ((e = next_of(d, file, h, &it)) != NULL)
		if (e->d.kind == EL_DIR_NOESCAPE && e->d.target == line)
			return e;
	return NULL;
}

/* See directives.h. */
el_dirent *el_dirset_suppression(el_dirset *d, const char *file, unsigned long line,
                                 const char *name, const char *id)
{
	unsigned long long h = file_hash(file);
	size_t it = 0, k;
	el_dirent *e;

	while ((e = next_of(d, file, h, &it)) != NULL) {
		if (!((e->d.kind == EL_DIR_IGNORE && e->d.target == line) ||
		      e->d.kind == EL_DIR_FILE_IGNORE))
			continue;
		for (k = 0; k < e->d.nrules; k++) {
			const char *r = e->d.rules[k];
			if (strcmp(r, "all") == 0 || (name && strcmp(r, name) == 0) ||
			    (id && strcmp(r, id) == 0)) {
				e->d.used = 1;
				return e;
			}
		}
	}
	return NULL;
}
