/*
 * wheres.c -- the source a note's WHERE stands for, when the compiler's
 * text shows names it made up (see gosrc.h).
 */
#include "gosrc.h"

/* See gosrc.h. */
int el_where_needs_source(el_str where)
{
	(void)where;
	return 0;
}

/* See gosrc.h. */
int el_where_source(const el_gofile *f, unsigned long line, unsigned long col, el_str where,
                    el_buf *out, const el_allocator *a)
{
	(void)f;
	(void)line;
	(void)col;
	(void)where;
	(void)out;
	(void)a;
	return 0;
}
