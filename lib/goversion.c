/*
 * goversion.c -- which Go release wrote the input, and which language
 * version its module asks for.
 *
 * Each release from 1.19 to 1.27 prints some things its neighbours do not
 * (shared/go/VERSIONS.md pins each to a release).  Every such form seen
 * narrows an interval of minor versions, Go 1.lo to 1.hi, and the first
 * line that moved each bound is kept as evidence.  A bound only moves
 * inward and never past the other (a log that mixes releases keeps what
 * its first lines said).  A version given by the caller (--go-version,
 * `go env GOVERSION`, a logopt header) wins over the text.
 *
 * Called for every record, so each cue is one or two comparisons of the
 * record's kind and flags before any byte of text is looked at, and a cue
 * is tested only while it could still narrow the interval.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* See internal.h. */
void el_gover_init(el_goversion *v)
{
	memset(v, 0, sizeof *v);
	v->lo = EL_GO_OLDEST;
	v->hi = EL_GO_NEWEST;
	v->patch = -1;
}

/* See internal.h. */
void el_gover_of_object(el_goversion *v, const el_object *o)
{
	el_gover_init(v);
	if (o->go_lo)
		v->lo = o->go_lo;
	if (o->go_hi)
		v->hi = o->go_hi;
	v->lang = o->lang;
}

/* See escapelint.h. */
int el_goversion_parse(const char *s, int *minor, int *patch)
{
	char *end;
	long m, p = -1;

	if (strncmp(s, "go", 2) == 0)
		s += 2;
	if (strncmp(s, "1.", 2) != 0 || s[2] < '0' || s[2] > '9')
		return -1;
	m = strtol(s + 2, &end, 10);
	if (m < 0 || m > 999)
		return -1;
	if (*end == '.' && end[1] >= '0' && end[1] <= '9') {
		p = strtol(end + 1, &end, 10);
		if (p < 0 || p > 999)
			return -1;
	} else if (strncmp(end, "rc", 2) == 0 || strncmp(end, "beta", 4) == 0) {
		end += strcspn(end, " -+");
	}
	/* "go1.25.3 X:nocoverageredesign", "go1.26-devel_abc" */
	if (*end && *end != ' ' && *end != '-' && *end != '+')
		return -1;
	*minor = (int)m;
	if (patch)
		*patch = (int)p;
	return 0;
}

/* See internal.h. */
int el_gover_give(el_goversion *v, const char *version, const char *source)
{
	int minor, patch;

	if (el_goversion_parse(version, &minor, &patch) != 0)
		return -1;
	v->lo = v->hi = minor;
	v->patch = patch;
	snprintf(v->source, sizeof v->source, "%s", source);
	v->evidence[0][0] = v->evidence[1][0] = '\0';
	return 0;
}

/* See escapelint.h. */
const char *el_goversion_range(const el_goversion *v, char *buf, size_t size)
{
	if (v->lo == v->hi && v->patch >= 0)
		snprintf(buf, size, "1.%d.%d", v->lo, v->patch);
	else if (v->lo == v->hi)
		snprintf(buf, size, "1.%d", v->lo);
	else if (v->lo <= EL_GO_OLDEST && v->hi >= EL_GO_NEWEST)
		snprintf(buf, size, "unknown");
	else if (v->hi >= EL_GO_NEWEST)
		snprintf(buf, size, "1.%d or later", v->lo);
	else if (v->lo <= EL_GO_OLDEST)
		snprintf(buf, size, "1.%d or earlier", v->hi);
	else
		snprintf(buf, size, "1.%d to 1.%d", v->lo, v->hi);
	return buf;
}

/* Move the bounds to lo..hi where that narrows them, citing the line. */
static void narrow(el_goversion *v, int lo, int hi, const el_record *r, const char *form)
{
	char where[120];

	if (r->pos.file.len)
		snprintf(where, sizeof where, " at %.*s:%lu", (int)(r->pos.file.len > 80 ? 80 : r->pos.file.len),
		         r->pos.file.ptr, r->pos.line);
	else
		snprintf(where, sizeof where, " on line %lu", r->line);
	if (lo > v->lo && lo <= v->hi) {
		v->lo = lo;
		snprintf(v->evidence[0], sizeof v->evidence[0], "%s%s", form, where);
	}
	if (hi < v->hi && hi >= v->lo) {
		v->hi = hi;
		snprintf(v->evidence[1], sizeof v->evidence[1], "%s%s", form, where);
	}
}

/* Generic shape names: `go.shape.int_0` up to Go 1.20 (at the latest),
 * `go.shape.int` from Go 1.21 (1.20 not observed, so 1.20 is allowed both
 * ways).  Returns 1 for the old form, 2 for the new, 0 when s has none. */
