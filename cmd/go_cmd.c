/*
 * go_cmd.c -- `escapelint go [OPTION]... [PACKAGE]...`: find the module,
 * run
 *
 *     go build -trimpath -gcflags=-m=2 [-tags=T] [FLAG]... -o /dev/null PACKAGE...
 *
 * (go test -c ... with --tests) in the current directory, and read what
 * the compiler prints on go's standard error through the pipeline as it
 * arrives.
 *
 * -gcflags without a pattern applies to exactly the packages named on the
 * command line.  -trimpath makes go print a module's files as
 * MODULE/dir/file.go whatever the directory of the run: the build cache
 * replays a package's compiler output verbatim, so without it the paths
 * would be relative to wherever that package was first compiled.  The
 * pipeline reads those names from the module root.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cli.h"


/*
 * Start argv[0] (searched on PATH) in dir (NULL: here) with its standard output to *out_fd
 * (a pipe; NULL: /dev/null) and its standard error to *err_fd (a pipe;
 * NULL: escapelint's own).  Returns the pid, or -1 after a message (the
 * command could not be started: not found, not executable).
 */
static pid_t spawn_in(const char *dir, char *const argv[], int *out_fd, int *err_fd)
{
	int out[2] = { -1, -1 }, err[2] = { -1, -1 }, status_pipe[2] = { -1, -1 };
	int report[2] = { 0, 0 }; /* what failed in the child (0 chdir, 1 exec) and errno */
	ssize_t n;
	pid_t pid;

	if ((out_fd && pipe(out) != 0) || (err_fd && pipe(err) != 0) || pipe(status_pipe) != 0 ||
	    (pid = fork()) < 0) {
		int e = errno, k;
		int fds[6] = { out[0], out[1], err[0], err[1], status_pipe[0], status_pipe[1] };
		for (k = 0; k < 6; k++)
			if (fds[k] >= 0)
				close(fds[k]);
		errorf("cannot run %s: %s", argv[0], strerror(e));
		return -1;
	}
	if (pid == 0) {
		int devnull = open("/dev/null", O_WRONLY);
		close(status_pipe[0]);
		fcntl(status_pipe[1], F_SETFD, FD_CLOEXEC);
		if (dup2(out_fd ? out[1] : devnull, STDOUT_FILENO) < 0 ||
		    (err_fd && dup2(err[1], STDERR_FILENO) < 0))
			_exit(127);
		if (out_fd)
			close(out[0]), close(out[1]);
		if (err_fd)
			close(err[0]), close(err[1]);
		if (devnull > STDERR_FILENO)
			close(devnull);
		signal(SIGPIPE, SIG_DFL);
		signal(SIGINT, SIG_DFL);
		signal(SIGTERM, SIG_DFL);
		if (dir && chdir(dir) != 0) {
			report[0] = 0;
		} else {
			execvp(argv[0], argv);
			report[0] = 1;
		}
		report[1] = errno;
		if (write(status_pipe[1], report, sizeof report) < 0)
			_exit(127);
		_exit(127);
	}
	close(status_pipe[1]);
	if (out_fd)
		close(out[1]), *out_fd = out[0];
	if (err_fd)
		close(err[1]), *err_fd = err[0];
	do
		n = read(status_pipe[0], report, sizeof report);
	while (n < 0 && errno == EINTR);
	close(status_pipe[0]);
	if (n == (ssize_t)sizeof report) {
		while (waitpid(pid, NULL, 0) < 0 && errno == EINTR)
			;
		if (out_fd)
			close(*out_fd);
		if (err_fd)
			close(*err_fd);
		if (report[0] == 0)
			errorf("cannot run %s in %s: %s", argv[0], dir, strerror(report[1]));
		else if (report[1] == ENOENT && !strchr(argv[0], '/'))
			errorf("%s: command not found on PATH: install Go, or name it with --go=PATH "
			       "or $GO",
			       argv[0]);
		else
			errorf("cannot run %s: %s", argv[0], strerror(report[1]));
		return -1;
	}
	return pid;
}

static pid_t spawn(char *const argv[], int *out_fd, int *err_fd)
{
	return spawn_in(NULL, argv, out_fd, err_fd);
}

