/*
 * utf8.c -- make arbitrary input bytes safe for JSON: cJSON takes
 * NUL-terminated strings and copies bytes >= 0x80 through as they are, so
 * every string from the input passes through here first.
 */
#include "internal.h"

/* See internal.h. */
size_t el_utf8_seq(const char *str, size_t n)
{
	const unsigned char *s = (const unsigned char *)str;
	unsigned c = s[0];
	size_t len, i;
	unsigned long cp;

	if (c < 0x80)
		return c ? 1 : 0;
	if (c >= 0xC2 && c <= 0xDF)
		len = 2, cp = c & 0x1F;
	else if (c >= 0xE0 && c <= 0xEF)
		len = 3, cp = c & 0x0F;
	else if (c >= 0xF0 && c <= 0xF4)
		len = 4, cp = c & 0x07;
	else
		return 0;
	if (n < len)
		return 0;
	for (i = 1; i < len; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		cp = (cp << 6) | (s[i] & 0x3F);
	}
	/* Overlong forms, surrogates and code points past U+10FFFF. */
	if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
	    (cp >= 0xD800 && cp <= 0xDFFF))
		return 0;
	return len;
}

/* See internal.h. */
const char *el_utf8_clean(el_buf *b, el_str s, const el_allocator *a)
{
	const unsigned char *p = (const unsigned char *)s.ptr;
	size_t i = 0;

	b->len = 0;
	if (s.len >= ((size_t)-1) / 3 || el_buf_reserve(b, s.len + 1, a) != 0)
		return NULL;
	while (i < s.len) {
		size_t k = el_utf8_seq((const char *)p + i, s.len - i);
		if (k > 0) {
			if (el_buf_append(b, p + i, k, a) != 0)
				return NULL;
			i += k;
		} else {
			if (el_buf_append(b, "\xEF\xBF\xBD", 3, a) != 0)
				return NULL;
			i++;
		}
	}
	if (el_buf_append(b, "", 1, a) != 0)
		return NULL;
	b->len--;
	return b->ptr;
}