static int shape_form(el_str s)
{
	const char *p = s.ptr, *end = s.ptr + s.len, *q;

	while ((q = el_find(p, (size_t)(end - p), EL_LIT("go.shape."))) != NULL) {
		const char *t = q + 9, *u = t;
		while (u < end && (isalnum((unsigned char)*u) || *u == '_' || *u == '.'))
			u++;
		if (u < end && (*u == ',' || *u == ']') && u > t) {
			const char *d = u;
			while (d > t && isdigit((unsigned char)d[-1]))
				d--;
			return d < u && d > t && d[-1] == '_' ? 1 : 2;
		}
		p = t;
	}
	return 0;
}

/* Is f a closure's name (F.func1, F.func1.2)? */
static int closure_name(el_str f)
{
	size_t i = f.len;

	while (i > 0 && isdigit((unsigned char)f.ptr[i - 1]))
		i--;
	return i < f.len && i >= 5 && memcmp(f.ptr + i - 5, ".func", 5) == 0;
}

/* Function names that only some releases print. */
static void func_name(el_goversion *v, el_str f, const el_record *r)
{
	if (f.len == 0)
		return;
	if (v->hi > 20 || v->lo < 20) {
		int form = shape_form(f);
		if (form == 1)
			narrow(v, EL_GO_OLDEST, 20, r, "a generic shape name with a _N suffix");
		else if (form == 2)
			narrow(v, 20, EL_GO_NEWEST, r, "a generic shape name without a _N suffix");
	}
	if (v->lo < 22 && (el_find(f.ptr, f.len, EL_LIT(".gowrap")) ||
	                   el_find(f.ptr, f.len, EL_LIT(".deferwrap"))))
		narrow(v, 22, EL_GO_NEWEST, r, "a go/defer wrapper named .gowrapN/.deferwrapN");
	if (v->lo < 23 && el_find(f.ptr, f.len, EL_LIT("-range")))
		narrow(v, 23, EL_GO_NEWEST, r, "a range-over-func body named F-rangeN");
	if (v->lo < 27 && f.len > 2 && f.ptr[f.len - 1] == '#' &&
	    memchr(f.ptr, '#', f.len - 1) != NULL)
		narrow(v, 27, EL_GO_NEWEST, r, "an inlined closure named with a #hash# suffix");
}