/* Wait for pid; its exit status, 128+N when killed by signal N. */
static int wait_for(pid_t pid)
{
	int st;

	while (waitpid(pid, &st, 0) < 0) {
		if (errno != EINTR)
			return 255;
		if (cli_interrupted) /* escapelint alone was signalled: go stops too */
			kill(pid, SIGTERM);
	}
	if (WIFEXITED(st))
		return WEXITSTATUS(st);
	return WIFSIGNALED(st) ? 128 + WTERMSIG(st) : 255;
}

/* What `go env GOMOD GOROOT GOMODCACHE GOVERSION` says (malloc'd). */
typedef struct goenv {
	char *gomod, *goroot_src, *modcache, *version;
} goenv;

static void goenv_free(goenv *e)
{
	free(e->gomod);
	free(e->goroot_src);
	free(e->modcache);
	free(e->version);
}

/* Run go env; 0, or -1 after a message. */
static int read_goenv(const options *o, goenv *env)
{
	char *argv[] = { (char *)o->go, "env", "GOMOD", "GOROOT", "GOMODCACHE", "GOVERSION", NULL };
	char buf[4 * 4096 + 16], *line[4] = { "", "", "", "" }, *p;
	size_t len = 0;
	ssize_t n;
	int fd, rc, k;
	pid_t pid = spawn(argv, &fd, NULL);

	memset(env, 0, sizeof *env);
	if (pid < 0)
		return -1;
	while (len < sizeof buf - 1 && (n = read(fd, buf + len, sizeof buf - 1 - len)) != 0) {
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			break;
		len += (size_t)n;
	}
	close(fd);
	rc = wait_for(pid);
	buf[len] = '\0';
	if (rc != 0) {
		errorf("%s env failed (exit status %d)", o->go, rc);
		return -1;
	}
	for (k = 0, p = buf; k < 4 && p; k++) {
		line[k] = p;
		if ((p = strchr(p, '\n')) != NULL)
			*p++ = '\0';
		line[k][strcspn(line[k], "\r")] = '\0';
	}
	if (!*line[0] || strcmp(line[0], "/dev/null") == 0 || strcmp(line[0], "NUL") == 0) {
		errorf("not inside a Go module (%s env GOMOD is empty): run escapelint go in a "
		       "module, or pipe a build's output into escapelint",
		       o->go);
		return -1;
	}
	env->gomod = strdup(line[0]);
	if (*line[1] && (env->goroot_src = malloc(strlen(line[1]) + 5)) != NULL)
		sprintf(env->goroot_src, "%s/src", line[1]);
	env->modcache = *line[2] ? strdup(line[2]) : NULL;
	env->version = *line[3] ? strdup(line[3]) : NULL;
	if (!env->gomod || (*line[1] && !env->goroot_src) || (*line[2] && !env->modcache) ||
	    (*line[3] && !env->version)) {
		errorf("out of memory");
		goenv_free(env);
		return -1;
	}
	return 0;
}

/* The module path declared in go.mod (malloc'd), or NULL after a message. */
static char *module_path(const char *gomod)
{
	FILE *f = fopen(gomod, "r");
	char line[1024], *p, *end, *path = NULL;

	if (!f) {
		errorf("%s: %s", gomod, strerror(errno));
		return NULL;
	}
	while (!path && fgets(line, sizeof line, f)) {
		p = line + strspn(line, " \t");
		if (strncmp(p, "module", 6) != 0 || (p[6] != ' ' && p[6] != '\t'))
			continue;
		p += 6 + strspn(p + 6, " \t");
		if (*p == '"' || *p == '`') {
			char q = *p++;
			end = strchr(p, q);
		} else {
			end = p + strcspn(p, " \t\r\n");
			if (strstr(p, "//") && strstr(p, "//") < end)
				end = strstr(p, "//");
		}
		if (end && end > p) {
			*end = '\0';
			path = strdup(p);
		}
	}
	fclose(f);
	if (!path)
		errorf("%s: no module line", gomod);
	return path;
}

/* Print go's own messages (the lines that were not diagnostics) and say
 * that the build failed. */
static void report_build_failure(const pipeline *p, const options *o, int rc)
{
	size_t i, n = pipeline_other_lines(p);

	for (i = 0; i < n; i++)
		fprintf(stderr, "%s\n", pipeline_other_line(p, i));
	errorf("%s %s failed (exit status %d)%s", o->go, o->ro.include_tests ? "test -c" : "build",
	       rc, n ? "" : "; it printed no message");
}

