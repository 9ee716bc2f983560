/*
 * report_sarif.c -- SARIF 2.1.0 for GitHub code scanning and other SARIF
 * viewers: one run whose tool.driver lists every rule with its metadata,
 * one result per finding with a location below %SRCROOT%, the escape
 * chains as codeFlows, the sink and the inlined copies as
 * relatedLocations linked from the message, a fingerprint that ignores
 * line numbers, and the run's notifications in invocations.
 *
 * The log is streamed: the header (tool, base URIs) goes out with the
 * first result, each result is written as it comes (one per line), and
 * finish closes the results array and writes the invocation, so memory
 * does not grow with the number of results.  GitHub's limits are kept:
 * results per run, thread-flow locations and related locations per
 * result; what was left out is counted in a notification.  So that the cap
 * drops notes before warnings, note results wait in a temporary file
 * (tmpfile(3)) and go out after the others, as far as the cap allows.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif
#include <cjson/cJSON.h>
#include <stdio.h>

#include "report_int.h"

#ifndef PACKAGE_URL
#define PACKAGE_URL "https://github.com/escapelint/escapelint"
#endif

#define SCHEMA_URI "https://json.schemastore.org/sarif-2.1.0.json"
#define DESCRIPTION_MAX 1024   /* GitHub's limit for short and full descriptions */

typedef struct sarif_state {
	int started;                         /* the header is written */
	unsigned long long written;          /* results written */
	FILE *spill;                         /* note results, one per line, to write last */
	unsigned long long dropped[EL_LEVEL_ERROR + 1];   /* results over the cap */
	unsigned long long flows_cut;        /* results whose thread flows were cut */
	unsigned long long related_cut;      /* results whose related locations were cut */
	el_buf text;                         /* message being built */
	el_buf uri;
	el_buf flow;
	int failed;                          /* out of memory while building */
} sarif_state;

static void sarif_release(el_report *r)
{
	sarif_state *s = r->state;
	const el_allocator *a = el_rep_alloc(r);

	el_buf_release(&s->text, a);
	el_buf_release(&s->uri, a);
	el_buf_release(&s->flow, a);
	if (s->spill)
		fclose(s->spill);
}

/* ------------------------------------------------------------------ */
/* Building JSON: every failure sets s->failed                        */
/* ------------------------------------------------------------------ */

typedef struct ctx {
	el_report *r;
	sarif_state *s;
} ctx;

static cJSON *obj_(ctx *c)
{
	cJSON *o = cJSON_CreateObject();

	if (!o)
		c->s->failed = 1;
	return o;
}

static cJSON *arr_(ctx *c)
{
	cJSON *o = cJSON_CreateArray();

	if (!o)
		c->s->failed = 1;
	return o;
}

/* Attach item to parent (object member when name is not NULL), or fail. */
static cJSON *add(ctx *c, cJSON *parent, const char *name, cJSON *item)
{
	int ok;

	if (!item || !parent) {
		cJSON_Delete(item);
		c->s->failed = 1;
		return NULL;
	}
	ok = name ? cJSON_AddItemToObject(parent, name, item) : cJSON_AddItemToArray(parent, item);
	if (!ok) {
		cJSON_Delete(item);
		c->s->failed = 1;
		return NULL;
	}
	return item;
}

/* A string member from trusted text (NUL-terminated, valid UTF-8). */
static void cstr(ctx *c, cJSON *o, const char *name, const char *v)
{
	add(c, o, name, cJSON_CreateString(v));
}

/* A string member from input text, cleaned to valid UTF-8. */
static void istr(ctx *c, cJSON *o, const char *name, el_str v)
{
	const char *clean = el_utf8_clean(&c->r->scratch, v, el_rep_alloc(c->r));

	if (!clean)
		c->s->failed = 1;
	else
		cstr(c, o, name, clean);
}

static void num(ctx *c, cJSON *o, const char *name, double v)
{
	add(c, o, name, cJSON_CreateNumber(v));
}

/* {"text": v} */
static void message(ctx *c, cJSON *o, const char *name, el_str v)
{
	cJSON *m = add(c, o, name, obj_(c));

	if (m)
		istr(c, m, "text", v);
}

/* v cut to at most max bytes on a character boundary, with an ellipsis. */
static void cstr_max(ctx *c, cJSON *o, const char *name, const char *v, size_t max)
{
	size_t n = strlen(v);
	el_buf *b = &c->s->text;
	const el_allocator *a = el_rep_alloc(c->r);

	if (n <= max) {
		cstr(c, o, name, v);
		return;
	}
	n = max - 3;
	while (n > 0 && ((unsigned char)v[n] & 0xc0) == 0x80)
		n--;
	b->len = 0;
	if (el_buf_append(b, v, n, a) != 0 || el_buf_append(b, "\xe2\x80\xa6", 4, a) != 0)
		c->s->failed = 1;
	else
		cstr(c, o, name, b->ptr);
}

