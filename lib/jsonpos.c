/*
 * jsonpos.c -- positions in JSON text that cJSON has parsed, for the
 * readers of JSON files (config.c, baseline.c).
 *
 * cJSON keeps no positions, so a small walker steps through the text in
 * step with cJSON's tree (children are in file order, duplicates
 * included) to find the offset of each key and value; an offset becomes a
 * 1-based line and byte column, and the place where cJSON stopped on a
 * syntax error becomes the place of the error.  The walker takes the
 * text for one that cJSON parsed: it does not check strings again.
 */
#include <stdio.h>

#include "internal.h"

/* See internal.h. */
void el_jtext_pos(el_jtext *t, size_t off, unsigned long *line, unsigned long *col)
{
	size_t i;

	if (off < t->pos_off || t->pos_line == 0) {
		t->pos_off = 0;
		t->pos_line = t->pos_col = 1;
	}
	for (i = t->pos_off; i < off && i < t->len; i++) {
		if (t->text[i] == '\n') {
			t->pos_line++;
			t->pos_col = 1;
		} else {
			t->pos_col++;
		}
	}
	t->pos_off = off;
	*line = t->pos_line;
	*col = t->pos_col;
}

/* Set the EL_ERR_INVALID error msg at offset off in err. */
static void fail(el_jtext *t, el_error *err, size_t off, const char *msg)
{
	unsigned long line, col;

	el_jtext_pos(t, off, &line, &col);
	el_error_set(err, EL_ERR_INVALID, line, col, "%s", msg);
}

/* See internal.h. */
int el_jtext_fail(el_jtext *t, el_error *err, size_t off, const char *fmt, ...)
{
	char msg[sizeof err->message];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	fail(t, err, off, msg);
	return -1;
}

/* ------------------------------------------------------------------ */
/* The walker                                                         */
/* ------------------------------------------------------------------ */

/* See internal.h. */
size_t el_jtext_skip_ws(const el_jtext *t, size_t i)
{
	while (i < t->len && (unsigned char)t->text[i] <= 32)
		i++;
	return i;
}

/* See internal.h. */
size_t el_jtext_skip_string(const el_jtext *t, size_t i)
{
	for (i++; i < t->len && t->text[i] != '"'; i++)
		if (t->text[i] == '\\')
			i++;
	return i + 1;
}

/* The offset after the (already parsed) value at i. */
static size_t skip_value(const el_jtext *t, size_t i)
{
	const char *b = t->text;
	size_t depth = 0;

	if (b[i] == '"')
		return el_jtext_skip_string(t, i);
	if (b[i] != '[' && b[i] != '{') {
		while (i < t->len && (unsigned char)b[i] > 32 && !strchr(",]}", b[i]))
			i++;
		return i;
	}
	while (i < t->len) {
		if (b[i] == '"') {
			i = el_jtext_skip_string(t, i);
			continue;
		}
		if (b[i] == '[' || b[i] == '{')
			depth++;
		else if ((b[i] == ']' || b[i] == '}') && --depth == 0)
			return i + 1;
		i++;
	}
	return i;
}

/* See internal.h. */
void el_jwalk_open(el_jwalk *w, const el_jtext *t, size_t off)
{
	w->t = t;
	w->i = el_jtext_skip_ws(t, off + 1);
}

/* See internal.h. */
size_t el_jwalk_elem(el_jwalk *w)
{
	size_t at = w->i;

	w->i = el_jtext_skip_ws(w->t, skip_value(w->t, at));
	if (w->i < w->t->len && w->t->text[w->i] == ',')
		w->i = el_jtext_skip_ws(w->t, w->i + 1);
	return at;
}

/* See internal.h. */
void el_jwalk_member(el_jwalk *w, size_t *key, size_t *val)
{
	*key = w->i;
	w->i = el_jtext_skip_ws(w->t, el_jtext_skip_string(w->t, w->i));
	w->i = el_jtext_skip_ws(w->t, w->i + 1); /* the ':' */
	*val = el_jwalk_elem(w);
}

/* ------------------------------------------------------------------ */
/* Syntax errors                                                      */
/* ------------------------------------------------------------------ */

/* The last byte before off that is not whitespace, or (size_t)-1. */
static size_t prev_token(const el_jtext *t, size_t off)
{
	while (off > 0)
		if ((unsigned char)t->text[--off] > 32)
			return off;
	return (size_t)-1;
}

/* Whether the innermost array or object open at off is an object. */
static int in_object(const el_jtext *t, size_t off)
{
	char stack[1024];
	size_t depth = 0, i = 0;

	while (i < off) {
		char c = t->text[i];
		if (c == '"') {
			i = el_jtext_skip_string(t, i);
			continue;
		}
		if (c == '[' || c == '{') {
			if (depth == sizeof stack)
				return 0;
			stack[depth++] = c;
		} else if ((c == ']' || c == '}') && depth > 0) {
			depth--;
		}
		i++;
	}
	return depth > 0 && stack[depth - 1] == '{';
}

/* See internal.h. */
size_t el_jtext_syntax_error(el_jtext *t, el_error *err, size_t off, const char *empty_msg)
{
	size_t prev;

	/* cJSON reports a key that is not a string one byte after its start */
	if (off > 0 && off - 1 < t->len && (unsigned char)t->text[off - 1] > 32 &&
	    t->text[off - 1] != '"' && (prev = prev_token(t, off - 1)) != (size_t)-1 &&
	    (t->text[prev] == '{' || t->text[prev] == ',') && in_object(t, off - 1))
		off--;
	if (off >= t->len) {
		if (prev_token(t, t->len) == (size_t)-1)
			fail(t, err, t->len, empty_msg);
		else
			fail(t, err, t->len, "JSON syntax error: unexpected end of file");
		return (size_t)-1;
	}
	prev = prev_token(t, off);
	if ((t->text[off] == '}' || t->text[off] == ']') && prev != (size_t)-1 &&
	    t->text[prev] == ',') {
		fail(t, err, prev, "JSON syntax error: trailing comma");
		return (size_t)-1;
	}
	return off;
}
