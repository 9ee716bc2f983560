/* check_srcmap.c -- srcmap.c: the end of a Go function from its start, on
 * the committed fixture sources (real Go files). */
#include <stdlib.h>
#include <string.h>

#include "check_suites.h"
#include "internal.h"
#include "testutil.h"

/* Offset of 1-based line:col. */
static size_t off(const char *s, int line, int col)
{
	size_t o = 0;
	while (--line > 0)
		o = (size_t)(strchr(s + o, '\n') - s) + 1;
	return o + (size_t)col - 1;
}

/* The 1-based line of offset o. */
static int line_of(const char *s, size_t o)
{
	int l = 1;
	size_t i;
	for (i = 0; i < o; i++)
		l += s[i] == '\n';
	return l;
}

/* End line of the function starting at line:col of the fixture file. */
static int end_line(const char *rel, int line, int col)
{
	size_t len, end;
	char *src = tu_read_file(tu_fixture(rel), &len);
	int r = el_src_func_end(src, len, off(src, line, col), &end) ? line_of(src, end) : -1;
	free(src);
	return r;
}

START_TEST(functions_and_closures)
{
	/* func counter() func() int {  ...  } on lines 5-11 */
	ck_assert_int_eq(end_line("go1.19/03_closure_capture/03_closure_capture.go", 5, 6), 11);
	/* its closure `return func() int {` at 7:9 ends at line 10 */
	ck_assert_int_eq(end_line("go1.19/03_closure_capture/03_closure_capture.go", 7, 9), 10);
	/* nested closures */
	ck_assert_int_eq(end_line("go1.19/03_closure_capture/03_closure_capture.go", 38, 9), 43);
	ck_assert_int_eq(end_line("go1.19/03_closure_capture/03_closure_capture.go", 39, 10), 42);
	/* one-line function */
	ck_assert_int_eq(end_line("go1.19/03_closure_capture/03_closure_capture.go", 28, 6), 28);
}
END_TEST

START_TEST(signatures_with_types)
{
	const char src[] = "func (s *S) F(x struct{ a int }, y interface{ M() }) (r struct {\n"
	                   "\tb string `json:\"{\"`\n"
	                   "}) {\n"
	                   "\t_ = \"}\" + '}' + `}` // }\n"
	                   "\t/* } */\n"
	                   "}\n"
	                   "var after = 1\n";
	size_t end;

	ck_assert(el_src_func_end(src, sizeof src - 1, 5, &end));
	ck_assert_int_eq(line_of(src, end), 6);
	ck_assert_int_eq(src[end], '}');
}
END_TEST

START_TEST(bodyless_and_broken)
{
	const char decl[] = "func asm(p *int) int\n\nfunc next() {\n}\n";
	const char broken[] = "func f() {\n\treturn\n";
	size_t end;

	/* a declaration without a body ends at its line */
	ck_assert(el_src_func_end(decl, sizeof decl - 1, 5, &end));
	ck_assert_int_eq(line_of(decl, end), 1);
	/* an unterminated body has no end */
	ck_assert(!el_src_func_end(broken, sizeof broken - 1, 5, &end));
}
END_TEST

Suite *srcmap_suite(void)
{
	Suite *s = suite_create("srcmap");
	TCase *tc = tcase_create("ends");

	tcase_add_test(tc, functions_and_closures);
	tcase_add_test(tc, signatures_with_types);
	tcase_add_test(tc, bodyless_and_broken);
	suite_add_tcase(s, tc);
	return s;
}
