/*
 * outputs.c -- the report streams of -f FORMAT[:PATH] and -o PATH.  A file
 * is written to a temporary file beside it that replaces it only when the
 * whole run succeeded; a signal removes the temporary files.
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"

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

/* The file an output replaces: a symbolic link's target, or the path. */
static const char *dest(const output *o)
{
	return o->target ? o->target : o->path;
}

/* Look at what is at o->path: a device or FIFO is written to directly, a
 * symbolic link is followed (the link stays); 0, or -1 after a message. */
static int settle_path(output *o, int append)
{
	struct stat st;

	/* the job summary of earlier steps stays: written to a temporary
	 * file, appended when the run succeeds */
	o->append = append;
	if (stat(o->path, &st) == 0) {
		if (S_ISDIR(st.st_mode)) {
			errorf("cannot write %s: it is a directory", o->path);
			return -1;
		}
		if (!S_ISREG(st.st_mode)) {
			o->direct = 1;
			if ((o->fp = fopen(o->path, o->append ? "a" : "w")) == NULL) {
				errorf("cannot write %s: %s", o->path, strerror(errno));
				return -1;
			}
			fcntl(fileno(o->fp), F_SETFD, FD_CLOEXEC); /* not go's */
			return 0;
		}
	}
	if (lstat(o->path, &st) == 0 && S_ISLNK(st.st_mode) &&
	    (o->target = realpath(o->path, NULL)) == NULL) {
		errorf("cannot write %s: a symbolic link to a missing file", o->path);
		return -1;
	}
	return 0;
}

/* Open a temporary file beside the file o replaces; 0, or -1 after a
 * message. */
