/*
 * escapelint.c -- the command line: options, input files, exit codes.
 * Everything that understands compiler output lives in libescapelint;
 * this file reads bytes, wires parser -> grouper -> report, and prints
 * errors.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <limits.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "escapelint.h"

/* Exit statuses (documented in escapelint(1)). */
enum {
	EXIT_CLEAN = 0,    /* success, no finding at or above --fail-on */
	EXIT_FINDINGS = 1, /* findings at or above --fail-on; failed rule tests */
	EXIT_TROUBLE = 2   /* usage, rule, input or output error */
};

typedef enum mode {
	MODE_REPORT,
	MODE_STATS,
	MODE_DUMP,
	MODE_LIST_RULES,
	MODE_EXPLAIN,
	MODE_TEST_RULES
} mode;

static const char usage_text[] =
	"Usage: escapelint [OPTION]... [FILE]...\n"
	"Report the heap allocations in the Go compiler's escape-analysis output\n"
	"(go build -gcflags=\"-m -m\" ./... 2>&1), read from FILEs or standard input\n"
	"(when there is no FILE, or FILE is -): one finding per heap object, in its\n"
	"function, with the rule that names the pattern, the chain of steps that\n"
	"makes it escape, and a fix.\n"
	"\n"
	"Report:\n"
	"  -f, --format=FORMAT[:PATH]\n"
	"                         write FORMAT to PATH (default: standard output);\n"
	"                         repeatable, one format per file.  FORMAT: text\n"
	"                         (default), json (one finding per line), sarif\n"
	"                         (SARIF 2.1.0 for GitHub code scanning), github\n"
	"                         (Actions annotations), gcc (file:line:col: lines),\n"
	"                         markdown (a summary for job summaries)\n"
	"  -o, --output=PATH      write the one format to PATH (the format follows\n"
	"                         the extension .sarif, .json or .md when no -f);\n"
	"                         files are replaced only when the run succeeds\n"
	"      --fail-on=LEVEL    exit 1 when a finding at LEVEL or above is found\n"
	"                         (shown or not): note, warning (default), error\n"
	"                         or never\n"
	"      --min-level=LEVEL  show findings at LEVEL or above: note, warning\n"
	"                         (default) or error; hidden ones are counted\n"
	"  -v, --verbose          the same as --min-level=note\n"
	"      --cold-paths=LEVEL the level of findings on cold or once-only code\n"
	"                         (error and panic paths, package initialisation):\n"
	"                         note (default), warning or error\n"
	"      --tests            also report test code (_test.go files, example,\n"
	"                         test-helper and fuzzing packages), hidden by default\n"
	"      --all              also report objects no rule matched (unclassified\n"
	"                         notes; implies --min-level=note)\n"
	"      --srcroot=DIR      show paths relative to DIR; files outside it are\n"
	"                         external (default: the current directory)\n"
	"      --include-external report external objects too (generated code,\n"
	"                         GOROOT, module cache, vendor)\n"
	"      --color=WHEN       auto (default; off when NO_COLOR is set), always, never\n"
	"      --no-snippets      text: leave out the source line under each finding\n"
	"      --sarif-category=NAME\n"
	"                         SARIF automationDetails.id NAME/ (default escapelint;\n"
	"                         empty: leave it to the upload step)\n"
	"\n"
	"Rules:\n"
	"      --rules=PATH       add the rule file PATH, or every *.json in directory\n"
	"                         PATH (repeatable)\n"
	"      --no-default-rules leave out the built-in rules\n"
	"      --enable=NAME,...  turn rules on (by name or id)\n"
	"      --disable=NAME,... turn rules off\n"
	"      --list-rules       list the rules and exit\n"
	"      --explain=NAME     describe a rule (name or id) and exit\n"
	"      --test-rules[=PATH] run the tests embedded in the rules (and PATH's)\n"
	"\n"
	"Other modes:\n"
	"      --stats            print record counts per kind as `name: value` lines\n"
	"      --dump-records     print every parsed record as one JSON object per line\n"
	"\n"
	"  -h, --help             show this help and exit\n"
	"  -V, --version          show the version and exit\n"
	"\n"
	"Exit status: 0 no finding at or above --fail-on; 1 findings at or above it\n"
	"(or failed rule tests); 2 usage error, bad rule file, unreadable input,\n"
	"input without compiler diagnostics, or output error.  See escapelint(1)\n"
	"and escapelint-rules(5).\n";

/* Print "escapelint: MESSAGE" to stderr. */
#if defined(__GNUC__)
#define EL_FMT(f, a) __attribute__((format(printf, f, a)))
#else
#define EL_FMT(f, a)
#endif

