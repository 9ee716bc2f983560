/*
 * check_report.c -- the report writers (lib/report*.c).
 *
 * SARIF: the log of a real compiler log checked as a whole (schema, one
 * run, the driver's rules in order, ruleIndex, embedded links, distinct
 * fingerprints, %SRCROOT%, code flows), the results cap, an empty log,
 * UTF-16 columns.  GitHub: the per-type annotation cap and its closing
 * notice, the runner's escapes.  gcc, text and markdown: hostile input
 * (line breaks, control characters, bidi overrides, invalid UTF-8,
 * markdown and HTML) never reaches the output raw; the text snippet's
 * caret.  Fingerprints ignore lines and white space.  Every allocation of
 * a small report fails once, in each writer.
 */
#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check_suites.h"
#include "testutil.h"

/* ------------------------------------------------------------------ */
/* Helpers                                                            */
/* ------------------------------------------------------------------ */

static el_str S(const char *s)
{
	el_str x;

	x.ptr = s;
	x.len = strlen(s);
	return x;
}

/* el_write_fn into a tu_str. */
static int to_str(const char *buf, size_t len, void *ctx)
{
	tu_str_add(ctx, buf, len);
	return 0;
}

/* What was written ("" when nothing was). */
static const char *text_of(const tu_str *out)
{
	return out->ptr ? out->ptr : "";
}

/* Occurrences of frag in s. */
static size_t count_of(const char *s, const char *frag)
{
	size_t n = 0;

	while ((s = strstr(s, frag)) != NULL) {
		n++;
		s += strlen(frag);
	}
	return n;
}

/* Line i (0-based) of s without its newline, as a new string; NULL when
 * s has fewer lines. */
static char *line_at(const char *s, size_t i)
{
	const char *nl;

	for (; i > 0; i--) {
		if (!(nl = strchr(s, '\n')))
			return NULL;
		s = nl + 1;
	}
	if (!*s)
		return NULL;
	nl = strchr(s, '\n');
	return strndup(s, nl ? (size_t)(nl - s) : strlen(s));
}

/* The index of the (skip+1)-th line of s that contains frag, or -1. */
static long line_index(const char *s, const char *frag, int skip)
{
	size_t i;
	char *l;

	for (i = 0; (l = line_at(s, i)) != NULL; i++) {
		int hit = strstr(l, frag) != NULL;
		free(l);
		if (hit && skip-- == 0)
			return (long)i;
	}
	return -1;
}

/* Is s[0..n) valid UTF-8 (no overlong forms, surrogates or code points
 * past U+10FFFF)? */
static int valid_utf8(const unsigned char *s, size_t n)
{
	size_t i = 0, k, len;
	unsigned long cp;

	while (i < n) {
		unsigned c = s[i];
		if (c < 0x80) {
			i++;
			continue;
		}
		if (c >= 0xc2 && c <= 0xdf)
			len = 2, cp = c & 0x1f;
		else if (c >= 0xe0 && c <= 0xef)
			len = 3, cp = c & 0x0f;
		else if (c >= 0xf0 && c <= 0xf4)
			len = 4, cp = c & 0x07;
		else
			return 0;
		if (i + len > n)
			return 0;
		for (k = 1; k < len; k++) {
			if ((s[i + k] & 0xc0) != 0x80)
				return 0;
			cp = cp << 6 | (s[i + k] & 0x3f);
		}
		if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10ffff)) ||
		    (cp >= 0xd800 && cp <= 0xdfff))
			return 0;
		i += len;
	}
	return 1;
}

/* Fail when s holds a character that must not reach a terminal raw: C0
 * controls other than the newline, DEL, C1 controls (U+0080-U+009F),
 * bidirectional embeddings, overrides and isolates (U+202A-U+202E,
 * U+2066-U+2069), or invalid UTF-8.  NUL included: out's length is
 * used, not strlen. */
static void assert_terminal_safe(const tu_str *out)
{
	const char *s = text_of(out);
	const unsigned char *p = (const unsigned char *)s;
	size_t i, n = out->len;

	ck_assert_msg(valid_utf8(p, n), "invalid UTF-8 in output:\n%s", s);
	for (i = 0; i < n; i++) {
		ck_assert_msg((p[i] >= 0x20 && p[i] != 0x7f) || p[i] == '\n',
		              "raw control byte 0x%02x at %zu of:\n%s", p[i], i, s);
		ck_assert_msg(!(p[i] == 0xc2 && i + 1 < n && p[i + 1] < 0xa0),
		              "raw C1 control at %zu of:\n%s", i, s);
		ck_assert_msg(!(p[i] == 0xe2 && i + 2 < n &&
		                ((p[i + 1] == 0x80 && p[i + 2] >= 0xaa && p[i + 2] <= 0xae) ||
		                 (p[i + 1] == 0x81 && p[i + 2] >= 0xa6 && p[i + 2] <= 0xa9))),
		              "raw bidi control at %zu of:\n%s", i, s);
	}
}

/* The code point at index cp (0-based) of UTF-8 text s, or NULL. */
static const char *at_codepoint(const char *s, size_t cp)
{
	for (; *s; s++)
		if (((unsigned char)*s & 0xc0) != 0x80 && cp-- == 0)
			return s;
	return NULL;
}

/* The default rules, without JIT (valgrind cannot follow JIT code). */
static el_rules *default_rules(void)
{
	el_rules *rs = el_rules_new(NULL);

	ck_assert_ptr_nonnull(rs);
	el_rules_set_jit(rs, 0);
	ck_assert_int_eq(el_rules_add_defaults(rs), EL_OK);
	return rs;
}

static const el_rule *rule(const el_rules *rs, const char *name)
{
	const el_rule *r = el_rules_find(rs, name);

	ck_assert_msg(r != NULL, "no rule %s", name);
	return r;
}

/* The repository root's file rel (derived from FIXTURES_DIR, which is
 * ROOT/tests/fixtures); a static buffer. */
static const char *repo_path(const char *rel)
{
	static char path[4096];
	char root[4000], *slash;
	int i;

	snprintf(root, sizeof root, "%s", FIXTURES_DIR);
	for (i = 0; i < 2; i++) {
		slash = strrchr(root, '/');
		ck_assert_ptr_nonnull(slash);
		*slash = '\0';
	}
	snprintf(path, sizeof path, "%s/%s", root, rel);
	return path;
}

/* path with "." and ".." components resolved lexically, as the library
 * resolves the source root (distcheck's paths hold "sub/../.."); keeps a
 * trailing slash; a static buffer. */
static const char *lexical(const char *path)
{
	static char out[4096];
	size_t n = 0;
	const char *p = path;

	while (*p) {
		const char *e = strchr(p, '/');
		size_t len = e ? (size_t)(e - p) : strlen(p);
		if (len == 2 && p[0] == '.' && p[1] == '.') {
			while (n > 0 && out[n - 1] != '/')
				n--;
			if (n > 1)
				n--; /* the slash before the dropped component */
		} else if (len > 0 && !(len == 1 && p[0] == '.')) {
			ck_assert(n + len + 2 < sizeof out);
			if (n == 0 || out[n - 1] != '/')
				out[n++] = '/';
			memcpy(out + n, p, len);
			n += len;
		}
		p += len;
		if (*p == '/')
			p++;
	}
	if (n == 0 || path[strlen(path) - 1] == '/')
		out[n++] = '/';
	out[n] = '\0';
	return out;
}

/* A Go source file in a fresh temporary directory. */
typedef struct tmpsrc {
	char dir[64];
	char file[128];
} tmpsrc;