/* ------------------------------------------------------------------ */
/* Locations                                                          */
/* ------------------------------------------------------------------ */

/* Append s percent-encoded as a URI path: unreserved characters and '/'
 * stay, every other byte becomes %HH.  0, or -1 when out of memory. */
static int uri_encode(el_buf *b, el_str s, const el_allocator *a)
{
	static const char hex[] = "0123456789ABCDEF";
	size_t i = 0, start;

	while (i < s.len) {
		unsigned char ch;
		char esc[3];
		for (start = i; i < s.len; i++) {
			ch = (unsigned char)s.ptr[i];
			if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
			      (ch >= '0' && ch <= '9') || ch == '-' || ch == '.' || ch == '_' ||
			      ch == '~' || ch == '/'))
				break;
		}
		if (el_buf_append(b, s.ptr + start, i - start, a) != 0)
			return -1;
		if (i == s.len)
			break;
		ch = (unsigned char)s.ptr[i++];
		esc[0] = '%';
		esc[1] = hex[ch >> 4];
		esc[2] = hex[ch & 15];
		if (el_buf_append(b, esc, 3, a) != 0)
			return -1;
	}
	return 0;
}

/* "file://" + the encoded absolute name (ending in '/' when dir). */
static const char *file_uri(ctx *c, el_str abs, int dir)
{
	el_buf *b = &c->s->uri;
	const el_allocator *a = el_rep_alloc(c->r);

	b->len = 0;
	if (el_buf_append(b, "file://", 7, a) != 0 || uri_encode(b, abs, a) != 0 ||
	    (dir && (b->len == 0 || b->ptr[b->len - 1] != '/') && el_buf_append(b, "/", 1, a) != 0) ||
	    el_buf_append(b, "", 1, a) != 0) {
		c->s->failed = 1;
		return NULL;
	}
	return b->ptr;
}

/*
 * A physicalLocation for pos (file as the compiler printed it), or NULL
 * when it names no file (`<autogenerated>`, `$WORK/...`).  Columns are
 * converted to UTF-16 code units when the line can be read; when extent is
 * given and the source has it at the column, the region ends after it.
 */
static cJSON *physical(ctx *c, const el_pos *pos, el_str extent)
{
	el_report *r = c->r;
	const el_allocator *a = el_rep_alloc(r);
	el_str abs, below, line;
	cJSON *pl, *art, *region;
	int rc;

	rc = el_rep_resolve(r, pos->file, &abs, &below);
	if (rc < 0)
		c->s->failed = 1;
	if (rc <= 0)
		return NULL;
	if (!(pl = obj_(c)) || !(art = add(c, pl, "artifactLocation", obj_(c)))) {
		cJSON_Delete(pl);
		return NULL;
	}
	if (below.ptr) {
		c->s->uri.len = 0;
		if (uri_encode(&c->s->uri, below, a) != 0 || el_buf_append(&c->s->uri, "", 1, a) != 0)
			c->s->failed = 1;
		else {
			cstr(c, art, "uri", c->s->uri.ptr);
			cstr(c, art, "uriBaseId", "%SRCROOT%");
		}
	} else {
		const char *u = file_uri(c, abs, 0);
		if (u)
			cstr(c, art, "uri", u);
	}
	if (pos->line == 0)
		return pl;
	region = add(c, pl, "region", obj_(c));
	num(c, region, "startLine", (double)pos->line);
	if (pos->col == 0)
		return pl;
	rc = r->opts.read_sources ? el_source_line(r->src, abs, pos->line, &line) : 0;
	if (rc < 0)
		c->s->failed = 1;
	if (rc <= 0) {
		num(c, region, "startColumn", (double)pos->col);
		return pl;
	}
	num(c, region, "startColumn", (double)el_utf16_column(line, pos->col));
	if (extent.len && pos->col - 1 + extent.len <= line.len &&
	    memcmp(line.ptr + pos->col - 1, extent.ptr, extent.len) == 0 &&
	    !memchr(extent.ptr, '\n', extent.len))
		num(c, region, "endColumn", (double)el_utf16_column(line, pos->col + extent.len));
	return pl;
}

/* A location with a physical part (when pos names a file), an id when id
 * >= 0 and a message when text is given. */
static cJSON *location(ctx *c, const el_pos *pos, el_str extent, long id, const el_str *text)
{
	cJSON *loc = obj_(c), *pl;

	if (!loc)
		return NULL;
	if (id >= 0)
		num(c, loc, "id", (double)id);
	if (pos && (pl = physical(c, pos, extent)) != NULL)
		add(c, loc, "physicalLocation", pl);
	if (text)
		message(c, loc, "message", *text);
	return loc;
}

