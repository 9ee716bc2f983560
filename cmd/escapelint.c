/*
 * escapelint.c -- the command line: options, input files, exit codes.
 * Everything that understands compiler output lives in libescapelint;
 * this file only reads bytes, calls the library and prints.
 */
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "escapelint.h"

/* Exit statuses (documented in escapelint(1)). */
enum {
	EXIT_CLEAN = 0,    /* success, nothing to report */
	EXIT_FINDINGS = 1, /* findings at or above the fail level (reports) */
	EXIT_TROUBLE = 2   /* usage, input or output error */
};

typedef enum mode {
	MODE_NONE,
	MODE_STATS,
	MODE_DUMP
} mode;

static const char usage_text[] =
	"Usage: escapelint MODE [FILE...]\n"
	"Read the Go compiler's escape-analysis output (go build -gcflags=\"-m -m\")\n"
	"from FILEs, or standard input when there is none or FILE is -.\n"
	"\n"
	"Modes:\n"
	"  --stats          print record counts per kind as `name: value` lines\n"
	"  --dump-records   print every parsed record as one JSON object per line\n"
	"\n"
	"Options:\n"
	"  -h, --help       show this help and exit\n"
	"  -V, --version    show the version and exit\n"
	"\n"
	"Exit status: 0 success, 2 usage, input or output error.\n"
	"See escapelint(1) for the record kinds and their fields.\n";

/* Print a message prefixed with the program name to stderr. */
static void warnx_(const char *fmt, const char *a, const char *b)
{
	fputs("escapelint: ", stderr);
	fprintf(stderr, fmt, a, b);
	fputc('\n', stderr);
}

/* el_write_fn writing to a stdio stream. */
static int write_stream(const char *buf, size_t len, void *ctx)
{
	return fwrite(buf, 1, len, ctx) == len ? 0 : -1;
}

/* Per-run state handed to the record callback. */
typedef struct run {
	mode mode;
	int write_failed;
	el_stats total;
} run;

/* Record callback: print the record when dumping. */
static int on_record(const el_record *rec, void *ctx)
{
	run *r = ctx;

	if (r->mode == MODE_DUMP && el_record_write_json(rec, write_stream, stdout) != EL_OK) {
		r->write_failed = 1;
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

/* Parse one input (path "-" is stdin); 0 on success, -1 after a message. */
static int parse_input(run *r, const char *path)
{
	static char buf[1 << 16];
	const char *name = strcmp(path, "-") == 0 ? "<stdin>" : path;
	int fd = strcmp(path, "-") == 0 ? STDIN_FILENO : open(path, O_RDONLY);
	el_parser *p;
	el_status st = EL_OK;
	ssize_t n;
	int rc = 0;

	if (fd < 0) {
		warnx_("%s: %s", name, strerror(errno));
		return -1;
	}
	p = el_parser_new(on_record, r, NULL);
	if (!p) {
		warnx_("%s: %s", name, "out of memory");
		if (fd != STDIN_FILENO)
			close(fd);
		return -1;
	}
	while (st == EL_OK) {
		n = read(fd, buf, sizeof buf);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			warnx_("%s: %s", name, strerror(errno));
			rc = -1;
			break;
		}
		if (n == 0) {
			st = el_parser_finish(p);
			break;
		}
		st = el_parser_feed(p, buf, (size_t)n);
	}
	if (st != EL_OK && !r->write_failed) {
		const el_error *e = el_parser_error(p);
		fprintf(stderr, "escapelint: %s:%lu: %s\n", name, e->line, e->message);
		rc = -1;
	}
	add_stats(&r->total, el_parser_stats(p));
	el_parser_free(p);
	if (fd != STDIN_FILENO)
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

/* Flush stdout and report a write error (full disk, closed pipe). */
static int finish_output(void)
{
	if (fflush(stdout) != 0 || ferror(stdout)) {
		warnx_("%s%s", "error writing standard output: ", strerror(errno));
		return -1;
	}
	return 0;
}

int main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "stats", no_argument, NULL, 's' },
		{ "dump-records", no_argument, NULL, 'd' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 },
	};
	run r;
	int c, i, status = EXIT_CLEAN;
	static const char *stdin_only[] = { "-" };
	const char **files;
	int nfiles;

	memset(&r, 0, sizeof r);
	opterr = 0;
	while ((c = getopt_long(argc, argv, "hV", longopts, NULL)) != -1) {
		switch (c) {
		case 's':
		case 'd': {
			mode m = c == 's' ? MODE_STATS : MODE_DUMP;
			if (r.mode != MODE_NONE && r.mode != m) {
				warnx_("%s%s", "--stats and --dump-records cannot be combined", "");
				return EXIT_TROUBLE;
			}
			r.mode = m;
			break;
		}
		case 'h':
			fputs(usage_text, stdout);
			return finish_output() == 0 ? EXIT_CLEAN : EXIT_TROUBLE;
		case 'V':
			printf("escapelint %s\n", el_version());
			return finish_output() == 0 ? EXIT_CLEAN : EXIT_TROUBLE;
		default:
			if (optopt)
				fprintf(stderr, "escapelint: unknown or incomplete option -%c\n", optopt);
			else
				fprintf(stderr, "escapelint: unknown option %s\n", argv[optind - 1]);
			fputs("Try 'escapelint --help'.\n", stderr);
			return EXIT_TROUBLE;
		}
	}
	if (r.mode == MODE_NONE) {
		warnx_("%s%s", "no mode given: use --stats or --dump-records", "");
		fputs("Try 'escapelint --help'.\n", stderr);
		return EXIT_TROUBLE;
	}
	files = optind < argc ? (const char **)argv + optind : stdin_only;
	nfiles = optind < argc ? argc - optind : 1;
	for (i = 0; i < nfiles; i++) {
		if (parse_input(&r, files[i]) != 0)
			status = EXIT_TROUBLE;
		if (r.write_failed)
			break;
	}
	if (r.mode == MODE_STATS)
		print_stats(&r.total);
	if (finish_output() != 0 || r.write_failed)
		status = EXIT_TROUBLE;
	return status;
}
