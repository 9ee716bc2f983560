/*
 * check_group.c -- the grouper on real fixture logs: chains linked to
 * verdicts, attribution by function extent (after closures, package scope,
 * closures' own allocations), inlined copies and test variants folded,
 * generic shapes folded, Go 1.26 function names, -m=1 input, and every
 * allocation failing once.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check_suites.h"
#include "testutil.h"

/* Assert that report has a line with all fragments. */
static void has_object(const char *report, const char *const frags[])
{
	char *line = tu_line_with(report, frags);
	size_t i;

	if (!line) {
		for (i = 0; frags[i]; i++)
			fprintf(stderr, "  wanted: %s\n", frags[i]);
		ck_abort_msg("no object with these fragments in:\n%.3000s", report);
	}
	free(line);
}

#define HAS(report, ...) has_object(report, (const char *const[]){ __VA_ARGS__, NULL })

/* Number of lines of report holding frag. */
static int count_with(const char *report, const char *frag)
{
	int n = 0;
	const char *p = report;

	while ((p = strstr(p, frag)) != NULL) {
		n++;
		p += strlen(frag);
	}
	return n;
}

START_TEST(return_of_local_address)
{
	char *r = tu_group("go1.19/01_return_addr/m2.log", 1, NULL);
	HAS(r, "\"function\":\"newT\"", "\"kind\":\"moved\"", "\"subject\":\"t\"",
	    "\"line\":8,\"column\":2",
	    "\"chain\":[{\"flow\":\"~r0 = &t\",\"notes\":[{\"where\":\"&t\",\"why\":\"address-of\","
	    "\"file\":\"01_return_addr.go\",\"line\":9,\"column\":9},{\"where\":\"return &t\","
	    "\"why\":\"return\"");
	/* fmt boxing inlined from another package stays in the caller */
	HAS(r, "\"function\":\"main\"", "\"subject\":\"t.a\"", "\"kind\":\"escapes\"");
	free(r);
}
END_TEST

START_TEST(inlined_copies_fold_into_callee)
{
	el_group_stats gs;
	char *r = tu_group("go1.19/04_slice_growth/m2.log", 1, &gs);

	HAS(r, "\"function\":\"makeDyn\"", "\"subject\":\"make([]byte, n)\"", "\"line\":12,",
	    "\"related\":[{\"kind\":\"inlined\",\"function\":\"main\",\"file\":\"04_slice_growth.go\","
	    "\"line\":44,\"column\":13}]");
	HAS(r, "\"function\":\"makeHuge\"", "\"subject\":\"make([]byte, 1 << 20)\"",
	    "\"why\":\"too large for stack\"", "\"line\":46,\"column\":14}]");
	/* the copy is not an object of its own */
	ck_assert_int_eq(count_with(r, "\"subject\":\"make([]byte, n)\""), 1);
	ck_assert_uint_eq(gs.inlined_copies, 2);
	free(r);
}
END_TEST

START_TEST(attribution_by_extent)
{
	char *r = tu_group("go1.19/22_after_closure/m2.log", 1, NULL);
	char *nearest = tu_group("go1.19/22_after_closure/m2.log", 0, NULL);

	/* after the closure ended: work, not work.func1 */
	HAS(r, "\"function\":\"work\"", "\"subject\":\"make([]byte, n)\"", "\"line\":12,");
	/* a package-level initialiser after a function: no function */
	HAS(r, "\"function\":\"\"", "\"subject\":\"new(int)\"", "\"line\":17,");
	HAS(r, "\"function\":\"work.func1\"", "\"subject\":\"n\"", "\"line\":9,");
	/* without the source only the nearest preceding function is known */
	HAS(nearest, "\"function\":\"work.func1\"", "\"subject\":\"make([]byte, n)\"");
	free(r);
	free(nearest);
}
END_TEST

