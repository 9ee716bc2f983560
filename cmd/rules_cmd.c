/*
 * rules_cmd.c -- the rule set a run uses (the built-in rules, rule files,
 * the config file's settings, --enable/--disable, --cold-paths) and the
 * modes that only look at rules: --list-rules, --explain, --test-rules.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"

/* Read a whole file (caller frees); NULL after a message. */
/* The largest rule file read (a rule is a few KiB). */
#define MAX_RULE_FILE ((size_t)4 << 20)

static char *read_file(const char *path, size_t *len)
{
	/* a regular file of at most MAX_RULE_FILE bytes, opened without
	 * blocking (a FIFO or a device would hang or never end) */
	int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
	struct stat st;
	FILE *f;
	char *buf = NULL, *p;
	size_t cap = 0, n = 0, got;

	if (fd < 0 || fstat(fd, &st) != 0) {
		errorf("%s: %s", path, strerror(errno));
		if (fd >= 0)
			close(fd);
		return NULL;
	}
	if (!S_ISREG(st.st_mode) || (unsigned long long)st.st_size > MAX_RULE_FILE) {
		errorf("%s: %s", path, S_ISDIR(st.st_mode) ? "is a directory, not a rule file"
		                       : !S_ISREG(st.st_mode) ? "not a regular file"
		                                              : "larger than 4 MiB, not a rule file");
		close(fd);
		return NULL;
	}
	if ((f = fdopen(fd, "rb")) == NULL) {
		errorf("%s: %s", path, strerror(errno));
		close(fd);
		return NULL;
	}
	do {
		if (n == cap) {
			cap = cap ? cap * 2 : 8192;
			if ((p = realloc(buf, cap + 1)) == NULL) {
				errorf("%s: out of memory", path);
				free(buf);
				fclose(f);
				return NULL;
			}
			buf = p;
		}
		got = fread(buf + n, 1, cap - n, f);
		n += got;
	} while (got > 0 && n <= MAX_RULE_FILE);
	if (n > MAX_RULE_FILE) { /* grew while being read */
		errorf("%s: larger than 4 MiB, not a rule file", path);
		free(buf);
		fclose(f);
		return NULL;
	}
	if (ferror(f)) {
		errorf("%s: %s", path, strerror(errno));
		free(buf);
		fclose(f);
		return NULL;
	}
	fclose(f);
	buf[n] = '\0';
	*len = n;
	return buf;
}

/* Add one rule file; 0, or -1 after a message. */
static int add_rule_file(el_rules *rs, const char *path)
{
	size_t len;
	char *text = read_file(path, &len);
	el_status st;

	if (!text)
		return -1;
	st = el_rules_add_json(rs, path, text, len);
	free(text);
	if (st != EL_OK) {
		errorf("%s", el_rules_error(rs)->message);
		return -1;
	}
	return 0;
}

static int cmp_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Add a rule file, or every *.json of a directory in name order; what
 * names the setting in messages ("--rules", the config file). */
static int add_rules_path(el_rules *rs, const char *path, const char *what)
{
	struct stat st;
	DIR *d;
	struct dirent *e;
	char **names = NULL;
	size_t n = 0, i;
	int rc = 0;

	if (stat(path, &st) != 0) {
		errorf("%s %s: %s", what, path, strerror(errno));
		return -1;
	}
	if (!S_ISDIR(st.st_mode))
		return add_rule_file(rs, path);
	if ((d = opendir(path)) == NULL) {
		errorf("%s %s: %s", what, path, strerror(errno));
		return -1;
	}
	while ((e = readdir(d)) != NULL) {
		size_t len = strlen(e->d_name);
		char **p;
		if (len < 6 || strcmp(e->d_name + len - 5, ".json") != 0 || e->d_name[0] == '.')
			continue;
		if ((p = realloc(names, (n + 1) * sizeof *names)) == NULL ||
		    (p[n] = malloc(strlen(path) + len + 2)) == NULL) {
			errorf("out of memory");
			names = p ? p : names;
			rc = -1;
			break;
		}
		names = p;
		sprintf(names[n++], "%s/%s", path, e->d_name);
	}
	closedir(d);
	if (rc == 0 && n == 0) {
		errorf("%s %s: no *.json rule files in this directory", what, path);
		rc = -1;
	}
	if (names)
		qsort(names, n, sizeof *names, cmp_names);
	for (i = 0; i < n; i++) {
		if (rc == 0 && add_rule_file(rs, names[i]) != 0)
			rc = -1;
		free(names[i]);
	}
	free(names);
	return rc;
}

/* Apply --enable/--disable lists ("a,b,c"); 0, or -1 after a message. */
static int set_enabled(el_rules *rs, const char *list, int on)
{
	char *copy = strdup(list), *tok, *save = NULL;
	int rc = 0;

	if (!copy) {
		errorf("out of memory");
		return -1;
	}
	for (tok = strtok_r(copy, ",", &save); tok; tok = strtok_r(NULL, ",", &save))
		if (el_rules_enable(rs, tok, on) != EL_OK) {
			errorf("--%s: no rule named '%s' (see --list-rules)", on ? "enable" : "disable", tok);
			rc = -1;
		}
	free(copy);
	return rc;
}

/* Give the rules of cold and once-only code (tag cold-path) this level. */
static void set_cold_level(el_rules *rs, el_level level)
{
	size_t i, t;

	for (i = 0; i < el_rules_count(rs); i++) {
		const el_rule *rule = el_rules_at(rs, i);
		for (t = 0; t < el_rule_tag_count(rule); t++)
			if (strcmp(el_rule_tag(rule, t), "cold-path") == 0)
				el_rules_set_level(rs, el_rule_id(rule), level);
	}
}

