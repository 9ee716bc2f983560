/*
 * config.c -- the config file, .escapelint.json: finding it, reading it
 * (bounded), checking it and writing it back.
 *
 * The file is one JSON object whose keys are the command-line option
 * names; // line and / * block * / comments are allowed:
 *
 *   { "fail-on": "warning",            // note|warning|error|never
 *     "min-level": "note", "cold-paths": "note",   // note|warning|error
 *     "tests": false, "include-external": false,
 *     "include": ["GLOB"...], "exclude": ["GLOB"...],
 *     "packages": ["PATTERN"...],
 *     "baseline": "FILE", "rule-files": ["FILE or DIR"...],
 *     "rules": { "NAME or ID": "on"|"off"|"note"|"warning"|"error" } }
 *
 * Comments are replaced by spaces (newlines kept) in a copy, so offsets in
 * the copy are offsets in the file; that pass also rejects NUL bytes,
 * invalid UTF-8, raw control characters and bad escapes in strings.
 * cJSON parses the copy; it keeps no positions, so the walker of
 * jsonpos.c steps through the copy in step with cJSON's tree to find the
 * offset of each key and value.
 */
#include <cjson/cJSON.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>

#include "internal.h"

#define CONFIG_MAX ((size_t)1 << 20)

/* The public struct and the allocator that made it. */
typedef struct config {
	el_config pub;            /* first: el_config_free casts back */
	el_allocator alloc;
	int has_alloc;
} config;

static const el_allocator *CA(const config *c)
{
	return c->has_alloc ? &c->alloc : NULL;
}

enum { K_FAIL_ON, K_MIN_LEVEL, K_COLD_PATHS, K_TESTS, K_INCLUDE_EXTERNAL, K_INCLUDE,
       K_EXCLUDE, K_PACKAGES, K_BASELINE, K_RULE_FILES, K_RULES, K__COUNT };

typedef enum key_type {
	T_LEVEL,        /* note, warning or error */
	T_FAIL,         /* a level or never */
	T_BOOL,
	T_STRINGS,      /* an array of strings */
	T_PATHS,        /* an array of paths (resolved) */
	T_PATH,         /* a path (resolved) */
	T_RULES         /* an object of rule settings */
} key_type;

/* The keys, in the order el_config_write_json writes them. */
static const struct key {
	const char *name;
	key_type type;
} keys[K__COUNT] = {
	[K_FAIL_ON] = { "fail-on", T_FAIL },
	[K_MIN_LEVEL] = { "min-level", T_LEVEL },
	[K_COLD_PATHS] = { "cold-paths", T_LEVEL },
	[K_TESTS] = { "tests", T_BOOL },
	[K_INCLUDE_EXTERNAL] = { "include-external", T_BOOL },
	[K_INCLUDE] = { "include", T_STRINGS },
	[K_EXCLUDE] = { "exclude", T_STRINGS },
	[K_PACKAGES] = { "packages", T_STRINGS },
	[K_BASELINE] = { "baseline", T_PATH },
	[K_RULE_FILES] = { "rule-files", T_PATHS },
	[K_RULES] = { "rules", T_RULES },
};

#define KEY_LIST                                                                        \
	"fail-on, min-level, cold-paths, tests, include-external, include, exclude, "   \
	"packages, baseline, rule-files, rules"

/* One parse: the blanked copy, the config being filled, where errors go. */
typedef struct cparse {
	el_jtext j;               /* copy and len, for positions */
	char *copy;               /* comment-blanked copy, NUL-terminated */
	config *c;
	const el_allocator *a;
	const char *dir;          /* name up to its last '/' included, or NULL */
	size_t dirlen;
	el_error *err;
} cparse;

/* ------------------------------------------------------------------ */
/* Positions and errors                                               */
/* ------------------------------------------------------------------ */

/* Set an EL_ERR_INVALID error at offset off of P's text; returns -1. */
#define fail(P, ...) el_jtext_fail(&(P)->j, (P)->err, __VA_ARGS__)
#define nomem(err) el_error_nomem(err)

/* A user string fit for a message in d: at most 60 bytes ("..." added
 * when cut), control characters and invalid UTF-8 as '?'. */