/* Append link text with SARIF's escapes (\ [ ]) to the message. */
static void put_link_text(ctx *c, el_str t)
{
	const el_allocator *a = el_rep_alloc(c->r);
	size_t i = 0, start;

	while (i < t.len) {
		for (start = i; i < t.len; i++)
			if (strchr("\\[]\r\n", t.ptr[i]) && t.ptr[i])
				break;
		if (el_buf_append(&c->s->text, t.ptr + start, i - start, a) != 0)
			c->s->failed = 1;
		if (i == t.len)
			break;
		if (el_buf_append(&c->s->text, t.ptr[i] == '\r' || t.ptr[i] == '\n' ? " " : "\\", 1,
		                  a) != 0 ||
		    (t.ptr[i] != '\r' && t.ptr[i] != '\n' &&
		     el_buf_append(&c->s->text, t.ptr + i, 1, a) != 0))
			c->s->failed = 1;
		i++;
	}
}

static void text_add(ctx *c, const char *p, size_t n)
{
	if (el_buf_append(&c->s->text, p, n, el_rep_alloc(c->r)) != 0)
		c->s->failed = 1;
}

static void text_adds(ctx *c, const char *p)
{
	text_add(c, p, strlen(p));
}

/* Append input text to a message: a `]` before `(`, and a `\` before a
 * bracket, are escaped, so that `f[0](7)` in an expression is not read as
 * a link to location 7. */
static void text_plain(ctx *c, el_str s)
{
	size_t i, start = 0;

	for (i = 0; i < s.len; i++) {
		int next_paren = i + 1 < s.len && s.ptr[i + 1] == '(';
		int next_bracket = i + 1 < s.len && (s.ptr[i + 1] == '[' || s.ptr[i + 1] == ']');
		if ((s.ptr[i] == ']' && next_paren) || (s.ptr[i] == '\\' && next_bracket)) {
			text_add(c, s.ptr + start, i - start);
			text_add(c, "\\", 1);
			start = i;
		}
	}
	text_add(c, s.ptr + start, s.len - start);
}

/* Append input text and a full stop unless it ends with one. */
static void text_sentence(ctx *c, el_str s)
{
	text_plain(c, s);
	if (s.len && s.ptr[s.len - 1] != '.')
		text_add(c, ".", 1);
}

/* ------------------------------------------------------------------ */
/* Header                                                             */
/* ------------------------------------------------------------------ */

static const char *problem_severity(el_level lv)
{
	return lv == EL_LEVEL_ERROR ? "error" : lv == EL_LEVEL_WARNING ? "warning" : "recommendation";
}

/* One reportingDescriptor. */
static void rule_descriptor(ctx *c, cJSON *rules, const el_rule *ru)
{
	cJSON *d = add(c, rules, NULL, obj_(c)), *x, *props, *tags;
	size_t i;

	if (!d)
		return;
	cstr(c, d, "id", el_rule_id(ru));
	cstr(c, d, "name", el_rule_name(ru));
	if ((x = add(c, d, "shortDescription", obj_(c))))
		cstr_max(c, x, "text", el_rule_short(ru), DESCRIPTION_MAX);
	if ((x = add(c, d, "fullDescription", obj_(c))))
		cstr_max(c, x, "text", el_rule_full(ru), DESCRIPTION_MAX);
	if ((x = add(c, d, "help", obj_(c)))) {
		cstr(c, x, "text", el_rule_help(ru));
		cstr(c, x, "markdown", el_rule_help(ru));
	}
	if ((x = add(c, d, "defaultConfiguration", obj_(c)))) {
		cstr(c, x, "level", el_level_name(el_rule_level(ru)));
		if (!el_rule_enabled(ru))
			add(c, x, "enabled", cJSON_CreateFalse());
	}
	props = add(c, d, "properties", obj_(c));
	tags = add(c, props, "tags", arr_(c));
	for (i = 0; tags && i < el_rule_tag_count(ru); i++)
		add(c, tags, NULL, cJSON_CreateString(el_rule_tag(ru, i)));
	cstr(c, props, "precision", el_rule_precision(ru));
	cstr(c, props, "problem.severity", problem_severity(el_rule_level(ru)));
}

