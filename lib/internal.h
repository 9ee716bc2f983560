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

/* mem.c: a copy of the C string s; NULL when out of memory. */
char *el_strdup(const char *s, const el_allocator *a);

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

/* mem.c: a growable array of fixed-size elements; {0} is empty. */
typedef struct el_vec {
	void *ptr;
	size_t len;
	size_t cap;
} el_vec;

/* Append one zeroed element of size bytes; its address, or NULL (no memory). */
void *el_vec_push(el_vec *v, size_t size, const el_allocator *a);
void el_vec_release(el_vec *v, const el_allocator *a);
#define EL_VEC_AT(v, type, i) (((type *)(v)->ptr)[i])

/* mem.c: a bump allocator; reset keeps the memory for the next use. */
typedef struct el_arena_chunk el_arena_chunk;
typedef struct el_arena {
	el_arena_chunk *head;   /* chunk being filled */
	el_arena_chunk *first;  /* all chunks, in order */
	size_t used;            /* bytes used in head */
} el_arena;

void *el_arena_alloc(el_arena *ar, size_t size, const el_allocator *a);
/* Copy s into the arena; returns the copy (s itself when empty), or a
 * slice with ptr NULL when out of memory. */
el_str el_arena_str(el_arena *ar, el_str s, const el_allocator *a);
void el_arena_reset(el_arena *ar);
void el_arena_release(el_arena *ar, const el_allocator *a);

/* mem.c: a multimap from 64-bit hashes to indexes (open addressing). */
typedef struct el_map {
	unsigned long long *hashes;
	size_t *vals;
	size_t cap;             /* a power of two, or 0 */
	size_t len;
} el_map;

unsigned long long el_hash(const void *data, size_t n, unsigned long long h);
#define EL_HASH_SEED 1469598103934665603ULL
/* Add (hash, val); 0 on success, -1 when out of memory. */
int el_map_put(el_map *m, unsigned long long hash, size_t val, const el_allocator *a);
/* Iterate the values stored under hash: start with *it = 0; returns 1 and
 * sets *val while there are more. */
int el_map_next(const el_map *m, unsigned long long hash, size_t *it, size_t *val);
void el_map_clear(el_map *m);
void el_map_release(el_map *m, const el_allocator *a);

static inline int el_str_eq(el_str a, el_str b)
{
	return a.len == b.len && (a.len == 0 || memcmp(a.ptr, b.ptr, a.len) == 0);
}

/* What reports show for a note's WHERE: the source it stands for, when
 * known, else the compiler's text. */
static inline el_str el_note_where(const el_note *n)
{
	return n->source.len ? n->source : n->where;
}

/* callee.c: the function called in a WHERE such as `fmt.Sprintf("%d", ... argument...)`:
 * the text before the call's '(' (a leading `(*T)` group kept), or an empty
 * slice when WHERE is not a call. */
el_str el_callee_of(el_str where);

/* error.c: fill *e; the message is formatted like printf. */
void el_error_set(el_error *e, el_status status, unsigned long line,
                  unsigned long column, const char *fmt, ...) EL_PRINTF(5, 6);
void el_error_clear(el_error *e);
/* error.c: set the out-of-memory error in *e; returns -1. */
int el_error_nomem(el_error *e);

/* utf8.c: the length of the valid UTF-8 sequence at s[0..n) (n > 0), or 0
 * when it is not one (NUL included). */
size_t el_utf8_seq(const char *s, size_t n);

/* utf8.c: a NUL-terminated copy of s in b (b is reset first) where every
 * byte that is not part of valid UTF-8, and NUL, is U+FFFD.  Returns b's
 * data or NULL when out of memory. */
const char *el_utf8_clean(el_buf *b, el_str s, const el_allocator *a);

/* srcmap.c: read a whole file into b; 0 on success, -1 when it cannot be
 * read, -2 when out of memory. */
/* srcmap.c: read the regular file at path (at most max bytes; FIFOs and
 * devices refused without blocking) into b (reset first).  Errors in
 * *err have line 0: "cannot open: ...", "is a directory, not WHAT", "not
 * a regular file", "larger than N MiB", "cannot read: ...", out of
 * memory (EL_ERR_NOMEM).  b keeps what was read; the caller releases it. */
el_status el_file_read(const char *path, size_t max, const char *what, el_buf *b, el_error *err,
                       const el_allocator *a);
/* The largest Go source file read (bytes). */
#define EL_SRC_MAX (16u << 20)
/* Where Go sources may be read from: files whose real path (symbolic
 * links and `..` resolved) lies below one of these directories.  A log
 * controlled by someone else names any path (`//line /etc/passwd:1`, a
 * symbolic link in the tree), and a report must not show lines of files
 * outside the build's roots.  No directory: no restriction. */
#define EL_ROOTS_MAX 4
typedef struct el_roots {
	char *dir[EL_ROOTS_MAX];   /* real paths, without a trailing '/' ("/" itself kept) */
	size_t n;
} el_roots;
/* Add dir (a directory that cannot be resolved is not added); -1 when out
 * of memory. */
int el_roots_add(el_roots *r, const char *dir, const el_allocator *a);
void el_roots_release(el_roots *r, const el_allocator *a);
/* May path be read (r NULL or empty: yes)? */
int el_roots_allow(const el_roots *r, const char *path);
/* Read the Go source at path into b (reset first): 0, -1 when it cannot
 * be read (missing, outside roots, not a regular file, larger than
 * EL_SRC_MAX; opened without blocking), -2 when out of memory. */
int el_src_read(const char *path, const el_roots *roots, el_buf *b, const el_allocator *a);

