/*
 * rules.c -- the declarative rule engine.
 *
 * A rule is one JSON file (escapelint-rules(5)):
 *
 *   { "id": "EL102", "name": "return-local-address", "level": "warning",
 *     "priority": 80, "short": "...", "description": "...", "help": "...",
 *     "tags": [...], "precision": "high",
 *     "match": { "kind": "moved", "subject": "PCRE2", "function": "...",
 *                "file": "...", "package": "...", "verdict": "...",
 *                "reason": "...", "not": { same patterns, must not match },
 *                "method": bool, "chain": bool,
 *                "over_budget": { "min": N, "max": N },
 *                "steps": { "any": [COND...], "all": [COND...],
 *                           "none": [COND...], "first": COND, "last": COND } },
 *     "message": "template", "fix": "template",
 *     "by_version": [ { "go": {"min": "1.N", "max": "1.N"}, "lang": {...},
 *                       "message": "template", "fix": "template" }... ],
 *     "tests": { "positive": ["log lines"...], "negative": [...] } }
 *
 * "go" and "lang" (in "match" and in "by_version") hold for an object when
 * every Go release it may come from (el_object.go_lo..go_hi), or its
 * module's language version, is in range; the first "by_version" entry
 * that holds replaces the message and/or fix.
 *
 * COND holds patterns over one note of the chain and its step: "why" (the
 * reason), "where", "dst", "src" and "callee" (the function called in a
 * WHERE like `fmt.Sprintf(...)`).  Templates use ${name}: the object's
 * fields and every named capture of the rule's patterns, checked when the
 * rule is loaded.  Patterns are compiled once (JIT when available) and run
 * with match and depth limits; a pattern that hits a limit does not match.
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <cjson/cJSON.h>
#include <pcre2.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>

#include "internal.h"

#define MATCH_LIMIT 100000
#define DEPTH_LIMIT 1000
#define MAX_VARS 64

typedef struct pat {
	pcre2_code *code;
	pcre2_match_data *md;
} pat;

typedef struct cond {
	pat why, where, dst, src, callee;
} cond;

enum { F_SUBJECT, F_FUNCTION, F_FILE, F_PACKAGE, F_VERDICT, F_REASON, F_CONTEXT, F_FREE,
       F_TYPE, F_UNDERLYING, F_OWNER, F_INLINED, F_ASSERTION, F_DECLARED, F_CALL, F_CALLEE,
       F_CALLEE_VERDICT, F_CALLEE_INLINE, F_FUNC_INLINE, F_VIA, F_VIA_CALL, F_IN_LOOP, F_PROGRAM, F_ROLE, F_INLINED_ARGS, F_CALLERS, F_WITH_VALUES, F_FUNC_RESULT, F_REORDERED, F__COUNT };
static const char *const field_names[F__COUNT] = {
	"subject", "function", "file", "package", "verdict", "reason", "context", "free", "type",
	"underlying", "owner", "inlined", "assertion", "declared", "call", "callee",
	"callee_verdict", "callee_inline", "func_inline", "via", "via_call", "in_loop", "program", "role", "inlined_args", "callers",
	"with_values", "func_result", "reordered",
};

struct el_rule {
	char *id, *name, *shortd, *fulld, *help, *precision, *source;
	char **tags;
	size_t ntags;
	el_level level;
	int priority;
	int enabled;
	size_t order;
	/* match */
	unsigned kinds;             /* bit per el_object_kind; 0: any */
	pat yes[F__COUNT], no[F__COUNT];
	int method, chain;          /* -1: either */
	int has_over;
	long over_min, over_max;
	int has_func_over;          /* the enclosing function's cost over its budget */
	long func_over_min, func_over_max;
	int need_source;            /* -1: either */
	int has_size;
	long size_min, size_max;
	int go_min, go_max;         /* Go 1.go_min to 1.go_max, for the whole known range */
	int lang_min, lang_max;     /* the module's language version; 0: any */
	el_rule **alts;             /* one_of: at least one must match */
	size_t nalts;
	cond *any, *all, *none;
	size_t nany, nall, nnone;
	cond *first, *last;
	char *message, *fix;
	char *message_values;       /* the message for several values boxed for one call */
	char *message_fields;       /* the message for several conversions into one variable's fields */
	struct variant {            /* by_version */
		int go_min, go_max, lang_min, lang_max;
		char *message, *fix;    /* NULL: the rule's */
	} *variants;
	size_t nvariants;
	char **positive, **negative;
	size_t npositive, nnegative;
};

typedef struct var {
	const char *name;
	el_str value;
} var;

/* One note of a chain with its step, as conditions see it. */
typedef struct view {
	const el_step *step;
	const el_note *note;        /* NULL for a step without notes */
	el_str callee;
} view;

struct el_rules {
	el_allocator alloc;
	int has_alloc;
	el_rule **rules;
	size_t n, cap;
	pcre2_match_context *mctx;
	pcre2_compile_context *cctx;
	el_error error;
	unsigned long long limit_hits;
	int no_jit;
	/* per match */
	var vars[MAX_VARS];
	size_t nvars;
	const el_rule *alt;         /* the one_of alternative that matched, or NULL */
	el_vec views;
	el_buf message, fix, scratch;
	const el_rule **also;
	size_t also_cap;
};

static const el_allocator *RA(const el_rules *rs)
{
	return rs->has_alloc ? &rs->alloc : NULL;
}

/* See escapelint.h. */
const char *el_level_name(el_level level)
{
	switch (level) {
	case EL_LEVEL_NOTE:
		return "note";
	case EL_LEVEL_WARNING:
		return "warning";
	case EL_LEVEL_ERROR:
		return "error";
	default:
		return "none";
	}
}

/* ------------------------------------------------------------------ */
/* The set                                                            */
/* ------------------------------------------------------------------ */

/* See escapelint.h. */
el_rules *el_rules_new(const el_allocator *alloc)
{
	el_rules *rs = el_malloc(alloc, sizeof *rs);

	if (!rs)
		return NULL;
	memset(rs, 0, sizeof *rs);
	if (alloc) {
		rs->alloc = *alloc;
		rs->has_alloc = 1;
	}
	rs->mctx = pcre2_match_context_create(NULL);
	rs->cctx = pcre2_compile_context_create(NULL);
	if (!rs->mctx || !rs->cctx) {
		el_rules_free(rs);
		return NULL;
	}
	pcre2_set_match_limit(rs->mctx, MATCH_LIMIT);
	pcre2_set_depth_limit(rs->mctx, DEPTH_LIMIT);
	el_error_clear(&rs->error);
	return rs;
}

static void pat_free(pat *p)
{
	pcre2_match_data_free(p->md);
	pcre2_code_free(p->code);
	p->md = NULL;
	p->code = NULL;
}

static void conds_free(cond *c, size_t n, const el_allocator *a)
{
	size_t i;

	for (i = 0; c && i < n; i++) {
		pat_free(&c[i].why);
		pat_free(&c[i].where);
		pat_free(&c[i].dst);
		pat_free(&c[i].src);
		pat_free(&c[i].callee);
	}
	el_free(a, c);
}

static void strs_free(char **v, size_t n, const el_allocator *a)
{
	size_t i;

	for (i = 0; v && i < n; i++)
		el_free(a, v[i]);
	el_free(a, v);
}

/* Free one rule and all it owns. */
static void rule_free(el_rule *r, const el_allocator *a)
{
	size_t k;
	int f;

	if (!r)
		return;
	for (k = 0; k < r->nalts; k++)
		rule_free(r->alts[k], a);
	el_free(a, r->alts);
	el_free(a, r->id);
	el_free(a, r->name);
	el_free(a, r->shortd);
	el_free(a, r->fulld);
	el_free(a, r->help);
	el_free(a, r->precision);
	el_free(a, r->source);
	el_free(a, r->message);
	el_free(a, r->message_values);
	el_free(a, r->message_fields);
	el_free(a, r->fix);
	for (k = 0; k < r->nvariants; k++) {
		el_free(a, r->variants[k].message);
		el_free(a, r->variants[k].fix);
	}
	el_free(a, r->variants);
	strs_free(r->tags, r->ntags, a);
	strs_free(r->positive, r->npositive, a);
	strs_free(r->negative, r->nnegative, a);
	for (f = 0; f < F__COUNT; f++) {
		pat_free(&r->yes[f]);
		pat_free(&r->no[f]);
	}
	conds_free(r->any, r->nany, a);
	conds_free(r->all, r->nall, a);
	conds_free(r->none, r->nnone, a);
	conds_free(r->first, r->first ? 1 : 0, a);
	conds_free(r->last, r->last ? 1 : 0, a);
	el_free(a, r);
}

/* See escapelint.h. */
void el_rules_free(el_rules *rs)
{
	el_allocator copy;
	const el_allocator *a;
	size_t i;

	if (!rs)
		return;
	copy = rs->alloc;
	a = rs->has_alloc ? &copy : NULL;
	for (i = 0; i < rs->n; i++)
		rule_free(rs->rules[i], a);
	el_free(a, rs->rules);
	el_free(a, rs->also);
	el_vec_release(&rs->views, a);
	el_buf_release(&rs->message, a);
	el_buf_release(&rs->fix, a);
	el_buf_release(&rs->scratch, a);
	pcre2_match_context_free(rs->mctx);
	pcre2_compile_context_free(rs->cctx);
	el_free(a, rs);
}

/* See escapelint.h. */
const el_error *el_rules_error(const el_rules *rs)
{
	return &rs->error;
}

size_t el_rules_count(const el_rules *rs)
{
	return rs->n;
}

const el_rule *el_rules_at(const el_rules *rs, size_t i)
{
	return i < rs->n ? rs->rules[i] : NULL;
}

void el_rules_set_jit(el_rules *rs, int on)
{
	rs->no_jit = !on;
}

unsigned long long el_rules_limit_hits(const el_rules *rs)
{
	return rs->limit_hits;
}

/* See escapelint.h. */
const el_rule *el_rules_find(const el_rules *rs, const char *key)
{
	size_t i;

	for (i = 0; i < rs->n; i++)
		if (strcmp(rs->rules[i]->name, key) == 0 || strcmp(rs->rules[i]->id, key) == 0)
			return rs->rules[i];
	return NULL;
}

