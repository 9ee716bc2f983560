/*
 * fuzz_rules.c -- the rule-file loader: el_rules_add_json on the input,
 * then, when the rule loaded, its embedded tests (el_rules_test runs them
 * through the parser, the grouper and el_rules_match) and a match against
 * a hand-made object with a chain (templates expanded).
 *
 * Asserts:
 *  - a rule loads (EL_OK, one rule in the set) or the set stays empty and
 *    el_rules_error says why: a status, a message, a line within the text;
 *  - a loaded rule has an id and a name that el_rules_find finds it by, a
 *    level and strings for every piece of metadata, and loading the same
 *    text again is refused (the id is taken) without changing the set;
 *  - el_rules_test does not run out of memory, and a match's message and
 *    fix are slices of the expanded templates (readable to their length).
 */
#include <string.h>

#include "fuzz.h"

/* The lines of text[0..n) (1 + the newlines). */
static unsigned long count_lines(const char *text, size_t n)
{
	unsigned long lines = 1;
	size_t i;

	for (i = 0; i < n; i++)
		lines += text[i] == '\n';
	return lines;
}

#define S(lit) { lit, sizeof(lit) - 1 }

static volatile unsigned sink;

/* Read every byte of s (ASan checks that the slice is readable). */
static void touch(el_str s)
{
	size_t i;

	FZ_CHECK(s.len == 0 || s.ptr != NULL, "a slice of %zu bytes at NULL", s.len);
	for (i = 0; i < s.len; i++)
		sink += (unsigned char)s.ptr[i];
}

/* Objects of every kind with a two-step chain, for the rule to match. */
static void match_sample(el_rules *rs)
{
	static const el_note notes[2] = {
		{ S("x"), S("interface-converted"), { S("a.go"), 7, 9 }, S("") },
		{ S("call parameter"), S("call parameter"), { S("a.go"), 8, 2 }, S("x := y") },
	};
	static const el_step steps[2] = {
		{ S("{heap}"), S(""), S("~r0"), &notes[0], 1 },
		{ S("~r0"), S("&"), S("x"), &notes[1], 1 },
	};
	static const el_chain chain = { S(""), -1, steps, 2, 0 };
	static const el_str package = S("example.com/p"), function = S("(*T).Do"),
			    file = S("./a.go"), path = S("a.go"), subject = S("x"),
			    verdict = S("leaking param content"),
			    reason = S("function too complex: cost 90 exceeds budget 80"),
			    type = S("[]byte");
	el_object o;
	el_finding f;
	int k;

	for (k = 0; k < EL_OBJ__COUNT; k++) {
		memset(&o, 0, sizeof o);
		o.kind = (el_object_kind)k;
		o.package = package;
		o.function = function;
		o.pos.file = file;
		o.pos.line = 7;
		o.pos.col = 9;
		o.path = path;
		o.subject = subject;
		o.verdict = verdict;
		o.reason = reason;
		o.cost = 90;
		o.budget = 80;
		o.chains = &chain;
		o.nchains = 1;
		o.type = type;
		o.size = 24;
		o.go_lo = EL_GO_OLDEST;
		o.go_hi = EL_GO_NEWEST;
		if (el_rules_match(rs, &o, &f)) {
			FZ_CHECK(f.rule != NULL, "a match without a rule");
			touch(f.message);
			touch(f.fix);
		}
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *text = (const char *)data;
	el_rules *rs = el_rules_new(NULL);
	const el_rule *r;
	const el_error *e;
	el_status st;
	size_t i;

	FZ_CHECK(rs != NULL, "el_rules_new");
	el_rules_set_jit(rs, 0); /* PCRE2's JIT is not what is fuzzed here */
	st = el_rules_add_json(rs, "fuzz.json", text, size);
	e = el_rules_error(rs);
	FZ_CHECK(e->status == st, "error status %d, returned %d", (int)e->status, (int)st);
	if (st != EL_OK) {
		FZ_CHECK(el_rules_count(rs) == 0, "a failed load left %zu rules",
		         el_rules_count(rs));
		FZ_CHECK(e->message[0] != '\0', "an error without a message");
		FZ_CHECK(e->line <= count_lines(text, size), "error at line %lu of %lu", e->line,
		         count_lines(text, size));
		el_rules_free(rs);
		return 0;
	}
	FZ_CHECK(el_rules_count(rs) == 1, "%zu rules after one load", el_rules_count(rs));
	r = el_rules_at(rs, 0);
	FZ_CHECK(r != NULL && el_rule_id(r) && el_rule_id(r)[0] && el_rule_name(r) &&
	                 el_rule_name(r)[0],
	         "a rule without id or name");
	FZ_CHECK(el_rules_find(rs, el_rule_id(r)) == r, "not found by id %s", el_rule_id(r));
	FZ_CHECK(el_rules_find(rs, el_rule_name(r)) == r, "not found by name %s", el_rule_name(r));
	FZ_CHECK(el_rule_level(r) >= EL_LEVEL_NONE && el_rule_level(r) <= EL_LEVEL_ERROR,
	         "level %d", (int)el_rule_level(r));
	FZ_CHECK(el_rule_short(r) && el_rule_full(r) && el_rule_help(r) && el_rule_precision(r) &&
	                 el_rule_source(r),
	         "missing metadata");
	(void)strlen(el_rule_short(r));
	(void)strlen(el_rule_full(r));
	(void)strlen(el_rule_help(r));
	for (i = 0; i < el_rule_tag_count(r); i++)
		FZ_CHECK(el_rule_tag(r, i) != NULL, "tag %zu", i);
	FZ_CHECK(el_rules_test(rs, NULL, NULL) >= 0, "el_rules_test out of memory");
	match_sample(rs);
	FZ_CHECK(el_rules_add_json(rs, "again.json", text, size) != EL_OK,
	         "the same rule loaded twice");
	FZ_CHECK(el_rules_count(rs) == 1, "a refused rule was added");
	el_rules_free(rs);
	return 0;
}