static void tmpsrc_make(tmpsrc *t, const char *name, const char *text)
{
	FILE *f;

	snprintf(t->dir, sizeof t->dir, "/tmp/check_report.XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(t->dir));
	snprintf(t->file, sizeof t->file, "%s/%s", t->dir, name);
	f = fopen(t->file, "wb");
	ck_assert_ptr_nonnull(f);
	ck_assert_int_ge(fputs(text, f), 0);
	ck_assert_int_eq(fclose(f), 0);
}

static void tmpsrc_remove(tmpsrc *t)
{
	unlink(t->file);
	rmdir(t->dir);
}

/* ------------------------------------------------------------------ */
/* Hand-made objects and findings                                     */
/* ------------------------------------------------------------------ */

/* An object with room for a one-step chain (two notes) and one inlined
 * copy.  It points into itself: initialise in place, never copy. */
typedef struct hobj {
	el_object o;
	el_chain chain;
	el_step step;
	el_note notes[2];
	el_related rel;
} hobj;

static void hobj_init(hobj *h, el_object_kind kind, const char *pkg, const char *fn,
                      const char *file, unsigned long line, unsigned long col, const char *subject)
{
	memset(h, 0, sizeof *h);
	h->o.kind = kind;
	h->o.package = S(pkg);
	h->o.function = S(fn);
	h->o.pos.file = S(file);
	h->o.pos.line = line;
	h->o.pos.col = col;
	h->o.subject = S(subject);
	h->o.cost = h->o.budget = -1;
}

/* The chain `dst = src` with notes where1 (why1) and where2 (why2), both
 * at file:line:col (where2 is the sink). */
static void hobj_chain(hobj *h, const char *dst, const char *src, const char *where1,
                       const char *why1, const char *where2, const char *why2, const char *file,
                       unsigned long line, unsigned long col)
{
	int i;

	h->notes[0].where = S(where1);
	h->notes[0].why = S(why1);
	h->notes[1].where = S(where2);
	h->notes[1].why = S(why2);
	for (i = 0; i < 2; i++) {
		h->notes[i].at.file = S(file);
		h->notes[i].at.line = line;
		h->notes[i].at.col = col;
	}
	h->step.dst = S(dst);
	h->step.src = S(src);
	h->step.notes = h->notes;
	h->step.nnotes = 2;
	h->chain.steps = &h->step;
	h->chain.nsteps = 1;
	h->chain.derefs = -1;
	h->o.chains = &h->chain;
	h->o.nchains = 1;
}

static void hobj_related(hobj *h, const char *fn, const char *file, unsigned long line,
                         unsigned long col)
{
	h->rel.kind = EL_REL_INLINED;
	h->rel.function = S(fn);
	h->rel.package = h->o.package;
	h->rel.pos.file = S(file);
	h->rel.pos.line = line;
	h->rel.pos.col = col;
	h->o.related = &h->rel;
	h->o.nrelated = 1;
}

/* A finding of o by rule r (NULL: unclassified). */
static el_finding finding(const el_object *o, const el_rule *r, el_level lv, const char *msg,
                          const char *fix)
{
	el_finding f;

	memset(&f, 0, sizeof f);
	f.object = o;
	f.rule = r;
	f.level = lv;
	f.message = S(msg);
	f.fix = S(fix);
	return f;
}

/* ------------------------------------------------------------------ */
/* The quick-start example through the whole pipeline                 */
/* ------------------------------------------------------------------ */

#define QS_MAX 64

typedef struct qs_run {
	el_grouper *g;
	el_rules *rs;
	el_report *r;
	int all;                      /* deliver unmatched objects too */
	size_t delivered;             /* findings el_report_finding accepted */
	el_level level[QS_MAX];       /* their levels, in order */
	char rule_id[QS_MAX][16];     /* their rules' ids */
} qs_run;

static int qs_record(const el_record *rec, void *ctx)
{
	return el_grouper_add(((qs_run *)ctx)->g, rec) != EL_OK;
}

static int qs_object(const el_object *o, void *ctx)
{
	qs_run *q = ctx;
	el_finding f;

	if (!el_rules_match(q->rs, o, &f) && !q->all)
		return 0;
	if (el_report_finding(q->r, &f) != EL_OK)
		return 1;
	ck_assert_uint_lt(q->delivered, QS_MAX);
	/* a finding without a rule is an `unclassified` note (escapelint.h) */
	q->level[q->delivered] = f.rule ? f.level : EL_LEVEL_NOTE;
	snprintf(q->rule_id[q->delivered], sizeof q->rule_id[0], "%s",
	         f.rule ? el_rule_id(f.rule) : "EL000");
	q->delivered++;
	return 0;
}

/* Run examples/quickstart/quickstart.m2.log through parser, grouper,
 * el_rules_match (default rules) and a report with options ro, whose
 * srcroot and cwd become the example's directory, sources read. */
static void qs_report(el_report_options *ro, int all, qs_run *q, tu_str *out)
{
	char dir[4096], *log;
	size_t len;
	el_group_options go = { 0 };
	el_parser *p;

	snprintf(dir, sizeof dir, "%s", repo_path("examples/quickstart"));
	log = tu_read_file(repo_path("examples/quickstart/quickstart.m2.log"), &len);
	memset(q, 0, sizeof *q);
	q->rs = default_rules();
	q->all = all;
	ro->srcroot = ro->cwd = dir;
	ro->read_sources = 1;
	ro->rules = q->rs;
	q->r = el_report_new(ro, to_str, out, NULL);
	ro->srcroot = ro->cwd = NULL; /* dir goes out of scope */
	go.srcroot = go.cwd = dir;
	go.read_sources = 1;
	q->g = el_grouper_new(&go, qs_object, q, NULL);
	p = el_parser_new(qs_record, q, NULL);
	ck_assert(q->r && q->g && p);
	ck_assert_int_eq(el_parser_feed(p, log, len), EL_OK);
	ck_assert_int_eq(el_parser_finish(p), EL_OK);
	ck_assert_int_eq(el_grouper_finish(q->g), EL_OK);
	ck_assert_int_eq(el_report_finish(q->r, el_grouper_stats(q->g)), EL_OK);
	/* every object of the example is below the source root */
	ck_assert_uint_eq(el_report_hidden(q->r), 0);
	el_parser_free(p);
	free(log);
}

static void qs_free(qs_run *q)
{
	el_report_free(q->r);
	el_grouper_free(q->g);
	el_rules_free(q->rs);
}

/* ------------------------------------------------------------------ */
/* SARIF checks                                                       */
/* ------------------------------------------------------------------ */

static const cJSON *jget(const cJSON *o, const char *name)
{
	const cJSON *x = cJSON_GetObjectItemCaseSensitive(o, name);

	ck_assert_msg(x != NULL, "no member %s", name);
	return x;
}

static const char *jstr(const cJSON *o, const char *name)
{
	const cJSON *x = jget(o, name);

	ck_assert_msg(cJSON_IsString(x), "%s is not a string", name);
	return x->valuestring;
}

static const cJSON *jarr(const cJSON *o, const char *name)
{
	const cJSON *x = jget(o, name);

	ck_assert_msg(cJSON_IsArray(x), "%s is not an array", name);
	return x;
}

static double jnum(const cJSON *o, const char *name)
{
	const cJSON *x = jget(o, name);

	ck_assert_msg(cJSON_IsNumber(x), "%s is not a number", name);
	return x->valuedouble;
}

static int starts_with(const char *s, const char *prefix)
{
	return strncmp(s, prefix, strlen(prefix)) == 0;
}

static int ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), k = strlen(suffix);

	return n >= k && strcmp(s + n - k, suffix) == 0;
}

/* Does related (may be NULL) hold a location with this id? */
static int related_has(const cJSON *related, long id)
{
	const cJSON *loc;

	cJSON_ArrayForEach(loc, related) {
		const cJSON *x = cJSON_GetObjectItemCaseSensitive(loc, "id");
		if (cJSON_IsNumber(x) && (long)x->valuedouble == id)
			return 1;
	}
	return 0;
}

/* Every embedded link `[text](N)` of SARIF message t must name a
 * location of related (backslash-escaped brackets are text).  Returns
 * the number of links. */
static int check_links(const char *t, const cJSON *related)
{
	size_t i = 0, n = strlen(t), j, k;
	int links = 0;

	while (i < n) {
		if (t[i] == '\\') {
			i += 2;
			continue;
		}
		if (t[i] != '[') {
			i++;
			continue;
		}
		for (j = i + 1; j < n && t[j] != ']'; j++)
			if (t[j] == '\\')
				j++;
		if (j + 1 >= n || t[j + 1] != '(') {
			i++;
			continue;
		}
		for (k = j + 2; k < n && t[k] >= '0' && t[k] <= '9'; k++)
			;
		if (k == j + 2 || k >= n || t[k] != ')') {
			i++;
			continue;
		}
		ck_assert_msg(related_has(related, strtol(t + j + 2, NULL, 10)),
		              "link %.*s names no related location in: %s", (int)(k + 1 - i), t + i, t);
		links++;
		i = k + 1;
	}
	return links;
}

/* Call fn on every artifactLocation anywhere below x. */
static void each_artifact(const cJSON *x, void (*fn)(const cJSON *art, void *ctx), void *ctx)
{
	const cJSON *c;

	cJSON_ArrayForEach(c, x) {
		if (c->string && strcmp(c->string, "artifactLocation") == 0)
			fn(c, ctx);
		else if (cJSON_IsObject(c) || cJSON_IsArray(c))
			each_artifact(c, fn, ctx);
	}
}

/* Parse a SARIF log (fails the test when it is not JSON). */
static cJSON *sarif_parse(const char *text)
{
	cJSON *log = cJSON_Parse(text);

	ck_assert_msg(log != NULL, "not JSON:\n%.2000s", text);
	return log;
}

/*
 * What every SARIF log escapelint writes must satisfy: schema and version
 * 2.1.0, one run of the driver escapelint at el_version() whose rules are
 * those of rs in order (and EL000 last when unclassified), columns in
 * UTF-16 code units, %SRCROOT% a file URI of a directory, nresults
 * results each with a ruleIndex naming the rule of its ruleId, links that
 * name its related locations (whose ids are distinct), a fingerprint no
 * other result has, non-empty code flows when it has any; one invocation
 * that succeeded or not.  Returns the run.
 */
static const cJSON *sarif_check(const cJSON *log, const el_rules *rs, int unclassified,
                                size_t nresults, int success)
{
	const cJSON *runs, *run, *driver, *rules, *results, *res, *x, *inv;
	const char *fps[256];
	size_t nrules = rs ? el_rules_count(rs) : 0, i, j, n = 0;

	ck_assert(starts_with(jstr(log, "$schema"), "https://"));
	ck_assert(strstr(jstr(log, "$schema"), "sarif") != NULL);
	ck_assert_str_eq(jstr(log, "version"), "2.1.0");
	runs = jarr(log, "runs");
	ck_assert_int_eq(cJSON_GetArraySize(runs), 1);
	run = cJSON_GetArrayItem(runs, 0);

	driver = jget(jget(run, "tool"), "driver");
	ck_assert_str_eq(jstr(driver, "name"), "escapelint");
	ck_assert_str_eq(jstr(driver, "semanticVersion"), el_version());
	rules = jarr(driver, "rules");
	ck_assert_int_eq(cJSON_GetArraySize(rules), (int)(nrules + (unclassified != 0)));
	for (i = 0; i < nrules; i++) {
		x = cJSON_GetArrayItem(rules, (int)i);
		ck_assert_str_eq(jstr(x, "id"), el_rule_id(el_rules_at(rs, i)));
		ck_assert_str_eq(jstr(x, "name"), el_rule_name(el_rules_at(rs, i)));
	}
	if (unclassified) {
		x = cJSON_GetArrayItem(rules, (int)nrules);
		ck_assert_str_eq(jstr(x, "id"), "EL000");
		ck_assert_str_eq(jstr(x, "name"), "unclassified");
	}

	ck_assert_str_eq(jstr(run, "columnKind"), "utf16CodeUnits");
	x = jget(jget(run, "originalUriBaseIds"), "%SRCROOT%");
	ck_assert(starts_with(jstr(x, "uri"), "file:///"));
	ck_assert(ends_with(jstr(x, "uri"), "/"));

	results = jarr(run, "results"); /* an array even when empty */
	ck_assert_int_eq(cJSON_GetArraySize(results), (int)nresults);
	ck_assert_uint_le(nresults, sizeof fps / sizeof *fps);
	cJSON_ArrayForEach(res, results) {
		const char *id = jstr(res, "ruleId"), *lv = jstr(res, "level");
		const cJSON *related = cJSON_GetObjectItemCaseSensitive(res, "relatedLocations");
		const cJSON *flows = cJSON_GetObjectItemCaseSensitive(res, "codeFlows"), *cf, *tf;
		double idx = jnum(res, "ruleIndex");

		ck_assert(idx >= 0 && idx < cJSON_GetArraySize(rules));
		ck_assert_str_eq(jstr(cJSON_GetArrayItem(rules, (int)idx), "id"), id);
		ck_assert(!strcmp(lv, "note") || !strcmp(lv, "warning") || !strcmp(lv, "error"));
		ck_assert_int_ge(cJSON_GetArraySize(jarr(res, "locations")), 1);
		if (related) {
			ck_assert(cJSON_IsArray(related));
			for (i = 0; i < (size_t)cJSON_GetArraySize(related); i++)
				for (j = i + 1; j < (size_t)cJSON_GetArraySize(related); j++)
					ck_assert(jnum(cJSON_GetArrayItem(related, (int)i), "id") !=
					          jnum(cJSON_GetArrayItem(related, (int)j), "id"));
		}
		check_links(jstr(jget(res, "message"), "text"), related);
		if (flows) {
			ck_assert(cJSON_IsArray(flows));
			ck_assert_int_gt(cJSON_GetArraySize(flows), 0);
			cJSON_ArrayForEach(cf, flows) {
				ck_assert_int_gt(cJSON_GetArraySize(jarr(cf, "threadFlows")), 0);
				cJSON_ArrayForEach(tf, jget(cf, "threadFlows"))
					ck_assert_int_gt(cJSON_GetArraySize(jarr(tf, "locations")), 0);
			}
		}
		fps[n++] = jstr(jget(res, "partialFingerprints"), "escapelint/v1");
	}
	for (i = 0; i < n; i++)
		for (j = i + 1; j < n; j++)
			ck_assert_msg(strcmp(fps[i], fps[j]) != 0, "results %zu and %zu share fingerprint %s",
			              i, j, fps[i]);

	inv = jarr(run, "invocations");
	ck_assert_int_eq(cJSON_GetArraySize(inv), 1);
	x = jget(cJSON_GetArrayItem(inv, 0), "executionSuccessful");
	ck_assert(cJSON_IsBool(x));
	ck_assert_int_eq(cJSON_IsTrue(x), success);
	return run;
}

