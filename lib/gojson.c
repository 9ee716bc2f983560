/*
 * gojson.c -- `go build -json` and `go test -json` event streams (Go >=
 * 1.24): the compiler's text travels in the Output of "build-output"
 * events, which is fed to a parser byte for byte as go would have printed
 * it.
 *
 *   stream = { line }            one event per line (LF, or CRLF)
 *   line   = blank | event
 *   event  = JSON object with a string "Action":
 *            "build-output"  its string "Output" goes to the parser
 *            "build-fail"    its "ImportPath" is remembered
 *            anything else   skipped (test events: run, output, pass, ...)
 *
 * The bytes of one event are gathered in a buffer that is reused for the
 * next (an event may be split anywhere across feeds); cJSON parses it.  A
 * NUL byte, invalid UTF-8, a line that is not a JSON object or an event
 * without a string Action is an error at its line and byte column; an
 * event longer than EL_DEFAULT_MAX_LINE bytes is EL_ERR_LIMIT.
 */
#include <cjson/cJSON.h>

#include "internal.h"

struct el_gojson {
	el_allocator alloc;
	int has_alloc;
	el_parser *p;             /* borrowed */
	el_buf line;              /* the event being gathered, without its LF */
	unsigned long lineno;     /* lines completed */
	int finished;
	el_vec failed;            /* char *: import paths of build-fail events */
	el_error error;
};

static const el_allocator *JA(const el_gojson *j)
{
	return j->has_alloc ? &j->alloc : NULL;
}

/* Is s[i..) `"lit"` followed by optional blanks and a ':' (a key)? */
static int key_at(const char *s, size_t n, size_t i, const char *lit, size_t litlen)
{
	if (!el_starts(s + i, n - i, lit, litlen))
		return 0;
	for (i += litlen; i < n && (s[i] == ' ' || s[i] == '\t'); i++)
		;
	return i < n && s[i] == ':';
}

/* See escapelint.h. */
int el_gojson_detect(const char *buf, size_t len)
{
	size_t i = 0, end;

	for (;;) {
		while (i < len && (buf[i] == ' ' || buf[i] == '\t' || buf[i] == '\r' ||
		                   buf[i] == '\n'))
			i++;
		if (!el_starts(buf + i, len - i, EL_LIT("\xEF\xBB\xBF")))
			break;
		i += 3;
	}
	if (i >= len || buf[i] != '{')
		return 0;
	for (end = i; end < len && buf[end] != '\n'; end++)
		;
	for (; i < end; i++)
		if (buf[i] == '"' && (key_at(buf, end, i, EL_LIT("\"Action\"")) ||
		                      key_at(buf, end, i, EL_LIT("\"ImportPath\""))))
			return 1;
	return 0;
}

/* See escapelint.h. */
el_gojson *el_gojson_new(el_parser *p, const el_allocator *alloc)
{
	el_gojson *j = el_malloc(alloc, sizeof *j);

	if (!j)
		return NULL;
	memset(j, 0, sizeof *j);
	if (alloc) {
		j->alloc = *alloc;
		j->has_alloc = 1;
	}
	j->p = p;
	el_error_clear(&j->error);
	return j;
}

/* See escapelint.h. */
void el_gojson_free(el_gojson *j)
{
	size_t i;

	if (!j)
		return;
	for (i = 0; i < j->failed.len; i++)
		el_free(JA(j), EL_VEC_AT(&j->failed, char *, i));
	el_vec_release(&j->failed, JA(j));
	el_buf_release(&j->line, JA(j));
	el_free(JA(j), j);
}

/* See escapelint.h. */
const el_error *el_gojson_error(const el_gojson *j)
{
	return &j->error;
}

/* See escapelint.h. */
size_t el_gojson_failed_count(const el_gojson *j)
{
	return j->failed.len;
}

/* See escapelint.h. */
const char *el_gojson_failed(const el_gojson *j, size_t i)
{
	return i < j->failed.len ? EL_VEC_AT(&j->failed, const char *, i) : NULL;
}

/* The error at offset off of the event t (line lineno); returns its status. */
static el_status fail_at(el_gojson *j, el_jtext *t, size_t off, const char *msg)
{
	el_jtext_fail(t, &j->error, off, "%s", msg);
	j->error.line = j->lineno;
	return j->error.status;
}

/* The offset of member item's value in the object at off (in step with
 * cJSON's tree), or off when item is not one of its members. */
static size_t member_offset(const el_jtext *t, size_t off, const cJSON *obj, const cJSON *item)
{
	const cJSON *c;
	el_jwalk w;

	el_jwalk_open(&w, t, off);
	for (c = obj->child; c; c = c->next) {
		size_t key, val;
		el_jwalk_member(&w, &key, &val);
		if (c == item)
			return val;
	}
	return off;
}

/* Hand the parser's failure (a stop, a limit, no memory) on. */
static el_status parser_failed(el_gojson *j, el_status st)
{
	const el_error *pe = el_parser_error(j->p);

	el_error_set(&j->error, st, j->lineno, 0, "%s", pe->status != EL_OK ? pe->message : "");
	return st;
}

