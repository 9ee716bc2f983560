/* check_main.c -- runs every unit-test suite; exit 0 when all pass. */
#include <stdlib.h>

#include "check_suites.h"

int main(void)
{
	SRunner *sr = srunner_create(pos_suite());
	int failed;

	srunner_add_suite(sr, parse_suite());
	srunner_add_suite(sr, fixtures_suite());
	srunner_add_suite(sr, json_suite());
	srunner_add_suite(sr, group_suite());
	srunner_add_suite(sr, mem_suite());
	srunner_add_suite(sr, path_suite());
	srunner_add_suite(sr, srcmap_suite());
	srunner_add_suite(sr, utf8_suite());
	srunner_add_suite(sr, report_suite());
	srunner_add_suite(sr, config_suite());
	srunner_add_suite(sr, directives_suite());
	srunner_add_suite(sr, baseline_suite());
	srunner_add_suite(sr, readers_suite());
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
