/*
 * check_json.c -- --dump-records JSON: every line of every fixture is one
 * valid JSON object with the common fields, and the per-kind fields hold
 * what the log line says.
 */
#include <cjson/cJSON.h>
#include <stdlib.h>
#include <string.h>

#include "check_suites.h"
#include "testutil.h"

START_TEST(every_line_is_an_object)
{
	size_t len;
	char *buf = tu_read_file(tu_fixture("go1.19/04_slice_growth/m2.log"), &len);
	char *out = tu_parse(buf, len, 0, NULL);
	char *line = out, *nl;
	int n = 0;

	while ((nl = strchr(line, '\n')) != NULL) {
		cJSON *o;
		*nl = '\0';
		o = cJSON_Parse(line);
		ck_assert_msg(o != NULL, "not JSON: %s", line);
		ck_assert(cJSON_IsString(cJSON_GetObjectItem(o, "kind")));
		ck_assert(cJSON_IsNumber(cJSON_GetObjectItem(o, "input_line")));
		ck_assert(cJSON_IsString(cJSON_GetObjectItem(o, "package")));
		ck_assert_int_eq(cJSON_GetObjectItem(o, "input_line")->valueint, n + 1);
		cJSON_Delete(o);
		line = nl + 1;
		n++;
	}
	{
		size_t i, lines = 0;
		for (i = 0; i < len; i++)
			lines += buf[i] == '\n';
		ck_assert_int_eq(n, (int)lines);
	}
	free(out);
	free(buf);
}
END_TEST

START_TEST(fields_round_trip)
{
	const char in[] = "# example.com/06_leak_params\n"
	                  "./06_leak_params.go:13:12: leaking param: p to result ~r0 level=1\n";
	char *json = tu_first_of_kind(in, EL_REC_LEAK_RESULT);
	cJSON *o = cJSON_Parse(json);

	ck_assert_ptr_nonnull(o);
	ck_assert_str_eq(cJSON_GetObjectItem(o, "kind")->valuestring, "leak_result");
	ck_assert_str_eq(cJSON_GetObjectItem(o, "package")->valuestring, "example.com/06_leak_params");
	ck_assert_str_eq(cJSON_GetObjectItem(o, "file")->valuestring, "./06_leak_params.go");
	ck_assert_int_eq(cJSON_GetObjectItem(o, "line")->valueint, 13);
	ck_assert_int_eq(cJSON_GetObjectItem(o, "column")->valueint, 12);
	ck_assert_int_eq(cJSON_GetObjectItem(o, "input_line")->valueint, 2);
	ck_assert_str_eq(cJSON_GetObjectItem(o, "param")->valuestring, "p");
	ck_assert_str_eq(cJSON_GetObjectItem(o, "result")->valuestring, "~r0");
	ck_assert_int_eq(cJSON_GetObjectItem(o, "level")->valueint, 1);
	cJSON_Delete(o);
	free(json);
}
END_TEST

static int fail_write(const char *buf, size_t len, void *ctx)
{
	(void)buf, (void)len, (void)ctx;
	return -1;
}

static int write_with_failing_sink(const el_record *r, void *ctx)
{
	*(el_status *)ctx = el_record_write_json(r, fail_write, NULL);
	return 0;
}

START_TEST(write_errors_are_reported)
{
	el_status st = EL_OK;
	el_parser *p = el_parser_new(write_with_failing_sink, &st, NULL);

	ck_assert_int_eq(el_parser_feed(p, "# p\n", 4), EL_OK);
	ck_assert_int_eq(st, EL_ERR_IO);
	el_parser_free(p);
}
END_TEST

Suite *json_suite(void)
{
	Suite *s = suite_create("json");
	TCase *tc = tcase_create("records");

	tcase_add_test(tc, every_line_is_an_object);
	tcase_add_test(tc, fields_round_trip);
	tcase_add_test(tc, write_errors_are_reported);
	suite_add_tcase(s, tc);
	return s;
}