/* The toolExecutionNotification with this descriptor id, or NULL. */
static const cJSON *notification(const cJSON *run, const char *id)
{
	const cJSON *inv = cJSON_GetArrayItem(jarr(run, "invocations"), 0), *n;

	cJSON_ArrayForEach(n, jarr(inv, "toolExecutionNotifications"))
		if (strcmp(jstr(jget(n, "descriptor"), "id"), id) == 0)
			return n;
	return NULL;
}

/* Match every result of run to a distinct finding q delivered with the
 * same rule and level (results need not keep the delivery order: the
 * writer may put notes last).  kept[level] counts the matched results. */
static void match_delivered(const cJSON *run, const qs_run *q, unsigned long kept[])
{
	int used[QS_MAX] = { 0 };
	const cJSON *res;
	size_t i;

	cJSON_ArrayForEach(res, jget(run, "results")) {
		for (i = 0; i < q->delivered; i++)
			if (!used[i] && strcmp(jstr(res, "ruleId"), q->rule_id[i]) == 0 &&
			    strcmp(jstr(res, "level"), el_level_name(q->level[i])) == 0)
				break;
		ck_assert_msg(i < q->delivered, "result %s (%s) was not delivered", jstr(res, "ruleId"),
		              jstr(res, "level"));
		used[i] = 1;
		kept[q->level[i]]++;
	}
}

/* Every artifact location of the quick-start log is quickstart.go below
 * %SRCROOT%. */
static void art_is_quickstart(const cJSON *art, void *ctx)
{
	(*(int *)ctx)++;
	ck_assert_str_eq(jstr(art, "uriBaseId"), "%SRCROOT%");
	ck_assert_str_eq(jstr(art, "uri"), "quickstart.go");
}

/* ------------------------------------------------------------------ */
/* SARIF                                                              */
/* ------------------------------------------------------------------ */

/* The SARIF log of a real -m=2 log is well formed as a whole: see
 * sarif_check; every location is the relative quickstart.go below
 * %SRCROOT%, which is the example's directory; chains become code flows
 * and their sinks linked related locations. */
START_TEST(sarif_quickstart_log)
{
	el_report_options ro = { 0 };
	tu_str out = { 0 }, want = { 0 };
	qs_run q;
	cJSON *log;
	const cJSON *run, *res;
	unsigned long kept[EL_LEVEL_ERROR + 1] = { 0 };
	size_t linked = 0, flows = 0, returned = 0;
	int arts = 0;

	ro.format = EL_FMT_SARIF;
	qs_report(&ro, 0, &q, &out);
	ck_assert_uint_ge(q.delivered, 10); /* the example has a dozen findings */
	ck_assert_uint_eq(el_report_level_count(q.r, EL_LEVEL_NOTE) +
	                  el_report_level_count(q.r, EL_LEVEL_WARNING) +
	                  el_report_level_count(q.r, EL_LEVEL_ERROR), q.delivered);
	log = sarif_parse(text_of(&out));
	run = sarif_check(log, q.rs, 0, q.delivered, 1);

	tu_str_add(&want, "file://", 7);
	tu_str_add(&want, lexical(repo_path("examples/quickstart/")),
	           strlen(lexical(repo_path("examples/quickstart/"))));
	ck_assert_str_eq(jstr(jget(jget(run, "originalUriBaseIds"), "%SRCROOT%"), "uri"), want.ptr);
	each_artifact(run, art_is_quickstart, &arts);
	ck_assert_int_gt(arts, (int)q.delivered); /* results, their flows and related locations */

	/* the results are the findings delivered, each once */
	match_delivered(run, &q, kept);
	cJSON_ArrayForEach(res, jget(run, "results")) {
		const cJSON *related = cJSON_GetObjectItemCaseSensitive(res, "relatedLocations");
		if (check_links(jstr(jget(res, "message"), "text"), related) > 0)
			linked++;
		if (cJSON_GetObjectItemCaseSensitive(res, "codeFlows"))
			flows++;
	}
	ck_assert_uint_gt(linked, 0);
	ck_assert_uint_gt(flows, 0);

	/* `./quickstart.go:19:2: moved to heap: r` in NewRequest, returned as
	 * &r: return-local-address, at 19:2 and ending after the one-letter r */
	cJSON_ArrayForEach(res, jget(run, "results")) {
		const cJSON *region = jget(jget(cJSON_GetArrayItem(jget(res, "locations"), 0),
		                                "physicalLocation"), "region");
		if (strcmp(jstr(res, "ruleId"), el_rule_id(rule(q.rs, "return-local-address"))) != 0)
			continue;
		ck_assert_int_eq((int)jnum(region, "startLine"), 19);
		ck_assert_int_eq((int)jnum(region, "startColumn"), 2);
		ck_assert_int_eq((int)jnum(region, "endColumn"), 3);
		ck_assert_str_eq(jstr(jget(res, "properties"), "subject"), "r");
		ck_assert_str_eq(jstr(jget(res, "properties"), "function"), "NewRequest");
		returned++;
	}
	ck_assert_uint_eq(returned, 1);
	cJSON_Delete(log);
	tu_str_free(&want);
	tu_str_free(&out);
	qs_free(&q);
}
END_TEST

/* With opts.unclassified and every object delivered, the driver lists
 * EL000 after the rules of the set, and objects no rule matched are
 * results of EL000 (ruleIndex: the last rule) at level note. */
START_TEST(sarif_quickstart_unclassified)
{
	el_report_options ro = { 0 };
	tu_str out = { 0 };
	qs_run q;
	cJSON *log;
	const cJSON *run, *res;
	size_t unclassified = 0, i;

	ro.format = EL_FMT_SARIF;
	ro.unclassified = 1;
	qs_report(&ro, 1, &q, &out);
	for (i = 0; i < q.delivered; i++)
		unclassified += strcmp(q.rule_id[i], "EL000") == 0;
	ck_assert_uint_gt(unclassified, 0); /* the example has an object no rule matches */
	log = sarif_parse(text_of(&out));
	run = sarif_check(log, q.rs, 1, q.delivered, 1);
	cJSON_ArrayForEach(res, jget(run, "results"))
		if (strcmp(jstr(res, "ruleId"), "EL000") == 0) {
			ck_assert_int_eq((int)jnum(res, "ruleIndex"), (int)el_rules_count(q.rs));
			ck_assert_str_eq(jstr(res, "level"), "note");
			unclassified--;
		}
	ck_assert_uint_eq(unclassified, 0);
	cJSON_Delete(log);
	tu_str_free(&out);
	qs_free(&q);
}
END_TEST

/* max_results = 3: three of the findings delivered are the results, and
 * a results-capped warning counts the others by level (what was fed
 * minus what was kept); a warning does not make the run unsuccessful. */
START_TEST(sarif_results_capped)
{
	el_report_options ro = { 0 };
	tu_str out = { 0 };
	qs_run q;
	cJSON *log;
	const cJSON *run, *n;
	unsigned long fed[EL_LEVEL_ERROR + 1] = { 0 }, kept[EL_LEVEL_ERROR + 1] = { 0 };
	char want[200];
	size_t i;

	ro.format = EL_FMT_SARIF;
	ro.max_results = 3;
	qs_report(&ro, 0, &q, &out);
	ck_assert_uint_gt(q.delivered, 3);
	for (i = 0; i < q.delivered; i++)
		fed[q.level[i]]++;
	log = sarif_parse(text_of(&out));
	run = sarif_check(log, q.rs, 0, 3, 1);
	match_delivered(run, &q, kept);
	n = notification(run, "results-capped");
	ck_assert_ptr_nonnull(n);
	ck_assert_str_eq(jstr(n, "level"), "warning");
	snprintf(want, sizeof want, "%zu results were left out (%lu errors, %lu warnings, %lu notes)",
	         q.delivered - 3, fed[EL_LEVEL_ERROR] - kept[EL_LEVEL_ERROR],
	         fed[EL_LEVEL_WARNING] - kept[EL_LEVEL_WARNING], fed[EL_LEVEL_NOTE] - kept[EL_LEVEL_NOTE]);
	ck_assert_msg(strstr(jstr(jget(n, "message"), "text"), want) != NULL, "want \"%s\" in \"%s\"",
	              want, jstr(jget(n, "message"), "text"));
	cJSON_Delete(log);
	tu_str_free(&out);
	qs_free(&q);
}
END_TEST

/* The cap with all three levels: 3 errors, 3 warnings and 3 notes fed
 * (interleaved) to a report keeping 4; the notification counts, per
 * level, what was fed minus what the results hold. */