/*
 * Run go (argv) in dir (NULL: here) and read its standard error through
 * p.  EXIT_CLEAN, EXIT_BUILD when go failed (*rc its status), or
 * EXIT_TROUBLE after a message.  ^C reaches go too (same process group);
 * a signal to escapelint alone (with --new-from-rev's handler) stops go.
 */
static int run_build(pipeline *p, const char *dir, char **argv, int *rc)
{
	int fd, ok;
	/* with -json, go's events are on its standard output and its own
	 * errors (no module, bad flag) go straight to ours */
	int json = strcmp(argv[2], "-json") == 0 || strcmp(argv[3], "-json") == 0;
	pid_t pid = spawn_in(dir, argv, json ? &fd : NULL, json ? NULL : &fd);

	if (pid < 0)
		return EXIT_TROUBLE;
	ok = pipeline_read_fd(p, fd, "go build") == 0;
	close(fd); /* a stopped read: go gets SIGPIPE */
	if (cli_interrupted)
		kill(pid, SIGTERM); /* go did not get the signal: a kill, not a ^C */
	*rc = wait_for(pid);
	if (*rc != 0 && ok)
		return EXIT_BUILD;
	return ok ? EXIT_CLEAN : EXIT_TROUBLE;
}

/* Run a command (argv) and keep the first line of its standard output in
 * out (malloc'd); its exit status, or -1 after a message. */
static int run_line(char **argv, char **out)
{
	char buf[4096];
	size_t len = 0;
	ssize_t n;
	int fd, rc;
	pid_t pid = spawn(argv, &fd, NULL);

	*out = NULL;
	if (pid < 0)
		return -1;
	while (len < sizeof buf - 1 && (n = read(fd, buf + len, sizeof buf - 1 - len)) != 0) {
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			break;
		len += (size_t)n;
	}
	close(fd);
	rc = wait_for(pid);
	buf[len] = '\0';
	buf[strcspn(buf, "\r\n")] = '\0';
	if (rc == 0 && (*out = strdup(buf)) == NULL) {
		errorf("out of memory");
		return -1;
	}
	return rc;
}

/* The part of path below dir ("" for dir itself), or NULL when it is not
 * below it.  Both absolute and without symbolic links. */
static const char *below(const char *path, const char *dir)
{
	size_t n = strlen(dir);

	if (strncmp(path, dir, n) != 0 || (path[n] != '/' && path[n] != '\0'))
		return NULL;
	return path[n] == '/' ? path + n + 1 : path + n;
}

static volatile sig_atomic_t interrupted;

static void on_interrupt(int sig)
{
	interrupted = sig;
	cli_interrupted = 1;
}

/*
 * --new-from-rev=REV: check REV out in a temporary git worktree, build
 * the same packages there (same flags, same build cache) and collect its
 * findings into base; the worktree is removed before the working tree is
 * built, also after a failure or ^C.  EXIT_CLEAN, or the status to end
 * with after a message.
 */