/* See escapelint.h. */
el_status el_rules_enable(el_rules *rs, const char *key, int on)
{
	el_rule *r = (el_rule *)el_rules_find(rs, key);

	if (!r) {
		el_error_set(&rs->error, EL_ERR_INVALID, 0, 0, "no rule named '%s'", key);
		return EL_ERR_INVALID;
	}
	r->enabled = on;
	return EL_OK;
}

/* See escapelint.h. */
el_status el_rules_set_level(el_rules *rs, const char *key, el_level level)
{
	el_rule *r = (el_rule *)el_rules_find(rs, key);

	if (!r || level < EL_LEVEL_NOTE || level > EL_LEVEL_ERROR)
		return EL_ERR_INVALID;
	r->level = level;
	return EL_OK;
}

const char *el_rule_id(const el_rule *r) { return r->id; }
const char *el_rule_name(const el_rule *r) { return r->name; }
el_level el_rule_level(const el_rule *r) { return r->level; }
int el_rule_priority(const el_rule *r) { return r->priority; }
int el_rule_enabled(const el_rule *r) { return r->enabled; }
const char *el_rule_short(const el_rule *r) { return r->shortd; }
const char *el_rule_full(const el_rule *r) { return r->fulld; }
const char *el_rule_help(const el_rule *r) { return r->help; }
const char *el_rule_precision(const el_rule *r) { return r->precision; }
const char *el_rule_source(const el_rule *r) { return r->source; }
size_t el_rule_tag_count(const el_rule *r) { return r->ntags; }
const char *el_rule_tag(const el_rule *r, size_t i) { return i < r->ntags ? r->tags[i] : NULL; }

/* Positive and negative test snippets, for --test-rules (internal.h). */
size_t el_rule__tests(const el_rule *r, int positive, const char *const **out)
{
	*out = (const char *const *)(positive ? r->positive : r->negative);
	return positive ? r->npositive : r->nnegative;
}

/* ------------------------------------------------------------------ */
/* Loading                                                            */
/* ------------------------------------------------------------------ */

/* What a load needs: the text for positions, where errors go. */
typedef struct loader {
	el_rules *rs;
	const char *name;
	const char *text;
	size_t len;
	int failed;
} loader;

/* 1-based line and column of offset off in the text. */
static void text_pos(const loader *L, size_t off, unsigned long *line, unsigned long *col)
{
	size_t i, start = 0;

	*line = 1;
	for (i = 0; i < off && i < L->len; i++)
		if (L->text[i] == '\n') {
			++*line;
			start = i + 1;
		}
	*col = off - start + 1;
}

/* Offset of the nth occurrence of the member "key" in the text (the last
 * one found when there are fewer, 0 when none). */
static size_t key_offset_nth(const loader *L, const char *key, int nth)
{
	char quoted[128];
	size_t n, i, found = 0;

	n = (size_t)snprintf(quoted, sizeof quoted, "\"%s\"", key);
	for (i = 0; n < sizeof quoted && i + n <= L->len; i++)
		if (memcmp(L->text + i, quoted, n) == 0 && (found = i, --nth == 0))
			return i;
	return found;
}

static size_t key_offset(const loader *L, const char *key)
{
	return key_offset_nth(L, key, 1);
}

/* Fail the load with "NAME:LINE:COL: message" at offset off. */
static void fail_at(loader *L, size_t off, const char *fmt, ...) EL_PRINTF(3, 4);

static void fail_at(loader *L, size_t off, const char *fmt, ...)
{
	char msg[200];
	unsigned long line, col;
	va_list ap;

	if (L->failed)
		return;
	L->failed = 1;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	text_pos(L, off, &line, &col);
	el_error_set(&L->rs->error, EL_ERR_INVALID, line, col, "%s:%lu:%lu: %s", L->name, line, col,
	             msg);
}

/* Fail at the member key. */
#define FAIL_KEY(L, key, ...) fail_at(L, key_offset(L, key), __VA_ARGS__)

/* Fail the load for lack of memory. */
static void nomem(loader *L)
{
	if (!L->failed)
		el_error_set(&L->rs->error, EL_ERR_NOMEM, 0, 0, "out of memory");
	L->failed = 1;
}

static char *dup_str(loader *L, const char *s)
{
	size_t n = strlen(s) + 1;
	char *p = el_malloc(RA(L->rs), n);

	if (!p) {
		nomem(L);
		return NULL;
	}
	memcpy(p, s, n);
	return p;
}

/* A required (or optional, when def is not NULL) string member. */
static char *get_string(loader *L, const cJSON *o, const char *key, const char *def)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);

	if (!v) {
		if (def)
			return dup_str(L, def);
		fail_at(L, 0, "missing \"%s\"", key);
		return NULL;
	}
	if (!cJSON_IsString(v) || v->valuestring[0] == '\0') {
		FAIL_KEY(L, key, "\"%s\" must be a non-empty string", key);
		return NULL;
	}
	return dup_str(L, v->valuestring);
}

/* An array of strings (the member may be absent when optional). */
static char **get_strings(loader *L, const cJSON *o, const char *key, size_t *n, int optional)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key), *e;
	char **out;
	size_t i = 0;

	*n = 0;
	if (!v && optional)
		return NULL;
	if (!cJSON_IsArray(v) || (!optional && cJSON_GetArraySize(v) == 0)) {
		FAIL_KEY(L, key, "\"%s\" must be a non-empty array of strings", key);
		return NULL;
	}
	out = el_malloc(RA(L->rs), ((size_t)cJSON_GetArraySize(v) + 1) * sizeof *out);
	if (!out) {
		nomem(L);
		return NULL;
	}
	cJSON_ArrayForEach(e, v) {
		if (!cJSON_IsString(e)) {
			FAIL_KEY(L, key, "\"%s\" must hold strings only", key);
			break;
		}
		if ((out[i] = dup_str(L, e->valuestring)) == NULL)
			break;
		i++;
	}
	*n = i;
	return out;
}

/* Compile a pattern member (absent: no pattern). */
static void get_pat(loader *L, const cJSON *o, const char *key, const char *where, pat *p)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
	int err;
	PCRE2_SIZE erroff;

	if (!v || L->failed)
		return;
	if (!cJSON_IsString(v)) {
		FAIL_KEY(L, key, "%s%s must be a pattern string", where, key);
		return;
	}
	p->code = pcre2_compile((PCRE2_SPTR)v->valuestring, PCRE2_ZERO_TERMINATED,
	                        PCRE2_UTF | PCRE2_MATCH_INVALID_UTF, &err, &erroff, L->rs->cctx);
	if (!p->code) {
		PCRE2_UCHAR msg[120];
		size_t off = key_offset(L, key);
		/* point into the pattern: after the key, its colon and quote */
		const char *q = memchr(L->text + off + strlen(key) + 2, '"',
		                       L->len - off - strlen(key) - 2);
		pcre2_get_error_message(err, msg, sizeof msg);
		fail_at(L, q ? (size_t)(q - L->text) + 1 + erroff : off, "bad regex in %s%s: %s", where,
		        key, (const char *)msg);
		return;
	}
	if (!L->rs->no_jit) /* the interpreter when JIT is absent or off */
		pcre2_jit_compile(p->code, PCRE2_JIT_COMPLETE);
	p->md = pcre2_match_data_create_from_pattern(p->code, NULL);
	if (!p->md)
		nomem(L);
}

/* Check that only the listed members are present. */
static void only_keys(loader *L, const cJSON *o, const char *const *keys, const char *where)
{
	const cJSON *e;
	size_t k;

	cJSON_ArrayForEach(e, o) {
		for (k = 0; keys[k]; k++)
			if (strcmp(e->string, keys[k]) == 0)
				break;
		if (!keys[k]) {
			FAIL_KEY(L, e->string, "unknown member \"%s\" in %s", e->string, where);
			return;
		}
	}
}

/* One step condition object. */
static void get_cond(loader *L, const cJSON *o, cond *c, const char *where)
{
	static const char *const keys[] = { "why", "where", "dst", "src", "callee", NULL };

	if (!cJSON_IsObject(o)) {
		FAIL_KEY(L, "steps", "%s must hold condition objects", where);
		return;
	}
	only_keys(L, o, keys, where);
	get_pat(L, o, "why", "match.steps: ", &c->why);
	get_pat(L, o, "where", "match.steps: ", &c->where);
	get_pat(L, o, "dst", "match.steps: ", &c->dst);
	get_pat(L, o, "src", "match.steps: ", &c->src);
	get_pat(L, o, "callee", "match.steps: ", &c->callee);
}

/* A list of conditions (any/all/none). */
static cond *get_conds(loader *L, const cJSON *steps, const char *key, size_t *n)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(steps, key), *e;
	cond *out;
	size_t i = 0;

	*n = 0;
	if (!v)
		return NULL;
	if (!cJSON_IsArray(v)) {
		FAIL_KEY(L, key, "match.steps.%s must be an array of conditions", key);
		return NULL;
	}
	out = el_malloc(RA(L->rs), ((size_t)cJSON_GetArraySize(v) + 1) * sizeof *out);
	if (!out) {
		nomem(L);
		return NULL;
	}
	memset(out, 0, ((size_t)cJSON_GetArraySize(v) + 1) * sizeof *out);
	cJSON_ArrayForEach(e, v) {
		get_cond(L, e, &out[i++], "match.steps");
	}
	*n = i;
	return out;
}

/* A single condition (first/last). */
static cond *get_one_cond(loader *L, const cJSON *steps, const char *key)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(steps, key);
	cond *c;

	if (!v)
		return NULL;
	c = el_malloc(RA(L->rs), sizeof *c);
	if (!c) {
		nomem(L);
		return NULL;
	}
	memset(c, 0, sizeof *c);
	get_cond(L, v, c, "match.steps");
	return c;
}

static const char *const kind_words[EL_OBJ__COUNT] = { "moved", "escapes", "leak", "noinline",
	                                                      "directive" };

/* The bit of an object kind word, or 0 after an error. */
static unsigned kind_bit(loader *L, const cJSON *w)
{
	int k;

	for (k = 0; cJSON_IsString(w) && k < EL_OBJ__COUNT; k++)
		if (strcmp(w->valuestring, kind_words[k]) == 0)
			return 1u << k;
	FAIL_KEY(L, "kind", "match.kind: each kind is moved, escapes, leak or noinline");
	return 0;
}