START_TEST(closures)
{
	char *r = tu_group("go1.19/03_closure_capture/m2.log", 1, NULL);

	/* the closure object belongs to the function that creates it */
	HAS(r, "\"function\":\"counter\"", "\"subject\":\"func literal\"", "\"line\":7,\"column\":9");
	HAS(r, "\"function\":\"counter\"", "\"kind\":\"moved\"", "\"subject\":\"n\"",
	    "\"why\":\"captured by a closure\"");
	HAS(r, "\"function\":\"nested.func1\"", "\"subject\":\"func literal\"", "\"line\":39,");
	/* the inlined closure copy main.func3 is not a function of its own */
	ck_assert_ptr_null(strstr(r, "\"function\":\"main.func3\""));
	free(r);
}
END_TEST

START_TEST(package_scope_and_init)
{
	char *r = tu_group("go1.19/11_init_globals/m2.log", 1, NULL);

	HAS(r, "\"function\":\"\"", "\"subject\":\"map[string]int{...}\"");
	HAS(r, "\"function\":\"init.0\"", "\"kind\":\"moved\"", "\"subject\":\"x\"");
	free(r);
}
END_TEST

START_TEST(generics_fold)
{
	char *r = tu_group("go1.19/07_generics/m2.log", 1, NULL);

	ck_assert_ptr_null(strstr(r, "go.shape.int_0]\",\"file\""));
	ck_assert_ptr_null(strstr(r, "\"function\":\"Gen[go.shape"));
	HAS(r, "\"function\":\"Gen\"", "\"subject\":\".dict\"");
	/* two instantiations print the same chain: one chain, no duplicate */
	HAS(r, "\"function\":\"Ptr\"", "\"subject\":\"v\"", "\"kind\":\"moved\"");
	ck_assert_ptr_null(strstr(r, "more_chains\":[[{\"flow\":\"~r0 = &v\""));
	free(r);
}
END_TEST

START_TEST(test_variants_fold)
{
	el_group_stats gs;
	char *r = tu_group("go1.19/23_test_packages/test.m2.log", 1, &gs);

	ck_assert_uint_gt(gs.variant_copies, 0);
	HAS(r, "\"test\":true");
	free(r);
}
END_TEST

START_TEST(go126_names_and_arrows)
{
	char *r = tu_group("newer/001_learning-go-ex07.log", 1, NULL);

	HAS(r, "\"function\":\"newValue\"", "\"kind\":\"moved\"", "\"subject\":\"value\"",
	    "\"flow\":\"~r0 = &value\"");
	HAS(r, "\"function\":\"main\"", "\"subject\":\"*storage.value\"");
	free(r);
	r = tu_group("newer/003_problematic-patterns-v1.log", 0, NULL);
	HAS(r, "\"function\":\"(*ConstantGrow).Grow\"", "\"subject\":\"append\"",
	    "\"flow\":\"{heap} = &{storage for append(cg.s, f.bar)}\"");
	free(r);
}
END_TEST

/* Go 1.19 boxing an append result (real lines of the standard-library log):
 * the header links to its own verdict, not through the Go 1.26 `append`
 * form, so there is one object with its chain. */
START_TEST(append_result_boxing_go119)
{
	char *r = tu_group_text(
		"# reflect\n"
		"/usr/lib/go-1.19/src/reflect/type.go:2110:39: append(rts, tt) escapes to heap:\n"
		"/usr/lib/go-1.19/src/reflect/type.go:2110:39:   flow: {heap} = &{storage for "
		"append(rts, tt)}:\n"
		"/usr/lib/go-1.19/src/reflect/type.go:2110:39:     from append(rts, tt) (spill) at "
		"/usr/lib/go-1.19/src/reflect/type.go:2110:39\n"
		"/usr/lib/go-1.19/src/reflect/type.go:2110:39:     from (*sync.Map).Store(funcLookupCache.m, "
		"hash, append(rts, tt)) (call parameter) at /usr/lib/go-1.19/src/reflect/type.go:2110:26\n"
		"/usr/lib/go-1.19/src/reflect/type.go:2110:39: append(rts, tt) escapes to heap\n",
		NULL);

	ck_assert_int_eq(count_with(r, "\"subject\":\"append(rts, tt)\""), 1);
	ck_assert_int_eq(count_with(r, "\"kind\":\"escapes\""), 1);
	HAS(r, "\"subject\":\"append(rts, tt)\"", "\"flow\":\"{heap} = &{storage for append(rts, tt)}\"");
	ck_assert_ptr_null(strstr(r, "no_verdict"));
	free(r);
}
END_TEST