/* One event's fields. */
static el_status event(el_gojson *j, el_jtext *t, size_t off, const cJSON *root)
{
	const cJSON *action = cJSON_GetObjectItemCaseSensitive(root, "Action");
	const cJSON *v;

	if (!cJSON_IsString(action) || !action->valuestring)
		return fail_at(j, t, member_offset(t, off, root, action),
		               "go -json event without a string \"Action\"");
	if (strcmp(action->valuestring, "build-output") == 0) {
		el_status st;
		v = cJSON_GetObjectItemCaseSensitive(root, "Output");
		if (!cJSON_IsString(v) || !v->valuestring)
			return fail_at(j, t, member_offset(t, off, root, v),
			               "build-output event without a string \"Output\"");
		st = el_parser_feed(j->p, v->valuestring, strlen(v->valuestring));
		return st == EL_OK ? EL_OK : parser_failed(j, st);
	}
	if (strcmp(action->valuestring, "build-fail") == 0) {
		const char *path;
		char **slot;
		v = cJSON_GetObjectItemCaseSensitive(root, "ImportPath");
		path = cJSON_IsString(v) && v->valuestring ? v->valuestring : "";
		slot = el_vec_push(&j->failed, sizeof *slot, JA(j));
		if (!slot || !(*slot = el_strdup(path, JA(j)))) {
			if (slot)
				j->failed.len--;
			el_error_nomem(&j->error);
			j->error.line = j->lineno;
			return EL_ERR_NOMEM;
		}
	}
	return EL_OK;
}

/* The gathered line j->line (line j->lineno, LF dropped). */
static el_status event_line(el_gojson *j)
{
	el_jtext t = { 0 };
	const char *end = NULL, *nul;
	cJSON *root;
	size_t n = j->line.len, i = 0, off;
	el_status st;

	if (n > 0 && j->line.ptr[n - 1] == '\r')
		n--;
	if (el_buf_reserve(&j->line, 1, JA(j)) != 0) {
		el_error_nomem(&j->error);
		return EL_ERR_NOMEM;
	}
	j->line.ptr[n] = '\0';
	t.text = j->line.ptr;
	t.len = n;
	if ((nul = memchr(t.text, '\0', n)) != NULL)
		return fail_at(j, &t, (size_t)(nul - t.text), "NUL byte in a go -json event");
	while (i < n) {
		size_t k = el_utf8_seq(t.text + i, n - i);
		if (k == 0)
			return fail_at(j, &t, i, "invalid UTF-8 in a go -json event");
		i += k;
	}
	off = j->lineno == 1 && el_starts(t.text, n, EL_LIT("\xEF\xBB\xBF")) ? 3 : 0;
	off = el_jtext_skip_ws(&t, off);
	if (off == n)
		return EL_OK; /* a blank line */
	if (t.text[off] != '{')
		return fail_at(j, &t, off, "not a JSON object (a go build -json event)");
	root = cJSON_ParseWithLengthOpts(t.text + off, n - off + 1, &end, 0);
	if (!root) {
		size_t at, last = n;
		while (last > off && (unsigned char)t.text[last - 1] <= 32)
			last--;
		if (t.text[last - 1] != '}') /* a line cut short: say where it ends */
			return fail_at(j, &t, n, "go -json event cut short (no closing brace)");
		at = el_jtext_syntax_error(&t, &j->error, end ? (size_t)(end - t.text) : n,
		                           "empty event");
		if (at != (size_t)-1)
			return fail_at(j, &t, at, "JSON syntax error in a go -json event");
		j->error.line = j->lineno;
		return j->error.status;
	}
	i = el_jtext_skip_ws(&t, (size_t)(end - t.text));
	if (i < n)
		st = fail_at(j, &t, i, "text after the JSON object of a go -json event");
	else
		st = event(j, &t, off, root);
	cJSON_Delete(root);
	return st;
}

/* See escapelint.h. */
el_status el_gojson_feed(el_gojson *j, const char *buf, size_t len)
{
	size_t i = 0;

	if (j->error.status != EL_OK)
		return j->error.status;
	if (j->finished) {
		el_error_set(&j->error, EL_ERR_STATE, 0, 0, "go -json input fed after its end");
		return EL_ERR_STATE;
	}
	while (i < len) {
		const char *nl = memchr(buf + i, '\n', len - i);
		size_t n = nl ? (size_t)(nl - (buf + i)) : len - i;
		el_status st;

		if (n > EL_DEFAULT_MAX_LINE - j->line.len) {
			el_error_set(&j->error, EL_ERR_LIMIT, j->lineno + 1, 0,
			             "go -json event longer than %zu bytes", EL_DEFAULT_MAX_LINE);
			return EL_ERR_LIMIT;
		}
		if (el_buf_append(&j->line, buf + i, n, JA(j)) != 0) {
			el_error_nomem(&j->error);
			return EL_ERR_NOMEM;
		}
		i += n;
		if (!nl)
			break;
		i++;
		j->lineno++;
		st = event_line(j);
		j->line.len = 0;
		if (st != EL_OK)
			return st;
	}
	return EL_OK;
}

/* See escapelint.h. */
el_status el_gojson_finish(el_gojson *j)
{
	el_status st = EL_OK;

	if (j->error.status != EL_OK)
		return j->error.status;
	if (j->finished) {
		el_error_set(&j->error, EL_ERR_STATE, 0, 0, "go -json input finished twice");
		return EL_ERR_STATE;
	}
	j->finished = 1;
	if (j->line.len > 0) {
		j->lineno++;
		st = event_line(j);
		j->line.len = 0;
	}
	return st;
}