/* --list-rules */
static void list_rules(const el_rules *rs)
{
	size_t i;

	printf("%-6s %-24s %-8s %4s  %s\n", "ID", "NAME", "LEVEL", "PRIO", "DESCRIPTION");
	for (i = 0; i < el_rules_count(rs); i++) {
		const el_rule *r = el_rules_at(rs, i);
		printf("%-6s %-24s %-8s %4d  %s%s\n", el_rule_id(r), el_rule_name(r),
		       el_level_name(el_rule_level(r)), el_rule_priority(r), el_rule_short(r),
		       el_rule_enabled(r) ? "" : " (off)");
	}
}

/* --explain=NAME */
static int explain_rule(const el_rules *rs, const char *key)
{
	const el_rule *r = el_rules_find(rs, key);
	size_t i;

	if (!r) {
		errorf("--explain: no rule named '%s' (see --list-rules)", key);
		return -1;
	}
	printf("%s %s (%s, priority %d%s)\n\n", el_rule_id(r), el_rule_name(r),
	       el_level_name(el_rule_level(r)), el_rule_priority(r),
	       el_rule_enabled(r) ? "" : ", off by default");
	printf("%s\n\n%s\n\n%s\n\n", el_rule_short(r), el_rule_full(r), el_rule_help(r));
	fputs("Tags:", stdout);
	for (i = 0; i < el_rule_tag_count(r); i++)
		printf(" %s", el_rule_tag(r, i));
	printf("\nPrecision: %s\nDefined in: %s\n", el_rule_precision(r), el_rule_source(r));
	return 0;
}

/* --test-rules: one line per failed test, a summary line. */
static void on_test(const el_rule *r, int positive, size_t index, int passed, const char *detail,
                    void *ctx)
{
	unsigned long *counts = ctx;

	counts[passed ? 0 : 1]++;
	if (!passed)
		printf("FAIL %s (%s) %s test %zu: %s\n", el_rule_name(r), el_rule_source(r),
		       positive ? "positive" : "negative", index + 1, detail);
}

static int test_rules(el_rules *rs)
{
	unsigned long counts[2] = { 0, 0 };
	long failed = el_rules_test(rs, on_test, counts);

	if (failed < 0) {
		errorf("out of memory while testing rules");
		return EXIT_TROUBLE;
	}
	printf("%lu passed, %lu failed\n", counts[0], counts[1]);
	return failed ? EXIT_FINDINGS : EXIT_CLEAN;
}

/* Apply the config file's "rules" settings; 0, or -1 after a message. */
static int apply_config_rules(el_rules *rs, const el_config *c)
{
	size_t i;

	for (i = 0; i < c->nrules; i++) {
		const el_config_rule *cr = &c->rules[i];
		el_status st = el_rules_enable(rs, cr->name, cr->enabled);
		if (st == EL_OK && cr->level >= 0)
			st = el_rules_set_level(rs, cr->name, (el_level)cr->level);
		if (st != EL_OK) {
			errorf("%s:%lu:%lu: no rule named '%s' (see --list-rules)", c->path, cr->line,
			       cr->column, cr->name);
			return -1;
		}
	}
	return 0;
}

/* See cli.h. */
el_rules *rules_load(const options *o)
{
	const char *nojit = getenv("ESCAPELINT_NO_JIT");
	el_rules *rs = el_rules_new(NULL);
	char what[4200];
	size_t k;
	int i, rc = 0;

	if (!rs) {
		errorf("out of memory");
		return NULL;
	}
	if (nojit && *nojit)
		el_rules_set_jit(rs, 0);
	if (o->defaults && el_rules_add_defaults(rs) != EL_OK) {
		errorf("built-in rules: %s", el_rules_error(rs)->message);
		rc = -1;
	}
	if (o->config)
		snprintf(what, sizeof what, "%s: rule-files:", o->config->path);
	for (k = 0; o->config && k < o->config->nrule_files && rc == 0; k++)
		rc = add_rules_path(rs, o->config->rule_files[k], what);
	for (i = 0; i < o->nrule_paths && rc == 0; i++)
		rc = add_rules_path(rs, o->rule_paths[i], "--rules");
	if (rc == 0 && o->cold != EL_LEVEL_NOTE)
		set_cold_level(rs, (el_level)o->cold);
	if (rc == 0 && o->config)
		rc = apply_config_rules(rs, o->config);
	for (i = 0; i < o->nlists && rc == 0; i++)
		rc = set_enabled(rs, o->lists[i], o->list_on[i]);
	if (rc == 0 && el_rules_count(rs) == 0 && o->mode == MODE_REPORT && !o->all) {
		errorf("no rules (--no-default-rules without --rules): use --all to list objects");
		rc = -1;
	}
	if (rc != 0) {
		el_rules_free(rs);
		return NULL;
	}
	return rs;
}

/* See cli.h. */
int rules_mode(const options *o, el_rules *rs)
{
	switch (o->mode) {
	case MODE_LIST_RULES:
		list_rules(rs);
		return EXIT_CLEAN;
	case MODE_EXPLAIN:
		return explain_rule(rs, o->explain) == 0 ? EXIT_CLEAN : EXIT_TROUBLE;
	case MODE_TEST_RULES:
		return test_rules(rs);
	default:
		return EXIT_TROUBLE;
	}
}