START_TEST(sarif_results_capped_levels)
{
	static const el_level order[9] = { EL_LEVEL_WARNING, EL_LEVEL_NOTE, EL_LEVEL_ERROR,
		                               EL_LEVEL_NOTE, EL_LEVEL_ERROR, EL_LEVEL_WARNING,
		                               EL_LEVEL_ERROR, EL_LEVEL_NOTE, EL_LEVEL_WARNING };
	el_rules *rs = default_rules();
	el_report_options ro = { 0 };
	tu_str out = { 0 };
	el_report *r;
	cJSON *log;
	const cJSON *run, *res, *n;
	unsigned long kept[EL_LEVEL_ERROR + 1] = { 0 };
	char want[200], subject[16];
	int i;

	ro.format = EL_FMT_SARIF;
	ro.rules = rs;
	ro.max_results = 4;
	ro.srcroot = ro.cwd = "/src";
	r = el_report_new(&ro, to_str, &out, NULL);
	for (i = 0; i < 9; i++) {
		el_finding f;
		hobj h;
		snprintf(subject, sizeof subject, "v%d", i);
		hobj_init(&h, EL_OBJ_MOVED, "example.com/p", "F", "p.go", (unsigned long)i + 1, 2, subject);
		f = finding(&h.o, rule(rs, "return-local-address"), order[i], "m", "");
		ck_assert_int_eq(el_report_finding(r, &f), EL_OK);
	}
	ck_assert_int_eq(el_report_finish(r, NULL), EL_OK);
	log = sarif_parse(text_of(&out));
	run = sarif_check(log, rs, 0, 4, 1);
	cJSON_ArrayForEach(res, jget(run, "results")) {
		const char *lv = jstr(res, "level");
		kept[!strcmp(lv, "error") ? EL_LEVEL_ERROR
		     : !strcmp(lv, "warning") ? EL_LEVEL_WARNING : EL_LEVEL_NOTE]++;
	}
	n = notification(run, "results-capped");
	ck_assert_ptr_nonnull(n);
	snprintf(want, sizeof want, "5 results were left out (%lu errors, %lu warnings, %lu notes)",
	         3 - kept[EL_LEVEL_ERROR], 3 - kept[EL_LEVEL_WARNING], 3 - kept[EL_LEVEL_NOTE]);
	ck_assert_msg(strstr(jstr(jget(n, "message"), "text"), want) != NULL, "want \"%s\" in \"%s\"",
	              want, jstr(jget(n, "message"), "text"));
	cJSON_Delete(log);
	el_report_free(r);
	tu_str_free(&out);
	el_rules_free(rs);
}
END_TEST

/* No finding delivered: still a complete log, with "results": [] (GitHub
 * rejects a run without results), and the driver's rules; with no rule
 * set, an empty rules array. */
START_TEST(sarif_empty_results)
{
	el_rules *rs = default_rules();
	el_report_options ro = { 0 };
	tu_str out = { 0 };
	el_report *r;
	cJSON *log;
	hobj h;

	ro.format = EL_FMT_SARIF;
	ro.rules = rs;
	ro.srcroot = ro.cwd = "/src";
	r = el_report_new(&ro, to_str, &out, NULL);
	ck_assert_ptr_nonnull(r);
	/* a bare object (no finding) is not a SARIF result */
	hobj_init(&h, EL_OBJ_MOVED, "example.com/p", "F", "p.go", 3, 2, "x");
	ck_assert_int_eq(el_report_object(r, &h.o), EL_OK);
	ck_assert_int_eq(el_report_finish(r, NULL), EL_OK);
	log = sarif_parse(text_of(&out));
	sarif_check(log, rs, 0, 0, 1);
	ck_assert_str_eq(jstr(jget(jget(cJSON_GetArrayItem(jget(log, "runs"), 0), "originalUriBaseIds"),
	                          "%SRCROOT%"), "uri"), "file:///src/");
	cJSON_Delete(log);
	el_report_free(r);
	tu_str_free(&out);

	ro.rules = NULL;
	r = el_report_new(&ro, to_str, &out, NULL);
	ck_assert_int_eq(el_report_finish(r, NULL), EL_OK);
	log = sarif_parse(text_of(&out));
	sarif_check(log, NULL, 0, 0, 1);
	cJSON_Delete(log);
	el_report_free(r);
	tu_str_free(&out);
	el_rules_free(rs);
}
END_TEST

/* Notifications become toolExecutionNotifications with their level and
 * descriptor id; an error one makes the run unsuccessful. */
START_TEST(sarif_error_notification)
{
	el_report_options ro = { 0 };
	tu_str out = { 0 };
	el_report *r;
	cJSON *log;
	const cJSON *run, *n;

	ro.format = EL_FMT_SARIF;
	r = el_report_new(&ro, to_str, &out, NULL);
	ck_assert_int_eq(el_report_notify(r, EL_LEVEL_NOTE, "unrecognized-lines", "3 lines"), EL_OK);
	ck_assert_int_eq(el_report_notify(r, EL_LEVEL_ERROR, "broken-input", "bad \"input\"\n"),
	                 EL_OK);
	ck_assert_int_eq(el_report_finish(r, NULL), EL_OK);
	log = sarif_parse(text_of(&out));
	run = sarif_check(log, NULL, 0, 0, 0);
	n = notification(run, "broken-input");
	ck_assert_ptr_nonnull(n);
	ck_assert_str_eq(jstr(n, "level"), "error");
	ck_assert_str_eq(jstr(jget(n, "message"), "text"), "bad \"input\"\n");
	n = notification(run, "unrecognized-lines");
	ck_assert_ptr_nonnull(n);
	ck_assert_str_eq(jstr(n, "level"), "note");
	cJSON_Delete(log);
	el_report_free(r);
	tu_str_free(&out);
}
END_TEST

/*
 * Line 4 of x.go is `<TAB>s := "héllo😀" + x`.  Bytes: TAB 1, s 2, ' ' 3,
 * ':' 4, '=' 5, ' ' 6, '"' 7, h 8, é 9-10, l 11, l 12, o 13, 😀 14-17,
 * '"' 18, ' ' 19, '+' 20, ' ' 21, x 22.  In UTF-16 code units é is one
 * and 😀 two, so byte column 22 is column 22 - 1 - 2 = 19, and byte
 * column 13 (the o) is 13 - 1 = 12.  In the text snippet the tab is four
 * columns and every code point one.
 */
static const char utf16_src[] = "package p\n"
                                "\n"
                                "func f(x string) string {\n"
                                "\ts := \"h\xc3\xa9llo\xf0\x9f\x98\x80\" + x\n"
                                "\treturn s\n"
                                "}\n";

/* The region of result i of a SARIF log. */
static const cJSON *region_of(const cJSON *log, int i)
{
	const cJSON *run = cJSON_GetArrayItem(jget(log, "runs"), 0);
	const cJSON *res = cJSON_GetArrayItem(jget(run, "results"), i);

	ck_assert_ptr_nonnull(res);
	return jget(jget(cJSON_GetArrayItem(jget(res, "locations"), 0), "physicalLocation"), "region");
}

/* SARIF columns are UTF-16 code units of the source line: startColumn and
 * endColumn (the extent of the subject) after multi-byte characters. */
START_TEST(sarif_utf16_columns)
{
	el_rules *rs = default_rules();
	el_report_options ro = { 0 };
	tu_str out = { 0 };
	el_report *r;
	el_finding f;
	cJSON *log;
	tmpsrc t;
	hobj x, o;

	tmpsrc_make(&t, "x.go", utf16_src);
	ro.format = EL_FMT_SARIF;
	ro.rules = rs;
	ro.srcroot = ro.cwd = t.dir;
	ro.read_sources = 1;
	r = el_report_new(&ro, to_str, &out, NULL);
	hobj_init(&x, EL_OBJ_ESCAPES, "example.com/p", "f", "x.go", 4, 22, "x");
	f = finding(&x.o, rule(rs, "interface-boxing"), EL_LEVEL_WARNING, "x is boxed", "");
	ck_assert_int_eq(el_report_finding(r, &f), EL_OK);
	hobj_init(&o, EL_OBJ_ESCAPES, "example.com/p", "f", "x.go", 4, 13, "o");
	f = finding(&o.o, rule(rs, "interface-boxing"), EL_LEVEL_WARNING, "o is boxed", "");
	ck_assert_int_eq(el_report_finding(r, &f), EL_OK);
	ck_assert_int_eq(el_report_finish(r, NULL), EL_OK);

	log = sarif_parse(text_of(&out));
	sarif_check(log, rs, 0, 2, 1);
	ck_assert_int_eq((int)jnum(region_of(log, 0), "startLine"), 4);
	ck_assert_int_eq((int)jnum(region_of(log, 0), "startColumn"), 19);
	ck_assert_int_eq((int)jnum(region_of(log, 0), "endColumn"), 20);
	ck_assert_int_eq((int)jnum(region_of(log, 1), "startColumn"), 12);
	ck_assert_int_eq((int)jnum(region_of(log, 1), "endColumn"), 13);
	cJSON_Delete(log);
	el_report_free(r);
	tu_str_free(&out);
	tmpsrc_remove(&t);
	el_rules_free(rs);
}
END_TEST

/* Without a readable source line (a missing file, or sources not read)
 * the byte column is passed through and no endColumn is guessed. */
