/*
 * options.c -- the options of every subcommand, --help, and the config
 * file (.escapelint.json) merged under the command line: a setting given
 * on the command line wins, a list given there replaces the file's.
 */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"

static const char usage_logs[] =
	"Usage: escapelint [OPTION]... [FILE]...\n"
	"       escapelint go [OPTION]... [PACKAGE]...   (see escapelint go --help)\n"
	"       escapelint diff [OPTION]... BASE HEAD    (see escapelint diff --help)\n"
	"Report the heap allocations in the Go compiler's escape-analysis output\n"
	"(go build -gcflags=\"-m -m\" ./... 2>&1), read from FILEs or standard input\n"
	"(when there is no FILE, or FILE is -): one finding per heap object, in its\n"
	"function, with the rule that names the pattern, the chain of steps that\n"
	"makes it escape, and a fix.  `escapelint go` runs the build itself;\n"
	"`escapelint diff` compares two captures.\n";

static const char usage_go[] =
	"Usage: escapelint go [OPTION]... [PACKAGE]...\n"
	"Build PACKAGEs (default ./...) with go build -gcflags=-m=2, applied to\n"
	"exactly those packages, and report their heap allocations as escapelint\n"
	"does for a log.  No binary is written; go's environment (GOFLAGS, GOOS,\n"
	"GOARCH, ...) is kept, and the Go build cache makes a second run fast.\n"
	"Paths are shown relative to the module root.\n"
	"\n"
	"Go:\n"
	"      --go=PATH          the go command (default: $GO, else go on PATH)\n"
	"      --tags=LIST        build tags, passed to go as -tags=LIST\n"
	"      --go-flag=FLAG     pass FLAG to go build (repeatable), e.g.\n"
	"                         --go-flag=-race or --go-flag=-mod=vendor\n"
	"      --tests            also compile and report the packages' tests\n"
	"      --new-from-rev=REV report only what changed since the git revision\n"
	"                         REV (built in a temporary git worktree), as\n"
	"                         escapelint diff does\n";

static const char usage_diff[] =
	"Usage: escapelint diff [OPTION]... BASE HEAD\n"
	"Compare two captures of the compiler's output (logs of go build\n"
	"-gcflags=-m=2, BASE before a change and HEAD after it) and report the\n"
	"findings HEAD adds, removes or changes (same object, another rule or\n"
	"level), matched by fingerprint, so moved lines are not changes.  Exit 1\n"
	"when an added or changed finding is at or above --fail-on.  Text and\n"
	"markdown list all three kinds; SARIF, github and gcc the added and\n"
	"changed ones; JSON says which in a \"change\" member.  Run it where go\n"
	"build ran: HEAD's relative file names and Go sources are read from the\n"
	"current directory, BASE's from --base-srcroot=DIR when its sources are\n"
	"elsewhere (--srcroot only sets how paths are shown and what is external).\n"
	"\n"
	"Diff:\n"
	"      --base-srcroot=DIR the source root of BASE (default: as HEAD)\n";

static const char usage_report[] =
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
	"                         (error and panic paths, initialisation, set-up,\n"
	"                         tooling, unused and debugging code):\n"
	"                         note (default), warning or error\n";

static const char usage_report_tests[] =
	"      --tests            also report test code (_test.go files, example,\n"
	"                         test-helper and fuzzing packages), hidden by default\n";

static const char usage_report_more[] =
	"      --all              also report objects no rule matched (unclassified\n"
	"                         notes; implies --min-level=note)\n"
	"      --srcroot=DIR      show paths relative to DIR; files outside it are\n"
	"                         external (default: the current directory; for\n"
	"                         escapelint go, the module root)\n"
	"      --go-version=1.N   the Go release that wrote the output (default: from\n"
	"                         the output's forms; escapelint go: go env GOVERSION);\n"
	"                         advice that differs between releases follows it\n"
	"      --logopt-dir=DIR   read the logopt output of go build\n"
	"                         -gcflags=-json=0,DIR (a DIR operand is read so too;\n"
	"                         go build -json events are recognised on any input)\n"
	"      --include-external report external objects too (generated code,\n"
	"                         GOROOT, module cache, vendor)\n"
	"      --color=WHEN       auto (default; off when NO_COLOR is set), always, never\n"
	"      --no-snippets      text: leave out the source line under each finding\n"
	"      --sarif-category=NAME\n"
	"                         SARIF automationDetails.id NAME/ (default escapelint;\n"
	"                         empty: leave it to the upload step)\n"
	"\n"
	"Filters (repeatable; paths are those shown, below --srcroot):\n"
	"      --include=GLOB     report only files matching GLOB (* and ? within a\n"
	"                         directory, ** across; no '/': the base name)\n"
	"      --exclude=GLOB     leave out files matching GLOB\n"
	"      --packages=PATTERN report only packages matching PATTERN (import\n"
	"                         paths; ... matches anything, as for go list)\n"
	"\n";