/* The `unclassified` pseudo-rule (EL000) of --all. */
static void unclassified_descriptor(ctx *c, cJSON *rules)
{
	cJSON *d = add(c, rules, NULL, obj_(c)), *x, *props, *tags;

	if (!d)
		return;
	cstr(c, d, "id", "EL000");
	cstr(c, d, "name", "unclassified");
	if ((x = add(c, d, "shortDescription", obj_(c))))
		cstr(c, x, "text", "A heap object that no rule describes.");
	if ((x = add(c, d, "fullDescription", obj_(c))))
		cstr(c, x, "text", "The compiler put this object on the heap, and no rule of the set "
		                   "recognises the pattern. The escape chain shows why it escapes.");
	if ((x = add(c, d, "help", obj_(c)))) {
		cstr(c, x, "text", "Read the escape chain (the code flow) to see where the value goes. "
		                   "If the pattern is common, write a rule for it (escapelint-rules(5)).");
		cstr(c, x, "markdown", "Read the escape chain (the code flow) to see where the value goes. "
		                       "If the pattern is common, write a rule for it (see `escapelint-rules(5)`).");
	}
	if ((x = add(c, d, "defaultConfiguration", obj_(c))))
		cstr(c, x, "level", "note");
	props = add(c, d, "properties", obj_(c));
	tags = add(c, props, "tags", arr_(c));
	add(c, tags, NULL, cJSON_CreateString("performance"));
	cstr(c, props, "precision", "high");
	cstr(c, props, "problem.severity", "recommendation");
}

/* The log up to the opening of the results array. */
static el_status write_header(el_report *r, sarif_state *s)
{
	ctx c = { r, s };
	cJSON *head = obj_(&c), *tool, *driver, *rules, *x;
	char *out;
	size_t i, n = r->opts.rules ? el_rules_count(r->opts.rules) : 0;

	tool = add(&c, head, "tool", obj_(&c));
	driver = add(&c, tool, "driver", obj_(&c));
	cstr(&c, driver, "name", "escapelint");
	cstr(&c, driver, "version", el_version());
	cstr(&c, driver, "semanticVersion", el_version());
	cstr(&c, driver, "informationUri", PACKAGE_URL);
	rules = add(&c, driver, "rules", arr_(&c));
	for (i = 0; i < n; i++)
		rule_descriptor(&c, rules, el_rules_at(r->opts.rules, i));
	if (r->opts.unclassified)
		unclassified_descriptor(&c, rules);
	if (r->opts.automation_id && *r->opts.automation_id &&
	    (x = add(&c, head, "automationDetails", obj_(&c))))
		cstr(&c, x, "id", r->opts.automation_id);
	if ((x = add(&c, head, "originalUriBaseIds", obj_(&c))) &&
	    (x = add(&c, x, "%SRCROOT%", obj_(&c)))) {
		const char *u = file_uri(&c, el_str_make(r->srcroot, strlen(r->srcroot)), 1);
		if (u)
			cstr(&c, x, "uri", u);
	}
	cstr(&c, head, "columnKind", "utf16CodeUnits");
	out = s->failed ? NULL : cJSON_PrintUnformatted(head);
	cJSON_Delete(head);
	if (!out)
		return EL_ERR_NOMEM;
	el_rep_puts(r, "{\"$schema\":\"" SCHEMA_URI "\",\"version\":\"2.1.0\",\"runs\":[\n");
	el_rep_put(r, out, strlen(out) - 1); /* without the closing brace */
	el_rep_puts(r, ",\"results\":[");
	cJSON_free(out);
	s->started = 1;
	return EL_OK;
}

/* ------------------------------------------------------------------ */
/* Results                                                            */
/* ------------------------------------------------------------------ */

/* The rule's index in tool.driver.rules, or -1. */
static long rule_index(const el_report *r, const el_item *it)
{
	size_t i, n = r->opts.rules ? el_rules_count(r->opts.rules) : 0;

	if (!it->rule)
		return r->opts.unclassified ? (long)n : -1;
	for (i = 0; i < n; i++)
		if (el_rules_at(r->opts.rules, i) == it->rule)
			return (long)i;
	return -1;
}

/* The codeFlows of o: one per chain with steps, each step's notes as
 * thread-flow locations; at most EL_SARIF_MAX_FLOW_LOCATIONS in all. */
