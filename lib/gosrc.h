/*
 * gosrc.h -- Go source through tree-sitter (gosrc.c) and what the source
 * says about a heap object that the compiler's text cannot (facts.c).
 * Internal to the library; kept apart from internal.h so that only these
 * files see tree-sitter's types.
 */
#ifndef EL_GOSRC_H
#define EL_GOSRC_H

#include <tree_sitter/api.h>

#include "internal.h"

/* Other files of a directory are parsed to resolve names only when it has
 * at most this many .go files to index (its _test.go files count only when
 * they are indexed too; above that, names from other files stay unknown): they all stay in the cache while it is the package looked at. */
#define EL_GOSRC_DIR_MAX 56

typedef struct el_gofile el_gofile;
typedef struct el_gosrc el_gosrc;

/* A cache of parsed Go files (NULL when out of memory). */
el_gosrc *el_gosrc_new(const el_allocator *alloc);
/* Read only files below roots (borrowed; NULL: any). */
void el_gosrc_set_roots(el_gosrc *g, const el_roots *roots);
void el_gosrc_free(el_gosrc *g);
/* The module of the package looked at next: its root directory (the
 * first root_len bytes of root, ending in '/') and its module path; NULL
 * path: none.  0, or -2 out of memory. */
int el_gosrc_set_module(el_gosrc *g, const char *root, size_t root_len, const char *path);
/* The directory of package import path imp when it is below the module
 * set with el_gosrc_set_module (go.uber.org/zap/zapcore in
 * go.uber.org/zap): 1, the directory with its trailing '/' in out
 * (NUL-terminated), and in *other the cache to read it with, kept apart
 * so that its files never evict this one's; 0 not in the module; -2 out
 * of memory. */
int el_gosrc_module_dir(el_gosrc *g, el_str imp, el_buf *out, el_gosrc **other);
/* Is import path imp the module's (set with el_gosrc_set_module) or below
 * it: 1 yes, 0 no, -1 no module known. */
int el_gosrc_module_has(const el_gosrc *g, el_str imp);
/* The parsed file at the absolute path: 0, -1 when it cannot be read (an
 * unreadable file is remembered and not retried), -2 out of memory. */
int el_gosrc_open(el_gosrc *g, const char *path, const el_gofile **out);
/* A top-level declaration named name in the package of directory dir
 * (with its trailing '/'; _test.go files only with tests), a method when
 * method is set: 1 found (*file and *decl, the top-level declaration
 * node; the directory's files stay parsed until another directory is
 * looked up), 0 not found (or more than EL_GOSRC_DIR_MAX files), -2 out
 * of memory. */
int el_gosrc_lookup(el_gosrc *g, const char *dir, el_str name, int method, int tests,
                    const el_gofile **file, TSNode *decl);
/* The method name of the named type type (receiver T or *T) in the
 * package of directory dir: as el_gosrc_lookup. */
int el_gosrc_method_of(el_gosrc *g, const char *dir, el_str type, el_str name, int tests,
                       const el_gofile **file, TSNode *decl);
/* Where a name is used in the package of directory dir (with its trailing
 * '/'; its _test.go files left out): every identifier, type name or
 * selector field spelled name outside comments, strings and the names declarations
 * declare (a function's, a method's, a struct field's).  Up to cap go to
 * out, *n counts them all.  *opaque is set when the Go source cannot show
 * every use: the directory holds assembly, or a //go:linkname comment
 * names it.  1, 0 when the package is not indexed (more than
 * EL_GOSRC_DIR_MAX files), -2 out of memory.  The nodes stay valid until
 * another directory is looked up. */
typedef struct el_ref {
	const el_gofile *f;
	TSNode node;               /* the identifier */
	TSNode top;                /* the top-level declaration holding it */
} el_ref;
int el_gosrc_references(el_gosrc *g, const char *dir, el_str name, el_ref *out, size_t cap,
                        size_t *n, int *opaque);
/* The Go files of the package of directory dir (with its trailing '/';
 * its _test.go files left out): up to cap go to out, *n counts them all.
 * 1, 0 when the package is not indexed (more than EL_GOSRC_DIR_MAX
 * files), -2 out of memory.  The files stay parsed until another
 * directory is looked up. */
int el_gosrc_files(el_gosrc *g, const char *dir, const el_gofile **out, size_t cap, size_t *n);
/* Answers worked out about the package of dir while it is the one indexed
 * (forgotten when another directory is looked up): el_gosrc_memo finds
 * the one stored for key (1: *code, and *text valid until the next call
 * into g; 0 none), el_gosrc_remember stores one (nothing when dir is not
 * the indexed package; 0, -2 out of memory). */
