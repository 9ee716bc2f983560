/*
 * callee.h -- the build's functions and the parameters they keep
 * (callee.c), for naming the cause of an escape in the function called.
 * Internal to the library.
 */
#ifndef EL_CALLEE_H
#define EL_CALLEE_H
#include "gosrc.h"

typedef struct el_callees el_callees;

el_callees *el_callees_new(const el_allocator *a);
void el_callees_free(el_callees *c, const el_allocator *a);

/* Register a function of the package at import path pkg, named as the
 * compiler names it (F, T.M, (*T).M), declared at pos: whether it can be
 * inlined and, when not, why (reason, cost and budget; -1 when not
 * given).  A function registered before (a test variant) is kept.  0, -1
 * out of memory. */
int el_callees_add_func(el_callees *c, el_str pkg, el_str name, el_pos pos, int inlinable,
                        el_str reason, long cost, long budget, const el_allocator *a);

/* Register a leaking parameter of a registered function, with its verdict
 * and the chains that explain it (what the function does with it is the
 * last note of the chain into the heap, or of the first chain; source,
 * when not NULL, gives the Go source that note stands for: 0 with *out
 * set or left empty, -1 out of memory).  0, -1 out of memory. */
typedef int (*el_callees_source_fn)(void *ctx, const el_note *n, el_str *out);
int el_callees_add_param(el_callees *c, el_str pkg, el_str func, el_str param, el_str verdict,
                         el_pos pos, const el_chain *chains, size_t nchains,
                         el_callees_source_fn source, void *ctx, const el_allocator *a);

/* Read the names of the receiver and parameters of registered function
 * func of pkg from its declaration in f (the file it is declared in), once:
 * calls then name the parameter an argument is passed for.  0, -1 out of
 * memory. */
int el_callees_read_params(el_callees *c, el_str pkg, el_str func, const el_gofile *f,
                           const el_allocator *a);

/* Where the function an `inlining call to TEXT` line names is declared
 * (the position of its name, as the log gives it): TEXT is pkg.F,
 * pkg.(*T).M, pkg.T.M, or F, (*T).M, T.M of the calling package pkg_path.
 * 1 found, 0 not in this build's output. */
int el_callees_decl(const el_callees *c, el_str text, el_str pkg_path, el_pos *pos);

/* Opens the Go file the log names (0, -1 unreadable, -2 out of memory). */
typedef int (*el_callees_open_fn)(void *ctx, el_str file, const el_gofile **out);

/* The call obj is passed to where its primary chain ends in the heap
 * (`{heap} = ...` at a `(call parameter)` note), linked to what the build
 * says about the callee; NULL when the chain does not end at a call (or
 * at a builtin such as append).  pkg_path is the package of obj; open
 * (may be NULL) reads Go files to tell package names from variables and
 * to name parameters.  The result is valid until the next call.
 * *failed is set when out of memory. */
const el_call *el_callees_link(el_callees *c, const el_object *obj, el_str pkg_path,
                               el_callees_open_fn open, void *ctx, const el_allocator *a,
                               int *failed);

#endif