/* The "kind" member: a word or an array of words. */
static unsigned get_kinds(loader *L, const cJSON *m)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(m, "kind"), *e;
	unsigned bits = 0;

	if (!v)
		return 0;
	if (cJSON_IsString(v))
		return kind_bit(L, v);
	if (!cJSON_IsArray(v)) {
		FAIL_KEY(L, "kind", "match.kind must be a string or an array of strings");
		return 0;
	}
	cJSON_ArrayForEach(e, v) {
		bits |= kind_bit(L, e);
	}
	return bits;
}

/* A boolean member: -1 when absent. */
static int get_bool(loader *L, const cJSON *o, const char *key)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);

	if (!v)
		return -1;
	if (!cJSON_IsBool(v)) {
		FAIL_KEY(L, key, "\"%s\" must be true or false", key);
		return -1;
	}
	return cJSON_IsTrue(v);
}

/* A { "min": "1.N", "max": "1.N" } member (key: "go" or "lang"): Go
 * versions from 1.19 on, as minor numbers in *min and *max (0 and INT_MAX
 * when absent). */
static void get_versions(loader *L, const cJSON *o, const char *key, int *min, int *max)
{
	static const char *const keys[] = { "min", "max", NULL };
	const char *names[2] = { "min", "max" };
	int *out[2] = { min, max };
	char where[16];
	int i;

	*min = 0;
	*max = INT_MAX;
	if (!cJSON_IsObject(o)) {
		FAIL_KEY(L, key, "match.%s must be an object with min and/or max", key);
		return;
	}
	snprintf(where, sizeof where, "match.%s", key);
	only_keys(L, o, keys, where);
	for (i = 0; i < 2; i++) {
		const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, names[i]);
		int minor;
		if (!v)
			continue;
		if (!cJSON_IsString(v) || el_goversion_parse(v->valuestring, &minor, NULL) != 0 ||
		    strncmp(v->valuestring, "go", 2) == 0 || minor < EL_GO_OLDEST) {
			FAIL_KEY(L, key, "match.%s.%s must be a Go version such as \"1.25\" (1.%d or later)",
			         key, names[i], EL_GO_OLDEST);
			return;
		}
		*out[i] = minor;
	}
	if (*min > *max)
		FAIL_KEY(L, key, "match.%s: min is above max", key);
}

/* The "match" object. */
/* A { "min": N, "max": N } member (key): whole numbers from lo to 2^40,
 * defaulting to def_min and def_max.  Returns 1 (a failure is recorded). */
static int get_range(loader *L, const cJSON *o, const char *key, const char *where, long lo,
                     long def_min,
                     long def_max, long *min, long *max)
{
	static const char *const keys[] = { "min", "max", NULL };
	const cJSON *mn = cJSON_GetObjectItemCaseSensitive(o, "min");
	const cJSON *mx = cJSON_GetObjectItemCaseSensitive(o, "max");
	const cJSON *v[2] = { mn, mx };
	long *out[2] = { min, max };
	int i;

	*min = def_min;
	*max = def_max;
	if (!cJSON_IsObject(o)) {
		FAIL_KEY(L, key, "match.%s must be an object", key);
		return 1;
	}
	only_keys(L, o, keys, where);
	for (i = 0; i < 2; i++) {
		if (!v[i])
			continue;
		/* checked before the cast: a double out of long's range is UB */
		if (!cJSON_IsNumber(v[i]) || v[i]->valuedouble < (double)lo ||
		    v[i]->valuedouble > (double)(1L << 40) ||
		    v[i]->valuedouble != (double)(long)v[i]->valuedouble) {
			FAIL_KEY(L, key, "match.%s: min and max are whole numbers from %ld to 2^40", key, lo);
			return 1;
		}
		*out[i] = (long)v[i]->valuedouble;
	}
	return 1;
}

static void get_match(loader *L, const cJSON *m, el_rule *r, int depth)
{
	static const char *const keys[] = { "kind", "subject", "function", "file", "package",
		                            "verdict", "reason", "context", "free", "type",
		                            "underlying", "owner", "inlined", "assertion", "declared", "not", "method",
		                            "chain", "source", "over_budget", "size", "go", "lang", "one_of", "steps",
		                            "call", "callee", "callee_verdict", "callee_inline", "func_inline",
		                            "func_over_budget", "via", "via_call", "in_loop", "program", "role", "inlined_args", "callers", "with_values", "func_result", "reordered", NULL };
	/* an alternative of one_of may say its own message and fix */
	static const char *const alt_keys[] = { "kind", "subject", "function", "file", "package",
		                                "verdict", "reason", "context", "free", "type",
		                                "underlying", "owner", "inlined", "assertion", "declared", "not", "method",
		                                "chain", "source", "over_budget", "size", "go", "lang", "steps",
		                                "call", "callee", "callee_verdict", "callee_inline", "func_inline",
		                                "func_over_budget", "via", "via_call", "in_loop", "program", "role", "inlined_args", "callers", "with_values", "func_result", "reordered", "message", "message_values", "fix", "one_of", NULL };
	static const char *const step_keys[] = { "any", "all", "none", "first", "last", NULL };
	const cJSON *not = cJSON_GetObjectItemCaseSensitive(m, "not");
	const cJSON *steps = cJSON_GetObjectItemCaseSensitive(m, "steps");
	const cJSON *over = cJSON_GetObjectItemCaseSensitive(m, "over_budget");
	const cJSON *fover = cJSON_GetObjectItemCaseSensitive(m, "func_over_budget");
	const cJSON *size = cJSON_GetObjectItemCaseSensitive(m, "size");
	const cJSON *one_of = cJSON_GetObjectItemCaseSensitive(m, "one_of");
	const cJSON *go = cJSON_GetObjectItemCaseSensitive(m, "go");
	const cJSON *lang = cJSON_GetObjectItemCaseSensitive(m, "lang");
	int f;

	if (!cJSON_IsObject(m)) {
		FAIL_KEY(L, "match", "\"match\" must be an object");
		return;
	}
	only_keys(L, m, depth > 0 ? alt_keys : keys, depth > 0 ? "match.one_of" : "match");
	if (depth > 0) {
		if (cJSON_GetObjectItemCaseSensitive(m, "message"))
			r->message = get_string(L, m, "message", NULL);
		if (cJSON_GetObjectItemCaseSensitive(m, "message_values"))
			r->message_values = get_string(L, m, "message_values", NULL);
		if (cJSON_GetObjectItemCaseSensitive(m, "fix"))
			r->fix = get_string(L, m, "fix", NULL);
	}
	r->kinds = get_kinds(L, m);
	for (f = 0; f < F__COUNT; f++)
		get_pat(L, m, field_names[f], "match.", &r->yes[f]);
	if (not) {
		static const char *const not_keys[] = { "subject", "function", "file", "package",
			                                "verdict", "reason", "context", "free",
			                                "type", "underlying", "owner", "inlined", "assertion",
			                                "declared", "call", "callee", "callee_verdict",
			                                "callee_inline", "func_inline", "via", "via_call", "in_loop", "program", "role", "inlined_args", "callers", "with_values", "func_result", "reordered", NULL };
		if (!cJSON_IsObject(not))
			FAIL_KEY(L, "not", "match.not must be an object");
		else
			only_keys(L, not, not_keys, "match.not");
		for (f = 0; f < F__COUNT && cJSON_IsObject(not); f++)
			get_pat(L, not, field_names[f], "match.not.", &r->no[f]);
	}
	r->method = get_bool(L, m, "method");
	r->chain = get_bool(L, m, "chain");
	r->need_source = get_bool(L, m, "source");
	r->go_max = r->lang_max = INT_MAX;
	if (go)
		get_versions(L, go, "go", &r->go_min, &r->go_max);
	if (lang)
		get_versions(L, lang, "lang", &r->lang_min, &r->lang_max);
	if (size)
		r->has_size = get_range(L, size, "size", "match.size", 0, 0, 1L << 40, &r->size_min, &r->size_max);
	if (one_of) {
		const cJSON *alt;
		size_t k = 0;
		if (!cJSON_IsArray(one_of) || cJSON_GetArraySize(one_of) < 1) {
			FAIL_KEY(L, "one_of", "match.one_of must be an array of match objects");
		} else if (depth > 0) {
			FAIL_KEY(L, "one_of", "match.one_of cannot be nested");
		} else {
			r->nalts = (size_t)cJSON_GetArraySize(one_of);
			r->alts = el_malloc(RA(L->rs), r->nalts * sizeof *r->alts);
			if (!r->alts) {
				r->nalts = 0;
				nomem(L);
				return;
			}
			memset(r->alts, 0, r->nalts * sizeof *r->alts);
			cJSON_ArrayForEach(alt, one_of) {
				el_rule *sub = el_malloc(RA(L->rs), sizeof *sub);
				if (!sub) {
					nomem(L);
					return;
				}
				memset(sub, 0, sizeof *sub);
				sub->method = sub->chain = sub->need_source = -1;
				r->alts[k++] = sub;
				get_match(L, alt, sub, depth + 1);
			}
		}
	}
	if (over)
		r->has_over = get_range(L, over, "over_budget", "match.over_budget", -(1L << 40), 1,
		                        1L << 30, &r->over_min, &r->over_max);
	if (fover)
		r->has_func_over = get_range(L, fover, "func_over_budget", "match.func_over_budget",
		                             -(1L << 40), 1, 1L << 30, &r->func_over_min,
		                             &r->func_over_max);
	if (steps) {
		if (!cJSON_IsObject(steps)) {
			FAIL_KEY(L, "steps", "match.steps must be an object");
			return;
		}
		only_keys(L, steps, step_keys, "match.steps");
		r->any = get_conds(L, steps, "any", &r->nany);
		r->all = get_conds(L, steps, "all", &r->nall);
		r->none = get_conds(L, steps, "none", &r->nnone);
		r->first = get_one_cond(L, steps, "first");
		r->last = get_one_cond(L, steps, "last");
	}
}