static const char usage_baselines[] =
	"Baselines:\n"
	"      --baseline=FILE    leave out the findings recorded in FILE (by\n"
	"                         fingerprint; default: the config file's \"baseline\")\n"
	"      --write-baseline=FILE\n"
	"                         record the findings in FILE (sorted JSON) and exit 0\n"
	"      --append           markdown: append to the file instead of replacing\n"
	"                         it (always for $GITHUB_STEP_SUMMARY)\n"
	"\n";

static const char usage_config_rules[] =
	"Configuration:\n"
	"      --config=PATH      read settings from PATH instead of the nearest\n"
	"                         .escapelint.json (searched from the current\n"
	"                         directory up to the module root)\n"
	"      --no-config        read no config file\n"
	"      --print-config     print the settings in effect as JSON and exit\n"
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
	"\n";

static const char usage_modes[] =
	"Other modes:\n"
	"      --stats            print record counts per kind as `name: value` lines\n"
	"      --dump-records     print every parsed record as one JSON object per line\n"
	"\n";

static const char usage_tail[] =
	"  -h, --help             show this help and exit\n"
	"  -V, --version          show the version and exit\n"
	"\n"
	"In Go source, `//escapelint:ignore RULE reason` silences a finding on its\n"
	"line (or the next), and //escapelint:noalloc, //escapelint:inline and\n"
	"//escapelint:noescape assert that code does not allocate (see escapelint(1)).\n"
	"\n"
	"Exit status: 0 no finding at or above --fail-on (suppressed, baselined and\n"
	"unchanged findings do not count); 1 findings at or above it (or failed rule\n"
	"tests); 2 usage error, bad config, rule or baseline file, unreadable input,\n"
	"input without compiler diagnostics, --srcroot not a directory, go missing or\n"
	"outside a module, a --new-from-rev that is not a revision of a git\n"
	"repository, or output error; 3 the Go build (or the build of REV) failed.\n"
	"See escapelint(1) and escapelint-rules(5).\n";


/* A level word; -1 for a bad one. */
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

/* Append s to a list of at most MAX_LISTS; 0, or -1 after a message. */
static int push(const char **list, int *n, const char *s, const char *opt)
{
	if (*n == MAX_LISTS) {
		errorf("too many %s (at most %d)", opt, MAX_LISTS);
		return -1;
	}
	list[(*n)++] = s;
	return 0;
}

/* Settings given on the command line (the file fills in the others). */
enum {
	GIVEN_FAIL_ON = 1u << 0,
	GIVEN_MIN_LEVEL = 1u << 1,
	GIVEN_COLD = 1u << 2,
	GIVEN_TESTS = 1u << 3,
	GIVEN_EXTERNAL = 1u << 4,
	GIVEN_BASELINE = 1u << 5
};

/* Read the config file (unless --no-config) and take what the command
 * line did not give; 0, or -1 after a message. */