static int build_revision(options *o, el_rules *rs, char **argv, const char *root,
                          const char *cwd, diff_base *base)
{
	char *git_top[] = { "git", "rev-parse", "--show-toplevel", NULL };
	char *top = NULL, *real_top = NULL, *real_cwd = NULL, *real_root = NULL;
	char tmpl[4096], wt[4200], wt_cwd[8400], wt_root[8400], wt_src[8400];
	const char *tmpdir = getenv("TMPDIR"), *rel_cwd, *rel_root;
	struct sigaction on, old[3];
	static const int sigs[3] = { SIGINT, SIGTERM, SIGHUP };
	pipeline *p;
	int status = EXIT_TROUBLE, rc = 0, k, have_tree = 0;
	const char *saved_dir = o->module_dir;

	if (run_line(git_top, &top) != 0 || !top || !*top) {
		errorf("--new-from-rev needs a git repository: git rev-parse --show-toplevel failed "
		       "here");
		free(top);
		return EXIT_TROUBLE;
	}
	real_top = realpath(top, NULL);
	real_cwd = realpath(cwd, NULL);
	real_root = realpath(root, NULL);
	if (!real_top || !real_cwd || !real_root ||
	    !(rel_cwd = below(real_cwd, real_top)) || !(rel_root = below(real_root, real_top))) {
		errorf("--new-from-rev: the module %s is not inside the git repository %s", root, top);
		goto out;
	}
	snprintf(tmpl, sizeof tmpl, "%s/escapelint-rev.XXXXXX",
	         tmpdir && *tmpdir ? tmpdir : "/tmp");
	if (!mkdtemp(tmpl)) {
		errorf("--new-from-rev: cannot make a temporary directory: %s", strerror(errno));
		goto out;
	}
	snprintf(wt, sizeof wt, "%s/tree", tmpl);
	snprintf(wt_cwd, sizeof wt_cwd, "%s%s%s", wt, *rel_cwd ? "/" : "", rel_cwd);
	snprintf(wt_root, sizeof wt_root, "%s%s%s", wt, *rel_root ? "/" : "", rel_root);
	/* ^C from here on: go stops, the worktree is removed, then the
	 * signal ends escapelint */
	memset(&on, 0, sizeof on);
	on.sa_handler = on_interrupt;
	for (k = 0; k < 3; k++)
		sigaction(sigs[k], &on, &old[k]);
	{
		char *add[] = { "git", "-C", real_top, "worktree", "add", "--quiet", "--detach", wt,
			        (char *)o->new_from_rev, NULL };
		char *ignored = NULL;
		rc = run_line(add, &ignored);
		free(ignored);
		if (rc != 0) {
			errorf("--new-from-rev: git worktree add %s failed (see git's message above)",
			       o->new_from_rev);
			goto cleanup;
		}
		have_tree = 1;
	}
	o->module_dir = wt_root;
	/* --srcroot inside the repository: the same place in the worktree */
	if (o->srcroot) {
		char *real_src = realpath(o->srcroot, NULL);
		const char *rel = real_src ? below(real_src, real_top) : NULL;
		snprintf(wt_src, sizeof wt_src, "%s%s%s", rel ? wt : o->srcroot,
		         rel && *rel ? "/" : "", rel ? rel : "");
		free(real_src);
	}
	p = pipeline_new(o, rs, o->srcroot ? wt_src : wt_root, wt_cwd, PIPE_QUIET | PIPE_BUILD);
	if (!p)
		goto cleanup;
	pipeline_set_hook(p, diff_collect, base);
	if (!interrupted)
		status = run_build(p, wt_cwd, argv, &rc);
	if (status == EXIT_BUILD) {
		report_build_failure(p, o, rc);
		errorf("note: that was the build of %s (--new-from-rev)", o->new_from_rev);
	} else if (status == EXIT_CLEAN) {
		status = pipeline_finish(p, 1);
	}
	pipeline_free(p);
cleanup:
	if (have_tree) {
		char *rm[] = { "git", "-C", real_top, "worktree", "remove", "--force", wt, NULL };
		char *prune[] = { "git", "-C", real_top, "worktree", "prune", NULL };
		char *ignored = NULL;
		if (run_line(rm, &ignored) != 0)
			errorf("note: could not remove the worktree %s (git worktree prune cleans up)", wt);
		free(ignored);
		ignored = NULL;
		run_line(prune, &ignored);
		free(ignored);
	}
	rmdir(tmpl);
	for (k = 0; k < 3; k++)
		sigaction(sigs[k], &old[k], NULL);
	if (interrupted) {
		int sig = interrupted;
		outputs_close(o, 0);
		signal(sig, SIG_DFL);
		raise(sig);
	}
out:
	o->module_dir = saved_dir;
	free(top);
	free(real_top);
	free(real_cwd);
	free(real_root);
	return status;
}

/* The go command line for the options (argv[0] is go), with each .go
 * operand turned into the package of its directory, once.  NULL after a
 * message; *pkgs holds the strings made for those (free each, then it). */