/* Can r match only when the Go source was read? */
static int needs_source(const el_rule *r)
{
	size_t k;

	if (r->yes[F_CONTEXT].code || r->yes[F_FREE].code || r->yes[F_TYPE].code ||
	    r->yes[F_UNDERLYING].code || r->yes[F_OWNER].code || r->yes[F_INLINED].code ||
	    r->yes[F_ASSERTION].code || r->yes[F_DECLARED].code || r->yes[F_IN_LOOP].code || r->yes[F_PROGRAM].code || r->yes[F_ROLE].code || r->yes[F_INLINED_ARGS].code || r->yes[F_CALLERS].code ||
	    r->yes[F_WITH_VALUES].code || r->yes[F_FUNC_RESULT].code || r->lang_min > 0 ||
	    r->lang_max < INT_MAX || r->need_source == 1)
		return 1;
	for (k = 0; k < r->nalts; k++)
		if (!needs_source(r->alts[k]))
			return 0;
	return r->nalts > 0;
}

/* Variables every template may use. */
static const char *const builtin_vars[] = {
	"subject", "function", "file", "line", "column", "package", "kind", "verdict",
	"reason", "cost", "budget", "over", "callee", "why", "where", "dst", "src",
	"context", "free", "type", "size", "underlying", "owner", "inlined", "assertion",
	"directive", "declared", "in_loop", "func_result", "program", "role", "callers", "called_from", "with_values", "reordered", "go", "lang", "call_at", "callee_param", "callee_keeps",
	"callee_keeps_at", "callee_kept", "callee_stores", "callee_does", "callee_inlining", "callee_reason", "callee_cost", "callee_budget",
	"callee_over", "func_cost", "func_budget", "func_over", "func_reason", "func_inlining",
	"values", "nvalues", "fields", "nfields", "fields_of", "leak_to", "via", "via_at", "allocs_text", NULL,
};

/* Is name a named group of p? */
static int pat_has_name(const pat *p, const char *name, size_t n)
{
	uint32_t count = 0, size = 0, i;
	PCRE2_SPTR table;

	if (!p->code)
		return 0;
	pcre2_pattern_info(p->code, PCRE2_INFO_NAMECOUNT, &count);
	pcre2_pattern_info(p->code, PCRE2_INFO_NAMEENTRYSIZE, &size);
	pcre2_pattern_info(p->code, PCRE2_INFO_NAMETABLE, &table);
	for (i = 0; i < count; i++) {
		const char *e = (const char *)table + i * size + 2;
		if (strlen(e) == n && memcmp(e, name, n) == 0)
			return 1;
	}
	return 0;
}

static int conds_have_name(const cond *c, size_t nc, const char *name, size_t n)
{
	size_t i;

	for (i = 0; i < nc; i++)
		if (pat_has_name(&c[i].why, name, n) || pat_has_name(&c[i].where, name, n) ||
		    pat_has_name(&c[i].dst, name, n) || pat_has_name(&c[i].src, name, n) ||
		    pat_has_name(&c[i].callee, name, n))
			return 1;
	return 0;
}

/* Does the rule define ${name}? */
static int rule_has_var(const el_rule *r, const char *name, size_t n)
{
	size_t k;
	int f;

	for (k = 0; builtin_vars[k]; k++)
		if (strlen(builtin_vars[k]) == n && memcmp(builtin_vars[k], name, n) == 0)
			return 1;
	for (f = 0; f < F__COUNT; f++)
		if (pat_has_name(&r->yes[f], name, n))
			return 1;
	for (k = 0; k < r->nalts; k++)
		if (rule_has_var(r->alts[k], name, n))
			return 1;
	return conds_have_name(r->any, r->nany, name, n) || conds_have_name(r->all, r->nall, name, n) ||
	       (r->first && conds_have_name(r->first, 1, name, n)) ||
	       (r->last && conds_have_name(r->last, 1, name, n));
}

/* Check the ${...} of a template. */
static void check_template(loader *L, const el_rule *r, const char *t, const char *key)
{
	const char *p = t;

	while ((p = strchr(p, '$')) != NULL) {
		const char *end;
		if (p[1] == '$') {
			p += 2;
			continue;
		}
		if (p[1] != '{' || (end = strchr(p, '}')) == NULL) {
			FAIL_KEY(L, key, "\"%s\": a $ must start ${name} (or be written $$)", key);
			return;
		}
		if (!rule_has_var(r, p + 2, (size_t)(end - p - 2))) {
			FAIL_KEY(L, key, "\"%s\": unknown variable ${%.*s}", key, (int)(end - p - 2), p + 2);
			return;
		}
		p = end + 1;
	}
}

/* Is s a kebab-case name? */
static int kebab(const char *s)
{
	size_t i;

	if (!(s[0] >= 'a' && s[0] <= 'z'))
		return 0;
	for (i = 1; s[i]; i++)
		if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= '0' && s[i] <= '9') ||
		      (s[i] == '-' && s[i - 1] != '-' && s[i + 1] != '\0')))
			return 0;
	return 1;
}

/* "by_version": message and fix variants for some Go releases. */
static void get_variants(loader *L, const cJSON *v, el_rule *r)
{
	static const char *const keys[] = { "go", "lang", "message", "fix", NULL };
	const cJSON *e;
	size_t k = 0;

	if (!cJSON_IsArray(v) || cJSON_GetArraySize(v) < 1) {
		FAIL_KEY(L, "by_version", "\"by_version\" must be an array of objects with go or lang, "
		                          "and message or fix");
		return;
	}
	r->variants = el_malloc(RA(L->rs), (size_t)cJSON_GetArraySize(v) * sizeof *r->variants);
	if (!r->variants) {
		nomem(L);
		return;
	}
	cJSON_ArrayForEach(e, v) {
		struct variant *x = &r->variants[k];
		const cJSON *go = cJSON_GetObjectItemCaseSensitive(e, "go");
		const cJSON *lang = cJSON_GetObjectItemCaseSensitive(e, "lang");
		memset(x, 0, sizeof *x);
		x->go_max = x->lang_max = INT_MAX;
		r->nvariants = ++k;
		if (!cJSON_IsObject(e) || (!go && !lang) ||
		    (!cJSON_GetObjectItemCaseSensitive(e, "message") &&
		     !cJSON_GetObjectItemCaseSensitive(e, "fix"))) {
			FAIL_KEY(L, "by_version", "each by_version entry needs go or lang, and message or fix");
			return;
		}
		only_keys(L, e, keys, "by_version");
		if (go)
			get_versions(L, go, "go", &x->go_min, &x->go_max);
		if (lang)
			get_versions(L, lang, "lang", &x->lang_min, &x->lang_max);
		if (cJSON_GetObjectItemCaseSensitive(e, "message"))
			x->message = get_string(L, e, "message", NULL);
		if (cJSON_GetObjectItemCaseSensitive(e, "fix"))
			x->fix = get_string(L, e, "fix", NULL);
	}
}

/* The first member of object o whose name an earlier member has (any
 * depth), or NULL: cJSON keeps both, and lookups would see the first. */
static const char *duplicate_member(const cJSON *o)
{
	const cJSON *a, *b;
	const char *d;

	for (a = o ? o->child : NULL; a; a = a->next) {
		if (cJSON_IsObject(o) && a->string)
			for (b = o->child; b != a; b = b->next)
				if (b->string && strcmp(a->string, b->string) == 0)
					return a->string;
		if ((cJSON_IsObject(a) || cJSON_IsArray(a)) && (d = duplicate_member(a)) != NULL)
			return d;
	}
	return NULL;
}

/* Build a rule from the parsed document. */
static el_rule *load_rule(loader *L, const cJSON *doc)
{
	static const char *const keys[] = { "id", "name", "level", "priority", "short",
		                            "description", "help", "tags", "precision", "enabled",
		                            "match", "message", "message_values", "message_fields", "fix", "by_version", "tests",
		                            NULL };
	const el_allocator *a = RA(L->rs);
	el_rule *r = el_malloc(a, sizeof *r);
	const cJSON *v;
	char *level;

	if (!r) {
		nomem(L);
		return NULL;
	}
	memset(r, 0, sizeof *r);
	if (!cJSON_IsObject(doc)) {
		fail_at(L, 0, "a rule file holds one JSON object");
		return r;
	}
	only_keys(L, doc, keys, "the rule");
	{
		const char *dup = duplicate_member(doc);
		if (dup) {
			fail_at(L, key_offset_nth(L, dup, 2),
			        "duplicate member \"%s\" (only one of them would count)", dup);
			return r;
		}
	}
	r->id = get_string(L, doc, "id", NULL);
	r->name = get_string(L, doc, "name", NULL);
	if (r->id && (strncmp(r->id, "EL", 2) != 0 || strlen(r->id) != 5 ||
	              strspn(r->id + 2, "0123456789") != 3))
		FAIL_KEY(L, "id", "\"id\" must look like EL123");
	if (r->name && !kebab(r->name))
		FAIL_KEY(L, "name", "\"name\" must be kebab-case (like return-local-address)");
	if (r->name && (el_rules_find(L->rs, r->name) || el_rules_find(L->rs, r->id ? r->id : "")))
		FAIL_KEY(L, "name", "a rule named %s or with id %s is already loaded", r->name,
		         r->id ? r->id : "?");
	level = get_string(L, doc, "level", NULL);
	if (level) {
		r->level = strcmp(level, "note") == 0      ? EL_LEVEL_NOTE
		           : strcmp(level, "warning") == 0 ? EL_LEVEL_WARNING
		           : strcmp(level, "error") == 0   ? EL_LEVEL_ERROR
		                                           : EL_LEVEL_NONE;
		if (r->level == EL_LEVEL_NONE)
			FAIL_KEY(L, "level", "\"level\" must be note, warning or error, not \"%s\"", level);
		el_free(a, level);
	}
	v = cJSON_GetObjectItemCaseSensitive(doc, "priority");
	/* checked before the cast: a double out of int's range is UB */
	if (v && (!cJSON_IsNumber(v) || v->valuedouble < -1000000 || v->valuedouble > 1000000 ||
	          v->valuedouble != (double)(int)v->valuedouble))
		FAIL_KEY(L, "priority", "\"priority\" must be a whole number from -1000000 to 1000000");
	r->priority = v && cJSON_IsNumber(v) && !L->failed ? (int)v->valuedouble : 0;
	r->enabled = get_bool(L, doc, "enabled") != 0;
	r->shortd = get_string(L, doc, "short", NULL);
	r->fulld = get_string(L, doc, "description", NULL);
	r->help = get_string(L, doc, "help", NULL);
	r->precision = get_string(L, doc, "precision", "high");
	r->tags = get_strings(L, doc, "tags", &r->ntags, 1);
	r->message = get_string(L, doc, "message", NULL);
	if (cJSON_GetObjectItemCaseSensitive(doc, "message_values"))
		r->message_values = get_string(L, doc, "message_values", NULL);
	if (cJSON_GetObjectItemCaseSensitive(doc, "message_fields"))
		r->message_fields = get_string(L, doc, "message_fields", NULL);
	r->fix = get_string(L, doc, "fix", NULL);
	v = cJSON_GetObjectItemCaseSensitive(doc, "match");
	if (!v)
		fail_at(L, 0, "missing \"match\"");
	else
		get_match(L, v, r, 0);
	v = cJSON_GetObjectItemCaseSensitive(doc, "tests");
	if (!cJSON_IsObject(v)) {
		FAIL_KEY(L, "tests", "\"tests\" must be an object with positive and negative snippets");
	} else {
		/* a rule that needs the Go source cannot match a log snippet
		 * alone: its positive tests are on fixtures with their source */
		r->positive = get_strings(L, v, "positive", &r->npositive, needs_source(r));
		r->negative = get_strings(L, v, "negative", &r->nnegative, 0);
	}
	v = cJSON_GetObjectItemCaseSensitive(doc, "by_version");
	if (v)
		get_variants(L, v, r);
	if (!L->failed && r->message)
		check_template(L, r, r->message, "message");
	if (!L->failed && r->message_values)
		check_template(L, r, r->message_values, "message_values");
	if (!L->failed && r->message_fields)
		check_template(L, r, r->message_fields, "message_fields");
	for (size_t i = 0; i < r->nalts && !L->failed; i++) {
		if (r->alts[i]->message)
			check_template(L, r, r->alts[i]->message, "one_of message");
		if (r->alts[i]->message_values)
			check_template(L, r, r->alts[i]->message_values, "one_of message_values");
		if (r->alts[i]->fix && !L->failed)
			check_template(L, r, r->alts[i]->fix, "one_of fix");
	}
	if (!L->failed && r->fix)
		check_template(L, r, r->fix, "fix");
	for (size_t i = 0; i < r->nvariants && !L->failed; i++) {
		if (r->variants[i].message)
			check_template(L, r, r->variants[i].message, "by_version message");
		if (r->variants[i].fix && !L->failed)
			check_template(L, r, r->variants[i].fix, "by_version fix");
	}
	return r;
}

