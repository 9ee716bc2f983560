/* check_srcmap.c -- gosrc.c: the end of a Go function from where the
 * compiler declares it, through tree-sitter, on the committed fixture
 * sources (real Go files) and on hand-written signatures. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <stdio.h>

#include "check_suites.h"
#include "gosrc.h"
#include "testutil.h"

/* End line of the function the compiler declares at line:col of the Go
 * file at path, through the parsed-file cache (-1: none). */
static int end_line_of(const char *path, int line, int col)
{
	el_gosrc *g = el_gosrc_new(NULL);
	const el_gofile *f;
	unsigned long el = 0, ec = 0;
	int r = -1;

	ck_assert_ptr_nonnull(g);
	if (el_gosrc_open(g, path, &f) == 0 && el_gofile_func_end(f, (unsigned long)line,
	                                                          (unsigned long)col, &el, &ec))
		r = (int)el;
	el_gosrc_free(g);
	return r;
}

static int end_line(const char *rel, int line, int col)
{
	return end_line_of(tu_fixture(rel), line, col);
}

/* The same for Go source text (written to a temporary file). */
static int end_line_text(const char *src, int line, int col)
{
	char path[] = "/tmp/escapelint-gosrc-XXXXXX";
	int fd = mkstemp(path), r;
	FILE *fp;

	ck_assert_int_ge(fd, 0);
	fp = fdopen(fd, "w");
	ck_assert_ptr_nonnull(fp);
	fputs(src, fp);
	fclose(fp);
	r = end_line_of(path, line, col);
	unlink(path);
	return r;
}

START_TEST(functions_and_closures)
{
	/* func counter() func() int {  ...  } on lines 5-11 */
	ck_assert_int_eq(end_line("go1.19/03_closure_capture/03_closure_capture.go", 5, 6), 11);
	/* its closure `return func() int {` at 7:9 ends at line 10 */
	ck_assert_int_eq(end_line("go1.19/03_closure_capture/03_closure_capture.go", 7, 9), 10);
	/* nested closures */
	ck_assert_int_eq(end_line("go1.19/03_closure_capture/03_closure_capture.go", 38, 9), 43);
	ck_assert_int_eq(end_line("go1.19/03_closure_capture/03_closure_capture.go", 39, 10), 42);
	/* one-line function */
	ck_assert_int_eq(end_line("go1.19/03_closure_capture/03_closure_capture.go", 28, 6), 28);
}
END_TEST

START_TEST(signatures_with_types)
{
	const char src[] = "package p\n"
	                   "func (s *S) F(x struct{ a int }, y interface{ M() }) (r struct {\n"
	                   "\tb string `json:\"{\"`\n"
	                   "}) {\n"
	                   "\t_ = \"}\" + '}' + `}` // }\n"
	                   "\t/* } */\n"
	                   "}\n"
	                   "var after = 1\n";

	/* the compiler declares a method at its receiver's '(' (io.go:506:6
	 * for `func (s *SectionReader) Read`), a function at its name */
	ck_assert_int_eq(end_line_text(src, 2, 6), 7);
	ck_assert_int_eq(end_line_text(src, 2, 13), 7);
	/* inside the body is not a declaration */
	ck_assert_int_eq(end_line_text(src, 5, 2), -1);
}
END_TEST

START_TEST(bodyless_and_unreadable)
{
	const char decl[] = "package p\nfunc asm(p *int) int\n\nfunc next() {\n}\n";

	/* a declaration without a body ends with its signature */
	ck_assert_int_eq(end_line_text(decl, 2, 6), 2);
	ck_assert_int_eq(end_line_text(decl, 4, 6), 5);
	/* no function declared there */
	ck_assert_int_eq(end_line_text(decl, 1, 1), -1);
	/* a file that cannot be read */
	ck_assert_int_eq(end_line_of("/nonexistent/x.go", 1, 1), -1);
}
END_TEST

/* Does the Go text src parse without a syntax error?  When call is set,
 * the node at line:col must be a call whose text is call. */
