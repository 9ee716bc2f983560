/*
 * path.c -- file names as the compiler prints them (relative to the build
 * directory, absolute, Windows-style) turned into normalised absolute
 * names, and made relative to the source root.
 */
#include "internal.h"

/* Is file absolute (POSIX, or a Windows drive or UNC path)? */
static int is_absolute(el_str f)
{
	return (f.len > 0 && (f.ptr[0] == '/' || f.ptr[0] == '\\')) ||
	       (f.len > 2 && f.ptr[1] == ':' && (f.ptr[2] == '/' || f.ptr[2] == '\\'));
}

/* Append one path component to out, handling "." and "..". */
static int push_component(el_buf *out, const char *c, size_t n, const el_allocator *a)
{
	if (n == 0 || (n == 1 && c[0] == '.'))
		return 0;
	if (n == 2 && c[0] == '.' && c[1] == '.') {
		while (out->len > 1 && out->ptr[out->len - 1] != '/')
			out->len--;
		if (out->len > 1)
			out->len--; /* the slash, except the root's */
		return 0;
	}
	if (!(out->len == 1 && out->ptr[0] == '/') && el_buf_append(out, "/", 1, a) != 0)
		return -1;
	return el_buf_append(out, c, n, a);
}

/* Append the components of p (separated by / or \) to out. */
static int push_path(el_buf *out, const char *p, size_t n, const el_allocator *a)
{
	size_t i = 0;

	while (i < n) {
		size_t j = i;
		while (j < n && p[j] != '/' && p[j] != '\\')
			j++;
		if (push_component(out, p + i, j - i, a) != 0)
			return -1;
		i = j + 1;
	}
	return 0;
}

/* See internal.h. */
int el_path_absolute(el_buf *out, const char *cwd, el_str file, const el_allocator *a)
{
	out->len = 0;
	if (el_buf_append(out, "/", 1, a) != 0)
		return -1;
	if (!is_absolute(file) && cwd && push_path(out, cwd, strlen(cwd), a) != 0)
		return -1;
	if (file.len > 2 && file.ptr[1] == ':') { /* keep a drive letter as a component */
		if (push_component(out, file.ptr, 2, a) != 0)
			return -1;
		file.ptr += 2, file.len -= 2;
	}
	return push_path(out, file.ptr, file.len, a);
}

/* See internal.h. */
el_str el_path_below(el_str root, el_str abs)
{
	size_t n = root.len;

	while (n > 1 && root.ptr[n - 1] == '/')
		n--;
	if (n == 1 && root.ptr[0] == '/')
		return abs.len > 1 ? el_str_make(abs.ptr + 1, abs.len - 1) : el_str_make(NULL, 0);
	if (abs.len > n + 1 && memcmp(abs.ptr, root.ptr, n) == 0 && abs.ptr[n] == '/')
		return el_str_make(abs.ptr + n + 1, abs.len - n - 1);
	return el_str_make(NULL, 0);
}

/* See internal.h. */
int el_trim_init(el_trim *t, const char *module, const char *module_dir,
                 const char *goroot_src, const char *module_cache, const el_allocator *a)
{
	memset(t, 0, sizeof *t);
	if (!module || !module_dir)
		return 0;
	if (!(t->module = el_strdup(module, a)) || !(t->module_dir = el_strdup(module_dir, a)) ||
	    (goroot_src && !(t->goroot_src = el_strdup(goroot_src, a))) ||
	    (module_cache && !(t->module_cache = el_strdup(module_cache, a)))) {
		el_trim_release(t, a);
		return -1;
	}
	return 0;
}

/* See internal.h. */
void el_trim_release(el_trim *t, const el_allocator *a)
{
	el_free(a, t->module);
	el_free(a, t->module_dir);
	el_free(a, t->goroot_src);
	el_free(a, t->module_cache);
	memset(t, 0, sizeof *t);
}

/* See internal.h. */
int el_path_resolve(el_buf *out, const char *cwd, const el_trim *t, el_str file,
                    const el_allocator *a)
{
	size_t n = t && t->module ? strlen(t->module) : 0, first;

	if (n == 0 || is_absolute(file) || file.len == 0 || file.ptr[0] == '.' || file.ptr[0] == '<')
		return el_path_absolute(out, cwd, file, a);
	if (file.len > n + 1 && memcmp(file.ptr, t->module, n) == 0 && file.ptr[n] == '/')
		return el_path_absolute(out, t->module_dir,
		                        el_str_make(file.ptr + n + 1, file.len - n - 1), a);
	/* another module's files carry its version in a path element */
	for (first = 0; first < file.len && file.ptr[first] != '@'; first++)
		;
	if (first < file.len && t->module_cache)
		return el_path_absolute(out, t->module_cache, file, a);
	if (t->goroot_src)
		return el_path_absolute(out, t->goroot_src, file, a);
	return el_path_absolute(out, cwd, file, a);
}