static int merge_config(options *o, unsigned given)
{
	el_config *c;
	el_error err;
	char *found = NULL, *cwd;
	const char *path = o->config_path;
	size_t i;

	if (o->no_config)
		return 0;
	if (!path) {
		int rc;
		if ((cwd = getcwd(NULL, 0)) == NULL) {
			errorf("cannot get the current directory: %s", strerror(errno));
			return -1;
		}
		rc = el_config_find(cwd, &found);
		free(cwd);
		if (rc < 0) {
			errorf("out of memory");
			return -1;
		}
		if (rc == 0)
			return 0;
		path = found;
	}
	if (el_config_load(path, &c, &err, NULL) != EL_OK) {
		if (err.line)
			errorf("%s:%lu:%lu: %s", path, err.line, err.column, err.message);
		else
			errorf("%s: %s", path, err.message);
		free(found);
		return -1;
	}
	free(found);
	o->config = c;
	if (!(given & GIVEN_FAIL_ON) && c->fail_on >= 0)
		o->fail_on = c->fail_on;
	if (!(given & GIVEN_MIN_LEVEL) && c->min_level >= 0)
		o->min_level = c->min_level;
	if (!(given & GIVEN_COLD) && c->cold_paths >= 0)
		o->cold = c->cold_paths;
	if (!(given & GIVEN_TESTS) && c->tests >= 0)
		o->ro.include_tests = c->tests;
	if (!(given & GIVEN_BASELINE) && c->baseline)
		o->baseline = c->baseline;
	if (!(given & GIVEN_EXTERNAL) && c->include_external >= 0)
		o->ro.include_external = c->include_external;
	if (c->ninclude > MAX_LISTS || c->nexclude > MAX_LISTS || c->npackages > MAX_LISTS) {
		errorf("%s: \"include\", \"exclude\" and \"packages\" take at most %d entries each",
		       c->path, MAX_LISTS);
		return -1;
	}
	for (i = 0; o->ninclude == 0 && i < c->ninclude && i < MAX_LISTS; i++)
		o->include[i] = c->include[i];
	if (o->ninclude == 0)
		o->ninclude = (int)(c->ninclude < MAX_LISTS ? c->ninclude : MAX_LISTS);
	for (i = 0; o->nexclude == 0 && i < c->nexclude && i < MAX_LISTS; i++)
		o->exclude[i] = c->exclude[i];
	if (o->nexclude == 0)
		o->nexclude = (int)(c->nexclude < MAX_LISTS ? c->nexclude : MAX_LISTS);
	for (i = 0; o->npackages == 0 && i < c->npackages && i < MAX_LISTS; i++)
		o->packages[i] = c->packages[i];
	if (o->npackages == 0)
		o->npackages = (int)(c->npackages < MAX_LISTS ? c->npackages : MAX_LISTS);
	return 0;
}

