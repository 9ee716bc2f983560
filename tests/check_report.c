/* check_report.c -- the report writers (lib/report*.c): being written. */
#include <check.h>

#include "check_suites.h"

START_TEST(placeholder)
{
	ck_assert_int_eq(1, 1);
}
END_TEST

Suite *report_suite(void)
{
	Suite *s = suite_create("report");
	TCase *tc = tcase_create("report");

	tcase_add_test(tc, placeholder);
	suite_add_tcase(s, tc);
	return s;
}
