/*
 * srcmap.c -- where does a Go function end?  The compiler reports where
 * functions start (the `can inline` / `cannot inline` lines) but not where
 * they end, so a diagnostic after a closure, or in a package-level `var`
 * after a function, cannot be attributed by position alone.  Given the
 * source text and a function's start, this finds the closing brace of its
 * body with a small Go lexer (strings, runes, raw strings and comments
 * skipped; `struct {` and `interface {` in signatures are types, not
 * bodies; a declaration without a body ends at its line's end).
 */
#include <stdio.h>

#include "internal.h"

/* Skip a literal or comment at s[i]; returns the index after it, or i. */
static size_t skip_lexeme(const char *s, size_t n, size_t i)
{
	char c = s[i];

	if (c == '/' && i + 1 < n && s[i + 1] == '/') {
		const char *nl = memchr(s + i, '\n', n - i);
		return nl ? (size_t)(nl - s) : n; /* the newline itself stays */
	}
	if (c == '/' && i + 1 < n && s[i + 1] == '*') {
		for (i += 2; i + 1 < n; i++)
			if (s[i] == '*' && s[i + 1] == '/')
				return i + 2;
		return n;
	}
	if (c == '`') {
		const char *q = memchr(s + i + 1, '`', n - i - 1);
		return q ? (size_t)(q - s) + 1 : n;
	}
	if (c == '"' || c == '\'') {
		for (i++; i < n && s[i] != c && s[i] != '\n'; i++)
			if (s[i] == '\\')
				i++;
		return i < n ? i + 1 : n;
	}
	return i;
}

static int is_ident(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
	       c == '_' || (unsigned char)c >= 0x80;
}

/* Does the text before s[i] end with the keyword kw (after spaces)? */
static int after_keyword(const char *s, size_t i, const char *kw, size_t kwlen)
{
	while (i > 0 && (s[i - 1] == ' ' || s[i - 1] == '\t'))
		i--;
	return i >= kwlen && memcmp(s + i - kwlen, kw, kwlen) == 0 &&
	       (i == kwlen || !is_ident(s[i - kwlen - 1]));
}

/* Index of the bracket that closes the one at s[open], or n. */
static size_t match_close(const char *s, size_t n, size_t open)
{
	int depth = 0;
	size_t i = open;

	while (i < n) {
		size_t j = skip_lexeme(s, n, i);
		char c;
		if (j != i) {
			i = j;
			continue;
		}
		c = s[i];
		if (c == '{' || c == '(' || c == '[')
			depth++;
		else if ((c == '}' || c == ')' || c == ']') && --depth == 0)
			return i;
		i++;
	}
	return n;
}

/*
 * Find the end of the function whose declaration (or `func` literal)
 * starts at s[start].  Returns 1 and sets *end to the offset of its closing
 * brace (or of the end of a body-less declaration), 0 when not found.
 */
int el_src_func_end(const char *s, size_t n, size_t start, size_t *end)
{
	size_t i = start;
	int depth = 0;
	char last = 0; /* last significant character at depth 0 */

	while (i < n) {
		size_t j = skip_lexeme(s, n, i);
		char c;

		if (j != i) {
			last = 'x';
			i = j;
			continue;
		}
		c = s[i];
		if (c == '(' || c == '[') {
			depth++;
		} else if (c == ')' || c == ']') {
			if (--depth < 0)
				return 0;
		} else if (c == '{' && depth == 0) {
			if (after_keyword(s, i, EL_LIT("struct")) ||
			    after_keyword(s, i, EL_LIT("interface"))) {
				i = match_close(s, n, i) + 1;
				last = '}';
				continue;
			} else {
				size_t close = match_close(s, n, i);
				if (close >= n)
					return 0;
				*end = close;
				return 1;
			}
		} else if (c == '{') {
			i = match_close(s, n, i);
		} else if (c == '\n' && depth == 0 && (is_ident(last) || last == ')' ||
		                                       last == ']' || last == '}')) {
			/* an automatic semicolon: a declaration without a body */
			*end = i;
			return 1;
		}
		if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
			last = c;
		if (i < n)
			i++;
	}
	return 0;
}

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
