/* check_directives.c (placeholder: being written). */
#include "check_suites.h"

Suite *directives_suite(void)
{
	Suite *s = suite_create("directives");
	return s;
}