/* See cli.h. */
int options_parse(options *o, int argc, char **argv, const char *sub)
{
	enum {
		OPT_STATS = 256, OPT_DUMP, OPT_SRCROOT, OPT_EXTERNAL, OPT_COLOR, OPT_RULES,
		OPT_NO_DEFAULT, OPT_ENABLE, OPT_DISABLE, OPT_LIST, OPT_EXPLAIN, OPT_TEST,
		OPT_ALL, OPT_FAIL_ON, OPT_NO_SNIPPETS, OPT_CATEGORY, OPT_MIN_LEVEL, OPT_TESTS,
		OPT_COLD, OPT_INCLUDE, OPT_EXCLUDE, OPT_PACKAGES, OPT_CONFIG, OPT_NO_CONFIG,
		OPT_PRINT_CONFIG, OPT_GO, OPT_TAGS, OPT_GO_FLAG, OPT_BASELINE, OPT_WRITE_BASELINE,
		OPT_APPEND, OPT_NEW_FROM_REV, OPT_BASE_SRCROOT, OPT_GO_VERSION, OPT_LOGOPT_DIR
	};
	static const struct option longopts[] = {
		{ "format", required_argument, NULL, 'f' },
		{ "output", required_argument, NULL, 'o' },
		{ "no-snippets", no_argument, NULL, OPT_NO_SNIPPETS },
		{ "sarif-category", required_argument, NULL, OPT_CATEGORY },
		{ "srcroot", required_argument, NULL, OPT_SRCROOT },
		{ "go-version", required_argument, NULL, OPT_GO_VERSION },
		{ "logopt-dir", required_argument, NULL, OPT_LOGOPT_DIR },
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
		{ "include", required_argument, NULL, OPT_INCLUDE },
		{ "exclude", required_argument, NULL, OPT_EXCLUDE },
		{ "packages", required_argument, NULL, OPT_PACKAGES },
		{ "config", required_argument, NULL, OPT_CONFIG },
		{ "no-config", no_argument, NULL, OPT_NO_CONFIG },
		{ "print-config", no_argument, NULL, OPT_PRINT_CONFIG },
		{ "go", required_argument, NULL, OPT_GO },
		{ "tags", required_argument, NULL, OPT_TAGS },
		{ "go-flag", required_argument, NULL, OPT_GO_FLAG },
		{ "baseline", required_argument, NULL, OPT_BASELINE },
		{ "write-baseline", required_argument, NULL, OPT_WRITE_BASELINE },
		{ "append", no_argument, NULL, OPT_APPEND },
		{ "new-from-rev", required_argument, NULL, OPT_NEW_FROM_REV },
		{ "base-srcroot", required_argument, NULL, OPT_BASE_SRCROOT },
		{ "stats", no_argument, NULL, OPT_STATS },
		{ "dump-records", no_argument, NULL, OPT_DUMP },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 },
	};
	static char *stdin_only[] = { "-" }, *all_packages[] = { "./..." };
	int gocmd = strcmp(sub, "go") == 0, diffcmd = strcmp(sub, "diff") == 0, mode_set = 0, c, lv;
	unsigned given = 0;
	const char *env_go = getenv("GO");

	memset(o, 0, sizeof *o);
	o->ro.snippets = 1;
	o->color_when = "auto";
	strcpy(o->category, "escapelint/");
	o->fail_on = EL_LEVEL_WARNING;
	o->cold = EL_LEVEL_NOTE;
	o->min_level = -1;
	o->defaults = 1;
	o->go = env_go && *env_go ? env_go : "go";
	opterr = 0;
	optind = 1;
	while ((c = getopt_long(argc, argv, ":f:o:vhV", longopts, NULL)) != -1) {
		mode m = MODE_REPORT;
		switch (c) {
		case OPT_STATS:
		case OPT_DUMP:
		case OPT_LIST:
		case OPT_EXPLAIN:
		case OPT_TEST:
		case OPT_PRINT_CONFIG:
			m = c == OPT_STATS ? MODE_STATS
			    : c == OPT_DUMP ? MODE_DUMP
			    : c == OPT_LIST ? MODE_LIST_RULES
			    : c == OPT_EXPLAIN ? MODE_EXPLAIN
			    : c == OPT_PRINT_CONFIG ? MODE_PRINT_CONFIG
			                            : MODE_TEST_RULES;
			if ((m == MODE_STATS || m == MODE_DUMP) && (gocmd || diffcmd)) {
				errorf("%s reads logs: it is not an option of escapelint %s",
				       argv[optind - 1], sub);
				return EXIT_TROUBLE;
			}
			if (mode_set && o->mode != m) {
				errorf("%s cannot be combined with another mode", argv[optind - 1]);
				return EXIT_TROUBLE;
			}
			o->mode = m;
			mode_set = 1;
			if (c == OPT_EXPLAIN)
				o->explain = optarg;
			if (c == OPT_TEST && optarg &&
			    push(o->rule_paths, &o->nrule_paths, optarg, "--rules") != 0)
				return EXIT_TROUBLE;
			break;
		case 'f':
			if (outputs_add(o, optarg) != 0)
				return EXIT_TROUBLE;
			break;
		case 'o':
			if (o->opath) {
				errorf("-o given twice: use -f FORMAT:PATH for each file");
				return EXIT_TROUBLE;
			}
			o->opath = optarg;
			break;
		case OPT_NO_SNIPPETS:
			o->ro.snippets = 0;
			break;
		case OPT_CATEGORY:
			if (strlen(optarg) + 2 > sizeof o->category) {
				errorf("--sarif-category: too long");
				return EXIT_TROUBLE;
			}
			snprintf(o->category, sizeof o->category, "%s%s", optarg,
			         *optarg && optarg[strlen(optarg) - 1] != '/' ? "/" : "");
			break;
		case OPT_SRCROOT:
			o->srcroot = optarg;
			break;
		case OPT_GO_VERSION: {
			int minor;
			if (el_goversion_parse(optarg, &minor, NULL) != 0 || minor < EL_GO_OLDEST) {
				errorf("--go-version=%s: give the Go release that wrote the output, such as "
				       "1.25 or go1.25.3 (1.%d or later)", optarg, EL_GO_OLDEST);
				return EXIT_TROUBLE;
			}
			o->go_version = optarg;
			o->go_version_source = "--go-version";
			break;
		}
		case OPT_LOGOPT_DIR:
			if (o->nlogopt >= MAX_LISTS) {
				errorf("--logopt-dir: at most %d directories", MAX_LISTS);
				return EXIT_TROUBLE;
			}
			o->logopt[o->nlogopt++] = optarg;
			break;
		case OPT_EXTERNAL:
			o->ro.include_external = 1;
			given |= GIVEN_EXTERNAL;
			break;
		case OPT_COLOR:
			o->color_when = optarg;
			break;
		case OPT_RULES:
			if (push(o->rule_paths, &o->nrule_paths, optarg, "--rules") != 0)
				return EXIT_TROUBLE;
			break;
		case OPT_NO_DEFAULT:
			o->defaults = 0;
			break;
		case OPT_ENABLE:
		case OPT_DISABLE:
			if (o->nlists == MAX_LISTS) {
				errorf("too many --enable/--disable");
				return EXIT_TROUBLE;
			}
			o->list_on[o->nlists] = c == OPT_ENABLE;
			o->lists[o->nlists++] = optarg;
			break;
		case OPT_ALL:
			o->all = 1;
			break;
		case OPT_FAIL_ON:
			if ((lv = level_option("--fail-on", optarg, 1)) < 0)
				return EXIT_TROUBLE;
			o->fail_on = lv;
			given |= GIVEN_FAIL_ON;
			break;
		case OPT_MIN_LEVEL:
			if ((o->min_level = level_option("--min-level", optarg, 0)) < 0)
				return EXIT_TROUBLE;
			given |= GIVEN_MIN_LEVEL;
			break;
		case 'v':
			o->min_level = EL_LEVEL_NOTE;
			given |= GIVEN_MIN_LEVEL;
			break;
		case OPT_TESTS:
			o->ro.include_tests = 1;
			given |= GIVEN_TESTS;
			break;
		case OPT_COLD:
			if ((lv = level_option("--cold-paths", optarg, 0)) < 0)
				return EXIT_TROUBLE;
			o->cold = lv;
			given |= GIVEN_COLD;
			break;
		case OPT_INCLUDE:
			if (push(o->include, &o->ninclude, optarg, "--include") != 0)
				return EXIT_TROUBLE;
			break;
		case OPT_EXCLUDE:
			if (push(o->exclude, &o->nexclude, optarg, "--exclude") != 0)
				return EXIT_TROUBLE;
			break;
		case OPT_PACKAGES:
			if (push(o->packages, &o->npackages, optarg, "--packages") != 0)
				return EXIT_TROUBLE;
			break;
		case OPT_CONFIG:
			o->config_path = optarg;
			break;
		case OPT_NO_CONFIG:
			o->no_config = 1;
			break;
		case OPT_BASELINE:
			o->baseline = optarg;
			given |= GIVEN_BASELINE;
			break;
		case OPT_WRITE_BASELINE:
			o->write_baseline = optarg;
			break;
		case OPT_APPEND:
			o->append = 1;
			break;
		case OPT_BASE_SRCROOT:
			if (!diffcmd) {
				errorf("--base-srcroot is an option of escapelint diff");
				return EXIT_TROUBLE;
			}
			o->base_srcroot = optarg;
			break;
		case OPT_GO:
		case OPT_TAGS:
		case OPT_GO_FLAG:
		case OPT_NEW_FROM_REV:
			if (!gocmd) {
				errorf("%s is an option of escapelint go", argv[optind - 1]);
				fputs("Try 'escapelint --help'.\n", stderr);
				return EXIT_TROUBLE;
			}
			if (c == OPT_NEW_FROM_REV)
				o->new_from_rev = optarg;
			else if (c == OPT_GO)
				o->go = optarg;
			else if (c == OPT_TAGS)
				o->tags = optarg;
			else if (push(o->goflags, &o->ngoflags, optarg, "--go-flag") != 0)
				return EXIT_TROUBLE;
			break;
		case 'h':
			fputs(gocmd ? usage_go : diffcmd ? usage_diff : usage_logs, stdout);
			fputs(usage_report, stdout);
			if (!gocmd) /* escapelint go has its own --tests */
				fputs(usage_report_tests, stdout);
			fputs(usage_report_more, stdout);
			if (!diffcmd) /* a diff's base is its baseline */
				fputs(usage_baselines, stdout);
			fputs(usage_config_rules, stdout);
			if (!gocmd && !diffcmd)
				fputs(usage_modes, stdout);
			fputs(usage_tail, stdout);
			return finish_output() == 0 ? EXIT_CLEAN : EXIT_TROUBLE;
		case 'V':
			printf("escapelint %s\n", el_version());
			return finish_output() == 0 ? EXIT_CLEAN : EXIT_TROUBLE;
		case ':':
			errorf("option %s needs a value", argv[optind - 1]);
			fprintf(stderr, "Try 'escapelint%s%s --help'.\n", *sub ? " " : "", sub);
			return EXIT_TROUBLE;
		default:
			if (optopt)
				errorf("unknown option -%c", optopt);
			else
				errorf("unknown option %s", argv[optind - 1]);
			fprintf(stderr, "Try 'escapelint%s%s --help'.\n", *sub ? " " : "", sub);
			return EXIT_TROUBLE;
		}
	}
	if (o->config_path && o->no_config) {
		errorf("--config and --no-config cannot be combined");
		return EXIT_TROUBLE;
	}
	if (want_color(o->color_when) < 0) {
		errorf("--color takes auto, always or never, not '%s'", o->color_when);
		return EXIT_TROUBLE;
	}
	if (outputs_settle(o) != 0)
		return EXIT_TROUBLE;
	if (optind < argc) {
		o->args = argv + optind;
		o->nargs = argc - optind;
	} else if (o->nlogopt) {
		o->args = NULL; /* the directories are the input */
		o->nargs = 0;
	} else {
		o->args = gocmd ? all_packages : stdin_only;
		o->nargs = 1;
	}
	if (o->nlogopt && (gocmd || diffcmd)) {
		errorf("--logopt-dir reads a directory of compiler output; escapelint %s takes its "
		       "input otherwise", sub);
		return EXIT_TROUBLE;
	}
	if (merge_config(o, given) != 0)
		return EXIT_TROUBLE;
	if (diffcmd && o->mode == MODE_REPORT && o->nargs != 2) {
		errorf("escapelint diff takes two captures, BASE and HEAD (%d given)",
		       optind < argc ? o->nargs : 0);
		fputs("Try 'escapelint diff --help'.\n", stderr);
		return EXIT_TROUBLE;
	}
	if (diffcmd && ((given & GIVEN_BASELINE) || o->write_baseline)) {
		errorf("escapelint diff compares two captures: --baseline and --write-baseline do "
		       "not apply");
		return EXIT_TROUBLE;
	}
	/* a diff's base is its baseline; a new baseline records every finding */
	if (diffcmd || o->write_baseline)
		o->baseline = NULL;
	o->ro.color = want_color(o->color_when);
	o->ro.automation_id = o->category;
	/* notes only on request (--all lists unclassified notes, so it asks) */
	o->ro.min_level = o->min_level > 0 ? (el_level)o->min_level
	                  : o->all ? EL_LEVEL_NOTE : EL_LEVEL_WARNING;
	return -1;
}

