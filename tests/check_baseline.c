/* check_baseline.c (placeholder: being written). */
#include "check_suites.h"

Suite *baseline_suite(void)
{
	Suite *s = suite_create("baseline");
	return s;
}
