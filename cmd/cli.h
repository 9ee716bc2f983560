/*
 * cli.h -- what the files of the command line share.  The library does
 * the work; these files read options and bytes, run go, and print errors:
 *
 *   main.c      dispatch to a subcommand, --help, --version
 *   options.c   the options every subcommand takes, the config file merge
 *   rules_cmd.c loading rules and the rule modes (--list-rules, ...)
 *   outputs.c   -f/-o: report streams and files replaced only on success
 *   pipeline.c  parser -> grouper -> rules -> reports, filters, exit status
 *   go_cmd.c    `escapelint go`: runs go build and reads what it prints
 */
#ifndef EL_CLI_H
#define EL_CLI_H

#include <stdio.h>

#include "escapelint.h"

/* Exit statuses (documented in escapelint(1)). */
enum {
	EXIT_CLEAN = 0,    /* success, no finding at or above --fail-on */
	EXIT_FINDINGS = 1, /* findings at or above --fail-on; failed rule tests */
	EXIT_TROUBLE = 2,  /* usage, config, rule, input or output error */
	EXIT_BUILD = 3     /* escapelint go: the Go build failed */
};

#if defined(__GNUC__)
#define EL_FMT(f, a) __attribute__((format(printf, f, a)))
#else
#define EL_FMT(f, a)
#endif

/* Set by a signal handler that wants the current read to stop (escapelint
 * go --new-from-rev cleans up its worktree first); pipeline_read_fd then
 * fails. */
#include <signal.h>
extern volatile sig_atomic_t cli_interrupted;

/* Print "escapelint: MESSAGE" to stderr. */
void errorf(const char *fmt, ...) EL_FMT(1, 2);

/* el_write_fn writing to a stdio stream. */
int write_stream(const char *buf, size_t len, void *ctx);
/* The errno of the first failed write_stream to a stream other than
 * standard output, or 0. */
int write_errno(void);

/* Flush stdout and report a write error; 0, or -1 after a message. */
int finish_output(void);

#define MAX_OUTPUTS 16
#define MAX_LISTS 64

typedef enum mode {
	MODE_REPORT,
	MODE_STATS,
	MODE_DUMP,
	MODE_LIST_RULES,
	MODE_EXPLAIN,
	MODE_TEST_RULES,
	MODE_PRINT_CONFIG
} mode;

/* One -f FORMAT[:PATH]: written to stdout, or to a temporary file beside
 * PATH that replaces PATH only when the whole run succeeded (through a
 * symbolic link, the file it points to); a device or FIFO is written to. */
typedef struct output {
	el_format format;
	const char *path;        /* NULL: standard output */
	char *target;            /* a symbolic link's target (the file replaced), or NULL */
	int direct;              /* path is a device or FIFO: written to directly */
	int append;              /* markdown appended (--append, $GITHUB_STEP_SUMMARY) */
	char *tmp;               /* the temporary file, while open */
	FILE *fp;
	el_report *report;
} output;

/* Everything the options say (the command line over the config file). */
typedef struct options {
	mode mode;
	const char *explain;     /* --explain=NAME */
	output outs[MAX_OUTPUTS];
	int nouts;
	const char *opath;       /* -o */
	el_report_options ro;    /* snippets, include_external, include_tests, ... */
	const char *srcroot;     /* NULL: the current directory (logs) or module root (go) */
	const char *color_when;
	char category[256];
	int fail_on;             /* an el_level */
	int min_level;           /* -1: warning (note with --all) */
	int cold;                /* an el_level */
	int all;
	/* rules: the defaults, then rule_paths, then the enable/disable lists
	 * and level overrides in order */
	int defaults;
	const char *rule_paths[MAX_LISTS];
	int nrule_paths;
	const char *lists[MAX_LISTS];
	int list_on[MAX_LISTS];
	int nlists;
	/* filters */
	const char *include[MAX_LISTS];
	int ninclude;
	const char *exclude[MAX_LISTS];
	int nexclude;
	const char *packages[MAX_LISTS];
	int npackages;
	/* baselines */
	const char *baseline;       /* --baseline, or the config file's */
	const char *write_baseline; /* --write-baseline */
	const char *go_version;     /* --go-version, or escapelint go: go env GOVERSION */
	const char *go_version_source; /* who said so */
	const char *pgo;            /* escapelint go: why a profile-guided build is known */
	const char *logopt[MAX_LISTS]; /* --logopt-dir */
	int nlogopt;
	int append;                 /* --append: markdown appends to its file */
	/* escapelint diff */
	const char *base_srcroot;   /* --base-srcroot */
	const char *new_from_rev;   /* escapelint go --new-from-rev */
	/* the config file */
	const char *config_path; /* --config */
	int no_config;
	el_config *config;       /* the file read, or NULL */
	/* escapelint go */
	const char *go;          /* --go, $GO, or "go" */
	const char *tags;        /* --tags */
	const char *goflags[MAX_LISTS]; /* --go-flag, in order */
	int ngoflags;
	const char *module;      /* set by escapelint go: -trimpath names under module/ */
	const char *module_dir;  /* are read from module_dir, PATH@VERSION/... from */
	const char *goroot_src;  /* module_cache and other names from goroot_src */
	const char *module_cache;
	/* operands: log files, or packages for escapelint go */
	char **args;
	int nargs;
} options;