static void code_flows(ctx *c, cJSON *res, const el_object *o)
{
	cJSON *flows = NULL;
	size_t ch, s, k, total = 0;
	int cut = 0;

	for (ch = 0; ch < o->nchains && !cut; ch++) {
		const el_chain *chain = &o->chains[ch];
		cJSON *cf, *tf, *locs;
		if (chain->nsteps == 0)
			continue;
		if (!flows && !(flows = add(c, res, "codeFlows", arr_(c))))
			return;
		cf = add(c, flows, NULL, obj_(c));
		tf = add(c, add(c, cf, "threadFlows", arr_(c)), NULL, obj_(c));
		locs = add(c, tf, "locations", arr_(c));
		if (!locs)
			return;
		for (s = 0; s < chain->nsteps && !cut; s++) {
			const el_step *st = &chain->steps[s];
			const char *flow = el_rep_flow(c->r, &c->s->flow, st);
			size_t nn = st->nnotes ? st->nnotes : 1;
			if (!flow) {
				c->s->failed = 1;
				return;
			}
			for (k = 0; k < nn; k++) {
				cJSON *tfl;
				if (total == EL_SARIF_MAX_FLOW_LOCATIONS) {
					cut = 1;
					break;
				}
				c->s->text.len = 0;
				if (k == 0) {
					text_adds(c, "flow: ");
					text_add(c, c->s->flow.ptr, c->s->flow.len);
				}
				if (st->nnotes) {
					const el_note *n = &st->notes[k];
					el_str t;
					if (k == 0)
						text_adds(c, ": ");
					text_add(c, el_note_where(n).ptr, el_note_where(n).len);
					text_adds(c, " (");
					text_add(c, n->why.ptr, n->why.len);
					text_adds(c, ")");
					t = el_str_make(c->s->text.ptr, c->s->text.len);
					tfl = add(c, locs, NULL, obj_(c));
					add(c, tfl, "location", location(c, &n->at, el_note_where(n), -1, &t));
				} else {
					el_str t = el_str_make(c->s->text.ptr, c->s->text.len);
					tfl = add(c, locs, NULL, obj_(c));
					add(c, tfl, "location", location(c, NULL, t, -1, &t));
				}
				total++;
			}
		}
		if (chain->truncated && (cf = cJSON_GetArrayItem(flows, cJSON_GetArraySize(flows) - 1)))
			message(c, cf, "message",
			        el_str_make(EL_LIT("the compiler truncated this chain (assignment cycle)")));
	}
	if (cut)
		c->s->flows_cut++;
}

/* The last note of the first chain: where the object escapes. */
static const el_note *sink_note(const el_object *o)
{
	size_t s;

	if (!o->nchains)
		return NULL;
	for (s = o->chains[0].nsteps; s-- > 0;)
		if (o->chains[0].steps[s].nnotes) {
			const el_step *st = &o->chains[0].steps[s];
			return &st->notes[st->nnotes - 1];
		}
	return NULL;
}

/* What the compiler said, for findings without a rule. */
static void verdict_text(ctx *c, const el_object *o)
{
	switch (o->kind) {
	case EL_OBJ_MOVED:
		text_adds(c, "moved to heap: ");
		text_plain(c, o->subject);
		break;
	case EL_OBJ_ESCAPES:
		text_plain(c, o->subject);
		text_adds(c, " escapes to heap");
		break;
	case EL_OBJ_LEAK:
		text_adds(c, "leaking param: ");
		text_plain(c, o->subject);
		break;
	case EL_OBJ_NOINLINE:
		text_adds(c, "cannot inline ");
		text_plain(c, o->subject);
		break;
	case EL_OBJ_DIRECTIVE:
		text_plain(c, o->subject);
		text_adds(c, ": ");
		text_plain(c, o->verdict);
		break;
	case EL_OBJ__COUNT:
		break;
	}
}