static void errorf(const char *fmt, ...) EL_FMT(1, 2);

static void errorf(const char *fmt, ...)
{
	va_list ap;

	fputs("escapelint: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

/* el_write_fn writing to a stdio stream. */
static int write_stream(const char *buf, size_t len, void *ctx)
{
	return fwrite(buf, 1, len, ctx) == len ? 0 : -1;
}

#define KEEP_UNRECOGNIZED 3
#define MAX_OUTPUTS 16

/* One -f FORMAT[:PATH]: written to stdout, or to a temporary file beside
 * PATH that replaces PATH only when the whole run succeeded. */
typedef struct output {
	el_format format;
	const char *path;        /* NULL: standard output */
	char *tmp;               /* the temporary file, while open */
	FILE *fp;
	el_report *report;
} output;

/* Per-run state shared by the callbacks. */
typedef struct run {
	mode mode;
	el_grouper *grouper;
	el_rules *rules;
	output outs[MAX_OUTPUTS];
	int nouts;
	int all;                 /* --all: unclassified objects too */
	unsigned long long unclassified;
	int write_failed;
	el_status report_status;
	el_stats total;
	const char *input_name;  /* the input being read */
	/* the first unrecognized lines, to show when nothing was recognized */
	char *unrecognized[KEEP_UNRECOGNIZED];
	int nunrecognized;
} run;

/* Keep a copy of an unrecognized line (the first few), as NAME:LINE: TEXT. */
static void keep_unrecognized(run *r, const el_record *rec)
{
	size_t n = rec->text.len < 200 ? rec->text.len : 200, i, head;
	char *copy;

	if (r->nunrecognized >= KEEP_UNRECOGNIZED)
		return;
	head = strlen(r->input_name) + 24;
	if ((copy = malloc(head + n + 1)) == NULL)
		return;
	head = (size_t)snprintf(copy, head, "%s:%lu: ", r->input_name, rec->line);
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)rec->text.ptr[i];
		copy[head + i] = c < 0x20 || c == 0x7f ? '?' : (char)c;
	}
	copy[head + n] = '\0';
	r->unrecognized[r->nunrecognized++] = copy;
}

/* Parser callback: dump, or pass the record to the grouper. */
static int on_record(const el_record *rec, void *ctx)
{
	run *r = ctx;

	if (r->mode == MODE_DUMP) {
		if (el_record_write_json(rec, write_stream, stdout) != EL_OK) {
			r->write_failed = 1;
			return 1;
		}
		return 0;
	}
	if (rec->kind == EL_REC_UNRECOGNIZED && (rec->flags & EL_F_HAS_POS))
		keep_unrecognized(r, rec);
	if (r->mode == MODE_REPORT && el_grouper_add(r->grouper, rec) != EL_OK)
		return 1;
	return 0;
}

/* Grouper callback: match the rules and write the finding to every output. */
static int on_object(const el_object *obj, void *ctx)
{
	run *r = ctx;
	el_finding f;
	int i;

	if (!el_rules_match(r->rules, obj, &f)) {
		r->unclassified++;
		if (!r->all)
			return 0;
	}
	for (i = 0; i < r->nouts; i++) {
		r->report_status = el_report_finding(r->outs[i].report, &f);
		if (r->report_status == EL_ERR_IO)
			r->write_failed = 1;
		if (r->report_status != EL_OK)
			return 1;
	}
	return 0;
}

/* Add one parser's counters to the run's totals. */
static void add_stats(el_stats *total, const el_stats *s)
{
	int k;

	total->bytes += s->bytes;
	total->lines += s->lines;
	total->records += s->records;
	for (k = 0; k < EL_REC__COUNT; k++)
		total->kinds[k] += s->kinds[k];
}

/* Report a library error that happened while reading name. */
static void report_failure(run *r, const char *name, el_parser *p)
{
	const el_error *e = el_parser_error(p);

	if (r->write_failed)
		return;
	if (e->status == EL_ERR_STOPPED && r->grouper &&
	    el_grouper_error(r->grouper)->status != EL_OK)
		e = el_grouper_error(r->grouper);
	if (e->status == EL_ERR_STOPPED && r->report_status != EL_OK)
		errorf("%s: %s", name, el_status_string(r->report_status));
	else if (e->line)
		errorf("%s:%lu: %s", name, e->line, e->message);
	else
		errorf("%s: %s", name, e->message);
}

