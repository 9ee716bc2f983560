/*
 * report_int.h -- what report.c shares with the writers of each format
 * (report_text.c, report_json.c, report_sarif.c, report_ci.c,
 * report_markdown.c).  report.c does what every format needs once: it
 * hides external objects, counts, resolves file names against the source
 * root, reads source lines and computes fingerprints; a writer only turns
 * an el_item into its format.
 */
#ifndef EL_REPORT_INT_H
#define EL_REPORT_INT_H

#include "internal.h"

/* One finding (or bare object) on its way to a writer. */
enum { EL_CHANGE_NONE = -1, EL_CHANGE_ADDED = 0, EL_CHANGE_REMOVED, EL_CHANGE_CHANGED };
extern const char *const el_change_names[3];   /* "added", "removed", "changed" */

typedef struct el_item {
	const el_object *o;
	const el_rule *rule;       /* NULL: unclassified, or a bare object */
	int has_finding;           /* from el_report_finding (else el_report_object) */
	el_level level;            /* the finding's level (note when unclassified) */
	const char *rule_name;     /* "unclassified" when no rule matched */
	const char *rule_id;       /* "EL000" when no rule matched */
	el_str message;            /* the rule's message, or a fixed text */
	el_str fix;                /* may be empty */
	const el_rule *const *also;
	size_t nalso;
	el_str file;               /* below the source root, or as printed */
	int below_root;            /* file is relative to the source root */
	int suppressed;            /* silenced in the source: justification says why */
	int change;                /* diff: EL_CHANGE_* */
	el_str justification;
	char fingerprint[40];      /* "HEX16:N"; empty for bare objects and when
	                              the writer does not use it */
} el_item;

typedef struct el_notification {
	el_level level;
	char *id;
	char *message;
} el_notification;

/* A format's writer.  item writes (or keeps) one item; finish ends the
 * output; release (may be NULL) frees what the writer's state points to.
 * The state itself, state_size zeroed bytes, is r->state. */
typedef struct el_emitter {
	el_status (*item)(el_report *r, const el_item *it);
	el_status (*finish)(el_report *r, const el_group_stats *gs);
	void (*release)(el_report *r);
	size_t state_size;
	int fingerprints;          /* items need el_item.fingerprint */
} el_emitter;

/* The functions with the most of something (heap objects, findings),
 * for summaries.  Items arrive grouped by function, so only the current
 * function and the top ones are kept. */
#define EL_TOP_N 10
typedef struct el_top_fn {
	el_buf package, function;
	unsigned long long count;
} el_top_fn;
typedef struct el_tops {
	el_top_fn top[EL_TOP_N];   /* by count, highest first; count 0: unused */
	el_top_fn cur;             /* the current function; the caller adds to cur.count */
	int have_cur;
	unsigned long long functions, packages;   /* seen */
} el_tops;

/* Make (package, function) the current function: 0 when it already is, 1
 * for a new function of the same package, 2 for a new package, -1 when
 * out of memory. */
int el_tops_enter(el_report *r, el_tops *t, el_str package, el_str function);
/* End of the items: rank the current function; -1 when out of memory. */
int el_tops_done(el_report *r, el_tops *t);
void el_tops_release(el_report *r, el_tops *t);

extern const el_emitter el_emit_text, el_emit_json, el_emit_sarif, el_emit_github,
	el_emit_gcc, el_emit_markdown;

#define EL_MAX_NOTIFICATIONS 100

struct el_report {
	el_report_options opts;
	el_allocator alloc;
	int has_alloc;
	el_write_fn write;
	void *ctx;
	int failed;                         /* a write failed */
	const el_emitter *em;
	void *state;                        /* the writer's */

	char *cwd;                          /* absolute, for relative file names */
	char *srcroot;                      /* absolute and normalised */
	el_roots roots;                     /* where snippets may be read */
	el_trim trim;                       /* -trimpath file names (el_path_resolve) */
	el_source *src;
	el_buf path;                        /* scratch: an absolute file name */
	el_buf scratch;                     /* scratch: UTF-8 cleaning */

