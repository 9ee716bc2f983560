/* check_utf8.c -- utf8.c: input bytes made safe for JSON. */
#include <stdio.h>
#include <string.h>

#include "check_suites.h"
#include "internal.h"

static void expect_clean(const char *in, size_t n, const char *want)
{
	el_buf b = { 0 };
	const char *got = el_utf8_clean(&b, el_str_make(in, n), NULL);

	ck_assert_ptr_nonnull(got);
	ck_assert_str_eq(got, want);
	ck_assert_uint_eq(b.len, strlen(want));
	el_buf_release(&b, NULL);
}

START_TEST(valid_text_is_kept)
{
	expect_clean("plain", 5, "plain");
	expect_clean("flow: A \xe2\x86\x90 B", 13, "flow: A \xe2\x86\x90 B");
	expect_clean("\xf0\x9f\x98\x80", 4, "\xf0\x9f\x98\x80");
	expect_clean("", 0, "");
}
END_TEST

START_TEST(bad_bytes_become_replacement)
{
	const char *r = "\xef\xbf\xbd";
	char want[64];

	snprintf(want, sizeof want, "a%sb", r);
	expect_clean("a\0b", 3, want);                 /* NUL */
	expect_clean("a\xffz", 3, "a\xef\xbf\xbdz");   /* invalid byte */
	expect_clean("\xc0\xaf", 2, "\xef\xbf\xbd\xef\xbf\xbd"); /* overlong */
	expect_clean("\xed\xa0\x80", 3, "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd"); /* surrogate */
	expect_clean("\xe2\x86", 2, "\xef\xbf\xbd\xef\xbf\xbd"); /* truncated */
}
END_TEST

Suite *utf8_suite(void)
{
	Suite *s = suite_create("utf8");
	TCase *tc = tcase_create("clean");

	tcase_add_test(tc, valid_text_is_kept);
	tcase_add_test(tc, bad_bytes_become_replacement);
	suite_add_tcase(s, tc);
	return s;
}
