/* check_path.c -- path.c: file names as the compiler prints them made
 * absolute and normalised, and relative to the source root. */
#include <string.h>

#include "check_suites.h"
#include "internal.h"

static void expect_abs(const char *cwd, const char *file, const char *want)
{
	el_buf b = { 0 };

	ck_assert_int_eq(el_path_absolute(&b, cwd, el_str_make(file, strlen(file)), NULL), 0);
	ck_assert_msg(b.len == strlen(want) && memcmp(b.ptr, want, b.len) == 0,
	              "%s + %s: got %.*s, want %s", cwd, file, (int)b.len, b.ptr, want);
	el_buf_release(&b, NULL);
}

START_TEST(absolute_forms)
{
	expect_abs("/home/u/mod", "./x.go", "/home/u/mod/x.go");
	expect_abs("/home/u/mod", "util/util.go", "/home/u/mod/util/util.go");
	expect_abs("/home/u/mod/cmd/app", "../../util/util.go", "/home/u/mod/util/util.go");
	expect_abs("/home/u/mod", "/usr/lib/go-1.19/src/fmt/print.go",
	           "/usr/lib/go-1.19/src/fmt/print.go");
	expect_abs("/", "../../x.go", "/x.go");
	expect_abs("/a//b/", "./c/./d.go", "/a/b/c/d.go");
	expect_abs("/w", "util\\\\util.go", "/w/util/util.go");
	expect_abs("/w", "C:\\\\src\\\\p\\\\x.go", "/C:/src/p/x.go");
}
END_TEST

static void expect_below(const char *root, const char *abs, const char *want)
{
	el_str r = el_path_below(el_str_make(root, strlen(root)), el_str_make(abs, strlen(abs)));

	if (!want) {
		ck_assert_msg(r.ptr == NULL, "%s is not below %s", abs, root);
		return;
	}
	ck_assert_msg(r.ptr && r.len == strlen(want) && memcmp(r.ptr, want, r.len) == 0,
	              "%s below %s", abs, root);
}

START_TEST(below_root)
{
	expect_below("/home/u/mod", "/home/u/mod/x.go", "x.go");
	expect_below("/home/u/mod/", "/home/u/mod/a/x.go", "a/x.go");
	expect_below("/home/u/mod", "/home/u/module/x.go", NULL);
	expect_below("/home/u/mod", "/home/u/mod", NULL);
	expect_below("/", "/x.go", "x.go");
}
END_TEST

Suite *path_suite(void)
{
	Suite *s = suite_create("path");
	TCase *tc = tcase_create("paths");

	tcase_add_test(tc, absolute_forms);
	tcase_add_test(tc, below_root);
	suite_add_tcase(s, tc);
	return s;
}
