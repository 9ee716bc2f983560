/*
 * report_json.c -- one JSON object per line per object: package,
 * function, file, line, column, kind, subject, the finding (rule, id,
 * level, message, fix, also, fingerprint), chain, related locations and
 * flags (see escapelint(1)).
 */
#include <stdio.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "report_int.h"

typedef struct jctx {
	el_report *r;
	int failed;
} jctx;

/* A string member from input text (UTF-8 cleaned). */
static void jstr(jctx *j, cJSON *o, const char *name, el_str s)
{
	const char *clean = el_utf8_clean(&j->r->scratch, s, el_rep_alloc(j->r));
	if (!clean || !cJSON_AddStringToObject(o, name, clean))
		j->failed = 1;
}

static void jnum(jctx *j, cJSON *o, const char *name, double v)
{
	if (!cJSON_AddNumberToObject(o, name, v))
		j->failed = 1;
}

static void jbool(jctx *j, cJSON *o, const char *name, int v)
{
	if (!cJSON_AddBoolToObject(o, name, v != 0))
		j->failed = 1;
}

/* Add item to array, or fail. */
static void jpush(jctx *j, cJSON *arr, cJSON *item)
{
	if (!item || !cJSON_AddItemToArray(arr, item)) {
		cJSON_Delete(item);
		j->failed = 1;
	}
}

/* `DST = OPSSRC` as the compiler prints it. */
static void jflow(jctx *j, cJSON *o, const el_step *s)
{
	el_buf b = { 0 };
	const char *flow = el_rep_flow(j->r, &b, s);

	if (!flow)
		j->failed = 1;
	else
		jstr(j, o, "flow", el_str_make(b.ptr, b.len));
	el_buf_release(&b, el_rep_alloc(j->r));
}

/* A chain as an array of {flow, notes}. */
static cJSON *jchain(jctx *j, const el_chain *c)
{
	cJSON *arr = cJSON_CreateArray();
	size_t s, k;

	if (!arr) {
		j->failed = 1;
		return NULL;
	}
	for (s = 0; s < c->nsteps && s < EL_MAX_CHAIN_STEPS; s++) {
		cJSON *step = cJSON_CreateObject(), *notes = cJSON_CreateArray();
		if (!step || !notes) {
			cJSON_Delete(step);
			cJSON_Delete(notes);
			j->failed = 1;
			break;
		}
		jflow(j, step, &c->steps[s]);
		for (k = 0; k < c->steps[s].nnotes; k++) {
			const el_note *n = &c->steps[s].notes[k];
			cJSON *note = cJSON_CreateObject();
			if (!note) {
				j->failed = 1;
				break;
			}
			jstr(j, note, "where", el_note_where(n));
			if (n->source.len)
				jstr(j, note, "compiler_where", n->where);
			jstr(j, note, "why", n->why);
			jstr(j, note, "file", n->at.file);
			jnum(j, note, "line", (double)n->at.line);
			if (n->at.col)
				jnum(j, note, "column", (double)n->at.col);
			jpush(j, notes, note);
		}
		if (!cJSON_AddItemToObject(step, "notes", notes)) {
			cJSON_Delete(notes);
			j->failed = 1;
		}
		jpush(j, arr, step);
	}
	return arr;
}

/* A position as file, line and column members of x, with a prefix. */
static void jpos(jctx *j, cJSON *x, const char *file, const char *line, const char *col,
                 el_pos p)
{
	jstr(j, x, file, p.file);
	jnum(j, x, line, (double)p.line);
	if (p.col)
		jnum(j, x, col, (double)p.col);
}

