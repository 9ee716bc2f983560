/* check_directives.c -- directives.c: `//escapelint:` comments read from
 * Go source parsed by tree-sitter (written to a temporary file and opened
 * through the parsed-file cache), every form and the bad ones, CRLF text,
 * and allocation failures at every step; and, on the same footing,
 * wheres.c: which notes' WHERE texts show made-up names, and the source
 * shown for them (the notes of real logs: tests/source.sh). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check_suites.h"
#include "directives.h"
#include "testutil.h"

/* A scanned file: its directory, the cache holding it, the directives. */
typedef struct scan {
	char dir[32];
	char path[48];
	el_gosrc *g;
	const el_gofile *f;
	el_vec v;
} scan;

/* Write src (n bytes) to a new temporary x.go and open it in s. */
static void scan_open(scan *s, const char *src, size_t n)
{
	FILE *fp;

	memset(s, 0, sizeof *s);
	strcpy(s->dir, "/tmp/escapelint-dir-XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(s->dir));
	snprintf(s->path, sizeof s->path, "%s/x.go", s->dir);
	ck_assert_ptr_nonnull(fp = fopen(s->path, "wb"));
	ck_assert_uint_eq(fwrite(src, 1, n, fp), n);
	ck_assert_int_eq(fclose(fp), 0);
	ck_assert_ptr_nonnull(s->g = el_gosrc_new(NULL));
	ck_assert_int_eq(el_gosrc_open(s->g, s->path, &s->f), 0);
}

/* Scan the Go source src; returns how many directives it holds. */
static size_t scan_text(scan *s, const char *src)
{
	scan_open(s, src, strlen(src));
	ck_assert_int_eq(el_directives_scan(s->f, &s->v, NULL), 0);
	return s->v.len;
}

static void scan_done(scan *s)
{
	el_directives_release(&s->v, NULL);
	ck_assert_uint_eq(s->v.len, 0);
	el_gosrc_free(s->g);
	unlink(s->path);
	rmdir(s->dir);
}

static const el_directive *dir_at(const scan *s, size_t i)
{
	ck_assert_uint_lt(i, s->v.len);
	return &EL_VEC_AT(&s->v, el_directive, i);
}

/* A bad directive at line:col whose problem holds frag. */
static void expect_bad(const el_directive *d, unsigned long line, unsigned long col,
                       const char *frag)
{
	ck_assert_int_eq(d->kind, EL_DIR_BAD);
	ck_assert_uint_eq(d->line, line);
	ck_assert_uint_eq(d->col, col);
	ck_assert_ptr_nonnull(d->problem);
	ck_assert_msg(strstr(d->problem, frag) != NULL, "problem \"%s\" lacks \"%s\"", d->problem,
	              frag);
}

/* The rules of d, joined with '|' (static buffer). */
static const char *rules_of(const el_directive *d)
{
	static char buf[256];
	size_t i;

	buf[0] = '\0';
	for (i = 0; i < d->nrules; i++) {
		if (i)
			strcat(buf, "|");
		strcat(buf, d->rules[i]);
	}
	return buf;
}

START_TEST(present_is_a_bounded_check)
{
	const char text[] = "x := 1 //escapelint:ignore a b\n";

	ck_assert(el_directives_present(EL_LIT(text)));
	ck_assert(el_directives_present(EL_LIT("//escapelint:")));
	ck_assert(!el_directives_present(EL_LIT("x := 1 // escapelint:ignore a b\n")));
	ck_assert(!el_directives_present(EL_LIT("//escapelint")));
	ck_assert(!el_directives_present(EL_LIT("//ESCAPELINT:noalloc")));
	/* the marker cut by the length is not there */
	ck_assert(!el_directives_present(text, 19));
	ck_assert(el_directives_present(text, 20));
	ck_assert(!el_directives_present("", 0));
}
END_TEST

START_TEST(ignore_at_end_of_line)
{
	scan s;
	const el_directive *d;

	ck_assert_uint_eq(scan_text(&s, "package p\n"
	                                "\n"
	                                "func f() any {\n"
	                                "\tx := g() //escapelint:ignore interface-boxing,EL124 "
	                                "the API needs any\n"
	                                "\treturn x\n"
	                                "}\n"),
	                  1);
	d = dir_at(&s, 0);
	ck_assert_int_eq(d->kind, EL_DIR_IGNORE);
	ck_assert_uint_eq(d->line, 4);
	ck_assert_uint_eq(d->col, 11);
	ck_assert_uint_eq(d->target, 4);
	ck_assert_uint_eq(d->nrules, 2);
	ck_assert_str_eq(d->rules[0], "interface-boxing");
	ck_assert_str_eq(d->rules[1], "EL124");
	ck_assert_str_eq(d->reason, "the API needs any");
	ck_assert_ptr_null(d->problem);
	ck_assert_ptr_null(d->func);
	ck_assert_int_eq(d->used, 0);
	scan_done(&s);
}
END_TEST

START_TEST(ignore_on_its_own_line)
{
	scan s;
	const el_directive *d;

	/* blank lines (one of blanks) and comment lines are skipped */
	ck_assert_uint_eq(scan_text(&s, "package p\n"
	                                "\n"
	                                "func f() {\n"
	                                "\t//escapelint:ignore all\t  the reason  with  spaces \t\n"
	                                "\n"
	                                "\t \n"
	                                "\t// a comment line\n"
	                                "\tx := 1\n"
	                                "\t_ = x\n"
	                                "}\n"),
	                  1);
	d = dir_at(&s, 0);
	ck_assert_int_eq(d->kind, EL_DIR_IGNORE);
	ck_assert_uint_eq(d->line, 4);
	ck_assert_uint_eq(d->col, 2);
	ck_assert_uint_eq(d->target, 8);
	ck_assert_str_eq(rules_of(d), "all");
	ck_assert_str_eq(d->reason, "the reason  with  spaces");
	scan_done(&s);
}
END_TEST

START_TEST(directives_in_a_row_share_their_line)
{
	scan s;

	ck_assert_uint_eq(scan_text(&s, "package p\n"
	                                "\n"
	                                "var sink any\n"
	                                "\n"
	                                "func f(v int) {\n"
	                                "\t//escapelint:ignore EL101 measured: cold\n"
	                                "\t//escapelint:noescape\n"
	                                "\tsink = v\n"
	                                "}\n"),
	                  2);
	ck_assert_int_eq(dir_at(&s, 0)->kind, EL_DIR_IGNORE);
	ck_assert_uint_eq(dir_at(&s, 0)->target, 8);
	ck_assert_int_eq(dir_at(&s, 1)->kind, EL_DIR_NOESCAPE);
	ck_assert_uint_eq(dir_at(&s, 1)->line, 7);
	ck_assert_uint_eq(dir_at(&s, 1)->target, 8);
	scan_done(&s);
}
END_TEST

START_TEST(file_ignore)
{
	scan s;
	const el_directive *d;

	ck_assert_uint_eq(scan_text(&s, "//escapelint:file-ignore EL101,slice-growth generated "
	                                "code\n"
	                                "package p\n"),
	                  1);
	d = dir_at(&s, 0);
	ck_assert_int_eq(d->kind, EL_DIR_FILE_IGNORE);
	ck_assert_uint_eq(d->line, 1);
	ck_assert_uint_eq(d->col, 1);
	ck_assert_uint_eq(d->target, 0);
	ck_assert_str_eq(rules_of(d), "EL101|slice-growth");
	ck_assert_str_eq(d->reason, "generated code");
	scan_done(&s);
}
END_TEST

START_TEST(bad_suppressions)
{
	scan s;
	const el_directive *d;

	ck_assert_uint_eq(scan_text(&s, "package p\n"
	                                "\n"
	                                "//escapelint:ignore\n"                 /* 3 */
	                                "//escapelint:file-ignore   \n"         /* 4 */
	                                "//escapelint:ignore a,b\n"             /* 5 */
	                                "//escapelint:file-ignore EL1\n"        /* 6 */
	                                "//escapelint:ignore a,,b why\n"        /* 7 */
	                                "//escapelint:ignore ,a why\n"          /* 8 */
	                                "//escapelint:ignore a, b why\n"        /* 9 */
	                                "var x = 1\n"                           /* 10 */
	                                "var y = 2 //escapelint:ignore EL1 \n"  /* 11 */
	                                "\n"
	                                "// trailing\n"
	                                "//escapelint:ignore EL1 nothing below\n" /* 14 */
	                                "\n"),
	                  9);
	expect_bad(dir_at(&s, 0), 3, 1,
	           "//escapelint:ignore needs a rule: //escapelint:ignore RULE[,RULE] reason");
	ck_assert_uint_eq(dir_at(&s, 0)->target, 10);
	expect_bad(dir_at(&s, 1), 4, 1,
	           "//escapelint:file-ignore needs a rule: //escapelint:file-ignore RULE");
	/* rules but no reason: the rules are kept */
	d = dir_at(&s, 2);
	expect_bad(d, 5, 1, "a suppression needs a reason: //escapelint:ignore RULE reason");
	ck_assert_ptr_null(d->reason);
	ck_assert_str_eq(rules_of(d), "a|b");
	ck_assert_uint_eq(d->target, 10);
	expect_bad(dir_at(&s, 3), 6, 1, "a suppression needs a reason: //escapelint:file-ignore");
	/* empty names in the list */
	expect_bad(dir_at(&s, 4), 7, 1, "empty rule name in \"a,,b\"");
	ck_assert_uint_eq(dir_at(&s, 4)->nrules, 0);
	expect_bad(dir_at(&s, 5), 8, 1, "empty rule name in \",a\"");
	expect_bad(dir_at(&s, 6), 9, 1, "empty rule name in \"a,\"");
	/* no reason at the end of a line of code */
	expect_bad(dir_at(&s, 7), 11, 11, "a suppression needs a reason");
	ck_assert_uint_eq(dir_at(&s, 7)->target, 11);
	/* nothing below */
	expect_bad(dir_at(&s, 8), 14, 1, "//escapelint:ignore stands above no line of code");
	ck_assert_str_eq(dir_at(&s, 8)->reason, "nothing below");
	ck_assert_uint_eq(dir_at(&s, 8)->target, 0);
	scan_done(&s);
}
END_TEST

START_TEST(noalloc_on_a_function)
{
	scan s;
	const el_directive *d;

	ck_assert_uint_eq(scan_text(&s, "package p\n"
	                                "\n"
	                                "// Sum adds.\n"
	                                "//\n"
	                                "//escapelint:noalloc\n"
	                                "/* a block */\n"
	                                "//escapelint:inline hot path\n"
	                                "// Deprecated: no.\n"
	                                "func Sum(xs []int) (t int) {\n"
	                                "\tfor _, x := range xs {\n"
	                                "\t\tt += x\n"
	                                "\t}\n"
	                                "\treturn\n"
	                                "  }\n"),
	                  2);
	d = dir_at(&s, 0);
	ck_assert_int_eq(d->kind, EL_DIR_NOALLOC);
	ck_assert_uint_eq(d->line, 5);
	ck_assert_uint_eq(d->col, 1);
	ck_assert_uint_eq(d->decl_line, 9);
	ck_assert_uint_eq(d->decl_col, 6);
	ck_assert_uint_eq(d->end_line, 14);
	ck_assert_uint_eq(d->end_col, 3);
	ck_assert_str_eq(d->func, "Sum");
	ck_assert_ptr_null(d->problem);
	ck_assert_uint_eq(d->nrules, 0);
	/* words after inline are a comment */
	d = dir_at(&s, 1);
	ck_assert_int_eq(d->kind, EL_DIR_INLINE);
	ck_assert_uint_eq(d->line, 7);
	ck_assert_uint_eq(d->decl_line, 9);
	ck_assert_uint_eq(d->decl_col, 6);
	ck_assert_str_eq(d->func, "Sum");
	scan_done(&s);
}
END_TEST

START_TEST(noalloc_on_methods)
{
	scan s;
	const el_directive *d;

	ck_assert_uint_eq(scan_text(&s, "package p\n"
	                                "\n"
	                                "//escapelint:noalloc\n"
	                                "func (s *Server) Handle() { s.n++ }\n"           /* 4 */
	                                "//escapelint:noalloc\n"
	                                "func (Server) Get() int { return 0 }\n"          /* 6 */
	                                "//escapelint:inline\n"
	                                "func (l *List[T]) Push(v T) {\n"                 /* 8 */
	                                "\tl.items = append(l.items, v)\n"
	                                "}\n"
	                                "\n"
	                                "// Key is the key.\n"
	                                "//escapelint:noalloc\n"
	                                "func (p Pair[K, V]) Key() K { return p.k }\n"   /* 14 */
	                                "//escapelint:noalloc\n"
	                                "func ((*T)) Paren() {}\n"                        /* 16 */
	                                "//escapelint:noalloc\n"
	                                "func Map[T, U any](xs []T, f func(T) U) []U {\n" /* 18 */
	                                "\treturn nil\n"
	                                "}\n"),
	                  6);
	d = dir_at(&s, 0);
	ck_assert_int_eq(d->kind, EL_DIR_NOALLOC);
	ck_assert_uint_eq(d->decl_line, 4);
	ck_assert_uint_eq(d->decl_col, 6);
	ck_assert_uint_eq(d->end_line, 4);
	ck_assert_uint_eq(d->end_col, 35);
	ck_assert_str_eq(d->func, "(*Server).Handle");
	ck_assert_str_eq(dir_at(&s, 1)->func, "Server.Get");
	ck_assert_uint_eq(dir_at(&s, 1)->decl_col, 6);
	d = dir_at(&s, 2);
	ck_assert_int_eq(d->kind, EL_DIR_INLINE);
	ck_assert_str_eq(d->func, "(*List).Push");
	ck_assert_uint_eq(d->decl_line, 8);
	ck_assert_uint_eq(d->decl_col, 6);
	ck_assert_uint_eq(d->end_line, 10);
	ck_assert_uint_eq(d->end_col, 1);
	ck_assert_str_eq(dir_at(&s, 3)->func, "Pair.Key");
	ck_assert_uint_eq(dir_at(&s, 3)->decl_line, 14);
	ck_assert_str_eq(dir_at(&s, 4)->func, "(*T).Paren");
	d = dir_at(&s, 5);
	ck_assert_str_eq(d->func, "Map");
	ck_assert_uint_eq(d->decl_line, 18);
	ck_assert_uint_eq(d->decl_col, 6);
	ck_assert_uint_eq(d->end_line, 20);
	scan_done(&s);
}
END_TEST

START_TEST(noalloc_outside_a_doc_comment)
{
	scan s;
	const char *want = "//escapelint:noalloc must be in the doc comment of a function";

	ck_assert_uint_eq(scan_text(&s, "package p\n"
	                                "\n"
	                                "//escapelint:noalloc\n"                /* 3: blank below */
	                                "\n"
	                                "func A() {\n"
	                                "\t//escapelint:noalloc\n"              /* 6: in a body */
	                                "\tf := func() {}\n"
	                                "\tf()\n"
	                                "}\n"
	                                "\n"
	                                "var x = 1 //escapelint:noalloc\n"      /* 11: after code */
	                                "func B() {}\n"
	                                "//escapelint:inline\n"                 /* 13: a type */
	                                "type T struct{}\n"
	                                "func C() {} //escapelint:noalloc\n"    /* 15: trailing */
	                                "\n"
	                                "// doc\n"
	                                "\n"
	                                "//escapelint:noalloc\n"                /* 19: last */
	                                "func D() {}\n"),
	                  6);
	expect_bad(dir_at(&s, 0), 3, 1, want);
	expect_bad(dir_at(&s, 1), 6, 2, want);
	expect_bad(dir_at(&s, 2), 11, 11, want);
	expect_bad(dir_at(&s, 3), 13, 1,
	           "//escapelint:inline must be in the doc comment of a function");
	expect_bad(dir_at(&s, 4), 15, 13, want);
	ck_assert_ptr_null(dir_at(&s, 4)->func);
	/* a blank line earlier in the comments does not matter */
	ck_assert_int_eq(dir_at(&s, 5)->kind, EL_DIR_NOALLOC);
	ck_assert_str_eq(dir_at(&s, 5)->func, "D");
	scan_done(&s);
}
END_TEST

START_TEST(noescape)
{
	scan s;

	ck_assert_uint_eq(scan_text(&s, "package p\n"
	                                "\n"
	                                "func f(b []byte) {\n"
	                                "\ty := g(b) //escapelint:noescape\n"
	                                "\t//escapelint:noescape the buffer is reused\n"
	                                "\t// see above\n"
	                                "\n"
	                                "\tz := g(b)\n"
	                                "\t_, _ = y, z\n"
	                                "}\n"
	                                "//escapelint:noescape"),
	                  3);
	ck_assert_int_eq(dir_at(&s, 0)->kind, EL_DIR_NOESCAPE);
	ck_assert_uint_eq(dir_at(&s, 0)->line, 4);
	ck_assert_uint_eq(dir_at(&s, 0)->col, 12);
	ck_assert_uint_eq(dir_at(&s, 0)->target, 4);
	ck_assert_int_eq(dir_at(&s, 1)->kind, EL_DIR_NOESCAPE);
	ck_assert_uint_eq(dir_at(&s, 1)->line, 5);
	ck_assert_uint_eq(dir_at(&s, 1)->target, 8);
	ck_assert_ptr_null(dir_at(&s, 1)->reason);
	/* the last line, with no newline: nothing to apply to */
	expect_bad(dir_at(&s, 2), 11, 1, "//escapelint:noescape stands above no line of code");
	scan_done(&s);
}
END_TEST

START_TEST(unknown_directives)
{
	scan s;
	char src[512];

	snprintf(src, sizeof src,
	         "package p\n"
	         "//escapelint:noalloca\n"
	         "//escapelint:\n"
	         "//escapelint:Ignore EL1 why\n"
	         "//escapelint:ignore:EL1 why\n"
	         "//escapelint:%0100d\n"
	         "var x = 1\n",
	         0);
	ck_assert_uint_eq(scan_text(&s, src), 5);
	expect_bad(dir_at(&s, 0), 2, 1, "unknown directive");
	ck_assert_str_eq(dir_at(&s, 0)->problem, "unknown directive //escapelint:noalloca (ignore, "
	                                         "file-ignore, noalloc, inline, noescape)");
	expect_bad(dir_at(&s, 1), 3, 1, "unknown directive //escapelint: (ignore,");
	expect_bad(dir_at(&s, 2), 4, 1, "unknown directive //escapelint:Ignore (");
	expect_bad(dir_at(&s, 3), 5, 1, "unknown directive //escapelint:ignore:EL1 (");
	/* a long name is cut */
	expect_bad(dir_at(&s, 4), 6, 1, "0000... (ignore");
	ck_assert_uint_lt(strlen(dir_at(&s, 4)->problem), 160);
	ck_assert_uint_eq(dir_at(&s, 4)->target, 0);
	scan_done(&s);
}
END_TEST

START_TEST(lookalikes_are_not_directives)
{
	const char src[] = "package p\n"
	                   "\n"
	                   "// escapelint:ignore a b\n"
	                   "//\tescapelint:noalloc\n"
	                   "// see //escapelint:ignore a b\n"
	                   "/* //escapelint:ignore a b */\n"
	                   "/*//escapelint:noalloc*/\n"
	                   "func f() string {\n"
	                   "\ts := \"//escapelint:ignore x y\"\n"
	                   "\tr := `\n"
	                   "//escapelint:ignore x y\n"
	                   "`\n"
	                   "\tc := '/' // not //escapelint:noescape\n"
	                   "\treturn s + r + string(c)\n"
	                   "}\n";
	scan s;

	ck_assert(el_directives_present(EL_LIT(src)));
	ck_assert_uint_eq(scan_text(&s, src), 0);
	scan_done(&s);
	/* no marker at all */
	ck_assert_uint_eq(scan_text(&s, "package p\n\n// F is f.\nfunc F() {}\n"), 0);
	ck_assert_ptr_null(s.v.ptr);
	scan_done(&s);
	/* an empty file */
	ck_assert_uint_eq(scan_text(&s, ""), 0);
	scan_done(&s);
}
END_TEST

START_TEST(crlf_line_endings)
{
	scan s;
	const el_directive *d;

	ck_assert_uint_eq(scan_text(&s, "package p\r\n"
	                                "\r\n"
	                                "//escapelint:file-ignore EL1 generated\r\n"
	                                "\r\n"
	                                "// F is f.\r\n"
	                                "//escapelint:noalloc\r\n"
	                                "func (t *T) F() int {\r\n"
	                                "\tx := g() //escapelint:ignore EL2,EL3 a reason\r\n"
	                                "\t//escapelint:ignore EL4 own line\r\n"
	                                "\t\r\n"
	                                "\t// comment\r\n"
	                                "\ty := g() //escapelint:noescape\r\n"
	                                "\t//escapelint:ignore EL5\r\n"
	                                "\treturn x + y\r\n"
	                                "}\r\n"),
	                  6);
	d = dir_at(&s, 0);
	ck_assert_int_eq(d->kind, EL_DIR_FILE_IGNORE);
	ck_assert_str_eq(d->reason, "generated");
	d = dir_at(&s, 1);
	ck_assert_int_eq(d->kind, EL_DIR_NOALLOC);
	ck_assert_str_eq(d->func, "(*T).F");
	ck_assert_uint_eq(d->decl_line, 7);
	ck_assert_uint_eq(d->decl_col, 6);
	ck_assert_uint_eq(d->end_line, 15);
	ck_assert_uint_eq(d->end_col, 1);
	d = dir_at(&s, 2);
	ck_assert_int_eq(d->kind, EL_DIR_IGNORE);
	ck_assert_uint_eq(d->target, 8);
	ck_assert_str_eq(rules_of(d), "EL2|EL3");
	ck_assert_str_eq(d->reason, "a reason");
	d = dir_at(&s, 3);
	ck_assert_int_eq(d->kind, EL_DIR_IGNORE);
	ck_assert_uint_eq(d->target, 12);
	ck_assert_str_eq(d->reason, "own line");
	ck_assert_int_eq(dir_at(&s, 4)->kind, EL_DIR_NOESCAPE);
	ck_assert_uint_eq(dir_at(&s, 4)->target, 12);
	/* the CR is not a reason */
	expect_bad(dir_at(&s, 5), 13, 2, "a suppression needs a reason");
	ck_assert_str_eq(rules_of(dir_at(&s, 5)), "EL5");
	ck_assert_uint_eq(dir_at(&s, 5)->target, 14);
	scan_done(&s);
}
END_TEST

START_TEST(out_of_memory_everywhere)
{
	scan s;
	tu_failing c;
	el_allocator a;
	size_t want = 0;
	long n;

	scan_open(&s, EL_LIT("//escapelint:file-ignore a,b,c generated\n"
	                     "package p\n"
	                     "\n"
	                     "//escapelint:noalloc\n"
	                     "func (l *List[T]) Push(v T) {\n"
	                     "\tx := g() //escapelint:ignore EL1,EL2 why not\n"
	                     "\t//escapelint:noescape\n"
	                     "\ty := g()\n"
	                     "\t//escapelint:ignore EL1\n"
	                     "\t//escapelint:bogus\n"
	                     "\t//escapelint:inline\n"
	                     "\t_, _ = x, y\n"
	                     "}\n"
	                     "\n"
	                     "//escapelint:inline\n"
	                     "func F() {}\n"));
	for (n = 0;; n++) {
		el_vec v = { 0 };
		int rc;

		tu_failing_init(&c, n, &a);
		rc = el_directives_scan(s.f, &v, &a);
		if (!c.failed) {
			ck_assert_int_eq(rc, 0);
			ck_assert_uint_eq(v.len, 8);
			want = v.len;
		} else {
			ck_assert_int_eq(rc, -2);
			ck_assert_uint_le(v.len, 8);
		}
		el_directives_release(&v, &a);
		ck_assert_msg(c.live == 0, "allocation %ld failed: %ld blocks leaked", n, c.live);
		if (!c.failed)
			break;
	}
	ck_assert_uint_eq(want, 8);
	ck_assert_int_gt(n, 10);
	scan_done(&s);
}
END_TEST

/* ------------------------------------------------------------------ */
/* wheres.c: a note's WHERE shown as the source it stands for          */
/* ------------------------------------------------------------------ */

START_TEST(where_needs_source)
{
	static const struct {
		const char *where;
		int needs;
	} cases[] = {
		{ "~r0", 1 },
		{ "return ~R0, nil", 1 },
		{ "(*sync.Pool).Put(.autotmp_6, .autotmp_7)", 1 },
		{ ".this.Logger", 1 },
		{ "~p0.Log(~p1)", 1 },
		{ "glob..func1", 1 },
		{ ".this.Log(.anon0)", 1 },
		{ "strings.s, strings.prefix := t, \"-\"", 1 }, /* inlined: at the call */
		{ "x.this", 0 },                                   /* a field */
		{ "fmt.Println(\"~r0 .autotmp_1\")", 0 },         /* in a literal */
		{ "append(s, x)", 0 },
		{ "a == b", 0 },
		{ "return x", 0 },
		{ "... argument", 0 },
		{ "", 0 },
	};
	size_t i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++)
		ck_assert_msg(el_where_needs_source(el_str_make(cases[i].where, strlen(cases[i].where))) ==
		                      cases[i].needs,
		              "%s", cases[i].where);
}
END_TEST