int el_gosrc_memo(el_gosrc *g, const char *dir, unsigned long long key, int *code,
                  const char **text);
int el_gosrc_remember(el_gosrc *g, const char *dir, unsigned long long key, int code,
                      const char *text);
/* modscan.c: which packages of the module rooted at root (absolute, with
 * its trailing '/') import the package import_path, from their non-test Go
 * files (vendor/, testdata/, directories starting with '.' or '_' and
 * nested modules left out): *kinds gets EL_IMPORTED_BY_COMMAND when a
 * package main below the root does, EL_IMPORTED_BY_LIBRARY when any other
 * package does.  0, 1 when unknown (more than EL_MODSCAN_MAX Go files, or
 * an importer could not be parsed), -2 out of memory. */
#define EL_MODSCAN_MAX 3000
enum { EL_IMPORTED_BY_COMMAND = 1u << 0, EL_IMPORTED_BY_LIBRARY = 1u << 1 };
int el_module_importers(el_gosrc *g, const char *root, el_str import_path, unsigned *kinds);
/* The receiver's type name of method declaration decl (T for T, *T and
 * T[P]); empty for a function. */
el_str el_gofile_receiver_type(const el_gofile *f, TSNode decl);
const el_allocator *el_gosrc_alloc(const el_gosrc *g);
/* Where g may read files (borrowed; NULL: anywhere). */
const el_roots *el_gosrc_roots(const el_gosrc *g);
/* Read and parse the files at paths (absolute) that are not cached yet
 * (at most half the cache), parsing on up to EL_GOSRC_THREADS more threads
 * when there are processors for them: el_gosrc_open then finds them.
 * Reading and the allocator stay on the calling thread.  0, -2 out of
 * memory. */
#define EL_GOSRC_THREADS 7
int el_gosrc_prefetch(el_gosrc *g, const char *const *paths, size_t n);
/* The name a package is imported by, from its import path: the last
 * element, without gopkg.in's `.vN`, the element before a major version
 * (`/v2`) and anything up to a '-' (go-humanize: humanize). */
el_str el_go_package_name(el_str path);
/* Is name imported by file f (an import's alias, or its path's package
 * name)? */
int el_gofile_imports(const el_gofile *f, el_str name);
/* The same, with the import path of that import in *out (the file's
 * text, without quotes). */
int el_gofile_import_path(const el_gofile *f, el_str name, el_str *out);
/* The name in f's package clause ("main", ...), empty when it has none. */
el_str el_gofile_package(const el_gofile *f);
/* The package name of the Go files of directory dir (with its trailing
 * '/'; _test.go files left out) into out (cap bytes): a name other than
 * main when one of them declares one (a library's directory may also hold
 * a `//go:build ignore` generator in package main), else main when one
 * declares it.  1 found, 0 none, -2 out of memory. */
int el_gosrc_dir_package(el_gosrc *g, const char *dir, char *out, size_t cap);
/* Is the file at path in the cache (parsed, or known unreadable)? */
int el_gosrc_cached(const el_gosrc *g, const char *path);
/* Files parsed, and files that could not be read. */
unsigned long long el_gosrc_parsed(const el_gosrc *g);
unsigned long long el_gosrc_unreadable(const el_gosrc *g);

const char *el_gofile_path(const el_gofile *f);
const char *el_gofile_text(const el_gofile *f, size_t *len);
TSNode el_gofile_root(const el_gofile *f);
/* The byte offset of 1-based line:col, or (size_t)-1. */
size_t el_gofile_offset(const el_gofile *f, unsigned long line, unsigned long col);
/* ts_node_parent, faster when called for many nodes of one file (the
 * parents found are kept with the file).  Out of memory, it still answers
 * (the slow way) and el_gosrc_nomem says so once. */
TSNode el_gofile_parent(const el_gofile *f, TSNode n);
int el_gosrc_nomem(el_gosrc *g);
/* Is n a node of type t?  0 for a null node (ts_node_type must never see
 * one: it dereferences the node's tree). */
int el_node_is(TSNode n, const char *t);
/* Can byte c be part of a Go identifier (a letter, digit, '_', or a byte
 * of a UTF-8 sequence)? */
int el_ident_byte(char c);
/* Does some identifier of f's code (not a comment or a string) read w?
 * 1 also when f has no tree to tell. */