/* See escapelint.h. */
el_status el_rules_add_json(el_rules *rs, const char *name, const char *text, size_t len)
{
	loader L = { rs, name, text, len, 0 };
	const char *end = NULL;
	cJSON *doc;
	el_rule *r;

	el_error_clear(&rs->error);
	doc = cJSON_ParseWithLengthOpts(text, len, &end, 0);
	if (!doc) {
		fail_at(&L, end && end >= text ? (size_t)(end - text) : 0, "invalid JSON");
		return rs->error.status;
	}
	while (end && end < text + len && (*end == ' ' || *end == '\t' || *end == '\n' || *end == '\r'))
		end++;
	if (end && end < text + len) {
		cJSON_Delete(doc);
		fail_at(&L, (size_t)(end - text), "text after the rule's JSON object");
		return rs->error.status;
	}
	r = load_rule(&L, doc);
	cJSON_Delete(doc);
	if (!L.failed && rs->n == rs->cap) {
		size_t cap = rs->cap ? rs->cap * 2 : 32;
		el_rule **p = el_realloc(RA(rs), rs->rules, cap * sizeof *p);
		if (!p)
			nomem(&L);
		else {
			rs->rules = p;
			rs->cap = cap;
		}
	}
	if (!L.failed && r) {
		r->source = dup_str(&L, name);
	}
	if (L.failed) {
		rule_free(r, RA(rs));
		if (rs->error.status == EL_OK)
			el_error_set(&rs->error, EL_ERR_NOMEM, 0, 0, "out of memory");
		return rs->error.status;
	}
	r->order = rs->n;
	rs->rules[rs->n++] = r;
	return EL_OK;
}

/* See escapelint.h. */
el_status el_rules_add_defaults(el_rules *rs)
{
	size_t i;

	for (i = 0; i < el_embedded_rules_count; i++) {
		el_status st = el_rules_add_json(rs, el_embedded_rules[i].name, el_embedded_rules[i].text,
		                                 el_embedded_rules[i].len);
		if (st != EL_OK)
			return st;
	}
	return EL_OK;
}

/* ------------------------------------------------------------------ */
/* Matching                                                           */
/* ------------------------------------------------------------------ */

/* Run p on s; 1 on a match (named captures added to the variables). */
static int pat_run(el_rules *rs, const pat *p, el_str s)
{
	uint32_t count = 0, size = 0, i;
	PCRE2_SPTR table;
	PCRE2_SIZE *ov;
	int rc;

	if (!p->code)
		return 1;
	rc = pcre2_match(p->code, (PCRE2_SPTR)(s.ptr ? s.ptr : ""), s.len, 0, 0, p->md, rs->mctx);
	if (rc < 0) {
		if (rc != PCRE2_ERROR_NOMATCH)
			rs->limit_hits++;
		return 0;
	}
	pcre2_pattern_info(p->code, PCRE2_INFO_NAMECOUNT, &count);
	if (count == 0)
		return 1;
	pcre2_pattern_info(p->code, PCRE2_INFO_NAMEENTRYSIZE, &size);
	pcre2_pattern_info(p->code, PCRE2_INFO_NAMETABLE, &table);
	ov = pcre2_get_ovector_pointer(p->md);
	for (i = 0; i < count && rs->nvars < MAX_VARS; i++) {
		const unsigned char *e = table + i * size;
		unsigned g = (unsigned)(e[0] << 8 | e[1]);
		if (ov[2 * g] == PCRE2_UNSET)
			continue;
		rs->vars[rs->nvars].name = (const char *)e + 2;
		rs->vars[rs->nvars].value = el_str_make(s.ptr + ov[2 * g], ov[2 * g + 1] - ov[2 * g]);
		rs->nvars++;
	}
	return 1;
}

/* The views of all chains of o (primary chain first). */
static int build_views(el_rules *rs, const el_object *o)
{
	size_t c, s, k;

	rs->views.len = 0;
	for (c = 0; c < o->nchains; c++)
		for (s = 0; s < o->chains[c].nsteps; s++) {
			const el_step *st = &o->chains[c].steps[s];
			for (k = 0; k < (st->nnotes ? st->nnotes : 1); k++) {
				view *v = el_vec_push(&rs->views, sizeof *v, RA(rs));
				if (!v)
					return -1;
				v->step = st;
				v->note = st->nnotes ? &st->notes[k] : NULL;
				v->callee = v->note ? el_callee_of(v->note->where) : el_str_make("", 0);
			}
		}
	return 0;
}

/* Does view v satisfy condition c? */
static int cond_ok(el_rules *rs, const cond *c, const view *v)
{
	el_str none = { "", 0 };

	return pat_run(rs, &c->why, v->note ? v->note->why : none) &&
	       pat_run(rs, &c->where, v->note ? v->note->where : none) &&
	       pat_run(rs, &c->dst, v->step->dst) && pat_run(rs, &c->src, v->step->src) &&
	       pat_run(rs, &c->callee, v->callee);
}

/* Number of views of the primary chain. */
static size_t primary_views(const el_object *o)
{
	size_t s, n = 0;

	if (o->nchains == 0)
		return 0;
	for (s = 0; s < o->chains[0].nsteps; s++)
		n += o->chains[0].steps[s].nnotes ? o->chains[0].steps[s].nnotes : 1;
	return n;
}

/* The step conditions of r over the views. */
static int steps_ok(el_rules *rs, const el_rule *r, const el_object *o)
{
	const view *v = rs->views.ptr;
	size_t nv = rs->views.len, np = primary_views(o), i, k;

	for (i = 0; i < r->nany; i++) {
		for (k = 0; k < nv; k++) {
			size_t mark = rs->nvars;
			if (cond_ok(rs, &r->any[i], &v[k]))
				break;
			rs->nvars = mark;
		}
		if (k == nv)
			return 0;
	}
	for (i = 0; i < r->nall; i++) {
		if (nv == 0)
			return 0;
		for (k = 0; k < nv; k++)
			if (!cond_ok(rs, &r->all[i], &v[k]))
				return 0;
	}
	for (i = 0; i < r->nnone; i++)
		for (k = 0; k < nv; k++) {
			size_t mark = rs->nvars;
			int hit = cond_ok(rs, &r->none[i], &v[k]);
			rs->nvars = mark;
			if (hit)
				return 0;
		}
	if (r->first && (np == 0 || !cond_ok(rs, r->first, &v[0])))
		return 0;
	if (r->last && (np == 0 || !cond_ok(rs, r->last, &v[np - 1])))
		return 0;
	return 1;
}

/* "inlinable", "not inlinable" or "" for an inlining verdict 1, 0, -1. */
static el_str inline_word(int inlinable)
{
	return inlinable > 0    ? el_str_make(EL_LIT("inlinable"))
	       : inlinable == 0 ? el_str_make(EL_LIT("not inlinable"))
	                        : el_str_make("", 0);
}