static const char *shown(char *d, size_t cap, const char *s)
{
	size_t n = strlen(s), i = 0, o = 0, max = cap - 4 < 60 ? cap - 4 : 60;

	while (i < n) {
		size_t k = (unsigned char)s[i] < 0x80 ? 1 : el_utf8_seq(s + i, n - i);
		if (o + (k ? k : 1) > max)
			break;
		if (k <= 1) {
			d[o++] = (unsigned char)s[i] < 0x20 || s[i] == 0x7F || k == 0 ? '?' : s[i];
			i++;
		} else {
			memcpy(d + o, s + i, k);
			o += k;
			i += k;
		}
	}
	if (i < n)
		memcpy(d + o, "...", 3), o += 3;
	d[o] = '\0';
	return d;
}

/* ------------------------------------------------------------------ */
/* Comments                                                           */
/* ------------------------------------------------------------------ */

static int is_hex(char c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/* Check the string starting at b[i] (a quote) and return the offset after
 * it, or (size_t)-1 with the error set. */
static size_t scan_string(cparse *P, size_t i)
{
	const char *b = P->copy;
	size_t start = i++, n = P->j.len;

	for (;;) {
		unsigned char c;

		if (i >= n) {
			fail(P, start, "unterminated string");
			return (size_t)-1;
		}
		c = (unsigned char)b[i];
		if (c == '"')
			return i + 1;
		if (c == '\\') {
			char e = i + 1 < n ? b[i + 1] : '\0';
			if (e == 'u') {
				if (i + 5 >= n || !is_hex(b[i + 2]) || !is_hex(b[i + 3]) ||
				    !is_hex(b[i + 4]) || !is_hex(b[i + 5])) {
					fail(P, i, "bad \\u escape in a string "
					           "(\\u and four hex digits)");
					return (size_t)-1;
				}
				if (memcmp(b + i + 2, "0000", 4) == 0) {
					fail(P, i, "NUL (\\u0000) in a string");
					return (size_t)-1;
				}
				i += 6;
				continue;
			}
			if (e && strchr("\"\\/bfnrt", e)) {
				i += 2;
				continue;
			}
			if (i + 1 >= n) {
				fail(P, start, "unterminated string");
				return (size_t)-1;
			}
			fail(P, i, "bad escape in a string "
			           "(\\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\uXXXX)");
			return (size_t)-1;
		}
		if (c == '\n') {
			fail(P, start, "unterminated string");
			return (size_t)-1;
		}
		if (c == 0) {
			fail(P, i, "NUL byte in the file");
			return (size_t)-1;
		}
		if (c < 0x20) {
			fail(P, i, "control character 0x%02X in a string (write it as \\u%04X)", c,
			     c);
			return (size_t)-1;
		}
		if (c >= 0x80) {
			size_t k = el_utf8_seq(b + i, n - i);
			if (k == 0) {
				fail(P, i, "invalid UTF-8 in a string");
				return (size_t)-1;
			}
			i += k;
			continue;
		}
		i++;
	}
}

/* Replace the comments of P->copy by spaces (newlines kept) and check its
 * strings and that it holds no NUL byte; 0, or -1 with the error set. */
static int blank_comments(cparse *P)
{
	char *b = P->copy;
	size_t i = 0, n = P->j.len;

	while (i < n) {
		if (b[i] == '\0')
			return fail(P, i, "NUL byte in the file");
		if (b[i] == '"') {
			if ((i = scan_string(P, i)) == (size_t)-1)
				return -1;
			continue;
		}
		if (b[i] == '/' && i + 1 < n && b[i + 1] == '/') {
			for (; i < n && b[i] != '\n'; i++) {
				if (b[i] == '\0')
					return fail(P, i, "NUL byte in the file");
				b[i] = ' ';
			}
			continue;
		}
		if (b[i] == '/' && i + 1 < n && b[i + 1] == '*') {
			size_t start = i;
			b[i++] = ' ';
			b[i++] = ' ';
			for (; i < n && !(b[i] == '*' && i + 1 < n && b[i + 1] == '/'); i++) {
				if (b[i] == '\0')
					return fail(P, i, "NUL byte in the file");
				if (b[i] != '\n')
					b[i] = ' ';
			}
			if (i >= n)
				return fail(P, start, "unterminated /* comment");
			b[i++] = ' ';
			b[i++] = ' ';
			continue;
		}
		i++;
	}
	return 0;
}

/* ------------------------------------------------------------------ */
/* Values                                                             */
/* ------------------------------------------------------------------ */

/* The level for word: note, warning, error, and never when never is set;
 * -1 for anything else. */
static int level_of(const char *word, int never)
{
	if (strcmp(word, "note") == 0)
		return EL_LEVEL_NOTE;
	if (strcmp(word, "warning") == 0)
		return EL_LEVEL_WARNING;
	if (strcmp(word, "error") == 0)
		return EL_LEVEL_ERROR;
	if (never && strcmp(word, "never") == 0)
		return EL_LEVEL_NONE;
	return -1;
}

/* A path from the file made relative to the file's directory (leading
 * "./" dropped; "." is the directory itself). */
static char *resolve(cparse *P, const char *p)
{
	size_t n, dn = P->dirlen;
	char *r;

	if (!P->dir || p[0] == '/')
		return el_strdup(p, P->a);
	while (p[0] == '.' && p[1] == '/') {
		p += 2;
		while (*p == '/')
			p++;
	}
	if (strcmp(p, ".") == 0)
		p += 1;
	if (*p == '\0' && dn > 1)
		dn--; /* the directory itself, without its '/' */
	n = strlen(p);
	r = el_malloc(P->a, dn + n + 1);
	if (!r)
		return NULL;
	memcpy(r, P->dir, dn);
	memcpy(r + dn, p, n + 1);
	return r;
}

/* A level key at off with value v into *out. */
static int get_level(cparse *P, const struct key *k, const cJSON *v, size_t off, int *out)
{
	const char *words = k->type == T_FAIL ? "note, warning, error or never"
	                                      : "note, warning or error";
	char buf[80];

	if (!cJSON_IsString(v))
		return fail(P, off, "\"%s\" must be %s", k->name, words);
	*out = level_of(v->valuestring, k->type == T_FAIL);
	if (*out < 0)
		return fail(P, off, "\"%s\" must be %s, not \"%s\"", k->name, words,
		            shown(buf, sizeof buf, v->valuestring));
	return 0;
}

/* The number of children of v. */
static size_t count_children(const cJSON *v)
{
	size_t n = 0;
	const cJSON *e;

	cJSON_ArrayForEach(e, v)
		n++;
	return n;
}

/* An array of non-empty strings (paths resolved when paths is set). */
static int get_strings(cparse *P, const struct key *k, const cJSON *v, size_t off,
                       char ***out, size_t *nout, int paths)
{
	size_t n, i = 0;
	const cJSON *e;
	el_jwalk w;

	if (!cJSON_IsArray(v))
		return fail(P, off, "\"%s\" must be an array of strings", k->name);
	n = count_children(v);
	if (n == 0)
		return 0;
	*out = el_malloc(P->a, n * sizeof **out);
	if (!*out)
		return nomem(P->err);
	memset(*out, 0, n * sizeof **out);
	*nout = n;
	el_jwalk_open(&w, &P->j, off);
	cJSON_ArrayForEach(e, v) {
		size_t at = el_jwalk_elem(&w);
		if (!cJSON_IsString(e))
			return fail(P, at, "the elements of \"%s\" must be strings", k->name);
		if (e->valuestring[0] == '\0')
			return fail(P, at, "empty string in \"%s\"", k->name);
		(*out)[i] = paths ? resolve(P, e->valuestring) : el_strdup(e->valuestring, P->a);
		if (!(*out)[i++])
			return nomem(P->err);
	}
	return 0;
}

/* The "rules" object. */
static int get_rules(cparse *P, const cJSON *v, size_t off)
{
	el_config *c = &P->c->pub;
	el_map names = { 0 };
	size_t n, i = 0;
	const cJSON *e;
	int r = 0;
	el_jwalk w;

	if (!cJSON_IsObject(v))
		return fail(P, off,
		            "\"rules\" must be an object: {\"RULE\": \"on\", \"off\" or a level}");
	n = count_children(v);
	if (n == 0)
		return 0;
	c->rules = el_malloc(P->a, n * sizeof *c->rules);
	if (!c->rules)
		return nomem(P->err);
	memset(c->rules, 0, n * sizeof *c->rules);
	c->nrules = n;
	el_jwalk_open(&w, &P->j, off);
	cJSON_ArrayForEach(e, v) {
		el_config_rule *rule = &c->rules[i];
		const char *name = e->string, *word;
		unsigned long long h = el_hash(name, strlen(name), EL_HASH_SEED);
		size_t at, val, it = 0, j = 0;
		char buf[80];
		int dup = 0;

		el_jwalk_member(&w, &at, &val);
		rule->level = -1;
		el_jtext_pos(&P->j, at, &rule->line, &rule->column);
		if (name[0] == '\0') {
			r = fail(P, at, "empty rule name in \"rules\"");
			break;
		}
		while (!dup && el_map_next(&names, h, &it, &j))
			dup = strcmp(c->rules[j].name, name) == 0;
		if (dup) {
			r = fail(P, at, "duplicate rule \"%s\" in \"rules\" (first on line %lu)",
			         shown(buf, sizeof buf, name), c->rules[j].line);
			break;
		}
		word = cJSON_IsString(e) ? e->valuestring : NULL;
		if (word && strcmp(word, "on") == 0) {
			rule->enabled = 1;
		} else if (word && strcmp(word, "off") == 0) {
			rule->enabled = 0;
		} else if (word && (rule->level = level_of(word, 0)) >= 0) {
			rule->enabled = 1;
		} else {
			char wbuf[80];
			r = fail(P, val,
			         "rule \"%s\" must be on, off, note, warning or error%s%s%s",
			         shown(buf, sizeof buf, name), word ? ", not \"" : "",
			         word ? shown(wbuf, sizeof wbuf, word) : "", word ? "\"" : "");
			break;
		}
		if (!(rule->name = el_strdup(name, P->a)) || el_map_put(&names, h, i, P->a) != 0) {
			r = nomem(P->err);
			break;
		}
		i++;
	}
	el_map_release(&names, P->a);
	return r;
}

/* Check the parsed root (at offset off) and fill the config. */
static int fill(cparse *P, const cJSON *root, size_t off)
{
	el_config *c = &P->c->pub;
	size_t seen[K__COUNT] = { 0 }; /* offset of each key + 1 */
	const cJSON *e;
	el_jwalk w;

	if (!cJSON_IsObject(root))
		return fail(P, off, "the configuration must be a JSON object ({ ... })");
	el_jwalk_open(&w, &P->j, off);
	cJSON_ArrayForEach(e, root) {
		const struct key *k = NULL;
		size_t at, val;
		char buf[80];
		int rc = 0, ki;

		el_jwalk_member(&w, &at, &val);
		for (ki = 0; ki < K__COUNT && !k; ki++)
			if (strcmp(keys[ki].name, e->string) == 0)
				k = &keys[ki];
		if (!k)
			return fail(P, at, "unknown key \"%s\" (keys: " KEY_LIST ")",
			            shown(buf, sizeof buf, e->string));
		ki = (int)(k - keys);
		if (seen[ki]) {
			unsigned long line, col;
			el_jtext_pos(&P->j, seen[ki] - 1, &line, &col);
			return fail(P, at, "duplicate key \"%s\" (first on line %lu)", k->name,
			            line);
		}
		seen[ki] = at + 1;
		switch (ki) {
		case K_FAIL_ON:
			rc = get_level(P, k, e, val, &c->fail_on);
			break;
		case K_MIN_LEVEL:
			rc = get_level(P, k, e, val, &c->min_level);
			break;
		case K_COLD_PATHS:
			rc = get_level(P, k, e, val, &c->cold_paths);
			break;
		case K_TESTS:
		case K_INCLUDE_EXTERNAL:
			if (!cJSON_IsBool(e))
				return fail(P, val, "\"%s\" must be true or false", k->name);
			*(ki == K_TESTS ? &c->tests : &c->include_external) = cJSON_IsTrue(e);
			break;
		case K_INCLUDE:
			rc = get_strings(P, k, e, val, &c->include, &c->ninclude, 0);
			break;
		case K_EXCLUDE:
			rc = get_strings(P, k, e, val, &c->exclude, &c->nexclude, 0);
			break;
		case K_PACKAGES:
			rc = get_strings(P, k, e, val, &c->packages, &c->npackages, 0);
			break;
		case K_RULE_FILES:
			rc = get_strings(P, k, e, val, &c->rule_files, &c->nrule_files, 1);
			break;
		case K_BASELINE:
			if (!cJSON_IsString(e))
				return fail(P, val, "\"baseline\" must be a string (a file name)");
			if (e->valuestring[0] == '\0')
				return fail(P, val, "\"baseline\" must not be empty");
			if (!(c->baseline = resolve(P, e->valuestring)))
				return nomem(P->err);
			break;
		case K_RULES:
			rc = get_rules(P, e, val);
			break;
		}
		if (rc != 0)
			return rc;
	}
	return 0;
}

/* The text at off up to white space, at most 16 bytes, for a message. */
static const char *near(const cparse *P, size_t off, char *d, size_t cap)
{
	char s[17];
	size_t n = 0;

	while (n < 16 && off + n < P->j.len && (unsigned char)P->j.text[off + n] > 32)
		n++;
	/* not in the middle of a character */
	while (n > 0 && off + n < P->j.len && ((unsigned char)P->j.text[off + n] & 0xC0) == 0x80)
		n--;
	memcpy(s, P->j.text + off, n);
	s[n] = '\0';
	return shown(d, cap, s);
}

/* Report the syntax error cJSON found at off (past the end: at the end). */
static void syntax_error(cparse *P, size_t off)
{
	char buf[80];

	off = el_jtext_syntax_error(&P->j, P->err, off, "no JSON object: the file is empty");
	if (off == (size_t)-1)
		return;
	if (P->j.text[off] == '\'')
		fail(P, off, "JSON syntax error: strings take double quotes");
	else
		fail(P, off, "JSON syntax error near \"%s\"", near(P, off, buf, sizeof buf));
}

/* A new config with nothing given. */
static config *config_new(const char *name, const el_allocator *alloc)
{
	config *c = el_malloc(alloc, sizeof *c);

	if (!c)
		return NULL;
	memset(c, 0, sizeof *c);
	if (alloc) {
		c->alloc = *alloc;
		c->has_alloc = 1;
	}
	c->pub.fail_on = c->pub.min_level = c->pub.cold_paths = -1;
	c->pub.tests = c->pub.include_external = -1;
	if (name && !(c->pub.path = el_strdup(name, alloc))) {
		el_free(alloc, c);
		return NULL;
	}
	return c;
}

/* See escapelint.h. */
el_status el_config_parse(const char *text, size_t len, const char *name, el_config **out,
                          el_error *err, const el_allocator *alloc)
{
	cparse P;
	el_error local;
	cJSON *root = NULL;
	const char *end = NULL, *slash;
	size_t off;
	int rc = -1;

	if (!err)
		err = &local;
	el_error_clear(err);
	*out = NULL;
	memset(&P, 0, sizeof P);
	P.a = alloc;
	P.err = err;
	P.j.len = len;
	if (name && (slash = strrchr(name, '/'))) {
		P.dir = name;
		P.dirlen = (size_t)(slash - name) + 1;
	}
	P.j.text = P.copy = el_malloc(alloc, len + 1);
	if (!P.copy || !(P.c = config_new(name, alloc))) {
		el_free(alloc, P.copy);
		nomem(err);
		return EL_ERR_NOMEM;
	}
	if (len)
		memcpy(P.copy, text, len);
	P.copy[len] = '\0';
	if (blank_comments(&P) != 0)
		goto done;
	/* The terminating NUL is passed too: cJSON takes it for whitespace,
	 * so running out of text is an error at the end, not at the last byte. */
	root = cJSON_ParseWithLengthOpts(P.copy, len + 1, &end, 0);
	if (!root) {
		syntax_error(&P, end ? (size_t)(end - P.copy) : 0);
		goto done;
	}
	off = el_jtext_skip_ws(&P.j, (size_t)(end - P.copy));
	if (off < len) {
		fail(&P, off, "JSON syntax error: text after the end of the JSON value");
		goto done;
	}
	off = el_starts(P.copy, len, EL_LIT("\xEF\xBB\xBF")) ? 3 : 0;
	rc = fill(&P, root, el_jtext_skip_ws(&P.j, off));
done:
	cJSON_Delete(root);
	el_free(alloc, P.copy);
	if (rc != 0) {
		el_config_free(&P.c->pub);
		return err->status;
	}
	*out = &P.c->pub;
	return EL_OK;
}

/* See escapelint.h. */
el_status el_config_load(const char *path, el_config **out, el_error *err,
                         const el_allocator *alloc)
{
	el_error local;
	el_buf b = { 0 };
	el_status status;

	if (!err)
		err = &local;
	*out = NULL;
	status = el_file_read(path, CONFIG_MAX, "a config file", &b, err, alloc);
	if (status == EL_OK)
		status = el_config_parse(b.ptr, b.len, path, out, err, alloc);
	el_buf_release(&b, alloc);
	return status;
}

/* Whether path names a regular file (symbolic links followed). */
static int is_file(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

/* See escapelint.h. */
int el_config_find(const char *dir, char **path)
{
	char *cur = realpath(dir ? dir : ".", NULL);

	*path = NULL;
	if (!cur)
		return errno == ENOMEM ? -1 : 0;
	for (;;) {
		size_t n = strcmp(cur, "/") == 0 ? 0 : strlen(cur);
		char *cand = malloc(n + sizeof "/.escapelint.json"), *slash;

		if (!cand) {
			free(cur);
			return -1;
		}
		memcpy(cand, cur, n);
		memcpy(cand + n, "/.escapelint.json", sizeof "/.escapelint.json");
		if (is_file(cand)) {
			free(cur);
			*path = cand;
			return 1;
		}
		memcpy(cand + n, "/go.mod", sizeof "/go.mod");
		if (is_file(cand) || n == 0) {
			free(cand);
			free(cur);
			return 0;
		}
		free(cand);
		slash = strrchr(cur, '/');
		if (slash == cur)
			slash[1] = '\0';
		else
			*slash = '\0';
	}
}

/* ------------------------------------------------------------------ */
/* Writing                                                            */
/* ------------------------------------------------------------------ */

/* The word for a level of key type t, or NULL when it is not given. */
static const char *level_word(int level, key_type t)
{
	if (t == T_FAIL && level == EL_LEVEL_NONE)
		return "never";
	if (level < EL_LEVEL_NOTE || level > EL_LEVEL_ERROR)
		return NULL;
	return el_level_name((el_level)level);
}

/* Add a string array under name (nothing when empty); 0 or -1. */
static int add_strings(cJSON *o, const char *name, char *const *v, size_t n)
{
	cJSON *arr;
	size_t i;

	if (n == 0)
		return 0;
	if (!(arr = cJSON_AddArrayToObject(o, name)))
		return -1;
	for (i = 0; i < n; i++)
		if (!cJSON_AddItemToArray(arr, cJSON_CreateString(v[i])))
			return -1;
	return 0;
}

/* The config as a cJSON object, keys in the order of keys[]; NULL when
 * out of memory. */
static cJSON *config_json(const el_config *c)
{
	cJSON *o = cJSON_CreateObject(), *rules;
	const char *w;
	size_t i;

	if (!o)
		return NULL;
	if ((w = level_word(c->fail_on, T_FAIL)) && !cJSON_AddStringToObject(o, "fail-on", w))
		goto fail;
	if ((w = level_word(c->min_level, T_LEVEL)) && !cJSON_AddStringToObject(o, "min-level", w))
		goto fail;
	if ((w = level_word(c->cold_paths, T_LEVEL)) &&
	    !cJSON_AddStringToObject(o, "cold-paths", w))
		goto fail;
	if (c->tests >= 0 && !cJSON_AddBoolToObject(o, "tests", c->tests != 0))
		goto fail;
	if (c->include_external >= 0 &&
	    !cJSON_AddBoolToObject(o, "include-external", c->include_external != 0))
		goto fail;
	if (add_strings(o, "include", c->include, c->ninclude) != 0 ||
	    add_strings(o, "exclude", c->exclude, c->nexclude) != 0 ||
	    add_strings(o, "packages", c->packages, c->npackages) != 0)
		goto fail;
	if (c->baseline && !cJSON_AddStringToObject(o, "baseline", c->baseline))
		goto fail;
	if (add_strings(o, "rule-files", c->rule_files, c->nrule_files) != 0)
		goto fail;
	if (c->nrules > 0) {
		if (!(rules = cJSON_AddObjectToObject(o, "rules")))
			goto fail;
		for (i = 0; i < c->nrules; i++) {
			const el_config_rule *r = &c->rules[i];
			w = !r->enabled ? "off" : level_word(r->level, T_LEVEL);
			if (!cJSON_AddStringToObject(rules, r->name, w ? w : "on"))
				goto fail;
		}
	}
	return o;
fail:
	cJSON_Delete(o);
	return NULL;
}

/* Append v (a scalar) or s (a key) as cJSON prints it; 0 or -1. */
static int put_json(el_buf *b, const cJSON *v, const char *s)
{
	cJSON *tmp = NULL;
	char *p;
	int r;

	if (s && !(v = tmp = cJSON_CreateStringReference(s)))
		return -1;
	p = cJSON_PrintUnformatted(v);
	cJSON_Delete(tmp);
	if (!p)
		return -1;
	r = el_buf_append(b, p, strlen(p), NULL);
	cJSON_free(p);
	return r;
}

/* Append a line end, after a comma when more members follow. */
static int put_eol(el_buf *b, int more)
{
	if (more)
		return el_buf_append(b, EL_LIT(",\n"), NULL);
	return el_buf_append(b, EL_LIT("\n"), NULL);
}

/* Append indent spaces and `KEY: ` (no key when key is NULL). */
static int put_key(el_buf *b, size_t indent, const char *key)
{
	if (el_buf_append(b, "    ", indent, NULL) != 0)
		return -1;
	if (!key)
		return 0;
	if (put_json(b, NULL, key) != 0)
		return -1;
	return el_buf_append(b, EL_LIT(": "), NULL);
}

/* Lay o out with two-space indents, one array element or rule a line. */
static int print_config(el_buf *b, const cJSON *o)
{
	const cJSON *e, *x;

	if (!o->child)
		return el_buf_append(b, EL_LIT("{}\n"), NULL);
	if (el_buf_append(b, EL_LIT("{\n"), NULL) != 0)
		return -1;
	cJSON_ArrayForEach(e, o) {
		int obj = cJSON_IsObject(e);

		if (put_key(b, 2, e->string) != 0)
			return -1;
		if (!obj && !cJSON_IsArray(e)) {
			if (put_json(b, e, NULL) != 0 || put_eol(b, e->next != NULL) != 0)
				return -1;
			continue;
		}
		if (el_buf_append(b, obj ? "{\n" : "[\n", 2, NULL) != 0)
			return -1;
		cJSON_ArrayForEach(x, e) {
			if (put_key(b, 4, obj ? x->string : NULL) != 0 ||
			    put_json(b, x, NULL) != 0 || put_eol(b, x->next != NULL) != 0)
				return -1;
		}
		if (el_buf_append(b, obj ? "  }" : "  ]", 3, NULL) != 0 ||
		    put_eol(b, e->next != NULL) != 0)
			return -1;
	}
	return el_buf_append(b, EL_LIT("}\n"), NULL);
}

/* See escapelint.h. */
el_status el_config_write_json(const el_config *c, el_write_fn write, void *ctx)
{
	cJSON *o = config_json(c);
	el_buf b = { 0 };
	el_status st = EL_OK;

	if (!o || print_config(&b, o) != 0)
		st = EL_ERR_NOMEM;
	else if (write(b.ptr, b.len, ctx) != 0)
		st = EL_ERR_IO;
	cJSON_Delete(o);
	el_buf_release(&b, NULL);
	return st;
}

static void strs_free(char **v, size_t n, const el_allocator *a)
{
	size_t i;

	for (i = 0; v && i < n; i++)
		el_free(a, v[i]);
	el_free(a, v);
}

/* See escapelint.h. */
void el_config_free(el_config *pc)
{
	config *c = (config *)pc;
	const el_allocator *a;
	size_t i;

	if (!c)
		return;
	a = CA(c);
	el_free(a, pc->path);
	strs_free(pc->include, pc->ninclude, a);
	strs_free(pc->exclude, pc->nexclude, a);
	strs_free(pc->packages, pc->npackages, a);
	el_free(a, pc->baseline);
	strs_free(pc->rule_files, pc->nrule_files, a);
	for (i = 0; pc->rules && i < pc->nrules; i++)
		el_free(a, pc->rules[i].name);
	el_free(a, pc->rules);
	el_free(a, c);
}