static el_status sarif_item(el_report *r, const el_item *it)
{
	sarif_state *s = r->state;
	ctx c = { r, s };
	const el_object *o = it->o;
	unsigned long max = r->opts.max_results ? r->opts.max_results : EL_SARIF_MAX_RESULTS;
	const el_note *sink;
	cJSON *res, *x, *related = NULL;
	long idx, id = 1;
	int keeper;
	size_t i;
	char *out;
	el_status st;

	if (!it->has_finding)
		return EL_OK; /* SARIF results are findings */
	if (!s->started && (st = write_header(r, s)) != EL_OK)
		return st;
	if (it->level != EL_LEVEL_NOTE && s->written >= max) {
		s->dropped[it->level]++;
		return EL_OK;
	}
	s->failed = 0;
	res = obj_(&c);
	cstr(&c, res, "ruleId", it->rule_id);
	if ((idx = rule_index(r, it)) >= 0)
		num(&c, res, "ruleIndex", (double)idx);
	cstr(&c, res, "level", el_level_name(it->level));

	/* related locations first: the message links to their ids */
	sink = sink_note(o);
	if (sink && sink->at.line) {
		related = arr_(&c);
		{
			el_str sw = el_note_where(sink);
			x = location(&c, &sink->at, sw, id, &sw);
		}
		if (x && !cJSON_GetObjectItem(x, "physicalLocation")) {
			cJSON_Delete(x);
			sink = NULL;
		} else
			add(&c, related, NULL, x), id++;
	} else
		sink = NULL;
	/* where the callee keeps it (a cause in another function) */
	keeper = o->call && o->call->keeps_pos.line && o->call->keeps.len;
	if (keeper && (related || (related = arr_(&c)))) {
		el_str t;
		s->text.len = 0;
		text_adds(&c, "kept by ");
		text_add(&c, o->call->via.len ? o->call->via.ptr : o->call->callee.ptr,
		         o->call->via.len ? o->call->via.len : o->call->callee.len);
		text_adds(&c, ": ");
		text_add(&c, o->call->keeps.ptr, o->call->keeps.len);
		t = el_str_make(s->text.ptr, s->text.len);
		x = location(&c, &o->call->keeps_pos, el_str_make(NULL, 0), id, &t);
		if (x && !cJSON_GetObjectItem(x, "physicalLocation")) {
			cJSON_Delete(x);
			keeper = 0;
		} else
			add(&c, related, NULL, x), id++;
	} else
		keeper = 0;
	for (i = 0; i < o->nrelated; i++) {
		el_str t;
		if (i + (sink != NULL) + keeper >= EL_SARIF_MAX_RELATED) {
			s->related_cut++;
			break;
		}
		if (!related && !(related = arr_(&c)))
			break;
		s->text.len = 0;
		if (o->related[i].kind == EL_REL_NESTED) {
			text_adds(&c, "allocated with it: ");
			text_add(&c, o->related[i].subject.ptr, o->related[i].subject.len);
		} else if (o->related[i].kind == EL_REL_SAME_CALL) {
			text_adds(&c, "also boxed for this call: ");
			text_add(&c, o->related[i].subject.ptr, o->related[i].subject.len);
		} else if (o->related[i].kind == EL_REL_SAME_SLICE) {
			text_adds(&c, "also appends to this slice");
		} else if (o->related[i].kind == EL_REL_SAME_INLINED) {
			text_adds(&c, "also allocated by this call (with it, or on another path): ");
			text_add(&c, o->related[i].subject.ptr, o->related[i].subject.len);
		} else if (o->related[i].kind == EL_REL_SAME_OBJECT) {
			text_adds(&c, "also stored into a field of the same variable: ");
			text_add(&c, o->related[i].subject.ptr, o->related[i].subject.len);
		} else {
			text_adds(&c, "inlined into ");
			text_add(&c, o->related[i].function.ptr, o->related[i].function.len);
		}
		t = el_str_make(s->text.ptr, s->text.len);
		add(&c, related, NULL, location(&c, &o->related[i].pos, el_str_make(NULL, 0), id++, &t));
	}

	/* message: the finding, the sink, the inlined copies, the fix */
	s->text.len = 0;
	if (!it->rule) {
		verdict_text(&c, o);
		text_adds(&c, ": ");
	}
	text_sentence(&c, it->message);
	id = 1;
	if (sink) {
		text_adds(&c, " The escape chain ends at [");
		put_link_text(&c, el_note_where(sink));
		text_adds(&c, "](1) (");
		text_add(&c, sink->why.ptr, sink->why.len);
		text_adds(&c, ").");
		id++;
	}
	if (keeper) {
		char ref[32];
		text_adds(&c, " The callee keeps it at [");
		put_link_text(&c, o->call->keeps);
		snprintf(ref, sizeof ref, "](%ld).", id);
		text_adds(&c, ref);
		id++;
	}
	{
		/* the inlined copies, then the objects allocated with it */
		int kinds[6] = { EL_REL_INLINED, EL_REL_NESTED, EL_REL_SAME_CALL, EL_REL_SAME_SLICE,
			         EL_REL_SAME_INLINED, EL_REL_SAME_OBJECT }, k;
		static const char *const heads[6] = { " Also inlined into [", " Allocated with it: [",
			                              " Also boxed for this call: [",
			                              " Also appends to this slice: [",
			                              " Also allocated by this call (with it, or on another path): [",
			                              " Also stored into a field of the same variable: [" };
		long first = id;
		for (k = 0; k < 6; k++) {
			int any = 0;
			for (i = 0, id = first; i < o->nrelated && (size_t)id <= EL_SARIF_MAX_RELATED;
			     i++, id++) {
				char ref[32];
				const el_related *rel = &o->related[i];
				if ((int)rel->kind != kinds[k])
					continue;
				text_adds(&c, any++ ? ", [" : heads[k]);
				put_link_text(&c, rel->kind != EL_REL_INLINED ? rel->subject
				                  : rel->function.len      ? rel->function
				                                           : el_str_make("a caller", 8));
				snprintf(ref, sizeof ref, "](%ld)", id);
				text_adds(&c, ref);
			}
			if (any)
				text_adds(&c, ".");
		}
	}
	if (it->fix.len) {
		text_adds(&c, " Fix: ");
		text_sentence(&c, it->fix);
	}
	message(&c, res, "message", el_str_make(s->text.ptr, s->text.len));

	/* the location, with the function as its logical location */
	{
		cJSON *locs = add(&c, res, "locations", arr_(&c));
		cJSON *loc = add(&c, locs, NULL, location(&c, &o->pos, o->subject, -1, NULL));
		if (loc && o->function.len) {
			cJSON *ll = add(&c, add(&c, loc, "logicalLocations", arr_(&c)), NULL, obj_(&c));
			s->text.len = 0;
			text_add(&c, o->package.ptr, o->package.len);
			text_adds(&c, ".");
			text_add(&c, o->function.ptr, o->function.len);
			istr(&c, ll, "name", o->function);
			istr(&c, ll, "fullyQualifiedName", el_str_make(s->text.ptr, s->text.len));
			cstr(&c, ll, "kind", "function");
		}
	}
	if (related && cJSON_GetArraySize(related))
		add(&c, res, "relatedLocations", related);
	else
		cJSON_Delete(related);
	code_flows(&c, res, o);
	if ((x = add(&c, res, "partialFingerprints", obj_(&c))))
		cstr(&c, x, "escapelint/v1", it->fingerprint);
	if (it->suppressed && (x = add(&c, res, "suppressions", arr_(&c)))) {
		cJSON *sup = add(&c, x, NULL, obj_(&c));
		if (sup) {
			cstr(&c, sup, "kind", "inSource");
			istr(&c, sup, "justification", it->justification);
		}
	}
	if ((x = add(&c, res, "properties", obj_(&c)))) {
		cJSON *also;
		istr(&c, x, "package", o->package);
		istr(&c, x, "function", o->function);
		cstr(&c, x, "kind", el_object_kind_name(o->kind));
		istr(&c, x, "subject", o->subject);
		if (it->fix.len)
			istr(&c, x, "fix", it->fix);
		if (it->nalso && (also = add(&c, x, "alsoMatches", arr_(&c))))
			for (i = 0; i < it->nalso; i++)
				add(&c, also, NULL, cJSON_CreateString(el_rule_name(it->also[i])));
		if (o->flags & EL_O_TEST)
			add(&c, x, "test", cJSON_CreateTrue());
		if (o->flags & EL_O_EXTERNAL)
			add(&c, x, "external", cJSON_CreateTrue());
	}
	out = s->failed ? NULL : cJSON_PrintUnformatted(res);
	cJSON_Delete(res);
	if (!out)
		return EL_ERR_NOMEM;
	if (it->level == EL_LEVEL_NOTE) {
		/* unformatted JSON has no newline: one result per line */
		if ((!s->spill && (s->spill = tmpfile()) == NULL) || fputs(out, s->spill) == EOF ||
		    putc('\n', s->spill) == EOF) {
			cJSON_free(out);
			return EL_ERR_IO;
		}
		cJSON_free(out);
		return EL_OK;
	}
	el_rep_puts(r, s->written ? ",\n" : "\n");
	el_rep_put(r, out, strlen(out));
	cJSON_free(out);
	s->written++;
	return EL_OK;
}