/* Field f of an object, for the patterns. */
static el_str field_of(const el_object *o, int f)
{
	switch (f) {
	case F_SUBJECT: /* the compiler's name: what the patterns were written for */
		return o->compiler_subject.len ? o->compiler_subject : o->subject;
	case F_FUNCTION:
		return o->function;
	case F_FILE:
		return o->path.len ? o->path : o->pos.file;
	case F_PACKAGE:
		return o->package;
	case F_VERDICT:
		return o->verdict;
	case F_CONTEXT:
		return o->context;
	case F_FREE:
		return o->free;
	case F_TYPE:
		return o->type;
	case F_UNDERLYING:
		return o->underlying;
	case F_OWNER:
		return o->owner;
	case F_INLINED:
		return o->inlined;
	case F_ASSERTION:
		return o->assertion;
	case F_DECLARED:
		return o->declared;
	case F_IN_LOOP:
		return o->in_loop;
	case F_FUNC_RESULT:
		return o->func_result;
	case F_PROGRAM:
		return o->program;
	case F_ROLE:
		return o->role;
	case F_INLINED_ARGS:
		return o->inlined_args;
	case F_CALLERS:
		return o->callers;
	case F_WITH_VALUES:
		return o->with_values;
	case F_REORDERED:
		return o->reordered;
	case F_CALL:
		return o->call ? o->call->kind : el_str_make("", 0);
	case F_CALLEE:
		return o->call ? o->call->callee : el_str_make("", 0);
	case F_CALLEE_VERDICT:
		return o->call ? o->call->verdict : el_str_make("", 0);
	case F_CALLEE_INLINE:
		return inline_word(o->call ? o->call->inlinable : -1);
	case F_FUNC_INLINE:
		return inline_word(o->func_inlinable);
	case F_VIA:
		return o->call ? o->call->via_kind : el_str_make("", 0);
	case F_VIA_CALL:
		return o->call ? o->call->via : el_str_make("", 0);
	default:
		return o->reason;
	}
}

/* Do the Go version ranges hold for o (see the top of this file)? */
static int versions_ok(const el_object *o, int go_min, int go_max, int lang_min, int lang_max)
{
	if ((o->go_lo ? o->go_lo : EL_GO_OLDEST) < go_min ||
	    (go_max != INT_MAX && (o->go_hi ? o->go_hi : EL_GO_NEWEST) > go_max))
		return 0;
	if ((lang_min > 0 || lang_max < INT_MAX) &&
	    (o->lang <= 0 || o->lang < lang_min || o->lang > lang_max))
		return 0;
	return 1;
}

/* Does the match of r hold for o?  Captures are added to rs->vars. */
static int match_ok(el_rules *rs, const el_rule *r, const el_object *o)
{
	size_t k;
	int f;

	/* directive objects only for rules that name their kind */
	if (r->kinds ? !(r->kinds & (1u << o->kind)) : o->kind == EL_OBJ_DIRECTIVE)
		return 0;
	if (r->method >= 0 && r->method != !!(o->flags & EL_O_METHOD_VALUE))
		return 0;
	if (r->chain >= 0 && r->chain != (o->nchains > 0))
		return 0;
	if (!versions_ok(o, r->go_min, r->go_max, r->lang_min, r->lang_max))
		return 0;
	if (r->has_over) {
		long over = o->cost - o->budget;
		if (o->cost < 0 || o->budget < 0 || over < r->over_min || over > r->over_max)
			return 0;
	}
	if (r->has_func_over) {
		long over = o->func_cost - o->func_budget;
		if (o->func_cost < 0 || o->func_budget < 0 || over < r->func_over_min ||
		    over > r->func_over_max)
			return 0;
	}
	for (f = 0; f < F__COUNT; f++) {
		if (!pat_run(rs, &r->yes[f], field_of(o, f)))
			return 0;
		if (r->no[f].code && pat_run(rs, &r->no[f], field_of(o, f)))
			return 0;
	}
	if (r->need_source >= 0 && r->need_source != !!(o->flags & EL_O_SOURCE))
		return 0;
	/* a size applies when the source gave one */
	if (r->has_size && o->size >= 0 && (o->size < r->size_min || o->size > r->size_max))
		return 0;
	if (!steps_ok(rs, r, o))
		return 0;
	for (k = 0; k < r->nalts; k++) {
		size_t mark = rs->nvars;
		if (match_ok(rs, r->alts[k], o)) {
			rs->alt = r->alts[k];
			return 1;
		}
		rs->nvars = mark;
	}
	return r->nalts == 0;
}

/* Does rule r match o?  Captures are left in rs->vars. */
static int rule_ok(el_rules *rs, const el_rule *r, const el_object *o)
{
	rs->nvars = 0;
	rs->alt = NULL;
	return match_ok(rs, r, o);
}

/* Append function name f as a message shows it: glob..func1, Go 1.21
 * and earlier's name for a func literal in a package variable's
 * initialiser, is init.func1 (its name since Go 1.22). */
static int put_func_name(el_buf *b, el_str f, const el_allocator *a)
{
	if (f.len > 6 && memcmp(f.ptr, "glob..", 6) == 0)
		return el_buf_append(b, EL_LIT("init."), a) || el_buf_append(b, f.ptr + 6, f.len - 6, a);
	return el_buf_append(b, f.ptr, f.len, a);
}

/* Append a number to b. */
static int put_num(el_buf *b, long v, const el_allocator *a)
{
	char num[32];
	int n = snprintf(num, sizeof num, "%ld", v);
	return el_buf_append(b, num, (size_t)n, a);
}

/* Is s the name of a function's result the compiler made up (~r0, ~r1;
 * #rv1 in a range-over-func body), which a message calls "the result"? */
static int result_name(el_str s)
{
	size_t i = 0;

	if (el_starts(s.ptr, s.len, EL_LIT("~r")))
		i = 2;
	else if (el_starts(s.ptr, s.len, EL_LIT("#rv")))
		i = 3;
	else
		return 0;
	if (i == s.len)
		return 0;
	for (; i < s.len; i++)
		if (s.ptr[i] < '0' || s.ptr[i] > '9')
			return 0;
	return 1;
}

/* A capture v taken from a note's WHERE that shows a name the compiler
 * made up (`m[.autotmp_3.Elem()] = x`): the source the note stands for,
 * when known; v itself otherwise. */
static el_str capture_source(const el_rules *rs, el_str v)
{
	size_t i;

	if (!el_find(v.ptr, v.len, EL_LIT("~r")) && !el_find(v.ptr, v.len, EL_LIT("~R")) &&
	    !el_find(v.ptr, v.len, EL_LIT("~p")) && !el_find(v.ptr, v.len, EL_LIT(".autotmp_")))
		return v;
	for (i = 0; i < rs->views.len; i++) {
		const el_note *n = EL_VEC_AT(&rs->views, view, i).note;
		if (n && n->source.len && v.ptr >= n->where.ptr &&
		    v.ptr + v.len <= n->where.ptr + n->where.len)
			return n->source;
	}
	return v;
}

/* The number of o's related entries of kind k, plus o itself: the
 * values boxed for its call (EL_REL_SAME_CALL), the conversions stored
 * into fields of its variable (EL_REL_SAME_OBJECT). */
static size_t same_of(const el_object *o, el_related_kind k)
{
	size_t i, n = 1;

	for (i = 0; i < o->nrelated; i++)
		n += o->related[i].kind == k;
	return n;
}

static size_t values_of(const el_object *o)
{
	return same_of(o, EL_REL_SAME_CALL);
}

/* file:line of p into b. */
static int put_pos(el_buf *b, el_pos p, const el_allocator *a)
{
	return el_buf_append(b, p.file.ptr, p.file.len, a) || el_buf_append(b, ":", 1, a) ||
	       put_num(b, (long)p.line, a);
}

/* Append the name of the function the compiler inlined at a call, c,
 * spelled as the chains spell it: fmt.Errorf as it is, a method's
 * sync.(*Map).Store as (*sync.Map).Store; *done is 0 for a name of
 * another form (a generic instance), which the chain names better. */
static int put_inlined_callee(el_buf *b, el_str c, const el_allocator *a, int *done)
{
	const char *open = memchr(c.ptr, '(', c.len), *close, *end = c.ptr + c.len;
	int star;

	*done = 0;
	if (memchr(c.ptr, '[', c.len))
		return 0;
	*done = 1;
	if (!open)
		return el_buf_append(b, c.ptr, c.len, a);
	close = memchr(open, ')', (size_t)(end - open));
	if (open == c.ptr || open[-1] != '.' || !close) {
		*done = 0;
		return 0;
	}
	star = open[1] == '*';
	return el_buf_append(b, "(*", star ? 2 : 1, a) ||
	       el_buf_append(b, c.ptr, (size_t)(open - c.ptr), a) ||
	       el_buf_append(b, open + 1 + star, (size_t)(end - open - 1 - star), a);
}

/* The variables of the call an object is handed to (callee_*, call_at):
 * *done set when name is one of them. */
