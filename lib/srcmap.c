/*
 * srcmap.c -- reading a Go source file whole (gosrc.c parses it).
 *
 * The paths come from the compiler's output, which whoever wrote the code
 * under build controls (`//line /dev/zero:1`, a symlink to a FIFO): only
 * regular files of at most EL_SRC_MAX bytes are read, and opening never
 * blocks.
 */
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "internal.h"

/* Read a whole file into b (reset first); 0 on success, -1 when it cannot
 * be read (missing, not a regular file, larger than EL_SRC_MAX), -2 when
 * out of memory. */
int el_src_read(const char *path, el_buf *b, const el_allocator *a)
{
	int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
	struct stat st;
	ssize_t got;
	int rc = 0;

	b->len = 0;
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