static int parses(const char *src, int line, int col, const char *call)
{
	char path[] = "/tmp/escapelint-gosrc-XXXXXX";
	int fd = mkstemp(path), ok = 0;
	el_gosrc *g = el_gosrc_new(NULL);
	const el_gofile *f;
	FILE *fp;

	ck_assert_int_ge(fd, 0);
	ck_assert_ptr_nonnull(g);
	fp = fdopen(fd, "w");
	ck_assert_ptr_nonnull(fp);
	fputs(src, fp);
	fclose(fp);
	if (el_gosrc_open(g, path, &f) == 0) {
		ok = !ts_node_has_error(el_gofile_root(f));
		if (ok && call) {
			TSNode n = el_gofile_expr_at(f, (unsigned long)line, (unsigned long)col);
			el_str t;

			if (!ts_node_is_null(n) && strcmp(ts_node_type(n), "identifier") == 0)
				n = el_gofile_parent(f, n); /* new: its call */
			t = el_gofile_node_text(f, n);
			ok = !ts_node_is_null(n) && strcmp(ts_node_type(n), "call_expression") == 0 &&
			     t.len == strlen(call) && memcmp(t.ptr, call, t.len) == 0;
		}
	}
	el_gosrc_free(g);
	unlink(path);
	return ok;
}

START_TEST(new_of_an_expression)
{
	/* Go 1.26's new(expr), as prometheus' histogram.Write has it: the
	 * grammar takes a type there, and escapelint's input reads such a new
	 * as a call; the text stays the file's */
	const char expr[] = "package p\n"
	                    "func f(x int64, v any) {\n"
	                    "\th := &H{Sum: new(math.Float64frombits(u)), N: new(x + 1)}\n"
	                    "\th.Z = new(int64(0))\n"
	                    "\t_, _ = new(1), new(\"s\")\n"
	                    "\t_, _ = new(T{a: 1}), new(v.(int))\n"
	                    "\t_, _ = new(-x), new(g.v * 2) // new(x + 1) in a comment\n"
	                    "\t_, _ = new(x < 2), new(x*x)\n"
	                    "\t_ = \"new(x + 1)\" + renew(x+1) + p.new(x+1)\n"
	                    "}\n";
	/* new of types: read as they are written */
	const char types[] = "package p\n"
	                     "func f() {\n"
	                     "\t_, _ = new([]byte), new(map[string]interface{ M() })\n"
	                     "\t_, _ = new(struct{ f func(a int) (int, error) }), new(func())\n"
	                     "\t_, _ = new(chan<- int), new(<-chan int)\n"
	                     "\t_, _ = new(*T), new(pkg.T[K, V])\n"
	                     "\t_, _ = new([N + 1]int), new(count)\n"
	                     "\t_, _ = new(chan *int), new(func(a *int) *T)\n"
	                     "\t_, _ = new(map[string]*T), new([]*T)\n"
	                     "}\n";

	ck_assert(parses(expr, 3, 15, "new(math.Float64frombits(u))"));
	ck_assert(parses(expr, 3, 48, "new(x + 1)"));
	ck_assert(parses(expr, 4, 8, "new(int64(0))"));
	ck_assert(parses(expr, 7, 18, "new(g.v * 2)"));
	ck_assert(parses(expr, 8, 9, "new(x < 2)"));
	ck_assert(parses(types, 3, 9, "new([]byte)"));
	ck_assert(parses(types, 4, 10, NULL));
	ck_assert(parses(types, 5, 10, NULL));
	ck_assert(parses(types, 6, 10, NULL));
	ck_assert(parses(types, 7, 10, NULL));
	ck_assert(parses(types, 8, 10, NULL));
	ck_assert(parses(types, 9, 10, NULL));
	/* a syntax error that is not new(expr) stays one */
	ck_assert(!parses("package p\nfunc f() { x := new(1 }\n", 0, 0, NULL));
}
END_TEST

Suite *srcmap_suite(void)
{
	Suite *s = suite_create("srcmap");
	TCase *tc = tcase_create("ends");

	tcase_add_test(tc, functions_and_closures);
	tcase_add_test(tc, signatures_with_types);
	tcase_add_test(tc, bodyless_and_unreadable);
	tcase_add_test(tc, new_of_an_expression);
	suite_add_tcase(s, tc);
	return s;
}