static const char where_src[] =
	"package p\n"
	"\n"
	"func f() {\n"
	"\tr = r.WithContext(ctx) // c\n"
	"\tx := g(a, // why\n"
	"\t\tb,\n"
	"\t)\n"
	"\ts := \"\xc3\xa9\" + strings.Repeat(\"\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"
	"\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"
	"\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"
	"\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"
	"\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"
	"\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\", n)\n"
	"\tm := T{A: 1, B: 2}\n"
	"}\n";

/* el_where_source for where at line:col of s into out: its result. */
static int where_at(scan *s, unsigned long line, unsigned long col, const char *where, el_buf *out,
                    const el_allocator *a)
{
	return el_where_source(s->f, line, col, el_str_make(where, strlen(where)), out, a);
}

START_TEST(where_source_shapes)
{
	scan s;
	el_buf out = { 0 };
	static const struct {
		unsigned long line, col;
		const char *where, *want; /* NULL: WHERE kept */
	} cases[] = {
		/* the statement whose operator is there */
		{ 4, 4, "r = ~r0", "r = r.WithContext(ctx)" },
		/* an inlined callee's code, made-up names or not: the call */
		{ 4, 19, "~r0 = http.r2", "r.WithContext(ctx)" },
		{ 4, 19, "http.r2 := new(http.Request)", "r.WithContext(ctx)" },
		/* the user's own assignment needs nothing */
		{ 4, 4, "r = s", NULL },
		/* a call on one line: comments left out, no trailing comma */
		{ 5, 8, "g(~r0, b)", "g(a, b)" },
		/* as many left-hand sides, or made-up ones */
		{ 5, 4, "x := ~r0", "x := g(a, b)" },
		{ 5, 4, "x, y := ~r0, ~r1", NULL },
		{ 5, 4, ".autotmp_1, .autotmp_2 := ~r0", "x := g(a, b)" },
		/* another operator than the one there */
		{ 8, 11, "\"\xc3\xa9\" - ~r0", NULL },
		/* a composite literal's body as the compiler prints it */
		{ 9, 4, "m := ~r0", "m := T{...}" },
		/* a return where there is none */
		{ 9, 4, "return ~r0", NULL },
		/* no such position */
		{ 99, 1, "~r0", NULL },
		{ 4, 99, "~r0", NULL },
	};
	size_t i;

	scan_open(&s, where_src, sizeof where_src - 1);
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		int rc = where_at(&s, cases[i].line, cases[i].col, cases[i].where, &out, NULL);
		ck_assert_msg(rc == (cases[i].want != NULL), "%s: %d", cases[i].where, rc);
		if (cases[i].want) {
			ck_assert_uint_eq(out.len, strlen(cases[i].want));
			ck_assert_msg(memcmp(out.ptr, cases[i].want, out.len) == 0, "%s: %.*s",
			              cases[i].where, (int)out.len, out.ptr);
		}
	}
	/* long text: cut at a character boundary with "..." */
	ck_assert_int_eq(where_at(&s, 8, 11, "\"\xc3\xa9\" + ~r0", &out, NULL), 1);
	ck_assert_uint_le(out.len, 120 + 3);
	ck_assert_uint_gt(out.len, 100);
	ck_assert(memcmp(out.ptr + out.len - 3, "...", 3) == 0);
	ck_assert(memcmp(out.ptr, EL_LIT("\"\xc3\xa9\" + strings.Repeat(\"")) == 0);
	ck_assert_uint_eq((unsigned char)out.ptr[out.len - 4], 0xa9); /* a whole é */
	el_buf_release(&out, NULL);
	scan_done(&s);
}
END_TEST

