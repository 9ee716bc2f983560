/*
 * source.c -- lines of Go source files, for reports: the snippet under a
 * finding in the terminal, columns in UTF-16 code units for SARIF, the
 * extent of a subject.  Findings arrive grouped by function, and chains
 * point into a few files, so a handful of files are kept (least recently
 * used goes first); a file that cannot be read is remembered as such and
 * not tried again while it stays in the cache.
 */
#include "internal.h"

#define SRC_SLOTS 4
#define SRC_MAX_FILE ((size_t)64 << 20)   /* larger "sources" are not Go files */

typedef struct src_file {
	el_buf path;         /* NUL-terminated absolute name; empty: slot unused */
	el_buf text;
	el_vec lines;        /* size_t offsets of line starts */
	int readable;
	unsigned long long used;   /* clock of the last use */
} src_file;

struct el_source {
	el_allocator alloc;
	int has_alloc;
	src_file slots[SRC_SLOTS];
	unsigned long long clock;
	const el_roots *roots;       /* borrowed, or NULL */
};

/* See internal.h. */
void el_source_set_roots(el_source *s, const el_roots *roots)
{
	s->roots = roots;
}

static const el_allocator *SA(const el_source *s)
{
	return s->has_alloc ? &s->alloc : NULL;
}

/* See internal.h. */
el_source *el_source_new(const el_allocator *alloc)
{
	el_source *s = el_malloc(alloc, sizeof *s);

	if (!s)
		return NULL;
	memset(s, 0, sizeof *s);
	if (alloc) {
		s->alloc = *alloc;
		s->has_alloc = 1;
	}
	return s;
}

/* See internal.h. */
void el_source_free(el_source *s)
{
	el_allocator copy;
	const el_allocator *a;
	int i;

	if (!s)
		return;
	copy = s->alloc;
	a = s->has_alloc ? &copy : NULL;
	for (i = 0; i < SRC_SLOTS; i++) {
		el_buf_release(&s->slots[i].path, a);
		el_buf_release(&s->slots[i].text, a);
		el_vec_release(&s->slots[i].lines, a);
	}
	el_free(a, s);
}

/* Load path into slot f; -1 when out of memory (f is then unused). */
static int load(el_source *s, src_file *f, el_str path)
{
	size_t i;
	int rc;

	f->path.len = f->text.len = f->lines.len = 0;
	f->readable = 0;
	if (el_buf_append(&f->path, path.ptr, path.len, SA(s)) != 0 ||
	    el_buf_append(&f->path, "", 1, SA(s)) != 0) {
		f->path.len = 0;
		return -1;
	}
	rc = el_src_read(f->path.ptr, s->roots, &f->text, SA(s));
	if (rc == -2) {
		f->path.len = 0;
		return -1;
	}
	if (rc != 0 || f->text.len > SRC_MAX_FILE || memchr(f->text.ptr, '\0', f->text.len))
		return 0; /* unreadable, or not a source file: remembered as such */
	for (i = 0; i <= f->text.len; i++)
		if (i == 0 || f->text.ptr[i - 1] == '\n') {
			size_t *at = el_vec_push(&f->lines, sizeof *at, SA(s));
			if (!at) {
				f->path.len = 0;
				return -1;
			}
			*at = i;
		}
	f->readable = 1;
	return 0;
}

/* See internal.h. */
int el_source_line(el_source *s, el_str abs_path, unsigned long line, el_str *out)
{
	src_file *f = NULL, *victim = &s->slots[0];
	size_t start, end;
	int i;

	*out = el_str_make(NULL, 0);
	if (abs_path.len == 0 || line == 0)
		return 0;
	for (i = 0; i < SRC_SLOTS; i++) {
		src_file *c = &s->slots[i];
		if (c->path.len == abs_path.len + 1 && memcmp(c->path.ptr, abs_path.ptr, abs_path.len) == 0) {
			f = c;
			break;
		}
		if (c->used < victim->used)
			victim = c;
	}
	if (!f) {
		f = victim;
		if (load(s, f, abs_path) != 0)
			return -1;
	}
	f->used = ++s->clock;
	if (!f->readable || line > f->lines.len)
		return 0;
	start = EL_VEC_AT(&f->lines, size_t, line - 1);
	end = line < f->lines.len ? EL_VEC_AT(&f->lines, size_t, line) : f->text.len;
	if (start == end && line == f->lines.len)
		return 0; /* past the last line */
	if (end > start && f->text.ptr[end - 1] == '\n')
		end--;
	if (end > start && f->text.ptr[end - 1] == '\r')
		end--;
	*out = el_str_make(f->text.ptr + start, end - start);
	return 1;
}

/* See internal.h. */
unsigned long el_utf16_column(el_str line, unsigned long col)
{
	unsigned long units = 0;
	size_t i;

	if (col == 0 || col - 1 > line.len)
		return col;
	for (i = 0; i < col - 1; i++) {
		unsigned char c = (unsigned char)line.ptr[i];
		if ((c & 0xc0) != 0x80)
			units++;
		if (c >= 0xf0 && c <= 0xf4)
			units++; /* outside the BMP: a surrogate pair */
	}
	return units + 1;
}
