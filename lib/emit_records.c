/*
 * emit_records.c -- one JSON object per parser record (--dump-records).
 * The field names per kind are listed in the table of escapelint(1).
 */
#include <cjson/cJSON.h>

#include "internal.h"

/* Building state: the object and a scratch buffer for UTF-8 cleaning. */
typedef struct json_ctx {
	cJSON *obj;
	el_buf scratch;
	int failed;
} json_ctx;

/* Add a string member from an input slice. */
static void add_str(json_ctx *j, const char *name, el_str s)
{
	const char *clean = el_utf8_clean(&j->scratch, s, NULL);

	if (!clean || !cJSON_AddStringToObject(j->obj, name, clean))
		j->failed = 1;
}

/* Add a number member. */
static void add_num(json_ctx *j, const char *name, double v)
{
	if (!cJSON_AddNumberToObject(j->obj, name, v))
		j->failed = 1;
}

/* Add a number member unless it is -1 (not given by the line). */
static void add_opt(json_ctx *j, const char *name, long v)
{
	if (v != -1)
		add_num(j, name, (double)v);
}

/* Add a boolean member. */
static void add_bool(json_ctx *j, const char *name, int v)
{
	if (!cJSON_AddBoolToObject(j->obj, name, v != 0))
		j->failed = 1;
}

/* The fields particular to each kind. */
static void add_kind_fields(json_ctx *j, const el_record *r)
{
	switch (r->kind) {
	case EL_REC_PACKAGE:
		add_str(j, "name", r->as.package.name);
		break;
	case EL_REC_CAN_INLINE:
		add_str(j, "function", r->as.inl.func);
		add_opt(j, "cost", r->as.inl.cost);
		if (r->as.inl.body.ptr)
			add_str(j, "body", r->as.inl.body);
		break;
	case EL_REC_CANNOT_INLINE:
		add_str(j, "function", r->as.inl.func);
		add_str(j, "reason", r->as.inl.reason);
		add_opt(j, "cost", r->as.inl.cost);
		add_opt(j, "budget", r->as.inl.budget);
		break;
	case EL_REC_INLINE_CALL:
		add_str(j, "callee", r->as.inl.func);
		add_opt(j, "score", r->as.inl.score);
		break;
	case EL_REC_CANNOT_INLINE_CALL:
		add_str(j, "callee", r->as.inl.func);
		add_str(j, "caller", r->as.inl.caller);
		add_str(j, "reason", r->as.inl.reason);
		break;
	case EL_REC_INLINE_BIG:
		add_str(j, "function", r->as.inl.func);
		break;
	case EL_REC_INLINE_SKIP:
		add_str(j, "function", r->as.inl.func);
		add_str(j, "statement", r->as.inl.reason);
		break;
	case EL_REC_DEVIRTUALIZE:
		add_str(j, "call", r->as.devirt.call);
		add_str(j, "target", r->as.devirt.target);
		add_bool(j, "partial", r->flags & EL_F_PARTIAL);
		add_bool(j, "pgo", r->flags & EL_F_PGO);
		break;
	case EL_REC_DEVIRTUALIZE_FAIL:
		add_str(j, "call", r->as.devirt.call);
		add_str(j, "reason", r->as.devirt.target);
		add_bool(j, "pgo", r->flags & EL_F_PGO);
		break;
	case EL_REC_MOVED_TO_HEAP:
	case EL_REC_KEEP_ALIVE:
	case EL_REC_ESCAPES:
	case EL_REC_NO_ESCAPE:
		add_str(j, "subject", r->as.subject.expr);
		break;
	case EL_REC_UINTPTR:
		add_str(j, "param", r->as.subject.expr);
		add_bool(j, "marking", r->flags & EL_F_MARKING);
		break;
	case EL_REC_LEAK:
	case EL_REC_LEAK_CONTENT:
		add_str(j, "param", r->as.leak.param);
		break;
	case EL_REC_LEAK_RESULT:
		add_str(j, "param", r->as.leak.param);
		add_str(j, "result", r->as.leak.result);
		add_num(j, "level", (double)r->as.leak.level);
		break;
	case EL_REC_SELF_ASSIGN:
		add_str(j, "function", r->as.self_assign.func);
		add_str(j, "statement", r->as.self_assign.stmt);
		break;
	case EL_REC_CAPTURE:
		add_str(j, "function", r->as.capture.func);
		add_str(j, "name", r->as.capture.name);
		add_str(j, "by", r->flags & EL_F_BY_REF ? el_str_make("ref", 3)
		                                        : el_str_make("value", 5));
		add_bool(j, "addr", r->flags & EL_F_ADDR);
		add_bool(j, "assign", r->flags & EL_F_ASSIGN);
		add_num(j, "width", (double)r->as.capture.width);
		break;
	case EL_REC_MUTATION:
		add_str(j, "what", r->as.mutation.what);
		add_str(j, "param", r->as.mutation.param);
		add_opt(j, "derefs", r->as.mutation.derefs);
		break;
	case EL_REC_ESCAPE_HEADER:
		add_str(j, "subject", r->as.header.subject);
		if (r->as.header.func.len)
			add_str(j, "function", r->as.header.func);
		break;
	case EL_REC_LEAK_HEADER:
		add_str(j, "param", r->as.header.subject);
		add_str(j, "dest", r->as.header.dest);
		if (r->as.header.func.len)
			add_str(j, "function", r->as.header.func);
		add_num(j, "derefs", (double)r->as.header.derefs);
		break;
	case EL_REC_FLOW:
		add_str(j, "dst", r->as.flow.dst);
		add_str(j, "ops", r->as.flow.ops);
		add_str(j, "src", r->as.flow.src);
		break;
	case EL_REC_NOTE:
		add_str(j, "where", r->as.note.where);
		add_str(j, "why", r->as.note.why);
		add_str(j, "at_file", r->as.note.at.file);
		add_num(j, "at_line", (double)r->as.note.at.line);
		if (r->as.note.at.col)
			add_num(j, "at_column", (double)r->as.note.at.col);
		if (r->flags & EL_F_UNKNOWN_WHY)
			add_bool(j, "unknown_why", 1);
		break;
	case EL_REC_TRACE:
	case EL_REC_UNRECOGNIZED:
		add_str(j, "text", r->text);
		break;
	case EL_REC_ZERO_COPY:
	case EL_REC_TRUNCATED:
	case EL_REC_BOUNDS:
	case EL_REC__COUNT:
		break;
	}
}