/* Parse one input (path "-" is stdin); 0 on success, -1 after a message. */
static int parse_input(run *r, const char *path)
{
	static char buf[1 << 16];
	int is_stdin = strcmp(path, "-") == 0;
	const char *name = is_stdin ? "<stdin>" : path;
	int fd = is_stdin ? STDIN_FILENO : open(path, O_RDONLY);
	el_parser *p;
	el_status st = EL_OK;
	ssize_t n;
	int rc = 0;

	if (fd < 0) {
		errorf("%s: %s", name, strerror(errno));
		return -1;
	}
	r->input_name = name;
	p = el_parser_new(on_record, r, NULL);
	if (!p) {
		errorf("%s: out of memory", name);
		if (!is_stdin)
			close(fd);
		return -1;
	}
	while (st == EL_OK) {
		n = read(fd, buf, sizeof buf);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			errorf("%s: %s", name, strerror(errno));
			rc = -1;
			break;
		}
		if (n == 0) {
			st = el_parser_finish(p);
			if (st == EL_OK && r->grouper)
				st = el_grouper_finish(r->grouper);
			break;
		}
		st = el_parser_feed(p, buf, (size_t)n);
	}
	if (st != EL_OK) {
		report_failure(r, name, p);
		rc = -1;
	}
	add_stats(&r->total, el_parser_stats(p));
	el_parser_free(p);
	if (!is_stdin)
		close(fd);
	return rc;
}

/* Print the --stats report. */
static void print_stats(const el_stats *s)
{
	int k;

	printf("lines: %llu\n", s->lines);
	printf("bytes: %llu\n", s->bytes);
	printf("records: %llu\n", s->records);
	for (k = 0; k < EL_REC__COUNT; k++)
		printf("%s: %llu\n", el_kind_name((el_kind)k), s->kinds[k]);
}

/* Explain input without a single compiler diagnostic. */
static void explain_empty(const run *r)
{
	int i;

	errorf("no Go compiler diagnostics in the input (%llu lines read)", r->total.lines);
	fputs("Likely causes:\n"
	      "  - go build ran without -gcflags=\"-m -m\" (or with a different -gcflags);\n"
	      "  - the -gcflags applied to other packages than the ones built: flags\n"
	      "    without a pattern apply only to the packages named on the command line;\n"
	      "    use -gcflags=\"./...=-m -m\" or name the packages;\n"
	      "  - the build failed before escape analysis ran;\n"
	      "  - only stdout was captured: the compiler writes to stderr (use 2>&1).\n",
	      stderr);
	if (r->nunrecognized) {
		fputs("The input starts with lines such as:\n", stderr);
		for (i = 0; i < r->nunrecognized; i++)
			fprintf(stderr, "  %s\n", r->unrecognized[i]);
	}
}

/* Flush stdout and report a write error (full disk, closed pipe). */
static int finish_output(void)
{
	if (fflush(stdout) != 0 || ferror(stdout)) {
		errorf("error writing standard output: %s", strerror(errno));
		return -1;
	}
	return 0;
}

/* Does the terminal get colour under --color=WHEN? -1 for a bad WHEN. */
static int want_color(const char *when)
{
	const char *no = getenv("NO_COLOR"), *term = getenv("TERM");

	if (strcmp(when, "always") == 0)
		return 1;
	if (strcmp(when, "never") == 0)
		return 0;
	if (strcmp(when, "auto") != 0)
		return -1;
	return isatty(STDOUT_FILENO) && !(no && *no) && !(term && strcmp(term, "dumb") == 0);
}

/* Check that dir is a directory; 0, or -1 after a message. */
static int check_dir(const char *dir, const char *what)
{
	struct stat st;

	if (stat(dir, &st) != 0) {
		errorf("%s %s: %s", what, dir, strerror(errno));
		return -1;
	}
	if (!S_ISDIR(st.st_mode)) {
		errorf("%s %s: not a directory", what, dir);
		return -1;
	}
	return 0;
}

/* ------------------------------------------------------------------ */
/* Rules                                                              */
/* ------------------------------------------------------------------ */

/* Read a whole file (caller frees); NULL after a message. */
static char *read_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *buf = NULL, *p;
	size_t cap = 0, n = 0, got;

	if (!f) {
		errorf("%s: %s", path, strerror(errno));
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
	} while (got > 0);
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

