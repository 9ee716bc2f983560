/*
 * check_fixtures.c -- every committed real log (tests/fixtures): parsed at
 * feed sizes 1, 2, 3, 7 and whole it gives identical records; nothing in
 * it is unrecognized; the line count is the file's newline count.  The logs
 * of every release: Go 1.19 and 1.21 to 1.27.
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check_suites.h"
#include "testutil.h"

#define MAX_LOGS 2048

static char *logs[MAX_LOGS];
static int nlogs;

/* Collect the .log files of DIR, or of each directory in DIR (nested). */
static void scan(const char *dir, int nested)
{
	DIR *d = opendir(dir);
	struct dirent *e;

	if (!d)
		return; /* there_are_fixtures fails */
	while ((e = readdir(d)) != NULL) {
		char path[4096];
		size_t n = strlen(e->d_name);

		if (e->d_name[0] == '.')
			continue;
		snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
		if (nested) {
			DIR *sub = opendir(path);
			if (sub) {
				closedir(sub);
				scan(path, 0);
			}
		} else if (n > 4 && strcmp(e->d_name + n - 4, ".log") == 0) {
			if (nlogs < MAX_LOGS)
				logs[nlogs++] = strdup(path);
		}
	}
	closedir(d);
}

static void load_logs(void)
{
	char dir[4096];

	if (nlogs)
		return;
	static const char *const versions[] = { "go1.19", "go1.21", "go1.22", "go1.23", "go1.24",
		                                 "go1.25", "go1.26", "go1.27" };
	size_t i;

	for (i = 0; i < sizeof versions / sizeof versions[0]; i++) {
		snprintf(dir, sizeof dir, "%s/%s", FIXTURES_DIR, versions[i]);
		scan(dir, 1);
	}
	snprintf(dir, sizeof dir, "%s/newer", FIXTURES_DIR);
	scan(dir, 0);
}

START_TEST(there_are_fixtures)
{
	load_logs();
	/* 20 Go 1.19 programs with m1 and m2 logs at least, plus newer samples */
	ck_assert_int_ge(nlogs, 45);
}
END_TEST

START_TEST(chunk_sizes_agree)
{
	static const size_t chunks[] = { 1, 2, 3, 7 };
	size_t len, i;
	char *buf, *whole;
	int every;
	el_stats st;

	load_logs();
	buf = tu_read_file(logs[_i], &len);
	whole = tu_parse(buf, len, 0, &st);
	/* every split on the Go 1.19 logs and samples; on the later releases'
	 * (the same programs again, 7 times) one odd size, 3, is enough */
	every = strstr(logs[_i], "/go1.19/") || strstr(logs[_i], "/newer/");
	for (i = every ? 0 : 2; i < sizeof chunks / sizeof chunks[0]; i += every ? 1 : 2) {
		el_stats st2;
		char *got = tu_parse(buf, len, chunks[i], &st2);
		ck_assert_msg(strcmp(got, whole) == 0, "%s differs at chunk size %zu", logs[_i],
		              chunks[i]);
		ck_assert(memcmp(&st, &st2, sizeof st) == 0);
		free(got);
	}
	free(whole);
	free(buf);
}
END_TEST

START_TEST(nothing_unrecognized)
{
	size_t len, nl = 0, i;
	char *buf, *out;
	el_stats st;

	load_logs();
	buf = tu_read_file(logs[_i], &len);
	out = tu_parse(buf, len, 0, &st);
	for (i = 0; i < len; i++)
		nl += buf[i] == '\n';
	ck_assert_uint_eq(st.lines, nl);
	ck_assert_msg(st.kinds[EL_REC_UNRECOGNIZED] == 0, "%s: %llu unrecognized, first: %.200s",
	              logs[_i], st.kinds[EL_REC_UNRECOGNIZED],
	              strstr(out, "\"kind\":\"unrecognized\""));
	ck_assert_uint_gt(st.records, 0);
	free(out);
	free(buf);
}
END_TEST

START_TEST(crlf_copies_agree)
{
	size_t len, i;
	char *buf, *crlf, *a, *b;
	tu_str s = { 0 };

	load_logs();
	buf = tu_read_file(logs[_i], &len);
	for (i = 0; i < len; i++) {
		if (buf[i] == '\n')
			tu_str_add(&s, "\r", 1);
		tu_str_add(&s, buf + i, 1);
	}
	crlf = s.ptr ? s.ptr : calloc(1, 1);
	a = tu_parse(buf, len, 0, NULL);
	b = tu_parse(crlf, s.len, 3, NULL);
	ck_assert_str_eq(a, b);
	free(a);
	free(b);
	free(crlf);
	free(buf);
}
END_TEST

Suite *fixtures_suite(void)
{
	Suite *s = suite_create("fixtures");
	TCase *tc = tcase_create("real logs");

	load_logs();
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, there_are_fixtures);
	tcase_add_loop_test(tc, chunk_sizes_agree, 0, nlogs);
	tcase_add_loop_test(tc, nothing_unrecognized, 0, nlogs);
	tcase_add_loop_test(tc, crlf_copies_agree, 0, nlogs);
	suite_add_tcase(s, tc);
	return s;
}