static char **go_argv(const options *o, char ***pkgs)
{
	size_t cap = (size_t)o->nargs + (size_t)o->ngoflags + 16;
	char **argv = calloc(cap, sizeof *argv), *tags = NULL;
	int argc = 0, argc0, i, np = 0;

	*pkgs = calloc((size_t)o->nargs + 2, sizeof **pkgs);
	if (!argv || !*pkgs) {
		errorf("out of memory");
		free(argv);
		return NULL;
	}
	if (o->nargs && o->args[0][0] == '-') {
		errorf("%s: go flags go through --go-flag=FLAG", o->args[0]);
		free(argv);
		return NULL;
	}
	argv[argc++] = (char *)o->go;
	argv[argc++] = o->ro.include_tests ? "test" : "build";
	if (o->ro.include_tests)
		argv[argc++] = "-c";
	argv[argc++] = "-trimpath";
	argv[argc++] = "-gcflags=-m=2";
	if (o->tags) {
		if (!(tags = malloc(strlen(o->tags) + 7))) {
			errorf("out of memory");
			free(argv);
			return NULL;
		}
		sprintf(tags, "-tags=%s", o->tags);
		(*pkgs)[np++] = argv[argc++] = tags;
	}
	for (i = 0; i < o->ngoflags; i++)
		argv[argc++] = (char *)o->goflags[i];
	argv[argc++] = "-o";
	argv[argc++] = "/dev/null";
	argc0 = argc;
	for (i = 0; i < o->nargs; i++) {
		/* a Go file names the package of its directory (pre-commit
		 * passes the staged files) */
		const char *a = o->args[i];
		size_t n = strlen(a);
		int k, dup = 0;
		if (n > 3 && strcmp(a + n - 3, ".go") == 0) {
			const char *sep = strrchr(a, '/');
			int dn = sep ? (int)(sep - a) : 0;
			char *pkg = malloc((size_t)dn + 3);
			if (!pkg) {
				errorf("out of memory");
				free(argv);
				return NULL;
			}
			if (a[0] == '/')
				sprintf(pkg, "%.*s", dn, a);
			else if (dn == 0)
				strcpy(pkg, ".");
			else
				sprintf(pkg, "%s%.*s", a[0] == '.' ? "" : "./", dn, a);
			(*pkgs)[np++] = pkg;
			a = pkg;
		}
		for (k = argc0; k < argc && !dup; k++)
			dup = strcmp(argv[k], a) == 0;
		if (!dup)
			argv[argc++] = (char *)a;
	}
	argv[argc] = NULL;
	return argv;
}

/* Find a default.pgo below dir (depth-limited, skipping hidden, vendor
 * and testdata directories) into found; 1 when there is one. */
static int find_default_pgo(const char *dir, int depth, char *found, size_t size)
{
	DIR *d;
	struct dirent *e;
	int hit = 0;

	if (depth > 8 || (d = opendir(dir)) == NULL)
		return 0;
	while (!hit && (e = readdir(d)) != NULL) {
		char path[4096];
		struct stat st;
		if (e->d_name[0] == '.' || e->d_name[0] == '_' || strcmp(e->d_name, "vendor") == 0 ||
		    strcmp(e->d_name, "testdata") == 0)
			continue;
		if ((size_t)snprintf(path, sizeof path, "%s/%s", dir, e->d_name) >= sizeof path ||
		    lstat(path, &st) != 0)
			continue;
		if (S_ISREG(st.st_mode) && strcmp(e->d_name, "default.pgo") == 0) {
			snprintf(found, size, "%s", path);
			hit = 1;
		} else if (S_ISDIR(st.st_mode)) {
			hit = find_default_pgo(path, depth + 1, found, size);
		}
	}
	closedir(d);
	return hit;
}

/* Why the build is profile-guided, into buf, or NULL: a -pgo flag (not
 * off), else (Go >= 1.21, -pgo=auto) a default.pgo in the module, which
 * go uses for the main package in its directory. */
static const char *pgo_reason(const options *o, const char *root, const char *version,
                              char *buf, size_t size)
{
	char found[4096];
	int i, minor;

	for (i = 0; i < o->ngoflags; i++) {
		const char *f = o->goflags[i];
		if (strncmp(f, "-pgo=", 5) == 0 || strncmp(f, "--pgo=", 6) == 0) {
			const char *v = strchr(f, '=') + 1;
			if (strcmp(v, "off") == 0)
				return NULL;
			if (strcmp(v, "auto") != 0) {
				snprintf(buf, size, "%s", f);
				return buf;
			}
		}
	}
	if (!version || el_goversion_parse(version, &minor, NULL) != 0 || minor < 21)
		return NULL;
	if (!find_default_pgo(root, 0, found, sizeof found))
		return NULL;
	snprintf(buf, size, "%s, used by go build for the main package there",
	         found + (strncmp(found, root, strlen(root)) == 0 ? strlen(root) + 1 : 0));
	return buf;
}