int el_gofile_names(const el_gofile *f, el_str w);
/* The smallest named node holding 1-based line:col. */
TSNode el_gofile_node_at(const el_gofile *f, unsigned long line, unsigned long col);
/* The end (1-based line and column of its last byte) of the function the
 * compiler declares at line:col: a func or method whose name (or `func`
 * keyword) is there, or a func literal starting there.  0 when none. */
int el_gofile_func_end(const el_gofile *f, unsigned long line, unsigned long col,
                       unsigned long *end_line, unsigned long *end_col);

/* The end (a byte offset) of the code of f at byte off, by its brackets:
 * just past the bracket that closes the one at off; from any other byte,
 * the end of the statement (a newline, ';', a comment or a closing bracket
 * outside brackets and literals).  (size_t)-1 when it does not end within
 * EL_GOSRC_SCAN_MAX bytes (or the bracket at off is not closed). */
#define EL_GOSRC_SCAN_MAX 4096
size_t el_gofile_balanced_end(const el_gofile *f, size_t off);

/* directives.c: the name the compiler gives the function or method
 * declaration decl (F, T.M, (*T).M) in buf: 1, 0 when it cannot be read,
 * -2 out of memory. */
int el_gofile_func_name(const el_gofile *f, TSNode decl, char *buf, size_t size);

