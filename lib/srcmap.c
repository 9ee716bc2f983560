/*
 * srcmap.c -- reading a Go source file whole (gosrc.c parses it).
 *
 * The paths come from the compiler's output, which whoever wrote the code
 * under build controls (`//line /dev/zero:1`, a symlink to a FIFO): only
 * regular files of at most EL_SRC_MAX bytes are read, and opening never
 * blocks.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <stdlib.h>

#include "internal.h"

/* See internal.h. */
int el_roots_add(el_roots *r, const char *dir, const el_allocator *a)
{
	char *real = realpath(dir, NULL);
	size_t n;

	if (!real)
		return 0; /* nothing can be read below a directory that is not there */
	n = strlen(real);
	if (r->n == EL_ROOTS_MAX) {
		free(real);
		return 0;
	}
	if (n > 1 && real[n - 1] == '/')
		real[--n] = '\0';
	if (!(r->dir[r->n] = el_strdup(real, a))) {
		free(real);
		return -1;
	}
	r->n++;
	free(real);
	return 0;
}

/* See internal.h. */
void el_roots_release(el_roots *r, const el_allocator *a)
{
	size_t i;

	for (i = 0; i < r->n; i++)
		el_free(a, r->dir[i]);
	r->n = 0;
}

/* See internal.h. */
int el_roots_allow(const el_roots *r, const char *path)
{
	char *real;
	size_t i;
	int ok = 0;

	if (!r || r->n == 0)
		return 1;
	if (!(real = realpath(path, NULL)))
		return 0;
	for (i = 0; i < r->n && !ok; i++) {
		size_t n = strlen(r->dir[i]);
		ok = strcmp(r->dir[i], "/") == 0 ||
		     (strncmp(real, r->dir[i], n) == 0 && (real[n] == '/' || real[n] == '\0'));
	}
	free(real);
	return ok;
}

/* See internal.h. */
int el_src_read(const char *path, const el_roots *roots, el_buf *b, const el_allocator *a)
{
	int fd;
	struct stat st;
	ssize_t got;
	int rc = 0;

	b->len = 0;
	if (!el_roots_allow(roots, path))
		return -1;
	fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
	if (fd < 0)
		return -1;
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size > EL_SRC_MAX) {
		close(fd);
		return -1;
	}
	for (;;) {
		if (el_buf_reserve(b, 1 << 16, a) != 0) {
			rc = -2;
			break;
		}
		got = read(fd, b->ptr + b->len, b->cap - b->len);
		if (got < 0 && errno == EINTR)
			continue;
		if (got < 0 || b->len + (size_t)got > EL_SRC_MAX) {
			rc = -1; /* grew while being read */
			break;
		}
		if (got == 0)
			break;
		b->len += (size_t)got;
	}
	close(fd);
	if (rc != 0)
		b->len = 0;
	return rc;
}

/* See internal.h. */
el_status el_file_read(const char *path, size_t max, const char *what, el_buf *b, el_error *err,
                       const el_allocator *a)
{
	char limit[32];
	struct stat st;
	el_status status = EL_ERR_INVALID;
	int fd;

	if (max >= (1u << 20) && max % (1u << 20) == 0)
		snprintf(limit, sizeof limit, "%zu MiB", max >> 20);
	else
		snprintf(limit, sizeof limit, "%zu bytes", max);
	b->len = 0;
	/* O_NONBLOCK: opening a FIFO must not wait for a writer */
	fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
	if (fd < 0) {
		el_error_set(err, EL_ERR_INVALID, 0, 0, "cannot open: %s", strerror(errno));
		return EL_ERR_INVALID;
	}
	if (fstat(fd, &st) != 0) {
		el_error_set(err, EL_ERR_INVALID, 0, 0, "cannot stat: %s", strerror(errno));
		goto done;
	}
	if (S_ISDIR(st.st_mode)) {
		el_error_set(err, EL_ERR_INVALID, 0, 0, "is a directory, not %s", what);
		goto done;
	}
	if (!S_ISREG(st.st_mode)) {
		el_error_set(err, EL_ERR_INVALID, 0, 0, "not a regular file");
		goto done;
	}
	if ((unsigned long long)st.st_size > max) {
		el_error_set(err, EL_ERR_INVALID, 0, 0, "larger than %s (%lld bytes)", limit,
		             (long long)st.st_size);
		goto done;
	}
	/* read at most one byte more than allowed: the file may grow */
	for (;;) {
		ssize_t n;
		size_t want;

		if (b->len == b->cap &&
		    el_buf_reserve(b, b->cap ? b->cap : (size_t)st.st_size + 1, a) != 0) {
			status = EL_ERR_NOMEM;
			el_error_set(err, EL_ERR_NOMEM, 0, 0, "out of memory");
			goto done;
		}
		want = b->cap - b->len;
		if (want > max + 1 - b->len)
			want = max + 1 - b->len;
		n = read(fd, b->ptr + b->len, want);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			el_error_set(err, EL_ERR_INVALID, 0, 0, "cannot read: %s", strerror(errno));
			goto done;
		}
		if (n == 0)
			break;
		b->len += (size_t)n;
		if (b->len > max) {
			el_error_set(err, EL_ERR_INVALID, 0, 0, "larger than %s", limit);
			goto done;
		}
	}
	status = EL_OK;
done:
	close(fd);
	return status;
}