/* options.c: parse argv (from argv[first]) into o for a subcommand
 * ("" for the default, reading logs, or "go"), read the config file and
 * merge it under the command line.  Returns -1 to go on, else the exit
 * status to end with (after --help, --version or a message). */
int options_parse(options *o, int argc, char **argv, const char *sub);
void options_release(options *o);
/* --print-config: the merged settings as JSON on stdout. */
int options_print(const options *o);

/* rules_cmd.c: the rule set the options ask for; NULL after a message. */
el_rules *rules_load(const options *o);
/* --list-rules, --explain, --test-rules: the exit status. */
int rules_mode(const options *o, el_rules *rs);

/* outputs.c */
int outputs_add(options *o, const char *arg);              /* -f FORMAT[:PATH] */
int outputs_settle(options *o);                            /* apply -o, check */
int outputs_open(options *o, const el_report_options *base, int color, int color_always);
int outputs_close(options *o, int keep);
void outputs_free(options *o);

/* pipeline.c: the parser -> grouper -> rules -> reports chain. */
typedef struct pipeline pipeline;
enum {
	PIPE_QUIET = 1u << 0,  /* no outputs, no baseline: findings go to the hook only */
	PIPE_DIFF = 1u << 1,   /* the reports are of a diff (el_report_options.diff) */
	PIPE_BUILD = 1u << 2   /* escapelint go: a build without diagnostics is no error */
};
/* Set up for a report run; srcroot and cwd are the source root and the
 * directory that relative paths in the log start from.  NULL after a
 * message. */
pipeline *pipeline_new(options *o, el_rules *rs, const char *srcroot, const char *cwd,
                       unsigned flags);
/* Called with each finding (its fingerprint set) before it is reported:
 * return 1 to leave it out, 0 to report it (the hook may set f->change),
 * -1 when out of memory. */
typedef int (*pipeline_hook)(el_finding *f, void *ctx);
void pipeline_set_hook(pipeline *p, pipeline_hook fn, void *ctx);
/* Read all of fd (named name in messages) through the pipeline; 0, or -1
 * after a message. */
int pipeline_read_fd(pipeline *p, int fd, const char *name);
/* Read the file at path ("-": standard input); 0, or -1 after a message. */
int pipeline_read_path(pipeline *p, const char *path);
/* Read a logopt directory (-gcflags=-json=0,DIR); 0 or -1 after a message.
 * pipeline_read_path takes a directory for one. */
int pipeline_read_logopt(pipeline *p, const char *dir);
/* Lines of the input that were not compiler diagnostics, kept (up to a
 * bound) for a failed build's messages: the count, and each line. */
size_t pipeline_other_lines(const pipeline *p);
const char *pipeline_other_line(const pipeline *p, size_t i);
/* Finish the run (summaries, outputs replaced when ok); input_ok says
 * whether every input was read.  Returns the exit status. */
int pipeline_finish(pipeline *p, int input_ok);
void pipeline_free(pipeline *p);

/* pipeline.c: --stats and --dump-records over the operands. */
int records_mode(options *o);

/* go_cmd.c: escapelint go. */
int go_command(options *o, el_rules *rs);

/* diff_cmd.c: escapelint diff, and the comparison escapelint go
 * --new-from-rev makes.  A diff_base collects the findings of the base
 * (a PIPE_QUIET pipeline with diff_collect as its hook); diff_compare is
 * the hook of the head's pipeline (PIPE_DIFF); diff_report_removed
 * writes the base's findings the head does not have, before
 * pipeline_finish. */
typedef struct diff_base diff_base;
diff_base *diff_base_new(void);
int diff_collect(el_finding *f, void *base);
int diff_compare(el_finding *f, void *base);
int diff_report_removed(diff_base *b, options *o);
void diff_base_free(diff_base *b);
int diff_command(options *o, el_rules *rs);

#endif