/* The call an object is handed to: "call": {callee, kind, ...}. */
static void jcall(jctx *j, cJSON *obj, const el_call *c)
{
	cJSON *x = cJSON_CreateObject();

	if (!x || !cJSON_AddItemToObject(obj, "call", x)) {
		cJSON_Delete(x);
		j->failed = 1;
		return;
	}
	jstr(j, x, "callee", c->callee);
	if (c->kind.len)
		jstr(j, x, "kind", c->kind);
	jpos(j, x, "file", "line", "column", c->at);
	if (c->decl.line)
		jpos(j, x, "decl_file", "decl_line", "decl_column", c->decl);
	if (c->param.len)
		jstr(j, x, "param", c->param);
	if (c->verdict.len) {
		jstr(j, x, "verdict", c->verdict);
		jpos(j, x, "param_file", "param_line", "param_column", c->param_pos);
	}
	if (c->keeps.len) {
		jstr(j, x, "keeps", c->keeps);
		jstr(j, x, "keeps_why", c->keeps_why);
		jpos(j, x, "keeps_file", "keeps_line", "keeps_column", c->keeps_pos);
	}
	if (c->dest.len)
		jstr(j, x, "dest", c->dest);
	if (c->via.len) {
		jstr(j, x, "via", c->via);
		jstr(j, x, "via_kind", c->via_kind);
		jpos(j, x, "via_file", "via_line", "via_column", c->via_pos);
	}
	if (c->inlinable >= 0)
		jbool(j, x, "inlinable", c->inlinable);
	if (c->reason.len)
		jstr(j, x, "reason", c->reason);
	if (c->cost >= 0)
		jnum(j, x, "cost", (double)c->cost);
	if (c->budget >= 0)
		jnum(j, x, "budget", (double)c->budget);
}

