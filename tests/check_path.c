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

static void expect_module(const char *gomod, const char *want, int lang)
{
	el_str m = el_gomod_path(gomod, strlen(gomod));

	ck_assert_msg(m.len == strlen(want) && memcmp(m.ptr, want, m.len) == 0, "module of %s: %.*s", gomod,
	              (int)m.len, m.ptr);
	ck_assert_int_eq(el_golang_read(gomod, strlen(gomod)), lang);
}

/* go.mod's module and go directives (el_gomod_path, el_golang_read) */
START_TEST(gomod_directives)
{
	expect_module("module example.com/tally\n\ngo 1.19\n", "example.com/tally", 19);
	expect_module("// c\nmodule  \"example.com/q\" // quoted\r\ngo\t1.26.0\r\n", "example.com/q", 26);
	expect_module("go 1.21 // toolchain\nmodule m\n", "m", 21);
	expect_module("modules x\ngolang 1.2\n", "", 0);
	expect_module("", "", 0);
	expect_module("module\ngo\n", "", 0);
}
END_TEST

Suite *path_suite(void)
{
	Suite *s = suite_create("path");
	TCase *tc = tcase_create("paths");

	tcase_add_test(tc, absolute_forms);
	tcase_add_test(tc, below_root);
	tcase_add_test(tc, gomod_directives);
	suite_add_tcase(s, tc);
	return s;
}
