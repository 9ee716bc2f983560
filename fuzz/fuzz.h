/*
 * fuzz.h -- what the libFuzzer targets of fuzz/ share (fuzzutil.c): the
 * entry points libFuzzer calls, a check that traps with a message, chunk
 * sizes chosen by the input, a memory sink for el_write_fn, and the UTF-8
 * and JSON checks the targets assert with.
 *
 * Every target is one file, fuzz_NAME.c, whose opening comment says what
 * it feeds and what it asserts.  A failed assertion is a crash: libFuzzer
 * saves the input (fuzz/artifacts/ under `make fuzz-smoke`).
 */
#ifndef EL_FUZZ_H
#define EL_FUZZ_H

#include <stddef.h>
#include <stdint.h>

#include "escapelint.h"

/* Harness code that libFuzzer should not count as coverage (the checks
 * of the outputs are not what is fuzzed, and instrumenting them only
 * slows the run down). */
#if defined(__clang__)
#define FZ_NOCOV __attribute__((no_sanitize("coverage")))
#else
#define FZ_NOCOV
#endif

/* libFuzzer's entry points. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);

/* Print what failed and trap (libFuzzer reports a crash and keeps the
 * input). */
void fz_fail(const char *file, int line, const char *cond, const char *fmt, ...)
	__attribute__((noreturn, format(printf, 4, 5)));
#define FZ_CHECK(cond, ...)                                                      \
	do {                                                                     \
		if (!(cond))                                                     \
			fz_fail(__FILE__, __LINE__, #cond, __VA_ARGS__);         \
	} while (0)

/* The sizes of the pieces an input is fed in: a small PRNG seeded by one
 * byte of the input, pieces of 1 to max bytes where another byte picks max
 * (1, 2, 3, 7, 16, 64, 512 or 65536), so chunk boundaries fall anywhere. */
typedef struct fz_chunks {
	uint32_t state;
	size_t max;
} fz_chunks;
void fz_chunks_init(fz_chunks *c, uint8_t seed, uint8_t shape);
/* The next piece, at most left bytes (left > 0). */
size_t fz_chunks_next(fz_chunks *c, size_t left);

/* A growable memory buffer; {0} is empty.  Running out of memory traps. */
typedef struct fz_buf {
	char *ptr;
	size_t len, cap;
} fz_buf;
void fz_buf_append(fz_buf *b, const void *data, size_t n);
void fz_buf_free(fz_buf *b);
/* Do a and b hold the same bytes? */
int fz_buf_eq(const fz_buf *a, const fz_buf *b);
/* An el_write_fn appending to the fz_buf ctx. */
int fz_buf_write(const char *buf, size_t len, void *ctx);
/* A NUL-terminated copy of data[0..n) (free with free()). */
char *fz_strndup(const void *data, size_t n);

/* The offset of the first byte of s[0..n) that is not valid UTF-8
 * (overlong forms, surrogates and code points above U+10FFFF are not),
 * or (size_t)-1 when it is all valid. */
size_t fz_utf8_invalid(const char *s, size_t n);

/* Is s[0..n) one JSON value (cJSON), with only white space around it? */
int fz_json_valid(const char *s, size_t n);

/* An absolute path under the source tree's tests/fixtures (FUZZ_FIXTURES,
 * set by Makefile.am; the environment's ESCAPELINT_FUZZ_FIXTURES wins),
 * in a static buffer. */
const char *fz_fixtures(const char *rel);

#endif /* EL_FUZZ_H */