/* One object (with its finding when f is not NULL) as one line of JSON. */
static el_status json_item(el_report *r, const el_item *it)
{
	const el_object *o = it->o;
	jctx j = { r, 0 };
	cJSON *obj = cJSON_CreateObject(), *rel;
	char *out;
	size_t i, cut;

	if (!obj)
		return EL_ERR_NOMEM;
	jstr(&j, obj, "package", o->package);
	if (o->variant.len)
		jstr(&j, obj, "variant", o->variant);
	jstr(&j, obj, "function", o->function);
	if (!cJSON_AddStringToObject(obj, "scope", el_object_scope(o)))
		j.failed = 1;
	jstr(&j, obj, "file", it->file);
	jnum(&j, obj, "line", (double)o->pos.line);
	if (o->pos.col)
		jnum(&j, obj, "column", (double)o->pos.col);
	if (!cJSON_AddStringToObject(obj, "kind", el_object_kind_name(o->kind)))
		j.failed = 1;
	jstr(&j, obj, "subject", o->subject);
	if (o->compiler_subject.len)
		jstr(&j, obj, "compiler_subject", o->compiler_subject);
	if (it->has_finding) {
		cJSON *also = cJSON_CreateArray();
		if (!cJSON_AddStringToObject(obj, "rule", it->rule_name) ||
		    !cJSON_AddStringToObject(obj, "id", it->rule_id) ||
		    !cJSON_AddStringToObject(obj, "level", el_level_name(it->level)))
			j.failed = 1;
		jstr(&j, obj, "message", it->message);
		jstr(&j, obj, "fix", it->fix);
		for (i = 0; also && i < it->nalso; i++)
			jpush(&j, also, cJSON_CreateString(el_rule_name(it->also[i])));
		if (!also || !cJSON_AddItemToObject(obj, "also", also)) {
			cJSON_Delete(also);
			j.failed = 1;
		}
		if (!cJSON_AddStringToObject(obj, "fingerprint", it->fingerprint))
			j.failed = 1;
	}
	if (o->verdict.len)
		jstr(&j, obj, "verdict", o->verdict);
	if (o->kind == EL_OBJ_NOINLINE) {
		jstr(&j, obj, "reason", o->reason);
		if (o->cost >= 0)
			jnum(&j, obj, "cost", (double)o->cost);
		if (o->budget >= 0)
			jnum(&j, obj, "budget", (double)o->budget);
	}
	{
		cJSON *chain = o->nchains ? jchain(&j, &o->chains[0]) : cJSON_CreateArray();
		if (!chain || !cJSON_AddItemToObject(obj, "chain", chain)) {
			cJSON_Delete(chain);
			j.failed = 1;
		}
		/* what the caps left out: steps of each chain, and chains */
		for (i = 0, cut = 0; i < o->nchains && i < EL_MAX_CHAINS; i++)
			if (o->chains[i].nsteps > EL_MAX_CHAIN_STEPS)
				cut += o->chains[i].nsteps - EL_MAX_CHAIN_STEPS;
		if (cut)
			jnum(&j, obj, "steps_left_out", (double)cut);
		if (o->nchains > EL_MAX_CHAINS)
			jnum(&j, obj, "chains_left_out", (double)(o->nchains - EL_MAX_CHAINS));
		if (o->nchains > 1) {
			cJSON *more = cJSON_CreateArray();
			for (i = 1; more && i < o->nchains && i < EL_MAX_CHAINS; i++)
				jpush(&j, more, jchain(&j, &o->chains[i]));
			if (!more || !cJSON_AddItemToObject(obj, "more_chains", more)) {
				cJSON_Delete(more);
				j.failed = 1;
			}
		}
		if (o->kind == EL_OBJ_LEAK && o->nchains) {
			cJSON *to = cJSON_CreateArray();
			for (i = 0; to && i < o->nchains && i < EL_MAX_CHAINS; i++) {
				cJSON *d = cJSON_CreateObject();
				if (d) {
					jstr(&j, d, "dest", o->chains[i].dest);
					jnum(&j, d, "derefs", (double)o->chains[i].derefs);
				}
				jpush(&j, to, d);
			}
			if (!to || !cJSON_AddItemToObject(obj, "leaks_to", to)) {
				cJSON_Delete(to);
				j.failed = 1;
			}
		}
	}
	rel = cJSON_CreateArray();
	for (i = 0; rel && i < o->nrelated; i++) {
		cJSON *x = cJSON_CreateObject();
		if (x) {
			static const char *const kinds[] = { [EL_REL_INLINED] = "inlined",
				                             [EL_REL_NESTED] = "nested",
				                             [EL_REL_SAME_CALL] = "same-call",
				                             [EL_REL_SAME_SLICE] = "same-slice",
				                             [EL_REL_SAME_INLINED] = "same-inlined",
				                             [EL_REL_SAME_OBJECT] = "same-object" };
			const el_related *rl = &o->related[i];
			if (!cJSON_AddStringToObject(x, "kind", kinds[rl->kind]))
				j.failed = 1;
			if (rl->kind != EL_REL_INLINED) {
				const char *k = el_object_kind_name(rl->object_kind);
				jstr(&j, x, "subject", rl->subject);
				jstr(&j, x, "object_kind", el_str_make(k, strlen(k)));
			}
			/* same call: the value's name; an inlined copy of another
			 * value of the call: that value's */
			if (rl->compiler_subject.len)
				jstr(&j, x, "compiler_subject", rl->compiler_subject);
			jstr(&j, x, "function", o->related[i].function);
			jstr(&j, x, "file", o->related[i].pos.file);
			jnum(&j, x, "line", (double)o->related[i].pos.line);
			if (o->related[i].pos.col)
				jnum(&j, x, "column", (double)o->related[i].pos.col);
		}
		jpush(&j, rel, x);
	}
	if (!rel || !cJSON_AddItemToObject(obj, "related", rel)) {
		cJSON_Delete(rel);
		j.failed = 1;
	}
	jbool(&j, obj, "external", o->flags & EL_O_EXTERNAL);
	jbool(&j, obj, "test", o->flags & EL_O_TEST);
	jbool(&j, obj, "source", o->flags & EL_O_SOURCE);
	if (o->context.len)
		jstr(&j, obj, "context", o->context);
	if (o->free.len)
		jstr(&j, obj, "free", o->free);
	if (o->type.len)
		jstr(&j, obj, "type", o->type);
	if (o->size >= 0)
		jnum(&j, obj, "size", (double)o->size);
	if (o->underlying.len)
		jstr(&j, obj, "underlying", o->underlying);
	if (o->owner.len)
		jstr(&j, obj, "owner", o->owner);
	if (o->inlined.len)
		jstr(&j, obj, "inlined", o->inlined);
	if (o->assertion.len)
		jstr(&j, obj, "assertion", o->assertion);
	if (o->directive.len)
		jstr(&j, obj, "directive", o->directive);
	if (o->declared.len)
		jstr(&j, obj, "declared", o->declared);
	if (o->in_loop.len)
		jstr(&j, obj, "in_loop", o->in_loop);
	if (o->func_result.len)
		jstr(&j, obj, "func_result", o->func_result);
	if (o->program.len)
		jstr(&j, obj, "program", o->program);
	if (o->role.len)
		jstr(&j, obj, "role", o->role);
	if (o->callers.len)
		jstr(&j, obj, "callers", o->callers);
	if (o->called_from.len)
		jstr(&j, obj, "called_from", o->called_from);
	if (o->with_values.len)
		jstr(&j, obj, "with_values", o->with_values);
	if (o->reordered.len)
		jstr(&j, obj, "reordered", o->reordered);
	if (o->inlined_args.len)
		jstr(&j, obj, "inlined_args", o->inlined_args);
	{ /* the Go release the finding was judged for, when anything is known */
		el_goversion v;
		char range[48];
		el_gover_of_object(&v, o);
		if (v.lo > EL_GO_OLDEST || v.hi < EL_GO_NEWEST) {
			el_goversion_range(&v, range, sizeof range);
			jstr(&j, obj, "go", el_str_make(range, strlen(range)));
		}
		if (o->lang > 0) {
			snprintf(range, sizeof range, "1.%d", o->lang);
			jstr(&j, obj, "lang", el_str_make(range, strlen(range)));
		}
	}
	if (o->call)
		jcall(&j, obj, o->call);
	if (o->kind == EL_OBJ_NOINLINE && o->returned_allocs > 0)
		jnum(&j, obj, "returned_allocs", (double)o->returned_allocs);
	if (o->func_inlinable >= 0 && (o->kind == EL_OBJ_ESCAPES || o->kind == EL_OBJ_MOVED)) {
		cJSON *fi = cJSON_CreateObject();
		if (fi) {
			jbool(&j, fi, "inlinable", o->func_inlinable);
			if (o->func_reason.len)
				jstr(&j, fi, "reason", o->func_reason);
			if (o->func_cost >= 0)
				jnum(&j, fi, "cost", (double)o->func_cost);
			if (o->func_budget >= 0)
				jnum(&j, fi, "budget", (double)o->func_budget);
		}
		if (!fi || !cJSON_AddItemToObject(obj, "function_inlining", fi)) {
			cJSON_Delete(fi);
			j.failed = 1;
		}
	}
	if (it->suppressed)
		jstr(&j, obj, "suppressed", it->justification);
	if (it->change != EL_CHANGE_NONE)
		jstr(&j, obj, "change", el_str_make(el_change_names[it->change],
		                                    strlen(el_change_names[it->change])));
	if (o->flags & EL_O_METHOD_VALUE)
		jbool(&j, obj, "method_value", 1);
	if (o->flags & EL_O_NO_VERDICT)
		jbool(&j, obj, "no_verdict", 1);
	if (o->flags & EL_O_NO_CHAIN && o->kind != EL_OBJ_NOINLINE)
		jbool(&j, obj, "no_chain", 1);
	out = j.failed ? NULL : cJSON_PrintUnformatted(obj);
	cJSON_Delete(obj);
	if (!out)
		return EL_ERR_NOMEM;
	el_rep_put(r, out, strlen(out));
	el_rep_put(r, "\n", 1);
	cJSON_free(out);
	return EL_OK;
}


const el_emitter el_emit_json = { json_item, NULL, NULL, 0, 1 };