static int open_tmp(output *o, int slot)
{
	const char *path = dest(o), *slash = strrchr(path, '/');
	size_t dirlen = slash ? (size_t)(slash - path) + 1 : 0;
	const char *base = path + dirlen;
	mode_t mask;
	int fd;

	o->tmp = malloc(strlen(path) + 16);
	if (!o->tmp) {
		errorf("out of memory");
		return -1;
	}
	sprintf(o->tmp, "%.*s.%s.XXXXXX", (int)dirlen, path, base);
	fd = mkstemp(o->tmp);
	if (fd >= 0)
		fcntl(fd, F_SETFD, FD_CLOEXEC); /* not inherited by go */
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

/* Is path the file that $GITHUB_STEP_SUMMARY names (the same file, however
 * spelled)? */
static int is_step_summary(const char *path)
{
	const char *summary = getenv("GITHUB_STEP_SUMMARY");
	struct stat a, b;

	if (!summary || !*summary)
		return 0;
	if (stat(summary, &a) == 0 && stat(path, &b) == 0)
		return a.st_dev == b.st_dev && a.st_ino == b.st_ino;
	return strcmp(summary, path) == 0;
}

/* See cli.h: create every output's stream and report; 0, or -1 after a
 * message. */
int outputs_open(options *opts, const el_report_options *base, int color, int color_always)
{
	int i;

	signal(SIGINT, on_fatal_signal);
	signal(SIGTERM, on_fatal_signal);
	signal(SIGHUP, on_fatal_signal);
	signal(SIGPIPE, on_fatal_signal); /* | head: no temporary left behind */
	for (i = 0; i < opts->nouts; i++) {
		output *o = &opts->outs[i];
		el_report_options ro = *base;
		int append = o->path && o->format == EL_FMT_MARKDOWN &&
		             (opts->append || is_step_summary(o->path));
		if (o->path && (settle_path(o, append) != 0 || (!o->direct && open_tmp(o, i) != 0)))
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

/* Append the file at from to the file at to (created if missing); 0, or
 * -1 with errno set. */
static int append_file(const char *from, const char *to)
{
	char buf[1 << 14];
	FILE *in = fopen(from, "r"), *out = in ? fopen(to, "a") : NULL;
	size_t n;
	int rc = 0;

	if (!in || !out) {
		if (in)
			fclose(in);
		return -1;
	}
	while (rc == 0 && (n = fread(buf, 1, sizeof buf, in)) > 0)
		if (fwrite(buf, 1, n, out) != n)
			rc = -1;
	if (ferror(in))
		rc = -1;
	fclose(in);
	if (fclose(out) != 0)
		rc = -1;
	return rc;
}

/* Replace each PATH by its finished temporary file when keep is set,
 * otherwise remove the temporary files; 0, or -1 after a message. */
int outputs_close(options *opts, int keep)
{
	int i, rc = 0;

	for (i = 0; i < opts->nouts; i++) {
		output *o = &opts->outs[i];
		if (o->direct && o->fp) {
			/* a device or FIFO: what was written stays written, so a
			 * write error is reported whatever else failed */
			int bad, e;
			errno = 0;
			bad = fflush(o->fp) != 0 || ferror(o->fp);
			e = errno;
			bad = fclose(o->fp) != 0 || bad;
			if (bad) {
				e = write_errno() ? write_errno() : e ? e : errno ? errno : EIO;
				errorf("error writing %s: %s", o->path, strerror(e));
				rc = -1;
			}
			o->fp = NULL;
			continue;
		}
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
	for (i = 0; i < opts->nouts; i++) {
		output *o = &opts->outs[i];
		if (!o->tmp)
			continue;
		if (keep && o->append && append_file(o->tmp, dest(o)) != 0) {
			errorf("cannot append to %s: %s", dest(o), strerror(errno));
			rc = -1;
			keep = 0;
		} else if (keep && o->append) {
			unlink(o->tmp);
		} else if (keep && rename(o->tmp, dest(o)) != 0) {
			errorf("cannot replace %s: %s", dest(o), strerror(errno));
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

/* Parse -f FORMAT[:PATH] into r's outputs; 0, or -1 after a message. */
int outputs_add(options *opts, const char *arg)
{
	const char *colon = strchr(arg, ':');
	size_t n = colon ? (size_t)(colon - arg) : strlen(arg);
	char name[16];
	int f;

	if (opts->nouts == MAX_OUTPUTS) {
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
	opts->outs[opts->nouts].format = (el_format)f;
	opts->outs[opts->nouts].path = colon && strcmp(colon + 1, "-") != 0 ? colon + 1 : NULL;
	opts->nouts++;
	return 0;
}

/* Apply -o and check the outputs: one per file, one on standard output. */
int outputs_settle(options *opts)
{
	const char *opath = opts->opath;
	int i, j, without = -1, nstdout = 0;

	if (opath) {
		for (i = 0; i < opts->nouts; i++)
			if (!opts->outs[i].path) {
				if (without >= 0) {
					errorf("-o names one file, and several -f have no PATH: "
					       "use -f FORMAT:PATH for each");
					return -1;
				}
				without = i;
			}
		if (without < 0) {
			if (opts->nouts) {
				errorf("-o %s: every -f already names its file", opath);
				return -1;
			}
			opts->outs[0].format = format_for_path(opath);
			without = opts->nouts++;
		}
		opts->outs[without].path = strcmp(opath, "-") != 0 ? opath : NULL;
	}
	if (opts->nouts == 0) {
		opts->outs[0].format = EL_FMT_TEXT;
		opts->nouts = 1;
	}
	for (i = 0; i < opts->nouts; i++) {
		if (!opts->outs[i].path && ++nstdout > 1) {
			errorf("only one format can go to standard output: give the others a file "
			       "(-f FORMAT:PATH)");
			return -1;
		}
		for (j = 0; j < i; j++)
			if (opts->outs[i].path && opts->outs[j].path && strcmp(opts->outs[i].path, opts->outs[j].path) == 0) {
				errorf("%s is named by two -f options", opts->outs[i].path);
				return -1;
			}
	}
	return 0;
}


/* See cli.h. */
void outputs_free(options *o)
{
	int i;

	for (i = 0; i < o->nouts; i++) {
		el_report_free(o->outs[i].report);
		o->outs[i].report = NULL;
		free(o->outs[i].target);
		o->outs[i].target = NULL;
	}
}
