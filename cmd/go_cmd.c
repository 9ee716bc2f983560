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

#define MAX_ARGV (MAX_LISTS + 16)

/*
 * Start argv[0] (searched on PATH) with its standard output to *out_fd
 * (a pipe; NULL: /dev/null) and its standard error to *err_fd (a pipe;
 * NULL: escapelint's own).  Returns the pid, or -1 after a message (the
 * command could not be started: not found, not executable).
 */
static pid_t spawn(char *const argv[], int *out_fd, int *err_fd)
{
	int out[2] = { -1, -1 }, err[2] = { -1, -1 }, status_pipe[2];
	int child_errno = 0;
	ssize_t n;
	pid_t pid;

	if ((out_fd && pipe(out) != 0) || (err_fd && pipe(err) != 0) ||
	    pipe(status_pipe) != 0) {
		errorf("cannot run %s: %s", argv[0], strerror(errno));
		return -1;
	}
	fcntl(status_pipe[1], F_SETFD, FD_CLOEXEC);
	pid = fork();
	if (pid < 0) {
		errorf("cannot run %s: %s", argv[0], strerror(errno));
		return -1;
	}
	if (pid == 0) {
		int devnull = open("/dev/null", O_WRONLY);
		close(status_pipe[0]);
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
		execvp(argv[0], argv);
		child_errno = errno;
		if (write(status_pipe[1], &child_errno, sizeof child_errno) < 0)
			_exit(127);
		_exit(127);
	}
	close(status_pipe[1]);
	if (out_fd)
		close(out[1]), *out_fd = out[0];
	if (err_fd)
		close(err[1]), *err_fd = err[0];
	do
		n = read(status_pipe[0], &child_errno, sizeof child_errno);
	while (n < 0 && errno == EINTR);
	close(status_pipe[0]);
	if (n == (ssize_t)sizeof child_errno) {
		waitpid(pid, NULL, 0);
		if (out_fd)
			close(*out_fd);
		if (err_fd)
			close(*err_fd);
		if (child_errno == ENOENT && !strchr(argv[0], '/'))
			errorf("%s: command not found on PATH: install Go, or name it with --go=PATH "
			       "or $GO",
			       argv[0]);
		else
			errorf("cannot run %s: %s", argv[0], strerror(child_errno));
		return -1;
	}
	return pid;
}

/* Wait for pid; its exit status, 128+N when killed by signal N. */
static int wait_for(pid_t pid)
{
	int st;

	while (waitpid(pid, &st, 0) < 0)
		if (errno != EINTR)
			return 255;
	if (WIFEXITED(st))
		return WEXITSTATUS(st);
	return WIFSIGNALED(st) ? 128 + WTERMSIG(st) : 255;
}

/* What `go env GOMOD GOROOT GOMODCACHE` says (malloc'd strings). */
typedef struct goenv {
	char *gomod, *goroot_src, *modcache;
} goenv;

static void goenv_free(goenv *e)
{
	free(e->gomod);
	free(e->goroot_src);
	free(e->modcache);
}

