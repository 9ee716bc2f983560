/*
 * main.c -- the command line's entry: `escapelint go ...` runs a build
 * (go_cmd.c), anything else reads logs.  Everything that understands
 * compiler output lives in libescapelint.
 */
#include <errno.h>
#include <sys/stat.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

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

/* The default subcommand: read logs (files or standard input). */
static int logs_command(options *o, el_rules *rs)
{
	pipeline *p;
	char *cwd;
	const char *srcroot = o->srcroot ? o->srcroot : ".";
	int i, ok = 1, status;

	if (check_dir(srcroot, "--srcroot") != 0)
		return EXIT_TROUBLE;
	if ((cwd = getcwd(NULL, 0)) == NULL) {
		errorf("cannot get the current directory: %s", strerror(errno));
		return EXIT_TROUBLE;
	}
	p = pipeline_new(o, rs, srcroot, cwd, 0);
	free(cwd);
	if (!p)
		return EXIT_TROUBLE;
	for (i = 0; i < o->nargs; i++)
		if (pipeline_read_path(p, o->args[i]) != 0)
			ok = 0;
	for (i = 0; i < o->nlogopt; i++)
		if (pipeline_read_logopt(p, o->logopt[i]) != 0)
			ok = 0;
	status = pipeline_finish(p, ok);
	pipeline_free(p);
	return status;
}

int main(int argc, char **argv)
{
	const char *sub = argc > 1 && (strcmp(argv[1], "go") == 0 || strcmp(argv[1], "diff") == 0)
	                          ? argv[1]
	                          : "";
	options o;
	el_rules *rs = NULL;
	int status;

	status = *sub ? options_parse(&o, argc - 1, argv + 1, sub) : options_parse(&o, argc, argv, "");
	if (status >= 0) {
		options_release(&o);
		return status;
	}
	switch (o.mode) {
	case MODE_PRINT_CONFIG:
		status = options_print(&o);
		break;
	case MODE_STATS:
	case MODE_DUMP:
		status = records_mode(&o);
		break;
	default:
		if ((rs = rules_load(&o)) == NULL) {
			status = EXIT_TROUBLE;
			break;
		}
		if (o.mode != MODE_REPORT)
			status = rules_mode(&o, rs);
		else if (o.srcroot && check_dir(o.srcroot, "--srcroot") != 0)
			status = EXIT_TROUBLE;
		else
			status = strcmp(sub, "go") == 0     ? go_command(&o, rs)
			         : strcmp(sub, "diff") == 0 ? diff_command(&o, rs)
			                                    : logs_command(&o, rs);
		break;
	}
	if (finish_output() != 0 && status != EXIT_TROUBLE)
		status = EXIT_TROUBLE;
	options_release(&o);
	el_rules_free(rs);
	return status;
}
