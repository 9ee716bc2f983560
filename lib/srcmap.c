/*
 * srcmap.c -- reading a Go source file whole (gosrc.c parses it).
 */
#include <stdio.h>

#include "internal.h"

/* Read a whole file into b (reset first); 0 on success, -1 when it cannot
 * be read, -2 when out of memory. */
int el_src_read(const char *path, el_buf *b, const el_allocator *a)
{
	FILE *f = fopen(path, "rb");
	size_t got;

	b->len = 0;
	if (!f)
		return -1;
	for (;;) {
		if (el_buf_reserve(b, 1 << 16, a) != 0) {
			fclose(f);
			return -2;
		}
		got = fread(b->ptr + b->len, 1, b->cap - b->len, f);
		b->len += got;
		if (got == 0)
			break;
	}
	if (ferror(f)) {
		fclose(f);
		return -1;
	}
	fclose(f);
	return 0;
}