static int call_var(el_buf *b, const el_call *c, const char *name, size_t n,
                    const el_allocator *a, int *done)
{
#define IS(w) (n == sizeof(w) - 1 && memcmp(name, w, n) == 0)
	*done = 1;
	if (IS("callee") && c->callee.len)
		return el_buf_append(b, c->callee.ptr, c->callee.len, a);
	if (IS("callee")) {
		*done = 0; /* unnamed (an inlined call's): the chain names it */
		return 0;
	}
	if (IS("call_at"))
		return put_pos(b, c->at, a);
	if (IS("callee_param"))
		return c->param.len ? el_buf_append(b, c->param.ptr, c->param.len, a)
		                    : el_buf_append(b, EL_LIT("its parameter"), a);
	if (IS("callee_keeps"))
		return el_buf_append(b, c->keeps.ptr, c->keeps.len, a);
	if (IS("callee_keeps_at"))
		return c->keeps_pos.line ? put_pos(b, c->keeps_pos, a) : 0;
	if (IS("callee_kept")) {
		/* `leaking param content: p` keeps what p points to */
		int content = el_find(c->verdict.ptr, c->verdict.len, EL_LIT("content")) != NULL;
		return el_buf_append(b, content ? "what its parameter " : "its parameter ",
		                     content ? 19 : 14, a) ||
		       (c->param.len ? el_buf_append(b, c->param.ptr, c->param.len, a)
		                     : el_buf_append(b, EL_LIT("?"), a)) ||
		       (content && el_buf_append(b, EL_LIT(" points to"), a));
	}
	if (IS("callee_does")) {
		/* `STATEMENT` (file:line) puts it in X / keeps it beyond the call */
		if (c->keeps.len &&
		    (el_buf_append(b, "`", 1, a) || el_buf_append(b, c->keeps.ptr, c->keeps.len, a) ||
		     el_buf_append(b, "` ", 2, a) ||
		     (c->keeps_pos.line && (el_buf_append(b, "(", 1, a) || put_pos(b, c->keeps_pos, a) ||
		                            el_buf_append(b, ") ", 2, a)))))
			return -1;
		return call_var(b, c, "callee_stores", 13, a, done);
	}
	if (IS("callee_stores")) {
		/* what the statement that keeps it does */
		el_str d = c->dest;
		if (el_str_eq(c->keeps_why, el_str_make(EL_LIT("call parameter"))))
			return el_buf_append(b, EL_LIT("passes it on to a call whose parameter escapes (one that keeps it, or reads or writes through an interface such as an io.Reader)"), a);
		if (el_str_eq(c->keeps_why, el_str_make(EL_LIT("interface-converted")))) {
			/* a box of P.F for `leaking param content: P`: escape
			 * analysis does not tell P's fields apart (toml's md.context
			 * boxed for fmt, while the object is md.decoded) */
			if (el_find(c->verdict.ptr, c->verdict.len, EL_LIT("content")) && c->param.len &&
			    c->keeps.len > c->param.len && memcmp(c->keeps.ptr, c->param.ptr, c->param.len) == 0 &&
			    c->keeps.ptr[c->param.len] == '.')
				return el_buf_append(b, EL_LIT("converts "), a) ||
				       el_buf_append(b, c->keeps.ptr, c->keeps.len, a) ||
				       el_buf_append(b, EL_LIT(" to an interface that escapes, and escape analysis does not tell the fields of what "), a) ||
				       el_buf_append(b, c->param.ptr, c->param.len, a) ||
				       el_buf_append(b, EL_LIT(" points to apart: everything stored there escapes with it, this object included"), a);
			return el_buf_append(b, EL_LIT("converts it to an interface that escapes"), a);
		}
		if (d.len > 14 && memcmp(d.ptr, "{storage for ", 13) == 0)
			return el_buf_append(b, EL_LIT("puts it in "), a) ||
			       el_buf_append(b, d.ptr + 13, d.len - 14, a);
		/* bufRdr := bufio.NewReader(src): the reader made there does
		 * not escape itself, but its methods call src through the
		 * interface (zerolog's Cbor2JsonManyObjects) */
		if (el_starts(c->keeps.ptr, c->keeps.len, EL_LIT("bufio.New")))
			return el_buf_append(b, EL_LIT("wraps it in a bufio reader or writer, whose reads and writes call it through the io.Reader or io.Writer interface: the compiler cannot see those calls, so it counts as kept"), a);
		return el_buf_append(b, EL_LIT("keeps it beyond the call"), a);
	}
	if (IS("callee_inlining")) {
		/* why the callee cannot decide for the caller: it is not inlined */
		if (c->inlinable != 0)
			return 0;
		return el_buf_append(b, EL_LIT("; "), a) ||
		       el_buf_append(b, c->callee.ptr, c->callee.len, a) ||
		       el_buf_append(b, EL_LIT(" is not inlined ("), a) ||
		       el_buf_append(b, c->reason.ptr, c->reason.len, a) ||
		       el_buf_append(b, EL_LIT(")"), a);
	}
	if (IS("callee_reason"))
		return el_buf_append(b, c->reason.ptr, c->reason.len, a);
	if (IS("via"))
		return el_buf_append(b, c->via.ptr, c->via.len, a);
	if (IS("via_at"))
		return c->via_pos.line ? put_pos(b, c->via_pos, a) : 0;
	if (IS("callee_cost"))
		return put_num(b, c->cost, a);
	if (IS("callee_budget"))
		return put_num(b, c->budget, a);
	if (IS("callee_over"))
		return put_num(b, c->cost - c->budget, a);
#undef IS
	*done = 0;
	return 0;
}

/* The value of ${name} for the finding. */
static int put_var(el_rules *rs, el_buf *b, const el_object *o, const char *name, size_t n)
{
	const el_allocator *a = RA(rs);
	const view *last = rs->views.len ? &EL_VEC_AT(&rs->views, view, primary_views(o) ? primary_views(o) - 1 : 0) : NULL;
	size_t i;
	int done = 0;

#define IS(w) (n == sizeof(w) - 1 && memcmp(name, w, n) == 0)
	for (i = rs->nvars; i-- > 0;)
		if (strlen(rs->vars[i].name) == n && memcmp(rs->vars[i].name, name, n) == 0) {
			el_str v = rs->vars[i].value;
			if (result_name(v))
				return el_buf_append(b, EL_LIT("the result"), a);
			v = capture_source(rs, v);
			return el_buf_append(b, v.ptr, v.len, a);
		}
	if (IS("subject"))
		return el_buf_append(b, o->subject.ptr, o->subject.len, a);
	if (IS("function"))
		return o->function.len ? put_func_name(b, o->function, a)
		                       : el_buf_append(b, EL_LIT("package initialisation"), a);
	if (IS("file")) {
		el_str f = field_of(o, F_FILE);
		return el_buf_append(b, f.ptr, f.len, a);
	}
	if (IS("line"))
		return put_num(b, (long)o->pos.line, a);
	if (IS("column"))
		return put_num(b, (long)o->pos.col, a);
	if (IS("package"))
		return el_buf_append(b, o->package.ptr, o->package.len, a);
	if (IS("kind")) {
		const char *k = el_object_kind_name(o->kind);
		return el_buf_append(b, k, strlen(k), a);
	}
	if (IS("verdict"))
		return el_buf_append(b, o->verdict.ptr, o->verdict.len, a);
	if (IS("reason"))
		return el_buf_append(b, o->reason.ptr, o->reason.len, a);
	if (IS("context"))
		return el_buf_append(b, o->context.ptr, o->context.len, a);
	if (IS("free"))
		return el_buf_append(b, o->free.ptr, o->free.len, a);
	if (IS("type"))
		return el_buf_append(b, o->type.ptr, o->type.len, a);
	if (IS("underlying"))
		return el_buf_append(b, o->underlying.ptr, o->underlying.len, a);
	if (IS("owner"))
		return el_buf_append(b, o->owner.ptr, o->owner.len, a);
	if (IS("inlined"))
		return el_buf_append(b, o->inlined.ptr, o->inlined.len, a);
	if (IS("assertion"))
		return el_buf_append(b, o->assertion.ptr, o->assertion.len, a);
	if (IS("directive"))
		return el_buf_append(b, o->directive.ptr, o->directive.len, a);
	if (IS("declared"))
		return el_buf_append(b, o->declared.ptr, o->declared.len, a);
	if (IS("in_loop"))
		return el_buf_append(b, o->in_loop.ptr, o->in_loop.len, a);
	if (IS("func_result"))
		return el_buf_append(b, o->func_result.ptr, o->func_result.len, a);
	if (IS("program"))
		return el_buf_append(b, o->program.ptr, o->program.len, a);
	if (IS("role"))
		return el_buf_append(b, o->role.ptr, o->role.len, a);
	if (IS("callers"))
		return el_buf_append(b, o->callers.ptr, o->callers.len, a);
	if (IS("with_values"))
		return el_buf_append(b, o->with_values.ptr, o->with_values.len, a);
	if (IS("reordered"))
		return el_buf_append(b, o->reordered.ptr, o->reordered.len, a);
	if (IS("called_from"))
		return el_buf_append(b, o->called_from.ptr, o->called_from.len, a);
	if (IS("go")) {
		el_goversion v;
		char buf[48];
		el_gover_of_object(&v, o);
		el_goversion_range(&v, buf, sizeof buf);
		return el_buf_append(b, buf, strlen(buf), a);
	}
	if (IS("lang"))
		return o->lang > 0 ? el_buf_append(b, EL_LIT("1."), a) || put_num(b, o->lang, a) : 0;
	if (IS("size"))
		return o->size >= 0 ? put_num(b, o->size, a) : 0;
	if (IS("cost"))
		return put_num(b, o->cost, a);
	if (IS("budget"))
		return put_num(b, o->budget, a);
	if (IS("over"))
		return put_num(b, o->cost - o->budget, a);
	/* the function inlined where a group's values go, by the name
	 * written there (fmt.Errorf, whose inlined body hands them to
	 * fmt.errorf, or Go 1.26's sync.Map.Store to an internal
	 * HashTrieMap's Swap) */
	if (IS("callee") && o->values_call.len && put_inlined_callee(b, o->values_call, a, &done) != 0)
		return -1;
	if (done)
		return 0;
	if (o->call && call_var(b, o->call, name, n, a, &done) != 0)
		return -1;
	if (done)
		return 0;
	if (IS("leak_to")) {
		/* a leak verdict in words: `leaking param: p to result ~r0 level=0`
		 * is "to its result", `leaking param content: p` "(what it points
		 * to)", a named result "to its result r" */
		el_str v = o->verdict;
		const char *to = el_find(v.ptr, v.len, EL_LIT(" to result "));
		if (to) {
			const char *r = to + 11, *end = v.ptr + v.len, *sp = r;
			while (sp < end && *sp != ' ')
				sp++;
			if (el_buf_append(b, EL_LIT(" to its result"), a) != 0)
				return -1;
			if (!result_name(el_str_make(r, (size_t)(sp - r))))
				return el_buf_append(b, " ", 1, a) || el_buf_append(b, r, (size_t)(sp - r), a);
			return 0;
		}
		if (el_find(v.ptr, v.len, EL_LIT("content")))
			return el_buf_append(b, EL_LIT(" (what it points to)"), a);
		return 0;
	}
	if (IS("allocs_text")) {
		/* what a function's size costs per call: the objects it returns */
		if (o->returned_allocs <= 0)
			return 0;
		/* handed out behind an interface: the callers' business */
		if (el_str_eq(o->func_result, el_str_make(EL_LIT("interface"))))
			return el_buf_append(b, EL_LIT("; what it returns goes out behind an interface (its result "
			                               "type), which callers keep or call through, so inlining "
			                               "it would not by itself keep that on their stacks"), a);
		return el_buf_append(b, EL_LIT("; what it returns from "), a) ||
		       put_num(b, o->returned_allocs, a) ||
		       el_buf_append(b, o->returned_allocs == 1 ? " allocation site" : " allocation sites",
		                     o->returned_allocs == 1 ? 16 : 17, a) ||
		       el_buf_append(b, EL_LIT(" is heap-allocated at every call that reaches it, where a "
		                               "caller inlining it could keep it on its stack"), a);
	}
	if (IS("nvalues"))
		return put_num(b, (long)values_of(o), a);
	if (IS("nfields"))
		return put_num(b, (long)same_of(o, EL_REL_SAME_OBJECT), a);
	if (IS("fields_of"))
		return el_buf_append(b, o->fields_of.ptr, o->fields_of.len, a);
	if (IS("values") || IS("fields")) {
		/* the object's subject, then the other values of its call
		 * (or the other conversions into its variable's fields) */
		el_related_kind k = IS("values") ? EL_REL_SAME_CALL : EL_REL_SAME_OBJECT;
		if (el_buf_append(b, o->subject.ptr, o->subject.len, a) != 0)
			return -1;
		for (i = 0; i < o->nrelated; i++)
			if (o->related[i].kind == k &&
			    (el_buf_append(b, EL_LIT(", "), a) != 0 ||
			     el_buf_append(b, o->related[i].subject.ptr, o->related[i].subject.len, a) != 0))
				return -1;
		return 0;
	}
	if (IS("func_cost"))
		return put_num(b, o->func_cost, a);
	if (IS("func_budget"))
		return put_num(b, o->func_budget, a);
	if (IS("func_over"))
		return put_num(b, o->func_cost - o->func_budget, a);
	if (IS("func_reason"))
		return el_buf_append(b, o->func_reason.ptr, o->func_reason.len, a);
	if (IS("func_inlining")) {
		/* whether callers can decide where the function's objects live */
		if (o->func_inlinable > 0)
			return el_buf_append(b, EL_LIT("; "), a) ||
			       put_func_name(b, o->function, a) ||
			       el_buf_append(b, EL_LIT(" can be inlined"), a) ||
			       (o->func_cost >= 0 && (el_buf_append(b, EL_LIT(" (cost "), a) ||
			                              put_num(b, o->func_cost, a) ||
			                              el_buf_append(b, EL_LIT(")"), a))) ||
			       el_buf_append(b, EL_LIT(", so a caller that inlines it and keeps the "
			                               "result local gets the object on its stack"),
			                     a);
		if (o->func_inlinable == 0)
			return el_buf_append(b, EL_LIT("; "), a) ||
			       put_func_name(b, o->function, a) ||
			       el_buf_append(b, EL_LIT(" is not inlined ("), a) ||
			       el_buf_append(b, o->func_reason.ptr, o->func_reason.len, a) ||
			       el_buf_append(b, EL_LIT("), so every call allocates it"), a);
		return 0;
	}
	if (IS("callee")) {
		/* the first call the chain names, not the value's own
		 * expression (its spill: `([]byte)(tag)` calls nothing) */
		for (i = 0; i < rs->views.len; i++) {
			const view *v = &EL_VEC_AT(&rs->views, view, i);
			if (v->callee.len && !(v->note && el_str_eq(v->note->why, el_str_make(EL_LIT("spill")))))
				return el_buf_append(b, v->callee.ptr, v->callee.len, a);
		}
		return el_buf_append(b, o->values_call.ptr, o->values_call.len, a);
	}
	if (!last && IS("where"))
		/* an object whose escape the compiler did not explain (Go >=
		 * 1.25 prints some appends without a chain) */
		return el_buf_append(b, EL_LIT("the compiler printed no explanation"), a);
	if (!last)
		return 0;
	if (IS("why") && last->note)
		return el_buf_append(b, last->note->why.ptr, last->note->why.len, a);
	if (IS("where") && last->note)
		return el_buf_append(b, el_note_where(last->note).ptr, el_note_where(last->note).len, a);
	if (IS("dst") && result_name(last->step->dst))
		return el_buf_append(b, EL_LIT("the result"), a);
	if (IS("dst"))
		return el_buf_append(b, last->step->dst.ptr, last->step->dst.len, a);
	if (IS("src"))
		return el_buf_append(b, last->step->src.ptr, last->step->src.len, a);
#undef IS
	return 0;
}