START_TEST(m1_has_no_chains)
{
	el_group_stats gs;
	char *r = tu_group("go1.19/01_return_addr/m1.log", 1, &gs);

	HAS(r, "\"function\":\"newT\"", "\"subject\":\"t\"", "\"chain\":[]", "\"no_chain\":true");
	ck_assert_uint_eq(gs.chains, 0);
	ck_assert_uint_gt(gs.verdicts, 0);
	free(r);
}
END_TEST

START_TEST(leaks_and_noinline)
{
	char *r = tu_group("go1.19/06_leak_params/m2.log", 1, NULL);

	HAS(r, "\"kind\":\"leak\"", "\"subject\":\"p\"",
	    "\"verdict\":\"leaking param: p to result ~r0 level=1\"",
	    "\"leaks_to\":[{\"dest\":\"~r0\",\"derefs\":1}]");
	free(r);
	r = tu_group("go1.19/08_inline_reasons/m2.log", 1, NULL);
	HAS(r, "\"kind\":\"noinline\"", "\"subject\":\"recursive\"", "\"reason\":\"recursive\"");
	HAS(r, "\"kind\":\"noinline\"", "\"reason\":\"function too complex: cost",
	    "\"budget\":80");
	free(r);
}
END_TEST

/* allocation failures: every allocation of the grouper fails once */

static int feed_grouper(const el_record *rec, void *ctx)
{
	return el_grouper_add(ctx, rec) != EL_OK;
}

START_TEST(allocation_failures)
{
	size_t len;
	char *buf = tu_read_file(tu_fixture("go1.19/04_slice_growth/m2.log"), &len);
	long k;

	for (k = 0; k < 100000; k++) {
		tu_failing f;
		el_allocator a;
		el_group_options go = { .srcroot = FIXTURES_DIR,
		                         .cwd = FIXTURES_DIR "/go1.19/04_slice_growth",
		                         .read_sources = 1 };
		el_grouper *g;
		el_parser *p;
		el_status st;

		tu_failing_init(&f, k, &a);
		g = el_grouper_new(&go, NULL, NULL, &a);
		if (!g) {
			ck_assert(f.failed);
			continue;
		}
		p = el_parser_new(feed_grouper, g, NULL);
		st = el_parser_feed(p, buf, len);
		if (st == EL_OK)
			st = el_parser_finish(p);
		if (st == EL_OK)
			st = el_grouper_finish(g);
		if (f.failed) {
			ck_assert(st != EL_OK);
			ck_assert_int_eq(el_grouper_error(g)->status, EL_ERR_NOMEM);
		} else {
			ck_assert_int_eq(st, EL_OK);
		}
		el_parser_free(p);
		el_grouper_free(g);
		if (!f.failed)
			break;
	}
	ck_assert_int_lt(k, 100000);
	free(buf);
}
END_TEST

Suite *group_suite(void)
{
	Suite *s = suite_create("group");
	TCase *tc = tcase_create("fixtures");

	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, return_of_local_address);
	tcase_add_test(tc, inlined_copies_fold_into_callee);
	tcase_add_test(tc, attribution_by_extent);
	tcase_add_test(tc, closures);
	tcase_add_test(tc, package_scope_and_init);
	tcase_add_test(tc, generics_fold);
	tcase_add_test(tc, test_variants_fold);
	tcase_add_test(tc, go126_names_and_arrows);
	tcase_add_test(tc, append_result_boxing_go119);
	tcase_add_test(tc, m1_has_no_chains);
	tcase_add_test(tc, leaks_and_noinline);
	tcase_add_test(tc, allocation_failures);
	suite_add_tcase(s, tc);
	return s;
}
