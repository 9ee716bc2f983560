/*
 * pipeline.c -- bytes in, findings out: the parser feeds the grouper, the
 * grouper's objects are matched against the rules, filtered, and written
 * to every output; at the end the summaries and the exit status.  Used by
 * the default subcommand (logs) and by `escapelint go` (go's output).
 */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"

/* Unrecognized lines kept for "no diagnostics" explanations. */
#define KEEP_UNRECOGNIZED 3
/* Lines that are not diagnostics kept for a failed build's messages. */
#define KEEP_OTHER_LINES 200
#define KEEP_OTHER_BYTES (64 * 1024)

struct pipeline {
	options *o;
	el_rules *rules;
	el_grouper *grouper;
	unsigned long long unclassified;
	unsigned long long filtered;   /* objects left out by --include/--exclude/--packages */
	int write_failed;
	el_status report_status;
	el_stats total;
	const char *input_name;  /* the input being read */
	/* the first unrecognized lines, to show when nothing was recognized */
	char *unrecognized[KEEP_UNRECOGNIZED];
	int nunrecognized;
	/* lines that are not diagnostics (go's own messages), bounded */
	char *other[KEEP_OTHER_LINES];
	size_t nother, other_bytes;
	char last_package[256];  /* the `# pkg` header before them */
	int package_kept;
	/* only --stats / --dump-records */
	mode mode;
	int quiet;                     /* no outputs (a diff's base) */
	int build;                     /* PIPE_BUILD */
	el_fingerprinter *fp;
	el_baseline *baseline;         /* --baseline */
	unsigned long long baselined;  /* findings it covered */
	el_baseline_writer *writer;    /* --write-baseline */
	pipeline_hook hook;
	void *hook_ctx;
	int hook_failed;
	el_logopt *logopt;             /* the logopt reader feeding the parser, or NULL */
	int version_set;               /* the grouper was told the release */
	/* go -json: packages with a build-fail event (the first few kept) */
	size_t build_failed;
	char failed[5][256];
};

volatile sig_atomic_t cli_interrupted;

/* See cli.h. */
void errorf(const char *fmt, ...)
{
	va_list ap;

	fputs("escapelint: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

/* The errno of the first failed write to standard output, and of the
 * first to any other stream (0: none). */
static int stdout_errno, stream_errno;

/* See cli.h. */
int write_stream(const char *buf, size_t len, void *ctx)
{
	if (fwrite(buf, 1, len, ctx) == len)
		return 0;
	if (ctx == stdout && !stdout_errno)
		stdout_errno = errno ? errno : EIO;
	else if (ctx != stdout && !stream_errno)
		stream_errno = errno ? errno : EIO;
	return -1;
}

/* See cli.h. */
int write_errno(void)
{
	return stream_errno;
}

/* See cli.h. */
int finish_output(void)
{
	errno = 0;
	if (fflush(stdout) != 0 || ferror(stdout)) {
		int e = stdout_errno ? stdout_errno : errno ? errno : EIO;
		errorf("error writing standard output: %s", strerror(e));
		return -1;
	}
	return 0;
}

/* A copy of text with control bytes shown as '?' (at most max bytes), or
 * NULL when out of memory. */
static char *printable(const char *head, const char *text, size_t n, size_t max)
{
	size_t h = strlen(head), i;
	char *copy;

	if (n > max)
		n = max;
	if ((copy = malloc(h + n + 1)) == NULL)
		return NULL;
	memcpy(copy, head, h);
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)text[i];
		copy[h + i] = c < 0x20 || c == 0x7f ? '?' : (char)c;
	}
	copy[h + n] = '\0';
	return copy;
}

/* Keep a copy of an unrecognized line (the first few), as NAME:LINE: TEXT. */
static void keep_unrecognized(pipeline *p, const el_record *rec)
{
	char head[512];

	if (p->nunrecognized >= KEEP_UNRECOGNIZED)
		return;
	snprintf(head, sizeof head, "%s:%lu: ", p->input_name, rec->line);
	p->unrecognized[p->nunrecognized] = printable(head, rec->text.ptr, rec->text.len, 200);
	if (p->unrecognized[p->nunrecognized])
		p->nunrecognized++;
}

