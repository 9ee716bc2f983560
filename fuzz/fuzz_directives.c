/*
 * fuzz_directives.c -- the `//escapelint:` scanner over Go source: the
 * input is written as x.go in a temporary directory, opened through the
 * parsed-file cache (gosrc.c, tree-sitter's Go grammar), scanned with
 * el_directives_scan (directives.c), and its directory loaded into a run's
 * directive set (el_dirset_load, dirset.c), which is then asked about each
 * directive as the grouper asks.  Internal API: lib/directives.h.
 *
 * Asserts:
 *  - the cache gives the file's bytes back, and the scan succeeds;
 *  - directives come in source order, no more of them than the text holds
 *    "//escapelint:", and each one's line:col is where such a comment
 *    starts;
 *  - a bad directive, and only a bad one, has a problem; a suppression has
 *    one or more rule names (non-empty, no ',' or blank) and a reason; a
 *    line directive aims at its own line or a later one; an assertion on
 *    a function names it and its declaration follows the comment;
 *  - the directory's set holds the same directives, and finds each good
 *    one again: a suppression for its rule at its target (any line for a
 *    file-ignore), a noescape at its target, a noalloc inside its
 *    function, an inline at the function's declaration.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "directives.h"
#include "fuzz.h"

#define MARK "//escapelint:"

static char dir[4096];     /* the temporary directory, with a trailing '/' */
static char path[4200];    /* dir/x.go */

static void cleanup(void)
{
	unlink(path);
	if (dir[0]) {
		dir[strlen(dir) - 1] = '\0';
		rmdir(dir);
	}
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	const char *tmp = getenv("TMPDIR");

	(void)argc;
	(void)argv;
	snprintf(dir, sizeof dir, "%s/escapelint-fuzz-XXXXXX", tmp && *tmp ? tmp : "/tmp");
	FZ_CHECK(mkdtemp(dir) != NULL, "mkdtemp %s", dir);
	strcat(dir, "/");
	snprintf(path, sizeof path, "%sx.go", dir);
	atexit(cleanup);
	return 0;
}

/* How often MARK occurs in s[0..n). */
static size_t count_marks(const char *s, size_t n)
{
	size_t k = 0, i;

	for (i = 0; i + sizeof MARK - 1 <= n; i++)
		if (memcmp(s + i, MARK, sizeof MARK - 1) == 0)
			k++;
	return k;
}

/* Check one directive of the scan. */
static void check_directive(const el_gofile *f, const char *src, size_t len,
                            const el_directive *d)
{
	size_t off = el_gofile_offset(f, d->line, d->col), i;

	FZ_CHECK(off != (size_t)-1 && off + sizeof MARK - 1 <= len &&
	                 memcmp(src + off, MARK, sizeof MARK - 1) == 0,
	         "directive at %lu:%lu is not at a //escapelint: comment", d->line, d->col);
	FZ_CHECK((d->kind == EL_DIR_BAD) == (d->problem != NULL), "kind %d with problem %s",
	         (int)d->kind, d->problem ? d->problem : "(none)");
	switch (d->kind) {
	case EL_DIR_IGNORE:
	case EL_DIR_FILE_IGNORE:
		FZ_CHECK(d->nrules >= 1 && d->rules != NULL, "a suppression without rules at %lu",
		         d->line);
		for (i = 0; i < d->nrules; i++)
			FZ_CHECK(d->rules[i] && d->rules[i][0] && !strpbrk(d->rules[i], ", \t"),
			         "rule %zu of the suppression at %lu: \"%s\"", i, d->line,
			         d->rules[i] ? d->rules[i] : "(null)");
		FZ_CHECK(d->reason && d->reason[0], "a suppression without a reason at %lu",
		         d->line);
		if (d->kind == EL_DIR_IGNORE)
			FZ_CHECK(d->target >= d->line, "ignore at %lu aims at %lu", d->line,
			         d->target);
		break;
	case EL_DIR_NOESCAPE:
		FZ_CHECK(d->target >= d->line, "noescape at %lu aims at %lu", d->line, d->target);
		break;
	case EL_DIR_NOALLOC:
	case EL_DIR_INLINE:
		FZ_CHECK(d->func && d->func[0], "an assertion without its function at %lu",
		         d->line);
		FZ_CHECK(d->decl_line > d->line && d->end_line >= d->decl_line,
		         "assertion at %lu on a function at %lu-%lu", d->line, d->decl_line,
		         d->end_line);
		break;
	case EL_DIR_BAD:
		FZ_CHECK(d->problem[0] != '\0', "an empty problem at %lu", d->line);
		break;
	default:
		FZ_CHECK(0, "kind %d", (int)d->kind);
	}
}

