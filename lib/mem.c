/*
 * mem.c -- allocation through a replaceable allocator, and the growable
 * byte buffer used for partial lines and joined raw-string records.
 */
#include <stdint.h>
#include <stdlib.h>

#include "internal.h"

/* Allocate size bytes with a's malloc, or the C library's. */
void *el_malloc(const el_allocator *a, size_t size)
{
	if (a && a->malloc)
		return a->malloc(size, a->ctx);
	return malloc(size);
}

/* Resize ptr with a's realloc, or the C library's. */
void *el_realloc(const el_allocator *a, void *ptr, size_t size)
{
	if (a && a->realloc)
		return a->realloc(ptr, size, a->ctx);
	return realloc(ptr, size);
}

/* Free ptr with a's free, or the C library's; NULL is allowed. */
void el_free(const el_allocator *a, void *ptr)
{
	if (!ptr)
		return;
	if (a && a->free)
		a->free(ptr, a->ctx);
	else
		free(ptr);
}

/* Grow b geometrically so that extra more bytes fit. */
int el_buf_reserve(el_buf *b, size_t extra, const el_allocator *a)
{
	size_t need, cap;
	char *p;

	if (extra > SIZE_MAX - b->len)
		return -1;
	need = b->len + extra;
	if (need <= b->cap)
		return 0;
	cap = b->cap ? b->cap : 256;
	while (cap < need)
		cap = cap > SIZE_MAX / 2 ? need : cap * 2;
	p = el_realloc(a, b->ptr, cap);
	if (!p)
		return -1;
	b->ptr = p;
	b->cap = cap;
	return 0;
}

/* Append n bytes of data to b. */
int el_buf_append(el_buf *b, const void *data, size_t n, const el_allocator *a)
{
	if (n == 0)
		return 0;
	if (el_buf_reserve(b, n, a) != 0)
		return -1;
	memcpy(b->ptr + b->len, data, n);
	b->len += n;
	return 0;
}

/* Free b's storage; b is empty and reusable afterwards. */
void el_buf_release(el_buf *b, const el_allocator *a)
{
	el_free(a, b->ptr);
	b->ptr = NULL;
	b->len = b->cap = 0;
}
