/*
 * filter.c -- path globs (--include, --exclude) and Go package patterns
 * (--packages).
 *
 * A glob is matched segment by segment: each segment of the pattern is an
 * fnmatch(3) pattern for one path segment, and a `**` segment stands for
 * any number of them.  A pattern without '/' is `**` followed by itself
 * (the base name anywhere); one that ends in '/' is followed by `*` and
 * `**` (something under the directory).  Both matchers are greedy with
 * one backtracking point: at worst the product of the two lengths, never
 * exponential.
 */
#include <fnmatch.h>
#include <stdlib.h>

#include "internal.h"

/* Skip leading "./" (and the slashes after it). */
static const char *skip_dot_slash(const char *s)
{
	while (s[0] == '.' && s[1] == '/') {
		s += 2;
		while (*s == '/')
			s++;
	}
	return s;
}

/* The next non-empty segment at or after s (segments end in NUL, the
 * list ends at end). */
static const char *seg_first(const char *s, const char *end)
{
	while (s < end && *s == '\0')
		s++;
	return s;
}

static const char *seg_next(const char *s, const char *end)
{
	return seg_first(s + strlen(s) + 1, end);
}

/* Greedy matching of the pattern segments against the path segments. */
static int segs_match(const char *p, const char *pend, const char *s, const char *send)
{
	const char *star_p = NULL, *star_s = NULL;

	p = seg_first(p, pend);
	s = seg_first(s, send);
	while (s < send) {
		if (p < pend && strcmp(p, "**") == 0) {
			star_p = p = seg_next(p, pend);
			star_s = s;
			continue;
		}
		if (p < pend && fnmatch(p, s, 0) == 0) {
			p = seg_next(p, pend);
			s = seg_next(s, send);
			continue;
		}
		if (!star_p)
			return 0;
		/* let the last `**` take one more segment */
		p = star_p;
		s = star_s = seg_next(star_s, send);
	}
	while (p < pend && strcmp(p, "**") == 0)
		p = seg_next(p, pend);
	return p >= pend;
}

/* Copy s into d with every '/' made a NUL; returns the end. */
static char *split_copy(char *d, const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		d[i] = s[i] == '/' ? '\0' : s[i];
	d[n] = '\0';
	return d + n + 1;
}

/* See escapelint.h. */
int el_glob_match(const char *pattern, const char *path)
{
	char stack[2048], *buf = stack, *p0, *pend, *s0, *send;
	size_t plen, slen, need;
	int anchored, dir, abs_p, abs_s, r;

	pattern = skip_dot_slash(pattern);
	path = skip_dot_slash(path);
	plen = strlen(pattern);
	slen = strlen(path);
	dir = plen > 0 && pattern[plen - 1] == '/';
	while (plen > 0 && pattern[plen - 1] == '/')
		plen--;
	if (plen == 0)
		return 0;
	anchored = memchr(pattern, '/', plen) != NULL;
	abs_p = pattern[0] == '/';
	abs_s = path[0] == '/';
	/* an anchored pattern is relative to the same root as the path */
	if (anchored && abs_p != abs_s && !(!abs_p && el_starts(pattern, plen, EL_LIT("**/"))))
		return 0;
	need = 3 + plen + 1 + 5 + slen + 1;
	if (need > sizeof stack && !(buf = malloc(need)))
		return 0;
	/* pattern: [** /] PATTERN [/ * / **], then the path */
	p0 = buf;
	pend = p0;
	if (!anchored)
		pend = split_copy(pend, "**", 2);
	pend = split_copy(pend, pattern, plen);
	if (dir)
		pend = split_copy(split_copy(pend, "*", 1), "**", 2);
	s0 = pend;
	send = split_copy(s0, path, slen);
	r = segs_match(p0, pend, s0, send);
	if (buf != stack)
		free(buf);
	return r;
}

/* Match name against pattern where "..." matches any string (greedy with
 * one backtracking point). */
static int dots_match(const char *p, size_t pn, const char *s, size_t sn)
{
	size_t i = 0, j = 0, star_i = (size_t)-1, star_j = 0;

	while (j < sn) {
		if (i + 3 <= pn && memcmp(p + i, "...", 3) == 0) {
			i += 3;
			star_i = i;
			star_j = j;
			continue;
		}
		if (i < pn && p[i] == s[j]) {
			i++;
			j++;
			continue;
		}
		if (star_i == (size_t)-1)
			return 0;
		i = star_i;
		j = ++star_j;
	}
	while (i + 3 <= pn && memcmp(p + i, "...", 3) == 0)
		i += 3;
	return i == pn;
}

/* See escapelint.h. */
int el_package_match(const char *pattern, const char *import_path)
{
	size_t pn = strlen(pattern), sn = strlen(import_path);

	if (el_ends(pattern, pn, EL_LIT("/...")) && dots_match(pattern, pn - 4, import_path, sn))
		return 1;
	return dots_match(pattern, pn, import_path, sn);
}