/* Load the directory into a directive set and ask it about each directive. */
static void check_dirset(el_gosrc *gs, const el_vec *v)
{
	static const el_str package = { "example.com/fuzz", 16 };
	el_dirset *ds = el_dirset_new(NULL);
	size_t i;

	FZ_CHECK(ds != NULL, "el_dirset_new");
	FZ_CHECK(el_dirset_load(ds, gs, dir, 0, package) == 0, "el_dirset_load");
	FZ_CHECK(el_dirset_count(ds) == v->len, "%zu directives in the set, %zu scanned",
	         el_dirset_count(ds), v->len);
	for (i = 0; i < v->len; i++) {
		const el_directive *d = &EL_VEC_AT(v, el_directive, i);
		el_dirent *e = el_dirset_at(ds, i);
		FZ_CHECK(e->d.kind == d->kind && e->d.line == d->line && e->d.col == d->col,
		         "entry %zu differs from the scan", i);
		FZ_CHECK(e->file && strcmp(e->file, path) == 0, "entry %zu of file %s", i,
		         e->file ? e->file : "(null)");
		switch (d->kind) {
		case EL_DIR_IGNORE:
			FZ_CHECK(el_dirset_suppression(ds, path, d->target, d->rules[0], NULL),
			         "the ignore at %lu does not cover line %lu", d->line, d->target);
			break;
		case EL_DIR_FILE_IGNORE:
			FZ_CHECK(el_dirset_suppression(ds, path, d->line + 7, NULL, d->rules[0]),
			         "the file-ignore at %lu does not cover the file", d->line);
			break;
		case EL_DIR_NOESCAPE:
			FZ_CHECK(el_dirset_noescape(ds, path, d->target) != NULL,
			         "the noescape at %lu does not cover line %lu", d->line, d->target);
			break;
		case EL_DIR_NOALLOC:
			FZ_CHECK(el_dirset_function(ds, path, d->end_line, EL_DIR_NOALLOC) != NULL,
			         "the noalloc at %lu does not cover its function", d->line);
			break;
		case EL_DIR_INLINE:
			FZ_CHECK(el_dirset_function(ds, path, d->decl_line, EL_DIR_INLINE) != NULL,
			         "the inline at %lu is not found at its function", d->line);
			break;
		default:
			break;
		}
	}
	(void)el_dirset_generated(ds, path);
	el_dirset_free(ds);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	FILE *fp = fopen(path, "wb");
	el_gosrc *gs;
	const el_gofile *f;
	const char *src;
	el_vec v = { 0 };
	size_t len, i;

	FZ_CHECK(fp != NULL, "cannot write %s", path);
	FZ_CHECK(fwrite(data, 1, size, fp) == size && fclose(fp) == 0, "cannot write %s", path);
	FZ_CHECK((gs = el_gosrc_new(NULL)) != NULL, "el_gosrc_new");
	FZ_CHECK(el_gosrc_open(gs, path, &f) == 0, "el_gosrc_open %s", path);
	src = el_gofile_text(f, &len);
	FZ_CHECK(len == size && (size == 0 || memcmp(src, data, size) == 0),
	         "the cache's text differs from the file");
	FZ_CHECK(el_directives_scan(f, &v, NULL) == 0, "el_directives_scan");
	FZ_CHECK(v.len <= count_marks(src, len), "%zu directives, %zu marks", v.len,
	         count_marks(src, len));
	FZ_CHECK(v.len == 0 || el_directives_present(src, len), "directives but no mark");
	for (i = 0; i < v.len; i++) {
		const el_directive *d = &EL_VEC_AT(&v, el_directive, i);
		if (i > 0) {
			const el_directive *p = &EL_VEC_AT(&v, el_directive, i - 1);
			FZ_CHECK(p->line < d->line || (p->line == d->line && p->col < d->col),
			         "directive %zu at %lu:%lu after one at %lu:%lu", i, d->line,
			         d->col, p->line, p->col);
		}
		check_directive(f, src, len, d);
	}
	check_dirset(gs, &v);
	el_directives_release(&v, NULL);
	el_gosrc_free(gs);
	return 0;
}