/* Keep one line that is not a diagnostic (go's own messages). */
static void keep_other(pipeline *p, const char *head, el_str text)
{
	char *copy;

	if (p->nother >= KEEP_OTHER_LINES || p->other_bytes > KEEP_OTHER_BYTES)
		return;
	if ((copy = printable(head, text.ptr, text.len, 1000)) == NULL)
		return;
	p->other_bytes += strlen(copy);
	p->other[p->nother++] = copy;
}

/* Remember go's messages: every unrecognized line, after its `# pkg`. */
static void note_other(pipeline *p, const el_record *rec)
{
	char head[512];

	if (rec->kind == EL_REC_PACKAGE) {
		el_str name = rec->as.package.name, variant = rec->as.package.variant;
		snprintf(head, sizeof head, "# %.*s%s%.*s%s", (int)(name.len < 200 ? name.len : 200),
		         name.ptr, variant.len ? " [" : "", (int)(variant.len < 40 ? variant.len : 40),
		         variant.ptr, variant.len ? "]" : "");
		snprintf(p->last_package, sizeof p->last_package, "%s", head);
		p->package_kept = 0;
		return;
	}
	if (rec->kind != EL_REC_UNRECOGNIZED)
		return;
	if (!p->package_kept && p->last_package[0]) {
		el_str none = { "", 0 };
		keep_other(p, p->last_package, none);
		p->package_kept = 1;
	}
	if (rec->flags & EL_F_HAS_POS)
		snprintf(head, sizeof head, "%.*s:%lu:%lu:",
		         (int)(rec->pos.file.len < 400 ? rec->pos.file.len : 400), rec->pos.file.ptr,
		         rec->pos.line, rec->pos.col);
	else
		head[0] = '\0';
	keep_other(p, head, rec->text);
}

/* Parser callback: dump, or pass the record to the grouper. */
static int on_record(const el_record *rec, void *ctx)
{
	pipeline *p = ctx;

	if (p->mode == MODE_DUMP) {
		if (el_record_write_json(rec, write_stream, stdout) != EL_OK) {
			p->write_failed = 1;
			return 1;
		}
		return 0;
	}
	if (p->logopt && p->grouper && !p->version_set && !p->o->go_version &&
	    el_logopt_gc_version(p->logopt)) {
		/* the header came before its diagnostics */
		el_grouper_set_go_version(p->grouper, el_logopt_gc_version(p->logopt),
		                          "the logopt header's gc_version");
		p->version_set = 1;
	}
	if (rec->kind == EL_REC_UNRECOGNIZED && (rec->flags & EL_F_HAS_POS))
		keep_unrecognized(p, rec);
	note_other(p, rec);
	if (p->grouper && el_grouper_add(p->grouper, rec) != EL_OK)
		return 1;
	return 0;
}

/* A copy of s as a C string in buf (cut at its size). */
static const char *cstr(el_str s, char *buf, size_t size)
{
	size_t n = s.len < size - 1 ? s.len : size - 1;

	memcpy(buf, s.ptr, n);
	buf[n] = '\0';
	return buf;
}

/* Is obj left out by --include, --exclude or --packages? */
static int filtered_out(const options *o, const el_object *obj)
{
	char path[4096], pkg[1024];
	int i, in;

	if (o->ninclude || o->nexclude) {
		cstr(obj->path.len ? obj->path : obj->pos.file, path, sizeof path);
		for (i = 0, in = o->ninclude == 0; i < o->ninclude && !in; i++)
			in = el_glob_match(o->include[i], path);
		if (!in)
			return 1;
		for (i = 0; i < o->nexclude; i++)
			if (el_glob_match(o->exclude[i], path))
				return 1;
	}
	if (o->npackages) {
		cstr(obj->package, pkg, sizeof pkg);
		for (i = 0; i < o->npackages; i++)
			if (el_package_match(o->packages[i], pkg))
				return 0;
		return 1;
	}
	return 0;
}

