/* check_suites.h -- the suites of the one Check runner, one per module. */
#ifndef CHECK_SUITES_H
#define CHECK_SUITES_H

#include <check.h>

Suite *pos_suite(void);
Suite *parse_suite(void);
Suite *fixtures_suite(void);
Suite *json_suite(void);
Suite *group_suite(void);
Suite *mem_suite(void);
Suite *path_suite(void);
Suite *srcmap_suite(void);
Suite *utf8_suite(void);
Suite *report_suite(void);
Suite *config_suite(void);
Suite *directives_suite(void);
Suite *baseline_suite(void);
Suite *readers_suite(void);

#endif