START_TEST(sarif_unreadable_column_passthrough)
{
	el_rules *rs = default_rules();
	el_report_options ro = { 0 };
	tu_str out = { 0 };
	el_report *r;
	el_finding f;
	cJSON *log;
	const cJSON *region;
	tmpsrc t;
	hobj missing, x;
	int rd;

	tmpsrc_make(&t, "x.go", utf16_src);
	for (rd = 0; rd <= 1; rd++) {
		ro.format = EL_FMT_SARIF;
		ro.rules = rs;
		ro.srcroot = ro.cwd = t.dir;
		ro.read_sources = rd;
		r = el_report_new(&ro, to_str, &out, NULL);
		hobj_init(&missing, EL_OBJ_ESCAPES, "example.com/p", "f", "missing.go", 4, 22, "x");
		f = finding(&missing.o, rule(rs, "interface-boxing"), EL_LEVEL_WARNING, "x is boxed", "");
		ck_assert_int_eq(el_report_finding(r, &f), EL_OK);
		hobj_init(&x, EL_OBJ_ESCAPES, "example.com/p", "f", "x.go", 4, 22, "x");
		f = finding(&x.o, rule(rs, "interface-boxing"), EL_LEVEL_WARNING, "x is boxed", "");
		ck_assert_int_eq(el_report_finding(r, &f), EL_OK);
		ck_assert_int_eq(el_report_finish(r, NULL), EL_OK);
		log = sarif_parse(text_of(&out));
		region = region_of(log, 0);
		ck_assert_int_eq((int)jnum(region, "startColumn"), 22);
		ck_assert_ptr_null(cJSON_GetObjectItemCaseSensitive(region, "endColumn"));
		/* the readable file is converted only when sources are read */
		ck_assert_int_eq((int)jnum(region_of(log, 1), "startColumn"), rd ? 19 : 22);
		cJSON_Delete(log);
		el_report_free(r);
		tu_str_free(&out);
	}
	tmpsrc_remove(&t);
	el_rules_free(rs);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Fingerprints                                                       */
/* ------------------------------------------------------------------ */

/* The fingerprints of n findings (return-local-address) of objs, written
 * in that order into one SARIF log. */
static void fingerprints(hobj *const *objs, size_t n, char fps[][48])
{
	el_rules *rs = default_rules();
	el_report_options ro = { 0 };
	tu_str out = { 0 };
	el_report *r;
	cJSON *log;
	const cJSON *res;
	size_t i;

	ro.format = EL_FMT_SARIF;
	ro.rules = rs;
	ro.srcroot = ro.cwd = "/src";
	r = el_report_new(&ro, to_str, &out, NULL);
	for (i = 0; i < n; i++) {
		el_finding f = finding(&objs[i]->o, rule(rs, "return-local-address"), EL_LEVEL_WARNING,
		                       "m", "");
		ck_assert_int_eq(el_report_finding(r, &f), EL_OK);
	}
	ck_assert_int_eq(el_report_finish(r, NULL), EL_OK);
	log = sarif_parse(text_of(&out));
	i = 0;
	cJSON_ArrayForEach(res, jget(cJSON_GetArrayItem(jget(log, "runs"), 0), "results"))
		snprintf(fps[i++], 48, "%s", jstr(jget(res, "partialFingerprints"), "escapelint/v1"));
	ck_assert_uint_eq(i, n);
	cJSON_Delete(log);
	el_report_free(r);
	tu_str_free(&out);
	el_rules_free(rs);
}

/* The hash part of a fingerprint (before the occurrence). */
static void assert_same_hash(const char *a, const char *b, int same)
{
	const char *ca = strrchr(a, ':'), *cb = strrchr(b, ':');

	ck_assert_ptr_nonnull(ca);
	ck_assert_ptr_nonnull(cb);
	ck_assert_msg((ca - a == cb - b && memcmp(a, b, (size_t)(ca - a)) == 0) == same,
	              "%s and %s: hashes should %s", a, b, same ? "match" : "differ");
}

/* The same object (rule, package, function, subject) at another line or
 * column keeps its fingerprint: code that moves is the same alert. */
START_TEST(fingerprint_ignores_position)
{
	hobj a, b;
	hobj *pa[] = { &a }, *pb[] = { &b };
	char fa[1][48], fb[1][48];

	hobj_init(&a, EL_OBJ_MOVED, "example.com/p", "NewT", "p.go", 10, 2, "t");
	hobj_init(&b, EL_OBJ_MOVED, "example.com/p", "NewT", "p.go", 40, 7, "t");
	fingerprints(pa, 1, fa);
	fingerprints(pb, 1, fb);
	ck_assert_str_eq(fa[0], fb[0]);
	ck_assert(ends_with(fa[0], ":1"));
}
END_TEST

/* A second identical object in the same package (two `x escapes to
 * heap` in one function) gets the occurrence suffix :2 after the same
 * hash; the same object in another package starts again at :1 with
 * another hash. */
START_TEST(fingerprint_occurrences)
{
	hobj a, b, c;
	hobj *objs[] = { &a, &b, &c };
	char fps[3][48];

	hobj_init(&a, EL_OBJ_MOVED, "example.com/p", "NewT", "p.go", 10, 2, "t");
	hobj_init(&b, EL_OBJ_MOVED, "example.com/p", "NewT", "p.go", 12, 2, "t");
	hobj_init(&c, EL_OBJ_MOVED, "example.com/q", "NewT", "q.go", 10, 2, "t");
	fingerprints(objs, 3, fps);
	ck_assert(ends_with(fps[0], ":1"));
	ck_assert(ends_with(fps[1], ":2"));
	assert_same_hash(fps[0], fps[1], 1);
	ck_assert(ends_with(fps[2], ":1"));
	assert_same_hash(fps[0], fps[2], 0);
}
END_TEST

/* Re-indenting a multi-line subject (runs of spaces, tabs, newlines)
 * keeps the fingerprint; a change of the subject's text does not. */
START_TEST(fingerprint_whitespace)
{
	hobj a, b, c;
	hobj *pa[] = { &a }, *pb[] = { &b }, *pc[] = { &c };
	char fa[1][48], fb[1][48], fc[1][48];

	hobj_init(&a, EL_OBJ_ESCAPES, "example.com/p", "F", "p.go", 10, 2, "T{\n\t\tA: 1,\n\t}");
	hobj_init(&b, EL_OBJ_ESCAPES, "example.com/p", "F", "p.go", 11, 6, "T{\r\n    A:  1,\n}");
	hobj_init(&c, EL_OBJ_ESCAPES, "example.com/p", "F", "p.go", 10, 2, "T{\n\t\tA: 2,\n\t}");
	fingerprints(pa, 1, fa);
	fingerprints(pb, 1, fb);
	fingerprints(pc, 1, fc);
	ck_assert_str_eq(fa[0], fb[0]);
	ck_assert_str_ne(fa[0], fc[0]);
}
END_TEST

/* What the fingerprint is made of: another function or another rule
 * gives another hash. */
START_TEST(fingerprint_parts)
{
	el_rules *rs = default_rules();
	el_report_options ro = { 0 };
	tu_str out = { 0 };
	el_report *r;
	el_finding f;
	cJSON *log;
	const cJSON *results;
	hobj a, b;
	char fps[2][48];

	hobj_init(&a, EL_OBJ_MOVED, "example.com/p", "F", "p.go", 10, 2, "t");
	hobj_init(&b, EL_OBJ_MOVED, "example.com/p", "G", "p.go", 10, 2, "t");
	{
		hobj *objs[] = { &a, &b };
		fingerprints(objs, 2, fps);
		assert_same_hash(fps[0], fps[1], 0);
	}
	/* the same object under two rules */
	ro.format = EL_FMT_SARIF;
	ro.rules = rs;
	r = el_report_new(&ro, to_str, &out, NULL);
	f = finding(&a.o, rule(rs, "return-local-address"), EL_LEVEL_WARNING, "m", "");
	ck_assert_int_eq(el_report_finding(r, &f), EL_OK);
	f = finding(&a.o, rule(rs, "closure-capture"), EL_LEVEL_WARNING, "m", "");
	ck_assert_int_eq(el_report_finding(r, &f), EL_OK);
	ck_assert_int_eq(el_report_finish(r, NULL), EL_OK);
	log = sarif_parse(text_of(&out));
	results = jget(cJSON_GetArrayItem(jget(log, "runs"), 0), "results");
	assert_same_hash(jstr(jget(cJSON_GetArrayItem(results, 0), "partialFingerprints"),
	                      "escapelint/v1"),
	                 jstr(jget(cJSON_GetArrayItem(results, 1), "partialFingerprints"),
	                      "escapelint/v1"),
	                 0);
	cJSON_Delete(log);
	el_report_free(r);
	tu_str_free(&out);
	el_rules_free(rs);
}
END_TEST

/* ------------------------------------------------------------------ */
/* GitHub annotations                                                 */
/* ------------------------------------------------------------------ */

/* Write nerr errors, nwarn warnings and nnote notes through the github
 * writer, interleaved (one of each level in turn while they last); the
 * message of each is its level's letter and index: "e00", "w03", "n12". */
static void gh_levels(int nerr, int nwarn, int nnote, tu_str *out)
{
	el_rules *rs = default_rules();
	el_report_options ro = { 0 };
	el_report *r;
	const int n[3] = { nerr, nwarn, nnote };
	const el_level lv[3] = { EL_LEVEL_ERROR, EL_LEVEL_WARNING, EL_LEVEL_NOTE };
	int i[3] = { 0, 0, 0 }, k, line = 1;

	ro.format = EL_FMT_GITHUB;
	ro.srcroot = ro.cwd = "/src";
	r = el_report_new(&ro, to_str, out, NULL);
	ck_assert_ptr_nonnull(r);
	while (i[0] < n[0] || i[1] < n[1] || i[2] < n[2])
		for (k = 0; k < 3; k++) {
			char msg[16];
			el_finding f;
			hobj h;
			if (i[k] >= n[k])
				continue;
			snprintf(msg, sizeof msg, "%c%02d", "ewn"[k], i[k]++);
			hobj_init(&h, EL_OBJ_MOVED, "example.com/p", "F", "p.go", (unsigned long)line++, 2,
			          "v");
			f = finding(&h.o, rule(rs, k == 2 ? "leaking-param" : "return-local-address"), lv[k],
			            msg, "");
			ck_assert_int_eq(el_report_finding(r, &f), EL_OK);
		}
	ck_assert_int_eq(el_report_finish(r, NULL), EL_OK);
	el_report_free(r);
	el_rules_free(rs);
}

static int min_int(int a, int b)
{
	return a < b ? a : b;
}

/*
 * The annotations of gh_levels(nerr, nwarn, nnote): GitHub shows 10 of
 * each type per step, so the first 10 errors, the first 10 warnings and
 * the first notes are kept; when anything is left out, one closing
 * notice counts it, and it takes one of the 10 notice slots.  Errors
 * come first, then warnings, then notices, the closing one last.
 */
static void gh_check(int nerr, int nwarn, int nnote)
{
	static const char *const type[3] = { "::error ", "::warning ", "::notice " };
	tu_str out = { 0 };
	int shown[3], seen[3] = { 0, 0, 0 }, rest[3], total_rest, k, last = 0;
	size_t i, lines;
	char *l, want[256];
	const char *txt;

	gh_levels(nerr, nwarn, nnote, &out);
	txt = text_of(&out);
	shown[0] = min_int(nerr, 10);
	shown[1] = min_int(nwarn, 10);
	shown[2] = min_int(nnote, nerr > 10 || nwarn > 10 || nnote > 10 ? 9 : 10);
	rest[0] = nerr - shown[0];
	rest[1] = nwarn - shown[1];
	rest[2] = nnote - shown[2];
	total_rest = rest[0] + rest[1] + rest[2];
	lines = (size_t)(shown[0] + shown[1] + shown[2] + (total_rest > 0));
	ck_assert_uint_eq(count_of(txt, "\n"), lines);

	for (i = 0; i < lines; i++) {
		const char *msg;
		l = line_at(txt, i);
		ck_assert_ptr_nonnull(l);
		for (k = 0; k < 3 && !starts_with(l, type[k]); k++)
			;
		ck_assert_msg(k < 3, "not an annotation: %s", l);
		ck_assert_msg(k >= last, "%s after a %s", l, type[last]);
		last = k;
		msg = strstr(l + 2, "::");
		ck_assert_ptr_nonnull(msg);
		msg += 2;
		if (total_rest > 0 && i == lines - 1) {
			/* the closing notice */
			ck_assert_int_eq(k, 2);
			snprintf(want, sizeof want,
			         "%d more findings are not shown as annotations (%d errors, %d warnings, "
			         "%d notes)", total_rest, rest[0], rest[1], rest[2]);
			ck_assert_msg(starts_with(msg, want), "want \"%s\" in %s", want, l);
		} else {
			/* the first ones of each level, in input order */
			snprintf(want, sizeof want, "%c%02d", "ewn"[k], seen[k]++);
			ck_assert_msg(starts_with(msg, want), "want %s: %s", want, l);
		}
		free(l);
	}
	for (k = 0; k < 3; k++)
		ck_assert_int_eq(seen[k], shown[k]);
	ck_assert_uint_le(count_of(txt, "::notice "), 10);
	ck_assert_uint_le(count_of(txt, "::warning "), 10);
	ck_assert_uint_le(count_of(txt, "::error "), 10);
	tu_str_free(&out);
}

/* More than 10 warnings and notes: 10 warnings, 9 notes and the closing
 * notice (10 notices in all), errors first. */
START_TEST(github_caps)
{
	gh_check(2, 12, 13);
}
END_TEST

/* Edges of the caps: exactly 10 of each needs no closing notice; 11
 * warnings with exactly 10 notes leave one note for the closing notice;
 * too many errors and no notes still close with one notice. */
START_TEST(github_cap_edges)
{
	gh_check(0, 10, 10);
	gh_check(0, 11, 10);
	gh_check(11, 0, 0);
	gh_check(0, 0, 11);
	gh_check(0, 0, 0);
}
END_TEST

/*
 * Nothing from the input can end a property or start another command:
 * in properties % CR LF : , become %25 %0D %0A %3A %2C (upper case), in
 * the message % CR LF are escaped and ':' ',' kept.  One line per
 * annotation whatever the input holds.
 */
START_TEST(github_escapes)
{
	static const char file[] = "dir/a,b:c%d\r\n::warning file=x.go::pwned.go";
	static const char file_esc[] =
		"file=dir/a%2Cb%3Ac%25d%0D%0A%3A%3Awarning file=x.go%3A%3Apwned.go,line=7,col=3,";
	el_rules *rs = default_rules();
	el_report_options ro = { 0 };
	tu_str out = { 0 };
	el_report *r;
	el_finding f;
	hobj a, b;
	char *l, *sep;
	const char *txt;
	size_t i;

	ro.format = EL_FMT_GITHUB;
	ro.srcroot = ro.cwd = "/src";
	r = el_report_new(&ro, to_str, &out, NULL);
	hobj_init(&a, EL_OBJ_MOVED, "example.com/p", "F", file, 7, 3, "t");
	f = finding(&a.o, rule(rs, "return-local-address"), EL_LEVEL_WARNING,
	            "msg 100%\nline2 ::error::x, y: z\r", "fix\n::error::f");
	ck_assert_int_eq(el_report_finding(r, &f), EL_OK);
	hobj_init(&b, EL_OBJ_ESCAPES, "example.com/p", "F", file, 7, 3, "sub\n::error::s");
	f = finding(&b.o, NULL, EL_LEVEL_NOTE, "", "");
	ck_assert_int_eq(el_report_finding(r, &f), EL_OK);
	ck_assert_int_eq(el_report_finish(r, NULL), EL_OK);
	txt = text_of(&out);

	ck_assert_uint_eq(count_of(txt, "\n"), 2);
	ck_assert_ptr_null(strchr(txt, '\r'));
	ck_assert_ptr_null(strstr(txt, "%0a"));
	ck_assert_ptr_null(strstr(txt, "%0d"));
	ck_assert_ptr_null(strstr(txt, "%2c"));
	ck_assert_ptr_null(strstr(txt, "%3a"));
	for (i = 0; i < 2; i++) {
		l = line_at(txt, i);
		ck_assert(starts_with(l, i == 0 ? "::warning " : "::notice "));
		/* the properties end at the first `::`, and hold no ':' */
		sep = strstr(l + 2, "::");
		ck_assert_ptr_nonnull(sep);
		*sep = '\0';
		ck_assert_ptr_null(strchr(l + 2, ':'));
		ck_assert_msg(strstr(l, file_esc) != NULL, "want %s in %s", file_esc, l);
		ck_assert(strstr(l, "title=") != NULL);
		if (i == 0) {
			ck_assert_msg(starts_with(sep + 2, "msg 100%25%0Aline2 ::error::x, y: z%0D"), "%s",
			              sep + 2);
			ck_assert_msg(strstr(sep + 2, "fix%0A::error::f") != NULL, "%s", sep + 2);
		} else {
			ck_assert_msg(starts_with(sep + 2, "sub%0A::error::s"), "%s", sep + 2);
		}
		free(l);
	}
	el_report_free(r);
	tu_str_free(&out);
	el_rules_free(rs);
}
END_TEST

/* ------------------------------------------------------------------ */
/* gcc                                                                */
/* ------------------------------------------------------------------ */

/* One line per finding, `file:line:col: level: message [rule]`, with
 * newlines, tabs and control characters of the file, subject and message
 * written as escapes. */
START_TEST(gcc_one_line_per_finding)
{
	el_rules *rs = default_rules();
	el_report_options ro = { 0 };
	tu_str out = { 0 };
	el_report *r;
	el_finding f;
	hobj a, b;
	const char *txt;
	char *l;

	ro.format = EL_FMT_GCC;
	ro.srcroot = ro.cwd = "/src";
	r = el_report_new(&ro, to_str, &out, NULL);
	hobj_init(&a, EL_OBJ_ESCAPES, "example.com/p", "F", "a\nb.go", 4, 2, "x\n\x01y\x1b[2J");
	f = finding(&a.o, NULL, EL_LEVEL_NOTE, "", "");
	ck_assert_int_eq(el_report_finding(r, &f), EL_OK);
	hobj_init(&b, EL_OBJ_MOVED, "example.com/p", "F", "b.go", 5, 3, "t");
	f = finding(&b.o, rule(rs, "return-local-address"), EL_LEVEL_WARNING,
	            "two\nlines\tand\x7f\r", "");
	ck_assert_int_eq(el_report_finding(r, &f), EL_OK);
	ck_assert_int_eq(el_report_finish(r, NULL), EL_OK);
	txt = text_of(&out);

	ck_assert_uint_eq(count_of(txt, "\n"), 2);
	assert_terminal_safe(&out);
	l = line_at(txt, 0);
	ck_assert_msg(starts_with(l, "a\\nb.go:4:2: note: x\\n\\x01y\\x1b[2J"), "%s", l);
	ck_assert(ends_with(l, "[unclassified]"));
	free(l);
	l = line_at(txt, 1);
	ck_assert_msg(starts_with(l, "b.go:5:3: warning: two\\nlines\\tand\\x7f\\x0d"), "%s", l);
	ck_assert(ends_with(l, "[return-local-address]"));
	free(l);
	el_report_free(r);
	tu_str_free(&out);
	el_rules_free(rs);
}
END_TEST

/* ------------------------------------------------------------------ */
/* text                                                               */
/* ------------------------------------------------------------------ */

/* Control characters (ESC, BEL, DEL, NUL), C1 controls (U+0085 as C2 85),
 * a bidi override (U+202E as E2 80 AE), an isolate (U+2066) and invalid
 * UTF-8 (FF, a cut sequence, an overlong form) in every input string. */
static const char hostile[] = "a\x1b[31mb\x07" "c\x7f" "d\xc2\x85" "e\xe2\x80\xae" "f"
                              "\xe2\x81\xa6" "g\xff" "h\xc3" "i\xc0\xaf" "j\0k";
static el_str hostile_str(void)
{
	el_str s;

	s.ptr = hostile;
	s.len = sizeof hostile - 1; /* the NUL inside included */
	return s;
}
#define HOSTILE hostile_str()

/* Whatever the input holds, the text report (headings, positions,
 * verdicts, messages, chains, inlined copies, fixes) writes no raw
 * control character, bidi control or invalid UTF-8; they appear as
 * escapes. */
START_TEST(text_controls_escaped)
{
	el_rules *rs = default_rules();
	el_report_options ro = { 0 };
	tu_str out = { 0 };
	el_report *r;
	el_finding f;
	hobj a, b;
	const char *txt;

	ro.format = EL_FMT_TEXT;
	ro.srcroot = ro.cwd = "/src";
	ro.snippets = ro.read_sources = 1;
	r = el_report_new(&ro, to_str, &out, NULL);
	hobj_init(&a, EL_OBJ_MOVED, "", "", "", 4, 2, "");
	a.o.package = a.o.function = a.o.pos.file = a.o.subject = HOSTILE;
	hobj_chain(&a, "~r0", "&t", "w", "y", "z", "q", "p.go", 5, 9);
	a.notes[0].where = a.notes[0].why = a.step.dst = HOSTILE;
	hobj_related(&a, "", "p.go", 9, 3);
	a.rel.function = a.rel.pos.file = HOSTILE;
	f = finding(&a.o, rule(rs, "return-local-address"), EL_LEVEL_WARNING, "", "");
	f.message = f.fix = HOSTILE;
	ck_assert_int_eq(el_report_finding(r, &f), EL_OK);
	hobj_init(&b, EL_OBJ_NOINLINE, "", "", "", 4, 2, "");
	b.o.package = b.o.function = b.o.pos.file = b.o.subject = b.o.reason = HOSTILE;
	f = finding(&b.o, rule(rs, "inline-blocked"), EL_LEVEL_NOTE, "", "");
	f.message = HOSTILE;
	ck_assert_int_eq(el_report_finding(r, &f), EL_OK);
	ck_assert_int_eq(el_report_finish(r, NULL), EL_OK);
	txt = text_of(&out);

	assert_terminal_safe(&out);
	ck_assert_ptr_nonnull(strstr(txt, "a\\x1b[31mb\\x07c\\x7fd\\xc2\\x85e\\xe2\\x80\\xaef"
	                                  "\\xe2\\x81\\xa6g\\xffh\\xc3i\\xc0\\xafj\\x00k"));
	el_report_free(r);
	tu_str_free(&out);
	el_rules_free(rs);
}
END_TEST

/* The snippet under a finding shows the source line (tab as four
 * columns) with the caret under the character at the byte column: after
 * é (2 bytes) and 😀 (4 bytes) it must count characters, not bytes. */
START_TEST(text_snippet_caret)
{
	el_rules *rs = default_rules();
	el_report_options ro = { 0 };
	tu_str out = { 0 };
	el_report *r;
	el_finding f;
	tmpsrc t;
	hobj x, o;
	const char *txt;
	int k;

	tmpsrc_make(&t, "x.go", utf16_src);
	ro.format = EL_FMT_TEXT;
	ro.srcroot = ro.cwd = t.dir;
	ro.snippets = ro.read_sources = 1;
	r = el_report_new(&ro, to_str, &out, NULL);
	hobj_init(&x, EL_OBJ_ESCAPES, "example.com/p", "f", "x.go", 4, 22, "x");
	f = finding(&x.o, rule(rs, "interface-boxing"), EL_LEVEL_WARNING, "x is boxed", "");
	ck_assert_int_eq(el_report_finding(r, &f), EL_OK);
	hobj_init(&o, EL_OBJ_ESCAPES, "example.com/p", "f", "x.go", 4, 13, "o");
	f = finding(&o.o, rule(rs, "interface-boxing"), EL_LEVEL_WARNING, "o is boxed", "");
	ck_assert_int_eq(el_report_finding(r, &f), EL_OK);
	ck_assert_int_eq(el_report_finish(r, NULL), EL_OK);
	txt = text_of(&out);

	for (k = 0; k < 2; k++) {
		/* the k-th snippet of the line (the tab shown as four spaces) and
		 * the caret line under it */
		long at = line_index(txt, "    s := \"h\xc3\xa9llo\xf0\x9f\x98\x80\" + x", k);
		char *src, *caret;
		const char *under, *code;
		size_t i, cp = 0;

		ck_assert_msg(at >= 0, "no snippet %d in:\n%s", k, txt);
		src = line_at(txt, (size_t)at);
		caret = line_at(txt, (size_t)at + 1);
		ck_assert_ptr_nonnull(caret);
		ck_assert_msg(strchr(caret, '^') != NULL, "no caret: %s", caret);
		for (i = 0; caret[i] != '^'; i++)
			if (((unsigned char)caret[i] & 0xc0) != 0x80)
				cp++;
		under = at_codepoint(src, cp);
		ck_assert_ptr_nonnull(under);
		ck_assert_msg(*under == (k == 0 ? 'x' : 'o'), "caret under '%c':\n%s\n%s", *under, src,
		              caret);
		/* counted from the start of the code: the tab is four columns and
		 * every character one, so 3 + 17 = 20 before x, 3 + 11 = 14 before o */
		code = strstr(src, "    s := ");
		ck_assert_ptr_nonnull(code);
		ck_assert_ptr_eq(under, at_codepoint(code, k == 0 ? 20 : 14));
		free(src);
		free(caret);
	}
	el_report_free(r);
	tu_str_free(&out);
	tmpsrc_remove(&t);
	el_rules_free(rs);
}
END_TEST

/* ------------------------------------------------------------------ */
/* markdown                                                           */
/* ------------------------------------------------------------------ */

/* Cells of a GFM table row: its `|` separators not escaped by a
 * backslash. */
static size_t table_pipes(const char *row)
{
	size_t n = 0, i;

	for (i = 0; row[i]; i++)
		if (row[i] == '\\' && row[i + 1])
			i++;
		else if (row[i] == '|')
			n++;
	return n;
}

/* The markdown of two findings in package `ex/p|q` + backtick and
 * function F`|`x, one unclassified with subject a``|b, one with HTML and
 * a link in its message, and a notification with HTML. */
static void md_hostile(tu_str *out)
{
	el_rules *rs = default_rules();
	el_report_options ro = { 0 };
	el_report *r;
	el_finding f;
	hobj a, b;

	ro.format = EL_FMT_MARKDOWN;
	ro.srcroot = ro.cwd = "/src";
	r = el_report_new(&ro, to_str, out, NULL);
	hobj_init(&a, EL_OBJ_ESCAPES, "ex/p|q`", "F`|`x", "m.go", 3, 4, "a``|b");
	f = finding(&a.o, NULL, EL_LEVEL_NOTE, "", "");
	ck_assert_int_eq(el_report_finding(r, &f), EL_OK);
	hobj_init(&b, EL_OBJ_MOVED, "ex/p|q`", "F`|`x", "m.go", 5, 2, "t");
	f = finding(&b.o, rule(rs, "return-local-address"), EL_LEVEL_WARNING,
	            "<script>alert(1)</script> see [x](http://evil)", "use <b>T</b> | ![i](http://evil/i.png)");
	ck_assert_int_eq(el_report_finding(r, &f), EL_OK);
	ck_assert_int_eq(el_report_notify(r, EL_LEVEL_WARNING, "x", "<img src=x onerror=alert(1)>"),
	                 EL_OK);
	ck_assert_int_eq(el_report_finish(r, NULL), EL_OK);
	el_report_free(r);
	el_rules_free(rs);
}

/* Backticks and `|` in a function or package name stay inside their
 * code spans: the table row keeps the header's four separators, and the
 * fence is longer than any backtick run inside. */
START_TEST(markdown_table_cells)
{
	tu_str out = { 0 };
	const char *txt;
	char *head, *row;
	long at;

	md_hostile(&out);
	txt = text_of(&out);
	at = line_index(txt, "| Function |", 0);
	ck_assert_msg(at >= 0, "no function table in:\n%s", txt);
	head = line_at(txt, (size_t)at);
	ck_assert_uint_eq(table_pipes(head), 4);
	row = line_at(txt, (size_t)at + 2); /* after the header and the delimiter row */
	ck_assert_ptr_nonnull(row);
	ck_assert_msg(table_pipes(row) == 4, "cells broken: %s", row);
	/* F`|`x: the longest run is one backtick, so the fence is two */
	ck_assert_msg(strstr(row, "``F`\\|`x``") != NULL, "%s", row);
	ck_assert_msg(strstr(row, "| 2 |") != NULL, "%s", row);
	free(row);
	free(head);
	tu_str_free(&out);
}
END_TEST

/* Every ch of markdown text s is backslash-escaped (s has no code span
 * holding ch). */
static void assert_all_escaped(const char *s, char ch)
{
	size_t i;

	for (i = 0; s[i]; i++)
		if (s[i] == '\\' && s[i + 1])
			i++;
		else
			ck_assert_msg(s[i] != ch, "raw '%c' at %zu of:\n%s", ch, i, s);
}

/* HTML and links from the input (messages, fixes, notifications) are
 * escaped: no raw tag or link, and the subject's code span is fenced by
 * more backticks than it holds in a row. */
START_TEST(markdown_escapes)
{
	tu_str out = { 0 };
	const char *txt;

	md_hostile(&out);
	txt = text_of(&out);
	/* nothing of the report itself uses < > [ ], so all come from the input */
	assert_all_escaped(txt, '<');
	assert_all_escaped(txt, '>');
	assert_all_escaped(txt, '[');
	assert_all_escaped(txt, ']');
	ck_assert_ptr_nonnull(strstr(txt, "\\<script\\>"));
	ck_assert_ptr_nonnull(strstr(txt, "\\[x\\](http://evil)"));
	ck_assert_ptr_nonnull(strstr(txt, "\\<img src=x onerror=alert(1)\\>"));
	ck_assert_ptr_nonnull(strstr(txt, "\\<b\\>T\\</b\\> \\|"));
	/* a``|b: a run of two backticks inside, so a fence of three */
	ck_assert_msg(strstr(txt, "```a``") != NULL, "%s", txt);
	ck_assert_ptr_null(strstr(txt, "````a"));
	tu_str_free(&out);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Allocation failures                                                */
/* ------------------------------------------------------------------ */

/*
 * A small report in format fmt through allocator a (NULL: the C
 * library's): three findings in quickstart.go (read from the example's
 * directory) -- one with a chain and an inlined copy, one unclassified,
 * one note in another function -- two notifications and the end.  Every
 * step runs even after one failed; returns the first error.  *made tells
 * whether el_report_new gave a report.
 */
static el_status small_report(el_format fmt, const el_allocator *a, const el_rules *rs,
                              tu_str *out, int *made)
{
	char dir[4096];
	el_report_options ro = { 0 };
	el_status st = EL_OK, s;
	el_report *r;
	el_finding f;
	hobj h1, h2, h3;

	snprintf(dir, sizeof dir, "%s", repo_path("examples/quickstart"));
	ro.format = fmt;
	ro.srcroot = ro.cwd = dir;
	ro.read_sources = ro.snippets = 1;
	ro.rules = rs;
	ro.unclassified = 1;
	r = el_report_new(&ro, to_str, out, a);
	*made = r != NULL;
	if (!r)
		return EL_ERR_NOMEM;
	hobj_init(&h1, EL_OBJ_MOVED, "example.com/quickstart", "NewRequest", "./quickstart.go", 19, 2,
	          "r");
	hobj_chain(&h1, "~r0", "&r", "&r", "address-of", "return &r", "return", "./quickstart.go",
	           20, 9);
	hobj_related(&h1, "main", "./quickstart.go", 47, 17);
	f = finding(&h1.o, rule(rs, "return-local-address"), EL_LEVEL_WARNING,
	            "NewRequest returns the address of r", "return r by value");
	if ((s = el_report_finding(r, &f)) != EL_OK && st == EL_OK)
		st = s;
	hobj_init(&h2, EL_OBJ_ESCAPES, "example.com/quickstart", "NewRequest", "./quickstart.go", 19,
	          14, "Request{...}");
	f = finding(&h2.o, NULL, EL_LEVEL_NOTE, "", "");
	if ((s = el_report_finding(r, &f)) != EL_OK && st == EL_OK)
		st = s;
	hobj_init(&h3, EL_OBJ_LEAK, "example.com/quickstart", "Describe", "./quickstart.go", 24, 15,
	          "r");
	hobj_chain(&h3, "{heap}", "*r", "r.Path", "dot of pointer", "r.Path", "interface-converted",
	           "./quickstart.go", 25, 41);
	f = finding(&h3.o, rule(rs, "leaking-param"), EL_LEVEL_NOTE, "Describe leaks r", "");
	if ((s = el_report_finding(r, &f)) != EL_OK && st == EL_OK)
		st = s;
	if ((s = el_report_notify(r, EL_LEVEL_NOTE, "unrecognized-lines", "2 lines")) != EL_OK &&
	    st == EL_OK)
		st = s;
	if ((s = el_report_notify(r, EL_LEVEL_WARNING, "match-limit", "1 hit")) != EL_OK &&
	    st == EL_OK)
		st = s;
	if ((s = el_report_finish(r, NULL)) != EL_OK && st == EL_OK)
		st = s;
	el_report_free(r);
	return st;
}

static const el_format alloc_formats[] = { EL_FMT_SARIF, EL_FMT_GITHUB, EL_FMT_MARKDOWN,
	                                       EL_FMT_TEXT, EL_FMT_GCC };

/* Allocation 0, 1, 2, ... of the small report fails, until a run needs
 * no more: every run in which an allocation failed reports
 * EL_ERR_NOMEM (from new, finding, notify or finish) -- none passes a
 * failure off as success -- without crashing or leaking (valgrind and
 * ASan check that); the run without a failure writes what a run with the
 * C library's allocator writes. */
START_TEST(allocation_failures)
{
	el_format fmt = alloc_formats[_i];
	el_rules *rs = default_rules();
	tu_str ref = { 0 };
	int made;
	long k;

	ck_assert_int_eq(small_report(fmt, NULL, rs, &ref, &made), EL_OK);
	for (k = 0; k < 100000; k++) {
		tu_failing fl;
		el_allocator a;
		tu_str out = { 0 };
		el_status st;

		tu_failing_init(&fl, k, &a);
		st = small_report(fmt, &a, rs, &out, &made);
		if (!fl.failed) {
			ck_assert_int_eq(st, EL_OK);
			ck_assert_str_eq(text_of(&out), text_of(&ref));
			tu_str_free(&out);
			break;
		}
		ck_assert_msg(st == EL_ERR_NOMEM, "%s: allocation %ld failed, the report said %s",
		              el_format_name(fmt), k, el_status_string(st));
		tu_str_free(&out);
	}
	ck_assert_int_gt(k, 0);
	ck_assert_int_lt(k, 100000);
	tu_str_free(&ref);
	el_rules_free(rs);
}
END_TEST

/* cJSON allocations (the SARIF writer builds every result with cJSON)
 * fail one at a time too: the SARIF report says EL_ERR_NOMEM. */
static long cj_countdown = -1;
static int cj_failed;

static void *cj_malloc(size_t n)
{
	if (cj_countdown-- == 0) {
		cj_failed = 1;
		return NULL;
	}
	return malloc(n);
}

static void cj_free(void *p)
{
	free(p);
}

static void cj_reset(void)
{
	cJSON_InitHooks(NULL);
	cj_countdown = -1;
}

START_TEST(sarif_cjson_failures)
{
	el_rules *rs = default_rules();
	cJSON_Hooks hooks = { cj_malloc, cj_free };
	tu_str ref = { 0 };
	int made;
	long k;

	ck_assert_int_eq(small_report(EL_FMT_SARIF, NULL, rs, &ref, &made), EL_OK);
	for (k = 0; k < 1000000; k++) {
		tu_str out = { 0 };
		el_status st;

		cj_countdown = k;
		cj_failed = 0;
		cJSON_InitHooks(&hooks);
		st = small_report(EL_FMT_SARIF, NULL, rs, &out, &made);
		cj_reset();
		if (!cj_failed) {
			ck_assert_int_eq(st, EL_OK);
			ck_assert_str_eq(text_of(&out), text_of(&ref));
			tu_str_free(&out);
			break;
		}
		ck_assert_msg(st == EL_ERR_NOMEM, "cJSON allocation %ld failed, the report said %s", k,
		              el_status_string(st));
		tu_str_free(&out);
	}
	ck_assert_int_gt(k, 0);
	ck_assert_int_lt(k, 1000000);
	tu_str_free(&ref);
	el_rules_free(rs);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Brackets in messages                                               */
/* ------------------------------------------------------------------ */

/* The message text around the links comes from the input: square
 * brackets of a subject (or of a rule's message, which quotes it) must
 * not form embedded links -- the Go call `fns[0](7)` must not become a
 * link [0](7) to a related location 7 that does not exist. */
START_TEST(sarif_subject_brackets_are_text)
{
	el_rules *rs = default_rules();
	el_report_options ro = { 0 };
	tu_str out = { 0 };
	el_report *r;
	el_finding f;
	cJSON *log;
	hobj h;

	ro.format = EL_FMT_SARIF;
	ro.rules = rs;
	ro.unclassified = 1;
	ro.srcroot = ro.cwd = "/src";
	r = el_report_new(&ro, to_str, &out, NULL);
	hobj_init(&h, EL_OBJ_ESCAPES, "example.com/p", "F", "p.go", 5, 14, "fns[0](7)");
	f = finding(&h.o, NULL, EL_LEVEL_NOTE, "", "");
	ck_assert_int_eq(el_report_finding(r, &f), EL_OK);
	hobj_init(&h, EL_OBJ_ESCAPES, "example.com/p", "F", "p.go", 6, 14, "fns[1](2)");
	f = finding(&h.o, rule(rs, "fmt-sprintf"), EL_LEVEL_WARNING,
	            "fns[1](2) is boxed into an interface for fmt.Sprintf", "");
	ck_assert_int_eq(el_report_finding(r, &f), EL_OK);
	ck_assert_int_eq(el_report_finish(r, NULL), EL_OK);
	log = sarif_parse(text_of(&out));
	sarif_check(log, rs, 1, 2, 1); /* check_links fails: no related location 7 */
	cJSON_Delete(log);
	el_report_free(r);
	tu_str_free(&out);
	el_rules_free(rs);
}
END_TEST

/* ------------------------------------------------------------------ */

/* Loading a rule fails cleanly at every allocation (el_rules_new's and the
 * loader's, PCRE2's compile contexts included): EL_ERR_NOMEM, nothing
 * leaked; rules with by_version variants and version conditions. */
START_TEST(rule_loading_allocation_failures)
{
	static const char *const files[] = { "EL104-nonconstant-make.json",
		                             "EL142-loop-variable-capture.json" };
	char path[4096];
	size_t len;
	char *text;
	long k;

	snprintf(path, sizeof path, "%s/../../rules/%s", FIXTURES_DIR, files[_i]);
	text = tu_read_file(path, &len);
	for (k = 0; k < 100000; k++) {
		tu_failing f;
		el_allocator a;
		el_rules *rs;
		el_status st;

		tu_failing_init(&f, k, &a);
		rs = el_rules_new(&a);
		if (!rs) {
			ck_assert(f.failed);
			ck_assert_int_eq(f.live, 0);
			continue;
		}
		st = el_rules_add_json(rs, files[_i], text, len);
		if (f.failed) {
			ck_assert_int_eq(st, EL_ERR_NOMEM);
			ck_assert_int_eq(el_rules_error(rs)->status, EL_ERR_NOMEM);
		} else {
			ck_assert_int_eq(st, EL_OK);
			ck_assert_uint_eq(el_rules_count(rs), 1);
		}
		el_rules_free(rs);
		ck_assert_msg(f.live == 0, "allocation %ld: %ld blocks leaked", k, f.live);
		if (!f.failed)
			break;
	}
	ck_assert_int_gt(k, 5);
	ck_assert_int_lt(k, 100000);
	free(text);
}
END_TEST

Suite *report_suite(void)
{
	Suite *s = suite_create("report");
	TCase *tc;

	tc = tcase_create("sarif");
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, sarif_quickstart_log);
	tcase_add_test(tc, sarif_quickstart_unclassified);
	tcase_add_test(tc, sarif_results_capped);
	tcase_add_test(tc, sarif_results_capped_levels);
	tcase_add_test(tc, sarif_empty_results);
	tcase_add_test(tc, sarif_error_notification);
	tcase_add_test(tc, sarif_utf16_columns);
	tcase_add_test(tc, sarif_unreadable_column_passthrough);
	suite_add_tcase(s, tc);

	tc = tcase_create("fingerprints");
	tcase_add_test(tc, fingerprint_ignores_position);
	tcase_add_test(tc, fingerprint_occurrences);
	tcase_add_test(tc, fingerprint_whitespace);
	tcase_add_test(tc, fingerprint_parts);
	suite_add_tcase(s, tc);

	tc = tcase_create("github");
	tcase_add_test(tc, github_caps);
	tcase_add_test(tc, github_cap_edges);
	tcase_add_test(tc, github_escapes);
	suite_add_tcase(s, tc);

	tc = tcase_create("gcc");
	tcase_add_test(tc, gcc_one_line_per_finding);
	suite_add_tcase(s, tc);

	tc = tcase_create("text");
	tcase_add_test(tc, text_controls_escaped);
	tcase_add_test(tc, text_snippet_caret);
	suite_add_tcase(s, tc);

	tc = tcase_create("markdown");
	tcase_add_test(tc, markdown_table_cells);
	tcase_add_test(tc, markdown_escapes);
	suite_add_tcase(s, tc);

	tc = tcase_create("allocation");
	tcase_set_timeout(tc, 300);
	tcase_add_checked_fixture(tc, NULL, cj_reset);
	tcase_add_loop_test(tc, allocation_failures, 0,
	                    (int)(sizeof alloc_formats / sizeof *alloc_formats));
	tcase_add_test(tc, sarif_cjson_failures);
	tcase_add_loop_test(tc, rule_loading_allocation_failures, 0, 2);
	suite_add_tcase(s, tc);

	tc = tcase_create("brackets");
	tcase_add_test(tc, sarif_subject_brackets_are_text);
	suite_add_tcase(s, tc);
	return s;
}