/* Go >= 1.24 wraps the compiler's output in go build -json events, which
 * keep it apart from go's own messages: insert -json after build (or
 * test -c) in argv (which has room for it). */
static void use_json(char **argv, const char *version)
{
	int minor, at = strcmp(argv[1], "test") == 0 ? 3 : 2, i;

	if (!version || el_goversion_parse(version, &minor, NULL) != 0 || minor < 24)
		return;
	for (i = at; argv[i]; i++)
		;
	for (; i >= at; i--)
		argv[i + 1] = argv[i];
	argv[at] = "-json";
}

static void free_pkgs(char **pkgs)
{
	size_t i;

	for (i = 0; pkgs && pkgs[i]; i++)
		free(pkgs[i]);
	free(pkgs);
}

/* See cli.h. */
int go_command(options *o, el_rules *rs)
{
	char **argv, **pkgs = NULL;
	char *root, *module, *slash, *cwd;
	char pgo[4200];
	goenv env;
	pipeline *p = NULL;
	diff_base *base = NULL;
	int rc = 0, status;

	if ((argv = go_argv(o, &pkgs)) == NULL) {
		free_pkgs(pkgs);
		return EXIT_TROUBLE;
	}
	if (read_goenv(o, &env) != 0) {
		free(argv), free_pkgs(pkgs);
		return EXIT_TROUBLE;
	}
	if ((module = module_path(env.gomod)) == NULL) {
		goenv_free(&env);
		free(argv), free_pkgs(pkgs);
		return EXIT_TROUBLE;
	}
	root = env.gomod;
	if ((slash = strrchr(root, '/')) != NULL)
		*(slash == root ? slash + 1 : slash) = '\0';
	if ((cwd = getcwd(NULL, 0)) == NULL) {
		errorf("cannot get the current directory: %s", strerror(errno));
		goenv_free(&env);
		free(module);
		free(argv), free_pkgs(pkgs);
		return EXIT_TROUBLE;
	}
	o->module = module;
	o->module_dir = root;
	o->goroot_src = env.goroot_src;
	o->module_cache = env.modcache;
	if (!o->go_version) {
		o->go_version = env.version;
		o->go_version_source = "go env GOVERSION";
	}
	o->pgo = pgo_reason(o, root, env.version, pgo, sizeof pgo);
	use_json(argv, env.version);
	if (o->new_from_rev) {
		if ((base = diff_base_new()) == NULL) {
			errorf("out of memory");
			status = EXIT_TROUBLE;
		} else {
			status = build_revision(o, rs, argv, root, cwd, base);
		}
		if (status != EXIT_CLEAN) {
			diff_base_free(base);
			goenv_free(&env), free(module), free(cwd);
			free(argv), free_pkgs(pkgs);
			o->module = o->module_dir = o->goroot_src = o->module_cache = NULL;
			return status;
		}
	}
	p = pipeline_new(o, rs, o->srcroot ? o->srcroot : root, cwd,
	                 PIPE_BUILD | (base ? PIPE_DIFF : 0));
	free(cwd);
	if (!p) {
		diff_base_free(base);
		goenv_free(&env), free(module);
		free(argv), free_pkgs(pkgs);
		return EXIT_TROUBLE;
	}
	if (base)
		pipeline_set_hook(p, diff_compare, base);
	status = run_build(p, NULL, argv, &rc);
	if (status == EXIT_BUILD) {
		report_build_failure(p, o, rc);
		outputs_close(o, 0);
	} else {
		if (base && status == EXIT_CLEAN && diff_report_removed(base, o) != 0)
			status = EXIT_TROUBLE;
		status = pipeline_finish(p, status == EXIT_CLEAN);
	}
	diff_base_free(base);
	pipeline_free(p);
	goenv_free(&env);
	free(module);
	free(argv), free_pkgs(pkgs);
	o->module = o->module_dir = o->goroot_src = o->module_cache = o->go_version = NULL;
	o->pgo = NULL;
	return status;
}
