/*
 * error.c -- errors as values: status strings and el_error filling.
 */
#include <stdio.h>

#include "internal.h"

/* Describe a status code in a few words. */
const char *el_status_string(el_status status)
{
	switch (status) {
	case EL_OK:
		return "success";
	case EL_ERR_NOMEM:
		return "out of memory";
	case EL_ERR_LIMIT:
		return "limit exceeded";
	case EL_ERR_STOPPED:
		return "stopped by the caller";
	case EL_ERR_STATE:
		return "call out of order";
	case EL_ERR_INVALID:
		return "invalid argument";
	case EL_ERR_IO:
		return "write error";
	}
	return "unknown error";
}

/* Record an error with its position and a formatted message. */
void el_error_set(el_error *e, el_status status, unsigned long line,
                  unsigned long column, const char *fmt, ...)
{
	va_list ap;

	e->status = status;
	e->line = line;
	e->column = column;
	va_start(ap, fmt);
	vsnprintf(e->message, sizeof e->message, fmt, ap);
	va_end(ap);
	if (e->message[0] == '\0')
		snprintf(e->message, sizeof e->message, "%s", el_status_string(status));
}

/* Reset e to "no error". */
void el_error_clear(el_error *e)
{
	e->status = EL_OK;
	e->message[0] = '\0';
	e->line = e->column = 0;
}

/* The library's version string. */
const char *el_version(void)
{
	return EL_VERSION_STRING;
}

/* See internal.h. */
int el_error_nomem(el_error *e)
{
	el_error_set(e, EL_ERR_NOMEM, 0, 0, "out of memory");
	return -1;
}
