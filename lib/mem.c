/*
 * mem.c -- allocation through a replaceable allocator, and the growable
 * byte buffer used for partial lines and joined raw-string records.
 */
#include <stdint.h>
#include <stddef.h>
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

/* See internal.h. */
char *el_strdup(const char *s, const el_allocator *a)
{
	size_t n = strlen(s) + 1;
	char *d = el_malloc(a, n);

	if (d)
		memcpy(d, s, n);
	return d;
}

/* Free b's storage; b is empty and reusable afterwards. */
void el_buf_release(el_buf *b, const el_allocator *a)
{
	el_free(a, b->ptr);
	b->ptr = NULL;
	b->len = b->cap = 0;
}

/* See internal.h. */
void *el_vec_push(el_vec *v, size_t size, const el_allocator *a)
{
	char *p;

	if (v->len == v->cap) {
		size_t cap = v->cap ? v->cap * 2 : 16;
		if (cap > SIZE_MAX / size)
			return NULL;
		p = el_realloc(a, v->ptr, cap * size);
		if (!p)
			return NULL;
		v->ptr = p;
		v->cap = cap;
	}
	p = (char *)v->ptr + v->len++ * size;
	memset(p, 0, size);
	return p;
}

/* See internal.h. */
void el_vec_release(el_vec *v, const el_allocator *a)
{
	el_free(a, v->ptr);
	v->ptr = NULL;
	v->len = v->cap = 0;
}

struct el_arena_chunk {
	el_arena_chunk *next;
	size_t size;
	/* data follows, aligned for any object */
	max_align_t data[];
};

/* See internal.h. */
void *el_arena_alloc(el_arena *ar, size_t size, const el_allocator *a)
{
	el_arena_chunk *c = ar->head;
	size_t align = sizeof(max_align_t);

	size = (size + align - 1) / align * align;
	while (!c || ar->used + size > c->size) {
		/* the next kept chunk, if it is big enough, else a new one */
		el_arena_chunk *next = c ? c->next : ar->first;
		if (next && size <= next->size) {
			c = ar->head = next;
			ar->used = 0;
			break;
		}
		{
			size_t csize = size > ((size_t)1 << 16) ? size : ((size_t)1 << 16);
			el_arena_chunk *n = el_malloc(a, sizeof *n + csize);
			if (!n)
				return NULL;
			n->size = csize;
			/* insert after c, so kept chunks after it stay reusable */
			if (c) {
				n->next = c->next;
				c->next = n;
			} else {
				n->next = ar->first;
				ar->first = n;
			}
			c = ar->head = n;
			ar->used = 0;
		}
	}
	ar->used += size;
	return (char *)c->data + ar->used - size;
}

/* See internal.h. */
el_str el_arena_str(el_arena *ar, el_str s, const el_allocator *a)
{
	char *p;

	if (s.len == 0)
		return el_str_make("", 0);
	p = el_arena_alloc(ar, s.len, a);
	if (!p)
		return el_str_make(NULL, 0);
	memcpy(p, s.ptr, s.len);
	return el_str_make(p, s.len);
}

/* See internal.h. */
void el_arena_reset(el_arena *ar)
{
	ar->head = NULL;
	ar->used = 0;
}

/* See internal.h. */
void el_arena_release(el_arena *ar, const el_allocator *a)
{
	el_arena_chunk *c = ar->first;

	while (c) {
		el_arena_chunk *next = c->next;
		el_free(a, c);
		c = next;
	}
	ar->first = ar->head = NULL;
	ar->used = 0;
}

/* FNV-1a, continued from h. */
unsigned long long el_hash(const void *data, size_t n, unsigned long long h)
{
	const unsigned char *p = data;
	size_t i;

	for (i = 0; i < n; i++) {
		h ^= p[i];
		h *= 1099511628211ULL;
	}
	return h;
}

/* Grow the table to twice its size (or 64) and re-insert. */
static int map_grow(el_map *m, const el_allocator *a)
{
	size_t cap = m->cap ? m->cap * 2 : 64, i;
	unsigned long long *h = el_malloc(a, cap * sizeof *h);
	size_t *v = el_malloc(a, cap * sizeof *v);
	el_map old = *m;

	if (!h || !v) {
		el_free(a, h);
		el_free(a, v);
		return -1;
	}
	for (i = 0; i < cap; i++)
		v[i] = SIZE_MAX;
	m->hashes = h;
	m->vals = v;
	m->cap = cap;
	m->len = 0;
	for (i = 0; i < old.cap; i++)
		if (old.vals[i] != SIZE_MAX)
			el_map_put(m, old.hashes[i], old.vals[i], a);
	el_free(a, old.hashes);
	el_free(a, old.vals);
	return 0;
}

/* See internal.h. */
int el_map_put(el_map *m, unsigned long long hash, size_t val, const el_allocator *a)
{
	size_t i;

	if ((m->len + 1) * 4 > m->cap * 3 && map_grow(m, a) != 0)
		return -1;
	for (i = (size_t)hash & (m->cap - 1); m->vals[i] != SIZE_MAX; i = (i + 1) & (m->cap - 1))
		;
	m->hashes[i] = hash;
	m->vals[i] = val;
	m->len++;
	return 0;
}

/* See internal.h. */
int el_map_next(const el_map *m, unsigned long long hash, size_t *it, size_t *val)
{
	size_t i;

	if (m->cap == 0)
		return 0;
	/* *it counts the slots already probed */
	for (i = ((size_t)hash + *it) & (m->cap - 1); m->vals[i] != SIZE_MAX && *it < m->cap;
	     i = (i + 1) & (m->cap - 1)) {
		++*it;
		if (m->hashes[i] == hash) {
			*val = m->vals[i];
			return 1;
		}
	}
	return 0;
}

/* See internal.h. */
void el_map_clear(el_map *m)
{
	size_t i;

	for (i = 0; i < m->cap; i++)
		m->vals[i] = SIZE_MAX;
	m->len = 0;
}

/* See internal.h. */
void el_map_release(el_map *m, const el_allocator *a)
{
	el_free(a, m->hashes);
	el_free(a, m->vals);
	memset(m, 0, sizeof *m);
}