/* Add a rule file, or every *.json of a directory in name order. */
static int add_rules_path(el_rules *rs, const char *path)
{
	struct stat st;
	DIR *d;
	struct dirent *e;
	char **names = NULL;
	size_t n = 0, i;
	int rc = 0;

	if (stat(path, &st) != 0) {
		errorf("--rules %s: %s", path, strerror(errno));
		return -1;
	}
	if (!S_ISDIR(st.st_mode))
		return add_rule_file(rs, path);
	if ((d = opendir(path)) == NULL) {
		errorf("--rules %s: %s", path, strerror(errno));
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
		errorf("--rules %s: no *.json rule files in this directory", path);
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

/* ------------------------------------------------------------------ */
/* Outputs                                                            */
/* ------------------------------------------------------------------ */

/* Temporary files still open, removed if a signal ends the run. */
static char *volatile pending_tmp[MAX_OUTPUTS];

static void on_fatal_signal(int sig)
{
	int i;

	for (i = 0; i < MAX_OUTPUTS; i++)
		if (pending_tmp[i])
			unlink(pending_tmp[i]);
	signal(sig, SIG_DFL);
	raise(sig);
}

/* The format an -o PATH implies by its extension. */
static el_format format_for_path(const char *path)
{
	const char *dot = strrchr(path, '.');

	if (dot && strchr(dot, '/') == NULL) {
		if (strcmp(dot, ".sarif") == 0)
			return EL_FMT_SARIF;
		if (strcmp(dot, ".json") == 0 || strcmp(dot, ".jsonl") == 0)
			return EL_FMT_JSON;
		if (strcmp(dot, ".md") == 0)
			return EL_FMT_MARKDOWN;
	}
	return EL_FMT_TEXT;
}

/* Open a temporary file beside o->path; 0, or -1 after a message. */
static int open_tmp(output *o, int slot)
{
	const char *slash = strrchr(o->path, '/');
	size_t dirlen = slash ? (size_t)(slash - o->path) + 1 : 0;
	const char *base = o->path + dirlen;
	mode_t mask;
	int fd;

	o->tmp = malloc(strlen(o->path) + 16);
	if (!o->tmp) {
		errorf("out of memory");
		return -1;
	}
	sprintf(o->tmp, "%.*s.%s.XXXXXX", (int)dirlen, o->path, base);
	fd = mkstemp(o->tmp);
	if (fd < 0) {
		errorf("cannot write %s: %s", o->path, strerror(errno));
		free(o->tmp);
		o->tmp = NULL;
		return -1;
	}
	mask = umask(0);
	umask(mask);
	if (fchmod(fd, 0666 & ~mask) != 0 || (o->fp = fdopen(fd, "w")) == NULL) {
		errorf("cannot write %s: %s", o->path, strerror(errno));
		close(fd);
		unlink(o->tmp);
		free(o->tmp);
		o->tmp = NULL;
		return -1;
	}
	pending_tmp[slot] = o->tmp;
	return 0;
}

/* Create every output's stream and report; 0, or -1 after a message. */
static int open_outputs(run *r, const el_report_options *base, int color, int color_always)
{
	int i;

	signal(SIGINT, on_fatal_signal);
	signal(SIGTERM, on_fatal_signal);
	signal(SIGHUP, on_fatal_signal);
	for (i = 0; i < r->nouts; i++) {
		output *o = &r->outs[i];
		el_report_options ro = *base;
		if (o->path && open_tmp(o, i) != 0)
			return -1;
		if (!o->path)
			o->fp = stdout;
		ro.format = o->format;
		ro.color = o->format != EL_FMT_TEXT ? 0 : o->path ? color_always : color;
		o->report = el_report_new(&ro, write_stream, o->fp, NULL);
		if (!o->report) {
			errorf("out of memory");
			return -1;
		}
	}
	return 0;
}

/* Replace each PATH by its finished temporary file when keep is set,
 * otherwise remove the temporary files; 0, or -1 after a message. */
static int close_outputs(run *r, int keep)
{
	int i, rc = 0;

	for (i = 0; i < r->nouts; i++) {
		output *o = &r->outs[i];
		if (!o->tmp)
			continue;
		if (keep && (fflush(o->fp) != 0 || ferror(o->fp) || fsync(fileno(o->fp)) != 0)) {
			errorf("error writing %s: %s", o->path, strerror(errno));
			keep = 0;
			rc = -1;
		}
		if (fclose(o->fp) != 0 && keep) {
			errorf("error writing %s: %s", o->path, strerror(errno));
			keep = 0;
			rc = -1;
		}
		o->fp = NULL;
	}
	for (i = 0; i < r->nouts; i++) {
		output *o = &r->outs[i];
		if (!o->tmp)
			continue;
		if (keep && rename(o->tmp, o->path) != 0) {
			errorf("cannot replace %s: %s", o->path, strerror(errno));
			rc = -1;
			keep = 0;
		}
		if (!keep) {
			unlink(o->tmp);
			errorf("%s not written", o->path);
		}
		pending_tmp[i] = NULL;
		free(o->tmp);
		o->tmp = NULL;
	}
	return rc;
}

/* Tell every output about the run (SARIF notifications, markdown). */
static void notify(run *r, el_level level, const char *id, const char *fmt, ...) EL_FMT(4, 5);

static void notify(run *r, el_level level, const char *id, const char *fmt, ...)
{
	char msg[512];
	va_list ap;
	int i;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	for (i = 0; i < r->nouts; i++)
		if (el_report_notify(r->outs[i].report, level, id, msg) != EL_OK)
			r->write_failed = 1;
}

/* Run the report over the inputs; returns the exit status. */
static int run_report(run *r, const el_report_options *base, int color, int color_always,
                      const char *srcroot,
                      const char **files, int nfiles, el_level fail_on)
{
	el_group_options go = { 0 };
	el_report_options ro = *base;
	char *cwd = getcwd(NULL, 0);
	int status = EXIT_CLEAN, i, lv;
	const el_group_stats *gs;

	if (!cwd) {
		errorf("cannot get the current directory: %s", strerror(errno));
		return EXIT_TROUBLE;
	}
	if (check_dir(srcroot, "--srcroot") != 0) {
		free(cwd);
		return EXIT_TROUBLE;
	}
	go.srcroot = srcroot;  /* relative: to the current directory */
	go.cwd = cwd;          /* relative file names: from where go build ran */
	go.read_sources = 1;
	ro.srcroot = srcroot;
	ro.cwd = cwd;
	ro.read_sources = 1;
	ro.rules = r->rules;
	ro.unclassified = r->all;
	r->grouper = el_grouper_new(&go, on_object, r, NULL);
	if (!r->grouper) {
		free(cwd);
		errorf("out of memory");
		return EXIT_TROUBLE;
	}
	if (open_outputs(r, &ro, color, color_always) != 0) {
		free(cwd);
		close_outputs(r, 0);
		return EXIT_TROUBLE;
	}
	free(cwd);
	for (i = 0; i < nfiles && !r->write_failed; i++)
		if (parse_input(r, files[i]) != 0)
			status = EXIT_TROUBLE;
	gs = el_grouper_stats(r->grouper);
	if (status == EXIT_CLEAN && gs->diagnostics == 0) {
		explain_empty(r);
		close_outputs(r, 0);
		return EXIT_TROUBLE;
	}
	if (status == EXIT_CLEAN && gs->chains == 0 && gs->verdicts > 0) {
		errorf("note: the input has no escape explanations (it looks like -m output); "
		       "build with -gcflags=\"-m -m\" to see why each object escapes");
		notify(r, EL_LEVEL_WARNING, "no-explanations",
		       "the input has no escape explanations (it looks like -m output): build with "
		       "-gcflags=\"-m -m\" to see why each object escapes");
	}
	if (gs->unrecognized > 0 && status == EXIT_CLEAN) {
		errorf("note: %llu input lines were not compiler diagnostics (see --dump-records)",
		       gs->unrecognized);
		notify(r, EL_LEVEL_NOTE, "unrecognized-lines",
		       "%llu input lines were not compiler diagnostics%s%s", gs->unrecognized,
		       r->nunrecognized ? "; the first: " : "",
		       r->nunrecognized ? r->unrecognized[0] : "");
	}
	if (el_rules_limit_hits(r->rules)) {
		errorf("note: rule patterns hit their match limit %llu times (treated as no match)",
		       el_rules_limit_hits(r->rules));
		notify(r, EL_LEVEL_WARNING, "match-limit",
		       "rule patterns hit their match limit %llu times (treated as no match)",
		       el_rules_limit_hits(r->rules));
	}
	for (i = 0; i < r->nouts && !r->write_failed; i++)
		if (el_report_finish(r->outs[i].report, gs) != EL_OK)
			r->write_failed = 1;
	if (r->write_failed && r->report_status != EL_ERR_IO && r->report_status != EL_OK)
		errorf("%s", el_status_string(r->report_status));
	if (status == EXIT_CLEAN && fail_on != EL_LEVEL_NONE)
		for (lv = fail_on; lv <= EL_LEVEL_ERROR; lv++)
			if (el_report_level_count(r->outs[0].report, (el_level)lv) ||
			    el_report_below_count(r->outs[0].report, (el_level)lv))
				status = EXIT_FINDINGS;
	if (status == EXIT_TROUBLE && r->nouts && !r->write_failed)
		errorf("note: output files are not replaced after an input error");
	if (close_outputs(r, status != EXIT_TROUBLE && !r->write_failed) != 0)
		status = EXIT_TROUBLE;
	return status;
}

/* Parse -f FORMAT[:PATH] into r's outputs; 0, or -1 after a message. */
static int add_output(run *r, const char *arg)
{
	const char *colon = strchr(arg, ':');
	size_t n = colon ? (size_t)(colon - arg) : strlen(arg);
	char name[16];
	int f;

	if (r->nouts == MAX_OUTPUTS) {
		errorf("too many -f options (at most %d)", MAX_OUTPUTS);
		return -1;
	}
	if (n >= sizeof name || (memcpy(name, arg, n), name[n] = '\0', (f = el_format_from_name(name)) < 0)) {
		errorf("unknown format '%.*s' (text, json, sarif, github, gcc, markdown)", (int)n, arg);
		return -1;
	}
	if (colon && colon[1] == '\0') {
		errorf("-f %s: empty file name after ':'", arg);
		return -1;
	}
	r->outs[r->nouts].format = (el_format)f;
	r->outs[r->nouts].path = colon && strcmp(colon + 1, "-") != 0 ? colon + 1 : NULL;
	r->nouts++;
	return 0;
}

/* Apply -o and check the outputs: one per file, one on standard output. */
static int settle_outputs(run *r, const char *opath)
{
	int i, j, without = -1, nstdout = 0;

	if (opath) {
		for (i = 0; i < r->nouts; i++)
			if (!r->outs[i].path) {
				if (without >= 0) {
					errorf("-o names one file, and several -f have no PATH: "
					       "use -f FORMAT:PATH for each");
					return -1;
				}
				without = i;
			}
		if (without < 0) {
			if (r->nouts) {
				errorf("-o %s: every -f already names its file", opath);
				return -1;
			}
			r->outs[0].format = format_for_path(opath);
			without = r->nouts++;
		}
		r->outs[without].path = strcmp(opath, "-") != 0 ? opath : NULL;
	}
	if (r->nouts == 0) {
		r->outs[0].format = EL_FMT_TEXT;
		r->nouts = 1;
	}
	for (i = 0; i < r->nouts; i++) {
		if (!r->outs[i].path && ++nstdout > 1) {
			errorf("only one format can go to standard output: give the others a file "
			       "(-f FORMAT:PATH)");
			return -1;
		}
		for (j = 0; j < i; j++)
			if (r->outs[i].path && r->outs[j].path && strcmp(r->outs[i].path, r->outs[j].path) == 0) {
				errorf("%s is named by two -f options", r->outs[i].path);
				return -1;
			}
	}
	return 0;
}

/* A --fail-on level; -1 for a bad word. */
static int parse_level(const char *w)
{
	if (strcmp(w, "note") == 0)
		return EL_LEVEL_NOTE;
	if (strcmp(w, "warning") == 0)
		return EL_LEVEL_WARNING;
	if (strcmp(w, "error") == 0)
		return EL_LEVEL_ERROR;
	if (strcmp(w, "never") == 0)
		return EL_LEVEL_NONE;
	return -1;
}

/* The level given to option opt (never only when allowed); -1 after a
 * message when arg is not one. */
static int level_option(const char *opt, const char *arg, int allow_never)
{
	int lv = parse_level(arg);

	if (lv < 0 || (lv == EL_LEVEL_NONE && !allow_never)) {
		errorf("%s takes %s, not '%s'", opt,
		       allow_never ? "note, warning, error or never" : "note, warning or error", arg);
		return -1;
	}
	return lv;
}

#define MAX_LISTS 64

int main(int argc, char **argv)
{
	enum {
		OPT_STATS = 256, OPT_DUMP, OPT_SRCROOT, OPT_EXTERNAL, OPT_COLOR, OPT_RULES,
		OPT_NO_DEFAULT, OPT_ENABLE, OPT_DISABLE, OPT_LIST, OPT_EXPLAIN, OPT_TEST,
		OPT_ALL, OPT_FAIL_ON, OPT_NO_SNIPPETS, OPT_CATEGORY, OPT_MIN_LEVEL, OPT_TESTS,
		OPT_COLD
	};
	static const struct option longopts[] = {
		{ "format", required_argument, NULL, 'f' },
		{ "output", required_argument, NULL, 'o' },
		{ "no-snippets", no_argument, NULL, OPT_NO_SNIPPETS },
		{ "sarif-category", required_argument, NULL, OPT_CATEGORY },
		{ "srcroot", required_argument, NULL, OPT_SRCROOT },
		{ "include-external", no_argument, NULL, OPT_EXTERNAL },
		{ "color", required_argument, NULL, OPT_COLOR },
		{ "rules", required_argument, NULL, OPT_RULES },
		{ "no-default-rules", no_argument, NULL, OPT_NO_DEFAULT },
		{ "enable", required_argument, NULL, OPT_ENABLE },
		{ "disable", required_argument, NULL, OPT_DISABLE },
		{ "list-rules", no_argument, NULL, OPT_LIST },
		{ "explain", required_argument, NULL, OPT_EXPLAIN },
		{ "test-rules", optional_argument, NULL, OPT_TEST },
		{ "all", no_argument, NULL, OPT_ALL },
		{ "fail-on", required_argument, NULL, OPT_FAIL_ON },
		{ "min-level", required_argument, NULL, OPT_MIN_LEVEL },
		{ "verbose", no_argument, NULL, 'v' },
		{ "tests", no_argument, NULL, OPT_TESTS },
		{ "cold-paths", required_argument, NULL, OPT_COLD },
		{ "stats", no_argument, NULL, OPT_STATS },
		{ "dump-records", no_argument, NULL, OPT_DUMP },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 },
	};
	static const char *stdin_only[] = { "-" };
	el_report_options ro;
	const char *srcroot = ".", *color_when = "auto", *explain = NULL, *opath = NULL;
	char category[256] = "escapelint/";
	const char *rule_paths[MAX_LISTS], *lists[MAX_LISTS];
	int list_on[MAX_LISTS], nrule_paths = 0, nlists = 0, defaults = 1;
	el_level fail_on = EL_LEVEL_WARNING, cold = EL_LEVEL_NOTE;
	int min_level = -1;
	const char **files;
	int c, i, lv, nfiles, status = EXIT_CLEAN, mode_set = 0;
	run r;

	memset(&r, 0, sizeof r);
	memset(&ro, 0, sizeof ro);
	ro.snippets = 1;
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":f:o:vhV", longopts, NULL)) != -1) {
		mode m = MODE_REPORT;
		switch (c) {
		case OPT_STATS:
		case OPT_DUMP:
		case OPT_LIST:
		case OPT_EXPLAIN:
		case OPT_TEST:
			m = c == OPT_STATS ? MODE_STATS
			    : c == OPT_DUMP ? MODE_DUMP
			    : c == OPT_LIST ? MODE_LIST_RULES
			    : c == OPT_EXPLAIN ? MODE_EXPLAIN
			                       : MODE_TEST_RULES;
			if (mode_set && r.mode != m) {
				errorf("%s cannot be combined with another mode", argv[optind - 1]);
				return EXIT_TROUBLE;
			}
			r.mode = m;
			mode_set = 1;
			if (c == OPT_EXPLAIN)
				explain = optarg;
			if (c == OPT_TEST && optarg && nrule_paths < MAX_LISTS)
				rule_paths[nrule_paths++] = optarg;
			break;
		case 'f':
			if (add_output(&r, optarg) != 0)
				return EXIT_TROUBLE;
			break;
		case 'o':
			if (opath) {
				errorf("-o given twice: use -f FORMAT:PATH for each file");
				return EXIT_TROUBLE;
			}
			opath = optarg;
			break;
		case OPT_NO_SNIPPETS:
			ro.snippets = 0;
			break;
		case OPT_CATEGORY:
			if (strlen(optarg) + 2 > sizeof category) {
				errorf("--sarif-category: too long");
				return EXIT_TROUBLE;
			}
			snprintf(category, sizeof category, "%s%s", optarg,
			         *optarg && optarg[strlen(optarg) - 1] != '/' ? "/" : "");
			break;
		case OPT_SRCROOT:
			srcroot = optarg;
			break;
		case OPT_EXTERNAL:
			ro.include_external = 1;
			break;
		case OPT_COLOR:
			color_when = optarg;
			break;
		case OPT_RULES:
			if (nrule_paths == MAX_LISTS) {
				errorf("too many --rules");
				return EXIT_TROUBLE;
			}
			rule_paths[nrule_paths++] = optarg;
			break;
		case OPT_NO_DEFAULT:
			defaults = 0;
			break;
		case OPT_ENABLE:
		case OPT_DISABLE:
			if (nlists == MAX_LISTS) {
				errorf("too many --enable/--disable");
				return EXIT_TROUBLE;
			}
			list_on[nlists] = c == OPT_ENABLE;
			lists[nlists++] = optarg;
			break;
		case OPT_ALL:
			r.all = 1;
			break;
		case OPT_FAIL_ON:
			if ((lv = level_option("--fail-on", optarg, 1)) < 0)
				return EXIT_TROUBLE;
			fail_on = (el_level)lv;
			break;
		case OPT_MIN_LEVEL:
			if ((min_level = level_option("--min-level", optarg, 0)) < 0)
				return EXIT_TROUBLE;
			break;
		case 'v':
			min_level = EL_LEVEL_NOTE;
			break;
		case OPT_TESTS:
			ro.include_tests = 1;
			break;
		case OPT_COLD:
			if ((lv = level_option("--cold-paths", optarg, 0)) < 0)
				return EXIT_TROUBLE;
			cold = (el_level)lv;
			break;
		case 'h':
			fputs(usage_text, stdout);
			return finish_output() == 0 ? EXIT_CLEAN : EXIT_TROUBLE;
		case 'V':
			printf("escapelint %s\n", el_version());
			return finish_output() == 0 ? EXIT_CLEAN : EXIT_TROUBLE;
		case ':':
			errorf("option %s needs a value", argv[optind - 1]);
			fputs("Try 'escapelint --help'.\n", stderr);
			return EXIT_TROUBLE;
		default:
			if (optopt)
				errorf("unknown option -%c", optopt);
			else
				errorf("unknown option %s", argv[optind - 1]);
			fputs("Try 'escapelint --help'.\n", stderr);
			return EXIT_TROUBLE;
		}
	}
	ro.color = want_color(color_when);
	ro.automation_id = category;
	/* notes only on request (--all lists unclassified notes, so it asks) */
	ro.min_level = min_level > 0 ? (el_level)min_level : r.all ? EL_LEVEL_NOTE : EL_LEVEL_WARNING;
	if (ro.color < 0) {
		errorf("--color takes auto, always or never, not '%s'", color_when);
		return EXIT_TROUBLE;
	}
	if (settle_outputs(&r, opath) != 0)
		return EXIT_TROUBLE;
	files = optind < argc ? (const char **)argv + optind : stdin_only;
	nfiles = optind < argc ? argc - optind : 1;

	/* the rules: defaults, --rules, then --enable/--disable in order */
	if (r.mode == MODE_REPORT || r.mode == MODE_LIST_RULES || r.mode == MODE_EXPLAIN ||
	    r.mode == MODE_TEST_RULES) {
		const char *nojit = getenv("ESCAPELINT_NO_JIT");
		r.rules = el_rules_new(NULL);
		if (!r.rules) {
			errorf("out of memory");
			return EXIT_TROUBLE;
		}
		if (nojit && *nojit)
			el_rules_set_jit(r.rules, 0);
		if (defaults && el_rules_add_defaults(r.rules) != EL_OK) {
			errorf("built-in rules: %s", el_rules_error(r.rules)->message);
			status = EXIT_TROUBLE;
		}
		for (i = 0; i < nrule_paths && status == EXIT_CLEAN; i++)
			if (add_rules_path(r.rules, rule_paths[i]) != 0)
				status = EXIT_TROUBLE;
		for (i = 0; i < nlists && status == EXIT_CLEAN; i++)
			if (set_enabled(r.rules, lists[i], list_on[i]) != 0)
				status = EXIT_TROUBLE;
		if (cold != EL_LEVEL_NOTE)
			set_cold_level(r.rules, cold);
		if (status == EXIT_CLEAN && el_rules_count(r.rules) == 0 && r.mode == MODE_REPORT &&
		    !r.all) {
			errorf("no rules (--no-default-rules without --rules): use --all to list objects");
			status = EXIT_TROUBLE;
		}
	}
	if (status != EXIT_CLEAN) {
		el_rules_free(r.rules);
		return status;
	}
	switch (r.mode) {
	case MODE_REPORT:
		status = run_report(&r, &ro, ro.color, strcmp(color_when, "always") == 0, srcroot,
		                    files, nfiles, fail_on);
		break;
	case MODE_LIST_RULES:
		list_rules(r.rules);
		break;
	case MODE_EXPLAIN:
		if (explain_rule(r.rules, explain) != 0)
			status = EXIT_TROUBLE;
		break;
	case MODE_TEST_RULES:
		status = test_rules(r.rules);
		break;
	case MODE_STATS:
	case MODE_DUMP:
		for (i = 0; i < nfiles && !r.write_failed; i++)
			if (parse_input(&r, files[i]) != 0)
				status = EXIT_TROUBLE;
		if (r.mode == MODE_STATS)
			print_stats(&r.total);
		break;
	}
	if (finish_output() != 0 || r.write_failed)
		status = EXIT_TROUBLE;
	for (i = 0; i < r.nouts; i++)
		el_report_free(r.outs[i].report);
	el_grouper_free(r.grouper);
	el_rules_free(r.rules);
	for (i = 0; i < r.nunrecognized; i++)
		free(r.unrecognized[i]);
	return status;
}
