/*
 * internal.h -- declarations shared by libescapelint's modules, not
 * installed.  Struct bodies of the public opaque types live here too.
 */
#ifndef EL_INTERNAL_H
#define EL_INTERNAL_H

#include <stdarg.h>
#include <stddef.h>
#include <string.h>

#include "escapelint.h"

#if defined(__GNUC__)
#define EL_PRINTF(f, a) __attribute__((format(printf, f, a)))
#define EL_LIKELY(x) __builtin_expect(!!(x), 1)
#define EL_UNLIKELY(x) __builtin_expect(!!(x), 0)
#else
#define EL_PRINTF(f, a)
#define EL_LIKELY(x) (x)
#define EL_UNLIKELY(x) (x)
#endif

/* mem.c: allocation through an el_allocator (NULL: the C library's). */
void *el_malloc(const el_allocator *a, size_t size);
void *el_realloc(const el_allocator *a, void *ptr, size_t size);
void el_free(const el_allocator *a, void *ptr);

/* mem.c: a growable byte buffer; {0} is an empty buffer. */
typedef struct el_buf {
	char *ptr;
	size_t len;
	size_t cap;
} el_buf;

/* Make room for extra more bytes; 0 on success, -1 when out of memory. */
int el_buf_reserve(el_buf *b, size_t extra, const el_allocator *a);
/* Append n bytes; 0 on success, -1 when out of memory. */
int el_buf_append(el_buf *b, const void *data, size_t n, const el_allocator *a);
/* Release the buffer's memory and make it empty. */
void el_buf_release(el_buf *b, const el_allocator *a);

/* error.c: fill *e; the message is formatted like printf. */
void el_error_set(el_error *e, el_status status, unsigned long line,
                  unsigned long column, const char *fmt, ...) EL_PRINTF(5, 6);
void el_error_clear(el_error *e);

/* utf8.c: a NUL-terminated copy of s in b (b is reset first) where every
 * byte that is not part of valid UTF-8, and NUL, is U+FFFD.  Returns b's
 * data or NULL when out of memory. */
const char *el_utf8_clean(el_buf *b, el_str s, const el_allocator *a);

/* classify.c: type one logical line (no newline) into *rec.  Fills kind,
 * flags (EL_F_HAS_POS and the kind's), pos, text and rec->as; leaves line,
 * nlines, package and variant to the caller. */
void el_classify(const char *s, size_t n, el_record *rec);

/* Small string helpers shared by the modules. */
static inline el_str el_str_make(const char *p, size_t n)
{
	el_str s = { p, n };
	return s;
}

static inline int el_starts(const char *s, size_t n, const char *lit, size_t litlen)
{
	return n >= litlen && memcmp(s, lit, litlen) == 0;
}

static inline int el_ends(const char *s, size_t n, const char *lit, size_t litlen)
{
	return n >= litlen && memcmp(s + n - litlen, lit, litlen) == 0;
}

/* Literal helpers: the length of a string literal. */
#define EL_LIT(s) (s), (sizeof(s) - 1)

#endif /* EL_INTERNAL_H */