/* Run go env; 0, or -1 after a message. */
static int read_goenv(const options *o, goenv *env)
{
	char *argv[] = { (char *)o->go, "env", "GOMOD", "GOROOT", "GOMODCACHE", NULL };
	char buf[3 * 4096 + 16], *line[3] = { "", "", "" }, *p;
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
	for (k = 0, p = buf; k < 3 && p; k++) {
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
	if (!env->gomod || (*line[1] && !env->goroot_src) || (*line[2] && !env->modcache)) {
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

/* See cli.h. */
int go_command(options *o, el_rules *rs)
{
	char *argv[MAX_ARGV + MAX_LISTS];
	char *root, *module, *slash, *cwd, tags[4096];
	goenv env;
	pipeline *p = NULL;
	static char pkgbuf[MAX_LISTS][1024];
	int argc = 0, argc0, i, fd, rc, ok, status;
	pid_t pid;
	struct sigaction ign, old_int, old_term;

	if (read_goenv(o, &env) != 0)
		return EXIT_TROUBLE;
	if ((module = module_path(env.gomod)) == NULL) {
		goenv_free(&env);
		return EXIT_TROUBLE;
	}
	root = env.gomod;
	if ((slash = strrchr(root, '/')) != NULL)
		*(slash == root ? slash + 1 : slash) = '\0';
	if ((cwd = getcwd(NULL, 0)) == NULL) {
		errorf("cannot get the current directory: %s", strerror(errno));
		goenv_free(&env);
		free(module);
		return EXIT_TROUBLE;
	}
	argv[argc++] = (char *)o->go;
	argv[argc++] = o->ro.include_tests ? "test" : "build";
	if (o->ro.include_tests)
		argv[argc++] = "-c";
	argv[argc++] = "-trimpath";
	argv[argc++] = "-gcflags=-m=2";
	if (o->tags) {
		snprintf(tags, sizeof tags, "-tags=%s", o->tags);
		argv[argc++] = tags;
	}
	for (i = 0; i < o->ngoflags; i++)
		argv[argc++] = (char *)o->goflags[i];
	argv[argc++] = "-o";
	argv[argc++] = "/dev/null";
	if (o->nargs > MAX_LISTS) {
		errorf("too many packages (at most %d)", MAX_LISTS);
		goenv_free(&env), free(module), free(cwd);
		return EXIT_TROUBLE;
	}
	if (o->nargs && o->args[0][0] == '-') {
		errorf("%s: go flags go through --go-flag=FLAG", o->args[0]);
		goenv_free(&env), free(module), free(cwd);
		return EXIT_TROUBLE;
	}
	argc0 = argc;
	for (i = 0; i < o->nargs; i++) {
		/* a Go file names the package of its directory (pre-commit
		 * passes the staged files) */
		const char *a = o->args[i];
		size_t n = strlen(a);
		int k, dup = 0;
		if (n > 3 && strcmp(a + n - 3, ".go") == 0) {
			const char *sep = strrchr(a, '/');
			size_t dn = sep ? (size_t)(sep - a) : 0;
			if (dn + 3 > sizeof pkgbuf[0]) {
				errorf("%s: path too long", a);
				goenv_free(&env), free(module), free(cwd);
				return EXIT_TROUBLE;
			}
			if (a[0] == '/')
				snprintf(pkgbuf[i], sizeof pkgbuf[i], "%.*s", (int)dn, a);
			else if (dn == 0)
				snprintf(pkgbuf[i], sizeof pkgbuf[i], ".");
			else
				snprintf(pkgbuf[i], sizeof pkgbuf[i], "%s%.*s",
				         a[0] == '.' ? "" : "./", (int)dn, a);
			a = pkgbuf[i];
		}
		for (k = argc0; k < argc && !dup; k++)
			dup = strcmp(argv[k], a) == 0;
		if (!dup)
			argv[argc++] = (char *)a;
	}
	argv[argc] = NULL;

	o->module = module;
	o->module_dir = root;
	o->goroot_src = env.goroot_src;
	o->module_cache = env.modcache;
	p = pipeline_new(o, rs, o->srcroot ? o->srcroot : root, cwd);
	free(cwd);
	if (!p) {
		goenv_free(&env), free(module);
		return EXIT_TROUBLE;
	}
	/* ^C reaches go (same process group); escapelint waits for it and
	 * then removes its temporary files */
	memset(&ign, 0, sizeof ign);
	ign.sa_handler = SIG_IGN;
	pid = spawn(argv, NULL, &fd);
	if (pid < 0) {
		outputs_close(o, 0);
		pipeline_free(p);
		goenv_free(&env), free(module);
		return EXIT_TROUBLE;
	}
	ok = pipeline_read_fd(p, fd, "go build") == 0;
	close(fd); /* a stopped read: go gets SIGPIPE */
	sigaction(SIGINT, &ign, &old_int);
	sigaction(SIGTERM, &ign, &old_term);
	rc = wait_for(pid);
	sigaction(SIGINT, &old_int, NULL);
	sigaction(SIGTERM, &old_term, NULL);
	if (rc != 0 && ok) {
		report_build_failure(p, o, rc);
		outputs_close(o, 0);
		status = EXIT_BUILD;
	} else {
		status = pipeline_finish(p, ok);
	}
	pipeline_free(p);
	goenv_free(&env);
	free(module);
	o->module = o->module_dir = o->goroot_src = o->module_cache = NULL;
	return status;
}