/* Write the note results kept in the spill file, up to max in all. */
static el_status write_spilled(el_report *r, sarif_state *s, unsigned long max)
{
	char buf[1 << 16];
	size_t n, i, start;
	int at_start = 1, keep = 0;

	if (!s->spill)
		return EL_OK;
	if (fflush(s->spill) != 0 || fseek(s->spill, 0, SEEK_SET) != 0)
		return EL_ERR_IO;
	while ((n = fread(buf, 1, sizeof buf, s->spill)) > 0) {
		for (i = start = 0; i < n; i++) {
			if (at_start) {
				keep = s->written < max;
				if (keep)
					el_rep_puts(r, s->written ? ",\n" : "\n");
				else
					s->dropped[EL_LEVEL_NOTE]++;
				at_start = 0;
				start = i;
			}
			if (buf[i] == '\n') {
				if (keep) {
					el_rep_put(r, buf + start, i - start);
					s->written++;
				}
				at_start = 1;
			}
		}
		if (!at_start && keep)
			el_rep_put(r, buf + start, n - start);
	}
	if (ferror(s->spill))
		return EL_ERR_IO;
	fclose(s->spill);
	s->spill = NULL;
	return EL_OK;
}

/* ------------------------------------------------------------------ */
/* Invocation                                                         */
/* ------------------------------------------------------------------ */

