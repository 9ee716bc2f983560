/*
 * fuzz_config.c -- the config-file reader: el_config_parse on the input
 * (as /fuzz/dir/.escapelint.json), then what the command does with a
 * config: --print-config (el_config_write_json) and the path and package
 * filters (el_glob_match, el_package_match) with its patterns.
 *
 * Asserts:
 *  - a parse succeeds with a config and no error, or fails with no config
 *    and an error that has a message and a line within the text;
 *  - what el_config_write_json writes is JSON, parses again as a config,
 *    and writes the same text again (--print-config is a fixed point);
 *  - every glob and package pattern can be matched (in time, which
 *    libFuzzer's -timeout checks) against some paths and against itself,
 *    and a pattern without wildcards matches itself.
 */
#include <string.h>

#include "fuzz.h"

#define NAME "/fuzz/dir/.escapelint.json"

/* The lines of text[0..n) (1 + the newlines). */
static unsigned long count_lines(const char *text, size_t n)
{
	unsigned long lines = 1;
	size_t i;

	for (i = 0; i < n; i++)
		lines += text[i] == '\n';
	return lines;
}

/* Write c as --print-config does, into b. */
static void print_config(const el_config *c, fz_buf *b)
{
	FZ_CHECK(el_config_write_json(c, fz_buf_write, b) == EL_OK, "el_config_write_json");
	FZ_CHECK(b->len > 0 && b->ptr[b->len - 1] == '\n', "--print-config without a newline");
	FZ_CHECK(fz_json_valid(b->ptr, b->len), "--print-config is not JSON: %.*s", (int)b->len,
	         b->ptr);
}

/* Match the path patterns of list against a few paths and themselves. */
static void globs(char **list, size_t n)
{
	static const char *const paths[] = { "a.go", "cmd/app/main.go", "internal/x/y_test.go",
		                             "vendor/a/b/c/d/e/f/g/h.go", "", "/abs/p.go" };
	size_t i, k;

	for (i = 0; i < n; i++) {
		const char *p = list[i];
		for (k = 0; k < sizeof paths / sizeof paths[0]; k++)
			(void)el_glob_match(p, paths[k]);
		if (p[0] && !strpbrk(p, "*?[\\") && p[strlen(p) - 1] != '/')
			FZ_CHECK(el_glob_match(p, p) == 1,
			         "the literal pattern %s does not match itself", p);
		else
			(void)el_glob_match(p, p);
	}
}

/* Match the package patterns of list against a few import paths and themselves. */
static void packages(char **list, size_t n)
{
	static const char *const paths[] = { "net", "net/http", "example.com/m/internal/x",
		                             "example.com/m", "" };
	size_t i, k;

	for (i = 0; i < n; i++) {
		const char *p = list[i];
		for (k = 0; k < sizeof paths / sizeof paths[0]; k++)
			(void)el_package_match(p, paths[k]);
		if (!strstr(p, "..."))
			FZ_CHECK(el_package_match(p, p) == 1,
			         "the literal pattern %s does not match itself", p);
		else
			(void)el_package_match(p, p);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *text = (const char *)data;
	el_config *c = NULL, *again = NULL;
	el_error err, err2;
	fz_buf one = { 0 }, two = { 0 };
	el_status st;

	st = el_config_parse(text, size, NAME, &c, &err, NULL);
	FZ_CHECK(err.status == st, "error status %d, returned %d", (int)err.status, (int)st);
	if (st != EL_OK) {
		FZ_CHECK(c == NULL, "a failed parse gave a config");
		FZ_CHECK(err.message[0] != '\0', "an error without a message");
		FZ_CHECK(err.line <= count_lines(text, size), "error at line %lu of %lu", err.line,
		         count_lines(text, size));
		return 0;
	}
	FZ_CHECK(c != NULL, "a parse without a config");
	FZ_CHECK(c->path && strcmp(c->path, NAME) == 0, "path %s", c->path ? c->path : "(null)");
	globs(c->include, c->ninclude);
	globs(c->exclude, c->nexclude);
	packages(c->packages, c->npackages);

	print_config(c, &one);
	st = el_config_parse(one.ptr, one.len, NAME, &again, &err2, NULL);
	FZ_CHECK(st == EL_OK, "--print-config does not parse again: %lu:%lu: %s\n%.*s", err2.line,
	         err2.column, err2.message, (int)one.len, one.ptr);
	print_config(again, &two);
	FZ_CHECK(fz_buf_eq(&one, &two),
	         "--print-config changes when read back:\n%.*s\n---\n%.*s", (int)one.len, one.ptr,
	         (int)two.len, two.ptr);
	el_config_free(again);
	el_config_free(c);
	fz_buf_free(&one);
	fz_buf_free(&two);
	return 0;
}