/* See escapelint.h. */
el_status el_record_write_json(const el_record *r, el_write_fn write, void *ctx)
{
	json_ctx j = { cJSON_CreateObject(), { 0 }, 0 };
	el_status st = EL_OK;
	char *out;

	if (!j.obj)
		return EL_ERR_NOMEM;
	if (!cJSON_AddStringToObject(j.obj, "kind", el_kind_name(r->kind)))
		j.failed = 1;
	add_num(&j, "input_line", (double)r->line);
	if (r->nlines > 1)
		add_num(&j, "input_lines", (double)r->nlines);
	add_str(&j, "package", r->package);
	if (r->variant.len)
		add_str(&j, "variant", r->variant);
	if (r->flags & EL_F_HAS_POS) {
		add_str(&j, "file", r->pos.file);
		add_num(&j, "line", (double)r->pos.line);
		if (r->pos.col)
			add_num(&j, "column", (double)r->pos.col);
	}
	if (r->flags & EL_F_NEW_FORM)
		add_bool(&j, "new_form", 1);
	add_kind_fields(&j, r);
	el_buf_release(&j.scratch, NULL);
	out = j.failed ? NULL : cJSON_PrintUnformatted(j.obj);
	cJSON_Delete(j.obj);
	if (!out)
		return EL_ERR_NOMEM;
	if (write(out, strlen(out), ctx) != 0 || write("\n", 1, ctx) != 0)
		st = EL_ERR_IO;
	cJSON_free(out);
	return st;
}
