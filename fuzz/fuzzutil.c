/*
 * fuzzutil.c -- helpers shared by the fuzz targets (see fuzz.h).
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "fuzz.h"

#ifndef FUZZ_FIXTURES
#define FUZZ_FIXTURES "tests/fixtures"
#endif

/* See fuzz.h. */
void fz_fail(const char *file, int line, const char *cond, const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "\n%s:%d: assertion failed: %s: ", file, line, cond);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	fflush(stderr);
	__builtin_trap();
}

/* See fuzz.h. */
void fz_chunks_init(fz_chunks *c, uint8_t seed, uint8_t shape)
{
	static const size_t maxes[8] = { 1, 2, 3, 7, 16, 64, 512, 65536 };

	c->state = 0x9e3779b9u ^ ((uint32_t)seed * 0x01000193u);
	if (c->state == 0)
		c->state = 1;
	c->max = maxes[shape & 7];
}

/* See fuzz.h. */
size_t fz_chunks_next(fz_chunks *c, size_t left)
{
	uint32_t x = c->state;
	size_t n;

	/* xorshift32 */
	x ^= x << 13;
	x ^= x >> 17;
	x ^= x << 5;
	c->state = x;
	n = 1 + (size_t)x % c->max;
	return n < left ? n : left;
}

/* See fuzz.h. */
FZ_NOCOV void fz_buf_append(fz_buf *b, const void *data, size_t n)
{
	if (n == 0)
		return;
	if (b->len + n > b->cap) {
		size_t cap = b->cap ? b->cap : 256;
		char *p;
		while (cap < b->len + n)
			cap *= 2;
		p = realloc(b->ptr, cap);
		FZ_CHECK(p != NULL, "out of memory (%zu bytes)", cap);
		b->ptr = p;
		b->cap = cap;
	}
	memcpy(b->ptr + b->len, data, n);
	b->len += n;
}

/* See fuzz.h. */
void fz_buf_free(fz_buf *b)
{
	free(b->ptr);
	b->ptr = NULL;
	b->len = b->cap = 0;
}

/* See fuzz.h. */
FZ_NOCOV int fz_buf_eq(const fz_buf *a, const fz_buf *b)
{
	return a->len == b->len && (a->len == 0 || memcmp(a->ptr, b->ptr, a->len) == 0);
}

/* See fuzz.h. */
FZ_NOCOV int fz_buf_write(const char *buf, size_t len, void *ctx)
{
	fz_buf_append(ctx, buf, len);
	return 0;
}

/* See fuzz.h. */
char *fz_strndup(const void *data, size_t n)
{
	char *s = malloc(n + 1);

	FZ_CHECK(s != NULL, "out of memory (%zu bytes)", n + 1);
	if (n)
		memcpy(s, data, n);
	s[n] = '\0';
	return s;
}

/* See fuzz.h. */
FZ_NOCOV size_t fz_utf8_invalid(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0;

	while (i < n) {
		unsigned c = p[i], need, min, cp, k;
		if (c < 0x80) {
			i++;
			continue;
		}
		if (c >= 0xc2 && c <= 0xdf)
			need = 1, min = 0x80, cp = c & 0x1f;
		else if (c >= 0xe0 && c <= 0xef)
			need = 2, min = 0x800, cp = c & 0x0f;
		else if (c >= 0xf0 && c <= 0xf4)
			need = 3, min = 0x10000, cp = c & 0x07;
		else
			return i;
		if (n - i <= need)
			return i;
		for (k = 1; k <= need; k++) {
			if ((p[i + k] & 0xc0) != 0x80)
				return i;
			cp = (cp << 6) | (p[i + k] & 0x3f);
		}
		if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
			return i;
		i += need + 1;
	}
	return (size_t)-1;
}

/* See fuzz.h. */
FZ_NOCOV int fz_json_valid(const char *s, size_t n)
{
	const char *end = NULL;
	cJSON *v = cJSON_ParseWithLengthOpts(s, n, &end, 0);
	size_t i;

	if (!v)
		return 0;
	cJSON_Delete(v);
	for (i = (size_t)(end - s); i < n; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\n' && s[i] != '\r')
			return 0;
	return 1;
}

/* See fuzz.h. */
const char *fz_fixtures(const char *rel)
{
	static char buf[4096];
	const char *top = getenv("ESCAPELINT_FUZZ_FIXTURES");

	snprintf(buf, sizeof buf, "%s/%s", top && *top ? top : FUZZ_FIXTURES, rel);
	return buf;
}
