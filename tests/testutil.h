/* testutil.h -- helpers shared by the unit tests. */
#ifndef TESTUTIL_H
#define TESTUTIL_H

#include <stddef.h>

#include "escapelint.h"

/* A growing string. */
typedef struct tu_str {
	char *ptr;
	size_t len;
	size_t cap;
} tu_str;

void tu_str_add(tu_str *s, const char *data, size_t n);
void tu_str_free(tu_str *s);

/* el_write_fn into the tu_str ctx. */
int tu_to_str(const char *buf, size_t len, void *ctx);
/* el_write_fn that always fails. */
int tu_write_fails(const char *buf, size_t len, void *ctx);

/* A fresh directory /tmp/name.XXXXXX, its name in buf. */
void tu_make_tmpdir(char *buf, size_t cap, const char *name);
/* Create (or replace) the file path with len bytes of data. */
void tu_write_file(const char *path, const char *data, size_t len);

/* Read a whole file (aborts the test when it cannot); *len gets its size. */
char *tu_read_file(const char *path, size_t *len);

/* The path of a committed fixture: FIXTURES_DIR "/" rel (static buffer). */
const char *tu_fixture(const char *rel);

/*
 * Parse buf fed in pieces of chunk bytes (0: all at once) and return every
 * record as --dump-records JSON lines (caller frees).  Stats go to *stats
 * when not NULL.  Fails the test when the parser reports an error.
 */
char *tu_parse(const char *buf, size_t len, size_t chunk, el_stats *stats);

/* Parse buf whole and return the first record of kind k copied as JSON
 * (caller frees), or NULL when there is none. */
char *tu_first_of_kind(const char *buf, el_kind k);

/* Parse one line (plus newline) and return its kind. */
el_kind tu_kind_of(const char *line);

/*
 * Group a committed fixture log (path relative to FIXTURES_DIR) as the
 * command does from the log's directory (the source root, sources read
 * when read_sources) and return the JSON report lines (caller frees).
 * Group stats go to *gs when not NULL.
 */
char *tu_group(const char *rel, int read_sources, el_group_stats *gs);

/* The same for a log given as text (no sources read). */
char *tu_group_text(const char *text, el_group_stats *gs);

/* The line of a JSON report holding every fragment (NULL-terminated), as a
 * new string, or NULL. */
char *tu_line_with(const char *report, const char *const frags[]);

/* An allocator whose allocation number countdown (0-based) fails; failed
 * tells whether it has, live how many blocks it handed out and did not get
 * back.  tu_failing_init fills alloc to use it. */
typedef struct tu_failing {
	long countdown;
	int failed;
	long live;
} tu_failing;

void tu_failing_init(tu_failing *f, long countdown, el_allocator *alloc);

/*
 * Make each allocation of fn fail in turn: run fn with allocation number
 * k failing for k = 0, 1, 2 ... until a run in which none fails (fewer
 * than 1000).  fn runs the code under test with alloc and err, frees what
 * it made and returns the status: EL_ERR_NOMEM (err's too) when an
 * allocation failed, want otherwise.  No run may leak.  Returns k of the
 * last run: how many allocations succeeding takes.
 */
typedef el_status (*tu_alloc_fn)(el_allocator *alloc, el_error *err, void *ctx);
long tu_fail_each_allocation(tu_alloc_fn fn, void *ctx, el_status want);

#endif