/* What the source says about an object (facts.c). */
typedef struct el_facts {
	const char *context;   /* "panic", "error", "error-value", "error-sentinel", "init",
	                          "lazy" (under a nil or capacity check of where it goes,
	                          or made for a setter under a nil check of its target:
	                          if v.IsNil() { v.Set(...) }),
	                          "lazy-caller" (every call of the unexported method that
	                          makes the receiver's field is under such a check),
	                          "cache-miss" (after `if v != nil { return v }` for a value
	                          looked up in a cache, or in `if !ok { ...; o.m[k] = v }`
	                          after `v, ok := o.m[k]`: once per key),
	                          "once" (in the body of `if !w.f { w.f = true; ... }`, a field),
	                          "table-miss" (in `if !ok` after `v, ok := m[k]` for a
	                          package-level m that only its declaration and init fill),
	                          "debug" (in the body of `if debug {`, `if o.DebugOut != nil
	                          {`: a debug or verbose switch), "error-log", "stringer", "fatal-function",
	                          "stack-trace" (after a capture of the goroutine's stack:
	                          debug.Stack, debug.PrintStack, runtime.Stack),
	                          "api-callback", "encoder-document", "encoder-input", "user-callback" (see
	                          escapelint.h) or "" */
	const char *free;      /* "constant", "bool", "byte", "zero-size", "empty" (zero length),
	                          "nil" (T(nil) boxed), "static-closure" or "" */
	char type[96];         /* the value's declared type as written, or "" */
	long size;             /* its size in bytes on 64-bit targets, -1 unknown */
	const char *underlying; /* its kind: "struct", "array", "string", "slice", "map",
	                           "pointer", "interface", "func", "chan", "integer", "basic" or "";
	                           "integer-struct" for a struct of one integer field, boxed
	                           as that integer is; "constant-slice" for a slice literal
	                           of one or more constants ([]byte{'!'}) */
	const char *owner;     /* where the value is kept: "parameter", "field", "element",
	                          "local", "presized", "reused", "result", "result-element",
	                          "output" (into the object the only parameter, a pointer to
	                          another package's type, points to: what the function fills for its
	                          caller), "destination" (stored through an unsafe.Pointer
	                          parameter: *(*T)(ptr) = v), "initialised" (in a literal the function assigns whole
                          through a pointer parameter, not the receiver: *p = T{...}),
                          "byte-field" (a []byte(s) whose bytes become a []byte field,
                          assigned there or stored there by a callee of the package),
                          "document-node" (a generic container stored as an element of
                          another, appended to a slice of them, or handed to a function
                          of the package that stores it so),
                          "closure" (the variadic slice of a returned call
	                          whose result, a named func type, keeps it),
	                          "global" (for append: the slice appended to) or "" */
	char inlined[96];      /* the call at the position when the object is allocated in
	                          an inlined function (the subject is not in the source) */
	const char *inlined_args; /* "constant" when every argument of that call is a
	                             constant, or "" */
	char function[128];    /* the top-level function or method declaration holding the
	                          position, as the compiler names it, or "" */
	const char *declared;  /* "loop": a variable declared in a for or range clause; "param";
	                          "local": a local or parameter boxed into an interface result;
	                          "receiver-buffer": string(r.f[i:j]) of the receiver's
	                          buffer, returned; or "" */
	const char *role;      /* "flag-value" (a method of a type with Set(string) and String()
	                          methods: flag.Value), "flag-set" (a FlagSet's method, a flag
	                          type's whose Apply takes a *flag.FlagSet, a function taking or
	                          returning a FlagSet), "register" (a function named
	                          Register..., register..., MustRegister...), "init" (a method named init...,
	                          Init... or ...Initialize), "option" (a func literal returned
	                          as a functional option, its function's result type ...Option),
	                          "connection" (a function that dials on every call), "file" (one
	                          that reads a whole named file on every call, outside its loops), "goroutine"
	                          (outside the loops of one that starts a goroutine on every
	                          call), "process-config" (outside the loops of a function or
	                          func literal that changes process-wide state: log.SetOutput,
	                          os.Setenv, debug.SetGCPercent, ...), "log-adapter" (what the call
	                          forwarding to another logger takes, behind the level check
	                          of a logging method: zapgrpc's Infoln, a slog Handle), "go-call" (a go statement's closure: the literal of
	                          go func() {...}(), the one the compiler wraps a call with
	                          arguments in; a variable only such closures capture) or "" */
	const char *in_loop;   /* "for" or "range": the position is in the body of a loop of its
	                          own function (not only of a func literal's), so it runs per
	                          iteration; "scan" for a loop (or a closure its function calls
	                          only in such loops) that runs until what it reads ends it
	                          (`for {`, `for cond {`, a for clause without a condition, with
	                          a post statement `x = next()`, or with a fixed limit that a
	                          break comes to first), also an append outside the loops that
	                          seeds a local such a loop goes on growing; "callback" in an
	                          iteration callback; or "" */
	const char *func_result; /* "interface" when the function holding the position returns,
	                            as its first result, an interface type of its package
	                            (prometheus' CurryWith returns an ObserverVec); "derived"
	                            for a `&T{...}` that a method on *T returning *T hands out,
	                            holding what a call in it has just made (CounterVec's
	                            CurryWith); or "" */
	const char *callers;   /* who uses the unexported function holding the position, in
	                          its package: "setup" when every use is in code with a role
	                          above, in init, in a package variable's initialiser that
	                          calls it, or in a function only such code uses; "cold" when
	                          every use is such code or on its caller's lazy or
	                          cache-miss path, some of them the latter; "none" when
	                          nothing outside tests uses it (not in package main);
	                          "goroutine" when only go statements call it (go
	                          e.writerScanner(r)), so it runs once per goroutine;
	                          "dead" when every use is in a branch the compiler
	                          removes (if debugAsserts {, a constant false) or in a
	                          function only such uses reach; "stack-trace" when every
	                          use comes after a capture of the goroutine's stack
	                          (context "stack-trace") or in a function only such uses
	                          reach; "" otherwise or unknown */
	char called_from[128]; /* with callers "setup", "cold", "goroutine", "dead" or
	                          "stack-trace": the
	                          functions that use it */
	const char *with_values; /* for a value passed to context.WithValue (or a variable
	                          moved to the heap whose address is): "one" when its
	                          function (or func literal) calls context.WithValue once,
	                          "several" when more often; "" otherwise */
	int for_tests;         /* the doc comment of the function holding the position, or of
	                          its receiver's type, says it is for tests ("for testing
	                          purposes", "not fast enough for production use"), and no
	                          other non-test file of the package uses that name */
	char subject[96];      /* the source for a compiler temporary the log names instead
	                          (Go >= 1.26: new(expr) is `moved to heap: .autotmp_N`), or "" */
} el_facts;

/* Facts about the object of kind at line:col with this subject, in f
 * (flags: EL_FACTS_*);
 * other files of the package (for types and constants) are opened through
 * g with dir (the directory of f, absolute, with a trailing '/').
 * Returns 0, or -2 when out of memory. */
enum {
	/* the compiler boxes statically known values, constant composite
	 * literals among them, from read-only data (Go >= 1.25) */
	EL_FACTS_STATIC_VALUES = 1u << 0
};
int el_facts_find(el_gosrc *g, const el_gofile *f, const char *dir, el_object_kind kind,
                  unsigned long line, unsigned long col, el_str subject, unsigned flags,
                  el_facts *out);