static void notification(ctx *c, cJSON *list, el_level lv, const char *id, const char *text)
{
	cJSON *n = add(c, list, NULL, obj_(c)), *d;

	if (!n)
		return;
	cstr(c, n, "level", el_level_name(lv));
	message(c, n, "message", el_str_make(text, strlen(text)));
	if ((d = add(c, n, "descriptor", obj_(c))))
		cstr(c, d, "id", id);
}

static el_status sarif_finish(el_report *r, const el_group_stats *gs)
{
	sarif_state *s = r->state;
	ctx c = { r, s };
	cJSON *inv, *list, *wd;
	char buf[256], *out;
	unsigned long long dropped;
	unsigned long max = r->opts.max_results ? r->opts.max_results : EL_SARIF_MAX_RESULTS;
	size_t i;
	int ok = 1;
	el_status st;

	if (!s->started && (st = write_header(r, s)) != EL_OK)
		return st;
	if ((st = write_spilled(r, s, max)) != EL_OK)
		return st;
	s->failed = 0;
	inv = obj_(&c);
	list = add(&c, inv, "toolExecutionNotifications", arr_(&c));
	for (i = 0; i < r->notes.len; i++) {
		const el_notification *n = &EL_VEC_AT(&r->notes, el_notification, i);
		notification(&c, list, n->level, n->id, n->message);
		if (n->level == EL_LEVEL_ERROR)
			ok = 0;
	}
	if (r->notes_dropped) {
		snprintf(buf, sizeof buf, "%llu more notifications were left out", r->notes_dropped);
		notification(&c, list, EL_LEVEL_NOTE, "notifications-capped", buf);
	}
	dropped = s->dropped[EL_LEVEL_NOTE] + s->dropped[EL_LEVEL_WARNING] + s->dropped[EL_LEVEL_ERROR];
	if (dropped) {
		snprintf(buf, sizeof buf,
		         "%llu results were left out (%llu errors, %llu warnings, %llu notes): "
		         "GitHub accepts %lu results per run, so notes went last; narrow the input "
		         "or disable rules",
		         dropped, s->dropped[EL_LEVEL_ERROR], s->dropped[EL_LEVEL_WARNING],
		         s->dropped[EL_LEVEL_NOTE], max);
		notification(&c, list, EL_LEVEL_WARNING, "results-capped", buf);
	}
	if (s->flows_cut) {
		snprintf(buf, sizeof buf, "the code flows of %llu results were cut to %lu locations",
		         s->flows_cut, EL_SARIF_MAX_FLOW_LOCATIONS);
		notification(&c, list, EL_LEVEL_NOTE, "code-flows-capped", buf);
	}
	if (s->related_cut) {
		snprintf(buf, sizeof buf, "the related locations of %llu results were cut to %lu",
		         s->related_cut, EL_SARIF_MAX_RELATED);
		notification(&c, list, EL_LEVEL_NOTE, "related-locations-capped", buf);
	}
	if ((wd = add(&c, inv, "workingDirectory", obj_(&c)))) {
		const char *u = file_uri(&c, el_str_make(r->cwd, strlen(r->cwd)), 1);
		if (u)
			cstr(&c, wd, "uri", u);
	}
	add(&c, inv, "executionSuccessful", cJSON_CreateBool(ok));
	if (gs) { /* what the advice assumed about Go */
		cJSON *pr = add(&c, inv, "properties", obj_(&c));
		el_buf b = { 0 };
		char range[48];
		if (el_rep_goversion(r, &b, &gs->go) != 0) {
			cJSON_Delete(inv);
			return EL_ERR_NOMEM;
		}
		if (pr) {
			cstr(&c, pr, "goVersion", el_goversion_range(&gs->go, range, sizeof range));
			if (gs->go.lang) {
				snprintf(range, sizeof range, "1.%d", gs->go.lang);
				cstr(&c, pr, "goLanguageVersion", range);
			}
			add(&c, pr, "pgo", cJSON_CreateBool(gs->go.pgo));
			/* the evidence quotes the input (a file name) */
			istr(&c, pr, "goVersionAssumed", el_str_make(b.ptr, b.len - 1));
		}
		el_buf_release(&b, el_rep_alloc(r));
	}
	out = s->failed ? NULL : cJSON_PrintUnformatted(inv);
	cJSON_Delete(inv);
	if (!out)
		return EL_ERR_NOMEM;
	el_rep_puts(r, s->written ? "\n],\"invocations\":[" : "],\"invocations\":[");
	el_rep_put(r, out, strlen(out));
	el_rep_puts(r, "]}\n]}\n");
	cJSON_free(out);
	return EL_OK;
}

const el_emitter el_emit_sarif = { sarif_item, sarif_finish, sarif_release, sizeof(sarif_state),
	                                 1 };