/* See cli.h. */
void options_release(options *o)
{
	outputs_free(o);
	el_config_free(o->config);
	o->config = NULL;
}

/* See cli.h. */
int options_print(const options *o)
{
	el_config c;

	memset(&c, 0, sizeof c);
	c.path = o->config ? o->config->path : NULL;
	if (o->config)
		errorf("note: settings from %s and the command line", o->config->path);
	else
		errorf("note: no config file%s: the command line and the defaults",
		       o->no_config ? " (--no-config)" : " found");
	c.fail_on = o->fail_on;
	c.min_level = o->ro.min_level;
	c.cold_paths = o->cold;
	c.tests = o->ro.include_tests;
	c.include_external = o->ro.include_external;
	c.include = (char **)o->include;
	c.ninclude = (size_t)o->ninclude;
	c.exclude = (char **)o->exclude;
	c.nexclude = (size_t)o->nexclude;
	c.packages = (char **)o->packages;
	c.npackages = (size_t)o->npackages;
	c.baseline = (char *)o->baseline;
	if (o->config) {
		c.rule_files = o->config->rule_files;
		c.nrule_files = o->config->nrule_files;
		c.rules = o->config->rules;
		c.nrules = o->config->nrules;
	}
	if (el_config_write_json(&c, write_stream, stdout) != EL_OK) {
		errorf("error writing standard output");
		return EXIT_TROUBLE;
	}
	return finish_output() == 0 ? EXIT_CLEAN : EXIT_TROUBLE;
}