	/* fingerprints: occurrences per package */
	el_fingerprinter *fp;               /* fingerprints the findings do not bring */

	unsigned long long counts[EL_OBJ__COUNT];
	unsigned long long levels[EL_LEVEL_ERROR + 1];
	unsigned long long hidden;
	unsigned long long below[EL_LEVEL_ERROR + 1]; /* findings under min_level */
	unsigned long long below_heap;      /* heap objects among them */
	unsigned long long shown_heap;      /* heap objects written (with those folded into them) */
	unsigned long long suppressed;      /* findings silenced by //escapelint:ignore */
	unsigned long long suppressed_heap; /* ... of them heap objects */
	unsigned long long filtered;        /* heap objects the caller's filters left out */
	unsigned long long baselined;       /* findings a baseline covered */
	unsigned long long unchanged;       /* diff: findings the base has too */
	unsigned long long quiet_heap;      /* heap objects of those two */
	unsigned long long changes[3];      /* diff: added, removed, changed findings */
	unsigned long long heap_changes[3]; /* ... of them heap objects */
	unsigned long long hidden_tests;    /* heap objects of test code not written */
	int findings;                       /* findings were written (rules in use) */

	el_vec notes;                       /* el_notification, at most EL_MAX_NOTIFICATIONS */
	unsigned long long notes_dropped;
};

static inline const el_allocator *el_rep_alloc(const el_report *r)
{
	return r->has_alloc ? &r->alloc : NULL;
}

/* Output helpers: a failed write sets r->failed and later writes do nothing. */
void el_rep_put(el_report *r, const char *s, size_t n);
void el_rep_puts(el_report *r, const char *s);
void el_rep_putf(el_report *r, const char *fmt, ...) EL_PRINTF(2, 3);
/* Input text with control characters (C0, C1, DEL, bidirectional
 * controls) and invalid UTF-8 written as escapes (\n, \t, \xHH). */
void el_rep_put_text(el_report *r, el_str s);
/* The same, writing only when write is non-zero; returns the width on a
 * terminal in characters (one per code point). */
size_t el_rep_put_text_width(el_report *r, el_str s, int write);

/* The absolute, normalised name of file (as the compiler printed it) in
 * *abs, valid until the next call; 0 when there is none (`<autogenerated>`,
 * `$WORK/...`, empty), 1 when set, -1 when out of memory.  *below, when
 * not NULL, is set to the part below the source root (ptr NULL when the
 * file is outside it). */
int el_rep_resolve(el_report *r, el_str file, el_str *abs, el_str *below);

/* Source line `line` of file (as printed): 1 when found (in *text, valid
 * until the next source call), 0 when unreadable, -1 out of memory. */
int el_rep_source_line(el_report *r, el_str file, unsigned long line, el_str *text);

/* " is moved to heap; ", " escapes to heap; ", " leaks; ", " cannot be
 * inlined; ": what an unclassified finding's subject does, before its
 * message. */
const char *el_rep_verdict_phrase(el_object_kind kind);

/* Is the UTF-8 sequence s[0..k) a character no report shows raw: a C0
 * or C1 control, DEL, or a bidirectional override or isolate (U+202A to
 * U+202E, U+2066 to U+2069), which reorder what a reader sees? */
int el_rep_is_control(const unsigned char *s, size_t k);
/* A file name as el_rep_put_text, with `./` before one that starts with
 * `:` (a `::` at a line start is an Actions workflow command). */
void el_rep_put_path(el_report *r, el_str file);

/* One sentence on the Go release the findings were judged for, its
 * evidence, the module's language version and a profile, into b
 * (NUL-terminated); -1 when out of memory. */
int el_rep_goversion(el_report *r, el_buf *b, const el_goversion *v);

/* The `DST = OPSSRC` of a flow step, in b; NULL when out of memory. */
const char *el_rep_flow(el_report *r, el_buf *b, const el_step *s);

/* The heap objects obj stands for: itself and the objects reported with
 * it (allocated with it, boxed for the same call); 0 for other kinds. */
unsigned long long el_rep_heap_objects(const el_object *obj);

#endif /* EL_REPORT_INT_H */