START_TEST(where_source_out_of_memory)
{
	scan s;
	tu_failing c;
	el_allocator a;
	long n;

	scan_open(&s, where_src, sizeof where_src - 1);
	for (n = 0;; n++) {
		el_buf out = { 0 };
		int rc;

		tu_failing_init(&c, n, &a);
		rc = where_at(&s, 8, 11, "\"\xc3\xa9\" + ~r0", &out, &a);
		ck_assert_int_eq(rc, c.failed ? -2 : 1);
		el_buf_release(&out, &a);
		ck_assert_msg(c.live == 0, "allocation %ld failed: %ld blocks leaked", n, c.live);
		if (!c.failed)
			break;
	}
	ck_assert_int_gt(n, 0);
	scan_done(&s);
}
END_TEST

Suite *directives_suite(void)
{
	Suite *s = suite_create("directives");
	TCase *tc = tcase_create("forms");

	tcase_add_test(tc, present_is_a_bounded_check);
	tcase_add_test(tc, ignore_at_end_of_line);
	tcase_add_test(tc, ignore_on_its_own_line);
	tcase_add_test(tc, directives_in_a_row_share_their_line);
	tcase_add_test(tc, file_ignore);
	tcase_add_test(tc, bad_suppressions);
	tcase_add_test(tc, noalloc_on_a_function);
	tcase_add_test(tc, noalloc_on_methods);
	tcase_add_test(tc, noalloc_outside_a_doc_comment);
	tcase_add_test(tc, noescape);
	tcase_add_test(tc, unknown_directives);
	tcase_add_test(tc, lookalikes_are_not_directives);
	tcase_add_test(tc, crlf_line_endings);
	tcase_add_test(tc, out_of_memory_everywhere);
	suite_add_tcase(s, tc);
	tc = tcase_create("wheres");
	tcase_add_test(tc, where_needs_source);
	tcase_add_test(tc, where_source_shapes);
	tcase_add_test(tc, where_source_out_of_memory);
	suite_add_tcase(s, tc);
	return s;
}