/* Expand template t into b. */
static int expand(el_rules *rs, el_buf *b, const char *t, const el_object *o)
{
	const el_allocator *a = RA(rs);

	b->len = 0;
	while (*t) {
		const char *d = strchr(t, '$');
		if (!d)
			return el_buf_append(b, t, strlen(t), a);
		if (el_buf_append(b, t, (size_t)(d - t), a) != 0)
			return -1;
		if (d[1] == '$') {
			if (el_buf_append(b, "$", 1, a) != 0)
				return -1;
			t = d + 2;
			continue;
		}
		{
			const char *end = strchr(d, '}'); /* checked when loaded */
			if (put_var(rs, b, o, d + 2, (size_t)(end - d - 2)) != 0)
				return -1;
			t = end + 1;
		}
	}
	return 0;
}

/* See escapelint.h. */
int el_rules_match(el_rules *rs, const el_object *o, el_finding *f)
{
	const el_rule *best = NULL;
	size_t i, nalso = 0;

	memset(f, 0, sizeof *f);
	f->object = o;
	if (build_views(rs, o) != 0)
		return 0;
	if (rs->also_cap < rs->n) {
		const el_rule **p = el_realloc(RA(rs), rs->also, rs->n * sizeof *p);
		if (!p)
			return 0;
		rs->also = p;
		rs->also_cap = rs->n;
	}
	for (i = 0; i < rs->n; i++) {
		const el_rule *r = rs->rules[i];
		if (!r->enabled || !rule_ok(rs, r, o))
			continue;
		if (!best || r->priority > best->priority) {
			if (best)
				rs->also[nalso++] = best;
			best = r;
		} else {
			rs->also[nalso++] = r;
		}
	}
	if (!best)
		return 0;
	/* the captures of the winner */
	rule_ok(rs, best, o);
	{
		const char *msg = best->message, *fix = best->fix;
		/* the alternative that matched may say its own */
		if (rs->alt && rs->alt->message)
			msg = rs->alt->message;
		if (rs->alt && rs->alt->fix)
			fix = rs->alt->fix;
		for (i = 0; i < best->nvariants; i++) {
			const struct variant *x = &best->variants[i];
			if (versions_ok(o, x->go_min, x->go_max, x->lang_min, x->lang_max)) {
				msg = x->message ? x->message : msg;
				fix = x->fix ? x->fix : fix;
				break;
			}
		}
		/* values boxed for one call: the alternative's message for
		 * them, or the rule's */
		if (values_of(o) > 1) {
			if (rs->alt && rs->alt->message_values)
				msg = rs->alt->message_values;
			else if (best->message_values)
				msg = best->message_values;
		}
		if (best->message_fields && same_of(o, EL_REL_SAME_OBJECT) > 1)
			msg = best->message_fields;
		if (expand(rs, &rs->message, msg, o) != 0 || expand(rs, &rs->fix, fix, o) != 0)
			return 0;
	}
	f->rule = best;
	f->level = best->level;
	f->message = el_str_make(rs->message.ptr, rs->message.len);
	f->fix = el_str_make(rs->fix.ptr, rs->fix.len);
	f->also = rs->also;
	f->nalso = nalso;
	return 1;
}

/* ------------------------------------------------------------------ */
/* Embedded tests                                                     */
/* ------------------------------------------------------------------ */

typedef struct test_run {
	el_rules *rs;
	el_grouper *g;
	const el_rule *want;
	int found;              /* a finding of want */
	el_buf got;             /* the rules found instead */
	int failed;
} test_run;

/* Grouper callback: match and note what was found. */
static int test_object(const el_object *o, void *ctx)
{
	test_run *t = ctx;
	el_finding f;

	if (!el_rules_match(t->rs, o, &f))
		return 0;
	if (f.rule == t->want) {
		t->found = 1;
	} else {
		const char *n = el_rule_name(f.rule);
		if ((t->got.len && el_buf_append(&t->got, ", ", 2, RA(t->rs)) != 0) ||
		    el_buf_append(&t->got, n, strlen(n), RA(t->rs)) != 0)
			t->failed = 1;
	}
	return 0;
}

/* Parser callback: on to the grouper. */
static int test_record(const el_record *rec, void *ctx)
{
	test_run *t = ctx;
	return el_grouper_add(t->g, rec) != EL_OK;
}

/* Run one snippet; 1 when the rule was found, 0 when not, -1 on error. */
static int run_snippet(test_run *t, const char *snippet)
{
	el_group_options go = { .srcroot = "/", .cwd = "/" };
	el_parser *p;
	int rc = -1;

	t->found = 0;
	t->got.len = 0;
	t->g = el_grouper_new(&go, test_object, t, RA(t->rs));
	p = el_parser_new(test_record, t, RA(t->rs));
	if (t->g && p && el_parser_feed(p, snippet, strlen(snippet)) == EL_OK &&
	    el_parser_finish(p) == EL_OK && el_grouper_finish(t->g) == EL_OK && !t->failed)
		rc = t->found;
	el_parser_free(p);
	el_grouper_free(t->g);
	t->g = NULL;
	return rc;
}

/* See escapelint.h. */
long el_rules_test(el_rules *rs, el_test_fn fn, void *ctx)
{
	test_run t;
	long failed = 0;
	size_t i, k;
	int pos;

	memset(&t, 0, sizeof t);
	t.rs = rs;
	for (i = 0; i < rs->n; i++) {
		const el_rule *r = rs->rules[i];
		int was = r->enabled;
		rs->rules[i]->enabled = 1; /* a rule's tests run even when it is off */
		t.want = r;
		for (pos = 1; pos >= 0; pos--) {
			char **snips = pos ? r->positive : r->negative;
			size_t n = pos ? r->npositive : r->nnegative;
			for (k = 0; k < n; k++) {
				int rc = run_snippet(&t, snips[k]);
				char detail[300];
				int passed;
				if (rc < 0) {
					rs->rules[i]->enabled = was;
					el_buf_release(&t.got, RA(rs));
					return -1;
				}
				passed = pos ? rc == 1 : rc == 0;
				snprintf(detail, sizeof detail, "%s%.*s",
				         pos ? "no finding of this rule; found: " : "found a finding of this rule",
				         pos ? (int)(t.got.len ? t.got.len : 4) : 0,
				         pos ? (t.got.len ? t.got.ptr : "none") : "");
				if (!passed)
					failed++;
				if (fn)
					fn(r, pos, k, passed, passed ? "" : detail, ctx);
			}
		}
		rs->rules[i]->enabled = was;
	}
	el_buf_release(&t.got, RA(rs));
	return failed;
}