/* source.c: a small cache of source files and their lines. */
typedef struct el_source el_source;
el_source *el_source_new(const el_allocator *alloc);
/* Read only files below roots (borrowed; NULL: any). */
void el_source_set_roots(el_source *s, const el_roots *roots);
void el_source_free(el_source *s);
/* Line `line` (1-based, without its newline) of the file at abs_path in
 * *out: 1 when found, 0 when the file cannot be read or is shorter, -1
 * when out of memory.  The text stays valid until the next call. */
int el_source_line(el_source *s, el_str abs_path, unsigned long line, el_str *out);
/* The 1-based UTF-16 column of the 1-based byte column col of line (col
 * itself when it lies beyond the line). */
unsigned long el_utf16_column(el_str line, unsigned long col);

/* path.c: the lexically normalised absolute form of file (relative names
 * are taken from cwd) in out; 0 on success, -1 when out of memory. */
int el_path_absolute(el_buf *out, const char *cwd, el_str file, const el_allocator *a);
/* path.c: the part of abs below root ("a/b.go"), or a slice with ptr NULL
 * when abs is not below root. */
el_str el_path_below(el_str root, el_str abs);
/* path.c: where go build -trimpath's file names are: MODULE/dir/f.go in
 * module_dir, PATH@VERSION/dir/f.go in module_cache, any other relative
 * name (a standard package) in goroot_src.  module NULL: no -trimpath. */
typedef struct el_trim {
	char *module, *module_dir, *goroot_src, *module_cache;
} el_trim;
/* Copy the options' strings into t (NULLs stay NULL); -1 out of memory. */
int el_trim_init(el_trim *t, const char *module, const char *module_dir,
                 const char *goroot_src, const char *module_cache, const el_allocator *a);
void el_trim_release(el_trim *t, const el_allocator *a);
/* path.c: el_path_absolute, with the names of t (may be NULL). */
int el_path_resolve(el_buf *out, const char *cwd, const el_trim *t, el_str file,
                    const el_allocator *a);

/* jsonpos.c: positions in a JSON text cJSON has parsed (it keeps none),
 * for the file readers (config.c, baseline.c).  {text, len} and zeros
 * elsewhere is a fresh one. */
typedef struct el_jtext {
	const char *text;       /* text[len] is NUL */
	size_t len;
	/* the last position computed: offsets mostly grow */
	size_t pos_off;
	unsigned long pos_line, pos_col;
} el_jtext;

/* The 1-based line and byte column of offset off. */
void el_jtext_pos(el_jtext *t, size_t off, unsigned long *line, unsigned long *col);
/* Set an EL_ERR_INVALID error in err at offset off, the message formatted
 * like printf; returns -1. */
int el_jtext_fail(el_jtext *t, el_error *err, size_t off, const char *fmt, ...) EL_PRINTF(4, 5);
/* The offset of the first byte from i on that is not cJSON's whitespace
 * (every byte up to the space). */
size_t el_jtext_skip_ws(const el_jtext *t, size_t i);
/* The offset after the (already parsed) string at i. */
size_t el_jtext_skip_string(const el_jtext *t, size_t i);

/* jsonpos.c: a position inside an array or object, stepped in step with
 * cJSON's tree (children are in file order, duplicates included). */
typedef struct el_jwalk {
	const el_jtext *t;
	size_t i;
} el_jwalk;

/* Start at the '[' or '{' at off. */
void el_jwalk_open(el_jwalk *w, const el_jtext *t, size_t off);
/* The offset of the next element, and step over it. */
size_t el_jwalk_elem(el_jwalk *w);
/* The offsets of the next member's key and value, and step over it. */
void el_jwalk_member(el_jwalk *w, size_t *key, size_t *val);

/* jsonpos.c: the syntax error cJSON stopped at off on (return_parse_end;
 * past the end: at the end).  When the text is empty (white space only:
 * the message is empty_msg), ends too early or has a trailing comma, set
 * it in err and return (size_t)-1; otherwise return the offset of the
 * token cJSON refused, for the caller to say what is wrong there. */
size_t el_jtext_syntax_error(el_jtext *t, el_error *err, size_t off, const char *empty_msg);

/* rules_embedded.c (generated by tools/embed from rules/): the default
 * rule files. */
typedef struct el_embedded_rule {
	const char *name;
	const char *text;
	size_t len;
} el_embedded_rule;
extern const el_embedded_rule el_embedded_rules[];
extern const size_t el_embedded_rules_count;

/* rules.c: a rule's embedded test snippets (positive or negative). */
size_t el_rule__tests(const el_rule *r, int positive, const char *const **out);

/* classify.c: the first occurrence of lit in s[0..n), or NULL. */
const char *el_find(const char *s, size_t n, const char *lit, size_t litlen);

/*
 * classify.c: skip a Go string, rune or raw-string literal starting at s[0]
 * (a quote character); returns its length (up to n when it does not
 * close), or 0 when s does not start one: an apostrophe starts a rune
 * literal only when one well-formed rune follows, since prose uses them.
 */
size_t el_skip_literal(const char *s, size_t n);

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

/* goversion.c: the Go release and the module's language version. */
void el_gover_init(el_goversion *v);
/* The releases object o was judged for (unknown bounds: every release). */
void el_gover_of_object(el_goversion *v, const el_object *o);
/* Set the release the caller knows ("go1.26.8", "1.25"), said by source;
 * -1 when version is not one. */
int el_gover_give(el_goversion *v, const char *version, const char *source);
/* Narrow v by what r shows (see goversion.c). */
void el_gover_record(el_goversion *v, const el_record *r);
/* The minor language version of a go.mod's `go` line (0 when none). */
int el_golang_read(const char *gomod, size_t len);
/* The module path a go.mod declares (`module example.com/x`), empty when
 * it declares none. */
el_str el_gomod_path(const char *gomod, size_t len);

#endif /* EL_INTERNAL_H */