/* Grouper callback: match the rules and write the finding to every output. */
static int on_object(const el_object *obj, void *ctx)
{
	pipeline *p = ctx;
	el_finding f;
	char fingerprint[EL_FINGERPRINT_SIZE];
	int i;

	if (!el_rules_match(p->rules, obj, &f)) {
		p->unclassified++;
		if (!p->o->all)
			return 0;
	}
	/* numbered before the filters, so that a baseline written with one
	 * --exclude matches a run with another */
	if (el_fingerprint(p->fp, &f, fingerprint) != EL_OK) {
		p->hook_failed = 1;
		return 1;
	}
	f.fingerprint = fingerprint;
	if (filtered_out(p->o, obj)) {
		p->filtered++;
		for (i = 0; i < p->o->nouts && !p->quiet; i++)
			el_report_filtered(p->o->outs[i].report, obj);
		return 0;
	}
	f.suppressed = el_grouper_suppressed(p->grouper, obj, f.rule, &f.justification);
	if (!f.suppressed && p->writer && el_baseline_add(p->writer, &f, fingerprint) != EL_OK) {
		p->hook_failed = 1;
		return 1;
	}
	if (p->hook) {
		int rc = p->hook(&f, p->hook_ctx);
		if (rc < 0) {
			p->hook_failed = 1;
			return 1;
		}
		if (rc > 0) {
			if (p->baseline) /* an entry it covers is not gone */
				el_baseline_take(p->baseline, fingerprint);
			for (i = 0; i < p->o->nouts && !p->quiet; i++)
				el_report_unchanged(p->o->outs[i].report, obj);
			return 0;
		}
	}
	/* after the diff's hook, so that the base still matches what is baselined */
	if (!f.suppressed && p->baseline && el_baseline_take(p->baseline, fingerprint)) {
		p->baselined++;
		for (i = 0; i < p->o->nouts && !p->quiet; i++)
			el_report_baselined(p->o->outs[i].report, obj);
		return 0;
	}
	for (i = 0; i < p->o->nouts && !p->quiet; i++) {
		p->report_status = el_report_finding(p->o->outs[i].report, &f);
		if (p->report_status == EL_ERR_IO)
			p->write_failed = 1;
		if (p->report_status != EL_OK)
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
static void report_failure(pipeline *p, const char *name, el_parser *ps)
{
	const el_error *e = el_parser_error(ps);

	if (p->write_failed)
		return;
	/* the parser stopped for the grouper, or the grouper failed at the end */
	if ((e->status == EL_ERR_STOPPED || e->status == EL_OK) && p->grouper &&
	    el_grouper_error(p->grouper)->status != EL_OK)
		e = el_grouper_error(p->grouper);
	if (e->status == EL_ERR_STOPPED && p->hook_failed)
		errorf("%s: out of memory", name);
	else if (e->status == EL_ERR_STOPPED && p->report_status != EL_OK)
		errorf("%s: %s", name, el_status_string(p->report_status));
	else if (e->line)
		errorf("%s:%lu: %s", name, e->line, e->message);
	else
		errorf("%s: %s", name, e->message);
}

/* The other forms of the diagnostics an input may hold. */
enum { FORM_TEXT, FORM_GOJSON, FORM_LOGOPT };

/* Report a reader's error (go -json or logopt) about name. */
static void reader_failure(pipeline *p, const char *name, const el_error *e, el_parser *ps)
{
	if (e->status == EL_ERR_STOPPED) {
		report_failure(p, name, ps);
		return;
	}
	if (e->line && e->column)
		errorf("%s:%lu:%lu: %s", name, e->line, e->column, e->message);
	else if (e->line)
		errorf("%s:%lu: %s", name, e->line, e->message);
	else
		errorf("%s: %s", name, e->message);
}

/* After a go -json stream: the packages whose build failed. */
static void note_build_failures(pipeline *p, const el_gojson *j, const char *name)
{
	size_t i, n = el_gojson_failed_count(j);

	(void)name;
	for (i = 0; i < n; i++, p->build_failed++)
		if (p->build_failed < sizeof p->failed / sizeof p->failed[0])
			snprintf(p->failed[p->build_failed], sizeof p->failed[0], "%s", el_gojson_failed(j, i));
}

/* A logopt file given as a file or on standard input: read it whole. */
static int read_logopt_file(pipeline *p, el_parser *ps, int fd, const char *name,
                            const char *first, size_t n)
{
	el_logopt *lo = el_logopt_new(ps, NULL);
	char *text = NULL;
	size_t len = 0, cap = 0;
	int rc = 0;

	if (!lo) {
		errorf("%s: out of memory", name);
		return -1;
	}
	for (;;) {
		ssize_t got;
		if (len + n > EL_LOGOPT_MAX_FILE) {
			errorf("%s: a logopt file over %zu MiB", name, EL_LOGOPT_MAX_FILE >> 20);
			rc = -1;
			break;
		}
		if (len + n > cap) {
			size_t want = cap ? cap * 2 : 1 << 16;
			char *t;
			while (want < len + n)
				want *= 2;
			if ((t = realloc(text, want)) == NULL) {
				errorf("%s: out of memory", name);
				rc = -1;
				break;
			}
			text = t;
			cap = want;
		}
		memcpy(text + len, first, n);
		len += n;
		got = read(fd, (char *)first, 1 << 16);
		if (got < 0 && errno == EINTR && !cli_interrupted)
			got = 0, n = 0;
		else if (got < 0 || cli_interrupted) {
			if (!cli_interrupted)
				errorf("%s: %s", name, strerror(errno));
			rc = -1;
			break;
		} else if (got == 0) {
			break;
		}
		n = (size_t)got;
	}
	p->logopt = lo;
	if (rc == 0 && el_logopt_file(lo, name, text, len) != EL_OK) {
		reader_failure(p, name, el_logopt_error(lo), ps);
		rc = -1;
	}
	p->logopt = NULL;
	for (size_t i = 0; rc == 0 && i < el_logopt_notice_count(lo); i++)
		errorf("warning: %s", el_logopt_notice(lo, i));
	el_logopt_free(lo);
	free(text);
	return rc;
}

/* See cli.h. */
int pipeline_read_fd(pipeline *p, int fd, const char *name)
{
	static char buf[1 << 16];
	el_parser *ps;
	el_gojson *js = NULL;
	el_status st = EL_OK;
	ssize_t n;
	int rc = 0, form = -1;

	p->input_name = name;
	ps = el_parser_new(on_record, p, NULL);
	if (!ps) {
		errorf("%s: out of memory", name);
		return -1;
	}
	while (st == EL_OK) {
		if (cli_interrupted) {
			rc = -1; /* the caller says why */
			break;
		}
		n = read(fd, buf, sizeof buf);
		if (n < 0 && errno == EINTR && !cli_interrupted)
			continue;
		if (cli_interrupted) {
			rc = -1; /* the caller says why */
			break;
		}
		if (n < 0) {
			errorf("%s: %s", name, strerror(errno));
			rc = -1;
			break;
		}
		if (form < 0 && n > 0) { /* what the first bytes say the input is */
			form = el_gojson_detect(buf, (size_t)n)   ? FORM_GOJSON
			       : el_logopt_detect(buf, (size_t)n) ? FORM_LOGOPT
			                                          : FORM_TEXT;
			if (form == FORM_GOJSON && (js = el_gojson_new(ps, NULL)) == NULL) {
				errorf("%s: out of memory", name);
				rc = -1;
				break;
			}
			if (form == FORM_LOGOPT) {
				if ((rc = read_logopt_file(p, ps, fd, name, buf, (size_t)n)) == 0) {
					st = el_parser_finish(ps);
					if (st == EL_OK && p->grouper)
						st = el_grouper_finish(p->grouper);
				}
				break;
			}
		}
		if (n == 0) {
			if (js && (st = el_gojson_finish(js)) != EL_OK)
				break;
			st = el_parser_finish(ps);
			if (st == EL_OK && p->grouper)
				st = el_grouper_finish(p->grouper);
			break;
		}
		st = js ? el_gojson_feed(js, buf, (size_t)n) : el_parser_feed(ps, buf, (size_t)n);
	}
	if (st != EL_OK) {
		if (js && el_gojson_error(js)->status != EL_OK)
			reader_failure(p, name, el_gojson_error(js), ps);
		else
			report_failure(p, name, ps);
		rc = -1;
	}
	if (js && rc == 0)
		note_build_failures(p, js, name);
	add_stats(&p->total, el_parser_stats(ps));
	el_gojson_free(js);
	el_parser_free(ps);
	return rc;
}

/* See cli.h. */
int pipeline_read_logopt(pipeline *p, const char *dir)
{
	el_parser *ps;
	el_logopt *lo;
	el_status st;
	int rc = 0;
	size_t i;

	p->input_name = dir;
	ps = el_parser_new(on_record, p, NULL);
	lo = ps ? el_logopt_new(ps, NULL) : NULL;
	if (!lo) {
		errorf("%s: out of memory", dir);
		el_parser_free(ps);
		return -1;
	}
	p->logopt = lo;
	st = el_logopt_dir(lo, dir);
	p->logopt = NULL;
	if (st != EL_OK) {
		const char *f = el_logopt_error_file(lo);
		reader_failure(p, f ? f : dir, el_logopt_error(lo), ps);
		rc = -1;
	} else {
		for (i = 0; i < el_logopt_notice_count(lo); i++)
			errorf("warning: %s", el_logopt_notice(lo, i));
		st = el_parser_finish(ps);
		if (st == EL_OK && p->grouper)
			st = el_grouper_finish(p->grouper);
		if (st != EL_OK) {
			report_failure(p, dir, ps);
			rc = -1;
		}
	}
	add_stats(&p->total, el_parser_stats(ps));
	el_logopt_free(lo);
	el_parser_free(ps);
	return rc;
}

/* See cli.h. */
int pipeline_read_path(pipeline *p, const char *path)
{
	int is_stdin = strcmp(path, "-") == 0;
	const char *name = is_stdin ? "<stdin>" : path;
	int fd, rc;
	struct stat st;

	if (!is_stdin && stat(path, &st) == 0 && S_ISDIR(st.st_mode))
		return pipeline_read_logopt(p, path); /* -json=0,DIR output */
	fd = is_stdin ? STDIN_FILENO : open(path, O_RDONLY);
	if (fd < 0) {
		errorf("%s: %s", name, strerror(errno));
		return -1;
	}
	rc = pipeline_read_fd(p, fd, name);
	if (!is_stdin)
		close(fd);
	return rc;
}

/* See cli.h. */
size_t pipeline_other_lines(const pipeline *p)
{
	return p->nother;
}

/* See cli.h. */
const char *pipeline_other_line(const pipeline *p, size_t i)
{
	return i < p->nother ? p->other[i] : NULL;
}

/* Explain input without a single compiler diagnostic. */
static void explain_empty(const pipeline *p)
{
	int i;

	errorf("no Go compiler diagnostics in the input (%llu lines read)", p->total.lines);
	fputs("Likely causes:\n"
	      "  - go build ran without -gcflags=\"-m -m\" (or with a different -gcflags);\n"
	      "  - the -gcflags applied to other packages than the ones built: flags\n"
	      "    without a pattern apply only to the packages named on the command line;\n"
	      "    use -gcflags=\"./...=-m -m\" or name the packages;\n"
	      "  - the build failed before escape analysis ran;\n"
	      "  - only stdout was captured: the compiler writes to stderr (use 2>&1).\n",
	      stderr);
	if (p->nunrecognized) {
		fputs("The input starts with lines such as:\n", stderr);
		for (i = 0; i < p->nunrecognized; i++)
			fprintf(stderr, "  %s\n", p->unrecognized[i]);
	}
}

/* Tell every output about the run (SARIF notifications, markdown). */
static void notify(pipeline *p, el_level level, const char *id, const char *fmt, ...) EL_FMT(4, 5);

static void notify(pipeline *p, el_level level, const char *id, const char *fmt, ...)
{
	char msg[512];
	va_list ap;
	int i;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	for (i = 0; i < p->o->nouts; i++)
		if (el_report_notify(p->o->outs[i].report, level, id, msg) != EL_OK)
			p->write_failed = 1;
}

/* See cli.h. */
pipeline *pipeline_new(options *o, el_rules *rs, const char *srcroot, const char *cwd,
                       unsigned flags)
{
	el_group_options go = { 0 };
	el_report_options ro = o->ro;
	pipeline *p = calloc(1, sizeof *p);

	if (!p) {
		errorf("out of memory");
		return NULL;
	}
	p->o = o;
	p->rules = rs;
	p->mode = MODE_REPORT;
	p->quiet = (flags & PIPE_QUIET) != 0;
	p->build = (flags & PIPE_BUILD) != 0;
	if (!(p->fp = el_fingerprinter_new(NULL))) {
		errorf("out of memory");
		free(p);
		return NULL;
	}
	if (!p->quiet && o->baseline) {
		el_error err;
		if (el_baseline_load(o->baseline, &p->baseline, &err, NULL) != EL_OK) {
			if (err.line)
				errorf("%s:%lu:%lu: %s", o->baseline, err.line, err.column, err.message);
			else
				errorf("--baseline %s: %s", o->baseline, err.message);
			pipeline_free(p);
			return NULL;
		}
	}
	if (!p->quiet && o->write_baseline &&
	    !(p->writer = el_baseline_writer_new(o->go_version, NULL))) {
		errorf("out of memory");
		pipeline_free(p);
		return NULL;
	}
	go.srcroot = srcroot;  /* relative: to the current directory */
	go.cwd = cwd;          /* relative file names: from where go build ran */
	go.read_sources = 1;
	go.rules = rs;
	go.go_version = o->go_version;
	go.go_version_source = o->go_version_source;
	go.pgo = o->pgo;
	go.module = ro.module = o->module;
	go.module_dir = ro.module_dir = o->module_dir;
	go.goroot_src = ro.goroot_src = o->goroot_src;
	go.module_cache = ro.module_cache = o->module_cache;
	ro.srcroot = srcroot;
	ro.cwd = cwd;
	ro.read_sources = 1;
	ro.rules = rs;
	ro.unclassified = o->all;
	ro.diff = (flags & PIPE_DIFF) != 0;
	p->grouper = el_grouper_new(&go, on_object, p, NULL);
	if (!p->grouper) {
		errorf("out of memory");
		pipeline_free(p);
		return NULL;
	}
	if (!p->quiet &&
	    outputs_open(o, &ro, ro.color, strcmp(o->color_when, "always") == 0) != 0) {
		outputs_close(o, 0);
		pipeline_free(p);
		return NULL;
	}
	return p;
}

/* See cli.h. */
void pipeline_set_hook(pipeline *p, pipeline_hook fn, void *ctx)
{
	p->hook = fn;
	p->hook_ctx = ctx;
}

/* Write the --write-baseline file: to a temporary file beside it, renamed
 * into place; 0, or -1 after a message. */
static int write_baseline(pipeline *p)
{
	const char *path = p->o->write_baseline;
	char *tmp = malloc(strlen(path) + 16);
	FILE *f;
	int fd, ok;

	if (!tmp) {
		errorf("out of memory");
		return -1;
	}
	sprintf(tmp, "%s.XXXXXX", path);
	if ((fd = mkstemp(tmp)) < 0 || (f = fdopen(fd, "w")) == NULL) {
		errorf("cannot write %s: %s", path, strerror(errno));
		if (fd >= 0)
			close(fd), unlink(tmp);
		free(tmp);
		return -1;
	}
	fchmod(fd, 0644);
	ok = el_baseline_write(p->writer, write_stream, f) == EL_OK;
	ok = fflush(f) == 0 && !ferror(f) && ok;
	ok = fclose(f) == 0 && ok;
	if (!ok || rename(tmp, path) != 0) {
		errorf("cannot write %s: %s", path, strerror(errno));
		unlink(tmp);
		free(tmp);
		return -1;
	}
	free(tmp);
	errorf("note: wrote %zu findings to the baseline %s", el_baseline_writer_count(p->writer),
	       path);
	return 0;
}

/* See cli.h. */
int pipeline_finish(pipeline *p, int input_ok)
{
	options *o = p->o;
	int status = input_ok ? EXIT_CLEAN : EXIT_TROUBLE, i, lv;
	const el_group_stats *gs = el_grouper_stats(p->grouper);

	if (p->build_failed && !p->build) {
		/* a go build -json stream with build-fail events: go's own
		 * messages are among the lines that are not diagnostics */
		size_t k;
		for (k = 0; k < p->nother; k++)
			fprintf(stderr, "%s\n", p->other[k]);
		errorf("the build of %zu package%s failed (build-fail events in the go -json input): %s%s",
		       p->build_failed, p->build_failed == 1 ? "" : "s", p->failed[0],
		       p->build_failed > 1 ? ", ..." : "");
		if (!p->quiet)
			outputs_close(o, 0);
		return status == EXIT_CLEAN ? EXIT_BUILD : status;
	}
	if (status == EXIT_CLEAN && gs->diagnostics == 0 && p->build) {
		/* go built it and the compiler had nothing to say: only types
		 * and constants, or no Go files */
		errorf("note: the build printed no compiler diagnostics (no functions to analyse)");
	} else if (status == EXIT_CLEAN && gs->diagnostics == 0) {
		explain_empty(p);
		if (!p->quiet)
			outputs_close(o, 0);
		return EXIT_TROUBLE;
	}
	if (p->quiet)
		return status;
	if (p->baseline && el_baseline_unused(p->baseline)) {
		errorf("note: %zu baselined findings are gone: run --write-baseline to prune (a run "
		       "over fewer packages or files than the baseline's counts the others here)",
		       el_baseline_unused(p->baseline));
		notify(p, EL_LEVEL_NOTE, "baseline-gone",
		       "%zu baselined findings are gone: run --write-baseline to prune",
		       el_baseline_unused(p->baseline));
	}
	if (status == EXIT_CLEAN && gs->chains == 0 && gs->verdicts > 0) {
		errorf("note: the input has no escape explanations (it looks like -m output); "
		       "build with -gcflags=\"-m -m\" to see why each object escapes");
		notify(p, EL_LEVEL_WARNING, "no-explanations",
		       "the input has no escape explanations (it looks like -m output): build with "
		       "-gcflags=\"-m -m\" to see why each object escapes");
	}
	if (gs->unrecognized > 0 && status == EXIT_CLEAN) {
		errorf("note: %llu input lines were not compiler diagnostics (see --dump-records)",
		       gs->unrecognized);
		notify(p, EL_LEVEL_NOTE, "unrecognized-lines",
		       "%llu input lines were not compiler diagnostics%s%s", gs->unrecognized,
		       p->nunrecognized ? "; the first: " : "",
		       p->nunrecognized ? p->unrecognized[0] : "");
	}
	if (p->total.kinds[EL_REC_INLINE_SKIP] > 0) {
		/* Go 1.24 and 1.25 only */
		errorf("note: Go 1.24 and 1.25 do not inline calls in for b.Loop() bodies (%llu loops): "
		       "those benchmarks count allocations that an inlined call in production code may "
		       "not make (Go 1.26 inlines them)", p->total.kinds[EL_REC_INLINE_SKIP]);
		notify(p, EL_LEVEL_NOTE, "bloop-not-inlined",
		       "Go 1.24 and 1.25 do not inline calls in for b.Loop() bodies (%llu loops): "
		       "benchmarks there count allocations that inlined production calls may not make",
		       p->total.kinds[EL_REC_INLINE_SKIP]);
	}
	if (p->filtered > 0)
		notify(p, EL_LEVEL_NOTE, "filtered",
		       "%llu objects were left out by --include, --exclude or --packages",
		       p->filtered);
	if (el_rules_limit_hits(p->rules)) {
		errorf("note: rule patterns hit their match limit %llu times (treated as no match)",
		       el_rules_limit_hits(p->rules));
		notify(p, EL_LEVEL_WARNING, "match-limit",
		       "rule patterns hit their match limit %llu times (treated as no match)",
		       el_rules_limit_hits(p->rules));
	}
	for (i = 0; i < o->nouts && !p->write_failed; i++) {
		/* after an input error, no summary on standard output: it would
		 * count only what was read (files are not replaced at all) */
		if (status == EXIT_TROUBLE && !o->outs[i].path &&
		    (o->outs[i].format == EL_FMT_TEXT || o->outs[i].format == EL_FMT_MARKDOWN))
			continue;
		if (el_report_finish(o->outs[i].report, gs) != EL_OK)
			p->write_failed = 1;
	}
	if (p->write_failed && p->report_status != EL_ERR_IO && p->report_status != EL_OK)
		errorf("%s", el_status_string(p->report_status));
	if (status == EXIT_CLEAN && o->fail_on != EL_LEVEL_NONE)
		for (lv = o->fail_on; lv <= EL_LEVEL_ERROR; lv++)
			if (el_report_level_count(o->outs[0].report, (el_level)lv) ||
			    el_report_below_count(o->outs[0].report, (el_level)lv))
				status = EXIT_FINDINGS;
	if (status == EXIT_TROUBLE && o->nouts && !p->write_failed)
		errorf("note: output files are not replaced after an input error");
	/* writing a baseline accepts today's findings; written first, so that
	 * no output file is replaced when it cannot be written */
	if (p->writer && status != EXIT_TROUBLE && !p->write_failed)
		status = write_baseline(p) == 0 ? EXIT_CLEAN : EXIT_TROUBLE;
	if (outputs_close(o, status != EXIT_TROUBLE && !p->write_failed) != 0)
		status = EXIT_TROUBLE;
	if (p->write_failed)
		status = EXIT_TROUBLE;
	return status;
}

/* See cli.h. */
void pipeline_free(pipeline *p)
{
	size_t i;

	if (!p)
		return;
	el_grouper_free(p->grouper);
	el_fingerprinter_free(p->fp);
	el_baseline_free(p->baseline);
	el_baseline_writer_free(p->writer);
	for (i = 0; i < (size_t)p->nunrecognized; i++)
		free(p->unrecognized[i]);
	for (i = 0; i < p->nother; i++)
		free(p->other[i]);
	free(p);
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

/* See cli.h. */
int records_mode(options *o)
{
	pipeline p;
	int i, status = EXIT_CLEAN;
	size_t k;

	memset(&p, 0, sizeof p);
	p.o = o;
	p.mode = o->mode;
	for (i = 0; i < o->nargs && !p.write_failed; i++)
		if (pipeline_read_path(&p, o->args[i]) != 0)
			status = EXIT_TROUBLE;
	for (i = 0; i < o->nlogopt && !p.write_failed; i++)
		if (pipeline_read_logopt(&p, o->logopt[i]) != 0)
			status = EXIT_TROUBLE;
	if (o->mode == MODE_STATS)
		print_stats(&p.total);
	if (p.write_failed)
		status = EXIT_TROUBLE;
	for (i = 0; i < p.nunrecognized; i++)
		free(p.unrecognized[i]);
	for (k = 0; k < p.nother; k++)
		free(p.other[k]);
	return status;
}