/* See internal.h. */
void el_gover_record(el_goversion *v, const el_record *r)
{
	if (!v->pgo && (r->kind == EL_REC_DEVIRTUALIZE || r->kind == EL_REC_DEVIRTUALIZE_FAIL) &&
	    (r->flags & EL_F_PGO)) {
		v->pgo = 1;
		snprintf(v->pgo_evidence, sizeof v->pgo_evidence, "a PGO devirtualization on line %lu",
		         r->line);
	}
	if (v->source[0] || v->lo == v->hi)
		return;
	switch (r->kind) {
	case EL_REC_ESCAPE_HEADER:
		if (r->flags & EL_F_NEW_FORM)
			narrow(v, 25, EL_GO_NEWEST, r, "`escapes to heap in F:`");
		else
			narrow(v, EL_GO_OLDEST, 24, r, "`escapes to heap:` without a function");
		func_name(v, r->as.header.func, r);
		break;
	case EL_REC_LEAK_HEADER:
		if (r->flags & EL_F_NEW_FORM)
			narrow(v, 25, EL_GO_NEWEST, r, "`leaks to D for F`");
		else
			narrow(v, EL_GO_OLDEST, 24, r, "`leaks to D with derefs` without a function");
		if (v->hi > 21 && el_str_eq(r->as.header.subject, el_str_make(EL_LIT(".this"))))
			narrow(v, EL_GO_OLDEST, 21, r, "a wrapper receiver named .this");
		else if (v->lo < 22 && el_str_eq(r->as.header.subject, el_str_make(EL_LIT("~p0"))))
			narrow(v, 22, EL_GO_NEWEST, r, "a wrapper receiver named ~p0");
		break;
	case EL_REC_FLOW:
		if (r->flags & EL_F_NEW_FORM)
			narrow(v, 25, EL_GO_NEWEST, r, "a flow line with ←");
		else
			narrow(v, EL_GO_OLDEST, 24, r, "a flow line with =");
		if (v->hi > 21 && (el_starts(r->as.flow.src.ptr, r->as.flow.src.len, EL_LIT("~R")) ||
		                   el_starts(r->as.flow.dst.ptr, r->as.flow.dst.len, EL_LIT("~R"))))
			narrow(v, EL_GO_OLDEST, 21, r, "an inlined result named ~R0");
		break;
	case EL_REC_NOTE:
		if (v->hi > 24 && el_str_eq(r->as.note.why, el_str_make(EL_LIT("non-constant size"))))
			narrow(v, EL_GO_OLDEST, 24, r, "the note (non-constant size)");
		else if (v->lo < 25 && el_str_eq(r->as.note.why, el_str_make(EL_LIT("zero-sized element"))))
			narrow(v, 25, EL_GO_NEWEST, r, "the note (zero-sized element)");
		break;
	case EL_REC_ESCAPES:
	case EL_REC_NO_ESCAPE:
	case EL_REC_MOVED_TO_HEAP:
		if (v->lo < 25 && r->kind != EL_REC_MOVED_TO_HEAP &&
		    el_str_eq(r->as.subject.expr, el_str_make(EL_LIT("append"))))
			narrow(v, 25, EL_GO_NEWEST, r, "an `append` verdict");
		else if (v->hi > 21 && el_starts(r->as.subject.expr.ptr, r->as.subject.expr.len,
		                                 EL_LIT("~R")))
			narrow(v, EL_GO_OLDEST, 21, r, "an inlined result named ~R0");
		break;
	case EL_REC_ZERO_COPY:
		narrow(v, 22, EL_GO_NEWEST, r, "`zero-copy string->[]byte conversion`");
		break;
	case EL_REC_KEEP_ALIVE:
		narrow(v, 26, EL_GO_NEWEST, r, "`will be kept alive` (b.Loop)");
		break;
	case EL_REC_LEAK:
	case EL_REC_LEAK_CONTENT:
	case EL_REC_LEAK_RESULT:
		if (v->hi > 21 && el_str_eq(r->as.leak.param, el_str_make(EL_LIT(".this"))))
			narrow(v, EL_GO_OLDEST, 21, r, "a wrapper receiver named .this");
		else if (v->lo < 22 && el_str_eq(r->as.leak.param, el_str_make(EL_LIT("~p0"))))
			narrow(v, 22, EL_GO_NEWEST, r, "a wrapper receiver named ~p0");
		break;
	case EL_REC_CANNOT_INLINE:
		if (v->hi > 23 && el_str_eq(r->as.inl.reason, el_str_make(EL_LIT("recursive"))))
			narrow(v, EL_GO_OLDEST, 23, r, "`cannot inline F: recursive`");
		else if (r->as.inl.budget == 800)
			narrow(v, 24, EL_GO_NEWEST, r, "a closure's inlining budget of 800");
		else if (v->hi > 23 && r->as.inl.budget == 80 && closure_name(r->as.inl.func))
			narrow(v, EL_GO_OLDEST, 23, r, "a closure held to the inlining budget of 80");
		func_name(v, r->as.inl.func, r);
		break;
	case EL_REC_CAN_INLINE:
	case EL_REC_INLINE_CALL:
		func_name(v, r->as.inl.func, r);
		break;
	case EL_REC_INLINE_SKIP:
		narrow(v, 24, 25, r, "`skip inlining within testing.B.loop`");
		break;
	case EL_REC_DEVIRTUALIZE:
		if (r->flags & EL_F_PGO) {
			if (el_find(r->text.ptr, r->text.len, EL_LIT("PGO devirtualizing interface call ")) ||
			    el_find(r->text.ptr, r->text.len, EL_LIT("PGO devirtualizing function call ")))
				narrow(v, 22, EL_GO_NEWEST, r, "`PGO devirtualizing interface|function call`");
			else
				narrow(v, 21, 21, r, "`PGO devirtualizing X to T`");
		}
		break;
	case EL_REC_DEVIRTUALIZE_FAIL:
		if (el_find(r->text.ptr, r->text.len, EL_LIT("failed to devirtualize ")))
			narrow(v, EL_GO_OLDEST, 21, r, "`failed to devirtualize`");
		break;
	default:
		break;
	}
}

/* The rest of the first line of go.mod text that starts with the
 * directive word (`go`, `module`), blanks skipped; NULL when none does. */
static el_str gomod_directive(const char *gomod, size_t len, const char *word)
{
	const char *p = gomod, *end = gomod + len;
	size_t w = strlen(word);

	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *e = nl ? nl : end;
		while (p < e && (*p == ' ' || *p == '\t'))
			p++;
		if ((size_t)(e - p) > w + 1 && memcmp(p, word, w) == 0 && (p[w] == ' ' || p[w] == '\t')) {
			const char *q = p + w;
			while (q < e && (*q == ' ' || *q == '\t'))
				q++;
			return el_str_make(q, (size_t)(e - q));
		}
		p = nl ? nl + 1 : end;
	}
	return el_str_make(NULL, 0);
}

/* See internal.h. */
el_str el_gomod_path(const char *gomod, size_t len)
{
	el_str rest = gomod_directive(gomod, len, "module");
	size_t n = 0;

	if (rest.len && rest.ptr[0] == '"')
		rest.ptr++, rest.len--;
	while (n < rest.len && rest.ptr[n] != ' ' && rest.ptr[n] != '\t' && rest.ptr[n] != '\r' &&
	       rest.ptr[n] != '"')
		n++;
	return el_str_make(rest.ptr ? rest.ptr : gomod, n);
}

/* See internal.h. */
int el_golang_read(const char *gomod, size_t len)
{
	el_str rest = gomod_directive(gomod, len, "go");
	char num[16];
	size_t n = 0;
	int minor;

	while (n < rest.len && !strchr(" \t\r/", rest.ptr[n]))
		n++;
	if (n == 0 || n >= sizeof num)
		return 0;
	memcpy(num, rest.ptr, n);
	num[n] = '\0';
	return el_goversion_parse(num, &minor, NULL) == 0 ? minor : 0;
}
