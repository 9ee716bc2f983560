/*
 * escapelint.c -- the command line: options, input files, exit codes.
 * Everything that understands compiler output lives in libescapelint;
 * this file reads bytes, wires parser -> grouper -> report, and prints
 * errors.
 */
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "escapelint.h"

/* Exit statuses (documented in escapelint(1)). */
enum {
	EXIT_CLEAN = 0,   /* success */
	EXIT_TROUBLE = 2  /* usage, input or output error */
};

typedef enum mode {
	MODE_REPORT,
	MODE_STATS,
	MODE_DUMP
} mode;

static const char usage_text[] =
	"Usage: escapelint [OPTION]... [FILE]...\n"
	"Report the heap allocations in the Go compiler's escape-analysis output\n"
	"(go build -gcflags=\"-m -m\" ./... 2>&1), read from FILEs or standard input\n"
	"(when there is no FILE, or FILE is -): one entry per heap object, in its\n"
	"function, with the chain of steps that makes it escape.\n"
	"\n"
	"Report:\n"
	"  -f, --format=FORMAT    text (default) or json (one object per line)\n"
	"      --srcroot=DIR      show paths relative to DIR; files outside it are\n"
	"                         external (default: the current directory)\n"
	"      --include-external report external objects too (generated code,\n"
	"                         GOROOT, module cache, vendor)\n"
	"      --color=WHEN       auto (default; off when NO_COLOR is set), always, never\n"
	"\n"
	"Other modes:\n"
	"      --stats            print record counts per kind as `name: value` lines\n"
	"      --dump-records     print every parsed record as one JSON object per line\n"
	"\n"
	"  -h, --help             show this help and exit\n"
	"  -V, --version          show the version and exit\n"
	"\n"
	"Exit status: 0 success; 2 usage error, unreadable input, input without\n"
	"compiler diagnostics, or output error.  See escapelint(1).\n";

/* Print "escapelint: MESSAGE" to stderr. */
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

/* Per-run state shared by the callbacks. */
typedef struct run {
	mode mode;
	el_grouper *grouper;
	el_report *report;
	int write_failed;
	el_status report_status;
	el_stats total;
	/* the first unrecognized lines, to show when nothing was recognized */
	char *unrecognized[KEEP_UNRECOGNIZED];
	int nunrecognized;
} run;

/* Keep a copy of an unrecognized line (the first few). */
static void keep_unrecognized(run *r, const el_record *rec)
{
	size_t n = rec->text.len < 200 ? rec->text.len : 200, i;
	char *copy;

	if (r->nunrecognized >= KEEP_UNRECOGNIZED || (copy = malloc(n + 1)) == NULL)
		return;
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)rec->text.ptr[i];
		copy[i] = c < 0x20 || c == 0x7f ? '?' : (char)c;
	}
	copy[n] = '\0';
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

/* Grouper callback: write the object. */
static int on_object(const el_object *obj, void *ctx)
{
	run *r = ctx;

	r->report_status = el_report_object(r->report, obj);
	if (r->report_status == EL_ERR_IO)
		r->write_failed = 1;
	return r->report_status != EL_OK;
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

/* Run the report over the inputs; returns the exit status. */
static int run_report(run *r, const el_report_options *ro, const char *srcroot,
                      const char **files, int nfiles)
{
	el_group_options go = { 0 };
	char *cwd = getcwd(NULL, 0);
	int status = EXIT_CLEAN, i;
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
	r->grouper = el_grouper_new(&go, on_object, r, NULL);
	r->report = el_report_new(ro, write_stream, stdout, NULL);
	free(cwd);
	if (!r->grouper || !r->report) {
		errorf("out of memory");
		return EXIT_TROUBLE;
	}
	for (i = 0; i < nfiles && !r->write_failed; i++)
		if (parse_input(r, files[i]) != 0)
			status = EXIT_TROUBLE;
	gs = el_grouper_stats(r->grouper);
	if (status == EXIT_CLEAN && gs->diagnostics == 0) {
		explain_empty(r);
		return EXIT_TROUBLE;
	}
	if (!r->write_failed && el_report_finish(r->report, gs) != EL_OK)
		r->write_failed = 1;
	if (status == EXIT_CLEAN && gs->chains == 0 && gs->verdicts > 0)
		errorf("note: the input has no escape explanations (it looks like -m output); "
		       "build with -gcflags=\"-m -m\" to see why each object escapes");
	if (gs->unrecognized > 0 && status == EXIT_CLEAN)
		errorf("note: %llu input lines were not compiler diagnostics (see --dump-records)",
		       gs->unrecognized);
	return status;
}

int main(int argc, char **argv)
{
	enum { OPT_STATS = 256, OPT_DUMP, OPT_SRCROOT, OPT_EXTERNAL, OPT_COLOR };
	static const struct option longopts[] = {
		{ "format", required_argument, NULL, 'f' },
		{ "srcroot", required_argument, NULL, OPT_SRCROOT },
		{ "include-external", no_argument, NULL, OPT_EXTERNAL },
		{ "color", required_argument, NULL, OPT_COLOR },
		{ "stats", no_argument, NULL, OPT_STATS },
		{ "dump-records", no_argument, NULL, OPT_DUMP },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 },
	};
	static const char *stdin_only[] = { "-" };
	el_report_options ro = { EL_FMT_TEXT, 0, 0 };
	const char *srcroot = ".", *color_when = "auto";
	const char **files;
	int c, i, nfiles, status = EXIT_CLEAN, mode_set = 0;
	run r;

	memset(&r, 0, sizeof r);
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":f:hV", longopts, NULL)) != -1) {
		switch (c) {
		case OPT_STATS:
		case OPT_DUMP: {
			mode m = c == OPT_STATS ? MODE_STATS : MODE_DUMP;
			if (mode_set && r.mode != m) {
				errorf("--stats and --dump-records cannot be combined");
				return EXIT_TROUBLE;
			}
			r.mode = m;
			mode_set = 1;
			break;
		}
		case 'f':
			if (strcmp(optarg, "text") == 0)
				ro.format = EL_FMT_TEXT;
			else if (strcmp(optarg, "json") == 0)
				ro.format = EL_FMT_JSON;
			else {
				errorf("unknown format '%s' (text, json)", optarg);
				return EXIT_TROUBLE;
			}
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
	if (ro.color < 0) {
		errorf("--color takes auto, always or never, not '%s'", color_when);
		return EXIT_TROUBLE;
	}
	files = optind < argc ? (const char **)argv + optind : stdin_only;
	nfiles = optind < argc ? argc - optind : 1;
	if (r.mode == MODE_REPORT) {
		status = run_report(&r, &ro, srcroot, files, nfiles);
	} else {
		for (i = 0; i < nfiles && !r.write_failed; i++)
			if (parse_input(&r, files[i]) != 0)
				status = EXIT_TROUBLE;
		if (r.mode == MODE_STATS)
			print_stats(&r.total);
	}
	if (finish_output() != 0 || r.write_failed)
		status = EXIT_TROUBLE;
	el_report_free(r.report);
	el_grouper_free(r.grouper);
	for (i = 0; i < r.nunrecognized; i++)
		free(r.unrecognized[i]);
	return status;
}
