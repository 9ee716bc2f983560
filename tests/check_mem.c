/* check_mem.c -- mem.c: growable buffers and arrays, the arena (memory
 * kept across resets), the hash multimap, and allocation failures. */
#include <stdlib.h>
#include <string.h>

#include "check_suites.h"
#include "internal.h"
#include "testutil.h"

START_TEST(buffers_grow_and_keep_content)
{
	el_buf b = { 0 };
	int i;

	for (i = 0; i < 1000; i++)
		ck_assert_int_eq(el_buf_append(&b, "abc", 3, NULL), 0);
	ck_assert_uint_eq(b.len, 3000);
	ck_assert(memcmp(b.ptr + 2997, "abc", 3) == 0);
	ck_assert_uint_ge(b.cap, b.len);
	el_buf_release(&b, NULL);
	ck_assert_ptr_null(b.ptr);
	ck_assert_uint_eq(b.len, 0);
}
END_TEST

START_TEST(vec_push_zeroes)
{
	el_vec v = { 0 };
	int i;

	for (i = 0; i < 100; i++) {
		long *p = el_vec_push(&v, sizeof(long), NULL);
		ck_assert_ptr_nonnull(p);
		ck_assert_int_eq(*p, 0);
		*p = i;
	}
	ck_assert_int_eq(EL_VEC_AT(&v, long, 57), 57);
	el_vec_release(&v, NULL);
}
END_TEST

START_TEST(arena_reuses_memory_after_reset)
{
	el_arena ar = { 0 };
	char *first, *again;
	int i;

	first = el_arena_alloc(&ar, 100, NULL);
	ck_assert_ptr_nonnull(first);
	for (i = 0; i < 5000; i++) /* several chunks */
		ck_assert_ptr_nonnull(el_arena_alloc(&ar, 100, NULL));
	el_arena_reset(&ar);
	again = el_arena_alloc(&ar, 100, NULL);
	ck_assert_ptr_eq(again, first); /* the first chunk again, no new memory */
	/* a request larger than a chunk gets its own */
	ck_assert_ptr_nonnull(el_arena_alloc(&ar, 1 << 20, NULL));
	el_arena_release(&ar, NULL);
	ck_assert_ptr_null(ar.first);
}
END_TEST

START_TEST(arena_strings)
{
	el_arena ar = { 0 };
	char src[] = "hello";
	el_str s = el_arena_str(&ar, el_str_make(src, 5), NULL);

	src[0] = 'j';
	ck_assert_uint_eq(s.len, 5);
	ck_assert(memcmp(s.ptr, "hello", 5) == 0);
	ck_assert_uint_eq(el_arena_str(&ar, el_str_make(NULL, 0), NULL).len, 0);
	el_arena_release(&ar, NULL);
}
END_TEST

START_TEST(map_holds_several_values_per_hash)
{
	el_map m = { 0 };
	size_t it = 0, v, seen = 0, i;

	for (i = 0; i < 1000; i++)
		ck_assert_int_eq(el_map_put(&m, i % 7 == 0 ? 42 : i * 2654435761u, i, NULL), 0);
	while (el_map_next(&m, 42, &it, &v)) {
		ck_assert_uint_eq(v % 7, 0);
		seen++;
	}
	ck_assert_uint_eq(seen, 143);
	it = 0;
	ck_assert(!el_map_next(&m, 12345, &it, &v));
	el_map_clear(&m);
	it = 0;
	ck_assert(!el_map_next(&m, 42, &it, &v));
	el_map_release(&m, NULL);
	it = 0;
	ck_assert(!el_map_next(&m, 42, &it, &v)); /* an empty map */
}
END_TEST

START_TEST(failures_are_reported)
{
	tu_failing f;
	el_allocator a;
	el_buf b = { 0 };
	el_arena ar = { 0 };
	el_map m = { 0 };

	tu_failing_init(&f, 0, &a);
	ck_assert_int_eq(el_buf_append(&b, "x", 1, &a), -1);
	tu_failing_init(&f, 0, &a);
	ck_assert_ptr_null(el_arena_alloc(&ar, 10, &a));
	tu_failing_init(&f, 0, &a);
	ck_assert_int_eq(el_map_put(&m, 1, 1, &a), -1);
	ck_assert(f.failed);
	/* nothing half-made to free */
	el_buf_release(&b, &a);
	el_arena_release(&ar, &a);
	el_map_release(&m, &a);
}
END_TEST

Suite *mem_suite(void)
{
	Suite *s = suite_create("mem");
	TCase *tc = tcase_create("structures");

	tcase_add_test(tc, buffers_grow_and_keep_content);
	tcase_add_test(tc, vec_push_zeroes);
	tcase_add_test(tc, arena_reuses_memory_after_reset);
	tcase_add_test(tc, arena_strings);
	tcase_add_test(tc, map_holds_several_values_per_hash);
	tcase_add_test(tc, failures_are_reported);
	suite_add_tcase(s, tc);
	return s;
}