/* Is the flow from the statement at wline:wcol of f, which assigns var
 * (`todo = combined`), to the one at rline:rcol, which reads it
 * (`uncompressed := todo`, or a call passing it: zerolog's
 * `w.orderFields(fields)` before `fields = xfields`), one the program
 * never takes: both in the
 * same function without goto, the read before the write in the source,
 * and var a local declared before the read and, when a loop holds both,
 * in that loop's body (declared anew each turn, so no turn reads what
 * an earlier one stored)?  Escape analysis does not order statements, so
 * it prints such flows (klauspost's StatelessDeflate). */
int el_facts_reordered(el_gosrc *g, const el_gofile *f, unsigned long wline, unsigned long wcol,
                       unsigned long rline, unsigned long rcol, el_str var);

/* Where the object a callee puts its parameter in goes (as
 * el_facts.owner: "output", "destination", ...): the composite literal
 * at line:col of f (`dto.Counter{...}`, the compiler's note for a
 * parameter stored into it), or the &T{...} around it.  "" when no
 * literal is there; *failed is set when out of memory. */
const char *el_facts_owner_at(el_gosrc *g, const el_gofile *f, const char *dir, unsigned long line,
                              unsigned long col, int *failed);

/* Does the function declared at line:col of f use its parameter param
 * only as an argument of fmt's functions (`fmt.Sprintf("%s", s)`,
 * `fmt.Fprintf(w, s, args...)`), at least once?  Then a concrete type for
 * the parameter only moves the box into the function: zerolog's colorize,
 * chi's cW. */
int el_facts_only_formatted(const el_gofile *f, unsigned long line, unsigned long col, el_str param);

/* The context (as el_facts.context: "lazy", "error", ...) of the
 * allocation printed as subject in the body of the function whose name is
 * at line:col of f: where an inlined callee makes what its caller is
 * reported for (zerolog's UpdateContext allocates its buffer only when
 * `cap(l.context) == 0`).  "" when the body holds no such expression;
 * *failed is set when out of memory. */
const char *el_facts_callee_context(el_gosrc *g, const el_gofile *f, const char *dir,
                                    unsigned long line, unsigned long col, el_str subject,
                                    int *failed);

/* facts.c, on the compiler's positions: is n an expression; where the
 * compiler reports expression n (a call or conversion at its '(', a
 * composite literal at its '{', a binary expression at its operator, an
 * index or slice at its '[', a selector or type assertion at its '.', any
 * other at its start); the expression the compiler reports at line:col
 * (from the smallest node there, every enclosing expression reported at
 * the same place); the source text of n (empty for a null node). */
int el_node_is_expr(TSNode n);
TSPoint el_node_compiler_pos(TSNode n);
TSNode el_gofile_expr_at(const el_gofile *f, unsigned long line, unsigned long col);
/* The function a call reported at line:col calls, as the source writes it
 * (`printf`, `sort.Slice`); with or_around, also the call that takes the
 * expression reported there as an argument (Go 1.26 reports the
 * interface conversion of `sort.Slice(fields, less)` at `fields`, Go 1.19
 * at the call's '('); empty when there is none, or its text is longer
 * than max or spans lines.  Valid while f is. */
el_str el_gofile_call_at(const el_gofile *f, unsigned long line, unsigned long col, int or_around,
                         size_t max);
el_str el_gofile_node_text(const el_gofile *f, TSNode n);
/* Is the text of n, without blanks, what the compiler printed without
 * blanks (a composite literal's body matching its `{...}`)? */
int el_gofile_same_text(const el_gofile *f, TSNode n, el_str printed);

/* facts.c: is name a predeclared function of Go (make, new, append, len,
 * panic, ...)? */
int el_go_builtin_func(el_str name);

/* wheres.c: the source for a `from WHERE (WHY) at POS` note whose WHERE
 * shows names the compiler made up (`.autotmp_N`, `~r0`, `~R0`, `~pN`,
 * `.this`, `glob..funcN`, a callee's variable renamed by inlining):
 * is there one, or is WHERE an assignment, which at a call's '(' is the
 * callee's code inlined (el_where_needs_source)?  Then the source text of the
 * statement or expression at line:col of f that WHERE stands for, on one
 * line, into out (reset first): 1 when out holds it, 0 when the source
 * says nothing better (keep WHERE), -2 when out of memory. */
int el_where_needs_source(el_str where);
int el_where_source(const el_gofile *f, unsigned long line, unsigned long col, el_str where,
                    el_buf *out, const el_allocator *a);
/* The node el_where_source shows for WHERE, or a null node. */
TSNode el_gofile_where_node(const el_gofile *f, unsigned long line, unsigned long col,
                            el_str where);
#endif
