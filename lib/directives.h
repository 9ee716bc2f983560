/*
 * directives.h -- `//escapelint:` comments in Go source (directives.c):
 * suppressions (ignore, file-ignore) and allocation assertions (noalloc,
 * inline, noescape).  Internal to the library; the grouper scans the
 * files of each package it reads and applies them.
 *
 * The forms, as a user writes them:
 *
 *   x := f() //escapelint:ignore interface-boxing,EL124 the API needs any
 *   //escapelint:ignore RULE[,RULE] reason      (applies to the next line)
 *   //escapelint:file-ignore RULE[,RULE] reason (anywhere: the whole file)
 *   //escapelint:noalloc                        (in a function's doc comment)
 *   //escapelint:inline                         (in a function's doc comment)
 *   y := g() //escapelint:noescape              (or on the line above)
 *
 * RULE is a rule name or id as written (checked against the rule set by
 * the caller), or `all`.  The reason is the rest of the comment after the
 * rule list; a suppression without one is a bad directive.
 */
#ifndef EL_DIRECTIVES_H
#define EL_DIRECTIVES_H

#include "gosrc.h"

typedef enum el_directive_kind {
	EL_DIR_IGNORE,       /* //escapelint:ignore: one line (target) */
	EL_DIR_FILE_IGNORE,  /* //escapelint:file-ignore: the whole file */
	EL_DIR_NOALLOC,      /* //escapelint:noalloc: a function */
	EL_DIR_INLINE,       /* //escapelint:inline: a function */
	EL_DIR_NOESCAPE,     /* //escapelint:noescape: one line (target) */
	EL_DIR_BAD           /* malformed: problem says why */
} el_directive_kind;

typedef struct el_directive {
	el_directive_kind kind;
	unsigned long line, col;     /* 1-based position of the comment's `//` */
	/* IGNORE, NOESCAPE: the line it applies to -- the comment's own line
	 * when code precedes it on that line, else the next line that holds
	 * code (blank lines and other comments skipped) */
	unsigned long target;
	/* NOALLOC, INLINE: the function whose doc comment holds it (the
	 * comment group directly above a function or method declaration):
	 * decl_line:decl_col is where the compiler reports the function (a
	 * function's name, a method's receiver '('), end_line:end_col the
	 * last byte of the declaration (its closing '}'), and func its name
	 * as the compiler prints it: F, T.M, (*T).M (type parameters left
	 * out: (*List).Push).  A noalloc/inline comment that is not in a doc
	 * comment is EL_DIR_BAD. */
	unsigned long decl_line, decl_col, end_line, end_col;
	char *func;
	/* IGNORE, FILE_IGNORE: the rule names/ids as written (or "all") */
	char **rules;
	size_t nrules;
	char *reason;                /* IGNORE, FILE_IGNORE: NULL when missing (then BAD) */
	char *problem;               /* BAD: what is wrong, e.g. "unknown directive
	                                //escapelint:noalloca" or "a suppression needs a
	                                reason: //escapelint:ignore RULE reason" */
	int used;                    /* for the caller: set when it silenced a finding */
} el_directive;

/* Whether text may hold a directive: a cheap check (the bytes
 * "//escapelint:") to run before a file is parsed. */
int el_directives_present(const char *text, size_t len);

/*
 * Append the directives of the parsed file f to out (an el_vec of
 * el_directive), in source order.  Only comments that start with
 * `//escapelint:` (no space after `//`, as for //go: directives) count;
 * anything after the directive name that does not fit its form makes it
 * EL_DIR_BAD with a problem.  Returns 0, or -2 when out of memory (out
 * then holds what was appended so far, to be released).
 */
int el_directives_scan(const el_gofile *f, el_vec *out, const el_allocator *a);

/* Free the strings of one directive (it is zeroed). */
void el_directive_clear(el_directive *d, const el_allocator *a);

/* Free the strings of every directive in v and the vector itself. */
void el_directives_release(el_vec *v, const el_allocator *a);


/* ------------------------------------------------------------------ */
/* The directives of a run (dirset.c)                                 */
/* ------------------------------------------------------------------ */

/* One directive as the run keeps it, with its file (absolute). */
typedef struct el_dirent {
	el_directive d;
	char *file;                  /* absolute path */
	char *text;                  /* the comment as written (at most 200 bytes) */
	char *package;               /* import path of the package that read it */
	int reported;                /* a finding about the directive itself was given */
	int found;                   /* NOALLOC, INLINE: the function was in a build */
	int built;                   /* its file had functions in a build */
	int m1;                      /* a build that read it was -m output (no cannot-inline) */
} el_dirent;

typedef struct el_dirset el_dirset;

el_dirset *el_dirset_new(const el_allocator *a);
/* Read only files below roots (borrowed; NULL: any). */
void el_dirset_set_roots(el_dirset *d, const el_roots *roots);
void el_dirset_free(el_dirset *d);

/*
 * Read the .go files of dir (absolute, with its trailing '/'; _test.go
 * files only with tests): which are generated (`// Code generated ... DO
 * NOT EDIT.` before the package clause) and the directives of those
 * holding "//escapelint:" (parsed through gs).  Files read before are
 * skipped.  0, or -2 when out of memory.
 */
int el_dirset_load(el_dirset *d, el_gosrc *gs, const char *dir, int tests, el_str package);

/* Is the file at the absolute path generated (as read by a load)? */
int el_dirset_generated(const el_dirset *d, const char *file);

/* All directives read so far, in the order read. */
size_t el_dirset_count(const el_dirset *d);
el_dirent *el_dirset_at(el_dirset *d, size_t i);

/* The NOALLOC directive of a function whose extent holds file:line, or
 * the INLINE one of the function declared at file:line (kind says
 * which); NULL when none. */
el_dirent *el_dirset_function(el_dirset *d, const char *file, unsigned long line,
                              el_directive_kind kind);
/* The NOESCAPE directive for file:line, or NULL. */
el_dirent *el_dirset_noescape(el_dirset *d, const char *file, unsigned long line);
/* The suppression that covers a finding of rule (its name and id) at
 * file:line (an IGNORE aimed at the line or a FILE_IGNORE, naming the rule
 * or "all"), marked used; NULL when none. */
el_dirent *el_dirset_suppression(el_dirset *d, const char *file, unsigned long line,
                                 const char *name, const char *id);

#endif
